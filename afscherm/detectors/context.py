"""Context-word look-ups around a candidate span.

Presidio's lemma-based context enhancer needs a lemmatiser, which a blank or NER-only Dutch
pipeline does not have, and it costs a pass over every token; a lowercase window of raw text is
cheaper and works with any pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

DEFAULT_WINDOW = 60
_HEX = frozenset("0123456789abcdefABCDEF")
_CODE_REACH = 40


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


def words_pattern(words: Iterable[str], compounds: Iterable[str] = ()) -> re.Pattern[str]:
    """A pattern for any of ``words`` (any case) where a word starts — ``order`` in ``ordernummer`` but not
    in ``vordering`` or ``recorder`` — or, with ``compounds``, inside a compound ending in one of them
    (``klantordernummer``). After an underscore (``merchant_kvk``) or a lowercase letter before a capital
    (``nKvK``: a JSON ``\\n`` escape, camel case) a word starts too."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = r"(?:(?<![^\W\d_])|(?<=[a-z])(?=[A-Z]))(?i:" + alternatives + ")"
    if compounds:
        tails = "|".join(re.escape(c) for c in compounds)
        pattern += r"|(?i:" + alternatives + r")(?i:" + tails + ")"
    return re.compile(pattern)


def glued_into_code(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` (digits) touches letters that make it, with them, one hexadecimal token: a hash,
    a UUID part, a hex id (``a3f111222333bc``), not a label glued to a number (``bsn111222333``)."""
    before = start
    while before > max(0, start - _CODE_REACH) and text[before - 1].isascii() and text[before - 1].isalnum():
        before -= 1
    after = end
    while after < min(len(text), end + _CODE_REACH) and text[after].isascii() and text[after].isalnum():
        after += 1
    if before == start and after == end:
        return False
    return all(c in _HEX for c in text[before:start]) and all(c in _HEX for c in text[end:after])


# OCR's usual confusions in printed labels: "rn" for "m", "vv" for "w", "cl" for "d", a digit for a letter, "q" for
# "g" ("D0cumentnummer", "Persoonsnumrner", "Docurnentnr."). Label and text are folded alike before comparing.
_OCR_PAIRS = (("rn", "m"), ("vv", "w"), ("cl", "d"))
_OCR_CHARS = str.maketrans("01l|!5q", "oiiiisg")  # (and "q" for "g": "Landqraaf", "SCHAESBERQ")
_LABEL_WORD = re.compile(r"[a-z]+")
MIN_FUZZY_CHARS = 7  # shorter words are too alike to allow a further edit


def ocr_folded(text: str) -> str:
    """``text`` lower-cased with OCR's confusions folded (``ocr_folded("D0curnentnr.")`` is ``"documentnr."``,
    with ``1``/``l``/``i`` all read as ``i``), so that a label matches whatever OCR made of it.

    >>> ocr_folded("Persoonsnumrner"), ocr_folded("Geboortedaturn"), ocr_folded("D0cumentnummer")
    ('persoonsnummer', 'geboortedatum', 'documentnummer')
    """
    # (the pairs first: read as "i", the "l" of OCR's "cl" for "d" would be lost: "Kerkracle" is Kerkrade)
    folded = text.lower()
    for wrong, right in _OCR_PAIRS:
        folded = folded.replace(wrong, right)
    return folded.translate(_OCR_CHARS)


# A number OCR read with a letter for a digit: a run of digits and O/o/I/l standing alone as a word ("2ll4", "l7",
# "98OO", "4O"), holding a real digit and such a letter.
_OCR_NUMBER_WORD = re.compile(r"(?<![^\W_])(?=[OoIl]*\d)(?=\d*[OoIl])[\dOoIl]{2,}(?![^\W_])")
_OCR_NUMBER_DIGITS = str.maketrans("OoIl", "0011")


def ocr_numbers_read(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with OCR's O and I/l inside a number read back as the 0 and 1 they stand for (one character for one,
    so offsets hold), and the spans of the numbers so read; ``text`` itself and no span when it has none.

    >>> ocr_numbers_read("Ganzenhoek l7\\n2ll4 CR  DE ZlLK")
    ('Ganzenhoek 17\\n2114 CR  DE ZlLK', [(11, 13), (14, 18)])
    >>> ocr_numbers_read("Oost 12, Lutte1geest")[1]
    []
    """
    spans = [m.span() for m in _OCR_NUMBER_WORD.finditer(text)]
    if not spans:
        return text, []
    chars = list(text)
    for start, end in spans:
        chars[start:end] = text[start:end].translate(_OCR_NUMBER_DIGITS)
    return "".join(chars), spans


@lru_cache(maxsize=64)
def _folded_labels(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(ocr_folded(w) for w in words)


@lru_cache(maxsize=64)
def _label_pieces(labels: tuple[str, ...]) -> frozenset[str]:
    """The four-letter pieces of the labels long enough for a further edit."""
    return frozenset(
        label[i : i + 4] for label in labels if len(label) >= MIN_FUZZY_CHARS for i in range(len(label) - 3)
    )


def _within_one_edit(a: str, b: str) -> bool:
    """One substitution, insertion or deletion at most turns ``a`` into ``b``."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def fuzzy_label_near(text: str, start: int, words: Iterable[str], before: int = DEFAULT_WINDOW) -> bool:
    """An OCR-damaged form of one of ``words`` (lower case) in the ``before`` characters before ``start``: the
    word after folding OCR's confusions (:func:`ocr_folded`), or a longer word one further edit away
    (``Dacurnentnr`` for ``documentnr``), or a compound starting with it (``Docurnentnumrner``).

    >>> fuzzy_label_near("Docurnentnr. X", 13, ["documentnr"]), fuzzy_label_near("Paspoort: X", 10, ["documentnr"])
    (True, False)
    """
    window = ocr_folded(text[max(0, start - before) : start])
    labels = _folded_labels(tuple(words))
    if any(label in window for label in labels):
        return True
    if not any(piece in window for piece in _label_pieces(labels)):
        return False  # a label one edit away keeps a four-letter piece intact (speed: most windows hold none)
    for word in _LABEL_WORD.findall(window):
        if len(word) < MIN_FUZZY_CHARS:
            continue
        for label in labels:
            if len(label) >= MIN_FUZZY_CHARS and (
                _within_one_edit(word, label) or _within_one_edit(word[: len(label)], label)
            ):
                return True
    return False
