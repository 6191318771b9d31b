"""Tuning pages drawn more like real uploads around the pictures: what a capture shows besides the portrait.

The tuning variants (``synthetic/id_variants``) photograph a card on a smooth, blurred background. Real uploads
are phone photos on a wood, fabric or patterned desk, with a hand holding the card, glare, JPEG blocks and sensor
noise, or washed-out scans; their cards carry holograms, coats of arms, flags and guilloche rosettes beside the
portrait, and many portraits have no frame: they fade into the card's tint. This module draws such pages with the
tuning family's own documents (``id_variants.render`` with its security prints), per seed:

- the portrait faded into the card at its edges (``frameless``), or as drawn;
- the document photographed (perspective, turned up to ±8°) on a desk: ``wood`` grain, woven ``fabric``, a
  checked or dotted ``cloth``, a ``dark`` desk with speckles, or ``plain`` (smooth, as before); sometimes a
  ``hand`` (a thumb and the palm's edge) over one side of the card, never over a sensitive region;
- sometimes a glare spot, lower contrast, a greyscale copy; sensor noise; JPEG at quality 55–90.

Truth as ``id_variants.variant_truth``: ``photo`` and ``ghost_photo`` sensitive, ``emblem`` for the prints that are
no portrait, ``hand`` for the hand, ``document`` for the card's outline on the desk. Tuning material only (never
the held-out ``synthetic/id_uploads`` family).

    python -m synthetic.id_variants_pictures --out DIR [--count N] [--seed S]
"""

from __future__ import annotations

import io
import math
import random

import cv2
import numpy as np
from PIL import Image

from synthetic import id_variants
from synthetic.id_images import Page

DESKS = ("wood", "fabric", "cloth", "dark", "plain")
FLOOR = 45  # no generated pixel is darker than this (redaction black stays distinguishable)


def _frameless(page: Page, rng: random.Random) -> None:
    """The portrait faded into the card's tint over the outer part of its box (no frame, as on 2021 Dutch cards)."""
    box = next((b for name, b in page.boxes if name == "photo"), None)
    if box is None:
        return
    x0, y0, x1, y1 = box
    img = np.asarray(page.image).astype(np.float32)
    w, h = x1 - x0, y1 - y0
    tint = np.median(img[-4:].reshape(-1, 3), axis=0)
    ramp = rng.uniform(0.12, 0.25)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    # Distance from the box's nearest side, as a share of the ramp: 0 at the side, 1 inside the ramp.
    edge = np.minimum.reduce([xx / w, (w - 1 - xx) / w, yy / h, (h - 1 - yy) / h]) / ramp
    alpha = np.clip(edge, 0.15, 1.0)[..., None]
    patch = img[y0:y1, x0:x1]
    img[y0:y1, x0:x1] = patch * alpha + tint * (1 - alpha)
    page.image.paste(Image.fromarray(img.astype(np.uint8)))


def _desk(kind: str, rng: random.Random, w: int, h: int) -> np.ndarray:
    """A desk ``w`` × ``h`` (RGB float)."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    base = np.array([rng.uniform(70, 200) for _ in range(3)], np.float32)
    noise = np.random.default_rng(rng.randrange(2**32))
    if kind == "wood":
        base = np.array([rng.uniform(120, 190), rng.uniform(80, 130), rng.uniform(40, 80)], np.float32)
        period = rng.uniform(5, 16) * w / 1000
        wave = np.sin((yy + 0.12 * xx + 10 * np.sin(xx / rng.uniform(30, 110))) / max(period, 2) * 2 * np.pi)
        knots = cv2.GaussianBlur(noise.normal(0, 1, (h, w)).astype(np.float32), (0, 0), max(2.0, w / 120))
        tex = wave * rng.uniform(10, 28) + knots / max(float(knots.std()), 1e-3) * 8
    elif kind == "fabric":
        period = max(3.0, rng.uniform(3, 7) * w / 1000)
        tex = (np.sin(xx / period * 2 * np.pi) * np.sin(yy / period * 2 * np.pi)) * rng.uniform(8, 20)
        tex += noise.normal(0, rng.uniform(4, 9), (h, w))
    elif kind == "cloth":
        cell = max(8, int(rng.uniform(0.02, 0.06) * w))
        checks = ((xx // cell + yy // cell) % 2) * rng.uniform(20, 45)
        dots = (np.hypot(xx % cell - cell / 2, yy % cell - cell / 2) < cell / 5) * rng.uniform(-40, -15)
        tex = checks + (dots if rng.random() < 0.5 else 0)
        colour = np.array([rng.uniform(-30, 30) for _ in range(3)], np.float32)
        return np.clip(base + tex[..., None] + colour * (checks[..., None] > 0), FLOOR, 255)
    elif kind == "dark":
        base = np.array([rng.uniform(50, 80)] * 3, np.float32)
        tex = (noise.random((h, w)) < 0.01) * rng.uniform(30, 70)
        tex = cv2.GaussianBlur(tex.astype(np.float32), (0, 0), 1.0) * 3
    else:
        tex = cv2.GaussianBlur(noise.normal(0, 25, (h, w)).astype(np.float32), (0, 0), 9)
    grad = np.linspace(-15, 15, w, dtype=np.float32)[None, :]
    return np.clip(base + (tex + grad)[..., None], FLOOR, 255)


def _hand(img: np.ndarray, corners: np.ndarray, rng: random.Random, keep_clear: list[np.ndarray]) -> dict | None:
    """A thumb and the palm's edge over one side of the card (``corners``, page pixels), clear of ``keep_clear``
    (sensitive regions' polygons); its region, or None when no side leaves them clear."""
    h, w = img.shape[:2]
    sides = [(0, 3), (1, 2), (0, 1), (3, 2)]
    rng.shuffle(sides)
    skin = np.array(rng.choice(((224, 180, 150), (200, 150, 115), (150, 105, 80), (105, 72, 52))), np.float32)
    for a, b in sides:
        t = rng.uniform(0.3, 0.7)
        px, py = corners[a] + t * (corners[b] - corners[a])
        centre = corners.mean(axis=0)
        out = np.array([px, py]) - centre
        out /= max(float(np.hypot(*out)), 1.0)
        size = 0.12 * float(np.hypot(*(corners[1] - corners[0])))
        # The thumb reaches a little over the card's edge; the palm lies outside it.
        thumb = (px - out[0] * 0.35 * size, py - out[1] * 0.35 * size)
        palm = (px + out[0] * 1.3 * size, py + out[1] * 1.3 * size)
        mask = np.zeros((h, w), np.uint8)
        angle = math.degrees(math.atan2(out[1], out[0]))
        cv2.ellipse(mask, (int(thumb[0]), int(thumb[1])), (int(0.8 * size), int(0.35 * size)), angle, 0, 360, 1, -1)
        cv2.ellipse(mask, (int(palm[0]), int(palm[1])), (int(1.4 * size), int(1.0 * size)), angle, 0, 360, 1, -1)
        clear = np.zeros((h, w), np.uint8)
        for poly in keep_clear:
            cv2.fillPoly(clear, [np.round(poly).astype(np.int32)], 1)
        if (mask & cv2.dilate(clear, np.ones((15, 15), np.uint8))).any():
            continue
        shade = cv2.GaussianBlur(mask.astype(np.float32), (0, 0), max(2.0, size / 8))
        light = 1 + 0.15 * np.sin(np.mgrid[0:h, 0:w][0] / max(size / 3, 1))
        hand = skin[None, None, :] * light[..., None] * (0.75 + 0.25 * shade[..., None])
        alpha = np.clip(shade * 1.5, 0, 1)[..., None]
        img[:] = np.clip(img * (1 - alpha) + hand * alpha, FLOOR, 255)
        ys, xs = np.nonzero(mask)
        return {
            "type": "hand",
            "polygon": [
                [float(xs.min()), float(ys.min())],
                [float(xs.max()), float(ys.min())],
                [float(xs.max()), float(ys.max())],
                [float(xs.min()), float(ys.max())],
            ],
        }
    return None


def photographed(page: Page, rng: random.Random, width: int, desk: str, hand: bool) -> tuple[np.ndarray, list[dict]]:
    """``page`` photographed on ``desk``, ``width`` px wide: perspective, ±8°, a hand, glare, contrast and noise."""
    doc = np.asarray(page.image).astype(np.float32)
    dh, dw = doc.shape[:2]
    margin = rng.uniform(0.06, 0.2)
    scale = width / (dw * (1 + 2 * margin))
    height = int(round(dh * scale * (1 + 2 * margin)))
    angle = math.radians(rng.uniform(-8, 8))
    cx, cy = width / 2, height / 2
    corners = []
    for x, y in ((0, 0), (dw, 0), (dw, dh), (0, dh)):
        u, v = (x - dw / 2) * scale, (y - dh / 2) * scale
        jitter = 0.04 * dw * scale
        u, v = u + rng.uniform(-jitter, jitter), v + rng.uniform(-jitter, jitter)
        corners.append((cx + u * math.cos(angle) - v * math.sin(angle), cy + u * math.sin(angle) + v * math.cos(angle)))
    matrix = cv2.getPerspectiveTransform(np.float32([(0, 0), (dw, 0), (dw, dh), (0, dh)]), np.float32(corners))
    out = _desk(desk, rng, width, height)
    warped = cv2.warpPerspective(doc, matrix, (width, height), flags=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    inside = cv2.warpPerspective(np.ones((dh, dw), np.float32), matrix, (width, height), flags=cv2.INTER_LINEAR)
    out = out * (1 - inside[..., None]) + warped * inside[..., None]
    regions = []
    for name, (x0, y0, x1, y1) in page.boxes:
        pts = cv2.perspectiveTransform(np.float32([[(x0, y0), (x1, y0), (x1, y1), (x0, y1)]]), matrix)[0]
        regions.append({"type": name, "polygon": [[round(float(x), 1), round(float(y), 1)] for x, y in pts]})
    regions.append({"type": "document", "polygon": [[round(float(x), 1), round(float(y), 1)] for x, y in corners]})
    if hand:
        sensitive = [np.array(r["polygon"]) for r in regions if r["type"] in id_variants.SENSITIVE]
        held = _hand(out, np.array(corners), rng, sensitive)
        if held:
            regions.append(held)
    if rng.random() < 0.4:
        yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
        gx, gy, r = rng.uniform(0.2, 0.8) * width, rng.uniform(0.2, 0.8) * height, rng.uniform(0.06, 0.15) * width
        out += rng.uniform(40, 100) * np.exp(-(((xx - gx) / r) ** 2 + ((yy - gy) / (0.6 * r)) ** 2))[..., None]
    look = rng.random()
    if look < 0.2:
        out = np.repeat(out.mean(axis=2, keepdims=True), 3, axis=2)  # greyscale
    elif look < 0.4:
        out = out * rng.uniform(0.5, 0.7) + rng.uniform(60, 100)  # low contrast
    sigma = rng.uniform(0, 1.0) * max(scale, 0.5)
    if sigma > 0.3:
        out = cv2.GaussianBlur(out, (0, 0), sigma)
    out += np.random.default_rng(rng.randrange(2**32)).normal(0, rng.uniform(2, 7), out.shape)
    return np.clip(out, FLOOR, 255).astype(np.uint8), regions


def generate_picture_variant(index: int, seed: int = 0, desk: str | None = None) -> tuple[str, bytes, dict]:
    """Page ``index`` of the series ``seed``: (``"jpg"``, JPEG bytes, truth as ``id_variants.variant_truth``)."""
    rng = random.Random(f"id-pictures-{seed}-{index}")
    kind = id_variants.KINDS[index % len(id_variants.KINDS)]
    style = rng.choice(("photo", "photo", "drawn", "faint", "small"))
    placement = rng.choice(id_variants.PLACEMENTS)
    with_mrz = kind != "nl_dl" and (kind == "nl_td3" or rng.random() < 0.7)
    h = id_variants.holder(rng, kind)
    ghost = rng.random() < 0.7
    ghost_style = rng.choice(id_variants.GHOSTS)
    page = id_variants.render(h, rng, style, placement, with_mrz, ghost, ghost_style, rng, rng)
    frameless = rng.random() < 0.5
    if frameless:
        _frameless(page, rng)
    desk = desk or rng.choice(DESKS)
    width = rng.choice((rng.randrange(700, 1400), rng.randrange(1400, 3000)))
    img, regions = photographed(page, rng, width, desk, hand=rng.random() < 0.35)
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, "JPEG", quality=rng.randrange(55, 91))
    truth_holder = {
        "kind": kind,
        "document_number": h["document_number"].replace("-", ""),
        "bsn": h["bsn"] if kind != "de_td1" else None,
        "mrz": h["mrz"] if with_mrz else [],
        "surname": h["surname"],
        "portrait": style,
        "frameless": frameless,
        "ghost": ghost_style if ghost else None,
        "placement": placement,
        "desk": desk,
        "quarter_turns": 0,
    }
    return "jpg", buf.getvalue(), id_variants.variant_truth("jpg", img, regions, truth_holder)


def main(argv: list[str] | None = None) -> None:
    id_variants.write_variants(generate_picture_variant, "id_pictures", __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    main()
