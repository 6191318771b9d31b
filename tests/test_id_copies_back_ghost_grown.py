"""A card's back alone whose ghost the picture search found wider than tall is boxed up to a portrait's height above
the picture's bottom (issue 13, a fail-closed hole, ``api._ghost_grown``): tuning bench_id_captures seed 958 page 4, a
Dutch card's back turned 90 degrees, was released with the ghost's pale head beside its box (86 % black). A ghost is a
portrait, taller than wide; only more black. The held-out family is never used."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies import IdCopyPolicy, api, redact_id_copy
from afscherm.redactors.id_copies.boxes import rect
from synthetic.id_images import decode_pages
from synthetic.id_variants_captures import generate_capture_page
from tests.id_compose import covered


def test_a_ghost_picture_wider_than_tall_grows_upward_to_a_portraits_height() -> None:
    grown = api._ghost_grown(rect("photo", "portrait_like", 1158, 530, 1314, 646))
    assert grown.source == "ghost"
    x0, y0, x1, y1 = grown.bbox()
    assert (x0, x1, y1) == (1158, 1314, 646)  # its sides and bottom kept
    assert y0 == pytest.approx(646 - api.GHOST_TALL * 156)


def test_a_portrait_shaped_ghost_picture_keeps_its_box() -> None:
    grown = api._ghost_grown(rect("photo", "portrait_like", 100, 100, 200, 240))
    assert grown.bbox() == (100, 100, 200, 240)
    assert grown.source == "ghost"


def test_the_turned_back_is_refused_or_released_with_its_ghost_black() -> None:
    _, data, truth = generate_capture_page(4, 958, fronts="plain")
    assert (truth["holders"][0]["sides"], truth["holders"][0]["capture"]) == ("back", "rot90")  # the premise
    ghosts = [r for r in truth["pages"][0]["regions"] if r["type"] == "ghost_photo"]
    assert len(ghosts) == 1
    result = redact_id_copy(data, IdCopyPolicy(), default_analyzer())
    assert result.released, result.reasons  # (released before too, with the head left visible)
    assert covered(decode_pages(result.data)[0], ghosts[0]["polygon"]) >= 0.95
