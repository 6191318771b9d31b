"""A surname someone searched for, in the search term a log records.

Customer systems log their searches: ``GET /api/v1/zoek?q=jansen&woonplaats=hoorn``, ``audit action=zoek
query="de vries leeuwarden"``, ``"zoekterm": "van dijk"``. Staff search customers by surname, typed in lower case,
without the capital or the cue that marks a name in prose. The value of a search key (``q``, ``query``, ``zoek``,
``zoekterm``, ``search``, ``trefwoord`` ...) is read word by word: a listed surname with its particles (``jansen``,
``de vries``; one that is also a common word, ``bakker``, only with a particle) and a first name right before it
are a person's name. A value naming an organisation (``bakkerij jansen``) is left alone, and so is every other
word of it (a place is the place recognisers' own).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding
from afscherm.detectors.org_guard import is_org_head
from afscherm.detectors.person_name import PARTICLE_SET, is_first_name, lower_surname
from afscherm.detectors.place_names import lookup
from afscherm.detectors.recognizer import DutchRecognizer
from afscherm.detectors.text_facts import WordStarts, matches_from, text_facts

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCORE = 0.8
MAX_PARTICLES = 3
# A search key and its value: quoted (up to the quote) or bare (up to "&", a space or a quote).
_SEARCH_KEYS = (
    "q", "query", "zoek", "zoeken", "zoekterm", "zoekopdracht", "zoekvraag", "search", "searchterm", "search_term",
    "search_query", "trefwoord", "keyword",
)  # fmt: skip
_SEARCH = re.compile(
    rf"(?i)(?<![\w.-])(?:{'|'.join(_SEARCH_KEYS)})[\"']?[ \t]*[=:][ \t]*"
    # (a bare value's "+" is a space in the detection view: lower-case words one space apart go on with it)
    r"(?:\"(?P<double>[^\"\n]{1,80})\"|'(?P<single>[^'\n]{1,80})'"
    r"|(?P<bare>[^\s&\"'#]{1,80}(?: [a-zà-ÿ][^\s&\"'#=]{0,40}(?![^\s&\"'#])){0,4}))"
)
_KEY_STARTS = WordStarts(_SEARCH_KEYS)
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


def _names(words: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Spans of the words that are a listed surname with its particles, a first name before it included."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        found = None
        for n in range(MAX_PARTICLES, -1, -1):  # the longest phrase first: "van der berg" before "berg"
            last = i + n
            if last >= len(words) or any(w.group().lower() not in PARTICLE_SET for w in words[i:last]):
                continue
            phrase = " ".join(w.group().lower() for w in words[i : last + 1])
            if lower_surname(phrase) and not (n == 0 and lookup(phrase) is not None):  # a place searched (geocoding)
                found = last
                break
        if found is None:
            i += 1
            continue
        start = i - 1 if i > 0 and is_first_name(words[i - 1].group(), lowercase_ok=True) else i
        if spans and start == i - 1 and spans[-1] == words[i - 1].span():
            spans.pop()  # the first name, also a listed surname, was taken alone ("anne van dijk")
        elif spans and start == i - 1 and spans[-1][1] == words[i - 1].end():
            start = i  # (that word already closed the name before)
        spans.append((words[start].start(), words[found].end()))
        i = found + 1
    return spans


class SearchQueryNameRecognizer(DutchRecognizer):
    """Surnames in a logged search term:

    >>> find = SearchQueryNameRecognizer().find
    >>> text = "GET /api/zoek?q=de+vries&plaats=ede 200".replace("+", " ")  # (as the detection view reads it)
    >>> [text[f.start : f.end] for f in find(text)]
    ['de vries']
    >>> find("GET /api/zoek?q=bakkerij+jansen 200".replace("+", " "))  # an organisation's name
    []
    """

    ENTITIES = ("PERSON",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        if "=" not in text and ":" not in text:
            return []
        found: list[Finding] = []
        # (a pattern opening with a look-behind is tried at every position of a text; here only where a key starts in
        # the lower-cased copy, unless a character matches a letter case-insensitively that its lower case is not)
        facts = text_facts(text)
        keys = (
            _SEARCH.finditer(text) if facts.case_odd else matches_from(_SEARCH, text, _KEY_STARTS.starts(facts.lowered))
        )
        for m in keys:
            group = m.lastgroup or "bare"
            words = list(_WORD.finditer(text, *m.span(group)))
            if any(is_org_head(w.group()) for w in words):
                continue  # "bakkerij jansen": an organisation searched for
            found += [Finding(start, end, "PERSON", SCORE, self.name) for start, end in _names(words)]
        return found
