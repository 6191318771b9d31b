"""Issue 12, places no gazetteer of the BAG holds (sixteenth session): neighbourhoods and districts
(``data/places/districts_nl.tsv``) and other writings of Dutch places - Frisian, Low Saxon, Limburgish, nicknames
(``data/places/local_names_nl.tsv``). The cases are written here, not copied from any set."""

from __future__ import annotations

from afscherm.detectors.place_names import district_index, districts, local_names, lookup
from tests.recognizer_helpers import found, locations, places

# --- the data ---------------------------------------------------------------------------------------------------------


def test_districts_carry_their_municipality_and_leave_woonplaatsen_to_the_bag_list() -> None:
    assert "'s gravenhage" in districts()["schilderswijk"]  # (normalised)
    assert "rotterdam" in districts()["kralingen"]
    assert "lombok" in districts() and {"utrecht", "arnhem"} <= districts()["lombok"]
    assert "hoogvliet" not in districts()  # a woonplaats of the BAG: the place list's
    assert len(districts()) >= 1000


def test_a_district_that_is_also_a_word_needs_more_than_its_name() -> None:
    assert district_index()["kalf"] == "word"  # Zaandam's, and a calf
    assert district_index()["de pijp"] == "word"  # an article and a noun
    assert district_index()["vinkhuizen"] == "plain"


def test_local_writings_are_looked_up_as_the_bag_place() -> None:
    assert local_names()["Ljouwert"] == "Leeuwarden"
    assert local_names()["Snits"] == "Sneek"
    assert lookup("De Jouwer") is not None
    assert lookup("Kralingen") is None  # a district only where the caller asks for one
    assert lookup("Kralingen", with_districts=True) == ("kralingen", "plain")


# --- a district after a place cue -------------------------------------------------------------------------------------


def test_a_district_after_a_place_cue_is_a_place_in_any_case() -> None:
    assert places("mijn broer woont in kralingen sinds mei") == ["kralingen"]
    assert places("ze komt uit Vinkhuizen") == ["Vinkhuizen"]
    assert places("rijden jullie naar overvecht?") == ["overvecht"]


def test_a_district_with_a_compass_part_is_read_whole() -> None:
    assert places("we verhuizen naar Overvecht-Zuid") == ["Overvecht-Zuid"]


def test_a_district_with_an_article_in_its_name_needs_its_capital() -> None:
    assert places("gisteren lunch in de Pijp, heerlijk") == ["de Pijp"]
    assert places("het geld ging in de pijp") == []  # a pipe


def test_a_district_said_with_an_article_its_name_lacks() -> None:
    assert places("oma woont in de Bijlmer") == ["Bijlmer"]
    assert places("we wonen nu in de bijlmer.") == ["bijlmer"]  # lower case: the phrase ends with it
    assert places("werkt hij in de plantage van zijn oom?") == []  # a thing's word, no district's ending
    assert places("de sleutels liggen in de kluis") == []


def test_a_district_that_is_a_word_needs_its_capital_after_the_cue() -> None:
    assert places("kom je uit Kalf?") == ["Kalf"]
    assert places("we zitten in kalf en koe te rekenen") == []


def test_a_lower_case_district_after_a_cue_a_person_follows_is_left_alone() -> None:
    assert places("ligt het nog bij kronenburg?") == []  # a family name: someone's desk
    assert places("hij fietste van vathorst naar huis") == []


# --- a district written alone -----------------------------------------------------------------------------------------


def test_an_unambiguous_capitalised_district_stands_alone() -> None:
    assert places("Kralingen is duur geworden") == ["Kralingen"]
    assert places("Vinkhuizen en Paddepoel krijgen een nieuwe bus") == ["Vinkhuizen", "Paddepoel"]


def test_a_district_in_a_name_is_left_alone() -> None:
    assert places("Dit is Piet Kralingen") == []  # a first name before it: a person
    assert places("Lid van Voetbalvereniging Vinkhuizen sinds 2019") == []  # an organisation's name
    assert places("Namens Stichting Paddepoel, met groet") == []
    assert places("gesproken met Thomas van 't Westeinde") == []  # a surname's particle


def test_a_local_practice_names_its_district() -> None:
    assert places("Tandartsen Paddepoel, goedemorgen") == ["Paddepoel"]


# --- other writings of a Dutch place ----------------------------------------------------------------------------------


def test_frisian_and_local_writings_are_places() -> None:
    assert places("wy wenje yn ljouwert") == ["ljouwert"]
    assert places("Hy komt út Snits") == ["Snits"]
    assert places("ik werk in De Jouwer") == ["De Jouwer"]
    assert places("volgend jaar verhuizen we naar Mokum") == ["Mokum"]


def test_a_hospital_named_after_a_nickname_is_left_alone() -> None:
    assert places("opgenomen in het Maasstad Ziekenhuis") == []


# --- a district next to the town it lies in ---------------------------------------------------------------------------


def test_a_district_next_to_its_own_town_is_a_place_whatever_stands_before_it() -> None:
    assert "Merwestein" in places("Bewonersvereniging Flatgebouw Merwestein, Nieuwegein")
    assert places("ophalen in utrecht overvecht") == ["utrecht", "utrecht overvecht"]
    assert places("Bolder, Lelystad") == ["Bolder", "Lelystad"]  # a word, with its capital and its town


def test_a_district_next_to_another_town_or_a_word_in_lower_case_is_left_alone() -> None:
    assert "Merwestein" not in places("Bewonersvereniging Flatgebouw Merwestein, Zwolle")
    assert places("bolder, lelystad") == ["lelystad"]  # a mooring post in lower case


# --- a town's part after it with a hyphen, alone ----------------------------------------------------------------------


def test_a_capitalised_town_with_its_compass_part_is_a_place_after_a_service_word() -> None:
    assert places("Apotheek Roosendaal-Noord, openingstijden") == ["Roosendaal-Noord"]
    assert places("Dit is Jan Roosendaal-Noord") == []  # a first name before it


# --- a sentence ending with a place before a street -------------------------------------------------------------------


def test_a_place_and_a_full_stop_end_the_sentence_before_a_street() -> None:
    assert locations("Nee, in Volkel. Zeelandsedijk 3, achter de kerk.") == ["Zeelandsedijk 3"]
    assert locations("het adres is Burg. de Withstraat 12") == ["Burg. de Withstraat 12"]  # a title's abbreviation


# --- Frisian street names ---------------------------------------------------------------------------------------------


def test_a_frisian_street_with_its_house_number_is_an_address() -> None:
    assert locations("Hy wennet no yn Jirnsum, Tsjerkebuorren 12") == ["Tsjerkebuorren 12"]
    assert "Haadstrjitte 3" in locations("adres: Haadstrjitte 3, Grou")
    assert locations("bel hem op Mounewei 4") == ["Mounewei 4"]


def test_a_short_word_with_a_frisian_ending_is_no_street() -> None:
    assert locations("de koeien staan in de wei 3 dagen") == []
    assert locations("zwei 2 drei") == []


# --- a town that is also a word, in lower case, with a verb of living or moving after it ------------------------------


def test_a_town_that_is_a_word_is_the_town_before_a_verb_of_living_or_moving() -> None:
    assert places("volgend jaar gaan we in houten wonen") == ["houten"]
    assert places("ik ben naar best verhuisd") == ["best"]


def test_the_same_word_before_a_noun_is_left_alone() -> None:
    assert places("ze lagen in houten kisten") == []
    assert places("naar best vermogen ingevuld") == []
    assert places("naar buren gaan we niet") == []  # no large town: the neighbours


# --- a district after a postcode or a street, after its town's punctuation, and left in a move ------------------------


def test_a_district_after_a_postcode_or_a_street_is_the_place() -> None:
    assert "Bezuidenhout" in found("Laan van Nieuw 4, 2593 AB Bezuidenhout", "LOCATION")
    assert "Kralingen" in found("Oudedijk 12, Kralingen", "LOCATION")


def test_a_district_after_its_town_and_an_exclamation_is_a_place() -> None:
    assert places("ik heb een kamer in groningen!! vinkhuizen") == ["groningen", "vinkhuizen"]
    assert places("ik heb een kamer in zwolle!! vinkhuizen") == ["zwolle"]  # another town's district: no vouching


def test_a_district_left_for_a_known_place_is_a_place() -> None:
    assert places("wie helpt me verhuizen van lombok naar overvecht") == ["lombok", "overvecht"]
    assert places("het pakket ging van Kronenburg naar Zwolle") == ["Zwolle"]  # a surname: the sender


def test_a_frisian_name_for_a_town_outside_friesland() -> None:
    assert places("die studeert in grins") == ["grins"]


def test_a_long_common_word_and_a_full_stop_end_the_sentence_before_a_street() -> None:
    assert locations("Erik: Nieuwe. Sint-Jorisstraat 6, Geldrop.") == ["Sint-Jorisstraat 6", "Geldrop"]
    assert locations("Gen. Maczekstraat 3") == ["Gen. Maczekstraat 3"]  # a title's abbreviation stays


def test_a_town_and_its_district_parted_by_a_space_are_one_name() -> None:
    assert "amsterdam sloterdijk" in places("we verzamelen bij amsterdam sloterdijk")
    assert "groningen, vinkhuizen" not in places("ik woon in groningen, vinkhuizen")  # a comma parts two names
