"""Odd characters and writings (issue 10, item 4): values that real exports write in unusual ways are found
whole, with offsets into the original text.

Synthetic values only: 111222333 passes the 11-proef, NL91ABNA0417164300 mod-97, 06-12345678 is a valid
Dutch mobile number.
"""

from __future__ import annotations

import pytest
from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn

from afscherm.detectors.analyzer import analyze_text, default_analyzer
from afscherm.detectors.text_view import _EDITS, _TRIGGERS, detection_view

BSN = "111222333"
IBAN = "NL91ABNA0417164300"


def test_synthetic_values_are_valid() -> None:
    assert stdnum_bsn.is_valid(BSN)
    assert stdnum_iban.is_valid(IBAN)


def found(text: str) -> list[tuple[str, str]]:
    """(entity type, original text of the span) of every finding."""
    return [(f.entity_type, text[f.start : f.end]) for f in analyze_text(text)]


def assert_found(text: str, entity_type: str, value: str) -> None:
    """``value`` (as written in ``text``) is found whole, as ``entity_type``, at its exact original offsets."""
    assert (entity_type, value) in found(text), (text, found(text))


# Invisible characters, odd spaces, full-width digits and dashes inside values.
ODD_CHARACTERS = [
    ("BSN 111\u00a0222\u00a0333 graag", "NL_BSN", "111\u00a0222\u00a0333"),
    ("BSN 111\u202f222\u202f333 graag", "NL_BSN", "111\u202f222\u202f333"),
    ("bsn 1112\u200b22333", "NL_BSN", "1112\u200b22333"),
    ("bsn 111\u200d222\u200c333", "NL_BSN", "111\u200d222\u200c333"),
    ("bsn 1112\u206022333.", "NL_BSN", "1112\u206022333"),
    ("bsn 11122\ufeff2333", "NL_BSN", "11122\ufeff2333"),
    ("bsn 1112\u00ad22333", "NL_BSN", "1112\u00ad22333"),
    ("BSN \uff11\uff11\uff11\uff12\uff12\uff12\uff13\uff13\uff13", "NL_BSN", "１１１２２２３３３"),
    ("BSN 111\u2013222\u2013333", "NL_BSN", "111–222–333"),
    ("BSN 111\u2014222\u2014333", "NL_BSN", "111—222—333"),
    ("bel 06\u201312345678 maar", "PHONE_NUMBER", "06–12345678"),
    ("bel 06\u202f12\u202f34\u202f56\u202f78", "PHONE_NUMBER", "06\u202f12\u202f34\u202f56\u202f78"),
    ("bel 06\u200b12345678", "PHONE_NUMBER", "06\u200b12345678"),
    ("mail jan\u00adjansen@example.nl", "EMAIL_ADDRESS", "jan\u00adjansen@example.nl"),
    ("mail jan\u200b.jansen@exam\u200bple.nl", "EMAIL_ADDRESS", "jan\u200b.jansen@exam\u200bple.nl"),
    ("IBAN NL91\u00a0ABNA\u00a00417\u00a01643\u00a000", "IBAN_CODE", "NL91\u00a0ABNA\u00a00417\u00a01643\u00a000"),
    ("IBAN NL91ABNA\u00ad0417164300", "IBAN_CODE", "NL91ABNA\u00ad0417164300"),
    # full-width letters and signs, as a Japanese or Chinese input method types Latin text
    ("IBAN \uff2e\uff2c91 ABNA 0417 1643 00", "IBAN_CODE", "ＮＬ91 ABNA 0417 1643 00"),
    ("メール：ｙｕｋｉ＠ｇｍａｉｌ．ｃｏｍ、よろしく", "EMAIL_ADDRESS", "ｙｕｋｉ＠ｇｍａｉｌ．ｃｏｍ"),
    # a number split over a Windows line break
    ("mijn bsn is 1112\r\n22333", "NL_BSN", "1112\r\n22333"),
]


@pytest.mark.parametrize(("text", "entity_type", "value"), ODD_CHARACTERS)
def test_odd_characters_inside_values(text: str, entity_type: str, value: str) -> None:
    assert_found(text, entity_type, value)


URLS_AND_PATHS = [
    ("https://example.nl/form?email=jan%40example.nl&x=1", "EMAIL_ADDRESS", "jan%40example.nl"),
    ("POST /sms?to=%2B31612345678&body=hoi", "PHONE_NUMBER", "%2B31612345678"),
    ("GET /api/personen/111222333/dossier HTTP/1.1", "NL_BSN", "111222333"),
    ("bijlage scan_111222333.pdf ontvangen", "NL_BSN", "111222333"),
    ("veld bsn111222333 leeg", "NL_BSN", "111222333"),
    ("geschreven naar /exports/111222333.csv", "NL_BSN", "111222333"),
    ("https://wa.me/31612345678", "PHONE_NUMBER", "31612345678"),
    ("contact tel06-12345678", "PHONE_NUMBER", "06-12345678"),
]


@pytest.mark.parametrize(("text", "entity_type", "value"), URLS_AND_PATHS)
def test_identifiers_in_urls_paths_and_file_names(text: str, entity_type: str, value: str) -> None:
    assert_found(text, entity_type, value)


WRITINGS = [
    ("BSN\t111\t222\t333", "NL_BSN", "111\t222\t333"),
    ("BSN 111/222/333", "NL_BSN", "111/222/333"),
    ("IBAN NL91.ABNA.0417.1643.00", "IBAN_CODE", "NL91.ABNA.0417.1643.00"),
    ("IBAN NL91-ABNA-0417-1643-00", "IBAN_CODE", "NL91-ABNA-0417-1643-00"),
    ("mail piet@bücher.de graag", "EMAIL_ADDRESS", "piet@bücher.de"),
    ("mail jürgen@straße.example.de", "EMAIL_ADDRESS", "jürgen@straße.example.de"),
    ("mail piet@xn--bcher-kva.de", "EMAIL_ADDRESS", "piet@xn--bcher-kva.de"),
    ("BSN nr.111222333", "NL_BSN", "111222333"),
    ("BSN/111222333", "NL_BSN", "111222333"),
    ("bsn_111222333", "NL_BSN", "111222333"),
]


@pytest.mark.parametrize(("text", "entity_type", "value"), WRITINGS)
def test_separators_and_glued_writings(text: str, entity_type: str, value: str) -> None:
    assert_found(text, entity_type, value)


# Negative context is matched as whole words, and weak negative context never drops a valid BSN the
# writer calls theirs.
PERSONAL_CONTEXT = [
    "btw, mijn nummer is 111222333",
    "Over die order: mijn nummer is 111222333",
    "factuur klopt niet, mijn bsn is 111222333",
    "De vordering staat op 111222333",
    "via de recorder 111222333",
]


@pytest.mark.parametrize("text", PERSONAL_CONTEXT)
def test_weak_negative_context_does_not_drop_a_valid_bsn(text: str) -> None:
    assert_found(text, "NL_BSN", BSN)


def test_order_inside_a_word_does_not_drop_a_phone_number() -> None:
    assert_found("Over de vordering, 0612345678", "PHONE_NUMBER", "0612345678")
    assert_found("recorder 06-12345678", "PHONE_NUMBER", "06-12345678")
    assert "PHONE_NUMBER" not in {t for t, _ in found("ordernummer 0612345678")}
    assert "PHONE_NUMBER" not in {t for t, _ in found("klantordernummer 0612345678")}


NOT_A_BSN = [
    "ordernummer 111222333",
    "factuurnummer: 111222333",
    "RSIN 111222333",
    "KvK-nummer 11122233 van de zaak",
    "commit a3f111222333bcde",
    "uuid 0a1b2c3d-111222333ab-4",
    "btw-id NL111222333B01",
    "zie ORD-111222333",
    "artikel INV111222333",
    "kolommen 111\t222\t333",
]


@pytest.mark.parametrize("text", NOT_A_BSN)
def test_identifiers_of_companies_orders_and_hashes_are_not_bsns(text: str) -> None:
    assert "NL_BSN" not in {t for t, _ in found(text)}, found(text)


def test_a_plus_country_code_writing_is_a_phone_number_not_a_bsn() -> None:
    text = "bsn: bel +31 6 54404897"
    assert found(text) == [("PHONE_NUMBER", "+31 6 54404897")]


def test_offsets_cover_the_whole_original_span_and_nothing_around_it() -> None:
    # the invisible character before the value and the CR after it are not part of the finding
    text = "bsn \u200b1112\u00ad22333\r\nok"
    assert found(text) == [("NL_BSN", "1112\u00ad22333")]


def test_presidio_engine_reads_the_same_view() -> None:
    engine = default_analyzer().presidio_analyzer()
    text = "bsn 1112\u200b22333"
    results = engine.analyze(text, language="nl", entities=["NL_BSN"])
    assert [(r.entity_type, text[r.start : r.end]) for r in results] == [("NL_BSN", "1112\u200b22333")]


def test_view_maps_every_edit_back() -> None:
    text = "a\u00a0b\u200bc%40d\r\ne\uff11"
    view = detection_view(text)
    assert view.text == "a bc@d\ne1"
    assert view.to_original(0, len(view.text)) == (0, len(text))
    assert view.to_original(4, 5) == (5, 8)  # "@" is "%40"
    assert view.to_original(4, 6) == (5, 9)  # "@d" without the CR after it
    assert view.to_original(5, 7) == (8, 11)  # "d\n" is "d\r\n"
    assert view.to_original(2, 3) == (2, 3)  # "b" without the zero-width space after it
    assert view.to_original(3, 4) == (4, 5)  # "c" without the zero-width space before it


def test_plain_text_is_its_own_view() -> None:
    text = "Mijn BSN is 111222333, 10% korting."
    view = detection_view(text)
    assert view.text is text
    assert view.to_original(3, 9) == (3, 9)


def test_the_quick_check_knows_every_character_the_view_changes() -> None:
    changed = [c for c in map(chr, range(0x80, 0x20000)) if _EDITS.fullmatch(c)]
    assert len(changed) > 650  # the odd spaces, dashes, invisible characters and 650 non-ASCII digits
    assert all(c in _TRIGGERS for c in changed)
    assert detection_view("prijs \u0661\u0662\u0663").text == "prijs 123"  # Arabic-Indic digits


def test_percent_escapes_decode_as_utf8_and_odd_ones_stay_as_written() -> None:
    text = "naam=J%C3%BCrgen%0A%zz%C3&x=%F0%9F%98%80%2540"
    view = detection_view(text)
    assert view.text == "naam=Jürgen%0A%zz%C3&x=😀%40"
    u = view.text.index("ü")
    assert text[slice(*view.to_original(u, u + 1))] == "%C3%BC"
    assert text[slice(*view.to_original(0, len(view.text)))] == text
    smiley = view.text.index("😀")
    assert text[slice(*view.to_original(smiley, smiley + 2))] == "%F0%9F%98%80%25"
