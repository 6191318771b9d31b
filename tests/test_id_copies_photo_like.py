"""Portraits the face cascade misses, and numbers beside, before or above their labels (issue 13's safety gap).

Images come from the tuning family's variations (``synthetic/id_variants``), made in the test."""

from __future__ import annotations

import os

import cv2
import numpy as np
import pytest

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from afscherm.detectors.id_document import id_page_numbers  # noqa: E402
from afscherm.redactors.id_copies import IdCopyPolicy, api, redact_id_copy  # noqa: E402
from afscherm.redactors.id_copies.boxes import black_out  # noqa: E402
from afscherm.redactors.id_copies.face import faces  # noqa: E402
from afscherm.redactors.id_copies.fields import Values, body_regions  # noqa: E402
from afscherm.redactors.id_copies.ocr import Word  # noqa: E402
from afscherm.redactors.id_copies.photo import photo_like_regions, unmasked_photos  # noqa: E402
from afscherm.redactors.id_copies.verify import text_problems  # noqa: E402
from synthetic.id_images import coverage, decode_pages  # noqa: E402
from synthetic.id_variants import generate_variant  # noqa: E402


def _drawn_card(kind: str = "nl_td1", seed: int = 5) -> tuple[np.ndarray, dict]:
    _, data, truth = generate_variant(0, seed, kind=kind, style="drawn", placement="below", width=1300)
    return decode_pages(data)[0], truth["pages"][0]


def _photo_polygon(truth_page: dict) -> np.ndarray:
    return np.array(next(r for r in truth_page["regions"] if r["type"] == "photo")["polygon"])


def test_a_drawn_portrait_the_cascade_misses_is_still_masked() -> None:
    page, truth_page = _drawn_card()
    gray = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
    (x0, y0), (x1, y1) = _photo_polygon(truth_page).min(0).astype(int), _photo_polygon(truth_page).max(0).astype(int)
    # The premise: OpenCV's face cascade finds no face in this portrait (nor on the whole page).
    assert not faces(gray[y0:y1, x0:x1], scale=1.0) and not faces(gray)
    masked = black_out(page, photo_like_regions(gray))
    assert min(coverage(masked, truth_page, "photo")) >= 0.95
    assert min(coverage(masked, truth_page, "ghost_photo"), default=1.0) >= 0.95


def test_verification_sees_a_photo_region_left_unmasked_and_not_one_that_is_black() -> None:
    page, truth_page = _drawn_card(seed=6)
    gray = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
    (x0, y0), (x1, y1) = _photo_polygon(truth_page).min(0), _photo_polygon(truth_page).max(0)
    left = unmasked_photos(gray, gray)  # nothing blacked out
    assert any(b.x0 < x1 and b.x1 > x0 and b.y0 < y1 and b.y1 > y0 for b in left)
    redacted = cv2.cvtColor(black_out(page, photo_like_regions(gray)), cv2.COLOR_RGB2GRAY)
    assert not unmasked_photos(gray, redacted)
    # Half the portrait's box: the other half is a piece of picture left visible.
    half = [r for r in photo_like_regions(gray) if r.bbox()[0] <= x0 + 5 and r.bbox()[2] >= x1 - 5]
    cut = [api.Region(r.type, r.source, tuple((x, min(y, (y0 + y1) / 2)) for x, y in r.polygon)) for r in half]
    partly = cv2.cvtColor(black_out(page, cut), cv2.COLOR_RGB2GRAY)
    assert any(b.y1 > (y0 + y1) / 2 and b.x0 < x1 and b.x1 > x0 for b in unmasked_photos(gray, partly))


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    from afscherm.detectors.analyzer import default_analyzer

    return default_analyzer()


def test_a_copy_with_an_unmasked_photo_region_is_never_released(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    # The finder misses the portrait entirely (no face, no photo-like region, no layout zone): verification alone
    # must keep the copy back.
    monkeypatch.setattr(api, "photo_like_regions", lambda gray, glyph=None, exclude=None, parts=None: [])
    monkeypatch.setattr(api, "_photos", lambda gray, band: [])
    monkeypatch.setattr(api, "photo_zone", lambda band: api.Region("photo", "layout", ((0.0, 0.0),) * 4))
    _, data, truth = generate_variant(1, 8, kind="nl_td1", style="drawn", placement="below", width=1200)
    result = redact_id_copy(data, IdCopyPolicy(require_document=False, all_reasons=True), analyzer)
    assert not result.released
    assert any("photo-like region still visible" in r for r in result.reasons), result.reasons


class _NoAnalyzer:
    """Only the layout and the id_document shapes are under test: the text analyzer finds nothing."""

    def analyze_one(self, text: str, entities: list[str] | None = None) -> list:
        return []


def _line(tokens: list[str], y: float, x: float = 10.0, height: float = 30.0) -> list[Word]:
    out = []
    for token in tokens:
        w = 18.0 * len(token)
        out.append(Word(token, 90.0, x, y, x + w, y + height))
        x += w + 15
    return out


def _covered(regions: list, word: Word, kind: str) -> bool:
    """A box of the number types over the word (a Belgian card number's 12 digits may be boxed as either)."""
    kinds = {kind, "bsn", "document_number"}
    return any(
        r.type in kinds
        and r.bbox()[0] <= word.x0
        and r.bbox()[2] >= word.x1
        and r.bbox()[1] <= word.y0
        and r.bbox()[3] >= word.y1
        for r in regions
    )


WANTED = {"bsn", "document_number", "mrz", "photo"}


@pytest.mark.parametrize(
    ("value", "label", "kind"),
    [
        ("592-1234567-89", "Kaartnummer", "document_number"),  # Belgian card number left of its label
        ("85.07.30-033.28", "Rijksregisternr.", "bsn"),  # Belgian national number left of its label
    ],
)
def test_a_belgian_number_left_of_its_label_is_masked(value: str, label: str, kind: str) -> None:
    # Spaces as OCR splits them: "592-1234567-" "89" would not read as one number without its label.
    words = _line([*value[:-3].split(), value[-3:].lstrip("-."), label], 100)
    regions = body_regions(words, _NoAnalyzer(), Values(), WANTED, 0.25)
    assert all(_covered(regions, w, kind) for w in words[:-1]), [r.bbox() for r in regions]


def test_a_driving_licence_number_right_of_field_5_and_a_bsn_after_4d_are_masked() -> None:
    five, fourd = _line(["5.", "4512482749"], 100), _line(["4d.", "3549", "78226"], 150)
    regions = body_regions(five + fourd, _NoAnalyzer(), Values(), WANTED, 0.25)
    assert _covered(regions, five[1], "document_number")
    assert _covered(regions, fourd[1], "bsn") and _covered(regions, fourd[2], "bsn")


def test_a_german_number_below_its_label_and_one_without_label_are_masked() -> None:
    label = _line(["Ausweisnummer"], 100)
    below = _line(["T22000129"], 140)  # a misread digit breaks nothing: the shape is enough
    lone = _line(["LXZKL6558"], 400, x=600)  # the German card prints it top right, without a label
    regions = body_regions(label + below + lone, _NoAnalyzer(), Values(), WANTED, 0.25)
    assert _covered(regions, below[0], "document_number")
    assert _covered(regions, lone[0], "document_number")


def test_verification_refuses_a_document_number_shape_without_knowing_its_value() -> None:
    problems = text_problems(_line(["Naam", "LXZKL6558"], 100), _NoAnalyzer(), Values())
    assert "document-number shape still readable" in problems
    assert not text_problems(_line(["Naam", "VAN", "LEEUWEN", "12", "MAR", "1990"], 100), _NoAnalyzer(), Values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nummer XR1001R58", ["XR1001R58"]),  # Dutch, one letter-digit mix
        ("LXZKL6558", ["LXZKL6558"]),  # German
        ("592-1234567-89", ["592-1234567-89"]),  # Belgian card
        ("VAN DER LINDEN", []),
        ("12 MAA/MAR 1990", []),
        ("NEDERLANDSE", []),
    ],
)
def test_id_page_numbers(text: str, expected: list[str]) -> None:
    assert sorted({text[f.start : f.end] for f in id_page_numbers(text)}) == expected
