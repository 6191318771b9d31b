"""Issue 12, OCR text: a machine readable zone in which OCR read each filler ``<`` as an opening bracket ``(``
(``P(NLDVOS((MAARTJE(((…``) is still the zone, read with its check digits, and the holder's name printed beside it is
the holder's; a bracket in code or prose (``f((x))``, a word in capitals closed by ``((``) stays a bracket. Cases
written here: fictitious holders, zones composed with valid check digits."""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text
from afscherm.detectors.mrz import compose_td3
from afscherm.detectors.text_view import detection_view


def _zone_read_with_brackets(surname: str, given: str) -> str:
    zone = "\n".join(compose_td3("P", "NLD", "XR4T9BK27", "880312", "F", "330101", "NLD", surname, given))
    return zone.replace("<", "(")


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in analyze_text(text)]


def test_brackets_for_fillers_are_read_as_fillers_one_for_one() -> None:
    text = "PASPOORT VOS MAARTJE\nP(NLDVOS((MAARTJE(((((((((((((((((((((((((((((("
    view = detection_view(text)
    assert len(view.text) == len(text)
    assert view.text.endswith("P<NLDVOS<<MAARTJE<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<")
    assert view.text.startswith("PASPOORT VOS MAARTJE\n")


def test_the_zone_read_with_brackets_is_the_zone_and_names_its_holder() -> None:
    text = f"- 1 -\nPASPOORT    BRINKHUIS  MAARTJE\n{_zone_read_with_brackets('BRINKHUIS', 'MAARTJE')}"
    found = _found(text)
    zones = [value for kind, value in found if kind == "MRZ"]
    assert len(zones) == 1 and zones[0].startswith("P(NLDBRINKHUIS((MAARTJE(")
    assert ("NL_ID_DOCUMENT", "XR4T9BK27") in found
    # the visual zone's name, in capitals without a label, is the holder's
    assert ("PERSON", "BRINKHUIS") in found
    assert ("PERSON", "MAARTJE") in found


def test_brackets_in_code_and_in_short_words_stay_brackets() -> None:
    for text in ("result = f((x)) + g((y))", "zie bijlage ABC((1)) en DEF((2))", "KLANTNR((12345))"):
        assert detection_view(text).text == text
