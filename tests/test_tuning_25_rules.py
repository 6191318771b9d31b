"""Issue 12, general rules for the LOCATION misses of the hand-written tuning sets retired_5 (every kind of text) and
tuning_25 (chats, call transcripts, OCR): the town before a station's word (``vanaf leiden cs``); a word for a kind of
home is no place someone lives in (``woon in nieuwbouw``); a one-word place split by a hyphen (``NIEUW-LEUSEN``); the
turn that finishes a residence's cue the other broke off (``woonachtig in`` / ``beller: sint-annaparochie``); southern
European streets with their street word first (``calle de la paz 12, 46003 valencia``) and the lower-case postcode and
place closing them; French streets with their number first (``12 rue des Lilas``); a street the BAG names per side
with its name before the side (``Vaart Zuidzijde 118``). A street that needs an address with an address word near it
(``welk huisnummer?`` / ``lange haven 14``), a short unknown word before a number and a full postcode (``Meir 45, 2000
Antwerpen``), a town of several words after a service's word (``Fitcentrum Bergen op Zoom``), a listed place quoted as a
record's value. A part of town with a place name's ending closing a chat's turn after ``in`` (``in hoograven?``), a
letterhead's date line after a wide gap, a house number's addition before a closing quote (``'Dorpsweg 12 K'``), a
German street word apart (``Gocher Str. 18``), a place in its own cell after a first name's (``Joyce<TAB>Veghel``).
False positives: a message's clause with a comma is no table's header (``... je adres en je IBAN.`` over ``Groet,
Marcel``); a street starts after a sentence's ``bij`` and after a heading's capitals (``NOTULEN ALV VvE Oranjeplein
1-39``). The cases are written here, not copied from the sets."""

from __future__ import annotations

from afscherm.detectors.place_fields import address_field_findings
from afscherm.detectors.place_names import lookup
from tests.recognizer_helpers import locations, places, spans

# --- the town before a station's word -------------------------------------------------------------------------------


def test_the_town_before_a_stations_word_is_a_place() -> None:
    assert places("ik stap over op zwolle cs, daarna de bus") == ["zwolle", "zwolle cs"]  # the station with its word
    assert "leiden centraal" in places("pak de trein vanaf leiden centraal om 8 uur")  # a town that is a word too
    assert "Den Haag" in places("Wachten bij Den Haag C.S. onder de klok")


def test_a_stations_word_after_no_town_stays_out() -> None:
    assert places("de afdeling inkoop centraal regelt dat") == []
    assert places("stuur de cs-export en de csv door") == []


# --- a kind of home is no place -------------------------------------------------------------------------------------


def test_a_word_for_a_kind_of_home_where_someone_lives_stays_out() -> None:
    assert places("wij wonen in nieuwbouw, vlak bij het park") == []
    assert places("ze woont nu in seniorenflat! heel fijn") == []
    assert places("ik woon in huurwoning en wil kopen") == []


def test_a_neighbourhood_where_someone_lives_is_still_a_place() -> None:
    assert places("wij wonen sinds kort in lunetten!") == ["lunetten"]


# --- a one-word place split by a hyphen -----------------------------------------------------------------------------


def test_a_one_word_place_split_by_a_hyphen_is_the_place() -> None:
    assert lookup("HOOGE-VEEN") == ("hoogeveen", "plain")
    assert "WOL-VEGA" in places("KRUIDVAT 0412\nMarktstraat 3\nWOL-VEGA\n")


def test_a_double_surname_or_two_spaced_words_are_no_such_place() -> None:
    assert lookup("Jansen-Smit") is None
    assert lookup("achter veld") is None  # two words that run together to a village (Achterveld) stay two words


# --- the answer to a residence's cue the other broke off ------------------------------------------------------------


def test_the_turn_finishing_a_residence_cue_names_the_place() -> None:
    text = "agent: en u bent woonachtig in\nbeller: nij beets, achter de kerk"
    assert "nij beets" in places(text)
    assert "zwolle" in places("medewerker: u woont in...\nklant: zwolle.")


def test_a_turn_that_goes_on_after_the_cue_stays_out() -> None:
    assert places("agent: u woont in een mooi huis\nbeller: best wel ja") == []


# --- southern European streets --------------------------------------------------------------------------------------


def test_a_southern_street_with_a_postcode_after_it_is_an_address() -> None:
    found = locations("mijn adres daar: calle del sol 8, 03181 torrevieja")
    assert found == ["calle del sol 8", "03181", "torrevieja"]
    assert "Via Garibaldi 14" in locations("Spedire a: Via Garibaldi 14, 10122 Torino")


def test_a_southern_street_word_without_an_address_around_it_stays_out() -> None:
    assert locations("stuur het via mail 3 keer") == []
    assert locations("ik hoorde het via Jan 12 keer") == []
    assert locations("plaza mayor 2 was druk") == []  # no postcode after it


def test_a_postcode_and_a_word_going_on_after_a_street_stay_out() -> None:
    assert locations("kerkstraat 3, 2000 keer beter") == ["kerkstraat 3"]


# --- French streets with the number first ---------------------------------------------------------------------------


def test_a_french_street_with_its_number_first_is_a_street() -> None:
    assert "8 bis rue Victor Hugo" in locations("Adresse: 8 bis rue Victor Hugo, 33000 Bordeaux")
    assert "14 avenue de la Gare" in locations("wij logeren op 14 avenue de la Gare in Nice")


def test_a_number_before_a_dutch_word_place_stays_out() -> None:
    assert locations("we hebben 2 place de kampeerplaats geboekt") == []
    assert locations("er zijn 3 rue-achtige steegjes") == []


# --- a street the BAG names per side --------------------------------------------------------------------------------


def test_a_streets_name_before_its_side_stays_with_the_street() -> None:
    assert "Vaart Noordzijde 7" in locations("Pand: Vaart Noordzijde 7, 9401 AB Assen")


def test_a_side_after_a_word_of_no_such_street_stays_alone() -> None:
    assert "Noordzijde 7" in locations("Het gehuurde: Noordzijde 7, 9401 AB Assen")
    assert not any(s.startswith("gehuurde") for s in locations("Het gehuurde: Noordzijde 7, 9401 AB Assen"))


# --- a street that needs an address, with an address word on its line or the turn before ---------------------------


def test_a_street_after_a_turn_about_the_address_is_a_street() -> None:
    assert "lange haven 14" in locations("ik sta er, welk huisnummer was het?\nsanne: lange haven 14 toch")
    assert "Zuideinde 88" in locations("ze woont nu bij haar zus in Epe! Zuideinde 88, kamer 4")


def test_such_a_street_without_an_address_word_near_it_stays_out() -> None:
    assert locations("sanne: lange haven 14 toch") == []
    assert locations("ze woont in Zwolle, Blok 4 gehaald") == []  # a short word is a word too often


# --- a word no list knows before a number and a full postcode --------------------------------------------------------


def test_a_short_word_before_a_number_and_a_full_postcode_is_a_street() -> None:
    assert "Kreekrand 9" in locations("Aan: mw. P. Kok, Kreekrand 9, 5911 AB Venlo")
    assert "Meersen 12" in locations("Leveradres: Meersen 12, 9000 Gent")  # a Belgian code and listed place


def test_a_word_or_a_person_before_a_number_and_a_postcode_stays_out() -> None:
    assert "Kamer 3" not in locations("Kamer 3, 2000 Antwerpen")
    assert "Jansen 45" not in locations("F. Jansen 45, 2000 Antwerpen")
    assert locations("Kreekrand 9, 1024 MB") == []  # a unit, no postcode


# --- a town of several words after a practice's or service's word ---------------------------------------------------


def test_a_town_of_several_words_after_a_services_word_is_a_place() -> None:
    assert places("Welkom bij Fysiocentrum Alphen aan den Rijn!") == ["Alphen aan den Rijn"]


def test_a_town_after_a_clubs_word_stays_out() -> None:
    assert places("Voetbalclub Bergen op Zoom wint weer") == []


# --- a listed place quoted as a record's value ----------------------------------------------------------------------


def test_a_listed_place_quoted_as_a_records_value_is_a_place() -> None:
    assert places("INSERT INTO klant VALUES (12,'Eva','Kok','0512-123456','Drachten');") == ["Drachten"]


def test_a_quoted_surname_that_is_a_place_too_stays_out() -> None:
    assert places("INSERT INTO klant VALUES (13,'Jan','Mol');") == []


# --- a part of town closing a chat's turn ---------------------------------------------------------------------------


def test_a_part_of_town_closing_a_chats_turn_after_in_is_a_place() -> None:
    assert places("bram: zondag weer voetbal in schildersbroek?") == ["schildersbroek"]
    assert places("[10:02] mo: we gaan naar oma in blijdorpwijk 🎉") == ["blijdorpwijk"]


def test_a_state_a_file_or_a_frame_after_in_stays_out() -> None:
    assert places("anna: ik zit nog in quarantaine!") == []
    assert places("kim: staat in keuzelijst, dank") == []  # a comma: the turn goes on
    assert places('  File "app/x.py", line 88, in rekenland\n') == []  # no speaker's label


# --- a letterhead's date line after a wide gap ----------------------------------------------------------------------


def test_a_date_line_at_the_right_of_a_letterhead_names_the_place() -> None:
    assert "Zevenbergen" in places("FACTUUR 2026-17                  Zevenbergen, 3 maart 2026\nAan: dhr. Bos")


def test_a_name_and_a_date_after_a_gap_is_no_place() -> None:
    assert places("Naam:     Verhoeven, 3 maart 2026") == []


# --- a house number's addition before a closing quote ---------------------------------------------------------------


def test_a_house_numbers_addition_before_a_closing_quote_stays_with_it() -> None:
    assert "Dorpsweg 12 K" in locations("UPDATE klant SET straat = 'Dorpsweg 12 K', plaats = 'Ede'")


def test_a_letter_and_an_apostrophe_s_stay_out_of_the_number() -> None:
    assert "Dorpsweg 12" in locations("Dorpsweg 12 A's en B's")
    assert "Dorpsweg 12 A's" not in locations("Dorpsweg 12 A's en B's")


# --- a German street word apart -------------------------------------------------------------------------------------


def test_a_german_street_word_apart_after_a_capitalised_word_is_a_street() -> None:
    assert "Emmericher Str. 7" in locations("wohnhaft Emmericher Str. 7, 47533 Kleve")


def test_a_street_word_apart_without_a_name_before_it_stays_out() -> None:
    assert locations("de Str. 4 is dicht") == []


# --- a place in its own cell ----------------------------------------------------------------------------------------


def test_a_place_in_its_own_cell_after_a_first_name_is_a_place() -> None:
    assert places("TC58\t35322868\tJoyce\tVeghel\n") == ["Veghel"]


def test_a_first_name_and_a_place_in_one_cell_stay_a_person() -> None:
    assert places("Joyce Veghel belde gisteren") == []


# --- a message's clause with a comma is no table's header -----------------------------------------------------------


def test_a_clause_naming_the_address_over_a_greeting_is_no_table() -> None:
    text = "Stuur me nog even je diploma, je adres en je rekeningnummer.\nGroet, Sander\n"
    assert spans(address_field_findings(text), text, "LOCATION") == []


def test_a_header_of_short_column_names_still_reads_its_rows() -> None:
    text = "klantnr,naam,woonplaats\n8812,Eva Kok,Drachten\n"
    assert spans(address_field_findings(text), text, "LOCATION") == ["Drachten"]


# --- where a street before its number starts ------------------------------------------------------------------------


def test_a_street_starts_after_a_sentences_bij_and_a_headings_capitals() -> None:
    assert locations("Gevonden bij de Lindelaan 14. Wie mist hem?") == ["Lindelaan 14"]
    assert locations("VERSLAG BESTUUR VvE Kastanjeplein 2-40\n") == ["Kastanjeplein 2-40"]


def test_a_streets_own_words_and_a_street_in_capitals_stay_whole() -> None:
    assert locations("Burgemeester van Walsumweg 3") == ["Burgemeester van Walsumweg 3"]
    assert locations("WILLEM DE ZWIJGERLAAN 4") == ["WILLEM DE ZWIJGERLAAN 4"]


# --- another stop after a station, and a place no list holds at its other mentions ----------------------------------


def test_another_stop_after_a_station_is_a_place() -> None:
    # two words after the station: not read
    assert places("pak je de bus vanaf utrecht cs of vaartsche wijk") == ["utrecht", "utrecht cs"]
    assert places("pak je de bus vanaf utrecht cs of kanaleneiland") == ["utrecht", "utrecht cs", "kanaleneiland"]
    assert "heuvelschans" in places("mo: stap je uit op zwolle centraal of heuvelschans?")


def test_a_word_after_a_station_without_a_place_names_ending_stays_out() -> None:
    assert places("kim: vanaf zwolle cs of later?") == ["zwolle", "zwolle cs"]


def test_a_place_no_list_holds_is_a_place_at_its_other_mentions() -> None:
    text = "bram: komen jullie zaterdag in schildersbroek?\nmo: ja, schildersbroek is dichtbij\nkim: Schildersbroek!"
    assert places(text) == ["schildersbroek", "schildersbroek", "Schildersbroek"]


def test_a_mention_inside_a_longer_word_stays_out() -> None:
    text = "bram: komen jullie zaterdag in schildersbroek?\nmo: ja, via de schildersbroekweg"
    assert places(text) == ["schildersbroek"]


# --- a village after a club's abbreviation in lower case ------------------------------------------------------------


def test_a_village_after_a_clubs_abbreviation_in_lower_case_is_a_place() -> None:
    assert places("kees: overmaken tnv de kas van vv nieuwleusen") == ["nieuwleusen"]
    assert places("we spelen zaterdag uit bij sv epe") == ["epe"]


def test_a_name_or_a_word_after_a_clubs_abbreviation_stays_out() -> None:
    assert places("kees: morgen vv hollandia thuis") == []
    assert places("sv bakker meldt zich af") == []
