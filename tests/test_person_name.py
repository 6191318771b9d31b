"""PersonNameRecognizer and the name-consistency pass on hand-written, fictitious examples."""

from __future__ import annotations

import pytest

from afscherm.detectors.findings import Finding
from afscherm.detectors.name_consistency import name_forms, propagate_names
from afscherm.detectors.person_name import PersonNameRecognizer

REC = PersonNameRecognizer()


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in REC.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Met vriendelijke groet,\nJan de Vries\nAfdeling Klantcontact", ["Jan de Vries"]),
        ("Met vriendelijke groet,\n\nSanne Bosveld", ["Sanne Bosveld"]),
        ("Groetjes,\nmarieke", ["marieke"]),
        ("hoi sanne, is het pakket al binnen?", ["sanne"]),
        ("hey joost ben je er?", ["joost"]),
        ("Geachte heer De Vries,", ["De Vries"]),
        ("dhr. J.P. de Vries heeft gebeld", ["J.P. de Vries"]),
        ("Graag doorsturen naar mevr. Jansen-Smit.", ["Jansen-Smit"]),
        ("Op naam van A.B. van den Berg graag.", ["A.B. van den Berg"]),
        ("Naam: Pieter van Dijk\nAdres: Kerkstraat 1", ["Pieter van Dijk"]),
        ("Voornamen / Given names\nJAN PIETER\nNaam / Surname\nDE VRIES", ["JAN PIETER", "DE VRIES"]),
        ("Gisteren sprak ik Frank Vandenbroucke over de begroting.", ["Frank Vandenbroucke"]),
        ("Graag reactie naar pieter.dejong@example.nl", ["pieter.dejong"]),
        ("Jan Pieter de Vries en Anna Bakker kwamen langs", ["Jan Pieter de Vries", "Anna Bakker"]),
    ],
)
def test_names_support_text_writes(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ik haal brood bij de bakker op de hoek.",
        "De Zon schijnt en in Mei gaan we op vakantie.",
        "Documentnummer / Document no.\nSPECI2014",
        "Nationaliteit / Nationality\nNederlandse\nGeboortedatum / Date of birth\n10 MAA/MAR 1965",
        "Naam / Surname\nVoornamen / Given names",
        "hoi, ben je er morgen?",
        "Wij zijn Bakkerij De Korenschoof B.V. uit Amsterdam.",
        "Naam: \nAdres: ",
        "De Visser van de haven verkoopt verse vis.",
        "info@example.nl en support@example.com",
    ],
)
def test_common_words_and_labels_stay_untouched(text: str) -> None:
    assert names(text) == []


def test_title_is_not_part_of_the_name() -> None:
    text = "Ik heb mevrouw Bosveld teruggebeld."
    [f] = REC.find(text)
    assert text[f.start : f.end] == "Bosveld"
    assert (f.entity_type, f.recognizer) == ("PERSON", "PersonNameRecognizer")


def test_offsets_count_code_points_after_emoji() -> None:
    text = "🎉🎉 hoi sanne"
    [f] = REC.find(text)
    assert (f.start, f.end) == (7, 12)


def test_name_forms_of_a_full_name() -> None:
    assert name_forms("Jan de Vries") == {"Jan de Vries", "De Vries", "Jan"}
    assert name_forms("J.P. Bosveld") == {"J.P. Bosveld", "Bosveld"}


def test_consistency_marks_later_mentions_and_drops_confused_location() -> None:
    text = "Sanne Bosveld belde. Later mailde Bosveld opnieuw vanuit Utrecht."
    start = text.index("Bosveld", 10)
    findings = [
        Finding(0, 13, "PERSON", 0.85, "SpacyNer"),
        Finding(start, start + 7, "LOCATION", 0.85, "SpacyNer"),
        Finding(text.index("Utrecht"), text.index("Utrecht") + 7, "LOCATION", 0.85, "SpacyNer"),
    ]
    out = propagate_names(text, None, findings)
    assert [(text[f.start : f.end], f.entity_type) for f in out] == [
        ("Sanne Bosveld", "PERSON"),
        ("Bosveld", "PERSON"),
        ("Utrecht", "LOCATION"),
    ]


def test_consistency_merges_overlapping_person_spans() -> None:
    text = "Jan de Vries belt"
    out = propagate_names(text, None, [Finding(0, 3, "PERSON", 0.85, "SpacyNer"), Finding(0, 12, "PERSON", 0.7, "X")])
    assert [(f.start, f.end, f.score) for f in out] == [(0, 12, 0.85)]


def test_consistency_leaves_text_without_persons_alone() -> None:
    loc = Finding(0, 7, "LOCATION", 0.85, "SpacyNer")
    assert propagate_names("Utrecht is mooi", None, [loc]) == [loc]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("[09:15] Klant: hallo", "] Klant", []),  # a chat role, with the bracket the model swallowed
        ("Hoi Kees, ik help je graag.", "Hoi Kees", [("Kees", "PERSON")]),
        ("Geboortedatum / Date of birth", "Geboortedatum", []),
        ("Chat met Zorgverzekeraar Duinzicht", "Zorgverzekeraar Duinzicht", []),
        ("Traceback: KeyError in handler", "KeyError", []),
        ("Toestel: Nokia G42", "Nokia G", []),
        ("Date: Mon, 12 Jan 2026 10:00", "Jan", []),
        ("Naam / Surname\nBOSVELD\nVoornamen", "BOSVELD\nVoornamen", [("BOSVELD", "PERSON")]),
        ("De vlucht landde in Düsseldorf.", "Düsseldorf", [("Düsseldorf", "LOCATION")]),
        ("Correspondent Kees Broere schrijft", "Correspondent Kees Broere", [("Kees Broere", "PERSON")]),
    ],
)
def test_clean_up_of_model_person_spans(text: str, span: str, expected: list[tuple[str, str]]) -> None:
    start = text.index(span)
    model = Finding(start, start + len(span), "PERSON", 0.85, "SpacyNer")
    out = propagate_names(text, None, [model])
    assert [(text[f.start : f.end], f.entity_type) for f in out] == expected


def test_lone_unlisted_model_person_without_support_is_dropped() -> None:
    text = "De aandelen van Tectrade stegen. Tectrade meldt winst."
    spans = [m for m in (text.index("Tectrade"), text.rindex("Tectrade"))]
    findings = [Finding(s, s + 8, "PERSON", 0.85, "SpacyNer") for s in spans]
    assert propagate_names(text, None, findings) == []


def test_a_person_cue_keeps_a_lone_name_and_its_other_mentions() -> None:
    text = '"Het ging goed", zei Barrichello. Later won Barrichello opnieuw.'
    spans = [text.index("Barrichello"), text.rindex("Barrichello")]
    findings = [Finding(s, s + 11, "PERSON", 0.85, "SpacyNer") for s in spans]
    out = propagate_names(text, None, findings)
    assert [(f.start, f.entity_type) for f in out] == [(spans[0], "PERSON"), (spans[1], "PERSON")]


def test_first_name_with_unlisted_surname() -> None:
    assert names("Gisteren sprak Antoine Legat de pers toe.") == ["Antoine Legat"]
    assert names("We reden door Maria Schmolln naar huis") == []  # a place (Austria), not a surname


@pytest.mark.parametrize(
    ("text", "span", "kept"),
    [
        ("Log in via MijnPortaal om te betalen.", "MijnPortaal", False),  # a product (CamelCase)
        ("Subtotaal en BTW staan onderaan.", "Subtotaal", False),  # an invoice label (compound noun)
        ("Mijn Motorola is gestolen.", "Motorola", False),  # a brand
        ("Fietsenmakerij aan de rand van het dorp", "Fietsenmakerij", False),  # a kind of company
        ("Ik woon sinds maart in Zwolle.", "Zwolle", True),  # a listed place
        ("We spreken af op de Kerkstraat.", "Kerkstraat", True),  # a street name stays a place
    ],
)
def test_model_locations_that_are_no_places_are_dropped(text: str, span: str, kept: bool) -> None:
    start = text.index(span)
    loc = Finding(start, start + len(span), "LOCATION", 0.85, "SpacyNer")
    assert (propagate_names(text, None, [loc]) == [loc]) is kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # speaker labels in lower case, also in WhatsApp exports with a date stamp
        ("wouter: zijn we om 8 bij de zaal?\nineke: ja prima", ["wouter", "ineke"]),
        ("[09:14] gijs: ben onderweg", ["gijs"]),
        ("14/5/24, 21:02 - marit: wie neemt de sleutel mee?", ["marit"]),
        ("14/5/24, 21:02 - Marit: wie neemt de sleutel mee?", ["Marit"]),
        ("roos: ik neem taart mee", ["roos"]),  # word-like first name, but in speaker position
        # forms of address, cues and a lower-case first name with a listed surname
        ("en mevrouw van der veen, wat zei zij?", ["van der veen"]),
        ("volgens meneer kuipers klopt het", ["kuipers"]),
        ("pakket graag tnv maarten hoekstra", ["maarten hoekstra"]),
        ("overmaken t.n.v. j. de wit svp", ["j. de wit"]),
        ("staat op naam van ingrid bakker", ["ingrid bakker"]),
        ("heb je bas van dijk nog gesproken?", ["bas van dijk"]),
        ("kun je gerard de boer terugbellen", ["gerard de boer"]),
        ("groetjes van hanneke en mij", ["hanneke"]),
    ],
)
def test_lower_case_chat_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "mark je het even in de agenda?",
        "ik ben er morgen niet, ben ziek",
        "meneer wacht al een uur",  # a surname that is a common word needs its particle
        "status: ok\nlevel: info",
        "ik kan pas om tien uur, dan zien we verder",
        "mail naar kees.mulder-info@example.nl svp",
        "de boer komt morgen de melk halen",
    ],
)
def test_lower_case_text_without_names(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gesprek met dhr. J.P. de Vries en mevrouw Jansen; Mevr.dr. Bakker belde, MEVROUW Smit ook.",
        "mijn tante Roos en oom kees, de zus, anna, komen; klant Brouwers en huurder Smit belden",
        "herr Becker?\nHerr  Becker heeft gebeld. dhr.\tVos",
        # a character whose case-insensitive match differs from its lower case: the whole text is scanned
        "DİRECTEUR dhr. İsmail Yılmaz en tante Roos",
        "geen aanspreekvorm hier: dhrx Jansen, mevrouwtje Smit, xoom Kees",
    ],
)
def test_opening_matches_finds_what_a_full_scan_finds(text: str) -> None:
    from afscherm.detectors.person_name import (
        KIN_NAMED,
        KIN_OPENINGS,
        ROLE_OPENINGS,
        ROLE_SURNAME,
        TITLE_OPENINGS,
        TITLED,
        opening_matches,
    )

    for pattern, openings in ((TITLED, TITLE_OPENINGS), (KIN_NAMED, KIN_OPENINGS), (ROLE_SURNAME, ROLE_OPENINGS)):
        full = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in opening_matches(pattern, openings, text)] == full


def test_opening_matches_skips_a_title_inside_a_word() -> None:
    from afscherm.detectors.person_name import TITLE_OPENINGS, TITLED, opening_matches

    # every "dhr" is an opening to try (inside a word too), but only the title that starts a word and has a name after
    # it matches
    text = "xdhr. Jansen, dhr. Smit, dhr.Smit"
    assert [at for at in TITLE_OPENINGS.starts(text.lower()) if text.lower().startswith("dhr", at)] == [1, 14, 25]
    assert [m.group(1) for m in opening_matches(TITLED, TITLE_OPENINGS, text)] == ["Smit"]


@pytest.mark.parametrize(
    "text",
    [
        "hoi sanne, groetjes Mark",
        "Hallo Jan Jansen! en dag Ans",
        "ahoi piet; dagboek van Jan; hoihoi Kees",  # a greeting inside a word is none
        "mvg,\nSanne  |  t.a.v. Bakker | m'n naam is Joris",
    ],
)
def test_greetings_tried_at_their_starts_match_as_the_scan(text: str) -> None:
    from afscherm.detectors.person_name import GREETED_LOWER, GREETING_STARTS
    from afscherm.detectors.text_facts import matches_from

    lowered = text.lower()
    scanned = [m.span(1) for m in GREETED_LOWER.finditer(lowered)]
    assert scanned  # (each text greets someone)
    assert [m.span(1) for m in matches_from(GREETED_LOWER, lowered, GREETING_STARTS.starts(lowered))] == scanned
