"""Context-word look-ups around a candidate span.

Presidio's lemma-based context enhancer needs a lemmatiser, which a blank or NER-only Dutch
pipeline does not have, and it costs a pass over every token; a lowercase window of raw text is
cheaper and works with any pipeline.
"""

from __future__ import annotations

from collections.abc import Iterable

DEFAULT_WINDOW = 60


def window_before(text: str, start: int, window: int = DEFAULT_WINDOW) -> str:
    """The lowercased text just before ``start`` (at most ``window`` characters)."""
    return text[max(0, start - window) : start].lower()


def window_after(text: str, end: int, window: int = DEFAULT_WINDOW) -> str:
    return text[end : end + window].lower()


def has_context(
    text: str,
    start: int,
    end: int,
    words: Iterable[str],
    before: int = DEFAULT_WINDOW,
    after: int = 0,
) -> bool:
    """True when any of ``words`` (lowercase) occurs in the window around ``text[start:end]``."""
    around = window_before(text, start, before)
    if after:
        around += " " + window_after(text, end, after)
    return any(w in around for w in words)
