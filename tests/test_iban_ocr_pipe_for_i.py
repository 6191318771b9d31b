"""Issue 12, OCR-noisy number writings: OCR reads the I of a bank code, or a 1, as a pipe (``NL20 |NGB``, ``TR|O``,
``02|2``). The IBAN is found whole; a pipe that is a table's border beside an IBAN stays outside it, and a pipe-written
number that fails mod-97 is no IBAN. A checksum type: nothing found before stays unfound."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


@pytest.mark.parametrize(
    "iban",
    [
        "NL20 |NGB 0001 2345 67",  # NL20INGB0001234567
        "NL20|NGB0001234567",
        "NL63 TR|O 02|2 3456 78",  # NL63TRIO0212345678: a 1 read as a pipe too
    ],
)
def test_an_iban_whose_i_ocr_read_as_a_pipe_is_found_whole(iban: str) -> None:
    text = f"Factuur 2026-118\nBetaling graag op IBAN: {iban}\nt.n.v. Stichting Wadloop"
    found = [f for f in analyze([text])[0] if f.entity_type == "IBAN_CODE"]
    assert [text[f.start : f.end] for f in found] == [iban]


def test_a_table_border_glued_to_an_iban_is_not_part_of_it() -> None:
    text = "klant|iban|plaats\n4471|NL20INGB0001234567|Dokkum\n4472|NL63 TRIO 0212 3456 78|Sneek"
    found = [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "IBAN_CODE"]
    assert found == ["NL20INGB0001234567", "NL63 TRIO 0212 3456 78"]


def test_a_pipe_written_number_that_fails_the_check_is_no_iban() -> None:
    text = "IBAN: NL20 |NGB 0001 2345 68"
    assert not any(f.entity_type == "IBAN_CODE" for f in analyze([text])[0])
