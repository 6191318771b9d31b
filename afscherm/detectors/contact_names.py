"""PERSON: a contact's name right before its phone number in brackets (``Kaveh 🌙 (+31 6 47 93 05 26)``).

Exports of text messages and call logs, and people writing down whom to call, set a contact's display name before
the number in brackets: ``12 feb. 2026 19:02 | ontvangen | Kaveh 🌙 (+31 6 47 93 05 26) | …``, ``bel Kobie (06 13 82
09 45).`` (tuning_93, _105). The bracketed number names the word or two before it as whose number it is; the names
need not be in any list. Not a common word (``Kantoor (020 …)``, ``Receptie``, ``Mobiel``) or a title (the
organisation guard after it drops an organisation's name); an emoji or two between name and bracket are the
contact's decoration.

>>> from afscherm.detectors.findings import Finding
>>> text = "19:02 | ontvangen | Kaveh 🌙 (+31 6 47 93 05 26) | hoi"
>>> at = text.index("+31")
>>> phone = Finding(at, at + 17, "PHONE_NUMBER", 0.9, "PhoneNumberRecognizer")
>>> [text[f.start : f.end] for f in names_before_phones(text, None, [phone]) if f.entity_type == "PERSON"]
['Kaveh']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding
from afscherm.detectors.person_name import KIN_WORD_SET, TITLE_SET, common_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

RECOGNIZER = "ContactName"
SCORE = 0.8
# one or two capitalised words (letters of any alphabet), an emoji or two perhaps, the opening bracket; the words
# start a line, follow a separator or stand after a lower-case word ("bel Kobie (06 …)")
_NAME_BEFORE_BRACKET = re.compile(
    r"(?<![\w'-])(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,20}(?:[ \t][A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_'-]{1,25})?)"
    r"[ \t]*(?:[^\w\s()]{1,4}[ \t]*)?\($"
)
_REACH = 50
_WORD = re.compile(r"\w")


def _beside(text: str, f: Finding, start: int, end: int) -> str:
    """What the finding ``f`` covers beside ``start``-``end``."""
    return text[f.start : max(f.start, start)] + text[min(f.end, end) : f.end]


# a parent as a phone saves them ("Pai (+31 6 …)", "Mama 💛 (06 …)"): no name
_NOT_NAMES = KIN_WORD_SET | frozenset({"pai", "mae", "baba", "amma", "appa", "abba"})


def names_before_phones(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """``findings`` and, as PERSON, the contact's name before each phone number found in brackets (see above)."""
    added: list[Finding] = []
    common = common_words()
    for phone in findings:
        if phone.entity_type != "PHONE_NUMBER" or phone.start == 0 or text[phone.start - 1] != "(":
            continue
        if text[phone.end : phone.end + 1] != ")":
            continue
        m = _NAME_BEFORE_BRACKET.search(text, max(0, phone.start - _REACH), phone.start)
        if m is None:
            continue
        a, b = m.span("name")
        words = text[a:b].split()
        if any(w.lower() in common or w.lower() in TITLE_SET or w.lower() in _NOT_NAMES for w in words):
            continue
        if any(f.entity_type != "PERSON" and f.start < b and a < f.end for f in findings):
            continue
        # a name found with more words than these ("Van den Elzen (06-10 45 88 27)") is kept as found
        if any(
            f.entity_type == "PERSON" and f.start < b and a < f.end and _WORD.search(_beside(text, f, a, b))
            for f in findings
        ):
            continue
        added.append(Finding(a, b, "PERSON", SCORE, RECOGNIZER))
    if not added:
        return findings
    # (a name the model found with the emoji in it, "Daryush 🌵", is this one: its span gives way)
    kept = [
        f for f in findings if f.entity_type != "PERSON" or not any(n.start < f.end and f.start < n.end for n in added)
    ]
    return sorted(kept + added, key=lambda f: (f.start, f.end))
