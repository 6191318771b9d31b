"""LOCATION: a Dutch street named alone, capitalised, without its number or a word that says it is a street.

The street rules read a street with its number (``Kerkstraat 12``) or after a cue (``aan de Zuidzijdsedijk``, ``op
de Putweg``); a chat names the street alone as often: ``I can walk Zuidzijdsedijk to ...``, ``in de straat denk ik,
Putweg toch?``, ``Van der Pekstraat`` (tuning_68 ... 108). A capitalised word with an ending only streets have
(``-straat``, ``-laan``, ``-weg``, ``-dijk``, ``-gracht``, ``-kade``, ...; not ``-hof``, ``-veld``, ``-park``,
``-haven``, which farms, firms, marinas and families are named with: ``Westerveld``, ``Jachthaven``) and at least three
letters before it is a street, unless the word is a common word, an English word, a first or family name or a listed
place, a capitalised word follows it (a firm named after its street: ``Zeeweg Vakantiehuizen``), or a finding covers it.

>>> text = "I can walk Zuidzijdsedijk to the harbour"
>>> [text[f.start : f.end] for f in bare_streets(text, None, [])]
['Zuidzijdsedijk']
>>> bare_streets("Welkom bij Zeeweg Vakantiehuizen", None, [])
[]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding
from afscherm.detectors.person_name import common_words, family_names, first_names

if TYPE_CHECKING:
    from spacy.tokens import Doc

RECOGNIZER = "BareStreet"
SCORE = 0.6
_STREET_ONLY_ENDINGS = ("straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "steeg", "dreef",
                        "straatweg", "boulevard", "burgwal", "strjitte", "dyk")  # fmt: skip
_MIN_STEM = 3  # letters before the ending ("Putweg"; "Deweg" is no street)
_CAPITALISED = re.compile(r"(?<![\w'’@./-])[A-ZÀ-Ý][a-zà-ÿ]{3,}(?:-[A-Za-zÀ-ÿ]+)*(?![\w@'’-])")
_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-ZÀ-Ý][a-zà-ÿ]")


# A Belgian or French street named alone, its street word capitalised before its name ("for Chaussée de Helmet", "bij
# Rue Vanderkindere", tuning_174): the street word, its connectors and up to three capitalised words. (Not "Place",
# an English word; no model person over it stands: the street is the place.)
_FRENCH_BARE = re.compile(
    r"(?<![\w'’-])(?:Rue|Avenue|Chaussée|Chaussee|Boulevard|Quai)[ \t]+(?:(?:de[ \t]+la|de|du|des)[ \t]+|[dl]['’])?"
    r"[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){0,2}"
)


def _french_bare_streets(text: str, findings: list[Finding]) -> list[Finding]:
    """The French street words' streets named alone (see ``_FRENCH_BARE``) that no place, address or other
    finding but a person covers."""
    out = []
    for m in _FRENCH_BARE.finditer(text):
        if any(f.start < m.end() and m.start() < f.end and f.entity_type != "PERSON" for f in findings):
            continue
        out.append(Finding(m.start(), m.end(), "LOCATION", SCORE, RECOGNIZER))
    return out


def bare_streets(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """``findings`` and, as LOCATION, each street named alone (see the module docstring)."""
    from afscherm.detectors.place_names import ENGLISH_WORDS, normalise, place_index

    added: list[Finding] = _french_bare_streets(text, findings) if "Ru" in text or "Av" in text or "Ch" in text else []
    if not any(ending in text for ending in _STREET_ONLY_ENDINGS):
        # (most texts name no street: one substring test each before any pattern)
        return sorted(findings + added, key=lambda f: (f.start, f.end)) if added else findings
    common = common_words()
    for m in _CAPITALISED.finditer(text):
        word = m.group()
        lower = word.lower()
        ending = next((e for e in _STREET_ONLY_ENDINGS if lower.endswith(e)), None)
        if ending is None or len(lower) < len(ending) + _MIN_STEM:
            continue
        if lower in common or lower in ENGLISH_WORDS or lower in family_names() or lower in first_names():
            continue
        if normalise(word) in place_index() or _CAPITALISED_AFTER.match(text, m.end()):
            continue
        if any(f.start < m.end() and m.start() < f.end for f in findings):
            continue
        added.append(Finding(m.start(), m.end(), "LOCATION", SCORE, RECOGNIZER))
    return sorted(findings + added, key=lambda f: (f.start, f.end)) if added else findings
