"""Issue 12, OCR text: the holder's surname a passport's MRZ gives, written elsewhere with its particle in lower case
(``el Ouazzani``, ``van der Kroft``) as a note or a form types it, is the holder's name as a whole; the whole surname
in lower case (a common word written like it) still is not. Cases written here: fictitious holders, zones composed
with valid check digits."""

from __future__ import annotations

from afscherm.detectors.findings import Finding
from afscherm.detectors.mrz import MrzRecognizer, compose_td3
from afscherm.detectors.mrz_holder import holder_elsewhere


def holder_names(text: str) -> list[str]:
    """The names the holder step adds beside the zone's own values."""
    zone_values: list[Finding] = MrzRecognizer().find(text)
    added = holder_elsewhere(text, None, zone_values)[len(zone_values) :]
    return [text[f.start : f.end] for f in added if f.entity_type == "PERSON"]


def _zone(surname: str, given: str) -> str:
    return "\n".join(compose_td3("P", "NLD", "XR4T9BK27", "880312", "M", "330101", "NLD", surname, given))


def test_arabic_particle_in_lower_case_before_the_capitalised_surname() -> None:
    text = f"scan paspoort klant el Ouazzani:\n{_zone('EL OUAZZANI', 'KARIM')}"
    assert holder_names(text) == ["el Ouazzani"]


def test_dutch_particles_in_lower_case() -> None:
    text = f"Dossier van der Kroft, paspoort:\n{_zone('VAN DER KROFT', 'TEUN')}"
    assert holder_names(text) == ["van der Kroft"]


def test_the_surname_all_in_lower_case_is_left_alone() -> None:
    # "de bakker" in running text: a trade, not the holder Bakker written with a capital
    text = f"langs de bakker geweest\n{_zone('DE BAKKER', 'ROOS')}"
    assert holder_names(text) == []
