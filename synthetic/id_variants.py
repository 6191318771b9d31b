"""Harder variations of the tuning family (``synthetic/id_images``): other portraits, ghost photos, other
documents and other label placements, drawn by the tuning family's own means.

``synthetic/id_images`` draws one layout: a Dutch card or passport page whose portrait is NASA's astronaut
photograph (which OpenCV's face cascade finds), every value below its label. These variants draw, per seed:

- documents: Dutch ID card (TD1) and passport page (TD3), Belgian and German identity cards (TD1 MRZ with
  their own number formats; the German number printed without a label), a Dutch driving licence (EU fields
  ``4d.`` BSN and ``5.`` licence number, no MRZ); cards with or without their MRZ (a front side alone);
- portraits: the photograph, a drawn face in flat colours (the cascade does not fire on it), a faint
  (low-contrast) or greyscale one, a small one, the head tilted; on the left or the right of the card;
- a ghost photo (small, faint grey copy of the portrait) on most documents;
- values right of, left of, above or below their labels;
- ghost photos printed as the cards print them: blended, flat (very pale), as a pale halftone dot screen, under
  microtext or guilloche lines, or the head turned;
- captures turned up to ±15°, some a greyscale or low-contrast copy, some turned by a quarter turn (passports
  more often, upside down most of all); some pages hold two documents of the holder (two portraits, two ghosts).
- on request (``features=True``), the prints around the portrait that are no portrait: a hologram patch (rainbow
  bands and rings), a coat of arms, the EU flag of a driving licence, a rosette of guilloche rings, and a grained
  desk under the photographed card; regions ``emblem`` (not sensitive: blacking them costs nothing).

Truth regions as in ``id_images`` (``photo`` for the portrait, ``ghost_photo`` for the ghost). Holders carry
``document_number``, ``bsn`` (for Belgium the national register number) and ``mrz`` (empty without one).
Tuning material only: the held-out family (``synthetic/id_uploads``) is never used for tuning.

    python -m synthetic.id_variants --out DIR [--count N] [--seed S]
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw
from stdnum.be import nn as be_nn

from afscherm.detectors.mrz import compose_td1, compose_td3, icao_check_digit
from synthetic import identifiers as ids
from synthetic.id_images import INK, LABEL, Page, _face, _font, _mrz, _signature, _text, encode, photograph
from synthetic.people import person

KINDS = ("nl_td1", "nl_td3", "be_td1", "de_td1", "nl_dl")
PORTRAITS = ("photo", "drawn", "faint", "small", "tilted")
PLACEMENTS = ("below", "right", "left", "above")
# How the ghost photo is printed (see ``_ghost``); drawn from a second random stream, so a seed's pages without
# these variations stay as they were before they existed.
GHOSTS = ("blend", "blend", "halftone", "flat", "under_text", "guilloche", "tilted")
SENSITIVE = ("mrz", "bsn", "document_number", "photo", "ghost_photo")
_DE_ALPHABET = "CFGHJKLMNPRTVWXYZ"


def _be_card_number(rng: random.Random) -> str:
    head = "".join(rng.choice("0123456789") for _ in range(10))
    return head + f"{(int(head) % 97) or 97:02d}"


def _be_national_number(rng: random.Random, dob: ids.Date) -> str:
    while True:
        body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{rng.randrange(1, 998):03d}"
        base = int(("2" if dob.year >= 2000 else "") + body)
        number = body + f"{97 - base % 97:02d}"
        if be_nn.is_valid(number):
            return number


def _de_number(rng: random.Random) -> str:
    first = rng.choice("LMNPRTVWXY")
    rest = [rng.choice(_DE_ALPHABET + "0123456789" * 2) for _ in range(8)]
    rest[rng.randrange(8)] = rng.choice("0123456789")
    rest[rng.randrange(8)] = rng.choice("0123456789")
    return first + "".join(rest)


def _dl_number(rng: random.Random) -> str:
    return str(rng.randrange(4, 6)) + "".join(rng.choice("0123456789") for _ in range(9))


def holder(rng: random.Random, kind: str) -> dict:
    p = person(rng)
    dob = ids.birth_date(rng)
    expiry = ids.Date(rng.randrange(2027, 2036), rng.randrange(1, 13), rng.randrange(1, 29))
    sex = "M" if p.gender == "M" else "F"
    given = " ".join(p.first_names)
    bsn: str | None = ids.bsn(rng)
    mrz: list[str] = []
    if kind in ("nl_td1", "nl_td3"):
        number = ids.nl_document_number(rng)
        if kind == "nl_td1":
            mrz = compose_td1(
                "I",
                "NLD",
                number,
                ids.mrz_date(dob),
                sex,
                ids.mrz_date(expiry),
                "NLD",
                p.family,
                given,
                f"{bsn}<<<<<{icao_check_digit(bsn)}",
            )
        else:
            mrz = compose_td3(
                "P", "NLD", number, ids.mrz_date(dob), sex, ids.mrz_date(expiry), "NLD", p.family, given, bsn
            )
        printed = ids.format_bsn(bsn, "dotted")
    elif kind == "be_td1":
        number = _be_card_number(rng)
        bsn = _be_national_number(rng, dob)
        # ICAO's long document number: nine characters, '<' for the check digit, the rest in the optional data.
        mrz = compose_td1(
            "ID",
            "BEL",
            number[:9],
            ids.mrz_date(dob),
            sex,
            ids.mrz_date(expiry),
            "BEL",
            p.family,
            given,
            number[9:] + icao_check_digit(number),
            bsn,
        )
        mrz[0] = mrz[0][:14] + "<" + mrz[0][15:]
        number = f"{number[:3]}-{number[3:10]}-{number[10:]}"
        printed = f"{bsn[:2]}.{bsn[2:4]}.{bsn[4:6]}-{bsn[6:9]}.{bsn[9:]}"
    elif kind == "de_td1":
        number = _de_number(rng)
        bsn, printed = None, ""
        mrz = compose_td1("ID", "D", number, ids.mrz_date(dob), sex, ids.mrz_date(expiry), "D", p.family, given)
    else:
        number = _dl_number(rng)
        printed = bsn
    return {
        "kind": kind,
        "surname": p.family_alone.upper(),
        "given_names": given.upper(),
        "document_number": number,
        "bsn": bsn,
        "bsn_printed": printed,
        "date_of_birth": ids.format_date(dob, "id_card"),
        "dob": dob,
        "expiry": ids.format_date(expiry, "id_card"),
        "sex": sex,
        "mrz": mrz,
    }


# --- Portraits ------------------------------------------------------------------------------------------


def _drawn_face(rng: random.Random, w: int, h: int) -> Image.Image:
    """A face drawn in flat colours (head, hair, eyes, mouth, shoulders) on a plain or graded background."""
    top = np.array([rng.randrange(150, 235) for _ in range(3)], float)
    bottom = np.clip(top + rng.uniform(-40, 20), 0, 255)
    grad = np.linspace(0, 1, h)[:, None, None]
    img = Image.fromarray((top * (1 - grad) + bottom * grad).repeat(w, axis=1).astype(np.uint8))
    d = ImageDraw.Draw(img)
    skin = rng.choice(((236, 200, 170), (205, 160, 120), (150, 105, 75), (95, 65, 45), (225, 185, 160)))
    hair = rng.choice(((40, 30, 25), (90, 60, 35), (200, 170, 110), (120, 120, 120), (20, 20, 20)))
    cloth = tuple(rng.randrange(20, 200) for _ in range(3))
    cx, hw, hh = w / 2 + rng.uniform(-0.05, 0.05) * w, w * rng.uniform(0.26, 0.32), h * rng.uniform(0.27, 0.32)
    cy = h * rng.uniform(0.38, 0.44)
    d.ellipse((cx - 1.9 * hw, cy + 1.25 * hh, cx + 1.9 * hw, cy + 3.6 * hh), fill=cloth)  # shoulders
    d.rectangle((cx - 0.35 * hw, cy + 0.7 * hh, cx + 0.35 * hw, cy + 1.45 * hh), fill=skin)  # neck
    d.ellipse((cx - 1.12 * hw, cy - 1.2 * hh, cx + 1.12 * hw, cy + 0.55 * hh), fill=hair)  # hair behind
    d.ellipse((cx - hw, cy - hh, cx + hw, cy + hh), fill=skin)
    d.chord((cx - 1.05 * hw, cy - 1.18 * hh, cx + 1.05 * hw, cy - 0.1 * hh), 180, 360, fill=hair)  # fringe
    shade = tuple(max(0, c - 60) for c in skin)
    for side in (-1, 1):
        ex, ey = cx + side * 0.42 * hw, cy - 0.05 * hh
        d.ellipse((ex - 0.2 * hw, ey - 0.09 * hh, ex + 0.2 * hw, ey + 0.09 * hh), fill=(245, 245, 245))
        d.ellipse((ex - 0.08 * hw, ey - 0.08 * hh, ex + 0.08 * hw, ey + 0.08 * hh), fill=(40, 35, 30))
        d.line((ex - 0.22 * hw, ey - 0.2 * hh, ex + 0.2 * hw, ey - 0.22 * hh), fill=hair, width=max(2, w // 60))
    d.line((cx, cy, cx - 0.08 * hw, cy + 0.3 * hh), fill=shade, width=max(2, w // 80))
    d.chord((cx - 0.35 * hw, cy + 0.35 * hh, cx + 0.35 * hw, cy + 0.65 * hh), 0, 180, fill=(150, 60, 60))
    return img


def _photo(rng: random.Random, w: int, h: int) -> Image.Image:
    face = _face()
    cx, top, half = 225 + rng.randrange(-12, 13), rng.randrange(0, 25), 125 + rng.randrange(-10, 15)
    crop = face[top : top + int(2 * half * h / w), max(cx - half, 0) : cx + half]
    return Image.fromarray(crop).resize((w, h), Image.Resampling.LANCZOS)


def portrait(rng: random.Random, style: str, w: int, h: int, tint: tuple[int, ...]) -> Image.Image:
    img = _drawn_face(rng, w, h) if style == "drawn" or rng.random() < 0.3 else _photo(rng, w, h)
    if rng.random() < 0.4:
        img = img.convert("L").convert("RGB")
    if style == "faint":
        # Laser-engraved or washed-out: the portrait's contrast brought down towards the card's tint.
        keep = rng.uniform(0.3, 0.5)
        arr = np.asarray(img, float) * keep + np.array(tint, float) * (1 - keep)
        img = Image.fromarray(arr.astype(np.uint8))
    if style == "tilted":
        img = img.rotate(
            rng.uniform(12, 20) * rng.choice((-1, 1)),
            resample=Image.Resampling.BICUBIC,
            fillcolor=tuple(int(c) for c in np.asarray(img)[2, 2]),
        )
    return img


def _ghost(
    page: Page,
    photo: Image.Image,
    xy: tuple[int, int],
    size: float,
    strength: float,
    style: str = "blend",
    rng: random.Random | None = None,
) -> None:
    """The portrait printed again, small and grey, at ``xy``: blended into the card (``blend``), paler still
    (``flat``), as a pale dot screen (``halftone``), with microtext or guilloche lines printed over it
    (``under_text``, ``guilloche``), or the head turned inside its box (``tilted``)."""
    rng = rng or random.Random(0)
    small = photo.convert("L").resize((int(photo.width * size), int(photo.height * size)), Image.Resampling.LANCZOS)
    if style == "tilted":
        border = int(np.median(np.asarray(small)[:3]))
        small = small.rotate(rng.uniform(8, 20) * rng.choice((-1, 1)), Image.Resampling.BICUBIC, fillcolor=border)
    x, y = xy
    box = (x, y, x + small.width, y + small.height)
    patch = np.asarray(page.image.crop(box), float)
    ghost = np.asarray(small, float)[..., None]
    if style == "flat":
        strength = rng.uniform(0.12, 0.2)
    if style == "halftone":
        # A clustered-dot screen at 45°: dots grow with the portrait's darkness, printed in a pale ink.
        period = rng.uniform(3.0, 5.0)
        yy, xx = np.mgrid[0 : small.height, 0 : small.width].astype(float)
        u, v = (xx + yy) / np.sqrt(2), (xx - yy) / np.sqrt(2)
        screen = 0.5 + 0.25 * (np.cos(2 * np.pi * u / period) + np.cos(2 * np.pi * v / period))
        darkness = np.clip((255 - ghost[..., 0]) / 255 * strength * 1.2, 0, 1)
        paper = np.median(np.asarray(page.image)[-3:].reshape(-1, 3), axis=0)  # the card's tint, below everything
        ink = np.clip(paper - rng.uniform(60, 110), 0, 255)
        out = np.where((screen > 1 - darkness)[..., None], ink, patch)
    else:
        out = patch * (1 - strength) + ghost * strength
    page.image.paste(Image.fromarray(out.astype(np.uint8)), (x, y))
    draw = ImageDraw.Draw(page.image)
    tone = tuple(max(int(c) - 45, 0) for c in np.median(patch.reshape(-1, 3), axis=0))
    if style == "under_text":
        # Microtext and a date over the ghost, as cards print them: text that is not the picture.
        fs = max(9, small.height // 9)
        for i, line in enumerate(("NLD NLD NLD NLD NLD NLD", "PASPOORT 2031", "NLD NLD NLD NLD NLD NLD")):
            _text(draw, (x + 2, y + (i + 1) * small.height / 4 - fs / 2), line, _font("sans", fs), LABEL)
    if style == "guilloche":
        for k in range(0, small.height, 6):
            wave = [
                (x + t, y + k + 4 * np.sin(t / max(small.width, 1) * 6 * np.pi + k)) for t in range(0, small.width, 2)
            ]
            draw.line(wave, fill=tone, width=1)
    page.boxes.append(("ghost_photo", box))


# --- Documents ---------------------------------------------------------------------------------------------

_TITLES = {
    "nl_td1": ("KONINKRIJK DER NEDERLANDEN", "IDENTITEITSKAART / IDENTITY CARD"),
    "nl_td3": ("KONINKRIJK DER NEDERLANDEN", "PASPOORT / PASSPORT / PASSEPORT"),
    "be_td1": ("BELGIË  BELGIQUE  BELGIEN", "IDENTITEITSKAART  CARTE D'IDENTITÉ  PERSONALAUSWEIS"),
    "de_td1": ("BUNDESREPUBLIK DEUTSCHLAND", "PERSONALAUSWEIS / IDENTITY CARD / CARTE D'IDENTITÉ"),
    "nl_dl": ("RIJBEWIJS  NL", "KONINKRIJK DER NEDERLANDEN  DRIVING LICENCE"),
}
_NUMBER_LABEL = {
    "nl_td1": "Documentnummer / Document no.",
    "nl_td3": "Documentnummer / Document no.",
    "be_td1": "Kaartnummer / Card no.",
}
_BSN_LABEL = {
    "nl_td1": "Persoonsnummer / Personal no.",
    "nl_td3": "Persoonsnummer / Personal no.",
    "be_td1": "Rijksregisternr. / National Register No.",
}


def _labelled(
    page: Page,
    draw: ImageDraw.ImageDraw,
    x: float,
    y: float,
    label: str,
    value: str,
    size: int,
    region: str | None,
    placement: str,
) -> float:
    """A value and its label placed as ``placement`` says (where the value is); the height used."""
    lf, vf = _font("sans", int(size * 0.6)), _font("bold", size)
    if placement in ("below", "above"):
        ly, vy = (y, y + size * 0.8) if placement == "below" else (y + size * 1.15, y)
        _text(draw, (x, ly), label, lf, LABEL)
        box = _text(draw, (x, vy), value, vf, INK)
    elif placement == "right":
        lbox = _text(draw, (x, y + size * 0.3), label, lf, LABEL)
        box = _text(draw, (lbox[2] + size * 0.6, y), value, vf, INK)
    else:
        box = _text(draw, (x, y), value, vf, INK)
        _text(draw, (box[2] + size * 0.6, y + size * 0.3), label, lf, LABEL)
    if region:
        page.boxes.append((region, box))
    return size * (2.35 if placement in ("below", "above") else 1.6)


def _hologram(rng: random.Random, w: int, h: int) -> Image.Image:
    """A hologram patch as a scan shows it: diagonal rainbow bands under concentric rings."""
    yy, xx = np.mgrid[0:h, 0:w].astype(float)
    phase = (xx + yy) / max(w, h) * rng.uniform(2.5, 5.0) * np.pi
    rgb = np.stack([np.sin(phase + k * 2.1) for k in range(3)], axis=2) * rng.uniform(35, 60) + rng.uniform(170, 205)
    rings = np.cos(np.hypot(xx - w / 2, yy - h / 2) / rng.uniform(2.0, 4.0)) * rng.uniform(10, 25)
    return Image.fromarray(np.clip(rgb + rings[..., None], 0, 255).astype(np.uint8))


def _coat_of_arms(rng: random.Random, w: int, h: int, tint: tuple[int, ...]) -> Image.Image:
    """A shield under a crown with a beast drawn in blocks (the arms of the Netherlands, Belgium, Germany)."""
    img = Image.new("RGB", (w, h), tint)
    d = ImageDraw.Draw(img)
    ink = rng.choice(((40, 60, 140), (150, 110, 40), (60, 60, 60)))
    d.polygon(
        [(0.15 * w, 0.25 * h), (0.85 * w, 0.25 * h), (0.85 * w, 0.65 * h), (0.5 * w, 0.98 * h), (0.15 * w, 0.65 * h)],
        fill=ink,
    )
    d.polygon(
        [(0.2 * w, 0.2 * h), (0.3 * w, 0.02 * h), (0.5 * w, 0.15 * h), (0.7 * w, 0.02 * h), (0.8 * w, 0.2 * h)],
        fill=ink,
    )
    beast = tuple(min(255, c + 110) for c in ink)
    for _ in range(7):
        x, y = rng.uniform(0.25, 0.65) * w, rng.uniform(0.3, 0.7) * h
        d.ellipse((x, y, x + rng.uniform(0.08, 0.2) * w, y + rng.uniform(0.08, 0.2) * h), fill=beast)
    return img


def _eu_flag(w: int, h: int) -> Image.Image:
    """The EU flag of a driving licence: twelve stars in a ring on blue."""
    img = Image.new("RGB", (w, h), (0, 51, 153))
    d = ImageDraw.Draw(img)
    r, s = 0.33 * min(w, h), 0.06 * min(w, h)
    for k in range(12):
        a = k * np.pi / 6
        x, y = w / 2 + r * np.cos(a), h / 2 + r * np.sin(a)
        d.polygon(
            [(x + s * np.cos(b), y + s * np.sin(b)) for b in np.linspace(0, 4 * np.pi, 6)[:-1] - np.pi / 2],
            fill=(255, 204, 0),
        )
    return img


def _rosette(rng: random.Random, w: int, h: int, tint: tuple[int, ...]) -> Image.Image:
    """Guilloche rings round a centre, drawn thin and dense (the rosettes of banknotes and passports)."""
    img = Image.new("RGB", (w, h), tint)
    d = ImageDraw.Draw(img)
    ink = tuple(max(c - rng.randrange(40, 90), 0) for c in tint)
    petals = rng.randrange(6, 12)
    for k in range(14):
        r0 = (0.1 + 0.028 * k) * min(w, h)
        t = np.linspace(0, 2 * np.pi, 240)
        rr = r0 * (1 + 0.25 * np.sin(petals * t + k))
        d.line(list(zip(w / 2 + rr * np.cos(t), h / 2 + rr * np.sin(t), strict=True)), fill=ink, width=1)
    return img


def _emblems(
    page: Page, rng: random.Random, kind: str, tint: tuple[int, ...], photo: tuple[int, int, int, int]
) -> None:
    """Security prints and emblems that are no portrait, in the free corners beside the portrait ``photo`` (x0, y0,
    x1, y1): a hologram over the portrait's corner, an emblem top right, one more low on the card."""
    w, h = page.image.size
    x0, y0, x1, y1 = photo
    side = int(rng.uniform(0.09, 0.14) * w)
    # A hologram patch laminated over the portrait's lower inner corner (the fields beside it stay readable).
    hs = int(side * 0.7)
    holo = _hologram(rng, hs, hs)
    hx, hy = (x1 - int(hs * 0.8) if x0 < w / 2 else x0 - int(hs * 0.2)), y1 - int(hs * 0.8)
    page.image.paste(holo, (hx, hy))
    page.boxes.append(("emblem", (hx, hy, hx + hs, hy + hs)))
    emblem = _eu_flag(side, int(side * 0.67)) if kind == "nl_dl" else _coat_of_arms(rng, side, side, tint)
    # Top right, or left of the portrait when that is on the right.
    ex, ey = (w - side - 30, 12) if x0 < w / 2 else (x0 - side - 20, 12)
    page.image.paste(emblem, (ex, ey))
    page.boxes.append(("emblem", (ex, ey, ex + emblem.width, ey + emblem.height)))
    ros = _rosette(rng, side, side, tint)
    rx, ry = int(rng.uniform(0.45, 0.7) * w), int(rng.uniform(0.45, 0.6) * h)
    page.image.paste(ros, (rx, ry))
    page.boxes.append(("emblem", (rx, ry, rx + side, ry + side)))


def render(
    h: dict,
    rng: random.Random,
    style: str,
    placement: str,
    with_mrz: bool,
    ghost: bool,
    ghost_style: str = "blend",
    extra: random.Random | None = None,
    features: random.Random | None = None,
) -> Page:
    """One document. ``features``: the stream that draws security prints and emblems (``_emblems``); none without."""
    kind = h["kind"]
    passport = kind == "nl_td3"
    size = (1250, 880) if passport else (1000, 630 if kind == "nl_dl" else 660)
    tint = tuple(rng.randrange(200, 242) for _ in range(3))
    page = Page(Image.new("RGB", size, tint))
    draw = ImageDraw.Draw(page.image)
    for i in range(0, size[0], 18):
        draw.arc((i - 300, -200, i + 300, 400), 0, 180, fill=tuple(max(c - 18, 0) for c in tint), width=1)
    title, subtitle = _TITLES[kind]
    _text(draw, (40, 20), title, _font("bold", 28), INK)
    _text(draw, (40, 56), subtitle, _font("sans", 18), LABEL)
    scale = 0.62 if style == "small" else 1.0
    pw, ph = (int(300 * scale), int(390 * scale)) if passport else (int(250 * scale), int(320 * scale))
    photo_right = kind == "de_td1" or rng.random() < 0.25
    px, py = (size[0] - 40 - pw if photo_right else 40), 100
    photo = portrait(rng, style, pw, ph, tint)
    page.image.paste(photo, (px, py))
    page.boxes.append(("photo", (px, py, px + pw, py + ph)))
    fs = 24 if not passport else 26
    x1 = 40 if photo_right else px + pw + 30
    y = float(py)
    rows: list[tuple[str, str, str | None]] = []
    if kind == "nl_dl":
        rows = [
            ("1.", h["surname"], "name"),
            ("2.", h["given_names"], "name"),
            ("3.", h["date_of_birth"], None),
            ("4a.", h["expiry"], None),
            ("4b.", h["expiry"], None),
            ("4c.", "Burgemeester van Utrecht", None),
            ("4d.", h["bsn_printed"], "bsn"),
            ("5.", h["document_number"], "document_number"),
            ("9.", "AM/B", None),
        ]
        for label, value, region in rows:
            _text(draw, (x1, y + 2), label, _font("bold", int(fs * 0.8)), LABEL)
            box = _text(draw, (x1 + fs * 2.2, y), value, _font("bold", int(fs * 0.9)), INK)
            if region:
                page.boxes.append((region, box))
            y += fs * 1.55
    else:
        if kind == "de_td1":
            # The German card prints its number in the top right corner, without a label.
            box = _text(draw, (size[0] - 230, 22), h["document_number"], _font("mono", 30), INK)
            page.boxes.append(("document_number", box))
        rows = [
            ("Naam / Surname", h["surname"], "name"),
            ("Voornamen / Given names", h["given_names"], "name"),
            ("Geboortedatum / Date of birth", h["date_of_birth"], "date_of_birth"),
        ]
        if kind in _NUMBER_LABEL:
            rows.insert(0 if passport else len(rows), (_NUMBER_LABEL[kind], h["document_number"], "document_number"))
        if kind in _BSN_LABEL and rng.random() < 0.8:
            rows.append((_BSN_LABEL[kind], h["bsn_printed"], "bsn"))
        for label, value, region in rows:
            y += _labelled(page, draw, x1, y, label, value, fs, region, placement)
        x2 = x1 + (440 if placement in ("right", "left") else 360)
        if x2 + 200 < (px if photo_right else size[0]):
            sy = py + 2.35 * fs * 2
            _text(draw, (x2, py), "Geldig tot / Date of expiry", _font("sans", int(fs * 0.6)), LABEL)
            _text(draw, (x2, py + fs * 0.8), h["expiry"], _font("bold", fs), INK)
            _text(draw, (x2, sy), "Handtekening / Signature", _font("sans", int(fs * 0.6)), LABEL)
            page.boxes.append(("signature", _signature(rng, draw, x2, sy + fs, 240, 60)))
    if ghost:
        gsize = rng.uniform(0.3, 0.45)
        gw, gh = int(photo.width * gsize), int(photo.height * gsize)
        spots = [
            (size[0] - 60 - gw, size[1] - gh - (230 if with_mrz and not passport else 150 if with_mrz else 40)),
            (px + pw + 10 if not photo_right else px - gw - 10, py + ph - gh),
        ]
        gx, gy = rng.choice(spots)
        if ghost_style != "blend" and photo_right and gx + gw > px:
            gx, gy = spots[1]  # not over the portrait (the blend ghost keeps its old place: old seeds unchanged)
        _ghost(page, photo, (int(gx), int(max(90, gy))), gsize, rng.uniform(0.3, 0.55), ghost_style, extra)
    if features is not None:
        _emblems(page, features, kind, tint, (px, py, px + pw, py + ph))
    if with_mrz and h["mrz"]:
        lines = h["mrz"]
        mrz_y = size[1] - (40 + len(lines) * (44 if not passport else 46) * 1.22)
        _mrz(page, draw, lines, 36, mrz_y, size[0] - 72)
    return page


# --- Captures ------------------------------------------------------------------------------------------------


def _capture(img: np.ndarray, rng: random.Random) -> np.ndarray:
    r = rng.random()
    if r < 0.2:
        img = cv2.cvtColor(cv2.cvtColor(img, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)  # greyscale photocopy
    elif r < 0.35:
        # A washed-out capture: contrast halved around a light grey.
        img = np.clip(img.astype(float) * 0.55 + 105, 0, 255).astype(np.uint8)
    return img


def _turn(img: np.ndarray, regions: list[dict], turns: int) -> tuple[np.ndarray, list[dict]]:
    h, w = img.shape[:2]
    out = np.ascontiguousarray(np.rot90(img, -turns))

    def move(x: float, y: float) -> list[float]:
        return {0: [x, y], 1: [h - 1 - y, x], 2: [w - 1 - x, h - 1 - y], 3: [y, w - 1 - x]}[turns]

    return out, [{**r, "polygon": [move(x, y) for x, y in r["polygon"]]} for r in regions]


def generate_variant(
    index: int,
    seed: int = 0,
    kind: str | None = None,
    style: str | None = None,
    placement: str | None = None,
    width: int | None = None,
    fmt: str = "png",
    ghost_style: str | None = None,
    turns: int | None = None,
    two_documents: bool | None = None,
    features: bool = False,
) -> tuple[str, bytes, dict]:
    """Variant ``index`` of the series ``seed``: (file suffix, bytes, truth as in ``id_images.generate``).
    ``ghost_style`` (one of ``GHOSTS``; a ghost is then always printed), ``turns`` (clockwise quarter turns of the
    capture) and ``two_documents`` (a second document of the same holder below the first, as on a photocopy) fix
    what is otherwise drawn. ``features``: security prints and emblems on the document and a grained desk under it,
    drawn from a stream of their own (the page is otherwise the same as without)."""
    rng = random.Random(f"id-variant-{seed}-{index}")
    # The ghost's print, the second document and the passport turns come from their own stream: the first
    # stream's draws, and so every page made before these variations existed, are unchanged.
    extra = random.Random(f"id-variant-extra-{seed}-{index}")
    kind = kind or KINDS[index % len(KINDS)]
    style = style or rng.choice(PORTRAITS)
    placement = placement or rng.choice(PLACEMENTS)
    with_mrz = kind != "nl_dl" and (kind == "nl_td3" or rng.random() < 0.7)
    h = holder(rng, kind)
    ghost = rng.random() < 0.7
    chosen_ghost = extra.choice(GHOSTS)
    if ghost_style is not None:
        ghost, chosen_ghost = True, ghost_style
    prints = random.Random(f"id-variant-features-{seed}-{index}") if features else None
    page = render(h, rng, style, placement, with_mrz, ghost, chosen_ghost, extra, prints)
    if two_documents if two_documents is not None else extra.random() < 0.12:
        page = _two_documents(page, h, extra)
    w = width or rng.choice((rng.randrange(800, 1400), rng.randrange(1400, 2600)))
    img, regions = _photograph_tilted(page, rng, w)
    if prints is not None:
        img = _grained_desk(img, regions, prints)
    img = _capture(img, rng)
    drawn_turns = rng.choice((1, 2, 3)) if rng.random() < 0.15 else 0
    if kind == "nl_td3" and extra.random() < 0.3:
        drawn_turns = extra.choice((1, 2, 2, 3))  # passports scanned upside down or sideways
    turns = drawn_turns if turns is None else turns
    if turns:
        img, regions = _turn(img, regions, turns)
    data = encode([img], fmt, rng)
    truth_holder = {
        "kind": kind,
        "document_number": h["document_number"].replace("-", ""),
        "bsn": h["bsn"] if kind != "de_td1" else None,
        "mrz": h["mrz"] if with_mrz else [],
        "surname": h["surname"],
        "portrait": style,
        "ghost": chosen_ghost if ghost else None,
        "placement": placement,
        "quarter_turns": turns,
    }
    return fmt, data, variant_truth(fmt, img, regions, truth_holder)


def _grained_desk(img: np.ndarray, regions: list[dict], rng: random.Random) -> np.ndarray:
    """The desk around the document given a wood grain (streaks along one direction, knots), the document left as it
    is: where the pixels differ from the desk's own tone in the photo's first rows, they belong to the document."""
    h, w = img.shape[:2]
    desk = np.median(img[:4].reshape(-1, 3), axis=0)
    on_desk = np.abs(img.astype(float) - desk).max(axis=2) < 12
    # The document's outline from its truth polygons' hull: never grain over the document itself.
    doc = np.zeros((h, w), np.uint8)
    points = np.array([p for r in regions for p in r["polygon"]], np.float32)
    if len(points):
        cv2.fillConvexPoly(doc, cv2.convexHull(points).astype(np.int32), 1)
    yy, xx = np.mgrid[0:h, 0:w].astype(float)
    period = rng.uniform(6, 18)
    grain = np.sin((yy + 0.15 * xx + 8 * np.sin(xx / rng.uniform(40, 120))) / period * 2 * np.pi) * rng.uniform(10, 25)
    out = img.astype(float)
    mask = on_desk & (doc == 0)
    out[mask] += grain[mask][:, None]
    return np.clip(out, 45, 255).astype(np.uint8)


def _two_documents(first: Page, h: dict, rng: random.Random) -> Page:
    """``first`` and a second document of the holder (another kind, its own portrait and ghost) one above the
    other on a photocopy's paper: two portraits on one page. The truth's values are the first document's; the
    second's regions are in the page's truth all the same."""
    kind = rng.choice([k for k in KINDS if k != h["kind"]])
    second_holder = {**holder(rng, kind), "surname": h["surname"], "given_names": h["given_names"]}
    second = render(
        second_holder,
        rng,
        rng.choice(PORTRAITS),
        rng.choice(PLACEMENTS),
        kind != "nl_dl",
        True,
        rng.choice(GHOSTS),
        rng,
    )
    gap = 60
    w = max(first.image.width, second.image.width) + 2 * gap
    hh = first.image.height + second.image.height + 3 * gap
    paper = Image.new("RGB", (w, hh), (236, 236, 232))
    paper.paste(first.image, (gap, gap))
    top = first.image.height + 2 * gap
    paper.paste(second.image, (gap, top))
    boxes = [(n, (x0 + gap, y0 + gap, x1 + gap, y1 + gap)) for n, (x0, y0, x1, y1) in first.boxes]
    boxes += [(n, (x0 + gap, y0 + top, x1 + gap, y1 + top)) for n, (x0, y0, x1, y1) in second.boxes]
    return Page(paper, boxes)


def _photograph_tilted(page: Page, rng: random.Random, width: int) -> tuple[np.ndarray, list[dict]]:
    """``id_images.photograph`` (±6°), then up to ±15° in all: the canvas grows to hold the turned page."""
    img, regions = photograph(page, rng, width)
    extra = rng.uniform(-9, 9) if rng.random() < 0.4 else 0.0
    if abs(extra) < 0.5:
        return img, regions
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), extra, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    tone = tuple(int(v) for v in np.median(img[:8].reshape(-1, 3), axis=0))
    out = cv2.warpAffine(img, m, (nw, nh), flags=cv2.INTER_LINEAR, borderValue=tone)
    moved = [{**r, "polygon": cv2.transform(np.array([r["polygon"]], float), m)[0].round(1).tolist()} for r in regions]
    return out, moved


def variant_truth(fmt: str, img: np.ndarray, regions: list, holder: dict) -> dict:
    """The truth file of one variant page, as the ID-copy benchmarks read it (one page, one holder)."""
    return {
        "format": fmt,
        "exif_rotated": False,
        "variant": True,
        "pages": [{"width": img.shape[1], "height": img.shape[0], "regions": regions}],
        "holders": [holder],
    }


def write_variants(
    generate: Callable[[int, int], tuple[str, bytes, dict]], prefix: str, description: str, argv: list[str] | None
) -> None:
    """The command line of a variant generator: ``--out DIR --count N --seed S`` → images and truth JSON."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for i in range(args.count):
        fmt, data, truth = generate(i, args.seed)
        path = args.out / f"{prefix}_{args.seed}_{i:03d}.{fmt}"
        path.write_bytes(data)
        path.with_suffix(".json").write_text(json.dumps(truth, indent=1) + "\n", encoding="utf-8")
        print(path)


def main(argv: list[str] | None = None) -> None:
    write_variants(generate_variant, "id_variant", __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    main()
