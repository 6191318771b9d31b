"""What many rules ask of the same text, computed once per text and shared: its lower-cased copy and its words.

The analyzer runs some twenty rules over each text, and many of them can only fire when a word of a small set
is present (a word of kinship, a listed first name written in lower case). Each such rule asks :func:`text_facts`
first — substring tests or one set intersection, in C — and skips its own pass over the text when none is there.
The facts of the last few texts are kept (``lru_cache`` on the text: a string hashes once), so the rules of one
text share one lower-casing and one tokenising pass.

A gate may only skip a rule when the rule cannot find anything: every set here is a superset of the words a
rule's pattern can match, so a gate never changes what is found (the tests show each gate's rule still firing).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache, wraps
from typing import Any, Generic, TypeVar

import ahocorasick

# Runs of lower-case letters, as the chat-name rules read them (``[a-zß-öø-ÿ]`` and Latin Extended-A, whose two
# cases interleave; and the Polynesian glottal stop inside a word, "Taufaʻahau"): every word such a rule tests
# against a name list is one whole run.
LOWER_RUN = re.compile("[a-zß-öø-ÿ\u0100-\u017f\u01a0-\u01b0\u1e00-\u1eff\u02bb]{2,}")
# Characters that Python's case-insensitive patterns match to an ASCII letter although ``str.lower`` does not
# make them that letter (dotted and dotless i, long s, Kelvin sign): a text holding one is never gated.
_CASE_ODDITIES = ("\u0130", "\u0131", "\u017f", "\u212a")
_LINE_BREAK = re.compile("\n")
_T = TypeVar("_T")
# Letters that no accent's removal takes to ASCII (decomposition leaves them whole), each to its plain letter.
_SPECIAL_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i"})


def without_accents(text: str) -> str:
    """``text`` with each letter's accents dropped, one character for one (offsets kept): ``Paweł`` → ``Pawel``,
    ``ÖZTÜRK`` → ``OZTURK``, ``Şükrü`` → ``Sukru``.

    >>> without_accents("Paweł"), without_accents("ÖZTÜRK"), without_accents("Şükrü"), without_accents("Anna")
    ('Pawel', 'OZTURK', 'Sukru', 'Anna')
    """
    if text.isascii():
        return text
    return "".join(unicodedata.normalize("NFD", c)[0] for c in text.translate(_SPECIAL_LETTERS))


class cached_fact(Generic[_T]):  # noqa: N801 (used as a decorator, like functools.cached_property)
    """``functools.cached_property`` without its lock: a fact is computed on first use and stored on the instance,
    whose attribute then answers without the descriptor. (Python 3.11's ``cached_property`` takes a lock on every
    first use, a few microseconds each, thousands of times per batch; two threads computing one fact at once compute
    the same value.)"""

    def __init__(self, compute: Callable[[Any], _T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: object, owner: type | None = None) -> _T:
        if instance is None:
            return self  # type: ignore[return-value]
        value = self.compute(instance)
        instance.__dict__[self.name] = value
        return value


class TextFacts:
    """Facts about one text, each computed on first use."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_fact
    def lowered(self) -> str:
        """``text`` in lower case with its offsets kept (the few characters that lower-case to two stay as
        written: ``İ``)."""
        lowered = self.text.lower()
        if len(lowered) != len(self.text):
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.text)
        return lowered

    @cached_fact
    def lower_runs(self) -> frozenset[str]:
        """Every run of two or more lower-case letters (``[a-zß-öø-ÿ]``) of the text as written."""
        return frozenset(LOWER_RUN.findall(self.text))

    @cached_fact
    def line_starts(self) -> list[int]:
        """Where each line starts: the only places a pattern opening with ``(?m)^`` can match (the regex engine
        tries such a pattern at every position; :func:`matches_from` tries it at these)."""
        starts = [m.end() for m in _LINE_BREAK.finditer(self.text)]
        if starts and starts[-1] == len(self.text):
            starts.pop()  # (no line starts after a final line break)
        return [0, *starts]

    @cached_fact
    def colon_line_starts(self) -> list[int]:
        """The :attr:`line_starts` of the lines that hold a colon: the only places a line-start pattern that needs a
        colon on its line (a speaker's label, a turn's answer) can match (two in five lines of support text)."""
        starts, start = [], 0
        for line in self.text.split("\n"):  # (str methods per line: cheaper than a pattern tried at every position)
            if ":" in line:
                starts.append(start)
            start += len(line) + 1
        return starts

    @cached_fact
    def case_odd(self) -> bool:
        """The text holds a character whose case-insensitive match differs from its lower case."""
        return not self.text.isascii() and any(c in self.text for c in _CASE_ODDITIES)

    def has_substring(self, words: tuple[str, ...]) -> bool:
        """Some of ``words`` (lower case) occurs in the lower-cased text: a rule matching one of them
        case-insensitively can fire. (Substring tests in C are far cheaper than tokenising the text.)"""
        lowered = self.lowered  # (one attribute look-up, not one per word)
        return self.case_odd or any(w in lowered for w in words)

    def has_lower_word(self, words: frozenset[str]) -> bool:
        """Some word of ``words`` is a whole run of lower-case letters of the text as written (:attr:`lower_runs`)
        that also stands where a word starts, with no letter or digit right before it: not only the tail of a
        capitalised word (``ate`` of ``Date``, ``ank`` of ``Bank``)."""
        return any(self._starts_a_word(w) for w in words.intersection(self.lower_runs))

    @cached_fact
    def _word_starts(self) -> dict[str, bool]:
        return {}

    def _starts_a_word(self, word: str) -> bool:
        """``word`` occurs with no letter or digit right before it (asked once per word and text)."""
        known = self._word_starts.get(word)
        if known is None:
            text, known = self.text, False
            at = text.find(word)
            while at >= 0 and not known:
                known = at == 0 or not text[at - 1].isalnum()
                at = text.find(word, at + 1)
            self._word_starts[word] = known
        return known

    def has_lower_run(self, words: frozenset[str]) -> bool:
        """Some word of ``words`` is a whole run of lower-case letters of the text as written."""
        return not words.isdisjoint(self.lower_runs)


# What :func:`per_text_cache` keeps: a batch's texts (the analyzer's batches hold up to 64 texts and about 100,000
# characters), and never fewer than the last few, however long.
_BATCH_TEXTS = 160
_BATCH_CHARS = 250_000
_FEWEST_TEXTS = 4
_MISSING = object()


def per_text_cache(compute: Callable[[str], _T]) -> Callable[[str], _T]:
    """``compute`` (a function of one text) remembered for the texts of the latest batch: the analyzer runs every
    recogniser over a batch before the post-processors read its texts again, so a cache of the last few texts (an
    ``lru_cache(maxsize=4)``) misses there. The oldest texts go first, bounded by the texts' characters as well as
    their number, so that long texts are not kept in dozens."""
    cache: dict[str, _T] = {}
    chars = 0
    lock = threading.Lock()

    @wraps(compute)
    def cached(text: str) -> _T:
        nonlocal chars
        value = cache.get(text, _MISSING)
        if value is not _MISSING:
            return value  # type: ignore[return-value]
        value = compute(text)
        with lock:
            if text not in cache:
                cache[text] = value
                chars += len(text)
                while len(cache) > _FEWEST_TEXTS and (len(cache) > _BATCH_TEXTS or chars > _BATCH_CHARS):
                    oldest = next(iter(cache))
                    del cache[oldest]
                    chars -= len(oldest)
        return value

    def cache_clear() -> None:
        nonlocal chars
        with lock:
            cache.clear()
            chars = 0

    cached.cache_clear = cache_clear  # type: ignore[attr-defined]
    return cached


@lru_cache(maxsize=4)
def text_facts(text: str) -> TextFacts:
    """The shared facts of ``text`` (the same object for every rule that reads this text now)."""
    return TextFacts(text)


def matches_from(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only at ``starts`` (ascending): the same matches when every match of
    ``pattern`` starts at one of them and none is empty. A pattern that opens with a look-behind or a group of
    alternatives gets no fast scan from the regex engine, which then runs the whole pattern at every position;
    a few positions found with ``str.find`` are far cheaper. (``match`` at a position sees the characters before
    it, as look-behinds and ``\\b`` need.)

    >>> initial, text = re.compile(r"(?<![\\w.])[a-z]\\."), "a. b.c. d. e.f"
    >>> [m.group() for m in matches_from(initial, text, positions(text, ".", -1))]
    ['a.', 'b.', 'd.', 'e.']
    >>> [m.group() for m in initial.finditer(text)]
    ['a.', 'b.', 'd.', 'e.']
    """
    end = 0
    for start in starts:
        if start < end:
            continue  # inside the previous match, where finditer does not look either
        m = pattern.match(text, start)
        if m is not None:
            yield m
            end = m.end()


class WordStarts:
    """Where the words of one family (lower case: a rule's greetings, titles, kin words) start in a text's lower-cased
    copy, found in one pass of an Aho–Corasick automaton (pyahocorasick, in C) built once at import. A rule whose
    pattern opens with one of the words tries it only there (:func:`matches_from`): the same matches. The regex
    engine, given an alternation of words behind a look-behind, tries every position whose letter opens one of them
    (almost every letter for forty greetings); the automaton reads each character once. Measured on the 3,000
    benchmark documents' lower-cased copies: the greeting pattern 0.061 CPU-s as a scan, 0.029 tried at the
    automaton's starts. (For a handful of words a substring test per word is as cheap: :meth:`TextFacts.has_substring`.)

    >>> greetings = WordStarts(["hoi", "hallo", "hoihoi"])
    >>> greetings.starts("hoihoi, hallo! ahoi")
    [0, 3, 8, 16]
    """

    def __init__(self, words: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for word in set(words):
            self._automaton.add_word(word, len(word))
        self._automaton.make_automaton()

    def starts(self, lowered: str) -> list[int]:
        """Every index where one of the words starts in ``lowered``, ascending, each once (overlapping and nested
        occurrences too: ``hoihoi`` holds ``hoi`` twice)."""
        if not len(self._automaton):
            return []
        return sorted({end - size + 1 for end, size in self._automaton.iter(lowered)})


def positions(text: str, literal: str, offset: int = 0) -> list[int]:
    """Every index of ``literal`` in ``text`` plus ``offset``, where that is inside the text (``str.find`` in a
    loop)."""
    found: list[int] = []
    at = text.find(literal)
    while at >= 0:
        if 0 <= at + offset < len(text):
            found.append(at + offset)
        at = text.find(literal, at + 1)
    return found


def run_start(text: str, end: int, accept: Callable[[str], bool]) -> int:
    """Where the run of characters that ``accept`` takes and that ends at ``end`` starts (``end`` if none)."""
    start = end
    while start > 0 and accept(text[start - 1]):
        start -= 1
    return start
