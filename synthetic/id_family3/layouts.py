"""Document layouts of tuning family 3: every side of every document drawn at about 300 dpi.

A side is drawn as a card array plus the list of its sensitive elements with their ink boxes in card pixels. The
layout is decided per document (style), so the front and back of one card share fonts, colours and label languages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import cv2
import numpy as np

from . import draw
from .draw import Box, Font
from .identity import Document

TD1_SIZE = (1012, 638)  # 85.6 x 54 mm at 300 dpi
TD3_SIZE = (1476, 1039)  # 125 x 88 mm at 300 dpi

LABELS: dict[str, dict[str, str]] = {
    "surname": {"nl": "Naam", "en": "Surname", "fr": "Nom", "de": "Name"},
    "given_names": {"nl": "Voornamen", "en": "Given names", "fr": "Prénoms", "de": "Vornamen"},
    "date_of_birth": {"nl": "Geboortedatum", "en": "Date of birth", "fr": "Date de naissance", "de": "Geburtstag"},
    "place_of_birth": {"nl": "Geboorteplaats", "en": "Place of birth", "fr": "Lieu de naissance", "de": "Geburtsort"},
    "document_number": {"nl": "Documentnummer", "en": "Document no.", "fr": "N° de document", "de": "Ausweisnummer"},
    "bsn": {"nl": "Persoonsnummer", "en": "Personal No.", "fr": "N° personnel", "de": "Persönliche Nr."},
    "personal_number": {
        "nl": "Rijksregisternr.",
        "en": "National Register No.",
        "fr": "N° national",
        "de": "Nationalregisternr.",
    },
    "v_number": {"nl": "V-nummer", "en": "V-number", "fr": "Numéro V", "de": "V-Nummer"},
    "sex": {"nl": "Geslacht", "en": "Sex", "fr": "Sexe", "de": "Geschlecht"},
    "nationality": {"nl": "Nationaliteit", "en": "Nationality", "fr": "Nationalité", "de": "Staatsangehörigkeit"},
    "date_of_expiry": {"nl": "Geldig tot", "en": "Date of expiry", "fr": "Valable jusqu'au", "de": "Gültig bis"},
    "date_of_issue": {
        "nl": "Datum verstrekking",
        "en": "Date of issue",
        "fr": "Date de délivrance",
        "de": "Ausstellungsdatum",
    },
    "height": {"nl": "Lengte", "en": "Height", "fr": "Taille", "de": "Größe"},
    "authority": {"nl": "Autoriteit", "en": "Authority", "fr": "Autorité", "de": "Behörde"},
    "signature": {
        "nl": "Handtekening houder",
        "en": "Holder's signature",
        "fr": "Signature du titulaire",
        "de": "Unterschrift",
    },
    "remarks": {"nl": "Opmerkingen", "en": "Observations", "fr": "Observations", "de": "Anmerkungen"},
    "address": {"nl": "Adres", "en": "Address", "fr": "Adresse", "de": "Anschrift"},
}
MONTHS = {
    "nl": ["JAN", "FEB", "MAA", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"],
    "en": ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
    "fr": ["JAN", "FEV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC"],
}
TITLES = {
    "nl_id_card": ("KONINKRIJK DER NEDERLANDEN", "IDENTITEITSKAART / IDENTITY CARD"),
    "nl_passport": ("KONINKRIJK DER NEDERLANDEN", "PASPOORT / PASSPORT"),
    "nl_driving_licence": ("RIJBEWIJS", "KONINKRIJK DER NEDERLANDEN"),
    "nl_residence_permit": ("VERBLIJFSDOCUMENT", "RESIDENCE PERMIT / TITRE DE SEJOUR"),
    "be_id_card": ("BELGIË  BELGIQUE  BELGIEN", "IDENTITEITSKAART  CARTE D'IDENTITÉ"),
    "de_id_card": ("BUNDESREPUBLIK DEUTSCHLAND", "PERSONALAUSWEIS / IDENTITY CARD"),
}
BASE_TINTS = {
    "nl_id_card": [(222, 232, 246), (236, 226, 238), (226, 238, 236)],
    "nl_passport": [(232, 224, 240), (226, 232, 244), (240, 232, 226)],
    "nl_driving_licence": [(246, 222, 230), (244, 230, 236)],
    "nl_residence_permit": [(226, 240, 226), (240, 238, 220)],
    "be_id_card": [(244, 232, 226), (236, 236, 244)],
    "de_id_card": [(228, 238, 232), (238, 240, 228)],
}
PRIMARY_LANGUAGE = {"be_id_card": "fr", "de_id_card": "de"}


@dataclass
class Side:
    """One drawn side: RGB pixels, its shape (alpha, 255 inside the document) and its sensitive elements."""

    rgb: np.ndarray
    alpha: np.ndarray
    elements: list[dict[str, object]] = field(default_factory=list)


def choose_style(doc: Document, rng: np.random.Generator) -> dict[str, object]:
    """Everything the sides of one document share; drawn once per document."""
    primary = PRIMARY_LANGUAGE.get(doc.kind, "nl")
    second = [] if rng.random() < 0.2 else [str(rng.choice([x for x in ("en", "fr", "de", "nl") if x != primary]))]
    dark = int(rng.integers(0, 60))
    return {
        "languages": [primary, *second],
        "label_font": draw.random_font(rng),
        "value_font": draw.random_font(rng),
        "mrz_font": draw.random_font(rng, allow_hershey=rng.random() < 0.3),
        "below": bool(rng.random() < 0.6),  # value below its label, else beside it
        "tint": BASE_TINTS[doc.kind][int(rng.integers(0, len(BASE_TINTS[doc.kind])))],
        "ink": (dark, dark, min(255, dark + int(rng.integers(0, 70)))),
        "label_ink": tuple(int(c) for c in rng.integers(40, 130, 3)),
        "number_ink": (180, 20, 30) if rng.random() < 0.4 else (dark, dark, dark),
        "guilloche_ink": tuple(int(c) for c in rng.integers(90, 210, 3)),
        "guilloche": float(rng.uniform(0.15, 0.5)),
        "photo_left": bool(rng.random() < 0.75),
        "photo_frac": float(rng.uniform(0.25, 0.34)),
        "ghost_frac": float(rng.uniform(0.09, 0.17)),
        "ghost_strength": float(rng.uniform(0.25, 0.95)),
        "ghost_mono": bool(rng.random() < 0.75),
        "ghost_spot": str(rng.choice(["opposite_bottom", "under_photo", "opposite_top", "mid_bottom"])),
        "hologram": bool(rng.random() < 0.6),
        "overprint": bool(rng.random() < 0.4),
        "date_format": int(rng.integers(0, 4)),
        "label_scale": float(rng.uniform(0.85, 1.15)),
        "upper_names": bool(rng.random() < 0.5),  # many documents print names in capitals
        "label_upper": bool(rng.random() < 0.3),
        "portrait": {
            "source": "astronaut" if rng.random() < 0.8 else "camera",
            "mirror": bool(rng.random() < 0.4),
            "grey": bool(rng.random() < 0.35),
            "contrast": float(rng.uniform(0.8, 1.25)),
            "tint": tuple(float(c) for c in rng.uniform(-18, 18, 3)),
            # the crop is the document's own, the same on every side (front photo and back ghost show one picture)
            "crop_width": float(rng.uniform(0, 1)),
            "crop_dx": float(rng.uniform(-0.08, 0.08)),
            "crop_dy": float(rng.uniform(-0.02, 0.12)),
        },
        "ghost_back": doc.kind == "nl_id_card" and doc.model == "2021" and rng.random() < 0.5,
    }


def label_text(key: str, languages: list[str]) -> str:
    return " / ".join(LABELS[key].get(lang, LABELS[key]["en"]) for lang in languages)


def print_date(iso: str, fmt: int, language: str) -> str:
    day = dt.date.fromisoformat(iso)
    if fmt == 0:
        months = MONTHS.get(language, MONTHS["en"])
        other = MONTHS["en"][day.month - 1]
        month = months[day.month - 1] + ("" if other == months[day.month - 1] else "/" + other)
        return f"{day.day:02d} {month} {day.year}"
    return {1: f"{day:%d.%m.%Y}", 2: f"{day:%d %m %Y}", 3: f"{day:%d-%m-%Y}"}[fmt]


class Painter:
    """Draws labelled fields into a text column top-down and remembers what it drew."""

    def __init__(self, card: np.ndarray, style: dict[str, object], column: tuple[int, int], scale: float) -> None:
        self.card, self.style = card, style
        self.x0, self.x1 = column
        self.h = card.shape[0]
        self.scale = scale
        self.elements: list[dict[str, object]] = []
        self.occupied: list[Box] = []

    @property
    def label_cap(self) -> int:
        return int(self.h * 0.026 * self.scale * float(self.style["label_scale"]))

    @property
    def value_cap(self) -> int:
        return int(self.h * 0.044 * self.scale)

    def value(self, text: str, x: int, y: int, colour: tuple[int, int, int] | None = None, cap: int = 0) -> Box:
        mask = draw.text_mask(text, self.style["value_font"], cap or self.value_cap)  # type: ignore[arg-type]
        room = self.x1 - x
        if mask.shape[1] > room > 10:  # squeeze a long value into its column
            mask = cv2.resize(mask, (room, mask.shape[0]), interpolation=cv2.INTER_AREA)
        box = draw.blend(self.card, mask, x, y, colour or self.style["ink"])  # type: ignore[arg-type]
        self.occupied.append(box)
        return box

    def field(
        self,
        y: int,
        label: str,
        text: str,
        element: dict[str, object] | None,
        colour: tuple[int, int, int] | None = None,
    ) -> int:
        """Label and value at height y; records the value's ink box as `element`; returns the next free y."""
        if element is not None and element["type"] == "name" and self.style["upper_names"]:
            text = text.upper()
        if self.style["label_upper"]:
            label = label.upper()
        lab = draw.text_mask(label, self.style["label_font"], self.label_cap)  # type: ignore[arg-type]
        if lab.shape[1] > (self.x1 - self.x0) * (1.0 if self.style["below"] else 0.5):
            target = int((self.x1 - self.x0) * (1.0 if self.style["below"] else 0.5))
            lab = cv2.resize(lab, (max(1, target), lab.shape[0]), interpolation=cv2.INTER_AREA)
        lbox = draw.blend(self.card, lab, self.x0, y, self.style["label_ink"])  # type: ignore[arg-type]
        self.occupied.append(lbox)
        if self.style["below"]:
            vbox = self.value(text, self.x0, lbox[3] + int(self.h * 0.012), colour)
        else:
            vbox = self.value(text, lbox[2] + int(self.h * 0.03), y, colour)
        if element is not None:
            self.elements.append({**element, "box": vbox})
        return max(lbox[3], vbox[3]) + int(self.h * 0.03 * self.scale)

    def pair(self, y: int, left: tuple[str, str], right: tuple[str, str]) -> int:
        """Two short fields side by side (sex and nationality, say) in the two halves of the column."""
        x0, x1 = self.x0, self.x1
        middle = (x0 + x1) // 2
        langs = self.style["languages"]
        self.x1 = middle - int(self.h * 0.02)
        y_left = self.field(y, label_text(left[0], langs), left[1], None)  # type: ignore[arg-type]
        self.x0, self.x1 = middle, x1
        y_right = self.field(y, label_text(right[0], langs), right[1], None)  # type: ignore[arg-type]
        self.x0 = x0
        return max(y_left, y_right)


NATIONALITY = {
    "nl_id_card": "Nederlandse / NLD",
    "nl_passport": "Nederlandse / NLD",
    "nl_driving_licence": "NLD",
    "nl_residence_permit": "MAROKKAANSE / MAR",
    "be_id_card": "BELG / BEL",
    "de_id_card": "DEUTSCH",
}


def _sex(doc: Document) -> str:
    male = doc.values["sex"] == "M"
    return {"nl": "M/M" if male else "V/F", "fr": "M" if male else "F", "de": "M" if male else "W"}.get(
        doc.style["languages"][0],  # type: ignore[index]
        str(doc.values["sex"]),
    )


def _base(
    doc: Document, size: tuple[int, int], rng: np.random.Generator, rounded: bool
) -> tuple[np.ndarray, np.ndarray]:
    w, h = size
    style = doc.style
    card = draw.background(w, h, style["tint"], rng)  # type: ignore[arg-type]
    draw.guilloche(card, rng, style["guilloche_ink"], float(style["guilloche"]))  # type: ignore[arg-type]
    draw.microtext(card, rng, TITLES[doc.kind][0].replace(" ", ""), style["guilloche_ink"])  # type: ignore[arg-type]
    draw.emblem(
        card,
        int(w * rng.uniform(0.45, 0.8)),
        int(h * rng.uniform(0.4, 0.7)),
        int(h * 0.22),
        style["guilloche_ink"],
        0.25,
    )  # type: ignore[arg-type]
    alpha = np.zeros((h, w), np.uint8)
    if rounded:
        r = int(h * 0.05)
        cv2.rectangle(alpha, (r, 0), (w - 1 - r, h - 1), 255, -1)
        cv2.rectangle(alpha, (0, r), (w - 1, h - 1 - r), 255, -1)
        for cx, cy in ((r, r), (w - 1 - r, r), (r, h - 1 - r), (w - 1 - r, h - 1 - r)):
            cv2.circle(alpha, (cx, cy), r, 255, -1, cv2.LINE_AA)
    else:
        alpha[:] = 255
    return card, alpha


def _header(card: np.ndarray, doc: Document, rng: np.random.Generator, x: int) -> int:
    h = card.shape[0]
    font = doc.style["label_font"]
    top, sub = TITLES[doc.kind]
    b1 = draw.put_text(card, top, x, int(h * 0.035), font, int(h * 0.034), doc.style["label_ink"])  # type: ignore[arg-type]
    b2 = draw.put_text(card, sub, x, b1[3] + int(h * 0.015), font, int(h * 0.026), doc.style["label_ink"])  # type: ignore[arg-type]
    return b2[3] + int(h * 0.03)


def _photo_and_ghost(
    card: np.ndarray,
    doc: Document,
    rng: np.random.Generator,
    top: int,
    with_ghost: bool,
    elements: list[dict[str, object]],
) -> tuple[Box, np.ndarray]:
    """Portrait on its side of the card, and the ghost (if any) in a free spot; returns the photo box."""
    h, w = card.shape[:2]
    st = doc.style
    pw = int(w * float(st["photo_frac"]))
    ph = min(int(pw * 1.28), h - top - int(h * 0.05))
    pw = int(ph / 1.28)
    margin = int(w * 0.04)
    px = margin if st["photo_left"] else w - margin - pw
    photo = draw.portrait(pw, ph, st["portrait"])  # type: ignore[arg-type]
    card[top : top + ph, px : px + pw] = photo
    pbox = (px, top, px + pw, top + ph)
    elements.append({"type": "photo", "box": pbox})
    if st["hologram"]:  # the kinegram overprints a corner of the portrait
        hx = px + pw - int(pw * 0.3) if st["photo_left"] else px - int(pw * 0.2)
        draw.hologram(card, rng, (hx, top + int(ph * 0.55), hx + int(pw * 0.5), top + int(ph * 1.0)), 0.35)
    return pbox, photo


def place_ghost(
    card: np.ndarray,
    doc: Document,
    rng: np.random.Generator,
    photo: np.ndarray,
    pbox: Box,
    occupied: list[Box],
    elements: list[dict[str, object]],
) -> None:
    """Put the ghost portrait where nothing else is drawn: the style's spot first, then any free place; smaller
    when the card is full (real cards always carry one, so a ghost-less front would not be a fair page)."""
    h, w = card.shape[:2]
    st = doc.style
    left = bool(st["photo_left"])
    m = int(w * 0.03)
    taken = [*occupied, pbox]
    for shrink in (1.0, 0.8, 0.65, 0.5):
        gw = int(w * float(st["ghost_frac"]) * shrink)
        gh = int(gw * 1.28)
        spots = {
            "opposite_bottom": (w - m - gw if left else m, h - m - gh),
            "opposite_top": (w - m - gw if left else m, int(h * 0.2)),
            "under_photo": (pbox[0] + (pbox[2] - pbox[0] - gw) // 2, pbox[3] + m // 2),
            "mid_bottom": (int(w * 0.5 - gw / 2), h - m - gh),
        }
        preferred = [spots[str(st["ghost_spot"])]] + [xy for k, xy in spots.items() if k != st["ghost_spot"]]
        # the first free place on a grid, scanning from the bottom right
        step_x, step_y = max(4, gw // 8), max(4, gh // 8)
        grid = [(x, y) for y in range(h - m // 2 - gh, m // 2, -step_y) for x in range(w - m - gw, m, -step_x)]
        for x, y in preferred + grid:
            box = (x, y, x + gw, y + gh)
            inside = x >= 0 and y >= 0 and box[2] <= w and box[3] <= h
            if inside and not any(_overlap(box, o) for o in taken):
                print_ghost(card, st, rng, photo, box, elements)
                occupied.append(box)
                return


def print_ghost(
    card: np.ndarray,
    st: dict[str, object],
    rng: np.random.Generator,
    photo: np.ndarray,
    box: Box,
    elements: list[dict[str, object]],
) -> None:
    """The ghost portrait in `box`: the style's strength and colour, sometimes with guilloche printed over it."""
    x0, y0, x1, y1 = box
    rgb, alpha = draw.ghost(photo, x1 - x0, y1 - y0, bool(st["ghost_mono"]), st["label_ink"])  # type: ignore[arg-type]
    draw.paste(card, rgb, alpha, x0, y0, float(st["ghost_strength"]))  # type: ignore[arg-type]
    if st["overprint"]:
        draw.guilloche(card[y0:y1, x0:x1], rng, st["guilloche_ink"], 0.5)  # type: ignore[arg-type]
    elements.append({"type": "ghost_photo", "box": box})


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _mrz(card: np.ndarray, lines: list[str], style: dict[str, object], elements: list[dict[str, object]]) -> int:
    """The MRZ at the bottom of the side, on a lighter band; returns its top y."""
    h, w = card.shape[:2]
    n = len(lines)
    cell_w = w * 0.92 / len(lines[0])
    cap = int(cell_w * 1.25)
    pitch = int(cap * 1.55)
    top = h - int(h * 0.045) - pitch * (n - 1) - cap
    card[top - int(cap * 0.6) :, :] = (card[top - int(cap * 0.6) :, :].astype(np.float32) * 0.4 + 255 * 0.6).astype(
        np.uint8
    )
    boxes = []
    for i, line in enumerate(lines):
        mask = draw.monospace_line(line, style["mrz_font"], cell_w, cap)  # type: ignore[arg-type]
        box = draw.blend(card, mask, int(w * 0.04), top + i * pitch, (20, 20, 24))
        boxes.append(box)
        elements.append({"type": "mrz_line", "line": i + 1, "box": box})
    band = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    elements.append({"type": "mrz_band", "box": band})
    return top


def _signature(
    card: np.ndarray,
    doc: Document,
    rng: np.random.Generator,
    box: Box,
    elements: list[dict[str, object]],
    painter: Painter | None = None,
    label: bool = True,
) -> None:
    x0, y0, x1, y1 = box
    if label and painter is not None:
        lab = draw.text_mask(
            label_text("signature", doc.style["languages"]), doc.style["label_font"], painter.label_cap
        )  # type: ignore[arg-type]
        if lab.shape[1] > x1 - x0:
            lab = cv2.resize(lab, (x1 - x0, lab.shape[0]), interpolation=cv2.INTER_AREA)
        lb = draw.blend(card, lab, x0, y0, doc.style["label_ink"])  # type: ignore[arg-type]
        y0 = lb[3] + 4
    if y1 - y0 < 12 or x1 - x0 < 30:
        return
    mask = draw.signature_mask(rng, x1 - x0, y1 - y0)
    sb = draw.blend(card, mask, x0, y0, (30, 30, 90))
    elements.append({"type": "signature", "box": sb})


def _date(doc: Document, key: str) -> str:
    return print_date(str(doc.values[key]), int(doc.style["date_format"]), doc.style["languages"][0])  # type: ignore[index]


def vertical_number_strip(
    doc: Document, rng: np.random.Generator, width: int, height: int, column: tuple[int, int], chance: float
) -> tuple[np.ndarray, int, tuple[int, int]] | None:
    """Sometimes the document number is (also) printed turned by 90 degrees along the card's edge, inked or
    perforated (as laser-perforated numbers on Dutch documents): its mask, its x, and the text column left to it."""
    if rng.random() >= chance:
        return None
    number = str(doc.values["document_number"])
    mask = draw.text_mask(number, doc.style["value_font"], int(height * 0.04))  # type: ignore[arg-type]
    mask = np.ascontiguousarray(np.rot90(mask, k=1 if rng.random() < 0.5 else 3))
    if rng.random() < 0.5:  # perforation: the strokes become a grid of round holes
        step = max(3, mask.shape[1] // 8)
        yy, xx = np.mgrid[0 : mask.shape[0], 0 : mask.shape[1]]
        holes = ((yy % step - step / 2) ** 2 + (xx % step - step / 2) ** 2) <= (step * 0.45) ** 2
        dilated = cv2.dilate(mask, np.ones((step, step), np.uint8))
        mask = np.where(holes & (dilated > 60), 255, 0).astype(np.uint8)
        mask = draw.crop_ink(mask)
    if mask.shape[0] > height * 0.7:
        scale = height * 0.7 / mask.shape[0]
        mask = cv2.resize(
            mask, (max(1, int(mask.shape[1] * scale)), int(mask.shape[0] * scale)), interpolation=cv2.INTER_AREA
        )
    gap = int(width * 0.015)
    if doc.style["photo_left"]:  # the strip on the text side, at the card's edge
        x = width - gap - mask.shape[1]
        return mask, x, (column[0], min(column[1], x - gap))
    x = gap
    return mask, x, (max(column[0], x + mask.shape[1] + gap), column[1])


def print_vertical_number(
    card: np.ndarray,
    strip: tuple[np.ndarray, int, tuple[int, int]],
    top: int,
    bottom: int,
    colour: tuple[int, int, int],
    elements: list[dict[str, object]],
) -> None:
    """The turned number from `vertical_number_strip`, centred between top and bottom."""
    mask, x, _ = strip
    y = top + max(0, (bottom - top - mask.shape[0]) // 2)
    box = draw.blend(card, mask, x, y, colour)
    elements.append({"type": "document_number", "box": box, "printed": "vertical"})


def _render_card_front(doc: Document, rng: np.random.Generator) -> Side:
    """Front of a TD1 card (Dutch, Belgian, German ID card, Dutch residence permit)."""
    card, alpha = _base(doc, TD1_SIZE, rng, rounded=True)
    h, w = card.shape[:2]
    st, v = doc.style, doc.values
    elements: list[dict[str, object]] = []
    top = _header(card, doc, rng, int(w * 0.04))
    pbox, photo = _photo_and_ghost(card, doc, rng, top, True, elements)
    column = (
        (pbox[2] + int(w * 0.035), w - int(w * 0.03)) if st["photo_left"] else (int(w * 0.04), pbox[0] - int(w * 0.03))
    )
    alone_number = bool(rng.random() < 0.5)
    with_v = doc.kind == "nl_residence_permit" and rng.random() < 0.5
    with_pair = bool(rng.random() < 0.6)
    dutch = doc.kind in ("nl_id_card", "nl_residence_permit")
    strip = vertical_number_strip(doc, rng, w, h, column, 0.4 if dutch else 0.0)
    if strip is not None:
        column = strip[2]
    for scale in (1.0, 0.85, 0.72, 0.6):  # shrink the text until every field fits on the card
        trial = card.copy()
        p = Painter(trial, st, column, scale)
        langs = st["languages"]  # type: ignore[assignment]
        y = top
        number = str(v.get("document_number_printed", v["document_number"]))
        if alone_number:  # the number alone, right-aligned at the top of the text column, as on Dutch cards
            width = draw.text_mask(number, st["value_font"], p.value_cap).shape[1]  # type: ignore[arg-type]
            box = p.value(number, max(column[0], column[1] - width), y, st["number_ink"])  # type: ignore[arg-type]
            p.elements.append({"type": "document_number", "box": box})
            y = box[3] + int(h * 0.03 * scale)
        else:
            y = p.field(y, label_text("document_number", langs), number, {"type": "document_number"}, st["number_ink"])
        y = p.field(y, label_text("surname", langs), str(v["surname"]), {"type": "name", "field": "surname"})
        y = p.field(
            y, label_text("given_names", langs), str(v["given_names"]), {"type": "name", "field": "given_names"}
        )
        y = p.field(y, label_text("date_of_birth", langs), _date(doc, "date_of_birth"), {"type": "date_of_birth"})
        if with_pair:
            y = p.pair(y, ("sex", _sex(doc)), ("nationality", NATIONALITY[doc.kind]))
        if with_v:
            y = p.field(y, label_text("v_number", langs), str(v["v_number"]), {"type": "v_number"})
        y = p.field(y, label_text("date_of_expiry", langs), _date(doc, "date_of_expiry"), None)
        if y < h * 0.97:
            break
    card = trial
    elements += p.elements
    if strip is not None:
        print_vertical_number(card, strip, top, h - int(h * 0.05), st["number_ink"], elements)
    if st["overprint"]:  # the transparent holographic laminate over the printed data (faint: the data stays legible)
        band = (column[0], int(top + (y - top) * rng.uniform(0.0, 0.5)), column[1], y)
        draw.hologram(card, rng, band, float(rng.uniform(0.12, 0.25)))
    sig_top = y if h - y > h * 0.16 else None
    if sig_top is not None:
        _signature(
            card,
            doc,
            rng,
            (column[0], sig_top, min(column[1], column[0] + int(w * 0.35)), h - int(h * 0.04)),
            elements,
            p,
        )
    elif pbox[3] < h * 0.8:
        _signature(card, doc, rng, (pbox[0], pbox[3] + 4, pbox[2], h - int(h * 0.04)), elements, None, label=False)
    place_ghost(card, doc, rng, photo, pbox, p.occupied + [e["box"] for e in elements], elements)  # type: ignore[misc]
    return Side(card, alpha, elements)


def _render_card_back(doc: Document, rng: np.random.Generator) -> Side:
    card, alpha = _base(doc, TD1_SIZE, rng, rounded=True)
    h, w = card.shape[:2]
    st, v = doc.style, doc.values
    langs = st["languages"]  # type: ignore[assignment]
    elements: list[dict[str, object]] = []
    mrz_top = _mrz(card, list(v["mrz"]), st, elements)  # type: ignore[arg-type]
    x0 = int(w * 0.05)
    column = (x0, int(w * 0.62) if st["ghost_back"] else w - int(w * 0.05))
    for scale in (1.0, 0.85, 0.72, 0.6):
        trial = card.copy()
        p = Painter(trial, st, column, scale)
        y = int(h * 0.06)
        if doc.kind == "nl_id_card":
            y = p.field(y, label_text("bsn", langs), str(v["bsn"]), {"type": "bsn"})
            y = p.field(y, label_text("height", langs), f"{rng.integers(155, 200) / 100:.2f} m", None)
            y = p.field(y, label_text("date_of_issue", langs), _date(doc, "date_of_issue"), None)
        elif doc.kind == "be_id_card":
            y = p.field(
                y, label_text("personal_number", langs), str(v["personal_number_printed"]), {"type": "personal_number"}
            )
            y = p.field(y, label_text("place_of_birth", langs), str(v["place_of_birth"]), None)
        elif doc.kind == "de_id_card":
            y = p.field(y, label_text("address", langs), "Lindenallee 14, 50667 Köln", None)
            y = p.field(y, label_text("height", langs), f"{rng.integers(155, 200)} cm", None)
        else:  # residence permit
            y = p.field(y, label_text("v_number", langs), str(v["v_number"]), {"type": "v_number"})
            y = p.field(y, label_text("remarks", langs), "ARBEID VRIJ TOEGESTAAN", None)
        if y < mrz_top - h * 0.04:
            break
    card = trial
    elements += p.elements
    if st["ghost_back"]:  # the 2021 Dutch card repeats the holder's ghost portrait on its back
        gw = int(w * float(st["ghost_frac"]))
        gh = int(gw * 1.28)
        gx, gy = w - int(w * 0.05) - gw, max(int(h * 0.05), mrz_top - gh - int(h * 0.1))
        photo = draw.portrait(gw * 2, gh * 2, st["portrait"])  # type: ignore[arg-type]
        print_ghost(card, st, rng, photo, (gx, gy, gx + gw, gy + gh), elements)
    return Side(card, alpha, elements)


def _render_licence_front(doc: Document, rng: np.random.Generator) -> Side:
    """EU driving licence: numbered fields 1-9, photo left, 4d BSN, 5 licence number, 7 signature."""
    card, alpha = _base(doc, TD1_SIZE, rng, rounded=True)
    h, w = card.shape[:2]
    st, v = doc.style, doc.values
    elements: list[dict[str, object]] = []
    flag = (0, 51, 153)  # the blue EU band with a ring of stars and the country code
    bw = int(w * 0.12)
    card[int(h * 0.04) : int(h * 0.04) + int(bw * 0.75), int(w * 0.03) : int(w * 0.03) + bw] = flag
    cx, cy = int(w * 0.03) + bw // 2, int(h * 0.04) + int(bw * 0.3)
    for k in range(12):
        a = 2 * np.pi * k / 12
        cv2.circle(
            card,
            (int(cx + bw * 0.22 * np.cos(a)), int(cy + bw * 0.22 * np.sin(a))),
            max(2, bw // 40),
            (255, 204, 0),
            -1,
        )
    draw.put_text(
        card,
        "NL",
        cx - bw // 5,
        cy + int(bw * 0.3),
        Font("ttf", "DejaVuSans-Bold.ttf"),
        int(bw * 0.15),
        (255, 255, 255),
    )
    draw.put_text(card, "RIJBEWIJS", int(w * 0.2), int(h * 0.05), st["label_font"], int(h * 0.06), (120, 30, 60))  # type: ignore[arg-type]
    top = int(h * 0.2)
    st = {**st, "photo_left": True}
    doc_view = Document(doc.kind, doc.model, v, doc.sides, st)
    pbox, photo = _photo_and_ghost(card, doc_view, rng, top, True, elements)
    column = (pbox[2] + int(w * 0.04), w - int(w * 0.03))
    for scale in (1.0, 0.85, 0.72, 0.6):
        trial = card.copy()
        p = Painter(trial, {**st, "below": False, "label_scale": 1.0}, column, scale)
        y = int(h * 0.17)
        rows = [
            ("1.", str(v["surname"]), {"type": "name", "field": "surname"}),
            ("2.", str(v["given_names"]), {"type": "name", "field": "given_names"}),
            ("3.", f"{_date(doc, 'date_of_birth')}  {v['place_of_birth']}", {"type": "date_of_birth"}),
            ("4a.", _date(doc, "date_of_issue"), None),
            ("4b.", _date(doc, "date_of_expiry"), None),
            ("4c.", str(v["issuing_authority"]), None),
            ("4d.", str(v["bsn"]), {"type": "bsn"}),
            ("5.", str(v["document_number"]), {"type": "document_number"}),
        ]
        for num, text, element in rows:
            y = p.field(y, num, text, element)
        if y < h * 0.8:
            break
    card = trial
    elements += p.elements
    # the date of birth shares field 3 with the place: the element is the date's own ink, not the place's (scaled
    # like the whole value when that was squeezed into the column)
    e3 = next(e for e in elements if e["type"] == "date_of_birth")
    date_w = draw.text_mask(_date(doc, "date_of_birth"), st["value_font"], p.value_cap).shape[1]  # type: ignore[arg-type]
    full_w = draw.text_mask(rows[2][1], st["value_font"], p.value_cap).shape[1]  # type: ignore[arg-type]
    x0, y0, x1, y1 = e3["box"]  # type: ignore[misc]
    e3["box"] = (x0, y0, min(x1, x0 + int(np.ceil(date_w * min(1.0, (x1 - x0) / full_w)))), y1)
    p.field(y, "9.", str(v["categories"]), None)
    _signature(
        card,
        doc,
        rng,
        (
            column[0] + int(w * 0.06),
            min(h - int(h * 0.16), y + int(h * 0.07)),
            column[0] + int(w * 0.4),
            h - int(h * 0.03),
        ),
        elements,
        None,
        False,
    )
    draw.put_text(
        card, "7.", column[0], min(h - int(h * 0.12), y + int(h * 0.09)), st["label_font"], p.label_cap, st["label_ink"]
    )  # type: ignore[arg-type]
    place_ghost(card, doc_view, rng, photo, pbox, p.occupied + [e["box"] for e in elements], elements)  # type: ignore[misc]
    return Side(card, alpha, elements)


def _render_licence_back(doc: Document, rng: np.random.Generator) -> Side:
    """The categories table: nothing sensitive on it."""
    card, alpha = _base(doc, TD1_SIZE, rng, rounded=True)
    h, w = card.shape[:2]
    font = doc.style["label_font"]
    cats = ["AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE", "T"]
    row_h = (h * 0.82) / len(cats)
    for i, cat in enumerate(cats):
        y = int(h * 0.1 + i * row_h)
        cv2.line(card, (int(w * 0.04), y), (int(w * 0.96), y), (150, 110, 130), 1)
        draw.put_text(card, cat, int(w * 0.06), y + 3, font, int(row_h * 0.5), (60, 40, 50))  # type: ignore[arg-type]
    for i, head in enumerate(["9.", "10.", "11.", "12."]):
        draw.put_text(card, head, int(w * (0.06 + 0.22 * i)), int(h * 0.03), font, int(h * 0.035), (60, 40, 50))  # type: ignore[arg-type]
    return Side(card, alpha, [])


def _render_passport_data(doc: Document, rng: np.random.Generator) -> Side:
    card, alpha = _base(doc, TD3_SIZE, rng, rounded=False)
    h, w = card.shape[:2]
    st, v = doc.style, doc.values
    langs = st["languages"]  # type: ignore[assignment]
    elements: list[dict[str, object]] = []
    mrz_top = _mrz(card, list(v["mrz"]), st, elements)  # type: ignore[arg-type]
    top = _header(card, doc, rng, int(w * 0.04))
    sub = card[: mrz_top - int(h * 0.06)]  # everything above the MRZ is drawn in this view
    pbox, photo = _photo_and_ghost(sub, doc, rng, top, True, elements)
    sh = sub.shape[0]
    column = (
        (pbox[2] + int(w * 0.035), w - int(w * 0.03)) if st["photo_left"] else (int(w * 0.04), pbox[0] - int(w * 0.03))
    )
    strip = vertical_number_strip(doc, rng, w, sh, column, 0.4)
    if strip is not None:
        column = strip[2]
    with_pair = bool(rng.random() < 0.6)
    for scale in (0.8, 0.7, 0.6, 0.5):
        trial = sub.copy()
        p = Painter(trial, st, column, scale)
        p.h = h  # sizes follow the page height, not the view's
        y = top
        box = p.value(
            str(v["document_number"]),
            column[0] + int((column[1] - column[0]) * 0.5),
            max(int(h * 0.03), top - int(h * 0.07)),
            st["number_ink"],
        )  # type: ignore[arg-type]
        p.elements.append({"type": "document_number", "box": box})
        y = p.field(y, label_text("surname", langs), str(v["surname"]), {"type": "name", "field": "surname"})
        y = p.field(
            y, label_text("given_names", langs), str(v["given_names"]), {"type": "name", "field": "given_names"}
        )
        y = p.field(y, label_text("date_of_birth", langs), _date(doc, "date_of_birth"), {"type": "date_of_birth"})
        y = p.field(y, label_text("place_of_birth", langs), str(v["place_of_birth"]), None)
        if with_pair:
            y = p.pair(y, ("sex", _sex(doc)), ("nationality", NATIONALITY[doc.kind]))
        if doc.model == "2014":
            y = p.field(y, label_text("bsn", langs), str(v["bsn"]), {"type": "bsn"})
        y = p.field(y, label_text("date_of_expiry", langs), _date(doc, "date_of_expiry"), None)
        if y < sh * 0.98:
            break
    sub[:] = trial
    elements += p.elements
    if strip is not None:
        print_vertical_number(sub, strip, top, sh - int(h * 0.02), st["number_ink"], elements)
    if sh - y > h * 0.1:
        _signature(sub, doc, rng, (column[0], y, min(column[1], column[0] + int(w * 0.3)), sh - 4), elements, p)
    place_ghost(sub, doc, rng, photo, pbox, p.occupied + [e["box"] for e in elements], elements)  # type: ignore[misc]
    return Side(card, alpha, elements)


def _render_passport_facing(doc: Document, rng: np.random.Generator, with_bsn: bool) -> Side:
    """The page facing the data page (older passports), or the BSN page inside the back cover (newer ones)."""
    card, alpha = _base(doc, TD3_SIZE, rng, rounded=False)
    h, w = card.shape[:2]
    st, v = doc.style, doc.values
    langs = st["languages"]  # type: ignore[assignment]
    elements: list[dict[str, object]] = []
    p = Painter(card, st, (int(w * 0.08), int(w * 0.92)), 0.9)
    y = int(h * 0.08)
    draw.put_text(card, label_text("remarks", langs).upper(), p.x0, y, st["label_font"], int(h * 0.03), st["label_ink"])  # type: ignore[arg-type]
    y += int(h * 0.1)
    if with_bsn:
        y = p.field(y, "Burgerservicenummer — " + label_text("bsn", langs), str(v["bsn"]), {"type": "bsn"})
        draw.emblem(card, int(w * 0.7), int(h * 0.6), int(h * 0.15), (120, 40, 120), 0.5)  # an issuing stamp
    for k in range(6):  # ruled lines for observations
        yy = int(y + h * 0.1 * (k + 1))
        if yy < h * 0.95:
            cv2.line(card, (p.x0, yy), (p.x1, yy), (170, 160, 180), 1)
    elements += p.elements
    return Side(card, alpha, elements)


def render_side(doc: Document, side: str, rng: np.random.Generator) -> Side:
    """Draw one side of `doc` (style taken from doc.style)."""
    if doc.kind == "nl_passport":
        if side == "data_page":
            return _render_passport_data(doc, rng)
        return _render_passport_facing(doc, rng, with_bsn=side == "bsn_page")
    if doc.kind == "nl_driving_licence":
        return _render_licence_front(doc, rng) if side == "front" else _render_licence_back(doc, rng)
    return _render_card_front(doc, rng) if side == "front" else _render_card_back(doc, rng)
