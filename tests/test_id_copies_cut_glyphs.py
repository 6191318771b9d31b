"""A number's black box set a few pixels off its ink (issue 13, held-out seed 2045: a card's document number released
with the tops of its glyphs above its box): verification refuses such a copy (``verify.ink_cut``), whoever drew the
box, and the finder grows a number's box to the glyphs it cuts (``boxes.grown_to_ink``). A box that covers its value
with a margin is not refused, nor one beside a label with descenders, a rule, the card's edge or guilloche.

The cards are drawn here (a pale card with guilloche curves, labels and values in OpenCV's Hershey font); neither
tuning nor held-out generators are used."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from afscherm.redactors.id_copies import verify
from afscherm.redactors.id_copies.api import _unboxed
from afscherm.redactors.id_copies.boxes import Region, black_out, grown_to_ink, rect
from afscherm.redactors.id_copies.ocr import tesseract
from afscherm.redactors.id_copies.verify import ink_cut

FONT = cv2.FONT_HERSHEY_SIMPLEX
GLYPH = 20.0  # the values' cap height on these cards, in pixels (what glyph_height gives)
VALUE, VX, VY = "NX4R7PL92", 300, 260  # the document number and its baseline's start


def _card(guilloche: bool = True, label: str = "Documentnummer / Document no.") -> np.ndarray:
    """A pale card 800 x 500: guilloche curves, the number's label above it, another field below."""
    rng = np.random.default_rng(7)
    yy, xx = np.mgrid[0:500, 0:800]
    page = np.full((500, 800), 222.0) + rng.normal(0, 2.5, (500, 800))
    if guilloche:
        for k in range(6):
            page[yy == (120 + 70 * k + 25 * np.sin(xx / 37.0 + k)).astype(int)] -= 25
    page = np.clip(page, 0, 255).astype(np.uint8)
    cv2.putText(page, label, (VX, VY - 40), FONT, 0.5, 110, 1, cv2.LINE_AA)
    cv2.putText(page, VALUE, (VX, VY), FONT, 1.0, 35, 2, cv2.LINE_AA)
    cv2.putText(page, "Geldig tot / Date of expiry", (VX, VY + 50), FONT, 0.5, 110, 1, cv2.LINE_AA)
    cv2.putText(page, "12 MRT/MAR 2031", (VX, VY + 85), FONT, 0.8, 35, 2, cv2.LINE_AA)
    return page


def _ink_box() -> tuple[int, int, int, int]:
    """The number's ink (x0, y0, x1, y1), from drawing it alone."""
    blank = np.zeros((500, 800), np.uint8)
    cv2.putText(blank, VALUE, (VX, VY), FONT, 1.0, 255, 2, cv2.LINE_AA)
    ys, xs = np.nonzero(blank > 60)
    return int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1


def _blacked(page: np.ndarray, boxes: list[tuple[int, int, int, int]]) -> np.ndarray:
    out = page.copy()
    for x0, y0, x1, y1 in boxes:
        out[y0:y1, x0:x1] = 0
    return out


def _covered(page: np.ndarray, region: Region) -> float:
    """Share of the number's ink black after ``region`` is blacked out."""
    blank = np.zeros((500, 800), np.uint8)
    cv2.putText(blank, VALUE, (VX, VY), FONT, 1.0, 255, 2, cv2.LINE_AA)
    out = black_out(np.dstack([page] * 3), [region])[..., 0]
    return float((out[blank > 60] == 0).mean())


@pytest.mark.parametrize("shift", [-6, -4, -3, 2, 3, 4, 6])
def test_a_box_shifted_off_its_number_is_refused(shift: int) -> None:
    """The box exactly as high as the number's ink, shifted up (bottoms shown) or down (tops shown)."""
    card = _card()
    x0, y0, x1, y1 = _ink_box()
    found = ink_cut(card, _blacked(card, [(x0, y0 + shift, x1, y1 + shift)]), GLYPH)
    assert found
    # The cut glyphs are the number's.
    assert all(x0 - 2 <= fx0 and fx1 <= x1 + 2 and y0 - 2 <= fy0 and fy1 <= y1 + 2 for fx0, fy0, fx1, fy1 in found)


def test_a_box_shorter_than_its_number_is_refused() -> None:
    """A word box OCR gave shorter than the ink: the upper quarter of the number left above the box."""
    card = _card()
    x0, y0, x1, y1 = _ink_box()
    assert ink_cut(card, _blacked(card, [(x0 - 3, y0 + (y1 - y0) // 4, x1 + 3, y1 + 3)]), GLYPH)


def test_the_premise_ocr_reads_nothing_of_the_cut_number() -> None:
    """What verification's OCR makes of the copy (boxes painted in the paper's tone): nothing of the number, which
    is why a check of the pixels is needed."""
    card = _card()
    x0, y0, x1, y1 = _ink_box()
    redacted = _blacked(card, [(x0, y0 + 4, x1, y1 + 4)])
    plain = _unboxed(redacted, [rect("document_number", "ocr", x0, y0 + 4, x1 - 1, y1 + 3)])
    read = "".join(w.text for w in tesseract(plain, "nld", 11)).upper()
    assert not any(VALUE[i : i + 4] in read for i in range(len(VALUE) - 3))
    assert ink_cut(card, redacted, GLYPH)


def test_a_box_with_a_margin_passes() -> None:
    card = _card()
    x0, y0, x1, y1 = _ink_box()
    assert ink_cut(card, _blacked(card, [(x0 - 5, y0 - 5, x1 + 5, y1 + 5)]), GLYPH) == []


def test_a_box_touching_a_label_with_descenders_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A box reaching up to the label's baseline above it cuts the label's descenders (p, y): a few strokes, no line
    of text."""
    card = _card(label="Persoonsnummer / Personal no. (p y g)")
    x0, y0, x1, y1 = _ink_box()
    redacted = _blacked(card, [(x0 - 5, VY - 40, x1 + 5, y1 + 5)])
    assert ink_cut(card, redacted, GLYPH) == []
    # The premise: the box does cut strokes of the label, which a check of every cut stroke would refuse.
    monkeypatch.setattr(verify, "INK_COVERED", (0.01, 0.97))
    monkeypatch.setattr(verify, "INK_SPAN", 0.0)
    monkeypatch.setattr(verify, "INK_SPAN_GLYPHS", 0.0)
    assert ink_cut(card, redacted, GLYPH)


def test_lines_edges_and_guilloche_beside_a_box_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule under the number, half under its box's lower edge; the card's edge against a dark desk, the box reaching
    onto the desk; guilloche curves crossing a box: none is a glyph cut by the box."""
    card = _card()
    x0, y0, x1, y1 = _ink_box()
    cv2.line(card, (x0, y1 + 8), (x1, y1 + 8), 60, 4)  # rows y1 + 6 .. y1 + 10, the box ends at y1 + 8
    card[:, 600:] = 40  # the desk right of the card's edge
    redacted = _blacked(card, [(x0 - 5, y0 - 5, x1 + 5, y1 + 8), (550, 100, 680, 140)])
    assert ink_cut(card, redacted, GLYPH) == []
    # Guilloche crossing a box with no value under it: its curves run on past both edges.
    assert ink_cut(card, _blacked(card, [(60, 150, 260, 190)]), GLYPH) == []
    # The premise: without the glyph's size, the rule would be a cut glyph.
    monkeypatch.setattr(verify, "INK_GLYPH_MAX", (100.0, 100.0))
    monkeypatch.setattr(verify, "INK_GLYPH_MIN", 0.0)
    assert ink_cut(card, redacted, GLYPH)


@pytest.mark.parametrize("shift", [-7, -5, 4, 6])
def test_the_finder_grows_a_shifted_box_to_its_ink(shift: int) -> None:
    card = _card()
    x0, y0, x1, y1 = _ink_box()
    box = rect("document_number", "ocr", x0, y0 + shift, x1, y1 + shift, 1)
    assert _covered(card, box) < 0.95  # the premise: as found, the box leaves the number partly visible
    grown = grown_to_ink(card, box)
    assert _covered(card, grown) == 1.0
    redacted = black_out(np.dstack([card] * 3), [grown])[..., 0]
    assert ink_cut(card, redacted, GLYPH) == []
    # Not over the label above nor the field below.
    gx0, gy0, gx1, gy1 = grown.bbox()
    assert gy0 > VY - 40 + 5 and gy1 < VY + 50 - 12


def test_the_finder_grows_a_tilted_box() -> None:
    """The card turned 8°: the box, turned with it and shifted down across the text, grows upwards along its tilt."""
    card = _card(guilloche=False)
    x0, y0, x1, y1 = _ink_box()
    turn = cv2.getRotationMatrix2D((VX, VY), 8, 1.0)
    tilted = cv2.warpAffine(card, turn, (800, 500), borderValue=222)
    box = rect("document_number", "ocr", x0, y0 + 5, x1, y1 + 5, 1)
    turned = Region(box.type, box.source, tuple(tuple(turn @ np.array([x, y, 1.0])) for x, y in box.polygon))
    grown = grown_to_ink(tilted, turned)
    assert ink_cut(tilted, black_out(np.dstack([tilted] * 3), [turned])[..., 0], GLYPH)
    assert ink_cut(tilted, black_out(np.dstack([tilted] * 3), [grown])[..., 0], GLYPH) == []


def test_other_boxes_are_not_grown() -> None:
    card = _card()
    x0, y0, x1, y1 = _ink_box()
    photo = rect("photo", "face", x0, y0 + 5, x1, y1 + 5)
    assert grown_to_ink(card, photo) is photo


def _on_cloth() -> np.ndarray:
    """The card's lower part on a checked cloth: squares of two greys, a dark dot in each, the card's edge at y 300."""
    yy, xx = np.mgrid[0:500, 0:800]
    cloth = np.where((yy // 36 + xx // 36) % 2 == 0, 150, 178).astype(np.uint8)
    for cy in range(18, 500, 36):
        for cx in range(18, 800, 36):
            cv2.circle(cloth, (cx, cy), 9, 125, -1, cv2.LINE_AA)
    page = _card(guilloche=False)
    page[300:] = cloth[300:]
    return page


def test_a_box_past_the_cards_edge_onto_a_cloth_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A band's box ending a few pixels past the card's edge cuts the tops of the cloth's squares and dots below it:
    slivers of them under the box, no glyph the box hides (tuning bench_id_pictures seed 701 page 7)."""
    page = _on_cloth()
    redacted = _blacked(page, [(100, 230, 700, 304)])
    assert ink_cut(page, redacted, GLYPH) == []
    # The premise: counted at any share under the box, those slivers are cut glyphs along the edge.
    monkeypatch.setattr(verify, "INK_COVERED", (0.05, 0.97))
    assert ink_cut(page, redacted, GLYPH)
