"""A phone's contacts export as CSV (Google's and Outlook's columns: "Name,Given Name,Family Name,Birthday,Phone 1 -
Value,E-mail 1 - Value,..."): a header whose fields are numbered is a header, a phone number in the cell after a
birthday's cell is one, and a column's own name is no person or place: detectors/field_context.py, phone.py,
person_name.py, name_consistency.py, issue 12 (tuning_114), fifty-second session. Written for this test; people made
up.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text

EXPORT = (
    "Name,Given Name,Family Name,Nickname,Birthday,Phone 1 - Value,E-mail 1 - Value,Notes,Group Membership\n"
    "Tante Sushila,Sushila,Ramkisoen,Sushi,1961-05-04,+597 8723341,,verjaardag groot vieren,Family\n"
    "Oom Harry,Harrynath,Ramkisoen,,--09-12,036 5290 117,h.ramkisoen@example.nl,,Family\n"
    "Ravi werk,Ravindra,Autar,Ravi,1990-02-14,+31 6 3187 2290,,,Work\n"
)


def found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity]


def test_phone_numbers_after_a_birthday_cell() -> None:
    phones = found(EXPORT, "PHONE_NUMBER")
    assert "+597 8723341" in phones
    assert "036 5290 117" in phones
    assert "+31 6 3187 2290" in phones


def test_the_given_name_column_is_read() -> None:
    people = found(EXPORT, "PERSON")
    assert "Harrynath" in people
    assert "Ravindra" in people


def test_column_names_are_no_people_nor_places() -> None:
    people = found(EXPORT, "PERSON")
    assert not any(name in people for name in ("Given Name", "Family Name", "Name", "Birthday"))
    assert "Notes" not in found(EXPORT, "LOCATION")


def test_a_decimal_before_a_number_still_parts_it() -> None:
    # ("3,06 ..." is an amount's decimals; only a date's cell or a "+" lets a number follow a digit and a comma)
    assert found("totaal 3,0612345678 kg", "PHONE_NUMBER") == []
