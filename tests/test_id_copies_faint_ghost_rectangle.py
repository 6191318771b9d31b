"""A ghost printed as a pale portrait on a pale rectangle of its own is boxed to that rectangle on a card's back alone
(issue 13, a fail-closed hole, ``photo.faint_extent`` via ``api._faint_ghosts``): tuning bench_id_captures --fronts
printed seed 959 page 1, a Dutch card's back alone, was released with its ghost 68.8 % black - the picture search
found the face and the clothes, not the hair's pale side, the rectangle's rim or the shoulders fading into it, and
verification saw none of that. Only more black. The held-out family is never used."""

from __future__ import annotations

import numpy as np

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies import IdCopyPolicy, redact_id_copy
from afscherm.redactors.id_copies.photo import FAINT_REACH, faint_extent
from synthetic.id_images import decode_pages
from synthetic.id_variants_captures import generate_capture_page
from tests.id_compose import covered


def _card(tone: int = 209) -> np.ndarray:
    rng = np.random.default_rng(7)
    return np.clip(rng.normal(tone, 1.5, (400, 600)), 0, 255).astype(np.uint8)


def test_a_box_over_a_pictures_dark_part_grows_to_its_pale_rectangle() -> None:
    page = _card()
    page[100:300, 200:360] -= 4  # the ghost's rectangle, 4 grey levels under the card (as on that page)
    page[150:290, 215:345] = 150  # its darker part, all the picture search finds
    x0, y0, x1, y1 = faint_extent(page, (215.0, 150.0, 345.0, 290.0), 19.0)
    assert abs(x0 - 200) <= 2 and abs(y0 - 100) <= 2 and abs(x1 - 360) <= 2 and abs(y1 - 300) <= 2


def test_a_picture_on_the_plain_card_keeps_its_box() -> None:
    page = _card()
    page[170:280, 230:350] = 150
    assert faint_extent(page, (230.0, 170.0, 350.0, 280.0), 19.0) == (230.0, 170.0, 350.0, 280.0)


def test_a_tint_that_never_ends_grows_the_box_by_its_reach_at_most() -> None:
    page = _card()
    page[:, :300] -= 6  # a darker half: the card's tint changes, no rectangle
    page[170:280, 330:450] = 150
    x0, y0, x1, y1 = faint_extent(page, (330.0, 170.0, 450.0, 280.0), 19.0)
    assert x0 >= 330 - FAINT_REACH * 120 - 1
    assert (y0, x1, y1) == (170.0, 450.0, 280.0)


def test_the_back_alone_is_released_with_its_whole_ghost_black() -> None:
    _, data, truth = generate_capture_page(1, 959, fronts="printed")
    assert (truth["holders"][0]["sides"], truth["holders"][0]["kind"]) == ("back", "nl_td1")  # the premise
    ghosts = [r for r in truth["pages"][0]["regions"] if r["type"] == "ghost_photo"]
    assert len(ghosts) == 1
    result = redact_id_copy(data, IdCopyPolicy(), default_analyzer())
    assert result.released, result.reasons  # (released before too, 68.8 % of the ghost black)
    assert covered(decode_pages(result.data)[0], ghosts[0]["polygon"]) >= 0.95
