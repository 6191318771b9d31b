"""A passport's BSN page with its issuing stamps is a back, no front (issue 13, ``api._on_print``).

On tuning family3 seed 105 page 21 (a 2021 passport's BSN page alone, a phone photo) the page's header and the BSN's
label under it, three lines across the page, were taken for an MRZ band by their length; the page was then no BSN page
(``api._bsn_page`` wants no band), and the faces the cascade finds on its two stamps made it a front refused 'without
its document number'. A band shape whose reading holds an observations page's header is print
(test_id_copies_observations_header.py), and on a BSN page a face printed as line art, and a ghost found on such a
face, are no front's sign: the stamps are blacked out as a back's pictures. Fail closed: a face with a portrait's
tones, or a ghost found anywhere else, keeps the page a front."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import Region, rect
from tests.family3_pages import redacted_upload, required_elements, under_black

SHAPE = (1000, 1100)  # the BSN page, cropped to it
BSN_LABEL = rect("bsn", "label", 80, 160, 500, 210)  # the BSN under its label, top left
VALID_BSN = rect("bsn", "ocr", 80, 160, 500, 210)  # ... read as a valid BSN
BIG_SEAL, SMALL_SEAL = (560, 520, 90), (700, 640, 60)  # the stamps: centre x, y and radius
BIG_FACE = rect("photo", "face", 500, 460, 620, 580)  # the cascade's face on the large stamp
SMALL_FACE = rect("photo", "face", 660, 600, 740, 680)  # ... and on the small one
GHOST_ON_STAMP = rect("photo", "ghost", 665, 605, 735, 675)  # the large stamp's "ghost": the small one


def _page(big_face: str = "seal") -> np.ndarray:
    """The page's pale tint with its two stamps in thin lines; ``big_face="portrait"`` draws a portrait's dark hair,
    eyes and mouth on skin where the large stamp's face lies instead."""
    gray = np.full(SHAPE, 228, np.uint8)
    for cx, cy, r in (BIG_SEAL, SMALL_SEAL):
        cv2.circle(gray, (cx, cy), r, 200, 2)
        cv2.circle(gray, (cx, cy), int(r * 0.8), 206, 1)
        star = [(cx + 0.6 * r * np.sin(a), cy - 0.6 * r * np.cos(a)) for a in np.arange(5) * 4 * np.pi / 5]
        cv2.polylines(gray, [np.round(np.array(star)).astype(np.int32)], True, 196, 2)
    if big_face == "portrait":
        cx, cy = 560, 520
        cv2.ellipse(gray, (cx, cy - 4), (40, 50), 0, 0, 360, 60, -1)  # hair
        cv2.ellipse(gray, (cx, cy + 8), (30, 38), 0, 0, 360, 185, -1)  # skin
        for ex in (cx - 12, cx + 12):
            cv2.circle(gray, (ex, cy), 4, 30, -1)  # eyes
        cv2.line(gray, (cx - 10, cy + 24), (cx + 10, cy + 24), 90, 2)  # mouth
    return gray


def _decided(regions: list[Region], gray: np.ndarray) -> list[Region]:
    return api._back_pictures(regions, api._back_cards(regions, [], SHAPE, None, gray))


def test_a_bsn_pages_stamps_with_faces_and_a_ghost_on_one_are_a_backs_print() -> None:
    found = _decided([BSN_LABEL, VALID_BSN, BIG_FACE, SMALL_FACE, GHOST_ON_STAMP], _page())
    assert any(r.type == api.BACK_CARD for r in found)
    assert [r.source for r in found if r.type == "photo"] == [api.BACK_PICTURE, api.BACK_PICTURE, "ghost"]
    assert api._fronts(found, []) == 0
    assert api._understood(found, []) == []
    assert api._ghost_unverified(np.zeros((10, 10), np.uint8), found, []) == []


@pytest.mark.parametrize(
    ("big_face", "ghost"),
    [
        ("portrait", GHOST_ON_STAMP),  # a face with a portrait's dark and light tones
        ("seal", rect("photo", "ghost", 900, 200, 980, 280)),  # a ghost found where no face is print
    ],
)
def test_a_portraits_face_or_a_ghost_off_the_stamps_keeps_a_bsn_page_a_front(big_face: str, ghost: Region) -> None:
    found = _decided([BSN_LABEL, VALID_BSN, BIG_FACE, SMALL_FACE, ghost], _page(big_face))
    assert not any(r.type == api.BACK_CARD for r in found)
    assert api._fronts(found, []) >= 1


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


def test_a_passport_bsn_page_photographed_with_its_stamps_is_released_black(
    analyzer,  # noqa: ANN001
    tmp_path,  # noqa: ANN001
) -> None:
    # Tuning family3 seed 105 page 21: refused 'front side or data page without its document number found'.
    truth, result = redacted_upload(tmp_path, 105, 21, "nl_passport", "phone_photo", analyzer)
    assert [d["sides_shown"] for d in truth["documents"]] == [["bsn_page"]]  # the premise
    assert result.released, result.reasons
    required = required_elements(truth)
    assert [e["type"] for e in required] == ["bsn"]
    assert under_black(truth, result) == []
