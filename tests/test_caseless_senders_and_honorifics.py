"""Issue 12: names in Korean and Japanese families' chats. A WhatsApp export's sender saved in Hangul, kana or Chinese
characters is a name (not a kin word, the owner's "me" or a title after the name; a parent saved by the child's name
is two names), and so is a name before a Japanese honorific in its own script (さん, ちゃん, 先生, 様) or before Korean
씨, or before a Korean title or after the word for a name (임숙희 사모님, 성함: 윤서진), unless it is a word for kin, a
trade or a shop, or a Korean word (아저씨, 날씨, 우리 목사님)."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _persons(analyzer: Analyzer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == "PERSON"]


KOREAN_EXPORT = (
    "2026. 3. 2. 오후 7:10 - 문지현: 토요일 바베큐 Amstelveen 공원에서 해요\n"
    "2026. 3. 2. 오후 7:12 - 도윤맘 채린: 저희 4명 갈게요!\n"
    "2026. 3. 2. 오후 7:15 - 엄마: 나도 갈까?\n"
    "2026. 3. 2. 오후 7:16 - 문지현: 네 어머니 오세요 ㅎㅎ"
)


def test_hangul_senders_of_an_export_are_names(analyzer: Analyzer) -> None:
    found = _persons(analyzer, KOREAN_EXPORT)
    assert "문지현" in found and "도윤" in found and "채린" in found
    assert "엄마" not in found


def test_a_title_after_a_sender_is_no_part_of_the_name(analyzer: Analyzer) -> None:
    text = "[02-03-26 19:10:11] 백준호 집사님: 회의 8시\n[02-03-26 19:12:40] ~ 다은: 네 알겠습니다"
    found = _persons(analyzer, text)
    assert "백준호" in found and "다은" in found
    assert not any("집사님" in name for name in found)


def test_a_japanese_sender_of_two_words_is_one_name(analyzer: Analyzer) -> None:
    text = "12/05/2026, 08:01 - 石井 真理子: おはよう\n12/05/2026, 08:03 - Tom: morning!"
    assert "石井 真理子" in _persons(analyzer, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("明日は佐々木さんが来ます", "佐々木"),
        ("Noahくん の誕生日", "Noah"),
        ("宛先: 長崎市 茂木 様", "茂木"),
        ("補習校のSuzuki先生に聞いて", "Suzuki"),
        ("지민씨 내일 봐요", "지민"),
        ("어제 정민호 선생님께 전화했어요", "정민호"),
        ("예약자 성함: 윤서진, 2명", "윤서진"),
    ],
)
def test_a_name_before_an_honorific_in_its_own_script_is_found(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in _persons(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "お母さんと店員さんに聞いた",
        "八百屋さんで買った",
        "아저씨가 오늘 날씨 좋대요",
        "우리 목사님 오셨어요",
        "동네 이름이라 그냥 써요",
        "영문 이름 여권대로 쓰세요",
    ],
)
def test_kin_trades_and_korean_words_before_an_honorific_are_no_names(analyzer: Analyzer, text: str) -> None:
    assert _persons(analyzer, text) == []
