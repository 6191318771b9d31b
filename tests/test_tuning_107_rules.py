"""Rules of the forty-ninth session (issue 12), each from misses on blind tuning sets; names, places and numbers
here are made up and none is in the sets.
"""

from __future__ import annotations

from afscherm.detectors.address_lines import address_towns_abroad
from afscherm.detectors.analyzer import analyze_text
from afscherm.detectors.bare_streets import bare_streets


def found(text: str, entity_type: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity_type]


def test_one_word_speaker_label_names_its_other_mentions() -> None:
    # "Kelesi" (in no name list) labels a turn after its stamp: the others' mentions of Kelesi are the person too
    text = (
        "03/10/2026, 19:02 - Tavita Faleolo: Kelesi heb jij de sleutel van het clubhuis?\n"
        "03/10/2026, 19:05 - Kelesi: ja die ligt bij mij\n"
        "03/10/2026, 19:07 - Tavita Faleolo: top, dan brengt Kelesi hem zaterdag mee"
    )
    assert found(text, "PERSON").count("Kelesi") == 3
    # a WhatsApp export's bracketed stamp too
    text = "[03-10-26 19:05:11] Oyelaran: ik kom later\n[03-10-26 19:06:40] Mirthe Bos: prima, Oyelaran neemt de bus"
    assert found(text, "PERSON").count("Oyelaran") == 2


def test_a_word_labelling_a_turn_spreads_nowhere() -> None:
    # a common word as a label ("Planning:") is no name: its word elsewhere stays a word
    text = "03/10/2026, 19:02 - Planning: de planning voor zaterdag staat\n03/10/2026, 19:05 - Joke Smit: ok"
    assert "planning" not in found(text, "PERSON")
    text = "03/10/2026, 19:02 - Verkoop: Verkoop is dicht op maandag\n03/10/2026, 19:05 - Joke Smit: ok"
    assert found(text, "PERSON").count("Verkoop") <= 1


def test_direction_marks_in_a_chat_export_hide_no_speaker() -> None:
    # WhatsApp writes U+200E before a contact's "~": the label after it speaks as any other
    text = (
        "[12-09-26 19:47:40] \u200e~ Tavita: ik neem de taart mee\n"
        "[12-09-26 19:48:02] \u200e~ Oyelaran: en ik de koffie\n"
        "[12-09-26 19:49:15] \u200e~ Tavita: top"
    )
    assert found(text, "PERSON") == ["Tavita", "Oyelaran", "Tavita"]
    # a direction mark inside a number hides no digit either
    assert found("bel mij op 06\u200f-12345678", "PHONE_NUMBER") == ["06\u200f-12345678"]


def test_an_sms_exports_arrows_open_turns() -> None:
    # an SMS export marks sent turns "▶" and received ones "◀": one chat, its labels speakers
    text = (
        "02-08 10:15 ▶ Kelesi: de fietsen staan klaar\n"
        "02-08 10:16 ◀ Oyelaran: dank je, ik kom om 10 uur\n"
        "02-08 10:17 ▶ Kelesi: prima"
    )
    assert found(text, "PERSON") == ["Kelesi", "Oyelaran", "Kelesi"]


def test_town_abroad_closing_an_address_without_its_postcode() -> None:
    # the street and its number, perhaps a district, then the town: the lists of places abroad know the town
    text = "[14-02-26 09:41:02] Yoandry: ella sigue Calle Maceo #37 e/ Lora y Agramonte, Pleven?"
    assert "Pleven" in found(text, "LOCATION")
    assert "Tanta" in found("Mariam: beit 22 shareh El Nasr, Tanta, wallahi", "LOCATION")


def test_first_name_phone_or_date_before_a_town_make_no_address() -> None:
    # the rule alone: a first name after a room's number, a town after a phone number or a date (a birth's place,
    # which the place rules read)
    assert address_towns_abroad("kamer 12, Sofia komt zo bij u", None, []) == []
    assert address_towns_abroad("bel 0612345678, Pleven weet ervan", None, []) == []
    assert address_towns_abroad("geboren 12-03-1980, Tetovo", None, []) == []
    assert [f.end for f in address_towns_abroad("beit 22 shareh El Nasr, Tanta", None, [])] == [29]


def test_street_named_alone() -> None:
    # no number, no "aan de" or "op de": the street's ending says it
    assert "Kreekradedijk" in found("I can walk Kreekradedijk to the ferry, ok?", "LOCATION")
    assert "Molenpadweg" in found("hij woont bij mij in de straat denk ik, Molenpadweg toch?", "LOCATION")


def test_street_ending_word_that_names_no_street() -> None:
    # a family name, a firm named after its street, a common word with a street's ending
    assert bare_streets("Welkom bij Zeeweg Vakantiehuizen", None, []) == []
    assert bare_streets("mevrouw Hoogeweg belt terug", None, []) == []
    assert bare_streets("Onderweg naar huis", None, []) == []
