"""``redact_id_copy``: upload bytes in, a safe copy (or a quarantine verdict with reasons) out.

Per page: find the MRZ band by its shape and read it (tesseract ``eng``, MRZ whitelist); OCR the
page (``nld``) and analyse the text; find the face; black out MRZ, BSN, document number and photo
(plus what the policy adds); OCR and check the result again. Any finding left, or any failure,
means no copy is released.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from redactors.id_copies import watermark
from redactors.id_copies.boxes import Region, black_out, rotated
from redactors.id_copies.face import photo_regions
from redactors.id_copies.fields import Values, body_regions, mrz_values
from redactors.id_copies.layout import photo_zone
from redactors.id_copies.load import LoadError, load
from redactors.id_copies.mrz_band import Band, band_region_size, crop_upright, find_bands
from redactors.id_copies.ocr import MRZ_WHITELIST, OcrError, Word, tesseract
from redactors.id_copies.policy import IdCopyPolicy
from redactors.id_copies.save import encode
from redactors.id_copies.verify import gray_of, problems

MRZ_LINE_PX = 40  # the band is OCR'd at this height per line


@dataclass
class PageResult:
    regions: list[Region]
    problems: list[str]
    mrz_lines_read: int


@dataclass
class IdCopyResult:
    released: bool
    format: str | None
    data: bytes | None  # the safe copy; None when quarantined
    pages: list[PageResult] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    pixels: int = 0

    def report(self) -> dict[str, object]:
        """What was blacked out and why the copy was (not) released; never the values themselves."""
        return {
            "released": self.released, "format": self.format, "reasons": self.reasons,
            "megapixels": round(self.pixels / 1e6, 3),
            "timings_s": {k: round(v, 3) for k, v in self.timings.items()},
            "pages": [{"page": i + 1, "boxes": [r.to_dict() for r in p.regions], "verification_problems": p.problems,
                       "mrz_lines_read": p.mrz_lines_read} for i, p in enumerate(self.pages)],
        }


class _Clock:
    def __init__(self) -> None:
        self.times: dict[str, float] = {}

    def add(self, name: str, started: float) -> float:
        now = time.perf_counter()
        self.times[name] = self.times.get(name, 0.0) + now - started
        return now


def _analyzer():  # noqa: ANN202 - heavy import only when needed
    from detectors.analyzer import default_analyzer

    return default_analyzer()


def _ocr_page(gray: np.ndarray, width: int) -> list[Word]:
    f = width / gray.shape[1]
    interp = cv2.INTER_AREA if f < 1 else cv2.INTER_CUBIC
    img = cv2.resize(gray, (width, max(1, round(gray.shape[0] * f))), interpolation=interp)
    return [w.scaled(1 / f) for w in tesseract(img, "nld", 11)]


def _read_mrz(gray: np.ndarray, band: Band) -> list[Word]:
    lines = max(band.lines, round(band.thickness / max(band.line_height * 1.6, 1)))
    crop = crop_upright(gray, band, height=int(MRZ_LINE_PX * 1.6 * max(lines, 2)))
    return tesseract(crop, "eng", 6, MRZ_WHITELIST)


def _band_region(band: Band, margin: float) -> Region:
    return rotated("mrz", "mrz_geometry", band.center, band_region_size(band, margin), band.angle)


def _find(gray: np.ndarray, policy: IdCopyPolicy, analyzer, clock: _Clock) -> tuple[list[Region], Values, int]:  # noqa: ANN001
    t = time.perf_counter()
    bands = find_bands(gray)
    t = clock.add("mrz_band", t)
    values = Values()
    regions: list[Region] = []
    for band in bands:
        regions.append(_band_region(band, policy.margin))
        regions.append(photo_zone(band))
        mrz = mrz_values(_read_mrz(gray, band), analyzer)
        values.document_numbers |= mrz.document_numbers
        values.bsns |= mrz.bsns
        values.mrz_lines += mrz.mrz_lines
    t = clock.add("mrz_ocr", t)
    regions += photo_regions(gray)
    t = clock.add("face", t)
    words = _ocr_page(gray, policy.ocr_width)
    t = clock.add("ocr", t)
    body = body_regions(words, analyzer, values, policy.regions(), policy.margin)
    t = clock.add("analyze", t)
    if not _has_document_number(body):
        # Every Dutch ID document prints its number: not finding it means the OCR scale did not suit
        # this photo. One more reading at another scale; if that fails too, the page is quarantined.
        width = max(policy.ocr_width + 800, min(gray.shape[1], 2 * policy.ocr_width))
        words = _ocr_page(gray, width)
        t = clock.add("ocr", t)
        body += body_regions(words, analyzer, values, policy.regions(), policy.margin)
        clock.add("analyze", t)
    return regions + body, values, len(bands)


def _has_document_number(regions: list[Region]) -> bool:
    return any(r.type == "document_number" and r.source in ("label", "shape", "ocr") for r in regions)


def _redact_page(page: np.ndarray, policy: IdCopyPolicy, analyzer, clock: _Clock) -> tuple[np.ndarray, PageResult]:  # noqa: ANN001
    gray = gray_of(page)
    regions, values, n_bands = _find(gray, policy, analyzer, clock)
    wanted = policy.regions()
    regions = [r for r in regions if r.type in wanted]
    t = time.perf_counter()
    out = watermark.apply(page, policy.watermark) if policy.watermark.enabled else page
    out = black_out(out, regions)
    t = clock.add("redact", t)
    issues: list[str] = []
    if policy.require_document and not n_bands and not any(r.source == "face" for r in regions):
        issues.append("no MRZ band and no face found: not recognised as an ID document")
    elif policy.require_document and not _has_document_number(regions):
        issues.append("document number field not located in the printed text: cannot verify the copy")
    out_gray = gray_of(out)
    t = clock.add("redact", t)
    words = _ocr_page(out_gray, policy.ocr_width)
    t = clock.add("verify_ocr", t)
    issues += problems(out_gray, words, analyzer, values)
    clock.add("verify", t)
    return out, PageResult(regions, issues, len(values.mrz_lines))


def _read(source: str | Path | bytes) -> bytes:
    return source if isinstance(source, bytes) else Path(source).read_bytes()


def redact_id_copy(source: str | Path | bytes, policy: IdCopyPolicy | None = None, analyzer=None) -> IdCopyResult:  # noqa: ANN001
    """A safe copy of an ID document upload. Never raises for a bad upload: the result is then not
    released and ``reasons`` says why. The input is only read."""
    policy = policy or IdCopyPolicy()
    clock = _Clock()
    t = time.perf_counter()
    try:
        upload = load(_read(source), policy.pdf_dpi)
    except (LoadError, OSError) as exc:
        return IdCopyResult(False, None, None, reasons=[f"cannot read upload: {exc}"])
    clock.add("load", t)
    analyzer = analyzer or _analyzer()
    result = IdCopyResult(False, upload.format, None, pixels=sum(p.shape[0] * p.shape[1] for p in upload.pages))
    pages = []
    try:
        for page in upload.pages:
            out, page_result = _redact_page(page, policy, analyzer, clock)
            pages.append(out)
            result.pages.append(page_result)
    except OcrError as exc:
        result.reasons.append(str(exc))
    for i, p in enumerate(result.pages, start=1):
        result.reasons += [f"page {i}: {reason}" for reason in p.problems]
    if not result.reasons:
        t = time.perf_counter()
        result.data = encode(pages, upload.format, policy.pdf_dpi)
        clock.add("save", t)
        result.released = True
    result.timings = clock.times | {"total": sum(clock.times.values())}
    return result
