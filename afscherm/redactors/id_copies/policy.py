"""The ``id_copies:`` section of ``configs/policy.yaml``: what to black out, the watermark, checks.

Defaults live here, so the section is optional. MRZ, BSN, document number and photo are always
blacked out; name, date of birth and signature are the user's choice (as in KopieID).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from afscherm.detectors.config import ConfigError, config_dir, read_yaml

Region = Literal["mrz", "bsn", "document_number", "photo", "name", "date_of_birth", "signature"]
ALWAYS: tuple[Region, ...] = ("mrz", "bsn", "document_number", "photo")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Watermark(_Strict):
    enabled: bool = False
    # {purpose}, {recipient} and {date} (ISO, today unless given) are filled in.
    text: str = "KOPIE — {purpose} — {recipient} — {date}"
    purpose: str = "inzageverzoek"
    recipient: str = ""
    date: str | None = None
    opacity: float = Field(default=0.35, gt=0, le=1)
    angle: float = Field(default=30.0, ge=-90, le=90)


class IdCopyPolicy(_Strict):
    # Besides the four regions that are always blacked out.
    also_redact: list[Literal["name", "date_of_birth", "signature"]] = Field(default_factory=list)
    margin: float = Field(default=0.25, ge=0, le=2)  # extra border, as a fraction of the text height
    watermark: Watermark = Field(default_factory=Watermark)
    # Quarantine a page when the finder cannot vouch for it (api._understood): nothing identifiable (no MRZ
    # band, face, BSN or document number), or a front side / data page whose portrait or document number was
    # not found. A back side alone (no portrait, often no printed number) is not refused for that.
    require_document: bool = True
    # Quarantine a front side or data page unless its small second "ghost" portrait was found and blacked out
    # (api._ghost_unverified): modern Dutch and EU documents print one, and a faint ghost is what the checks miss
    # most. Set false only for documents that print none (they are quarantined otherwise).
    require_ghost: bool = True
    # A page the finder refuses already (the two checks above) is not verified: verification can only add reasons to
    # refuse it, and it costs a third of the page's time. True: verified all the same, for every reason to be listed.
    all_reasons: bool = False
    # A page is levelled by its MRZ band and OCR'd at the scale where the band is this long (the
    # body text then has a cap height of ≈ 20 px, what tesseract reads well); a page without a band
    # is OCR'd as it is, ocr_width wide.
    ocr_band_length: int = Field(default=1000, ge=500, le=3000)
    # The redacted page is OCR'd again, whole, at this band length (body values ≈ 14 px high: still
    # read reliably; the boxes are painted out for this reading so remnants beside them are read too).
    verify_band_length: int = Field(default=900, ge=500, le=3000)
    ocr_width: int = Field(default=1600, ge=600, le=4000)
    pdf_dpi: int = Field(default=200, ge=72, le=400)
    # Resource limits, checked against what the file declares before anything is decoded. One page
    # costs ≈ 11 bytes of memory per pixel while it is redacted (decoded RGB, grey copies, the
    # redacted copy, the verification view) on top of ≈ 0.3 GB for the models; pages are decoded one
    # at a time. A 59 Mpx page peaked at 0.92 GB (bench/bench_image_memory.py), so 60 Mpx (a 48 Mpx
    # phone photo fits, an A4 scan at 600 dpi is 35 Mpx) keeps a margin under 1.5 GB. Larger images
    # and documents with more pages are quarantined; PDF pages are rendered at pdf_dpi or, for a page
    # too large for that, at the resolution that gives max_page_pixels.
    max_page_pixels: int = Field(default=60_000_000, ge=100_000, le=200_000_000)
    max_pages: int = Field(default=20, ge=1, le=1000)

    def regions(self) -> set[str]:
        return set(ALWAYS) | set(self.also_redact)


def load_policy(path: Path | None = None) -> IdCopyPolicy:
    """The ``id_copies`` mapping of ``policy.yaml`` (defaults when the file or section is absent)."""
    path = path or config_dir() / "policy.yaml"
    if not path.exists():
        return IdCopyPolicy()
    section = read_yaml(path).get("id_copies")
    if section is None:
        return IdCopyPolicy()
    try:
        return IdCopyPolicy.model_validate(section)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(["id_copies", *(str(p) for p in err["loc"])])
        raise ConfigError(f"{path}: key '{key}': {err['msg']}") from exc
