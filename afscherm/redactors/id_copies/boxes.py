"""Regions to black out: a type, where they were found, and a polygon in page pixels."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np


@dataclass(frozen=True)
class Region:
    type: str  # mrz, bsn, document_number, photo, name, date_of_birth, signature
    source: str  # how it was found: mrz_geometry, ocr, mrz_value, label, face, layout, …
    polygon: tuple[tuple[float, float], ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "type": self.type,
            "source": self.source,
            "polygon": [[round(x, 1), round(y, 1)] for x, y in self.polygon],
        }

    def bbox(self) -> tuple[float, float, float, float]:
        xs, ys = [p[0] for p in self.polygon], [p[1] for p in self.polygon]
        return min(xs), min(ys), max(xs), max(ys)


def rect(type_: str, source: str, x0: float, y0: float, x1: float, y1: float, margin: float = 0.0) -> Region:
    x0, y0, x1, y1 = x0 - margin, y0 - margin, x1 + margin, y1 + margin
    return Region(type_, source, ((x0, y0), (x1, y0), (x1, y1), (x0, y1)))


def rotated(type_: str, source: str, center: tuple[float, float], size: tuple[float, float], angle: float) -> Region:
    pts = cv2.boxPoints((center, size, angle))
    return Region(type_, source, tuple((float(x), float(y)) for x, y in pts))


def scaled(region: Region, f: float) -> Region:
    return Region(region.type, region.source, tuple((x * f, y * f) for x, y in region.polygon))


def black_out(page: np.ndarray, regions: list[Region]) -> np.ndarray:
    out = page.copy()
    for r in regions:
        pts = np.round(np.array(r.polygon, dtype=np.float64)).astype(np.int32)
        cv2.fillPoly(out, [pts], (0, 0, 0))
    return out
