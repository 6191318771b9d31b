"""The ORG guard: PERSON findings inside an organisation's name are dropped, people next to one are kept."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze_text
from afscherm.detectors.findings import Finding
from afscherm.detectors.org_guard import drop_org_persons, in_organisation_name, is_org_head


def person(text: str, value: str, nth: int = 0) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return Finding(start, start + len(value), "PERSON", 0.8, "test")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We bestellen bij Bakkerij Jansen.", "Jansen"),
        ("Afspraak bij Kapsalon Mieke om tien uur", "Mieke"),
        ("Auto staat bij Autobedrijf De Vries B.V. voor APK", "De Vries"),
        ("Leverancier: Jansen & Zn, Industrieweg", "Jansen"),
        ("Kozijnen van Gebr. Mulder geleverd", "Mulder"),
        ("Offerte Hendriks Installatietechniek B.V. ontvangen", "Hendriks"),
        ("Gift aan Stichting Vrienden van Pieter de Vries", "Pieter de Vries"),
        ("Graag contact met Notariskantoor Bos en Kuipers", "Kuipers"),
        ("Toernooi van Voetbalvereniging Bakker zaterdag", "Bakker"),
        ("BESTELD BIJ SLAGERIJ KOK", "KOK"),
        ("bestel even bij bakkerij jansen", "jansen"),
        ("Wärmetechnik Ter Horst GmbH levert de ketel", "Ter Horst"),
        ("De Koffiebranderij Hermans levert", "Koffiebranderij Hermans"),
        # a trade word after the owner's name, inside the finding or right after it
        ("De kast is besteld bij Jan de Rooij Meubelen in Tilburg", "Jan de Rooij Meubelen"),
        ("mijn broer werkt bij Kees Smit Tuinmeubelen", "Kees Smit"),
        # an article before a first name and a surname: a shop
        ("ben net bij de Albert Heijn geweest", "Albert Heijn"),
        ("pakket lag bij de albert heijn", "albert heijn"),
        # an order line's product: a count before it, a measure after it
        ("Bestelling: 2x Amstel Light, 1x Hertog Jan", "Amstel Light"),
        ("Bestelling: 2x Amstel Light, 1x Hertog Jan", "Hertog Jan"),
        ('A1881,"Amstel Light 24x30cl",2', "Amstel Light"),
        # two words the NER corpora know only as an organisation
        ("Ik kreeg een jas van Harley Davidson", "Harley Davidson"),
    ],
)
def test_person_inside_an_organisation_name_is_dropped(text: str, value: str) -> None:
    f = person(text, value)
    assert in_organisation_name(text, f)
    assert drop_org_persons(text, None, [f]) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ik sprak bakker Jansen gisteren", "Jansen"),  # a profession, not a business
        ("Notaris De Vries heeft de akte", "De Vries"),
        ("Namens Hotel Dekker groet ik u, Johan Dekker", "Johan Dekker"),
        ("[12:01] Marloes (Webwinkel Klompje): Hoi Kyano, waarmee kan ik helpen?", "Kyano"),
        ("Eenmanszaak R. Pinas Schilderwerken stuurt de factuur", "R. Pinas"),
        ("Pieter Jansen van Bakkerij Jansen belde", "Pieter Jansen"),
        ("Contactpersoon bij Autobedrijf De Vries B.V. is Karin de Vries.", "Karin de Vries"),
        ("Stichting Rivierzicht\nJan de Boer", "Jan de Boer"),  # the next line is not the same name
        ("vraag het aan kees de vries bv morgen", "kees de vries"),  # "bv": bijvoorbeeld
        ("De order is voor Piet Bloemen in Tiel", "Piet Bloemen"),  # a surname that ends like a trade word
        ("Ik heb Jansen 3x gebeld, 2x Jansen gesproken", "Jansen"),  # a count before a lone listed surname
        ("Heb meneer Jansen 3x gebeld", "Jansen"),  # a count after a name is no measure
        ("Contact met de heer Jan de Vries", "Jan de Vries"),  # "de heer" is a title, not an article
        ("ik heb het gekocht van Jan Linders", "Jan Linders"),  # no evidence: a private seller stays a person
        ("Geachte meneer Albert Heijn,", "Albert Heijn"),  # a form of address makes the corpus's company a person
    ],
)
def test_person_next_to_an_organisation_is_kept(text: str, value: str) -> None:
    f = person(text, value)
    assert not in_organisation_name(text, f)
    assert drop_org_persons(text, None, [f]) == [f]


def test_other_types_pass_untouched() -> None:
    text = "Hotel De Wit, Kerkstraat 1"
    loc = Finding(0, 12, "LOCATION", 0.8, "test")
    assert drop_org_persons(text, None, [loc]) == [loc]


def test_a_place_counted_in_an_order_line_is_a_product() -> None:
    text = "Bestelling:\n2x Gouda jong belegen\nAfleveradres: Molenstraat 8, Gouda"
    cheese = Finding(text.index("Gouda"), text.index("Gouda") + 5, "LOCATION", 0.8, "test")
    town = Finding(text.rindex("Gouda"), len(text), "LOCATION", 0.8, "test")
    assert drop_org_persons(text, None, [cheese, town]) == [town]


def test_head_words_are_businesses_not_professions() -> None:
    assert is_org_head("Autobedrijf") and is_org_head("TENNISCLUB") and is_org_head("Gebr.")
    assert not is_org_head("bakker") and not is_org_head("notaris") and not is_org_head("Eenmanszaak")


def test_analyzer_runs_the_guard() -> None:
    text = "De taart komt van Bakkerij Jansen; Pieter Jansen brengt hem."
    names = [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "PERSON"]
    assert names == ["Pieter Jansen"]
