"""Drawing primitives: fonts, a millimetre canvas that records element polygons, security-print patterns,
signatures and portraits.

A Canvas is one document side drawn at ``r`` pixels per millimetre. Layout code works in millimetres; every
sensitive element drawn is recorded with its polygon in the canvas' pixel coordinates (OpenCV convention:
pixel centres at integer coordinates), which the capture code later maps through its own transforms.
"""

from __future__ import annotations

import functools
import math
import os
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/TTF", "/usr/share/fonts/dejavu", "/usr/share/fonts"]
# Preferred file, then the fonts-dejavu-core file used when fonts-dejavu-extra is not installed.
FONT_FILES = {
    "sans": ("DejaVuSans.ttf",),
    "bold": ("DejaVuSans-Bold.ttf", "DejaVuSans.ttf"),
    "cond": ("DejaVuSansCondensed.ttf", "DejaVuSans.ttf"),
    "cond_bold": ("DejaVuSansCondensed-Bold.ttf", "DejaVuSans-Bold.ttf"),
    "light": ("DejaVuSans-ExtraLight.ttf", "DejaVuSans.ttf"),
    "oblique": ("DejaVuSans-Oblique.ttf", "DejaVuSans.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSans.ttf"),
    "serif_bold": ("DejaVuSerif-Bold.ttf", "DejaVuSans-Bold.ttf"),
    "serif_italic": ("DejaVuSerif-Italic.ttf", "DejaVuSerif.ttf"),
    "serif_cond": ("DejaVuSerifCondensed.ttf", "DejaVuSerif.ttf"),
    "mono": ("DejaVuSansMono.ttf",),
    "mono_bold": ("DejaVuSansMono-Bold.ttf", "DejaVuSansMono.ttf"),
}


@functools.lru_cache(maxsize=64)
def _font_path(name: str) -> str | None:
    for filename in FONT_FILES[name] + ("DejaVuSans.ttf",):
        for folder in FONT_DIRS:
            if os.path.isdir(folder):
                for root, _dirs, files in os.walk(folder):
                    if filename in files:
                        return os.path.join(root, filename)
    return None


@functools.lru_cache(maxsize=512)
def font(name: str, px: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = _font_path(name)
    px = max(4, int(px))
    if path is None:
        return ImageFont.load_default(size=px)
    return ImageFont.truetype(path, px)


@dataclass
class Element:
    type: str
    value: str
    polygon: np.ndarray  # (N, 2) float, pixel coordinates of the canvas it was drawn on
    extra: dict = field(default_factory=dict)


def rect_poly(x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], dtype=np.float64)


def union_poly(polys: list[np.ndarray], pad: float = 0.0) -> np.ndarray:
    pts = np.vstack(polys)
    x0, y0 = pts.min(axis=0) - pad
    x1, y1 = pts.max(axis=0) + pad
    return rect_poly(x0, y0, x1, y1)


class Canvas:
    """A document side, ``w_mm`` × ``h_mm`` at ``r`` px/mm."""

    def __init__(self, w_mm: float, h_mm: float, r: float):
        self.w_mm, self.h_mm, self.r = w_mm, h_mm, r
        self.w, self.h = int(round(w_mm * r)), int(round(h_mm * r))
        self.arr = np.full((self.h, self.w, 3), 255, np.uint8)
        self._img: Image.Image | None = None
        self.elements: list[Element] = []

    # numpy / PIL switching: drawing with cv2 works on .arr, text on the PIL image.
    @property
    def img(self) -> Image.Image:
        if self._img is None:
            self._img = Image.fromarray(self.arr)
        return self._img

    def array(self) -> np.ndarray:
        if self._img is not None:
            self.arr = np.array(self._img)
            self._img = None
        return self.arr

    def p(self, v: float) -> float:
        return v * self.r

    def pt(self, x: float, y: float) -> tuple[int, int]:
        return int(round(x * self.r)), int(round(y * self.r))

    def add(self, type_: str, value: str, polygon: np.ndarray, **extra) -> Element:
        el = Element(type_, value, np.asarray(polygon, np.float64), extra)
        self.elements.append(el)
        return el

    # --- text ----------------------------------------------------------------------------------------------------
    def text(
        self,
        x: float,
        y: float,
        s: str,
        face: str = "sans",
        size: float = 2.0,
        fill=(20, 20, 20),
        anchor: str = "ls",
        max_w: float | None = None,
        track: float = 0.0,
    ) -> np.ndarray:
        """Draw ``s`` with its anchor at (x, y) mm; ``size`` is the em size in mm. Returns the ink box polygon."""
        px = self.p(size)
        f = font(face, round(px))
        if max_w is not None:
            while px > 4 and self._width(s, f, track) > self.p(max_w):
                px *= 0.94
                f = font(face, round(px))
        draw = ImageDraw.Draw(self.img)
        if track == 0.0:
            draw.text((self.p(x), self.p(y)), s, font=f, fill=tuple(fill), anchor=anchor)
            x0, y0, x1, y1 = draw.textbbox((self.p(x), self.p(y)), s, font=f, anchor=anchor)
        else:  # letter-spaced text, left anchored only
            cx = self.p(x)
            boxes = []
            for ch in s:
                draw.text((cx, self.p(y)), ch, font=f, fill=tuple(fill), anchor="l" + anchor[1])
                if ch.strip():
                    boxes.append(draw.textbbox((cx, self.p(y)), ch, font=f, anchor="l" + anchor[1]))
                cx += f.getlength(ch) + self.p(track)
            if not boxes:
                return rect_poly(self.p(x), self.p(y), self.p(x), self.p(y))
            b = np.array(boxes)
            x0, y0, x1, y1 = b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max()
        return rect_poly(x0, y0, x1, y1)

    def _width(self, s: str, f, track: float) -> float:
        return f.getlength(s) + self.p(track) * max(0, len(s) - 1)

    def mono_line(
        self,
        x: float,
        y: float,
        s: str,
        pitch: float,
        face: str = "mono",
        fill=(25, 25, 30),
        height: float | None = None,
    ) -> np.ndarray:
        """A fixed-pitch line (the MRZ): every character centred in its own ``pitch`` mm cell.

        ``height`` scales the font so the capital height is that many mm (OCR-B's is about 2.4 mm)."""
        probe = font(face, 100)
        advance = probe.getlength("M") / 100.0
        b = probe.getbbox("M", anchor="ls")
        cap = (b[3] - b[1]) / 100.0
        em = pitch / advance * 0.98
        if height is not None:
            em = min(em, height / cap) if cap > 0 else em
        f = font(face, round(self.p(em)))
        draw = ImageDraw.Draw(self.img)
        boxes = []
        for i, ch in enumerate(s):
            cx = self.p(x + (i + 0.5) * pitch)
            draw.text((cx, self.p(y)), ch, font=f, fill=tuple(fill), anchor="ms")
            bb = draw.textbbox((cx, self.p(y)), ch, font=f, anchor="ms")
            if ch != " ":
                boxes.append(bb)
        arr = np.array(boxes, dtype=np.float64)
        return rect_poly(arr[:, 0].min(), arr[:, 1].min(), arr[:, 2].max(), arr[:, 3].max())

    def rect(
        self, x: float, y: float, w: float, h: float, fill=None, outline=None, width: float = 0.2, radius: float = 0.0
    ):
        draw = ImageDraw.Draw(self.img)
        x0, y0 = self.p(x), self.p(y)
        box = [x0, y0, max(x0, self.p(x + w) - 1), max(y0, self.p(y + h) - 1)]
        lw = max(1, round(self.p(width)))
        if radius > 0:
            draw.rounded_rectangle(box, radius=self.p(radius), fill=fill, outline=outline, width=lw)
        else:
            draw.rectangle(box, fill=fill, outline=outline, width=lw)

    def paste(
        self,
        rgb: np.ndarray,
        x: float,
        y: float,
        w: float,
        h: float,
        alpha: float = 1.0,
        mask: np.ndarray | None = None,
    ) -> np.ndarray:
        """Paste an RGB array scaled into the box (x, y, w, h) mm; ``mask`` (0..1 at box size) blends."""
        arr = self.array()
        x0, y0 = int(round(self.p(x))), int(round(self.p(y)))
        x1, y1 = int(round(self.p(x + w))), int(round(self.p(y + h)))
        tile = cv2.resize(
            rgb, (x1 - x0, y1 - y0), interpolation=cv2.INTER_AREA if rgb.shape[1] > x1 - x0 else cv2.INTER_CUBIC
        )
        a = np.full((y1 - y0, x1 - x0, 1), alpha, np.float32)
        if mask is not None:
            a = a * cv2.resize(mask.astype(np.float32), (x1 - x0, y1 - y0))[..., None]
        region = arr[y0:y1, x0:x1].astype(np.float32)
        arr[y0:y1, x0:x1] = np.clip(region * (1 - a) + tile.astype(np.float32) * a, 0, 255).astype(np.uint8)
        return rect_poly(x0, y0, x1 - 1, y1 - 1)


# --- backgrounds and security print --------------------------------------------------------------------------


def gradient(c: Canvas, top_left, bottom_right, angle_deg: float = 30.0, wobble: float = 0.0, seed: int = 0):
    """Two-colour linear gradient (computed at quarter resolution: it is smooth)."""
    h, w = c.h, c.w
    hs, ws = max(2, h // 4), max(2, w // 4)
    yy, xx = np.mgrid[0:hs, 0:ws].astype(np.float32)
    a = math.radians(angle_deg)
    t = xx * math.cos(a) + yy * math.sin(a)
    t = (t - t.min()) / max(1e-6, float(t.max() - t.min()))
    if wobble:
        t = np.clip(t + wobble * np.sin(xx / ws * 7.0 + seed) * np.cos(yy / hs * 5.0 + seed), 0, 1)
    c0 = np.array(top_left, np.float32)
    c1 = np.array(bottom_right, np.float32)
    small = c0 * (1 - t[..., None]) + c1 * t[..., None]
    c.array()
    c.arr = np.clip(cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR), 0, 255).astype(np.uint8)


def _polylines(c: Canvas, curves: list[np.ndarray], colour, width_mm: float, alpha: float = 1.0):
    """Draw curves given in mm (anti-aliased); all at once, blended with ``alpha``."""
    arr = c.array()
    pts = [np.round(p * c.r * 4).astype(np.int32).reshape(-1, 1, 2) for p in curves]
    lw = max(1, int(round(width_mm * c.r)))
    col = tuple(int(v) for v in colour)
    if alpha >= 1.0:
        cv2.polylines(arr, pts, False, col, lw, cv2.LINE_AA, shift=2)
        return
    layer = arr.copy()
    cv2.polylines(layer, pts, False, col, lw, cv2.LINE_AA, shift=2)
    cv2.addWeighted(layer, alpha, arr, 1 - alpha, 0, dst=arr)


def _polyline(c: Canvas, pts_mm: np.ndarray, colour, width_mm: float, alpha: float = 1.0):
    _polylines(c, [pts_mm], colour, width_mm, alpha)


def rosette(
    c: Canvas,
    cx: float,
    cy: float,
    R: float,
    colour,
    n_curves: int = 18,
    lobes: int = 7,
    depth: float = 0.35,
    width: float = 0.06,
    alpha: float = 0.55,
):
    """Guilloche rosette: ``n_curves`` phase-shifted epitrochoid-like loops around (cx, cy) mm."""
    t = np.linspace(0, 2 * math.pi, 900)
    layer_pts = []
    for k in range(n_curves):
        ph = 2 * math.pi * k / n_curves / lobes
        rr = R * (1 - depth + depth * np.cos(lobes * (t + ph)) ** 2) * (0.86 + 0.14 * np.sin(3 * t + k))
        layer_pts.append(np.stack([cx + rr * np.cos(t), cy + rr * np.sin(t)], axis=1))
    _polylines(c, layer_pts, colour, width, alpha)


def wave_band(
    c: Canvas,
    y0: float,
    y1: float,
    colour,
    n: int = 14,
    amp: float = 1.6,
    wavelength: float = 11.0,
    width: float = 0.05,
    alpha: float = 0.5,
    phase: float = 0.0,
    x0: float = 0.0,
    x1: float | None = None,
):
    x1 = c.w_mm if x1 is None else x1
    x = np.linspace(x0, x1, max(50, int((x1 - x0) * 4)))
    curves = []
    for k in range(n):
        yb = y0 + (y1 - y0) * k / max(1, n - 1)
        y = (
            yb
            + amp * np.sin(2 * math.pi * x / wavelength + phase + k * 0.45)
            + 0.4 * amp * np.sin(2 * math.pi * x / (wavelength * 2.7) + k * 0.2)
        )
        curves.append(np.stack([x, y], axis=1))
    _polylines(c, curves, colour, width, alpha)


def lattice(c: Canvas, colour, spacing: float = 1.6, width: float = 0.04, alpha: float = 0.35, tilt: float = 0.3):
    """Fine crossing sine lattice over the whole side."""
    x = np.linspace(-5, c.w_mm + 5, int(c.w_mm * 3))
    curves = []
    extra = int(tilt * c.w_mm / spacing) + 4
    for k in range(-extra, int(c.h_mm / spacing) + extra):
        y = k * spacing + tilt * (x - c.w_mm / 2) + 0.8 * np.sin(x / 4.0 + k * 0.3)
        curves.append(np.stack([x, y], axis=1))
        y2 = k * spacing - tilt * (x - c.w_mm / 2) + 0.8 * np.sin(x / 5.0 - k * 0.2)
        curves.append(np.stack([x, y2], axis=1))
    _polylines(c, curves, colour, width, alpha)


def microtext(c: Canvas, y: float, word: str, colour, size: float = 0.55, x0: float = 0.0, x1: float | None = None):
    x1 = c.w_mm if x1 is None else x1
    f = font("cond", round(c.p(size)))
    unit = f.getlength(word + " ")
    reps = int(c.p(x1 - x0) / max(1.0, unit)) + 1
    s = (word + " ") * reps
    draw = ImageDraw.Draw(c.img)
    draw.text((c.p(x0), c.p(y)), s, font=f, fill=tuple(colour), anchor="ls")


def stars_circle(c: Canvas, cx: float, cy: float, radius: float, star: float, colour=(255, 204, 0)):
    for k in range(12):
        a = 2 * math.pi * k / 12
        sx, sy = cx + radius * math.cos(a), cy + radius * math.sin(a)
        pts = []
        for j in range(10):
            rr = star if j % 2 == 0 else star * 0.42
            aa = -math.pi / 2 + j * math.pi / 5
            pts.append((c.p(sx + rr * math.cos(aa)), c.p(sy + rr * math.sin(aa))))
        ImageDraw.Draw(c.img).polygon(pts, fill=colour)


def eu_box(c: Canvas, x: float, y: float, w: float, h: float, code: str, blue=(0, 51, 153)):
    c.rect(x, y, w, h, fill=blue)
    stars_circle(c, x + w / 2, y + h * 0.42, min(w, h) * 0.3, min(w, h) * 0.055)
    c.text(x + w / 2, y + h * 0.93, code, "bold", min(w, h) * 0.3, fill=(255, 255, 255), anchor="ms")


def crest(c: Canvas, cx: float, cy: float, size: float, colour, alpha: float = 0.35):
    """A made-up heraldic shield with a crown: outline only, faint."""
    s = size
    t = np.linspace(0, math.pi, 60)
    left = np.stack([cx - s * 0.45 + 0 * t, cy - s * 0.3 + 0 * t], axis=1)
    shield = [left[0], (cx + s * 0.45, cy - s * 0.3)]
    bottom = np.stack([cx + s * 0.45 * np.cos(t), cy + s * 0.15 + s * 0.5 * np.sin(t)], axis=1)
    pts = np.vstack([np.array(shield), bottom, [[cx - s * 0.45, cy - s * 0.3]]])
    _polyline(c, pts, colour, size * 0.03, alpha)
    crown = np.array(
        [
            [cx - s * 0.35, cy - s * 0.38],
            [cx - s * 0.38, cy - s * 0.62],
            [cx - s * 0.18, cy - s * 0.48],
            [cx, cy - s * 0.7],
            [cx + s * 0.18, cy - s * 0.48],
            [cx + s * 0.38, cy - s * 0.62],
            [cx + s * 0.35, cy - s * 0.38],
            [cx - s * 0.35, cy - s * 0.38],
        ]
    )
    _polyline(c, crown, colour, size * 0.03, alpha)
    inner = np.stack([cx + s * 0.2 * np.cos(2 * t), cy + s * 0.05 + s * 0.22 * np.sin(2 * t)], axis=1)
    _polyline(c, inner, colour, size * 0.025, alpha)


# --- signatures ----------------------------------------------------------------------------------------------


def _catmull_rom(points: np.ndarray, per_seg: int = 16) -> np.ndarray:
    p = np.vstack([points[0], points, points[-1]])
    out = []
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
        for t in np.linspace(0, 1, per_seg, endpoint=False):
            t2, t3 = t * t, t * t * t
            out.append(
                0.5
                * ((2 * p1) + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3)
            )
    out.append(p[-2])
    return np.array(out)


def _trochoid(x0: float, x1: float, mid: float, amp: float, loops: int, rng: np.random.Generator) -> np.ndarray:
    """Cursive-looking loops: a prolate trochoid whose height wanders from letter to letter."""
    t = np.linspace(0, 2 * math.pi * loops, loops * 40)
    v = (x1 - x0) / max(1e-6, t[-1])
    b = v * rng.uniform(1.2, 2.4)
    heights = np.interp(t, np.linspace(0, t[-1], loops + 2), rng.uniform(0.45, 1.0, loops + 2))
    x = x0 + v * t - b * np.sin(t)
    y = mid - amp * heights * np.cos(t) * rng.uniform(0.8, 1.0)
    return np.stack([x, y], axis=1)


def signature(
    c: Canvas, x: float, y: float, w: float, h: float, rng: np.random.Generator, name: str, colour=(25, 30, 80)
) -> np.ndarray:
    """A scribbled signature inside the box (x, y, w, h) mm; returns the ink's bounding polygon."""
    strokes = []
    style = int(rng.integers(0, 3))
    n_letters = int(max(4, min(11, len(name.replace(" ", "")) + rng.integers(-2, 2))))
    sx = x + w * rng.uniform(0.02, 0.1)
    mid = y + h * rng.uniform(0.5, 0.62)
    # the initial: one tall loop
    loop = np.array(
        [
            [sx, y + h * 0.8],
            [sx + w * 0.04, y + h * 0.12],
            [sx + w * 0.11, y + h * 0.1],
            [sx + w * 0.09, y + h * 0.6],
            [sx + w * 0.02, y + h * 0.55],
            [sx + w * 0.16, y + h * 0.62],
        ]
    )
    strokes.append(_catmull_rom(loop + rng.normal(0, h * 0.02, loop.shape)))
    if style == 0:  # zigzag
        pts = []
        cx = sx + w * 0.16
        step = w * 0.7 / n_letters
        for _ in range(n_letters):
            pts.append([cx, y + h * rng.uniform(0.6, 0.85)])
            pts.append([cx + step * rng.uniform(0.3, 0.6), y + h * rng.uniform(0.2, 0.5)])
            cx += step
        pts.append([cx, y + h * 0.65])
        strokes.append(_catmull_rom(np.array(pts) + rng.normal(0, h * 0.015, (len(pts), 2))))
    elif style == 1:  # one run of loops
        strokes.append(_trochoid(sx + w * 0.15, x + w * rng.uniform(0.75, 0.95), mid, h * 0.28, n_letters, rng))
    else:  # two words
        split = x + w * rng.uniform(0.4, 0.55)
        strokes.append(_trochoid(sx + w * 0.14, split, mid, h * 0.25, max(2, n_letters // 3), rng))
        x2 = split + w * 0.06
        tall = np.array([[x2, mid + h * 0.2], [x2 + w * 0.03, y + h * 0.12], [x2 + w * 0.05, mid + h * 0.15]])
        strokes.append(_catmull_rom(tall))
        strokes.append(_trochoid(x2 + w * 0.05, x + w * 0.95, mid, h * 0.22, max(3, n_letters // 2), rng))
    if rng.random() < 0.7:
        flourish = np.array(
            [
                [x + w * 0.08, y + h * 0.92],
                [x + w * 0.4, y + h * rng.uniform(0.8, 0.95)],
                [x + w * 0.7, y + h * rng.uniform(0.72, 0.9)],
                [x + w * 0.95, y + h * rng.uniform(0.55, 0.8)],
            ]
        )
        strokes.append(_catmull_rom(flourish))
    slant = rng.uniform(-0.1, 0.35)
    allpts = []
    width = max(0.16, h * rng.uniform(0.03, 0.05))
    for curve in strokes:
        curve = curve.copy()
        curve[:, 0] += (mid - curve[:, 1]) * slant
        curve[:, 0] = np.clip(curve[:, 0], x, x + w)
        curve[:, 1] = np.clip(curve[:, 1], y, y + h)
        _polyline(c, curve, colour, width)
        allpts.append(curve)
    pts_px = np.vstack(allpts) * c.r
    pad = width * c.r / 2 + 1
    return rect_poly(
        pts_px[:, 0].min() - pad, pts_px[:, 1].min() - pad, pts_px[:, 0].max() + pad, pts_px[:, 1].max() + pad
    )
