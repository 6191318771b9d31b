"""Issue 12 (twenty-first session), a person and the firm he or she works for, named after its owner: ``met Marcel
van Van Dijk Installatietechniek`` - no surname reads "van Van", so the capitalised particle opens the firm's name and
the first name before it is the person. The sentences are written here, not copied from a gold set."""

from __future__ import annotations

from afscherm.detectors.findings import Finding
from afscherm.detectors.org_guard import drop_org_persons


def person(text: str, value: str) -> Finding:
    start = text.index(value)
    return Finding(start, start + len(value), "PERSON", 0.85, "SpacyNer")


def kept(text: str, value: str) -> list[str]:
    return [text[f.start : f.end] for f in drop_org_persons(text, None, [person(text, value)])]


def test_the_first_name_before_a_firm_led_by_a_capitalised_particle_is_kept() -> None:
    text = "Goedemorgen, met Sanne van De Vries Schoonmaak, ik bel over de offerte."
    assert kept(text, "Sanne van De Vries Schoonmaak") == ["Sanne"]
    text = "Hoi, met Ruud van Van der Heijden Installaties, ik sta voor de deur."
    assert kept(text, "Ruud van Van der Heijden Installaties") == ["Ruud"]


def test_a_surname_with_its_particle_in_a_firm_is_still_the_firm() -> None:
    # a trade word closes a firm named after its owner; a lower-case particle is part of his surname: no person
    # split off, the firm's name is dropped whole
    text = "De offerte van Piet van der Linden Installaties ligt klaar."
    assert kept(text, "Piet van der Linden Installaties") == []


def test_a_wedding_or_a_painting_is_no_business() -> None:
    # "-erij" ends business words (Bakkerij, Drukkerij); a wedding and a painting are a person's, not a firm's
    for text, value in (
        ("Zien we jullie op de Trouwerij van Bas & Lieke in juni?", "Bas"),
        ("Het Schilderij van Anna hangt in de gang.", "Anna"),
    ):
        assert kept(text, value) == [value], text
    text = "Ik haal het brood bij Bakkerij Anna om de hoek."
    assert kept(text, "Anna") == []  # a bakery named after its owner stays a business
