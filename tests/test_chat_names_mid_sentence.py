"""Names in lower-case chats mid-sentence (issue 12, third round): a bare first name in a line written as chat, a
first name that is also a word where only a person fits, a frequent surname that is also a word after a first
name, lower-case initials, a self-introduction by surname, WhatsApp speaker labels (``~ Kim:``, unlisted names
behind a time stamp) and their later mentions — and the words that must stay words (English in logs, names used
as words, organisations, saints and places). Texts are written for these tests; each rule has its own case.
"""

from __future__ import annotations

import pytest

from afscherm.detectors.name_consistency import propagate_names
from afscherm.detectors.person_name import (
    PersonNameRecognizer,
    bare_first_names,
    chat_style,
    english_word_names,
    lower_surname,
)

NAMES = PersonNameRecognizer()


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in NAMES.find(text)]


def names_with_mentions(text: str) -> list[str]:
    found = propagate_names(text, None, NAMES.find(text))
    return [text[f.start : f.end] for f in found if f.entity_type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("heb je thijs al gezien?", ["thijs"]),
        ("ik heb bram en femke uitgenodigd", ["bram", "femke"]),
        ("zeg maar tegen ingrid dat ik later ben", ["ingrid"]),
        ("ingrid en ik gaan naar huis", ["ingrid"]),
        ("Heb je thijs al gezien? Hij is er niet", ["thijs"]),  # a capital only where a sentence starts
        ("2025-01-07 INFO login ok voor femke", ["femke"]),  # short acronyms keep the chat style
    ],
)
def test_bare_first_name_in_a_chat_line(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_bare_first_name_needs_a_chat_line() -> None:
    # in a line with capitalised words mid-sentence the model decides; the rule stays out
    assert names("Gisteren heeft de Raad van State femke uitgenodigd") == []
    assert chat_style("ok ik stuur de BSN van thijs") is True
    assert chat_style("De Raad van State besliste") is False


@pytest.mark.parametrize(
    "text",
    [
        "connection reset by peer",  # an English word that is a listed first name
        "thijs: just checking",  # "just" likewise; the speaker is still found below
        "ik heb een mooie jade ring",
        "de max is 3 per persoon",
        "vergadering 12 jan om tien uur",
        "zie https://example.com/sanne/foto",  # a path, not a mention
        "vakantie op sint maarten",  # a saint's or place's name
        "ik lig in het wilhelmina ziekenhuis",  # an organisation's name
    ],
)
def test_words_that_are_listed_names_stay_words(text: str) -> None:
    assert [n for n in names(text) if n != "thijs"] == []


def test_word_lists_behind_the_bare_rule() -> None:
    assert {"peer", "just", "said"} <= english_word_names()
    bare = bare_first_names()
    assert "thijs" in bare and "femke" in bare
    assert not {"peer", "just", "max", "jan", "mark", "roos"} & bare  # English, abbreviations, word-like


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mark is ziek vandaag", ["mark"]),
        ("roos belde net, ze komt later", ["roos"]),
        ("mark is ziek, roos neemt het over", ["mark", "roos"]),
        ("vraag het even aan roos", ["roos"]),
    ],
)
def test_word_like_first_name_where_only_a_person_fits(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", ["mark dit als gelezen", "de roos in de tuin bloeit", "hoop is er nog"])
def test_word_like_first_name_as_a_word(text: str) -> None:
    assert names(text) == []


def test_first_name_and_a_frequent_surname_that_is_a_word() -> None:
    assert names("gesproken met kees bakker vanmorgen") == ["kees bakker"]
    assert names("heeft iemand sanne visser haar nummer?") == ["sanne visser"]
    # an adverb that is a frequent surname, and a verb that is a listed one, are no surnames there
    assert names("thijs snel even bellen?") == ["thijs"]
    assert names("mijn man bert belt u terug") == ["bert"]


def test_a_particle_before_a_common_word_is_no_surname_unless_listed_so() -> None:
    assert lower_surname("de boer") is True  # listed as "de Boer"
    assert lower_surname("de sleutels") is False  # only its core "sleutels" is a listed (rare) surname
    assert names("heeft maud de sleutels?") == ["maud"]


def test_lower_case_initials_and_surname() -> None:
    assert names("graag tav p. pietersen") == ["p. pietersen"]
    assert names("dit gaat o.a. over de verhuizing") == []  # an abbreviation, not initials


def test_self_introduction_by_surname() -> None:
    assert names("mijn naam is pietersen") == ["pietersen"]
    assert names("ik heet van dijk, met ij") == ["van dijk"]
    assert names("mijn naam is bakker") == ["bakker"]  # the cue vouches for a surname that is also a word


def test_whatsapp_speaker_labels() -> None:
    text = "[22/11/24 21:40:13] ~ Kim: is dit de groep?\n[22/11/24 21:41:02] Arjen Kok: jazeker, welkom"
    assert names(text) == ["Kim", "Arjen Kok"]
    # an unlisted nickname behind a time stamp speaks too; roles and kin do not
    assert names("[09:14] dikkie: ik ben er om 9") == ["dikkie"]
    assert names("[09:14] mama: eten is klaar\n[09:15] klant: ok") == []


def test_a_lower_case_name_marks_its_later_mentions() -> None:
    text = "[09:14] dikkie: ik ben er om 9\n[09:15] sjoerd de vries: ok dikkie, en de vries komt later"
    found = names_with_mentions(text)
    assert found.count("dikkie") == 2
    assert "sjoerd de vries" in found and "de vries" in found


def test_unlisted_name_after_a_cue_only_a_name_follows() -> None:
    assert names("mijn naam is priya sharma") == ["priya sharma"]
    assert names("stuur het tnv oksana graag") == ["oksana"]
    # a department or a negation after the cue is no name
    assert names("graag tnv de afdeling inkoop") == []
    assert names("mijn naam is niet belangrijk") == []
    # a title after the cue is no unlisted name: the titled name after it is found by its own rule
    assert names("t.a.v. dhr. P. Jansen") == ["P. Jansen"]
    assert names("tav mevr van dijk") == ["van dijk"]


def test_a_name_spelled_out_letter_by_letter() -> None:
    text = "Klant: mijn naam is pietersen.\nAgent: hoe spelt u dat?\nKlant: p-i-e-t-e-r-s-e-n"
    assert names_with_mentions(text).count("p-i-e-t-e-r-s-e-n") == 1
    assert names_with_mentions("Spelling: J-A-N-S-E-N") == ["J-A-N-S-E-N"]  # a listed surname
    # letters that spell no name, and codes, stay as they are
    assert names_with_mentions("ik spel het: k-a-t-t-e-n") == []
    assert names_with_mentions("kenteken G-123-XX, code A-B-C-D") == []


def test_a_first_name_after_a_word_of_kinship() -> None:
    assert names("tante roos komt zondag") == ["roos"]  # a word-like name: only a person is called so here
    assert names("Mijn zoon Daan heeft koorts") == ["Daan"]
    assert names("juf anouk zei dat het goed ging") == ["anouk"]
    assert names("mijn man is ziek") == []  # "is" is a listed name, but no name in lower case
    assert names("onze buurman wil het weten") == []


def test_a_possessive_after_a_name() -> None:
    assert names("is dat sanne's fiets?") == ["sanne"]
    assert names("de sanne-methode werkt") == []  # part of a longer word


def test_an_article_before_a_first_name_names_a_thing() -> None:
    assert names("de emma ligt in de haven") == []  # a ship, a hospital: Dutch puts no article before a person
    assert names("moet men ' de geraldine ' vragen") == []
    assert names("ik en emma gaan") == ["emma"]
