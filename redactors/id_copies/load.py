"""Decode an upload into RGB pages: images (EXIF orientation applied, all TIFF frames) and PDFs."""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

FORMATS = {"PNG": "png", "JPEG": "jpg", "TIFF": "tiff", "WEBP": "webp", "MPO": "jpg"}
MAX_PIXELS = 40_000_000  # per page; larger is refused rather than risking memory


class LoadError(ValueError):
    """The upload is not a readable image or PDF."""


@dataclass
class Upload:
    format: str  # png, jpg, tiff, webp, pdf
    pages: list[np.ndarray]  # RGB uint8, upright


def _image_pages(data: bytes) -> Upload:
    try:
        img = Image.open(io.BytesIO(data))
    except (UnidentifiedImageError, OSError) as exc:
        raise LoadError("not a PNG, JPEG, TIFF, WebP or PDF file") from exc
    fmt = FORMATS.get(img.format or "")
    if fmt is None:
        raise LoadError(f"unsupported image format {img.format}")
    pages = []
    try:
        for i in range(getattr(img, "n_frames", 1) if fmt == "tiff" else 1):
            img.seek(i)
            if img.width * img.height > MAX_PIXELS:
                raise LoadError(f"page {i + 1} is too large ({img.width}×{img.height})")
            frame = ImageOps.exif_transpose(img.copy()) or img.copy()
            pages.append(np.asarray(frame.convert("RGB")))
    except (OSError, SyntaxError) as exc:
        raise LoadError(f"cannot decode image: {exc}") from exc
    return Upload(fmt, pages)


def _pdf_pages(data: bytes, dpi: int) -> Upload:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise LoadError(f"cannot open PDF: {exc}") from exc
    pages = []
    try:
        for page in pdf:
            w, h = page.get_size()
            scale = min(dpi / 72, (MAX_PIXELS / max(w * h, 1)) ** 0.5)
            pages.append(np.asarray(page.render(scale=scale).to_pil().convert("RGB")))
    finally:
        pdf.close()
    if not pages:
        raise LoadError("PDF has no pages")
    return Upload("pdf", pages)


def load(data: bytes, pdf_dpi: int = 200) -> Upload:
    if data[:5] == b"%PDF-":
        return _pdf_pages(data, pdf_dpi)
    return _image_pages(data)
