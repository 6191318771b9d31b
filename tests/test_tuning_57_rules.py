"""Rules from the blind tuning sets tuning_57 and tuning_58 (issue 12), each tried on examples written apart from the
sets: a BSN typed in two odd groups before the next message's time stamp; a Teams header whose surname is a word too;
a birthday list asked for after a colon; "weg" shortened to "wg"; a birth field holding a day and month only, and an
English birthday month first; Romanian and Arabic months; streets abroad that open with "jirón" or "hay"; a particle
shortened to "v d"; a call name in brackets after "Surname, Given". All names, places and numbers are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found_set as _found


def test_a_bsn_in_odd_groups_before_the_next_messages_time_stamp() -> None:
    # 111222333 is valid by the 11-proef; asked for two turns above, typed 4-5 in the last answer.
    text = (
        "12-11-2026 10:02 - Karim: stuur je de bsn van sami en nora?\n"
        "12-11-2026 10:04 - Dunya: sami 123 456 782\n"
        "12-11-2026 10:04 - Dunya: nora 1112 22333\n"
        "12-11-2026 10:05 - Karim: top"
    )
    assert {"123 456 782", "1112 22333"} <= _found(text, "NL_BSN")


def test_a_teams_header_whose_surname_is_a_word_too() -> None:
    text = "[10:02] Bakker, Petra\nstaat de bestelling klaar?\n[10:04] Visser, Anouk\nja, morgen"
    assert "Bakker, Petra" in _found(text, "PERSON")


def test_a_birthday_list_asked_for_after_a_colon() -> None:
    text = "Ria Smits\nvoor de verjaardagskalender: wanneer ben jij jarig?\nNadia Ouali\n23 oktober. en jij?"
    assert "23 oktober" in _found(text, "DATE_OF_BIRTH")


def test_weg_shortened() -> None:
    assert "dijkwg 17" in _found("ik woon op dijkwg 17 in elst", "LOCATION")


def test_a_birth_field_with_a_day_and_month_only() -> None:
    for text, value in (
        ('  - {nr: 14, naam: "Bos, Henk", geb: "03-09", stem: tenor}', "03-09"),
        ('{"lid": "Fenne Kramer", "geboortedatum": "28-2"}', "28-2"),
        ("Geboortedatum: 6 juni\nWoonplaats: Ede", "6 juni"),
        ("btw her birthday is oct 9, not the 10th", "oct 9"),
    ):
        assert value in _found(text, "DATE_OF_BIRTH"), text
    # Not a day the calendar lacks, nor a birthplace's field.
    assert not _found('geb: "30-02", stem: alt', "DATE_OF_BIRTH")
    assert not _found('geboorteplaats: "12-05"', "DATE_OF_BIRTH")


def test_romanian_and_arabic_months() -> None:
    for text, value in (
        ("data nașterii mele: născută pe 9 octombrie 1987 în Iași", "9 octombrie 1987"),
        ("geboren op 3 آذار 1979 in Homs", "3 آذار 1979"),
        ("zijn geboortedatum is 21 مايو 2001 volgens de kaart", "21 مايو 2001"),
    ):
        assert value in _found(text, "DATE_OF_BIRTH"), text


def test_streets_abroad_opening_with_jiron_or_hay() -> None:
    assert "Jirón Junín 233" in _found("mi dirección: Jirón Junín 233, Cusco.", "LOCATION")
    assert "hay nahda nr 9" in _found("adres daar is nog hay nahda nr 9 toch?", "LOCATION")
    assert not _found("ik heb hay 12 balen gekocht", "LOCATION")


def test_a_particle_shortened_to_v_d() -> None:
    assert "ruud v d berg" in _found("vraag het maar aan ruud v d berg van de jeugd", "PERSON")


def test_a_call_name_in_brackets_after_surname_and_given_name() -> None:
    text = '  - {nr: CK-041, naam: "Bakker, Wilhelmina (Mien)", stem: alt}'
    assert "Bakker, Wilhelmina (Mien)" in _found(text, "PERSON")


def test_spanish_born_without_its_accent_and_whose_birthday_in_a_list() -> None:
    text = "Mateo Ríos Vargas, nacio el 2 de abril de 2016. vivimos en Ede"
    assert "2 de abril de 2016" in _found(text, "DATE_OF_BIRTH")
    text = (
        "[02-11-26 19:00:00] Wim: wanneer zijn jullie jarig?\n"
        "[02-11-26 19:02:10] ~ Lies: 8 maart en die van henk is 30 juni\n"
        "[02-11-26 19:03:00] Wim: top"
    )
    assert {"8 maart", "30 juni"} <= _found(text, "DATE_OF_BIRTH")


def test_postcodes_abroad_of_six_digits_and_a_place_before_a_bracket() -> None:
    text = "adresa mea: Str. Mihai Viteazu 8, 550350 Sibiu, România."
    assert {"Str. Mihai Viteazu 8", "550350", "Sibiu"} <= _found(text, "LOCATION")
    text = "Adres: Kranenburger Str. 4, 47559 Kranenburg (Duitsland), sinds mei"
    assert {"47559", "Kranenburg"} <= _found(text, "LOCATION")


def test_an_address_asked_in_spanish_gives_a_lower_case_postcode() -> None:
    text = "y cuál es tu dirección? molenweg 8 koudekerke 4371 ab\nok gracias"
    assert "4371 ab" in _found(text, "LOCATION")


def test_the_surname_family_in_english() -> None:
    text = "delivery friday at the farm of the Minderhoud family, near the dike"
    assert "Minderhoud" in _found(text, "PERSON")
    assert not _found("the Royal family visited the town", "PERSON")
