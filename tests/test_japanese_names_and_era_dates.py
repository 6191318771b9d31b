"""Japanese names as records and forms write them and Japanese era dates (issue 12, tuning_139: Japanese families in
Amstelveen, Almere, Eindhoven and Venlo, PERSON recall 0.762 and birth-date recall 0.704 on the start code): a name
in kanji or kana, family and given name a space apart, as a field of its own; a name in Latin letters, the family
name in capitals first; the given name said alone elsewhere; a place the gazetteer knows inside such a name; era
years as forms abbreviate them ("H31.4.2"). Names and values are made up for these tests."""

from __future__ import annotations

import pytest

from afscherm.detectors.japanese_names import JapaneseNameRecognizer, romaji
from tests.recognizer_helpers import found


def japanese_names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in JapaneseNameRecognizer().find(text)]


def test_names_in_kanji_and_kana_fields() -> None:
    text = "K-201;高橋 美咲;たかはし みさき;TAKAHASHI Misaki;2015-03-08\n住所: 横浜市 中区"
    assert japanese_names(text) == ["高橋 美咲", "たかはし みさき", "TAKAHASHI Misaki"]


def test_a_signature_after_a_wide_gap_is_a_field() -> None:
    assert japanese_names("所持人自署/Signature  石原 真一") == ["石原 真一"]


def test_a_romanised_name_with_its_family_name_in_capitals() -> None:
    assert japanese_names("Aanvrager: HASEGAWA Kenta (personeelsnr 10442)") == ["HASEGAWA Kenta"]
    # outside a text that writes Japanese, a family name of two syllables is not enough
    assert japanese_names("zie NOTE Bene") == []
    assert [romaji(w) for w in ("Hasegawa", "Kenta", "Sander", "komen", "Date")] == [True, True, False, False, False]


def test_the_given_name_said_alone_after_the_full_name() -> None:
    text = "yes! 石原 健太 / ISHIHARA Kenta, born 1998\nen voor Kenta: de rekening van zijn zus"
    assert found(text, "PERSON").count("Kenta") == 1 and "ISHIHARA Kenta" in found(text, "PERSON")


def test_a_place_the_gazetteer_knows_inside_a_japanese_name_is_the_name() -> None:
    text = "Naam (family name first): OGURA Kenji / 小倉 健二"
    assert found(text, "PERSON") == ["OGURA Kenji", "小倉 健二"]
    assert found(text, "LOCATION") == []


@pytest.mark.parametrize(
    "text, date",
    [
        ("geboortedatum: S22.11.3", "S22.11.3"),  # Showa 22: 3 November 1947
        ("生年月日 H31.4.2", "H31.4.2"),  # Heisei 31: 2 April 2019
    ],
)
def test_a_japanese_era_date_of_birth(text: str, date: str) -> None:
    assert found(text, "DATE_OF_BIRTH") == [date]


def test_an_era_like_version_is_no_birth_date() -> None:
    assert found("versie R2.5.9 uitgerold", "DATE_OF_BIRTH") == []
