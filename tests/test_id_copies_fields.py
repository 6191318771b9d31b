"""Text fields of residence permits (issue 13): V-numbers and document numbers by label in four languages and from
the MRZ (any TD1 document code), numbers printed in groups found from the MRZ's value, and five digits in a row boxed
as verification would refuse them; the page turn of a card without an MRZ read from its lines of print."""

from __future__ import annotations

import os

import cv2
import numpy as np
import pytest

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from afscherm.detectors.analyzer import default_analyzer  # noqa: E402
from afscherm.detectors.id_document import field_label  # noqa: E402
from afscherm.detectors.mrz import compose_td1  # noqa: E402
from afscherm.detectors.mrz_fields import line_values  # noqa: E402
from afscherm.redactors.id_copies import IdCopyPolicy, redact_id_copy  # noqa: E402
from afscherm.redactors.id_copies.fields import Values, body_regions, near_spans  # noqa: E402
from afscherm.redactors.id_copies.ocr import Word  # noqa: E402
from afscherm.redactors.id_copies.orient import page_turn, text_axis  # noqa: E402
from synthetic.id_images import coverage, decode_pages  # noqa: E402
from synthetic.id_variants_fields import generate_field_variant  # noqa: E402


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


@pytest.mark.parametrize("code", ["IR", "RP", "I<", "ID"])
def test_a_td1_first_line_of_any_document_code_gives_its_number_and_v_number(code: str) -> None:
    lines = compose_td1(code, "NLD", "XR4K27P95", "900101", "F", "300101", "MAR", "EL AMRANI", "FATIMA", "1234567890")
    numbers, personal = line_values(lines[0])
    assert "XR4K27P95" in numbers
    assert "1234567890" in personal
    # The name line is no first line: nothing read from it is searched for (it would refuse every visible name).
    assert line_values(lines[2]) == (set(), set())


@pytest.mark.parametrize(
    ("word", "entity"),
    [
        ("V-nummer", "NL_BSN"),
        ("V-nurnmer", "NL_BSN"),
        ("Vreemdelingennummer", "NL_BSN"),
        ("Ausländernummer", "NL_BSN"),
        ("d'étranger", "NL_BSN"),
        ("Dokumentennummer", "NL_ID_DOCUMENT"),
        ("Docurnentnummer", "NL_ID_DOCUMENT"),
        ("Geboortedatum", None),
        ("Voornamen", None),
    ],
)
def test_number_labels_of_residence_permits_in_four_languages(word: str, entity: str | None) -> None:
    assert field_label(word) == entity


def test_near_spans_finds_a_value_with_a_misread_character_and_nothing_else() -> None:
    assert near_spans("ABC0O16732S51", "0016732551", 2) == [(3, 13)]
    assert near_spans("ABC9988776655", "0016732551", 2) == []


def _word(text: str, x0: float) -> Word:
    return Word(text, 90.0, x0, 100.0, x0 + 14.0 * len(text), 122.0)


def test_a_v_number_printed_in_groups_is_boxed_from_its_mrz_value(analyzer) -> None:  # noqa: ANN001
    # "Remarks 0016 732 551": no label, no word of a number's shape; only the MRZ says it is the V-number.
    words = [_word("Opmerkingen", 20.0), _word("0016", 400.0), _word("732", 470.0), _word("551", 520.0)]
    values = Values(bsns={"0016732551"})
    regions = body_regions(words, analyzer, values, {"bsn", "document_number"}, 0.25)
    boxes = [r.bbox() for r in regions if r.type == "bsn" and r.source == "mrz_value"]
    assert boxes, "the grouped V-number got no box"
    assert min(b[0] for b in boxes) <= 400.0 and max(b[2] for b in boxes) >= 520.0 + 14 * 3
    # Without the MRZ's value the same groups are no number to box by value.
    plain = body_regions(words, analyzer, Values(), {"bsn", "document_number"}, 0.25)
    assert not [r for r in plain if r.source == "mrz_value"]


def _released_and_covered(
    data: bytes,
    truth: dict,
    analyzer,  # noqa: ANN001
    types: tuple[str, ...],
    policy: IdCopyPolicy | None = None,
) -> dict[str, list[float]]:
    result = redact_id_copy(data, policy or IdCopyPolicy(), analyzer)
    assert result.released, result.reasons
    page = decode_pages(result.data)[0]
    return {t: coverage(page, truth["pages"][0], t) for t in types}


def test_a_residence_permit_back_is_released_with_v_number_number_and_mrz_covered(analyzer) -> None:  # noqa: ANN001
    _, data, truth = generate_field_variant(1, 5, kind="rp_back")
    covered = _released_and_covered(data, truth, analyzer, ("mrz", "personal_number"))
    assert covered["mrz"] and covered["personal_number"]
    assert all(c >= 0.95 for v in covered.values() for c in v), covered


def test_two_groups_of_a_spaced_bsn_are_boxed_as_verification_would_refuse_them(analyzer) -> None:  # noqa: ANN001
    # OCR read "581 054" of "581 054 805" and lost its label "4d.": no BSN shape, but five digits in a row are more
    # than any date or code on a card prints, and verification refuses a copy showing them.
    words = [_word("581", 300.0), _word("054", 360.0)]
    regions = body_regions(words, analyzer, Values(), {"bsn", "document_number"}, 0.25)
    boxes = [r.bbox() for r in regions if r.type == "bsn"]
    assert boxes and min(b[0] for b in boxes) <= 300.0 and max(b[2] for b in boxes) >= 360.0 + 14 * 3
    # A date with a month name, and a day and year whose month OCR lost, stay readable: no number to black out.
    dates = [_word("12", 300.0), _word("JAN", 340.0), _word("2029", 400.0)]
    assert not [r for r in body_regions(dates, analyzer, Values(), {"bsn"}, 0.25) if r.type == "bsn"]
    day_year = [_word("2", 300.0), _word("2029", 330.0)]
    assert not [r for r in body_regions(day_year, analyzer, Values(), {"bsn"}, 0.25) if r.type == "bsn"]


def test_lines_of_print_tell_across_from_along() -> None:
    _, data, truth = generate_field_variant(0, 5, kind="rp_front", width=1000)
    gray = cv2.cvtColor(decode_pages(data)[0], cv2.COLOR_RGB2GRAY)
    assert truth["holders"][0]["quarter_turns"] == 0
    assert text_axis(gray) == "across"
    assert text_axis(np.ascontiguousarray(np.rot90(gray))) == "along"
    assert text_axis(np.full((600, 900), 230, np.uint8)) is None  # blank paper: no lines, no answer


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_driving_licence_without_mrz_is_turned_upright(turn: int) -> None:
    _, data, truth = generate_field_variant(1, 5, kind="dl", width=1000)
    assert truth["holders"][0]["quarter_turns"] == 0
    gray = cv2.cvtColor(decode_pages(data)[0], cv2.COLOR_RGB2GRAY)
    turned = np.ascontiguousarray(np.rot90(gray, -turn // 90))  # content turned clockwise by ``turn``
    assert page_turn(turned) == (turn, "reading")


def test_a_driving_licence_is_released_with_its_bsn_and_number_covered(analyzer) -> None:  # noqa: ANN001
    # This tuning licence prints no ghost portrait: released only where the policy says such documents are expected.
    _, data, truth = generate_field_variant(2, 5, kind="dl")
    assert "ghost_photo" not in {r["type"] for r in truth["pages"][0]["regions"]}
    covered = _released_and_covered(
        data, truth, analyzer, ("bsn", "document_number"), IdCopyPolicy(require_ghost=False)
    )
    assert covered["bsn"] and covered["document_number"]
    assert all(c >= 0.95 for v in covered.values() for c in v), covered
