"""Peak memory of ``afscherm redact-image`` on hostile and large uploads: bounded by the page caps.

    .venv/bin/python bench/bench_image_memory.py [--cases NAME ...] [--json out.json]

Each upload is generated (small files that declare a lot, and large real pages), then redacted by the
CLI in a fresh child process of its own whose peak RSS (``ru_maxrss`` of that child) is reported with
the exit code and the first reason. Exit 1 if any run peaks over 1.5 GB or ends with an exit code
other than the one expected (0 released, 1 quarantined, 2 error; never a traceback).

Cases: a 100-page PDF and a PDF bomb (30 pages of 200×200 inch; both over ``max_pages``), a TIFF
header declaring 60000×60000 and a 20000×20000 PNG (over ``max_page_pixels``), 20 pages of 200×200
inch rendered at the pixel cap and all processed (``require_document: false`` so that blank pages
pass), a 12-page TIFF of ID cards and passports at 3000 px, and one ID photo just under the cap.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from afscherm.redactors.id_copies.policy import IdCopyPolicy  # noqa: E402
from synthetic.id_images import decode_pages, generate  # noqa: E402
from tests.test_id_copies_limits import blank_png, pdf_of, tiff_header  # noqa: E402

TARGET_MB = 1500


def id_tiff(pages: int = 12, width: int = 3000) -> bytes:
    frames = [
        Image.fromarray(decode_pages(generate(i, seed=31, fmt="png", width=width, kind=("td1", "td3")[i % 2])[1])[0])
        for i in range(pages)
    ]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:], compression="tiff_deflate")
    return buf.getvalue()


def id_photo_at_cap(cap: int = IdCopyPolicy().max_page_pixels) -> bytes:
    page = Image.fromarray(decode_pages(generate(0, seed=31, fmt="jpg", width=4000, kind="td3")[1])[0])
    f = (0.98 * cap / (page.width * page.height)) ** 0.5
    buf = io.BytesIO()
    page.resize((int(page.width * f), int(page.height * f)), Image.Resampling.BICUBIC).save(buf, "JPEG", quality=90)
    return buf.getvalue()


# name: (suffix, maker, expected exit code, policy overrides)
CASES: dict[str, tuple[str, Callable[[], bytes], int, dict]] = {
    "pdf_100_pages": ("pdf", lambda: pdf_of(100, 595, 842), 1, {}),
    "pdf_bomb_30x200in": ("pdf", lambda: pdf_of(30, 14400, 14400), 1, {}),
    "tiff_header_60000": ("tiff", lambda: tiff_header(60000, 60000), 1, {}),
    "png_20000": ("png", lambda: blank_png(20000, 20000), 1, {}),
    "pdf_20x200in_at_cap": ("pdf", lambda: pdf_of(20, 14400, 14400), 0, {"require_document": False}),
    "tiff_12_id_pages": ("tiff", id_tiff, 0, {}),
    "jpg_id_at_cap": ("jpg", id_photo_at_cap, 0, {}),
}


def config_dir(tmp: Path, overrides: dict) -> Path:
    """The repository's configuration with ``id_copies`` overrides (the model path made absolute)."""
    conf = tmp / "configs"
    conf.mkdir(parents=True, exist_ok=True)
    nlp = yaml.safe_load((ROOT / "afscherm" / "configs" / "nlp.yaml").read_text())
    for model in nlp["models"]:
        shipped = ROOT / "afscherm" / "configs" / model["model_name"]
        if not model["model_name"].startswith("blank:") and shipped.exists():
            model["model_name"] = str((ROOT / "afscherm" / "configs" / model["model_name"]).resolve())
    (conf / "nlp.yaml").write_text(yaml.safe_dump(nlp))
    (conf / "recognizers.yaml").write_text((ROOT / "afscherm" / "configs" / "recognizers.yaml").read_text())
    policy = yaml.safe_load((ROOT / "afscherm" / "configs" / "policy.yaml").read_text())
    policy["id_copies"] = {**policy.get("id_copies", {}), **overrides}
    (conf / "policy.yaml").write_text(yaml.safe_dump(policy, allow_unicode=True))
    return conf


def run(cmd: list[str]) -> tuple[int, float, float, str]:
    """Exit code, peak RSS (MB) and seconds of ``cmd`` in a child of its own, and its stderr."""
    probe = (
        "import resource, subprocess, sys; p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
        "stderr=subprocess.PIPE, text=True); sys.stderr.write(p.stderr); "
        "print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", probe, *cmd], capture_output=True, text=True, check=True)
    code, rss_kb = out.stdout.split()
    return int(code), int(rss_kb) / 1024, time.perf_counter() - started, out.stderr


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", nargs="+", choices=list(CASES), default=list(CASES))
    parser.add_argument("--json", type=Path, help="write the rows here")
    args = parser.parse_args()
    afscherm = str(Path(sys.executable).with_name("afscherm"))
    rows, failed = [], False
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for name in args.cases:
            suffix, make, expected, overrides = CASES[name]
            src = tmp / f"{name}.{suffix}"
            src.write_bytes(make())
            conf = config_dir(tmp / name, overrides) if overrides else ROOT / "afscherm" / "configs"
            report = tmp / f"{name}.report.json"
            code, peak, seconds, err = run(
                [
                    afscherm,
                    "--config",
                    str(conf),
                    "redact-image",
                    str(src),
                    "-o",
                    str(tmp / f"safe-{name}.{suffix}"),
                    "--report",
                    str(report),
                    "--quarantine",
                    str(tmp / "quarantine"),
                ]
            )
            pages = json.loads(report.read_text())["pages"] if report.exists() else []
            row = {
                "case": name,
                "input_bytes": src.stat().st_size,
                "exit": code,
                "expected_exit": expected,
                "peak_rss_mb": round(peak),
                "seconds": round(seconds, 1),
                "pages_examined": len(pages),
                "largest_page_mpx": round(max((w * h for w, h in (p["size"] for p in pages)), default=0) / 1e6, 1),
                "stderr": err.strip().splitlines()[-1][:160] if err.strip() else "",
            }
            ok = code == expected and peak <= TARGET_MB and "Traceback" not in err
            failed |= not ok
            rows.append(row)
            print(
                f"{name:22s} {row['input_bytes']:>10,} B  exit {code} (want {expected})  peak {peak:6.0f} MB  "
                f"{seconds:6.1f} s  pages {len(pages):2d}  max {row['largest_page_mpx']:5.1f} Mpx  "
                f"{'ok' if ok else 'FAIL'}  {row['stderr'][:90]}",
                flush=True,
            )
            src.unlink()
    print(
        f"target: every run ≤ {TARGET_MB} MB peak RSS, expected exit codes, no traceback: "
        f"{'met' if not failed else 'NOT met'}"
    )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
