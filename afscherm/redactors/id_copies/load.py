"""Decode an upload page by page under resource limits: images (EXIF orientation applied, every TIFF
frame) and PDFs (rendered with pdfium).

``open_document`` reads only headers: the number of pages and every image's declared size are checked
against the limits before a single pixel is decoded. ``Document.pages()`` then decodes one page at a
time, when it is asked for, so memory holds one decoded page however many the document has.
"""

from __future__ import annotations

import io
import math
import re
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

FORMATS = {"PNG": "png", "JPEG": "jpg", "TIFF": "tiff", "WEBP": "webp", "MPO": "jpg"}
_ORIENTATION = 0x0112
_PILLOW_LOCK = threading.Lock()


class LoadError(ValueError):
    """The upload is not a readable image or PDF (broken, truncated, encrypted, no pages)."""


class LimitError(Exception):
    """The upload is a readable image or PDF, but larger than the limits allow: it is not decoded."""


@dataclass(frozen=True)
class Limits:
    max_page_pixels: int = 60_000_000
    max_pages: int = 20
    pdf_dpi: int = 200


@dataclass
class Page:
    pixels: np.ndarray  # RGB uint8, upright
    # A rendered PDF page's resolution (x, y): its size in points is pixels / dpi * 72, as the original's.
    dpi: tuple[float, float] | None = None


@dataclass
class Upload:
    format: str  # png, jpg, tiff, webp, pdf
    pages: list[np.ndarray] = field(default_factory=list)  # RGB uint8, upright


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


@contextmanager
def _pillow(max_pixels: int) -> Iterator[None]:
    """Pillow at work on an upload: its decompression-bomb check at our cap, that warning (cap < size ≤
    2 × cap) an error too, and its other warnings (corrupt EXIF, odd tags) silenced: they would be
    printed as lines of their own. Pillow's limit and Python's warning filters are process-wide, so
    they are set around each use (not at import: other code keeps its setting), one use at a time."""
    with _PILLOW_LOCK, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        before, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, max_pixels
        try:
            yield
        finally:
            Image.MAX_IMAGE_PIXELS = before


@contextmanager
def _unreadable_as_load_error(what: str) -> Iterator[None]:
    """Whatever a decoder raises on a broken file (OSError, SyntaxError, ValueError, TypeError,
    struct.error, … — Pillow uses them all) is bad input; running out of memory is not."""
    try:
        yield
    except (LoadError, LimitError, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001 - see above
        raise LoadError(f"{what}: {type(exc).__name__}: {_one_line(exc)}") from exc


def _too_large(page: int, pixels: int | None, limits: Limits, size: tuple[int, int] | None = None) -> LimitError:
    declared = f"{size[0]}×{size[1]} = " if size else ""
    amount = f"{pixels:,} pixels" if pixels is not None else "more pixels than allowed"
    return LimitError(
        f"page {page}: {declared}{amount} declared, over id_copies.max_page_pixels "
        f"({limits.max_page_pixels:,}): not decoded"
    )


class ImageDocument:
    """PNG, JPEG, WebP (first frame, as the copy is written) or TIFF (every frame)."""

    def __init__(self, source: bytes | Path, limits: Limits) -> None:
        self.source, self.limits = source, limits
        with _pillow(limits.max_page_pixels), self._open(1) as img, _unreadable_as_load_error("cannot read"):
            fmt = FORMATS.get(img.format or "")
            if fmt is None:
                raise LoadError(f"unsupported image format {img.format}")
            self.format = fmt
            self._check_size(1, img.size)
            self.page_count = self._count(img) if fmt == "tiff" else 1

    def _open(self, page: int) -> Image.Image:
        """The image, headers read (under ``_pillow``)."""
        try:
            return Image.open(io.BytesIO(self.source) if isinstance(self.source, bytes) else self.source)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            found = re.search(r"\((\d+) pixels\)", str(exc))
            raise _too_large(page, int(found.group(1)) if found else None, self.limits) from exc
        except UnidentifiedImageError as exc:
            raise LoadError("not a PNG, JPEG, TIFF, WebP or PDF file") from exc
        except (MemoryError, LimitError):
            raise
        except Exception as exc:  # noqa: BLE001 - a broken header: see _unreadable_as_load_error
            raise LoadError(f"cannot read image header: {type(exc).__name__}: {_one_line(exc)}") from exc

    def _count(self, img: Image.Image) -> int:
        """Frames seeked through (headers only) up to one past the limit, each one's size checked."""
        n = 0
        while True:
            try:
                img.seek(n)
            except EOFError:
                return n
            n += 1
            if n > self.limits.max_pages:
                raise LimitError(f"more than {self.limits.max_pages} pages, over id_copies.max_pages: not decoded")
            self._check_size(n, img.size)

    def _check_size(self, page: int, size: tuple[int, int]) -> None:
        if size[0] * size[1] > self.limits.max_page_pixels:
            raise _too_large(page, size[0] * size[1], self.limits, size)

    def pages(self) -> Iterator[Page]:
        for i in range(self.page_count):
            yield self.page(i)

    def page(self, i: int) -> Page:
        """Frame ``i`` from a fresh open: no decoded frame stays behind in a Pillow object while the
        page is redacted."""
        with (
            _pillow(self.limits.max_page_pixels),
            self._open(i + 1) as img,
            _unreadable_as_load_error(f"page {i + 1}: cannot decode"),
        ):
            img.seek(i)
            self._check_size(i + 1, img.size)
            img.load()
            frame = img
            if img.getexif().get(_ORIENTATION, 1) != 1:
                frame = ImageOps.exif_transpose(img)
            if frame.mode != "RGB":
                frame = frame.convert("RGB")
            return Page(np.asarray(frame))

    def close(self) -> None:
        pass


def render_scale(width_pt: float, height_pt: float, limits: Limits) -> float:
    """pdfium's scale for a page: ``pdf_dpi``, or less where that would exceed the pixel cap (pdfium
    rounds the bitmap size up, so the cap is checked on the rounded size)."""
    scale = min(limits.pdf_dpi / 72, math.sqrt(limits.max_page_pixels / max(width_pt * height_pt, 1e-6)))
    while math.ceil(width_pt * scale) * math.ceil(height_pt * scale) > limits.max_page_pixels:
        scale *= 0.999
    return scale


# A scanner's or a phone app's PDF wraps its picture: one image over the page, nothing else. Rendered at pdf_dpi, a
# picture of fewer dots per inch is only upscaled (tuning family3: scans of 96 and 144 dpi rendered at 200, 2-4 times
# the pixels, the pipeline's cost with them, and nothing more to see). A page whose every object is an image is
# rendered at the images' own resolution (the finest, where there are several), at most pdf_dpi: the pixels an image
# upload of that picture would have. A page with any text or drawing is rendered at pdf_dpi as before.
def image_dpi(page) -> float | None:  # noqa: ANN001 - a pypdfium2 PdfPage
    """The resolution of the images that are all a PDF page holds (dots per inch, the finest), None when it holds
    anything else or nothing."""
    import pypdfium2.raw as pdfium_c

    finest = None
    for obj in page.get_objects(max_depth=1):
        if obj.type != pdfium_c.FPDF_PAGEOBJ_IMAGE:
            return None
        px_w, px_h = obj.get_px_size()
        left, bottom, right, top = obj.get_bounds()
        area = (right - left) * (top - bottom)
        if px_w <= 0 or px_h <= 0 or area <= 0:
            return None
        # Pixels per point over the image's area: the same whether the image is placed turned by quarter turns.
        dpi = 72 * math.sqrt(px_w * px_h / area)
        finest = dpi if finest is None else max(finest, dpi)
    return finest


class PdfDocument:
    """A PDF, each page rendered when asked for; a page too large for ``pdf_dpi`` at a lower resolution."""

    format = "pdf"

    def __init__(self, source: bytes | Path, limits: Limits) -> None:
        import pypdfium2 as pdfium

        self.limits = limits
        try:
            self.pdf = pdfium.PdfDocument(source)
        except pdfium.PdfiumError as exc:
            problem = "password required (encrypted)" if "password" in str(exc).lower() else _one_line(exc)
            raise LoadError(f"cannot open PDF: {problem}") from exc
        self.page_count = len(self.pdf)
        if self.page_count == 0:
            self.close()
            raise LoadError("PDF has no pages")
        if self.page_count > limits.max_pages:
            self.close()
            raise LimitError(f"{self.page_count} pages, over id_copies.max_pages ({limits.max_pages}): not decoded")

    def pages(self) -> Iterator[Page]:
        for i in range(self.page_count):
            yield self.page(i)

    def page(self, i: int) -> Page:
        with _unreadable_as_load_error(f"page {i + 1}: cannot render"):
            page = self.pdf[i]
            try:
                width, height = page.get_size()
                if not (width > 0 and height > 0):
                    raise LoadError(f"page {i + 1}: has no size ({width}×{height} points)")
                scale = render_scale(width, height, self.limits)
                native = image_dpi(page)
                if native is not None:
                    scale = min(scale, native / 72)
                bitmap = page.render(scale=scale, rev_byteorder=True)  # RGB
                try:
                    pixels = np.array(bitmap.to_numpy()[:, :, :3])  # a copy: the bitmap is freed below
                finally:
                    bitmap.close()
            finally:
                page.close()
        # From the pixels pdfium made (it rounds up), so the copy's page has the original's size.
        return Page(pixels, (pixels.shape[1] * 72 / width, pixels.shape[0] * 72 / height))

    def close(self) -> None:
        self.pdf.close()


Document = ImageDocument | PdfDocument


@contextmanager
def open_document(source: bytes | Path, limits: Limits | None = None) -> Iterator[Document]:
    """The upload's pages (from its bytes, or read from its path as they are needed, so the file is never
    in memory whole), checked against ``limits`` before anything is decoded. Raises ``LoadError`` for
    what is no readable image or PDF, ``LimitError`` for what is too large to decode and ``OSError``
    for a path that cannot be read."""
    limits = limits or Limits()
    if isinstance(source, bytes):
        head = source[:5]
    else:
        with Path(source).open("rb") as fh:
            head = fh.read(5)
    document: Document = PdfDocument(source, limits) if head == b"%PDF-" else ImageDocument(source, limits)
    try:
        yield document
    finally:
        document.close()


def load(data: bytes, pdf_dpi: int = 200, limits: Limits | None = None) -> Upload:
    """Every page at once (for tools and tests on small documents; the redactor uses ``open_document``)."""
    limits = limits or Limits(pdf_dpi=pdf_dpi)
    with open_document(data, limits) as document:
        return Upload(document.format, [page.pixels for page in document.pages()])
