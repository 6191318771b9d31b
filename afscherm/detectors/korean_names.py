"""PERSON: a Korean given name romanised with a hyphen between its two syllables (``Seung-ho``, ``eun-bi``), alone or
with a Korean surname before or after it (``Ryu Seung-ho``, ``KWON Tae-jin``, ``Ye-rin Jang``).

Korean families in the Netherlands write their names in Latin letters as their passports and employers do: the family
name (one syllable: Kim, Lee, Park, Jang, Noh) and a given name of two syllables joined by a hyphen, in either order,
the family name in capitals on a form (``KWON Tae-jin``, ``LIM Suk-hee``), the given name alone in a chat and often in
lower case (``met Seung-ho``, ``ha-yul korean passport``, tuning_126). No name list holds these given names: they are
made from syllables. Two syllables of the romanisation of Korean (:data:`SYLLABLES`, the syllables Korean given names
are made of) joined by a hyphen are such a name, unless they are one syllable twice (``ha-ha``, ``so-so``) or a word
when written together. A family name is taken in only from the short list of Korean family names
(:data:`SURNAMES`), right before or after the given name.

>>> text = "party_lead = 'Ryu Seung-ho', en Eun-bi komt ook; ha-ha"
>>> [text[f.start : f.end] for f in KoreanNameRecognizer().find(text)]
['Ryu Seung-ho', 'Eun-bi']
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from afscherm.detectors.findings import Finding
from afscherm.detectors.person_name import common_words
from afscherm.detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCORE = 0.85
# The syllables of Korean given names in the Revised Romanization and the older spellings names keep (Seung, Hoon,
# Young, Sook, Soon), written from common knowledge of the romanisation.
SYLLABLES = frozenset(
    """
    a ae ah ahn an bae baek beom bi bin bo bok bom bong bu byeol byeong byung cha chae chan chang cheol cheon chi chul
    chun chung da dae dam dan deok do dong doo du eon eui eul eum eun ga gae gang geon geun gi gil gon gu guk gwang
    gyeong gyu ha hae han hee heon hi ho hoon hong hu hui hun hwa hwan hwi hye hyeok hyeon hyeong hyo hyuk hyun hyung
    il im in ja jae jang je jeong ji jin jo joo ju jun jung ka kang ki kook kwang kyu kyung mi min mo mok moon mu mun
    myeong myung na nam neung ni nu ok ra ram ran rang re ri rim rin ro rok ryeo ryeon ryeong ryong ryul ryun ryung sa
    sae san sang se seo seob seok seol seon seong seul seung shik shin si sik sin so sol som son song soo sook soon su
    suk sul sun sung ta tae taek u un ung wan won woo wook woong ya yang ye yeo yeol yeon yeong yi yo yong yoo yoon
    young yu yul yun yung
    """.split()
)
# Korean family names as they are romanised (Kim, Lee/Yi/Rhee, Park/Pak, Jung/Jeong/Chung, Noh/Roh, Ryu/Yoo/Yu ...).
SURNAMES = frozenset(
    """
    kim lee yi rhee park pak bak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh shin
    sin kwon gwon hwang ahn an song yoo yu ryu hong jeon jun go ko moon mun yang son sohn bae baek paik heo huh nam noh
    roh ha kwak gwak sung seong cha joo ju woo min na jin ji yeo byun byeon chae won bang pyo gil do ma eom um hyun hur
    cheon ok tak seok gong kong pyeon pyun hwangbo namgung jegal seomun
    """.split()
)
_GIVEN = re.compile(r"(?<![\w-])(?P<a>[A-Za-z]{1,6})-(?P<b>[A-Za-z]{1,6})(?![\w-]|-\w)")
_SURNAME_BEFORE = re.compile(r"(?P<s>[A-Za-z]{1,8})[ \t]+\Z")
_SURNAME_AFTER = re.compile(r"[ \t]+(?P<s>[A-Za-z]{1,8})(?![\w-])")


def is_given_name(first: str, second: str) -> bool:
    """Whether ``first``-``second`` is a Korean given name romanised with its hyphen: two syllables of
    :data:`SYLLABLES`, not one twice, not a word written together, written as names are (``Tae-jin``, ``tae-jin``,
    ``Tae-Jin``, ``TAE-JIN``).

    >>> is_given_name("Seo", "a"), is_given_name("ha", "ha"), is_given_name("Pop", "up")
    (True, False, False)
    """
    a, b = first.lower(), second.lower()
    if a not in SYLLABLES or b not in SYLLABLES or a == b or a + b in common_words():
        return False
    cased = (first[:1].isupper() and first[1:].islower()) or first.islower() or first.isupper()
    return cased and (second.islower() or second.isupper() or second.istitle()) and first.isupper() == second.isupper()


@lru_cache(maxsize=1)
def one_word_given_names() -> frozenset[str]:
    """Korean given names romanised as one word (``jaewon``, ``minjoon``): the Korean section of
    ``names/call_names_abroad.txt``."""
    path = Path(__file__).parent / "data" / "names" / "call_names_abroad.txt"
    names: set[str] = set()
    korean = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            korean = line.strip() == "# Korean"
        elif korean and line.strip():
            names.add(line.strip())
    return frozenset(names)


# A family name and a given name written as one word, in capitals or capitalised, in either order ("JUNG JAEWON",
# "Kim Minjoon", "Jaewon Jung")
_ONE_WORD_NAME = re.compile(r"(?<![\w-])(?P<a>[A-Z][a-z]{1,9}|[A-Z]{2,10}) (?P<b>[A-Z][a-z]{1,9}|[A-Z]{2,10})(?![\w-])")


class KoreanNameRecognizer(DutchRecognizer):
    """Korean given names romanised with a hyphen, with a Korean family name beside them (see the module's note)."""

    ENTITIES: ClassVar[tuple[str, ...]] = ("PERSON",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        out = self._one_word_given_names(text)
        if "-" not in text:
            return out
        for m in _GIVEN.finditer(text):
            if not is_given_name(m.group("a"), m.group("b")):
                continue
            start, end = m.span()
            before = _SURNAME_BEFORE.search(text, max(0, start - 10), start)
            if before is not None and before.group("s").lower() in SURNAMES and _word_start(text, before.start("s")):
                start = before.start("s")
            else:
                after = _SURNAME_AFTER.match(text, end)
                if after is not None and after.group("s").lower() in SURNAMES:
                    end = after.end("s")
            out.append(Finding(start, end, "PERSON", SCORE, self.name))
        return out

    def _one_word_given_names(self, text: str) -> list[Finding]:
        """A Korean family name beside a Korean given name written as one word (``JUNG JAEWON``, ``Minjoon Kim``,
        tuning_136): passports and forms write the given name without its hyphen too."""
        out: list[Finding] = []
        given = one_word_given_names()
        for m in _ONE_WORD_NAME.finditer(text):
            a, b = m.group("a"), m.group("b")
            if a.isupper() != b.isupper():
                continue
            if (a.lower() in SURNAMES and b.lower() in given) or (b.lower() in SURNAMES and a.lower() in given):
                out.append(Finding(m.start(), m.end(), "PERSON", SCORE, self.name))
        return out


def _word_start(text: str, at: int) -> bool:
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_")
