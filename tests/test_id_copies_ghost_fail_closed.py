"""A greyscale photocopy's front is released only when its ghost portrait was found (issue 13): greyscale copies were
the only pages released with a ghost left visible. Pages from the tuning family (``synthetic/id_variants_ghosts``,
``synthetic/id_images``), made here."""

from __future__ import annotations

import random

import cv2
import numpy as np
import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies import IdCopyPolicy, redact_id_copy
from afscherm.redactors.id_copies.api import greyscale
from synthetic.id_images import decode_pages
from synthetic.id_variants_ghosts import generate_release_variant
from synthetic.id_variants_photocopy import photocopied
from tests.id_compose import card, compose, covered, png, with_ghost

GHOST_REASON = "ghost portrait not found on a greyscale front: cannot verify it is covered"


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


def _grey(page: np.ndarray) -> np.ndarray:
    return np.repeat(page.mean(axis=2, keepdims=True), 3, axis=2).astype(np.uint8)


def test_a_page_is_greyscale_only_when_its_channels_agree() -> None:
    page, _, _ = card(0, kind="td1", width=650)
    assert not greyscale(page)
    assert greyscale(_grey(page))
    assert greyscale(_grey(page)[..., 0])
    assert greyscale(photocopied(page, random.Random(1)))


def test_a_greyscale_passport_whose_ghost_was_released_uncovered_now_has_it_found_and_black(analyzer) -> None:  # noqa: ANN001
    # Tuning photocopy seed 611 page 5 (bench_id_photocopy): a data page whose faint ghost sits in a window low right;
    # before the greyscale rule it was released with the ghost 6 % covered, then quarantined for a ghost not found;
    # the ghost is now searched on the whole page, found and blacked out.
    _, data, truth = generate_release_variant(5, 611, kind="nl_td3", case="ghost_anywhere")
    page = photocopied(decode_pages(data)[0], random.Random("photocopy-611-5"))
    ghosts = [r for r in truth["pages"][0]["regions"] if r["type"] == "ghost_photo"]
    assert ghosts  # the premise: a ghost is printed
    result = redact_id_copy(png(page), IdCopyPolicy(), analyzer)
    assert result.released, result.reasons
    assert all(covered(decode_pages(result.data)[0], g["polygon"]) >= 0.95 for g in ghosts)


def test_a_greyscale_passport_whose_ghost_is_not_found_is_quarantined(analyzer) -> None:  # noqa: ANN001
    # The same page without the portrait the ghost is matched against (painted grey): no ghost can be found.
    _, data, truth = generate_release_variant(5, 611, kind="nl_td3", case="ghost_anywhere")
    page = photocopied(decode_pages(data)[0], random.Random("photocopy-611-5"))
    photo = next(r for r in truth["pages"][0]["regions"] if r["type"] == "photo")
    pts = np.round(np.array(photo["polygon"])).astype(np.int32)
    page = cv2.fillPoly(page.copy(), [pts], (150, 150, 150))
    result = redact_id_copy(png(page), IdCopyPolicy(), analyzer)
    assert not result.released
    assert result.data is None
    assert any(GHOST_REASON in r for r in result.reasons)


def test_a_colour_card_with_its_ghost_blacked_out_is_still_released(analyzer) -> None:  # noqa: ANN001
    img, regions, _ = card(0, kind="td1", width=650)
    page, regions = compose([with_ghost(img, regions, (330, 185), size=0.4)])
    result = redact_id_copy(png(page), IdCopyPolicy(), analyzer)
    assert result.released, result.reasons
    ghost = next(r for r in regions if r["type"] == "ghost_photo")
    assert covered(decode_pages(result.data)[0], ghost["polygon"]) >= 0.95


def test_a_greyscale_card_whose_ghost_was_found_and_blacked_out_is_still_released(analyzer) -> None:  # noqa: ANN001
    img, regions, _ = card(0, kind="td1", width=650)
    page, regions = compose([with_ghost(img, regions, (330, 185), size=0.4)])
    result = redact_id_copy(png(_grey(page)), IdCopyPolicy(), analyzer)
    assert result.released, result.reasons
    ghost = next(r for r in regions if r["type"] == "ghost_photo")
    assert covered(decode_pages(result.data)[0], ghost["polygon"]) >= 0.95
