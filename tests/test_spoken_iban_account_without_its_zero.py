"""Issue 12, number writings: a Dutch IBAN read out with its account number in hundreds or pairs drops the account's
leading zero ('ABNA vierhonderdzeventien ...' for 0417...): nine digits said after the bank's code are the ten the
IBAN holds. A checksum type: the whole value is found, never a BSN inside it."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


@pytest.mark.parametrize(
    "said",
    [
        "N L eenennegentig ABNA vierhonderdzeventien zestien drieënveertig nul nul",
        "NL eenennegentig A B N A vierhonderdzeventien, zestien, drieënveertig, nul nul",
    ],
)
def test_a_dutch_iban_said_without_its_account_s_zero_is_an_iban(said: str) -> None:
    text = f"Beller: ja, het rekeningnummer is {said}, op naam van mijn man."
    found = analyze([text])[0]
    assert [f.entity_type for f in found] == ["IBAN_CODE"]
    assert text[found[0].start : found[0].end] == said


def test_nine_digits_after_a_bank_code_that_fail_the_check_are_no_iban() -> None:
    # The same words with the last pair changed: no valid IBAN with or without the zero.
    text = "Beller: het nummer is N L eenennegentig ABNA vierhonderdzeventien zestien drieënveertig nul een."
    assert not any(f.entity_type == "IBAN_CODE" for f in analyze([text])[0])
