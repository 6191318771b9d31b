"""Issue 12, places (second round, from the kinds of place ``tuning_31``'s chats and calls missed): a village named
after its town with a hyphen after a town's cue, a route through a town after ``via``, a long village that is a family
name too ending a list in lower case. The cases are written here, not copied from any set; every name and address is
made up."""

from __future__ import annotations

from tests.recognizer_helpers import locations, places

# --- a village joined to its town's name by a hyphen -----------------------------------------------------------------


def test_a_village_joined_to_its_town_after_a_town_cue() -> None:
    assert "Mol-Rauw" in places("het pakket ligt volgens de koerier in Mol-Rauw bij een buur")
    assert "Lommel-Barrier" in places("we verhuizen naar Lommel-Barrier.")


def test_a_joined_name_after_a_weak_cue_stays_a_person() -> None:
    # ("bij" leads to people as often: a double surname is no village)
    assert not any("Jansen" in value for value in places("de sleutel ligt bij Jansen-Mulder"))


# --- a route through a town after "via" ------------------------------------------------------------------------------


def test_a_route_through_a_large_town_ending_the_phrase() -> None:
    assert "leiden" in places("rij je via leiden?")
    assert "'t harde" in places("nee ik ga via 't harde, is korter")


def test_via_before_a_word_or_a_firm_stays() -> None:
    assert places("dat loopt via best practices van het team") == []
    assert places("we bestellen via kampen en zonen bv") == []


# --- a long village that is a family name too, ending a list in lower case ------------------------------------------


def test_a_long_village_that_is_a_surname_ends_a_list_in_lower_case() -> None:
    # ("kinderdijk" is a family name too; typed in lower case as the list's last place it is the village)
    found_here = places("de neven komen uit alblasserdam en kinderdijk\nok top")
    assert "alblasserdam" in found_here
    assert "kinderdijk" in found_here


def test_a_short_surname_or_a_list_going_on_stays() -> None:
    assert "mol" not in places("we gaan naar amersfoort en mol")
    assert "kinderdijk" not in places("uit zwolle en kinderdijk hebben we niks gehoord")


# --- a large town typed as its initials -------------------------------------------------------------------------------


def test_a_large_town_typed_as_its_initials_after_in_closing_the_phrase() -> None:
    # ("dh": den haag, one of the ten largest towns, whose name has two words)
    assert "dh" in places("joris: zit vanmiddag in dh, bel je me?")
    assert "dh" in places("werk morgen vanuit dh 🙃 daarna vrij")
    assert "dh" in places("wij wonen nu in dh haha")


def test_initials_that_go_on_in_capitals_or_of_a_small_town_stay() -> None:
    assert places("de sleutel zit in dh-groep drie") == []
    assert places("dit staat in DH, zie bijlage") == []
    assert places("dat doe je in dh key exchange") == []
    assert places("het staat in db, kijk maar") == []  # (de bilt, den bosch: not among the largest; a database)


# --- a long street answering a question where to go -------------------------------------------------------------------


def test_a_long_listed_street_answers_a_question_where_to_go() -> None:
    chat = "bram: sta bij de kerk, waar moet ik zijn?\nilse: hoogeind 14, de blauwe deur"
    assert "hoogeind 14" in locations(chat)


def test_a_short_word_or_no_question_names_no_street() -> None:
    assert locations("bram: waar moeten we heen?\nilse: perron 4b, de trein staat er al") == []
    assert locations("bram: ik ben er bijna\nilse: hoogeind 14, de blauwe deur") == []


# --- a corner of a street with an ending and a listed street without one ---------------------------------------------


def test_a_corner_of_a_road_and_a_capitalised_listed_street() -> None:
    # ("Lange Voort" is a street of the BAG with no street ending)
    assert locations("Melding: losliggende tegels op de hoek Dorpsstraat / Lange Voort, Oegstgeest") == [
        "Dorpsstraat",
        "Lange Voort",
    ]


def test_a_corner_with_a_surname_or_a_word_names_one_street() -> None:
    assert "Bakker" not in locations("op de hoek Kerkstraat / Bakker staat een bus")
    assert "Blok" not in locations("op de hoek Kerkstraat en Blok staat een bus")


# --- the place after a street named without its number ----------------------------------------------------------------


def test_a_place_after_in_closing_a_street_named_without_its_number() -> None:
    # ("lisse" is a first name too: after a street and "in" it is the street's place)
    assert "lisse" in locations("de winkel zit aan de heerenstraat in lisse")
    assert "Stein" in locations("Zij woont op de Dorpsstraat te Stein.")


def test_a_word_after_the_street_that_goes_on_stays() -> None:
    assert "best" not in locations("die staat in de kerkstraat in best staat")
    assert locations("op de kerkstraat in mei.") == ["kerkstraat"]


# --- a Belgian postcode after "in" ------------------------------------------------------------------------------------


def test_a_belgian_postcode_after_in_in_a_text_naming_a_flemish_town() -> None:
    text = "Ik werk nu in Lokeren.\nDe bakker zit in 9160, naast de kerk."
    assert "9160" in places(text)


def test_a_year_or_a_text_without_a_flemish_town_stays() -> None:
    assert "9160" not in places("De bakker zit in 9160, naast de kerk.")
    assert "2030" not in places("Ik werk nu in Lokeren. Klaar in 2030, denk ik.")
    assert "5000" not in places("Ik werk nu in Lokeren. Dat zit in 5000 dozen.")


# --- a place of three words after "van" and a thing -------------------------------------------------------------------


def test_a_place_of_three_words_after_van_and_a_thing() -> None:
    assert "Son en Breugel" in places("de optocht van Son en Breugel begint om twee uur")


def test_a_person_named_van_and_a_short_place_stay() -> None:
    assert places("de brief is voor Piet van Son en Breugel") == []
    assert places("de bakker van Beek is dicht") == []


# --- a bare street word after its article near an address word -----------------------------------------------------


def test_a_bare_street_word_after_its_article_near_an_address_word() -> None:
    chat = "Ze woont toch in Elburg? Dan breng ik het naar de Markt 17\nTom: ja"
    assert "Markt 17" in locations(chat)


def test_a_bare_street_word_whose_number_goes_on_or_without_the_cue_stays() -> None:
    assert "Markt 17" not in locations("Ik woon in Elburg. Op de Markt 17 kramen vandaag")
    assert "Markt 17" not in locations("Dan breng ik het naar de Markt 17\nTom: ja")
