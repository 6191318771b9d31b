"""Issue 12, OCR: a bank statement's booking line (date, booking kind, IBAN, name, amount) parted by spaces, not a
table: the counterparty's name beside the found IBAN - after it (``HOEKSEMA GERRIT``, ``Lindqvist Maja``) or before
it back to the booking kind (``BAKKER-DE WIT M``) - is a person's name; an organisation's name there (a legal form,
a business word), a line with no date opening it or no amount closing it, and words after a wider gap (the
booking's description) are left alone. Cases written here (fictitious people; IBANs synthetic with valid check
digits)."""

from __future__ import annotations

from stdnum import iban

from afscherm.detectors.analyzer import analyze_text
from afscherm.detectors.findings import Finding
from afscherm.detectors.statement_lines import statement_line_names

DE_IBAN = "DE02 1203 0000 0000 2020 51"
NL_IBAN = "NL91ABNA0417164300"


def _iban_findings(text: str) -> list[Finding]:
    findings = []
    for value in (DE_IBAN, NL_IBAN):
        at = text.find(value)
        if at >= 0:
            findings.append(Finding(at, at + len(value), "IBAN_CODE", 1.0, "test"))
    return findings


def added_names(text: str) -> list[str]:
    """The names the statement-line step adds to the line's IBAN findings."""
    ibans = _iban_findings(text)
    return [text[f.start : f.end] for f in statement_line_names(text, None, ibans)[len(ibans) :]]


def test_the_written_ibans_are_valid() -> None:
    assert iban.is_valid(DE_IBAN) and iban.is_valid(NL_IBAN)


def test_the_name_after_the_iban_in_capitals_surname_first() -> None:
    assert added_names(f"14-02 Overboeking naar {DE_IBAN} HOEKSEMA GERRIT 125,00") == ["HOEKSEMA GERRIT"]


def test_the_name_after_the_iban_up_to_the_wider_gap_before_the_description() -> None:
    line = f"21-03  Bijschrijving  {DE_IBAN}  Lindqvist Maja  terugbetaling etentje  +42,50"
    assert added_names(line) == ["Lindqvist Maja"]


def test_the_name_before_the_iban_back_to_the_booking_kind() -> None:
    assert added_names(f"02-04  Bijschrijving  BAKKER-DE WIT M  {NL_IBAN}  80,00") == ["BAKKER-DE WIT M"]


def test_an_organisation_beside_the_iban_is_left_alone() -> None:
    assert added_names(f"27-11  Incasso  {NL_IBAN}  Waterbedrijf Oost NV  -31,50") == []
    assert added_names(f"27-11  Incasso  {NL_IBAN}  Bakkerij Hoeksema  -8,40") == []


def test_a_bookings_description_or_a_payment_service_beside_the_iban_is_left_alone() -> None:
    assert added_names(f"01-12   Huur                  {NL_IBAN}    -725,00") == []
    assert added_names(f"05-12  Tikkie Sanne Wolters {NL_IBAN}  -9,50") == ["Sanne Wolters"]


def test_a_line_without_a_booking_date_or_an_amount_is_left_alone() -> None:
    assert added_names(f"Tegenrekening {DE_IBAN} HOEKSEMA GERRIT") == []
    assert added_names(f"zie {DE_IBAN} HOEKSEMA GERRIT 125,00") == []
    assert added_names(f"14-02 Overboeking naar {DE_IBAN} HOEKSEMA GERRIT") == []


def test_the_whole_analyzer_reports_the_counterparty() -> None:
    text = (
        "Rekeningafschrift februari\n"
        f"14-02 Overboeking naar {DE_IBAN} HOEKSEMA GERRIT 125,00\n"
        "15-02 Betaalpas Bakkerij Hoeksema 8,40"
    )
    found = [(f.entity_type, text[f.start : f.end]) for f in analyze_text(text)]
    assert ("PERSON", "HOEKSEMA GERRIT") in found
    assert ("IBAN_CODE", DE_IBAN) in found
