"""Issue 12, general rules for the place misses of the hand-written tuning sets (chats first: tuning_22..27,
retired_1..5): a neighbourhood by its one-word name after a preposition and its article (``woont in de
vogelwijk``). The cases are written here, not copied from the sets."""

from __future__ import annotations

from tests.recognizer_helpers import locations, places

# --- a neighbourhood by its name after a preposition and its article ------------------------------------------------


def test_a_neighbourhood_named_after_a_preposition_and_its_article_is_a_place() -> None:
    assert places("femke: mijn zus woont in de vogelwijk") == ["vogelwijk"]
    assert places("we fietsen door de Dichtersbuurt naar huis") == ["Dichtersbuurt"]
    assert places("sinds mei zitten ze in het bomenkwartier") == ["bomenkwartier"]


def test_a_kind_of_neighbourhood_or_the_bare_word_is_left_alone() -> None:
    assert places("ze wonen in de nieuwbouwwijk achter de school") == []  # a kind of neighbourhood
    assert places("hij groeide op in de volksbuurt") == []
    assert places("is er een apotheek bij ons in de buurt?") == []  # no name before the ending
    assert places("over een kwartier ben ik er") == []
    assert places("dat is de rivierenwijk niet") == []  # no preposition before the article


# --- a station with its word, and a station named after "station" ----------------------------------------------------


def test_a_station_is_reported_with_its_word() -> None:
    assert "breda centraal" in places("sanne: ik wacht wel bij breda centraal")
    assert "Arnhem CS" in places("Overstappen op Arnhem CS, spoor 4")


def test_a_station_named_after_the_word_station_is_a_place() -> None:
    # a town shortened so that no list holds it
    assert places("joep: sta je al op station rdam centraal?") == ["rdam centraal"]


def test_a_station_word_after_no_station_is_left_alone() -> None:
    assert places("het station ligt centraal in de stad") == []  # a common word between
    assert places("de afdeling inkoop centraal belt je terug") == []


# --- a listed place at its other mentions ---------------------------------------------------------------------------


def test_a_listed_place_a_cue_named_is_a_place_at_its_other_mentions() -> None:
    text = "bram: zullen we afspreken in nijverdal?\nmo: nijverdal is te ver, Nijverdal-west dan"
    assert places(text).count("nijverdal") == 2


def test_a_listed_place_that_is_a_word_or_a_surname_is_not_taken_at_its_other_mentions() -> None:
    # "houten" is a word as well ("houten vloer"); "Eibergen" a family name
    assert places("kees: ik woon in houten.\nkees: we hebben een houten vloer") == ["houten"]
    assert places("Zij woont in Eibergen. Gisteren belde eibergen nog") == ["Eibergen"]


# --- a lower-case street named after a titled person, the title apart after its article -----------------------------


def test_a_lower_case_street_with_a_title_after_its_article_is_a_street() -> None:
    assert locations("anna: ik sta op de prins hendrikstraat, waar ben jij?") == ["prins hendrikstraat"]
    assert locations("breng het maar naar de dr. schaepmanlaan") == ["dr. schaepmanlaan"]


def test_a_title_without_an_article_or_a_kind_of_road_is_left_alone() -> None:
    assert locations("de dokter zei: neem de rondweg") == []  # a kind of road
    assert locations("vraag het prins jansenweg eens") == []  # no article before the title


# --- a park or a square by its one-word name ------------------------------------------------------------------------


def test_a_park_by_its_name_is_a_place_in_any_case() -> None:
    assert locations("zullen we zondag naar het julianapark?") == ["julianapark"]
    assert locations("sanne: oosterpark om 3 uur dan") == ["oosterpark"]
    # capitalised, with the capitalised words and initials of its name
    assert locations("Het feest is in het Jan P. Heijepark achter de kerk") == ["Jan P. Heijepark"]


def test_a_square_by_its_name_after_het_is_a_place() -> None:
    assert locations("wij staan voor de bieb op het koningsplein") == ["koningsplein"]


def test_a_kind_of_park_or_square_a_brand_or_a_host_is_left_alone() -> None:
    assert locations("ons wagenpark is helemaal vernieuwd") == []  # a firm's cars
    assert locations("de kinderen zijn naar het vakantiepark") == []
    assert locations("ze spelen op het schoolplein") == []
    assert locations("het kantoor zit op het BioSciencePark") == []  # a brand's inner capital
    assert locations("tickets via www.julianapark.nl") == []


# --- a house number's additions: a letter and a floor, a room, a range, a lower-case letter apart -------------------


def test_a_house_numbers_addition_belongs_to_the_address() -> None:
    assert locations("bezorgen op zuiderstraat 7b-3 graag") == ["zuiderstraat 7b-3"]
    assert locations("Mijn adres: Rozenlaan 40 k12") == ["Rozenlaan 40 k12"]
    assert locations("ik zit op Bleekveld 5 kamer 21, Zwolle") == ["Bleekveld 5 kamer 21", "Zwolle"]
    assert locations("de bewoners van Lindelaan 3 t/m 29 krijgen een brief") == ["Lindelaan 3 t/m 29"]
    assert locations("stuur het naar molenweg 8 b, dank je") == ["molenweg 8 b"]


def test_what_follows_a_house_number_that_is_no_addition_is_left_out() -> None:
    assert locations("ik loop de Hoofdweg 3 keer af") == []  # a count
    assert locations("Kerkstraat 12 a b c") == ["Kerkstraat 12"]  # a letter that does not close the address


# --- an answer's turn in a chat export, its date and time before the speaker ---------------------------------------


def test_an_answer_after_a_chat_exports_date_and_time_is_read() -> None:
    street = "3/4/26, 09:12 - jos: in welke straat woon je?\n3/4/26, 09:13 - eva: bloemgracht, achter de kerk"
    assert locations(street) == ["bloemgracht"]
    place = "3/4/26, 09:12 - jos: en de woonplaats?\n3/4/26, 09:14 - eva: nijeveen"
    assert places(place) == ["nijeveen"]


def test_a_turn_answering_no_question_for_a_place_is_left_alone() -> None:
    text = "3/4/26, 09:12 - jos: hoe laat?\n3/4/26, 09:13 - eva: bloemgracht, achter de kerk"
    assert locations(text) == []


# --- a street read out: an addition after its number, its place right after it, its other mentions ------------------


def test_a_street_read_out_with_an_addition_and_its_place_after_it() -> None:
    text = "agent: ik zie stationsstraat twaalf bus drie in sint truiden, klopt dat?"
    assert "stationsstraat twaalf bus drie" in locations(text)
    assert "molenweg driehonderd vier huis" in locations("beller: dat is molenweg driehonderd vier huis in zwolle")


def test_a_street_read_out_before_a_listed_place_and_again_without_one() -> None:
    text = "agent: lindelaan zeventien tubbergen, op naam van de vries\nklant: ja lindelaan zeventien klopt"
    assert locations(text) == ["lindelaan zeventien", "tubbergen", "lindelaan zeventien"]


def test_a_road_and_a_count_without_an_address_around_it_are_left_alone() -> None:
    assert locations("klant: ik loop de hoofdweg twee keer af") == []
    assert locations("klant: de kerkstraat honderd meter verderop") == []


# --- a surname with a district's word is no district ----------------------------------------------------------------


def test_a_capitalised_district_word_after_a_particle_is_a_surname() -> None:
    assert places("Fijn. Van Wijk Installatietechniek komt dinsdag") == []
    assert places("de offerte van Bouwbedrijf van der Wijk Bouw") == []


def test_a_district_after_its_word_is_still_a_place() -> None:
    assert places("ze wonen in de wijk Dragonder sinds mei") == ["Dragonder"]
    assert places("ik woon in de wijk Malburgen") == ["Malburgen"]
    assert places("ik woon in de Wijk Malburgen") == ["Malburgen"]  # an article, no particle, before it


# --- a place of several words whose first word is a common word, written with its capitals -------------------------


def test_a_capitalised_place_of_several_words_opening_with_a_word_is_a_place() -> None:
    assert "Midden Groningen" in places("Klant: Dat valt nu onder Midden Groningen hè")
    assert places("Hoek van Holland was vol vandaag") == ["Hoek van Holland"]


def test_the_same_words_not_written_as_a_name_are_left_alone() -> None:
    assert places("de hoek van de straat was vol") == []
    assert places("De dijk en waard zijn hoog") == []
    assert places("VV Hoek van Holland wint weer") == []  # a team's name


# --- places listed after any place found ----------------------------------------------------------------------------


def test_places_listed_after_a_place_without_a_cue_are_places() -> None:
    assert places("mo: jongens texel of ameland dit jaar?") == ["texel", "ameland"]  # a large town, then a list


def test_a_word_or_a_name_listed_after_a_place_is_left_alone() -> None:
    assert places("jan: eindhoven en best wel leuk") == ["eindhoven"]  # a word
    assert places("ruben: zwolle of anna?") == ["zwolle"]  # a first name


# --- a town's part after the town and a comma, in lower case --------------------------------------------------------


def test_a_towns_part_after_the_town_and_a_comma_is_a_place() -> None:
    assert places("kim: eindelijk een huis in utrecht, kanaleneiland\nbo: top") == ["utrecht", "kanaleneiland"]
    assert places("tim: ophalen in zwolle, holtenbroek") == ["zwolle", "holtenbroek"]


def test_a_word_after_the_town_and_a_comma_is_left_alone() -> None:
    assert places("jan: ik zit in zwolle, hoezo?") == ["zwolle"]  # a chat's word
    assert places("jan: ik woon in zwolle, morgen meer") == ["zwolle"]  # the sentence goes on


# --- a woonplaats of two hyphened names said by its first ----------------------------------------------------------


def test_a_hyphened_woonplaats_said_by_its_first_name_is_a_place() -> None:
    assert places("we verhuizen naar hazerswoude in mei") == ["hazerswoude"]  # Hazerswoude-Dorp, -Rijndijk
    assert places("ophalen in santpoort?") == ["santpoort"]  # Santpoort-Noord, -Zuid


def test_a_hyphened_woonplaats_whose_first_name_is_a_word_is_left_alone() -> None:
    assert places("ik kom uit nieuw en oud") == []  # Nieuw-Vennep, Oud-Beijerland: words


# --- a chat's speaker named like a field, and a sentence after it ---------------------------------------------------


def test_a_sentence_after_a_speaker_named_like_a_place_field_is_no_place() -> None:
    text = "Inwoner: ja dat klopt\nGemeente: En haar geboortedatum?\nInwoner: weet ik niet"
    assert locations(text) == []


def test_a_place_under_its_field_is_still_a_place() -> None:
    assert locations("Gemeente: Zuidplas\nPlaats: Nieuwerkerk aan den IJssel") == [
        "Zuidplas",
        "Nieuwerkerk aan den IJssel",
    ]
    assert "Clichy sous Bois" in locations("city=Clichy sous Bois")  # a connector of four letters


# --- a road word of another kind of place ---------------------------------------------------------------------------


def test_a_recycling_yard_is_no_street() -> None:
    assert locations("ik moet die bank nog naar de milieustraat brengen") == []
    assert locations("eerst even langs de afvalstraat") == []


def test_a_street_after_a_preposition_and_de_is_still_a_street() -> None:
    assert locations("ik moet die bank nog naar de molenstraat brengen") == ["molenstraat"]


# --- a practice and its town in lower case --------------------------------------------------------------------------


def test_a_practice_and_its_town_in_lower_case_name_the_town() -> None:
    assert places("assistente: fysiotherapie zeddam, goedemorgen") == ["zeddam"]


def test_a_practice_and_a_surname_or_a_capitalised_town_word_are_left_alone() -> None:
    assert places("assistente: fysiotherapie mol, goedemorgen") == []  # a family name
    # a town's centre, no practice's word (a town that is a word: a village no word list holds is read in lower case
    # on its own since the lower-case villages' rule, "centrum zeddam")
    assert places("we lopen door het centrum doorn") == []


# --- a street no ending or list tells, answering a question for the address with its place -------------------------


def test_a_street_answering_an_address_question_with_its_place_is_a_street() -> None:
    text = "Agent: Klopt. En uw adres?\nBeller: Westelijke Parallelvaart 17, Emmen."
    assert locations(text) == ["Westelijke Parallelvaart 17", "Emmen"]


def test_the_same_answer_to_another_question_is_left_alone() -> None:
    text = "Agent: Klopt. En hoe laat?\nBeller: Westelijke Parallelvaart 17, Emmen."
    assert "Westelijke Parallelvaart 17" not in locations(text)
