"""PDFs with a text layer: the text of each page for detection, and a redacted image-only copy.

A PDF's text layer cannot be edited safely in place (the same glyphs may be drawn again by another
content stream, fonts can be subset so that a replacement cannot be drawn). So the safe copy is the
page rendered as an image with opaque boxes over the characters of every finding, written as an
image-only PDF: nothing of the original content stream, text layer or metadata survives.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from afscherm.detectors.findings import Finding

RENDER_DPI = 150
MAX_PAGES = 500
# Boxes are grown by this share of their height, so anti-aliased glyph edges are covered too.
BOX_MARGIN = 0.15


class PdfTextError(ValueError):
    """A PDF that cannot be read or whose text layer cannot be mapped to positions."""


@dataclass(frozen=True, slots=True)
class PdfText:
    pages: list[str]  # the text layer of each page ("" for a page without text)

    @property
    def has_text(self) -> bool:
        """True when any page carries at least one visible character (a scanned PDF has none)."""
        return any(p.strip() for p in self.pages)


def _open(data: bytes):  # noqa: ANN202 - pypdfium2 is imported on first use
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise PdfTextError(f"not a readable PDF ({exc})") from exc
    if len(pdf) == 0:
        pdf.close()
        raise PdfTextError("PDF has no pages")
    if len(pdf) > MAX_PAGES:
        n = len(pdf)
        pdf.close()
        raise PdfTextError(f"PDF has {n} pages (at most {MAX_PAGES} are read)")
    return pdf


def pdf_text(data: bytes) -> PdfText:
    """The text layer of every page; offsets in it are character indices of the page's text page."""
    pdf = _open(data)
    try:
        pages: list[str] = []
        for page in pdf:
            textpage = page.get_textpage()
            n = textpage.count_chars()
            text = textpage.get_text_range(0, n) if n else ""
            # Findings map to character boxes by index: a text range that is not one character per
            # index cannot be redacted reliably, so it is refused rather than guessed.
            if len(text) != n:
                raise PdfTextError(f"text layer of page {len(pages) + 1} does not map to character positions")
            pages.append(text)
        return PdfText(pages)
    finally:
        pdf.close()


Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF points


def _line_boxes(textpage, start: int, end: int) -> list[Box]:  # noqa: ANN001
    """One box per line the characters ``start:end`` sit on: the union of their character boxes, so no
    gap between two glyphs (spaces, kerning) is left uncovered."""
    boxes: list[Box] = []
    for index in range(start, end):
        left, bottom, right, top = textpage.get_charbox(index)
        if right <= left and top <= bottom:  # generated characters (line breaks) have no box
            continue
        if boxes:
            l0, b0, r0, t0 = boxes[-1]
            middle = (bottom + top) / 2
            if b0 <= middle <= t0:  # the same line
                boxes[-1] = (min(l0, left), min(b0, bottom), max(r0, right), max(t0, top))
                continue
        boxes.append((left, bottom, right, top))
    return boxes


def redact_pdf_text(data: bytes, findings: Sequence[Sequence[Finding]], dpi: int = RENDER_DPI) -> bytes:
    """An image-only PDF of ``data`` with a black box over every character of every finding, per page."""
    from PIL import Image, ImageDraw

    pdf = _open(data)
    images: list[Image.Image] = []
    try:
        if len(findings) != len(pdf):
            raise PdfTextError(f"findings for {len(findings)} pages, the PDF has {len(pdf)}")
        scale = dpi / 72
        for page, page_findings in zip(pdf, findings, strict=True):
            height = page.get_height()
            image = page.render(scale=scale).to_pil().convert("RGB")
            draw = ImageDraw.Draw(image)
            textpage = page.get_textpage()
            for finding in page_findings:
                for left, bottom, right, top in _line_boxes(textpage, finding.start, finding.end):
                    pad = (top - bottom) * BOX_MARGIN
                    draw.rectangle(
                        [
                            (left - pad) * scale,
                            (height - top - pad) * scale,
                            (right + pad) * scale,
                            (height - bottom + pad) * scale,
                        ],
                        fill=(0, 0, 0),
                    )
            images.append(image)
    finally:
        pdf.close()
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return out.getvalue()
