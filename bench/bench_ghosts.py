"""Ghost portraits found by the finding pass alone (issue 13), on tuning pages only: per page the truth's ghosts, the
ghost boxes found, true hits (one found box covering >= 95 % of a truth ghost), false ghosts (found boxes touching no
truth ghost: they vouch for a front whose real ghost stays visible) and the CPU seconds of the ghost search.

    OMP_NUM_THREADS=1 nice -n 19 .venv/bin/python bench/bench_ghosts.py [--family release,photocopy,styles,images] \
        [--count N] [--seed S] [--json F]

Families (each with its own default count and seed, ``--count``/``--seed`` override all):

- ``release``: ``synthetic/id_variants_ghosts`` pages as ``bench_id_release`` makes them (seed 502);
- ``photocopy``: greyscale photocopies of Dutch fronts and backs with a ghost, as ``bench_id_photocopy`` (seed 611);
- ``styles``: ``synthetic/id_variants`` pages cycling through every ghost print of ``GHOSTS`` (seed 811);
- ``images``: the first tuning family ``synthetic/id_images`` (seed 7), every page of a file.

Verification is left out (only the finding pass and the orientation before it run): what it costs is measured by the
other benches.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cv2  # noqa: E402
import numpy as np  # noqa: E402
from bench_id_photocopy import photocopy_page  # noqa: E402
from bench_id_release import release  # noqa: E402

from afscherm.redactors.id_copies import IdCopyPolicy, api  # noqa: E402
from afscherm.redactors.id_copies.load import open_document  # noqa: E402
from synthetic import id_images, id_variants  # noqa: E402

HIT_COVERAGE = 0.95
Page = tuple[np.ndarray, list[dict]]


def _styles(index: int, seed: int) -> Iterator[Page]:
    style = id_variants.GHOSTS[index % len(id_variants.GHOSTS)]
    _, data, truth = id_variants.generate_variant(index, seed, ghost_style=style)
    yield id_images.decode_pages(data)[0], truth["pages"][0]["regions"]


def _images(index: int, seed: int) -> Iterator[Page]:
    # Pages as the redactor opens them (EXIF orientation applied, PDFs rendered at its resolution), the truth scaled
    # to them: decode_pages leaves a sideways phone photo's pixels turned and renders PDFs at another resolution
    # than the truth's, and its ghosts would count as false.
    _, data, truth = id_images.generate(index, seed)
    with open_document(data) as document:
        for i, page in enumerate(truth["pages"]):
            img = document.page(i).pixels
            f = img.shape[1] / page["width"]
            yield img, [{**r, "polygon": (np.array(r["polygon"], float) * f).tolist()} for r in page["regions"]]


def _release(index: int, seed: int) -> Iterator[Page]:
    img, regions, _ = release(index, seed)
    yield img, regions


def _photocopy(index: int, seed: int) -> Iterator[Page]:
    img, regions, _ = photocopy_page(index, seed)
    yield img, regions


FAMILIES: dict[str, tuple[Callable[[int, int], Iterator[Page]], int, int]] = {
    "release": (_release, 40, 502),
    "photocopy": (_photocopy, 20, 611),
    "styles": (_styles, 21, 811),
    "images": (_images, 20, 7),
}


def _mask(shape: tuple[int, ...], polygon: list) -> np.ndarray:
    mask = np.zeros(shape[:2], np.uint8)
    cv2.fillPoly(mask, [np.round(np.array(polygon, np.float64)).astype(np.int32)], 1)
    return mask.astype(bool)


def score(shape: tuple[int, ...], truth: list[dict], found: list[list]) -> dict[str, int]:
    """Truth ghosts, found ghost boxes, truth ghosts one found box covers >= ``HIT_COVERAGE``, found boxes that touch
    no truth ghost."""
    ghosts = [_mask(shape, r["polygon"]) for r in truth if r["type"] == "ghost_photo"]
    boxes = [_mask(shape, polygon) for polygon in found]
    hits = sum(any(g.sum() and (g & b).sum() / g.sum() >= HIT_COVERAGE for b in boxes) for g in ghosts if g.sum() > 0)
    false = sum(not any((g & b).any() for g in ghosts) for b in boxes)
    return {"truth": len(ghosts), "found": len(boxes), "hits": int(hits), "false": false}


class _GhostClock:
    """CPU seconds spent in ``api.ghost_regions`` (the finding pass's ghost search)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._search = api.ghost_regions

    def __call__(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN204
        t = time.process_time()
        try:
            return self._search(*args, **kwargs)
        finally:
            self.seconds += time.process_time() - t


def find(img: np.ndarray, policy: IdCopyPolicy, analyzer, ghost_clock: _GhostClock) -> tuple[list[list], float]:  # noqa: ANN001
    """The ghost boxes the finding pass reports (upload pixels) and its CPU seconds."""
    t = time.process_time()
    _, result = api._redact_page(img, policy, analyzer, api._Clock())
    cpu = time.process_time() - t
    return [list(r.polygon) for r in result.regions if r.type == "photo" and r.source == "ghost"], cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--family", default=",".join(FAMILIES))
    parser.add_argument("--count", type=int)
    parser.add_argument("--seed", type=int)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    from afscherm.detectors.analyzer import default_analyzer

    cv2.setNumThreads(1)
    analyzer, policy = default_analyzer(), IdCopyPolicy()
    ghost_clock = _GhostClock()
    api.ghost_regions = ghost_clock  # timed; the search itself is unchanged
    api._verify = lambda *a, **k: []  # the finding pass only
    rows = []
    print(
        f"{'family':10s} {'page':>5s} {'Mpx':>5s} {'truth':>5s} {'found':>5s} {'hits':>4s} {'false':>5s} "
        f"{'ghost_cpu':>9s} {'find_cpu':>8s}"
    )
    for family in args.family.split(","):
        maker, count, seed = FAMILIES[family]
        count, seed = args.count or count, args.seed if args.seed is not None else seed
        for i in range(count):
            for j, (img, truth) in enumerate(maker(i, seed)):
                before = ghost_clock.seconds
                found, cpu = find(img, policy, analyzer, ghost_clock)
                row = {
                    "family": family,
                    "seed": seed,
                    "page": f"{i}.{j}",
                    "megapixels": img.shape[0] * img.shape[1] / 1e6,
                }
                row |= score(img.shape, truth, found)
                row |= {"ghost_cpu": ghost_clock.seconds - before, "find_cpu": cpu}
                rows.append(row)
                print(
                    f"{family:10s} {row['page']:>5s} {row['megapixels']:5.2f} {row['truth']:5d} {row['found']:5d} "
                    f"{row['hits']:4d} {row['false']:5d} {row['ghost_cpu']:9.2f} {row['find_cpu']:8.2f}"
                    + ("  FALSE GHOST" if row["false"] else ""),
                    flush=True,
                )
    summary: dict[str, dict] = {}
    for family in dict.fromkeys(r["family"] for r in rows):
        mine = [r for r in rows if r["family"] == family]
        mpx = sum(r["megapixels"] for r in mine)
        summary[family] = {
            "pages": len(mine),
            "truth_ghosts": sum(r["truth"] for r in mine),
            "hits": sum(r["hits"] for r in mine),
            "found": sum(r["found"] for r in mine),
            "false_ghosts": sum(r["false"] for r in mine),
            "pages_with_false_ghost": sum(r["false"] > 0 for r in mine),
            "ghost_cpu_s": round(sum(r["ghost_cpu"] for r in mine), 2),
            "ghost_cpu_s_per_mpx": round(sum(r["ghost_cpu"] for r in mine) / mpx, 3),
            "find_cpu_s_per_mpx": round(sum(r["find_cpu"] for r in mine) / mpx, 3),
        }
    print(json.dumps(summary, indent=1))
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "rows": rows}, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
