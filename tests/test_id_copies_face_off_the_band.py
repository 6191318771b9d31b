"""A face off every MRZ band's document is another document's front, which wants its own number (issue 13,
``api._off_band_faces``, ``api._numbers_wanted``).

On tuning family3 seed 103 page 6 (a 2014 passport's data page stacked with a 2021 card's front carrying the same
photograph) the ghost search, templated on the passport's face, matched the card's face, so the card's picture was
dropped as a ghost; whole-page OCR read none of the card's labels; one number was wanted and the passport's counted:
released with the card's document number 0 % black. A face centred outside every band's document outline now counts as
a front of its own, whose number must be found (``_find`` then reads each card on its own) or the page is refused."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import rect
from afscherm.redactors.id_copies.mrz_band import Band
from tests.family3_pages import redacted_upload, under_black

# A passport's data page: its TD3 band (its document reaches 0.72 band lengths above it, 0.1 below, 0.12 beside:
# x -70..1170, y 35..945), its portrait's face and its printed number found.
TD3 = Band(center=(550.0, 800.0), length=1000.0, thickness=90.0, angle=0.0, lines=2, line_height=25.0)
PASSPORT_FACE = rect("photo", "face", 100, 300, 300, 560)
PASSPORT_NUMBER = rect("document_number", "label", 700, 80, 900, 110)
# A card's front stacked under it: only a face found inside its picture (its picture taken for a ghost), ...
CARD_FACE = rect(api.PICTURE_FACE, "cascade", 700, 1100, 760, 1160)
# ... and its number, when a reading finds it.
CARD_NUMBER = rect("document_number", "shape", 300, 1080, 560, 1110)
REASON = "fewer document numbers found than front sides or data pages: one may be uncovered"


def test_a_face_off_the_data_pages_document_wants_a_number_of_its_own() -> None:
    assert api._understood([PASSPORT_FACE, PASSPORT_NUMBER], [TD3]) == []  # the premise: one data page, one number
    assert REASON in api._understood([PASSPORT_FACE, PASSPORT_NUMBER, CARD_FACE], [TD3])
    assert api._off_band_faces([PASSPORT_FACE, CARD_FACE], [TD3]) == 1
    assert api._numbers_wanted([PASSPORT_FACE, PASSPORT_NUMBER, CARD_FACE], [TD3]) == 2
    assert api._understood([PASSPORT_FACE, PASSPORT_NUMBER, CARD_FACE, CARD_NUMBER], [TD3]) == []


def test_faces_on_the_bands_document_or_on_a_page_without_a_band_count_as_before() -> None:
    # The data page's own ghost, its face found inside its picture: on the page's document, no other front.
    ghost_face = rect(api.PICTURE_FACE, "cascade", 450, 500, 500, 550)
    assert api._off_band_faces([PASSPORT_FACE, ghost_face], [TD3]) == 0
    assert api._understood([PASSPORT_FACE, PASSPORT_NUMBER, ghost_face], [TD3]) == []
    # The same face found by the page's cascade and inside its picture is one place.
    assert api._off_band_faces([CARD_FACE, rect("photo", "face", 695, 1095, 765, 1165)], [TD3]) == 1
    # No band: nothing to be off; the card's face is counted by ``_portrait_faces`` as before (a face in a picture is
    # no portrait of its own there).
    assert api._off_band_faces([CARD_FACE], []) == 0


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


def test_a_passport_stacked_with_a_card_front_of_the_same_portrait_leaves_no_number_visible(
    analyzer,  # noqa: ANN001
    tmp_path,  # noqa: ANN001
) -> None:
    # Tuning family3 seed 103 page 6: released with the card front's document number 0 % black.
    truth, result = redacted_upload(tmp_path, 103, 6, "nl_passport", "two_documents", analyzer)
    assert [d["sides_shown"] for d in truth["documents"]] == [["data_page"], ["front"]]  # the premise
    # Refused (fail closed) or released with every required element at least 95 % black.
    assert not result.released or under_black(truth, result) == [], result.reasons
