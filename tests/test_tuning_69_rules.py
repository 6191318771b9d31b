"""Rules from the blind tuning sets tuning_69 and tuning_70 (issue 12), each tried on examples written apart from the
sets: a child's birth date right after its name; Croatian, Bosnian and Serbian birth words; Spanish "cumpleaños" before
a day "de" a month; a birth date written again in another writing after "=", "dus" or "bij ons". All names, places
and numbers are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found_set as _found


def test_childrens_birth_dates_right_after_their_names() -> None:
    text = "Jurre: voor de schoolreis: Ilyas Bennani 14-05-2016, Sara Bennani 02-09-2018 (groep 3)"
    assert {"14-05-2016", "02-09-2018"} <= _found(text, "DATE_OF_BIRTH")
    assert not _found("factuur Jan de Vries 12-03-2026 betaald", "DATE_OF_BIRTH")


def test_croatian_and_bosnian_birth_words() -> None:
    assert "17. ožujka 1971" in _found("moji podaci: rođena 17. ožujka 1971. u Osijeku", "DATE_OF_BIRTH")
    assert "03. 02. 1950" in _found("naša draga nana, rođ. Hodžić, rođena 03. 02. 1950. u Tuzli", "DATE_OF_BIRTH")


def test_a_spanish_birthday_with_de_before_the_month() -> None:
    assert "9 de marzo" in _found("Yurani: y su cumpleaños 9 de marzo, lo pongo en el calendario", "DATE_OF_BIRTH")


def test_a_birth_date_written_again_in_another_writing() -> None:
    text = "Mina: geboren 5 Mehr 1362 = 27 september 1983, zo staat het in haar paspoort"
    assert {"5 Mehr 1362", "27 september 1983"} <= _found(text, "DATE_OF_BIRTH")
    text = "ID-kaart, rođena 4. studenoga 1979., bij ons 04-11-1979. BSN volgt"
    assert "04-11-1979" in _found(text, "DATE_OF_BIRTH")
