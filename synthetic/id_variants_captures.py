"""Tuning pages for the captures of issue 13 point 2 that the other tuning generators draw rarely or never: a card's
back alone, front and back on one page (side by side or stacked), a front alone, quarter turns (90°, 180°, 270°) of
those, small angles, foreign (Belgian, German) cards. Drawn from the issue's description with the tuning family's
own means (``synthetic/id_variants_ghosts.render_side`` for the fronts, ``id_images`` primitives for the backs);
never from the held-out family (``synthetic/id_uploads``, which is not read).

``CAPTURES`` (one per page, in turn): ``front``, ``back``, ``side_by_side``, ``stacked``, ``rot90``, ``rot270``,
``rot180`` (a side or both sides turned), ``angle`` (both sides or one, at 3–15°; the others within ±4°). Documents
in turn: Dutch, Belgian and German identity cards (TD1: the MRZ on the back, the portrait and its ghost on the front;
a Dutch back prints the BSN, sometimes a ghost too; half the backs a coat of arms or a hologram patch). A third of the
pages are a whole A4 flatbed scan with the card (or both sides) at its top.

Truth as ``id_variants.variant_truth``; the holder's ``capture`` names the capture kind.

``fronts="printed"`` (a second series, the same captures): each front is drawn as its own document prints it
(``id_variants.render`` with its security prints: the German card's portrait on the right and its number top right
without a label, a Belgian card's sometimes; a hologram over the portrait's corner, a coat of arms, a guilloche
rosette; labels below, beside or above their values; the ghost printed any of ``id_variants.GHOSTS`` ways) and each
back carries an emblem: the features a real card shows that the plain fronts lack. The plain series is unchanged.

    python -m synthetic.id_variants_captures --out DIR [--count N] [--seed S]
"""

from __future__ import annotations

import math
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw

from synthetic.id_images import INK, LABEL, Page, _font, _mrz, _text, encode
from synthetic.id_variants import (
    GHOSTS,
    PLACEMENTS,
    _coat_of_arms,
    _hologram,
    _turn,
    holder,
    portrait,
    render,
    variant_truth,
    write_variants,
)
from synthetic.id_variants_ghosts import _desk, _print_ghost, _regions, render_side

CAPTURES = ("front", "back", "side_by_side", "stacked", "rot90", "rot270", "rot180", "angle")
KINDS = ("nl_td1", "be_td1", "de_td1")
BACK_LABELS = {
    "nl_td1": ("Persoonsnummer / Personal no.", "Lengte / Height", "Autoriteit / Authority"),
    "be_td1": ("Rijksregisternummer / N° national", "Geboorteplaats / Lieu de naissance", "Uitgifte / Délivrance"),
    "de_td1": ("Anschrift / Address", "Größe / Height", "Behörde / Authority"),
}
CARD = (1000, 640)


def render_back(h: dict, rng: random.Random, ghost: bool, emblem: bool = False) -> Page:
    """A TD1 card's back: a few labelled fields (the Dutch BSN or the Belgian national number among them), the MRZ at
    the bottom, with ``ghost`` a ghost portrait at the top right, with ``emblem`` a coat of arms or a hologram patch
    (region ``emblem``, not sensitive) in the middle: no printed document number, no portrait."""
    tint = tuple(rng.randrange(205, 242) for _ in range(3))
    page = Page(Image.new("RGB", CARD, tint))
    draw = ImageDraw.Draw(page.image)
    for i in range(0, CARD[0], 20):
        draw.arc((i - 280, 300, i + 280, 900), 180, 360, fill=tuple(max(c - 16, 0) for c in tint), width=1)
    kind = h["kind"]
    personal = h["bsn_printed"] if kind != "de_td1" else f"{rng.randrange(1, 99)} {h['surname'].title()}straat"
    values = (personal, f"1,{rng.randrange(55, 95)} m", rng.choice(("Burgemeester van Utrecht", "Gemeente Gent")))
    y = 40.0
    for i, (label, value) in enumerate(zip(BACK_LABELS[kind], values, strict=True)):
        _text(draw, (40, y), label, _font("sans", 16), LABEL)
        box = _text(draw, (40, y + 22), value, _font("bold", 24), INK)
        if i == 0 and kind != "de_td1":
            page.boxes.append(("bsn", box))
        y += 64
    mrz_h = 3 * 44 * 1.22 + 40
    if emblem:
        side = rng.randrange(100, 160)
        print_ = _coat_of_arms(rng, side, side, tint) if rng.random() < 0.5 else _hologram(rng, side, side)
        ex, ey = rng.randrange(480, 620), rng.randrange(40, 120)
        page.image.paste(print_, (ex, ey))
        page.boxes.append(("emblem", (ex, ey, ex + side, ey + side)))
    if ghost:
        photo = portrait(rng, "photo", 250, 320, tint)
        size = rng.uniform(0.3, 0.5)
        gh = int(320 * size)
        spots = [(CARD[0] - int(250 * size) - 50, 40), (CARD[0] - int(250 * size) - 60, int(CARD[1] - mrz_h - gh - 12))]
        _print_ghost(page, photo, rng, spots, size)
    _mrz(page, draw, h["mrz"], 36, CARD[1] - mrz_h, CARD[0] - 72)
    return page


def _front(h: dict, rng: random.Random) -> Page:
    """The card's front with its portrait and (always, as Dutch and EU cards print one) a ghost; no MRZ."""
    return render_side({**h, "mrz": []}, rng, "ghost_anywhere", "nl")


def _printed_front(h: dict, rng: random.Random) -> Page:
    """The card's front in its own document's layout with its security prints (``fronts="printed"``), a ghost
    always; no MRZ (a TD1 card prints it on the back)."""
    style = rng.choice(("photo", "photo", "faint", "drawn"))
    return render(h, rng, style, rng.choice(PLACEMENTS), False, True, rng.choice(GHOSTS), rng, rng)


def _join(first: Page, second: Page, beside: bool, gap: int) -> Page:
    """Two sides on one sheet of paper, beside or above each other."""
    w1, h1 = first.image.size
    w2, h2 = second.image.size
    size = (w1 + w2 + 3 * gap, max(h1, h2) + 2 * gap) if beside else (max(w1, w2) + 2 * gap, h1 + h2 + 3 * gap)
    out = Page(Image.new("RGB", size, (238, 238, 234)))
    at2 = (w1 + 2 * gap, gap) if beside else (gap, h1 + 2 * gap)
    for page, (x, y) in ((first, (gap, gap)), (second, at2)):
        out.image.paste(page.image, (x, y))
        out.boxes += [(n, (b[0] + x, b[1] + y, b[2] + x, b[3] + y)) for n, b in page.boxes]
    return out


def scan(
    page: Page, rng: random.Random, degrees: float, width: int, flatbed: bool, fill: float = 0.0
) -> tuple[np.ndarray, list[dict]]:
    """``page`` turned ``degrees`` on a flatbed's white (``flatbed``) or a desk, ``width`` px wide in all; with
    ``fill`` the document takes that share of the width of an A4 page (a card laid on a flatbed), at its top."""
    doc = np.asarray(page.image)
    dh, dw = doc.shape[:2]
    margin = (1 / fill - 1) / 2 if fill else rng.uniform(0.03, 0.1)
    rad = math.radians(abs(degrees))
    cw, ch = dw * math.cos(rad) + dh * math.sin(rad), dw * math.sin(rad) + dh * math.cos(rad)
    f = width / (cw * (1 + 2 * margin))
    height = int(ch * f * (1 + 2 * margin)) if not fill else int(width * 1.414)
    m = cv2.getRotationMatrix2D((dw / 2, dh / 2), degrees, f)
    m[0, 2] += width / 2 - dw / 2
    m[1, 2] += (height / 2 if not fill else ch * f * rng.uniform(0.6, 1.2)) - dh / 2
    out = np.full((height, width, 3), 250, np.uint8) if flatbed else _desk(width, height, rng)
    warped = cv2.warpAffine(doc, m, (width, height), flags=cv2.INTER_AREA)
    mask = cv2.warpAffine(np.full((dh, dw), 255, np.uint8), m, (width, height))
    out[mask > 127] = warped[mask > 127]
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, rng.uniform(0, 3), out.shape)
    return np.clip(out + noise, 40, 255).astype(np.uint8), _regions(page, m)


def generate_capture_page(
    index: int, seed: int = 0, capture: str | None = None, kind: str | None = None, fronts: str = "plain"
) -> tuple[str, bytes, dict]:
    """Page ``index`` of the series ``seed``: (file suffix, bytes, truth as ``id_variants.generate_variant``).
    ``fronts``: ``plain`` or ``printed`` (see the module's text; a series of its own)."""
    printed = fronts == "printed"
    rng = random.Random(f"id-captures-{seed}-{index}" + ("-printed" if printed else ""))
    capture = capture or CAPTURES[index % len(CAPTURES)]
    kind = kind or KINDS[(index // len(CAPTURES)) % len(KINDS)]
    h = holder(rng, kind)
    back_ghost = kind == "nl_td1" and rng.random() < 0.5
    sides = {
        "front": ["front"],
        "back": ["back"],
        "side_by_side": ["front", "back"],
        "stacked": ["front", "back"],
    }.get(capture) or rng.choice((["front"], ["back"], ["front", "back"]))
    emblem = rng.random() < 0.5 or printed
    draw_front = _printed_front if printed else _front
    pages = [draw_front(h, rng) if s == "front" else render_back(h, rng, back_ghost, emblem) for s in sides]
    beside = capture == "side_by_side" or (capture != "stacked" and rng.random() < 0.4)
    page = pages[0] if len(pages) == 1 else _join(pages[0], pages[1], beside, rng.randrange(30, 90))
    degrees = rng.uniform(3, 15) * rng.choice((-1, 1)) if capture == "angle" else rng.uniform(-4, 4)
    a4 = rng.random() < 0.3  # laid on a flatbed and scanned as a whole A4 page
    fill = (rng.uniform(0.35, 0.5) if len(pages) == 1 else rng.uniform(0.75, 0.9)) if a4 else 0.0
    width = rng.randrange(1100, 2400) if len(pages) == 1 and not a4 else rng.randrange(1800, 3000)
    img, regions = scan(page, rng, degrees, width, flatbed=a4 or rng.random() < 0.6, fill=fill)
    turns = {"rot90": 1, "rot180": 2, "rot270": 3}.get(capture, 0)
    if turns:
        img, regions = _turn(img, regions, turns)
    if rng.random() < 0.2:
        img = np.repeat(img.mean(axis=2, keepdims=True), 3, axis=2).astype(np.uint8)
    fmt = "jpg" if rng.random() < 0.3 else "png"
    data = encode([img], fmt, rng)
    shown = {r["type"] for r in regions}
    truth_holder = {
        "kind": kind,
        "capture": capture,
        "fronts": fronts,
        "sides": "+".join(sides),
        "document_number": h["document_number"].replace("-", ""),
        "bsn": h["bsn"] if h["bsn"] and ("bsn" in shown or "mrz" in shown) else None,
        "mrz": h["mrz"] if "mrz" in shown else [],
        "surname": h["surname"],
        "portrait": "photo",
        "quarter_turns": turns,
        "angle": round(degrees, 2),  # the scan's own turn (OpenCV's sense), before the quarter turns
    }
    return fmt, data, variant_truth(fmt, img, regions, truth_holder)


def main(argv: list[str] | None = None) -> None:
    write_variants(generate_capture_page, "id_captures", __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    main()
