"""Issue 12: a Teams or Outlook copy's sender written surname first after the message's stamp (``[14-02 09:10]
Schilders, Ilse:``) is a name when the given name is a listed one, also where the surname is a word too (schilders:
painters); a heading of those who have their birthday in Spanish (``los cumpleañeros de marzo:``) opens a list of
birthdays as ``cumpleaños`` does."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _found(analyzer: Analyzer, text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == kind]


def test_a_sender_written_surname_first_is_a_name(analyzer: Analyzer) -> None:
    text = (
        "[14-02 09:10] Schilders, Ilse: de aanvraag van mevrouw staat klaar\n"
        "[14-02 09:12] Schilders, Ilse: wie pakt hem op?\n"
        "[14-02 09:15] Dijkhuis, Marco: ik doe het"
    )
    found = _found(analyzer, text, "PERSON")
    assert found.count("Schilders, Ilse") == 2 and "Dijkhuis, Marco" in found


def test_a_sender_whose_second_part_is_no_given_name_is_not_taken(analyzer: Analyzer) -> None:
    text = "[14-02 09:10] Planning, Afdeling: rooster staat online\n[14-02 09:12] Planning, Afdeling: graag checken"
    assert _found(analyzer, text, "PERSON") == []


def test_the_birthdays_after_a_spanish_heading_of_those_who_have_them(analyzer: Analyzer) -> None:
    text = "los cumpleañeros de marzo pa la torta: Yanira 4 mar, Osvaldo 21 mar"
    found = _found(analyzer, text, "DATE_OF_BIRTH")
    assert "4 mar" in found and "21 mar" in found
