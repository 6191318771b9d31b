"""Issue 12, general rules for the chat misses of the hand-written tuning sets (retired_1..5, tuning_11..26): a street
named after a person in lower case with the first name written apart after its article (``bij de marie curieweg``,
``op de anne frankstraat 12``); a word no list holds with a place name's ending closing a chat's turn after ``bij``,
``naar``, ``vanaf`` or ``richting`` (``die bij vathorst?``); a chat's speaker after a channel and a bar (``Ziggo |
Femke:``), named as a child's parent (``Vader van Daan:``), with a surname's initial (``Joost K:``) or a surname with
its initials (``Dekker, R.W.:``); a birth label in the date's own sentence when an earlier label's sentence ended
(``wie is er jarig`` / ``Ruben! geboren 17-09-1991``); a park by its capitalised name after a preposition and ``het``
(``in het Kronenburgerpark``); a market square by its qualifier after a preposition and ``de`` (``bij de oude markt``);
the place left in a move to a listed place, a word with a place name's ending that no list holds (``van Vathorst naar
Zwolle``). The cases are written here, not copied from the sets."""

from __future__ import annotations

from tests.recognizer_helpers import births, locations, persons, places

# --- a street named after a person, its first name apart, in lower case ---------------------------------------------


def test_a_lower_case_street_named_after_a_person_takes_its_first_name() -> None:
    # without a number: the road word after a first name and an article (the surname part a word too: steen)
    assert locations("de lekkage zit ergens onder de jan steenstraat") == ["jan steenstraat"]
    assert locations("parkeer maar bij de marie curieweg") == ["marie curieweg"]
    # with a number: the first name is the street's too, not left out
    assert locations("pakketje moet naar de anne frankstraat 17") == ["anne frankstraat 17"]


def test_a_first_name_without_an_article_or_a_kind_of_road_is_left_alone() -> None:
    # a person's name takes no article: here the name is a person's and the street starts after it
    assert locations("stuur sanne kerkstraat 4 even door") == ["kerkstraat 4"]
    # no first name before the road word: a kind of road
    assert locations("we namen de rondweg, sneller") == []
    # a first name before a word of another kind (a school named after a person)
    assert locations("ze zit op de anne frankschool") == []


# --- a part of town closing a chat's turn after bij, naar, vanaf, richting ------------------------------------------


def test_a_part_of_town_closing_a_turn_after_bij_or_naar_is_a_place() -> None:
    assert places("tim: welke praxis bedoel je, die bij vathorst?") == ["vathorst"]
    assert places("[18:02] ilse: rijden jullie ook vanaf meerhoven? 🚗") == ["meerhoven"]
    assert places("joep: dan fietsen we richting schrijverswijk!") == ["schrijverswijk"]


def test_a_word_of_another_kind_or_a_surname_after_bij_is_left_alone() -> None:
    assert places("tim: gaan jullie deze zomer naar buitenland?") == []  # a common word
    assert places("tim: ligt het pakket nog bij kronenburg?") == []  # a family name: a person's home or desk
    assert places("ik sta nu bij vathorst?") == []  # no speaker's label: no chat's turn


# --- speaker labels: a channel before a bar, a child's parent, a surname's initial or initials ----------------------


def test_the_speaker_after_a_channel_a_childs_parent_and_initials_is_a_name() -> None:
    assert persons("[11:20] Ziggo | Femke: Wat is uw postcode?") == ["Femke"]
    assert persons("[2026-05-04 08:02] Vader van Daan: Hij is ziek vandaag") == ["Daan"]
    assert persons("14-02-26 19:05 Joost K: is de bank nog te koop?") == ["Joost K"]
    assert persons("[15-06-2026 09:30] Teams – Dekker, R.W.: wie pakt dit op?") == ["Dekker, R.W."]


def test_a_label_that_names_no_one_is_left_alone() -> None:
    assert persons("[10:01] Totaal | Prijs: 30 euro") == []  # a table's cells
    assert persons("[10:02] Agenda, B.: punt twee") == []  # no surname before the comma
    assert persons("Let op, N.B.: niet doen") == []


# --- a birth label in the date's own sentence, after another label's sentence ended ---------------------------------


def test_a_birth_label_after_another_labels_sentence_ended_labels_the_date() -> None:
    # "jarig" opens the turn before; its sentence ended ("Ruben!"), the date's own sentence says "geboren"
    assert births("Lotte: wie is er morgen jarig\nBas: Ruben! geboren 17-09-1991 toch?") == ["17-09-1991"]


def test_a_date_whose_own_sentence_has_no_birth_label_is_left_alone() -> None:
    assert births("Lotte: wie is er morgen jarig\nBas: Ruben! Afspraak staat op 17-09-2025") == []
    assert births("Ik ben geboren in Zwolle. Vervaldatum 30-06-2026") == []


# --- a park by its name after a preposition and "het" ---------------------------------------------------------------


def test_a_capitalised_park_after_a_preposition_and_het_is_a_place() -> None:
    assert locations("zondag picknicken in het Kronenburgerpark?") == ["Kronenburgerpark"]
    assert locations("we lopen eerst rond het Sonsbeekpark") == ["Sonsbeekpark"]


def test_a_kind_of_park_or_a_brand_is_left_alone() -> None:
    assert locations("lekker zitten in het stadspark") == []  # a kind of park, in lower case
    assert locations("kantoor zit op het SciencePark") == []  # an inner capital: a brand's writing


# --- a town's market square by its qualifier ------------------------------------------------------------------------


def test_a_market_square_by_its_qualifier_after_a_preposition_and_de_is_a_place() -> None:
    assert locations("ik wacht wel even bij de oude markt") == ["oude markt"]
    assert locations("Het terras op de Kleine Markt is vol") == ["Kleine Markt"]


def test_a_market_of_another_kind_is_left_alone() -> None:
    assert locations("we mikken volgend jaar op de nieuwe markt in azie") == []  # a business's market
    assert locations("zaterdag sta ik op de markt") == []  # a market, no square's name


# --- the place left in a move, no list holding it -------------------------------------------------------------------


def test_the_part_of_town_left_in_a_move_to_a_listed_place_is_a_place() -> None:
    assert places("per juni verhuizen we van Vathorst naar Zwolle") == ["Vathorst", "Zwolle"]


def test_a_person_or_a_thing_before_naar_is_left_alone() -> None:
    assert places("het pakket ging van Kronenburg naar Zwolle") == ["Zwolle"]  # a surname: a sender
    assert places("fiets van vathorst naar huis") == []  # no listed place after naar
