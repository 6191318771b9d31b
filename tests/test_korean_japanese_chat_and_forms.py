"""A KakaoTalk chat exported on a phone ("2026년 9월 14일 오후 8:12, 탁수아 : ...", "2026. 10. 3. 오전 9:41, ..."),
its title naming the other member ("변재훈 님과 카카오톡 대화"), a Korean mother's label no name ("엄마 :"); a form's
name field of a household's head ("Naam hoofdbewoner:") and a value followed by the name in its own script in
brackets ("Otsuki, Kengo (大槻 健吾)"): detectors/person_name.py. Issue 12, fifty-third session (tuning_118). Written
for this test; people made up.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "PERSON"]


def test_a_kakaotalk_chat_exported_on_a_phone() -> None:
    text = (
        "남궁민 님과 카카오톡 대화\n"
        "저장한 날짜 : 2026-10-02 21:40:11\n\n"
        "2026년 10월 2일 오후 9:02, 남궁민 : 내일 gemeente 예약 몇시야?\n"
        "2026년 10월 2일 오후 9:05, 석다은 : 10시 반. paspoort 챙겨\n"
        "2026년 10월 2일 오후 9:06, 남궁민 : 알았어 👍\n"
    )
    assert persons(text) == ["남궁민", "남궁민", "석다은", "남궁민"]


def test_an_android_export_and_a_mother_s_label() -> None:
    text = (
        "2026. 10. 3. 오전 9:41, 엄마 : 주소 다시 보내봐\n"
        "2026. 10. 3. 오전 9:51, 편지우 : Kastanjelaan 8, 1185 KL Amstelveen\n"
        "2026. 10. 3. 오전 9:52, 엄마 : 고마워\n"
    )
    assert persons(text) == ["편지우"]


def test_a_household_head_s_name_field_with_the_name_in_its_own_script() -> None:
    text = "Naam hoofdbewoner: Hoshino, Riku (星野 陸)   Geboortedatum: 03-10-1981   Telefoon: 06 4471 2093"
    assert persons(text) == ["Hoshino, Riku", "星野 陸"]
    assert "Vlasblom, Gertje" in persons("Naam medehuurder: Vlasblom, Gertje\nIngangsdatum: 1 mei 2026")
