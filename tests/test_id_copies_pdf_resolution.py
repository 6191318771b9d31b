"""A PDF page that only wraps a picture (a scanner's or a phone app's PDF) is rendered at the picture's own resolution,
at most ``pdf_dpi`` (``load.image_dpi``): rendered at 200 dpi, a 96 dpi scan was only upscaled, twice to four times the
pixels to search, and nothing more to see. A page that holds anything else is rendered at ``pdf_dpi`` as before."""

from __future__ import annotations

import io

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from afscherm.redactors.id_copies.load import Limits, open_document


def _scan_pdf(size: tuple[int, int], dpi: float) -> bytes:
    """A one-page PDF holding one picture of ``size`` pixels at ``dpi`` (as Pillow writes a scan to PDF)."""
    rng = np.random.default_rng(3)
    picture = Image.fromarray(rng.integers(0, 256, (size[1], size[0], 3), dtype=np.uint8))
    buf = io.BytesIO()
    picture.save(buf, "PDF", resolution=dpi)
    return buf.getvalue()


def _with_a_drawing(data: bytes) -> bytes:
    """``data`` with a filled rectangle drawn on its first page (vector graphics: no resolution of its own)."""
    pdf = pdfium.PdfDocument(data)
    page = pdf[0]
    rect = pdfium_c.FPDFPageObj_CreateNewRect(10, 10, 50, 20)
    pdfium_c.FPDFPath_SetDrawMode(rect, pdfium_c.FPDF_FILLMODE_ALTERNATE, 0)
    pdfium_c.FPDFPage_InsertObject(page.raw, rect)
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    buf = io.BytesIO()
    pdf.save(buf)
    page.close()
    pdf.close()
    return buf.getvalue()


def _first_page(data: bytes) -> tuple[tuple[int, int], tuple[float, float] | None]:
    with open_document(data, Limits(pdf_dpi=200)) as document:
        page = document.page(0)
        return (page.pixels.shape[1], page.pixels.shape[0]), page.dpi


def test_a_scan_of_fewer_dots_per_inch_is_rendered_at_its_own_size() -> None:
    size, dpi = _first_page(_scan_pdf((794, 1123), 96))
    assert abs(size[0] - 794) <= 1 and abs(size[1] - 1123) <= 1  # not 1654 × 2339 (200 dpi)
    assert dpi is not None and abs(dpi[0] - 96) < 0.5  # the copy's page keeps the original's size in points


def test_a_finer_scan_is_still_rendered_at_pdf_dpi() -> None:
    size, _ = _first_page(_scan_pdf((1500, 900), 300))
    assert abs(size[0] - 1000) <= 1 and abs(size[1] - 600) <= 1  # 5 × 3 inch at 200 dpi


def test_a_page_with_a_drawing_beside_the_scan_is_rendered_at_pdf_dpi() -> None:
    size, _ = _first_page(_with_a_drawing(_scan_pdf((794, 1123), 96)))
    assert abs(size[0] - round(794 * 200 / 96)) <= 1 and abs(size[1] - round(1123 * 200 / 96)) <= 1
