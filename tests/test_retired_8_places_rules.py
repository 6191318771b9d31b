"""Issue 12, places in chats (seventeenth session, from the kinds of place ``retired_8`` and the tuning sets missed):
streets no ending or list tells after an address word with their place closing the phrase, a listed street after
an addressee with a surname's particles, a street in brackets after its town, a listed street without a number
where a home or building stands on it. The cases are written here, not copied from any set."""

from __future__ import annotations

from afscherm.detectors.place_names import foreign_places, lookup
from tests.recognizer_helpers import locations, places

# --- capitalised words after an address word, a number and a listed place closing the phrase --------------------------


def test_an_unlisted_street_between_an_address_word_and_its_place_is_read_whole() -> None:
    assert locations("ze staat ingeschreven, wonende Lange Heerensingel Oost 7a, Gouda") == [
        "Lange Heerensingel Oost 7a",
        "Gouda",
    ]
    assert "Oude Vest Kade 14-bis" in locations("nu woonachtig Oude Vest Kade 14-bis, Leiden.")


def test_a_short_listed_word_inside_a_longer_unlisted_street_name() -> None:
    # ("Rijn" alone is a listed street, too short for an address on its own)
    assert "Hoge Rijn 31" in locations("zijn adres: Hoge Rijn 31, Zwolle")


def test_capitalised_words_need_the_address_word_and_the_place() -> None:
    assert locations("we spraken Grote Piet 3, Zwolle.") == []  # no address word
    assert "Fase Twee 3" not in locations("woont Fase Twee 3 jaar")  # no place closing it
    assert "Groot 3" not in locations("ze wonen Groot 3, Zwolle")  # one word, and a common one
    assert "Anna 3" not in " ".join(locations("ze woont bij Anna 3, Zwolle"))  # a first name


# --- an addressee's title and a surname with particles before the street ----------------------------------------------


def test_a_listed_street_after_a_title_and_a_surname_with_particles() -> None:
    assert "Ringbaan-West 40" in locations("Klopt het: mevrouw van der Hoeven, Ringbaan-West 40?")
    assert "Ringbaan-West 40" in locations("prima, dhr. De Groot, Ringbaan-West 40, om drie uur")


def test_a_surname_with_particles_without_a_title_is_no_addressee() -> None:
    assert locations("de van der Hoeven, Blok 4 is klaar") == []


# --- a street in brackets after its town ------------------------------------------------------------------------------


def test_a_listed_street_in_brackets_after_its_town() -> None:
    assert "Het Rond 3" in locations("sinds mei in Houten (Het Rond 3), niet meer in Utrecht")


def test_brackets_after_a_word_that_is_no_place() -> None:
    assert "Het Rond 3" not in locations("zie de bijlage (Het Rond 3) voor details")


# --- a listed street without its number, where a home or building stands ----------------------------------------------


def test_a_listed_street_after_a_home_and_aan_de_in_lower_case() -> None:
    assert locations("de sporthal aan de hoge ham is dicht") == ["hoge ham"]
    assert locations("ons huis op de biezenkamp staat te koop") == ["biezenkamp"]


def test_a_road_ending_after_a_building_with_its_capital() -> None:
    assert locations("de bakkerij aan de Heerbaan sluit") == ["Heerbaan"]


def test_a_common_word_or_a_surname_after_aan_de_is_no_street() -> None:
    assert locations("een huis aan de kust") == []  # a listed street, and a word
    assert locations("we wonen op de hoek") == []
    assert locations("het huis aan de overkant") == []
    assert locations("de winkel aan de Jansen-kant") == []
    assert locations("ze zit aan de hoge ham") == []  # no home, building or living before it


# --- a place set against another as a correction or contrast ----------------------------------------------------------


def test_a_place_corrected_or_contrasted_after_a_place_found() -> None:
    assert places("ze werkt in bunschoten toch, niet spakenburg") == ["bunschoten", "spakenburg"]
    assert places("we zitten nu in zeist (niet meer maarssen)") == ["zeist", "maarssen"]
    assert places("verhuisd naar oss, nou ja berghem") == ["oss", "berghem"]
    assert places("ik kom uit tiel maar culemborg is dichterbij") == ["tiel", "culemborg"]


def test_after_a_contrast_a_word_or_a_name_is_no_place() -> None:
    assert places("het is in amsterdam niet best.") == ["amsterdam"]  # a word, no capital
    assert places("woont in zwolle niet ver weg") == ["zwolle"]
    assert places("in leiden toch, niet zo druk") == ["leiden"]
    assert places("naar utrecht maar anna blijft thuis") == ["utrecht"]  # a first name


# --- every Flemish and Brussels municipality (data/places/places_be_flemish.txt) --------------------------------------


def test_flemish_municipalities_are_listed_places() -> None:
    assert lookup("Hechtel-Eksel") == ("hechtel eksel", "plain")
    assert lookup("Sint-Lievens-Houtem") is not None
    assert lookup("Watermaal-Bosvoorde") is not None
    assert len(foreign_places()) >= 400


def test_a_flemish_municipality_after_a_place_cue() -> None:
    assert places("sinds de zomer wonen we in Kortenaken") == ["Kortenaken"]
    assert places("hij komt uit oud-heverlee") == ["oud-heverlee"]


def test_a_flemish_municipality_that_is_a_word_needs_a_cue() -> None:
    assert places("Boom viel om in de storm") == []  # a tree
    assert places("Ham en kaas graag") == []


# --- house-number additions: a unit or flat by its word, a spaced dash, a letter joined to a door or floor ------------


def test_a_unit_or_flat_by_its_word_belongs_to_the_house_number() -> None:
    assert "Havenweg 7 unit 12" in locations("bezoekadres: Havenweg 7 unit 12, 1234 AB Ergens")
    assert "Lindelaan 40 app 3" in locations("ik woon op de Lindelaan 40 app 3")


def test_a_floor_after_a_spaced_dash_and_a_letter_joined_to_a_door() -> None:
    assert "Molenstraat 8 - 2" in locations("post naar Molenstraat 8 - 2, 4321 BA Dorp")
    assert "Stationsweg 3-C1" in locations("Stationsweg 3-C1, 4321 BA Dorp")
    assert "Kerkweg 19 B-zw" in locations("nieuw adres: Kerkweg 19 B-zw")


def test_a_time_or_a_quantity_after_a_dash_is_no_addition() -> None:
    assert locations("we zien elkaar op de Kerkstraat 12 - 14:30 uur") == ["Kerkstraat 12"]
    assert locations("Snelweg 12 unit") == []  # the word without its number


# --- a listed street read out with its article and number; address compounds ------------------------------------------


def test_a_listed_street_read_out_with_its_place_after_or_before_it() -> None:
    assert "de Wiekslag negen" in locations("medewerker: waar moet het heen?\nbeller: de Wiekslag negen in Den Ham")
    assert "de biezenkamp elf" in locations("beller: naar leusden de biezenkamp elf\nagent: dank u")


def test_a_listed_street_read_out_answering_a_question_for_the_address() -> None:
    assert "de Boompjes zeventien" in locations("agent: uw adres?\nklant: de Boompjes zeventien")


def test_common_words_read_with_a_number_are_no_street() -> None:
    assert locations("agent: uw adres?\nklant: het huis twee") == []
    assert locations("we zagen in Zwolle de kerk drie keer") == []


def test_an_address_compound_names_the_address() -> None:
    assert "Hoge Rijn 3" in locations("factuuradres: Hoge Rijn 3")
    assert "Lindelaan twaalf" in locations("het leveradres is Lindelaan twaalf, dank u")
    assert locations("het mailadres is lindelaan twaalf") == []  # an e-mail address is no home


# --- a postcode read out right after a street and its number, without the word "postcode" -----------------------------


def test_a_postcode_read_out_after_the_street_and_a_comma() -> None:
    found = locations("beller: ik woon op de Lindelaan 40 twee hoog, zeven drie een een eh ka el in Zwolle")
    assert "zeven drie een een eh ka el" in found
    assert "Lindelaan 40" in found


def test_a_first_go_the_speaker_repeats_and_a_belgian_code_before_its_place() -> None:
    found = locations("adres: Lindelaan 40, vier vijf zes zeven eh vier vijf zes zeven A B")
    assert "vier vijf zes zeven eh" in found and "vier vijf zes zeven A B" in found
    assert "twee acht nul nul" in locations("het adres is Lindelaan 40, twee acht nul nul Mechelen")


def test_a_count_after_the_street_is_no_postcode() -> None:
    assert locations("ik woon op de Kerkstraat 12, een twee drie vier mensen") == ["Kerkstraat 12"]
    assert locations("Kerkstraat 12, drie vier keer per week") == ["Kerkstraat 12"]


# --- a listed place in capitals alone on its line, with a digit OCR read for a letter ---------------------------------


def test_an_ocr_damaged_town_in_capitals_alone_on_its_line() -> None:
    assert places("VERBLIJFSDOCUMENT\nDE BOER\nGeboren 01 02 1990\nZ0ETERMEER\nNummer X") == ["Z0ETERMEER"]
    assert places("scan:\nE1NDHOVEN\n") == ["E1NDHOVEN"]


def test_a_code_of_capitals_and_digits_is_no_place() -> None:
    assert places("KENTEKEN\nXK01LB\n") == []
    assert places("ORDER\nAB0192CD\n") == []
