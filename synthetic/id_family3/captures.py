"""Captures of tuning family 3: how drawn sides end up on an uploaded page (issue 13, point 2).

Every side is placed with a 3x3 homography from its card pixels to page pixels; the same matrix carries its
element boxes to page polygons, and a final quarter turn carries them once more. Flatbed scans (A4 or cropped),
phone photos (perspective, desk, thumb, glare, blur, noise) and greyscale photocopies.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

from .layouts import Side

SOURCE_DPI = 300.0  # layouts draw at 300 dpi
MM_PER_INCH = 25.4
MIN_MEGAPIXELS = 0.3  # issue 13: uploads of 0.3 to 12 megapixels


@dataclass
class Item:
    """One side of one document to put on the page."""

    doc_index: int
    side_name: str
    side: Side


@dataclass
class Shot:
    """A composed page: pixels (RGB or grey), the visible elements as page polygons, and capture facts."""

    image: np.ndarray
    elements: list[dict[str, object]]
    meta: dict[str, object] = field(default_factory=dict)


def _affine(m: np.ndarray) -> np.ndarray:
    out = np.eye(3)
    out[:2] = m
    return out


def translate(x: float, y: float) -> np.ndarray:
    return np.array([[1, 0, x], [0, 1, y], [0, 0, 1]], np.float64)


def scale(s: float) -> np.ndarray:
    return np.diag([s, s, 1.0])


def rotate(deg: float) -> np.ndarray:
    """Rotation about the origin, positive = clockwise on screen (y points down)."""
    a = np.deg2rad(deg)
    return np.array([[np.cos(a), -np.sin(a), 0], [np.sin(a), np.cos(a), 0], [0, 0, 1]], np.float64)


def box_polygon(box: tuple[int, int, int, int]) -> np.ndarray:
    x0, y0, x1, y1 = box
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float64)


def apply(h: np.ndarray, pts: np.ndarray) -> np.ndarray:
    return cv2.perspectiveTransform(pts.reshape(-1, 1, 2).astype(np.float64), h).reshape(-1, 2)


# ---------------------------------------------------------------- placing sides


def rotated_extent(w: float, h: float, deg: float) -> tuple[float, float]:
    a = np.deg2rad(deg)
    return abs(w * np.cos(a)) + abs(h * np.sin(a)), abs(w * np.sin(a)) + abs(h * np.cos(a))


def arrange(
    items: list[Item], stack: bool, gap_mm: float, tilts: list[float], rng: np.random.Generator
) -> tuple[list[np.ndarray], float, float]:
    """Lay items out in millimetres, above each other (stack) or side by side, each with its own tilt.

    Returns, per item, the matrix from card pixels to block millimetres, and the block's width and height in mm."""
    sizes = [
        (it.side.rgb.shape[1] * MM_PER_INCH / SOURCE_DPI, it.side.rgb.shape[0] * MM_PER_INCH / SOURCE_DPI)
        for it in items
    ]
    extents = [rotated_extent(w, h, t) for (w, h), t in zip(sizes, tilts, strict=True)]
    if stack:
        block_w = max(e[0] for e in extents)
        block_h = sum(e[1] for e in extents) + gap_mm * (len(items) - 1)
    else:
        block_w = sum(e[0] for e in extents) + gap_mm * (len(items) - 1)
        block_h = max(e[1] for e in extents)
    mats, cursor = [], 0.0
    for it, (ew, eh), t in zip(items, extents, tilts, strict=True):
        if stack:
            cx = block_w / 2 + rng.uniform(-1, 1) * (block_w - ew) / 2
            cy = cursor + eh / 2
            cursor += eh + gap_mm
        else:
            cx = cursor + ew / 2
            cy = block_h / 2 + rng.uniform(-1, 1) * (block_h - eh) / 2
            cursor += ew + gap_mm
        px = it.side.rgb.shape
        mats.append(translate(cx, cy) @ rotate(t) @ scale(MM_PER_INCH / SOURCE_DPI) @ translate(-px[1] / 2, -px[0] / 2))
    return mats, block_w, block_h


def composite(
    page: np.ndarray, items: list[Item], mats: list[np.ndarray], shadow: float = 0.0
) -> list[dict[str, object]]:
    """Warp every side onto the page (in place) and return its elements as page polygons."""
    height, width = page.shape[:2]
    elements: list[dict[str, object]] = []
    for it, m in zip(items, mats, strict=True):
        # shrink the card first with area averaging, so that the warp does not alias fine print
        s = float(np.sqrt(abs(np.linalg.det(m[:2, :2]))))
        rgb, alpha, pre = it.side.rgb, it.side.alpha, np.eye(3)
        if s < 0.9:
            size = (max(2, round(rgb.shape[1] * s)), max(2, round(rgb.shape[0] * s)))
            rgb = cv2.resize(rgb, size, interpolation=cv2.INTER_AREA)
            alpha = cv2.resize(alpha, size, interpolation=cv2.INTER_AREA)
            pre = np.diag([it.side.rgb.shape[1] / size[0], it.side.rgb.shape[0] / size[1], 1.0])
        h = m @ pre
        warped = cv2.warpPerspective(rgb, h, (width, height), flags=cv2.INTER_LINEAR)
        a = cv2.warpPerspective(alpha, h, (width, height), flags=cv2.INTER_LINEAR).astype(np.float32)[..., None] / 255
        if shadow > 0:  # a soft drop shadow under the card (phone photos on a desk)
            off = translate(width * 0.004, height * 0.006) @ h
            sh = cv2.warpPerspective(alpha, off, (width, height)).astype(np.float32)
            sh = cv2.GaussianBlur(sh, (0, 0), max(1.0, width * 0.004))[..., None] / 255
            page[:] = (page.astype(np.float32) * (1 - shadow * sh)).astype(np.uint8)
        page[:] = (page.astype(np.float32) * (1 - a) + warped.astype(np.float32) * a).astype(np.uint8)
        for e in it.side.elements:
            poly = apply(m, box_polygon(e["box"]))  # type: ignore[arg-type]
            rest = {k: v for k, v in e.items() if k != "box"}
            elements.append({**rest, "document": it.doc_index, "side": e.get("side", it.side_name), "polygon": poly})
    return elements


# ---------------------------------------------------------------- backgrounds


def paper(width: int, height: int, rng: np.random.Generator, lid_open: bool = False) -> np.ndarray:
    """White scanner paper, or the near-black of a scan made with the lid open."""
    level = rng.uniform(12, 60) if lid_open else rng.uniform(236, 254)
    page = np.full((height, width, 3), level, np.float32) + rng.normal(0, 1.2, (height, width, 1)).astype(np.float32)
    return np.clip(page, 0, 255).astype(np.uint8)


def desk(width: int, height: int, rng: np.random.Generator) -> np.ndarray:
    """A wood-grain, linoleum or plain desk, with uneven light."""
    base = np.array(
        [[150, 105, 70], [190, 160, 120], [90, 90, 95], [200, 200, 195], [60, 50, 45]][int(rng.integers(0, 5))],
        np.float32,
    )
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    freq = rng.uniform(0.01, 0.05)
    grain = np.sin(yy * freq + 6 * np.sin(xx * rng.uniform(0.002, 0.01)) + rng.uniform(0, 6)) * rng.uniform(4, 18)
    light = 1.0 - rng.uniform(0.0, 0.35) * (
        (xx / width - rng.uniform(0, 1)) ** 2 + (yy / height - rng.uniform(0, 1)) ** 2
    )
    page = (base[None, None, :] + grain[..., None]) * light[..., None]
    page += rng.normal(0, 3.0, (height, width, 1)).astype(np.float32)
    return np.clip(page, 0, 255).astype(np.uint8)


# ---------------------------------------------------------------- capture kinds


def target_megapixels(rng: np.random.Generator, low: float, high: float) -> float:
    low = min(low, high)
    return float(np.exp(rng.uniform(np.log(low), np.log(high))))


def flatbed(
    items: list[Item],
    rng: np.random.Generator,
    max_mp: float,
    *,
    stack: bool,
    cropped: bool,
    tilt_range: tuple[float, float] = (0.0, 1.0),
    for_pdf: bool = False,
) -> Shot:
    """A scanner page: A4 (the sides somewhere on it) or cropped to the sides with a small margin.

    for_pdf: the page will be a PDF, so its dpi is one that renders back to exactly its pixel size."""
    tilts = [float(rng.uniform(*tilt_range) * rng.choice([-1, 1])) for _ in items]
    mats, bw, bh = arrange(items, stack, float(rng.uniform(4, 25)), tilts, rng)
    if cropped:
        margin = float(rng.uniform(2, 15))
        page_mm = (bw + 2 * margin, bh + 2 * margin)
        offset = (margin, margin)
        mp = target_megapixels(rng, MIN_MEGAPIXELS, max_mp)
    else:
        landscape = bw > 200 or (not stack and rng.random() < 0.5 and bw > bh)
        page_mm = (297.0, 210.0) if landscape else (210.0, 297.0)
        room = (page_mm[0] - bw - 20, page_mm[1] - bh - 20)
        offset = (10 + rng.uniform(0, max(0.0, room[0])), 10 + rng.uniform(0, max(0.0, room[1])))
        if room[0] < 0 or room[1] < 0:  # too big for A4 (wide tilts): shrink the page margins, never the documents
            page_mm = (max(page_mm[0], bw + 10), max(page_mm[1], bh + 10))
            offset = (5.0, 5.0)
        mp = target_megapixels(rng, min(1.0, max_mp), max_mp)
    area_in2 = page_mm[0] * page_mm[1] / MM_PER_INCH**2
    dpi = float(np.clip(np.sqrt(mp * 1e6 / area_in2), 60, 600))
    if for_pdf:
        dpi = pdf_dpi(dpi, area_in2, max_mp)
    px_per_mm = dpi / MM_PER_INCH
    grow = min_page_growth(page_mm, px_per_mm)
    if grow > 1:  # a fixed PDF dpi left a tight crop under 0.3 megapixels: scan a wider margin instead
        extra = ((grow - 1) * page_mm[0] / 2, (grow - 1) * page_mm[1] / 2)
        page_mm = (page_mm[0] * grow, page_mm[1] * grow)
        offset = (offset[0] + extra[0], offset[1] + extra[1])
    width, height = round(page_mm[0] * px_per_mm), round(page_mm[1] * px_per_mm)
    lid_open = cropped and rng.random() < 0.25
    page = paper(width, height, rng, lid_open)
    place = scale(px_per_mm) @ translate(*offset)
    elements = composite(page, items, [place @ m for m in mats])
    page = scan_noise(page, rng)
    meta = {
        "pdf_dpi": dpi,  # used only when the page is written as a PDF
        "device": "flatbed",
        "page": "cropped" if cropped else ("A4 landscape" if page_mm[0] > page_mm[1] else "A4"),
        "scan_dpi": round(dpi, 3),
        "tilts_deg": [round(t, 2) for t in tilts],
        "arrangement": "stacked" if stack else "side_by_side",
        "lid_open": lid_open,
    }
    return Shot(page, elements, meta)


# PDF readers render a page of W * 72 / dpi points (stored as a 32-bit float) at dpi / 72 and round the size up;
# only with these dpis does that give back exactly W for every W (checked for W up to 5000).
EXACT_PDF_DPIS = (72.0, 96.0, 144.0, 288.0)


def pdf_dpi(wanted: float, area_in2: float, max_mp: float) -> float:
    """The exact-PDF dpi nearest to `wanted` whose page stays under the megapixel cap (72 if none does)."""
    fitting = [d for d in EXACT_PDF_DPIS if d * d * area_in2 / 1e6 <= max_mp] or [EXACT_PDF_DPIS[0]]
    return min(fitting, key=lambda d: abs(np.log(d / wanted)))


def min_page_growth(page_mm: tuple[float, float], px_per_mm: float, min_mp: float = MIN_MEGAPIXELS) -> float:
    """Factor by which both page sides must grow to hold at least `min_mp` megapixels (1 when they already do)."""
    mp = page_mm[0] * page_mm[1] * px_per_mm**2 / 1e6
    return 1.0 if mp >= min_mp else float(np.sqrt(min_mp / mp)) * 1.01


def scan_noise(page: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    sigma = rng.uniform(0, 0.7)
    if sigma > 0.2:
        page = cv2.GaussianBlur(page, (0, 0), sigma)
    noise = rng.normal(0, rng.uniform(0.5, 3.0), page.shape[:2] + (1,)).astype(np.float32)
    return np.clip(page.astype(np.float32) + noise, 0, 255).astype(np.uint8)


def phone(items: list[Item], rng: np.random.Generator, max_mp: float) -> Shot:
    """A phone photo of the sides lying on a desk: perspective, shadow, a thumb, glare, blur, noise."""
    tilt = float(rng.uniform(-15, 15))
    mats, bw, bh = arrange(items, bool(rng.random() < 0.6), float(rng.uniform(5, 20)), [0.0] * len(items), rng)
    mp = target_megapixels(rng, min(0.5, max_mp), max_mp)
    portrait = bh > bw
    ratio = 4 / 3 if rng.random() < 0.7 else 16 / 9
    long = np.sqrt(mp * 1e6 * ratio)
    width, height = (round(long / ratio), round(long)) if portrait else (round(long), round(long / ratio))
    page = desk(width, height, rng)
    # the block fills 45-80 % of the frame, rotated by `tilt`, then seen under perspective
    ew, eh = rotated_extent(bw, bh, tilt)
    fill = rng.uniform(0.45, 0.8)
    s = fill * min(width / ew, height / eh)
    centre = (width / 2 + rng.uniform(-0.08, 0.08) * width, height / 2 + rng.uniform(-0.08, 0.08) * height)
    block = translate(*centre) @ rotate(tilt) @ scale(s) @ translate(-bw / 2, -bh / 2)
    src = np.array([[0, 0], [bw, 0], [bw, bh], [0, bh]], np.float64)
    dst = apply(block, src)
    span = min(width, height) * rng.uniform(0.0, 0.07)
    dst = dst + rng.uniform(-span, span, dst.shape)
    persp = cv2.getPerspectiveTransform(src.astype(np.float32), dst.astype(np.float32)).astype(np.float64)
    full = [persp @ m for m in mats]
    elements = composite(page, items, full, shadow=float(rng.uniform(0.2, 0.5)))
    meta: dict[str, object] = {"device": "phone", "tilt_deg": round(tilt, 2), "perspective_px": round(float(span), 1)}
    if rng.random() < 0.6:
        meta["thumb"] = add_thumb(page, items, full, elements, rng)
    if rng.random() < 0.5:
        meta["glare"] = add_glare(page, rng)
    blur = float(rng.uniform(0.0, 1.6))
    if blur > 0.3:
        page = cv2.GaussianBlur(page, (0, 0), blur * max(1.0, width / 2000))
    page = np.clip(
        page.astype(np.float32) + rng.normal(0, rng.uniform(1, 6), page.shape).astype(np.float32), 0, 255
    ).astype(np.uint8)
    meta["blur_sigma"] = round(blur, 2)
    return Shot(page, elements, meta)


def element_mask(shape: tuple[int, int], elements: list[dict[str, object]], grow: int) -> np.ndarray:
    mask = np.zeros(shape, np.uint8)
    for e in elements:
        cv2.fillPoly(mask, [np.round(np.asarray(e["polygon"])).astype(np.int32)], 255)
    return cv2.dilate(mask, np.ones((2 * grow + 1, 2 * grow + 1), np.uint8)) if grow else mask


def add_thumb(
    page: np.ndarray,
    items: list[Item],
    mats: list[np.ndarray],
    elements: list[dict[str, object]],
    rng: np.random.Generator,
) -> bool:
    """A thumb holding a card by its edge, placed only where it covers no sensitive element."""
    height, width = page.shape[:2]
    keep_clear = element_mask((height, width), elements, grow=max(2, width // 200))
    k = int(rng.integers(0, len(items)))
    ch, cw = items[k].side.rgb.shape[:2]
    corners = apply(mats[k], np.array([[0, 0], [cw, 0], [cw, ch], [0, ch]], np.float64))
    size = float(np.linalg.norm(corners[1] - corners[0]))
    skin = np.array(
        [[224, 172, 140], [198, 134, 98], [141, 85, 60], [240, 200, 170]][int(rng.integers(0, 4))], np.float32
    )
    for _ in range(24):
        e = int(rng.integers(0, 4))
        a, b = corners[e], corners[(e + 1) % 4]
        p = a + (b - a) * rng.uniform(0.15, 0.85)
        inward = np.array([-(b - a)[1], (b - a)[0]]) / max(1e-6, float(np.linalg.norm(b - a)))
        centre = p + inward * size * rng.uniform(-0.02, 0.05)
        axes = (int(size * rng.uniform(0.08, 0.13)), int(size * rng.uniform(0.05, 0.08)))
        angle = float(np.degrees(np.arctan2(inward[1], inward[0])))
        thumb = np.zeros((height, width), np.uint8)
        cv2.ellipse(thumb, (int(centre[0]), int(centre[1])), axes, angle, 0, 360, 255, -1, cv2.LINE_AA)
        # the thumb runs from the card's edge out of the frame side: add its body behind it
        far = centre - inward * size * 0.6
        cv2.line(
            thumb, (int(centre[0]), int(centre[1])), (int(far[0]), int(far[1])), 255, int(axes[1] * 2), cv2.LINE_AA
        )
        if np.any((thumb > 0) & (keep_clear > 0)):
            continue
        shade = cv2.GaussianBlur(thumb, (0, 0), max(1.0, axes[1] / 3)).astype(np.float32)[..., None] / 255
        tone = skin * (0.85 + 0.15 * shade)
        page[:] = (page.astype(np.float32) * (1 - shade) + tone * shade).astype(np.uint8)
        return True
    return False


def add_glare(page: np.ndarray, rng: np.random.Generator) -> dict[str, float]:
    """A soft specular highlight; at most 45 % white so that ink under it stays visible."""
    height, width = page.shape[:2]
    cx, cy = rng.uniform(0.2, 0.8) * width, rng.uniform(0.2, 0.8) * height
    r = rng.uniform(0.05, 0.2) * min(width, height)
    strength = float(rng.uniform(0.2, 0.45))
    yy, xx = np.ogrid[0:height, 0:width]
    g = np.exp(-(((xx - cx) / (r * 1.6)) ** 2 + ((yy - cy) / r) ** 2)).astype(np.float32)[..., None] * strength
    page[:] = (page.astype(np.float32) * (1 - g) + 255 * g).astype(np.uint8)
    return {
        "x": round(float(cx), 1),
        "y": round(float(cy), 1),
        "radius": round(float(r), 1),
        "strength": round(strength, 2),
    }


def photocopy(shot: Shot, rng: np.random.Generator) -> Shot:
    """A greyscale photocopy: one channel, harder contrast, toner speckle, a grey cast."""
    grey = cv2.cvtColor(shot.image, cv2.COLOR_RGB2GRAY).astype(np.float32)
    gamma = rng.uniform(1.0, 1.6)
    grey = 255 * (grey / 255) ** gamma
    grey = (grey - 128) * rng.uniform(1.0, 1.3) + 128 + rng.uniform(-8, 4)
    speck = rng.random(grey.shape) < rng.uniform(0.0005, 0.003)
    grey[speck] = rng.uniform(30, 120)
    out = np.clip(grey, 0, 255).astype(np.uint8)
    return Shot(out, shot.elements, {**shot.meta, "photocopy": {"gamma": round(float(gamma), 2)}})


def app_scan(shot: Shot, rng: np.random.Generator) -> Shot:
    """What a phone scanner app makes of a photo: levels stretched (paper white, ink black), sometimes grey, and a
    PDF export dpi (96 or 144: PDF pages of any pixel size render back exactly at those)."""
    image = shot.image.astype(np.float32)
    grey = bool(rng.random() < 0.4)
    if grey:
        image = cv2.cvtColor(shot.image, cv2.COLOR_RGB2GRAY).astype(np.float32)
    lo, hi = np.percentile(image, 1.5), np.percentile(image, 98.5)
    out = np.clip((image - lo) * 255.0 / max(1.0, hi - lo), 0, 255).astype(np.uint8)
    dpi = float(rng.choice([96.0, 144.0]))
    return Shot(out, shot.elements, {**shot.meta, "app_scan": {"grey": grey}, "pdf_dpi": dpi})


def quarter_turn(shot: Shot, degrees: int) -> Shot:
    """Turn the page clockwise by 0/90/180/270 degrees, carrying the polygons along."""
    if degrees % 360 == 0:
        return shot
    height, width = shot.image.shape[:2]
    image = np.ascontiguousarray(np.rot90(shot.image, k=-(degrees // 90)))
    turned = []
    for e in shot.elements:
        p = np.asarray(e["polygon"], np.float64)
        x, y = p[:, 0], p[:, 1]
        if degrees == 90:
            q = np.stack([height - y, x], 1)
        elif degrees == 180:
            q = np.stack([width - x, height - y], 1)
        else:
            q = np.stack([y, width - x], 1)
        turned.append({**e, "polygon": q})
    return Shot(image, turned, shot.meta)
