"""A card's back side that prints the ghost portrait (issue 13): its only picture is that ghost, not a front's portrait
asking for a ghost and a document number of its own (``api._back_ghosts``). Pages from the tuning generator
``synthetic/id_variants_ghosts`` (case ``ghost_back``, as ``bench_id_release`` draws them); the held-out family is
never used."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies import IdCopyPolicy, api, redact_id_copy
from afscherm.redactors.id_copies.boxes import Region, rect
from afscherm.redactors.id_copies.mrz_band import Band
from synthetic.id_images import decode_pages
from synthetic.id_variants_ghosts import generate_release_variant
from tests.id_compose import covered


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


@pytest.mark.parametrize("index", [8, 9])
def test_a_card_back_with_a_ghost_is_released_with_the_ghost_and_its_numbers_black(analyzer, index: int) -> None:  # noqa: ANN001
    # bench_id_release seed 502 pages 8 (a German card's back, grey) and 9 (a Dutch one): quarantined before, the
    # ghost counted as a front's portrait whose own ghost and document number were not found.
    _, data, truth = generate_release_variant(index, 502)
    regions = truth["pages"][0]["regions"]
    assert not any(r["type"] == "photo" for r in regions)  # the premise: a back, no portrait
    ghosts = [r for r in regions if r["type"] == "ghost_photo"]
    assert ghosts  # and a ghost printed
    result = redact_id_copy(data, IdCopyPolicy(), analyzer)
    assert result.released, result.reasons
    out = decode_pages(result.data)[0]
    for r in regions:
        if r["type"] in ("ghost_photo", "mrz", "bsn", "document_number"):
            assert covered(out, r["polygon"]) >= 0.95, r["type"]


# A TD1 band 1000 px long with lines 40 px high, as on a card's back photographed 1100 px wide.
TD1 = Band(center=(550.0, 600.0), length=1000.0, thickness=130.0, angle=0.0, lines=3, line_height=40.0)
TD3 = Band(center=(700.0, 800.0), length=1400.0, thickness=90.0, angle=0.0, lines=2, line_height=40.0)


def _picture(width: float) -> Region:
    return rect("photo", "portrait_like", 700, 100, 700 + width, 100 + 1.3 * width)


def test_a_small_picture_on_a_lone_card_back_is_its_ghost() -> None:
    found = api._back_ghosts([_picture(150)], [TD1])
    assert [r.source for r in found] == ["ghost"]
    assert api._fronts(found, [TD1]) == 0


@pytest.mark.parametrize(
    ("regions", "bands"),
    [
        ([_picture(280)], [TD1]),  # portrait-sized: a front's portrait (0.26-0.32 of the band on tuning cards)
        ([_picture(150), _picture(300)], [TD1]),  # beside a portrait-sized one
        ([_picture(150)], [TD3]),  # a passport's data page
        ([_picture(150)], [TD1, TD1]),  # two documents
        ([_picture(150), rect("date_of_birth", "label", 40, 40, 200, 60)], [TD1]),  # a front's label read
        ([_picture(150), rect("photo", "face", 100, 100, 180, 180)], [TD1]),  # a face found
        ([_picture(150), Region("other_side", "text", ((0.0, 0.0),) * 4)], [TD1]),  # another side on the page
    ],
)
def test_a_picture_with_anything_of_a_front_stays_a_portrait(regions: list[Region], bands: list[Band]) -> None:
    found = api._back_ghosts(regions, bands)
    assert not any(r.source == "ghost" for r in found)
    assert api._fronts(found, bands) >= 1
