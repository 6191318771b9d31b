"""Portraits drawn from shapes (no photograph), their faint ghosts, and signatures as pen strokes."""

from __future__ import annotations

import cv2
import numpy as np

SKIN = [(236, 200, 170), (224, 178, 140), (198, 150, 110), (160, 112, 80), (120, 82, 58), (246, 214, 190)]
HAIR = [(40, 30, 25), (85, 60, 40), (150, 110, 60), (20, 20, 20), (120, 115, 110), (180, 150, 100)]
CLOTH = [(40, 50, 80), (70, 70, 70), (130, 40, 40), (30, 80, 60), (200, 200, 205), (20, 20, 30)]
BACKDROP = [(214, 222, 232), (232, 232, 228), (200, 214, 226), (238, 236, 244)]


def _ellipse(img: np.ndarray, c, axes, angle, color, thick=-1) -> None:  # noqa: ANN001
    s = 16  # 4 fractional bits
    cv2.ellipse(
        img,
        (int(c[0] * s), int(c[1] * s)),
        (max(1, int(axes[0] * s)), max(1, int(axes[1] * s))),
        angle,
        0,
        360,
        color,
        thick,
        cv2.LINE_AA,
        4,
    )


def portrait(rng: np.random.Generator, width: int, height: int) -> np.ndarray:
    """A passport-style frontal face, head and shoulders on a plain backdrop, RGB uint8 of ``width`` x ``height``.

    Drawn at a fixed 240 x 300 grid with shaded ellipses (cheeks light, eye sockets and brows dark, a light nose
    bridge), then resized: the shading is what a frontal-face detector keys on."""
    w, h = 240, 300
    skin = np.array(SKIN[rng.integers(len(SKIN))], np.float32) * rng.uniform(0.93, 1.05)
    hair = np.array(HAIR[rng.integers(len(HAIR))], np.float32)
    cloth = np.array(CLOTH[rng.integers(len(CLOTH))], np.float32)
    back = np.array(BACKDROP[rng.integers(len(BACKDROP))], np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    img = np.empty((h, w, 3), np.float32)
    img[:] = back
    img *= (1.0 - 0.12 * (yy / h))[..., None]
    cx = w / 2 + rng.uniform(-6, 6)
    cy = h * 0.44 + rng.uniform(-6, 6)
    fw = rng.uniform(64, 76)  # half-width of the face
    fh = fw * rng.uniform(1.28, 1.42)
    long_hair = rng.random() < 0.4
    # shoulders and neck
    _ellipse(img, (cx, h + 30), (w * 0.52, 110), 0, tuple(float(v) for v in cloth))
    if long_hair:
        _ellipse(img, (cx, cy + fh * 0.35), (fw * 1.22, fh * 1.05), 0, tuple(float(v) for v in hair))
    neck = tuple(float(v) for v in skin * 0.82)
    cv2.rectangle(img, (int(cx - fw * 0.45), int(cy + fh * 0.6)), (int(cx + fw * 0.45), int(h * 0.95)), neck, -1)
    _ellipse(img, (cx, h * 0.97), (fw * 0.55, 22), 0, tuple(float(v) for v in cloth * 0.9))
    # ears
    for sx in (-1, 1):
        _ellipse(img, (cx + sx * fw * 0.98, cy + 4), (fw * 0.14, fh * 0.2), 0, tuple(float(v) for v in skin * 0.88))
    # the face: a radially shaded ellipse
    d = ((xx - cx) / fw) ** 2 + ((yy - cy) / fh) ** 2
    face = d <= 1.0
    shade = np.clip(1.05 - 0.28 * d - 0.1 * np.clip((yy - cy) / fh, 0, 1), 0.55, 1.08)
    img[face] = (skin[None, :] * shade[face][:, None]).clip(0, 255)
    # hair on top
    hair_t = tuple(float(v) for v in hair)
    top = np.zeros((h, w), np.float32)
    _ellipse(top, (cx, cy - fh * 0.55), (fw * 1.08, fh * 0.62), 0, 1.0)
    cut = yy < cy - fh * rng.uniform(0.42, 0.55) + 0.18 * np.abs(xx - cx) * rng.uniform(0.0, 1.0)
    hmask = (top > 0.5) & (cut | ~face)
    img[hmask] = hair
    if rng.random() < 0.3:  # a fringe
        _ellipse(img, (cx - fw * 0.2, cy - fh * 0.5), (fw * 0.75, fh * 0.18), -8, hair_t)
    # eye sockets: soft dark bands
    ey = cy - fh * rng.uniform(0.08, 0.14)
    ex = fw * rng.uniform(0.38, 0.44)
    sock = np.zeros((h, w), np.float32)
    for sx in (-1, 1):
        _ellipse(sock, (cx + sx * ex, ey), (fw * 0.3, fh * 0.13), 0, 1.0)
    sock = cv2.GaussianBlur(sock, (0, 0), 5)
    img *= (1.0 - 0.28 * sock)[..., None]
    brow = tuple(float(v) for v in hair * 0.8)
    white = (236.0, 234.0, 228.0)
    iris = tuple(float(v) for v in np.array(HAIR[rng.integers(4)], np.float32) * 0.8)
    look = rng.uniform(-1.5, 1.5)
    for sx in (-1, 1):
        bx = cx + sx * ex
        cv2.ellipse(
            img,
            (int(bx), int(ey - fh * 0.12)),
            (int(fw * 0.26), int(fh * 0.06)),
            0,
            200 if sx < 0 else 200,
            340,
            brow,
            int(rng.integers(4, 7)),
            cv2.LINE_AA,
        )
        _ellipse(img, (bx, ey), (fw * 0.17, fh * 0.055), 0, white)
        _ellipse(img, (bx + look, ey), (fw * 0.075, fh * 0.058), 0, iris)
        _ellipse(img, (bx + look, ey), (fw * 0.035, fh * 0.03), 0, (15.0, 12.0, 12.0))
        cv2.ellipse(img, (int(bx), int(ey)), (int(fw * 0.18), int(fh * 0.06)), 0, 190, 350, (40.0, 30, 30), 2)
    # nose: a light bridge, shadowed sides, dark nostrils
    ny = cy + fh * rng.uniform(0.2, 0.26)
    bridge = np.zeros((h, w), np.float32)
    cv2.line(bridge, (int(cx), int(ey - 4)), (int(cx), int(ny - 6)), 1.0, int(fw * 0.16))
    bridge = cv2.GaussianBlur(bridge, (0, 0), 4)
    img *= (1.0 + 0.1 * bridge)[..., None]
    side = tuple(float(v) for v in skin * 0.72)
    cv2.line(img, (int(cx - fw * 0.12), int(ey + 10)), (int(cx - fw * 0.16), int(ny)), side, 3, cv2.LINE_AA)
    for sx in (-1, 1):
        _ellipse(img, (cx + sx * fw * 0.1, ny + 2), (fw * 0.06, fh * 0.025), 0, tuple(float(v) for v in skin * 0.45))
    # mouth
    my = cy + fh * rng.uniform(0.48, 0.55)
    mw = fw * rng.uniform(0.3, 0.4)
    lip = tuple(float(v) for v in (skin * np.array([0.78, 0.5, 0.5])).clip(0, 255))
    _ellipse(img, (cx, my + 3), (mw, fh * 0.045), 0, lip)
    cv2.line(img, (int(cx - mw), int(my + 2)), (int(cx + mw), int(my + 2)), (70.0, 35, 35), 2, cv2.LINE_AA)
    if rng.random() < 0.25:  # a beard shadow
        beard = np.zeros((h, w), np.float32)
        _ellipse(beard, (cx, cy + fh * 0.72), (fw * 0.75, fh * 0.32), 0, 1.0)
        beard = cv2.GaussianBlur(beard * face, (0, 0), 6)
        img = img * (1 - 0.35 * beard[..., None]) + hair[None, None, :] * 0.35 * beard[..., None]
    if rng.random() < 0.3:  # glasses
        for sx in (-1, 1):
            cv2.ellipse(
                img, (int(cx + sx * ex), int(ey + 2)), (int(fw * 0.25), int(fh * 0.11)), 0, 0, 360, (30.0,) * 3, 2
            )
        cv2.line(img, (int(cx - ex + fw * 0.25), int(ey)), (int(cx + ex - fw * 0.25), int(ey)), (30.0,) * 3, 2)
    img = cv2.GaussianBlur(img, (0, 0), 1.1)
    img += rng.normal(0, 3.0, img.shape).astype(np.float32)
    if rng.random() < 0.25:  # black and white photo
        g = img @ np.array([0.299, 0.587, 0.114], np.float32)
        img = np.repeat(g[..., None], 3, axis=2)
    out = np.clip(img, 0, 255).astype(np.uint8)
    return cv2.resize(out, (width, height), interpolation=cv2.INTER_AREA if width < w else cv2.INTER_CUBIC)


def ghost(face: np.ndarray, width: int, height: int, tint: tuple[int, int, int], strength: float) -> np.ndarray:
    """A small faint secondary portrait: grey of ``face`` mapped from ``tint``-white paper to ``strength`` of ink."""
    g = cv2.cvtColor(cv2.resize(face, (width, height), interpolation=cv2.INTER_AREA), cv2.COLOR_RGB2GRAY)
    ink = 1.0 - g.astype(np.float32) / 255.0
    paper = np.array([255, 255, 255], np.float32)
    col = np.array(tint, np.float32)
    out = paper[None, None, :] - ink[..., None] * strength * (paper - col)[None, None, :]
    return np.clip(out, 0, 255).astype(np.uint8)


def face_found(img: np.ndarray) -> bool:
    """Whether OpenCV's Haar frontal-face cascade finds a face in an RGB image."""
    cascade = cv2.CascadeClassifier(cv2.data.haarcascades + "haarcascade_frontalface_default.xml")
    gray = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    f = 300 / max(gray.shape)
    gray = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA if f < 1 else cv2.INTER_CUBIC)
    return len(cascade.detectMultiScale(cv2.equalizeHist(gray), 1.1, 4, minSize=(30, 30))) > 0


def signature_strokes(rng: np.random.Generator, width: int, height: int) -> list[np.ndarray]:
    """Polylines (float x, y inside ``width`` x ``height``) of a handwritten signature: a loopy cursive trail."""
    strokes = []
    n_parts = int(rng.integers(1, 3))
    x0 = width * 0.04
    for part in range(n_parts):
        length = width * (0.92 / n_parts) * rng.uniform(0.75, 1.0)
        t = np.linspace(0, 1, 220)
        loops = rng.uniform(4, 9)
        amp = height * rng.uniform(0.18, 0.32)
        slant = rng.uniform(0.15, 0.45)
        base = height * (0.6 + rng.uniform(-0.08, 0.08)) - part * height * 0.05
        phase = rng.uniform(0, 6.28)
        y_osc = np.sin(2 * np.pi * loops * t + phase) * amp * (1 - 0.6 * t) * (0.7 + 0.3 * np.sin(9 * t))
        x = x0 + length * t + np.cos(2 * np.pi * loops * t + phase) * amp * 0.45 + slant * (-y_osc)
        y = base - y_osc + (height * 0.1) * np.sin(2.3 * t + phase)
        if part == 0:  # a big capital stroke at the start
            cap_t = np.linspace(0, 1, 40)
            cx = x[0] + width * 0.03
            cap = np.stack(
                [cx + width * 0.04 * np.sin(cap_t * 5), base - height * 0.45 * np.sin(cap_t * np.pi)], axis=1
            )
            strokes.append(cap)
        strokes.append(np.stack([x, y], axis=1))
        x0 += length + width * 0.03
    if rng.random() < 0.6:  # an underline flourish
        t = np.linspace(0, 1, 60)
        xs = width * (0.08 + 0.8 * t)
        ys = height * (0.86 - 0.1 * np.sin(np.pi * t))
        strokes.append(np.stack([xs, ys], axis=1))
    return [np.clip(s, [1, 1], [width - 2, height - 2]) for s in strokes]


def draw_signature(img: np.ndarray, strokes: list[np.ndarray], origin, color, pen: float) -> None:  # noqa: ANN001
    """Pen strokes onto ``img`` at ``origin``, the pen pressing harder mid-stroke."""
    ox, oy = origin
    for s in strokes:
        n = len(s)
        for i in range(n - 1):
            press = 0.6 + 0.6 * np.sin(np.pi * i / max(1, n - 1))
            th = max(1, int(round(pen * press)))
            p = (int(round((s[i, 0] + ox) * 8)), int(round((s[i, 1] + oy) * 8)))
            q = (int(round((s[i + 1, 0] + ox) * 8)), int(round((s[i + 1, 1] + oy) * 8)))
            cv2.line(img, p, q, color, th, cv2.LINE_AA, 3)
