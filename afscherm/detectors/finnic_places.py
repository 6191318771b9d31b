"""LOCATION: a place with a Finnish, Estonian or Sámi case ending glued to it (``Groningenissa``, ``Tartus``).

Finnish, Estonian and Sámi have no prepositions for "in", "from", "to": the case ending goes on the place's name,
foreign names too, most after a linking vowel: Finnish ``Rotterdamissa`` (in), ``Oulusta`` (from), ``Haagiin`` (to),
``Inarin`` (of); Estonian ``Delftis``, ``Tallinnast``, ``Pärnus``; Northern Sámi ``Groningenii``, ``Avvilis``
(tuning_167: 16 such places missed). The gazetteer (:func:`~afscherm.detectors.place_names.lookup`) knows the place
in its dictionary form; here a word is a place when, its ending taken off (and a linking vowel before it), the
gazetteer lists what is left as a place that is no word. A long ending (``-ssa``, ``-sta``, ``-lla``, ``-lle``...)
says enough on its own (with a stem of five letters or more): no Dutch or English word ends so after a place's name.
A short one (``-s``, ``-st``, ``-n``, ``-l``, ``-ii``) is Dutch too (``Amsterdams``, ``Limburgs``, ``Brabants``): it
counts only on a line that a word of those languages (:data:`SIGNAL_WORDS`) shows is written in one of them (and a
stem of four letters, ``Oulusta``, only there; in lower case six, ``rotterdamissa``, not ``passissa``, in the passport).
No frequent word counts (``Adresse``). Consonant gradation (``Helsinki`` / ``Helsingissä``, ``Kárášjohka`` /
``Kárášjogas``) is not undone: those stay unread.

>>> text = "asun nyt Groningenissa, äiti on vielä Oulusta"
>>> [text[f.start : f.end] for f in finnic_places(text, None, [])]
['Groningenissa', 'Oulusta']
>>> text = "ik vind het Amsterdams peil en Limburgs dialect mooi"
>>> [text[f.start : f.end] for f in finnic_places(text, None, [])]
[]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding

if TYPE_CHECKING:
    from spacy.tokens import Doc

RECOGNIZER = "FinnicPlace"
SCORE = 0.8
# Finnish local cases (in, from, at, off, onto, as), Estonian elative/illative/allative/ablative, and their vowel
# harmony pairs: un-Dutch after a place's name.
LONG_ENDINGS = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "sse", "hin", "iin")
# Finnish genitive -n, Estonian inessive -s, elative -st, adessive -l, allative -le, ablative -lt, comitative -ga,
# Sámi locative -s and illative -ii: Dutch, English or German endings too.
SHORT_ENDINGS = ("st", "lt", "le", "ga", "ii", "s", "n", "l")
LINKING_VOWELS = ("", "i", "a", "e", "ä", "u")
MIN_STEM = 4
# Words that show a line is Finnish, Estonian or Northern Sámi (none a Dutch or English word).
SIGNAL_WORDS = frozenset(
    # Finnish, written and chatted (not "jo", "hei", "moi", "pappa": Dutch chat words and a Groningen greeting)
    "että mutta myös kanssa vielä sitten kyllä olen olet oli ole ovat ihan kiitos joo nyt tänään huomenna mä sä"
    " mun sun meil teil tää mitä miten missä mikä koska vaan niin aina äiti isä mummo asun asuu muista muistakaa"
    " täällä siellä"
    # Estonian (not "kas", "jaa", "aga", "ema", "isa": Dutch and Turkish words, given names)
    " kui mina sina tema nüüd täna homme aitäh tere jah palun miks ning oled elab elan vanaema vanaisa siin seal ka"
    " mulle sulle veel"
    # Northern Sámi (not "son", "don", "lea": English words, a given name)
    " leat giitu buorre bures áddjá áhkku eadni áhčči dál ihttin".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_CANDIDATE = re.compile(r"(?<![\w'’-])([^\W\d_]{6,})(?![\w'’-])")


# Words frequent in these languages are words, whatever their ending ("Adresse", German and French): wordfreq's lists
# at this Zipf frequency or more (not Finnish's: its corpora hold its places' case forms, "Oulusta", "Inarin").
FOREIGN_WORD_LISTS, FOREIGN_WORD_ZIPF = ("de", "fr", "sv"), 2.5


def _foreign_word(word: str) -> bool:
    from afscherm.detectors.name_slots import frequent_words

    lowered = word.lower()
    return any(lowered in frequent_words(language, FOREIGN_WORD_ZIPF) for language in FOREIGN_WORD_LISTS)


def _signalled(line: str) -> bool:
    return any(w.lower() in SIGNAL_WORDS for w in _WORD.findall(line))


def stem_place(word: str, short_ok: bool) -> str | None:
    """The gazetteer's place ``word`` names with a case ending taken off (see the module's note), or None."""
    from afscherm.detectors.place_names import lookup  # (place_names builds on the person rules)

    lowered = word.lower()
    endings = LONG_ENDINGS + (SHORT_ENDINGS if short_ok else ())
    for ending in endings:
        if not lowered.endswith(ending):
            continue
        before = word[: len(word) - len(ending)]
        for vowel in LINKING_VOWELS:
            if vowel and not before.lower().endswith(vowel):
                continue
            stem = before[: len(before) - len(vowel)] if vowel else before
            # (in lower case a longer stem: "rotterdamissa"; "passissa", in the passport, is "passi", a place too)
            least = MIN_STEM + 2 if word.islower() else MIN_STEM if short_ok else MIN_STEM + 1
            if len(stem) < least:
                continue
            found = lookup(stem)
            if found is not None and found[1] == "plain":
                return found[0]
    return None


def finnic_places(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """``findings`` and, as LOCATION, the places named with a Finnish, Estonian or Sámi case ending."""
    from afscherm.detectors.name_slots import word_like  # (it reads the person rules' lists)

    added: list[Finding] = []
    replaced: list[Finding] = []
    line_signal: dict[int, bool] = {}
    for m in _CANDIDATE.finditer(text):
        start, end = m.start(1), m.end(1)
        word = m.group(1)
        if not word[0].isupper() and not word.lower().endswith(LONG_ENDINGS):
            continue  # (in lower case a long ending only: "rotterdamissa")
        overlapping = [f for f in findings if f.start < end and start < f.end]
        if any(f.entity_type == "LOCATION" for f in overlapping):
            continue
        # (the model's person or organisation on a place gives way; any other rule's finding stands)
        if any(f.recognizer != "SpacyNer" for f in overlapping):
            continue
        if word_like(word) or _foreign_word(word):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if line_start not in line_signal:
            line_end = text.find("\n", start)
            line_signal[line_start] = _signalled(text[line_start : len(text) if line_end < 0 else line_end])
        if stem_place(word, short_ok=line_signal[line_start]) is None:
            continue
        added.append(Finding(start, end, "LOCATION", SCORE, RECOGNIZER))
        replaced.extend(overlapping)
    if not added:
        return findings
    return sorted([f for f in findings if f not in replaced] + added, key=lambda f: (f.start, f.end))
