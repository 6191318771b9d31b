"""A compact birth date in the rows of a fixed-width file that also hold a BSN column."""

from __future__ import annotations

from afscherm.detectors.date_of_birth import DateOfBirthRecognizer

BSNS = ("705302696", "427432613", "409675623")  # synthetic, each passes the 11-proef
BORN = ("19660214", "19790930", "19911105")
IBANS = ("NL93RABO0312457788", "NL45INGB0006728391", "DE44500105175407324931")  # synthetic, mod-97 valid


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in DateOfBirthRecognizer().find(text) if f.entity_type == "DATE_OF_BIRTH"]


def _file(bsns: tuple[str, ...], dates: tuple[str, ...]) -> str:
    rows = [
        f"02{310 + i:06d}{bsn}  {'JANSEN':<12} {born}{iban:<24} 20240101"
        for i, (bsn, born, iban) in enumerate(zip(bsns, dates, IBANS, strict=True))
    ]
    return "01BATCH 2026-11\n" + "\n".join(rows) + "\n"


def test_the_first_old_compact_date_after_the_bsn_is_the_birth_date() -> None:
    assert _found(_file(BSNS, BORN)) == list(BORN)


def test_without_a_bsn_column_left_alone() -> None:
    bsns = (*BSNS[:2], "705302697")  # one row fails the 11-proef: no BSN column
    assert _found(_file(bsns, BORN)) == []


def test_recent_dates_left_alone() -> None:
    assert _found(_file(BSNS, ("20250301", "20250302", "20250303"))) == []
