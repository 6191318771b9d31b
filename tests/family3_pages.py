"""An upload of the tuning family3 generator (synthetic/id_family3) redacted for a test: its truth, the redaction's
result and the elements that must be black on a released copy. The held-out family (synthetic/id_uploads) is never
used in tests."""

from __future__ import annotations

import json
from pathlib import Path

from afscherm.detectors.analyzer import Analyzer
from afscherm.redactors.id_copies import IdCopyPolicy, IdCopyResult, redact_id_copy
from synthetic.id_images import decode_pages
from tests.id_compose import covered

# The elements a released copy must have blacked out (the benchmark's required kinds).
REQUIRED = ("mrz_band", "mrz_line", "bsn", "document_number", "personal_number", "v_number", "photo", "ghost_photo")


def redacted_upload(
    folder: Path, seed: int, page: int, document: str, capture: str, analyzer: Analyzer
) -> tuple[dict, IdCopyResult]:
    """Family3's upload ``page`` of ``seed`` (drawn at 4 Mpx into ``folder``): its truth and its redaction."""
    from synthetic.id_family3.plan import Upload, write_upload

    row = write_upload(Upload(page, document, capture), folder, seed, 4.0)
    truth = json.loads((folder / str(row["truth"])).read_text())
    return truth, redact_id_copy((folder / str(row["file"])).read_bytes(), IdCopyPolicy(), analyzer)


def front_and_back(
    seed: int, kind: str, style: dict[str, object], dpi: float = 200.0, gap_mm: float = 10.0
) -> tuple[bytes, list[dict]]:
    """A card's front and back drawn by family3 (its style's choices replaced by ``style``: what another artist may
    draw differently) and scanned side by side, front left, on an A4 landscape page at ``dpi``: a PNG and the
    elements (page polygons, family3's truth format)."""
    import numpy as np

    from synthetic.id_family3 import captures, layouts
    from synthetic.id_family3.identity import make_document
    from tests.id_compose import png

    rng = np.random.default_rng([seed, 4242])
    doc = make_document(kind, rng)
    doc.style = {**layouts.choose_style(doc, rng), **style}
    items = [captures.Item(0, side, layouts.render_side(doc, side, rng)) for side in ("front", "back")]
    mm = captures.MM_PER_INCH / captures.SOURCE_DPI
    widths = [it.side.rgb.shape[1] * mm for it in items]
    height = max(it.side.rgb.shape[0] * mm for it in items)
    px_per_mm = dpi / captures.MM_PER_INCH
    place = captures.scale(px_per_mm) @ captures.translate(15.0, 15.0)
    mats, x = [], 0.0
    for it, w in zip(items, widths, strict=True):
        rows, cols = it.side.rgb.shape[:2]
        card = captures.translate(x + w / 2, height / 2) @ captures.scale(mm) @ captures.translate(-cols / 2, -rows / 2)
        mats.append(place @ card)
        x += w + gap_mm
    page = captures.paper(round(297 * px_per_mm), round(210 * px_per_mm), rng)
    elements = captures.composite(page, items, mats)
    page = captures.scan_noise(page, rng)
    return png(page), [{**e, "polygon": np.asarray(e["polygon"]).tolist()} for e in elements]


def required_elements(truth: dict) -> list[dict]:
    """The truth's elements of a kind in :data:`REQUIRED`, in its order."""
    return [e for e in truth["elements"] if e["type"] in REQUIRED]


def under_black(truth: dict, result: IdCopyResult, least: float = 0.95) -> list[str]:
    """The kinds of the required elements that the released copy's first page covers less than ``least``."""
    out = decode_pages(result.data)[0]
    return [e["type"] for e in required_elements(truth) if covered(out, e["polygon"]) < least]
