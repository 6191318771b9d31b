"""An ID document's holder written again beside its machine readable zone.

A scan or OCR output of a passport or identity card prints the holder's name and date of birth twice: in the visual
zone (``VERHOEVEN`` / ``KOEN`` / ``14 SEP/SEP 1976``, in capitals, without labels, often OCR-damaged) and in the MRZ.
A zone whose check digits hold (the :class:`~afscherm.detectors.mrz.MrzRecognizer`'s values, scored 0.75 or more)
says exactly whose data the text holds: its date of birth in any writing the date reader knows, its surname and
given names written with a capital, and its document number are that holder's wherever else the text writes them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afscherm.detectors.date_of_birth import dates_written
from afscherm.detectors.findings import Finding
from afscherm.detectors.text_facts import _CASE_ODDITIES, without_accents

if TYPE_CHECKING:
    from datetime import date

    from spacy.tokens import Doc

RECOGNIZER = "MrzHolder"
SCORE = 0.9
_ZONE_RECOGNIZERS = frozenset({"MrzRecognizer", "MrzShapeRecognizer"})
_MIN_ZONE_SCORE = 0.75  # every check digit holds, or all but one
# Letters OCR reads for digits in the MRZ font (as detectors.mrz reads a date's positions).
_AS_DIGIT = str.maketrans("OIlQSBZGD", "011058260")
# Particles of a surname: part of the surname's phrase, never a name on their own.
_PARTICLES = frozenset(
    "van de der den het t ter ten te op in la le du da di del dos el al ben bin abu von zu vom mc mac".split()
)
_FILLERS = re.compile(r"<+")
_NOT_NAME = re.compile(r"[^A-Z<]")
# A word starts after a string's escaped line break or tab too: OCR output in JSON writes the visual zone's lines
# as one string ("IDENTITEITSKAART\\nDE GRAAF\\nTHIJS"), where the "n" of the escape touches the name.
_AFTER_ESCAPE = r"|(?<=\\[nrt])"
# Digits OCR reads for a name's letters in the MRZ font (I, O, S, B; the zone reader lets them stand in a name), and
# the "(" it reads for a filler (the detection view reads it as "<": see detectors.text_view).
_AS_LETTER = str.maketrans("0158(", "OISB<")


def _yymmdd(value: str) -> tuple[int, int, int] | None:
    digits = value.translate(_AS_DIGIT)
    if len(digits) != 6 or not digits.isdigit():
        return None
    return int(digits[:2]), int(digits[2:4]), int(digits[4:])


def _same_day(day: date, yymmdd: tuple[int, int, int]) -> bool:
    return (day.year % 100, day.month, day.day) == yymmdd


def _name_phrases(field: str) -> list[tuple[str, ...]]:
    """What the zone's name field ``VAN<LEEUWEN<<DAAN`` stands for in the visual zone: the surname as a phrase (its
    words parted by spaces or a hyphen), each surname word and given name of two or more letters that is no
    particle (capitals A-Z), each as its words; the longest first, the surname's phrase before its words. Looked
    for as whole words, any case but opening with a capital (:func:`_phrase_spans`)."""
    field = field.translate(_AS_LETTER)  # "0ZTURK": OCR's 0 for the O an Ö is written as
    if _NOT_NAME.search(field):
        return []  # another digit in the name: no word to look for
    surname, _, given = field.partition("<<")
    surname_words = [w for w in _FILLERS.split(surname) if w]
    words = [w for w in surname_words + [w for w in _FILLERS.split(given) if w] if len(w) >= 2]
    phrases = {_PHRASE_GAP.join(surname_words)} if len(surname_words) > 1 else set()
    phrases |= {w for w in words if w.lower() not in _PARTICLES}
    # (ordered by the length of the pattern's text, as the patterns were: the surname's phrase before its words)
    return [tuple(phrase.split(_PHRASE_GAP)) for phrase in sorted(phrases, key=len, reverse=True)]


# What parts a surname's words in the visual zone (a run of spaces, tabs or hyphens), as a pattern's text.
_PHRASE_GAP = r"[ \t-]+"
_GAP_CHARS = frozenset(" \t-")


def _phrase_pattern(phrase: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:(?<![\w<]){_AFTER_ESCAPE}){_PHRASE_GAP.join(phrase)}(?![\w<])", re.IGNORECASE)


def _word_char(c: str) -> bool:
    r"""``c`` is what ``[\w<]`` matches (a pattern's \w is ``str.isalnum`` or ``_``)."""
    return c.isalnum() or c in "_<"


def _opens_word(text: str, at: int) -> bool:
    """No word character or ``<`` before ``at``, or an escaped line break or tab (``\\n``) right before it."""
    return at == 0 or not _word_char(text[at - 1]) or (at >= 2 and text[at - 2] == "\\" and text[at - 1] in "nrt")


def _phrase_end(text: str, lowered: str, at: int, phrase: tuple[str, ...]) -> int | None:
    """Where ``phrase`` (words of capitals A-Z) written from ``at`` ends: its words in any case, each after a run of
    spaces, tabs or hyphens, none going on into a word character or ``<``."""
    for k, word in enumerate(phrase):
        if k:
            gap = at
            while at < len(text) and text[at] in _GAP_CHARS:
                at += 1
            if at == gap:
                return None
        if not lowered.startswith(word.lower(), at):
            return None
        at += len(word)
    return None if at < len(text) and _word_char(text[at]) else at


def _phrase_spans(text: str, phrase: tuple[str, ...]) -> list[tuple[int, int]]:
    """Every span :func:`_phrase_pattern` finds (``finditer``: left to right, on after each match), by ``str.find``
    on the lower-cased text: compiling a pattern per name costs more than the search. Where the two could differ
    (a character a case-insensitive pattern matches to a letter that ``str.lower`` does not make it, or one that
    lower-cases to two), the pattern."""
    lowered = text.lower()
    if len(lowered) != len(text) or any(c in text for c in _CASE_ODDITIES):
        return [m.span() for m in _phrase_pattern(phrase).finditer(text)]
    first = phrase[0].lower()
    spans: list[tuple[int, int]] = []
    at = lowered.find(first)
    while at >= 0:
        end = _phrase_end(text, lowered, at, phrase) if _opens_word(text, at) else None
        if end is not None:
            spans.append((at, end))
        at = lowered.find(first, end if end is not None else at + 1)
    return spans


def _literal_spans(text: str, value: str) -> list[tuple[int, int]]:
    """Every span of ``value`` written as it is in ``text``, no letter or digit right before (but an escaped line
    break or tab) or after it: what ``finditer`` finds of ``(?:(?<![A-Za-z0-9])|(?<=\\[nrt]))VALUE(?![A-Za-z0-9])``,
    by ``str.find``."""
    spans: list[tuple[int, int]] = []
    at = text.find(value) if value else -1
    while at >= 0:
        end = at + len(value)
        opens = (
            at == 0 or not _ascii_alnum(text[at - 1]) or (at >= 2 and text[at - 2] == "\\" and text[at - 1] in "nrt")
        )
        if opens and not (end < len(text) and _ascii_alnum(text[end])):
            spans.append((at, end))
            at = text.find(value, end)
        else:
            at = text.find(value, at + 1)
    return spans


def _ascii_alnum(c: str) -> bool:
    return c.isascii() and c.isalnum()


_PHRASE_WORDS = re.compile(r"[ \t-]+")


def _opens_with_capital(matched: str) -> bool:
    """The first word of ``matched`` that is no particle opens with a capital: ``KOEN``, ``van Dam`` and ``el Amrani``
    (a surname's particle is written in lower case before a capitalised name), not ``koen`` or ``van dam``.

    >>> _opens_with_capital("el Amrani"), _opens_with_capital("EL AMRANI"), _opens_with_capital("van dam")
    (True, True, False)
    """
    for word in _PHRASE_WORDS.split(matched):
        if word.lower() not in _PARTICLES:
            return word[:1].isupper()
    return False


def holder_elsewhere(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """``findings`` and the holder's date of birth and names written outside a zone whose check digits hold."""
    values = [
        f
        for f in findings
        if f.recognizer in _ZONE_RECOGNIZERS
        and f.score >= _MIN_ZONE_SCORE
        and f.entity_type in ("DATE_OF_BIRTH", "PERSON", "NL_ID_DOCUMENT")
    ]
    if not values:
        return findings
    zones = [(f.start, f.end) for f in findings if f.entity_type == "MRZ"]
    taken = [(f.start, f.end, f.entity_type) for f in findings]

    def free(start: int, end: int, entity: str) -> bool:
        # (not inside a zone, nor inside a finding of the same type already there)
        return not any(a <= start and end <= b for a, b in zones) and not any(
            a <= start and end <= b and kind == entity for a, b, kind in taken
        )

    added: list[Finding] = []
    for f in values:
        value = text[f.start : f.end]
        if f.entity_type == "NL_ID_DOCUMENT":
            # the document number printed on the card, alone on its line or after a label OCR broke
            added += [
                Finding(start, end, "NL_ID_DOCUMENT", SCORE, RECOGNIZER)
                for start, end in _literal_spans(text, value)
                if free(start, end, "NL_ID_DOCUMENT")
            ]
        elif f.entity_type == "DATE_OF_BIRTH":
            birth = _yymmdd(value)
            if birth is None:
                continue
            added += [
                Finding(start, end, "DATE_OF_BIRTH", SCORE, RECOGNIZER)
                for start, end, day in dates_written(text)
                if _same_day(day, birth) and free(start, end, "DATE_OF_BIRTH")
            ]
        else:
            spans: list[tuple[int, int]] = []
            phrases = _name_phrases(value)
            plain = without_accents(text) if phrases else text  # (the zone writes ÖZTÜRK as OZTURK)
            for phrase in phrases:
                for start, end in _phrase_spans(plain, phrase):
                    if not _opens_with_capital(plain[start:end]):
                        continue  # a common word written like the name ("koen", "bakker")
                    if free(start, end, "PERSON") and not any(a < end and start < b for a, b in spans):
                        spans.append((start, end))
            added += [Finding(start, end, "PERSON", SCORE, RECOGNIZER) for start, end in spans]
    return findings + added
