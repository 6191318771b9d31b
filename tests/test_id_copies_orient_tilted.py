"""The page turn of a page tilted by a small angle as well as turned a quarter or half (issue 13: a phone photo stored
upside down, a card scanned askew and sideways): the cues that read the page read it levelled (``orient.page_turn``),
and a page whose lines of print run along its height is never taken as upright."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from afscherm.redactors.id_copies import orient
from afscherm.redactors.id_copies.orient import page_turn
from synthetic.id_images import _font
from tests.id_compose import CARD_FIELD_LINES

LINES = (
    "IDENTITEITSKAART / IDENTITY CARD",
    *CARD_FIELD_LINES,
    "Geldig tot / Date of expiry",
    "02 JUNI 2031",
)


def _tilted_card(degrees: float) -> np.ndarray:
    """A 1500 × 1100 photo of a pale card of printed fields on a grey desk, the card turned by ``degrees`` (OpenCV's
    sense: counter-clockwise), upright otherwise."""
    card = Image.new("L", (900, 560), 215)
    draw = ImageDraw.Draw(card)
    for i, line in enumerate(LINES):
        draw.text((40, 30 + 56 * i), line, fill=30, font=_font("bold" if i % 2 == 0 else "sans", 30))
    page = np.full((1100, 1500), 120, np.uint8)
    page[270:830, 300:1200] = np.array(card)
    m = cv2.getRotationMatrix2D((750, 550), degrees, 1.0)
    return cv2.warpAffine(page, m, (1500, 1100), flags=cv2.INTER_LINEAR, borderValue=120)


@pytest.mark.parametrize(("turn", "degrees"), [(180, 14.0), (90, -14.0), (270, 14.0), (180, -9.0)])
def test_a_tilted_card_turned_is_read_levelled(turn: int, degrees: float) -> None:
    # Tilted this far its lines read poorly either way up, and ran no clear way to ``text_axis``: the page was taken as
    # it was (tuning family3 seed 14 page 21, a phone photo at 11.5°, turned 180°).
    page = np.ascontiguousarray(np.rot90(_tilted_card(degrees), -turn // 90))  # content turned clockwise by ``turn``
    assert page_turn(page) == (turn, "reading")


@pytest.mark.parametrize(("words", "expected"), [({90: 1, 270: 3}, 270), ({90: 2, 270: 1}, 90), ({}, 90)])
def test_a_page_whose_lines_run_along_it_is_turned_a_quarter_when_nothing_decides(
    monkeypatch: pytest.MonkeyPatch, words: dict[int, int], expected: int
) -> None:
    # Too few confident words at either quarter turn to decide, no face, no detector answer: the turn that read more,
    # never 0° (the lines run along the page's height). The words are counted at the size each view is read at.
    page = np.ascontiguousarray(np.rot90(_tilted_card(0.0), -1))  # the card's lines along the page's height
    assert orient.text_axis(orient._small(page)) == "along"
    views: list[int] = []

    def readable(gray: np.ndarray) -> int:
        views.append(0)
        turn = (90, 270)[(len(views) - 1) % 2]  # _by_reading reads the axis's turns in order: 90°, then 270°
        return words.get(turn, 0)

    monkeypatch.setattr(orient, "_readable_words", readable)
    monkeypatch.setattr(orient, "_by_face", lambda small, axis: None)
    monkeypatch.setattr(orient, "_by_osd", lambda gray, axis=None: None)
    assert page_turn(page) == (expected, "lines")


def test_an_upright_page_that_decides_nothing_stays_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _tilted_card(0.0)
    assert orient.text_axis(orient._small(page)) == "across"
    monkeypatch.setattr(orient, "_readable_words", lambda gray: 0)
    monkeypatch.setattr(orient, "_by_face", lambda small, axis: None)
    monkeypatch.setattr(orient, "_by_osd", lambda gray, axis=None: None)
    assert page_turn(page) == (0, "none")
