"""An IBAN glued to the field before it in a fixed-width record (a salary run's or bank's batch file)."""

from __future__ import annotations

from afscherm.detectors.iban import IbanCodeRecognizer

NL_IBAN = "NL93RABO0312457788"  # synthetic, mod-97 valid
DE_IBAN = "DE44500105175407324931"  # synthetic, mod-97 valid


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in IbanCodeRecognizer().find(text) if f.entity_type == "IBAN_CODE"]


def test_iban_after_a_compact_date_field() -> None:
    text = f"02000311118222333  JANSEN               P.       19850704{NL_IBAN}  000123400  ZWOLLE\n"
    assert _found(text) == [NL_IBAN]


def test_foreign_iban_after_digits_then_a_letter_field() -> None:
    text = f"REC0007{DE_IBAN}MUELLER"
    assert _found(text) == [DE_IBAN]


def test_failing_mod97_left_alone() -> None:
    broken = NL_IBAN[:-1] + "9"
    assert _found(f"19850704{broken}  000123400") == []


def test_running_on_in_digits_left_alone() -> None:
    # the country's length reached but more digits follow: a longer code, not an IBAN
    assert _found(f"19850704{NL_IBAN}7  000123400") == []


def test_an_order_code_after_digits_left_alone() -> None:
    assert _found("20261202NL00ORDER4471  verzonden") == []
