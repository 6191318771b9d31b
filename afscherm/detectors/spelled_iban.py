"""IBAN_CODE: an IBAN read out in a call as a speaker spells it, its letters by a spelling alphabet, its digits in
English words.

The spoken-number rules read an IBAN said in Dutch digit words with its letters as capitals (``NL 91 ABNA nul vier
één ...``). Callers spell the bank code with the Dutch spelling alphabet (``R van Richard, A van Anton``, or the
words alone: ``Richard Anton Bernard Otto``) or NATO's (``Romeo Alpha Bravo Oscar``), an English-speaking caller says
the digits in English (``N L eight one R A B O nine eight two ...``), and a transcript may glue the code to the bank's
letters (``NL81RABO negen acht twee ...``). Each piece says one character (or a group of digits); read from a
capital country code of the IBAN registry (two capitals, or two spelled letters), the pieces make the country's
number of characters, and mod-97 and the country's format decide (python-stdnum, as for every IBAN). At least one
piece must be a word: a row of bare characters is written, and the other rules read it.

>>> text = "Beller: NL vier vier R van Richard, A van Anton, B van Bernard, O van Otto, nul een twee drie vier vijf zes"
>>> [text[f.start : f.end][:26] for f in SpelledIbanRecognizer().find(text + " zeven acht negen.")]
['NL vier vier R van Richard']
>>> SpelledIbanRecognizer().find(text + " zeven acht acht.")  # one digit off: mod-97 fails
[]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from afscherm.detectors.context import has_context
from afscherm.detectors.findings import Finding
from afscherm.detectors.iban import CONTEXT_WORDS, fits_format, iban_length, is_valid_iban
from afscherm.detectors.recognizer import DutchRecognizer
from afscherm.detectors.spoken_numbers import DIGIT_WORDS, NATO_ALPHABET

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCORE, SCORE_WITH_CONTEXT = 0.85, 1.0
ENGLISH_DIGITS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}
# The Dutch spelling alphabet (the telephone alphabet of the PTT), each word for its first letter; capitalised as
# callers and transcribers write them.
DUTCH_ALPHABET = frozenset(
    "Anton Bernard Cornelis Dirk Eduard Ferdinand Gerard Hendrik Izaak Johannes Karel Lodewijk Maria Nico Otto Pieter"
    " Quirinus Richard Simon Theodoor Utrecht Victor Willem Xantippe Ypsilon Zaandam".split()
)
_WORD_PIECES = sorted({*DIGIT_WORDS, *ENGLISH_DIGITS, *NATO_ALPHABET}, key=len, reverse=True)
_PIECE = re.compile(
    r"(?<![\w-])(?:(?P<letter>[A-Z])(?:[ \t]+(?:van|als[ \t]+in|als|zoals|for|as[ \t]+in)[ \t]+(?P<word>[A-Z][a-z]+))?"
    rf"|(?P<alphabet>{'|'.join(sorted(DUTCH_ALPHABET, key=len, reverse=True))})"
    rf"|(?P<spoken>(?i:{'|'.join(map(re.escape, _WORD_PIECES))}))"
    r"|(?P<digits>\d{1,4})|(?P<glued>[A-Z]{2}\d{2}(?:[A-Z]{4})?|[A-Z]{2,4})"
    r")(?![\w-])"
)
_GAP = re.compile(r"[ \t]*[,.;\-–]?[ \t]+(?:(?i:eh|ehm|uh|uhm|euh|en|and|dan|then)[ \t,]+)?|[ \t]*,[ \t]*")
_CODE = re.compile(
    r"(?<![\w-])(?:[A-Z]{2}(?=[ \t,])|[A-Z]{2}\d{2}(?:[A-Z]{4})?(?![\w-])|[A-Z](?=[ \t]+[A-Z](?![\w-])))"
)
MAX_PIECES = 40


def _chars(m: re.Match[str]) -> tuple[str, bool] | None:
    """The characters a piece says and whether it is a word, or None when it says none."""
    if m.group("letter") is not None:
        word = m.group("word")
        if word is not None and word[0] != m.group("letter"):
            return None
        return m.group("letter"), word is not None
    if m.group("alphabet") is not None:
        return m.group("alphabet")[0], True
    if m.group("spoken") is not None:
        lower = m.group("spoken").lower()
        if lower in NATO_ALPHABET:
            return lower[0].upper(), True
        return DIGIT_WORDS.get(lower) or ENGLISH_DIGITS[lower], True
    return (m.group("digits") or m.group("glued")), False


class SpelledIbanRecognizer(DutchRecognizer):
    """IBANs spelled out piece by piece (see the module docstring)."""

    ENTITIES: ClassVar[tuple[str, ...]] = ("IBAN_CODE",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        found: list[Finding] = []
        reached = 0
        for code in _CODE.finditer(text):
            if code.start() < reached:
                continue
            finding = self._iban_from(text, code.start())
            if finding is not None:
                found.append(finding)
                reached = finding.end
        return found

    def _iban_from(self, text: str, start: int) -> Finding | None:
        said, words, pos = "", 0, start
        length: int | None = None
        for _ in range(MAX_PIECES):
            m = _PIECE.match(text, pos)
            piece = _chars(m) if m is not None else None
            if m is None or piece is None:
                return None
            chars, word = piece
            said += chars
            words += word
            if length is None and len(said) >= 2:
                length = iban_length(said[:2]) if said[:2].isupper() and said[:2].isalpha() else None
                if length is None:
                    return None
            if length is not None and len(said) >= length:
                if len(said) > length or words == 0 or not fits_format(said) or not is_valid_iban(said):
                    return None
                score = SCORE_WITH_CONTEXT if has_context(text, start, m.end(), CONTEXT_WORDS) else SCORE
                return Finding(start, m.end(), "IBAN_CODE", score, self.name)
            gap = _GAP.match(text, m.end())
            if gap is None or gap.end() == m.end():
                return None
            pos = gap.end()
        return None
