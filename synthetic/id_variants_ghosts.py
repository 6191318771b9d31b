"""Tuning pages for the release rate of ID copies (issue 13): the portraits, ghosts and captures the other tuning
generators never draw, made by the tuning family's own means (``synthetic/id_variants``, ``id_images``).

Each page is one card side or passport data page, with one of these ``CASES`` (and sometimes a second):

- ``ghost_anywhere``: the ghost portrait at another place and size (0.18–0.5 of the portrait), faint to strong,
  blended, halftoned, laser-engraved (grey levels posterised, edges sharpened) or in the clear window of a 2021
  card (a pale rounded window with the ghost in it); also over the fields, low beside the MRZ or top right;
- ``ghost_back``: the back of a card (MRZ, BSN) that prints a ghost portrait too;
- ``bleed``: a portrait without a frame whose background fades into the card, or that runs to the card's edge;
- ``fill`` / ``cut``: the card fills the whole image, or is cut at one image edge (the portrait may run off it);
- ``angle``: the card on a desk at 1–9°, so each box is a rotated rectangle;
- ``low_res``: a 0.3 Mpx scan (JPEG);
- ``foreign_labels``: a front whose labels are French or German only, or OCR-garbled Dutch/English ones, no MRZ;
- ``unread``: such a front with a drawn or faint portrait (the face cascade misses it), captured small or washed out:
  little a reader can tell it by but the portrait on a card.

Truth as ``id_variants.variant_truth`` (regions ``photo``, ``ghost_photo``, ``mrz``, ``bsn``, ``document_number``,
``name``, ``date_of_birth``). Tuning material only: the held-out family (``synthetic/id_uploads``) is never read.

    python -m synthetic.id_variants_ghosts --out DIR [--count N] [--seed S]
"""

from __future__ import annotations

import math
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw

from synthetic.id_images import INK, LABEL, Page, _font, _mrz, _text, encode
from synthetic.id_variants import _ghost, holder, portrait, variant_truth, write_variants

KINDS = ("nl_td1", "nl_td3", "be_td1", "de_td1", "nl_td1")
CASES = ("ghost_anywhere", "ghost_back", "bleed", "fill", "cut", "angle", "low_res", "foreign_labels", "unread")
GHOST_PRINTS = ("blend", "halftone", "laser", "window", "faint")
LABEL_SETS = {
    "nl": (
        "Naam / Surname",
        "Voornamen / Given names",
        "Geboortedatum / Date of birth",
        "Documentnummer / Document no.",
        "Persoonsnummer / Personal no.",
    ),
    "fr": ("Nom", "Prénoms", "Date de naissance", "N° du document", "N° national"),
    "de": ("Name", "Vornamen", "Geburtsdatum", "Ausweisnummer", "Personenkennziffer"),
    # Labels as a poor OCR reads them: letters swapped for look-alikes, words run together.
    "garbled": (
        "Naarn / Sumame",
        "Vo0rnarnen/Givennames",
        "Geb0ortedaturn / Date 0f b1rth",
        "Docurnentnr/ Docurnent n0.",
        "Pers0onsnr / Persona1 n0.",
    ),
}


def _window(page: Page, box: tuple[int, int, int, int], rng: random.Random) -> None:
    """The clear window of a 2021 card: a pale rounded field the ghost is printed in."""
    x0, y0, x1, y1 = box
    m = 10
    overlay = page.image.copy()
    ImageDraw.Draw(overlay).rounded_rectangle(
        (x0 - m, y0 - m, x1 + m, y1 + m), radius=18, fill=tuple(rng.randrange(238, 252) for _ in range(3))
    )
    page.image.paste(Image.blend(page.image, overlay, rng.uniform(0.6, 0.9)))


def _laser(photo: Image.Image) -> Image.Image:
    """A laser-engraved print: grey levels posterised to a few steps, edges sharpened."""
    g = np.asarray(photo.convert("L"), float)
    sharp = np.clip(g + 1.2 * (g - cv2.GaussianBlur(g, (0, 0), 2)), 0, 255)
    steps = np.round(sharp / 64) * 64
    return Image.fromarray(np.clip(steps, 0, 255).astype(np.uint8)).convert("RGB")


def _print_ghost(page: Page, photo: Image.Image, rng: random.Random, spots: list[tuple[int, int]], size: float) -> None:
    """A ghost of ``photo`` at one of ``spots`` (top-left corners that fit), printed one of ``GHOST_PRINTS`` ways."""
    how = rng.choice(GHOST_PRINTS)
    gw, gh = int(photo.width * size), int(photo.height * size)
    x, y = rng.choice(spots)
    x = min(max(4, x), page.image.width - gw - 4)
    y = min(max(4, y), page.image.height - gh - 4)
    if how == "window":
        _window(page, (x, y, x + gw, y + gh), rng)
    source = _laser(photo) if how == "laser" else photo
    strength = rng.uniform(0.1, 0.2) if how == "faint" else rng.uniform(0.25, 0.6)
    style = "halftone" if how == "halftone" else "blend"
    _ghost(page, source, (x, y), size, strength, style, rng)


def _faded(photo: Image.Image, tint: tuple[int, ...], rng: random.Random) -> Image.Image:
    """The portrait without a frame: its edges fade into the card's tint over a sixth of its width."""
    w, h = photo.size
    yy, xx = np.mgrid[0:h, 0:w].astype(float)
    reach = rng.uniform(0.1, 0.2) * w
    edge = np.minimum.reduce([xx, w - 1 - xx, yy, h - 1 - yy])
    alpha = np.clip(edge / reach, 0, 1)[..., None]
    out = np.asarray(photo, float) * alpha + np.array(tint, float) * (1 - alpha)
    return Image.fromarray(out.astype(np.uint8))


def render_side(h: dict, rng: random.Random, case: str, labels: str) -> Page:
    """One side of ``h``'s document drawn for ``case`` with the label set ``labels``."""
    kind = h["kind"]
    passport = kind == "nl_td3"
    size = (1250, 880) if passport else (1000, 640)
    tint = tuple(rng.randrange(200, 242) for _ in range(3))
    page = Page(Image.new("RGB", size, tint))
    draw = ImageDraw.Draw(page.image)
    for i in range(0, size[0], 18):
        draw.arc((i - 300, -200, i + 300, 400), 0, 180, fill=tuple(max(c - 18, 0) for c in tint), width=1)
    back = case == "ghost_back" and not passport
    with_mrz = back or passport or (case not in ("foreign_labels", "unread") and rng.random() < 0.4)
    mrz_h = (3 if not passport else 2) * (44 if not passport else 46) * 1.22 + 40 if with_mrz and h["mrz"] else 0
    names = LABEL_SETS[labels]
    fs = 26 if passport else 24
    pw, ph = (300, 390) if passport else (250, 320)
    if back:
        # The back: the personal number under its label, a few other fields, the MRZ, and (this case) a ghost.
        y = 40.0
        for label, value, region in (
            (names[4], h["bsn_printed"] or h["document_number"], "bsn" if h["bsn_printed"] else "document_number"),
            ("Lengte / Height", f"1,{rng.randrange(55, 95)} m", None),
            ("Autoriteit / Authority", "Burgemeester van Utrecht", None),
        ):
            _text(draw, (40, y), label, _font("sans", 15), LABEL)
            box = _text(draw, (40, y + 20), value, _font("bold", 22), INK)
            if region:
                page.boxes.append((region, box))
            y += 60
        photo = portrait(rng, "photo", pw, ph, tint)
        size_ghost = rng.uniform(0.3, 0.55)
        gw, gh = int(pw * size_ghost), int(ph * size_ghost)
        spots = [(size[0] - gw - 40, 30), (560, 40), (size[0] - gw - 60, int(size[1] - mrz_h - gh - 10))]
        _print_ghost(page, photo, rng, spots, size_ghost)
    else:
        title = {"fr": "CARTE D'IDENTITÉ", "de": "PERSONALAUSWEIS"}.get(labels, "IDENTITEITSKAART / IDENTITY CARD")
        if passport:
            title = {"fr": "PASSEPORT", "de": "REISEPASS"}.get(labels, "PASPOORT / PASSPORT")
        _text(draw, (40 if case != "bleed" else pw + 40, 20), title, _font("bold", 26), INK)
        bleed = case == "bleed"
        style = rng.choice(("faint", "drawn")) if case == "unread" else rng.choice(("photo", "photo", "faint", "drawn"))
        if bleed and rng.random() < 0.5:
            # The portrait runs to the card's left and top edges.
            px, py, pw2, ph2 = 0, 0, pw + 40, min(ph + 80, int(size[1] - mrz_h - 10))
        else:
            px, py, pw2, ph2 = 40, 90, pw, ph
        photo = portrait(rng, style, pw2, ph2, tint)
        shown = _faded(photo, tint, rng) if bleed else photo
        page.image.paste(shown, (px, py))
        page.boxes.append(("photo", (px, py, px + pw2, py + ph2)))
        x1, y = px + pw2 + 30, float(py if py else 70)
        rows = [
            (names[0], h["surname"], "name"),
            (names[1], h["given_names"], "name"),
            (names[2], h["date_of_birth"], "date_of_birth"),
            (names[3], h["document_number"], "document_number"),
        ]
        if h["bsn_printed"] and rng.random() < 0.6:
            rows.append((names[4], h["bsn_printed"], "bsn"))
        for label, value, region in rows:
            _text(draw, (x1, y), label, _font("sans", int(fs * 0.6)), LABEL)
            box = _text(draw, (x1, y + fs * 0.8), value, _font("bold", fs), INK)
            page.boxes.append((region, box))
            y += fs * 2.35
        if case == "ghost_anywhere" or rng.random() < 0.5:
            size_ghost = rng.uniform(0.18, 0.5)
            gw, gh = int(pw2 * size_ghost), int(ph2 * size_ghost)
            low = int(size[1] - mrz_h - gh - 8)
            spots = [
                (size[0] - gw - 40, low),  # low right, beside or above the MRZ
                (size[0] - gw - 30, 24),  # top right
                (px + pw2 + 12, py + ph2 - gh),  # beside the portrait
                (int(x1 + rng.uniform(0.3, 0.6) * (size[0] - x1)), int(rng.uniform(0.35, 0.6) * size[1])),  # fields
                (px + 10, min(low, py + ph2 + 10)),  # under the portrait
            ]
            _print_ghost(page, photo, rng, spots, size_ghost)
    if with_mrz and h["mrz"]:
        lines = h["mrz"]
        _mrz(page, draw, lines, 36, size[1] - mrz_h, size[0] - 72)
    return page


def _desk(w: int, h: int, rng: random.Random) -> np.ndarray:
    base = np.array([rng.randrange(60, 190) for _ in range(3)], np.float32)
    noise = cv2.GaussianBlur(np.random.default_rng(rng.randrange(2**32)).normal(0, 20, (h, w)), (0, 0), 7)[..., None]
    return np.clip(base + noise, 45, 255).astype(np.uint8)


def _regions(page: Page, m: np.ndarray) -> list[dict]:
    out = []
    for name, (x0, y0, x1, y1) in page.boxes:
        pts = cv2.transform(np.array([[(x0, y0), (x1, y0), (x1, y1), (x0, y1)]], np.float64), m)[0]
        out.append({"type": name, "polygon": [[round(float(x), 1), round(float(y), 1)] for x, y in pts]})
    return out


def capture(page: Page, rng: random.Random, case: str) -> tuple[np.ndarray, list[dict]]:
    """``page`` captured for ``case``: on a desk (turned 0–2°, or 1–9° for ``angle``), filling the image, cut at an
    edge, or as a 0.3 Mpx scan."""
    doc = np.asarray(page.image)
    dh, dw = doc.shape[:2]
    if case == "fill":
        width = rng.randrange(900, 1600)
        f = width / dw
        m = np.array([[f, 0, 0], [0, f, 0]], np.float64)
        return cv2.resize(doc, (width, round(dh * f)), interpolation=cv2.INTER_AREA), _regions(page, m)
    if case == "cut":
        # Up to an eighth of the card off one image edge (a sloppy crop), the rest filling the image.
        side, cut = rng.choice(("left", "right", "top", "bottom")), rng.uniform(0.03, 0.12)
        x0 = int(cut * dw) if side == "left" else 0
        y0 = int(cut * dh) if side == "top" else 0
        x1 = dw - int(cut * dw) if side == "right" else dw
        y1 = dh - int(cut * dh) if side == "bottom" else dh
        width = rng.randrange(900, 1600)
        f = width / (x1 - x0)
        m = np.array([[f, 0, -x0 * f], [0, f, -y0 * f]], np.float64)
        img = cv2.resize(doc[y0:y1, x0:x1], (width, round((y1 - y0) * f)), interpolation=cv2.INTER_AREA)
        regions = _regions(page, m)
        h_img, w_img = img.shape[:2]
        for r in regions:
            r["polygon"] = [[min(max(x, 0.0), w_img - 1.0), min(max(y, 0.0), h_img - 1.0)] for x, y in r["polygon"]]
        return img, [r for r in regions if _area(r["polygon"]) > 4]
    degrees = rng.uniform(1, 9) * rng.choice((-1, 1)) if case == "angle" else rng.uniform(-2, 2)
    width = rng.randrange(580, 680) if case == "low_res" else rng.randrange(1000, 2000)
    margin = rng.uniform(0.04, 0.12)
    rad = math.radians(abs(degrees))
    cw, ch = dw * math.cos(rad) + dh * math.sin(rad), dw * math.sin(rad) + dh * math.cos(rad)
    f = width / (cw * (1 + 2 * margin))
    height = int(ch * f * (1 + 2 * margin))
    m = cv2.getRotationMatrix2D((dw / 2, dh / 2), degrees, f)
    m[0, 2] += width / 2 - dw / 2
    m[1, 2] += height / 2 - dh / 2
    out = _desk(width, height, rng)
    warped = cv2.warpAffine(doc, m, (width, height), flags=cv2.INTER_AREA)
    mask = cv2.warpAffine(np.full((dh, dw), 255, np.uint8), m, (width, height))
    out[mask > 127] = warped[mask > 127]
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, rng.uniform(0, 4), out.shape)
    return np.clip(out + noise, 45, 255).astype(np.uint8), _regions(page, m)


def _area(polygon: list) -> float:
    return float(cv2.contourArea(np.array(polygon, np.float32)))


def generate_release_variant(
    index: int, seed: int = 0, kind: str | None = None, case: str | None = None
) -> tuple[str, bytes, dict]:
    """Page ``index`` of the series ``seed``: (file suffix, bytes, truth as ``id_variants.generate_variant``)."""
    rng = random.Random(f"id-release-{seed}-{index}")
    kind = kind or KINDS[index % len(KINDS)]
    case = case or CASES[(index // len(KINDS)) % len(CASES)]  # every kind in each case, five pages a case
    h = holder(rng, kind)
    labels = rng.choice(("fr", "de", "garbled")) if case in ("foreign_labels", "unread") else "nl"
    page = render_side(h, rng, case, labels)
    how = case if case in ("fill", "cut", "angle", "low_res") else rng.choice(("desk", "desk", "angle", "fill"))
    if case == "unread":
        how = rng.choice(("low_res", "desk", "fill"))
    img, regions = capture(page, rng, how)
    if case == "unread" and rng.random() < 0.6:
        # Washed out: the contrast halved around a light grey.
        img = np.clip(img.astype(float) * rng.uniform(0.45, 0.6) + rng.uniform(95, 120), 0, 255).astype(np.uint8)
    if rng.random() < 0.2:
        img = np.repeat(img.mean(axis=2, keepdims=True), 3, axis=2).astype(np.uint8)
    fmt = "jpg" if how == "low_res" or rng.random() < 0.3 else "png"
    data = encode([img], fmt, rng)
    shown = {r["type"] for r in regions}
    has_mrz = "mrz" in shown
    truth_holder = {
        "kind": f"{kind}/{case}",
        "document_number": h["document_number"].replace("-", "") if "document_number" in shown or has_mrz else "",
        "bsn": h["bsn"] if h["bsn"] and ("bsn" in shown or has_mrz) else None,
        "mrz": h["mrz"] if has_mrz else [],
        "surname": h["surname"],
        "portrait": "photo",
        "quarter_turns": 0,
    }
    return fmt, data, variant_truth(fmt, img, regions, truth_holder)


def main(argv: list[str] | None = None) -> None:
    write_variants(generate_release_variant, "id_release", __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    main()
