"""Regex pieces that let Python's regex engine skip ahead to where a match can start.

The engine scans quickly (in C, character by character) to a pattern's possible first characters only when the
pattern opens with a literal, a character class, or alternatives that each open with a literal. A pattern that opens
with a look-behind ("not after a letter": ``(?<![\\w'’])(?:in|uit)``) gets no such scan: the engine runs the whole
pattern at every position of the text. :func:`after_edge` writes the same pattern with the look-behind moved behind
each alternative's first character, where it tests the same character before the match, so the matches are the same
and the engine skips to the alternatives' first letters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_LOOK_BEHIND = re.compile(r"\(\?<([!=])([^()]+)\)")
# An alternative's first character: a letter, digit or quote, or a character class with no "]" or escape inside.
_FIRST = re.compile(r"[^\W_]|['’]|\[[^\]\\]+\]")


def after_edge(look_behind: str, alternatives: Iterable[str]) -> str:
    """``look_behind`` (one fixed-width character test, ``(?<![\\w'’])`` or ``(?<=[a-z] )``) followed by a group of
    ``alternatives`` (regex texts, each opening with a letter, digit, quote or simple character class), written so that
    each alternative opens with its first character and the look-behind follows it, extended by that character:
    ``after_edge(r"(?<![\\w'’])", ["in", "uit"])`` is ``(?:i(?<![\\w'’]i)n|u(?<![\\w'’]u)it)``.

    The same matches: at any position the look-behind tests the same characters before it for every alternative, so
    where it fails every alternative fails, and where it holds the alternatives are tried in the same order as before.
    Only the engine's fast scan to the first characters is new. (Not for a case-insensitive pattern: there the engine
    scans for no cased letter.)
    """
    behind = _LOOK_BEHIND.fullmatch(look_behind)
    if behind is None:
        raise ValueError(f"not one look-behind: {look_behind!r}")
    sign, body = behind.groups()
    written = []
    for alternative in alternatives:
        first = _FIRST.match(alternative)
        if first is None:
            raise ValueError(f"no plain first character: {alternative!r}")
        char, rest = first.group(), alternative[first.end() :]
        if rest[:1] in ("?", "*", "+", "{"):
            raise ValueError(f"a quantifier after the first character: {alternative!r}")
        written.append(f"{char}(?<{sign}{body}{char}){rest}")
    return "(?:" + "|".join(written) + ")"


def by_first_character(alternatives: Iterable[str]) -> str:
    """``(?:a1|a2|…)`` with the alternatives (regex texts, each opening with a plain letter) that open with the same
    letter gathered under it, in their order: ``by_first_character(["in", "uit", "inwoner"])`` is
    ``(?:i(?:n|nwoner)|uit)``.

    The same matches: alternatives that open with different letters never match at the same position, and those that
    share one are tried in the same order as before. But the engine tests each first letter once per position, not
    once per alternative (a place cue is tried at every space of a text).
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first, rest = alternative[:1], alternative[1:]
        if not first.isalpha() or rest[:1] in ("?", "*", "+", "{"):
            raise ValueError(f"no plain first letter: {alternative!r}")
        groups.setdefault(first, []).append(rest)
    return (
        "(?:"
        + "|".join(
            f"{first}(?:{'|'.join(rests)})" if len(rests) > 1 else first + rests[0] for first, rests in groups.items()
        )
        + ")"
    )


def trie_alternation(words: Iterable[str], char: Callable[[str], str] = re.escape) -> str:
    """One group that matches any of ``words``, written as their trie (``(?:ja(?:n(?:uari)?|…)|…)``): a list of some
    thousand words (the world's month names) compiles in milliseconds and is tried letter by letter, where a flat
    alternation takes a second to compile and tries each word in turn. ``char`` writes one letter's pattern (an OCR
    reading of ``m`` as ``rn``, say). A word that is the start of another still matches, the longer tried first."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def written(node: dict[str, dict]) -> str:
        branches = [char(ch) + written(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")" if len(branches) > 1 or "" in node else branches[0]
        return body + "?" if "" in node else body

    return "(?:" + written(trie) + ")"
