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
        ("_kin_named", "KIN_NAMED", "morgen komt tante roos langs", ["roos"], "morgen komt de bus langs"),
        ("_lower_particle_surname", "LOWER_LONE_WORD", "samen met vos.", ["vos"], "samen met de monteur."),
        (
            "_lower_double_first_name",
            "LOWER_DOUBLE_NAME",
            "wie heeft de bus van gert-jan geleend",
            ["gert-jan"],
            "wie heeft de e-mail over het auto-ongeluk van Jan-Peter",
        ),
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


@pytest.mark.parametrize("rule", ["_lower_subject", "_lower_pair", "_lower_bare"])
def test_lower_case_name_rules_skip_texts_where_the_name_is_only_the_tail_of_a_word(
    monkeypatch: pytest.MonkeyPatch, rule: str
) -> None:
    # "Kees", "Mark", "Thijs" hold the runs "ees", "ark", "hijs"; "Tim" x "bram" inside "Abram": no word starts so
    text = "Xroos belde: Abram, Kees Bakker en Thijs Mulder, 12henk mulder"
    for name in ("roos", "bram", "henk"):
        assert name in text_facts(text).lower_runs
    monkeypatch.setattr(person_name, "PERSON_SUBJECT", _Forbidden())
    monkeypatch.setattr(person_name, "PERSON_OBJECT", _Forbidden())
    monkeypatch.setattr(person_name, "LOWER_WORD", _Forbidden())
    assert spans(text, rule) == []


def test_a_word_start_is_no_letter_or_digit_before_the_run() -> None:
    facts = text_facts("Date: 12 jan, Bank x9mark _roos (sanne")
    assert facts.has_lower_word(frozenset({"jan"}))
    assert facts.has_lower_word(frozenset({"roos"}))  # after an underscore
    assert facts.has_lower_word(frozenset({"sanne"}))
    assert not facts.has_lower_word(frozenset({"ate", "ank", "mark"}))  # tails of Date, Bank; after a digit


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


@pytest.mark.parametrize(
    ("text", "line_starts", "colon_line_starts"),
    [
        ("", [0], []),
        ("a:", [0], [0]),
        ("a\n", [0], []),  # no line starts after a final line break
        ("a:\n\nb\nc: d\n", [0, 3, 4, 6], [0, 6]),
        ("\n:", [0, 1], [1]),
    ],
)
def test_line_starts_and_lines_with_a_colon(text: str, line_starts: list[int], colon_line_starts: list[int]) -> None:
    from afscherm.detectors.text_facts import TextFacts

    assert TextFacts(text).line_starts == line_starts
    assert TextFacts(text).colon_line_starts == colon_line_starts


def test_per_text_cache_keeps_a_batch_and_drops_the_oldest_beyond_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from afscherm.detectors import text_facts as module

    monkeypatch.setattr(module, "_BATCH_TEXTS", 6)
    monkeypatch.setattr(module, "_BATCH_CHARS", 50)
    calls: list[str] = []

    @module.per_text_cache
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    texts = [f"tekst {i}" for i in range(6)]  # 7 characters each: six texts fit
    assert [length(t) for t in texts + texts] == [7] * 12
    assert calls == texts  # the second round was remembered
    length("tekst 6")
    length("tekst 0")
    assert calls[-2:] == ["tekst 6", "tekst 0"]  # the oldest went when a seventh came
    calls.clear()
    long = "x" * 60  # over the characters bound: still kept, with the last few texts
    assert length(long) == 60 and length(long) == 60 and calls == [long]
    assert length("tekst 6") == 7 and calls == [long]
    assert length("tekst 1") == 7 and calls == [long, "tekst 1"]  # beyond the last few, dropped for the long text


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


@pytest.mark.parametrize("pattern", ["SPEAKER", "LOWER_SPEAKER"])
def test_speaker_labels_tried_at_lines_with_a_colon_find_what_finditer_finds(pattern: str) -> None:
    compiled = getattr(person_name, pattern)
    expected = [m.span() for m in compiled.finditer(LINES)]
    assert expected
    starts = text_facts(LINES).colon_line_starts
    assert len(starts) < len(text_facts(LINES).line_starts)  # lines without a colon are left out
    assert [m.span() for m in matches_from(compiled, LINES, starts)] == expected


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


# The number recognisers' gates (issue 12, speed): phone, spoken numbers, IBAN, BSN.


def test_phone_runs_too_short_for_a_number_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    from afscherm.detectors.phone import PhoneNumberRecognizer

    recognizer = PhoneNumberRecognizer()
    text = "Bel me op 06-12345678 of +683 4002"
    assert [text[f.start : f.end] for f in recognizer.find(text)] == ["06-12345678", "+683 4002"]
    read: list[str] = []
    in_run = PhoneNumberRecognizer._in_run

    def spy(self: PhoneNumberRecognizer, text: str, start: int, end: int) -> list[Any]:
        read.append(text[start:end])
        return in_run(self, text, start, end)

    monkeypatch.setattr(PhoneNumberRecognizer, "_in_run", spy)
    # "+683 4002" (Niue, seven digits) is the shortest kind of number: eight characters, read
    text = "om 10:05 kost het 0,50; in 2024 nr 0612 of +683 4002"
    recognizer.find(text)
    assert read == ["+683 4002"]


@pytest.mark.parametrize(
    "text",
    ["O6-2345678l", "Tel 0l0-1234567", "l2", "2l", "zo 12 december", "lol", "0O", "O", "12 34", "I9", "a1Ib", ""],
)
def test_phone_ocr_gate_is_the_ocr_pair_pattern(text: str) -> None:
    from afscherm.detectors import phone

    # the gate answers whether the pair pattern the OCR rule reads has a match at all
    assert bool(phone._HAS_OCR_MIXED.search(text)) == bool(phone._OCR_MIXED.search(text))


def test_phone_ocr_rule_fires_with_an_ocr_pair_and_is_skipped_without(monkeypatch: pytest.MonkeyPatch) -> None:
    from afscherm.detectors import phone

    recognizer = phone.PhoneNumberRecognizer()
    text = "Tel.: O6-2345678l"
    assert [(f.start, f.end) for f in recognizer.find(text)] == [(6, 17)]
    monkeypatch.setattr(phone, "_OCR_TOKEN", _Forbidden())
    monkeypatch.setattr(phone, "_OCR_MIXED", _Forbidden())
    text = "Tel.: 06-12345678 of lol"  # no digit touches an O, o, l or I
    assert [(f.start, f.end) for f in recognizer.find(text)] == [(6, 17)]  # the plain number, without the OCR rule


def test_spoken_numbers_read_only_in_texts_with_two_number_words_or_four_lone_digits(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from afscherm.detectors import spoken_numbers

    recognizer = spoken_numbers.SpokenNumberRecognizer()
    spoken = "mijn nummer is nul zes, twee acht een twee drie vier vijf zes."
    assert [f.entity_type for f in recognizer.find(spoken)] == ["PHONE_NUMBER"]
    digits = "bsn is 2 8 5 8 7 2 4 2 4"
    assert [f.entity_type for f in recognizer.find(digits)] == ["NL_BSN"]
    monkeypatch.setattr(spoken_numbers, "_RUN", _Forbidden())
    monkeypatch.setattr(spoken_numbers, "_DIGIT_RUN", _Forbidden())
    assert recognizer.find("Ik heb één vraag over factuur 2024-118 van 12 maart, NL 2024.") == []


@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("nul zes", True),
        ("TWEE DRIE", True),  # any case: the lower-cased copy is counted
        ("tweede keer", False),  # one piece ("twee" in "tweede"): never fewer pieces than words
        ("geen tweede", True),  # two pieces and no number word at all: read, finds nothing
        ("1 2 3 4", True),
        ("1 2 3 en 12 34", False),
        ("honderd", False),
        ("honderd, drie", True),
    ],
)
def test_spoken_gate_counts_number_word_pieces_and_lone_digits(text: str, may: bool) -> None:
    from afscherm.detectors.spoken_numbers import _may_hold_spoken_run

    assert _may_hold_spoken_run(text, text.lower()) is may


def test_spoken_gate_counts_at_least_the_number_words_of_every_run() -> None:
    from afscherm.detectors import spoken_numbers

    # every word the run check counts holds a piece: as many pieces as words, or more
    for word in [*spoken_numbers.DIGIT_WORDS, *spoken_numbers.TEENS, *spoken_numbers.TENS, "achtendertig", "honderd"]:
        assert spoken_numbers._SPOKEN_RE.fullmatch(word), word
        assert sum(word.count(piece) for piece in spoken_numbers._SPOKEN_PIECES) >= 1, word


def test_spoken_case_oddities_are_never_gated() -> None:
    from afscherm.detectors.spoken_numbers import SpokenNumberRecognizer

    # A long s matches "s" in the case-insensitive number words though lower-casing keeps it: "zeſ zeſ" makes the
    # run one the recogniser reads (three number words), and "nul 6 12345678" in it is a phone number. Counted in
    # the lower-cased copy the text has one number word and one lone digit, so such texts must not be gated.
    text = "bel zeſ zeſ nul 6 12345678"
    assert text_facts(text).case_odd
    assert [text[f.start : f.end] for f in SpokenNumberRecognizer().find(text)] == ["nul 6 12345678"]
    assert SpokenNumberRecognizer().find(text.replace("ſ", "x")) == []  # one number word: no run is read


IBAN_TEXTS = [
    "IBAN NL91ABNA0417164300, of nl91 abna 0417 1643 00",
    "DE 89 3704 0044 0532 0130 00 en ES91-2100-0418-4502-0005-1332",
    "NL58 RABO 4712 737 997 / NL32_TRIO_7323_5619_30 / xNL91ABNA0417164300 / AB 12CD34EF56",
    "NL82 SNSB\n6510 0931 54 en IBANNL04SNSB7020506812BIC SNSBNL2A; 1234AB 12, A 12, AB12",
]


def test_iban_starts_found_from_the_check_digits_are_the_letter_led_patterns_starts() -> None:
    from afscherm.detectors import iban

    letter_led = re.compile(r"[A-Za-z]{2} ?\d\d")  # the loose start pattern as it was written before
    for text in IBAN_TEXTS:
        expected = [m.start() for m in letter_led.finditer(text)]
        assert expected
        found = [m.start() - (3 if text[m.start() - 1] == " " else 2) for m in iban._START.finditer(text)]
        assert found == expected
        strict = [m.span() for m in iban._IBAN.finditer(text)]
        starts = [m.start() - 2 for m in iban._STRICT_START.finditer(text)]
        assert [m.span() for m in matches_from(iban._IBAN, text, starts)] == strict


# The BSN pattern as it was written before its first digit was factored out of the alternatives.
_BSN_LOOKBEHIND_FIRST = re.compile(
    r"(?=\d)(?<!\d)(?<!\d[.,/-])(?<![€$]\s)(?<!\(0\))(?<!\(0\) )"
    r"(\d{9}|\d{8}|\d{4}([.,])\d{2}\2\d{3}|\d{3}([ .\t/-])\d{3}\3\d{3}|\d{4}([ -])\d{2}\4\d{3}|\d{2} \d{2} \d{2} \d{3}"
    r"|\d(?:[ .-]?\d){0,7}\n\d(?:[ .-]?\d){0,7})"
    r"(?!\d|[.,/-]\d)"
)


def test_bsn_pattern_led_by_its_first_digit_matches_as_before() -> None:
    from afscherm.detectors import bsn

    text = (
        "bsn 111222333, 1112.22.333, 1112,22,333, 111 222 333, 111-222-333, 1112 22 333, 11 12 22 333, 11122233,"
        " bsn 6831\n41107, 1.111222333, 12-111222333, € 111222333, +31 (0)162 217 596, (0) 111222333,"
        " 1111222333, 111222333.5, 111/222/333, 111\t222\t333, x111222333y"
    )
    expected = [(m.span(), m.groups()) for m in _BSN_LOOKBEHIND_FIRST.finditer(text)]
    assert len(expected) >= 12
    assert [(m.span(), m.groups()) for m in bsn._BSN.finditer(text)] == expected


def test_lone_digit_pattern_led_by_the_digit_matches_as_the_look_behind_first_one() -> None:
    from afscherm.detectors import spoken_numbers

    look_behind_first = re.compile(r"(?<!\w)\d(?!\w)")
    text = "1 2 3 4, 5a b6 7_ 8.9 10 ١ x٢ 0\n3 is 2 8 5 8 7 2 4 2 4 é5 5é"
    expected = [m.span() for m in look_behind_first.finditer(text)]
    assert len(expected) >= 15
    assert [m.span() for m in spoken_numbers._SINGLE_DIGIT.finditer(text)] == expected
    assert [m.span() for m in spoken_numbers._SINGLE_DIGIT.finditer("7")] == [(0, 1)]


# The IMEI and card patterns as they were written before their first digit was factored out of the groupings.
_IMEI_LOOKBEHIND_FIRST = re.compile(
    r"(?=\d)(?<!\d)(?<!\d[.,/-])(\d{15,16}|\d{2}([ /-])\d{6}\2\d{6}\2\d{1,2}|\d{8}([ /-])\d{6}\3\d{1,2}"
    r"|\d{6}([ /-])\d{2}\4\d{6}\4\d{1,2}|\d{4}([ /-])\d{4}\5\d{4}\5\d{3})(?!\d|[.,/-]\d)"
)
# The card pattern with Diners Club's 4-6-4 and a security code after a slash (20c2dfa), in the same form.
_CARD_LOOKBEHIND_FIRST = re.compile(
    r"(?=\d)(?<!\d)(?<!\d[.,/-])(\d{13,19}|\d{4}([ -])\d{4}\2\d{4}\2\d{4}(?:\2\d{3})?|\d{4}([ -])\d{6}\3\d{5}"
    r"|\d{4}([ -])\d{4}\4\d{4}\4\d{1,3}|\d{4}([ -])\d{6}\5\d{4})(?!\d|[.,-]\d|/(?!\d{3,4}(?![\d/])))"
)
DEVICE_AND_CARD_NUMBERS = (
    "imei 356938035643809, 3569380356438091, 35-693803-564380-9, 35693803-564380-9, 356938-03-564380-9,"
    " 3569 3803 5643 809, 35/693803/564380/9; 1.356938035643809, 7-356938035643809, 356938035643809.5,"
    " kaart 4111111111111111, 4111 1111 1111 1111, 4111-1111-1111-1111-123, 3782 822463 10005, 4111 1111 1111 1,"
    " card_4111111111111111, 41111111111111111111, 4111 1111 1111 1111 1, 1234567890123, x5500000000000004,"
    " 3056 930902 5904, 3056-930902-5904, 4111 1111 1111 1111/123, 4111111111111111/2025/3, 4111111111111111/12345"
)


@pytest.mark.parametrize("module", ["imei", "credit_card"])
def test_imei_and_card_patterns_led_by_their_first_digit_match_as_before(module: str) -> None:
    import importlib

    compiled = {"imei": "_IMEI", "credit_card": "_CARD"}[module]
    oracle = {"imei": _IMEI_LOOKBEHIND_FIRST, "credit_card": _CARD_LOOKBEHIND_FIRST}[module]
    pattern = getattr(importlib.import_module(f"afscherm.detectors.{module}"), compiled)
    expected = [(m.span(), m.groups()) for m in oracle.finditer(DEVICE_AND_CARD_NUMBERS)]
    assert len(expected) >= 8
    assert [(m.span(), m.groups()) for m in pattern.finditer(DEVICE_AND_CARD_NUMBERS)] == expected


# Addresses, handles and years of birth around the characters that decide where a match may start: an apostrophe in
# a local part, a digit or '+' before it, two '@', capitals, accents, particles, a dot that ends a sentence.
STARTS_FROM_TRIGGERS = (
    "mail o'brien@voorbeeld.nl, x'y'z@q.com of 'jan@x.nl'; @@a@b.cd en a..b@x.nl\n"
    "jan.de.vries@voorbeeld.nl, x9jan.de@x.nl, jan-piet.de.vries@x.nl, +jan.vries@x.nl, émile.dupont@exemple.fr\n"
    "login=thomas.vermeer; customer=Sanne_Visser; Piet.de.Vries; McDonald.jansen; __jan.jansen; a.b.c_d. Klaar.\n"
    "ik ben van 1986, 12 juli. geboren in '81, 14 maart; Mijn oma is van 1950, 3 mei\n"
    "Klant: eh in 1993, op 4 maart\n"
    "GEB. 1970, 2 JUNI en m'n vader is van 1949, 11 november; zijn zus is van 1960, 1 mei"
)


@pytest.mark.parametrize(
    ("module", "pattern", "tried_at"),
    [
        ("email", "_EMAIL", "_email_matches"),
        ("person_name", "EMAIL_NAME", "_email_name_matches"),
        ("person_name", "NAME_HANDLE", "_name_handle_matches"),
        ("date_of_birth", "_YEAR_THEN_DAY", "_year_then_day_matches"),
    ],
)
def test_patterns_tried_only_at_their_possible_starts_find_what_finditer_finds(
    module: str, pattern: str, tried_at: str
) -> None:
    import importlib

    mod = importlib.import_module(f"afscherm.detectors.{module}")
    compiled, matches = getattr(mod, pattern), getattr(mod, tried_at)
    for text in (STARTS_FROM_TRIGGERS, STARTS_FROM_TRIGGERS.upper(), STARTS_FROM_TRIGGERS.lower()):
        expected = [(m.span(), m.groups()) for m in compiled.finditer(text)]
        assert [(m.span(), m.groups()) for m in matches(text)] == expected
    assert list(compiled.finditer(STARTS_FROM_TRIGGERS))  # each pattern matches in the text


def test_lone_surname_pattern_led_by_its_letters_matches_as_the_look_behind_first_one() -> None:
    reference = re.compile(
        rf"(?<![\w@'-])(?:bij|met|aan|naar|van)[ \t]+([{person_name.LOWER}][{person_name.LOWER}]{{2,}})(?![\w@'-])"
    )
    text = (
        "met vos. xmet bos, -bij kok @aan smit bij kok, 'naar post van dijk\tvan\tberg bij de vries naar ab"
        " maan jansen met"
    )
    expected = [(m.span(), m.groups()) for m in reference.finditer(text)]
    assert len(expected) >= 4
    assert [(m.span(), m.groups()) for m in person_name.LOWER_LONE_WORD.finditer(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "geboren op vier april 1941",
        "vier\tapril, 1941 en drie mei 2020",
        "vier april 19411",  # no year: a digit follows
        "veertien\napril 1941",  # the day word on the line above
        "zelf april 1941",  # "elf" inside a word
        "april 1941, vier april",
        "twaalf juni 1999\ndrie juli 2000",
    ],
)
def test_day_words_before_a_month_looked_for_on_month_lines_find_what_the_pattern_finds(text: str) -> None:
    from afscherm.detectors.date_of_birth import _WORD_DAY_MONTH, _word_day_month

    assert _word_day_month(text) == (_WORD_DAY_MONTH.search(text) is not None)


@pytest.mark.parametrize(
    "text",
    [
        "mail naar info@firma.be",
        "bel +32 3 123 45 67",
        "Tel. 0032 3 123 45 67",
        "woont in BELGIË",
        "zie www.firma.de",
        "Telefon +49 241 518302",
        "aus Deutschland",
        "aus DEUTſCHLAND",  # a long s: any case of the pattern, not of str.lower
        "1032 en 1049 en .bex en .dex",
        "geen land genoemd",
    ],
)
def test_country_hints_looked_for_after_their_words_find_what_the_patterns_find(text: str) -> None:
    from afscherm.detectors import phone

    for hint, words in (
        (phone._BELGIAN_HINT, phone._BELGIAN_HINT_WORDS),
        (phone._GERMAN_HINT, phone._GERMAN_HINT_WORDS),
    ):
        assert phone._hinted(text, hint, words) == (hint.search(text) is not None)


def test_spoken_ip_addresses_read_only_in_texts_saying_dot_three_times(monkeypatch: pytest.MonkeyPatch) -> None:
    from afscherm.detectors import ip_address

    text = "mijn ip is honderd tweeënnegentig PUNT honderd achtenzestig punt een dot twintig"
    assert [text[f.start : f.end] for f in ip_address.IpAddressRecognizer().find(text)] == [text[11:]]
    called: list[str] = []
    monkeypatch.setattr(ip_address, "_spoken", lambda t: called.append(t) or [])
    ip_address.IpAddressRecognizer().find("het punt is dat de dot-com tijd voorbij is")  # twice only
    assert called == []
    ip_address.IpAddressRecognizer().find(text)
    assert called == [text]
