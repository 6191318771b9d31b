"""The holder's names and document number written elsewhere, found by plain string search (no pattern compiled per
holder): whole words only, in any case but opening with a capital, a surname's words parted by spaces, tabs or
hyphens, after a JSON string's escaped line break, and a text with a character that case-insensitive patterns and
``str.lower`` read differently (the dotless i). Cases written here: fictitious holders, zones composed with valid
check digits."""

from __future__ import annotations

from afscherm.detectors.findings import Finding
from afscherm.detectors.mrz import MrzRecognizer, compose_td3
from afscherm.detectors.mrz_holder import holder_elsewhere


def added(text: str, entity: str) -> list[str]:
    """What the holder step adds of ``entity`` beside the zone's own values."""
    zone_values: list[Finding] = MrzRecognizer().find(text)
    extra = holder_elsewhere(text, None, zone_values)[len(zone_values) :]
    return sorted(text[f.start : f.end] for f in extra if f.entity_type == entity)


def _zone(surname: str, given: str, number: str = "XR4T9BK27") -> str:
    return "\n".join(compose_td3("P", "NLD", number, "880312", "F", "330101", "NLD", surname, given))


def test_surname_of_two_words_parted_by_a_tab_or_a_hyphen() -> None:
    assert added(f"Naam\tTer\tHorst\n{_zone('TER HORST', 'ILSE')}", "PERSON") == ["Ter\tHorst"]
    assert added(f"dossier Ter-Horst\n{_zone('TER HORST', 'ILSE')}", "PERSON") == ["Ter-Horst"]


def test_names_inside_longer_words_or_in_lower_case_are_left_alone() -> None:
    text = f"Ilsemarie bezocht horst en ILSES\n{_zone('HORST', 'ILSE')}"
    assert added(text, "PERSON") == []


def test_names_after_an_escaped_line_break_and_in_capitals() -> None:
    text = f'{{"ocr": "PASPOORT\\nHORST\\nILSE"}}\n{_zone("HORST", "ILSE")}'
    assert added(text, "PERSON") == ["HORST", "ILSE"]


def test_accented_name_written_with_its_accents() -> None:
    assert added(f"Aanvraag Öztürk\n{_zone('OZTURK', 'ELIF')}", "PERSON") == ["Öztürk"]


def test_dotless_i_text_still_finds_the_name() -> None:
    text = f"Sınav: Horst, Ilse\n{_zone('HORST', 'ILSE')}"
    assert added(text, "PERSON") == ["Horst", "Ilse"]


def test_document_number_as_a_whole_word_only() -> None:
    text = f"Documentnr XR4T9BK27 en XR4T9BK270\n{_zone('HORST', 'ILSE')}"
    assert added(text, "NL_ID_DOCUMENT") == ["XR4T9BK27"]
