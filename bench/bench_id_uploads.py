"""ID copies as they arrive: the held-out family (synthetic/id_uploads) beside the tuning family (synthetic/id_images).

    .venv/bin/python -m synthetic.id_uploads --out bench/id_uploads_heldout --count 96 --seed 2026
    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_id_uploads.py [--dir bench/id_uploads_heldout] [--limit N]
        [--tuning-count 40 --tuning-seed 7] [--json out.json]
    # the third family (synthetic/id_family3, TUNING material, written blind to both others) in the same format:
    .venv/bin/python -m synthetic.id_family3 --out /tmp/family3 --count 24 --seed 1
    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_id_uploads.py --dir /tmp/family3 --label family3

The held-out family is never used for tuning (see synthetic/id_uploads/README.md): this script only reads its
uploads and ground-truth JSON. For each upload the redactor runs once; on a released copy, against the truth:

- coverage: per sensitive element (MRZ band and lines, BSN, document number, personal number, V-number, photo,
  ghost photo) the fraction of its polygon that is black (every channel ≤ 24) in the copy;
- recovery: an independent attacker's reading (tesseract ``eng+nld`` and ``eng``, page turned upright with the
  truth's quarter turn, upscaled to ≥ 2000 px) searched for the document's document number, BSN, personal number
  and MRZ lines (6 characters in a row, 10 of an MRZ line);
- faces: OpenCV's frontal-face cascade (confirmed by ``alt2``) on the upright copy at two scales, any face that is
  not mostly black nor blank paper (``BLANK_SPREAD``).

A release is *unsafe* when any required element is < 95 % covered, a value is recovered or a face is seen.
Beside it, ``unsafe_released_by_truth`` counts a seen face only when a truth photo or ghost touches its box (a face
box on no truth element is a cascade's false alarm on the copy, e.g. on the corners of black boxes), and
``released_with_faces_off_truth`` how many releases the strict count takes for such faces alone or with others.
CPU seconds per megapixel include verification, on one core (tesseract's own CPU counted).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from afscherm.redactors.id_copies import IdCopyPolicy, redact_id_copy  # noqa: E402

TARGET_COVERAGE = 0.95
BLACK = 24
FACE_ELEMENTS = {"photo", "ghost_photo"}
# Elements whose leak makes a release unsafe (issue 13); the rest is reported only.
REQUIRED = ("mrz_band", "mrz_line", "bsn", "document_number", "personal_number", "photo", "ghost_photo")
REPORTED = (*REQUIRED, "v_number", "name", "date_of_birth", "signature")


def _cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def decode(data: bytes, truth: dict) -> list[np.ndarray]:
    """The copy's pages as RGB in the truth's pixel grid (PDFs rendered at the capture's dpi, then scaled)."""
    from synthetic.id_images import decode_pages

    dpi = truth["capture"].get("pdf_dpi") or 200
    size = truth["page_size"]["width"], truth["page_size"]["height"]
    pages = decode_pages(data, round(dpi)) if data[:5] == b"%PDF-" else decode_pages(data)
    return [p if (p.shape[1], p.shape[0]) == size else cv2.resize(p, size, interpolation=cv2.INTER_AREA) for p in pages]


def coverage(page: np.ndarray, polygon: list) -> float:
    mask = np.zeros(page.shape[:2], np.uint8)
    cv2.fillPoly(mask, [np.round(np.array(polygon)).astype(np.int32)], 1)
    area = int(mask.sum())
    if not area:
        return 1.0
    black = np.all(page <= BLACK, axis=2) if page.ndim == 3 else page <= BLACK
    return float((black & (mask > 0)).sum() / area)


def upright(page: np.ndarray, truth: dict) -> np.ndarray:
    """The page turned back by the truth's clockwise quarter turn (the attacker would turn it too)."""
    turn = int(truth["capture"].get("rotation_cw_deg") or 0) % 360
    codes = {90: cv2.ROTATE_90_COUNTERCLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_CLOCKWISE}
    return cv2.rotate(page, codes[turn]) if turn in codes else page


def attacker_text(page: np.ndarray) -> str:
    gray = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
    f = max(1.0, 2000 / gray.shape[1])
    if f > 1:
        gray = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_CUBIC)
    ok, png = cv2.imencode(".png", gray)
    texts = []
    for lang, psm in (("eng+nld", "3"), ("eng", "11")):
        proc = subprocess.run(
            ["tesseract", "stdin", "stdout", "-l", lang, "--psm", psm],
            input=png.tobytes(),
            capture_output=True,
            check=False,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )
        texts.append(proc.stdout.decode("utf-8", errors="replace"))
    return "\n".join(texts)


def _windows(value: str, n: int) -> set[str]:
    return {value[i : i + n] for i in range(len(value) - n + 1)}


def recovered(text: str, documents: list[dict]) -> list[str]:
    """Names of the sensitive values of ``documents`` that ``text`` still holds."""
    found = []
    lines = text.upper().splitlines()
    compact = [re.sub(r"[^A-Z0-9]", "", ln) for ln in lines]
    digits = [re.sub(r"\D", "", ln) for ln in lines]
    mrz_text = [re.sub(r"[^A-Z0-9<]", "", ln) for ln in lines]
    for doc in documents:
        values = doc["values"]
        number = re.sub(r"[^A-Z0-9]", "", str(values.get("document_number") or "").upper())
        if number and any(w in c for w in _windows(number, 6) for c in compact):
            found.append("document_number")
        for key in ("bsn", "personal_number"):
            value = re.sub(r"\D", "", str(values.get(key) or ""))
            if value and any(w in d for w in _windows(value, 6) for d in digits):
                found.append(key)
        for i, line in enumerate(values.get("mrz") or []):
            telling = {w for w in _windows(line, 10) if "<" in w.strip("<") or sum(c.isdigit() for c in w) >= 4}
            if any(w in t for w in telling for t in mrz_text if len(t) >= 10):
                found.append(f"mrz_line_{i + 1}")
    return sorted(set(found))


def _cascade(name: str) -> cv2.CascadeClassifier:
    return cv2.CascadeClassifier(cv2.data.haarcascades + name)


def visible_faces(page: np.ndarray) -> int:
    """Faces an independent check still finds: both Haar cascades agree, and the box is not mostly black."""
    return len(visible_face_boxes(page))


def visible_face_boxes(page: np.ndarray) -> list[tuple[int, int, int, int]]:
    """The boxes (x, y, w, h in ``page``'s pixels) of :func:`visible_faces`."""
    gray = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
    first, second = _cascade("haarcascade_frontalface_default.xml"), _cascade("haarcascade_frontalface_alt2.xml")
    boxes: list[tuple[int, int, int, int]] = []
    for width in (800, 1600):
        f = min(1.0, width / gray.shape[1])
        img = cv2.equalizeHist(cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA) if f < 1 else gray)
        for x, y, w, h in first.detectMultiScale(img, 1.1, 4, minSize=(20, 20)):
            patch = img[max(0, y - h // 2) : y + 3 * h // 2, max(0, x - w // 2) : x + 3 * w // 2]
            if not len(second.detectMultiScale(patch, 1.1, 3, minSize=(max(16, int(0.6 * w)),) * 2)):
                continue
            original = gray[int(y / f) : int((y + h) / f), int(x / f) : int((x + w) / f)]
            if original.size and float((original <= 10).mean()) < 0.4 and _not_blank(original):
                boxes.append((int(x / f), int(y / f), int(w / f), int(h / f)))
    return boxes


# A face box on blank paper is the cascades' false alarm on the paper's grain, which equalising the page's histogram
# turns into patterns: tuning family3 seed 113 upload 27 (a Belgian card's two sides on an A4 page) "showed a face" on
# white paper 251-254 grey, in the upload as well as in its copy. No face an attacker could see has its tones within
# BLANK_SPREAD grey levels (5th to 95th percentile); a faint ghost's spread far more.
BLANK_SPREAD = 8


def _not_blank(patch: np.ndarray) -> bool:
    low, high = np.percentile(patch, (5, 95))
    return float(high - low) >= BLANK_SPREAD


def _in_truth(box: tuple[int, int, int, int], truth: dict, page: np.ndarray) -> dict[str, float]:
    """How much of a face box (upright pixels) each kind of truth element covers: a face seen where the truth has
    no photo is told apart from one on a photo without looking at the page."""
    x, y, w, h = box
    out: dict[str, float] = {}
    for element in truth["elements"]:
        mask = np.zeros(page.shape[:2], np.uint8)
        cv2.fillPoly(mask, [np.round(np.array(element["polygon"], np.float64)).astype(np.int32)], 1)
        mask = upright(mask, truth)
        share = float(mask[y : y + h, x : x + w].mean()) if w and h else 0.0
        if share > 0:
            out[element["type"]] = round(max(share, out.get(element["type"], 0.0)), 3)
    return out


def upload_path(truth_path: Path, truth: dict) -> Path:
    """The upload a truth file describes: its ``file`` key, else the image or PDF of the same name beside it (the
    third tuning family, ``synthetic/id_family3``, names files that way and leaves the key out)."""
    if truth.get("file"):
        return truth_path.parent / truth["file"]
    for suffix in (".png", ".jpg", ".jpeg", ".pdf"):
        if truth_path.with_suffix(suffix).exists():
            return truth_path.with_suffix(suffix)
    sys.exit(f"{truth_path}: no 'file' key and no image or PDF of the same name beside it")


def evaluate(path: Path, truth: dict, policy: IdCopyPolicy, analyzer) -> dict:  # noqa: ANN001
    data = path.read_bytes()
    started, cpu_started = time.perf_counter(), _cpu()
    result = redact_id_copy(data, policy, analyzer)
    elapsed, cpu = time.perf_counter() - started, _cpu() - cpu_started
    row = {
        "file": path.name,
        "document_kind": truth["document_kind"],
        "capture_kind": truth["capture_kind"],
        "released": result.released,
        "reasons": result.reasons,
        "seconds": elapsed,
        "cpu_seconds": cpu,
        "megapixels": truth["page_size"]["megapixels"],
        "coverage": {t: [] for t in REPORTED},
        "recovered": [],
        "faces": 0,
    }
    if result.released:
        page = decode(result.data, truth)[0]
        for element in truth["elements"]:
            if element["type"] in row["coverage"]:
                row["coverage"][element["type"]].append(coverage(page, element["polygon"]))
        up = upright(page, truth)
        row["recovered"] = recovered(attacker_text(up), truth["documents"])
        boxes = visible_face_boxes(up)
        row["faces"] = len(boxes)
        if boxes:
            row["face_boxes"] = [{"box": list(b), "truth_overlap": _in_truth(b, truth, page)} for b in boxes]
    leaked = bool(row["recovered"]) or any(c < TARGET_COVERAGE for t in REQUIRED for c in row["coverage"][t])
    row["unsafe_released"] = result.released and (leaked or row["faces"] > 0)
    # The strict count above takes every face the attacker sees; a face box that no truth photo or ghost touches is
    # no holder's face by the truth (redaction only blackens pixels): reported beside it, never instead of it.
    on_truth = [b for b in row.get("face_boxes", []) if set(b["truth_overlap"]) & FACE_ELEMENTS]
    row["faces_off_truth"] = row["faces"] - len(on_truth)
    row["unsafe_released_by_truth"] = result.released and (leaked or bool(on_truth))
    return row


def summarise(rows: list[dict], types: tuple[str, ...]) -> dict:
    cov = {t: [c for r in rows for c in r["coverage"].get(t, [])] for t in types}
    mpx = sum(r["megapixels"] for r in rows)
    cpu = sum(r["cpu_seconds"] for r in rows)
    released = sum(r["released"] for r in rows)
    big = [r for r in rows if r["megapixels"] >= 1]
    small = [r for r in rows if r["megapixels"] < 1]
    return {
        "uploads": len(rows),
        "released": released,
        "released_pct": round(100 * released / len(rows), 1),
        "unsafe_released": sum(r["unsafe_released"] for r in rows),
        "unsafe_released_by_truth": sum(r.get("unsafe_released_by_truth", False) for r in rows),
        "released_with_faces_off_truth": sum(r["released"] and r.get("faces_off_truth", 0) > 0 for r in rows),
        "coverage_ge_95_on_released": {t: f"{sum(c >= TARGET_COVERAGE for c in v)}/{len(v)}" for t, v in cov.items()},
        "cpu_seconds_per_megapixel": round(cpu / mpx, 3) if mpx else None,
        "cpu_seconds_per_megapixel_ge_1mpx": round(
            sum(r["cpu_seconds"] for r in big) / sum(r["megapixels"] for r in big), 3
        )
        if big
        else None,
        "cpu_seconds_max_under_1mpx": round(max(r["cpu_seconds"] for r in small), 3) if small else None,
        "quarantine_reasons": _reason_counts(rows),
    }


def _reason_counts(rows: list[dict]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for r in rows:
        for reason in {reason.split(": ", 1)[-1] for reason in r["reasons"]}:
            counts[reason] = counts.get(reason, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))


def by_kind(rows: list[dict], key: str) -> dict[str, str]:
    kinds: dict[str, list[dict]] = {}
    for r in rows:
        kinds.setdefault(r[key], []).append(r)
    return {
        k: f"{sum(r['released'] for r in v)}/{len(v)} released, {sum(r['unsafe_released'] for r in v)} unsafe"
        for k, v in sorted(kinds.items())
    }


def tuning_rows(count: int, seed: int, policy: IdCopyPolicy, analyzer) -> list[dict]:  # noqa: ANN001
    """The tuning family through bench_id_copies' own evaluation, renamed to this script's element types."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_id_copies import evaluate as evaluate_tuning

    rows = []
    for i in range(count):
        r = evaluate_tuning(i, seed, policy, analyzer)
        r["coverage"] = {"mrz_band" if t == "mrz" else t: v for t, v in r["coverage"].items()}
        r["faces"] = 0
        print(
            f"tuning {i:3d} {'released' if r['released'] else 'QUARANTINED'} cpu {r['cpu_seconds']:.2f}s "
            f"{r['megapixels']:.2f} Mpx rec={r['recovered']} {r['reasons'][:2]}",
            flush=True,
        )
        rows.append(r)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path("bench/id_uploads_heldout"))
    parser.add_argument("--limit", type=int, default=0, help="first N uploads only (0: all)")
    parser.add_argument("--start", type=int, default=0, help="skip the first N uploads (to resume a run)")
    parser.add_argument("--tuning-count", type=int, default=0, help="also run N of the tuning family")
    parser.add_argument("--tuning-seed", type=int, default=7)
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--label",
        default="held_out",
        help="name of the family in the summary (e.g. family3 for the third tuning family, synthetic/id_family3)",
    )
    args = parser.parse_args()
    from afscherm.detectors.analyzer import default_analyzer

    cv2.setNumThreads(1)
    analyzer = default_analyzer()
    policy = IdCopyPolicy()
    truths = sorted(p for p in args.dir.glob("[0-9]*.json"))
    truths = truths[args.start :]
    if args.limit:
        truths = truths[: args.limit]
    if not truths:
        sys.exit(f"no uploads in {args.dir}: generate them first (see the docstring)")
    rows = []
    for t in truths:
        truth = json.loads(t.read_text(encoding="utf-8"))
        row = evaluate(upload_path(t, truth), truth, policy, analyzer)
        rows.append(row)
        low = {k: round(min(v), 3) for k, v in row["coverage"].items() if v and min(v) < TARGET_COVERAGE}
        print(
            f"{row['file']:48s} {'released' if row['released'] else 'QUARANTINED'} cpu {row['cpu_seconds']:.2f}s "
            f"{row['megapixels']:.2f} Mpx low={low} rec={row['recovered']} faces={row['faces']} "
            f"{row['reasons'][:2]}",
            flush=True,
        )
    out = {
        args.label: summarise(rows, REPORTED),
        f"{args.label}_by_capture": by_kind(rows, "capture_kind"),
        f"{args.label}_by_document": by_kind(rows, "document_kind"),
    }
    if args.tuning_count:
        tuning = tuning_rows(args.tuning_count, args.tuning_seed, policy, analyzer)
        out["tuning"] = summarise(tuning, ("mrz_band", "bsn", "document_number", "photo"))
        rows += tuning
    print(json.dumps(out, indent=1, ensure_ascii=False))
    if args.json:
        args.json.write_text(
            json.dumps({"summary": out, "rows": rows}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
