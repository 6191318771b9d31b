"""A tuning battery of Dutch 2021-model passports shown with both pages stacked (issue 13).

    .venv/bin/python -m synthetic.id_passports --out DIR --seed S --count N

Each upload is the open booklet as a flatbed scan (A4 or cropped) or a phone photo: the polycarbonate data page and
its facing page one above the other, the fold between them, the burgundy cover around them. The data page holds the
portrait (left), a ghost portrait, the printed fields with the document number top right and a TD3 MRZ; the
document number is also laser-perforated as a column of holes (a 5x7 dot matrix) along the left or right edge, so the
same holes show on the facing page, mirrored across the fold. The facing page holds the BSN ("persoonsnummer") on
some pages, the holder's signature, municipal stamps and guilloche.

Varied per upload: page order (data page above or below), tilt 0-6 deg, scan resolution 110-200 dpi, PNG or JPEG,
blur, noise, lighting, hole size (3 sizes), hole look (see-through, shadowed, burnt), perforation edge and reading
direction, print colours, field positions, portrait crop and colour, ghost strength.

Written for tuning, apart from the other generators (only the portrait crop of `synthetic.id_family3.draw` is
reused). Every value is fictitious; document numbers pass `stdnum.nl.identiteitskaartnummer`, MRZ check digits
follow ICAO 9303. Truth files follow `synthetic/id_family3`'s format (``elements`` with 4-point polygons in output
pixels), so that `bench/bench_id_uploads.py --dir DIR --label passports` reads them.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from stdnum.nl import identiteitskaartnummer

from synthetic.id_family3.draw import portrait
from synthetic.identifiers import MONTHS_ID

PX_PER_MM = 10.0  # drawing resolution of the booklet
PAGE_W_MM, PAGE_H_MM = 125.0, 88.0  # ICAO TD3 page
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
LABEL_FACES = ("DejaVuSans.ttf", "DejaVuSansCondensed.ttf", "DejaVuSerifCondensed.ttf")
VALUE_FACES = ("DejaVuSans-Bold.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSans.ttf", "DejaVuSerif-Bold.ttf")
MRZ_FACES = ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf")
GENERATOR = "synthetic.id_passports"
DOC_LETTERS = "ABCDEFGHIJKLMNPQRSTUVWXYZ"  # never an O
DOC_DIGITS = "123456789"  # no zeros in numbers issued after December 2019
MONTHS = MONTHS_ID  # the bilingual month abbreviations travel documents print
SURNAMES = (
    "Hoogvliet",
    "van Emmerik",
    "Brouwer-Tas",
    "Kalverda",
    "de Roode",
    "Wijnbergen",
    "Stoelinga",
    "van der Kolk",
    "Ruitenbeek",
    "Bosgra",
    "Ait Lahcen",
    "Nieuwenhuys",
)
GIVEN_NAMES = (
    "Marloes Ineke",
    "Jochem",
    "Tessa Wilhelmina",
    "Sem Adriaan",
    "Loes",
    "Mehmet Ali",
    "Evi",
    "Gerrit Jan",
    "Roos Catharina",
    "Niels",
)
PLACES = ("Assen", "Deventer", "Hoorn", "Middelburg", "Venlo", "Amersfoort", "Emmen", "Schiedam", "Roermond")
INK = ((25, 25, 30), (35, 30, 60), (20, 35, 45), (45, 30, 30), (10, 10, 10))
LABEL_INK = ((90, 60, 110), (70, 80, 120), (110, 70, 80), (60, 90, 90))
PAGE_TINTS = ((238, 230, 240), (232, 238, 242), (242, 236, 226), (236, 242, 234), (244, 234, 236))
GUILLOCHE_INK = ((170, 140, 190), (140, 170, 200), (200, 150, 160), (150, 185, 165), (190, 170, 130))
COVERS = ((96, 24, 38), (110, 30, 45), (80, 20, 32))


# ---------------------------------------------------------------- numbers


def icao_check(text: str) -> str:
    """ICAO 9303 check digit: weights 7, 3, 1; 0-9 as themselves, A-Z as 10-35, '<' as 0."""
    total = 0
    for i, ch in enumerate(text):
        value = int(ch) if ch.isdigit() else (ord(ch) - 55 if ch.isalpha() else 0)
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def bsn(rng: np.random.Generator) -> str:
    """Nine digits passing the 11-proef."""
    while True:
        digits = [int(rng.integers(1, 10))] + [int(d) for d in rng.integers(0, 10, 7)]
        last = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
        if last < 10:
            return "".join(map(str, digits)) + str(last)


def document_number(rng: np.random.Generator) -> str:
    """Two letters, six letters or digits, a final digit; no O, no zero (numbers issued after 2019)."""
    head = "".join(rng.choice(list(DOC_LETTERS), 2))
    mid = "".join(rng.choice(list(DOC_LETTERS + DOC_DIGITS * 2), 6))
    number = head + mid + str(rng.choice(list(DOC_DIGITS)))
    identiteitskaartnummer.validate(number)  # the format python-stdnum knows (these numbers carry no check digit)
    return number


def mrz_chars(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().upper().replace("'", "")
    out = "".join(ch if ch.isalnum() else "<" for ch in plain)
    while "<<" in out:
        out = out.replace("<<", "<")
    return out.strip("<")


def td3_mrz(values: dict) -> list[str]:
    name = (mrz_chars(values["surname"]) + "<<" + mrz_chars(values["given_names"]))[:39].ljust(39, "<")
    line1 = "P<NLD" + name
    number = values["document_number"].ljust(9, "<")
    born = values["date_of_birth"].replace("-", "")[2:]
    expiry = values["date_of_expiry"].replace("-", "")[2:]
    personal = "<" * 14  # 2021 passports carry no BSN in the MRZ
    head = number + icao_check(number) + "NLD" + born + icao_check(born) + values["sex"]
    head += expiry + icao_check(expiry)
    tail = personal + icao_check(personal)
    composite = head[0:10] + head[13:20] + head[21:28] + tail
    return [line1, head + tail + icao_check(composite)]


def _day(rng: np.random.Generator, first: int, last: int) -> dt.date:
    start = dt.date(first, 1, 1).toordinal()
    return dt.date.fromordinal(start + int(rng.integers(0, dt.date(last, 12, 31).toordinal() - start)))


def make_values(rng: np.random.Generator) -> dict:
    born, issued = _day(rng, 1950, 2008), _day(rng, 2021, 2026)
    values = {
        "surname": str(rng.choice(SURNAMES)),
        "given_names": str(rng.choice(GIVEN_NAMES)),
        "date_of_birth": born.isoformat(),
        "sex": str(rng.choice(["F", "M"])),
        "date_of_issue": issued.isoformat(),
        "date_of_expiry": issued.replace(year=issued.year + 10).isoformat(),
        "place_of_birth": str(rng.choice(PLACES)),
        "authority": f"Burg. van {rng.choice(PLACES)}",
        "height_cm": int(rng.integers(152, 199)),
        "bsn": bsn(rng),
        "personal_number": None,
        "document_number": document_number(rng),
    }
    values["mrz"] = td3_mrz(values)
    return values


def printed_date(iso: str) -> str:
    day = dt.date.fromisoformat(iso)
    return f"{day.day:02d} {MONTHS[day.month - 1]} {day.year}"


# ---------------------------------------------------------------- drawing


@lru_cache(maxsize=128)
def _font(face: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_DIR + face, size)


@lru_cache(maxsize=2048)
def ink_of(text: str, face: str, cap_px: int) -> np.ndarray:
    """The ink (0-255, cropped tight) of ``text`` with capitals about ``cap_px`` tall."""
    font = _font(face, max(6, round(cap_px / 0.73)))
    x0, y0, x1, y1 = font.getbbox(text)
    image = Image.new("L", (int(x1 - x0) + 6, int(y1 - y0) + 6), 0)
    ImageDraw.Draw(image).text((3 - x0, 3 - y0), text, fill=255, font=font)
    ink = np.asarray(image)
    ys, xs = np.nonzero(ink > 30)
    if not len(xs):
        return np.zeros((1, 1), np.uint8)
    return ink[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]


def lay(page: np.ndarray, ink: np.ndarray, x: float, y: float, colour: tuple, opacity: float = 1.0) -> list[float]:
    """Blend ``colour`` through ``ink`` at (x, y); returns the ink box [x0, y0, x1, y1] (clipped to the page)."""
    x, y = int(round(x)), int(round(y))
    h, w = ink.shape
    x0, y0, x1, y1 = max(0, x), max(0, y), min(page.shape[1], x + w), min(page.shape[0], y + h)
    a = ink[y0 - y : y1 - y, x0 - x : x1 - x].astype(np.float32)[..., None] * (opacity / 255)
    region = page[y0:y1, x0:x1].astype(np.float32)
    page[y0:y1, x0:x1] = (region * (1 - a) + np.array(colour, np.float32) * a).astype(np.uint8)
    return [x0, y0, x1, y1]


def mm(v: float) -> float:
    return v * PX_PER_MM


def tinted_page(rng: np.random.Generator, tint: tuple, lines: tuple) -> np.ndarray:
    w, h = int(mm(PAGE_W_MM)), int(mm(PAGE_H_MM))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    shade = 1 - 0.05 * np.sin(xx / w * rng.uniform(1, 4) + rng.uniform(0, 6)) * np.cos(yy / h * rng.uniform(1, 3))
    page = np.array(tint, np.float32) * shade[..., None]
    layer = np.zeros((h, w), np.uint8)
    xs = np.arange(0, w, 2, dtype=np.float32)
    for _ in range(int(rng.integers(10, 26))):  # interlaced wave lines
        y0 = rng.uniform(0, h)
        ys = y0 + rng.uniform(5, 40) * np.sin(xs / rng.uniform(80, 400) + rng.uniform(0, 6))
        ys += rng.uniform(2, 12) * np.sin(xs / rng.uniform(15, 60))
        cv2.polylines(layer, [np.stack([xs, ys], 1).astype(np.int32)], False, 255, 1, cv2.LINE_AA)
    cx, cy, r = rng.uniform(0.3, 0.9) * w, rng.uniform(0.2, 0.8) * h, rng.uniform(0.15, 0.35) * h
    t = np.linspace(0, 2 * np.pi, 3000)
    for k in range(int(rng.integers(3, 7))):  # a rosette of petal curves
        petals = int(rng.integers(7, 19))
        rr = r * (1 + 0.25 * np.cos(petals * t + k * 0.4)) * (1 - 0.07 * k)
        pts = np.stack([cx + rr * np.cos(t), cy + rr * np.sin(t)], 1).astype(np.int32)
        cv2.polylines(layer, [pts], True, 255, 1, cv2.LINE_AA)
    out = np.clip(page, 0, 255).astype(np.uint8)
    lay(out, layer, 0, 0, lines, float(rng.uniform(0.25, 0.55)))
    return out


def ghost_image(photo: np.ndarray, w: int, h: int, colour: tuple, rng: np.random.Generator) -> tuple:
    """The small secondary portrait: a monochrome screen of the photo (ink where the face is dark)."""
    grey = cv2.resize(photo, (w, h), interpolation=cv2.INTER_AREA).astype(np.float32).mean(axis=2)
    alpha = np.clip((255 - grey) / 255 * rng.uniform(0.7, 1.1) + rng.uniform(0.0, 0.2), 0, 1)
    if rng.random() < 0.5:  # a line screen, as laser-engraved ghosts often look
        period = rng.uniform(2.5, 5)
        alpha *= 0.55 + 0.45 * (np.sin(np.arange(h)[:, None] / period * 2 * np.pi) > -0.3)
    return alpha * rng.uniform(0.45, 0.9), colour


def signature_ink(rng: np.random.Generator, w: int, h: int) -> np.ndarray:
    """A handwritten-looking scribble: a chain of random quadratic curves, then an underline half the time."""
    canvas = np.zeros((h, w), np.uint8)
    pts = []
    x, y = 0.05 * w, 0.55 * h
    while x < 0.92 * w:
        cx, cy = x + rng.uniform(0.02, 0.08) * w, rng.uniform(0.1, 0.9) * h
        nx, ny = x + rng.uniform(0.03, 0.12) * w, rng.uniform(0.25, 0.8) * h
        for t in np.linspace(0, 1, 14):
            pts.append(
                (
                    (1 - t) ** 2 * x + 2 * (1 - t) * t * cx + t * t * nx,
                    (1 - t) ** 2 * y + 2 * (1 - t) * t * cy + t * t * ny,
                )
            )
        x, y = nx, ny
    thick = max(2, h // 22)
    cv2.polylines(canvas, [np.array(pts, np.int32)], False, 255, thick, cv2.LINE_AA)
    if rng.random() < 0.5:
        yy = int(h * rng.uniform(0.8, 0.92))
        cv2.line(canvas, (int(0.08 * w), yy), (int(rng.uniform(0.5, 0.9) * w), yy - int(0.05 * h)), 255, thick)
    ys, xs = np.nonzero(canvas)
    return canvas[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]


@lru_cache(maxsize=64)
def dot_glyph(ch: str) -> np.ndarray:
    """A 7 x 5 dot-matrix glyph, sampled from a bold monospace letter."""
    ink = ink_of(ch, "DejaVuSansMono-Bold.ttf", 70)
    small = cv2.resize(ink, (5, 7), interpolation=cv2.INTER_AREA)
    return small > 100


def perforation_grid(number: str, reading: str) -> np.ndarray:
    """The holes of ``number`` (rows x cols, True = hole) turned to run along the page's height.

    ``reading`` 'up' reads from the bottom to the top (text turned 90 deg counter-clockwise), 'down' from the top."""
    cols = []
    for i, ch in enumerate(number):
        if i:
            cols.append(np.zeros((7, 1), bool))
        cols.append(dot_glyph(ch))
    grid = np.hstack(cols)
    return np.rot90(grid, 1 if reading == "up" else -1)


def draw_holes(page: np.ndarray, centres: np.ndarray, radius: float, look: dict) -> None:
    for x, y in centres:
        c = (int(round(x * 4)), int(round(y * 4)))
        r = max(1, int(round(radius * 4)))
        cv2.circle(page, c, r, look["rim"], -1, cv2.LINE_AA, shift=2)
        if look["core"] is not None:
            cv2.circle(page, c, max(1, int(round(r * look["core_share"]))), look["core"], -1, cv2.LINE_AA, shift=2)


# ---------------------------------------------------------------- the two pages


def data_page(values: dict, style: dict, rng: np.random.Generator) -> tuple[np.ndarray, list[dict]]:
    page = tinted_page(rng, style["tint"], style["lines"])
    h, w = page.shape[:2]
    elements: list[dict] = []
    ink, label_ink = style["ink"], style["label_ink"]
    label_face, value_face = style["label_face"], style["value_face"]
    lab, val = style["label_cap"], style["value_cap"]

    drawn: list[list[float]] = []

    def label(text: str, x: float, y: float) -> float:
        box = lay(page, ink_of(text, label_face, int(mm(lab))), x, y, label_ink)
        drawn.append(box)
        return box[3] + mm(0.6)

    def value(text: str, x: float, y: float, kind: str | None = None, **extra: object) -> list[float]:
        box = lay(page, ink_of(text, value_face, int(mm(val))), x, y, ink)
        drawn.append(box)
        if kind:
            elements.append({"type": kind, **extra, "box": box})
        return box

    perf_side = style["perf_side"]
    band = style["band_mm"]  # (x0, x1) of the perforated column
    left_room = band[1] + 2.5 if perf_side == "left" else rng.uniform(4, 7)
    right_room = PAGE_W_MM - (band[0] - 2.0 if perf_side == "right" else PAGE_W_MM - rng.uniform(3, 5))
    right = PAGE_W_MM - right_room

    # header: the kingdom on the left, the document's name on the right
    y = mm(rng.uniform(2.5, 4.5))
    hx = mm(rng.uniform(6, 10))
    head = lay(page, ink_of("KONINKRIJK DER NEDERLANDEN", "DejaVuSans-Bold.ttf", int(mm(2.4))), hx, y, label_ink)
    sub = ink_of("KINGDOM OF THE NETHERLANDS  ROYAUME DES PAYS-BAS", label_face, int(mm(1.3)))
    sub_box = lay(page, sub, hx, head[3] + mm(1), label_ink)
    title = ink_of("PASPOORT / PASSPORT / PASSEPORT", "DejaVuSansCondensed-Bold.ttf", int(mm(1.8)))
    tx = mm(right) - title.shape[1]
    if tx > head[2] + mm(2):
        lay(page, title, tx, y, label_ink)
    elif tx > sub_box[2] + mm(2):
        lay(page, title, tx, sub_box[1], label_ink)

    # MRZ at the bottom
    cell = 2.54 * rng.uniform(0.97, 1.0)
    mrz_cap = rng.uniform(2.2, 2.6)
    pitch = rng.uniform(4.0, 4.6)
    mrz_x = (PAGE_W_MM - 44 * cell) / 2 + rng.uniform(-0.8, 0.8)
    mrz_y2 = PAGE_H_MM - rng.uniform(4.0, 6.0) - mrz_cap
    mrz_y1 = mrz_y2 - pitch
    face = style["mrz_face"]
    boxes = []
    for n, (line, top) in enumerate(zip(values["mrz"], (mrz_y1, mrz_y2), strict=True)):
        xs, ys = [], []
        for i, ch in enumerate(line):
            glyph = ink_of(ch, face, int(mm(mrz_cap)))
            gx = mm(mrz_x + i * cell) + (mm(cell) - glyph.shape[1]) / 2
            gy = mm(top) + (mm(mrz_cap) - glyph.shape[0]) / (2 if ch == "<" else 1)
            b = lay(page, glyph, gx, gy, ink)
            xs += [b[0], b[2]]
            ys += [b[1], b[3]]
        box = [min(xs), min(ys), max(xs), max(ys)]
        boxes.append(box)
        elements.append({"type": "mrz_line", "line": n + 1, "box": box})
    band_box = [min(b[0] for b in boxes), boxes[0][1], max(b[2] for b in boxes), boxes[1][3]]
    elements.append({"type": "mrz_band", "box": band_box})
    mrz_top = band_box[1] / PX_PER_MM

    # portrait on the left
    pw = rng.uniform(29, 34)
    ph = pw * rng.uniform(1.22, 1.3)
    px0, py0 = left_room + rng.uniform(0, 2.5), rng.uniform(14, 17.5)
    ph = min(ph, mrz_top - 3 - py0)
    photo = portrait(int(mm(pw)), int(mm(ph)), style["portrait"])
    x0, y0 = int(mm(px0)), int(mm(py0))
    page[y0 : y0 + photo.shape[0], x0 : x0 + photo.shape[1]] = photo
    elements.append({"type": "photo", "box": [x0, y0, x0 + photo.shape[1], y0 + photo.shape[0]]})

    # fields to the right of the portrait
    fx = px0 + pw + rng.uniform(3.5, 6.5)
    column1 = [
        ink_of(t, label_face, int(mm(lab))).shape[1]
        for t in ("Nationaliteit/Nationality", "Geslacht/Sex", "Datum van afgifte/Date of issue")
    ] + [ink_of(t, value_face, int(mm(val))).shape[1] for t in ("Nederlandse", printed_date(values["date_of_issue"]))]
    col2 = fx + max(column1) / PX_PER_MM + rng.uniform(2.5, 5)
    y = mm(py0 - rng.uniform(0.5, 2))
    row_gap = mm(rng.uniform(0.8, 1.6))
    ly = label("Type/Type", mm(fx), y)
    value("P", mm(fx), ly)
    label("Code/Code", mm(fx + 15), y)
    value("NLD", mm(fx + 15), ly)
    num_ink = ink_of(values["document_number"], style["number_face"], int(mm(val * rng.uniform(1.0, 1.25))))
    nl = ink_of("Documentnummer/Document No.", label_face, int(mm(lab)))
    nx = mm(right) - max(num_ink.shape[1], nl.shape[1]) - mm(rng.uniform(0, 3))
    drawn.append(lay(page, nl, nx, y, label_ink))
    nb = lay(page, num_ink, nx, ly, style["number_ink"])
    drawn.append(nb)
    elements.append({"type": "document_number", "copy": "printed", "box": nb})
    y = max(nb[3], ly + mm(val)) + row_gap

    upper = style["upper_names"]
    sur = values["surname"].upper() if upper else values["surname"]
    giv = values["given_names"].upper() if upper else values["given_names"]
    ly = label("Naam/Surname", mm(fx), y)
    y = value(sur, mm(fx), ly, "name", field="surname")[3] + row_gap
    ly = label("Voornamen/Given names", mm(fx), y)
    y = value(giv, mm(fx), ly, "name", field="given_names")[3] + row_gap
    ly = label("Nationaliteit/Nationality", mm(fx), y)
    value("Nederlandse", mm(fx), ly)
    label("Geboortedatum/Date of birth", mm(col2), y)
    y = value(printed_date(values["date_of_birth"]), mm(col2), ly, "date_of_birth")[3] + row_gap
    ly = label("Geslacht/Sex", mm(fx), y)
    value("V/F" if values["sex"] == "F" else "M/M", mm(fx), ly)
    label("Geboorteplaats/Place of birth", mm(col2), y)
    y = value(values["place_of_birth"], mm(col2), ly)[3] + row_gap
    ly = label("Datum van afgifte/Date of issue", mm(fx), y)
    value(printed_date(values["date_of_issue"]), mm(fx), ly)
    label("Geldig tot/Date of expiry", mm(col2), y)
    y = value(printed_date(values["date_of_expiry"]), mm(col2), ly)[3] + row_gap
    fields_bottom = y
    if fields_bottom / PX_PER_MM < mrz_top - 7:
        ly = label("Instantie/Authority", mm(fx), y)
        fields_bottom = value(values["authority"], mm(fx), ly)[3]

    # ghost portrait: a free spot right of or below the fields, above the MRZ
    gw = rng.uniform(12, 16)
    gh = gw * 1.28
    spot = None
    for _ in range(40):
        gx = rng.uniform(fx, right - gw)
        gy = rng.uniform(nb[3] / PX_PER_MM + 1.5, max(nb[3] / PX_PER_MM + 1.6, mrz_top - gh - 1.5))
        box = [mm(gx - 1), mm(gy - 1), mm(gx + gw + 1), mm(gy + gh + 1)]
        if gy + gh <= mrz_top - 1.5 and not any(_overlap(box, d) for d in drawn):
            spot = gx, gy
            break
    too_wide = any(d[2] > mm(right) + 1 for d in drawn)
    style["_collisions"] = spot is None or too_wide
    if spot is None:
        spot = right - gw, max(nb[3] / PX_PER_MM + 1.5, mrz_top - gh - 1.5)
        gh = max(4.0, min(gh, mrz_top - 1 - spot[1]))
    gx, gy = spot
    alpha, colour = ghost_image(photo, int(mm(gw)), int(mm(gh)), style["ghost_ink"], rng)
    gb = lay(page, (alpha * 255).astype(np.uint8), mm(gx), mm(gy), colour)
    elements.append({"type": "ghost_photo", "box": [int(mm(gx)), int(mm(gy)), gb[2], gb[3]]})
    return page, elements


def _overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def facing_page(values: dict, style: dict, rng: np.random.Generator) -> tuple[np.ndarray, list[dict]]:
    page = tinted_page(rng, style["facing_tint"], style["lines"])
    elements: list[dict] = []
    band = style["band_mm"]
    lo = band[1] + 3 if style["perf_side"] == "left" else rng.uniform(6, 10)
    hi = band[0] - 3 if style["perf_side"] == "right" else PAGE_W_MM - rng.uniform(6, 10)
    label_face, label_ink, ink = style["label_face"], style["label_ink"], style["ink"]
    title = rng.choice(["OPMERKINGEN / OBSERVATIONS / OBSERVATIONS", "PERSOONSGEGEVENS / PERSONAL DATA"])
    lay(page, ink_of(str(title), "DejaVuSans-Bold.ttf", int(mm(1.9))), mm(lo), mm(rng.uniform(3, 6)), label_ink)
    used: list[list[float]] = []
    if style["facing_bsn"]:
        x, y = lo + rng.uniform(0, 20), rng.uniform(11, 24)
        lb = lay(
            page,
            ink_of("Persoonsnummer/Personal No.", label_face, int(mm(style["label_cap"]))),
            mm(x),
            mm(y),
            label_ink,
        )
        text = values["bsn"] if rng.random() < 0.7 else f"{values['bsn'][:4]}.{values['bsn'][4:6]}.{values['bsn'][6:]}"
        vb = lay(
            page, ink_of(text, style["value_face"], int(mm(style["value_cap"] * 1.1))), mm(x), lb[3] + mm(0.8), ink
        )
        elements.append({"type": "bsn", "box": vb})
        used.append([lb[0], lb[1], max(lb[2], vb[2]), vb[3]])
    # the holder's signature
    sw, sh = rng.uniform(35, 50), rng.uniform(10, 15)
    sx = rng.uniform(lo, max(lo + 0.1, hi - sw))
    sy = rng.uniform(45, PAGE_H_MM - sh - 6)
    sb_label = lay(
        page,
        ink_of("Handtekening houder/Holder's signature", label_face, int(mm(style["label_cap"]))),
        mm(sx),
        mm(sy - 4),
        label_ink,
    )
    sig = signature_ink(rng, int(mm(sw)), int(mm(sh)))
    sb = lay(page, sig, mm(sx), mm(sy), style["signature_ink"])
    elements.append({"type": "signature", "box": sb})
    used.append([sb_label[0], sb_label[1], sb[2], sb[3]])
    # one or two municipal stamps where nothing sensitive is
    for _ in range(int(rng.integers(0, 3))):
        r = mm(rng.uniform(8, 12))
        for _try in range(10):
            cx, cy = mm(rng.uniform(lo + 12, hi - 12)), mm(rng.uniform(14, PAGE_H_MM - 14))
            box = [cx - r, cy - r, cx + r, cy + r]
            if not any(_overlap(box, u) for u in used):
                break
        else:
            continue
        used.append(box)
        layer = np.zeros(page.shape[:2], np.uint8)
        cv2.circle(layer, (int(cx), int(cy)), int(r), 255, 3, cv2.LINE_AA)
        cv2.circle(layer, (int(cx), int(cy)), int(r * 0.72), 255, 2, cv2.LINE_AA)
        word = ink_of(f"GEMEENTE {str(rng.choice(PLACES)).upper()}", "DejaVuSans-Bold.ttf", int(r * 0.16))
        if word.shape[1] > r * 1.35:
            f = r * 1.35 / word.shape[1]
            word = cv2.resize(word, (int(r * 1.35), max(1, int(word.shape[0] * f))), interpolation=cv2.INTER_AREA)
        layer[
            int(cy - word.shape[0] / 2) : int(cy - word.shape[0] / 2) + word.shape[0],
            int(cx - word.shape[1] / 2) : int(cx - word.shape[1] / 2) + word.shape[1],
        ] = word
        lay(page, layer, 0, 0, style["stamp_ink"], float(rng.uniform(0.45, 0.85)))
    return page, elements


# ---------------------------------------------------------------- the open booklet


def choose_style(rng: np.random.Generator) -> dict:
    perf_side = str(rng.choice(["left", "right"]))
    pitch = rng.uniform(0.62, 0.95)  # mm between holes
    width = 6 * pitch
    edge = rng.uniform(2.0, 4.5)
    band = (edge, edge + width) if perf_side == "left" else (PAGE_W_MM - edge - width, PAGE_W_MM - edge)
    size = str(rng.choice(["small", "medium", "large"]))
    look = str(rng.choice(["see_through", "shadowed", "burnt"]))
    return {
        "tint": PAGE_TINTS[int(rng.integers(len(PAGE_TINTS)))],
        "facing_tint": PAGE_TINTS[int(rng.integers(len(PAGE_TINTS)))],
        "lines": GUILLOCHE_INK[int(rng.integers(len(GUILLOCHE_INK)))],
        "ink": INK[int(rng.integers(len(INK)))],
        "number_ink": INK[int(rng.integers(len(INK)))] if rng.random() < 0.7 else (150, 30, 40),
        "label_ink": LABEL_INK[int(rng.integers(len(LABEL_INK)))],
        "ghost_ink": tuple(int(v) for v in rng.integers(40, 140, 3)),
        "signature_ink": ((20, 30, 110), (15, 15, 20), (40, 40, 90))[int(rng.integers(3))],
        "stamp_ink": ((60, 60, 170), (110, 50, 140), (40, 90, 150))[int(rng.integers(3))],
        "label_face": LABEL_FACES[int(rng.integers(len(LABEL_FACES)))],
        "value_face": VALUE_FACES[int(rng.integers(len(VALUE_FACES)))],
        "number_face": VALUE_FACES[int(rng.integers(len(VALUE_FACES)))]
        if rng.random() < 0.6
        else "DejaVuSansMono-Bold.ttf",
        "mrz_face": MRZ_FACES[int(rng.integers(len(MRZ_FACES)))],
        "label_cap": rng.uniform(1.1, 1.45),
        "value_cap": rng.uniform(2.0, 2.5),
        "upper_names": bool(rng.random() < 0.6),
        "facing_bsn": bool(rng.random() < 0.65),
        "perf_side": perf_side,
        "perf_pitch": pitch,
        "perf_reading": str(rng.choice(["up", "down"])),
        "perf_size": size,
        "perf_look": look,
        "band_mm": band,
        "portrait": {
            "source": str(rng.choice(["astronaut", "camera"])),
            "crop_width": float(rng.uniform(0.1, 0.6)),
            "crop_dx": float(rng.uniform(-0.05, 0.05)),
            "crop_dy": float(rng.uniform(-0.04, 0.04)),
            "mirror": bool(rng.random() < 0.5),
            "grey": bool(rng.random() < 0.5),
            "contrast": float(rng.uniform(0.85, 1.15)),
            "tint": tuple(float(v) for v in rng.uniform(-10, 10, 3)),
        },
    }


HOLE_RADIUS = {"small": 0.22, "medium": 0.3, "large": 0.4}  # share of the pitch


def hole_look(look: str, backing: tuple, rng: np.random.Generator) -> dict:
    if look == "see_through":  # the scanner lid shows through, the laser left a dark rim
        rim = tuple(int(v) for v in rng.integers(70, 120, 3))
        return {"rim": rim, "core": backing, "core_share": float(rng.uniform(0.55, 0.75))}
    if look == "shadowed":
        return {"rim": tuple(int(v) for v in rng.integers(30, 70, 3)), "core": None, "core_share": 0}
    return {"rim": (95, 60, 35), "core": (150, 110, 70), "core_share": 0.5}


def booklet(values: dict, style: dict, rng: np.random.Generator, backing: tuple) -> tuple[np.ndarray, list[dict], dict]:
    data, data_elements = data_page(values, style, rng)
    facing, facing_elements = facing_page(values, style, rng)
    ph, pw = data.shape[:2]
    border, gap = int(mm(rng.uniform(2, 4))), int(mm(rng.uniform(0.5, 2.0)))
    data_above = bool(rng.random() < 0.4)
    top_y, bottom_y = border, border + ph + gap
    data_y, facing_y = (top_y, bottom_y) if data_above else (bottom_y, top_y)
    spread = np.empty((2 * ph + gap + 2 * border, pw + 2 * border, 3), np.uint8)
    spread[:] = COVERS[int(rng.integers(len(COVERS)))]
    spread[data_y : data_y + ph, border : border + pw] = data
    spread[facing_y : facing_y + ph, border : border + pw] = facing
    fold = border + ph + gap / 2
    rows = np.arange(spread.shape[0], dtype=np.float32)
    shade = 1 - rng.uniform(0.15, 0.35) * np.exp(-(((rows - fold) / mm(rng.uniform(2, 5))) ** 2))
    spread = (spread.astype(np.float32) * shade[:, None, None]).astype(np.uint8)

    elements = [{**e, "side": "data_page", "box": _shift(e["box"], border, data_y)} for e in data_elements]
    elements += [{**e, "side": "facing_page", "box": _shift(e["box"], border, facing_y)} for e in facing_elements]

    # the perforated number: through the closed booklet, so the facing page shows it mirrored across the fold
    grid = perforation_grid(values["document_number"], style["perf_reading"])
    pitch = mm(style["perf_pitch"])
    radius = HOLE_RADIUS[style["perf_size"]] * pitch
    length = grid.shape[0] * pitch
    mrz = next(e for e in data_elements if e["type"] == "mrz_band")["box"]
    room = mrz[1] - mm(3) - length
    start = rng.uniform(mm(12), max(mm(12.1), room))
    rows_, cols_ = np.nonzero(grid)
    x = border + mm(style["band_mm"][0]) + cols_ * pitch + pitch / 2
    y = data_y + start + rows_ * pitch
    on_data = np.stack([x, y], 1)
    on_facing = np.stack([x, 2 * fold - y], 1)
    look = hole_look(style["perf_look"], backing, rng)
    for centres, side, mirrored in ((on_data, "data_page", False), (on_facing, "facing_page", True)):
        draw_holes(spread, centres, radius, look)
        box = [
            float(centres[:, 0].min() - radius),
            float(centres[:, 1].min() - radius),
            float(centres[:, 0].max() + radius),
            float(centres[:, 1].max() + radius),
        ]
        elements.append(
            {"type": "document_number", "copy": "perforated", "mirrored": mirrored, "side": side, "box": box}
        )
    meta = {
        "page_order": "data_above" if data_above else "data_below",
        "perforation": {
            "edge": style["perf_side"],
            "reading": style["perf_reading"],
            "hole_size": style["perf_size"],
            "look": style["perf_look"],
            "pitch_mm": round(style["perf_pitch"], 3),
        },
        "bsn_on_facing_page": style["facing_bsn"],
    }
    return spread, elements, meta


def _shift(box: list[float], dx: float, dy: float) -> list[float]:
    return [box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy]


# ---------------------------------------------------------------- the capture


def capture(spread: np.ndarray, elements: list[dict], rng: np.random.Generator, device: str, backing: tuple) -> tuple:
    """Scale the booklet to the scan resolution, tilt it, lay it on the page; returns (image, elements, meta)."""
    dpi = float(rng.uniform(110, 200))
    s = dpi / 25.4 / PX_PER_MM
    H, W = spread.shape[:2]
    small = cv2.resize(spread, (round(W * s), round(H * s)), interpolation=cv2.INTER_AREA)
    sx, sy = small.shape[1] / W, small.shape[0] / H
    h, w = small.shape[:2]
    tilt = float(rng.uniform(0, 6) * rng.choice([-1, 1]))
    m = cv2.getRotationMatrix2D((w / 2, h / 2), tilt, 1.0)
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64)
    turned = corners @ m[:, :2].T + m[:, 2]
    bx0, by0 = turned.min(0)
    bw, bh = turned.max(0) - turned.min(0)
    px_mm = dpi / 25.4
    if device == "flatbed_a4":
        pw, ph = round(210 * px_mm), round(297 * px_mm)
    elif device == "flatbed_cropped":
        pw, ph = int(bw + rng.uniform(2, 12) * px_mm), int(bh + rng.uniform(2, 12) * px_mm)
    else:
        grow = rng.uniform(1.12, 1.4)
        pw, ph = int(bw * grow), int(bh * grow)
    ox = rng.uniform(1, max(1.5, pw - bw - 1))
    oy = rng.uniform(1, max(1.5, ph - bh - 1))
    if device == "flatbed_a4":  # booklets lie near the scanner's corner or its middle
        ox = rng.uniform(px_mm * 3, max(px_mm * 3 + 1, min(pw - bw - px_mm * 3, px_mm * 50)))
        oy = rng.uniform(px_mm * 3, max(px_mm * 3 + 1, min(ph - bh - px_mm * 3, px_mm * 70)))
    m[:, 2] += (ox - bx0, oy - by0)
    warped = cv2.warpAffine(small, m, (pw, ph), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    cover = cv2.warpAffine(np.full((h, w), 255, np.uint8), m, (pw, ph), flags=cv2.INTER_LINEAR)
    if device == "phone":
        base = np.array(rng.choice([(120, 90, 60), (160, 150, 140), (90, 95, 100), (200, 190, 170)]), np.float32)
        yy, xx = np.mgrid[0:ph, 0:pw].astype(np.float32)
        grain = 12 * np.sin(yy / rng.uniform(6, 20) + 3 * np.sin(xx / rng.uniform(60, 200)))
        background = base + grain[..., None] + rng.normal(0, 4, (ph, pw, 1)).astype(np.float32)
    else:
        background = np.broadcast_to(np.array(backing, np.float32), (ph, pw, 3)).copy()
    a = cover.astype(np.float32)[..., None] / 255
    image = background * (1 - a) + warped.astype(np.float32) * a
    # lighting: a linear gradient (and a vignette for phones), then blur and noise
    yy, xx = np.mgrid[0:ph, 0:pw].astype(np.float32)
    angle = rng.uniform(0, 2 * np.pi)
    ramp = (np.cos(angle) * xx / pw + np.sin(angle) * yy / ph) * rng.uniform(0.04, 0.16 if device == "phone" else 0.08)
    light = rng.uniform(0.94, 1.04) - ramp
    if device == "phone":
        r2 = ((xx - pw / 2) / pw) ** 2 + ((yy - ph / 2) / ph) ** 2
        light *= 1 - rng.uniform(0.1, 0.35) * r2
    image *= light[..., None]
    sigma = float(rng.uniform(0.0, 0.9 if device != "phone" else 1.2))
    if sigma > 0.25:
        image = cv2.GaussianBlur(image, (0, 0), sigma)
    noise = float(rng.uniform(0.5, 3.5 if device != "phone" else 5.0))
    image += rng.normal(0, noise, image.shape).astype(np.float32)
    image = np.clip(image, 0, 255).astype(np.uint8)

    out = []
    for e in elements:
        x0, y0, x1, y1 = e["box"]
        pts = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float64) * (sx, sy)
        poly = pts @ m[:, :2].T + m[:, 2]
        out.append({k: v for k, v in e.items() if k != "box"} | {"polygon": poly})
    meta = {
        "device": "phone" if device == "phone" else "flatbed",
        "page": {"flatbed_a4": "a4", "flatbed_cropped": "cropped", "phone": "photo"}[device],
        "scan_dpi": round(dpi, 3),
        "tilts_deg": [round(tilt, 2)],
        "arrangement": "stacked",
        "blur_sigma": round(sigma, 2),
        "noise_sigma": round(noise, 2),
    }
    return image, out, meta


# ---------------------------------------------------------------- files


def stem(index: int) -> str:
    return f"{index:03d}_nl_passport_passport_spread"


def build(index: int, seed: int) -> tuple[np.ndarray, dict, str, np.random.Generator]:
    rng = np.random.default_rng([seed, index, 2021])
    values = make_values(rng)
    for _attempt in range(20):
        style = choose_style(rng)
        device = str(rng.choice(["flatbed_a4", "flatbed_cropped", "phone"], p=[0.45, 0.3, 0.25]))
        backing = (
            tuple(int(v) for v in rng.integers(232, 252, 3))
            if device != "phone"
            else tuple(int(v) for v in rng.integers(60, 130, 3))
        )
        spread, elements, meta = booklet(values, style, rng, backing)
        if not style["_collisions"]:
            break
    truth_attempts = _attempt + 1
    image, elements, cap = capture(spread, elements, rng, device, backing)
    fmt = "jpg" if device == "phone" or rng.random() < 0.45 else "png"
    truth = {
        "document_kind": "nl_passport",
        "capture_kind": "passport_spread",
        "page_size": {
            "width": image.shape[1],
            "height": image.shape[0],
            "megapixels": round(image.shape[0] * image.shape[1] / 1e6, 3),
            "channels": 3,
        },
        "capture": {"rotation_cw_deg": 0, "format": fmt, **cap, **meta},
        "documents": [
            {"index": 0, "kind": "nl_passport", "model": "2021", "sides_shown": [], "values": values},
        ],
        "elements": [],
        "generator": GENERATOR,
        "seed": seed,
        "layout_attempts": truth_attempts,
    }
    order = ["data_page", "facing_page"] if meta["page_order"] == "data_above" else ["facing_page", "data_page"]
    truth["documents"][0]["sides_shown"] = order
    for e in elements:
        e = {**e, "document": 0}
        e["polygon"] = [[round(float(x), 2), round(float(y), 2)] for x, y in e["polygon"]]  # inside: tested
        truth["elements"].append(e)
    return image, truth, fmt, rng


def write_upload(out: Path, index: int, seed: int) -> dict:
    image, truth, fmt, rng = build(index, seed)
    name = f"{stem(index)}.{fmt}"
    pil = Image.fromarray(image)
    if fmt == "jpg":
        quality = int(rng.integers(62, 93))
        pil.save(out / name, "JPEG", quality=quality)
        truth["capture"]["jpeg_quality"] = quality
    else:
        pil.save(out / name, "PNG")
    (out / f"{stem(index)}.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n")
    return {
        "file": name,
        "truth": f"{stem(index)}.json",
        "document_kind": "nl_passport",
        "capture_kind": "passport_spread",
        "format": fmt,
        "width": truth["page_size"]["width"],
        "height": truth["page_size"]["height"],
        "megapixels": truth["page_size"]["megapixels"],
    }


def write_set(out: Path, count: int, seed: int) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    (out / ".gitignore").write_text("*\n")
    rows = [write_upload(out, i, seed) for i in range(count)]
    manifest = {"generator": GENERATOR, "role": "tuning", "seed": seed, "count": count, "uploads": rows}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    return rows


__all__ = ["build", "icao_check", "make_values", "perforation_grid", "write_set", "write_upload"]
