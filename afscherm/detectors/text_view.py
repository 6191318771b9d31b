"""The text every recogniser reads: odd writings normalised, with a map back to the original offsets.

Real exports hide values behind characters a reader never sees or reads past: no-break and narrow
no-break spaces, zero-width spaces and joiners, soft hyphens, byte-order marks, full-width digits, en and
em dashes, Windows line breaks inside a number, URL-encoded ``@`` and ``+``, HTML character references
(``&#64;``, ``&nbsp;``) from web forms and HTML mail. Rather than teach every
recogniser every variant, the analyzer hands them one *detection view* of the text:

- invisible characters (U+00AD, U+200B–U+200D, U+2060, U+FEFF) and direction marks (U+200E, U+200F, U+061C,
  U+202A–U+202E, U+2066–U+2069) are removed, and so is the CR of a CRLF;
- a word hyphenated over a line end (``Ver-\\nhoeven``, ``Kloos-\\nterstraat``: a letter, a hyphen, the line break,
  a lower-case letter) is joined: OCR'd letters and forms break names, streets and places so, and each half
  alone is no name;
- odd spaces become a space, dashes (U+2010–U+2015, U+2212, U+FE58, U+FE63, U+FF0D) a hyphen, a lone CR
  a newline, and any decimal digit an ASCII digit (NFKC for full-width and other scripts' digits); the Arabic comma
  (U+060C) a comma, as a chat exported in Arabic writes its stamps (``١٢/٤/٢٠٢٦، ٢٢:١٠ - نبيل:``) and its
  addresses; a full-width letter or sign (U+FF01–U+FF5E: ``ＮＬ９１ＡＢＮＡ…``, ``ｍａｉｌ＠…``, as a Japanese or
  Chinese input method types Latin text) its ASCII character;
- ``%XX`` escapes (UTF-8 sequences included) and HTML character references (``&#64;``, ``&#x40;``, ``&amp;``:
  numeric, or named with their ``;``) are decoded when they decode to a printable character; one that decodes
  to a character the rules above change is changed the same way (``&nbsp;`` a space, ``&shy;`` removed);
- escapes of JSON strings and string literals, as logs print payloads: ``\\u00eb`` (a surrogate pair too),
  ``\\"``, ``\\/``, ``\\\\``, and ``\\n``/``\\t``/``\\r`` where they cannot be a path's backslash before a word
  (``BDAY:1984-10-02\\nEND``, ``Beste Eva,\\nbedankt``; not ``C:\\Users\\nina``);
- a phone number's plus written out before its country code (``plus 31 6 22 19 47 58``, as speech recognition writes
  it) is the ``+`` it stands for;
- in a URL query or form body (``?naam=Jan+de+Vries&tel=06+12+34+56+78``) a ``+`` between two letters or digits
  of a value is the space it encodes (one for one: offsets are unchanged);
- in a machine readable zone as OCR reads it, a ``(`` is the filler ``<`` it misread (``P(NLDJANSEN((PIETER(((…``):
  a word of capitals, digits and fillers, twelve characters or more, in which a ``((`` stands (one for one).

The fingerprints of the findings index (``discovery.fingerprint``) normalise values through this same view, so a
value written with any of these characters matches its plain writing.

Every view character remembers the original characters it came from, so a finding in the view maps
back to a span of the original that covers the whole written value (invisible characters and escapes
inside it included) and nothing around it. A text with none of these characters is its own view.
"""

from __future__ import annotations

import html.entities
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from afscherm.detectors.findings import Finding

# (with the marks that set a text's direction: a WhatsApp export writes U+200E before a contact's "~" and its
# "<Media omitted>", and right-to-left chats carry U+200F, U+061C and the embeddings and isolates U+202A-U+202E,
# U+2066-U+2069 around numbers and names)
_INVISIBLE = (
    "\u00ad\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
)
_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_DASHES = "\u2010-\u2015\u2212\ufe58\ufe63\uff0d"
# Hausa's hooked letters, which its speakers drop as often as they write them ("Ɗahiru" and "Dahiru", "ƙanwa"; a name
# list and a capitalised word's pattern know the plain letter only; tuning_174): read as the plain letter.
_HOOKED = {"ɓ": "b", "Ɓ": "B", "ɗ": "d", "Ɗ": "D", "ƙ": "k", "Ƙ": "K", "ƴ": "y", "Ƴ": "Y"}
# Does a text need a view at all? A set test is several times faster than any regex over the text.
_TRIGGERS = frozenset(
    "\r%&\\" + _INVISIBLE + "\u00a0\u1680\u202f\u205f\u3000\u2212\ufe58\ufe63\uff0d\u060c"
    + "".join(map(chr, range(0x2000, 0x2016)))  # odd spaces U+2000-U+200A, dashes U+2010-U+2015
    + "".join(c for c in map(chr, range(0x80, 0x20000)) if c.isdecimal())  # digits other than 0-9
    + "".join(map(chr, range(0xFF01, 0xFF5F)))  # full-width letters and signs
    + "".join(_HOOKED)
)  # fmt: skip
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
# Numeric references, and named ones with their ";" (without it "?a=1&copy=2" would read "©=2").
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A hyphen that breaks a word over a line end: a letter before it, a lower-case letter opening the next line.
_HYPHEN_BREAK = r"(?<=[A-Za-zÀ-ÖØ-öø-ÿ])-[ \t]*\r?\n[ \t]*(?=[a-zß-öø-ÿ])"
# A JSON or string-literal escape: \uXXXX (a surrogate pair as one), \" \/ \\, and \n \t \r unless a word's
# lower-case letter follows a letter or digit before the backslash (a Windows path: "C:\Users\nina").
_BACKSLASH_ESCAPE = (
    r"\\(?:u[0-9A-Fa-f]{4}(?:\\u[dD][c-fC-F][0-9A-Fa-f]{2})?|[\"/\\]|[ntr](?![a-z]))|(?<![A-Za-z0-9])\\[ntr]"
)
# A phone number's plus written out, as speech recognition and a caller's spelling write it ("plus 31 6 22 19 47 58",
# "plus 383 49 207 331"; tuning_50, tuning_52): the word before a country code and six digits more, none before it (not
# a sum's "2 plus 3"). Viewed as the "+" it stands for.
_SPOKEN_PLUS = r"(?<![\w+.,])(?<!\d )(?i:plus)[ \t]+(?=\d{1,3}(?:[ \t-]?\d){6})"
_HAS_SPOKEN_PLUS = re.compile(_SPOKEN_PLUS)
# One pass finds everything the view changes. ``[^\D0-9]`` is a decimal digit other than 0-9.
_EDITS = re.compile(
    rf"(?P<hyphenbreak>{_HYPHEN_BREAK})|(?P<invisible>[{_INVISIBLE}]+)|(?P<crlf>\r(?=\n))|(?P<cr>\r)"
    rf"|(?P<space>[{_SPACES}])|(?P<dash>[{_DASHES}])|(?P<comma>\u060c)"
    r"|(?P<digit>[^\D0-9])|(?P<fullwidth>[\uff01-\uff5e])|(?P<hooked>[" + "".join(_HOOKED) + "])"
    r"|(?P<escaped>(?:%[0-9A-Fa-f]{2})+)|(?P<entity>" + _ENTITY.pattern + ")"
    rf"|(?P<backslash>{_BACKSLASH_ESCAPE})|(?P<spokenplus>{_SPOKEN_PLUS})"
)
_HAS_BACKSLASH_ESCAPE = re.compile(_BACKSLASH_ESCAPE)
_LINE_ESCAPES = {"n": "\n", "t": "\t"}
# A parameter of a URL query or form body: after "?" or "&", or followed by "&" (a form body's first pair).
_QUERY_PAIR = re.compile(
    r"(?:(?<=[?&])|(?=[A-Za-z_][\w.\[\]-]{0,40}=[^\s&#\"'<>]*&))[A-Za-z_][\w.\[\]-]{0,40}=(?P<value>[^\s&#\"'<>]+)"
)
# (an initial's dot before it too: "naam=H.+Lammers", tuning_41)
_QUERY_PLUS = re.compile(r"(?:(?<=[^\W_])|(?<=[^\W\d_]\.))\+(?=[^\W_])")

# A word of an MRZ line with OCR's "(" for its fillers: capitals, digits and fillers only, a "((" among them (no
# code or formula writes two opening brackets inside a word of capitals, nor closes them), twelve characters at least.
_MRZ_PAREN_WORD = re.compile(r"(?<![\w<(])(?=[A-Z0-9<(]{0,60}\(\()[A-Z0-9<(]{12,}(?![\w<()])")

_ONE_FOR_ONE = {"space": " ", "dash": "-", "cr": "\n", "comma": ","}
# Does a text hold a hyphenated line end? (A pattern opening with the hyphen: the regex engine's fast scan.)
_HAS_HYPHEN_BREAK = re.compile(_HYPHEN_BREAK[_HYPHEN_BREAK.index(")") + 1 :])


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


def _as_viewed(char: str) -> str | None:
    """A decoded character as the view writes it: ``""`` when the view removes it (soft hyphen), a space or
    hyphen for odd spaces and dashes, an ASCII digit for other digits; None when the escape stays as written
    (a character that does not print, such as a control character)."""
    edit = _EDITS.fullmatch(char)
    if edit is not None and edit.lastgroup in ("invisible", "space", "dash", "comma", "digit", "fullwidth", "hooked"):
        kind = edit.lastgroup
        return "" if kind == "invisible" else _ONE_FOR_ONE.get(kind) or _one_for_one(kind, char)
    return char if char.isprintable() else None


def _one_for_one(kind: str, char: str) -> str:
    """A full-width letter or sign as its ASCII character (U+FF01 is "!"), another script's digit as an ASCII digit."""
    if kind == "hooked":
        return _HOOKED[char]
    return chr(ord(char) - 0xFEE0) if kind == "fullwidth" else str(unicodedata.decimal(char))


def _decoded(escapes: str) -> list[tuple[str | None, int]]:
    """``%XX`` escapes as (character as viewed, number of escapes it used); an escape that does not decode to
    a printable character stays as written (character None)."""
    data = bytes.fromhex(escapes.replace("%", ""))
    out: list[tuple[str | None, int]] = []
    i = 0
    while i < len(data):
        lead = data[i]
        size = 1 if lead < 0x80 else 2 if lead >> 5 == 0b110 else 3 if lead >> 4 == 0b1110 else 4
        try:
            char = data[i : i + size].decode("utf-8")
        except UnicodeDecodeError:
            char, size = "", 1
        viewed = _as_viewed(char) if len(char) == 1 else None
        if viewed is None:
            size = 1
        out.append((viewed, size))
        i += size
    return out


def _entity(reference: str) -> str | None:
    """An HTML character reference (``&#64;``, ``&#x40;``, ``&amp;``) as viewed; None when it stays as written
    (unknown name, no character, or one that does not print)."""
    body = reference[1:-1]
    if body[0] == "#":
        code = int(body[2:], 16) if body[1] in "xX" else int(body[1:])
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return None
        char = chr(code)
    else:
        char = html.entities.html5.get(body + ";", "")
    return _as_viewed(char) if len(char) == 1 else None


def detection_view(text: str) -> TextView:
    """The detection view of ``text`` (``text`` itself, as an identity view, when nothing needs changing)."""
    view = _edited_view(text)
    if "((" in view.text:
        fillers = _mrz_fillers(view.text)
        if fillers is not view.text:
            view = TextView(fillers, view.view_starts, view.original_starts, view.widths)
    if "+" in view.text and "=" in view.text:
        plain = _query_spaces(view.text)
        if plain is not view.text:
            return TextView(plain, view.view_starts, view.original_starts, view.widths)
    return view


def _mrz_fillers(text: str) -> str:
    """``text`` with each ``(`` of an MRZ word that OCR misread for ``<`` read as the filler (``text`` itself when
    there is none).

    >>> _mrz_fillers("P(NLDJANSEN((PIETER((((((( zie f((x)) of ABC((")
    'P<NLDJANSEN<<PIETER<<<<<<< zie f((x)) of ABC(('
    """
    words = [m.span() for m in _MRZ_PAREN_WORD.finditer(text)]
    if not words:
        return text
    chars = list(text)
    for start, end in words:
        chars[start:end] = text[start:end].replace("(", "<")
    return "".join(chars)


def _query_spaces(text: str) -> str:
    """``text`` with each ``+`` between two letters or digits of a query or form value read as a space (``text``
    itself when there is none)."""
    cuts = [
        plus.start()
        for pair in _QUERY_PAIR.finditer(text)
        if "+" in pair.group("value")
        for plus in _QUERY_PLUS.finditer(text, *pair.span("value"))
    ]
    if not cuts:
        return text
    chars = list(text)
    for at in cuts:
        chars[at] = " "
    return "".join(chars)


def _backslash_escape(escape: str, after: str) -> str | None:
    """A JSON or string-literal escape as viewed (see the module docstring); None when it stays as written.
    ``after`` is the character after it (a ``\\r`` before a ``\\n`` is removed, as a CR before a line break)."""
    kind = escape[1]
    if kind in _LINE_ESCAPES:
        return _LINE_ESCAPES[kind]
    if kind == "r":
        return "" if after == "\\" else "\n"
    if kind != "u":
        return kind
    code = int(escape[2:6], 16)
    if len(escape) == 12:  # a surrogate pair
        code = 0x10000 + ((code - 0xD800) << 10) + (int(escape[8:12], 16) - 0xDC00)
    if 0xD800 <= code <= 0xDFFF:
        return None  # a lone surrogate: no character
    return _as_viewed(chr(code))


def _edited_view(text: str) -> TextView:
    if text.isascii():  # most texts: only a CR, a %XX escape, an HTML reference or a backslash escape can need a view
        needed = (
            "\r" in text
            or ("%" in text and _PERCENT.search(text) is not None)
            or ("&" in text and _ENTITY.search(text) is not None)
            or ("\\" in text and _HAS_BACKSLASH_ESCAPE.search(text) is not None)
            or ("lus" in text and _HAS_SPOKEN_PLUS.search(text) is not None)
        )
    else:
        needed = not _TRIGGERS.isdisjoint(text) or ("lus" in text and _HAS_SPOKEN_PLUS.search(text) is not None)
    if not needed and "-" in text and "\n" in text:
        needed = _HAS_HYPHEN_BREAK.search(text) is not None
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
        if kind in ("invisible", "crlf", "hyphenbreak"):
            segment(v, pos, 1)  # what follows maps past the removed characters
        elif kind == "escaped":
            o = m.start()
            for char, used in _decoded(value):
                if char is None:
                    parts.append(value[o - m.start() : o - m.start() + 3])
                    segment(v, o, 1)
                    v += 3
                elif char:
                    parts.append(char)
                    segment(v, o, 3 * used)
                    v += 1
                o += 3 * used  # a removed character (char "") leaves nothing in the view
            segment(v, pos, 1)
        elif kind == "spokenplus":
            parts.append("+")
            segment(v, m.start(), len(value))
            v += 1
            segment(v, pos, 1)
        elif kind == "entity" or kind == "backslash":
            char = _entity(value) if kind == "entity" else _backslash_escape(value, text[m.end() : m.end() + 1])
            if char is None:
                parts.append(value)
                v += len(value)  # as written, one for one (the previous segment has width 1)
            elif char:
                parts.append(char)
                segment(v, m.start(), len(value))
                v += 1
            segment(v, pos, 1)
        else:  # one character for one: offsets are unchanged
            parts.append(_ONE_FOR_ONE[kind] if kind in _ONE_FOR_ONE else _one_for_one(kind or "", value))
            v += 1
    parts.append(text[pos:])
    return TextView("".join(parts), tuple(view_starts), tuple(original_starts), tuple(widths))
