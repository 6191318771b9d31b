"""Birth dates as databases store them: an XML element's compact value, a datetime at midnight (MongoDB's ISODate)."""

from __future__ import annotations

from afscherm.detectors.date_of_birth import DateOfBirthRecognizer


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in DateOfBirthRecognizer().find(text) if f.entity_type == "DATE_OF_BIRTH"]


def test_compact_date_as_an_xml_value_under_a_birth_label() -> None:
    text = "  <ns:naam>Hofstede</ns:naam>\n  <ns:geboortedatum>19770913</ns:geboortedatum>\n"
    assert _found(text) == ["19770913"]


def test_compact_date_in_an_xml_element_of_another_name_left_alone() -> None:
    assert _found("  <ns:verzenddatum>20251103</ns:verzenddatum>\n") == []


def test_midnight_datetime_under_a_birth_label() -> None:
    text = "{ naam: 'Lotte Vink', geboortedatum: ISODate('1989-04-17T00:00:00.000Z'), actief: true }"
    assert _found(text) == ["1989-04-17"]


def test_midnight_datetime_with_an_offset_under_a_birth_label() -> None:
    assert _found('"birthdate": "1993-10-02T00:00:00+02:00"') == ["1993-10-02"]


def test_a_time_of_day_keeps_it_a_time_stamp() -> None:
    assert _found("geboortedatum bijgewerkt 2024-05-06T14:31:09Z door beheer") == []


def test_midnight_datetime_under_another_label_left_alone() -> None:
    assert _found("{ aangemaakt: ISODate('2025-11-29T00:00:00.000Z') }") == []
