"""PERSON: a name written in Adlam (the Fula alphabet) or N'Ko (the Manding one) among words of another script, as
Guinean, Senegalese and Malian families write their names beside the Latin spelling (``𞤐𞤫𞤲𞤫 𞤄𞤢𞥄: ... / Néné Bah``,
``in N'Ko schrijft ze zelf ߤߊߥߊ ߞߎߙߎߡߊ``; tuning_180).

Adlam has capitals, and capitalises names as Latin does: a run of one to four Adlam words, each opening with a
capital, is a name (a sentence of Adlam has words in small letters after its first). N'Ko has no capitals: a run of
one to three N'Ko words standing alone among words of another script (a Dutch or French chat naming someone) is a
name; longer N'Ko runs are sentences, left to nothing (fail open only where no name can be told from a word).

>>> text = "[18:12] 𞤐𞤫𞤲𞤫 𞤄𞤢𞥄: 𞤐𞤫𞤲𞤫 𞤖𞤢𞥄𞤱𞤢 𞤄𞤢𞥄 / Néné Hawa Bah"
>>> [text[f.start : f.end] for f in WestAfricanScriptNameRecognizer().find(text)]
['𞤐𞤫𞤲𞤫 𞤄𞤢𞥄', '𞤐𞤫𞤲𞤫 𞤖𞤢𞥄𞤱𞤢 𞤄𞤢𞥄']
>>> text = "en in N'Ko schrijft ze zelf ߤߊߥߊ ߞߎߙߎߡߊ, mag dat er ook op?"
>>> [text[f.start : f.end] for f in WestAfricanScriptNameRecognizer().find(text)]
['ߤߊߥߊ ߞߎߙߎߡߊ']
>>> WestAfricanScriptNameRecognizer().find("𞤀𞤣𞤵𞤥𞤢 𞤸𞤵𞤲𞤣𞤵 𞤱𞤮𞤲𞤭")  # a sentence: small letters after its first word
[]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from afscherm.detectors.findings import Finding
from afscherm.detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCORE = 0.85
# Adlam: capitals U+1E900-1E921, small letters U+1E922-1E943, marks U+1E944-1E94B; any letter or mark of it
_ADLAM_ANY = "\U0001e900-\U0001e94b"
_ADLAM_WORD = "[\U0001e900-\U0001e921][\U0001e922-\U0001e94b]+"
ADLAM_NAME = re.compile(
    rf"(?<![{_ADLAM_ANY}])(?<![{_ADLAM_ANY}][ \t]){_ADLAM_WORD}(?:[ \t]{_ADLAM_WORD}){{0,3}}"
    rf"(?![{_ADLAM_ANY}])(?![ \t][{_ADLAM_ANY}])"
)
# N'Ko: letters U+07CA-07EA, then tone marks and the like (U+07EB-07F5) and the lengthening sign (U+07FA)
_NKO_ANY = "\u07ca-\u07f5\u07fa"
_NKO_WORD = "[\u07ca-\u07ea][\u07ca-\u07f5\u07fa]*"
NKO_NAME = re.compile(
    rf"(?<![{_NKO_ANY}])(?<![{_NKO_ANY}][ \t]){_NKO_WORD}(?:[ \t]{_NKO_WORD}){{0,2}}"
    rf"(?![{_NKO_ANY}])(?![ \t][{_NKO_ANY}])"
)
_SCRIPTS = re.compile(f"[{_ADLAM_ANY}{_NKO_ANY}]")


class WestAfricanScriptNameRecognizer(DutchRecognizer):
    """Names in Adlam or N'Ko letters (see the module's note)."""

    ENTITIES: ClassVar[tuple[str, ...]] = ("PERSON",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        if _SCRIPTS.search(text) is None:
            return []
        spans = [m.span() for pattern in (ADLAM_NAME, NKO_NAME) for m in pattern.finditer(text)]
        return [Finding(start, end, "PERSON", SCORE, self.name) for start, end in sorted(spans)]
