"""Which parts of a text the NER model reads: the lines where a capitalised name or place can be.

The statistical model is most of the analyzer's cost, and in support data most lines cannot hold
anything it finds: JSON log lines, hashes, timestamps, stack frames, amounts, and chat written in
lowercase (lowercase names are :mod:`detectors.person_name`'s job, not the model's). A line goes to
the model when it has a *candidate*: a known place name, or a capitalised word that is not an
identifier (CamelCase, dotted names), not a short acronym (``INFO``, ``EUR``) unless a name list knows
it, not a field label and not a sentence-initial common word (``Klopt``, ``Goedemiddag``); or a known
place in lowercase after ``in``/``uit``/``naar``/``te`` (``ik woon in schiedam``). Whatever the model
would tag in the other lines, the post-processing drops anyway (single common words are never names).

A model trained on lower-cased and chat-styled text as well (``training/ner/augment.py``; its meta says
``afscherm_reads_lower_case``) can find names that chats write without capitals, so with ``lower_case`` on the
gate also passes a line written as chat (:func:`~detectors.person_name.chat_style`: no capital but at sentence
starts) that holds a plausible lower-case name (:func:`lower_case_names`: a bare first name, a frequent family
name that is no common word; ``heb je joost nog gesproken``). Only those lines: the model is the analyzer's
biggest cost, and a chat line without such a word holds nothing it would add to the rules'
(:mod:`detectors.person_name` reads lower-case names in chat as well).

Each selected line is read exactly as without the gate — its :func:`~detectors.prose_view.prose_view`,
same blanks, same tokens — so the model's view of a line only changes at its edges (the neighbouring
lines are others); selected lines are joined by newlines and a line table maps the model's
character offsets back to the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from afscherm.detectors.location import is_known_place
from afscherm.detectors.ner_guard import CALENDAR_WORDS
from afscherm.detectors.person_name import (
    GREETING_SET,
    STOP,
    bare_first_names,
    chat_style,
    common_words,
    english_word_names,
    family_names,
    first_names,
    frequent_family_names,
    is_compound_noun,
    places,
)
from afscherm.detectors.prose_view import prose_view

# A capitalised word (any case after the first letter; letters, apostrophes and hyphens), also after
# the "'s-" of place names ('s-Hertogenbosch). Led by the capital, the look-behinds over the characters before it
# after it: the same matches as ``(?:(?<=['’]s-)|(?<![\w'’.-]))[A-ZÀ-ÖØ-Þ]…``, but the regex engine skips ahead to
# capitals instead of trying the look-behinds at every position of every line.
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ](?:(?<=['’]s-.)|(?<![\w'’.-].))[A-Za-zÀ-ÖØ-öø-ÿ'’-]*")
_CAMEL = re.compile(r"[a-zß-öø-ÿ][A-ZÀ-ÖØ-Þ]")
_NAME_PREFIX_CAMEL = re.compile(r"(?:Mc|Mac|O'|O’|D'|D’|Di|Da|De|Van|La|Le)[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+")
# Stack frames (Python, Java/.NET/JS) never hold a name worth the model's time.
_STACK_FRAME = re.compile(r'\s*(?:File "|at [\w$.<>]+[.(]|Traceback \(most recent call last\)|\.\.\. \d+ more)')
_SENTENCE_END = ".!?:;"
_OPENERS = " \t\"'“‘(-–—•*>"
# A line from its first non-blank character (trailing blanks are trimmed in code).
_LINES = re.compile(r"\S[^\n]*")
# A line longer than this (a whole document on one line: JSON, a log, an export) is read as pieces of at
# most this length, cut after a sentence end where there is one, so that the gate can pass over the
# pieces without a candidate. Lines this long do not occur in prose; the model's view of a sentence
# does not change.
MAX_PIECE = 2_000
_SENTENCE_BREAK = re.compile(r"[.!?;]\s+(?=\S)")
_BLANK = re.compile(r"\s+")
# A lowercase word after a locative preposition ("ik woon in schiedam"): a place if a place list knows it.
_LOCATIVE = re.compile(r"(?i:\b(?:in|uit|naar|te|bij|woonplaats))[ \t]+([a-zà-öø-ÿ][\w'-]+(?:[ \t][a-z][\w'-]+)?)")


# A lower-case word standing on its own in a line (not inside an e-mail address, a path, a handle or an
# identifier: no word character, "@", ".", "/", "_" or hyphen glued to either side but sentence punctuation).
_LOWER_WORD = re.compile(r"(?<![\w@./\\-])[a-zß-öø-ÿ][a-zß-öø-ÿ-]*[a-zß-öø-ÿ](?![\w@/\\-]|\.\w)")


@lru_cache(maxsize=1)
def lower_case_names() -> frozenset[str]:
    """Lower-case words that make a chat line worth the model's time when the model reads lower case: the bare
    first names (no common, chat or English word: ``sanne``, ``thijs``) and the frequent one-word family names
    that are no common, function or English word (``jansen``, ``visser``; not ``bakker``, ``de vries``'s
    particle)."""
    surnames = {
        n
        for n in frequent_family_names()
        if " " not in n and n not in common_words() and n not in STOP and n not in english_word_names()
    }
    return bare_first_names() | frozenset(surnames)


@lru_cache(maxsize=1)
def _never_names() -> frozenset[str]:
    """Lowercase words that start sentences or label fields but do not make a line worth reading."""
    return frozenset(STOP | GREETING_SET | CALENDAR_WORDS)


def _listed(word: str) -> bool:
    lowered = word.lower()
    return lowered in first_names() or lowered in family_names()


def _sentence_initial(line: str, start: int) -> bool:
    before = line[:start].rstrip(_OPENERS)
    return not before or before[-1] in _SENTENCE_END


def _in_brackets(line: str, match: re.Match[str]) -> bool:
    """``( KS )``: a newspaper author's initials."""
    return line[: match.start()].rstrip().endswith("(") and line[match.end() :].lstrip().startswith(")")


@dataclass(frozen=True, slots=True)
class _WordFacts:
    """What a capitalised word is on its own (cached: support text repeats the same words endlessly)."""

    shaped: bool  # two letters or more, not an identifier's CamelCase
    place: bool
    never: bool  # a label, greeting, month or function word
    acronym: bool  # all caps, at most 4 letters
    listed: bool
    upper: bool
    common: bool
    compound: bool
    dismissed: bool  # never a candidate: not shaped, or a ``never`` word that is no place


@lru_cache(maxsize=1 << 16)
def _facts(word: str) -> _WordFacts:
    lowered = word.lower()
    shaped = len(word) >= 2 and not (_CAMEL.search(word) and not _NAME_PREFIX_CAMEL.fullmatch(word))
    place = word.title() in places()
    never = lowered in _never_names()
    return _WordFacts(
        shaped=shaped,
        place=place,
        never=never,
        acronym=word.isupper() and len(word) <= 4,
        listed=_listed(word),
        upper=word.isupper(),
        common=lowered in common_words(),
        compound=is_compound_noun(word),
        dismissed=not shaped or (never and not place),
    )


def is_candidate(line: str, match: re.Match[str]) -> bool:
    """``match`` (a capitalised word in ``line``) could be, or be part of, a name or place."""
    word = match.group().rstrip("'’-")
    facts = _facts(word)
    if facts.dismissed:
        return False  # whatever stands around it
    if line[match.end() : match.end() + 1] == "." and line[match.end() + 1 : match.end() + 2].isalpha():
        return False  # com.Example.Service, Foo.bar: a dotted identifier
    if facts.place:
        return True
    if facts.upper:
        # Short all-caps tokens are mostly acronyms and codes (INFO, EUR, BTW); names and places pass.
        if facts.acronym:
            return facts.listed or _in_brackets(line, match)
        return not facts.common
    if _sentence_initial(line, match.start()):
        if line[match.end() : match.end() + 1] == ":":
            return False  # a field label ("Sessie:", "Content-Type:"); the guard drops these anyway
        # A long word ending in a common word is a compound noun ("Toestelkrediet"), unless it stands
        # alone on its line like a dateline ("Anderlecht").
        return not facts.common and (line.strip() == word or not facts.compound)
    return True


class Covered:
    """Spans the recognisers found, answering "does one of them contain ``[start, end)``?" by binary search
    (a long text has thousands of spans and thousands of capitalised words)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.ends = [e for _, e in ordered]
        self.reach = list(accumulate(self.ends, max))  # furthest end among spans starting so far

    def contains(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end

    def contains_other(self, start: int, end: int) -> bool:
        """A span other than ``[start, end)`` itself contains it: one starting before it and reaching its end, or
        one starting with it and reaching further (spans starting together are ordered by their ends)."""
        i = bisect_left(self.starts, start)
        if i > 0 and self.reach[i - 1] >= end:
            return True
        j = bisect_right(self.starts, start)
        return j > i and self.ends[j - 1] > end


def worth_reading(
    line: str,
    original: str | None = None,
    offset: int = 0,
    covered: Sequence[tuple[int, int]] | Covered = (),
    lower_case: bool = False,
) -> bool:
    """``line`` (in its prose view; ``original`` as written) has a word the model could tag as a person
    or place, outside the ``covered`` spans (offsets of the text, whose line starts at ``offset``); with
    ``lower_case`` (a model that reads lower case) a lower-case name in a line written as chat counts too."""
    if _STACK_FRAME.match(line if original is None else original):
        return False

    barren = _BARREN[lower_case]
    if line in barren:
        return False
    spans = covered if isinstance(covered, Covered) else Covered(covered)
    seen = False  # a candidate, open or covered
    for m in _CAPITALISED.finditer(line):
        if is_candidate(line, m):
            if not spans.contains(offset + m.start(), offset + m.end()):
                return True
            seen = True
    for m in _LOCATIVE.finditer(line):
        if is_known_place(m.group(1)) or is_known_place(m.group(1).split()[0]):
            if not spans.contains(offset + m.start(1), offset + m.end(1)):
                return True
            seen = True
    if lower_case:
        for start, end in _lower_case_names(line):
            if not spans.contains(offset + start, offset + end):
                return True
            seen = True
    if not seen:
        _remember_barren(barren, line)
    return False


def _lower_case_names(line: str) -> list[tuple[int, int]]:
    """Where ``line``, if written as chat, holds a word of :func:`lower_case_names` (none else)."""
    names = lower_case_names()
    # One C-level pass and a set intersection first: most lines hold no name at all.
    if names.isdisjoint(_LOWER_WORD.findall(line)) or not chat_style(line):
        return []
    return [m.span() for m in _LOWER_WORD.finditer(line) if m.group() in names]


# Lines without a single candidate, whatever the recognisers found (support text repeats whole lines: a template's,
# a signature's, a log's), so that the gate passes over them again at the cost of a look-up; one set per setting
# of ``lower_case`` (a line barren to the capitals-only gate may hold a lower-case name). Bounded: emptied when
# full.
_BARREN: dict[bool, set[str]] = {False: set(), True: set()}
_BARREN_MAX = 1 << 14


def _remember_barren(barren: set[str], line: str) -> None:
    if len(barren) >= _BARREN_MAX:
        barren.clear()
    barren.add(line)


def _pieces(view: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``view[start:end]`` (a line) cut into pieces of at most :data:`MAX_PIECE` characters: after the last
    sentence end in the second half of a piece, else at its last blank, else hard."""
    while end - start > MAX_PIECE:
        low, limit = start + MAX_PIECE // 2, start + MAX_PIECE
        cut = None
        for m in _SENTENCE_BREAK.finditer(view, low, limit):
            cut = m.end()
        if cut is None:
            for m in _BLANK.finditer(view, low, limit):
                cut = m.end()
        cut = cut or limit
        piece = view[start:cut].rstrip()
        if piece:
            yield start, start + len(piece)
        start = cut
        while start < end and view[start].isspace():
            start += 1
    if start < end:
        yield start, end


def _lines(view: str) -> Iterator[tuple[int, int]]:
    """Start and end of each line of ``view`` without its outer blanks, long lines in pieces."""
    for match in _LINES.finditer(view):
        end = match.start() + len(match.group().rstrip())
        if end - match.start() > MAX_PIECE:
            yield from _pieces(view, match.start(), end)
        else:
            yield match.start(), end


@dataclass(frozen=True, slots=True)
class GatedText:
    """The text the model reads (the selected lines, joined by newlines) and where each line sits in
    the original."""

    text: str
    model_starts: tuple[int, ...]  # start of each selected line in ``text``
    original_starts: tuple[int, ...]  # start of the same line in the original text
    lengths: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int] | None:
        """A span of the model text as a span of the original; cut at its line's end (entities do not
        cross the joins between selected lines)."""
        i = bisect_right(self.model_starts, start) - 1
        if i < 0 or start >= self.model_starts[i] + self.lengths[i]:
            return None  # starts on a join
        offset = self.original_starts[i] - self.model_starts[i]
        return start + offset, min(end, self.model_starts[i] + self.lengths[i]) + offset


def gate(text: str, covered: Sequence[tuple[int, int]] = (), lower_case: bool = False) -> GatedText:
    """The lines of ``text`` worth the model's time, as one text with its line table (``lower_case``: the model
    reads lower case, so a chat line with a lower-case name is worth it too; see the module's doc).

    Each selected line is its prose view exactly (blanked noise included, outer blanks trimmed), so the
    model sees a line as it would without the gate; only the lines around it differ. A line whose
    candidates all lie inside ``covered`` spans (what the recognisers already found: a name after a
    title, an address, an e-mail address) has nothing left for the model to add.
    """
    view = prose_view(text)
    spans = Covered(covered)
    parts: list[str] = []
    model_starts: list[int] = []
    original_starts: list[int] = []
    lengths: list[int] = []
    pos = 0
    for start, end in _lines(view):
        line = view[start:end]
        if not worth_reading(line, text[start:end], start, spans, lower_case):
            continue
        if parts:
            parts.append("\n")
            pos += 1
        model_starts.append(pos)
        original_starts.append(start)
        lengths.append(len(line))
        parts.append(line)
        pos += len(line)
    return GatedText("".join(parts), tuple(model_starts), tuple(original_starts), tuple(lengths))
