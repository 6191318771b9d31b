"""PERSON: a name with its patronymic, as Central Asian and Russian papers and chats write it: the father's name
and a word for "son of" or "daughter of" after it (Kyrgyz ``Nurzat Talantbek kyzy``, ``Азамат Бакыт уулу``; Uzbek
``Jasur Alisher o'g'li``), or one word of the father's name and its ending (Kazakh ``Yerlanuly``, ``Nurlankyzy``,
``ЕРЛАНҰЛЫ``; Russian ``Rustamovich``, ``BAKYTOVICH``, ``Petrovna``).

Central Asian students, drivers and families reach Dutch desks with these names on their passports and in their
payroll and transport records (tuning_146). The father's name is any name, listed or not; the word or the ending
after it is what says it is a name: no word of Dutch or English ends so, and a word that does
(``Serikuly``, ``Alisherovich``) is the patronymic of a person's name, standing alone in a record's field too.

>>> text = "wife Nurzat Talantbek kyzy, driver Yerlanuly; O'ZBEKISTON: Jasur Alisher o'g'li"
>>> [text[f.start : f.end] for f in PatronymicNameRecognizer().find(text)]
['Nurzat Talantbek kyzy', 'Yerlanuly', "Jasur Alisher o'g'li"]
>>> text = "Әкесінің аты / Patronymic   ЕРЛАНҰЛЫ; Ivan Petrovich; de kyzy-vlag, Bovich, uly"
>>> [text[f.start : f.end] for f in PatronymicNameRecognizer().find(text)]
['ЕРЛАНҰЛЫ', 'Ivan Petrovich']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from afscherm.detectors.findings import Finding
from afscherm.detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCORE = 0.85
_UPPER = "A-ZА-ЯЁӨҮҰҚҒҢӘІҺЎҚҲ"
_LETTER = r"[^\W\d_]"
_CAP_WORD = rf"[{_UPPER}]{_LETTER}{{1,20}}(?:['’]{_LETTER}{{1,10}})?"
# "son of" / "daughter of" after the father's name: Kyrgyz uulu, kyzy; Kazakh uly, qyzy; Uzbek o'g'li, qizi; in
# Cyrillic and Latin letters, in capitals or not. (Not Turkish's dotless "ulı": case-blind, it matches "uli", the end
# of "Kindzmarauli", a wine, tuning_119.)
_SON_OR_DAUGHTER = r"(?i:kyzy|qyzy|qizi|kizi|uulu|uly|o['‘’`ʻ]?g['‘’`ʻ]?li|кызы|уулу|ұлы|қызы|улы|угли|ўғли|қизи|кизи)"
TWO_WORDS = re.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{1,2}})[ \t]+{_SON_OR_DAUGHTER}(?![\w'’-])"
)
# One word: the father's name with its ending (Kazakh -uly/-ұлы, -kyzy/-қызы; Russian -ovich/-evich/-ovna/-evna),
# four letters of the name at least before it; with up to two capitalised words (the name, the family name) before.
_ENDING = r"(?i:uly|ұлы|kyzy|qyzy|қызы|ovich|evich|ovych|ovna|evna|ivna|ович|евич|овна|евна|ұлы|кызы)"
ONE_WORD = re.compile(
    rf"(?<![\w'’-])(?:(?P<before>{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,1}})[ \t]+)?"
    rf"(?P<word>[{_UPPER}]{_LETTER}{{3,16}}{_ENDING})(?![\w'’-])"
)


class PatronymicNameRecognizer(DutchRecognizer):
    """Names with their patronymic after them (see the module's note)."""

    ENTITIES: ClassVar[tuple[str, ...]] = ("PERSON",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        out = [Finding(m.start("name"), m.end(), "PERSON", SCORE, self.name) for m in TWO_WORDS.finditer(text)]
        for m in ONE_WORD.finditer(text):
            if any(f.start <= m.start("word") < f.end for f in out):
                continue
            # (a name before it in the same case: "Ivan Petrovich", "SYDYKOV AIBEK BAKYTOVICH"; a label is none)
            before = m.group("before")
            keep = before is not None and before.isupper() == m.group("word").isupper() and not before.isupper()
            start = m.start("before") if keep else m.start("word")
            out.append(Finding(start, m.end(), "PERSON", SCORE, self.name))
        return sorted(out, key=lambda f: f.start)
