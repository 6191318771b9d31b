"""Release rate on tuning pages the other tuning generators never draw (``synthetic/id_variants_ghosts``: ghosts in
other places, sizes and prints, ghosts on the back, frameless and bleeding portraits, cards filling or cut by the
image, small angles, 0.3 Mpx scans, foreign or garbled labels), attacked as ``bench_id_attack`` attacks its pages.

    OMP_NUM_THREADS=1 nice -n 19 .venv/bin/python bench/bench_id_release.py --count 40 --seed 501 [--json F] [--save D]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench_id_attack as attack  # noqa: E402
import numpy as np  # noqa: E402

from synthetic.id_images import decode_pages  # noqa: E402
from synthetic.id_variants_ghosts import generate_release_variant  # noqa: E402


def release(index: int, seed: int) -> tuple[np.ndarray, list[dict], dict]:
    _, data, truth = generate_release_variant(index, seed)
    holder = truth["holders"][0]
    return decode_pages(data)[0], truth["pages"][0]["regions"], {**holder, "turns": 0, "angle": None}


def describe(row: dict, index: int, seed: int) -> str:
    _, _, truth = generate_release_variant(index, seed)
    row["kind"] = truth["holders"][0]["kind"]
    return f"{row['kind']:22s} {row['megapixels']:5.2f} Mpx"


if __name__ == "__main__":
    attack.run_family("release", release, describe, count=40, seed=501)
