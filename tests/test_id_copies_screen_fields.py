"""A picture printed as a dot screen whose tones break the screen into fields (issue 13, fail closed): where it is dark
the dots run together, and each field had the others around it as densely as a desk's weave, so none was judged a
picture and a box over the dark part alone passed verification (tuning bench_id_captures seed 816 page 4, a Dutch
back's ghost 38.8 % black, released). Fields within reach of one another are now one screen: verification refuses
the cut screen (``verify.halftone_cut``), and the finder boxes it whole (``api._grown_to_screens``).

The page is drawn here (a pale card, text, a screen with dark bands across where its dots merge); no generator used."""

from __future__ import annotations

import cv2
import numpy as np

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import black_out, rect
from afscherm.redactors.id_copies.verify import halftone_cut

GLYPH = 20  # the text's height on this page, in pixels
PAPER = 218
# The screened picture: 140 x 180 px at (430, 300), dots every 7 px, dark bands every 4 rows.
GX, GY, GW, GH, PITCH = 430, 300, 140, 180, 7
# The finder's box over the dark middle only (a band and a row of dots either side).
CORE = (GX - 6, GY + GH // 2 - 14, GX + GW + 6, GY + GH // 2 + 14)


def _page() -> np.ndarray:
    rng = np.random.default_rng(5)
    page = np.clip(rng.normal(PAPER, 3, (700, 1000)), 0, 255).astype(np.uint8)
    font = cv2.FONT_HERSHEY_SIMPLEX
    for i, (label, value) in enumerate((("Naam / Surname", "JANSEN"), ("Documentnummer", "NX4R7PL92"))):
        cv2.putText(page, label, (620, 120 + 70 * i), font, 0.45, 120, 1, cv2.LINE_AA)
        cv2.putText(page, value, (620, 150 + 70 * i), font, 0.8, 40, 2, cv2.LINE_AA)
    tone = np.full((GH, GW), 0.15, np.float32)
    for y in range(PITCH * 4, GH - PITCH * 4, PITCH * 4):
        tone[y - 2 : y + 2, :] = 1.3  # dark bands across: the dots run together there
    cv2.ellipse(tone, (GW // 2, GH // 4), (GW // 5, GH // 8), 0, 0, 360, 0.5, -1)
    tone = cv2.GaussianBlur(tone, (0, 0), 2)
    for y in range(PITCH // 2, GH, PITCH):
        for x in range(PITCH // 2, GW, PITCH):
            radius = 0.62 * PITCH * np.sqrt(min(float(tone[y, x]), 1.3))
            cv2.circle(page, (GX + x, GY + y), max(1, int(round(radius))), 150, -1, cv2.LINE_AA)
    return page


def _blacked(page: np.ndarray, *boxes: tuple[int, int, int, int]) -> np.ndarray:
    out = page.copy()
    for x0, y0, x1, y1 in boxes:
        out[y0:y1, x0:x1] = 0
    return out


def test_a_screen_in_fields_cut_by_its_box_is_refused() -> None:
    page = _page()
    found = halftone_cut(page, _blacked(page, CORE), GLYPH)
    assert found
    x0, y0, x1, y1 = found[0]
    # The dots left visible reach the picture's top and bottom rows.
    assert y0 < GY + PITCH and y1 > GY + GH - PITCH
    assert x0 >= GX - PITCH and x1 <= GX + GW + PITCH


def test_the_screen_covered_whole_is_not_refused() -> None:
    page = _page()
    assert halftone_cut(page, _blacked(page, (GX - 10, GY - 10, GX + GW + 10, GY + GH + 10)), GLYPH) == []


def test_the_finder_boxes_the_screen_it_cut_whole() -> None:
    page = _page()
    core = rect("photo", "photo_like", *CORE)
    grown = api._grown_to_screens(page, [core], GLYPH)
    assert grown
    x0, y0, x1, y1 = grown[0].bbox()
    assert x0 <= GX and y0 <= GY and x1 >= GX + GW and y1 >= GY + GH
    # The text beside it is no part of it.
    assert x1 < 620
    # And with it, verification has nothing to refuse.
    assert halftone_cut(page, black_out(page, [core, *grown]), GLYPH) == []
