"""Release rate and unsafe releases on tuning pages of the captures issue 13 lists that the other tuning benches
draw rarely (``synthetic/id_variants_captures``: a card's back alone, its front alone, both sides side by side or
stacked, turned 90°/180°/270°, small angles; Dutch, Belgian and German cards), attacked as ``bench_id_attack``
attacks its pages; the quarantine reasons tabulated per capture kind. Tuning material only.

    OMP_NUM_THREADS=1 nice -n 19 .venv/bin/python bench/bench_id_captures.py --count 24 --seed 811 [--json F] \
        [--save D] [--fronts printed]

Seed 811 with the page turn read larger (6eb3729) and picture pieces (photo._pictures): 15/24 released, 0 unsafe,
2.12 CPU-s/Mpx (page 3, stacked, now refused: 'picture goes on past its box'). ``--fronts printed`` seed 900: 6/24
released before (redactor alone, not attacked) -> 8/24, 0 unsafe, 1.84 CPU-s/Mpx; fronts 0/3, side by side 0/3,
rot180 0/3, mostly 'ghost portrait not found' (13 pages).

``--fronts printed``: the second series (fronts in their own document's layout with security prints, an emblem on
every back; see ``synthetic/id_variants_captures``).

Seed 811, 24 pages (2026-12-01): 14/24 released, 0 unsafe, 2.02 CPU-s/Mpx (2daae29) -> 17/24, 0 unsafe, 1.95 CPU-s/Mpx
(a745491: a tinted card on white read, no faces on blank paper, portraits on mostly white pages found). The first of
those was reverted (7d3e5ac: unsafe on bench_id_attack), so page 0 (a card front on white) is refused again: 16/24
expected, not measured again. Backs alone and quarter turns were all released before already; what is left is ghosts
not found (5) or seen again (3) on fronts.

``--fronts printed`` seed 900 (2026-12-02, snapshots of d92bc52 without/with 20fe74b: ghosts searched from the parts of
a portrait merged with its hologram and ghost, emblems no second portrait): 8/24 -> 11/24 released, 0 unsafe, 2.08 ->
2.20 CPU-s/Mpx; 'ghost portrait not found' 13 -> 9 pages. What is left of it is mostly ghosts overprinted with text,
microtext or a rosette (pages 8, 10, 16); pages 2, 6, 7, 13, 15, 22 (side by side, turned, small angles) not seen.

Seed 811 with the cut-glyph check and boxes grown to their ink (bb7c9bd, 2026-12-02, load 4-10): 16/24 released, 0
unsafe, 2.60 CPU-s/Mpx; pages 0-14 the same verdicts and reasons as a0802d4's (2.61 -> 2.87 CPU-s/Mpx, not alternated;
verify.ink_cut alone 0.02-0.04 CPU-s/Mpx), 5 of the 8 released copies there a little blacker (0.2-1.8 % more black
pixels: glyphs a box cut), ink_cut refuses none of a0802d4's released copies. Left: ghost not found (4 pages) or seen
again (3), a front's document number not read (3: tinted cards on white A4, whose whole-page reading reads nothing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import argparse  # noqa: E402

import bench_id_attack as attack  # noqa: E402
import numpy as np  # noqa: E402

from synthetic.id_images import decode_pages  # noqa: E402
from synthetic.id_variants_captures import generate_capture_page  # noqa: E402

FRONTS = "plain"  # set from --fronts


def captures_page(index: int, seed: int) -> tuple[np.ndarray, list[dict], dict]:
    _, data, truth = generate_capture_page(index, seed, fronts=FRONTS)
    holder = truth["holders"][0]
    return (
        decode_pages(data)[0],
        truth["pages"][0]["regions"],
        {**holder, "turns": holder["quarter_turns"], "angle": holder["angle"]},
    )


def describe(row: dict, index: int, seed: int) -> str:
    _, _, truth = generate_capture_page(index, seed, fronts=FRONTS)
    holder = truth["holders"][0]
    row["capture"], row["kind"], row["sides"] = holder["capture"], holder["kind"], holder["sides"]
    return f"{row['capture']:12s} {row['kind']:7s} {row['sides']:10s} {row['megapixels']:5.2f} Mpx"


def by_capture(rows: list[dict], summary: dict) -> None:
    """Released/pages and the quarantine reasons (pages) per capture kind."""
    table: dict[str, dict] = {}
    for r in rows:
        entry = table.setdefault(r["capture"], {"released": 0, "pages": 0, "unsafe": 0, "reasons": {}})
        entry["pages"] += 1
        entry["released"] += int(r["released"])
        entry["unsafe"] += int(r["unsafe"])
        for reason in r["reasons"]:
            entry["reasons"][reason] = entry["reasons"].get(reason, 0) + 1
    summary["by_capture"] = table


if __name__ == "__main__":
    own = argparse.ArgumentParser(add_help=False)
    own.add_argument("--fronts", choices=("plain", "printed"), default="plain")
    known, rest = own.parse_known_args()
    FRONTS = known.fronts
    sys.argv = [sys.argv[0], *rest]
    attack.run_family("captures", captures_page, describe, count=24, seed=811, extra_summary=by_capture)
