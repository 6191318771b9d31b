"""A name after Abu or Umm: the teknonym, "father of" or "mother of" a child, is the name the person goes by.

Arab families call parents by their eldest child's name: ``Abu Khaled``, ``Umm Rami``, ``Oum Rayane``, ``Abou
Samir`` (tuning_168, tuning_170). The name rules find the child's name after the word, and the word was left outside
the finding, though it is half the name the person is called by. Here a PERSON finding right after one of these words
(:data:`TEKNONYM_WORDS`, any case, a space between) takes the word in.

>>> from afscherm.detectors.findings import Finding
>>> text = "ik heb gisteren Abu Khaled gesproken, umm rami belt morgen"
>>> [text[f.start : f.end] for f in teknonyms(text, None,
...     [Finding(20, 26, "PERSON", 0.85, "m"), Finding(42, 46, "PERSON", 0.85, "m")])]
['Abu Khaled', 'umm rami']
"""

from __future__ import annotations

import re

from afscherm.detectors.findings import Finding

# "father of" and "mother of" as Levantine, Maghrebi and Gulf families write them in Latin letters (not "om", "um",
# "abo": a Dutch word, an English one, a subscription)
TEKNONYM_WORDS = ("abu", "abou", "umm", "oum")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])(" + "|".join(TEKNONYM_WORDS) + r")[ \t]+$", re.I)
_REACH = 6


def teknonyms(text: str, doc: object, findings: list[Finding]) -> list[Finding]:
    """``findings`` with each PERSON finding right after "Abu", "Umm" and their spellings grown over the word."""
    lowered = text.lower()
    if not any(word in lowered for word in TEKNONYM_WORDS):
        return findings
    out = []
    for f in findings:
        if f.entity_type == "PERSON":
            m = _WORD_BEFORE.search(text, max(0, f.start - _REACH), f.start)
            if m is not None:
                f = Finding(m.start(1), f.end, f.entity_type, f.score, f.recognizer)
        out.append(f)
    return out
