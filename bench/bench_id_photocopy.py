"""Greyscale photocopies of tuning pages with a ghost portrait (issue 13): ``synthetic/id_variants_ghosts`` pages with a
ghost, turned grey and given a photocopy's look (contrast pushed, paper tone flattened to white, toner noise, a
little blur), attacked as ``bench_id_attack`` attacks its pages. Tuning material only.

    OMP_NUM_THREADS=1 nice -n 19 .venv/bin/python bench/bench_id_photocopy.py --count 20 --seed 611 [--json F]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench_id_attack as attack  # noqa: E402
import numpy as np  # noqa: E402

from synthetic.id_images import decode_pages  # noqa: E402
from synthetic.id_variants_ghosts import generate_release_variant  # noqa: E402
from synthetic.id_variants_photocopy import photocopied  # noqa: E402

GHOST_CASES = ("ghost_anywhere", "ghost_back")
GHOST_KINDS = ("nl_td1", "nl_td3")  # the Dutch documents that print a ghost portrait


def photocopy_page(index: int, seed: int) -> tuple[np.ndarray, list[dict], dict]:
    """Page ``index``: a Dutch card or passport with a ghost portrait (front or back), photocopied."""
    kind = GHOST_KINDS[index % len(GHOST_KINDS)]
    case = GHOST_CASES[(index // len(GHOST_KINDS)) % len(GHOST_CASES)]
    if kind == "nl_td3":
        case = "ghost_anywhere"  # a passport's data page has no back side
    _, data, truth = generate_release_variant(index, seed, kind=kind, case=case)
    holder = truth["holders"][0]
    img = photocopied(decode_pages(data)[0], random.Random(f"photocopy-{seed}-{index}"))
    return img, truth["pages"][0]["regions"], {**holder, "turns": 0, "angle": None}


def describe(row: dict, index: int, seed: int) -> str:
    _, regions, truth = photocopy_page(index, seed)
    row["kind"] = truth["kind"]
    row["ghosts"] = sum(r["type"] == "ghost_photo" for r in regions)
    return f"{row['kind']:22s} ghosts={row['ghosts']}"


def ghosts_on_released(rows: list[dict], summary: dict) -> None:
    released = [r for r in rows if r["released"]]
    summary["ghosts_on_released"] = sum(r["ghosts"] for r in released)
    summary["ghosts_low_on_released"] = sum("ghost_photo" in r["low"] for r in released)


if __name__ == "__main__":
    attack.run_family("photocopy", photocopy_page, describe, count=20, seed=611, extra_summary=ghosts_on_released)
