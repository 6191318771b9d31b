"""PERSON: a Korean name written in Hangul inside a sentence (``최동훈 씨``, ``오승민인데요``, ``지호야``).

Korean families write each other's names in Hangul, glued to the particle that follows (``하윤이 꺼``,
``서준이는``, ``다은아``), in chats that mix Korean with Dutch (tuning_136). The chat-label rules
(``caseless_senders``) find a sender; this recogniser reads the names in the messages and in a record's fields. A
Korean full name is a family name of one syllable (two for the few double ones: 남궁, 황보, 제갈, 선우, 독고,
사공) and a given name of two, written as one word; a given name alone, two syllables, is how family and friends call
each other, nearly always with a particle of address (``야``/``아``) or of respect (``씨``, ``님``) after it.

No list holds Korean given names (they are made from syllables: ``GIVEN_SYLLABLES``), so the words of the language
are kept apart by their frequency: wordfreq's Korean list (its words as MeCab cut them) holds the everyday words, and a
name is a word it does not know as a common one. A full name is a listed family name and two syllables of given
names, the three together no listed word, not a listed word of two syllables and a particle (``오늘은``: 오 is a
family name too, 오늘 'today'), not a place (``유성구``, ``청주시``: an administrative unit's suffix ends it). A given
name alone is found only before 야, 아, 씨 or 님, its two syllables no common word (``친구야``, ``선생님``,
``사장님`` are words) nor a word for kin (``엄마야``, ``여보``).

>>> text = "최동훈 씨 오늘은 바빠요? 지호야 신발 신어! 장모님 주소 알아? 저 오승민인데요, 은미씨 안녕"
>>> [text[f.start : f.end] for f in HangulNameRecognizer().find(text)]
['최동훈', '지호', '오승민', '은미']
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import TYPE_CHECKING, ClassVar

from afscherm.detectors.findings import Finding
from afscherm.detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCORE = 0.8
# Korean family names in Hangul, the most common ones (they cover nearly every Korean), written from common
# knowledge; the double ones first.
DOUBLE_SURNAMES = frozenset("남궁 황보 제갈 선우 독고 사공 서문".split())
SURNAMES = frozenset(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 노 하 곽 성 차 주 우"
    " 구 민 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹"
    " 제 모 탁 국 어 은 편 용 예 경 봉".split()
)
# The syllables Korean given names are made of, written from common knowledge of Korean names (not a verb's or a
# particle's endings: 마 in "주지마" 'don't give', 요, 어, 워, 죠, 까, 네, 니, 데, 래, 줘, 봐, 써, 했 are none of
# them; nor 이, the particle after a name ending in a consonant: "하윤이" is 하윤).
GIVEN_SYLLABLES = frozenset(
    "가 강 건 결 겸 경 계 관 광 교 구 국 규 균 근 금 기 길 나 난 남 내 누 늘 다 단 담 대 덕 도 동 두 라 란 람 랑 려"
    " 련 령 로 록 룡 루 류 륜 률 리 린 림 만 명 모 목 무 문 미 민 범 별 병 보 복 봉 부 비 빈 빛 산 상 새 샘 서 석"
    " 선 설 섭 성 세 소 솔 송 수 숙 순 슬 승 시 식 신 실 심 아 안 애 양 언 연 열 영 예 오 옥 온 완 용 우 욱 운 웅 원"
    " 월 위 유 윤 율 은 을 음 의 익 인 일 임 자 장 재 전 정 제 조 종 주 준 중 지 진 찬 창 채 천 철 청 초 춘 충 치"
    " 태 택 하 학 한 해 향 헌 혁 현 형 혜 호 홍 화 환 황 효 훈 휘 희".split()
)
# What follows a name glued to it: particles (subject, topic, object, possessive, "to", "and", "with", "too"), the
# copula as chats write it, address and respect. The longest first.
_AFTER_NAME = (
    "이에게 이한테 이랑은 인데요 이에요 입니다 이라고 이라는 에게 한테 께서 이랑 이가 이는 이도 이를 이의 이요 이고"
    " 이야 이와 하고 인데 예요 이에 랑 과 와 이 가 은 는 을 를 의 도 께 씨 님 야 아 요"
).split()
# After a given name said alone: a particle of address or respect, or of subject, topic, object or company ("지호는",
# "하윤이 꺼", "힐브란트가": a name ending in a consonant takes 이 before its particle)
_AFTERS = frozenset(["", *_AFTER_NAME])
# (the particles that vouch for a name: of address and respect, and the 이 a name ending in a consonant takes before
# a particle, "지안이도", "서준이는", which no common noun takes)
_CALLED = frozenset("야 아 씨 님 이야 이가 이는 이도 이랑 이한테 이에게 이를 이의".split())
_ADDRESS = frozenset(
    "야 아 씨 님 이야 이가 이는 이도 이랑 이한테 이에게 이를 이의 이 가 는 은 도 를 을 랑 한테 에게".split()
)
# The last syllable of a place's name in an address (province, city, district, town, road): 유성구, 청주시, 노은동
_PLACE_ENDINGS = frozenset("시 구 군 동 읍 면 리 로 길 도 역".split())
# Words of a particle's syllable after two of a word (오늘은, 이번에): the third syllable of a three-syllable token
# (and the verb 하다's forms after a noun: "조심해", "공부한"); the word before the particle a listed one, however rare
# ("송금은": 송금 'transfer', 3.5)
PARTICLE_WORD_ZIPF = 3.0
# The suffixes that make a form's nouns of a word (예금주 'account holder', 신청인 'applicant', 서명란 'signature
# field', 신청자, 신분증, 송금액): no given name's last syllable after such a word
_NOUN_SUFFIXES = frozenset("인 주 란 자 증 액".split())
_PARTICLE_SYLLABLES = frozenset(
    "은 는 이 가 을 를 에 의 도 로 와 과 야 아 고 지 요 서 면 게 네 다 니 까 랑 만 씩 님 해 한 할 함 했".split()
)
# Words of address and kin that are no names, and words ending in 씨 that are words (아저씨 'sir', 아가씨 'miss')
_NO_NAMES = frozenset(
    "여보 자기 애기 아기 엄마 아빠 언니 오빠 누나 동생 할매 할배 이모 삼촌 고모 장모 장인 아들 막내 우리 여러분"
    " 아저 아가 마음 솜씨".split()
)
COMMON_WORD_ZIPF = 4.0
_HANGUL = "\uac00-\ud7a3"
_TOKEN = re.compile(rf"(?<![{_HANGUL}])[{_HANGUL}]{{2,9}}(?![{_HANGUL}])")


@lru_cache(maxsize=1)
def _korean_words() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("ko")


def _zipf(word: str) -> float:
    frequency = _korean_words().get(word)
    return math.log10(frequency) + 9 if frequency else 0.0


def _is_word(word: str, zipf: float = 0.0) -> bool:
    """Whether wordfreq's Korean list holds ``word`` (at least as frequent as ``zipf``, when given)."""
    return word in _korean_words() and _zipf(word) >= zipf


def full_name(word: str) -> bool:
    """Whether ``word`` (Hangul, no particle) is a Korean family name and a given name of two syllables.

    >>> [full_name(w) for w in ("윤서진", "남궁현철", "오늘은", "유성구", "한국어", "지호")]
    [True, True, False, False, False, False]
    """
    if word[:2] in DOUBLE_SURNAMES and len(word) == 4:
        given = word[2:]
    elif word[0] in SURNAMES and len(word) == 3:
        given = word[1:]
    else:
        return False
    if not all(c in GIVEN_SYLLABLES for c in given) or word[-1] in _PLACE_ENDINGS:
        return False
    if _is_word(word) or _is_word(given, COMMON_WORD_ZIPF):
        return False
    # a common word of two syllables and a particle ("오늘은", "이번에", "정도야") or a suffix of a form's nouns
    return not (_is_word(word[:2], PARTICLE_WORD_ZIPF) and word[2] in _PARTICLE_SYLLABLES | _NOUN_SUFFIXES)


def given_name(word: str) -> bool:
    """Whether ``word`` (two syllables of Hangul) may be a given name said alone: no common word, nor kin.

    >>> [given_name(w) for w in ("지호", "은미", "친구", "선생", "엄마", "아저")]
    [True, True, False, False, False, False]
    """
    return (
        len(word) == 2
        and all(c in GIVEN_SYLLABLES for c in word)
        and word not in _NO_NAMES
        and not _is_word(word, COMMON_WORD_ZIPF)
    )


class HangulNameRecognizer(DutchRecognizer):
    """Korean names in Hangul in running text (see the module's note)."""

    ENTITIES: ClassVar[tuple[str, ...]] = ("PERSON",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        if not re.search(f"[{_HANGUL}]", text):
            return []
        from afscherm.detectors.caseless_senders import CaselessSenderRecognizer

        tokens = list(_TOKEN.finditer(text))
        names = {m.start(): name for m in tokens if (name := _name_in(m.group())) is not None}
        # A name found once is that person's wherever the text says it again, bare or with any particle ("에 지호
        # BSN" after "지호야"); a full name's given name too ("서진" after "윤서진"), and a chat's senders.
        known = set(names.values())
        known |= {name[2:] if name[:2] in DOUBLE_SURNAMES else name[1:] for name in known if len(name) > 2}
        known |= {text[f.start : f.end] for f in CaselessSenderRecognizer().find(text)}
        for m in tokens:
            if m.start() not in names:
                token = m.group()
                said = next((k for k in known if token.startswith(k) and token[len(k) :] in _AFTERS), None)
                if said is not None:
                    names[m.start()] = said
        return [Finding(at, at + len(name), "PERSON", SCORE, self.name) for at, name in sorted(names.items())]


def _name_in(token: str) -> str | None:
    """The name ``token`` starts with (a full name, or a given name before a word of address), or None."""
    for after in ("", *_AFTER_NAME):
        if not token.endswith(after):
            continue
        stem = token[: len(token) - len(after)]
        if not stem:
            continue
        if full_name(stem) and not (after == "" and _is_word(token[:2], COMMON_WORD_ZIPF)):
            return stem
        # (before a particle of address or respect, a given name that is no common word; before another particle,
        # one wordfreq does not list at all: "송금은" is 'the transfer', "비자는" 'the visa')
        if after in _ADDRESS and given_name(stem) and (after in _CALLED or not _is_word(stem)):
            return stem
    return None
