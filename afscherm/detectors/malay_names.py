"""PERSON: a Malay or Tamil-Malaysian name that names its holder's father, as Malaysian and Singaporean identity
cards and forms write it: the given name, ``bin`` (son of) or ``binti`` (daughter of), then the father's name
(``Aisyah binti Kamarudin``, ``WAN AMIRAH BINTI WAN ISMAIL``), or among Tamil Malaysians ``a/l`` (anak lelaki, son)
and ``a/p`` (anak perempuan, daughter) and Singapore's ``s/o`` and ``d/o`` (``Suresh a/l Muniandy``).

Malaysian, Singaporean and Indonesian students and workers reach Dutch desks with these names on their passports
(tuning_144). No list holds the given names and fathers' names of the whole Malay world, but the link word between
them is unmistakable: ``binti``, ``a/l``, ``a/p``, ``s/o`` and ``d/o`` are no words of Dutch or English, so a name
in lower case is taken around them too (``thinesh a/l sivakumar``); ``bin`` is an English word (a recycle bin), so
around it the names must be capitalised, both sides alike. A form of address before the name (``Encik``, ``Puan``,
``Dato'``) is no part of it.

>>> text = "pelajar Aisyah binti Kamarudin, dan WAN AMIRAH BINTI WAN ISMAIL; Encik Suresh a/l Muniandy"
>>> [text[f.start : f.end] for f in MalayNameRecognizer().find(text)]
['Aisyah binti Kamarudin', 'WAN AMIRAH BINTI WAN ISMAIL', 'Suresh a/l Muniandy']
>>> text = "broer thinesh a/l sivakumar; de Recycle bin Amsterdam; Bin 4"
>>> [text[f.start : f.end] for f in MalayNameRecognizer().find(text)]
['thinesh a/l sivakumar']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from afscherm.detectors.findings import Finding
from afscherm.detectors.name_slots import word_like
from afscherm.detectors.person_name import common_words
from afscherm.detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCORE = 0.85
# The link words (in lower case between capitalised names, in capitals between names in capitals).
_LINK = r"bin|binti|binte|bte|a/l|a/p|s/o|d/o"
_TITLE_WORD = r"[A-Z][a-z'’]{1,15}(?:-[A-Z]?[a-z]{1,15})?"
_CAPS_WORD = r"[A-Z][A-Z'’]{1,15}(?:-[A-Z]{1,15})?"
_LOWER_WORD = r"[a-z]{3,15}"
_GAP = r"[ \t]+"
NAME = re.compile(
    # (up to three words before the link and three after it, all in one case; a longer run holds other words)
    # (the given names as initials too: "M.H. bin Rosli", tuning_144)
    rf"(?<![\w'’.-])(?:(?P<t>(?:[A-Z]\.){{1,3}}|{_TITLE_WORD}(?:{_GAP}{_TITLE_WORD}){{0,3}}){_GAP}(?P<tl>(?i:{_LINK})){_GAP}"
    rf"(?P<tr>{_TITLE_WORD}(?:{_GAP}{_TITLE_WORD}){{0,3}})"
    rf"|(?P<c>{_CAPS_WORD}(?:{_GAP}{_CAPS_WORD}){{0,3}}){_GAP}(?P<cl>BIN|BINTI|BINTE|BTE|A/L|A/P|S/O|D/O){_GAP}"
    rf"(?P<cr>{_CAPS_WORD}(?:{_GAP}{_CAPS_WORD}){{0,3}})"
    rf"|(?P<l>{_LOWER_WORD}(?:{_GAP}{_LOWER_WORD})?){_GAP}(?P<ll>binti|binte|a/l|a/p|s/o|d/o){_GAP}"
    rf"(?P<lr>{_LOWER_WORD}(?:{_GAP}{_LOWER_WORD})?))(?![\w'’-])"
)
# The parts of Malay names that are words to the word lists too (kept), and the forms of address before a name
# (left out): from common knowledge of Malaysian names.
NAME_PARTS = frozenset(
    """
    wan nik che siti nur noor nurul mohd muhammad mohamad mohammad abdul ahmad tengku tunku raja syed sharifah puteri
    megat ab abd ali said omar hassan ismail
    """.split()
)
ADDRESS_FORMS = frozenset(
    """
    encik puan cik datuk dato dato' datin tan sri haji hajah tuan kak abang adik auntie aunty uncle dr mr mrs ms
    madam mdm miss
    """.split()
)
_WORD = re.compile(r"\S+")


class MalayNameRecognizer(DutchRecognizer):
    """Malay and Tamil-Malaysian names with the father's name after bin, binti, a/l, a/p, s/o or d/o (see the
    module's note)."""

    ENTITIES: ClassVar[tuple[str, ...]] = ("PERSON",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        if "/" not in text and "bin" not in text.lower() and "bte" not in text.lower():
            return []
        out: list[Finding] = []
        for m in NAME.finditer(text):
            side = next(g for g in ("t", "c", "l") if m.group(g) is not None)
            if side == "t" and not m.group("tl").islower():
                continue  # (a link capitalised between capitalised words: "Recycle Bin Amsterdam")
            start = _given_start(text, m.start(side), m.end(side))
            end = _father_end(text, m.start(side + "r"), m.end(side + "r"))
            if start is None or end is None:
                continue
            out.append(Finding(start, end, "PERSON", SCORE, self.name))
        return out


def _words(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, start, end))


def _given_start(text: str, start: int, end: int) -> int | None:
    """Where the given name begins in the words before the link: after a form of address and after words the word
    lists hold that are no Malay name's parts (None: no word left)."""
    words = _words(text, start, end)
    while words and (_word_only(words[0].group()) or words[0].group().lower().rstrip(".") in ADDRESS_FORMS):
        words = words[1:]
    return words[0].start() if words else None


def _father_end(text: str, start: int, end: int) -> int | None:
    """Where the father's name ends in the words after the link: before the first word the word lists hold that is
    no Malay name's part (None: the first word is such a word)."""
    words = _words(text, start, end)
    kept = []
    for w in words:
        if _word_only(w.group()):
            break
        kept.append(w)
    return kept[-1].end() if kept else None


def _word_only(word: str) -> bool:
    """A word of the word lists that no Malay name is made of ("de", "Recycle"; a place, "Amsterdam", is one too)."""
    low = word.lower().strip("'’")
    return (low in common_words() or word_like(low)) and low not in NAME_PARTS
