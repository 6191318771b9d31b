"""Passport-style portraits from scikit-image's public-domain astronaut photograph (NASA, Eileen Collins).

The studio background (flag, shuttle model) is replaced by a plain backdrop through a fixed head-and-shoulders
mask, then each document gets its own crop, scale, mirror, tilt and tint. The ghost portrait is a small, faint,
greyscale copy of the same face.
"""

from __future__ import annotations

import functools

import cv2
import numpy as np

# Head-and-shoulders silhouette in the 512×512 astronaut image (x, y): hair, face, neck ring and suit.
_HEAD_CENTRE = (227, 100)
_HEAD_AXES = (76, 90)
_BODY = np.array(
    [[168, 150], [290, 150], [312, 205], [352, 300], [365, 512], [40, 512], [70, 330], [120, 250], [150, 190]], np.int32
)
_FACE_BOX = (177, 66, 95, 95)  # where OpenCV's frontal-face cascade finds the face


@functools.lru_cache(maxsize=1)
def _source() -> tuple[np.ndarray, np.ndarray]:
    from skimage import data

    img = data.astronaut()[:, :, :3].copy()
    mask = np.zeros(img.shape[:2], np.uint8)
    cv2.ellipse(mask, _HEAD_CENTRE, _HEAD_AXES, 0, 0, 360, 255, -1)
    cv2.fillPoly(mask, [_BODY], 255)
    mask = cv2.GaussianBlur(mask, (0, 0), 3.0).astype(np.float32) / 255.0
    # pad so crops may reach beyond the top of the original photograph
    pad = 120
    img = cv2.copyMakeBorder(img, pad, 0, pad, pad, cv2.BORDER_REPLICATE)
    mask = cv2.copyMakeBorder(mask, pad, 0, pad, pad, cv2.BORDER_CONSTANT, value=0)
    return img, mask


def portrait(
    rng: np.random.Generator, aspect: float = 35 / 45, grey: bool = False, backdrop=(214, 218, 222), size: int = 420
) -> np.ndarray:
    """An RGB portrait ``size`` px high with width/height ``aspect``."""
    img, mask = _source()
    pad = 120
    fx, fy, fw, fh = _FACE_BOX
    face_cx = fx + fw / 2 + pad + rng.uniform(-6, 6)
    face_cy = fy + fh / 2 + pad + rng.uniform(-4, 8)
    # crop height: the face box fills 38-48 % of the photo height (chin to crown about 70-80 %)
    crop_h = fh / rng.uniform(0.38, 0.48)
    crop_w = crop_h * aspect
    top = face_cy - crop_h * rng.uniform(0.47, 0.53)
    angle = rng.uniform(-4, 4)
    scale = size / crop_h
    out_w = int(round(size * aspect))
    m = cv2.getRotationMatrix2D((face_cx, face_cy), angle, 1.0)
    # rotate about the face, then move the crop's top-left corner to the origin and scale
    m[:, 2] -= [face_cx - crop_w / 2, top]
    m *= scale
    person = cv2.warpAffine(img, m, (out_w, size), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REPLICATE)
    alpha = cv2.warpAffine(mask, m, (out_w, size), flags=cv2.INTER_LINEAR, borderValue=0)[..., None]
    # backdrop: a soft vertical gradient around the given colour
    yy = np.linspace(0, 1, size, dtype=np.float32)[:, None, None]
    base = np.array(backdrop, np.float32)
    bg = np.clip(base * (1.04 - 0.1 * yy) + rng.uniform(-6, 6, 3), 0, 255) * np.ones((1, out_w, 1), np.float32)
    out = person.astype(np.float32) * alpha + bg * (1 - alpha)
    if rng.random() < 0.5:
        out = out[:, ::-1]
    # tint, brightness, contrast
    gain = np.array([rng.uniform(0.92, 1.08), rng.uniform(0.94, 1.06), rng.uniform(0.9, 1.08)], np.float32)
    contrast = rng.uniform(0.85, 1.12)
    out = (out - 128) * contrast + 128 + rng.uniform(-12, 12)
    out = out * gain
    if grey:
        g = out @ np.array([0.299, 0.587, 0.114], np.float32)
        tone = np.array([1.0, 0.985, 0.955], np.float32) if rng.random() < 0.5 else np.ones(3, np.float32)
        out = g[..., None] * tone
    return np.ascontiguousarray(np.clip(out, 0, 255).astype(np.uint8))


def ghost(rng: np.random.Generator, tint=(110, 110, 120), aspect: float = 35 / 45, size: int = 220) -> np.ndarray:
    """A greyscale portrait mapped onto ``tint`` (dark) .. white, for blending faintly over the background."""
    p = portrait(rng, aspect=aspect, grey=True, backdrop=(245, 245, 245), size=size)
    g = p[..., 0].astype(np.float32) / 255.0
    t = np.array(tint, np.float32)
    out = t * (1 - g[..., None]) + 255 * g[..., None]
    return out.astype(np.uint8)


def ghost_mask(h: int, w: int) -> np.ndarray:
    """Oval vignette so the ghost fades into the card."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d = ((xx - w / 2) / (w * 0.55)) ** 2 + ((yy - h * 0.48) / (h * 0.6)) ** 2
    return np.clip(1.6 - d * 1.4, 0, 1)
