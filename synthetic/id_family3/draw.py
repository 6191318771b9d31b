"""Drawing primitives: text as ink masks, security print, portraits, signatures (tuning family 3).

Text is rendered to a tight ink mask first and then blended onto the card, so the box a truth file gets is the ink
box of exactly what was drawn. Cards are numpy RGB arrays (uint8) throughout.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from skimage import data as skdata

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
TTF_FACES = [
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif.ttf",
    "DejaVuSerif-Bold.ttf",
    "DejaVuSerifCondensed.ttf",
    "DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
]
HERSHEY = [cv2.FONT_HERSHEY_SIMPLEX, cv2.FONT_HERSHEY_DUPLEX, cv2.FONT_HERSHEY_COMPLEX, cv2.FONT_HERSHEY_TRIPLEX]
Box = tuple[int, int, int, int]  # x0, y0, x1, y1 (x1, y1 exclusive)


@dataclass(frozen=True)
class Font:
    """A typeface: 'ttf' (a DejaVu file), 'pil' (Pillow's built-in scalable font) or 'hershey' (OpenCV)."""

    source: str
    name: str = ""
    hershey: int = 0
    weight: int = 1  # stroke thickness factor for Hershey fonts


def random_font(rng: np.random.Generator, allow_hershey: bool = True) -> Font:
    pick = rng.random()
    if pick < 0.6 or not allow_hershey:
        return Font("ttf", str(rng.choice(TTF_FACES)))
    if pick < 0.8:
        return Font("pil")
    return Font("hershey", hershey=int(rng.choice(HERSHEY)), weight=int(rng.integers(1, 3)))


@lru_cache(maxsize=256)
def _pil_font(source: str, name: str, size: int) -> ImageFont.FreeTypeFont:
    if source == "pil":
        return ImageFont.load_default(size)  # type: ignore[return-value]
    return ImageFont.truetype(DEJAVU + name, size)


def crop_ink(mask: np.ndarray) -> np.ndarray:
    ys, xs = np.nonzero(mask > 40)
    if len(xs) == 0:
        return np.zeros((1, 1), np.uint8)
    return mask[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]


@lru_cache(maxsize=4096)
def _text_mask_cached(text: str, font: Font, cap: int) -> np.ndarray:
    if font.source == "hershey":
        # Hershey fonts hold ASCII only (they draw '?' for 'ë'): print the letter without its accent instead
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        scale = cap / 22.0  # Hershey capitals are about 22 px tall at scale 1
        thick = max(1, round(scale * font.weight * 1.2))
        (w, h), base = cv2.getTextSize(text, font.hershey, scale, thick)
        canvas = np.zeros((h + base + 2 * thick + 4, w + 2 * thick + 4), np.uint8)
        cv2.putText(canvas, text, (thick + 2, h + thick + 2), font.hershey, scale, 255, thick, cv2.LINE_AA)
        return crop_ink(canvas)
    pil = _pil_font(font.source, font.name, max(6, round(cap * 1.38)))
    x0, y0, x1, y1 = pil.getbbox(text)
    image = Image.new("L", (int(x1 - x0) + 4, int(y1 - y0) + 4), 0)
    ImageDraw.Draw(image).text((2 - x0, 2 - y0), text, fill=255, font=pil)
    return crop_ink(np.asarray(image))


def text_mask(text: str, font: Font, cap: int) -> np.ndarray:
    """The ink of `text` (0-255, tightly cropped) with capitals about `cap` pixels tall."""
    return _text_mask_cached(text, font, max(5, int(cap)))


def blend(
    card: np.ndarray, mask: np.ndarray, x: int, y: int, colour: tuple[int, int, int], opacity: float = 1.0
) -> Box:
    """Blend `colour` through `mask` onto `card` at (x, y), clipped to the card; returns the drawn box."""
    h, w = mask.shape[:2]
    x0, y0, x1, y1 = max(0, x), max(0, y), min(card.shape[1], x + w), min(card.shape[0], y + h)
    if x1 <= x0 or y1 <= y0:
        return (x0, y0, x0, y0)
    alpha = mask[y0 - y : y1 - y, x0 - x : x1 - x].astype(np.float32)[..., None] * (opacity / 255.0)
    region = card[y0:y1, x0:x1].astype(np.float32)
    card[y0:y1, x0:x1] = (region * (1 - alpha) + np.array(colour, np.float32) * alpha).astype(np.uint8)
    return (x0, y0, x1, y1)


def put_text(card: np.ndarray, text: str, x: int, y: int, font: Font, cap: int, colour: tuple[int, int, int]) -> Box:
    return blend(card, text_mask(text, font, cap), x, y, colour)


def monospace_line(text: str, font: Font, cell_w: float, cell_h: int) -> np.ndarray:
    """An MRZ line: every character centred in a fixed cell, whatever the font's own advance widths."""
    width = int(round(cell_w * len(text)))
    line = np.zeros((cell_h, width), np.uint8)
    for i, ch in enumerate(text):
        glyph = text_mask(ch, font, int(cell_h * 0.92))
        gh, gw = glyph.shape
        if gw > cell_w * 0.95:  # squeeze wide glyphs into their cell
            glyph = cv2.resize(glyph, (max(1, int(cell_w * 0.9)), gh), interpolation=cv2.INTER_AREA)
            gh, gw = glyph.shape
        gx = int(i * cell_w + (cell_w - gw) / 2)
        gy = cell_h - gh if ch != "<" else (cell_h - gh) // 2  # chevrons sit mid-height
        gy = max(0, gy)
        region = line[gy : gy + gh, gx : gx + gw]
        np.maximum(region, glyph[: region.shape[0], : region.shape[1]], out=region)
    return crop_ink(line)


# ---------------------------------------------------------------- security print


def background(w: int, h: int, base: tuple[int, int, int], rng: np.random.Generator) -> np.ndarray:
    """A tinted card: a soft two-colour gradient plus faint paper grain."""
    other = np.clip(np.array(base) + rng.integers(-28, 28, 3), 150, 255)
    t = (
        np.linspace(0, 1, w, dtype=np.float32)[None, :, None] * 0.6
        + np.linspace(0, 1, h, dtype=np.float32)[:, None, None] * 0.4
    )
    card = np.array(base, np.float32) * (1 - t) + other.astype(np.float32) * t
    card += rng.normal(0, 2.0, (h, w, 1)).astype(np.float32)
    return np.clip(card, 0, 255).astype(np.uint8)


def guilloche(card: np.ndarray, rng: np.random.Generator, colour: tuple[int, int, int], strength: float) -> None:
    """Fine interlaced hypotrochoid rosettes and wave bands, as on banknotes and ID cards."""
    h, w = card.shape[:2]
    layer = np.zeros((h, w), np.uint8)
    for _ in range(int(rng.integers(1, 4))):
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        big, small, d = rng.uniform(0.2, 0.5) * h, rng.uniform(0.03, 0.12) * h, rng.uniform(0.05, 0.2) * h
        t = np.linspace(0, 2 * np.pi * int(rng.integers(8, 20)), 6000)
        x = (big - small) * np.cos(t) + d * np.cos((big - small) / small * t) + cx
        y = (big - small) * np.sin(t) - d * np.sin((big - small) / small * t) + cy
        pts = np.stack([x, y], 1).astype(np.int32)[None]
        cv2.polylines(layer, pts, False, 255, 1, cv2.LINE_AA)
    for _ in range(int(rng.integers(4, 14))):  # wave bands
        y0, amp, period = rng.uniform(0, h), rng.uniform(3, 0.08 * h), rng.uniform(0.1, 0.4) * w
        xs = np.arange(0, w, 3, dtype=np.float32)
        ys = y0 + amp * np.sin(xs / period * 2 * np.pi + rng.uniform(0, 6))
        cv2.polylines(layer, np.stack([xs, ys], 1).astype(np.int32)[None], False, 255, 1, cv2.LINE_AA)
    blend(card, layer, 0, 0, colour, strength)


def microtext(card: np.ndarray, rng: np.random.Generator, words: str, colour: tuple[int, int, int]) -> None:
    """Rows of tiny repeated text (a line of the card's own name), too small to read at scanner resolution."""
    h, w = card.shape[:2]
    font = Font("ttf", "DejaVuSansCondensed.ttf")
    row = text_mask((words + " ") * 12, font, max(5, h // 110))
    for _ in range(int(rng.integers(1, 4))):
        blend(card, row, int(rng.integers(-w // 2, 0)), int(rng.uniform(0, h)), colour, 0.55)


def hologram(card: np.ndarray, rng: np.random.Generator, box: Box, strength: float) -> None:
    """A translucent rainbow patch with concentric rings (the kinegram), often overprinting the portrait."""
    x0, y0, x1, y1 = box
    w, h = max(2, x1 - x0), max(2, y1 - y0)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    r = np.hypot(xx - w / 2, yy - h / 2)
    hue = ((xx + yy) / (w + h) * 180 + rng.uniform(0, 180)) % 180
    hsv = np.stack([hue, np.full_like(hue, 150), np.full_like(hue, 240)], -1).astype(np.uint8)
    colour = cv2.cvtColor(hsv, cv2.COLOR_HSV2RGB).astype(np.float32)
    rings = (0.5 + 0.5 * np.sin(r / rng.uniform(3, 9))) * np.clip(1 - r / (0.5 * max(w, h)), 0, 1)
    alpha = (rings * strength)[..., None]
    cx0, cy0 = max(0, x0), max(0, y0)
    cx1, cy1 = min(card.shape[1], x0 + w), min(card.shape[0], y0 + h)
    sub = card[cy0:cy1, cx0:cx1].astype(np.float32)
    a = alpha[cy0 - y0 : cy1 - y0, cx0 - x0 : cx1 - x0]
    c = colour[cy0 - y0 : cy1 - y0, cx0 - x0 : cx1 - x0]
    card[cy0:cy1, cx0:cx1] = (sub * (1 - a) + c * a).astype(np.uint8)


def emblem(card: np.ndarray, cx: int, cy: int, radius: int, colour: tuple[int, int, int], opacity: float) -> None:
    """A crowned-shield-like emblem made of circles and a star (no real coat of arms)."""
    layer = np.zeros(card.shape[:2], np.uint8)
    cv2.circle(layer, (cx, cy), radius, 255, max(1, radius // 14), cv2.LINE_AA)
    cv2.circle(layer, (cx, cy), int(radius * 0.75), 255, max(1, radius // 24), cv2.LINE_AA)
    angles = np.linspace(-np.pi / 2, 1.5 * np.pi, 11)[:-1]
    rad = np.where(np.arange(10) % 2 == 0, radius * 0.6, radius * 0.25)
    star = np.stack([cx + rad * np.cos(angles), cy + rad * np.sin(angles)], 1).astype(np.int32)
    cv2.fillPoly(layer, [star], 255, cv2.LINE_AA)
    blend(card, layer, 0, 0, colour, opacity)


# ---------------------------------------------------------------- portraits and signatures


@lru_cache(maxsize=2)
def _source(name: str) -> np.ndarray:
    image = getattr(skdata, name)()
    return image if image.ndim == 3 else np.repeat(image[..., None], 3, axis=2)


# face centres and usable crop widths in the public-domain scikit-image pictures
PORTRAIT_SOURCES = {"astronaut": ((226, 125), (170, 250)), "camera": ((228, 135), (130, 190))}


def portrait(w: int, h: int, style: dict[str, object]) -> np.ndarray:
    """A head-and-shoulders crop of a public-domain picture: the style's crop, scale, mirror, tint, contrast, colour."""
    name = str(style["source"])
    (cx, cy), (lo, hi) = PORTRAIT_SOURCES[name]
    src = _source(name)
    cw = lo + float(style["crop_width"]) * (hi - lo)  # type: ignore[arg-type]
    ch = cw * h / w
    cx += float(style["crop_dx"]) * cw  # type: ignore[arg-type]
    cy += float(style["crop_dy"]) * ch  # type: ignore[arg-type]
    x0, y0 = int(np.clip(cx - cw / 2, 0, 512 - cw)), int(np.clip(cy - ch * 0.45, 0, 512 - ch))
    crop = src[y0 : y0 + int(ch), x0 : x0 + int(cw)]
    out = cv2.resize(crop, (w, h), interpolation=cv2.INTER_AREA).astype(np.float32)
    if style.get("mirror"):
        out = out[:, ::-1]
    if style.get("grey"):
        out = np.repeat(out.mean(axis=2, keepdims=True), 3, axis=2)
    contrast = float(style.get("contrast", 1.0))
    out = (out - 128) * contrast + 128 + np.array(style.get("tint", (0, 0, 0)), np.float32)
    return np.clip(out, 0, 255).astype(np.uint8)


def ghost(photo: np.ndarray, w: int, h: int, mono: bool, colour: tuple[int, int, int]) -> tuple[np.ndarray, np.ndarray]:
    """The small secondary portrait: the photo downscaled; returns (rgb, alpha 0-1) so it prints as a faint screen."""
    small = cv2.resize(photo, (w, h), interpolation=cv2.INTER_AREA).astype(np.float32)
    grey = small.mean(axis=2)
    darkness = (255 - grey) / 255.0  # laser-engraved ghosts: ink where the picture is dark
    rgb = np.broadcast_to(np.array(colour, np.float32), small.shape).copy() if mono else small
    alpha = np.clip(0.25 + 0.75 * darkness, 0, 1) if mono else np.ones_like(grey)
    return rgb, alpha


def paste(card: np.ndarray, rgb: np.ndarray, alpha: np.ndarray, x: int, y: int, opacity: float) -> Box:
    h, w = alpha.shape
    a = (alpha * opacity)[..., None]
    region = card[y : y + h, x : x + w].astype(np.float32)
    card[y : y + h, x : x + w] = (region * (1 - a) + rgb * a).astype(np.uint8)
    return (x, y, x + w, y + h)


def signature_mask(rng: np.random.Generator, w: int, h: int) -> np.ndarray:
    """A scribbled cursive stroke: a sum of sines along x with loops, drawn antialiased."""
    canvas = np.zeros((h, w), np.uint8)
    n = 400
    t = np.linspace(0, 1, n)
    x = t * w * 0.9 + w * 0.05
    y = np.full(n, h / 2.0)
    for _ in range(4):
        y += rng.uniform(0.05, 0.22) * h * np.sin(2 * np.pi * (rng.uniform(2, 9) * t + rng.uniform(0, 1)))
    x += rng.uniform(0.01, 0.04) * w * np.sin(2 * np.pi * rng.uniform(6, 14) * t)  # loops
    pts = np.stack([x, np.clip(y, 2, h - 3)], 1).astype(np.int32)[None]
    cv2.polylines(canvas, pts, False, 255, max(1, h // 28), cv2.LINE_AA)
    if rng.random() < 0.6:  # an underline flourish
        yy = int(h * rng.uniform(0.75, 0.9))
        cv2.line(
            canvas,
            (int(w * 0.1), yy),
            (int(w * rng.uniform(0.6, 0.95)), yy - int(h * 0.08)),
            255,
            max(1, h // 30),
            cv2.LINE_AA,
        )
    return crop_ink(canvas)
