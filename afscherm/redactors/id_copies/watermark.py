"""A visible, diagonal, semi-transparent ``KOPIE — purpose — recipient — date`` across the page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from afscherm.redactors.id_copies.policy import Watermark

_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


def watermark_text(mark: Watermark) -> str:
    date = mark.date or dt.date.today().isoformat()
    text = mark.text.format(purpose=mark.purpose, recipient=mark.recipient, date=date)
    return " — ".join(p.strip() for p in text.split("—") if p.strip())  # an empty recipient leaves no "— —"


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(str(_FONT), size)
    except OSError:
        return ImageFont.load_default(size)


def apply(page: np.ndarray, mark: Watermark) -> np.ndarray:
    h, w = page.shape[:2]
    text = watermark_text(mark)
    size = max(12, int(w / max(len(text), 10) * 1.3))
    font = _font(size)
    box = ImageDraw.Draw(Image.new("L", (1, 1))).textbbox((0, 0), text, font=font)
    tw, th = int(box[2] - box[0]) + 20, int(box[3] - box[1]) + 20
    tile = Image.new("L", (tw, th), 0)
    ImageDraw.Draw(tile).text((10 - box[0], 10 - box[1]), text, font=font, fill=255)
    tile = tile.rotate(mark.angle, expand=True, resample=Image.Resampling.BICUBIC)
    alpha = Image.new("L", (w, h), 0)
    # Repeated down the page so cropping cannot remove it.
    step = max(tile.height, h // 3)
    for y in range(-tile.height // 2, h, step):
        alpha.paste(tile, ((w - tile.width) // 2, y), tile)
    a = np.asarray(alpha, dtype=np.float32)[..., None] / 255 * mark.opacity
    colour = np.array([200, 30, 30], dtype=np.float32)
    return (page.astype(np.float32) * (1 - a) + colour * a).astype(np.uint8)
