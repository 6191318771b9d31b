"""PERSON: names written in Arabic script (Arabic, Persian and Dari, Kurdish Sorani, Pashto: ``علي حسين``,
``سیروان بارزانی``, ``ومازن``).

Iraqi, Syrian, Egyptian, Afghan, Iranian and Kurdish families in the Netherlands write each other in their own script,
mixed with Dutch (tuning_104, _105, _108, _121, _129: 33 names missed over 12 sets; no rule read a name in that script).
Arabic script has no capitals, and many given names are everyday words too (``نور`` 'light', ``أمل`` 'hope', ``علي``
as chats spell 'on'), so the names a helper listed from general knowledge (``data/lexicons/names_arabic_script.tsv``,
each marked when it is also a word) count so:

- a listed given name that is no word (``مازن``, ``شێروان``), three letters or more, alone or with ``و`` 'and' glued
  before it (``ومازن``);
- a listed given name that is a word too, right before a listed name that is none (``هێمن شەریفی`` when the family name
  is listed, ``علي حسين``);

and either goes on over up to two listed names after it, of any kind (``سیروان بارزانی``, ``سۆران تاڵەبانی``).

>>> text = "خلود و جاسم حسون هاتوا الاوراق. محمد في البيت، علي حسين ايضا"
>>> [text[f.start : f.end] for f in ArabicScriptNameRecognizer().find(text)]
['جاسم', 'محمد', 'علي حسين']
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, NamedTuple

from afscherm.detectors.findings import Finding
from afscherm.detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCORE = 0.6
NAMES = Path(__file__).parent / "data" / "lexicons" / "names_arabic_script.tsv"
MIN_LETTERS = 3
MAX_AFTER = 2  # listed names a name goes on over (a given name, the father's, the family's)
# A word of Arabic-script letters (the zero-width non-joiner inside a Persian word), no digits or punctuation.
_LETTERS = "\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u0750-\u077f"
_WORD = re.compile(rf"(?<![{_LETTERS}\u200c])[{_LETTERS}][{_LETTERS}\u200c]*(?![{_LETTERS}\u200c])")
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")  # vowel marks and the tatweel, not written on forms
_AND = "و"


class _Listed(NamedTuple):
    plain: frozenset[str]  # names no everyday word is written as
    worded: frozenset[str]  # names that are everyday words too
    given: frozenset[str]


@lru_cache(maxsize=1)
def _listed() -> _Listed:
    plain: set[str] = set()
    worded: set[str] = set()
    given: set[str] = set()
    for line in NAMES.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("name\t") or not line.strip():
            continue
        name, kind, _, _, common = line.split("\t")
        if " " in name:
            continue  # (two-word names are read word by word)
        (plain if common == "no" else worded).add(name)
        if kind == "given":
            given.add(name)
    return _Listed(frozenset(plain - worded), frozenset(worded), frozenset(given))


def _bare(word: str) -> str:
    return _DIACRITICS.sub("", word)


def _opens(word: str) -> int:
    """Where the name in ``word`` starts (0, or 1 after a glued ``و``), or -1 when ``word`` opens no name on its own."""
    listed = _listed()
    bare = _bare(word)
    if len(bare) >= MIN_LETTERS and bare in listed.plain and bare in listed.given:
        return 0
    rest = bare[1:]
    if bare.startswith(_AND) and len(rest) >= MIN_LETTERS and rest in listed.plain and rest in listed.given:
        return 1
    return -1


class ArabicScriptNameRecognizer(DutchRecognizer):
    """Names in Arabic script (see the module's note)."""

    ENTITIES: ClassVar[tuple[str, ...]] = ("PERSON",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        if re.search(f"[{_LETTERS}]", text) is None:
            return []
        listed = _listed()
        words = list(_WORD.finditer(text))
        out: list[Finding] = []
        i = 0
        while i < len(words):
            m = words[i]
            at = _opens(m.group())
            bare = _bare(m.group())
            nxt = words[i + 1] if i + 1 < len(words) else None
            beside = nxt is not None and text[m.end() : nxt.start()] == " " and _bare(nxt.group()) in listed.plain
            if at < 0 and not (bare in listed.worded and bare in listed.given and beside):
                i += 1
                continue
            start, end, j = m.start() + max(at, 0), m.end(), i + 1
            # on over the listed names right after it, one blank apart
            while j < len(words) and j - i <= MAX_AFTER and text[words[j - 1].end() : words[j].start()] == " ":
                following = _bare(words[j].group())
                if following not in listed.plain and following not in listed.worded:
                    break
                end, j = words[j].end(), j + 1
            out.append(Finding(start, end, "PERSON", SCORE, self.name))
            i = j
        return out
