"""Release rate on tuning pages the other tuning generators never draw (``synthetic/id_variants_ghosts``: ghosts in
other places, sizes and prints, ghosts on the back, frameless and bleeding portraits, cards filling or cut by the
image, small angles, 0.3 Mpx scans, foreign or garbled labels), attacked as ``bench_id_attack`` attacks its pages.

    OMP_NUM_THREADS=1 nice -n 19 .venv/bin/python bench/bench_id_release.py --count 40 --seed 501 [--json F] [--save D]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench_id_attack as attack  # noqa: E402
import cv2  # noqa: E402
import numpy as np  # noqa: E402

from afscherm.redactors.id_copies import IdCopyPolicy  # noqa: E402
from synthetic.id_images import decode_pages  # noqa: E402
from synthetic.id_variants_ghosts import generate_release_variant  # noqa: E402


def release(index: int, seed: int) -> tuple[np.ndarray, list[dict], dict]:
    _, data, truth = generate_release_variant(index, seed)
    holder = truth["holders"][0]
    return decode_pages(data)[0], truth["pages"][0]["regions"], {**holder, "turns": 0, "angle": None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=501)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--save", type=Path)
    args = parser.parse_args()
    from afscherm.detectors.analyzer import default_analyzer

    cv2.setNumThreads(1)
    attack.MAKERS["release"] = release
    analyzer, policy = default_analyzer(), IdCopyPolicy()
    rows = []
    for i in range(args.start, args.start + args.count):
        row = attack.evaluate("release", i, args.seed, policy, analyzer, args.save)
        _, _, truth = generate_release_variant(i, args.seed)
        row["kind"] = truth["holders"][0]["kind"]
        rows.append(row)
        verdict = "UNSAFE" if row["unsafe"] else "released" if row["released"] else "quarantined"
        print(
            f"{i:3d} {row['kind']:22s} {row['megapixels']:5.2f} Mpx cpu {row['cpu_seconds']:5.2f}s {verdict:11s} "
            f"low={row['low']} rec={row['recovered']} faces={row['faces']} {row['reasons'][:3]}",
            flush=True,
        )
    summary = attack.summarise(rows)
    print(json.dumps(summary, indent=1))
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "rows": rows}, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
