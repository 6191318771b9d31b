"""How documents reach the page: flatbed scans, booklets, desks under a phone, copiers, faxes, and the truth
polygons carried through every transform (homographies, quarter turns, crops)."""

from __future__ import annotations

import math

import cv2
import numpy as np

from .documents import SIDES, draw_side, side_size_mm

MIN_MP = 0.3


def fit_dpi(w_mm: float, h_mm: float, dpi: float, cap_mp: float) -> float:
    """``dpi`` moved so that a ``w_mm`` x ``h_mm`` page holds between 0.3 megapixels and ``cap_mp``."""
    mp = (w_mm / 25.4 * dpi) * (h_mm / 25.4 * dpi) / 1e6
    if mp > cap_mp * 0.97:
        dpi *= math.sqrt(cap_mp * 0.97 / mp)
    elif mp < MIN_MP * 1.05:
        dpi *= math.sqrt(MIN_MP * 1.05 / mp)
    return dpi


def transform_points(H: np.ndarray, pts) -> np.ndarray:  # noqa: ANN001, N803
    p = np.asarray(pts, np.float64)
    q = np.c_[p, np.ones(len(p))] @ H.T
    return q[:, :2] / q[:, 2:3]


def similarity(cx: float, cy: float, angle_deg: float, tx: float, ty: float) -> np.ndarray:
    """Rotate by ``angle_deg`` (counter-clockwise on screen) about (cx, cy) of the side, then put that centre at
    (tx, ty) on the page."""
    a = math.radians(angle_deg)
    c, s = math.cos(a), math.sin(a)
    t1 = np.array([[1, 0, -cx], [0, 1, -cy], [0, 0, 1]], np.float64)
    r = np.array([[c, s, 0], [-s, c, 0], [0, 0, 1]], np.float64)
    t2 = np.array([[1, 0, tx], [0, 1, ty], [0, 0, 1]], np.float64)
    return t2 @ r @ t1


def composite(page: np.ndarray, img: np.ndarray, mask: np.ndarray, H: np.ndarray, shadow: float = 0.0) -> None:  # noqa: N803
    """``img`` (with ``mask``, 0-255) warped by ``H`` onto the float ``page`` in place; ``shadow`` darkens a soft
    offset halo as a scanner lid or a lamp casts."""
    ph, pw = page.shape[:2]
    h, w = img.shape[:2]
    corners = transform_points(H, [[0, 0], [w, 0], [w, h], [0, h]])
    pad = 12
    x0, y0 = (np.floor(corners.min(0)) - pad).astype(int)
    x1, y1 = (np.ceil(corners.max(0)) + pad).astype(int)
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(pw, x1), min(ph, y1)
    if x1 <= x0 or y1 <= y0:
        return
    T = np.array([[1, 0, -x0], [0, 1, -y0], [0, 0, 1]], np.float64) @ H  # noqa: N806
    size = (x1 - x0, y1 - y0)
    warped = cv2.warpPerspective(img, T, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    a = cv2.warpPerspective(mask, T, size, flags=cv2.INTER_LINEAR).astype(np.float32) / 255.0
    roi = page[y0:y1, x0:x1]
    if shadow:
        halo = cv2.GaussianBlur(a, (0, 0), 4)
        halo = np.roll(halo, (3, 3), axis=(0, 1))
        roi *= (1.0 - shadow * halo)[..., None]
    roi[:] = roi * (1 - a[..., None]) + warped.astype(np.float32) * a[..., None]


class Page:
    """A page being composed: float RGB pixels, the truth elements on it, the documents shown."""

    def __init__(self, w: int, h: int, paper=(250, 250, 248)):  # noqa: ANN001
        self.pixels = np.empty((h, w, 3), np.float32)
        self.pixels[:] = np.array(paper, np.float32)
        self.elements: list[dict] = []
        self.documents: list[dict] = []

    def place(self, doc: dict, side_name: str, s: float, H: np.ndarray, shadow: float = 0.2) -> None:  # noqa: N803
        side = draw_side(doc, side_name, s)
        composite(self.pixels, side.array(), side.mask, H, shadow)
        index = self._doc_index(doc, side_name)
        for e in side.elements:
            poly = transform_points(H, e["polygon"])
            self.elements.append({**e, "document": index, "polygon": poly.tolist()})

    def _doc_index(self, doc: dict, side_name: str) -> int:
        for i, d in enumerate(self.documents):
            if d["_seed"] == doc["seed"]:
                if side_name not in d["sides_shown"]:
                    d["sides_shown"].append(side_name)
                return i
        self.documents.append(
            {"_seed": doc["seed"], "kind": doc["kind"], "sides_shown": [side_name], "values": doc["values"]}
        )
        return len(self.documents) - 1


# ---------------------------------------------------------------- flatbed layouts


def scan(
    rng: np.random.Generator,
    placements: list[tuple[dict, str, float, float, float]],
    w_mm: float,
    h_mm: float,
    dpi: float,
    paper=(250, 250, 248),  # noqa: ANN001
) -> tuple[Page, float]:
    """Sides placed on a ``w_mm`` x ``h_mm`` scanner glass at ``dpi``: (doc, side, centre x mm, centre y mm,
    angle deg)."""
    s = dpi / 25.4
    page = Page(int(round(w_mm * s)), int(round(h_mm * s)), paper)
    for doc, side_name, cx, cy, angle in placements:
        sw, sh = side_size_mm(doc["kind"])
        H = similarity(sw * s / 2, sh * s / 2, angle, cx * s, cy * s)  # noqa: N806
        page.place(doc, side_name, s, H, shadow=float(rng.uniform(0.1, 0.3)))
    return page, s


def glass_noise(rng: np.random.Generator, page: Page, amount: float = 1.5) -> None:
    page.pixels += rng.normal(0, amount, page.pixels.shape).astype(np.float32)


def spine(page: Page, y_px: float, width_px: float, depth: float, x0: int, x1: int) -> None:
    """A booklet's fold along y between x0 and x1: a soft dark valley."""
    h = page.pixels.shape[0]
    y = np.arange(h, dtype=np.float32)
    v = 1.0 - depth * np.exp(-(((y - y_px) / width_px) ** 2))
    page.pixels[:, x0:x1] *= v[:, None, None]


def scanner_lid_edge(page: Page, rng: np.random.Generator) -> None:
    """A grey band along one page edge where the lid did not close."""
    h, w = page.pixels.shape[:2]
    band = int(rng.uniform(0.006, 0.02) * max(h, w))
    edge = int(rng.integers(4))
    if edge == 0:
        page.pixels[:band] *= 0.55
    elif edge == 1:
        page.pixels[-band:] *= 0.55
    elif edge == 2:
        page.pixels[:, :band] *= 0.55
    else:
        page.pixels[:, -band:] *= 0.55


# ---------------------------------------------------------------- the desk under a phone


def desk(rng: np.random.Generator, w: int, h: int) -> np.ndarray:
    """Wood grain (warped sine rings along the planks) or woven fabric (two crossing thread waves)."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    f = 1.0 / max(w, h)
    if rng.random() < 0.55:
        base = np.array([(150, 100, 60), (185, 140, 95), (110, 75, 45), (200, 170, 130)][int(rng.integers(4))])
        warp = 18 * np.sin(xx * f * 7 + rng.uniform(0, 6)) + 9 * np.sin(xx * f * 23 + yy * f * 3)
        grain = np.sin((yy + warp) * f * rng.uniform(120, 220)) * 0.5 + 0.5
        plank = (np.floor((yy + 0.3 * warp) / (h / rng.uniform(2.5, 4.5))) % 2) * 0.06
        tone = 0.82 + 0.14 * grain**3 - plank
        img = base[None, None, :] * tone[..., None]
    else:
        base = np.array([(70, 90, 120), (120, 60, 60), (90, 110, 80), (150, 150, 155)][int(rng.integers(4))])
        p = rng.uniform(5, 9)
        weave = (np.sin(xx / p * np.pi) * np.sin(yy / p * np.pi)) * 0.5 + 0.5
        tone = 0.8 + 0.2 * weave
        img = base[None, None, :] * tone[..., None]
    img = img + rng.normal(0, 5, (h, w, 1)).astype(np.float32)
    return np.clip(img, 0, 255).astype(np.float32)


def _text_boxes(page: Page, pad: float) -> list[tuple[float, float, float, float]]:
    out = []
    for e in page.elements:
        p = np.array(e["polygon"])
        out.append((p[:, 0].min() - pad, p[:, 1].min() - pad, p[:, 0].max() + pad, p[:, 1].max() + pad))
    return out


def _hits(boxes, x0, y0, x1, y1) -> bool:  # noqa: ANN001
    return any(not (x1 < b[0] or x0 > b[2] or y1 < b[1] or y0 > b[3]) for b in boxes)


def phone_photo(rng: np.random.Generator, doc: dict, side_name: str, cap_mp: float) -> Page:
    """A side on a desk seen by a phone: perspective, a cast shadow, glare off the laminate, blur, noise, and a
    hand's edge that holds the card flat but covers no value."""
    w, h = [(1600, 1200), (2048, 1536), (1440, 1080), (1920, 1440)][int(rng.integers(4))]
    if rng.random() < 0.4:
        w, h = h, w
    f = min(1.0, math.sqrt(cap_mp * 0.97e6 / (w * h)))
    w, h = int(w * f) // 4 * 4, int(h * f) // 4 * 4
    page = Page(w, h)
    page.pixels = desk(rng, w, h)
    sw, sh = side_size_mm(doc["kind"])
    target = min(w, h * sw / sh) * rng.uniform(0.62, 0.8)
    s = target / sw
    cw, ch = sw * s, sh * s
    cx, cy = w / 2 + rng.uniform(-0.06, 0.06) * w, h / 2 + rng.uniform(-0.06, 0.06) * h
    ang = math.radians(rng.uniform(-8, 8))
    corners = np.array([[-cw / 2, -ch / 2], [cw / 2, -ch / 2], [cw / 2, ch / 2], [-cw / 2, ch / 2]])
    rot = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]])
    quad = corners @ rot.T
    # perspective: the far edge shrinks
    k = rng.uniform(0.04, 0.12)
    far = int(rng.integers(4))
    quad[far] *= 1 - k
    quad[(far + 1) % 4] *= 1 - k
    quad += rng.normal(0, 0.01 * cw, quad.shape)
    quad += [cx, cy]
    src = np.float32([[0, 0], [round(cw), 0], [round(cw), round(ch)], [0, round(ch)]])
    H = cv2.getPerspectiveTransform(src, quad.astype(np.float32))  # noqa: N806
    page.place(doc, side_name, s, H, shadow=0.45)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    # a cast shadow: a soft half-plane
    a = rng.uniform(0, 2 * np.pi)
    d = (xx - w * rng.uniform(0.2, 0.8)) * math.cos(a) + (yy - h * rng.uniform(0.2, 0.8)) * math.sin(a)
    shade = 1.0 - rng.uniform(0.2, 0.4) / (1.0 + np.exp(-d / (0.04 * w)))
    page.pixels *= shade[..., None]
    # overall light falloff
    r2 = ((xx - w / 2) / w) ** 2 + ((yy - h / 2) / h) ** 2
    page.pixels *= (1.0 - 0.35 * r2)[..., None]
    boxes = _text_boxes(page, 0.01 * w)
    textual = [b for b, e in zip(boxes, page.elements, strict=True) if e["type"] not in ("photo", "ghost_photo")]
    # glare off the laminate, kept off text
    for _ in range(12):
        gx, gy = quad[:, 0].min() + rng.uniform(0, 1) * cw, quad[:, 1].min() + rng.uniform(0, 1) * ch
        gr = rng.uniform(0.05, 0.12) * cw
        if not _hits(textual, gx - gr, gy - gr, gx + gr, gy + gr):
            g = np.exp(-(((xx - gx) / gr) ** 2 + ((yy - gy) / (gr * 0.6)) ** 2))
            page.pixels += (rng.uniform(60, 110) * g)[..., None]
            break
    # a hand's edge (thumb) from the nearest page edge onto the card margin, never over a value
    for _ in range(20):
        i = int(rng.integers(4))
        p, q = quad[i], quad[(i + 1) % 4]
        t = rng.uniform(0.2, 0.8)
        px, py = p + t * (q - p)
        rx, ry = rng.uniform(0.06, 0.1) * cw, rng.uniform(0.1, 0.16) * cw
        if not _hits(boxes, px - rx, py - rx, px + rx, py + rx):
            out = np.array([px - cx, py - cy])
            out = out / (np.linalg.norm(out) + 1e-6)
            hx, hy = px + out[0] * ry * 0.8, py + out[1] * ry * 0.8
            angle = math.degrees(math.atan2(out[1], out[0]))
            m = np.zeros((h, w), np.float32)
            cv2.ellipse(m, (int(hx), int(hy)), (int(ry * 1.6), int(rx)), angle, 0, 360, 1.0, -1, cv2.LINE_AA)
            m = cv2.GaussianBlur(m, (0, 0), 2.0)
            if _hits(boxes, *_mask_box(m)):
                continue
            skin = np.array([(225, 180, 150), (190, 140, 105), (140, 95, 70)][int(rng.integers(3))], np.float32)
            tone = skin * (0.85 + 0.15 * np.clip((yy - hy) / (ry + 1), -1, 1))[..., None]
            page.pixels = page.pixels * (1 - m[..., None]) + tone * m[..., None]
            break
    blur = rng.uniform(0.5, 1.3)
    page.pixels = cv2.GaussianBlur(page.pixels, (0, 0), blur)
    page.pixels += rng.normal(0, 3.0, page.pixels.shape).astype(np.float32)
    return page


def _mask_box(m: np.ndarray) -> tuple[float, float, float, float]:
    ys, xs = np.nonzero(m > 0.05)
    if not len(xs):
        return (0.0, 0.0, 0.0, 0.0)
    return float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max())


# ---------------------------------------------------------------- copiers, faxes, turns, crops


def photocopy(rng: np.random.Generator, page: Page) -> np.ndarray:
    """Grey, darker and harder than the original, with toner speckle and a grey smear band: an 'L' array."""
    g = page.pixels @ np.array([0.299, 0.587, 0.114], np.float32)
    g = np.clip(g, 0, 255) / 255.0
    g = g ** rng.uniform(1.3, 1.9)
    g = np.clip((g - 0.06) * rng.uniform(1.0, 1.15), 0, 1) * rng.uniform(0.8, 0.92)
    h, w = g.shape
    n = int(h * w * rng.uniform(0.0004, 0.0015))
    ys, xs = rng.integers(0, h, n), rng.integers(0, w, n)
    g[ys, xs] *= rng.uniform(0.0, 0.4, n)
    big = n // 20
    for y, x in zip(rng.integers(0, h, big), rng.integers(0, w, big), strict=True):
        cv2.circle(g, (int(x), int(y)), int(rng.integers(1, 3)), float(rng.uniform(0.1, 0.4)), -1)
    band_x = int(rng.uniform(0.1, 0.9) * w)
    xx = np.arange(w, dtype=np.float32)
    g *= (1 - 0.08 * np.exp(-(((xx - band_x) / (0.02 * w)) ** 2)))[None, :]
    g = cv2.GaussianBlur(g, (0, 0), 0.6)
    g += rng.normal(0, 0.012, g.shape).astype(np.float32)
    return (np.clip(g, 0, 1) * 255).astype(np.uint8)


def fax(page: Page) -> np.ndarray:
    """One bit per pixel, Floyd-Steinberg dithered as fax drivers do: a '1'-mode array as uint8 0/255."""
    from PIL import Image

    g = np.clip(page.pixels @ np.array([0.299, 0.587, 0.114], np.float32), 0, 255).astype(np.uint8)
    g = np.clip((g.astype(np.float32) - 30) * 1.25, 0, 255).astype(np.uint8)  # faxes lose the light print
    one = Image.fromarray(g).convert("1")
    return np.asarray(one.convert("L"))


def quarter_turn(pixels: np.ndarray, elements: list[dict], turn_cw: int) -> np.ndarray:
    """The page turned clockwise by ``turn_cw`` degrees (0, 90, 180, 270), the polygons with it."""
    h, w = pixels.shape[:2]
    k = (turn_cw // 90) % 4
    for e in elements:
        p = np.array(e["polygon"], np.float64)
        x, y = p[:, 0].copy(), p[:, 1].copy()
        if k == 1:
            p[:, 0], p[:, 1] = h - y, x
        elif k == 2:
            p[:, 0], p[:, 1] = w - x, h - y
        elif k == 3:
            p[:, 0], p[:, 1] = y, w - x
        e["polygon"] = p.tolist()
    return np.ascontiguousarray(np.rot90(pixels, -k))


def crop(pixels: np.ndarray, elements: list[dict], x0: int, y0: int, x1: int, y1: int) -> np.ndarray:
    for e in elements:
        p = np.array(e["polygon"], np.float64) - [x0, y0]
        e["polygon"] = p.tolist()
    return pixels[y0:y1, x0:x1].copy()


def sides_of(doc: dict) -> tuple[str, str]:
    return SIDES[doc["kind"]]
