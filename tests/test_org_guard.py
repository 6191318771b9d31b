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


def test_head_words_are_businesses_not_professions() -> None:
    assert is_org_head("Autobedrijf") and is_org_head("TENNISCLUB") and is_org_head("Gebr.")
    assert not is_org_head("bakker") and not is_org_head("notaris") and not is_org_head("Eenmanszaak")


def test_analyzer_runs_the_guard() -> None:
    text = "De taart komt van Bakkerij Jansen; Pieter Jansen brengt hem."
    names = [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "PERSON"]
    assert names == ["Pieter Jansen"]
