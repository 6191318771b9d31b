"""Issue 12, logs: a birth date typed with a year in the future under a birth key (``geboortedatum="2034-09-12"``, a
slipped 1934 or 2013) is still the person's birth date as typed, and the validation error that rejects it logs it:
kept (fail closed), as a date no calendar has already was. Near cases: the same date under another key, a year past
this century, and a value that is no date. Cases written here (fictitious people)."""

from __future__ import annotations

from afscherm.detectors.field_context import FieldValueRecognizer

FIELDS = FieldValueRecognizer()


def births(text: str) -> list[str]:
    return [text[f.start : f.end] for f in FIELDS.find(text) if f.entity_type == "DATE_OF_BIRTH"]


def test_a_future_birth_year_in_a_rejected_request_is_the_birth_date() -> None:
    text = 'Caused by: request={klantId=4410, naam="Ilse Vermaat", geboortedatum="2034-09-12", postcode="7411 KT"}'
    assert births(text) == ["2034-09-12"]
    assert births('{"dob": "12-09-2034", "status": "invalid"}') == ["12-09-2034"]


def test_the_same_date_under_another_key_is_no_birth_date() -> None:
    assert births('request={afspraak="2034-09-12", naam="Ilse Vermaat"}') == []


def test_a_year_past_this_century_or_no_date_is_left_alone() -> None:
    assert births('request={geboortedatum="2134-09-12"}') == []
    assert births('request={geboortedatum="onbekend"}') == []
