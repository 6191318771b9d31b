"""Issue 12, dumps and logs: a name written surname first (``Brouwers, Maaike``), whose two halves the recognisers
find, is one name with its comma inside it - in a CSV cell, in a log line, in a query string URL-encoded
(``Brouwers%2C%20Maaike``), and in a register's order with the particle after the surname (``Berg, van den,
Jorien``). Near cases: a list of first names, cells of a CSV row parted by a comma without a space.
Cases written here (fictitious people)."""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text
from afscherm.detectors.findings import Finding
from afscherm.detectors.surname_first import surname_first_names


def persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "PERSON"]


def joined(text: str, *halves: str) -> list[str]:
    """The PERSON spans after the step, given the halves as the recognisers' findings."""
    findings = [Finding(text.index(h), text.index(h) + len(h), "PERSON", 0.9, "test") for h in halves]
    return sorted(text[f.start : f.end] for f in surname_first_names(text, None, findings))


def test_surname_and_given_name_in_a_semicolon_row_are_one_name() -> None:
    text = "medewerker;email;afdeling\nTimmer, Joost;joost.timmer@example.nl;ICT\nreserve;;Magazijn"
    assert "Timmer, Joost" in persons(text)


def test_surname_with_particle_and_initials_in_a_log_line() -> None:
    text = "2026-02-03 09:12:44 WARN contract 4471 van Van der Heijden, J.P. loopt af op 2026-03-01"
    assert joined(text, "Van der Heijden", "J.P.") == ["Van der Heijden, J.P."]


def test_a_surname_whose_particle_is_also_a_first_name() -> None:
    # "El" is a listed first name; as the particle opening the surname it is none
    text = "MOB-311;Pixel 8a;El Haddouchi, Samira;Inkoop"
    assert joined(text, "El Haddouchi", "Samira") == ["El Haddouchi, Samira"]


def test_url_encoded_comma_and_space_between_the_halves() -> None:
    text = 'GET "/api/klant?naam=Brouwers%2C%20Maaike&status=actief" 200'
    assert joined(text, "Brouwers", "Maaike") == ["Brouwers%2C%20Maaike"]
    # a surname whose second letter is escaped (Böhm): its lone first letter is no initial nor first name
    text = 'GET "/api/klant?naam=B%C3%B6hm%2C%20Lotte&status=actief" 200'
    assert joined(text, "B%C3%B6hm", "Lotte") == ["B%C3%B6hm%2C%20Lotte"]


def test_a_list_of_first_names_stays_apart() -> None:
    text = "Maaike, Jorien en Stijn komen zaterdag ook"
    assert joined(text, "Maaike", "Jorien", "Stijn") == ["Jorien", "Maaike", "Stijn"]


def test_csv_cells_parted_without_a_space_stay_apart() -> None:
    text = "achternaam,voornaam,plaats\nBrouwers,Maaike,Tiel"
    assert joined(text, "Brouwers", "Maaike") == ["Brouwers", "Maaike"]


def test_a_second_half_that_is_no_given_name_stays_apart() -> None:
    # "Brouwers, Hendriks" - two surnames in a list, not one name in reverse order
    text = "aanwezig: Brouwers, Hendriks, Maaike"
    assert joined(text, "Brouwers", "Hendriks") == ["Brouwers", "Hendriks"]


def test_a_registers_order_with_the_particle_after_the_surname() -> None:
    text = 'audit user=mw12 action=open dossier=D-7710 klant="Berg, van den, Jorien"'
    assert joined(text, "Jorien") == ["Berg, van den, Jorien"]


def test_a_word_and_a_particle_before_a_given_name_are_no_register_name() -> None:
    # "Ja" is no listed surname: an answer, then a name
    text = "Ja, de, Jorien komt ook"
    assert joined(text, "Jorien") == ["Jorien"]


def test_a_name_in_the_usual_order_before_a_street_named_after_a_person_stays_apart() -> None:
    text = "Dus ik noteer: mevrouw Sevda Kaya, Jan Steenstraat 14 in Tilburg"
    findings = [
        Finding(23, 33, "PERSON", 0.9, "test"),
        Finding(35, 38, "PERSON", 0.9, "test"),
        Finding(35, 53, "LOCATION", 0.9, "test"),
    ]
    assert text[23:33] == "Sevda Kaya" and text[35:53] == "Jan Steenstraat 14"
    kept = surname_first_names(text, None, findings)
    assert sorted((text[f.start : f.end], f.entity_type) for f in kept) == [
        ("Jan", "PERSON"),
        ("Jan Steenstraat 14", "LOCATION"),
        ("Sevda Kaya", "PERSON"),
    ]


def test_a_list_of_people_going_on_after_the_given_name_is_not_joined() -> None:
    # "Hoekstra, Marloes en Daan" and "Hoekstra, Marloes, Daan" name three people in a sentence
    for text in ("Mee op de fiets: Hoekstra, Marloes en Daan", "Mee op de fiets: Hoekstra, Marloes, Daan"):
        assert joined(text, "Hoekstra", "Marloes", "Daan") == ["Daan", "Hoekstra", "Marloes"]
    # the near case: nobody after the given name, one name written surname first
    assert joined("Mee op de fiets: Hoekstra, Marloes.", "Hoekstra", "Marloes") == ["Hoekstra, Marloes"]
