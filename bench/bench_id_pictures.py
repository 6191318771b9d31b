"""Release rate and unsafe releases on tuning pages drawn like real uploads around their pictures
(``synthetic/id_variants_pictures``: desks, hands, glare, holograms and rosettes beside the portrait, frameless
portraits, JPEG), attacked as ``bench_id_attack`` attacks its pages. Tuning material only: what the picture checks
("photo-like region still visible", "picture goes on past its box") are tuned on.

    OMP_NUM_THREADS=1 nice -n 19 .venv/bin/python bench/bench_id_pictures.py --count 30 --seed 701 [--json F] [--save D]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench_id_attack as attack  # noqa: E402
import numpy as np  # noqa: E402

from synthetic.id_images import decode_pages  # noqa: E402
from synthetic.id_variants_pictures import generate_picture_variant  # noqa: E402


def pictures_page(index: int, seed: int) -> tuple[np.ndarray, list[dict], dict]:
    _, data, truth = generate_picture_variant(index, seed)
    holder = truth["holders"][0]
    return decode_pages(data)[0], truth["pages"][0]["regions"], {**holder, "turns": 0, "angle": None}


def describe(row: dict, index: int, seed: int) -> str:
    _, _, truth = generate_picture_variant(index, seed)
    holder = truth["holders"][0]
    row["kind"] = f"{holder['kind']}/{holder['desk']}/{holder['portrait']}"
    return f"{row['kind']:26s} {row['megapixels']:5.2f} Mpx"


if __name__ == "__main__":
    attack.run_family("pictures", pictures_page, describe, count=30, seed=701)
