"""Rules from the blind tuning sets tuning_59 and tuning_60 (issue 12), each tried on examples written apart from the
sets: an unlisted host speaking twice before the firm in brackets; a Teams header with a guest's tag; postcodes of
Czechia and Slovakia after a one-word street; Hungarian and Turkish street abbreviations; Hungarian dates year first;
two holders named by bare initials after "ten name van". All names, places and numbers are made up."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import default_analyzer


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


def _found(analyzer, text: str, entity: str) -> set[str]:  # noqa: ANN001
    return {text[f.start : f.end] for f in analyzer.analyze_one(text) if f.entity_type == entity}


def test_an_unlisted_host_speaking_twice_before_the_firm_in_brackets(analyzer) -> None:  # noqa: ANN001
    text = (
        "Hindrikje (Camping Zonneweide): Welkom! Op welke naam?\nGast: Ewa Nowak.\nHindrikje (Camping Zonneweide): Top."
    )
    assert "Hindrikje" in _found(analyzer, text, "PERSON")
    # Once only, before a program's name, it is no person.
    assert not _found(analyzer, "Planbot (Camping Zonneweide): uw boeking is bevestigd", "PERSON")


def test_a_teams_header_with_a_guests_tag(analyzer) -> None:  # noqa: ANN001
    text = "Juriša, Vesna (Extern)  09:05\nkan ik morgen beginnen?\nVisser, Anouk  09:07\nja"
    assert "Juriša, Vesna" in _found(analyzer, text, "PERSON")


def test_postcodes_of_czechia_and_slovakia_after_a_one_word_street(analyzer) -> None:  # noqa: ANN001
    text = "Adresa: Mlýnská 12, 602 00 Brno. Telefon +420 601 234 567"
    assert {"Mlýnská 12", "602 00", "Brno"} <= _found(analyzer, text, "LOCATION")


def test_hungarian_and_turkish_street_abbreviations(analyzer) -> None:  # noqa: ANN001
    assert "Petőfi u. 9" in _found(analyzer, "ze woont nu in Szeged, Petőfi u. 9\nok", "LOCATION")
    assert "Atatürk mah. 21" in _found(analyzer, "adres daar: Atatürk mah. 21, Kars", "LOCATION")
    assert not _found(analyzer, "dank u. 12 mensen kwamen", "LOCATION")


def test_hungarian_dates_year_first(analyzer) -> None:  # noqa: ANN001
    for text, value in (
        ("mama is geboren 1952. március 3 in Debrecen", "1952. március 3"),
        ("nagymama: Szabó Ilona (1941. 11. 05.), ze komt ook", "1941. 11. 05"),
    ):
        assert value in _found(analyzer, text, "DATE_OF_BIRTH"), text


def test_two_holders_by_bare_initials_after_ten_name_van(analyzer) -> None:  # noqa: ANN001
    text = "rekening nl 91 abna 0417 1643 00 ten name van h j dijkstra en a dijkstra-de boer\nok"
    assert {"h j dijkstra", "a dijkstra-de boer"} <= _found(analyzer, text, "PERSON")


def test_bold_display_names_heading_a_pasted_channels_messages(analyzer) -> None:  # noqa: ANN001
    text = "**Sietse**  10:20\nwie sluit af?\n**Planning**  10:22\nrooster staat online\n**Sietse** 10:25\nik dan"
    people = _found(analyzer, text, "PERSON")
    assert "Sietse" in people
    assert "Planning" not in people
