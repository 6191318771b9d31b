"""Chinese names romanised as passports and forms write them, Hong Kong names in their Cantonese spelling, the same
name in characters beside them (``chinese_names``), and an IMEI read back in a chat lines after the word imei
(issue 12, tuning_137: Chinese families in Den Haag, Rotterdam, Amsterdam, Middelburg and Terneuzen, PERSON recall
0.848 and one IMEI missed on the start code). Names and numbers here are made up for these tests."""

from __future__ import annotations

import pytest

from afscherm.detectors.chinese_names import ChineseNameRecognizer, pinyin_parts
from tests.recognizer_helpers import found


def chinese_names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in ChineseNameRecognizer().find(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Aanvrager: Zhou Xinyue, geboren te Wenzhou", "Zhou Xinyue"),
        ("PASSPORT HOLDER: LIANG ZIHAN", "LIANG ZIHAN"),
        ("voornaam Haoyu, achternaam Deng: Haoyu Deng", "Haoyu Deng"),
        ("contactpersoon Leung Ka Wing (mobiel)", "Leung Ka Wing"),
    ],
)
def test_a_chinese_name_in_latin_letters(text: str, name: str) -> None:
    assert chinese_names(text) == [name]


def test_a_one_syllable_given_name_only_where_the_text_writes_chinese() -> None:
    assert chinese_names("klant Gao Lan belt terug") == []
    assert chinese_names("klant 高兰 Gao Lan belt terug") == ["Gao Lan"]


def test_words_and_other_names_are_no_chinese_names() -> None:
    assert chinese_names("Han Solo, Li Bingo, Long Island, Hong Kong, Van Dam, New York, Pan Am, Wu Tang") == []
    assert pinyin_parts("bingo") is None and pinyin_parts("xinyue") == ["xin", "yue"]


def test_the_name_in_characters_beside_the_name_in_latin_letters() -> None:
    text = "Mijn moeder 周丽华 (Zhou Lihua) en mijn oom Kenny Tam / 譚志明 komen; 你好 (Hello)"
    assert chinese_names(text) == ["周丽华", "Zhou Lihua", "譚志明"]


def test_an_imei_read_back_lines_after_the_word() -> None:
    text = (
        "Shop: naam en imei bij ophalen noemen aub.\n"
        "Klant: naam Verkerk. de doos zegt 35 209900\n"
        "Klant: 1761481\n"
        "Shop: Dus 35 209900 1761481 ✔ serienr F2LX81QJ0D"
    )
    assert found(text, "IMEI") == ["35 209900 1761481"]  # 352099001761481, Luhn-valid


def test_discord_handles_before_a_clock_and_a_colon() -> None:
    # (tuning_138: Discord's copy with the clock alone after the dash and the message after a colon)
    text = (
        "priya_s — 21:04: guys the portal is down again\n"
        "jeroen_vd — 21:05: bij mij ook, ik mail de helpdesk\n"
        "priya_s — 21:09: ok thanks jeroen\n"
    )
    assert {"priya_s", "jeroen_vd"} <= set(found(text, "PERSON"))
