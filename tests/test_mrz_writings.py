"""MRZ zones in machine output and with OCR damage (issue 12): JSON strings with escaped line breaks, lists of
lines, letters read for digits, K read for fillers, and zones whose check digits fail beyond one character.

The zones are ICAO 9303's own published examples (fictional state Utopia), checked by the independent ``mrz``
package; expected offsets come from the literal text (``str.index``), never from the code under test.
"""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mrz.checker.td1 import TD1CodeChecker
from mrz.checker.td3 import TD3CodeChecker

from afscherm.detectors.mrz import MrzRecognizer, MrzShapeRecognizer

MRZ = MrzRecognizer()
SHAPE = MrzShapeRecognizer()

ICAO_TD1 = [
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
]
ICAO_TD3 = [
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
]


def test_the_examples_are_valid_zones() -> None:
    assert bool(TD1CodeChecker("\n".join(ICAO_TD1)))
    assert bool(TD3CodeChecker("\n".join(ICAO_TD3)))


def zones(recognizer: MrzRecognizer | MrzShapeRecognizer, text: str) -> list[tuple[int, int, float]]:
    return [(f.start, f.end, f.score) for f in recognizer.find(text) if f.entity_type == "MRZ"]


def span(text: str, first: str, last: str) -> tuple[int, int]:
    start = text.index(first)
    return start, text.index(last, start) + len(last)


@pytest.mark.parametrize(
    "writing",
    [
        '{"mrz": ["{0}", "{1}", "{2}"], "confidence": 0.93}',  # JSON list of lines
        '{"mrz":["{0}","{1}","{2}"]}',  # compact JSON
        "mrz_lines=['{0}', '{1}', '{2}']",  # Python list in a log line
        '2024-05-01 INFO ocr text="{0}\\n{1}\\n{2}" page=1',  # escaped line breaks in one log line
        '{"mrz": "{0}\\r\\n{1}\\r\\n{2}"}',  # escaped CRLF
    ],
)
def test_td1_in_machine_output(writing: str) -> None:
    text = writing.replace("{0}", ICAO_TD1[0]).replace("{1}", ICAO_TD1[1]).replace("{2}", ICAO_TD1[2])
    assert zones(MRZ, text) == [(*span(text, ICAO_TD1[0], ICAO_TD1[2]), 1.0)]
    found = {f.entity_type: text[f.start : f.end] for f in MRZ.find(text)}
    assert found["NL_ID_DOCUMENT"] == "D23145890"
    assert found["DATE_OF_BIRTH"] == "740812"


def test_td3_as_escaped_json_string() -> None:
    text = '{"id": 7, "mrz": "' + ICAO_TD3[0] + "\\n" + ICAO_TD3[1] + '"}'
    assert zones(MRZ, text) == [(*span(text, ICAO_TD3[0], ICAO_TD3[1]), 1.0)]


def test_mismatched_quotes_do_not_join_lines() -> None:
    # a double quote closing one item and a single quote opening the next is no list of lines
    text = "'" + ICAO_TD3[0] + "\", '" + ICAO_TD3[1] + "'"
    assert zones(MRZ, text) == []


@pytest.mark.parametrize(
    ("line", "misread"),
    [
        (1, ICAO_TD1[1].replace("7408122", "74O8122")),  # O for 0 in the birth date
        (1, ICAO_TD1[1].replace("1204159", "l204l59")),  # lower-case l for 1 in the expiry date
        (1, ICAO_TD1[1].replace("F1204159", "FI2O4159")),  # I for 1 and O for 0
    ],
)
def test_letters_read_for_digits_in_date_fields(line: int, misread: str) -> None:
    lines = list(ICAO_TD1)
    lines[line] = misread
    text = "Scan:\n" + "\n".join(lines) + "\nEinde"
    # the check digits hold once the confusion is undone: all of them
    assert zones(MRZ, text) == [(*span(text, lines[0], lines[2]), 1.0)]
    found = {f.entity_type: text[f.start : f.end] for f in MRZ.find(text)}
    assert found["DATE_OF_BIRTH"] == lines[1][0:6]  # the written characters, O and all


def test_letters_outside_digit_fields_stay_letters() -> None:
    # an O in the name is a name's O; an O where the nationality is stays a letter (no zone gains digits)
    lines = [ICAO_TD1[0], ICAO_TD1[1].replace("UTO", "UT0"), ICAO_TD1[2]]
    assert zones(MRZ, "\n".join(lines)) == []


def test_trailing_fillers_read_as_k_in_a_passport_name_line() -> None:
    line1 = ICAO_TD3[0].replace("ERIKSSON<<ANNA<MARIA<<<", "ERIKSSONKKANNAKMARIAKKK").replace("<<<<", "KKKK")
    assert "<" not in line1[5:]
    text = line1 + "\n" + ICAO_TD3[1]
    assert zones(MRZ, text) == [(0, len(text), 1.0)]


def broken_td3(birth: str = "7408122", document: str = "L898902C36") -> str:
    """The TD3 example with fields changed but check digits left as they were: two or more failing."""
    return ICAO_TD3[0] + "\n" + ICAO_TD3[1].replace("7408122", birth).replace("L898902C36", document)


def test_zone_with_two_broken_check_digits_is_a_shape_only_zone() -> None:
    text = "Kopie paspoort:\n" + broken_td3(birth="7408132", document="L898902C37") + "\n"
    assert zones(MRZ, text) == []  # the recogniser that reads values stays strict (ID-copy path)
    expected = span(text, ICAO_TD3[0], ICAO_TD3[1][-10:])
    assert [(f.start, f.end, f.score, f.entity_type) for f in SHAPE.find(text)] == [(*expected, 0.6, "MRZ")]


def test_shape_only_td1_in_a_json_string() -> None:
    line2 = ICAO_TD1[1].replace("7408122", "7408192").replace("F1204159", "F1204169")
    text = '{"mrz": "' + "\\n".join([ICAO_TD1[0], line2, ICAO_TD1[2]]) + '"}'
    assert zones(MRZ, text) == []
    assert zones(SHAPE, text) == [(*span(text, ICAO_TD1[0], ICAO_TD1[2]), 0.6)]


def test_shape_recognizer_leaves_valid_zones_to_the_value_recognizer() -> None:
    assert zones(SHAPE, "\n".join(ICAO_TD3)) == []
    one_error = ICAO_TD3[0] + "\n" + ICAO_TD3[1].replace("7408122", "7408123")
    assert zones(SHAPE, one_error) == []
    assert zones(MRZ, one_error) == [(0, len(one_error), 0.75)]


def test_shape_only_needs_calendar_dates() -> None:
    # month 13 in the birth date: not a document's zone, whatever its shape
    assert zones(SHAPE, broken_td3(birth="7413122", document="L898902C37")) == []


def test_shape_only_needs_every_line_shape() -> None:
    text = broken_td3(birth="7408132", document="L898902C37")
    assert zones(SHAPE, text.replace("P<UTO", "P<UT0")) == []  # a digit in the issuing state
    assert zones(SHAPE, text.replace("<<<<<10", "<<<<<1X")) == []  # a letter as the composite check digit
    assert zones(SHAPE, text.split("\n")[1]) == []  # one line is no zone


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_random_lines_of_mrz_width_are_no_shape_only_zone(data: st.DataObject) -> None:
    width, count = data.draw(st.sampled_from([(30, 3), (36, 2), (44, 2)]))
    alphabet = string.ascii_uppercase + string.digits + "<"
    lines = [data.draw(st.text(alphabet, min_size=width, max_size=width)) for _ in range(count)]
    assert SHAPE.find("\n".join(lines)) == []


def test_prose_with_fillers_is_no_shape_only_zone() -> None:
    text = (
        "2026-03-01 10:00:00,123 ERROR <<< RETRY QUEUE FULL >>> JOB 4711 ABORTED <<<<<<<<<<<<<<<<<<\n"
        "IDNLD<<<<<<<<<<<<<<<<<<<<<<<<<\n"
        "A<B<C<D<E<F<G<H<I<J<K<L<M<N<O<\n"
        "01234567890123456789012345678<\n"
    )
    assert SHAPE.find(text) == []


# An identity card zone whose document number's check digit is 0 (generated and checked by the independent ``mrz``
# package), and the passport example, whose document check digit 6 OCR reads as G.
SPECIMEN_TD1 = [
    "I<NLDSPECI20120<<<<<<<<<<<<<<<",
    "6503101F2403096NLD<<<<<<<<<<<2",
    "DE<BRUIJN<<WILLEKE<LISELOTTE<<",
]


def test_letter_read_for_the_document_check_digit() -> None:
    assert bool(TD1CodeChecker("\n".join(SPECIMEN_TD1)))
    lines = [SPECIMEN_TD1[0].replace("SPECI20120", "SPECI2012O"), *SPECIMEN_TD1[1:]]
    text = "Scan:\n" + "\n".join(lines) + "\n"
    assert zones(MRZ, text) == [(*span(text, lines[0], lines[2]), 1.0)]
    found = {f.entity_type: text[f.start : f.end] for f in MRZ.find(text)}
    assert found["NL_ID_DOCUMENT"] == "SPECI2012"
    td3 = [ICAO_TD3[0], ICAO_TD3[1].replace("L898902C36", "L898902C3G")]
    assert zones(MRZ, "\n".join(td3)) == [(0, len("\n".join(td3)), 1.0)]


def test_wrong_letter_as_the_document_check_digit_is_no_valid_zone() -> None:
    # X is no OCR reading of a digit: the check digit stays broken, and with one broken check the score says so
    lines = [SPECIMEN_TD1[0].replace("SPECI20120", "SPECI2012X"), *SPECIMEN_TD1[1:]]
    assert [score for _, _, score in zones(MRZ, "\n".join(lines))] in ([], [0.75])
    # a check digit that OCR read as a letter for another digit (B for 8) fails the check: not all valid
    lines = [SPECIMEN_TD1[0].replace("SPECI20120", "SPECI2012B"), *SPECIMEN_TD1[1:]]
    assert all(score < 1.0 for _, _, score in zones(MRZ, "\n".join(lines)))
