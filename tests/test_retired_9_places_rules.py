"""Issue 12, places (eighteenth session, from the kinds of place ``retired_9`` and the tuning sets missed): where a
street before its number starts (not at a preposition, a table's column gap or a sentence's short last word), a short
listed street no word list holds beside its place, a query string's ``&`` after a place, a place cue in brackets, a
hyphenated place written whole, the town closing a firm's or institution's name, and a place of birth no list holds.
The cases are written here, not copied from any set; every name and address is made up."""

from __future__ import annotations

from tests.recognizer_helpers import found, locations, places

# --- where the street before a house number starts --------------------------------------------------------------------


def test_a_street_starts_after_a_preposition_of_place() -> None:
    assert "Lindelaan 7" in locations("We wonen sinds maart in Borculo op Lindelaan 7.")
    assert "Borculo op Lindelaan 7" not in locations("We wonen sinds maart in Borculo op Lindelaan 7.")
    assert locations("De storing zit bij meneer Wolterink op Burgemeester Bosstraat 14.") == [
        "Burgemeester Bosstraat 14"
    ]


def test_a_title_and_a_particle_still_open_a_street() -> None:
    assert "Burgemeester de Withstraat 12" in locations("Stuur het naar Burgemeester de Withstraat 12 in Oss.")
    assert "Weth. Kramerstraat 8" in locations("nieuw adres: Weth. Kramerstraat 8, Hoogeveen")


def test_a_street_starts_in_its_own_column() -> None:
    row = "4410\tSanne Wolters\tKoningin Julianalaan 9\t7101 AB\tWinterswijk"
    assert "Koningin Julianalaan 9" in locations(row)
    assert not any("Sanne" in value for value in locations(row))
    wide = "4411  Pim Brouwer  Prins Hendrikstraat 3  7101 AC  Winterswijk"
    assert "Prins Hendrikstraat 3" in locations(wide)


def test_a_sentence_ending_in_a_short_common_word_before_the_street() -> None:
    assert "Eikenweg 41" in locations("Noor: Prima. Eikenweg 41, de blauwe deur")
    assert "Prima. Eikenweg 41" not in locations("Noor: Prima. Eikenweg 41, de blauwe deur")


def test_an_abbreviated_title_before_a_street_is_no_sentence_end() -> None:
    assert "Past. Jansenstraat 6" in locations("adres: Past. Jansenstraat 6, Boxtel")


# --- a short listed street beside its place ---------------------------------------------------------------------------


def test_a_short_listed_street_no_word_list_holds_beside_its_place() -> None:
    # ("Eiteren" and "Bosrand" are BAG streets without a street ending, and no common word, first or family name)
    assert "Bosrand 11" in locations("de klant (Bosrand 11, Zeist) belde")
    assert "Eiteren 5" in locations("ik woon nu in IJsselstein, Eiteren 5.")


def test_a_short_listed_street_that_is_a_word_or_a_surname_stays() -> None:
    assert "Blok 4" not in locations("in Utrecht, Blok 4 is klaar")
    assert "Pier 4" not in locations("bij Zwolle, Pier 4 doet mee")


# --- a query string ---------------------------------------------------------------------------------------------------


def test_a_place_in_a_query_string_ends_at_the_ampersand() -> None:
    found_here = locations("naam=Iris&straat=Kerkstraat+4&plaats=Zwolle&akkoord=on")
    assert "Zwolle" in found_here
    assert not any("akkoord" in value for value in found_here)


# --- place cues -------------------------------------------------------------------------------------------------------


def test_a_place_cue_opening_a_bracket() -> None:
    # ("Stein" is a first name too: only a strong cue names it a place)
    assert "Stein" in places("Dorpsstraat 2, ELSLOO (gemeente Stein)")
    assert "Rheden" in places("het loket (in Rheden) is dicht")


def test_a_bracket_without_a_cue_names_no_first_name() -> None:
    assert "Stein" not in places("de buurman (Stein) belde")


def test_a_hyphenated_place_written_whole_anywhere() -> None:
    assert "Nieuw-Vennep" in places("OBS DE SPRONG  Nieuw-Vennep")
    assert "Oud-Beijerland" in places("we zagen Oud-Beijerland liggen")


def test_a_hyphenated_adjective_is_no_place() -> None:
    assert places("een Nieuw-Zeelandse wijn en Oud-Hollandse koek") == []


# --- the town closing a firm's or institution's name ----------------------------------------------------------------


def test_the_town_closing_a_firms_name() -> None:
    assert "Lopik" in places("1. Stichting Wonen Samen Lopik, hierna: verhuurder")
    assert "Zwaag" in places("Ondergetekende, directeur van Dakdekkersbedrijf Kok Zwaag B.V., verklaart")
    assert "Ede" in places("ontslagbrief Ziekenhuis Noord-Veluwe Ede\nDiagnose volgt")
    assert "Wierden" in places("Apotheek De Esch  Wierden\nMevr. A. Kuipers")


def test_a_practices_town_right_after_its_word() -> None:
    # ("Rijen" is a common word, rows: after a practice's word it is the town the practice serves)
    assert "Rijen" in places("Fysiotherapiepraktijk Rijen, goedemorgen")


def test_a_firm_named_after_a_person_keeps_its_name() -> None:
    assert places("Bakkerij Van Goor B.V.") == []  # a particle: a family name
    assert places("Schildersbedrijf Jan Lopik") == []  # a first name before it: a person
    assert places("Garage Doorn, bel ons") == []  # a family name right after the firm's word


# --- a place of birth no list holds ---------------------------------------------------------------------------------


def test_a_place_of_birth_no_list_holds() -> None:
    assert "Kandahar" in places("de heer A. Noori, geboren te Kandahar op 3 mei 1980, wonende te Zwolle")
    assert "Kandahar" in places("mevrouw B. Noori, geboren op 9 juli 1984 te Kandahar, en")


def test_a_month_or_a_country_after_geboren_is_no_place() -> None:
    assert places("Hij is geboren in Maart, zegt hij") == []
    assert places("geboren in Nederland, opgegroeid in Frankrijk") == []


# --- the whole analyzer -----------------------------------------------------------------------------------------------


def test_the_analyzer_reports_the_person_and_the_street_of_a_row_apart() -> None:
    row = "7801\tLotte Kamphuis\tPrins Bernhardstraat 3\t7101 BB\tWinterswijk"
    assert "Lotte Kamphuis" in found(row, "PERSON")
    assert "Prins Bernhardstraat 3" in found(row, "LOCATION")


# --- chats: emoji, a question who lives where, a place no list holds after a street, a district in brackets --------


def test_an_emoji_after_the_place_is_no_part_of_it() -> None:
    assert "hoogeveen" in locations("yes! eikenlaan 14b in hoogeveen 🏡")
    assert "hoogeveen 🏡" not in locations("yes! eikenlaan 14b in hoogeveen 🏡")
    assert "mechelen" in locations("ons adres: vaartstraat 3, 2800 mechelen 🇧🇪")


def test_a_street_without_number_in_a_question_who_lives_there() -> None:
    assert "Brusselsesteenweg" in locations("woont ze nog op de Brusselsesteenweg? of al in Aalst?")


def test_a_question_who_lives_there_with_a_common_word_after_it() -> None:
    assert locations("woont hij nog op de hoek?") == []


def test_an_unlisted_capitalised_place_after_a_street_and_in() -> None:
    assert "Hoograven" not in locations("ik ga naar Hoograven")  # no street before it
    assert "Lunetten" in locations("wonend Kerkstraat 18 in Lunetten. Verder niets")


def test_a_month_or_first_name_after_a_street_and_in_is_no_place() -> None:
    assert locations("wonend Kerkstraat 18 in Maart verhuisd.") == ["Kerkstraat 18"]
    assert locations("Kerkstraat 4 in Pieter.") == ["Kerkstraat 4"]


def test_a_district_in_brackets_after_its_town() -> None:
    # ("Rustenburg": a district of two towns and a family name; alone no place, after its town one)
    assert "Rustenburg" not in places("ik zag Rustenburg gisteren")
    assert "Rustenburg" in places("het feest is bij hem in Amersfoort (Rustenburg), kom je ook?")
    assert places("in Zwolle (Jansen) gezien") == ["Zwolle"]  # a surname in brackets is no district


# --- a district after a sentence's word and a comma; a record's fields ------------------------------------------------


def test_a_district_after_a_word_and_a_comma_is_no_firms_name() -> None:
    assert "Transvaalkwartier" in places("Bewoner: Nee, Transvaalkwartier. Daar woon ik.")
    assert places("Tuincentrum Overvecht, Kerkweg 3") == []  # a firm's name that a district ends


def test_a_records_fields_printed_in_brackets() -> None:
    text = "klant=Klant(naam=X, straat=Lindelaan, huisnr=4, plaats=Dalfsen), status=ok"
    values = locations(text)
    assert "Dalfsen" in values and "Lindelaan" in values
    assert not any(")" in value or "(" in value for value in values)
    assert "Bergen (NH)" in locations("plaats=Bergen (NH)")  # a bracket of the place's own stays


# --- a postcode read out --------------------------------------------------------------------------------------------


def test_a_spoken_area_said_first_then_with_its_letters() -> None:
    text = "Beller: Postcode negen drie nul vier... negen drie nul vier K L."
    assert locations(text) == ["negen drie nul vier", "negen drie nul vier K L"]


def test_a_word_after_a_spoken_area_is_no_letters() -> None:
    text = "Beller: Postcode zes zeven een twee, de letters weet ik niet meer."
    assert locations(text) == ["zes zeven een twee"]
    assert locations("Beller: Postcode zes zeven een twee D E.") == ["zes zeven een twee D E"]  # letters said apart


# --- a five-digit postcode and its place abroad after a street ------------------------------------------------------


def test_a_five_digit_code_and_an_unlisted_place_abroad_after_a_street() -> None:
    found_here = locations("Dünenweg 7, 26757 Borkum")
    assert "26757" in found_here and "Borkum" in found_here
    assert "Bad Münstereifel" in locations("Kurhausstraße 2, 53902 Bad Münstereifel.")


def test_a_five_digit_count_after_a_street_goes_on_as_a_sentence() -> None:
    assert locations("Kerkstraat 4, 12345 Stuks besteld") == ["Kerkstraat 4"]
    assert locations("Kerkstraat 4, 12345 artikelen") == ["Kerkstraat 4"]


# --- the town on a shop's header line ---------------------------------------------------------------------------------


def test_the_town_on_a_chains_receipt_header() -> None:
    # ("Doorn", "Lopik" are family names too: on a listed chain's header line the branch's town)
    assert "DOORN" in places("PLUS DOORN\nDorpsstraat 3\nBON 0042")
    assert "Lopik" in places("Albert Heijn 1907 Lopik\nKassa 2")


def test_a_header_that_is_no_chain_or_names_a_first_name() -> None:
    assert places("Hema Doorn had korting") == []  # the line goes on: no header
    assert places("Garage Smit Doorn\nKassa 1") == []  # no listed chain
    assert places("Jumbo Anna\nKassa 1") == []  # a first name, no town
