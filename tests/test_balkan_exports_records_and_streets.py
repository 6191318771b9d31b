"""Issue 12, Balkan families and firms (tuning_124). An SMS export marks received and sent turns with "<" and ">"
after the stamp and labels the phone owner's turns with its language's "you" ("03-07-2026 05:21 < Shpëtim: ...",
"03-07-2026 05:25 > Ti: ..."): the other member is a name, "Ti" none. A register's birth-date column named in Bosnian,
Croatian, Serbian or Albanian ("datum_rodjenja", "datelindja") holds dates of birth. And a street led by its kind's
abbreviation, which no Dutch street is ("Rr." rruga, "ul."/"ул." ulica, "бул." boulevard), is an address with its
house number."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _found(text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == kind]


def test_a_member_under_an_sms_exports_direction_marks_and_no_you() -> None:
    text = (
        "11-05-2026 06:02 < Valdet: jam n kufi, pritje e gjatë\n"
        "11-05-2026 06:05 > Ti: sa orë?\n"
        "11-05-2026 06:09 < Valdet: dy orë, pastaj vazhdoj\n"
        "11-05-2026 06:12 > Ti: ok, shkruaj kur arrin"
    )
    persons = _found(text, "PERSON")
    assert persons.count("Valdet") == 2
    assert "Ti" not in persons


@pytest.mark.parametrize("column", ["datum_rodjenja", "datum_rođenja", "datelindja"])
def test_a_birth_column_named_in_a_balkan_language(column: str) -> None:
    text = (
        f"clan;prezime;ime;{column};mjesto\n"
        "C-017;Mehmedagić;Nermin;23.09.1979;Deurne\n"
        "C-018;Kovačević;Lejla;1991-02-14;Helmond"
    )
    births = _found(text, "DATE_OF_BIRTH")
    assert "23.09.1979" in births and "1991-02-14" in births


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("dërgoje te xhaxhi, Rr. Nëna Terezë 42, Gjakovë", "Rr. Nëna Terezë 42"),
        ("нашата адреса е ул. Гоце Делчев 15, Струмица", "ул. Гоце Делчев 15"),
        ("пакет на бул. Кузман Јосифовски 8 во Прилеп", "бул. Кузман Јосифовски 8"),
        ("paczka idzie na ul. Długa 7 w Gdańsku", "ul. Długa 7"),
    ],
)
def test_a_street_led_by_its_kinds_abbreviation(text: str, street: str) -> None:
    assert street in _found(text, "LOCATION")
