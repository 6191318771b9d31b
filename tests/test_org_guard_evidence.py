"""The ORG guard's organisation evidence beyond head words (issue 12): listed brands, company labels and columns,
KvK numbers, names joined by "&", venue and club words, a table's cell separator, and an organisation's name repeated
in the same text. Each rule is shown dropping the organisation and keeping the person who shares its name."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze_text
from afscherm.detectors.findings import Finding
from afscherm.detectors.org_guard import brands, drop_org_persons, in_organisation_name


def person(text: str, value: str, nth: int = 0) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return Finding(start, start + len(value), "PERSON", 0.8, "test")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a listed brand that is a full name, with nothing making it a person
        ("Mijn bril is vorige week bij Hans Anders in Almere gemaakt", "Hans Anders"),
        ("Agent: goedemiddag, Grant Thornton, u spreekt met Eline.", "Grant Thornton"),
        ("koffie bij Douwe Egberts op het station", "Douwe Egberts"),
        # a brand that reads as a surname alone, after a shop word
        ("gisteren bij Zeeman sokken gekocht", "Zeeman"),
        ("advocaat bij Van Doorne", "Van Doorne"),
        # a frequent surname as a brand: after an article, or with a shop word after it
        ("we eten vanavond bij de Van der Valk", "Van der Valk"),
        ("mijn aankoop bij Van Haren schoenen in Tilburg", "Van Haren"),
        # a car make with its model
        ("ik heb een Ford Fiesta gekocht", "Ford Fiesta"),
        # company labels, keys and columns
        ("Handelsnamen: De Vries Occasions", "De Vries"),
        ('2025-05-14 WARN declined merchant="Albert Heijn 1021 Arnhem"', "Albert Heijn"),
        (
            'werkgever,werknemer,functie\n"Heijmans","Sander Koopman","uitvoerder"\n"Van Oord","Priya Ramdin","pl"',
            "Van Oord",
        ),
        ("leverancier_naam: Kanis & Gunnink", "Kanis"),
        ("werkgever;functie\nVan Oord;projectleider", "Van Oord"),  # the first column: no separator before it
        # a KvK number after the name
        ("Offerte van Jansen Installatietechniek, KvK 30276483", "Jansen"),
        ("Levering door Pieters (KvK-nr. 30276483) morgen", "Pieters"),
        # two names joined by "&", none a first name; a legal form closing the finding
        ("Aan: Loyens & Loeff N.V.", "Loyens"),
        ("Aan: Loyens & Loeff N.V.", "Loeff N.V."),
        ("offerte van Van Wijk & De Haan ontvangen", "Van Wijk"),
        # club, shop, school, church and venue words
        ("trainen we bij VV Jan van Arckel?", "Jan van Arckel"),
        ("getaxeerd bij Juwelier Van der Meer in Sneek", "Juwelier Van der Meer"),
        ("kaartjes voor de Johan Cruijff ArenA", "Johan Cruijff"),
        ("Kerkelijk bureau Parochie H. Jozef", "H. Jozef"),
        ("bezorgd bij Bloemenhuis Marijke, Dorpsstraat 14", "Marijke"),
        ("gekocht bij Electro Jansen op de Hoofdstraat", "Electro Jansen"),
        # a table's cell separator starts the name run
        ("1022;Fysiotherapie Bakker;Sandra Bakker;Deventer", "Bakker"),
        ("4411|Ton de Wit|Gebroeders Verhagen", "Verhagen"),
    ],
)
def test_organisation_evidence_drops_the_name(text: str, value: str) -> None:
    f = person(text, value)
    assert in_organisation_name(text, f)
    assert drop_org_persons(text, None, [f]) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a brand's name said by or of a person
        ("Beller: met Bart Smit, ik bel over mijn pakket.", "Bart Smit"),
        ("ja hallo, met Hans Anders", "Hans Anders"),
        ("ik heb het gekocht van Jan Linders", "Jan Linders"),
        ("Geachte heer Heijn,", "Heijn"),
        ("asset_id,model,imei,gebruiker\nA-1042,iPhone 14,017756714127683,Bart Smit", "Bart Smit"),
        ('{"user": "Bart Smit", "merchant": "Jumbo"}', "Bart Smit"),
        ("Bart Smit: zie je morgen?", "Bart Smit"),
        ("Met vriendelijke groet,\nHans Anders\nKlantenservice", "Hans Anders"),  # a signature
        # a surname-like brand without a shop word, or with a title
        ("Zeeman belde over de factuur", "Zeeman"),
        ("mevrouw Zeeman belde over de factuur", "Zeeman"),
        ("Van Doorne heeft de stukken", "Van Doorne"),
        ("ik was gisteren bij Goossens op de koffie", "Goossens"),  # a frequent surname: at someone's home
        # a make before a name is no model
        ("Mijn collega Ford Jansen belde", "Ford Jansen"),
        # labels that name a person although they hold a company word
        ("bedrijfsleider: Jan de Vries", "Jan de Vries"),
        ("contactpersoon_leverancier: Piet Jansen", "Piet Jansen"),
        # "btw" in chat is "by the way"; a KvK word without a number is no number
        ("Jan de Vries, btw ik bel morgen", "Jan de Vries"),
        # a person's own name under a company label or before a KvK number: a one-man business or a private employer
        ("Jan de Vries, KvK 30276483, Dorpsstraat 1", "Jan de Vries"),
        ("Handelsnaam: J.P. Bakker", "J.P. Bakker"),
        ("werkgever;functie\nAnna Smit;huishoudelijke hulp", "Anna Smit"),
        # two people joined by "&"
        ("Groetjes, Bas & Femke", "Bas"),
        ("Fam. Jansen & De Vries", "Jansen"),
        ("Fam. Jansen & De Vries", "De Vries"),
        # venue words in lower case before a capitalised name: where someone is
        ("mijn vader ligt in het ziekenhuis Gerrit Hoekstra kan niet bellen", "Gerrit Hoekstra"),
        ("zag gisteren in het theater sanne nog", "sanne"),
        ("Maria Arena belde", "Maria Arena"),
        ("Jan Veldhuis belde", "Jan Veldhuis"),
        # one comma in prose is no table's header
        ("Geachte heer/mevrouw,\nMijn vriend Hans Vermeer, die u kent", "Hans Vermeer"),
    ],
)
def test_person_with_a_brand_or_label_nearby_is_kept(text: str, value: str) -> None:
    f = person(text, value)
    assert not in_organisation_name(text, f)
    assert drop_org_persons(text, None, [f]) == [f]


def test_an_organisation_name_repeated_in_the_text_is_dropped_there_too() -> None:
    text = "trainen we bij VV Jan van Arckel?\nbij Jan van Arckel, trainer Ruud is er ook"
    club, again = person(text, "Jan van Arckel"), person(text, "Jan van Arckel", 1)
    assert in_organisation_name(text, club) and not in_organisation_name(text, again)
    assert drop_org_persons(text, None, [club, again]) == []


def test_a_repeated_name_with_a_person_cue_stays_a_person() -> None:
    text = "Toernooi bij VV Jan van Arckel.\nGeboren in 1890: meneer Jan van Arckel"
    club, namesake = person(text, "Jan van Arckel"), person(text, "Jan van Arckel", 1)
    assert drop_org_persons(text, None, [club, namesake]) == [namesake]


def test_only_multi_word_names_spread_through_the_text() -> None:
    # "Bakkerij Jansen" says nothing about another "Jansen" in the text
    text = "Taart van Bakkerij Jansen.\nJansen belt morgen terug."
    shop, owner = person(text, "Jansen"), person(text, "Jansen", 1)
    assert drop_org_persons(text, None, [shop, owner]) == [owner]


def test_brand_list_is_data_with_a_stated_source() -> None:
    index = brands()
    assert ("hans anders", False) in index["anders"]
    assert ("opel", True) in index["opel"]  # a car make
    assert all(brand == brand.lower() for entries in index.values() for brand, _ in entries)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Beller: ja hallo, met Gert Jansen van Bakkerij Jansen uit Hoogeveen.", ["Gert Jansen"]),
        ("Ik heb de bank gekocht bij Leen Bakker in Emmen. Mijn naam is Leen de Boer.", ["Leen de Boer"]),
        ("Ik woon in de Van Goghstraat 12 in Nuenen, mijn naam is Vincent Mulders.", ["Vincent Mulders"]),
    ],
)
def test_analyzer_keeps_the_people_beside_the_organisations(text: str, people: list[str]) -> None:
    found = [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "PERSON"]
    assert found == people


def model_place(text: str, value: str, recognizer: str = "SpacyNer") -> Finding:
    start = text.index(value)
    return Finding(start, start + len(value), "LOCATION", 0.85, recognizer)


def test_a_model_place_that_is_an_organisation_keeps_only_the_place_named_in_it() -> None:
    text = "We sliepen in Van der Valk Hotel Akersloot, aten bij Amsterdam Bakkerij en in Restaurant De Kas."
    hotel = model_place(text, "Van der Valk Hotel Akersloot")
    bakery = model_place(text, "Amsterdam Bakkerij")
    restaurant = model_place(text, "Restaurant De Kas")
    kept = [text[f.start : f.end] for f in drop_org_persons(text, None, [hotel, bakery, restaurant])]
    assert kept == ["Akersloot", "Amsterdam"]


def test_a_model_place_that_is_a_building_stays_a_place() -> None:
    # the newspaper gold the model is measured on tags museums and stadiums as places
    text = "Het New Yorkse Museum of Modern Art en het Philips Stadion"
    museum, stadium = model_place(text, "Museum of Modern Art"), model_place(text, "Philips Stadion")
    assert drop_org_persons(text, None, [museum, stadium]) == [museum, stadium]


def test_places_and_streets_that_end_like_a_business_word_stay_places() -> None:
    text = "Afspraak in het Vondelpark, daarna naar de Kerkstraat Hotel"
    park = model_place(text, "Vondelpark")
    rule_place = model_place(text, "Kerkstraat Hotel", recognizer="LocationRecognizer")  # only the model's are read
    assert drop_org_persons(text, None, [park, rule_place]) == [park, rule_place]
