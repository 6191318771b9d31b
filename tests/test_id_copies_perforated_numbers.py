"""A number printed turned along a document's edge in dots (laser-perforated), or askew of the angle its run was found
at, that a box cuts is refused, and boxed whole it is not (issue 13, fail closed; ``cut_runs.read_levelled``). Tuning
family3 seed 43 page 8 (a residence permit tilted 14 deg on a page levelled by 4 deg) was released with its turned,
perforated document number 70.5 % black under the ghost's upright box: tesseract read the rest as 'RHWrep2c.'. The
page is drawn here (pale paper, lines of text, the number turned and perforated as the tuning generator perforates
it: a grid of round holes over its strokes); no generator is used."""

from __future__ import annotations

import cv2
import numpy as np

from afscherm.redactors.id_copies.boxes import Region, black_out, rect
from afscherm.redactors.id_copies.cut_runs import Run, grown_boxes, numbers_cut
from afscherm.redactors.id_copies.fields import Values

FONT = cv2.FONT_HERSHEY_SIMPLEX
NUMBER = "RHWT992E2"
GLYPH = 21.0  # the page's values: cap height at scale 0.9, thickness 2


class _NoAnalyzer:
    """Verification's text checks without the recognisers: the shapes and digit runs they test stand alone."""

    def analyze_one(self, text: str, entities: list[str]) -> list[object]:
        return []


def _perforated(scale: float, pitch: int) -> np.ndarray:
    """NUMBER's strokes as a grid of round holes ``pitch`` pixels apart (0/255), turned to read from bottom to top."""
    (w, h), base = cv2.getTextSize(NUMBER, FONT, scale, 1)
    mask = np.zeros((h + base + 8, w + 8), np.uint8)
    cv2.putText(mask, NUMBER, (4, h + 4), FONT, scale, 255, 1, cv2.LINE_AA)
    yy, xx = np.mgrid[0 : mask.shape[0], 0 : mask.shape[1]]
    holes = ((yy % pitch - pitch / 2) ** 2 + (xx % pitch - pitch / 2) ** 2) <= (pitch * 0.45) ** 2
    strokes = cv2.dilate(mask, np.ones((pitch, pitch), np.uint8)) > 60
    return np.ascontiguousarray(np.rot90(np.where(holes & strokes, 255, 0).astype(np.uint8)))


def _page(
    tilt: float = 0.0, scale: float = 0.8, pitch: int = 3, blur: float = 0.0
) -> tuple[np.ndarray, np.ndarray, tuple[int, int, int, int]]:
    """A page 700 x 520: lines of text at the left, the perforated number turned at the right, leaning ``tilt``
    degrees; the page (grey), the number's mask on it, and the number's bounding box (x0, y0, x1, y1)."""
    rng = np.random.default_rng(7)
    page = np.clip(rng.normal(225, 2, (520, 700)), 0, 255).astype(np.uint8)
    for i, text in enumerate(["Naam / Surname", "DE VRIES", "Voornamen", "JOHANNA MARIA", "Geboortedatum 03.05.1981"]):
        big = i % 2 == 1
        cv2.putText(page, text, (60, 80 + 50 * i), FONT, 0.9 if big else 0.6, 40 if big else 90, 2 if big else 1)
    mark = _perforated(scale, pitch)
    if tilt:
        turn = cv2.getRotationMatrix2D((mark.shape[1] / 2, mark.shape[0] / 2), tilt, 1.0)
        c, s = abs(turn[0, 0]), abs(turn[0, 1])
        size = (int(mark.shape[1] * c + mark.shape[0] * s) + 2, int(mark.shape[1] * s + mark.shape[0] * c) + 2)
        turn[0, 2] += size[0] / 2 - mark.shape[1] / 2
        turn[1, 2] += size[1] / 2 - mark.shape[0] / 2
        mark = cv2.warpAffine(mark, turn, size)
    mask = np.zeros_like(page)
    mask[120 : 120 + mark.shape[0], 560 : 560 + mark.shape[1]] = mark
    alpha = mask.astype(np.float32) / 255
    page = (page * (1 - alpha) + 50 * alpha).astype(np.uint8)
    if blur:  # a soft scan: the holes run together
        page = cv2.GaussianBlur(page, (0, 0), blur)
    ys, xs = np.nonzero(mask > 60)
    return page, mask > 60, (int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1)


def _copy(page: np.ndarray, boxes: list[Region]) -> np.ndarray:
    return cv2.cvtColor(black_out(cv2.cvtColor(page, cv2.COLOR_GRAY2RGB), boxes), cv2.COLOR_RGB2GRAY)


def _part_and_whole(box: tuple[int, int, int, int]) -> tuple[list[Region], list[Region]]:
    """An upright box (a ghost's, a portrait's) from above the number over its upper two thirds; and one over all."""
    x0, y0, x1, y1 = box
    part = [rect("photo", "ghost", x0 - 30, y0 - 60, x1 + 30, y0 + (y1 - y0) * 2 // 3)]
    return part, [rect("photo", "ghost", x0 - 30, y0 - 60, x1 + 30, y1 + 8)]


def test_a_perforated_turned_number_partly_covered_is_refused_and_covered_whole_is_not() -> None:
    page, _, box = _page()
    part, whole = _part_and_whole(box)
    # Read as drawn, dots and all, tesseract reads noise; with its dots joined, a document number's shape.
    assert numbers_cut(page, _copy(page, part), GLYPH, _NoAnalyzer(), Values())
    assert numbers_cut(page, _copy(page, whole), GLYPH, _NoAnalyzer(), Values()) == []


def test_a_short_turned_number_askew_of_its_quarter_turn_partly_covered_is_refused() -> None:
    # The number turned and leaning 10 deg, short enough (about 4.7 glyph heights) to be found at the quarter turn as
    # one line, and scanned soft: read at the quarter turn, askew, it reads as noise.
    for tilt in (10.0, -10.0):
        page, _, box = _page(tilt, scale=0.55, pitch=2, blur=0.8)
        part, whole = _part_and_whole(box)
        assert numbers_cut(page, _copy(page, part), GLYPH, _NoAnalyzer(), Values()), tilt
        assert numbers_cut(page, _copy(page, whole), GLYPH, _NoAnalyzer(), Values()) == [], tilt


def test_a_refused_askew_number_boxed_at_its_own_angle_is_covered_and_not_refused() -> None:
    page, mask, box = _page(10.0, scale=0.55, pitch=2, blur=0.8)
    part, _ = _part_and_whole(box)
    refused: list[Run] = []
    assert numbers_cut(page, _copy(page, part), GLYPH, _NoAnalyzer(), Values(), refused)
    outlines = grown_boxes(refused, page.shape)
    assert outlines is not None
    boxes = part + [Region("document_number", "cut_run", outline) for outline in outlines]
    copy = _copy(page, boxes)
    assert float((copy[mask] <= 10).mean()) >= 0.99
    assert numbers_cut(page, copy, GLYPH, _NoAnalyzer(), Values()) == []
    # Boxed at its own angle, not as its upright rectangle: the box holds little more than the number.
    grown = _copy(np.full_like(page, 255), [Region("document_number", "cut_run", o) for o in outlines]) <= 10
    x0, y0, x1, y1 = box
    assert grown.sum() < 0.8 * (x1 - x0 + 12) * (y1 - y0 + 12)
