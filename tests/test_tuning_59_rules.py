"""Rules from the blind tuning sets tuning_59 and tuning_60 (issue 12), each tried on examples written apart from the
sets: an unlisted host speaking twice before the firm in brackets; a Teams header with a guest's tag; postcodes of
Czechia and Slovakia after a one-word street; Hungarian and Turkish street abbreviations; Hungarian dates year first;
two holders named by bare initials after "ten name van". All names, places and numbers are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found_set as _found


def test_an_unlisted_host_speaking_twice_before_the_firm_in_brackets() -> None:
    text = (
        "Hindrikje (Camping Zonneweide): Welkom! Op welke naam?\nGast: Ewa Nowak.\nHindrikje (Camping Zonneweide): Top."
    )
    assert "Hindrikje" in _found(text, "PERSON")
    # Once only, before a program's name, it is no person.
    assert not _found("Planbot (Camping Zonneweide): uw boeking is bevestigd", "PERSON")


def test_a_teams_header_with_a_guests_tag() -> None:
    text = "Juriša, Vesna (Extern)  09:05\nkan ik morgen beginnen?\nVisser, Anouk  09:07\nja"
    assert "Juriša, Vesna" in _found(text, "PERSON")


def test_postcodes_of_czechia_and_slovakia_after_a_one_word_street() -> None:
    text = "Adresa: Mlýnská 12, 602 00 Brno. Telefon +420 601 234 567"
    assert {"Mlýnská 12", "602 00", "Brno"} <= _found(text, "LOCATION")


def test_hungarian_and_turkish_street_abbreviations() -> None:
    assert "Petőfi u. 9" in _found("ze woont nu in Szeged, Petőfi u. 9\nok", "LOCATION")
    assert "Atatürk mah. 21" in _found("adres daar: Atatürk mah. 21, Kars", "LOCATION")
    assert not _found("dank u. 12 mensen kwamen", "LOCATION")


def test_hungarian_dates_year_first() -> None:
    for text, value in (
        ("mama is geboren 1952. március 3 in Debrecen", "1952. március 3"),
        ("nagymama: Szabó Ilona (1941. 11. 05.), ze komt ook", "1941. 11. 05"),
    ):
        assert value in _found(text, "DATE_OF_BIRTH"), text


def test_two_holders_by_bare_initials_after_ten_name_van() -> None:
    text = "rekening nl 91 abna 0417 1643 00 ten name van h j dijkstra en a dijkstra-de boer\nok"
    assert {"h j dijkstra", "a dijkstra-de boer"} <= _found(text, "PERSON")


def test_bold_display_names_heading_a_pasted_channels_messages() -> None:
    text = "**Sietse**  10:20\nwie sluit af?\n**Planning**  10:22\nrooster staat online\n**Sietse** 10:25\nik dan"
    people = _found(text, "PERSON")
    assert "Sietse" in people
    assert "Planning" not in people
