"""Greyscale photocopies of tuning pages (issue 13): a page turned grey with a copier's look. Tuning material only;
the held-out family (``synthetic/id_uploads``) is never read."""

from __future__ import annotations

import random

import cv2
import numpy as np


def photocopied(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """``img`` as a greyscale photocopy: grey, the paper pushed to white and the ink darker (a copier's contrast), a
    little blur and toner noise; three equal channels as a copier's RGB scan."""
    gray = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY).astype(np.float32)
    paper = float(np.percentile(gray, 90))
    gain = rng.uniform(1.2, 1.6)
    out = 255 - (paper - gray) * gain - rng.uniform(0, 10)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.4, 0.9))
    out += np.random.default_rng(rng.randrange(2**32)).normal(0, rng.uniform(2, 6), out.shape)
    grey = np.clip(out, 0, 255).astype(np.uint8)
    return np.repeat(grey[..., None], 3, axis=2)
