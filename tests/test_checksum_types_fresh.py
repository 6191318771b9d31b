"""Issue 12, checksum types on fresh machine output and speech (tuning_14): IMEIs as URL path segments and with an
IMEISV's version after them, IMEISV and MEID under their column or key; IBANs whose spaces OCR moved or whose check
digits it misread; IP addresses after ``client:`` and ``host/``, in cloud host names, in proxy chains, read out in
call transcripts; dates of birth in chats (a birthday with its year, a child's recent date); document numbers under
``pasnr`` and German labels."""

from __future__ import annotations

from typing import Any

import pytest

from afscherm.detectors import ip_address
from afscherm.detectors.date_of_birth import DateOfBirthRecognizer
from afscherm.detectors.field_context import FieldValueRecognizer, field_kind
from afscherm.detectors.iban import IbanCodeRecognizer
from afscherm.detectors.id_document import IdDocumentRecognizer
from afscherm.detectors.imei import ImeiRecognizer
from afscherm.detectors.ip_address import IpAddressRecognizer, spoken_octet
from afscherm.detectors.spoken_numbers import SpokenNumberRecognizer

# Written out (Luhn-valid IMEIs, mod-97-valid IBANs, checked with python-stdnum when the set was made) so that no
# expectation is computed by the code under test.
IMEI = "352317137557155"
IMEI_LUHN_FAIL = "352317137557156"
IBAN = "NL25INGB0232318547"


def spans(findings: list[Any], text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in findings if f.entity_type == entity]


# --- IMEI -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [f"GET /api/devices/12/{IMEI}/lock HTTP/1.1", f"device {IMEI}-01 checkin ok", f'{{"imei": {IMEI}.0}}'],
)
def test_imei_as_a_path_segment_and_before_its_software_version(text: str) -> None:
    assert spans(ImeiRecognizer().find(text), text, "IMEI") == [IMEI]


@pytest.mark.parametrize(
    "text",
    [
        f"GET /api/devices/12/{IMEI_LUHN_FAIL}/lock",  # fails Luhn
        f"ratio 1.{IMEI}",  # a decimal's digits
        f"ref 12-{IMEI}",  # part of a dashed number
        f"{IMEI}-123",  # more digits than a software version
        f"x {IMEI}.05",  # a decimal part, not a float's .0
    ],
)
def test_fifteen_digits_that_are_no_imei_stay_unreported(text: str) -> None:
    assert spans(ImeiRecognizer().find(text), text, "IMEI") == []


def test_imeisv_and_meid_under_their_column_far_from_the_header() -> None:
    text = (
        "id,naam,email,telefoon,woonplaats,abonnement,startdatum,toestel_imeisv,meid\n"
        "17,Eva,eva@example.nl,0612345678,Zwolle,Sim Only 10GB,2024-02-01,3526900325901103,35231713755715\n"
    )
    assert spans(FieldValueRecognizer().find(text), text, "IMEI") == ["3526900325901103", "35231713755715"]


def test_imei_field_names_start_with_imei_and_not_inside_other_words() -> None:
    assert [field_kind(n) for n in ("imei_2", "deviceImei", "MEID", "toestel_imeisv")] == ["IMEI"] * 4
    assert [field_kind(n) for n in ("timeid", "datetimeindex", "runtimeId")] == [None, None, None]


def test_a_sixteen_digit_value_under_another_key_is_no_imei() -> None:
    text = "order_ref: 3526900325901103"
    assert spans(FieldValueRecognizer().find(text), text, "IMEI") == []


# --- IBAN -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "NL2 5INGB 023 2318 547",  # OCR's spaces where the characters' boxes part
        "NL2O SNSB 4587 6221 7O",  # O for 0, in the check digits too (NL20SNSB4587622170)
        "NL25 INGB O232 3l85 47",  # O for 0, l for 1
        "NL25  INGB  0232  3185  47",  # doubled spaces
        "NLO2 ABNA 0123 4567 89",  # the first check digit read as O (NL02ABNA0123456789)
    ],
)
def test_iban_with_spaces_anywhere_and_ocr_letters_in_its_check_digits(written: str) -> None:
    text = f"Tegenrekening {written} EUR 12,50"
    assert spans(IbanCodeRecognizer().find(text), text, "IBAN_CODE") == [written]


@pytest.mark.parametrize(
    "text",
    [
        "Tegenrekening NL2 5INGB 023 2318 548",  # mod-97 fails
        "Adres NL 1012 AB Amsterdam 1234567890",  # a postcode line: no bank code where the format has one
        "NL2 5INGB 023 2318 5478",  # the count ends inside a number
    ],
)
def test_spaced_candidates_that_fail_the_format_or_mod97_stay_unreported(text: str) -> None:
    assert spans(IbanCodeRecognizer().find(text), text, "IBAN_CODE") == []


# --- IP addresses -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("client:10.20.30.40 connected", ["10.20.30.40"]),
        ("proxy host/84.241.12.9 upstream timeout", ["84.241.12.9"]),
        ("ip-10-12-0-44.eu-west-1.compute.internal sshd[812]", ["10-12-0-44"]),
        ("time 12:1.2.3.4", []),  # a digit before the colon: no key
        ("ip-10-12-0-444.internal", []),  # no address
    ],
)
def test_ipv4_after_a_key_colon_a_slash_and_in_cloud_host_names(text: str, expected: list[str]) -> None:
    assert spans(IpAddressRecognizer().find(text), text, "IP_ADDRESS") == expected


def test_a_proxy_chain_is_no_number_read_out() -> None:
    text = "X-Forwarded-For: 84.241.12.7, 172.16.4.9, 10.0.0.1"
    assert SpokenNumberRecognizer().find(text) == []
    assert spans(IpAddressRecognizer().find(text), text, "IP_ADDRESS") == ["84.241.12.7", "172.16.4.9", "10.0.0.1"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Klant: mijn ip is tien punt nul punt twaalf punt vierendertig.",
            "tien punt nul punt twaalf punt vierendertig",
        ),
        ("Beller: eh 192 punt 168 punt 1 punt 20 volgens de router", "192 punt 168 punt 1 punt 20"),
        ("Caller: it is tien dot nul dot nul dot een", "tien dot nul dot nul dot een"),
        (
            "Klant: een negen twee punt een zes acht punt nul punt vijf",
            "een negen twee punt een zes acht punt nul punt vijf",
        ),
        (
            "Klant: honderd tweeënnegentig punt honderd achtenzestig punt een punt tien",
            "honderd tweeënnegentig punt honderd achtenzestig punt een punt tien",
        ),
    ],
)
def test_ip_address_read_out_in_a_transcript(text: str, expected: str) -> None:
    assert spans(IpAddressRecognizer().find(text), text, "IP_ADDRESS") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "versie tien punt twee punt drie punt vier",  # a version
        "zes punt vijf punt drie punt twee punt een",  # five numbers: no address
        "drie honderd punt een punt twee punt drie",  # 300 is no part of an address
        "een twee drie vier punt vijf zes punt zeven acht twee",  # a BSN read out with dots: three groups
    ],
)
def test_dotted_numbers_read_out_that_are_no_address(text: str) -> None:
    assert spans(IpAddressRecognizer().find(text), text, "IP_ADDRESS") == []


def test_spoken_octets() -> None:
    assert [
        spoken_octet(w) for w in ("vierendertig", "een zes acht", "honderdvijfenveertig", "twee vijfenvijftig")
    ] == [
        34,
        168,
        145,
        255,
    ]
    assert [spoken_octet(w) for w in ("zes vijf zes", "tafel", "nul nul")] == [None, None, None]


def test_spoken_address_rule_is_skipped_without_punt(monkeypatch: pytest.MonkeyPatch) -> None:
    class Forbidden:
        def __getattr__(self, name: str) -> Any:  # noqa: ANN401
            raise AssertionError("the spoken-address pattern ran on a text without 'punt'")

    monkeypatch.setattr(ip_address, "_SPOKEN_IP", Forbidden())
    assert IpAddressRecognizer().find("tien nul twaalf vierendertig") == []


# --- dates of birth in chats ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sanne: ben jarig op 14 maart, geboren in 81", ["14 maart", "81"]),
        ("kim: jarig op 3 februari en van 1990, dus 35 geworden", ["3 februari", "1990"]),
        ("bram: mn dochter is van 3 juni 2015", ["3 juni 2015"]),
        ("mn verjaardag is 14/3 en ik ben van 81", ["14/3", "81"]),
        ("lotte: mijn zoontje is van 12-05-2019 hoor", ["12-05-2019"]),
    ],
)
def test_birth_dates_in_chats(text: str, expected: list[str]) -> None:
    assert spans(DateOfBirthRecognizer().find(text), text, "DATE_OF_BIRTH") == expected


@pytest.mark.parametrize(
    "text",
    [
        "bram: mijn zoon is van 3 juni 2025 tot 10 juni op kamp",  # a period
        "eva: afspraak op 12-05-2025 om 10 uur, deadline 01-06-2025",
    ],
)
def test_periods_and_appointments_are_no_birth_dates(text: str) -> None:
    assert spans(DateOfBirthRecognizer().find(text), text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a birthday without its year is a part of a birth date (the gold convention since the eighteenth session);
        # what follows is no year of it
        ("pieter: mijn verjaardag is 14 maart, kom je?", ["14 maart"]),
        ("henk: ik ben jarig op 9 juli\nklant: van 1990 tot nu klant", ["9 juli"]),  # the year on another line
        ("kim: jarig op 3 februari, van 12 euro cadeau", ["3 februari"]),
        ("verjaardag 14/3 om 12.30 taart", ["14/3"]),  # a time
    ],
)
def test_birthdays_without_a_year_are_their_day_and_month(text: str, expected: list[str]) -> None:
    assert spans(DateOfBirthRecognizer().find(text), text, "DATE_OF_BIRTH") == expected


# --- document numbers -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("joost: pasnr NXC4RK8J2", ["NXC4RK8J2"]),
        ("Reisepassnummer: BH4P9K2D7", ["BH4P9K2D7"]),
        ("joost: pasnr 12345", []),
    ],
)
def test_document_number_after_pasnr_and_a_german_passport_label(text: str, expected: list[str]) -> None:
    assert spans(IdDocumentRecognizer().find(text), text, "NL_ID_DOCUMENT") == expected


def test_document_number_in_a_document_id_column() -> None:
    text = "document_type,document_id,expiry\nID,PP7R3C1T5,2030-01-01\nP,ABC123,2031-01-01"
    assert spans(FieldValueRecognizer().find(text), text, "NL_ID_DOCUMENT") == ["PP7R3C1T5"]
