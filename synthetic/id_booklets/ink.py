"""Drawing and number helpers of the booklet battery: text as ink masks, security print, portraits, signatures,
ICAO 9303 check digits and the TD3 MRZ, the BSN's 11-proef.

Text itself is drawn with tuning family 3's helpers (`synthetic/id_family3/draw.py`); what is drawn here differs.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import cv2
import numpy as np
from skimage import data as skdata

from synthetic.id_family3.draw import blend, crop_ink

RGB = tuple[int, int, int]


def rgb(values: object) -> RGB:
    r, g, b = (int(v) for v in np.asarray(values).reshape(-1)[:3])
    return (r, g, b)


def _polyline(layer: np.ndarray, xs: np.ndarray, ys: np.ndarray, thickness: int = 1) -> None:
    pts = np.stack([xs, ys], 1).astype(np.int32).reshape(-1, 1, 2)
    cv2.polylines(layer, [pts], False, (255,), thickness, cv2.LINE_AA)


def background(w: int, h: int, base: RGB, rng: np.random.Generator) -> np.ndarray:
    """A tinted page: a soft two-colour gradient plus faint paper grain."""
    other = np.clip(np.array(base) + rng.integers(-28, 28, 3), 150, 255)
    t = (
        np.linspace(0, 1, w, dtype=np.float32)[None, :, None] * 0.6
        + np.linspace(0, 1, h, dtype=np.float32)[:, None, None] * 0.4
    )
    card = np.array(base, np.float32) * (1 - t) + other.astype(np.float32) * t
    card = card + rng.normal(0, 2.0, (h, w, 1)).astype(np.float32)
    return np.clip(card, 0, 255).astype(np.uint8)


def guilloche(card: np.ndarray, rng: np.random.Generator, colour: RGB, strength: float) -> None:
    """Interlaced hypotrochoid rosettes and wave bands."""
    h, w = card.shape[:2]
    layer = np.zeros((h, w), np.uint8)
    for _ in range(int(rng.integers(1, 4))):
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        big, small, d = rng.uniform(0.2, 0.5) * h, rng.uniform(0.03, 0.12) * h, rng.uniform(0.05, 0.2) * h
        t = np.linspace(0, 2 * np.pi * int(rng.integers(8, 20)), 6000)
        x = (big - small) * np.cos(t) + d * np.cos((big - small) / small * t) + cx
        y = (big - small) * np.sin(t) - d * np.sin((big - small) / small * t) + cy
        _polyline(layer, x, y)
    for _ in range(int(rng.integers(4, 14))):
        y0, amp, period = rng.uniform(0, h), rng.uniform(3, max(4, 0.08 * h)), rng.uniform(0.1, 0.4) * w
        xs = np.arange(0, w, 3, dtype=np.float32)
        _polyline(layer, xs, y0 + amp * np.sin(xs / period * 2 * np.pi + rng.uniform(0, 6)))
    blend(card, layer, 0, 0, colour, strength)


@lru_cache(maxsize=2)
def _source(name: str) -> np.ndarray:
    image = getattr(skdata, name)()
    return np.asarray(image if image.ndim == 3 else np.repeat(image[..., None], 3, axis=2))


# face centres and usable crop widths in the public-domain scikit-image pictures
PORTRAIT_SOURCES = {"astronaut": ((226, 125), (170, 250)), "camera": ((228, 135), (130, 190))}


def portrait(w: int, h: int, source: str, crop: float, dx: float, dy: float, mirror: bool, grey: bool,
             contrast: float) -> np.ndarray:  # fmt: skip
    """A head-and-shoulders crop of a public-domain picture."""
    (cx, cy), (lo, hi) = PORTRAIT_SOURCES[source]
    cw = lo + crop * (hi - lo)
    ch = cw * h / w
    x0 = int(np.clip(cx + dx * cw - cw / 2, 0, 512 - cw))
    y0 = int(np.clip(cy + dy * ch - ch * 0.45, 0, 512 - ch))
    out = cv2.resize(_source(source)[y0 : y0 + int(ch), x0 : x0 + int(cw)], (w, h), interpolation=cv2.INTER_AREA)
    pic = out.astype(np.float32)
    if mirror:
        pic = pic[:, ::-1]
    if grey:
        pic = np.repeat(pic.mean(axis=2, keepdims=True), 3, axis=2)
    return np.clip((pic - 128) * contrast + 128, 0, 255).astype(np.uint8)


def ghost(photo: np.ndarray, w: int, h: int, mono: bool, colour: RGB) -> tuple[np.ndarray, np.ndarray]:
    """The small secondary portrait; returns (rgb, alpha 0-1)."""
    small = cv2.resize(photo, (w, h), interpolation=cv2.INTER_AREA).astype(np.float32)
    darkness = (255 - small.mean(axis=2)) / 255.0
    if mono:
        return np.broadcast_to(np.array(colour, np.float32), small.shape).copy(), np.clip(0.25 + 0.75 * darkness, 0, 1)
    return small, np.ones(small.shape[:2], np.float32)


def signature_mask(rng: np.random.Generator, w: int, h: int) -> np.ndarray:
    """A scribbled cursive stroke."""
    canvas = np.zeros((h, w), np.uint8)
    t = np.linspace(0, 1, 400)
    x = t * w * 0.9 + w * 0.05
    y = np.full(400, h / 2.0)
    for _ in range(4):
        y = y + rng.uniform(0.05, 0.22) * h * np.sin(2 * np.pi * (rng.uniform(2, 9) * t + rng.uniform(0, 1)))
    x = x + rng.uniform(0.01, 0.04) * w * np.sin(2 * np.pi * rng.uniform(6, 14) * t)
    _polyline(canvas, x, np.clip(y, 2, h - 3), max(1, h // 28))
    return crop_ink(canvas)


# ---------------------------------------------------------------- numbers


def check_digit(text: str) -> str:
    """ICAO 9303 check digit: weights 7, 3, 1; digits as themselves, A-Z as 10-35, '<' as 0."""
    total = 0
    for i, ch in enumerate(text):
        value = int(ch) if ch.isdigit() else (ord(ch) - 55 if ch.isalpha() else 0)
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def mrz_text(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().upper().replace("'", "")
    return re.sub("<+", "<", "".join(ch if ch.isalnum() else "<" for ch in plain))


def td3(number: str, born: str, sex: str, expiry: str, surname: str, given: str) -> list[str]:
    """The two 44-character lines of a Dutch passport's MRZ (no personal number since 2021)."""
    name = mrz_text(surname).strip("<") + "<<" + mrz_text(given).strip("<")
    line1 = ("P<NLD" + name)[:44].ljust(44, "<")
    field = number.ljust(9, "<")
    part = field + check_digit(field) + "NLD" + born + check_digit(born) + sex + expiry + check_digit(expiry)
    tail = "<" * 14 + check_digit("<" * 14)
    composite = part[0:10] + part[13:20] + part[21:28] + tail
    return [line1, part + tail + check_digit(composite)]
