"""PERSON: a lower-case word of a line written in Papiamentu is the language's word, not a person's name.

Families of Curaçao, Aruba and Bonaire write to each other and to Dutch desks in Papiamentu, in lower case as chats
are written. Many of its everyday words are first names elsewhere in the world (``warda`` 'wait', ``awa`` 'water',
``tin`` 'have', ``mucha`` 'child', ``luna`` 'month'), so the rules that read a listed first name typed in lower case
in a chat's line would name people in every other sentence ("wela ta warda bo na westpunt", "tin awa atrobe",
tuning_112). A line holding two of the language's distinctive little words (:data:`MARKERS`), in a text holding four,
is Papiamentu; there a PERSON found in lower case whose every word is one of the language's frequent words
(``data/lexicons/papiamentu_words_pap.txt``) is dropped. Capitalised names stay whatever the line's language.

>>> from afscherm.detectors.findings import Finding
>>> text = "wela ta warda bo na westpunt, dushi. awor mi ta bai"
>>> at = text.index("warda")
>>> papiamentu_words_as_names(text, None, [Finding(at, at + 5, "PERSON", 0.6, "PersonNameRecognizer")])
[]
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding

if TYPE_CHECKING:
    from spacy.tokens import Doc

LEXICON = Path(__file__).parent / "data" / "lexicons" / "papiamentu_words_pap.txt"
# Little words that mark a line as Papiamentu: none is a Dutch, English, Spanish or Low Saxon word of their own
# (not "bin", Low Saxon's "am"; not "lo", Spanish's "it").
MARKERS = frozenset("ta bo nan tin ku awor tambe danki dushi boso aki awe mañan kiko tabata mucha buska".split())
MIN_LINE_MARKERS = 2
MIN_TEXT_MARKERS = 4
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def papiamentu_words() -> frozenset[str]:
    """The words of :data:`LEXICON` (comments and blank lines skipped)."""
    words: set[str] = set()
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.update(_WORD.findall(line.lower()))
    return frozenset(words)


def papiamentu_line(text: str, at: int) -> bool:
    """The line of ``text`` holding ``at`` has :data:`MIN_LINE_MARKERS` of the language's distinctive words or more."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = set(_WORD.findall(text[start : len(text) if end < 0 else end].lower()))
    return len(words & MARKERS) >= MIN_LINE_MARKERS


def papiamentu_words_as_names(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """``findings`` without the lower-case PERSON findings of Papiamentu lines that are the language's words."""
    lower = [f for f in findings if f.entity_type == "PERSON" and text[f.start : f.end].islower()]
    if not lower:
        return findings
    if len(set(_WORD.findall(text.lower())) & MARKERS) < MIN_TEXT_MARKERS:
        return findings
    words = papiamentu_words()
    dropped = {
        id(f)
        for f in lower
        if all(w in words for w in _WORD.findall(text[f.start : f.end])) and papiamentu_line(text, f.start)
    }
    return [f for f in findings if id(f) not in dropped] if dropped else findings
