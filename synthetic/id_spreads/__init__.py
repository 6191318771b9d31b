"""A battery of Dutch passport spreads whose printed document number sits in crowded surroundings (issue 13).

Every upload shows an opened passport: the data page and the page facing it, side by side or above each other, as
a flatbed scan, a phone photo or a grey photocopy. The point of the battery is the *printed* document number: it
is drawn touching or nearly touching the portrait or the ghost portrait, right after a label, right before a date,
under a stamp or a signature, on strong security print, inside a table cell, or split in two groups or two lines;
at the top right of the data page, beside or under the portrait, on the facing page, sometimes twice. The MRZ is
usually hard to read (blurred, glare, cut off by the picture's edge, bent near the binding, faint, under a thumb),
so that the number cannot simply be learnt from it. Perforated copies of the number (own look, mirrored on the
facing page) appear on some uploads only.

    .venv/bin/python -m synthetic.id_spreads --out DIR --seed S --count N

writes `NNN_nl_passport_spread_<crowding>.<png|jpg>` with a truth file of the same stem (the format of
`synthetic.id_family3`: `elements` with `type`, `document`, `side`, a 4-point `polygon` in output pixels), plus
`crowding` (which neighbour crowds which printed number, and how close), `neighbours` (non-sensitive neighbours:
labels, dates of issue, stamps, table cells, security print), `manifest.json` and a `.gitignore` holding `*`.
Every holder and number is fictitious; document numbers follow the Dutch pattern, MRZ check digits ICAO 9303.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import cv2
import numpy as np
from PIL import Image

from synthetic.id_family3 import captures, draw
from synthetic.id_family3.captures import Item
from synthetic.id_family3.draw import Box, Font
from synthetic.id_family3.identity import Document, make_document
from synthetic.id_family3.layouts import Side
from synthetic.identifiers import MONTHS_SHORT

PX_PER_MM = 10.0  # pages are drawn at 254 dpi
DRAW_DPI = PX_PER_MM * 25.4
PAGE_W, PAGE_H = 1250, 880  # a TD3 page, 125 x 88 mm
INKS = {"black": (22, 22, 26), "dark_red": (150, 22, 34), "dark_blue": (26, 38, 122)}
CROWDINGS = [
    "portrait_touch",
    "ghost_touch",
    "label_tight",
    "date_after",
    "stamp_over",
    "signature_over",
    "guilloche_behind",
    "table_cell",
    "split_groups",
]
PLACES = ["top_right", "beside_portrait", "under_photo", "facing_page"]
MRZ_TROUBLES = ["blur", "glare", "cut_off", "curved", "faint", "thumb"]
FACING_CONTENT = ["nothing", "signature", "bsn_line", "stamps", "visa_pattern", "data_copy"]
NUMBER_LABELS = [
    "Documentnr./No. of document",
    "Paspoortnr./Passport No.",
    "Documentnummer",
    "Nr.",
    "No.",
    "Document no.:",
    "Paspoortnummer/Passport number/N° du passeport",
]
SMALL = Font("ttf", "DejaVuSansCondensed.ttf")


@dataclass
class Page:
    """One page being drawn: pixels, sensitive elements (boxes in page pixels) and non-sensitive neighbours."""

    rgb: np.ndarray
    side: str
    elements: list[dict[str, object]] = field(default_factory=list)
    crowding: list[dict[str, object]] = field(default_factory=list)
    taken: list[Box] = field(default_factory=list)

    def add(
        self,
        kind: str,
        box: Box,
        neighbour_only: bool = False,
        extra: dict[str, object] | None = None,
        **more: object,
    ) -> int:
        ident = len(self.elements)
        self.elements.append(
            {"type": kind, "box": tuple(int(v) for v in box), "id_local": ident, **(extra or {}), **more}
        )
        if neighbour_only:
            self.elements[-1]["neighbour_only"] = True
        return ident


# ---------------------------------------------------------------- small drawing helpers


def _months(language: str) -> list[str]:
    if language == "nl":
        return [m.upper() for m in MONTHS_SHORT]
    return ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def print_date(iso: str, style: int) -> str:
    day = dt.date.fromisoformat(iso)
    nl, en = _months("nl")[day.month - 1], _months("en")[day.month - 1]
    if style == 0:
        return f"{day.day:02d} {nl}/{en} {day.year}"
    if style == 1:
        return f"{day:%d.%m.%Y}"
    return f"{day.day:02d} {nl} {day.year}"


def text_at(page: Page, text: str, x: int, y: int, font: Font, cap: int, colour: tuple[int, int, int]) -> Box:
    return draw.put_text(page.rgb, text, x, y, font, cap, colour)


def mask_width(text: str, font: Font, cap: int) -> int:
    return int(draw.text_mask(text, font, cap).shape[1])


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def inside(box: Box, w: int, h: int, margin: int = 4) -> bool:
    return box[0] >= margin and box[1] >= margin and box[2] <= w - margin and box[3] <= h - margin


def stamp_mask(rng: np.random.Generator, size: int, words: str, date: str) -> np.ndarray:
    """A round or rectangular rubber stamp: double border, a town name, a date, turned a little."""
    canvas = np.zeros((size, size), np.uint8)
    c = size // 2
    thick = max(2, size // 45)
    if rng.random() < 0.6:
        cv2.circle(canvas, (c, c), int(size * 0.46), 255, thick, cv2.LINE_AA)
        cv2.circle(canvas, (c, c), int(size * 0.38), 255, max(1, thick - 1), cv2.LINE_AA)
    else:
        cv2.rectangle(canvas, (int(size * 0.06), int(size * 0.2)), (int(size * 0.94), int(size * 0.8)), 255, thick)
    for text, dy, cap in ((words, -0.14, 0.09), (date, 0.06, 0.1)):
        m = draw.text_mask(text, SMALL, int(size * cap))
        if m.shape[1] > size * 0.7:
            m = cv2.resize(m, (int(size * 0.7), m.shape[0]), interpolation=cv2.INTER_AREA)
        y0, x0 = int(c + dy * size), c - m.shape[1] // 2
        region = canvas[y0 : y0 + m.shape[0], x0 : x0 + m.shape[1]]
        np.maximum(region, m[: region.shape[0], : region.shape[1]], out=region)
    turn = cv2.getRotationMatrix2D((c, c), float(rng.uniform(-35, 35)), 1.0)
    turned = cv2.warpAffine(canvas, turn, (size, size))
    # worn rubber: some ink missing
    wear = (rng.random((size, size)) > rng.uniform(0.0, 0.25)).astype(np.float32)
    return (turned.astype(np.float32) * cv2.GaussianBlur(wear, (0, 0), 1.2)).astype(np.uint8)


def blend_mask_box(page: Page, mask: np.ndarray, x: int, y: int, colour: tuple[int, int, int], opacity: float) -> Box:
    """Blend a mask and return the ink box of what landed on the page."""
    draw.blend(page.rgb, mask, x, y, colour, opacity)
    ys, xs = np.nonzero(mask > 40)
    h, w = page.rgb.shape[:2]
    return (
        max(0, x + int(xs.min())),
        max(0, y + int(ys.min())),
        min(w, x + int(xs.max()) + 1),
        min(h, y + int(ys.max()) + 1),
    )


def portrait_style(rng: np.random.Generator) -> dict[str, object]:
    return {
        "source": "astronaut" if rng.random() < 0.8 else "camera",
        "mirror": bool(rng.random() < 0.4),
        "grey": bool(rng.random() < 0.3),
        "contrast": float(rng.uniform(0.8, 1.2)),
        "tint": tuple(float(c) for c in rng.uniform(-15, 15, 3)),
        "crop_width": float(rng.uniform(0, 1)),
        "crop_dx": float(rng.uniform(-0.06, 0.06)),
        "crop_dy": float(rng.uniform(-0.02, 0.1)),
    }


# ---------------------------------------------------------------- the printed number and its crowd


@dataclass
class NumberStyle:
    font: Font
    cap: int
    ink: tuple[int, int, int]
    ink_name: str
    label_font: Font
    label_ink: tuple[int, int, int]


def number_style(rng: np.random.Generator) -> NumberStyle:
    ink_name = str(rng.choice(list(INKS), p=[0.45, 0.35, 0.2]))
    return NumberStyle(
        font=draw.random_font(rng),
        cap=int(rng.integers(22, 42)),
        ink=INKS[ink_name],
        ink_name=ink_name,
        label_font=draw.random_font(rng, allow_hershey=False),
        label_ink=tuple(int(c) for c in rng.integers(40, 120, 3)),  # type: ignore[arg-type]
    )


def print_number(
    page: Page,
    rng: np.random.Generator,
    number: str,
    st: NumberStyle,
    anchor: tuple[int, int],
    align: str,
    crowd: set[str],
    doc: Document,
    place: str,
) -> list[int]:
    """Draw one printed copy of the number at `anchor` (top-left, or top-right when align == 'right') with the
    crowding neighbours in `crowd` that belong on its line (label, date, cell, security print, stamp, signature,
    split); returns the ids of the number's elements. Portrait and ghost neighbours are placed by the caller."""
    char_w = mask_width(number, st.font, st.cap) / len(number)
    split = "none"
    if "split_groups" in crowd:
        split = "wrap" if rng.random() < 0.4 else "groups"
    parts = (
        [number[:5], number[5:]]
        if split == "wrap"
        else [f"{number[:4]}{' ' * int(rng.integers(1, 3))}{number[4:]}" if split == "groups" else number]
    )
    masks = [draw.text_mask(p, st.font, st.cap) for p in parts]
    label_mask = date_mask = None
    label_gap = date_gap = 0
    if "label_tight" in crowd:
        label = str(rng.choice(NUMBER_LABELS))
        same = rng.random() < 0.4
        label_mask = draw.text_mask(label, st.font if same else st.label_font, int(st.cap * rng.uniform(0.55, 1.0)))
        label_gap = int(char_w * rng.uniform(0.0, 0.5))
    date_key = "date_of_issue"
    if "date_after" in crowd:
        date_key = str(rng.choice(["date_of_issue", "date_of_birth", "date_of_expiry"]))
        date_mask = draw.text_mask(print_date(str(doc.values[date_key]), int(rng.integers(0, 3))), st.font, st.cap)
        date_gap = int(char_w * rng.uniform(0.15, 1.0))
    first_w = masks[0].shape[1]
    total = first_w + (label_mask.shape[1] + label_gap if label_mask is not None else 0)
    total += date_mask.shape[1] + date_gap if date_mask is not None else 0
    room = page.rgb.shape[1] - 16
    if label_mask is not None and total > room:  # a long bilingual label on a short line: squeeze the label
        squeeze = max(0.3, (room - (total - label_mask.shape[1])) / label_mask.shape[1])
        label_mask = cv2.resize(label_mask, (max(1, int(label_mask.shape[1] * squeeze)), label_mask.shape[0]))
        total = room
    x = anchor[0] - total if align == "right" else anchor[0]
    x = int(np.clip(x, 8, max(8, page.rgb.shape[1] - 8 - total)))
    y = anchor[1]
    line_h = max(m.shape[0] for m in masks)
    if "guilloche_behind" in crowd:  # dense security print behind the whole line
        pad = int(st.cap * 0.8)
        x0, y0 = max(0, x - pad), max(0, y - pad)
        x1 = min(page.rgb.shape[1], x + total + pad)
        y1 = min(page.rgb.shape[0], y + line_h * len(masks) + pad * 2)
        colour = tuple(int(c) for c in np.clip(np.array(st.ink) + rng.integers(20, 90, 3), 0, 255))
        for _ in range(int(rng.integers(1, 3))):
            draw.guilloche(page.rgb[y0:y1, x0:x1], rng, colour, float(rng.uniform(0.45, 0.85)))  # type: ignore[arg-type]
        if rng.random() < 0.5:
            draw.microtext(page.rgb[y0:y1, x0:x1], rng, "NEDERLAND PASPOORT", colour)  # type: ignore[arg-type]
        gid = page.add("security_print", (x0, y0, x1, y1), neighbour_only=True)
    ids: list[int] = []
    label_id = -1
    if label_mask is not None:
        ly = y + masks[0].shape[0] - label_mask.shape[0]
        box = blend_mask_box(page, label_mask, x, ly, st.label_ink if rng.random() < 0.6 else st.ink, 1.0)
        label_id = page.add("label", box, neighbour_only=True)
        x += label_mask.shape[1] + label_gap
    nx = x
    for k, m in enumerate(masks):
        yy = y + k * int(line_h * rng.uniform(1.15, 1.45)) if k else y
        box = blend_mask_box(page, m, nx + (int(char_w * rng.uniform(0, 1.5)) if k else 0), yy, st.ink, 1.0)
        extra: dict[str, object] = {"form": "printed", "place": place, "ink": st.ink_name}
        if split != "none":
            extra["split"] = split
        if len(masks) > 1:
            extra["part"] = k + 1
        ids.append(page.add("document_number", box, extra=extra))
    nbox = _union([box_of(page.elements[i]) for i in ids])
    for i in ids:
        page.taken.append(box_of(page.elements[i]))
    if label_id >= 0:
        record(page, "label_tight", ids, label_id, label_gap, char_w)
    if date_mask is not None:
        dx = nx + masks[0].shape[1] + date_gap
        dy = y + masks[0].shape[0] - date_mask.shape[0]
        box = blend_mask_box(page, date_mask, dx, dy, st.ink, 1.0)
        if date_key == "date_of_birth":
            did = page.add("date_of_birth", box)
        else:
            did = page.add("date", box, neighbour_only=True, field=date_key)
        record(page, "date_after", ids, did, date_gap, char_w)
    if "guilloche_behind" in crowd:
        record(page, "guilloche_behind", ids, gid, 0, char_w)
    if "table_cell" in crowd:
        pad = int(rng.integers(1, 6))
        thick = int(rng.integers(1, 4))
        colour = st.ink if rng.random() < 0.5 else (90, 80, 100)
        cell = (nbox[0] - pad - thick, nbox[1] - pad - thick, nbox[2] + pad + thick, nbox[3] + pad + thick)
        cv2.rectangle(page.rgb, cell[:2], (cell[2] - 1, cell[3] - 1), colour, thick)
        h, w = page.rgb.shape[:2]
        # the table goes on: a row line left and right, a column line above and below
        cv2.line(
            page.rgb, (max(0, cell[0] - 300), cell[3] - 1), (min(w - 1, cell[2] + 300), cell[3] - 1), colour, thick
        )
        cv2.line(page.rgb, (max(0, cell[0] - 300), cell[1]), (min(w - 1, cell[2] + 300), cell[1]), colour, thick)
        tid = page.add("table_cell", cell, neighbour_only=True)
        record(page, "table_cell", ids, tid, pad, char_w)
    if "stamp_over" in crowd:
        size = int(max(nbox[3] - nbox[1], st.cap) * rng.uniform(3.5, 6.5))
        cx = int(rng.uniform(nbox[0], nbox[2]) + rng.uniform(-0.3, 0.3) * (nbox[2] - nbox[0]))
        cy = int((nbox[1] + nbox[3]) / 2 + rng.uniform(-0.6, 0.6) * size / 2)
        town = str(rng.choice(["GEMEENTE GOUDA", "GEMEENTE ZWOLLE", "SCHIPHOL", "BURGEMEESTER DELFT", "KMAR"]))
        mask = stamp_mask(rng, size, town, print_date(str(doc.values["date_of_issue"]), 1))
        colour = [(90, 40, 140), (30, 60, 150), (40, 110, 60), (150, 30, 60)][int(rng.integers(0, 4))]
        box = blend_mask_box(page, mask, cx - size // 2, cy - size // 2, colour, float(rng.uniform(0.5, 0.9)))
        sid = page.add("stamp", box, neighbour_only=True)
        record(page, "stamp_over", ids, sid, 0, char_w)
    if "signature_over" in crowd:
        sw = int((nbox[2] - nbox[0]) * rng.uniform(0.8, 1.6))
        sh = int((nbox[3] - nbox[1]) * rng.uniform(2.0, 3.5))
        mask = draw.signature_mask(rng, sw, sh)
        sx = int(nbox[0] + rng.uniform(-0.3, 0.5) * (nbox[2] - nbox[0]))
        sy = int((nbox[1] + nbox[3]) / 2 - mask.shape[0] * rng.uniform(0.2, 0.8))
        colour = [(20, 30, 110), (15, 15, 20), (40, 40, 60)][int(rng.integers(0, 3))]
        box = blend_mask_box(page, mask, sx, sy, colour, float(rng.uniform(0.75, 1.0)))
        sgid = page.add("signature", box)
        record(page, "signature_over", ids, sgid, 0, char_w)
    return ids


def record(page: Page, kind: str, number_ids: list[int], neighbour: int, gap: float, char_w: float) -> None:
    page.crowding.append(
        {
            "kind": kind,
            "number_ids": list(number_ids),
            "neighbour_id": neighbour,
            "gap_px": round(float(gap), 1),
            "gap_chars": round(float(gap) / max(1.0, char_w), 2),
        }
    )


def box_of(element: dict[str, object]) -> Box:
    return cast(Box, element["box"])


def _union(boxes: list[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def place_ghost_near(
    page: Page, rng: np.random.Generator, photo: np.ndarray, nbox: Box, char_w: float, avoid: list[Box], mono: bool
) -> tuple[int, float] | None:
    """The ghost portrait 0-1 character widths from the number (beside, above or below); None if it fits nowhere."""
    h, w = page.rgb.shape[:2]
    gw = int(rng.integers(95, 165))
    gh = int(gw * 1.28)
    for where in rng.permutation(["after", "before", "above", "below"]):
        gap = int(char_w * rng.uniform(0.0, 1.0))
        cy = (nbox[1] + nbox[3]) // 2 - gh // 2 + int(rng.uniform(-0.3, 0.3) * gh)
        cx = (nbox[0] + nbox[2]) // 2 - gw // 2 + int(rng.uniform(-0.4, 0.4) * (nbox[2] - nbox[0]))
        box = {
            "after": (nbox[2] + gap, cy, nbox[2] + gap + gw, cy + gh),
            "before": (nbox[0] - gap - gw, cy, nbox[0] - gap, cy + gh),
            "above": (cx, nbox[1] - gap - gh, cx + gw, nbox[1] - gap),
            "below": (cx, nbox[3] + gap, cx + gw, nbox[3] + gap + gh),
        }[str(where)]
        if inside(box, w, h, 6) and not any(overlaps(box, a) for a in avoid):
            rgb, alpha = draw.ghost(photo, gw, gh, mono, (120, 70, 90))
            draw.paste(page.rgb, rgb, alpha, box[0], box[1], float(rng.uniform(0.45, 0.95)))
            return page.add("ghost_photo", box, where=str(where)), float(gap)
    return None


# ---------------------------------------------------------------- the two pages


@dataclass
class Plan:
    place: str
    crowd: set[str]
    twice: str  # "", or the place of a second printed copy
    facing: str
    troubles: list[str]
    perforated: bool
    model: str


def make_plan(rng: np.random.Generator) -> Plan:
    place = str(rng.choice(PLACES, p=[0.4, 0.2, 0.2, 0.2]))
    pool = [c for c in CROWDINGS if c != "portrait_touch"]
    if place == "facing_page":
        pool.remove("ghost_touch")
    if place in ("beside_portrait", "under_photo"):
        pool.remove("label_tight")
    crowd = {str(c) for c in rng.choice(pool, size=int(rng.integers(1, 4)), replace=False)}
    modest = {"ghost_touch", "split_groups"}  # the ghost may find no room, a split has no neighbour of its own
    if crowd <= modest:  # so always one neighbour that cannot fail
        crowd.add(str(rng.choice([c for c in pool if c not in modest])))
    if place in ("beside_portrait", "under_photo"):
        crowd.add("portrait_touch")
    twice = ""
    if place != "top_right" and rng.random() < 0.5:
        twice = "top_right"
    elif place == "top_right" and rng.random() < 0.3:
        twice = str(rng.choice(["facing_page", "under_photo"]))
    facing = str(rng.choice(FACING_CONTENT))
    troubles: list[str] = []
    if rng.random() < 0.82:
        troubles = [str(t) for t in rng.choice(MRZ_TROUBLES, size=int(rng.integers(1, 3)), replace=False)]
    return Plan(
        place=place,
        crowd=crowd,
        twice=twice,
        facing=facing,
        troubles=troubles,
        perforated=bool(rng.random() < 0.45),
        model="2014" if rng.random() < 0.3 else "2021",
    )


def _blank(rng: np.random.Generator, side: str) -> Page:
    tint = [(232, 224, 240), (226, 232, 244), (240, 232, 226), (236, 238, 228)][int(rng.integers(0, 4))]
    rgb = draw.background(PAGE_W, PAGE_H, tint, rng)  # type: ignore[arg-type]
    draw.guilloche(rgb, rng, tuple(int(c) for c in rng.integers(110, 210, 3)), float(rng.uniform(0.1, 0.35)))  # type: ignore[arg-type]
    return Page(rgb, side)


def data_page(doc: Document, plan: Plan, rng: np.random.Generator, st: NumberStyle) -> tuple[Page, np.ndarray]:
    """The data page: portrait left, fields right, MRZ at the bottom; the number where the plan says."""
    page = _blank(rng, "data_page")
    v = doc.values
    number = str(v["document_number"])
    w, h = PAGE_W, PAGE_H
    field_font = draw.random_font(rng)
    label_font = draw.random_font(rng, allow_hershey=False)
    ink = (int(rng.integers(10, 50)),) * 3
    label_ink = tuple(int(c) for c in rng.integers(50, 130, 3))
    text_at(page, "KONINKRIJK DER NEDERLANDEN", 45, 28, label_font, 22, label_ink)  # type: ignore[arg-type]
    text_at(page, "PASPOORT / PASSPORT", 45, 62, label_font, 17, label_ink)  # type: ignore[arg-type]
    page.taken += [(45, 28, 520, 80)]
    # portrait
    pw = int(rng.integers(280, 340))
    ph = int(pw * 1.28)
    px, py = 45, int(rng.integers(105, 125))
    photo = draw.portrait(pw, ph, portrait_style(rng))
    page.rgb[py : py + ph, px : px + pw] = photo
    pbox = (px, py, px + pw, py + ph)
    photo_id = page.add("photo", pbox)
    page.taken.append(pbox)
    mrz_top = h - 150
    char_w = mask_width(number, st.font, st.cap) / len(number)
    # the printed copies of the number
    number_boxes: list[Box] = []
    primary_ids: list[int] = []
    for where, crowd in ((plan.place, plan.crowd), (plan.twice, set())):
        if where in ("", "facing_page"):
            continue
        if where == "top_right":
            ids = print_number(page, rng, number, st, (w - 45, int(rng.integers(30, 70))), "right", crowd, doc, where)
        elif where == "beside_portrait":
            gap = int(char_w * rng.uniform(0.0, 1.0))
            y = int(py + rng.uniform(0.0, 0.12) * ph)
            ids = print_number(page, rng, number, st, (pbox[2] + gap, y), "left", crowd, doc, where)
            if crowd:
                record(page, "portrait_touch", ids, photo_id, gap, char_w)
        else:  # under the photo
            gap = int(char_w * rng.uniform(0.0, 1.0)) if crowd else int(st.cap * 0.8)
            ids = print_number(
                page, rng, number, st, (px + int(rng.integers(0, 25)), pbox[3] + gap), "left", crowd, doc, where
            )
            if crowd:
                record(page, "portrait_touch", ids, photo_id, gap, char_w)
        number_boxes.append(_union([box_of(page.elements[i]) for i in ids]))
        if crowd:
            primary_ids = ids
    # fields in a column right of the portrait, below whatever the number took there
    x0 = pbox[2] + 45
    y = py + (int(st.cap * 2.2) if plan.place == "beside_portrait" or plan.twice == "beside_portrait" else 0)
    y = max(y, max((b[3] + 14 for b in number_boxes if b[0] < x0 + 200 and b[1] < py + 80), default=y))
    lcap, vcap = int(rng.integers(12, 16)), int(rng.integers(20, 27))
    upper = rng.random() < 0.5
    rows: list[tuple[str, str, dict[str, object] | None]] = [
        (
            "Naam / Surname",
            str(v["surname"]).upper() if upper else str(v["surname"]),
            {"type": "name", "field": "surname"},
        ),
        (
            "Voornamen / Given names",
            str(v["given_names"]).upper() if upper else str(v["given_names"]),
            {"type": "name", "field": "given_names"},
        ),
        ("Nationaliteit / Nationality", "Nederlandse", None),
        ("Geboortedatum / Date of birth", print_date(str(v["date_of_birth"]), 0), {"type": "date_of_birth"}),
        ("Geboorteplaats / Place of birth", str(v["place_of_birth"]), None),
        ("Geslacht / Sex", "V/F" if v["sex"] == "F" else "M/M", None),
    ]
    if doc.model == "2014":
        rows.append(
            (
                "Persoonsnummer / Personal No.",
                f"{str(v['bsn'])[:4]}.{str(v['bsn'])[4:6]}.{str(v['bsn'])[6:]}",
                {"type": "bsn"},
            )
        )
    rows += [
        ("Datum van afgifte / Date of issue", print_date(str(v["date_of_issue"]), 0), None),
        ("Geldig tot / Date of expiry", print_date(str(v["date_of_expiry"]), 0), None),
    ]
    row_h = lcap + vcap + 14
    room = mrz_top - 30 - y
    if row_h * len(rows) > room:
        scale = room / (row_h * len(rows))
        lcap, vcap = max(9, int(lcap * scale)), max(12, int(vcap * scale))
        row_h = lcap + vcap + 12
    for label, value, element in rows:
        lb = text_at(page, label, x0, y, label_font, lcap, label_ink)  # type: ignore[arg-type]
        vb = text_at(page, value, x0, y + lcap + 6, field_font, vcap, ink)  # type: ignore[arg-type]
        page.taken += [lb, vb]
        if element is not None:
            kind = str(element["type"])
            page.add(kind, vb, extra={k: val for k, val in element.items() if k != "type"})
        y += row_h
    # the ghost portrait: crowding the number if planned, else in a free spot on the right
    avoid = [b for b in page.taken if b not in number_boxes] + [(0, mrz_top - 20, w, h)]
    ghost_done = False
    mono = bool(rng.random() < 0.75)
    if "ghost_touch" in plan.crowd and primary_ids:
        nbox = _union([box_of(page.elements[i]) for i in primary_ids])
        placed = place_ghost_near(page, rng, photo, nbox, char_w, avoid, mono)
        if placed is not None:
            record(page, "ghost_touch", primary_ids, placed[0], placed[1], char_w)
            ghost_done = True
    if not ghost_done:
        gw = int(rng.integers(95, 150))
        gh = int(gw * 1.28)
        for gx, gy in (
            (w - 50 - gw, mrz_top - 25 - gh),
            (w - 50 - gw, mrz_top - 140 - gh),
            (px + pw // 2, pbox[3] + 15),
        ):
            box = (gx, gy, gx + gw, gy + gh)
            if inside(box, w, h) and not any(overlaps(box, t) for t in page.taken + [(0, mrz_top - 20, w, h)]):
                break
        rgb, alpha = draw.ghost(photo, gw, gh, mono, (120, 70, 90))
        draw.paste(page.rgb, rgb, alpha, box[0], box[1], float(rng.uniform(0.4, 0.9)))
        page.add("ghost_photo", box)
        page.taken.append(box)
    # the holder's signature under the photo, when nothing else sits there
    if plan.place != "under_photo" and plan.twice != "under_photo" and rng.random() < 0.6:
        sbox = (px, pbox[3] + 12, px + pw, min(mrz_top - 25, pbox[3] + 110))
        if sbox[3] - sbox[1] > 40 and not any(overlaps(sbox, t) for t in page.taken if t != pbox):
            mask = draw.signature_mask(rng, sbox[2] - sbox[0], sbox[3] - sbox[1])
            page.add("signature", blend_mask_box(page, mask, sbox[0], sbox[1], (25, 30, 90), 0.9))
    mrz(page, doc, rng)
    return page, photo


def mrz(page: Page, doc: Document, rng: np.random.Generator) -> None:
    w, h = page.rgb.shape[1], page.rgb.shape[0]
    lines = [str(x) for x in doc.values["mrz"]]  # type: ignore[attr-defined]
    cell_w = w * float(rng.uniform(0.86, 0.91)) / 44
    cap = int(cell_w * rng.uniform(1.15, 1.35))
    pitch = int(cap * rng.uniform(1.5, 1.8))
    top = h - 40 - pitch - cap
    band = page.rgb[top - 20 :, :].astype(np.float32)
    page.rgb[top - 20 :, :] = (band * 0.5 + 255 * 0.5).astype(np.uint8)
    font = Font("ttf", str(rng.choice(["DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"])))
    boxes = []
    for i, line in enumerate(lines):
        m = draw.monospace_line(line, font, cell_w, cap)
        box = blend_mask_box(page, m, int((w - m.shape[1]) / 2), top + i * pitch, (18, 18, 22), 1.0)
        boxes.append(box)
        page.add("mrz_line", box, line=i + 1)
    page.add("mrz_band", _union(boxes))


def facing_page(doc: Document, plan: Plan, rng: np.random.Generator, st: NumberStyle, photo: np.ndarray) -> Page:
    """The page opposite the data page: empty, a signature, the BSN, stamps, a visa-like print or a data copy."""
    page = _blank(rng, "facing_page")
    v = doc.values
    w, h = PAGE_W, PAGE_H
    font = draw.random_font(rng, allow_hershey=False)
    label_ink = tuple(int(c) for c in rng.integers(50, 130, 3))
    number = str(v["document_number"])
    if plan.place == "facing_page" or plan.twice == "facing_page":
        crowd = plan.crowd if plan.place == "facing_page" else set()
        anchor = (
            (w - 60, int(rng.integers(40, 120)))
            if rng.random() < 0.6
            else (int(rng.integers(60, 400)), int(rng.integers(80, 400)))
        )
        align = "right" if anchor[0] > w // 2 else "left"
        print_number(page, rng, number, st, anchor, align, crowd, doc, "facing_page")
    content = plan.facing
    y = int(h * 0.5)
    if content == "signature":
        text_at(page, "Handtekening houder / Holder's signature", 80, y, font, 15, label_ink)  # type: ignore[arg-type]
        mask = draw.signature_mask(rng, int(rng.integers(300, 480)), int(rng.integers(90, 150)))
        page.add("signature", blend_mask_box(page, mask, 90, y + 30, (25, 30, 100), 0.9))
    elif content == "bsn_line":
        lab = text_at(page, "Burgerservicenummer / BSN", 80, y, font, 16, label_ink)  # type: ignore[arg-type]
        value = str(v["bsn"])
        value = value if rng.random() < 0.5 else f"{value[:4]}.{value[4:6]}.{value[6:]}"
        page.add("bsn", text_at(page, value, 80, lab[3] + 10, font, 26, (20, 20, 30)))
    elif content == "stamps":
        for _ in range(int(rng.integers(1, 4))):
            size = int(rng.integers(160, 280))
            mask = stamp_mask(
                rng,
                size,
                str(rng.choice(["SCHIPHOL", "ROTTERDAM", "EINDHOVEN"])),
                print_date(str(v["date_of_issue"]), 1),
            )
            x, yy = int(rng.integers(30, w - size - 30)), int(rng.integers(h // 3, h - size - 30))
            blend_mask_box(
                page, mask, x, yy, [(90, 40, 140), (40, 110, 60), (150, 30, 60)][int(rng.integers(0, 3))], 0.7
            )
    elif content == "visa_pattern":
        x0, y0 = 60, int(h * 0.35)
        draw.guilloche(page.rgb[y0 : h - 60, x0 : w - 60], rng, (120, 60, 130), 0.6)
        draw.emblem(page.rgb, w // 2, int(h * 0.65), 110, (140, 90, 150), 0.4)
        cv2.rectangle(page.rgb, (x0, y0), (w - 60, h - 60), (110, 70, 120), 2)
    elif content == "data_copy":  # a small printed copy of the main data (some models)
        cap = int(rng.integers(14, 20))
        name = text_at(page, f"{v['surname']}, {v['given_names']}", 80, y, font, cap, (30, 30, 40))
        page.add("name", name, field="surname")
        born = text_at(page, print_date(str(v["date_of_birth"]), 1), 80, name[3] + 10, font, cap, (30, 30, 40))
        page.add("date_of_birth", born)
        copy = text_at(page, number, born[2] + int(cap * rng.uniform(0.3, 1.2)), name[3] + 10, font, cap, (30, 30, 40))
        page.add("document_number", copy, form="printed", place="facing_data_copy", ink="black")
        if rng.random() < 0.5:
            gw = int(rng.integers(70, 110))
            rgb, alpha = draw.ghost(photo, gw, int(gw * 1.28), True, (110, 60, 80))
            draw.paste(page.rgb, rgb, alpha, w - 80 - gw, y, 0.7)
            page.add("ghost_photo", (w - 80 - gw, y, w - 80, y + int(gw * 1.28)))
    return page


def perforate(data: Page, facing: Page, number: str, rng: np.random.Generator, data_first: bool, axis: str) -> None:
    """Laser perforation: the number as rows of small holes through the booklet, seen mirrored (about the fold) on
    the facing page. `axis` is 'x' when the fold is vertical (pages side by side), 'y' when it is horizontal."""
    cap = int(rng.integers(40, 70))
    mask = draw.text_mask(number, Font("ttf", "DejaVuSansCondensed-Bold.ttf"), cap)
    vertical = bool(rng.random() < 0.5)
    if vertical:
        mask = np.ascontiguousarray(np.rot90(mask))
    pitch = int(rng.integers(5, 8))
    holes = np.zeros_like(mask)
    r = max(1, pitch // 3)
    for yy in range(0, mask.shape[0], pitch):
        for xx in range(0, mask.shape[1], pitch):
            if mask[yy, xx] > 128:
                cv2.circle(holes, (xx, yy), r, 255, -1, cv2.LINE_AA)
    holes = draw.crop_ink(holes)
    mh, mw = holes.shape
    light = bool(rng.random() < 0.6)
    colour = (250, 250, 245) if light else (70, 60, 60)
    if axis == "x":
        from_fold = int(rng.integers(60, PAGE_W - mw - 60))
        y = int(rng.integers(30, PAGE_H - 200 - mh))
    else:
        from_fold = (
            int(rng.integers(60 + 170, PAGE_H - mh - 30)) if data_first else int(rng.integers(30, PAGE_H - mh - 200))
        )
        x = int(rng.integers(40, PAGE_W - mw - 40))
    for page, mirror in ((data, False), (facing, True)):
        fold_after = data_first if page is data else not data_first  # the fold is on the page's right/bottom
        m = (holes[:, ::-1] if axis == "x" else holes[::-1, :]) if mirror else holes
        if axis == "x":
            x = PAGE_W - from_fold - mw if fold_after else from_fold
        else:
            y = PAGE_H - from_fold - mh if fold_after else from_fold
        box = blend_mask_box(page, m, x, y, colour, 0.95)  # type: ignore[arg-type]
        form = "perforated_mirrored" if mirror else "perforated"
        page.add("document_number", box, form=form, vertical=vertical, holes="light" if light else "dark")


def mrz_trouble_on_page(page: Page, troubles: list[str], rng: np.random.Generator) -> dict[str, object]:
    """Blur, glare or fading over the MRZ of the data page (the others are done on the spread or the capture)."""
    band = next(box_of(e) for e in page.elements if e["type"] == "mrz_band")
    x0, y0, x1, y1 = band
    pad = 18
    ry0, ry1, rx0, rx1 = max(0, y0 - pad), min(PAGE_H, y1 + pad), max(0, x0 - pad), min(PAGE_W, x1 + pad)
    region = page.rgb[ry0:ry1, rx0:rx1]
    done: dict[str, object] = {}
    if "blur" in troubles:
        sigma = float(rng.uniform(1.8, 3.6))
        region[:] = cv2.GaussianBlur(region, (0, 0), sigma)
        done["blur_sigma"] = round(sigma, 2)
    if "faint" in troubles:
        f = float(rng.uniform(0.45, 0.7))
        region[:] = (region.astype(np.float32) * (1 - f) + 236 * f).astype(np.uint8)
        done["faint"] = round(f, 2)
    if "glare" in troubles:
        hh, ww = region.shape[:2]
        cx, cy = rng.uniform(0.15, 0.85) * ww, rng.uniform(0.2, 0.8) * hh
        rx, ry = rng.uniform(0.1, 0.3) * ww, rng.uniform(0.5, 1.2) * hh
        yy, xx = np.ogrid[0:hh, 0:ww]
        strength = float(rng.uniform(0.6, 0.92))
        g = np.exp(-((((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2) ** 2)).astype(np.float32)[..., None] * strength
        region[:] = (region.astype(np.float32) * (1 - g) + 255 * g).astype(np.uint8)
        done["glare_strength"] = round(strength, 2)
    return done


# ---------------------------------------------------------------- the spread: both pages, cover, fold


@dataclass
class Spread:
    rgb: np.ndarray
    elements: list[dict[str, object]]
    crowding: list[dict[str, object]]
    fold: int
    axis: str  # 'x': fold vertical (pages side by side), 'y': fold horizontal (pages above each other)
    data_box: Box


def compose(data: Page, facing: Page, rng: np.random.Generator, data_first: bool, axis: str) -> Spread:
    """Both pages in one picture, a strip of the cover on some sides and the next pages' edges on the outer side."""
    borders = [int(rng.integers(8, 40)) if rng.random() < 0.6 else 0 for _ in range(4)]  # left, top, right, bottom
    first, second = (data, facing) if data_first else (facing, data)
    if axis == "x":
        size = (borders[1] + PAGE_H + borders[3], borders[0] + 2 * PAGE_W + borders[2])
        offsets = [(borders[0], borders[1]), (borders[0] + PAGE_W, borders[1])]
        fold = borders[0] + PAGE_W
    else:
        size = (borders[1] + 2 * PAGE_H + borders[3], borders[0] + PAGE_W + borders[2])
        offsets = [(borders[0], borders[1]), (borders[0], borders[1] + PAGE_H)]
        fold = borders[1] + PAGE_H
    cover = np.array([(112, 22, 40), (96, 18, 36), (40, 32, 92)][int(rng.integers(0, 3))], np.uint8)
    rgb = np.empty((*size, 3), np.uint8)
    rgb[:] = cover
    elements: list[dict[str, object]] = []
    crowding: list[dict[str, object]] = []
    for page, (ox, oy) in zip((first, second), offsets, strict=True):
        rgb[oy : oy + PAGE_H, ox : ox + PAGE_W] = page.rgb
        base = len(elements)
        for e in page.elements:
            b = e["box"]
            elements.append(
                {
                    **{k: v for k, v in e.items() if k not in ("box", "id_local")},
                    "id": base + int(e["id_local"]),  # type: ignore[call-overload]
                    "side": page.side,
                    "box": (b[0] + ox, b[1] + oy, b[2] + ox, b[3] + oy),  # type: ignore[index]
                }
            )
        for c in page.crowding:
            crowding.append(
                {
                    **c,
                    "side": page.side,
                    "number_ids": [base + i for i in c["number_ids"]],  # type: ignore[attr-defined]
                    "neighbour_id": base + int(c["neighbour_id"]),  # type: ignore[call-overload]
                }
            )
    # the edges of the next pages, as thin light lines on one page's outer side
    if rng.random() < 0.5:
        k = int(rng.integers(0, 2))
        ox, oy = offsets[k]
        for j in range(int(rng.integers(2, 6))):
            tone = int(rng.integers(200, 245))
            if axis == "x":
                x = ox - 2 - 3 * j if k == 0 else ox + PAGE_W + 1 + 3 * j
                if 0 <= x < size[1]:
                    rgb[oy : oy + PAGE_H, x : x + 2] = tone
            else:
                y = oy - 2 - 3 * j if k == 0 else oy + PAGE_H + 1 + 3 * j
                if 0 <= y < size[0]:
                    rgb[y : y + 2, ox : ox + PAGE_W] = tone
    dk = 0 if data_first else 1
    data_box = (offsets[dk][0], offsets[dk][1], offsets[dk][0] + PAGE_W, offsets[dk][1] + PAGE_H)
    return Spread(rgb, elements, crowding, fold, axis, data_box)


def bend(spread: Spread, rng: np.random.Generator, strong: bool) -> dict[str, float]:
    """Pages curving down into the binding: content squeezed and bent towards the fold, shaded there."""
    if spread.axis == "y":  # work on the transposed picture, so that the fold is vertical
        spread.rgb = np.ascontiguousarray(spread.rgb.transpose(1, 0, 2))
        for e in spread.elements:
            b = e["box"]
            e["box"] = (b[1], b[0], b[3], b[2])  # type: ignore[index]
    hs, ws = spread.rgb.shape[:2]
    width = float(rng.uniform(70, 160) if strong else rng.uniform(30, 90))
    squeeze = float(rng.uniform(0.5, 1.2) if strong else rng.uniform(0.1, 0.5))
    lift = float(rng.uniform(0.03, 0.08) if strong else rng.uniform(0.0, 0.03))
    shade = float(rng.uniform(0.25, 0.55))
    xo = np.arange(ws, dtype=np.float64)
    d = xo - spread.fold
    xs = spread.fold + d * (1 + squeeze * np.exp(-np.abs(d) / width))
    fac = 1 + lift * np.exp(-np.abs(d) / width)
    cy = hs / 2
    yo = np.arange(hs, dtype=np.float64)
    map_x = np.broadcast_to(xs[None, :], (hs, ws)).astype(np.float32)
    map_y = (cy + (yo[:, None] - cy) * fac[None, :]).astype(np.float32)
    out = cv2.remap(spread.rgb, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    dark = 1 - shade * np.exp(-((d / (width * 0.6)) ** 2))
    spread.rgb = (out.astype(np.float32) * dark[None, :, None].astype(np.float32)).astype(np.uint8)

    def forward(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        x_out = np.interp(x, xs, xo)
        f = 1 + lift * np.exp(-np.abs(x_out - spread.fold) / width)
        return x_out, cy + (y - cy) / f

    for e in spread.elements:
        x0, y0, x1, y1 = box_of(e)
        gx, gy = np.meshgrid(np.linspace(x0, x1, 7), np.linspace(y0, y1, 7))
        fx, fy = forward(gx.ravel(), gy.ravel())
        e["box"] = (int(np.floor(fx.min())), int(np.floor(fy.min())), int(np.ceil(fx.max())), int(np.ceil(fy.max())))
    if spread.axis == "y":
        spread.rgb = np.ascontiguousarray(spread.rgb.transpose(1, 0, 2))
        for e in spread.elements:
            bb = e["box"]
            e["box"] = (bb[1], bb[0], bb[3], bb[2])  # type: ignore[index]
    return {"zone_px": round(width, 1), "squeeze": round(squeeze, 2), "lift": round(lift, 3), "shade": round(shade, 2)}


def thumb_on_mrz(spread: Spread, rng: np.random.Generator) -> dict[str, object]:
    """A thumb holding the booklet flat over the outer end of the MRZ; the MRZ truth keeps only what shows."""
    lines = [e for e in spread.elements if e["type"] == "mrz_line" and e["side"] == "data_page"]
    band = _union([box_of(e) for e in lines])
    dcx = (spread.data_box[0] + spread.data_box[2]) / 2
    # the outer side of the data page when the fold is vertical, else either end of the lines
    right = bool(dcx > spread.fold) if spread.axis == "x" else bool(rng.random() < 0.5)
    bw = band[2] - band[0]
    cover = float(rng.uniform(0.06, 0.22)) * bw
    ax = float(rng.uniform(80, 150))
    ay = (band[3] - band[1]) / 2 + float(rng.uniform(14, 28))
    yc = (band[1] + band[3]) / 2 + float(rng.uniform(-6, 6))
    xc = band[2] - cover + ax if right else band[0] + cover - ax
    hs, ws = spread.rgb.shape[:2]
    mask = np.zeros((hs, ws), np.uint8)
    cv2.ellipse(mask, (int(xc), int(yc)), (int(ax), int(ay)), 0, 0, 360, 255, -1, cv2.LINE_AA)
    far = ws if right else 0
    cv2.rectangle(mask, (int(xc), int(yc - ay * 0.9)), (far, int(yc + ay * 0.9)), 255, -1)
    skin = np.array(
        [[224, 172, 140], [198, 134, 98], [141, 85, 60], [240, 200, 170]][int(rng.integers(0, 4))], np.float32
    )
    alpha = cv2.GaussianBlur(mask, (0, 0), 2.0).astype(np.float32)[..., None] / 255
    yy = np.arange(hs, dtype=np.float32)[:, None, None]
    tone = skin * (0.8 + 0.2 * np.clip(1 - np.abs(yy - yc) / ay, 0, 1))
    spread.rgb = (spread.rgb.astype(np.float32) * (1 - alpha) + tone * alpha).astype(np.uint8)
    for e in lines:
        x0, y0, x1, y1 = box_of(e)
        rows = np.arange(y0, y1 + 1, dtype=np.float64)
        if np.any(np.abs(rows - yc) >= ay * 0.98):
            continue  # a row passes above or below the thumb: leave the whole line
        reach = ax * np.sqrt(np.clip(1 - ((rows - yc) / ay) ** 2, 0, 1))
        if right:
            e["box"] = (x0, y0, max(x0 + 1, min(x1, int(np.ceil((xc - reach).max())) + 2)), y1)
        else:
            e["box"] = (min(x1 - 1, max(x0, int(np.floor((xc + reach).min())) - 2)), y0, x1, y1)
    for e in spread.elements:
        if e["type"] == "mrz_band" and e["side"] == "data_page":
            e["box"] = _union([box_of(x) for x in lines])
    return {"side": "right" if right else "left", "covered_fraction": round(cover / bw, 2)}


# ---------------------------------------------------------------- captures


def clip_polygon(poly: np.ndarray, w: int, h: int) -> np.ndarray | None:
    """The part of a convex 4-point polygon inside the picture, as 4 points (its box when the cut adds corners)."""
    rect = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    area, pts = cv2.intersectConvexConvex(poly.astype(np.float32), rect)
    if area <= 1.0 or pts is None:
        return None
    pts = pts.reshape(-1, 2).astype(np.float64)
    if len(pts) == 4:
        return pts
    x0, y0 = pts.min(axis=0)
    x1, y1 = pts.max(axis=0)
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float64)


def uneven_light(page: np.ndarray, rng: np.random.Generator, depth: float) -> np.ndarray:
    h, w = page.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(-0.3, 1.3), rng.uniform(-0.3, 1.3)
    light = 1.0 - depth * ((xx / w - cx) ** 2 + (yy / h - cy) ** 2) / 2.0
    return np.clip(page.astype(np.float32) * light[..., None], 0, 255).astype(np.uint8)


def capture(spread: Spread, rng: np.random.Generator, cut_mrz: bool) -> captures.Shot:
    """Flatbed scan, phone photo (keystone up to 8 deg) or grey photocopy of the spread, then maybe a quarter turn."""
    device = str(rng.choice(["flatbed", "phone", "photocopy"], p=[0.42, 0.38, 0.2]))
    dpi = float(rng.uniform(95, 220))
    s = dpi / DRAW_DPI
    hs, ws = spread.rgb.shape[:2]
    tilt = float(rng.uniform(0, 10) * rng.choice([-1, 1])) if rng.random() < 0.7 else 0.0
    item = Item(0, "spread", Side(spread.rgb, np.full((hs, ws), 255, np.uint8), spread.elements))
    ew, eh = captures.rotated_extent(ws * s, hs * s, tilt)
    meta: dict[str, object] = {"device": device, "scan_dpi": round(dpi, 1), "tilt_deg": round(tilt, 2)}
    if device == "phone":
        fill = float(rng.uniform(0.62, 0.88))
        width, height = int(ew / fill), int(eh / fill)
        if rng.random() < 0.6:  # the phone's own frame shape
            height = max(height, int(width * 3 / 4)) if width > height else max(width, int(height * 3 / 4))
        page = captures.desk(width, height, rng)
        place = captures.translate(width / 2, height / 2) @ captures.rotate(tilt) @ captures.scale(s)
        place = place @ captures.translate(-ws / 2, -hs / 2)
        src = np.array([[0, 0], [ws, 0], [ws, hs], [0, hs]], np.float64)
        dst = captures.apply(place, src)
        keystone = float(rng.uniform(0, 8))
        edge = int(rng.integers(0, 4))  # which edge is farther from the lens
        a, b = edge, (edge + 1) % 4
        shift = np.tan(np.deg2rad(keystone)) * float(np.linalg.norm(dst[(edge + 2) % 4] - dst[b])) * 0.5
        along = (dst[b] - dst[a]) / max(1e-6, float(np.linalg.norm(dst[b] - dst[a])))
        dst[a] += along * shift
        dst[b] -= along * shift
        persp = cv2.getPerspectiveTransform(src.astype(np.float32), dst.astype(np.float32)).astype(np.float64)
        elements = captures.composite(page, [item], [persp], shadow=float(rng.uniform(0.2, 0.5)))
        meta["keystone_deg"] = round(keystone, 2)
        if rng.random() < 0.5:
            meta["glare"] = captures.add_glare(page, rng)
        page = uneven_light(page, rng, float(rng.uniform(0.1, 0.5)))
        blur = float(rng.uniform(0, 1.3))
        if blur > 0.3:
            page = cv2.GaussianBlur(page, (0, 0), blur)
        noise = rng.normal(0, rng.uniform(1, 5), page.shape).astype(np.float32)
        page = np.clip(page.astype(np.float32) + noise, 0, 255).astype(np.uint8)
        meta["blur_sigma"] = round(blur, 2)
    else:
        margin = float(rng.uniform(4, 22)) * dpi / 25.4
        width, height = int(ew + 2 * margin), int(eh + 2 * margin)
        lid_open = bool(rng.random() < 0.2)
        page = captures.paper(width, height, rng, lid_open)
        place = captures.translate(width / 2, height / 2) @ captures.rotate(tilt) @ captures.scale(s)
        place = place @ captures.translate(-ws / 2, -hs / 2)
        elements = captures.composite(page, [item], [place])
        if rng.random() < 0.4:
            page = uneven_light(page, rng, float(rng.uniform(0.05, 0.3)))
        page = captures.scan_noise(page, rng)
        meta["lid_open"] = lid_open
    shot = captures.Shot(page, elements, meta)
    if cut_mrz:
        shot = cut_through_mrz(shot, rng)
    if device == "photocopy":
        shot = captures.photocopy(shot, rng)
    turn = int(rng.choice([0, 0, 0, 90, 270, 180], p=[0.3, 0.2, 0.15, 0.15, 0.12, 0.08]))
    shot = captures.quarter_turn(shot, turn)
    shot.meta["rotation_cw_deg"] = turn
    return shot


def cut_through_mrz(shot: captures.Shot, rng: np.random.Generator) -> captures.Shot:
    """Crop the picture so that its edge runs through the MRZ (bottom edge, or the outer end of the lines)."""
    band = next(e for e in shot.elements if e["type"] == "mrz_band" and e["side"] == "data_page")
    poly = np.asarray(band["polygon"])
    h, w = shot.image.shape[:2]
    x0, y0 = poly.min(axis=0)
    x1, y1 = poly.max(axis=0)
    others = [np.asarray(e["polygon"]) for e in shot.elements if e["side"] != "data_page"]
    below = any(p[:, 1].max() > y1 for p in others)
    frac = float(rng.uniform(0.35, 0.8))
    if not below:
        box = (0, 0, w, int(y0 + frac * (y1 - y0)))
        how = "bottom"
    elif rng.random() < 0.5:
        box = (0, 0, int(x1 - (x1 - x0) * rng.uniform(0.05, 0.2)), h)
        how = "right"
    else:
        box = (int(x0 + (x1 - x0) * rng.uniform(0.05, 0.2)), 0, w, h)
        how = "left"
    image = shot.image[box[1] : box[3], box[0] : box[2]].copy()
    kept = []
    for e in shot.elements:
        p = np.asarray(e["polygon"], np.float64) - np.array([box[0], box[1]], np.float64)
        clipped = clip_polygon(p, box[2] - box[0], box[3] - box[1])
        if clipped is not None:
            kept.append({**e, "polygon": clipped})
    return captures.Shot(image, kept, {**shot.meta, "mrz_cut": how})


# ---------------------------------------------------------------- one upload, written


def build(index: int, seed: int) -> tuple[captures.Shot, Document, Plan, dict[str, object], list[dict[str, object]]]:
    rng = np.random.default_rng([seed, index])
    plan = make_plan(rng)
    doc = make_document("nl_passport", rng, plan.model)
    st = number_style(rng)
    data, photo = data_page(doc, plan, rng, st)
    facing = facing_page(doc, plan, rng, st, photo)
    axis = "x" if rng.random() < 0.75 else "y"
    data_first = bool(rng.random() < 0.5)
    if plan.perforated:
        perforate(data, facing, str(doc.values["document_number"]), rng, data_first, axis)
    trouble = mrz_trouble_on_page(data, plan.troubles, rng)
    spread = compose(data, facing, rng, data_first, axis)
    if "curved" in plan.troubles or rng.random() < 0.6:
        trouble["bend"] = bend(spread, rng, strong="curved" in plan.troubles)
    if "thumb" in plan.troubles:
        trouble["thumb"] = thumb_on_mrz(spread, rng)
    shot = capture(spread, rng, cut_mrz="cut_off" in plan.troubles)
    shot.meta.update(
        {
            "arrangement": "side_by_side" if axis == "x" else "stacked",
            "data_page_first": data_first,
            "mrz_troubles": plan.troubles,
            "mrz_trouble_detail": trouble,
            "perforated": plan.perforated,
            "facing_content": plan.facing,
            "number_place": plan.place,
            "number_twice": plan.twice,
            "number_ink": st.ink_name,
        }
    )
    return shot, doc, plan, trouble, spread.crowding


def all_inside(shot: captures.Shot) -> bool:
    h, w = shot.image.shape[:2]
    return all(
        np.all((np.asarray(e["polygon"]) >= -0.5) & (np.asarray(e["polygon"]) <= np.array([w + 0.5, h + 0.5])))
        for e in shot.elements
    )


def _plain(v: object) -> object:
    if isinstance(v, np.generic):
        return v.item()
    if isinstance(v, tuple):
        return list(v)
    return v


def write_upload(index: int, out: Path, seed: int) -> dict[str, object]:
    for attempt in range(8):
        shot, doc, plan, _, crowding = build(index, seed + 1_000_003 * attempt)
        if all_inside(shot):
            break
    else:
        raise RuntimeError(f"upload {index}: elements keep falling outside the picture")
    rng = np.random.default_rng([seed, index, 11])
    h, w = shot.image.shape[:2]
    stem = f"{index:03d}_nl_passport_spread_{plan.place}"
    fmt = "png" if rng.random() < 0.3 else "jpg"
    extra: dict[str, object] = {}
    pil = Image.fromarray(shot.image)
    if fmt == "png":
        pil.save(out / f"{stem}.png", "PNG")
    else:
        quality = int(rng.integers(55, 96))
        pil.save(out / f"{stem}.jpg", "JPEG", quality=quality)
        extra["jpeg_quality"] = quality
    present = {int(e["id"]) for e in shot.elements}  # type: ignore[call-overload]
    elements: list[dict[str, object]] = []
    neighbours: list[dict[str, object]] = []
    for e in shot.elements:
        row = {k: _plain(v) for k, v in e.items() if k not in ("polygon", "neighbour_only")}
        row["polygon"] = [
            [round(float(np.clip(x, 0, w)), 2), round(float(np.clip(y, 0, h)), 2)] for x, y in np.asarray(e["polygon"])
        ]
        (neighbours if e.get("neighbour_only") else elements).append(row)
    kinds = {int(e["id"]): str(e["type"]) for e in shot.elements}  # type: ignore[call-overload]
    crowd = [
        {**c, "neighbour_type": kinds[int(c["neighbour_id"])]}  # type: ignore[call-overload]
        for c in crowding
        if int(c["neighbour_id"]) in present and all(i in present for i in c["number_ids"])  # type: ignore[call-overload, attr-defined]
    ]
    sides = ["data_page", "facing_page"] if shot.meta["data_page_first"] else ["facing_page", "data_page"]
    truth = {
        "document_kind": "nl_passport",
        "capture_kind": "passport_spread",
        "page_size": {
            "width": w,
            "height": h,
            "megapixels": round(w * h / 1e6, 3),
            "channels": 1 if shot.image.ndim == 2 else 3,
        },
        "capture": {
            "rotation_cw_deg": shot.meta["rotation_cw_deg"],
            "format": fmt,
            **extra,
            **{k: _plain(v) for k, v in shot.meta.items() if k != "rotation_cw_deg"},
        },
        "documents": [
            {
                "index": 0,
                "kind": doc.kind,
                "model": doc.model,
                "sides_shown": sides,
                "values": {k: _plain(v) for k, v in doc.values.items()},
            }
        ],
        "elements": elements,
        "neighbours": neighbours,
        "crowding": crowd,
        "generator": "synthetic.id_spreads",
        "seed": seed,
    }
    (out / f"{stem}.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n")
    return {
        "file": f"{stem}.{fmt}",
        "truth": f"{stem}.json",
        "width": w,
        "height": h,
        "crowding": sorted({str(c["kind"]) for c in crowd}),
    }


def write_set(out: Path, count: int, seed: int) -> list[dict[str, object]]:
    out.mkdir(parents=True, exist_ok=True)
    (out / ".gitignore").write_text("*\n")
    rows = [write_upload(i, out, seed) for i in range(count)]
    manifest = {"generator": "synthetic.id_spreads", "role": "battery", "seed": seed, "count": count, "uploads": rows}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    return rows
