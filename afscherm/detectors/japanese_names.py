"""PERSON: a Japanese name as records and forms write it: in kanji or kana, family name and given name parted by
a space, as a field of its own (``森川 蒼太``, ``もりかわ そうた``, ``ハウトマン 玲奈``); in Latin letters, the family
name in capitals before the given name (``MORIKAWA Sota``, ``OGURA Tetsuya``).

Japanese writes no spaces between words: a space between two short runs of kanji or kana, the whole of a CSV cell, a
quoted value, a line or a part after a slash, parts a person's family name from the given name (tuning_139: Japanese
families in Amstelveen, Almere, Eindhoven and Venlo). Not an address (its last character a prefecture's, city's,
ward's or town's: 都, 道, 府, 県, 市, 区, 町, 村) nor a run of digits. In Latin letters, as passports print it and
Japanese forms ask for it, the family name comes in capitals before the given name: both words spelt in the syllables
of Japanese in Hepburn's romanisation (``mo-ri-ka-wa``, ``te-tsu-ya``) and neither a Dutch or English word.

>>> text = "HK-0412;森川 蒼太;もりかわ そうた;MORIKAWA Sota;2016-10-21\\n住所: 札幌市 中央区"
>>> [text[f.start : f.end] for f in JapaneseNameRecognizer().find(text)]
['森川 蒼太', 'もりかわ そうた', 'MORIKAWA Sota']
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, ClassVar

from afscherm.detectors.findings import Finding
from afscherm.detectors.person_name import common_words
from afscherm.detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCORE = 0.85
_KANJI = "\u3400-\u4dbf\u4e00-\u9fff\u3005"  # (and 々, the mark that repeats a kanji: 奈々美)
_KANA = "\u3041-\u3096\u30a1-\u30fa\u30fc"
# a field: what opens it (a line's start, a separator, a quote, a bracket, a label's colon) and what closes it
_OPEN = r"(?:^|(?<=[;,|/\t\"'(（「:：\u3000])|(?<=[ \t]{2}))[ \t]*"
_CLOSE = r"[ \t]*(?=$|[;,|/\t\"')）」]|[ \t]\(|[ \t]{2})"
_FIELD_NAME = re.compile(rf"(?m){_OPEN}(?P<name>[{_KANJI}{_KANA}]{{1,5}}[ \u3000][{_KANJI}{_KANA}]{{1,4}}){_CLOSE}")
# the last character of an address's part
_PLACE_ENDS = frozenset("都道府県市区町村郡丁目番号")
_KANA_OR_KANJI = re.compile(f"[{_KANJI}{_KANA}]")

# Hepburn's syllables: a consonant (or none) and a vowel, the palatal ones (kya, sho), a lone n, and a doubled
# consonant before its syllable (Hattori, Kazuki has none); long vowels as two (Yuuko, Ryouta) or one (Ryota).
_HEPBURN = re.compile(
    r"(?:(?:[kgsztdnhbpmr]y|sh|ch|ts|j|f|[kgsztdnhbpmyrw])?[aiueo]|n(?![aiueoy])|(?:kk|ss|tt|pp|tch|ssh))+"
)
_ROMAJI = re.compile(r"(?<![\w-])(?P<family>[A-Z]{3,14}) (?P<given>[A-Z][a-z]{2,11})(?![\w-])")


@lru_cache(maxsize=4096)
def romaji(word: str) -> bool:
    """Whether ``word`` is spelt in the syllables of Japanese (Hepburn) and is no Dutch or English word.

    >>> [romaji(w) for w in ("Morikawa", "tetsuya", "Koharu", "Sander", "komen", "Ren")]
    [True, True, True, False, False, False]
    """
    from afscherm.detectors.name_slots import word_like  # (it reads person_name's lists)

    lower = word.lower()
    if lower in common_words() or _HEPBURN.fullmatch(lower) is None or syllable_count(lower) < 2:
        return False
    return not word_like(lower)


def syllable_count(word: str) -> int:
    return sum(word.count(v) for v in "aiueo")


class JapaneseNameRecognizer(DutchRecognizer):
    """Japanese names in kanji or kana fields and in Latin letters with the family name in capitals first."""

    ENTITIES: ClassVar[tuple[str, ...]] = ("PERSON",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        out: list[Finding] = []
        if _KANA_OR_KANJI.search(text) is not None:
            for m in _FIELD_NAME.finditer(text):
                name = m.group("name")
                if name[-1] in _PLACE_ENDS or name.split()[0][-1] in _PLACE_ENDS:
                    continue
                out.append(Finding(m.start("name"), m.end("name"), "PERSON", SCORE, self.name))
        japanese = _KANA_OR_KANJI.search(text) is not None
        given_names: set[str] = set()
        for m in _ROMAJI.finditer(text):
            family, given = m.group("family"), m.group("given")
            if not (romaji(family) and romaji(given)):
                continue
            # (outside a text that writes Japanese, a family name of three syllables at least: "NOTE Bene")
            if japanese or syllable_count(family.lower()) >= 3:
                out.append(Finding(m.start(), m.end(), "PERSON", SCORE, self.name))
                given_names.add(given)
        # the given name said alone elsewhere in the text is that person's ("en voor Riku:", tuning_126)
        for given in given_names:
            for g in re.finditer(rf"(?<![\w-]){re.escape(given)}(?![\w-])", text):
                if not any(f.start <= g.start() < f.end for f in out):
                    out.append(Finding(g.start(), g.end(), "PERSON", SCORE, self.name))
        return sorted(out, key=lambda f: f.start)


# The recognisers of East Asian names whose family names are places of the world too ("OGURA", "Long", "Jiang")
_EAST_ASIAN_NAMES = frozenset({"JapaneseNameRecognizer", "ChineseNameRecognizer", "KoreanNameRecognizer"})


def places_inside_east_asian_names(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """``findings`` without the LOCATIONs inside a name the East Asian name recognisers found: the gazetteer knows
    many family names as places ("OGURA" in "OGURA Tetsuya", tuning_139), and one finding per span lets the more
    specific type win, so the place would take the name away.

    >>> text = "Naam: OGURA Tetsuya"
    >>> name = Finding(6, 19, "PERSON", 0.85, "JapaneseNameRecognizer")
    >>> place = Finding(6, 11, "LOCATION", 0.8, "PlaceNameRecognizer")
    >>> [text[f.start : f.end] for f in places_inside_east_asian_names(text, None, [name, place])]
    ['OGURA Tetsuya']
    """
    names = [f for f in findings if f.entity_type == "PERSON" and f.recognizer in _EAST_ASIAN_NAMES]
    if not names:
        return findings
    return [
        f
        for f in findings
        if f.entity_type != "LOCATION" or not any(n.start <= f.start and f.end <= n.end for n in names)
    ]
