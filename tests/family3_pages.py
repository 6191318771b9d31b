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


def required_elements(truth: dict) -> list[dict]:
    """The truth's elements of a kind in :data:`REQUIRED`, in its order."""
    return [e for e in truth["elements"] if e["type"] in REQUIRED]


def under_black(truth: dict, result: IdCopyResult, least: float = 0.95) -> list[str]:
    """The kinds of the required elements that the released copy's first page covers less than ``least``."""
    out = decode_pages(result.data)[0]
    return [e["type"] for e in required_elements(truth) if covered(out, e["polygon"]) < least]
