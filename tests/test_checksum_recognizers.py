"""BSN, IBAN, IMEI and card numbers: every valid value in every writing is found, corruptions never.

python-stdnum is the independent oracle for validity; the writings are written out here by hand.
"""

from __future__ import annotations

import string

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban
from stdnum import luhn
from stdnum.nl import bsn as stdnum_bsn

from afscherm.detectors.bsn import BsnRecognizer
from afscherm.detectors.credit_card import CardNumberRecognizer
from afscherm.detectors.iban import IbanCodeRecognizer
from afscherm.detectors.imei import ImeiRecognizer

BSN = BsnRecognizer()
IBAN = IbanCodeRecognizer()
IMEI = ImeiRecognizer()
CARD = CardNumberRecognizer()


def spans(recognizer, text: str, entity: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in recognizer.find(text) if f.entity_type == entity]


@st.composite
def valid_bsns(draw: st.DrawFn) -> str:
    body = draw(st.text(string.digits, min_size=8, max_size=8))
    valid = [body + d for d in string.digits if stdnum_bsn.is_valid(body + d)]
    return draw(st.sampled_from(valid)) if valid else draw(valid_bsns())


def bsn_writings(bsn: str) -> list[str]:
    return [
        bsn,
        f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}",
        f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
        f"{bsn[:3]}-{bsn[3:6]}-{bsn[6:]}",
        f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
        f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}",
    ]


@settings(max_examples=200)
@given(
    valid_bsns(),
    st.sampled_from(["Mijn BSN is {} graag.", "burgerservicenummer: {}\n", "{}", "sofinummer {}."]),
)
def test_every_valid_bsn_in_every_writing_is_found(bsn: str, template: str) -> None:
    for written in bsn_writings(bsn):
        text = template.format(written)
        start = text.index(written)
        assert spans(BSN, text, "NL_BSN") == [(start, start + len(written))], text


@settings(max_examples=200)
@given(valid_bsns(), st.integers(0, 8), st.integers(1, 9))
def test_single_digit_corruption_of_a_bsn_is_never_reported(bsn: str, pos: int, delta: int) -> None:
    corrupt = bsn[:pos] + str((int(bsn[pos]) + delta) % 10) + bsn[pos + 1 :]
    assert not stdnum_bsn.is_valid(corrupt)
    for written in bsn_writings(corrupt):
        assert spans(BSN, f"bsn: {written}", "NL_BSN") == []


def test_bsn_scores_and_guards() -> None:
    with_context = BSN.find("Mijn BSN is 111222333.")
    without = BSN.find("referentie 111222333.")
    assert with_context[0].score > without[0].score
    # 8-digit numbers are dates, KvK and order numbers unless the text says BSN
    assert BSN.find("KvK 12345672") == []
    assert spans(BSN, "bsn: 12345672", "NL_BSN") == [(5, 13)]
    for negative in [
        "ordernummer 123456789",  # fails the 11-proef
        "factuur 111222333",  # valid, but an invoice number
        "prijs € 111222333",
        "build 2024.111222333",
        "hash a111222333b",
        "tel 0111222333",
        "1112223331",
        "Tel. +31 111 222 333",  # an international phone number's subscriber part
        "T +31 (0)111 222 333",
    ]:
        assert BSN.find(negative) == [], negative


COUNTRY_BBANS = {
    "NL": st.tuples(
        st.text(string.ascii_uppercase, min_size=4, max_size=4),
        st.text(string.digits, min_size=10, max_size=10),
    ),
    "DE": st.tuples(st.just(""), st.text(string.digits, min_size=18, max_size=18)),
    "GB": st.tuples(
        st.text(string.ascii_uppercase, min_size=4, max_size=4),
        st.text(string.digits, min_size=14, max_size=14),
    ),
    "AT": st.tuples(st.just(""), st.text(string.digits, min_size=16, max_size=16)),
    "CH": st.tuples(st.just(""), st.text(string.digits, min_size=17, max_size=17)),
}


@st.composite
def valid_ibans(draw: st.DrawFn) -> str:
    country = draw(st.sampled_from(sorted(COUNTRY_BBANS)))
    bban = "".join(draw(COUNTRY_BBANS[country]))
    candidate = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
    assume(stdnum_iban.is_valid(candidate))
    return candidate


def iban_writings(iban: str) -> list[str]:
    grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return [iban, grouped, iban.lower(), grouped.lower()]


@settings(max_examples=200)
@given(valid_ibans(), st.sampled_from(["Graag storten op {} o.v.v. uw naam.", "iban: {}", "{}\n"]))
def test_every_valid_iban_in_every_writing_is_found(iban: str, template: str) -> None:
    for written in iban_writings(iban):
        text = template.format(written)
        start = text.index(written)
        assert spans(IBAN, text, "IBAN_CODE") == [(start, start + len(written))], text


# OCR's look-alikes, both ways: an IBAN whose field of letters or digits holds one of them is read back one at a time
LOOKALIKES = {"O": "0", "0": "O", "I": "1", "1": "I", "S": "5", "5": "S", "B": "8", "8": "B"}


def one_lookalike_from_valid(compact: str) -> bool:
    """Whether reading one character of ``compact`` as its OCR look-alike makes a valid IBAN (by stdnum)."""
    return any(
        stdnum_iban.is_valid(compact[:i] + LOOKALIKES[c] + compact[i + 1 :])
        for i, c in enumerate(compact)
        if i >= 4 and c in LOOKALIKES
    )


@settings(max_examples=200)
@given(valid_ibans(), st.data())
def test_single_character_corruption_of_an_iban_is_never_reported(iban: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(2, len(iban) - 1))
    alphabet = string.digits if iban[pos].isdigit() else string.ascii_uppercase
    replacement = data.draw(st.sampled_from([c for c in alphabet if c != iban[pos]]))
    corrupt = iban[:pos] + replacement + iban[pos + 1 :]
    assert not stdnum_iban.is_valid(corrupt)
    # unless one look-alike read back makes another valid IBAN of it: then it may be that IBAN as OCR misread it
    # (tests/test_iban_one_ocr_lookalike.py), about once in 97 such corruptions per look-alike it holds
    assume(not one_lookalike_from_valid(corrupt))
    for written in iban_writings(corrupt):
        assert spans(IBAN, f"rekening {written}", "IBAN_CODE") == []


@st.composite
def valid_imeis(draw: st.DrawFn) -> str:
    body = draw(st.text(string.digits, min_size=14, max_size=14))
    return body + luhn.calc_check_digit(body)


def imei_writings(imei: str) -> list[str]:
    out = [imei]
    for sep in "- /":
        out.append(sep.join([imei[:2], imei[2:8], imei[8:14], imei[14:]]))
        out.append(sep.join([imei[:8], imei[8:14], imei[14:]]))
    return out


@settings(max_examples=200)
@given(valid_imeis(), st.sampled_from(["IMEI: {}", "Het toestel met imei {} is gestolen.", "device {}\n"]))
def test_every_valid_imei_in_every_writing_is_found(imei: str, template: str) -> None:
    for written in imei_writings(imei):
        text = template.format(written)
        start = text.index(written)
        assert spans(IMEI, text, "IMEI") == [(start, start + len(written))], text


@settings(max_examples=200)
@given(valid_imeis(), st.integers(0, 14), st.integers(1, 9))
def test_single_digit_corruption_of_an_imei_is_never_reported(imei: str, pos: int, delta: int) -> None:
    corrupt = imei[:pos] + str((int(imei[pos]) + delta) % 10) + imei[pos + 1 :]
    assert not luhn.is_valid(corrupt)
    for written in imei_writings(corrupt):
        assert spans(IMEI, f"imei {written}", "IMEI") == []


def test_imeisv_needs_the_word_imei() -> None:
    assert spans(IMEI, "IMEISV 35-209900-176148-23", "IMEI") == [(7, 26)]
    assert spans(IMEI, "klantnummer 3520990017614823", "IMEI") == []


def test_card_numbers() -> None:
    # Well-known test numbers of the card schemes
    for number in ["4111 1111 1111 1111", "5555-5555-5555-4444", "3782 822463 10005", "4012888888881881"]:
        text = f"Betaald met creditcard {number}."
        start = text.index(number)
        assert spans(CARD, text, "CREDIT_CARD") == [(start, start + len(number))]
    assert spans(CARD, "kaart 4111 1111 1111 1112", "CREDIT_CARD") == []  # Luhn fails
    assert spans(CARD, "ref 1234567812345670", "CREDIT_CARD") == []  # Luhn-valid, no issuer prefix
    # Amex is 15 Luhn-valid digits like an IMEI: the word decides
    assert spans(IMEI, "kaart 378282246310005", "IMEI") == []
    assert spans(IMEI, "imei 378282246310005", "IMEI") == [(5, 20)]
    assert spans(CARD, "imei 378282246310005", "CREDIT_CARD") == []


def test_numbers_broken_over_two_chat_lines() -> None:
    assert spans(BSN, "[15:39] Klant: bsn 1112\n22333\n[15:41] Agent: dank", "NL_BSN") == [(19, 29)]
    assert spans(BSN, "1112\n22334", "NL_BSN") == []  # 11-proef fails
    assert spans(BSN, "om 12\n345", "NL_BSN") == []  # too few digits
    text = "iban is NL91ABNA\n0417164300\n[11:42] ok"
    assert spans(IBAN, text, "IBAN_CODE") == [(8, 27)]
    assert spans(IBAN, "iban is NL91ABNA\n0417164301", "IBAN_CODE") == []
    assert spans(BSN, "bsn 111 222\n333\n[15:41] ok", "NL_BSN") == [(4, 15)]
