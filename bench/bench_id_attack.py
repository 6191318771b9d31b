"""Unsafe releases on tuning material: ID-copy captures of the kinds the held-out failures were of, each released
copy attacked by readings of our own that share nothing with the redactor's verification.

    OMP_NUM_THREADS=1 nice -n 19 .venv/bin/python bench/bench_id_attack.py --count 6 --seed 3101 \
        [--family spread,phone,tilt,two_sided,capture,two_documents] [--json F] [--save DIR]

Families (tuning generators only: ``synthetic/id_variants``, ``id_variants_fields``, ``id_images``):

- ``spread``: a passport data page and its facing page (which may print the BSN) opened flat, above each other or
  side by side, photographed (perspective, ±6°), sometimes grey;
- ``phone``: a variant page as a phone photo: a stronger perspective, a glare spot, JPEG;
- ``tilt``: a variant page turned 2–15° more;
- ``two_sided``: a residence permit's front and back on one page (``rp_both``), turned up to 8°;
- ``capture``: one side on an A4 copy, on a desk, washed out or at 0.3 Mpx (``generate_capture_variant``);
- ``two_documents``: two documents of one holder on a photocopy.

An upload released is *unsafe* when a required element (MRZ, BSN, document number, personal number, photo, ghost
photo) is < 95 % black, or when an attack recovers a value or a face:

- ``ocr``: tesseract ``eng+nld`` psm 3 and ``eng`` psm 11 on the page turned upright, ≥ 2000 px (as the held-out
  benchmark's attacker);
- ``ocr_level``: the page also levelled by the truth's own angle, Otsu-binarised, 1.5× larger, psm 6 and 11; values
  searched with one character wrong in any 8 (6 in a row exact, as the held-out benchmark, too);
- ``face``: OpenCV's two frontal cascades agreeing, at 800 and 1600 px wide, not mostly black.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import random
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cv2  # noqa: E402
import numpy as np  # noqa: E402
from bench_id_uploads import visible_faces as held_out_faces  # noqa: E402  (this folder: the same attacker)
from PIL import Image, ImageDraw  # noqa: E402

from afscherm.redactors.id_copies import IdCopyPolicy, redact_id_copy  # noqa: E402
from synthetic import id_variants, id_variants_fields  # noqa: E402
from synthetic.id_images import Page, _font, _signature, _text, decode_pages, photograph  # noqa: E402

FAMILIES = ("spread", "phone", "tilt", "two_sided", "capture", "two_documents")
REQUIRED = ("mrz", "bsn", "document_number", "personal_number", "photo", "ghost_photo")
TARGET_COVERAGE, BLACK = 0.95, 24
INK, LABEL = (38, 40, 52), (92, 96, 110)


# --- Pages -------------------------------------------------------------------------------------------------------


def _decoded(data: bytes) -> np.ndarray:
    return decode_pages(data)[0]


def _png(img: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, "PNG")
    return buf.getvalue()


def _jpeg(img: np.ndarray, quality: int) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def _moved(regions: list[dict], m: np.ndarray) -> list[dict]:
    """Polygons through a 2×3 affine or 3×3 perspective matrix."""
    out = []
    for r in regions:
        pts = np.array([r["polygon"]], np.float64)
        moved = cv2.perspectiveTransform(pts, m) if m.shape == (3, 3) else cv2.transform(pts, m)
        out.append({**r, "polygon": moved[0].tolist()})
    return out


def _tilted(img: np.ndarray, regions: list[dict], degrees: float) -> tuple[np.ndarray, list[dict]]:
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    tone = tuple(int(v) for v in np.median(img[:6].reshape(-1, 3), axis=0))
    return cv2.warpAffine(img, m, (nw, nh), flags=cv2.INTER_LINEAR, borderValue=tone), _moved(regions, m)


def _facing_page(h: dict, rng: random.Random, size: tuple[int, int], tint: tuple[int, ...]) -> Page:
    """The page a passport's data page faces: printed notes, the holder's signature and (newer passports print it
    there, older ones sometimes repeat it) the BSN under its label."""
    page = Page(Image.new("RGB", size, tint))
    draw = ImageDraw.Draw(page.image)
    for i in range(0, size[0], 22):
        draw.arc((i - 260, size[1] - 300, i + 260, size[1] + 200), 180, 360, fill=tuple(c - 16 for c in tint), width=1)
    _text(draw, (60, 40), "KONINKRIJK DER NEDERLANDEN", _font("bold", 26), INK)
    notes = ("Dit paspoort bevat 66 bladzijden", "This passport contains 66 pages", "Handtekening van de houder")
    for i, line in enumerate(notes):
        _text(draw, (60, 110 + i * 40), line, _font("sans", 22), LABEL)
    page.boxes.append(("signature", _signature(rng, draw, 80, 240, 320, 80)))
    if rng.random() < 0.6:
        y = rng.randrange(380, size[1] - 120)
        label = rng.choice(("Burgerservicenummer / Personal no.", "Persoonsnummer / Personal no.", "BSN"))
        _text(draw, (60, y), label, _font("sans", 20), LABEL)
        page.boxes.append(("bsn", _text(draw, (60, y + 30), h["bsn_printed"], _font("bold", 28), INK)))
    return page


def spread(index: int, seed: int) -> tuple[np.ndarray, list[dict], dict]:
    rng = random.Random(f"attack-spread-{seed}-{index}")
    h = id_variants.holder(rng, "nl_td3")
    data_page = id_variants.render(
        h,
        rng,
        rng.choice(id_variants.PORTRAITS),
        rng.choice(id_variants.PLACEMENTS),
        True,
        rng.random() < 0.7,
        rng.choice(id_variants.GHOSTS),
        rng,
    )
    tint = tuple(int(v) for v in np.asarray(data_page.image)[4, 4])
    facing = _facing_page(h, rng, data_page.image.size, tint)
    w, hh = data_page.image.size
    side = rng.random() < 0.4
    both = Page(Image.new("RGB", (2 * w + 8, hh) if side else (w, 2 * hh + 8), (120, 30, 40)))
    at = (w + 8, 0) if side else (0, hh + 8)  # the data page right of or below its facing page, as a passport opens
    both.image.paste(facing.image, (0, 0))
    both.image.paste(data_page.image, at)
    both.boxes = facing.boxes + [
        (n, (b[0] + at[0], b[1] + at[1], b[2] + at[0], b[3] + at[1])) for n, b in data_page.boxes
    ]
    img, regions = photograph(both, rng, rng.randrange(1600, 2800))
    if rng.random() < 0.3:
        img = np.repeat(img.mean(axis=2, keepdims=True), 3, axis=2).astype(np.uint8)
    shown = {r["type"] for r in regions}
    truth = {
        "document_number": h["document_number"],
        "bsn": h["bsn"],
        "mrz": h["mrz"],
        "bsn_shown": "bsn" in shown,
        "turns": 0,
        "angle": None,
    }
    return img, regions, truth


def _variant(index: int, seed: int, **kw: object) -> tuple[np.ndarray, list[dict], dict]:
    _, data, truth = id_variants.generate_variant(index, seed, **kw)  # type: ignore[arg-type]
    holder = truth["holders"][0]
    img = _decoded(data)
    regions = truth["pages"][0]["regions"]
    return img, regions, {**holder, "turns": holder["quarter_turns"]}


def phone(index: int, seed: int) -> tuple[np.ndarray, list[dict], dict]:
    img, regions, truth = _variant(index, seed + 40_000, turns=0)
    rng = random.Random(f"attack-phone-{seed}-{index}")
    h, w = img.shape[:2]
    j = rng.uniform(0.04, 0.1)
    src = np.float32([(0, 0), (w, 0), (w, h), (0, h)])
    dst = np.float32([(x + rng.uniform(-j, j) * w, y + rng.uniform(-j, j) * h) for x, y in src])
    dst -= dst.min(axis=0)
    size = tuple(int(v) + 1 for v in dst.max(axis=0))
    m = cv2.getPerspectiveTransform(src, dst)
    tone = tuple(int(v) for v in np.median(img[:6].reshape(-1, 3), axis=0))
    out = cv2.warpPerspective(img, m, size, flags=cv2.INTER_LINEAR, borderValue=tone)
    # A glare spot: a bright, soft ellipse somewhere on the page.
    yy, xx = np.mgrid[0 : out.shape[0], 0 : out.shape[1]]
    cx, cy = rng.uniform(0.2, 0.8) * out.shape[1], rng.uniform(0.2, 0.8) * out.shape[0]
    r = rng.uniform(0.08, 0.2) * out.shape[1]
    glare = rng.uniform(60, 120) * np.exp(-(((xx - cx) / r) ** 2 + ((yy - cy) / (0.6 * r)) ** 2))
    out = np.clip(out + glare[..., None], 0, 255).astype(np.uint8)
    return out, _moved(regions, m), {**truth, "angle": None}


def tilt(index: int, seed: int) -> tuple[np.ndarray, list[dict], dict]:
    img, regions, truth = _variant(index, seed + 50_000, turns=0)
    rng = random.Random(f"attack-tilt-{seed}-{index}")
    degrees = rng.choice((-1, 1)) * rng.uniform(2, 15)
    img, regions = _tilted(img, regions, degrees)
    return img, regions, {**truth, "angle": degrees}


def two_sided(index: int, seed: int) -> tuple[np.ndarray, list[dict], dict]:
    _, data, t = id_variants_fields.generate_field_variant(index, seed + 60_000, kind="rp_both")
    holder = t["holders"][0]
    img, regions = _decoded(data), t["pages"][0]["regions"]
    rng = random.Random(f"attack-two-sided-{seed}-{index}")
    if holder["quarter_turns"] == 0 and rng.random() < 0.6:
        img, regions = _tilted(img, regions, rng.uniform(-8, 8))
    return img, regions, {**holder, "turns": holder["quarter_turns"]}


def capture(index: int, seed: int) -> tuple[np.ndarray, list[dict], dict]:
    _, data, t = id_variants_fields.generate_capture_variant(index, seed + 70_000)
    holder = t["holders"][0]
    return _decoded(data), t["pages"][0]["regions"], {**holder, "turns": holder["quarter_turns"]}


def two_documents(index: int, seed: int) -> tuple[np.ndarray, list[dict], dict]:
    return _variant(index, seed + 80_000, two_documents=True)


MAKERS = {f.__name__: f for f in (spread, phone, tilt, two_sided, capture, two_documents)}


# --- Attacks -----------------------------------------------------------------------------------------------------


def _tesseract(gray: np.ndarray, lang: str, psm: str) -> str:
    ok, png = cv2.imencode(".png", gray)
    proc = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", lang, "--psm", psm],
        input=png.tobytes(),
        capture_output=True,
        check=False,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    return proc.stdout.decode("utf-8", errors="replace")


def _upright(img: np.ndarray, turns: int) -> np.ndarray:
    return np.ascontiguousarray(np.rot90(img, turns)) if turns else img


def _angle(regions: list[dict], truth: dict) -> float:
    """The page's tilt (degrees, OpenCV's sense) from the truth: the given angle, else the MRZ's or a text box's
    top edge."""
    if truth.get("angle") is not None:
        return float(truth["angle"])
    for kind in ("mrz", "document_number", "bsn", "name"):
        for r in regions:
            if r["type"] == kind:
                (x0, y0), (x1, y1) = r["polygon"][0], r["polygon"][1]
                return -math.degrees(math.atan2(y1 - y0, x1 - x0))
    return 0.0


def readings(page: np.ndarray, regions: list[dict], truth: dict) -> dict[str, str]:
    gray = cv2.cvtColor(_upright(page, truth["turns"]), cv2.COLOR_RGB2GRAY)
    f = max(1.0, 2000 / gray.shape[1])
    big = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_CUBIC) if f > 1 else gray
    out = {"ocr": _tesseract(big, "eng+nld", "3") + "\n" + _tesseract(big, "eng", "11")}
    # Levelled by the page's own angle (turned upright regions: the angle is read before the quarter turn, so it
    # is taken from the page as stored and the levelling is done there).
    angle = _angle(regions, truth)
    stored = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
    if abs(angle) > 0.7:
        h, w = stored.shape
        m = cv2.getRotationMatrix2D((w / 2, h / 2), -angle, 1.0)
        stored = cv2.warpAffine(stored, m, (w, h), flags=cv2.INTER_CUBIC, borderValue=255)
    level = _upright(stored, truth["turns"])
    f = min(1.5 * max(1.0, 1600 / level.shape[1]), 3200 / level.shape[1])  # large pages: at most 3200 px wide
    level = cv2.resize(level, None, fx=f, fy=f, interpolation=cv2.INTER_CUBIC)
    _, binary = cv2.threshold(level, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    out["ocr_level"] = _tesseract(binary, "eng", "6") + "\n" + _tesseract(binary, "eng", "11")
    return out


def _windows(value: str, n: int) -> set[str]:
    return {value[i : i + n] for i in range(len(value) - n + 1)}


def _near(window: str, text: str) -> bool:
    """``window`` in ``text`` with at most one character replaced."""
    n = len(window)
    return any(sum(a != b for a, b in zip(window, text[i : i + n], strict=True)) <= 1 for i in range(len(text) - n + 1))


def recovered(text: str, truth: dict, fuzzy: bool) -> list[str]:
    found = []
    lines = text.upper().splitlines()
    compact = [re.sub(r"[^A-Z0-9]", "", ln) for ln in lines]
    digits = [re.sub(r"\D", "", ln) for ln in lines]
    number = re.sub(r"[^A-Z0-9]", "", str(truth.get("document_number") or "").upper())
    if number and any(w in c for w in _windows(number, 6) for c in compact):
        found.append("document_number")
    elif fuzzy and len(number) >= 8 and any(_near(w, c) for w in _windows(number, 8) for c in compact):
        found.append("document_number~")
    for key in ("bsn", "personal_number"):
        value = re.sub(r"\D", "", str(truth.get(key) or ""))
        if not value:
            continue
        if any(w in d for w in _windows(value, 6) for d in digits):
            found.append(key)
        elif fuzzy and len(value) >= 8 and any(_near(w, d) for w in _windows(value, 8) for d in digits):
            found.append(f"{key}~")
    mrz_text = [re.sub(r"[^A-Z0-9<]", "", ln) for ln in lines]
    for i, line in enumerate(truth.get("mrz") or []):
        telling = {w for w in _windows(line, 10) if "<" in w.strip("<") or sum(c.isdigit() for c in w) >= 4}
        if any(w in t for w in telling for t in mrz_text if len(t) >= 10):
            found.append(f"mrz_line_{i + 1}")
    return found


def visible_faces(page: np.ndarray, turns: int) -> int:
    """The held-out bench's face check on the page turned upright: both cascades agree, at two widths, and the box is
    not mostly black (turning the page a few degrees as well was tried: the turned canvas's edges and box corners
    made faces of their own)."""
    return held_out_faces(_upright(page, turns))


def coverage(page: np.ndarray, polygon: list) -> float:
    mask = np.zeros(page.shape[:2], np.uint8)
    cv2.fillPoly(mask, [np.round(np.array(polygon)).astype(np.int32)], 1)
    area = int(mask.sum())
    return float((np.all(page <= BLACK, axis=2) & (mask > 0)).sum() / area) if area else 1.0


def _cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def evaluate(family: str, index: int, seed: int, policy: IdCopyPolicy, analyzer, save: Path | None) -> dict:  # noqa: ANN001
    img, regions, truth = MAKERS[family](index, seed)
    data = _png(img) if family != "phone" else _jpeg(img, 85)
    cpu = _cpu()
    result = redact_id_copy(data, policy, analyzer)
    cpu = _cpu() - cpu
    row: dict = {
        "family": family,
        "index": index,
        "megapixels": round(img.shape[0] * img.shape[1] / 1e6, 3),
        "cpu_seconds": round(cpu, 3),
        "released": result.released,
        "reasons": sorted({r.split(": ", 1)[-1] for r in result.reasons}),
        "low": {},
        "recovered": {},
        "faces": 0,
    }
    if save is not None:
        save.mkdir(parents=True, exist_ok=True)
        stem = save / f"{family}_{seed}_{index:03d}"
        stem.with_suffix(".in.png").write_bytes(_png(img))
        stem.with_suffix(".json").write_text(json.dumps({"regions": regions, "truth": truth}) + "\n")
    if result.released:
        page = _decoded(result.data)
        if save is not None:
            stem.with_suffix(".out.png").write_bytes(_png(page))
        for r in regions:
            if r["type"] in REQUIRED:
                c = coverage(page, r["polygon"])
                if c < TARGET_COVERAGE:
                    row["low"][r["type"]] = round(min(c, row["low"].get(r["type"], 1.0)), 3)
        for name, text in readings(page, regions, truth).items():
            found = recovered(text, truth, fuzzy=name != "ocr")
            if found:
                row["recovered"][name] = found
        row["faces"] = visible_faces(page, truth["turns"])
    row["unsafe"] = result.released and bool(row["low"] or row["recovered"] or row["faces"])
    return row


def summarise(rows: list[dict]) -> dict:
    reasons: dict[str, int] = {}
    for r in rows:
        for reason in r["reasons"]:
            reasons[reason] = reasons.get(reason, 0) + 1
    mpx = sum(r["megapixels"] for r in rows)
    small = [r["cpu_seconds"] for r in rows if r["megapixels"] < 1]
    by = {}
    for family in dict.fromkeys(r["family"] for r in rows):
        rs = [r for r in rows if r["family"] == family]
        by[family] = f"{sum(r['released'] for r in rs)}/{len(rs)} released, {sum(r['unsafe'] for r in rs)} unsafe"
    return {
        "uploads": len(rows),
        "released": sum(r["released"] for r in rows),
        "unsafe": sum(r["unsafe"] for r in rows),
        "by_family": by,
        "cpu_seconds_per_megapixel": round(sum(r["cpu_seconds"] for r in rows) / mpx, 3) if mpx else None,
        "cpu_seconds_max_under_1mpx": max(small) if small else None,
        "quarantine_reasons": dict(sorted(reasons.items(), key=lambda kv: -kv[1])),
    }


def progress_line(label: str, row: dict, reasons: int) -> str:
    """One page's line: its label, CPU, verdict, what stayed readable and the first quarantine reasons."""
    verdict = "UNSAFE" if row["unsafe"] else "released" if row["released"] else "quarantined"
    return (
        f"{label} cpu {row['cpu_seconds']:5.2f}s {verdict:11s} "
        f"low={row['low']} rec={row['recovered']} faces={row['faces']} {row['reasons'][:reasons]}"
    )


def run_family(
    name: str,
    maker: Callable[[int, int], tuple[np.ndarray, list[dict], dict]],
    describe: Callable[[dict, int, int], str],
    *,
    count: int,
    seed: int,
    extra_summary: Callable[[list[dict], dict], None] | None = None,
) -> None:
    """Attack the pages of one tuning generator (``maker``) as this benchmark attacks its own families; the
    command line of the benches built on it (``bench_id_release``, ``bench_id_photocopy``, ``bench_id_pictures``).
    ``describe`` adds a row's own fields and returns what its progress line shows of them."""
    parser = argparse.ArgumentParser(description=f"{name}: pages of one tuning generator, attacked")
    parser.add_argument("--count", type=int, default=count)
    parser.add_argument("--seed", type=int, default=seed)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--save", type=Path)
    args = parser.parse_args()
    from afscherm.detectors.analyzer import default_analyzer

    cv2.setNumThreads(1)
    MAKERS[name] = maker
    analyzer, policy = default_analyzer(), IdCopyPolicy()
    rows = []
    for i in range(args.start, args.start + args.count):
        row = evaluate(name, i, args.seed, policy, analyzer, args.save)
        shown = describe(row, i, args.seed)
        rows.append(row)
        print(progress_line(f"{i:3d} {shown}", row, reasons=3), flush=True)
    summary = summarise(rows)
    if extra_summary is not None:
        extra_summary(rows, summary)
    print(json.dumps(summary, indent=1))
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "rows": rows}, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=6, help="pages per family")
    parser.add_argument("--seed", type=int, default=3101)
    parser.add_argument("--family", default=",".join(FAMILIES))
    parser.add_argument("--json", type=Path)
    parser.add_argument("--save", type=Path, help="write each page, its truth and its released copy here")
    args = parser.parse_args()
    from afscherm.detectors.analyzer import default_analyzer

    cv2.setNumThreads(1)
    analyzer, policy = default_analyzer(), IdCopyPolicy()
    rows = []
    for family in args.family.split(","):
        for i in range(args.count):
            row = evaluate(family, i, args.seed, policy, analyzer, args.save)
            rows.append(row)
            print(progress_line(f"{family:13s} {i:3d} {row['megapixels']:5.2f} Mpx", row, reasons=2), flush=True)
    summary = summarise(rows)
    print(json.dumps(summary, indent=1))
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "rows": rows}, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
