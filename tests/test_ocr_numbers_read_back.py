"""Numbers in OCR'd letters that hold OCR's O and I/l for 0 and 1 ("Reigerhof l4", "3ll2 KN  DE RlJP",
"T O182 34 l2 6O", "Bel 14 O35"): addresses and phone numbers read as they are read written clean
(detectors/location.py, phone.py, context.ocr_numbers_read); and a date written with spaces is no phone number.
Issue 12, fifty-third session. Written for this test; people, addresses and numbers made up.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity]


def places(text: str) -> list[str]:
    return found(text, "LOCATION")


def test_an_address_block_with_ocr_numbers() -> None:
    text = "Datum: 4 mei 2026\nDe heer P. Oudejans\nReigerhof l4\n3ll2 KN  DE RlJP\nOnderwerp: uw aanvraag"
    assert places(text) == ["Reigerhof l4", "3ll2 KN", "DE RlJP"]


def test_a_bare_street_above_an_ocr_postcode() -> None:
    # a street named by a street word alone is read with the postcode on the next line
    text = "Mevrouw J. Tuinstra\nBrink 9\n79l1 KE  DlEVER\nBetreft: aanslag 2026"
    assert places(text) == ["Brink 9", "79l1 KE", "DlEVER"]


def test_a_letterhead_with_ocr_numbers() -> None:
    # a street the BAG names with no street ending is read with the postcode after it
    text = "Tuinderij Gebr. BIokker · Molenvaart 12 · l7l4 RB Hensbroek · KvK 61028374"
    assert places(text) == ["Molenvaart 12", "l7l4 RB", "Hensbroek"]


def test_numbers_with_ocr_letters_are_no_address_elsewhere() -> None:
    # a number glued to letters, a reference, a count with a unit: no address to read
    assert places("Kenrnerk: BZ-2O26-OOl4, zie bijlage. Graag 2l melk en l0 eieren.") == []
    assert places("Factuurnr. 2O26O4l7 van 3 april, bedrag € 4O,OO") == []


def test_phone_numbers_with_ocr_letters_in_their_groups() -> None:
    text = "Advocatenkantoor Roorda\nZuiderkade 3, 8601 BE Sneek   T O515 4l 27 9O   KvK 01234567"
    assert found(text, "PHONE_NUMBER") == ["O515 4l 27 9O"]
    text = "Het bedrag wordt afgeschreven.\nVragen? Bel l4 O58 of mail belastingen@example.nl"
    assert found(text, "PHONE_NUMBER") == ["l4 O58"]


def test_a_date_written_with_spaces_is_no_phone_number() -> None:
    # 9 June and 9 September read as digits are service numbers (0906 ..., 0909 ...)
    text = "Geboren op 09 06 1986 in Paramaribo"
    assert found(text, "PHONE_NUMBER") == []
    assert found(text, "DATE_OF_BIRTH") == ["09 06 1986"]
    text = "Naarn  DlALLO | Voornarnen  AWA | Geboortedaturn  O9 O9 l979      Geslacht V"
    assert found(text, "PHONE_NUMBER") == []
    assert found(text, "DATE_OF_BIRTH") == ["O9 O9 l979"]
