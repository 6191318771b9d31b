"""Korean names in Hangul and the chat exports Korean families send (issue 12, tuning_136: Korean families in
Amstelveen, Brainport, Delft and Groningen, PERSON recall 0.796 on the start code): the senders of KakaoTalk's phone
and computer exports, LINE's text export and Telegram's copied messages (``caseless_senders``); a Korean full name
and a given name with its particle in a message (``hangul_names``); Korean dates of birth with 년 월 일, the year in
two digits too, and a chat's day header that is none; the next turn's "<name>이는 <date>" answering the same
question for another child. All names and values here are made up for these tests."""

from __future__ import annotations

import pytest

from afscherm.detectors.caseless_senders import CaselessSenderRecognizer
from afscherm.detectors.hangul_names import full_name, given_name
from tests.recognizer_helpers import found


@pytest.mark.parametrize(
    "text, name",
    [
        ("2026. 3. 4. 오후 9:14, 박서연 : 안녕\n2026. 3. 4. 오후 9:16, 엄마 : 응", "박서연"),  # KakaoTalk on a phone
        ("[이채원] [오후 1:02] 주소 알아?\n[윤하람] [오후 1:05] 몰라", "이채원"),  # KakaoTalk on a computer
        ("09:12\t강태윤\thoi, ik ben er\n09:14\t강태윤\tnieuwe adres komt zo", "강태윤"),  # LINE
        ("문소율, [02.10.2026 10:14]\nhallo\n문소율, [02.10.2026 10:19]\nja", "문소율"),  # Telegram
    ],
)
def test_the_senders_of_korean_chat_exports(text: str, name: str) -> None:
    # (the recogniser itself: the model alone finds some of these in a short text, none in tuning_136's long ones)
    assert name in [text[f.start : f.end] for f in CaselessSenderRecognizer().find(text)]


def test_names_in_a_korean_message() -> None:
    text = "정유나 씨 주소 알아? 유나야 전화해. 저 배민준인데요, 다온이는 어린이집 서류 보냈어요"
    assert found(text, "PERSON") == ["정유나", "유나", "배민준", "다온"]


def test_words_of_korean_that_look_like_names_are_none() -> None:
    # today, the transfer, the visa (topic), account holder, applicant, please give; a name-like word before a
    # particle no name takes
    text = "오늘은 송금은 비자는 예금주 신청인 주세요 한국어 선생님 사장님 친구야 엄마야"
    assert found(text, "PERSON") == []


def test_the_parts_of_a_korean_name() -> None:
    assert [full_name(w) for w in ("배민준", "남궁태오", "오늘은", "청주시", "예금주")] == [
        True,
        True,
        False,
        False,
        False,
    ]
    assert [given_name(w) for w in ("다온", "유나", "친구", "엄마")] == [True, True, False, False]


@pytest.mark.parametrize(
    "text, date",
    [
        ("ik ben geboren 1985년 7월 3일 in Busan", "1985년 7월 3일"),
        ("회원 정보: 생년월일 83년 2월 5일", "83년 2월 5일"),
    ],
)
def test_a_korean_date_of_birth(text: str, date: str) -> None:
    assert found(text, "DATE_OF_BIRTH") == [date]


def test_a_kakaotalk_day_header_is_no_birth_date() -> None:
    assert found("생년월일 물어봐\n2026년 12월 20일 일요일\n엄마 : 응", "DATE_OF_BIRTH") == []


def test_the_next_turns_name_and_topic_particle_answer_the_same_question() -> None:
    text = (
        "2026. 3. 4. 오후 9:14, 박서연 : 생년월일 물어본대 하람이 2018년 3월 14일 맞지?\n"
        "2026. 3. 4. 오후 9:16, 한동민 : 네 맞아요. 도윤이는 2015.04.02"
    )
    assert found(text, "DATE_OF_BIRTH") == ["2018년 3월 14일", "2015.04.02"]
