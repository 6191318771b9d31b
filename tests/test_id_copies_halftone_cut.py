"""A picture printed as a dot screen (the small "ghost" portrait of Dutch cards) cut by its black box is refused by
verification (``verify.halftone_cut``, issue 13), whoever drew the box: strips of dots left above and below the box
are a part of the portrait left visible. A box that covers the screen with a margin, and text beside a box, are not
refused.

The pages are drawn here (a pale card, lines of text, a portrait screened with round dots on a square grid); neither
tuning nor held-out generators are used."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from afscherm.redactors.id_copies import verify
from afscherm.redactors.id_copies.verify import halftone_cut

GLYPH = 20  # the text's height on these pages, in pixels (what glyph_height gives the API)
PAPER = 218
# The ghost: 84 x 108 px at (430, 300), dots every 6 px.
GX, GY, GW, GH, PITCH = 430, 300, 84, 108, 6


def _card() -> np.ndarray:
    """A pale card 1000 x 700 with a little noise and lines of text (labels and values) around the ghost's place."""
    rng = np.random.default_rng(5)
    page = np.clip(rng.normal(PAPER, 3, (700, 1000)), 0, 255).astype(np.uint8)
    font = cv2.FONT_HERSHEY_SIMPLEX
    for i, (label, value) in enumerate(
        (("Naam / Surname", "JANSEN"), ("Geboortedatum", "12 MRT/MAR 1981"), ("Documentnummer", "NX4R7PL92"))
    ):
        y = 120 + 70 * i
        cv2.putText(page, label, (560, y), font, 0.45, 120, 1, cv2.LINE_AA)
        cv2.putText(page, value, (560, y + 30), font, 0.8, 40, 2, cv2.LINE_AA)
    cv2.putText(page, "Persoonsnummer", (560, 330), font, 0.45, 120, 1, cv2.LINE_AA)
    cv2.putText(page, "3045.80.041", (560, 360), font, 0.8, 40, 2, cv2.LINE_AA)
    cv2.putText(page, "KONINKRIJK DER NEDERLANDEN", (60, 60), font, 0.9, 40, 2, cv2.LINE_AA)
    return page


def _screened_portrait(page: np.ndarray) -> np.ndarray:
    """``page`` with a small portrait (head and shoulders) printed as a pale dot screen at the ghost's place: round
    dots on a square grid, their radius growing with the portrait's darkness (at most 60 % ink)."""
    tone = np.zeros((GH, GW), np.float32)
    cv2.ellipse(tone, (GW // 2, GH * 2 // 5), (GW // 4, GH // 4), 0, 0, 360, 0.3, -1)  # the head
    cv2.ellipse(tone, (GW // 2, GH), (GW // 2, GH // 3), 0, 180, 360, 0.4, -1)  # the shoulders
    tone = cv2.GaussianBlur(tone, (0, 0), 3) + 0.2  # and a pale background tint
    out = page.copy()
    for y in range(PITCH // 2, GH, PITCH):
        for x in range(PITCH // 2, GW, PITCH):
            radius = 0.5 * PITCH * np.sqrt(min(float(tone[y, x]), 1.0))
            cv2.circle(out, (GX + x, GY + y), max(1, int(round(radius))), 140, -1, cv2.LINE_AA)
    return out


def _blacked(page: np.ndarray, boxes: list[tuple[int, int, int, int]]) -> np.ndarray:
    out = page.copy()
    for x0, y0, x1, y1 in boxes:
        out[y0:y1, x0:x1] = 0
    return out


# The text's boxes, as the finder draws them (the value lines).
TEXT_BOXES = [(555, 120 + 70 * i + 5, 800, 120 + 70 * i + 40) for i in range(3)] + [(555, 335, 760, 370)]


def test_a_ghost_cut_by_its_box_is_refused() -> None:
    """A box over the middle 80 % of the ghost's height (strips of dots left above and below, as a finder's box
    drawn short) is refused, and the strips are where the refusal points."""
    original = _screened_portrait(_card())
    strip = GH // 10
    redacted = _blacked(original, [*TEXT_BOXES, (GX - 6, GY + strip, GX + GW + 6, GY + GH - strip)])
    found = halftone_cut(original, redacted, GLYPH)
    assert found
    x0, y0, x1, y1 = found[0]
    assert GX - PITCH <= x0 < x1 <= GX + GW + PITCH
    assert y0 < GY + strip and y1 > GY + GH - strip  # the dots shown above and below the box


def test_a_ghost_cut_on_one_side_is_refused() -> None:
    """The same ghost with its box a sixth too narrow: a column of dots beside it."""
    original = _screened_portrait(_card())
    redacted = _blacked(original, [*TEXT_BOXES, (GX - 6, GY - 6, GX + GW * 5 // 6, GY + GH + 6)])
    assert halftone_cut(original, redacted, GLYPH)


def test_a_ghost_covered_with_a_margin_passes() -> None:
    original = _screened_portrait(_card())
    redacted = _blacked(original, [*TEXT_BOXES, (GX - 8, GY - 8, GX + GW + 8, GY + GH + 8)])
    assert halftone_cut(original, redacted, GLYPH) == []


def test_text_beside_a_box_is_no_screen() -> None:
    """Labels and other lines of text left beside the boxes of the values are not refused (no ghost on the card)."""
    original = _card()
    redacted = _blacked(original, TEXT_BOXES)
    assert halftone_cut(original, redacted, GLYPH) == []


def test_a_woven_desk_cut_by_a_box_is_no_picture(monkeypatch: pytest.MonkeyPatch) -> None:
    """A desk of woven dots around the card, photographed (noise), a box reaching from the card onto it: the weave
    goes on beside the box, but it is no picture. The noise breaks the weave's screen into pieces that each look
    bounded; the dots around them tell them from a picture."""
    page = _card()
    yy, xx = np.mgrid[0 : page.shape[0], 0 : page.shape[1]]
    noise = np.random.default_rng(3).normal(0, 9, page.shape)
    weave = np.clip(120 + 15 * np.sin(xx / 6.0 * 2 * np.pi) * np.sin(yy / 6.0 * 2 * np.pi) + noise, 0, 255)
    desk = np.ones(page.shape, bool)
    desk[150:600, 150:960] = False  # the card
    original = np.where(desk, weave.astype(np.uint8), page)
    redacted = _blacked(original, [*TEXT_BOXES, (40, 250, 300, 420)])
    assert halftone_cut(original, redacted, GLYPH) == []
    # The premise: without looking around them, and each on its own (not joined into the weave, see
    # HALFTONE_JOIN), pieces of the weave beside the box are refused.
    monkeypatch.setattr(verify, "HALFTONE_RING", 1e9)
    monkeypatch.setattr(verify, "HALFTONE_JOIN", -np.inf)
    assert halftone_cut(original, redacted, GLYPH)
