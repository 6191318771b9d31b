"""A "face" the cascade finds on a back's seal is print, no front (issue 13, ``api.PICTURE_FACE_SPAN``).

On tuning family3 seed 99 the page's face cascade fired, and the second cascade confirmed, on a residence permit's
star seal (page 28, its back under its front) and in a German card back's rosette (page 6, two backs): each back then
counted as a front wanting a document number and a ghost printed nowhere, and the page was refused. On a card told as
a back by its band and a back's sign, a face in no picture and printed as line art on the card's tint (its face box's
grey levels spread narrowly) no longer makes the card a front; its box is blacked out all the same. Fail closed: a
face with a portrait's tones, or inside a picture, still makes the card a front."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import Region, rect
from afscherm.redactors.id_copies.fields import BACK_SIDE
from afscherm.redactors.id_copies.mrz_band import Band
from tests.family3_pages import redacted_upload, required_elements, under_black

# A TD1 band 1000 px long, lines 40 px high (a card's back, page 1100 x 1000), as in test_id_copies_back_sides.py.
TD1 = Band(center=(550.0, 800.0), length=1000.0, thickness=130.0, angle=0.0, lines=3, line_height=40.0)
SHAPE = (1000, 1100)
BSN_LABEL = rect("bsn", "label", 80, 420, 400, 470)  # a personal number's label on the card, above the band
FACE = rect("photo", "face", 760, 420, 900, 560)  # the portrait box the cascade's face (808, 459, 48 px) gives


def _page(face_print: str) -> np.ndarray:
    """The card's pale tint with, where ``FACE``'s face lies, a star seal in thin lines (``seal``) or a portrait's
    dark hair, eyes and mouth on skin (``portrait``)."""
    gray = np.full((SHAPE[0], SHAPE[1]), 226, np.uint8)
    cx, cy = 832, 483
    if face_print == "seal":
        cv2.circle(gray, (cx, cy), 42, 200, 2)
        cv2.circle(gray, (cx, cy), 34, 205, 1)
        star = [(cx + 28 * np.sin(a), cy - 28 * np.cos(a)) for a in np.arange(5) * 4 * np.pi / 5]
        cv2.polylines(gray, [np.round(np.array(star)).astype(np.int32)], True, 196, 2)
    else:
        cv2.ellipse(gray, (cx, cy - 4), (30, 38), 0, 0, 360, 60, -1)  # hair
        cv2.ellipse(gray, (cx, cy + 6), (22, 28), 0, 0, 360, 185, -1)  # skin
        for ex in (cx - 9, cx + 9):
            cv2.circle(gray, (ex, cy), 3, 30, -1)  # eyes
        cv2.line(gray, (cx - 8, cy + 18), (cx + 8, cy + 18), 90, 2)  # mouth
    return gray


def _decided(regions: list[Region], gray: np.ndarray) -> list[Region]:
    return api._back_pictures(regions, api._back_cards(regions, [TD1], SHAPE, None, gray))


def test_a_face_on_a_seal_on_a_back_is_no_front_and_stays_black() -> None:
    found = _decided([BSN_LABEL, FACE], _page("seal"))
    assert any(r.type == api.BACK_CARD for r in found)
    assert [r.source for r in found if r.type == "photo"] == [api.BACK_PICTURE]  # blacked out, no portrait
    assert [r.bbox() for r in found if r.type == "photo"] == [FACE.bbox()]
    assert api._fronts(found, [TD1]) == 0
    assert api._understood(found, [TD1]) == []
    assert api._ghost_unverified(np.zeros((10, 10), np.uint8), found, [TD1]) == []


@pytest.mark.parametrize(
    ("face_print", "extra", "sign"),
    [
        ("portrait", [], BSN_LABEL),  # a face with a portrait's dark and light tones
        ("seal", [rect("photo", "portrait_like", 700, 380, 980, 740)], BSN_LABEL),  # ... or inside a picture
        ("seal", [], None),  # a band with no back's sign tells no back
    ],
)
def test_a_face_printed_as_a_face_or_in_a_picture_keeps_the_card_a_front(
    face_print: str, extra: list[Region], sign: Region | None
) -> None:
    regions = [r for r in (sign,) if r is not None] + extra + [FACE]
    found = _decided(regions, _page(face_print))
    assert not any(r.type == api.BACK_CARD for r in found)
    assert any(r.source == "face" for r in found)
    assert api._fronts(found, [TD1]) >= 1


@pytest.mark.parametrize(("face_print", "back"), [("seal", True), ("portrait", False)])
def test_a_face_on_a_licence_backs_seal_beside_its_table_is_no_front(face_print: str, back: bool) -> None:
    # Tuning family3 seed 95 page 18: a "face" on the star seal of a licence's back, told by its categories table.
    table = Region(BACK_SIDE, "label", ((100.0, 100.0), (1000.0, 100.0), (1000.0, 700.0), (100.0, 700.0)))
    found = api._back_pictures([table, FACE], api._back_cards([table, FACE], [], SHAPE, None, _page(face_print)))
    assert any(r.type == api.BACK_CARD for r in found) is back
    assert (api._fronts(found, []) == 0) is back


def test_without_the_pages_pixels_every_face_is_a_front() -> None:
    assert api._back_cards([BSN_LABEL, FACE], [TD1], SHAPE) == []


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


def test_a_permit_front_over_its_back_with_a_face_on_the_backs_seal_is_released_black(
    analyzer,  # noqa: ANN001
    tmp_path,  # noqa: ANN001
) -> None:
    # Tuning family3 seed 99 page 28: refused 'fewer document numbers found than front sides or data pages'.
    truth, result = redacted_upload(tmp_path, 99, 28, "nl_residence_permit", "both_cropped", analyzer)
    assert [d["sides_shown"] for d in truth["documents"]] == [["front", "back"]]  # the premise
    assert result.released, result.reasons
    required = required_elements(truth)
    assert {e["type"] for e in required} >= {"photo", "ghost_photo", "document_number", "v_number", "mrz_line"}
    assert under_black(truth, result) == []
