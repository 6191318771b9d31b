"""PERSON: a name with a Japanese, Korean, Tibetan or Hindi/Nepali honorific joined to it by a hyphen
(``Nishimoto-san``, ``mizuki-chan``, ``albertine-la``, ``Sharma-ji``), or
written in Japanese or Korean after it (``大山さん``, ``Rinちゃん``, ``Okamura先生``, ``神田 様``, ``설희씨``).

Chats and calls with Japanese and Korean families write the honorific after the name in Latin letters: ``Fijne dag,
Nishimoto-san!``, ``Ogawa-san manages``, ``mizuki-chan vergeet niet`` (tuning_72, _106). The honorific says a person
is named, whatever the name's case and whether any list knows it; the name is the word before the hyphen. Tibetan
families write their ``-la`` so (``tashi delek albertine-la``, ``choedon-la``, tuning_153), Indian and Nepali ones their
``-ji`` (``Sharma-ji``). Kinship
words take the same honorifics (``okaa-san``, ``obaa-chan``, ``onee-san``: mother, grandmother, elder sister) and are
no name.

>>> text = "Fijne dag, Nishimoto-san! En groeten aan okaa-san."
>>> [text[f.start : f.end] for f in HonorificNameRecognizer().find(text)]
['Nishimoto']

The same families write the honorific in its own script, joined to the name or a blank after it, whatever script the
name is in (``大山さん、order まだ``, ``Rinちゃん, jouw verjaardag``, ``補習校のOkamura先生``, ``魚町3-2-11 神田 様``,
``설희씨 저도``, ``임숙희 사모님``, ``성함 임숙희``, tuning_126). Japanese words for kin and trades take them too,
and so does any word after the polite ``お``/``ご`` (``お母さん``, ``店員さん``, ``八百屋さん``: a shop's word ends in
屋), and ``씨`` ends Korean words (``아저씨`` 'mister', ``날씨`` 'weather'); a Korean word before a title is none either
(``우리 목사님``, our pastor): those are no names.

>>> text = "大山さん、Rinちゃん と お母さん に。설희씨 저도, 날씨 좋아요. 성함 임숙희 맞죠? 우리 목사님"
>>> [text[f.start : f.end] for f in HonorificNameRecognizer().find(text)]
['大山', 'Rin', '임숙희', '설희']
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, ClassVar

from afscherm.detectors.findings import Finding
from afscherm.detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCORE = 0.85
_NAME_AND_HONORIFIC = re.compile(
    r"(?<![\w-])(?P<name>[^\W\d_]{2,20})-(?P<honorific>san|sama|kun|chan|sensei|senpai|ssi|nim|la|ji)(?![\w-])",
    re.IGNORECASE,
)
# Kinship words and other words that take an honorific (Japanese in Latin letters), no name.
_NOT_NAMES = frozenset(
    "okaa otou obaa ojii onee onii oba oji nee nii kaa tou baa jii ane ani oku okusan danna ojou bocchan minna"
    " omae anata kimi sensei oppa unni hyung noona abeoji eomeoni halmeoni harabeoji"
    # Tibetan's -la and Hindi's and Nepali's -ji are said after titles and kin as after names (gen-la, geshe-la, the
    # teacher; ama-la, mother; didi-ji, elder sister), and a song's or a cry's syllables take a hyphen too (oh-la-la)
    " gen genla geshe rinpoche lama ama amma amala pa pala po pola mo mola acha achala cho jo ashang ani kusho kushog"
    " chola bu bumo nomo oh ooh ola tra trala la hop hup"
    " mata pita guru baba bhai bhaiya didi dada dadi nana nani papa mummy chacha chachi mama mami bua sahib saheb"
    " swami pandit maharaj bapu appa anna akka thatha".split()
)


# Tamil's and Telugu's "-la" says where ("Tollebeek-la velai", at work in Tollebeek; "form-la", tuning_85), Haitian
# Creole's "-la" is its article ("chanm-la", the room; "bwat-la", tuning_152), Hindi's "-ji" ends words too: before
# those two only a listed first name is a name, and not one that is a word of Dutch or English or a known place.
_AMBIGUOUS_HONORIFICS = frozenset({"la", "ji"})


def _suffix_of_a_word(m: re.Match[str]) -> bool:
    """Whether ``m``'s honorific (``_NAME_AND_HONORIFIC``) is one of ``_AMBIGUOUS_HONORIFICS`` after no listed first
    name, a word or a place."""
    if m.group("honorific").lower() not in _AMBIGUOUS_HONORIFICS:
        return False
    from afscherm.detectors.name_slots import word_like
    from afscherm.detectors.person_name import is_first_name
    from afscherm.detectors.place_names import lookup

    name = m.group("name")
    return not is_first_name(name, lowercase_ok=True) or word_like(name) or lookup(name) is not None


# The name before an honorific in Japanese script: Latin letters, one to four Chinese characters or a katakana word
# (after any other letter or a hiragana particle: Japanese sets no blank between words), the honorific joined or a
# blank after it.
_JAPANESE_HONORIFIC = re.compile(
    r"(?P<name>(?<![A-Za-z\u00c0-\u024f])[A-Za-z\u00c0-\u024f]{2,20}|(?<![\u3005\u4e00-\u9fff])[\u3005\u4e00-\u9fff]{1,4}"
    r"|(?<![\u30a0-\u30ff])[\u30a1-\u30fa\u30fc]{2,10})[ \t\u3000]?(?:さん|ちゃん|くん|さま|様|先生|氏)"
)
# Japanese words for kin, people in general and trades that take an honorific, no name (words after the polite お and
# ご and shops' words ending in 屋 are read apart).
_JAPANESE_NOT_NAMES = frozenset(
    "皆 皆様 赤 奥 彼 彼女 母 父 兄 姉 弟 妹 娘 息子 祖母 祖父 叔母 叔父 伯母 伯父 家族 友達 店員 大家 医者"
    " 看護師 運転手 社長 部長 課長 店長 先生 警察 大工 お客 客 王 姫 神 仏 子 孫 嫁 旦那 主人 奥様 隣 隣人 担当"
    " 担当者 係 係員 受付".split()
)
# The Korean name before 씨 (Hangul, two or three syllables, after no other Hangul): a name unless the whole is a Korean
# word (wordfreq's Korean words: 아저씨, 마음씨; not the name alone, as 소연 and 지수 are frequent enough to be listed).
_KOREAN_SSI = re.compile(r"(?<![\uac00-\ud7af])(?P<name>[\uac00-\ud7af]{2,3})씨")
# ... and before a title ending in 님 a blank after it (``임숙희 사모님``, ``박지훈 선생님``), or after the word for
# a name and a blank or a colon (``성함 임숙희``, ``이름: 박지훈``; not ``이름이라``, ``이름 여권대로``: "it's a name",
# "the name as in the passport"): the name no Korean word (``우리 목사님``, ``담임 선생님``: our, the class's).
_KOREAN_TITLED = re.compile(
    # (the title perhaps with its particle: 선생님께, 사모님이, 목사님의)
    r"(?<![\uac00-\ud7af])(?P<name>[\uac00-\ud7af]{2,4})[ \t]+[\uac00-\ud7af]{0,3}님(?:께서|께|이|은|을|의|도|한테)?"
    r"(?![\uac00-\ud7af])"
    r"|(?<![\uac00-\ud7af])(?:성함|이름)(?:은|이)?(?:[ \t]*:[ \t]*|[ \t]+)"
    r"(?P<named>[\uac00-\ud7af]{2,3})(?![\uac00-\ud7af])"
)
KOREAN_WORDS_TOP = 50000


@lru_cache(maxsize=1)
def _korean_words() -> frozenset[str]:
    from wordfreq import top_n_list

    return frozenset(top_n_list("ko", KOREAN_WORDS_TOP))


class HonorificNameRecognizer(DutchRecognizer):
    """The name before a Japanese or Korean honorific (see the module docstring)."""

    ENTITIES: ClassVar[tuple[str, ...]] = ("PERSON",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        out: list[Finding] = []
        if "-" in text:
            out += [
                Finding(*m.span("name"), "PERSON", SCORE, self.name)
                for m in _NAME_AND_HONORIFIC.finditer(text)
                if m.group("name").lower() not in _NOT_NAMES and not _suffix_of_a_word(m)
            ]
        if any(h in text for h in ("さん", "ちゃん", "くん", "さま", "様", "先生", "氏")):
            for m in _JAPANESE_HONORIFIC.finditer(text):
                name, start = m.group("name"), m.start("name")
                if name in _JAPANESE_NOT_NAMES or name.lower() in _NOT_NAMES or name.endswith("屋"):
                    continue
                if start > 0 and text[start - 1] in "おご御":
                    continue
                out.append(Finding(*m.span("name"), "PERSON", SCORE, self.name))
        if "님" in text or "성함" in text or "이름" in text:
            for m in _KOREAN_TITLED.finditer(text):
                group = "name" if m.group("name") is not None else "named"
                name = m.group(group)
                if not name.endswith("님") and name not in _korean_words():
                    out.append(Finding(*m.span(group), "PERSON", SCORE, self.name))
        if "씨" in text:
            out += [
                Finding(*m.span("name"), "PERSON", SCORE, self.name)
                for m in _KOREAN_SSI.finditer(text)
                if m.group(0) not in _korean_words()
            ]
        return out
