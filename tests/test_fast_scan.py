"""after_edge: the look-behind moved behind each alternative's first character finds the same matches."""

import re

import pytest

from afscherm.detectors.fast_scan import after_edge, by_first_character

TEXTS = [
    "ik woon in Zwolle, kom uit Kampen en ga naar vanuit-huis; Inwoner in 2040, in 9240.",
    "Fin uit 'in' -in _in 'uit' in\nin",
    "De Bilt, de Meern. Hockeyclub De Bilt en Voetbalvereniging Den Dolder; 't Zandt Den",
]


@pytest.mark.parametrize(
    ("behind", "alternatives", "after"),
    [
        (r"(?<![\w'’-])", ["in", "uit", "vanuit"], r"[ \t]+\w+"),
        (r"(?<![\w'’])", ["[Ii]n"], r"[ \t]+(\d{4})"),
        ("(?<=[a-z] )", ["De", "Den", "Het", "'t"], "(?= [A-Z])"),
    ],
)
def test_same_matches_as_the_look_behind_first(behind: str, alternatives: list[str], after: str) -> None:
    plain = re.compile(behind + "(?:" + "|".join(alternatives) + ")" + after)
    fast = re.compile(after_edge(behind, alternatives) + after)
    for text in TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_matches_found_and_left_out() -> None:
    pattern = re.compile(after_edge(r"(?<![\w'’-])", ["in", "uit"]) + r"[ \t]+(\w+)")
    assert [m.group(1) for m in pattern.finditer("woon in Zwolle, fin uit-de-kast, 'in x, kom uit Kampen")] == [
        "Zwolle",
        "Kampen",
    ]


def test_written_form() -> None:
    assert after_edge(r"(?<![\w'’])", ["in", "uit"]) == r"(?:i(?<![\w'’]i)n|u(?<![\w'’]u)it)"


@pytest.mark.parametrize(
    ("behind", "alternatives"),
    [("(?<!a)(?<!b)", ["in"]), (r"(?<!\w)", ["(?:in)"]), (r"(?<!\w)", ["a?b"]), ("[a-z]", ["in"])],
)
def test_refuses_what_it_cannot_move(behind: str, alternatives: list[str]) -> None:
    with pytest.raises(ValueError):
        after_edge(behind, alternatives)


def test_by_first_character_written_form() -> None:
    assert by_first_character(["in", "uit", "inwoner"]) == "(?:i(?:n|nwoner)|uit)"


def test_by_first_character_same_matches_in_the_same_order() -> None:
    alternatives = ["woon[ \t]+in", "in", "uit", "woont[ \t]+te", "inwoner", "van", "vanuit", "w"]
    plain = re.compile(r"[\s(](?P<cue>" + "|".join(alternatives) + r")(?=[ \t]+\S)")
    gathered = re.compile(r"[\s(](?P<cue>" + by_first_character(alternatives) + r")(?=[ \t]+\S)")
    for text in [*TEXTS, " woon in x, woont te y (vanuit z inwoner van w vanuit\tq", " w x"]:
        lowered = " " + text.lower()
        assert [m.span("cue") for m in gathered.finditer(lowered)] == [m.span("cue") for m in plain.finditer(lowered)]


def test_by_first_character_refuses_a_first_character_it_cannot_gather() -> None:
    with pytest.raises(ValueError):
        by_first_character(["in", "[ab]c"])
