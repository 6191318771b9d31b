"""OCR's S, B, Z or G for a digit of an IBAN's check digits ("NLZ0 INGB ..."), and an IMEI printed in groups whose
last digit OCR read as a letter after its dash ("35-209900-176148-l"): read back, the checksum decides (issue 12,
sixty-first session: a probe of OCR-damaged checksum values in short scanned lines found these two writings missed;
every other one of 192 was found). The numbers are made up; their check digits hold.
"""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import found


@pytest.mark.parametrize(
    "text, value",
    [
        ("IBAN: NLZ0 INGB 0001 2345 67", "NLZ0 INGB 0001 2345 67"),  # NL20INGB0001234567
        ("Rekeningnr.: NL2O INGB 000l 2345 67", "NL2O INGB 000l 2345 67"),
        ("iban: DEB9 3704 0044 0S32 0130 00", "DEB9 3704 0044 0S32 0130 00"),  # DE89370400440532013000
        ("scan pagina 2\nIBAN NLS1 RABO 0123 4567 89\nhandtekening", None),  # (NL51: fails mod-97, see below)
        ("IBAN FRl4 2004 1010 0505 0001 3M02 606", "FRl4 2004 1010 0505 0001 3M02 606"),
        ("Rekening: NLG5 ABNA 0417 1643 00", None),  # NL65 fails mod-97: nothing
    ],
)
def test_an_iban_whose_check_digits_ocr_misread(text: str, value: str | None) -> None:
    assert found(text, "IBAN_CODE") == ([value] if value else [])


def test_an_imei_whose_last_digit_after_a_dash_ocr_read_as_a_letter() -> None:
    assert found("IMEI 35-209900-176148-l", "IMEI") == ["35-209900-176148-l"]  # 352099001761481
    assert found("imei: 35-209900-176148-O", "IMEI") == []  # 352099001761480 fails Luhn
