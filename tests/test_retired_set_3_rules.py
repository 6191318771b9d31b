"""Issue 12, general rules for the misses of the third hand-written held-out set once it retired to tuning: an MRZ
whose surname opens with an Ö that OCR printed as a zero, and the holder's name written with its accents beside it.
The cases are written here, not copied from the set."""

from __future__ import annotations

from afscherm.detectors.findings import Finding
from afscherm.detectors.mrz import MrzRecognizer, compose_td3
from afscherm.detectors.mrz_holder import holder_elsewhere


def spans(findings: list[Finding], text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in findings if f.entity_type == entity]


# --- an MRZ name that opens with a digit ----------------------------------------------------------------------------

# Written by compose_td3 (check digits computed by the composer, not by the reader under test); the name line
# carries no check digit, so OCR's 0 for the O of OZDEMIR breaks nothing but the name's shape.
ZONE = "\n".join(compose_td3("P", "NLD", "XR4KD81P2", "870623", "M", "330101", "NLD", "OZDEMIR", "MERT", "12345678"))
DAMAGED = ZONE.replace("P<NLDOZDEMIR", "P<NLD0ZDEMIR")


def test_a_zone_whose_surname_opens_with_a_zero_is_a_zone() -> None:
    assert DAMAGED != ZONE
    assert spans(MrzRecognizer().find(DAMAGED), DAMAGED, "MRZ") == [DAMAGED]


def test_a_name_that_opens_with_two_digits_is_no_name_field() -> None:
    # one misread letter before a letter is OCR's; a run of digits where the name starts is not a name
    broken = ZONE.replace("P<NLDOZDEMIR", "P<NLD00DEMIR")
    assert spans(MrzRecognizer().find(broken), broken, "MRZ") == []


def holder(text: str) -> list[tuple[str, str]]:
    zone_values = MrzRecognizer().find(text)
    added = holder_elsewhere(text, None, zone_values)[len(zone_values) :]
    return [(f.entity_type, text[f.start : f.end]) for f in added]


def test_the_holder_is_found_with_the_accents_the_zone_drops() -> None:
    text = "PASPOORT\nNaam ÖZDEMIR\nVoornamen Mert\n" + DAMAGED
    assert ("PERSON", "ÖZDEMIR") in holder(text)


def test_the_holders_name_in_lower_case_stays_a_word() -> None:
    text = "de özdemir-zaak\n" + DAMAGED
    assert ("PERSON", "özdemir") not in holder(text)
