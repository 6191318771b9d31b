"""The one result type every detector returns."""

from __future__ import annotations

from dataclasses import asdict, dataclass

# Canonical entity names (DESIGN.md); everything downstream keys on these strings.
ENTITY_TYPES: tuple[str, ...] = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "NL_BSN",
    "IBAN_CODE",
    "MRZ",
    "IMEI",
    "NL_ID_DOCUMENT",
    "IP_ADDRESS",
    "CREDIT_CARD",
    "LOCATION",
    "DATE_OF_BIRTH",
)


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """A span of personal data: ``text[start:end]`` (code-point offsets, end exclusive)."""

    start: int
    end: int
    entity_type: str
    score: float
    recognizer: str

    def to_dict(self) -> dict[str, object]:
        d = asdict(self)
        return {k: d[k] for k in ("entity_type", "start", "end", "score", "recognizer")}
