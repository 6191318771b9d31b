"""Taiwanese names romanised in Wade-Giles or Tongyong, the given name's two syllables joined by a hyphen ("Hsu
Wen-hsiung", "WU CHIH-MING", "Yi-Chun Chen"), and birth dates in Taiwan's Minguo years or with "號" for the day
("民國69年11月3日", "1999年4月2號"), and Chinese names, given names and nicknames typed apart among Latin words and
signs ("52 陳建豪 啦", "btw 子萱 生日", "我載 阿豪 從"); issue 12, tuning_175. Not two hyphenated words that are no
syllables, a Minguo year alone, a kin word ("阿嬤") or a word ("小心", "明天", "韓国語")."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer
from afscherm.detectors.chinese_names import standalone_hanzi_names, taiwan_names


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _found(analyzer: Analyzer, text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == entity]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hoi ja ik bel voor mijn vader, Hsu Wen-hsiung, H S U", "Hsu Wen-hsiung"),
        ("FV-0412;A-Ming Wu;WU CHIH-MING;1988-09-17;Eindhoven", "WU CHIH-MING"),
        ("sorry!! = Chiu Yung-ching, bsn volgt", "Chiu Yung-ching"),
        ("contact daar is Hsiao-Mei Tseng, zij regelt het", "Hsiao-Mei Tseng"),
    ],
)
def test_a_taiwanese_romanised_name(text: str, name: str) -> None:
    assert name in [text[a:b] for a, b in taiwan_names(text)]


@pytest.mark.parametrize("text", ["we spelen Ping-Pong Lo", "de Check-In Lin", "Chen Hello-World"])
def test_hyphenated_words_that_are_no_syllables_are_no_name(text: str) -> None:
    assert taiwan_names(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("他 全名 洪志成 Hung Chih-cheng 生日 民國69年11月3日", "民國69年11月3日"),
        ("你生日 1999年4月2號 對吧 媽老了", "1999年4月2號"),
    ],
)
def test_a_minguo_or_hao_birth_date(analyzer: Analyzer, text: str, date: str) -> None:
    assert date in _found(analyzer, text, "DATE_OF_BIRTH")


def test_this_minguo_year_alone_is_no_birth_date(analyzer: Analyzer) -> None:
    assert _found(analyzer, "阿嬤生日喔 今年國曆是9/14 民國115年 記得打給她", "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("12/03/2026, 21:14 - Sharon: btw 子萱 生日 3/30 對吧", "子萱"),
        ("[16/03/2026, 21:06] Kevin: +1 我載 阿豪 從 Oerlesestraat 出發", "阿豪"),
        ("hey 小美!! 你這週六 shift ok 嗎", "小美"),
    ],
)
def test_a_given_name_or_nickname_of_two_characters_typed_apart(text: str, name: str) -> None:
    assert name in [text[a:b] for a, b in standalone_hanzi_names(text)]


@pytest.mark.parametrize("text", ["阿嬤 說 小心 一點", "我們 明天 見", "韓国語 TOPIK 頑張ってる"])
def test_kin_words_and_words_of_two_or_three_characters_are_no_name(text: str) -> None:
    assert standalone_hanzi_names(text) == []
