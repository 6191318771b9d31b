"""The two pages of an opened Dutch 2021-model passport: the data page and the page facing it (issue 13).

Pages are drawn upright and landscape (125 x 88 mm) at `PX` pixels per millimetre; every sensitive element is kept as
an axis-aligned box in page pixels. The document number is printed on the data page and laser-perforated through
the booklet: the perforated copy shows on both pages, one of them reflected across the binding.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import cv2
import numpy as np
from stdnum.nl import bsn as nl_bsn
from stdnum.nl import identiteitskaartnummer

from synthetic.id_family3.draw import Font, monospace_line, paste, put_text, random_font, text_mask
from synthetic.id_family3.identity import bsn
from synthetic.identifiers import MONTHS_ID

from . import ink as draw
from .ink import check_digit, rgb, td3

PX = 9.0  # pixels per mm of a drawn page
PAGE_MM = (125.0, 88.0)
Box = tuple[int, int, int, int]

# Fictitious holders (own lists, not the other families').
SURNAMES = [
    "Hoogendijk",
    "van Rossem",
    "Wesselink",
    "de Bruijn-Kamphuis",
    "Oosterveld",
    "Taşkın",
    "van der Meulen",
    "Pronk",
    "Nijenhuis",
    "ten Brinke",
    "Ramdin",
    "Groeneveld",
]
GIVEN = ["Marloes", "Jeroen Adriaan", "Lotte Wilhelmina", "Sven", "Hatice", "Ruud Gerrit", "Eline", "Mees", "Tamara Jo"]
PLACES = ["Enschede", "Dordrecht", "Assen", "Venlo", "Hoorn", "Middelburg", "Amersfoort", "Emmen", "Roermond"]
NUMBER_LETTERS = "ABCDEFGHIJKLMNPQRSTUVWXYZ"  # no O
NUMBER_DIGITS = "123456789"  # numbers issued after 2019 hold no zeros
INKS = {"black": (18, 18, 24), "dark_red": (125, 22, 32), "dark_blue": (24, 36, 112)}


@dataclass
class Page:
    rgb: np.ndarray
    elements: list[dict[str, object]] = field(default_factory=list)  # each with "box" in page pixels

    def add(self, kind: str, box: Box, **extra: object) -> None:
        x0, y0, x1, y1 = box
        if x1 > x0 and y1 > y0:
            self.elements.append({"type": kind, "box": (int(x0), int(y0), int(x1), int(y1)), **extra})


@dataclass(frozen=True)
class Style:
    """What varies between booklets beside the holder: BSN on the data page, the printed number's ink and label,
    what the facing page carries."""

    bsn_on_data: bool
    number_ink: str
    number_label: bool
    facing: tuple[str, ...]


@dataclass
class Holder:
    values: dict[str, object]
    mrz: list[str]


def document_number(rng: np.random.Generator) -> str:
    while True:
        head = "".join(rng.choice(list(NUMBER_LETTERS), 2))
        mid = "".join(rng.choice(list(NUMBER_LETTERS + NUMBER_DIGITS * 2), 6))
        number = head + mid + str(rng.choice(list(NUMBER_DIGITS)))
        if identiteitskaartnummer.is_valid(number):
            return number


def _day(rng: np.random.Generator, first: dt.date, last: dt.date) -> dt.date:
    return dt.date.fromordinal(first.toordinal() + int(rng.integers(0, last.toordinal() - first.toordinal())))


def make_holder(rng: np.random.Generator) -> Holder:
    surname, given = str(rng.choice(SURNAMES)), str(rng.choice(GIVEN))
    born = _day(rng, dt.date(1946, 1, 1), dt.date(2006, 12, 31))
    issued = _day(rng, dt.date(2021, 8, 2), dt.date(2025, 12, 31))
    expiry = dt.date(issued.year + 10, issued.month, min(issued.day, 28)) - dt.timedelta(days=1)
    sex = str(rng.choice(["M", "V"]))
    number = document_number(rng)
    personal = bsn(rng)
    assert nl_bsn.is_valid(personal)
    mrz = td3(number, f"{born:%y%m%d}", "M" if sex == "M" else "F", f"{expiry:%y%m%d}", surname, given)
    values: dict[str, object] = {
        "surname": surname,
        "given_names": given,
        "date_of_birth": born.isoformat(),
        "place_of_birth": str(rng.choice(PLACES)),
        "sex": sex,
        "nationality": "Nederlandse",
        "date_of_issue": issued.isoformat(),
        "date_of_expiry": expiry.isoformat(),
        "authority": f"Burg. van {rng.choice(PLACES)}",
        "document_number": number,
        "document_number_check": check_digit(number),
        "bsn": personal,
        "personal_number": None,
        "mrz": mrz,
    }
    return Holder(values, mrz)


def id_date(day: str, style: int) -> str:
    d = dt.date.fromisoformat(day)
    if style == 0:
        return f"{d.day:02d} {MONTHS_ID[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day:02d} {MONTHS_ID[d.month - 1].split('/')[0]} {d:%y}"


def mm(v: float) -> int:
    return int(round(v * PX))


def blank_page(rng: np.random.Generator, tint: draw.RGB) -> np.ndarray:
    w, h = mm(PAGE_MM[0]), mm(PAGE_MM[1])
    page = draw.background(w, h, tint, rng)
    draw.guilloche(page, rng, rgb(np.clip(np.array(tint) - 70, 0, 255)), float(rng.uniform(0.15, 0.4)))
    return page


def text(page: Page, value: str, x: float, y: float, font: Font, cap_mm: float, ink: tuple[int, int, int]) -> Box:
    """Draw `value` with its top-left ink corner at (x, y) mm; returns the ink box in pixels."""
    return put_text(page.rgb, value, mm(x), mm(y), font, mm(cap_mm), ink)


# ---------------------------------------------------------------- data page


def data_page(holder: Holder, rng: np.random.Generator, style: Style) -> Page:
    v = holder.values
    page = Page(blank_page(rng, rgb(rng.integers([215, 200, 205], [245, 238, 242]))))
    label_font = Font("ttf", str(rng.choice(["DejaVuSans.ttf", "DejaVuSansCondensed.ttf", "DejaVuSerif.ttf"])))
    value_font = random_font(rng, allow_hershey=bool(rng.random() < 0.3))
    lab_ink, val_ink = (70, 60, 90), (20, 20, 28)
    label_cap, value_cap = float(rng.uniform(1.0, 1.4)), float(rng.uniform(1.9, 2.5))
    text(page, "KONINKRIJK DER NEDERLANDEN  KINGDOM OF THE NETHERLANDS", 5, 2.5, label_font, 1.5, (90, 40, 60))
    text(page, "PASPOORT / PASSPORT", 5, 6.0, label_font, 1.8, (90, 40, 60))
    # portrait left
    px0, py0, pw, ph = 4.0 + rng.uniform(0, 2), 14.0 + rng.uniform(0, 3), 33.0, 42.0
    photo = draw.portrait(
        mm(pw),
        mm(ph),
        source=str(rng.choice(["astronaut", "camera"])),
        crop=float(rng.uniform(0, 1)),
        dx=float(rng.uniform(-0.05, 0.05)),
        dy=float(rng.uniform(-0.05, 0.05)),
        mirror=bool(rng.random() < 0.5),
        grey=bool(rng.random() < 0.7),  # laser-engraved portraits are mostly grey
        contrast=float(rng.uniform(0.8, 1.2)),
    )
    page.rgb[mm(py0) : mm(py0) + photo.shape[0], mm(px0) : mm(px0) + photo.shape[1]] = photo
    page.add("photo", (mm(px0), mm(py0), mm(px0) + photo.shape[1], mm(py0) + photo.shape[0]))
    # fields in two columns right of the portrait
    bilingual = bool(rng.random() < 0.8)
    ds = int(rng.integers(0, 3))

    def field_at(label: str, value: str, x: float, y: float) -> Box:
        text(page, label if bilingual else label.split(" / ")[0], x, y, label_font, label_cap, lab_ink)
        return text(page, value, x, y + label_cap + 1.0, value_font, value_cap, val_ink)

    caps = bool(rng.random() < 0.6)
    surname = str(v["surname"]).upper() if caps else str(v["surname"])
    given = str(v["given_names"]).upper() if caps else str(v["given_names"])
    x1, x2, y, step = 42.0, 80.0, 13.0, float(rng.uniform(6.6, 7.4))
    field_at("Type / Type", "P", x1, y)
    field_at("Code / Code", "NLD", x1 + 14, y)
    page.add("name", field_at("Naam / Surname", surname, x1, y + step), field="surname")
    page.add("name", field_at("Voornamen / Given names", given, x1, y + 2 * step), field="given_names")
    field_at("Nationaliteit / Nationality", "Nederlandse", x1, y + 3 * step)
    page.add(
        "date_of_birth",
        field_at("Geboortedatum / Date of birth", id_date(str(v["date_of_birth"]), ds), x1, y + 4 * step),
    )
    field_at("Geboorteplaats / Place of birth", str(v["place_of_birth"]), x1, y + 5 * step)
    field_at("Geslacht / Sex", f"{v['sex']}/{'M' if v['sex'] == 'M' else 'F'}", x2, y + 3 * step)
    field_at("Afgifte / Date of issue", id_date(str(v["date_of_issue"]), ds), x2, y + 4 * step)
    field_at("Geldig tot / Date of expiry", id_date(str(v["date_of_expiry"]), ds), x2, y + 5 * step)
    if style.bsn_on_data:
        page.add("bsn", field_at("Persoonsnummer / Personal No.", str(v["bsn"]), x2, y + 2 * step))
    # printed document number, top right
    ink = INKS[style.number_ink]
    nfont = random_font(rng)
    ncap = float(rng.uniform(2.0, 3.4))
    nx, ny = float(rng.uniform(84, 92)), float(rng.uniform(4.5, 8.5))
    if style.number_label:
        text(page, "Documentnr. / Document No.", nx, ny, label_font, label_cap, lab_ink)
        ny += label_cap + 1.0
    box = text(page, str(v["document_number"]), nx, ny, nfont, ncap, ink)
    page.add("document_number", box, copy="printed")
    # ghost portrait, small and faint, lower right
    gw = float(rng.uniform(13, 18))
    gx, gy = float(rng.uniform(92, 110 - gw)), float(rng.uniform(34, 44))
    grgb, galpha = draw.ghost(photo, mm(gw), mm(gw * 1.28), bool(rng.random() < 0.7), (60, 55, 90))
    page.add("ghost_photo", paste(page.rgb, grgb, galpha, mm(gx), mm(gy), float(rng.uniform(0.35, 0.8))))
    # MRZ: two lines of 44 fixed cells
    mrz_font = Font("ttf", str(rng.choice(["DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"])))
    cell = (PAGE_MM[0] - 12.0) / 44
    boxes = []
    for i, line in enumerate(holder.mrz):
        ink_mask = monospace_line(line, mrz_font, mm(cell), mm(3.0))
        boxes.append(draw.blend(page.rgb, ink_mask, mm(6), mm(72.5 + i * 6.0), (15, 15, 20)))
        page.add("mrz_line", boxes[-1], line=i + 1)
    page.add("mrz_band", (min(b[0] for b in boxes), boxes[0][1], max(b[2] for b in boxes), boxes[1][3]))
    return page


# ---------------------------------------------------------------- facing page


def stamp(page: Page, rng: np.random.Generator) -> None:
    h, w = page.rgb.shape[:2]
    layer = np.zeros((h, w), np.uint8)
    cx, cy = int(rng.uniform(0.15, 0.85) * w), int(rng.uniform(0.2, 0.8) * h)
    r = mm(float(rng.uniform(9, 14)))
    if rng.random() < 0.5:
        cv2.circle(layer, (cx, cy), r, 255, 3, cv2.LINE_AA)
        cv2.circle(layer, (cx, cy), int(r * 0.72), 255, 2, cv2.LINE_AA)
    else:
        cv2.rectangle(layer, (cx - r, cy - r // 2), (cx + r, cy + r // 2), 255, 3, cv2.LINE_AA)
    words = text_mask(
        str(rng.choice(["SCHIPHOL", "ENTRY 14", "DEPART", "SCHENGEN"])), Font("ttf", "DejaVuSans-Bold.ttf"), r // 4
    )
    draw.blend(page.rgb, layer, 0, 0, (60, 40, 140), float(rng.uniform(0.4, 0.8)))
    draw.blend(page.rgb, words, cx - words.shape[1] // 2, cy - words.shape[0] // 2, (60, 40, 140), 0.7)


def facing_page(holder: Holder, rng: np.random.Generator, style: Style) -> Page:
    v = holder.values
    page = Page(blank_page(rng, rgb(rng.integers([222, 214, 210], [250, 246, 244]))))
    font = Font("ttf", str(rng.choice(["DejaVuSans.ttf", "DejaVuSerif.ttf", "DejaVuSansCondensed.ttf"])))
    content = list(style.facing)
    if "visa" in content:
        x0, y0 = mm(rng.uniform(4, 20)), mm(rng.uniform(4, 12))
        x1, y1 = x0 + mm(rng.uniform(70, 95)), y0 + mm(rng.uniform(45, 60))
        patch = page.rgb[y0:y1, x0:x1]
        colour = rgb(rng.integers(120, 220, 3))
        draw.guilloche(patch, rng, colour, 0.7)
        cv2.rectangle(page.rgb, (x0, y0), (x1, y1), colour, 2)
        text(page, "VISA  VISUM  VIZUM", x0 / PX + 3, y0 / PX + 3, font, 2.2, rgb(np.array(colour) // 2))
    for _ in range(content.count("stamp")):
        stamp(page, rng)
    if "signature" in content:
        text(page, "Handtekening houder / Holder's signature", 8, 58, font, 1.2, (80, 70, 90))
        sig = draw.signature_mask(rng, mm(rng.uniform(35, 55)), mm(rng.uniform(10, 15)))
        page.add("signature", draw.blend(page.rgb, sig, mm(rng.uniform(8, 20)), mm(61), (25, 30, 70)))
    if "bsn" in content:
        y = float(rng.uniform(8, 20))
        text(page, "Burgerservicenummer / Personal No.", 8, y, font, 1.3, (80, 70, 90))
        page.add("bsn", text(page, str(v["bsn"]), 8, y + 2.8, random_font(rng), float(rng.uniform(2, 3)), (20, 20, 28)))
    if "data_copy" in content:  # a second, small print of the holder's data
        small = random_font(rng, allow_hershey=False)
        x, y, cap = float(rng.uniform(55, 70)), float(rng.uniform(26, 36)), float(rng.uniform(1.5, 2.0))
        page.add("name", text(page, str(v["surname"]).upper(), x, y, small, cap, (30, 30, 40)), field="surname")
        page.add("name", text(page, str(v["given_names"]), x, y + 3.5, small, cap, (30, 30, 40)), field="given_names")
        page.add("date_of_birth", text(page, id_date(str(v["date_of_birth"]), 1), x, y + 7, small, cap, (30, 30, 40)))
        ink = INKS[style.number_ink]
        page.add(
            "document_number",
            text(page, str(v["document_number"]), x, y + 10.5, small, cap * 1.1, ink),
            copy="small_print",
        )
    return page


# ---------------------------------------------------------------- perforation


def dot_grid(number: str, rows: int, rng: np.random.Generator) -> np.ndarray:
    """The number as a dot matrix `rows` holes high (True where a hole is burned), reading left to right."""
    font = Font(
        "ttf", str(rng.choice(["DejaVuSans-Bold.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansMono-Bold.ttf"]))
    )
    glyphs = []
    for ch in number:
        g = text_mask(ch, font, 40).astype(np.float32)
        cols = max(3, round(rows * g.shape[1] / g.shape[0]))
        small = cv2.resize(g, (cols, rows), interpolation=cv2.INTER_AREA) > 90
        glyphs.append(small)
        glyphs.append(np.zeros((rows, 1), bool))
    return np.hstack(glyphs[:-1])


@dataclass(frozen=True)
class Perforation:
    """How the number is burned through the booklet: hole shape and colours, where, which way it reads."""

    shape: str  # "round" or "square"
    fill: draw.RGB  # what shows through a hole (light: the page below or the lid; dark: shadow)
    rim: draw.RGB | None  # a burned rim around each hole
    size: float  # hole diameter as a share of the pitch
    opacity: float  # < 0.6: faint
    tapered: bool  # holes shrink towards one end
    taper_dir: int
    place: str  # "right_edge", "left_edge" or "top"
    reading: str  # along an edge: "up" or "down"
    rows: int  # holes per character height
    pitch_mm: float
    readable_on: str  # the page on which the number reads unmirrored


LOOKS: list[tuple[str, draw.RGB, draw.RGB | None]] = [
    ("round", (235, 232, 225), (95, 80, 60)),  # light holes, burned rims
    ("round", (70, 62, 55), None),  # dark holes (shadow behind)
    ("square", (60, 50, 45), None),  # small laser-cut squares
    ("round", (250, 250, 250), (190, 184, 178)),  # light holes showing the lid, a faint edge
    ("round", (110, 70, 40), (50, 30, 20)),  # brown burned holes
]


def perforation_plan(rng: np.random.Generator) -> Perforation:
    shape, fill, rim = LOOKS[int(rng.integers(0, len(LOOKS)))]
    faint = bool(rng.random() < 0.25)
    return Perforation(
        shape=shape,
        fill=fill,
        rim=rim,
        size=float(rng.uniform(0.45, 0.85)),
        opacity=float(rng.uniform(0.35, 0.6)) if faint else float(rng.uniform(0.75, 1.0)),
        tapered=bool(rng.random() < 0.4),
        taper_dir=int(rng.choice([-1, 1])),
        place=str(rng.choice(["right_edge", "left_edge", "top"], p=[0.5, 0.2, 0.3])),
        reading=str(rng.choice(["up", "down"])),
        rows=int(rng.integers(7, 11)),
        pitch_mm=float(rng.uniform(0.45, 0.75)),
        readable_on=str(rng.choice(["data_page", "facing_page"], p=[0.7, 0.3])),
    )


def perforate(page: Page, grid: np.ndarray, x: float, y: float, pitch: int, plan: Perforation,
              taper_axis: int | None, side: str) -> None:  # fmt: skip
    """Burn the holes of `grid` (row, col) into the page with their top-left at (x, y) px, `pitch` px apart."""
    h, w = page.rgb.shape[:2]
    rows, cols = grid.shape
    hole_layer = np.zeros((h, w), np.uint8)
    rim_layer = np.zeros((h, w), np.uint8)
    base = pitch * plan.size
    for r, c in zip(*np.nonzero(grid), strict=True):
        t = 1.0
        if taper_axis is not None:
            frac = (c / max(1, cols - 1)) if taper_axis == 1 else (r / max(1, rows - 1))
            t = 1.0 - 0.55 * (frac if plan.taper_dir > 0 else 1 - frac)
        rad = max(1.0, base * t / 2)
        cx, cy = round(x + (c + 0.5) * pitch), round(y + (r + 0.5) * pitch)
        if plan.shape == "round":
            cv2.circle(hole_layer, (cx, cy), round(rad), (255,), -1, cv2.LINE_AA)
            if plan.rim is not None:
                cv2.circle(rim_layer, (cx, cy), round(rad) + 1, (255,), max(1, round(rad / 2)), cv2.LINE_AA)
        else:
            p0, p1 = (round(cx - rad), round(cy - rad)), (round(cx + rad), round(cy + rad))
            cv2.rectangle(hole_layer, p0, p1, (255,), -1)
            if plan.rim is not None:
                cv2.rectangle(rim_layer, p0, p1, (255,), max(1, round(rad / 2)))
    if plan.rim is not None:
        draw.blend(page.rgb, rim_layer, 0, 0, plan.rim, plan.opacity)
    draw.blend(page.rgb, hole_layer, 0, 0, plan.fill, plan.opacity)
    ys, xs = np.nonzero(hole_layer | rim_layer)
    page.add("document_number", (int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1),
             copy="perforated", side_hint=side)  # fmt: skip


def perforate_both(data: Page, facing: Page, number: str, plan: Perforation, rng: np.random.Generator,
                   binding: str) -> None:  # fmt: skip
    """The same holes through both pages: on the page they read from as drawn, on the other reflected across the
    binding (`binding` 'h': a horizontal fold, pages above each other; 'v': a vertical fold, side by side)."""
    grid = dot_grid(number, plan.rows, rng)
    if plan.place != "top":
        grid = np.rot90(grid, 1 if plan.reading == "up" else -1)
    pitch = max(3, mm(plan.pitch_mm))
    gh, gw = grid.shape[0] * pitch, grid.shape[1] * pitch
    w, h = data.rgb.shape[1], data.rgb.shape[0]
    if plan.place == "right_edge":
        x, y = w - mm(2.5) - gw, (h - gh) * float(rng.uniform(0.25, 0.55))
    elif plan.place == "left_edge":
        x, y = mm(1.5), float(mm(60) - gh if gh < mm(58) else mm(2))
    else:
        x, y = (w - gw) * float(rng.uniform(0.35, 0.6)), float(mm(0.8))
    taper_axis = None if not plan.tapered else (1 if plan.place == "top" else 0)
    if binding == "h":
        other_grid, ox, oy = grid[::-1], x, h - y - gh
    else:
        other_grid, ox, oy = grid[:, ::-1], w - x - gw, y
    first, second = (data, facing) if plan.readable_on == "data_page" else (facing, data)
    other = "facing_page" if plan.readable_on == "data_page" else "data_page"
    perforate(first, grid, x, y, pitch, plan, taper_axis, plan.readable_on)
    perforate(second, other_grid, ox, oy, pitch, plan, taper_axis, other)
