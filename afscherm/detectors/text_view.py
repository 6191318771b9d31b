"""The text every recogniser reads: odd writings normalised, with a map back to the original offsets.

Real exports hide values behind characters a reader never sees or reads past: no-break and narrow
no-break spaces, zero-width spaces and joiners, soft hyphens, byte-order marks, full-width digits, en and
em dashes, Windows line breaks inside a number, URL-encoded ``@`` and ``+``. Rather than teach every
recogniser every variant, the analyzer hands them one *detection view* of the text:

- invisible characters (U+00AD, U+200B–U+200D, U+2060, U+FEFF) are removed, and so is the CR of a CRLF;
- odd spaces become a space, dashes (U+2010–U+2015, U+2212, U+FE58, U+FE63, U+FF0D) a hyphen, a lone CR
  a newline, and any decimal digit an ASCII digit (NFKC for full-width and other scripts' digits);
- ``%XX`` escapes (UTF-8 sequences included) are decoded when they decode to printable characters.

Every view character remembers the original characters it came from, so a finding in the view maps
back to a span of the original that covers the whole written value (invisible characters and escapes
inside it included) and nothing around it. A text with none of these characters is its own view.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from afscherm.detectors.findings import Finding

_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_DASHES = "\u2010-\u2015\u2212\ufe58\ufe63\uff0d"
# Does a text need a view at all? A set test is several times faster than any regex over the text.
_TRIGGERS = frozenset(
    "\r%" + _INVISIBLE + "\u00a0\u1680\u202f\u205f\u3000\u2212\ufe58\ufe63\uff0d"
    + "".join(map(chr, range(0x2000, 0x2016)))  # odd spaces U+2000-U+200A, dashes U+2010-U+2015
    + "".join(c for c in map(chr, range(0x80, 0x20000)) if c.isdecimal())  # digits other than 0-9
)  # fmt: skip
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
# One pass finds everything the view changes. ``[^\D0-9]`` is a decimal digit other than 0-9.
_EDITS = re.compile(
    rf"(?P<invisible>[{_INVISIBLE}]+)|(?P<crlf>\r(?=\n))|(?P<cr>\r)|(?P<space>[{_SPACES}])|(?P<dash>[{_DASHES}])"
    r"|(?P<digit>[^\D0-9])|(?P<escaped>(?:%[0-9A-Fa-f]{2})+)"
)

_ONE_FOR_ONE = {"space": " ", "dash": "-", "cr": "\n"}


@dataclass(frozen=True, slots=True)
class TextView:
    """``text`` as the recognisers read it, and how its characters sit in the original.

    The map is a list of segments, each starting at view index ``view_starts[k]`` and original index
    ``original_starts[k]``: a segment of width 1 maps its characters one to one until the next segment; a
    wider segment is one view character written as ``widths[k]`` original characters (``%40``). An
    view whose characters all map one to one (the text itself, or spaces and dashes replaced) has none.
    """

    text: str
    view_starts: tuple[int, ...] = ()
    original_starts: tuple[int, ...] = ()
    widths: tuple[int, ...] = ()

    @property
    def same_offsets(self) -> bool:
        return not self.view_starts

    def _original(self, i: int) -> tuple[int, int]:
        """The original span of view character ``i``."""
        k = bisect_right(self.view_starts, i) - 1
        if k < 0:
            return i, i + 1
        start = self.original_starts[k] + (i - self.view_starts[k])
        return start, start + self.widths[k]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of view span ``[start, end)`` (non-empty)."""
        if self.same_offsets:
            return start, end
        return self._original(start)[0], self._original(end - 1)[1]

    def finding(self, f: Finding) -> Finding:
        if self.same_offsets or f.end <= f.start:
            return f
        start, end = self.to_original(f.start, f.end)
        return Finding(start, end, f.entity_type, f.score, f.recognizer)


def _decoded(escapes: str) -> list[tuple[str, int]]:
    """``%XX`` escapes as (character, number of escapes it used); an escape that does not decode to a
    printable character stays as written (character ``""``)."""
    data = bytes.fromhex(escapes.replace("%", ""))
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(data):
        lead = data[i]
        size = 1 if lead < 0x80 else 2 if lead >> 5 == 0b110 else 3 if lead >> 4 == 0b1110 else 4
        try:
            char = data[i : i + size].decode("utf-8")
        except UnicodeDecodeError:
            char, size = "", 1
        if len(char) != 1 or not char.isprintable():
            char, size = "", 1
        out.append((char, size))
        i += size
    return out


def detection_view(text: str) -> TextView:
    """The detection view of ``text`` (``text`` itself, as an identity view, when nothing needs changing)."""
    if text.isascii():  # most texts: only a CR or a %XX escape can need a view
        needed = "\r" in text or ("%" in text and _PERCENT.search(text) is not None)
    else:
        needed = not _TRIGGERS.isdisjoint(text)
    first = _EDITS.search(text) if needed else None
    if first is None:
        return TextView(text)
    parts: list[str] = []
    view_starts: list[int] = []
    original_starts: list[int] = []
    widths: list[int] = []
    v = 0  # length of the view so far
    pos = 0  # original characters consumed so far

    def segment(view_at: int, original_at: int, width: int) -> None:
        view_starts.append(view_at)
        original_starts.append(original_at)
        widths.append(width)

    for m in _EDITS.finditer(text, first.start()):
        kind, value = m.lastgroup, m.group()
        parts.append(text[pos : m.start()])
        v += m.start() - pos
        pos = m.end()
        if kind in ("invisible", "crlf"):
            segment(v, pos, 1)  # what follows maps past the removed characters
        elif kind == "escaped":
            o = m.start()
            for char, used in _decoded(value):
                if char:
                    parts.append(char)
                    segment(v, o, 3 * used)
                    v += 1
                else:
                    parts.append(value[o - m.start() : o - m.start() + 3])
                    segment(v, o, 1)
                    v += 3
                o += 3 * used
            segment(v, pos, 1)
        else:  # one character for one: offsets are unchanged
            parts.append(_ONE_FOR_ONE[kind] if kind in _ONE_FOR_ONE else str(unicodedata.decimal(value)))
            v += 1
    parts.append(text[pos:])
    return TextView("".join(parts), tuple(view_starts), tuple(original_starts), tuple(widths))
