"""A face only one cascade fires on (a card's guilloche, a seal's star) is no portrait when the page shows a face both
cascades confirm (``api._unconfirmed_faces``, ``face.confirmed_face``): blacked out all the same, it wants no ghost of
its own and is no template for the ghost search. Drawn pages and scikit-image's public-domain astronaut."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from skimage import data

from afscherm.redactors.id_copies import api, face
from afscherm.redactors.id_copies.boxes import rect


@pytest.fixture(scope="module")
def astronaut() -> np.ndarray:
    return cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2GRAY)


def test_a_photographed_face_is_confirmed_rings_and_stripes_are_not(astronaut: np.ndarray) -> None:
    found = face.faces(astronaut, confirmed=True)
    assert found
    assert face.confirmed_face(astronaut, found[0])
    seal = np.full((400, 400), 230, np.uint8)
    for r in range(20, 190, 9):
        cv2.circle(seal, (200, 200), r, 120, 2)
    for x in range(0, 400, 7):
        cv2.line(seal, (x, 0), (x + 60, 400), 170, 1)
    assert not face.confirmed_face(seal, (140.0, 140.0, 120.0, 120.0))


def _regions() -> list:
    real = face.portrait_around((100.0, 100.0, 80.0, 80.0))
    false = face.portrait_around((700.0, 150.0, 90.0, 90.0))
    picture = rect("photo", "portrait_like", 60, 40, 300, 360)
    return [real, false, picture]


def _confirm_only(box: tuple[float, float, float, float]):  # noqa: ANN202
    return lambda gray, f: abs(f[0] - box[0]) < 5 and abs(f[1] - box[1]) < 5


def test_an_unconfirmed_face_beside_a_confirmed_one_is_no_portrait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api, "confirmed_face", _confirm_only((100.0, 100.0)))
    real, false, picture = _regions()
    out = api._unconfirmed_faces(np.zeros((600, 1100), np.uint8), [real, false, picture])
    assert out[0] == real and out[2] == picture
    assert out[1].source == api.UNCONFIRMED and out[1].type == "photo" and out[1].polygon == false.polygon
    assert api._portraits(out) == 1 and api._portraits([real, false, picture]) == 2
    assert len(api._portrait_faces(out)) == 1  # no template for the ghost search, none for verification's


def test_faces_all_unconfirmed_stay_portraits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api, "confirmed_face", lambda gray, f: False)
    regions = _regions()
    assert api._unconfirmed_faces(np.zeros((600, 1100), np.uint8), regions) == regions
