"""Release rate of ID copies (issue 13): boxes fitted to what is printed (``extent``: ghosts found anywhere by the
portrait's copies, picture boxes grown to the picture), pages recognised without an MRZ, face or number
(``recognise``), and that a picture truly cut by its box is still refused. Pages come from the tuning generators
(``synthetic/id_variants_ghosts``, ``synthetic/id_images``), made here."""

from __future__ import annotations

import os

import cv2
import numpy as np
import pytest

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from afscherm.redactors.id_copies import IdCopyPolicy, extent, recognise, redact_id_copy  # noqa: E402
from afscherm.redactors.id_copies.boxes import Region, black_out, rect  # noqa: E402
from afscherm.redactors.id_copies.ocr import Word  # noqa: E402
from afscherm.redactors.id_copies.photo import glyph_height  # noqa: E402
from afscherm.redactors.id_copies.verify import copy_places, cut_pictures  # noqa: E402
from synthetic.id_images import coverage, decode_pages  # noqa: E402
from synthetic.id_variants_ghosts import generate_release_variant  # noqa: E402
from tests.id_compose import gray_of_rgb as _gray  # noqa: E402


def _page(index: int, seed: int, kind: str, case: str) -> tuple[np.ndarray, dict]:
    _, data, truth = generate_release_variant(index, seed, kind=kind, case=case)
    return decode_pages(data)[0], truth["pages"][0]


def _bounds(truth_page: dict, kind: str) -> tuple[float, float, float, float]:
    polygon = np.array(next(r["polygon"] for r in truth_page["regions"] if r["type"] == kind))
    (x0, y0), (x1, y1) = polygon.min(0), polygon.max(0)
    return float(x0), float(y0), float(x1), float(y1)


def _covered(polygon: list, regions: list[Region], shape: tuple[int, ...]) -> float:
    """Share of ``polygon`` inside the union of ``regions``."""
    target, boxes = np.zeros(shape[:2], np.uint8), np.zeros(shape[:2], np.uint8)
    cv2.fillPoly(target, [np.round(np.array(polygon)).astype(np.int32)], 1)
    for r in regions:
        cv2.fillPoly(boxes, [np.round(np.array(r.polygon)).astype(np.int32)], 1)
    return float((target & boxes).sum() / max(1, int(target.sum())))


def _area(region: Region) -> float:
    return float(cv2.contourArea(np.array(region.polygon, np.float32)))


@pytest.mark.parametrize("index", [0, 1])
def test_a_ghost_printed_far_from_the_portrait_is_boxed_whole(index: int) -> None:
    page, truth_page = _page(index, 900, "nl_td1", "ghost_anywhere")
    x0, y0, x1, y1 = _bounds(truth_page, "photo")
    gx0, gy0, _, _ = _bounds(truth_page, "ghost_photo")
    assert np.hypot(gx0 - x1, gy0 - y0) > 1.5 * (x1 - x0)  # the premise: the ghost is not beside the portrait
    ghosts = extent.ghost_copies(copy_places(_gray(page), [(x0, y0, x1, y1)]))
    ghost_polygon = next(r["polygon"] for r in truth_page["regions"] if r["type"] == "ghost_photo")
    assert _covered(ghost_polygon, ghosts, page.shape) >= 0.95
    # Only copies: nothing is boxed over the fields or the portrait itself.
    assert all(_area(g) < 0.5 * (x1 - x0) * (y1 - y0) for g in ghosts)


def test_a_portrait_box_short_of_its_picture_grows_to_it_and_no_further() -> None:
    page, truth_page = _page(0, 900, "nl_td1", "angle")  # the card turned a few degrees: the truth is a rotated box
    gray = _gray(page)
    photo = next(r["polygon"] for r in truth_page["regions"] if r["type"] == "photo")
    x0, y0, x1, y1 = _bounds(truth_page, "photo")
    short = rect(
        "photo", "face", x0 + 0.1 * (x1 - x0), y0 + 0.1 * (y1 - y0), x1 - 0.1 * (x1 - x0), y1 - 0.25 * (y1 - y0)
    )
    assert _covered(photo, [short], page.shape) < 0.7  # the premise: the box misses a good part of the picture
    glyph = glyph_height(gray)
    (grown,) = extent.grown(gray, [short], glyph)
    assert _covered(photo, [grown], page.shape) >= 0.95
    # Grown to the picture, not over the card: at most the picture with a margin of a glyph or two each side.
    assert _area(grown) <= (x1 - x0 + 4 * glyph) * (y1 - y0 + 4 * glyph)


def test_other_regions_are_left_as_they_are() -> None:
    page, truth_page = _page(2, 900, "nl_td1", "angle")
    number = rect("document_number", "ocr", 10, 10, 50, 20)
    out = extent.grown(_gray(page), [number], 20.0)
    assert out == [number]


def test_a_portrait_truly_cut_by_its_box_is_still_refused() -> None:
    page, truth_page = _page(0, 900, "nl_td1", "fill")
    gray = _gray(page)
    x0, y0, x1, y1 = _bounds(truth_page, "photo")
    middle = (y0 + y1) / 2
    # The box ends halfway down the portrait: the strip below the box lies over its lower half.
    half = rect("photo", "face", x0 - 5, y0 - 5, x1 + 5, middle)
    strips = cut_pictures(gray, _gray(black_out(page, [half])), glyph_height(gray))
    assert any(sx0 < x1 and sx1 > x0 and sy1 > middle and sy0 < y1 for sx0, sy0, sx1, sy1 in strips)
    whole = rect("photo", "face", x0, y0, x1, y1, 8)
    assert cut_pictures(gray, _gray(black_out(page, [whole])), glyph_height(gray)) == []


def _word(text: str, x: float = 0.0, y: float = 0.0) -> Word:
    return Word(text, 90.0, x, y, x + 10 * len(text), y + 20)


@pytest.mark.parametrize(
    "words",
    [
        ["Nom", "Prénoms", "Date", "de", "naissance"],
        ["Geburtsdatum", "Vornamen"],
        ["Naarn", "/", "Sumame"],
        ["Geb0ortedaturn", "/", "Date", "0f", "b1rth"],
        ["CARTE", "D'IDENTITÉ"],
    ],
)
def test_id_words_are_read_in_four_languages_and_through_ocr_noise(words: list[str]) -> None:
    assert recognise.id_words([_word(w) for w in words]) >= 1


def test_ordinary_text_has_no_id_words() -> None:
    text = "Beste klant, hierbij ontvangt u de factuur voor de maand maart. Met vriendelijke groet"
    assert recognise.id_words([_word(w) for w in text.split()]) == 0


def test_every_number_shaped_word_is_boxed_and_no_other() -> None:
    words = [_word("NAAM"), _word("5989.77.843", 0, 30), _word("X4RTBPFW4", 0, 60), _word("12", 0, 90)]
    boxes = recognise.number_words(words, 0.3)
    assert [b.bbox()[1] < 60 < b.bbox()[3] or b.bbox()[1] < 30 < b.bbox()[3] for b in boxes] == [True, True]


def test_a_portrait_on_a_card_is_recognised_and_a_picture_on_a_letter_is_not() -> None:
    page, truth_page = _page(4, 900, "nl_td1", "angle")
    gray = _gray(page)
    x0, y0, x1, y1 = _bounds(truth_page, "photo")
    portrait = rect("photo", "portrait_like", x0, y0, x1, y1)
    assert recognise.portrait_on_card(gray, [portrait])
    # The same picture pasted on an A4 letter (portrait format, no card outline): too small for the page to be a card.
    letter = np.full((1700, 1200), 245, np.uint8)
    crop = gray[int(y0) : int(y1), int(x0) : int(x1)]
    letter[200 : 200 + crop.shape[0], 100 : 100 + crop.shape[1]] = crop
    pasted = rect("photo", "portrait_like", 100, 200, 100 + crop.shape[1], 200 + crop.shape[0])
    assert not recognise.portrait_on_card(letter, [pasted])


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    from afscherm.detectors.analyzer import default_analyzer

    return default_analyzer()


@pytest.mark.parametrize(("index", "case"), [(0, "ghost_back"), (0, "ghost_anywhere")])
def test_a_ghost_elsewhere_is_never_released_uncovered(analyzer, index: int, case: str) -> None:  # noqa: ANN001
    _, data, truth = generate_release_variant(index, 900, kind="nl_td1", case=case)
    result = redact_id_copy(data, IdCopyPolicy(), analyzer)
    if result.released:
        out = decode_pages(result.data)[0]
        for kind in ("photo", "ghost_photo", "mrz", "bsn", "document_number"):
            if any(r["type"] == kind for r in truth["pages"][0]["regions"]):
                assert min(coverage(out, truth["pages"][0], kind)) >= 0.95, kind
    else:
        assert result.reasons
