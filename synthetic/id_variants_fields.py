"""Tuning variants for the text fields of ID copies: Dutch residence permits and EU driving licences.

Drawn here, apart from ``synthetic/id_variants`` (another helper's) and never from the held-out family
(``synthetic/id_uploads``, which is not read). Per seed:

- ``rp_front``: a Dutch residence permit's front (portrait, name, date of birth, document number under or right of
  a label in Dutch, English, French or German, sometimes garbled as OCR reads small print, sometimes in the top
  right corner without a label);
- ``rp_back``: its back (V-number under a label, sometimes a BSN, remarks) with a TD1 MRZ whose document code is
  ``IR``, ``IT`` or ``RP`` and whose optional field holds the V-number or the BSN;
- ``rp_both``: front and back on one page (a flatbed scan);
- ``dl``: an EU driving licence (fields 1, 2, 3, 4a, 4b, 4c, 4d = BSN, 5 = licence number; no MRZ), field numbers
  left of their values or above them, the BSN dotted, spaced or plain.

Truth regions as in ``id_images`` (polygons in page pixels): ``photo``, ``ghost_photo``, ``mrz``, ``bsn``,
``document_number``, ``personal_number`` (the V-number), ``name``. Holders carry ``document_number``, ``bsn``,
``personal_number`` and ``mrz``.

    python -m synthetic.id_variants_fields --out DIR [--count N] [--seed S]
"""

from __future__ import annotations

import random

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from afscherm.detectors.mrz import compose_td1, icao_check_digit
from synthetic import identifiers as ids
from synthetic.id_images import FONT_DIR, Page, encode, photograph
from synthetic.id_variants import _turn, portrait, variant_truth, write_variants
from synthetic.people import person

KINDS = ("rp_front", "rp_back", "dl", "rp_both", "dl")
SENSITIVE = ("mrz", "bsn", "document_number", "personal_number", "photo")
INK = (28, 34, 60)
LABEL_INK = (70, 80, 120)

# Document-number labels as printed, and as small print reads after a poor capture (one letter lost or swapped).
NUMBER_LABELS = (
    "Documentnummer / Document No.",
    "Documentnr. / Doc. no.",
    "Document number",
    "N° du document / Document No.",
    "Dokumentennummer / Document number",
    "Kaartnummer / Card number",
    "Docurnentnummer / Docurnent No.",
)
V_LABELS = (
    "V-nummer / V-number",
    "Vreemdelingennummer / Alien number",
    "V-nr. / V-no.",
    "N° d'étranger / V-nummer",
    "Ausländernummer / V-number",
)
BSN_LABELS = ("BSN / Personal no.", "Burgerservicenummer", "Persoonsnummer / Personal number")
PERMIT_TYPES = ("VERBLIJFSVERGUNNING REGULIER BEPAALDE TIJD", "VERBLIJFSVERGUNNING ASIEL", "EU-BURGER / EU CITIZEN")


def _font(size: int, bold: bool = False, serif: bool = False) -> ImageFont.FreeTypeFont:
    name = ("DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf") if serif else "DejaVuSans-Bold.ttf"
    if not bold and not serif:
        name = "DejaVuSansCondensed.ttf"
    path = FONT_DIR / name
    return ImageFont.truetype(str(path if path.exists() else FONT_DIR / "DejaVuSans.ttf"), size)


def _mrz_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / "DejaVuSansMono.ttf"), size)


def _write(
    page: Page, draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, font, fill, region: str | None = None
) -> tuple[float, float, float, float]:  # noqa: ANN001
    draw.text(xy, text, font=font, fill=fill)
    box = draw.textbbox(xy, text, font=font)
    if region:
        page.boxes.append((region, box))
    return box


def _document_number(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return ids.nl_document_number(rng)
    return rng.choice("EFHRSXY") + "".join(rng.choice("0123456789") for _ in range(8))


def _v_number(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") for _ in range(10))


def _bsn_writing(bsn: str, rng: random.Random) -> str:
    style = rng.choice(("dotted", "plain", "spaced"))
    if style == "spaced":
        return f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}"
    return ids.format_bsn(bsn, style) if style == "dotted" else bsn


def holder(rng: random.Random, kind: str) -> dict:
    p = person(rng)
    dob = ids.birth_date(rng)
    expiry = ids.Date(rng.randrange(2027, 2036), rng.randrange(1, 13), rng.randrange(1, 29))
    sex = "M" if p.gender == "M" else "F"
    bsn = ids.bsn(rng)
    h = {
        "kind": kind,
        "surname": p.family_alone.upper(),
        "given_names": " ".join(p.first_names).upper(),
        "date_of_birth": ids.format_date(dob, "id_card"),
        "expiry": ids.format_date(expiry, "id_card"),
        "bsn": bsn,
        "bsn_printed": _bsn_writing(bsn, rng),
        "mrz": [],
        "personal_number": None,
        "dob_numeric": f"{dob.day:02d}.{dob.month:02d}.{dob.year}",
        "issued_numeric": f"{expiry.day:02d}.{expiry.month:02d}.{expiry.year - 10}",
        "expiry_numeric": f"{expiry.day:02d}.{expiry.month:02d}.{expiry.year}",
    }
    if kind == "dl":
        h["document_number"] = str(rng.randrange(4, 6)) + "".join(rng.choice("0123456789") for _ in range(9))
        return h
    number, v = _document_number(rng), _v_number(rng)
    h["document_number"], h["personal_number"] = number, v
    optional = v if rng.random() < 0.5 else f"{bsn}<<<<<{icao_check_digit(bsn)}"
    h["mrz"] = compose_td1(
        rng.choice(("IR", "IT", "RP")),
        "NLD",
        number,
        ids.mrz_date(dob),
        sex,
        ids.mrz_date(expiry),
        rng.choice(("MAR", "TUR", "SYR", "IND", "USA")),
        p.family,
        " ".join(p.first_names),
        optional,
    )
    return h


def _background(rng: random.Random, size: tuple[int, int]) -> tuple[Page, ImageDraw.ImageDraw, tuple[int, ...]]:
    tint = (rng.randrange(215, 245), rng.randrange(210, 240), rng.randrange(225, 250))
    page = Page(Image.new("RGB", size, tint))
    draw = ImageDraw.Draw(page.image)
    shade = tuple(max(c - rng.randrange(10, 25), 0) for c in tint)
    # Wavy guilloche lines across the card.
    for k in range(0, size[1], 14):
        pts = [(x, k + 6 * np.sin(x / 37 + k)) for x in range(0, size[0] + 20, 20)]
        draw.line(pts, fill=shade, width=1)
    return page, draw, tint


def _labelled(
    page: Page,
    draw: ImageDraw.ImageDraw,
    x: float,
    y: float,
    label: str,
    value: str,
    region: str | None,
    rng: random.Random,
    serif: bool,
) -> float:
    """A label and its value (below or right of it); the height used."""
    lf, vf = _font(15), _font(22, bold=True, serif=serif)
    if rng.random() < 0.7:
        _write(page, draw, (x, y), label, lf, LABEL_INK)
        _write(page, draw, (x, y + 19), value, vf, INK, region)
        return 52
    box = _write(page, draw, (x, y + 4), label, lf, LABEL_INK)
    _write(page, draw, (box[2] + 16, y), value, vf, INK, region)
    return 36


def _portrait_and_ghost(page: Page, rng: random.Random, tint: tuple[int, ...], x: int, y: int) -> None:
    style = rng.choice(("photo", "photo", "drawn", "faint"))
    photo = portrait(rng, style, 230, 295, tint)
    page.image.paste(photo, (x, y))
    page.boxes.append(("photo", (x, y, x + 230, y + 295)))
    if rng.random() < 0.25:  # ghosts are another helper's tuning set's subject; a few keep the checks honest
        small = photo.convert("L").resize((80, 103), Image.Resampling.LANCZOS)
        gx, gy = page.image.width - 120, page.image.height - 130
        patch = np.asarray(page.image.crop((gx, gy, gx + 80, gy + 103)), float)
        ghost = np.asarray(small, float)[..., None]
        strength = rng.uniform(0.35, 0.55)
        page.image.paste(Image.fromarray((patch * (1 - strength) + ghost * strength).astype(np.uint8)), (gx, gy))
        page.boxes.append(("ghost_photo", (gx, gy, gx + 80, gy + 103)))


def rp_front(h: dict, rng: random.Random) -> Page:
    page, draw, tint = _background(rng, (1000, 640))
    serif = rng.random() < 0.5
    _write(page, draw, (36, 18), "KONINKRIJK DER NEDERLANDEN", _font(26, bold=True, serif=serif), INK)
    _write(page, draw, (36, 52), "VERBLIJFSDOCUMENT / RESIDENCE DOCUMENT", _font(17), LABEL_INK)
    _portrait_and_ghost(page, rng, tint, 36, 110)
    x, y = 300.0, 104.0
    corner = rng.random() < 0.3
    if corner:
        # The number printed in the top right corner, without a label (as some permits do).
        _write(page, draw, (730, 20), h["document_number"], _mrz_font(26), INK, "document_number")
    rows = [
        ("Naam / Surname", h["surname"], "name"),
        ("Voornamen / Given names", h["given_names"], "name"),
        ("Geboortedatum / Date of birth", h["date_of_birth"], None),
        ("Soort / Type", rng.choice(PERMIT_TYPES), None),
        ("Geldig tot / Valid until", h["expiry"], None),
    ]
    if not corner:
        rows.insert(
            rng.randrange(0, len(rows) + 1), (rng.choice(NUMBER_LABELS), h["document_number"], "document_number")
        )
    for label, value, region in rows:
        y += _labelled(page, draw, x, y, label, value, region, rng, serif)
    return page


def rp_back(h: dict, rng: random.Random) -> Page:
    page, draw, _ = _background(rng, (1000, 640))
    serif = rng.random() < 0.5
    x, y = 40.0, 40.0
    rows = [
        (rng.choice(V_LABELS), h["personal_number"], "personal_number"),
        ("Opmerkingen / Remarks", "ARBEID VRIJ TOEGESTAAN", None),
        ("Plaats van afgifte / Place of issue", "IND", None),
    ]
    if rng.random() < 0.5:
        rows.insert(1, (rng.choice(BSN_LABELS), h["bsn_printed"], "bsn"))
    rng.shuffle(rows)
    for label, value, region in rows:
        y += _labelled(page, draw, x, y, label, value, region, rng, serif)
    lines = h["mrz"]
    font = _mrz_font(10)
    size = int(920 / font.getlength("<" * 30) * 10)
    font = _mrz_font(size)
    top = 640 - 36 - 3 * size * 1.22
    boxes = [_write(page, draw, (40, top + i * size * 1.22), ln, font, INK) for i, ln in enumerate(lines)]
    page.boxes.append(("mrz", (min(b[0] for b in boxes), boxes[0][1], max(b[2] for b in boxes), boxes[-1][3])))
    return page


def dl(h: dict, rng: random.Random) -> Page:
    page, draw, tint = _background(rng, (1000, 630))
    serif = rng.random() < 0.4
    _write(page, draw, (300, 18), "RIJBEWIJS", _font(30, bold=True, serif=serif), INK)
    _write(page, draw, (560, 26), "KONINKRIJK DER NEDERLANDEN", _font(18), LABEL_INK)
    _write(page, draw, (40, 24), "NL", _font(30, bold=True), (30, 30, 140))
    _portrait_and_ghost(page, rng, tint, 40, 110)
    # EU licences print dates as digits (dd.mm.yyyy) more often than with month names.
    numeric = rng.random() < 0.6
    birth, issued, expiry = (
        (h["dob_numeric"], h["issued_numeric"], h["expiry_numeric"])
        if numeric
        else (h["date_of_birth"],) + (h["expiry"],) * 2
    )
    rows = [
        ("1.", h["surname"], "name"),
        ("2.", h["given_names"], "name"),
        ("3.", f"{birth} {rng.choice(('UTRECHT', 'ZWOLLE', 'RABAT', 'GOUDA'))}", None),
        ("4a.", issued, None),
        ("4b.", expiry, None),
        ("4c.", rng.choice(("Burgemeester van Utrecht", "Gemeente Zwolle", "RDW")), None),
        ("4d.", h["bsn_printed"], "bsn"),
        ("5.", h["document_number"], "document_number"),
        ("9.", "AM/B/BE", None),
    ]
    x, y = 300.0, 80.0
    below = rng.random() < 0.3
    fs = rng.choice((22, 24, 26))
    for label, value, region in rows:
        lf = _font(int(fs * 0.75), bold=True)
        if below:
            _write(page, draw, (x, y), label, lf, LABEL_INK)
            _write(page, draw, (x, y + fs * 0.85), value, _font(fs, bold=True, serif=serif), INK, region)
            y += fs * 1.95 if rows.index((label, value, region)) < 4 else fs * 1.9
            if y > 560:
                x, y = 640.0, 120.0
        else:
            _write(page, draw, (x, y + 3), label, lf, LABEL_INK)
            _write(page, draw, (x + fs * 2.1, y), value, _font(fs, bold=True, serif=serif), INK, region)
            y += fs * 1.5
    return page


def _stack(pages: list[Page], gap: int, tone: tuple[int, int, int]) -> Page:
    w = max(p.image.width for p in pages) + 2 * gap
    h = sum(p.image.height for p in pages) + gap * (len(pages) + 1)
    out = Page(Image.new("RGB", (w, h), tone))
    y = gap
    for p in pages:
        out.image.paste(p.image, (gap, y))
        out.boxes += [(name, (b[0] + gap, b[1] + y, b[2] + gap, b[3] + y)) for name, b in p.boxes]
        y += p.image.height + gap
    return out


def generate_field_variant(index: int, seed: int = 0, kind: str | None = None, width: int | None = None) -> tuple:
    """Variant ``index`` of the series ``seed``: (file suffix, bytes, truth as in ``id_images.generate``)."""
    rng = random.Random(f"id-fields-{seed}-{index}")
    kind = kind or KINDS[index % len(KINDS)]
    h = holder(rng, "dl" if kind == "dl" else "rp")
    if kind == "dl":
        page = dl(h, rng)
    elif kind == "rp_front":
        page = rp_front(h, rng)
    elif kind == "rp_back":
        page = rp_back(h, rng)
    else:
        page = _stack([rp_front(h, rng), rp_back(h, rng)], 50, (236, 236, 232))
    w = width or rng.choice((rng.randrange(700, 1100), rng.randrange(1400, 2600)))
    if kind == "rp_both":
        w = max(w, 1000)
    img, regions = photograph(page, rng, w)
    if rng.random() < 0.2:
        g = img.mean(axis=2, keepdims=True).astype(np.uint8)
        img = np.repeat(g, 3, axis=2)
    turns = rng.choice((1, 2, 3)) if rng.random() < 0.15 else 0
    if turns:
        img, regions = _turn(img, regions, turns)
    fmt = rng.choice(("png", "jpg", "png"))
    data = encode([img], fmt, rng)
    shown = {r["type"] for r in regions}
    truth_holder = {
        "kind": kind,
        "document_number": h["document_number"] if "document_number" in shown or h["mrz"] else "",
        "bsn": h["bsn"] if "bsn" in shown else None,
        "personal_number": h["personal_number"] if kind in ("rp_back", "rp_both") else None,
        "mrz": h["mrz"] if kind in ("rp_back", "rp_both") else [],
        "surname": h["surname"],
        "portrait": "photo",
        "quarter_turns": turns,
    }
    if kind in ("rp_back", "rp_both") and h["bsn"] in h["mrz"][0]:
        truth_holder["bsn"] = h["bsn"]
    return fmt, data, variant_truth(fmt, img, regions, truth_holder)


# --- Harder captures of one side (issue 13: pages the finder did not recognise as an ID document) --------------
#
# One side of a document, from ``id_variants.render`` (front without its MRZ, or with it) or from this file (permit
# front/back, driving licence), captured as uploads often are: a greyscale or washed-out photocopy with the card
# small on an A4 sheet, a phone photo with the card on a dark desk, or the whole upload about 0.3 Mpx; any quarter
# turn. Tuning material like the rest of this file.

CAPTURE_SIDES = ("nl_td1", "be_td1", "de_td1", "nl_dl", "nl_td3", "rp_front", "rp_back", "dl")
CAPTURES = ("a4_copy", "desk_photo", "tiny", "washed")


def _side(kind: str, rng: random.Random) -> tuple[Page, dict]:
    """One side of ``kind`` and its truth holder (values shown)."""
    from synthetic.id_variants import PLACEMENTS, PORTRAITS, render
    from synthetic.id_variants import holder as variant_holder

    if kind in ("rp_front", "rp_back", "dl"):
        h = holder(rng, "dl" if kind == "dl" else "rp")
        page = {"rp_front": rp_front, "rp_back": rp_back, "dl": dl}[kind](h, rng)
        mrz = h["mrz"] if kind == "rp_back" else []
        return page, {**h, "mrz": mrz, "personal_number": h["personal_number"] if kind == "rp_back" else None}
    h = variant_holder(rng, kind)
    # Fronts of cards without their MRZ (printed on the back); a passport's data page always has its band.
    with_mrz = kind == "nl_td3"
    style = rng.choice([p for p in PORTRAITS if p != "small"])
    page = render(h, rng, style, rng.choice(PLACEMENTS), with_mrz, rng.random() < 0.5, "blend", rng)
    return page, {**h, "document_number": h["document_number"].replace("-", ""), "mrz": h["mrz"] if with_mrz else []}


def _place(page: Page, paper: tuple[int, int], at: tuple[int, int], tone: np.ndarray) -> tuple[np.ndarray, list]:
    """``page`` pasted on a sheet ``paper`` (w, h) of ``tone`` at ``at``: the image and its regions (polygons)."""
    sheet = np.empty((paper[1], paper[0], 3), np.uint8)
    sheet[...] = tone
    doc = np.asarray(page.image)
    x, y = at
    sheet[y : y + doc.shape[0], x : x + doc.shape[1]] = doc
    regions = [
        {"type": n, "polygon": [[x0 + x, y0 + y], [x1 + x, y0 + y], [x1 + x, y1 + y], [x0 + x, y1 + y]]}
        for n, (x0, y0, x1, y1) in page.boxes
    ]
    return sheet, regions


def _scaled(img: np.ndarray, regions: list[dict], width: int) -> tuple[np.ndarray, list[dict]]:
    f = width / img.shape[1]
    out = cv2.resize(img, (width, max(1, round(img.shape[0] * f))), interpolation=cv2.INTER_AREA)
    return out, [{**r, "polygon": [[round(px * f, 1), round(py * f, 1)] for px, py in r["polygon"]]} for r in regions]


def generate_capture_variant(index: int, seed: int = 0, kind: str | None = None, capture: str | None = None) -> tuple:
    """Variant ``index`` of the series ``seed``: one side of a document in a hard capture (``CAPTURES``), as
    ``generate_field_variant`` returns it."""
    rng = random.Random(f"id-capture-{seed}-{index}")
    kind = kind or CAPTURE_SIDES[index % len(CAPTURE_SIDES)]
    drawn = rng.choice(CAPTURES)  # drawn whether or not ``capture`` is given: the same index gives the same page
    capture = capture or drawn
    page, h = _side(kind, rng)
    if capture == "a4_copy":
        # The card about 40-55 % of an A4 sheet's width, somewhere in its upper half, copied in grey.
        card_w = page.image.width
        sheet_w = int(card_w / rng.uniform(0.4, 0.55))
        at = (rng.randrange(20, sheet_w - card_w - 20), rng.randrange(20, int(sheet_w * 0.7)))
        img, regions = _place(page, (sheet_w, int(sheet_w * 1.414)), at, np.array([245, 245, 242], np.uint8))
        img, regions = _scaled(img, regions, rng.randrange(1000, 1700))
        img = np.repeat(img.mean(axis=2, keepdims=True), 3, axis=2).astype(np.uint8)
        if rng.random() < 0.5:
            img = np.clip(img.astype(float) * 0.6 + 90, 0, 255).astype(np.uint8)
    else:
        width = {"desk_photo": rng.randrange(1100, 2000), "tiny": rng.randrange(600, 700)}.get(
            capture, rng.randrange(800, 1600)
        )
        img, regions = photograph(page, rng, width)
        if capture == "desk_photo":
            # Uneven light: one side of the photo darker than the other.
            shade = np.linspace(rng.uniform(0.6, 0.8), 1.0, img.shape[1])[None, :, None]
            img = (img * (shade if rng.random() < 0.5 else shade[:, ::-1])).astype(np.uint8)
        elif capture == "washed":
            g = img.mean(axis=2, keepdims=True) if rng.random() < 0.5 else img
            img = np.broadcast_to(np.clip(g * rng.uniform(0.4, 0.55) + rng.uniform(105, 125), 0, 255), img.shape)
            img = np.ascontiguousarray(img.astype(np.uint8))
    turns = rng.choice((0, 0, 1, 2, 3))
    if turns:
        img, regions = _turn(img, regions, turns)
    fmt = rng.choice(("png", "jpg"))
    data = encode([img], fmt, rng)
    shown = {r["type"] for r in regions}
    truth_holder = {
        "kind": f"{kind}/{capture}",
        "document_number": h["document_number"] if "document_number" in shown else "",
        "bsn": h["bsn"] if h["bsn"] and ("bsn" in shown or any(h["bsn"] in ln for ln in h["mrz"])) else None,
        "personal_number": h.get("personal_number"),
        "mrz": h["mrz"],
        "surname": h["surname"],
        "portrait": "photo",
        "quarter_turns": turns,
    }
    return fmt, data, variant_truth(fmt, img, regions, truth_holder)


def main(argv: list[str] | None = None) -> None:
    write_variants(generate_field_variant, "id_fields", __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    main()
