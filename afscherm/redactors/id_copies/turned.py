"""Text printed turned by 90° on a document: a line of glyphs stacked along the page's vertical.

Dutch passports and identity cards print their document number a second time along the document's edge, turned by a
quarter (laser-perforated on the real ones: a grid of holes per glyph). OCR reads the page's lines across only, so
neither the finder nor verification read that number: tuning family3 seed 5 page 8 (a tilted Dutch passport) was
released with it 85 % black, covered by chance by the ghost's and portrait's boxes, its last two characters visible.

No OCR is needed to black it out: the page's ink (a local threshold at TURNED_GLYPH_PX per glyph), its strokes and a
perforation's holes joined by a closing TURNED_JOIN glyph heights wide, holds such a line as one narrow, long
component - about one glyph height across (TURNED_ACROSS), at least TURNED_LONG glyph heights and TURNED_ASPECT times
its width long (a turned number of nine characters is about six), its ink filling TURNED_FILL of its turned bounding
rectangle (a solid bar fills it, a wavy guilloche line is thinner), its outlines long (TURNED_OUTLINE). Lines of
text read across are no such component (their glyphs stand side by side, a line is one glyph high), nor are single
tall glyphs. Where a glyph of the line is joined to something else (a perforated 'J' apart from its neighbours), the
line is followed along its own axis through ink to its ends (gaps up to TURNED_GAP, at most TURNED_REACH further).
The finder blacks out every such line (``api``), whatever it reads - a portrait's edge or a column of guilloche costs
a little black, a number left costs the holder - and verification refuses a copy that leaves any of one visible
(``turned_left``).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from afscherm.redactors.id_copies.boxes import Region

TURNED_GLYPH_PX = 16.0  # the page is examined at most this many pixels per glyph height
TURNED_CONTRAST = 18  # grey levels below the neighbourhood's mean that make a pixel ink
TURNED_JOIN = 0.2  # glyph heights: a closing this wide joins a perforated glyph's holes and touching glyphs
# Glyph heights: ... and closings this tall the glyphs of a turned line, a pixel or a letter's spacing apart (a serif
# font's, small: tuning family3 seed 3 page 17); the taller one also fills the glyphs' holes (seed 4 page 14: its
# outlines 1.5 times its sides joined so, 2.5 joined by the shorter one).
TURNED_STACK = (0.3, 0.5)
TURNED_ACROSS = (0.5, 1.8)  # glyph heights across a turned line
TURNED_LONG, TURNED_ASPECT = 4.0, 3.0
TURNED_FILL = (0.15, 0.9)  # a perforated number joined: 0.87 (family3 seed 5 page 18); a solid bar: 1
# The outlines of a line of glyphs (their holes' too) are far longer than the line's two sides: at least TURNED_OUTLINE
# times (the tuning family3 numbers, inked or perforated: 1.7-2.9). A strip of ink along a straight edge is not: a
# card's edge against the dark squares of a checked desk cloth, which the local threshold cuts into long narrow wedges
# (tuning bench_id_pictures seed 701 page 7: eight of them, 1.2-1.45, boxed on the cloth and refused for the cloth
# going on beside the boxes).
TURNED_OUTLINE = 1.6
# A perforated number scanned soft (a card at 160 dpi, JPEG) is a column of dots that the closings fill solid: its
# outline joined is a bar's (1.14-1.56), though its ink as thresholded, before any closing, is the perforation's grid
# (1.61-1.87; tuning family3 seed 14 page 4, a Dutch card's turned number, released 62 % black under neighbouring
# boxes). So a line is one also when its own ink, within the joined component, has outlines TURNED_OUTLINE_RAW times
# its two sides (the joined candidates beside it on that page, a portrait's edge and a card's: 1.27-1.52), and it is no
# longer than a number (TURNED_RAW_LONG glyph heights; that number: 6.3): a card's whole edge, its print and guilloche
# beside it thresholded with it, is as ragged (tests/test_id_copies_fronts.py, two cards on a scan: edges 21 glyphs long
# taken for lines, boxed, and the page refused for the text runs those boxes cut).
# And it is filled solid by the closings (TURNED_RAW_FILL of its rectangle; that number: 0.84-0.97): the wedges of a
# checked desk cloth beside a card's edge come to 1.74 raw, at 0.41-0.46 full (bench_id_pictures seed 701 page 7).
TURNED_OUTLINE_RAW, TURNED_RAW_LONG, TURNED_RAW_FILL = 1.7, 12.0, 0.7
TURNED_VERTICAL = 25.0  # degrees a turned line may lean from the page's vertical (a tilted document)
# Glyph heights: a line is followed through gaps this long, this far at most. A perforated number's glyphs are dotted
# and a glyph's blank column leaves a gap (0.75 of the glyph the line was found at: the battery synthetic/id_passports
# seed 3 page 3, both copies released 84-94 % black when 0.6 stopped there); a line found in a piece four glyphs long
# can have five more past one end (synthetic/id_booklets seed 1 page 6: the last glyph 6.2 glyphs past the piece, 86 %).
TURNED_GAP, TURNED_REACH = 0.8, 6.0
TURNED_MARGIN = 0.35  # glyph heights around a line when it is blacked out
TURNED_COVERED = 0.95  # share of a line that must be black in the copy


@dataclass(frozen=True)
class Line:
    """A turned line of text (page pixels): its centre, unit vectors along and across it, and its length and width."""

    centre: tuple[float, float]
    along: tuple[float, float]
    across: tuple[float, float]
    length: float
    width: float

    def polygon(self, margin: float = 0.0) -> tuple[tuple[float, float], ...]:
        c, u, v = np.array(self.centre), np.array(self.along), np.array(self.across)
        a, b = self.length / 2 + margin, self.width / 2 + margin
        return tuple(
            (float(p[0]), float(p[1]))
            for p in (c - a * u - b * v, c + a * u - b * v, c + a * u + b * v, c - a * u + b * v)
        )


def _odd(v: float) -> int:
    return max(3, int(round(v)) | 1)


def _ink(gray: np.ndarray, glyph: float) -> tuple[float, float, list[np.ndarray], np.ndarray]:
    """(working pixels per page pixel, glyph height there, the page's ink joined by TURNED_JOIN, and that joined up and
    down by each of TURNED_STACK too; the ink as thresholded, unjoined; uint8 0/1)."""
    f = min(1.0, TURNED_GLYPH_PX / glyph)
    small = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA) if f < 1 else gray
    g = glyph * f
    ink = cv2.adaptiveThreshold(
        small, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, _odd(2.5 * g), TURNED_CONTRAST
    )
    disc = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (_odd(TURNED_JOIN * g),) * 2)
    raw, ink = ink, cv2.morphologyEx(ink, cv2.MORPH_CLOSE, disc)
    # The glyphs of a turned line stand one above the other, a letter's spacing apart: joined up and down as well.
    # Each is searched: joined so, a line whose glyphs touched already may join what is printed above or below it.
    columns = [cv2.getStructuringElement(cv2.MORPH_RECT, (1, _odd(stack * g))) for stack in TURNED_STACK]
    return f, g, [ink, *(cv2.morphologyEx(ink, cv2.MORPH_CLOSE, column) for column in columns)], raw


def _reach(
    ink: np.ndarray, centre: np.ndarray, u: np.ndarray, v: np.ndarray, half: float, width: float, g: float
) -> float:
    """How far past ``half`` along ``u`` from ``centre`` the ink in the line's strip (``width`` across) goes on."""
    h, w = ink.shape
    across = np.linspace(-width / 2, width / 2, max(3, int(width)))
    last, s = 0.0, 0.0
    while s <= TURNED_REACH * g and s - last <= TURNED_GAP * g:
        s += 1.0
        pts = centre + (half + s) * u + across[:, None] * v
        xs, ys = np.round(pts[:, 0]).astype(int), np.round(pts[:, 1]).astype(int)
        inside = (xs >= 0) & (xs < w) & (ys >= 0) & (ys < h)
        if not inside.any():
            break
        if ink[ys[inside], xs[inside]].any():
            last = s
    return last


# The turned number is printed smaller than the page's text (whose glyphs ``glyph`` measures), and on a small page
# (96 dpi) the closings sized by the text's glyph fill its glyphs' holes: its outline falls under TURNED_OUTLINE and
# it is no line (tuning family3 seed 15 page 0, a residence permit's front on A4 at 96 dpi, 9 px glyphs against the
# text's 11: released with the turned number 36 % black). So the lines are looked for at TURNED_SMALL of that glyph
# height too. And at the smaller of them: a red number printed turned on a residence permit's pale tint, its glyphs
# 0.7 of the page's, is found at up to 0.65 of their height, where its raw outline is a line's (1.78 at 0.65, 1.62 at
# 0.7: tuning family3 seed 45 page 18, a Belgian card and a residence permit on one page, the permit's turned number
# released 61 % black).
TURNED_SMALL = (0.7, 0.5)
# And larger: a number perforated as a 5 x 7 grid of large holes is wider across than TURNED_ACROSS allows at the
# text's glyph (the battery of 2021 passports, synthetic/id_passports seed 1: 1.81 glyphs on page 11, whose copy of the
# number perforated through to the facing page was released 0 % black; 2.46 on page 5, a small scan). Each of
# TURNED_LARGE of the glyph is searched too: on that battery's four released pages 1.7 finds every perforated copy.
TURNED_LARGE = (1.3, 1.7, 2.2)
TURNED_LONGER = 1.25  # a reading of a line found already is kept beside it when this many times longer (its pieces)


def turned_lines(gray: np.ndarray, glyph: float) -> list[Line]:
    """The turned lines of text on ``gray`` (glyph height ``glyph``, and each of TURNED_LARGE and TURNED_SMALL of it),
    page pixels (see the module's doc)."""
    out: list[Line] = []
    for size in (glyph, *(k * glyph for k in TURNED_LARGE), *(small * glyph for small in TURNED_SMALL)):
        f, g, inks, raw = _ink(gray, size)
        for ink in inks:
            for line in _lines(ink, g, raw):
                page = Line(
                    (line.centre[0] / f, line.centre[1] / f), line.along, line.across, line.length / f, line.width / f
                )
                # (a longer reading of a line found already is kept too: a larger size joins the pieces a smaller one
                # found of a perforated number, each piece a line, the whole one longer - id_passports seed 1 page 11)
                same = [i for i, o in enumerate(out) if _same(page, o)]
                if not same or all(page.length > TURNED_LONGER * out[i].length for i in same):
                    out.append(page)
                    continue
                # A reading of the same line that goes on past its end (a joining finds a perforated number in two
                # overlapping pieces, the second with its last glyph: id_passports seed 3 page 10, whose mirrored copy
                # was released with that glyph visible) lengthens it to both readings' reach.
                for i in same:
                    out[i] = _joined(out[i], page)
    return out


def _joined(a: Line, b: Line) -> Line:
    """``a`` grown along and across its own axes to hold ``b``'s rectangle too.

    >>> a = Line((10.0, 50.0), (0.0, 1.0), (-1.0, 0.0), 60.0, 8.0)
    >>> _joined(a, Line((8.0, 70.0), (0.0, 1.0), (-1.0, 0.0), 60.0, 8.0))
    Line(centre=(9.0, 60.0), along=(0.0, 1.0), across=(-1.0, 0.0), length=80.0, width=10.0)
    """
    c, u, v = np.array(a.centre), np.array(a.along), np.array(a.across)
    corners = np.array(b.polygon()) - c
    along, across = corners @ u, corners @ v
    lo, hi = min(-a.length / 2, float(along.min())), max(a.length / 2, float(along.max()))
    left, right = min(-a.width / 2, float(across.min())), max(a.width / 2, float(across.max()))
    centre = c + (lo + hi) / 2 * u + (left + right) / 2 * v
    return Line((float(centre[0]), float(centre[1])), a.along, a.across, hi - lo, right - left)


def _same(a: Line, b: Line) -> bool:
    """Whether two lines are one: each one's centre on the other."""
    d = np.array(a.centre) - np.array(b.centre)
    return abs(float(d @ np.array(b.across))) <= b.width / 2 and abs(float(d @ np.array(b.along))) <= b.length / 2


def _outline(component: np.ndarray) -> float:
    """The length of a component's outlines, its holes' included (pixels)."""
    padded = np.pad(component.astype(np.uint8), 1)
    contours, _ = cv2.findContours(padded, cv2.RETR_LIST, cv2.CHAIN_APPROX_NONE)
    return float(sum(cv2.arcLength(c, True) for c in contours))


def _outlined(component: np.ndarray, raw: np.ndarray | None, length: float, g: float, fill: float) -> bool:
    """Whether a candidate line's outlines are a line of glyphs' (see TURNED_OUTLINE, TURNED_OUTLINE_RAW)."""
    if _outline(component) >= TURNED_OUTLINE * 2 * length:
        return True
    short = length <= TURNED_RAW_LONG * g and fill >= TURNED_RAW_FILL
    return short and raw is not None and _outline(component & (raw > 0)) >= TURNED_OUTLINE_RAW * 2 * length


def _lines(ink: np.ndarray, g: float, raw: np.ndarray | None = None) -> list[Line]:
    """The turned lines in ``ink`` (working pixels, glyph height ``g``; ``raw``: that ink before it was joined)."""
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    tall = np.flatnonzero(stats[:, cv2.CC_STAT_HEIGHT] >= TURNED_LONG * g * np.cos(np.radians(TURNED_VERTICAL)))
    out: list[Line] = []
    for i in tall[tall > 0]:
        x, y, w, h, area = (int(v) for v in stats[i])
        if w > h:
            continue
        ys, xs = np.nonzero(labels[y : y + h, x : x + w] == i)
        points = np.column_stack([xs + x, ys + y]).astype(np.float32)
        (cx, cy), (rw, rh), angle = cv2.minAreaRect(points)
        t = np.radians(angle)
        u, v = np.array([np.cos(t), np.sin(t)]), np.array([-np.sin(t), np.cos(t)])
        length, width = rw, rh
        if rw < rh:
            u, v, length, width = v, -u, rh, rw
        lean = np.degrees(np.arccos(min(1.0, abs(float(u[1])))))
        fill = area / max(length * width, 1.0)
        if not (
            TURNED_ACROSS[0] * g <= width <= TURNED_ACROSS[1] * g
            and length >= max(TURNED_LONG * g, TURNED_ASPECT * width)
            and TURNED_FILL[0] <= fill <= TURNED_FILL[1]
            and lean <= TURNED_VERTICAL
            and _outlined(
                labels[y : y + h, x : x + w] == i, None if raw is None else raw[y : y + h, x : x + w], length, g, fill
            )
        ):
            continue
        centre = np.array([cx, cy])
        ahead = _reach(ink, centre, u, v, length / 2, width, g)
        back = _reach(ink, centre, -u, v, length / 2, width, g)
        centre = centre + (ahead - back) / 2 * u
        length += ahead + back
        out.append(
            Line(
                (float(centre[0]), float(centre[1])),
                (float(u[0]), float(u[1])),
                (float(v[0]), float(v[1])),
                float(length),
                float(width),
            )
        )
    return out


def turned_regions(gray: np.ndarray, glyph: float, type_: str = "document_number") -> list[Region]:
    """Regions (``type_``, source ``turned_text``) over the turned lines of ``gray``, a margin around each: of the
    line's own glyph height where it is printed larger than the text (a perforated number's outer column of holes lies
    outside its joined ink's rectangle: synthetic/id_passports seed 4 page 3, tilted 2.3 deg, released 90 % black)."""
    return [
        Region(type_, "turned_text", line.polygon(TURNED_MARGIN * max(glyph, line.width)))
        for line in turned_lines(gray, glyph)
    ]


def turned_left(original: np.ndarray, redacted: np.ndarray, glyph: float) -> list[tuple[float, float, float, float]]:
    """Boxes (x0, y0, x1, y1, page pixels) of the turned lines of ``original`` that are not all black in ``redacted``
    (less than TURNED_COVERED of the line)."""
    out = []
    for line in turned_lines(original, glyph):
        mask = np.zeros(original.shape[:2], np.uint8)
        polygon = np.round(np.array(line.polygon())).astype(np.int32)
        cv2.fillPoly(mask, [polygon], 1)
        inside = mask > 0
        if inside.any() and float((redacted[inside] <= 10).mean()) < TURNED_COVERED:
            (x0, y0), (x1, y1) = polygon.min(axis=0), polygon.max(axis=0)
            out.append((float(x0), float(y0), float(x1), float(y1)))
    return out
