"""The opened booklet laid out and captured: arrangement, binding curvature, cover, then scan, phone or copy."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from .pages import PX, Page, mm

COVERS = [(92, 18, 34), (70, 16, 30), (110, 28, 44)]  # Dutch passport burgundy, in a few lights


@dataclass
class Spread:
    rgb: np.ndarray
    elements: list[dict[str, object]]  # each with "polygon" (4 x 2) in spread pixels
    turn: int  # clockwise quarter turn of the content within the spread
    meta: dict[str, object]


def _poly(box: tuple[float, float, float, float]) -> np.ndarray:
    x0, y0, x1, y1 = box
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float64)


def _curve(d: np.ndarray, depth: float, reach: float) -> np.ndarray:
    """Where a point `d` px from the binding appears: pages curve away near the fold, so they look compressed."""
    return d - depth * reach * (1 - np.exp(-d / reach))


def spread(data: Page, facing: Page, rng: np.random.Generator, binding: str, data_first: bool) -> Spread:
    """Both pages joined along the binding ('h': above each other, 'v': side by side), curved and shaded near it,
    inside a strip of cover and sometimes the edges of the next pages."""
    first, second = (data, facing) if data_first else (facing, data)
    names = ("data_page", "facing_page") if data_first else ("facing_page", "data_page")
    h, w = data.rgb.shape[:2]
    gutter = mm(float(rng.uniform(0.5, 2.5)))
    if binding == "h":
        rgb = np.full((2 * h + gutter, w, 3), 150, np.uint8)
        rgb[:h], rgb[h + gutter :] = first.rgb, second.rgb
        offsets = [(0, 0), (0, h + gutter)]
    else:
        rgb = np.full((h, 2 * w + gutter, 3), 150, np.uint8)
        rgb[:, :w], rgb[:, w + gutter :] = first.rgb, second.rgb
        offsets = [(0, 0), (w + gutter, 0)]
    elements: list[dict[str, object]] = []
    for page, name, (dx, dy) in zip((first, second), names, offsets, strict=True):
        for e in page.elements:
            box = np.asarray(e["box"], np.float64)
            x0, y0, x1, y1 = (float(b) for b in box)
            rest = {k: v for k, v in e.items() if k not in ("box", "side_hint")}
            elements.append({**rest, "side": name, "polygon": _poly((x0 + dx, y0 + dy, x1 + dx, y1 + dy))})
    # curvature: a monotone remap along the axis across the fold keeps every box a box
    axis = 1 if binding == "h" else 0  # 1: y across the fold
    size = rgb.shape[0] if axis else rgb.shape[1]
    fold = (h if binding == "h" else w) + gutter / 2
    depth, reach = float(rng.uniform(0.0, 0.45)), float(rng.uniform(0.04, 0.12)) * size
    src = np.arange(size, dtype=np.float64)
    dist = np.abs(src - fold)
    dst = fold + np.sign(src - fold) * _curve(dist, depth, reach)
    shade = 1 - float(rng.uniform(0.1, 0.45)) * np.exp(-dist / (reach * 0.5))
    inverse = np.interp(src, dst, src)  # output coordinate -> source coordinate
    if axis:
        map_x = np.tile(np.arange(rgb.shape[1], dtype=np.float32), (size, 1))
        map_y = np.tile(inverse.astype(np.float32)[:, None], (1, rgb.shape[1]))
        rgb = cv2.remap(rgb, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        rgb = (rgb * np.interp(src, dst, shade)[:, None, None]).astype(np.uint8)
    else:
        map_x = np.tile(inverse.astype(np.float32)[None, :], (rgb.shape[0], 1))
        map_y = np.tile(np.arange(rgb.shape[0], dtype=np.float32)[:, None], (1, size))
        rgb = cv2.remap(rgb, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        rgb = (rgb * np.interp(src, dst, shade)[None, :, None]).astype(np.uint8)
    for e in elements:
        p = np.asarray(e["polygon"]).copy()
        p[:, axis] = np.interp(p[:, axis], src, dst)
        e["polygon"] = p
    # cover around the pages, sometimes wider on one side, and the next pages' edges
    cover = np.array(COVERS[int(rng.integers(0, len(COVERS)))], np.float32) * float(rng.uniform(0.8, 1.15))
    pad = [mm(float(rng.uniform(1.0, 4.0))) for _ in range(4)]  # top, right, bottom, left
    if rng.random() < 0.4:
        pad[int(rng.integers(0, 4))] += mm(float(rng.uniform(4, 12)))
    hh, ww = rgb.shape[:2]
    out = np.empty((hh + pad[0] + pad[2], ww + pad[1] + pad[3], 3), np.float32)
    out[:] = np.clip(cover, 0, 255)
    edges = bool(rng.random() < 0.5)
    if edges:  # a few thin pale lines: the edges of the pages under these two
        for k in range(int(rng.integers(2, 6))):
            off = (k + 1) * 2
            out[pad[0] - off : pad[0] + hh + off, pad[3] - off : pad[3] + ww + off] = 200 - 12 * k
    out[pad[0] : pad[0] + hh, pad[3] : pad[3] + ww] = rgb
    for e in elements:
        e["polygon"] = np.asarray(e["polygon"]) + np.array([pad[3], pad[0]])
    meta = {"binding": binding, "data_first": data_first, "curl_depth": round(depth, 2), "page_edges": edges}
    return Spread(out.astype(np.uint8), elements, 0, meta)


def turn_spread(s: Spread, turn: int) -> Spread:
    """The booklet turned clockwise by `turn` (90 or 270) before it is captured: pages side by side, text turned."""
    h, w = s.rgb.shape[:2]
    rgb = np.ascontiguousarray(np.rot90(s.rgb, -turn // 90))
    for e in s.elements:
        p = np.asarray(e["polygon"])
        e["polygon"] = np.stack([h - p[:, 1], p[:, 0]], 1) if turn == 90 else np.stack([p[:, 1], w - p[:, 0]], 1)
    return Spread(rgb, s.elements, (s.turn + turn) % 360, s.meta)


# ---------------------------------------------------------------- captures


def _warp(src: np.ndarray, elements: list[dict[str, object]], m: np.ndarray, size: tuple[int, int],
          background: np.ndarray) -> list[dict[str, object]]:  # fmt: skip
    """Warp `src` onto `background` (in place) by the homography `m`; returns the elements moved along."""
    s = float(np.sqrt(abs(np.linalg.det(m[:2, :2]))))
    pre = np.eye(3)
    if s < 0.9:  # shrink first with area averaging, so fine print and holes do not alias
        small = (max(2, round(src.shape[1] * s)), max(2, round(src.shape[0] * s)))
        pre = np.diag([src.shape[1] / small[0], src.shape[0] / small[1], 1.0])
        src = cv2.resize(src, small, interpolation=cv2.INTER_AREA)
    full = m @ pre
    warped = cv2.warpPerspective(src, full, size, flags=cv2.INTER_LINEAR)
    alpha = cv2.warpPerspective(np.full(src.shape[:2], 255, np.uint8), full, size).astype(np.float32)[..., None] / 255
    background[:] = (background * (1 - alpha) + warped * alpha).astype(np.uint8)
    out = []
    for e in elements:
        p = cv2.perspectiveTransform(np.asarray(e["polygon"], np.float64).reshape(-1, 1, 2), m).reshape(-1, 2)
        out.append({**e, "polygon": p})
    return out


def _rotation(deg: float, cx: float, cy: float) -> np.ndarray:
    a = np.deg2rad(deg)
    return np.array([[np.cos(a), -np.sin(a), cx], [np.sin(a), np.cos(a), cy], [0, 0, 1]]) @ np.array(
        [[1, 0, -cx], [0, 1, -cy], [0, 0, 1]]
    )


def flatbed(
    s: Spread, rng: np.random.Generator, max_mp: float
) -> tuple[np.ndarray, list[dict[str, object]], dict[str, object]]:
    dpi = float(rng.uniform(95, 220))
    scale = dpi / 25.4 / PX
    h, w = s.rgb.shape[:2]
    tilt = float(rng.uniform(-10, 10)) if rng.random() < 0.6 else float(rng.uniform(-1, 1))
    a = np.deg2rad(abs(tilt))
    bw, bh = (w * np.cos(a) + h * np.sin(a)) * scale, (w * np.sin(a) + h * np.cos(a)) * scale
    margin = dpi / 25.4 * float(rng.uniform(4, 30))
    pw, ph = int(bw + 2 * margin), int(bh + 2 * margin)
    if pw * ph > max_mp * 1e6:  # too big for the cap: scan at a lower resolution
        f = np.sqrt(max_mp * 1e6 / (pw * ph))
        scale, dpi, pw, ph, bw, bh = scale * f, dpi * f, int(pw * f), int(ph * f), bw * f, bh * f
    lid_open = bool(rng.random() < 0.15)
    level = float(rng.uniform(15, 50)) if lid_open else float(rng.uniform(238, 254))
    grain = np.full((ph, pw, 3), level, np.float32) + rng.normal(0, 1.5, (ph, pw, 1)).astype(np.float32)
    page: np.ndarray = np.clip(grain, 0, 255).astype(np.uint8)
    centre = (pw / 2 + rng.uniform(-0.3, 0.3) * (pw - bw), ph / 2 + rng.uniform(-0.3, 0.3) * (ph - bh))
    m = np.array([[scale, 0, centre[0] - w * scale / 2], [0, scale, centre[1] - h * scale / 2], [0, 0, 1]])
    m = _rotation(tilt, *centre) @ m
    elements = _warp(s.rgb, s.elements, m, (pw, ph), page)
    sigma = float(rng.uniform(0, 0.9))
    if sigma > 0.25:
        page = cv2.GaussianBlur(page, (0, 0), sigma)
    page = np.clip(page + rng.normal(0, rng.uniform(0.5, 3), page.shape[:2] + (1,)), 0, 255).astype(np.uint8)
    return page, elements, {"device": "flatbed", "dpi": round(dpi, 1), "tilt_deg": round(tilt, 2),
                            "lid_open": lid_open, "blur_sigma": round(sigma, 2)}  # fmt: skip


def phone(
    s: Spread, rng: np.random.Generator, max_mp: float
) -> tuple[np.ndarray, list[dict[str, object]], dict[str, object]]:
    h, w = s.rgb.shape[:2]
    mp = float(rng.uniform(min(1.0, max_mp), max_mp))
    ratio = 4 / 3 if rng.random() < 0.7 else 16 / 9
    long = np.sqrt(mp * 1e6 * ratio)
    pw, ph = (int(long), int(long / ratio)) if w >= h else (int(long / ratio), int(long))
    yy, xx = np.mgrid[0:ph, 0:pw].astype(np.float32)
    desk_colour = rng.uniform(60, 200, 3).astype(np.float32)
    page: np.ndarray = desk_colour * (0.85 + 0.15 * np.sin(xx / rng.uniform(40, 200))[..., None])
    tilt = float(rng.uniform(-10, 10))
    fill = float(rng.uniform(0.55, 0.8))
    a = np.deg2rad(abs(tilt))
    ew, eh = w * np.cos(a) + h * np.sin(a), w * np.sin(a) + h * np.cos(a)
    scale = fill * min(pw / ew, ph / eh)
    cx, cy = pw / 2 + rng.uniform(-0.05, 0.05) * pw, ph / 2 + rng.uniform(-0.05, 0.05) * ph
    m = _rotation(tilt, cx, cy) @ np.array([[scale, 0, cx - w * scale / 2], [0, scale, cy - h * scale / 2], [0, 0, 1]])
    # keystone up to ~8 deg: one edge of the booklet nearer the camera than the opposite one
    key = float(rng.uniform(0, 8))
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    dst = cv2.perspectiveTransform(src.reshape(-1, 1, 2).astype(np.float64), m).reshape(-1, 2)
    shrink = np.tan(np.deg2rad(key)) * 0.9
    side = int(rng.integers(0, 4))
    a_idx, b_idx = [(0, 1), (1, 2), (2, 3), (3, 0)][side]
    mid = (dst[a_idx] + dst[b_idx]) / 2
    dst[a_idx] = mid + (dst[a_idx] - mid) * (1 - shrink)
    dst[b_idx] = mid + (dst[b_idx] - mid) * (1 - shrink)
    m = cv2.getPerspectiveTransform(src, dst.astype(np.float32)).astype(np.float64)
    canvas = np.clip(page, 0, 255).astype(np.uint8)
    elements = _warp(s.rgb, s.elements, m, (pw, ph), canvas)
    out = canvas.astype(np.float32)
    # uneven lighting: a gradient across the frame, and maybe a glare spot
    gx, gy = rng.uniform(-1, 1, 2)
    light = 1 + float(rng.uniform(0.1, 0.35)) * ((xx / pw - 0.5) * gx + (yy / ph - 0.5) * gy)
    out *= light[..., None]
    meta: dict[str, object] = {"device": "phone", "tilt_deg": round(tilt, 2), "keystone_deg": round(key, 2)}
    if rng.random() < 0.5:
        gcx, gcy, gr = rng.uniform(0.2, 0.8) * pw, rng.uniform(0.2, 0.8) * ph, rng.uniform(0.04, 0.12) * pw
        glare = np.exp(-((xx - gcx) ** 2 + (yy - gcy) ** 2) / (2 * gr**2)) * float(rng.uniform(0.3, 0.6))
        out = out * (1 - glare[..., None]) + 255 * glare[..., None]
        meta["glare"] = [round(float(gcx)), round(float(gcy)), round(float(gr))]
    blur = float(rng.uniform(0, 1.4))
    if blur > 0.3:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    out += rng.normal(0, rng.uniform(1, 5), out.shape).astype(np.float32)
    meta["blur_sigma"] = round(blur, 2)
    return np.clip(out, 0, 255).astype(np.uint8), elements, meta


def photocopy(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A grey photocopy: grey, contrast pushed, toner speckle; kept three-channel."""
    grey = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY).astype(np.float32)
    gain = float(rng.uniform(1.1, 1.6))
    grey = (grey - 128) * gain + 128 + float(rng.uniform(-10, 20))
    speck = rng.random(grey.shape) < float(rng.uniform(0, 0.002))
    grey[speck] = 30
    grey = np.clip(grey + rng.normal(0, 3, grey.shape), 0, 255).astype(np.uint8)
    return np.repeat(grey[..., None], 3, axis=2)


def quarter_turn(image: np.ndarray, elements: list[dict[str, object]], turn: int) -> np.ndarray:
    """Turn the picture clockwise by `turn` degrees (0, 90, 180, 270), moving the polygons along (in place)."""
    h, w = image.shape[:2]
    k = (turn // 90) % 4
    for e in elements:
        p, hh, ww = np.asarray(e["polygon"], np.float64), h, w
        for _ in range(k):
            p = np.stack([hh - p[:, 1], p[:, 0]], 1)
            hh, ww = ww, hh
        e["polygon"] = p
    return np.ascontiguousarray(np.rot90(image, -k))
