"""OCR's letters for digits in an IBAN that is glued to the next field ("... 18t.n.v."), or whose second check digit
OCR read as a letter ("NL9O-RABO-..."): read back where the registry's format holds a digit, mod-97 decides
(detectors/iban.py, issue 12, fifty-first session). The account numbers are made up; their check digits hold.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def ibans(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "IBAN_CODE"]


def test_an_ocr_iban_glued_to_the_next_field() -> None:
    # NL63TRIO0320745118 with OCR's O for 0 and l for 1, the addressee's field glued on
    text = "Netto € 1.9O4,12\nUitbetaald op rekening: NL63 TRIO O32O 745l 18t.n.v. R. KOOLHAAS"
    assert ibans(text) == ["NL63 TRIO O32O 745l 18"]
    text = "Rekeningnurnrner NL53 KNAB O6O2 7l83 45BIC KNABNL2H"
    assert ibans(text) == ["NL53 KNAB O6O2 7l83 45"]


def test_a_second_check_digit_read_as_a_letter_with_dashes() -> None:
    # NL90RABO0594461092 and NL11RABO0492589913
    assert ibans("Uitbetaald op rekening NL9O-RABO-O594-46l0-92") == ["NL9O-RABO-O594-46l0-92"]
    assert ibans("Rekening: NL1l RABO-O492 5899 13") == ["NL1l RABO-O492 5899 13"]


def test_a_glued_or_misread_number_that_fails_mod_97_is_no_iban() -> None:
    assert ibans("Uitbetaald op rekening: NL63 TRIO O32O 745l 19t.n.v. R. KOOLHAAS") == []
    assert ibans("Uitbetaald op rekening NL9O-RABO-O594-46l0-93") == []
