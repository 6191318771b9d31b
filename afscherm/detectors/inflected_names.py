"""PERSON: a name found once is that name again in another grammatical case (``Kristaps`` / ``Kristapa sieva``).

Families write to each other in their own languages inside a Dutch chat, and Slavic, Baltic and Turkic languages
change a name's ending with its role in the sentence: Croatian ``Slavko`` / ``sutra je Slavku rođendan``, ``Dragica`` /
``dobrodošla Dragice``, Latvian ``Raivis`` / ``Raivi, man vajag``, Slovak ``Matej`` / ``narodeniny Mateja``, Kazakh
``Даулет`` / ``Даулеттің құжаттары`` (tuning_57 ... 103). The consistency pass marks a found name's exact forms only.
Here a capitalised word is that name when it is a found listed first name, its last letter or two taken off (four
letters kept at least), with a case ending of those languages (:data:`CASE_ENDINGS`); not a common word or a listed
place (``Linda`` / ``Linde``). The model's place on such a word gives way.

>>> from afscherm.detectors.findings import Finding
>>> text = "Kristaps belde. Labdien, te Inese, Kristapa sieva."
>>> found = [Finding(0, 8, "PERSON", 0.9, "SpacyNer")]
>>> [text[f.start : f.end] for f in inflected_names(text, None, found)]
['Kristaps', 'Kristapa']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding
from afscherm.detectors.person_name import common_words, is_first_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

RECOGNIZER = "InflectedName"
SCORE = 0.8
# Case endings (Polish, Czech, Slovak, Croatian, Serbian, Slovene; Latvian, Lithuanian; Turkish, Azerbaijani, Kazakh;
# Russian, Ukrainian, Bulgarian in Cyrillic): genitive, dative, accusative, instrumental, vocative.
CASE_ENDINGS = frozenset(
    "a u om em i ai ą ę owi ovi e y ie iem ym o as is us ui ei ës it in ın un ün nın nin"
    " а у е ом ой ю і ы я ем ам ин ін ің тің дің ды ға".split()
)
_STEM = 4  # letters of the name kept at least
_CUT = 2  # letters of the name's end a case may replace
_WORD = re.compile(r"[^\W\d_]{4,}")


def inflected_names(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """``findings`` and, as PERSON, the other grammatical cases of the names found (see the module docstring)."""
    from afscherm.detectors.place_names import lookup  # (place_names builds on the person rules)

    names = {
        word
        for f in findings
        if f.entity_type == "PERSON"
        for word in text[f.start : f.end].split()
        # (a listed first name: a word wrongly found as a name, "Kosovo", has no cases to look for; held-out set 19 had
        # one such case found, and nothing gained)
        if len(word) >= _STEM and word[0].isupper() and word.isalpha() and is_first_name(word)
    }
    if not names:
        return findings
    stems = {name[: len(name) - cut] for name in names for cut in range(_CUT + 1) if len(name) - cut >= _STEM}
    heads = {stem[:_STEM] for stem in stems}  # (a word whose first letters start no stem is passed at once)
    common = common_words()
    added: list[Finding] = []
    replaced: list[Finding] = []
    for m in _WORD.finditer(text):
        word = m.group()
        if word[:_STEM] not in heads or word in names or not word[0].isupper():
            continue
        if text[m.end() : m.end() + 1] in ("'", "’"):
            continue  # a Dutch plural or genitive is no case ending ("Israëli's" beside a wrongly found "Israël")
        if not any(word[: len(word) - len(end)] in stems for end in CASE_ENDINGS if word.endswith(end)):
            continue
        overlapping = [f for f in findings if f.start < m.end() and m.start() < f.end]
        # (the model's place on an unlisted word gives way, as the consistency pass lets it: "sutra je Zvonku")
        if any(f.entity_type != "LOCATION" or f.recognizer != "SpacyNer" for f in overlapping):
            continue
        if word.lower() in common or lookup(word) is not None:
            continue
        added.append(Finding(m.start(), m.end(), "PERSON", SCORE, RECOGNIZER))
        replaced.extend(overlapping)
    if not added:
        return findings
    return sorted([f for f in findings if f not in replaced] + added, key=lambda f: (f.start, f.end))
