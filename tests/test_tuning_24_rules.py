"""Issue 12, general rules for the LOCATION misses of the hand-written tuning sets tuning_24 (chats and logs) and
retired_4: a lower-case postcode right after a street and house number (``molenweg 8, 7411 bt``); a long street's
side between its name and the number (``Dorpsstraat Zuid 14``, ``Hoofdweg W 3``); a Belgian postcode of four digits
closing a street's address (``Vaartstraat 9, 8500``, ``Grotesteenweg 9, 2600 Berchem``); a word no list holds where
someone lives (``we wonen nu in transvaal!``, ``woont sinds kort in Malburgen``) and a district's name after a word for
one (``wijk Presikhaaf``, ``buurtapp Hatert-Zuid``); a street named with its article and a qualifier (``aan de lange
molenstraat``) and both streets of a corner (``hoek beukenlaan/lindestraat``); in machine output, a place in a list
of one value (``'woonplaats': ['Tiel']``), the address elements of an ISO 20022 payment file (``<TwnNm>``), a vCard's
locality and postal code by their place in ``ADR`` and the words of a geocoder's query (``/geocode?q=ens+emmeloord``).
Municipalities merged since the gazetteer's 2019 names (``gemeente Beekdaelen``), a listed place that is a family
name too after an organisation's word (``Fysiotherapie Doesburg``) and a long word no list knows before a house
number and a postcode (``Skilpleats 5, 9264 TR``: here ``Reidpleats 3, 8401 AB``). A village named with its neighbour
after a cue (``in Bergen-Binnen``), and a town's part after the town where someone lives (``woon in Gent, Ledeberg.``).
The cases are written here, not copied from the sets."""

from __future__ import annotations

from afscherm.detectors.findings import Finding
from afscherm.detectors.location import LocationRecognizer
from afscherm.detectors.place_fields import address_field_findings
from afscherm.detectors.place_names import PlaceNameRecognizer


def spans(findings: list[Finding], text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in findings if f.entity_type == entity]


def locations(text: str) -> list[str]:
    return spans(LocationRecognizer().find(text), text, "LOCATION")


# --- a lower-case postcode after a street and house number ----------------------------------------------------------


def test_a_lower_case_postcode_after_a_street_and_number_is_a_postcode() -> None:
    assert "7411 bt" in locations("wouter: ons nieuwe adres is molenweg 8, 7411 bt")
    assert "3062 pk" in locations('msg="schepenlaan 14b, 3062 pk. bel me"')


def test_a_lower_case_code_without_a_street_before_stays_out() -> None:
    assert locations("we hebben 7411 bt aan bandbreedte over") == []
    assert "2000 ml" not in locations("ik heb kerkstraat 3, 2000 ml water")  # a unit, and the phrase goes on


# --- the side of a long street --------------------------------------------------------------------------------------


def test_a_streets_side_between_its_name_and_number_stays_with_the_street() -> None:
    assert "Dorpsstraat Zuid 14" in locations("Graag bezorgen bij Dorpsstraat Zuid 14 · 0597-612345")
    assert "Hoofdweg W 3" in locations("Overlast bij de buren (Hoofdweg W 3) al weken.")


def test_a_side_alone_is_no_street() -> None:
    assert locations("we rijden richting Zuid 2 keer per week") == []
    assert locations("Het Oost 4 team vergadert") == []


# --- a Belgian postcode closing an address --------------------------------------------------------------------------


def test_four_digits_closing_a_streets_address_are_a_postcode() -> None:
    found = locations("Mijn zus woont op Vaartstraat 9, 8500")
    assert "Vaartstraat 9" in found and "8500" in found
    found = locations("Stuur het naar Lange Leemstraat 120 bus 4, 2018.")
    assert "2018" in found


def test_a_postcode_after_a_street_takes_the_capitalised_place_after_it() -> None:
    found = locations("Adres: Grotesteenweg 9, 2600 Berchem")  # a district no list holds
    assert "2600" in found and "Berchem" in found


def test_four_digits_and_a_word_after_a_street_are_a_count() -> None:
    found = locations("Ik heb kerkstraat 3, 2000 keer gebeld")
    assert found == ["kerkstraat 3"]


# --- a place no list holds where someone lives, a district after a word for one -------------------------------------


def places(text: str) -> list[str]:
    return spans(PlaceNameRecognizer().find(text), text, "LOCATION")


def test_a_word_no_list_holds_where_someone_lives_is_a_place() -> None:
    assert places("sanne: we wonen nu echt in transvaal!") == ["transvaal"]
    assert places("Mijn broer woont sinds kort in Malburgen") == ["Malburgen"]
    assert places("hij woont tegenwoordig in malburgen, vlak bij de rijn") == ["malburgen"]
    assert places("ik woon in KRUISWIJK (Venlo) en werk daar ook") == ["KRUISWIJK", "Venlo"]


def test_a_country_a_word_or_an_article_where_someone_lives_stays_out() -> None:
    assert places("mijn zus woont in portugal nu") == []
    assert places("ze wonen tegenwoordig in zuid-frankrijk.") == []
    assert places("wij wonen in een flat") == []
    assert places("hij woont in bij zijn moeder") == []


def test_a_districts_name_after_a_word_for_one_is_a_place() -> None:
    assert places("Ophalen kan in Arnhem, wijk Presikhaaf") == ["Arnhem", "Presikhaaf"]
    assert places("Buurtapp Hatert-Zuid") == ["Hatert-Zuid"]
    assert places("ze wonen in de nieuwbouwwijk De Vijfhoek") == ["De Vijfhoek"]


def test_a_word_or_a_compass_point_after_a_district_word_stays_out() -> None:
    assert places("ik woon in de wijk waar jij ook woont") == []
    assert places("Contact: wijkteam Oost, 14 026") == []
    assert places("wijkagent Bakker belde gisteren") == []


# --- a qualified street and the streets of a corner -----------------------------------------------------------------


def test_a_road_word_after_an_article_and_a_qualifier_is_a_street() -> None:
    assert locations("haal jij het pakketje op aan de lange molenstraat?") == ["lange molenstraat"]
    assert locations("in de oude kerkweg staan ze al") == ["oude kerkweg"]


def test_a_kind_of_road_with_an_adjective_but_no_article_stays_out() -> None:
    assert locations("we fietsen over een lange kerkweg") == []


def test_both_streets_of_a_corner_are_streets() -> None:
    assert locations("de bak staat op de hoek beukenlaan/lindestraat") == ["beukenlaan", "lindestraat"]
    assert locations("ongeluk op de kruising Marktweg en Pastoorstraat") == ["Marktweg", "Pastoorstraat"]


def test_a_corner_of_kinds_of_road_stays_out() -> None:
    assert locations("file op de hoek van de snelweg en de afrit") == []


# --- places in machine output ---------------------------------------------------------------------------------------


def fields(text: str) -> list[str]:
    return spans(address_field_findings(text), text, "LOCATION")


def test_a_place_in_a_list_of_one_value_under_its_key() -> None:
    assert fields("<QueryDict: {'voornaam': ['Joost'], 'woonplaats': ['Tiel'], 'stap': ['2']}>") == ["Tiel"]


def test_the_address_elements_of_a_payment_file() -> None:
    text = "<PstlAdr><StrtNm>Molenweg</StrtNm><BldgNb>12</BldgNb><PstCd>4001 AB</PstCd><TwnNm>Tiel</TwnNm></PstlAdr>"
    assert fields(text) == ["Molenweg", "12", "4001 AB", "Tiel"]


def test_a_vcards_locality_and_postal_code_by_their_place() -> None:
    text = "BEGIN:VCARD\nADR;TYPE=work:;;Dorpsstraat 4;Wezep;Gelderland;8091 AB;Nederland\nEND:VCARD"
    assert fields(text) == ["Dorpsstraat 4", "Wezep", "8091 AB"]


def test_the_words_of_a_geocoders_query() -> None:
    text = "GET /api/geocode?q=ens+emmeloord HTTP/1.1 200"
    assert fields(text) == ["ens", "emmeloord"]


def test_a_search_boxs_query_and_an_other_vcard_line_stay_out() -> None:
    assert fields("GET /search?q=tweedehands+fiets HTTP/1.1 200") == []
    assert fields("NOTE:;;Dorpsstraat is dicht;morgen") == []


# --- merged municipalities, a town after an organisation's word, a long street before a postcode ------------------


def test_a_municipality_merged_since_2019_is_a_place() -> None:
    assert places("Gemeente Beekdaelen, goedemiddag") == ["Beekdaelen"]
    assert places("wij wonen sinds mei in de gemeente maashorst") == ["maashorst"]
    assert places("BEZWAARSCHRIFT - gemeente Noardeast-Fryslân") == ["Noardeast-Fryslân"]


def test_a_place_that_is_a_family_name_after_an_organisations_word() -> None:
    assert places("herinnering: fysiotherapie Doesburg, morgen 10:00") == ["Doesburg"]


def test_a_place_that_is_a_family_name_stays_a_person_elsewhere() -> None:
    assert places("ik sprak Wim Doesburg gisteren") == []
    assert places("Beste Doesburg, dank voor uw brief") == []


def test_a_long_word_before_a_number_and_a_postcode_is_a_street() -> None:
    assert locations("Sytske: Reidpleats 3, 8401 AB Gorredijk")[:2] == ["Reidpleats 3", "8401 AB"]


def test_a_long_word_before_a_number_and_a_unit_stays_out() -> None:
    assert locations("Bestandsgrootte 12, 1024 MB") == []


# --- a hyphenated village, a town's part after the town where someone lives -----------------------------------------


def test_a_village_named_with_its_neighbour_after_a_cue() -> None:
    assert places("Wij logeren zaterdag in Ubbergen-Beek bij mijn tante") == ["Ubbergen-Beek"]


def test_a_double_surname_after_a_cue_stays_out() -> None:
    assert places("ik ga naar Jansen-Kuipers toe") == []


def test_a_towns_part_after_the_town_where_someone_lives() -> None:
    assert places("Ik woon nu in Gent, Ledeberg. Adres volgt") == ["Gent", "Ledeberg"]


def test_a_name_or_a_sentence_after_the_town_stays_out() -> None:
    assert places("ik woon in Zwolle, Henk.") == ["Zwolle"]
    assert places("ik woon in Utrecht, Marloes woont in Zeist") == ["Utrecht", "Zeist"]


def test_a_club_named_after_its_town_is_no_place_there() -> None:
    assert places("de amateurclub Smilde won met 2-0") == []


# --- a transcript's turns are no table ----------------------------------------------------------------------------


def test_a_turn_with_a_comma_is_no_header_line() -> None:
    text = "Medewerker: Gemeente Ommen, goedemiddag.\nBeller: Goedemiddag, ik bel over mijn aanvraag."
    assert fields(text) == []


def test_a_header_line_of_field_names_still_reads_its_column() -> None:
    assert fields("naam;woonplaats\nHenk Bos;Dalfsen") == ["Dalfsen"]


# --- a village opening with an article after an organisation's word in lower case ---------------------------------


def test_an_article_village_after_a_lower_case_organisations_word() -> None:
    assert places("[memo fysiotherapiepraktijk De Lier, 3 maart]") == ["De Lier"]


def test_an_article_name_after_a_lower_case_word_of_another_kind_stays_out() -> None:
    assert places("we spelen zondag tegen De Graafschap") == []
    assert places("hij zegt De Lier is mooi") == []


# --- a markup tag's end parts a street from the element before it ---------------------------------------------------


def test_a_street_starts_after_the_tag_before_it() -> None:
    assert locations("<Nm>Jan Akkerman</Nm><Adr>Willemstraat 19</Adr>") == ["Willemstraat 19"]
    assert locations("<Adr>Willemstraat 19</Adr>") == ["Willemstraat 19"]


def test_a_street_of_several_words_inside_one_element_stays_whole() -> None:
    assert locations("<td>Burgemeester de Withstraat 3</td>") == ["Burgemeester de Withstraat 3"]
