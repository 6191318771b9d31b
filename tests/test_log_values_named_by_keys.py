"""Issue 12, machine output: values a log names by its key that were missed - a birth date printed as a program
prints it (``datetime.date(1984, 3, 9)`` in a stack trace's locals, ``LocalDate.of(…)``) under a birth key, a Dutch
document number under a bare ``doc``/``iddoc`` key, a phone number in digit groups under an indirect value key
(``field=phone new=+31 6 …``). Cases written here (fictitious people and synthetic numbers); each has a near case
that must be left alone."""

from __future__ import annotations

from stdnum.nl import identiteitskaartnummer

from afscherm.detectors.field_context import FieldValueRecognizer, field_kind, key_kind_at
from tests.recognizer_helpers import found

FIELDS = FieldValueRecognizer()


def field_values(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in FIELDS.find(text) if f.entity_type == entity]


# --- a printed date under a birth key --------------------------------------------------------------------------------


def test_python_date_repr_in_a_stack_traces_locals_is_a_birth_date() -> None:
    text = "  locals: klant='ria bosman' geboortedatum=datetime.date(1977, 6, 21) plaats='epe'"
    assert field_values(text, "DATE_OF_BIRTH") == ["1977, 6, 21"]


def test_date_repr_with_spaces_around_the_equals_sign_and_a_quoted_dict_key() -> None:
    trace = "    dob = datetime.date(1966, 12, 2)\n    naam = 'Kees Brinkhorst'"
    assert field_values(trace, "DATE_OF_BIRTH") == ["1966, 12, 2"]
    as_dict = "{'birth_date': datetime.datetime(1988, 2, 29, 0, 0), 'id': 7}"
    assert field_values(as_dict, "DATE_OF_BIRTH") == ["1988, 2, 29"]


def test_java_local_date_under_a_birth_key() -> None:
    text = "Klant{id=31, geboortedatum=LocalDate.of(1959, 10, 4)}"
    assert field_values(text, "DATE_OF_BIRTH") == ["1959, 10, 4"]


def test_date_repr_under_another_key_or_not_a_calendar_date_is_left_alone() -> None:
    assert field_values("    created = datetime.date(1984, 3, 9)", "DATE_OF_BIRTH") == []
    assert field_values("    dob = datetime.date(1984, 2, 30)", "DATE_OF_BIRTH") == []
    assert field_values("    dob = datetime.date(2999, 1, 1)", "DATE_OF_BIRTH") == []
    # a word ending in "date" is no date's repr
    assert field_values("    geboren = mandate(1984, 3, 9)", "DATE_OF_BIRTH") == []


# --- a document number under a bare doc key ---------------------------------------------------------------------------


def test_document_number_under_iddoc_and_doc_keys() -> None:
    assert identiteitskaartnummer.is_valid("SPKR43TK5") and identiteitskaartnummer.is_valid("BX7K2PQ81")
    assert field_values("msg=aanvraag iddoc=SPKR43TK5 status=ok", "NL_ID_DOCUMENT") == ["SPKR43TK5"]
    assert field_values('{"doc": "BX7K2PQ81", "type": "P"}', "NL_ID_DOCUMENT") == ["BX7K2PQ81"]


def test_doc_key_with_a_value_of_another_shape_is_left_alone() -> None:
    # (an O is never in a Dutch document number; a file's or a ticket's id is no document number)
    assert not identiteitskaartnummer.is_valid("BO7K2PQ81")
    assert field_values("iddoc=BO7K2PQ81 doc=INV-2026-0041", "NL_ID_DOCUMENT") == []
    assert field_kind("docker_image") is None


# --- a phone in digit groups under an indirect value key ------------------------------------------------------------


def test_indirect_key_names_the_field_of_a_grouped_phone_number() -> None:
    assert key_kind_at("field=telefoon new=x", 15, "new") == "PHONE_NUMBER"
    text = 'audit action="update" field=mobiel old=0612345678 new=+31 6 21 43 65 87 by=admin'
    assert "+31 6 21 43 65 87" in found(text, "PHONE_NUMBER")


def test_indirect_key_of_another_field_leaves_digit_groups_alone() -> None:
    text = 'audit action="update" field=aantal old=4 new=+31 6 21 43 65 87 by=admin'
    assert key_kind_at(text, text.index("new"), "new") is None
    assert found(text, "PHONE_NUMBER") == []
