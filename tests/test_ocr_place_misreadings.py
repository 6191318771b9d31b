"""Places and streets as OCR misreads them on ID pages and letters: a bilingual card's place column and its label
with a single space before the value, OCR's "c" for "e" in a long place name, "rn" for "m" making the
municipality after an issuing authority a letter longer, a municipality of several words, and "vv" for "w" in a
street's ending; names under a bilingual card's column labels, and a label OCR damaged read as no name:
detectors/location.py, place_fields.py, place_names.py, person_name.py, issue 12, fifty-second session. The places
are real, the people made up.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "LOCATION"]


def people(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "PERSON"]


def test_a_damaged_place_under_a_bilingual_column_label() -> None:
    text = (
        "Geboortedaturn / Date of birth      Geboorteplaats / Place of birth\n"
        "l4 MEI/MAY l962                     Ernrnen\n"
        "Docurnentnr. / Document no.          Persoonsnurnrner / Personal no."
    )
    assert "Ernrnen" in places(text)


def test_a_bilingual_label_with_one_space_before_its_value() -> None:
    text = "Geboorteplaats/Place of birth ZEVENHUlZEN\nPersoonsnurnmer/Personal No. 2211.O4.718"
    assert places(text) == ["ZEVENHUlZEN"]
    assert "ZEVENHUlZEN" not in people(text)
    assert "Mosul" in places("Geboorteplaats / Place of birth Mosul (Irak)\nNationaliteit Nederlandse")


def test_a_c_read_for_an_e_in_a_long_place_name() -> None:
    text = "Uw gegevens: geboren O2 rnei l958 te Oosterhcsselen, burgerservicenurnrner 1O2.33.4S7."
    assert "Oosterhcsselen" in places(text)
    assert "Beck" not in places("Aan: mevr. Beck, Dorpsweg 2")


def test_a_municipality_a_letter_longer_after_an_issuing_authority() -> None:
    assert places("Afgifte: Burgerneester van Karnpen   CAN 5512O9") == ["Karnpen"]
    assert "Karnpen" in places("Gerneente Karnpen - Afdeling Belastingen\nPostbus l2")


def test_a_municipality_of_several_words_after_its_label() -> None:
    text = "Gerneente Wijk bij Duurstedc · Postbus 40 · Afdeling Burgerzaken"
    assert "Wijk bij Duurstedc" in places(text)


def test_the_words_after_a_municipality_are_not_its_name() -> None:
    assert places("De Gemeente Kampen heeft besloten") == ["Kampen"]


def test_a_street_ending_with_vv_for_w() -> None:
    text = "De heer A.J. Mulder\nSchoolvveg 14\n8O21 AB  ZWOLLE"
    assert "Schoolvveg 14" in places(text)
    assert "Schoolvveg" not in people(text)


def test_names_under_a_bilingual_card_s_column_labels() -> None:
    text = "Naam / Surname      Voornamen / Given names\nSTOKKERS            ANNEKE MARIA"
    assert "ANNEKE MARIA" in people(text)


def test_a_damaged_label_is_no_name() -> None:
    assert "Voornarnen" not in people("Naarn      Voornarnen\nHOLSBEEK   ANNEKE MARlA")
    text = "Narn / Surnarne   ZWIERS\nVoornarnen        ELlSE\nGeboortedaturn    O3 MEl/MAY l99O"
    assert "Geboortedaturn" not in people(text)
