"""Per-text gates of the detection rules (issue 12, speed): a rule whose trigger is absent is not run at all, and
the same rule still fires where its trigger is present. "Not run" is shown by replacing the rule's pattern with
one that fails the test when it is used."""

from __future__ import annotations

import doctest
import re
from typing import Any

import pytest

from afscherm.detectors import person_name
from afscherm.detectors.person_name import PersonNameRecognizer
from afscherm.detectors.text_facts import LOWER_RUN, matches_from, text_facts

NAMES = PersonNameRecognizer()


class _Forbidden:
    """A stand-in for a compiled pattern that must not be used on the text at hand."""

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401
        raise AssertionError(f"pattern used ({name}) although the gate should have skipped the rule")


def spans(text: str, rule: str) -> list[str]:
    return [text[f.start : f.end] for f in getattr(NAMES, rule)(text)]


def test_lower_run_is_the_chat_rules_word_pattern() -> None:
    # the gates test against runs of this pattern; the rules iterate person_name.LOWER_WORD
    assert LOWER_RUN.pattern == person_name.LOWER_WORD.pattern


@pytest.mark.parametrize(
    ("rule", "pattern", "fires", "expected", "without"),
    [
        ("_kin_named", "KIN_NAMED", "morgen komt tante roos langs", ["roos"], "morgen komt de monteur langs"),
        ("_lower_subject", "PERSON_SUBJECT", "ok. roos belde net", ["roos"], "ok. de monteur belde net"),
        ("_lower_bare", "LOWER_WORD", "heb je thijs al gezien?", ["thijs"], "heb je de monteur al gezien?"),
        ("_lower_pair", "LOWER_WORD", "vraag het henk mulder even", ["henk mulder"], "vraag het de monteur even"),
    ],
)
def test_gated_rule_fires_with_its_trigger_and_is_skipped_without(
    monkeypatch: pytest.MonkeyPatch, rule: str, pattern: str, fires: str, expected: list[str], without: str
) -> None:
    assert spans(fires, rule) == expected
    monkeypatch.setattr(person_name, pattern, _Forbidden())
    if pattern == "PERSON_SUBJECT":
        monkeypatch.setattr(person_name, "PERSON_OBJECT", _Forbidden())
    assert spans(without, rule) == []


def test_kin_word_in_capitals_still_opens_the_gate() -> None:
    assert spans("TANTE Roos komt morgen", "_kin_named") == ["Roos"]


def test_case_oddities_never_gate() -> None:
    # a long s matches "s" in a case-insensitive pattern, though lower-casing keeps it: such texts are never gated
    facts = text_facts("zuſ anouk")
    assert facts.case_odd
    assert facts.has_substring(("zus",))
    assert not text_facts("zuster anouk").case_odd


def test_facts_are_shared_by_the_rules_of_one_text() -> None:
    text = "hoi sanne, tante roos komt ook"
    assert text_facts(text) is text_facts(text)
    assert text_facts(text).lowered == text.lower()
    assert {"hoi", "sanne", "tante", "roos", "komt", "ook"} == set(text_facts(text).lower_runs)


def test_lowered_copy_keeps_offsets() -> None:
    text = "İstanbul ligt niet in Nederland"
    lowered = text_facts(text).lowered
    assert len(lowered) == len(text)
    assert re.search("nederland", lowered).start() == text.index("Nederland")  # type: ignore[union-attr]


def test_text_facts_doctests() -> None:
    from afscherm.detectors import text_facts as module

    result = doctest.testmod(module, verbose=False, report=True)
    assert result.attempted >= 3 and result.failed == 0, result


LINES = (
    "[09:15] Ella: goedemorgen\n"
    "sanne: morgen borrel?\n"
    "2/3/25, 09:12 - niels: ja\n"
    "Klantenservice (Ella): zeker\n"
    "Met vriendelijke groet,\n"
    "Jan de Vries\n"
    "naam;plaats;telefoon\n"
    "Ans;Zwolle;0612345678\n"
    "  mvg\n"
    "Piet\n"
)


@pytest.mark.parametrize("pattern", ["SPEAKER", "LOWER_SPEAKER", "CLOSINGS"])
def test_line_start_patterns_tried_at_line_starts_find_what_finditer_finds(pattern: str) -> None:
    compiled = getattr(person_name, pattern)
    expected = [m.span() for m in compiled.finditer(LINES)]
    assert expected  # each pattern has a match in the text
    assert [m.span() for m in matches_from(compiled, LINES, text_facts(LINES).line_starts)] == expected


def test_header_lines_tried_at_line_starts_find_what_finditer_finds() -> None:
    from afscherm.detectors.field_context import _HEADER_LINE

    expected = [m.span() for m in _HEADER_LINE.finditer(LINES)]
    assert expected
    assert [m.span() for m in matches_from(_HEADER_LINE, LINES, text_facts(LINES).line_starts)] == expected


def test_lower_initials_still_found_and_abbreviations_still_skipped() -> None:
    assert spans("het pakket is voor j.w. de vries", "_lower_initials") == ["j.w. de vries"]
    assert spans("dit is o.a. de boer zijn werk", "_lower_initials") == []


def test_spelled_name_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    from afscherm.detectors import name_consistency

    text = "Klant: ja, W-I-J-F-F-E-L-S"
    assert [text[s:e] for s, e in name_consistency.spelled_names(text, {"wijffels"})] == ["W-I-J-F-F-E-L-S"]
    monkeypatch.setattr(name_consistency, "SPELLED", _Forbidden())
    # no two single letters in a row between separators (as in "J.P." or "W-I-J…"): never scanned
    assert name_consistency.spelled_names("Dhr. J. de Vries belt over Kerkstraat-12 - 2e etage", {"vries"}) == []


def test_ocr_house_number_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    from afscherm.detectors import location

    recognizer = location.LocationRecognizer()
    text = "Adres: Kerkstraat l2, Zwolle"
    assert "Kerkstraat l2" in [text[f.start : f.end] for f in recognizer._streets(text)]
    monkeypatch.setattr(location, "_OCR_HOUSE_NUMBER", _Forbidden())
    plain = "Kerkstraat 12 en Dorpsweg 1"
    assert [plain[f.start : f.end] for f in recognizer._streets(plain)] == [
        "Kerkstraat 12",
        "Dorpsweg 1",
    ]


def test_place_labels_tried_at_their_words_find_what_finditer_finds() -> None:
    from afscherm.detectors import location

    text = 'Woonplaats: Zwolle\nVESTIGINGSPLAATS = Ede, geboorteplaats: Ommen, "city": "Assen", Town:Urk, plaats:Epe'
    expected = [m.span() for m in location._PLACE_LABEL.finditer(text)]
    assert len(expected) == 5  # "geboorteplaats" is no label of this pattern (a word runs into it)
    starts = location._place_label_starts(text_facts(text).lowered)
    assert [m.span() for m in matches_from(location._PLACE_LABEL, text, starts)] == expected


def test_postcode_pattern_starting_with_its_digit_matches_as_the_look_behind_first_one() -> None:
    from afscherm.detectors import location

    written_first = re.compile(r"(?<![\w-])[1-9]\d{3}([ \t\u00a0]?)([A-Za-z]{2})(?![\w-])")
    text = "1234 AB Zwolle, x1234 AB, -1234AB, 01234 AB, 9999zz\n5678 CD, (1234 ab) 12345 AB 1234 A"
    expected = [m.span() for m in written_first.finditer(text)]
    assert len(expected) == 4
    assert [m.span() for m in location._POSTCODE.finditer(text)] == expected
    assert [location._POSTCODE.match(text, i) is not None for i in range(len(text))] == [
        written_first.match(text, i) is not None for i in range(len(text))
    ]


def test_patterns_opening_with_their_letter_match_as_the_look_behind_first_ones() -> None:
    initials = re.compile(rf"(?<![\w.])({person_name.INITIALS})[ \t]*({person_name.SURNAME})")
    email = re.compile(r"(?<![\w.+-])([a-zA-Z]+)[._-]([a-zA-Z]+(?:[._-][a-zA-Z]+)?)@[\w-]+\.[\w.]+")
    greetings = "|".join(re.escape(g) for g in sorted(person_name.GREETINGS, key=len, reverse=True))
    greeted = re.compile(rf"(?<!\w)(?:{greetings})[ \t,]+(?=({person_name.ANY_WORD}))")
    text = (
        "J.P. de Vries, xJ. Jansen, .A. Bakker, (M. Smit) A.B.C.D.E. Visser jan.devries@example.nl "
        "x.jan-de.vries@mail.nl +piet_bos@a.nl hoi sanne, ohoi kees, groetjes Mark\nmvg, Anna; mijn naam is bram"
    )
    pairs = [(person_name.INITIALS_SURNAME, initials), (person_name.EMAIL_NAME, email)]
    pairs.append((person_name.GREETED_LOWER, greeted))
    for rewritten, reference in pairs:
        read = text.lower() if rewritten is person_name.GREETED_LOWER else text  # greetings: the lower-cased copy
        expected = [(m.span(), m.groups()) for m in reference.finditer(read)]
        assert expected
        assert [(m.span(), m.groups()) for m in rewritten.finditer(read)] == expected
