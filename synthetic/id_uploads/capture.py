"""How uploads are made: flatbed scans, scanner apps, phone photographs on a desk, greyscale photocopies.

Every step that moves pixels also moves the element polygons: a side's polygons are in its own pixels, a
3×3 matrix takes them onto the page/frame, later whole-image steps (quarter turns, a scanner app's residual
perspective) multiply in their own matrix. Polygons in the ground truth are therefore exact for the output.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from .documents import Side
from .drawing import Element

A4 = (210.0, 297.0)
SKIN = [(232, 185, 152), (214, 160, 124), (176, 120, 88), (140, 92, 64), (104, 68, 48), (244, 204, 178)]


@dataclass
class Placed:
    """A side placed on the page/scene: centre in mm, rotation in degrees (counter-clockwise on screen)."""

    side: Side
    doc_index: int
    cx: float
    cy: float
    angle: float = 0.0


@dataclass
class Layer:
    """Elements of one side already mapped to output pixels."""

    doc_index: int
    side: str
    elements: list[Element]
    quad: np.ndarray  # the side's outline in output pixels


def apply(m: np.ndarray, poly: np.ndarray) -> np.ndarray:
    pts = np.hstack([poly, np.ones((len(poly), 1))]) @ m.T
    return pts[:, :2] / pts[:, 2:3]


def _m3(m23: np.ndarray) -> np.ndarray:
    return np.vstack([m23, [0, 0, 1]])


def rotated_extent(w: float, h: float, angle: float) -> tuple[float, float]:
    a = math.radians(angle)
    return abs(w * math.cos(a)) + abs(h * math.sin(a)), abs(w * math.sin(a)) + abs(h * math.cos(a))


# --- alpha masks, booklet pages, spreads -------------------------------------------------------------------


def side_alpha(side: Side, w: int, h: int) -> np.ndarray:
    """Opacity of a side at w×h px: 1 inside, rounded corners for cards (anti-aliased)."""
    a = np.zeros((h * 2, w * 2), np.uint8)
    rad = side.corner_mm * (w / side.w_mm) * 2
    if rad < 1:
        a[:] = 255
    else:
        r = int(round(rad))
        cv2.rectangle(a, (r, 0), (2 * w - 1 - r, 2 * h - 1), 255, -1)
        cv2.rectangle(a, (0, r), (2 * w - 1, 2 * h - 1 - r), 255, -1)
        for cx, cy in [(r, r), (2 * w - 1 - r, r), (r, 2 * h - 1 - r), (2 * w - 1 - r, 2 * h - 1 - r)]:
            cv2.circle(a, (cx, cy), r, 255, -1, cv2.LINE_AA)
    return cv2.resize(a, (w, h), interpolation=cv2.INTER_AREA).astype(np.float32) / 255.0


def _offset(elements: list[Element], dx: float, dy: float, **extra) -> list[Element]:
    return [Element(e.type, e.value, e.polygon + [dx, dy], {**e.extra, **extra}) for e in elements]


def booklet_page(page: Side, cover=(110, 24, 44), rng=None) -> Side:
    """A passport page with the cover showing around it (as when the open booklet lies on the glass)."""
    m = 2.6
    r = page.r
    w, h = int(round((page.w_mm + 2 * m) * r)), int(round((page.h_mm + m) * r))
    out = np.empty((h, w, 3), np.uint8)
    out[:] = cover
    ox, oy = int(round(m * r)), 0
    out[oy : oy + page.rgb.shape[0], ox : ox + page.rgb.shape[1]] = page.rgb
    # the page stack's edge
    cv2.line(out, (ox - 1, 0), (ox - 1, oy + page.rgb.shape[0]), (205, 200, 190), max(1, int(r * 0.3)))
    cv2.line(
        out,
        (ox + page.rgb.shape[1], 0),
        (ox + page.rgb.shape[1], oy + page.rgb.shape[0]),
        (205, 200, 190),
        max(1, int(r * 0.3)),
    )
    return Side(
        page.kind,
        page.side,
        page.w_mm + 2 * m,
        page.h_mm + m,
        r,
        out,
        _offset(page.elements, ox, oy),
        corner_mm=3.0,
        booklet=True,
    )


def spread(facing: Side, data: Side, cover=(110, 24, 44)) -> Side:
    """The open booklet: the facing page above the data page, cover around both, a shadow along the fold."""
    m = 3.0
    r = data.r
    w = int(round((data.w_mm + 2 * m) * r))
    h = int(round((data.h_mm * 2 + 2 * m) * r))
    out = np.empty((h, w, 3), np.uint8)
    out[:] = cover
    ox, oy1 = int(round(m * r)), int(round(m * r))
    oy2 = oy1 + facing.rgb.shape[0]
    out[oy1:oy2, ox : ox + facing.rgb.shape[1]] = facing.rgb
    out[oy2 : oy2 + data.rgb.shape[0], ox : ox + data.rgb.shape[1]] = data.rgb
    # fold shadow: darker towards the gutter
    band = int(6 * r)
    y = np.arange(h, dtype=np.float32)
    shade = 1.0 - 0.38 * np.exp(-(((y - oy2) / max(1.0, band / 2.2)) ** 2))
    out = (out.astype(np.float32) * shade[:, None, None]).astype(np.uint8)
    els = _offset(facing.elements, ox, oy1, page="facing") + _offset(data.elements, ox, oy2, page="data")
    return Side(data.kind, "spread", data.w_mm + 2 * m, data.h_mm * 2 + 2 * m, r, out, els, corner_mm=4.0, booklet=True)


# --- flat composition (flatbed, scanner app, photocopier) ---------------------------------------------------


def _region(shape, corners: np.ndarray, pad: int = 3):
    h, w = shape[:2]
    x0 = max(0, int(math.floor(corners[:, 0].min())) - pad)
    y0 = max(0, int(math.floor(corners[:, 1].min())) - pad)
    x1 = min(w, int(math.ceil(corners[:, 0].max())) + pad)
    y1 = min(h, int(math.ceil(corners[:, 1].max())) + pad)
    return x0, y0, x1, y1


def _side_at(side: Side, scale: float):
    """The side resized to ``scale`` px/mm (area-averaged when shrinking), its alpha and the px→px matrix."""
    w, h = max(2, int(round(side.w_mm * scale))), max(2, int(round(side.h_mm * scale)))
    src_h, src_w = side.rgb.shape[:2]
    if (w, h) != (src_w, src_h):
        rgb = cv2.resize(side.rgb, (w, h), interpolation=cv2.INTER_AREA if w < src_w else cv2.INTER_CUBIC)
    else:
        rgb = side.rgb
    alpha = side_alpha(side, w, h)
    s = np.diag([w / src_w, h / src_h, 1.0])
    return rgb, alpha, s


def compose(
    canvas: np.ndarray,
    placed: list[Placed],
    page_matrix: np.ndarray,
    scale: float,
    perspective: bool = False,
    shadow: float = 0.25,
    edge: float = 0.35,
) -> list[Layer]:
    """Draw each placed side onto ``canvas`` (uint8 RGB, modified in place).

    ``page_matrix`` maps scene millimetres to canvas pixels; ``scale`` is the side resolution to resample to
    first (about the canvas' px/mm where the side lands)."""
    layers = []
    for p in placed:
        rgb, alpha, s = _side_at(p.side, scale)
        h, w = alpha.shape
        # side px -> scene mm: centre at (cx, cy), rotated by angle
        to_mm = np.diag([p.side.w_mm / w, p.side.h_mm / h, 1.0])
        centre = np.array([[1, 0, -p.side.w_mm / 2], [0, 1, -p.side.h_mm / 2], [0, 0, 1]])
        rot = _m3(cv2.getRotationMatrix2D((0, 0), p.angle, 1.0))
        move = np.array([[1, 0, p.cx], [0, 1, p.cy], [0, 0, 1]])
        m = page_matrix @ move @ rot @ centre @ to_mm  # resized side px -> canvas px
        outline = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64) - 0.5
        quad = apply(m, outline)
        x0, y0, x1, y1 = _region(canvas.shape, quad)
        if x1 <= x0 or y1 <= y0:
            continue
        shift = np.array([[1, 0, -x0], [0, 1, -y0], [0, 0, 1]]) @ m
        size = (x1 - x0, y1 - y0)
        if perspective:
            src = cv2.warpPerspective(rgb, shift, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
            a = cv2.warpPerspective(alpha, shift, size, flags=cv2.INTER_LINEAR, borderValue=0)
        else:
            src = cv2.warpAffine(rgb, shift[:2], size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
            a = cv2.warpAffine(alpha, shift[:2], size, flags=cv2.INTER_LINEAR, borderValue=0)
        region = canvas[y0:y1, x0:x1].astype(np.float32)
        px_mm = max(1.0, scale)
        if shadow > 0:
            sh = cv2.GaussianBlur(a, (0, 0), max(0.8, 0.5 * px_mm))
            sh = np.roll(sh, (max(1, int(0.3 * px_mm)), max(1, int(0.3 * px_mm))), axis=(0, 1))
            region *= (1 - shadow * sh)[..., None]
        a3 = a[..., None]
        region = region * (1 - a3) + src.astype(np.float32) * a3
        if edge > 0:
            k = max(1, int(round(0.15 * px_mm)))
            rim = a - cv2.erode(a, np.ones((2 * k + 1, 2 * k + 1), np.uint8))
            region *= (1 - edge * np.clip(rim, 0, 1))[..., None]
        canvas[y0:y1, x0:x1] = np.clip(region, 0, 255).astype(np.uint8)
        full = page_matrix @ move @ rot @ centre @ to_mm @ s  # original side px -> canvas px
        els = [Element(e.type, e.value, apply(full, e.polygon), e.extra) for e in p.side.elements]
        layers.append(Layer(p.doc_index, p.side.side, els, quad))
    return layers


def transform_layers(layers: list[Layer], m: np.ndarray) -> list[Layer]:
    return [
        Layer(
            lay.doc_index,
            lay.side,
            [Element(e.type, e.value, apply(m, e.polygon), e.extra) for e in lay.elements],
            apply(m, lay.quad),
        )
        for lay in layers
    ]


def quarter_turn(img: np.ndarray, degrees_cw: int) -> tuple[np.ndarray, np.ndarray]:
    """Rotate by 90/180/270° clockwise; returns the image and the point matrix (pixel centres)."""
    h, w = img.shape[:2]
    if degrees_cw == 90:
        return np.ascontiguousarray(np.rot90(img, -1)), np.array([[0, -1, h - 1], [1, 0, 0], [0, 0, 1]], float)
    if degrees_cw == 180:
        return np.ascontiguousarray(np.rot90(img, 2)), np.array([[-1, 0, w - 1], [0, -1, h - 1], [0, 0, 1]], float)
    if degrees_cw == 270:
        return np.ascontiguousarray(np.rot90(img, 1)), np.array([[0, 1, 0], [-1, 0, w - 1], [0, 0, 1]], float)
    return img, np.eye(3)


# --- backgrounds --------------------------------------------------------------------------------------------


def _smooth_noise(rng: np.random.Generator, h: int, w: int, cells: int) -> np.ndarray:
    small = rng.normal(0, 1, (max(2, h // cells), max(2, w // cells))).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def scanner_bed(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    """The inside of a scanner lid: near white, faintly uneven."""
    base = rng.uniform(242, 253)
    n = _smooth_noise(rng, h, w, max(8, min(h, w) // 6)) * rng.uniform(0.5, 2.0)
    tint = np.array([1.0, rng.uniform(0.995, 1.0), rng.uniform(0.985, 1.0)], np.float32)
    img = (base + n)[..., None] * tint
    return np.clip(img, 0, 255).astype(np.uint8)


def desk(rng: np.random.Generator, h: int, w: int) -> tuple[np.ndarray, str]:
    kind = str(rng.choice(["wood", "wood", "laminate", "fabric", "stone"]))
    if kind == "wood":
        c0 = np.array(rng.choice([(150, 100, 60), (186, 138, 90), (112, 74, 46), (200, 160, 112)]), np.float32)
        c1 = c0 * rng.uniform(0.62, 0.8)
        # grain along a random direction: stripes across it, slowly wandering, with fine streaks along it
        big = int(math.hypot(h, w)) // 4 + 2
        across = np.linspace(0, rng.uniform(30, 70), big, dtype=np.float32)[:, None]
        wander = (
            cv2.resize(
                rng.normal(0, 1, (big // 32 + 2, 6)).astype(np.float32), (big, big), interpolation=cv2.INTER_CUBIC
            )
            * 1.3
        )
        streak = cv2.resize(
            rng.normal(0, 1, (big, max(2, big // 40))).astype(np.float32), (big, big), interpolation=cv2.INTER_LINEAR
        )
        t = 0.5 + 0.5 * np.sin(across + wander)
        t = np.clip(t**3 + 0.18 * streak, 0, 1)
        rot = cv2.getRotationMatrix2D((big / 2, big / 2), float(rng.uniform(0, 180)), 1.0)
        t = cv2.warpAffine(t, rot, (big, big), borderMode=cv2.BORDER_REFLECT)
        t = t[(big - h // 4) // 2 : (big - h // 4) // 2 + h // 4, (big - w // 4) // 2 : (big - w // 4) // 2 + w // 4]
        small = c0 * (1 - t[..., None]) + c1 * t[..., None]
        img = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    elif kind == "laminate":
        c0 = np.array(rng.choice([(226, 226, 222), (200, 204, 208), (236, 232, 220)]), np.float32)
        img = c0 + _smooth_noise(rng, h, w, max(4, w // 30))[..., None] * 4
    elif kind == "fabric":
        c0 = np.array(rng.choice([(48, 60, 84), (70, 70, 74), (36, 80, 64), (90, 40, 44)]), np.float32)
        fine = rng.normal(0, 6, (h // 2, w // 2)).astype(np.float32)
        img = c0 + cv2.resize(fine, (w, h))[..., None] + _smooth_noise(rng, h, w, max(4, w // 20))[..., None] * 5
    else:
        c0 = np.array(rng.choice([(170, 170, 165), (120, 118, 116), (210, 204, 196)]), np.float32)
        speck = rng.normal(0, 14, (h // 3, w // 3)).astype(np.float32)
        img = c0 + cv2.resize(speck, (w, h))[..., None] + _smooth_noise(rng, h, w, max(4, w // 12))[..., None] * 8
    return np.clip(img, 0, 255).astype(np.uint8), kind


# --- photographic effects -------------------------------------------------------------------------------------


def illumination(img: np.ndarray, rng: np.random.Generator, strength: float) -> np.ndarray:
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0 : h // 8 + 1, 0 : w // 8 + 1].astype(np.float32)
    a = rng.uniform(0, 2 * math.pi)
    t = (xx / max(1, w // 8) - 0.5) * math.cos(a) + (yy / max(1, h // 8) - 0.5) * math.sin(a)
    cx, cy = rng.uniform(0.3, 0.7), rng.uniform(0.3, 0.7)
    vig = (xx / max(1, w // 8) - cx) ** 2 + (yy / max(1, h // 8) - cy) ** 2
    gain = 1.0 + strength * t - strength * 0.8 * vig
    gain = cv2.resize(gain, (w, h), interpolation=cv2.INTER_LINEAR)
    return np.clip(img.astype(np.float32) * gain[..., None], 0, 255).astype(np.uint8)


def glare(img: np.ndarray, rng: np.random.Generator, centre, axes, angle: float, strength: float) -> np.ndarray:
    h, w = img.shape[:2]
    f = 4
    yy, xx = np.mgrid[0 : h // f + 1, 0 : w // f + 1].astype(np.float32) * f
    ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    dx, dy = xx - centre[0], yy - centre[1]
    u = (dx * ca + dy * sa) / axes[0]
    v = (-dx * sa + dy * ca) / axes[1]
    g = np.exp(-(u * u + v * v) * 1.6) * strength
    g = cv2.resize(g, (w, h), interpolation=cv2.INTER_LINEAR)[..., None]
    out = img.astype(np.float32)
    return np.clip(out + (255 - out) * g, 0, 255).astype(np.uint8)


def hand(
    img: np.ndarray, rng: np.random.Generator, doc_quad: np.ndarray, forbidden: list[np.ndarray], px_per_mm: float
):
    """A thumb (and the rest of the hand) holding the document at one edge, never over a sensitive element.

    Returns the image and the thumb's polygon, or None when no edge position keeps clear of the elements."""
    h, w = img.shape[:2]
    f = 4
    block = np.zeros((h // f + 1, w // f + 1), np.uint8)
    for poly in forbidden:
        cv2.fillPoly(block, [np.round(poly / f).astype(np.int32)], 1)
    centre = doc_quad.mean(axis=0)
    skin = np.array(SKIN[int(rng.integers(0, len(SKIN)))], np.float32)
    thumb_w, thumb_l = 19 * px_per_mm, 52 * px_per_mm
    overlap = rng.uniform(1.2, 2.6) * px_per_mm
    for _ in range(24):
        i = int(rng.integers(0, 4))
        p0, p1 = doc_quad[i], doc_quad[(i + 1) % 4]
        t = rng.uniform(0.2, 0.8)
        p = p0 + (p1 - p0) * t
        edge = (p1 - p0) / max(1e-6, np.linalg.norm(p1 - p0))
        normal = np.array([edge[1], -edge[0]])
        if np.dot(normal, p - centre) < 0:
            normal = -normal
        tip = p - normal * overlap
        axis_c = tip + normal * thumb_l / 2
        ang = math.degrees(math.atan2(normal[1], normal[0]))
        thumb = cv2.ellipse2Poly(
            (int(axis_c[0]), int(axis_c[1])), (int(thumb_l / 2), int(thumb_w / 2)), int(ang), 0, 360, 8
        )
        mask = np.zeros_like(block)
        cv2.fillPoly(mask, [np.round(thumb / f).astype(np.int32)], 1)
        if np.any(mask & block):
            continue
        palm_c = tip + normal * (thumb_l * 0.95) + edge * rng.choice([-1, 1]) * thumb_w * 0.9
        palm = cv2.ellipse2Poly(
            (int(palm_c[0]), int(palm_c[1])), (int(thumb_l * 0.75), int(thumb_l * 0.55)), int(ang), 0, 360, 8
        )
        small = np.zeros_like(block)
        cv2.fillPoly(small, [np.round(palm / f).astype(np.int32)], 1)
        if np.any(small & block):
            small[:] = 0  # the palm would cover an element: the thumb alone
        cv2.fillPoly(small, [np.round(thumb / f).astype(np.int32)], 1)
        small = small.astype(np.float32)
        soft = cv2.GaussianBlur(small, (0, 0), max(0.5, 0.6 * px_per_mm / f))
        inner = cv2.GaussianBlur(small, (0, 0), max(1.0, 5 * px_per_mm / f))
        soft = cv2.resize(soft, (w, h), interpolation=cv2.INTER_LINEAR)
        inner = cv2.resize(inner, (w, h), interpolation=cv2.INTER_LINEAR)
        colour = skin[None, None, :] * (0.72 + 0.32 * inner[..., None])
        out = img.astype(np.float32) * (1 - soft[..., None]) + colour * soft[..., None]
        # the nail, near the tip
        nail_c = tip + normal * thumb_l * 0.14
        cv2.ellipse(
            out,
            (int(nail_c[0]), int(nail_c[1])),
            (int(thumb_l * 0.1), int(thumb_w * 0.3)),
            ang,
            0,
            360,
            tuple(float(v) for v in np.clip(skin * 1.12 + 12, 0, 255)),
            -1,
            cv2.LINE_AA,
        )
        return np.clip(out, 0, 255).astype(np.uint8), thumb.astype(np.float64)
    return img, None


def jpeg_roundtrip(img: np.ndarray, quality: int) -> np.ndarray:
    code = cv2.COLOR_RGB2BGR if img.ndim == 3 else None
    bgr = cv2.cvtColor(img, code) if code is not None else img
    ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    dec = cv2.imdecode(buf, cv2.IMREAD_UNCHANGED)
    return cv2.cvtColor(dec, cv2.COLOR_BGR2RGB) if code is not None else dec


def noise(img: np.ndarray, rng: np.random.Generator, sigma: float, chroma: float = 0.0) -> np.ndarray:
    out = img.astype(np.float32)
    lum = rng.standard_normal(img.shape[:2], dtype=np.float32) * sigma
    out += lum[..., None] if img.ndim == 3 else lum
    if chroma > 0 and img.ndim == 3:
        out += rng.standard_normal(img.shape, dtype=np.float32) * chroma
    return np.clip(out, 0, 255).astype(np.uint8)


def photocopy(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Greyscale copier look: levels pushed (paper to white, ink darker), toner specks, a streak."""
    g = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY).astype(np.float32)
    black, white = rng.uniform(25, 70), rng.uniform(196, 228)
    g = np.clip((g - black) / (white - black), 0, 1) ** rng.uniform(0.8, 1.35) * 255
    h, w = g.shape
    n = int(h * w * rng.uniform(2e-5, 1.2e-4))
    ys, xs = rng.integers(0, h, n), rng.integers(0, w, n)
    g[ys, xs] = rng.uniform(0, 90, n)
    if rng.random() < 0.6:
        x = int(rng.integers(0, w))
        width = max(1, int(w * rng.uniform(0.0008, 0.003)))
        g[:, x : x + width] *= rng.uniform(0.82, 0.95)
    if rng.random() < 0.5:  # the lid was not closed: dark margins along one or two edges
        d = int(min(h, w) * rng.uniform(0.01, 0.03))
        if rng.random() < 0.5:
            g[:, :d] *= 0.35
        else:
            g[-d:, :] *= 0.35
    g = cv2.GaussianBlur(g, (0, 0), rng.uniform(0.3, 0.8))
    g += rng.normal(0, rng.uniform(2, 6), g.shape)
    return np.clip(g, 0, 255).astype(np.uint8)
