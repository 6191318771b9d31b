"""Places and dates of birth as chats, support widgets and call transcripts type them (issue 12, tuning set 16):
places shortened with an apostrophe, run together or typed without their apostrophe or with ``a/d``, lists of places
after a cue, large towns that are also words closing a phrase, islands after ``op``, ``str`` for ``straat``; dates of
birth after a chat's ``ben van``, as ordinals, as six digits after a label, named a birthday after the date, and a
second one that leaves out the verb. Each rule is shown firing and holding back."""

from __future__ import annotations

import pytest

from afscherm.detectors.date_of_birth import DateOfBirthRecognizer
from afscherm.detectors.person_name import common_words
from afscherm.detectors.place_names import PlaceNameRecognizer, abbreviated_place, joined_index, misspelt_town
from tests.recognizer_helpers import locations

PLACES = PlaceNameRecognizer()
BIRTH_DATES = DateOfBirthRecognizer()


def places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in PLACES.find(text)]


def dobs(text: str) -> list[str]:
    return [text[f.start : f.end] for f in BIRTH_DATES.find(text)]


# -- places -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("mo: ben vanavond in r'dam, zullen we daar eten?", "r'dam"),
        ("kom morgen uit A'foort met de trein", "A'foort"),
        ("z’meer of zo", "z’meer"),  # a typographic apostrophe, no cue
        ("ik rij naar e'hoven", "e'hoven"),
    ],
)
def test_place_shortened_with_an_apostrophe(text: str, place: str) -> None:
    assert places(text) == [place]


def test_shortened_place_is_the_largest_town_that_fits() -> None:
    # Alblasserdam also begins with an a and ends in dam: the abbreviation means the larger town
    assert abbreviated_place("a'dam") == "amsterdam"
    assert abbreviated_place("r'dam") == "rotterdam"


def test_shortened_place_typed_without_its_apostrophe_after_a_cue() -> None:
    assert places("zit nog in adam tot vrijdag") == ["adam"]
    assert places("kom net uit rdam") == ["rdam"]
    assert places("stuur het maar naar adam, die regelt het") == []  # a first name after a cue a person follows
    assert places("het zit in beton en in feite in werk") == []  # words no town ends like


def test_elisions_and_short_tails_are_no_shortened_places() -> None:
    assert places("heb je m'n jas gezien? d'r staat zo'n bak") == []
    assert places("c'est la vie, l'amour toujours") == []  # no Dutch town fits these


def test_place_run_together_after_a_cue() -> None:
    assert places("zit nu in denhaag bij me broer") == ["denhaag"]
    assert places("we wonen in bergenopzoom") == ["bergenopzoom"]


def test_joined_writings_are_never_common_words() -> None:
    assert "denhaag" in joined_index()
    assert not set(joined_index()) & common_words()


def test_elided_article_typed_without_its_apostrophe() -> None:
    assert places("ik kom uit s-hertogenbosch maar woon nu in tilburg") == ["s-hertogenbosch", "tilburg"]


def test_elided_article_stays_inside_a_field_value() -> None:
    text = "Geboorteplaats / Place of birth\n's-Hertogenbosch\nPersoonsnummer"
    assert locations(text) == ["'s-Hertogenbosch"]


@pytest.mark.parametrize(("text", "place"), [
    ("woon sinds kort in alphen a/d rijn, super leuk", "alphen a/d rijn"),
    ("hij werkt in capelle a/d ijssel", "capelle a/d ijssel"),
])  # fmt: skip
def test_aan_den_shortened_as_a_slash_d(text: str, place: str) -> None:
    assert places(text) == [place]


def test_article_and_common_word_is_no_village_in_lower_case() -> None:
    assert places("in de wijk is het rustig vandaag") == []  # De Wijk is a village in Drenthe
    assert places("mijn oma woont in De Wijk") == ["De Wijk"]
    assert places("we wonen in den helder") == ["den helder"]  # a large town, though 'helder' is a word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we zoeken regio deventer of zutphen", ["deventer", "zutphen"]),
        ("ik zit in de regio eindhoven, veldhoven eigenlijk", ["eindhoven", "veldhoven"]),
        ("we komen uit zwolle, kampen en urk", ["zwolle", "kampen", "urk"]),  # kampen: a town, the list goes on
    ],
)
def test_places_listed_after_a_cued_place(text: str, expected: list[str]) -> None:
    assert places(text) == expected


def test_list_after_a_place_stops_at_people_and_words() -> None:
    assert places("ik woon in zwolle en Linde komt ook") == ["zwolle"]  # Linde: a first name
    assert places("het is in zwolle en best wel leuk") == ["zwolle"]


def test_goal_of_a_move_may_be_a_word() -> None:
    assert places("van zwolle naar kampen en dan door naar urk") == ["zwolle", "kampen", "urk"]
    assert places("ik wil naar kampen en dan slapen") == []  # no move: camps


def test_large_town_that_is_a_word_closing_the_phrase() -> None:
    assert places("ik ben 3-4-1987 geboren, in leiden") == ["leiden"]
    assert places("kom jij uit kampen hoor?") == ["kampen"]
    assert places("dat zal in leiden tot problemen") == []  # the phrase goes on: a verb


def test_three_letter_town_after_any_cue() -> None:
    assert places("we gaan zaterdag naar epe om oma op te halen") == ["epe"]
    assert places("we gaan naar ee om te zeilen") == []  # no large town: two letters need a strong cue


def test_island_after_op() -> None:
    assert places("we zitten een week op ameland") == ["ameland"]
    assert places("vakantie op sint maarten was top") == []  # the island abroad, not the village
    assert places("dat komt op best uit") == []  # a word


def test_large_town_that_is_a_word_after_a_street() -> None:
    assert locations("woonde eerst kanaalweg 20-1 leiden, nu ergens anders") == ["kanaalweg 20-1", "leiden"]
    assert locations("kanaalweg 20 best wel ver") == ["kanaalweg 20"]


@pytest.mark.parametrize(("text", "street"), [
    ("mijn adres is dorpsstr 4b nieuw-vennep", "dorpsstr 4b"),
    ("Kerkstr. 12, Utrecht", "Kerkstr. 12"),
])  # fmt: skip
def test_straat_shortened_to_str(text: str, street: str) -> None:
    assert street in locations(text)


def test_year_and_in_before_a_place_is_no_postcode() -> None:
    assert locations("wij wonen sinds 2019 in Best") == []
    assert "1057gv" in locations("stuur maar naar van speijkstraat 88 1057gv amsterdam")


@pytest.mark.parametrize(("word", "town"), [
    ("amsterdan", "amsterdam"), ("gronigen", "groningen"), ("eindhovne", "eindhoven"), ("utrect", "utrecht"),
])  # fmt: skip
def test_large_town_misspelt_by_one_letter(word: str, town: str) -> None:
    assert misspelt_town(word) == town


def test_misspelt_town_only_after_a_cue_and_never_a_word() -> None:
    assert places("ik woon in amsterdan zuid") == ["amsterdan"]
    assert places("morgen naar gronigen voor de wedstrijd") == ["gronigen"]
    assert places("amsterdan is mooi") == []  # no cue: a typo of anything
    assert misspelt_town("gisteren") is None and misspelt_town("morgen") is None  # words one letter off no town
    assert misspelt_town("zwolle") is None  # the town itself


def test_large_town_in_lower_case_without_a_cue() -> None:
    assert places("haha typo, eindhoven dus") == ["eindhoven"]
    assert places("officieel dan, iedereen zegt den haag") == ["den haag"]


@pytest.mark.parametrize("text", [
    "heb je mevrouw soest nog gesproken?",  # a person
    "ik ben mieke van den bosch",  # a surname with its particle
    "de hoorn van mijn fiets is kapot",  # a thing
    "mail naar info@zwolle.nl of kijk op zwolle.nl",  # a domain
])  # fmt: skip
def test_lower_case_town_rule_leaves_people_things_and_domains(text: str) -> None:
    assert places(text) == []


def test_more_place_prepositions_and_a_chat_place_label() -> None:
    assert places("we wonen tussen utrecht en amersfoort in") == ["utrecht", "amersfoort"]
    assert places("net buiten zwolle, richting dalfsen") == ["zwolle", "dalfsen"]
    assert places("zit rond arnhem ergens, oosterbeek of zo") == ["arnhem", "oosterbeek"]
    assert places("het ligt tussen Linde en Mol in de kast") == []  # first and family names after a weak cue
    assert places("woonplaats nieuwegein, straat onbekend") == ["nieuwegein"]


@pytest.mark.parametrize(("text", "street"), [
    ("adres is kerkstraat nr 12 in zwolle", "kerkstraat nr 12"),
    ("kerkstraat nr. 12, zwolle", "kerkstraat nr. 12"),
    ("Dorpsweg no. 4", "Dorpsweg no. 4"),
])  # fmt: skip
def test_number_word_between_street_and_house_number(text: str, street: str) -> None:
    assert street in locations(text)


def test_chat_address_words_without_a_colon() -> None:
    assert locations("woonplaats nieuwegein, straat dukatenburg 12") == ["dukatenburg 12"]  # a listed street
    assert locations("adresje is oude rijn 12") == ["oude rijn 12"]
    assert locations("op straat 12 mensen gezien") == []


def test_number_word_alone_is_no_street() -> None:
    assert locations("bestelling nr 12 en kamer nr. 4") == []


def test_street_after_a_preposition_and_de() -> None:
    assert locations("ik sta nu op de kerkstraat bij de bakker") == ["kerkstraat"]
    assert locations("in de Kalverstraat was het druk") == ["Kalverstraat"]
    # a common word with a street ending, a word for a place that is no street, "het" (parks and fields)
    assert locations("we stonden op de snelweg en daarna in de supermarkt, toen in het stadspark") == []
    # a brand's inner capital; a -ring word
    assert locations("gekocht in de MediaMarkt, ik bel over de storing") == []


def test_part_of_a_town_and_frisian_cues() -> None:
    assert places("we spreken af bij het station van amersfoort") == ["amersfoort"]
    assert places("het ligt ten noorden van assen") == ["assen"]
    assert places("ik wenje yn grou, do?") == ["grou"]
    assert places("aan de kant van jansen") == []


def test_street_named_as_the_answer_to_a_street_question() -> None:
    assert locations("agent: en de straat?\nklant: de dorpsstraat, nummer weet ik niet") == ["dorpsstraat"]
    assert locations("agent: en op welk adres?\nklant: ja de molenweg, bij de kerk") == ["molenweg"]
    assert locations("agent: en de straat?\nklant: de snelweg was dicht") == []  # a common word
    assert locations("agent: hoe gaat het?\nklant: de dorpsstraat is mooi") == []  # no street question


def test_place_after_a_street_read_out() -> None:
    assert locations("agent: uw adres?\nklant: kerkstraat twaalf a, lunteren") == ["kerkstraat twaalf a", "lunteren"]


def test_answer_with_fillers_and_a_word_for_a_town() -> None:
    assert places("agent: en de woonplaats?\nklant: eh, dat is hoogeveen, in drenthe") == ["hoogeveen"]
    assert places("klant: wij wonen in het dorp lunteren") == ["lunteren"]


# -- dates of birth ---------------------------------------------------------------------------------------------


def test_chat_drops_ik_before_ben_van() -> None:
    assert dobs("dewi: ben van 12 mei 1990 dus net 35 geworden") == ["12 mei 1990"]
    assert dobs("ben van 12-05-1990") == ["12-05-1990"]
    assert dobs("dewi: ben van 12-05-2025 tot 14-05-2025 weg") == []  # a period
    assert dobs("we zijn ben van 12 mei 1990") == []  # not at a turn's start


def test_ordinal_day_and_month() -> None:
    assert dobs("finn: geboren op de 3e van de 4e 1987, in het ziekenhuis") == ["de 3e van de 4e 1987"]
    assert dobs("geboren: de 12de van de 11e '93") == ["de 12de van de 11e '93"]
    assert dobs("de 3e van de 4e 1987 was een dinsdag") == []  # no birth label


def test_six_digits_right_after_a_birth_label() -> None:
    assert dobs("Klant: geboortedatum is 030487") == ["030487"]
    assert dobs("geb. 120590 in zwolle") == ["120590"]
    assert dobs("ordernummer 030487, geboren in zwolle") == []  # no label before the number
    assert dobs("geboortedatum is 310287") == []  # no 31 February


def test_birthday_named_after_the_date() -> None:
    assert dobs("jens: jaja 17 nov 93 is mn bday, vergeet het niet") == ["17 nov 93"]
    this_year = __import__("datetime").date.today().year
    assert dobs(f"12-05-{this_year} is mijn verjaardag, kom je?") == []  # this year's party


def test_second_date_of_birth_without_its_verb() -> None:
    assert dobs("sven: mijn vriendin is van 2 feb 95, ik van 9 okt 93") == ["2 feb 95", "9 okt 93"]
    assert dobs("de bestelling van 2 feb 2024, ik van 9 okt 93 ben vergeten wat") == []


def test_a_lower_case_sentence_ends_the_label_reach() -> None:
    assert dobs("ik ben geboren in delft trouwens. afspraak bij de tandarts staat op 03-04-2025") == []
    assert dobs("ik ben geboren in delft op 3-4-1987") == ["3-4-1987"]


def test_chat_export_time_stamp_is_no_birth_date_and_keeps_the_question_open() -> None:
    text = "[14-02-2024 08:12] Medewerker: wat is uw geboortedatum?\n[14-02-2024 08:13] Sanne: 03-04-1987"
    assert dobs(text) == ["03-04-1987"]
    assert dobs("2/7/24, 10:15 - Jordy: geb 3-4-87") == ["3-4-87"]
    assert dobs("geboren 3-4-1987 om 14:32 in het ziekenhuis") == ["3-4-1987"]  # a birth time, not a stamp


def test_birthday_with_a_birth_year_label() -> None:
    assert dobs("nadia: jarig op 12 mei, geboortejaar 1990") == ["12 mei", "1990"]
    # (a birthday without its year is a part of a birth date; a building's year is not its year)
    assert dobs("jarig op 12 mei, bouwjaar huis onbekend") == ["12 mei"]


def test_jarig_after_a_dated_year() -> None:
    assert dobs("lisa: ik ben op 03-04-1987 jarig, 39 geworden") == ["03-04-1987"]
    this_year = __import__("datetime").date.today().year
    assert dobs(f"ik ben op 03-04-{this_year} jarig geweest") == []  # this year's birthday, not the birth


def _years_ago(years: int) -> str:
    today = __import__("datetime").date.today()
    return f"{min(today.day, 28)}-{today.month}-{today.year - years}"  # (28: a 29 February is not every year's)


def test_date_beside_an_age_that_agrees_with_it() -> None:
    born = _years_ago(39)
    assert dobs(f"naam Lisa de Vries, leeftijd 39 ({born}), woonplaats Zwolle") == [born]
    assert dobs(f"kim jansen, 39 jaar, {born}, oss") == [born]
    assert dobs(f"kim jansen, 25 jaar, {born}, oss") == []  # the years disagree: some other date


def test_a_period_of_years_is_no_age() -> None:
    started = _years_ago(26)
    assert dobs(f"ik werk hier sinds {started}, al 26 jaar dus") == []
    assert dobs(f"contract van 26 jaar, {started} begonnen") == []


def test_eight_digits_right_after_a_name_are_a_birth_date() -> None:
    from afscherm.detectors.analyzer import analyze_text

    text = "gegevens: Lisa de Vries 03041987"
    assert [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "DATE_OF_BIRTH"] == ["03041987"]
    text = "bestelling 03041987 is nog niet binnen"
    assert [f for f in analyze_text(text) if f.entity_type == "DATE_OF_BIRTH"] == []


def test_spoken_birthday_with_a_spoken_year() -> None:
    assert dobs("klant: ik ben jarig op twaalf mei en ik ben van negentig") == ["twaalf mei", "negentig"]
    text = "jarig op de veertiende maart, geboren in negentien eenentachtig"
    assert dobs(text) == ["veertiende maart", "negentien eenentachtig"]
    assert dobs("jarig op twaalf mei, een taart van twintig euro") == ["twaalf mei"]  # a price, no year


@pytest.mark.parametrize(
    "text",
    [
        "hij zal zijn land te leiden hebben, zei hij om de vogels niet te storen.",  # "te" opens an infinitive
        "de evolutie naar lossere kleding",  # Losser inflected, no misspelling
    ],
)
def test_newspaper_words_after_cues_are_no_places(text: str) -> None:
    assert places(text) == []


def test_market_and_other_word_endings_are_no_street_after_de() -> None:
    assert locations("het aandeel is in de vastgoedmarkt minder groot, ook op de rozenhof") == []
