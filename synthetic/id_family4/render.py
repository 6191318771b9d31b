"""Drawing a document side in millimetres: fonts, text with its exact ink box, backgrounds, element records."""

from __future__ import annotations

import contextlib
import functools
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
FACES = {
    "serif": "DejaVuSerif.ttf",
    "serif_bold": "DejaVuSerif-Bold.ttf",
    "serif_cond": "DejaVuSerifCondensed.ttf",
    "serif_cond_bold": "DejaVuSerifCondensed-Bold.ttf",
    "serif_italic": "DejaVuSerif-Italic.ttf",
    "sans_cond": "DejaVuSansCondensed.ttf",
    "sans_cond_bold": "DejaVuSansCondensed-Bold.ttf",
    "sans_light": "DejaVuSans-ExtraLight.ttf",
    "mono": "DejaVuSansMono.ttf",
    "mono_bold": "DejaVuSansMono-Bold.ttf",
}


def _geist(mono: bool) -> Path | None:
    """Geist (SIL OFL), bundled with the installed ``prefect`` UI, when present."""
    try:
        import prefect  # noqa: PLC0415

        base = Path(prefect.__file__).parent / "server" / "ui_v2_build" / "fonts"
    except Exception:  # noqa: BLE001
        return None
    path = base / ("GeistMono-VariableFont_wght.ttf" if mono else "Geist-VariableFont_wght.ttf")
    return path if path.exists() else None


@functools.lru_cache(maxsize=512)
def font(face: str, px: int) -> ImageFont.FreeTypeFont:
    px = max(6, int(px))
    if face.startswith("geist"):
        path = _geist(face.startswith("geist_mono"))
        if path is not None:
            f = ImageFont.truetype(str(path), px)
            with contextlib.suppress(OSError):
                f.set_variation_by_axes([700 if face.endswith("bold") else 420])
            return f
        face = "sans_cond_bold" if face.endswith("bold") else "sans_cond"
    return ImageFont.truetype(str(DEJAVU / FACES[face]), px)


def box_polygon(box) -> list[list[float]]:  # noqa: ANN001
    x0, y0, x1, y1 = box
    return [[float(x0), float(y0)], [float(x1), float(y0)], [float(x1), float(y1)], [float(x0), float(y1)]]


class Side:
    """One side of a document being drawn: an RGB image at ``s`` pixels per millimetre and the sensitive elements
    on it, each with a 4-point polygon in this side's pixels."""

    def __init__(self, name: str, w_mm: float, h_mm: float, s: float, background: np.ndarray, radius_mm: float):
        self.name = name
        self.s = s
        self.w, self.h = int(round(w_mm * s)), int(round(h_mm * s))
        self.image = Image.fromarray(background)
        self.draw = ImageDraw.Draw(self.image)
        self.elements: list[dict] = []
        self.mask = np.zeros((self.h, self.w), np.uint8)
        r = int(round(radius_mm * s))
        cv2.rectangle(self.mask, (r, 0), (self.w - 1 - r, self.h - 1), 255, -1)
        cv2.rectangle(self.mask, (0, r), (self.w - 1, self.h - 1 - r), 255, -1)
        for cx, cy in ((r, r), (self.w - 1 - r, r), (r, self.h - 1 - r), (self.w - 1 - r, self.h - 1 - r)):
            cv2.circle(self.mask, (cx, cy), r, 255, -1, cv2.LINE_AA)

    def px(self, mm: float) -> int:
        return int(round(mm * self.s))

    def text(
        self,
        x_mm: float,
        y_mm: float,
        text: str,
        face: str,
        size_mm: float,
        color=(20, 20, 30),  # noqa: ANN001
        small_caps: bool = False,
        anchor: str = "ls",
        spacing_mm: float = 0.0,
    ) -> tuple[int, int, int, int] | None:
        """Text with its baseline start at (x, y) mm (``anchor`` as Pillow's); returns the ink box in pixels."""
        size = max(6, self.px(size_mm))
        pieces: list[tuple[str, ImageFont.FreeTypeFont]] = []
        if small_caps:
            big, small = font(face, size), font(face, int(size * 0.74))
            for ch in text:
                f = small if ch.islower() else big
                pieces.append((ch.upper(), f))
        elif spacing_mm:
            f = font(face, size)
            pieces = [(ch, f) for ch in text]
        else:
            pieces = [(text, font(face, size))]
        widths = [p[1].getlength(p[0]) + (self.s * spacing_mm if spacing_mm else 0) for p in pieces]
        total = sum(widths)
        ascent, descent = font(face, size).getmetrics()
        x = x_mm * self.s
        y = y_mm * self.s
        if anchor[0] == "r":
            x -= total
        elif anchor[0] == "m":
            x -= total / 2
        if anchor[1] == "t":
            y += ascent
        elif anchor[1] == "m":
            y += ascent / 2
        pad = 4
        w = int(total + 2 * pad + size)
        h = int(ascent + descent + 2 * pad)
        mask = Image.new("L", (w, h), 0)
        md = ImageDraw.Draw(mask)
        cx = pad
        for (t, f), wd in zip(pieces, widths, strict=True):
            md.text((cx, pad + ascent), t, font=f, fill=255, anchor="ls")
            cx += wd
        arr = np.asarray(mask)
        ys, xs = np.nonzero(arr > 60)
        ox, oy = int(round(x)) - pad, int(round(y - ascent)) - pad
        self.image.paste(tuple(int(c) for c in color), (ox, oy), mask)
        if not len(xs):
            return None
        box = (ox + xs.min(), oy + ys.min(), ox + xs.max() + 1, oy + ys.max() + 1)
        return (max(0, box[0]), max(0, box[1]), min(self.w, box[2]), min(self.h, box[3]))

    def add(self, kind: str, box, **extra) -> None:  # noqa: ANN001
        if box is None:
            return
        self.elements.append({"type": kind, "side": self.name, "polygon": box_polygon(box), **extra})

    def paste(self, arr: np.ndarray, x_mm: float, y_mm: float, alpha: np.ndarray | None = None):  # noqa: ANN201
        x, y = self.px(x_mm), self.py(y_mm)
        img = Image.fromarray(arr)
        self.image.paste(img, (x, y), None if alpha is None else Image.fromarray(alpha))
        return (x, y, x + arr.shape[1], y + arr.shape[0])

    def py(self, mm: float) -> int:
        return int(round(mm * self.s))

    def array(self) -> np.ndarray:
        return np.asarray(self.image.convert("RGB")).copy()


# ---------------------------------------------------------------- backgrounds (mm grids, numpy, no textures)


def _grid(w: int, h: int, s: float) -> tuple[np.ndarray, np.ndarray]:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    return xx / s, yy / s


def _mix(a: np.ndarray, color, t: np.ndarray) -> np.ndarray:  # noqa: ANN001
    return a * (1 - t[..., None]) + np.array(color, np.float32)[None, None, :] * t[..., None]


def background(rng: np.random.Generator, w: int, h: int, s: float, palette: list, style: str) -> np.ndarray:
    """A security-print-like ground: a gradient, then ``style`` over it (``lines`` fine wavy line fields, ``stripes``
    coloured bands, ``map`` contour lines of a made-up landscape with water, ``dots`` a line-screen of dots)."""
    x, y = _grid(w, h, s)
    c0, c1 = np.array(palette[0], np.float32), np.array(palette[1], np.float32)
    ang = rng.uniform(0, np.pi)
    t = (np.cos(ang) * x / (w / s) + np.sin(ang) * y / (h / s)) * 0.5 + 0.25
    t = np.clip(t + 0.15 * np.sin(x / rng.uniform(15, 30)), 0, 1)
    img = _mix(np.broadcast_to(c0, (h, w, 3)).astype(np.float32), c1, t)
    ink = np.array(palette[2], np.float32)
    if style == "lines":
        pitch = rng.uniform(0.45, 0.8)
        amp, per = rng.uniform(0.8, 2.5), rng.uniform(8, 20)
        v = (y + amp * np.sin(x / per * 2 * np.pi) + 0.4 * np.sin(x / 3.1)) / pitch
        line = np.clip(1 - np.abs((v % 1) - 0.5) * 2 / 0.35, 0, 1)
        img = _mix(img, ink, 0.22 * line)
        v2 = (x * 0.7 - y * 0.7 + amp * np.cos(y / per * 6)) / (pitch * 1.7)
        line2 = np.clip(1 - np.abs((v2 % 1) - 0.5) * 2 / 0.25, 0, 1)
        img = _mix(img, palette[3], 0.15 * line2)
    elif style == "stripes":
        n = int(rng.integers(2, 5))
        tilt = rng.uniform(-0.5, 0.5)
        u = y + tilt * x
        widths = rng.uniform(2.5, 7, n)
        starts = np.sort(rng.uniform(-5, h / s, n))
        for i in range(n):
            band = ((u >= starts[i]) & (u < starts[i] + widths[i])).astype(np.float32)
            img = _mix(img, palette[2 + i % 2], 0.16 * band)
        pitch = rng.uniform(0.6, 1.0)
        hatch = np.clip(1 - np.abs(((x + y) / pitch % 1) - 0.5) * 5, 0, 1)
        img = _mix(img, palette[3], 0.08 * hatch)
    elif style == "map":
        f = np.zeros_like(x)
        for _ in range(6):
            kx, ky = rng.uniform(-0.25, 0.25, 2)
            f += np.sin(kx * x + ky * y + rng.uniform(0, 6.3)) * rng.uniform(0.5, 1.0)
        step = rng.uniform(0.35, 0.55)
        cont = np.clip(1 - np.abs(((f / step) % 1) - 0.5) * 2 / 0.12, 0, 1)
        img = _mix(img, ink, 0.28 * cont)
        water = (f < np.percentile(f, 12)).astype(np.float32)
        img = _mix(img, palette[3], 0.18 * water)
        road = np.clip(1 - np.abs(np.sin(x / 9 + 0.6 * np.sin(y / 7)) * 9), 0, 1)
        img = _mix(img, (205, 120, 90), 0.18 * road)
    else:  # dots
        pitch = rng.uniform(0.7, 1.1)
        r = 0.25 + 0.2 * (0.5 + 0.5 * np.sin(x / 11) * np.cos(y / 9))
        dx = (x / pitch % 1) - 0.5
        dy = (y / pitch % 1) - 0.5
        dot = (dx * dx + dy * dy < r * r * 0.5).astype(np.float32)
        img = _mix(img, ink, 0.18 * dot)
    img += rng.normal(0, 1.2, img.shape).astype(np.float32)
    return np.clip(img, 0, 255).astype(np.uint8)


def emblem(side: Side, cx_mm: float, cy_mm: float, r_mm: float, color) -> None:  # noqa: ANN001
    """A made-up round seal: concentric rings with a star of rays (no state's arms)."""
    cx, cy, r = side.px(cx_mm), side.px(cy_mm), side.px(r_mm)
    d = side.draw
    for k in (1.0, 0.82):
        d.ellipse((cx - r * k, cy - r * k, cx + r * k, cy + r * k), outline=color, width=max(1, side.px(0.25)))
    for i in range(12):
        a = i * np.pi / 6
        d.line(
            (cx + 0.2 * r * np.cos(a), cy + 0.2 * r * np.sin(a), cx + 0.7 * r * np.cos(a), cy + 0.7 * r * np.sin(a)),
            fill=color,
            width=max(1, side.px(0.2)),
        )
