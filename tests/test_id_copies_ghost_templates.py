"""The faces the ghost is searched from (``api._ghost_templates``): a portrait's picture found by its pixels before
the cascade found its face stood for that face (one face per place, the first listed), so the face's place was guessed
in the picture and the face found there was never a template. A guessed place asks for a copy that stands out far,
one per size, and a card's front and back shown together print two ghosts that match alike: neither was found (tuning
family3 seed 46 page 2). The face found there is now a template as well. Pages are drawn as in
``test_id_copies_ghost_pair``: a portrait of smoothed noise and two faint, smaller copies of it."""

from __future__ import annotations

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import black_out, rect
from afscherm.redactors.id_copies.face import ghost_regions, portrait_around
from tests.test_id_copies_ghost_pair import FACE_ON_PAGE, GHOSTS, _page

PICTURE = (35.0, 35.0, 275.0, 275.0)  # the portrait drawn by ``_page``, its face FACE_ON_PAGE
GHOST_SIDE = 96  # 0.4 of the portrait


def _regions(picture_first: bool = True) -> list:
    picture, face = rect("photo", "portrait_like", *PICTURE), portrait_around(FACE_ON_PAGE)
    return [picture, face] if picture_first else [face, picture]


def test_a_face_found_where_a_guess_stood_is_a_template_too() -> None:
    guess = api._guessed_face(PICTURE)
    assert api._portrait_faces(_regions(), photo_like=True, same_size=api.GHOST_TEMPLATE_SIZE) == [guess]  # premise
    templates = api._ghost_templates(_regions())
    assert (guess, True) in templates  # the guessed search and the portrait's extent stay
    assert (FACE_ON_PAGE, False) in templates


def test_a_face_listed_first_is_the_one_template() -> None:
    assert api._ghost_templates(_regions(picture_first=False)) == [(FACE_ON_PAGE, False)]


def test_a_picture_without_a_face_keeps_its_guess_alone() -> None:
    only_picture = [rect("photo", "portrait_like", *PICTURE)]
    assert api._ghost_templates(only_picture) == [(api._guessed_face(PICTURE), True)]


def test_both_ghosts_of_a_front_and_back_are_found_from_the_face() -> None:
    page = _page()

    def covered(found: list) -> list[float]:
        out = black_out(page, found)
        return [float((out[gy : gy + GHOST_SIDE, gx : gx + GHOST_SIDE] == 0).mean()) for gx, gy in GHOSTS]

    guess = api._guessed_face(PICTURE)
    # The premise: the guessed place finds neither ghost (two copies alike, neither stands out).
    assert ghost_regions(page, guess, guessed=True, pictures=[PICTURE]) == []
    found = []
    for face, guessed in api._ghost_templates(_regions()):
        found += ghost_regions(page, face, guessed=guessed, pictures=[PICTURE])
    assert min(covered(found)) >= 0.95
