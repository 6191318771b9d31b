"""IP_ADDRESS: IPv4 and IPv6 addresses (validated by the standard library's ``ipaddress``)."""

from __future__ import annotations

import ipaddress
import re
from typing import TYPE_CHECKING

from afscherm.detectors.context import has_context, window_before
from afscherm.detectors.findings import Finding
from afscherm.detectors.recognizer import DutchRecognizer
from afscherm.detectors.text_facts import text_facts

if TYPE_CHECKING:
    from spacy.tokens import Doc

CONTEXT_WORDS = ("ip", "adres", "address", "client", "remote", "host", "src", "dst", "from")
# Four dotted numbers after these are software versions, not addresses.
VERSION_WORDS = ("versie", "version", "build", "release", "v", "ver.", "firmware", "app ")

# Not inside a longer dotted or dashed number; after a colon or a slash only when no digit stands before it (a key's
# ``client:10.0.0.1``, a URL's or a proxy log's ``host/84.241.12.9``; not the tail of ``12:1.2.3.4``).
# Led by its first digit, the look-behinds after it (``(?<![\w.-])`` first): the regex engine skips ahead to digits
# instead of trying the look-behinds at every position; the same matches as the pattern with the look-behinds first.
# An ellipsis before it is no dotted number's: VPN logs join the two ends of a tunnel so ("193.0.2.10...31.151.2.9").
_IPV4 = re.compile(r"(\d(?:(?<![\w.-].)|(?<=[^.]\.\.\..))(?<!\d[:/].)\d{0,2}\.(?:\d{1,3}\.){2}\d{1,3})(?![\w]|\.\d)")
# Cloud host names spell the address with dashes: ``ip-10-12-0-44.eu-west-1.compute.internal``.
_DASHED_HOST = re.compile(r"(?<![\w-])(?i:ip)-(\d{1,3}(?:-\d{1,3}){3})(?![\w-]|\.\d)")
_VERSION_AFTER = re.compile(r"(?:versie|version|build|release|v|ver\.|firmware|app)[ \t]*$", re.IGNORECASE)
# A version word as a key whose value the four dotted numbers are ("build=4.7.2.118", "version: '2.1.0.7'",
# "AppVersion=…"): the key ends in the word ("ver" only as a whole word), so "server=10.0.0.1" or "dev: 10.0.0.1" stay
# addresses.
_VERSION_KEY = re.compile(
    r"(?:versie|version|build|release|firmware|(?<![^\W\d_])ver)[\"']?[ \t]*[=:][ \t]*[\"']?$", re.IGNORECASE
)

# An address read out in a call transcript: four numbers joined by "punt" (or "dot"), each said as one number ("tien",
# "honderdvijfenveertig", "honderd tweeënnegentig"), digit by digit ("een negen twee") or in digits ("192").
_SPOKEN_WORD = r"(?:\d{1,3}|[a-zA-Zëéè]+)"
_SPOKEN_OCTET = rf"{_SPOKEN_WORD}(?:[ \t]+{_SPOKEN_WORD}){{0,3}}"
_SPOKEN_IP = re.compile(
    rf"(?<![\w.])(?P<a>{_SPOKEN_OCTET})[ \t,]+(?:punt|dot)[ \t,]+(?P<b>{_SPOKEN_OCTET})[ \t,]+(?:punt|dot)[ \t,]+"
    rf"(?P<c>{_SPOKEN_OCTET})[ \t,]+(?:punt|dot)[ \t,]+(?P<d>{_SPOKEN_OCTET})(?!\w|[ \t,]+(?:punt|dot)\b)",
    re.IGNORECASE,
)
_FILLERS = frozenset({"eh", "ehm", "uh", "uhm", "euh"})
_IPV6 = re.compile(
    r"(?<![\w:.])((?:[0-9A-Fa-f]{1,4}:|:)(?:[0-9A-Fa-f]{0,4}:){1,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?)"
    # a sentence may end right after the address; ".5" would continue it
    r"(?:%[\w.]+)?(?![\w:]|\.\w)"
)

SCORE = 0.85
SCORE_WITH_CONTEXT = 0.95


def _is_personal(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    # Loopback and "any" addresses identify no one.
    return not (address.is_loopback or address.is_unspecified)


def _is_ipv4(candidate: str) -> bool:
    try:
        return _is_personal(ipaddress.IPv4Address(candidate))
    except ValueError:
        return False


def _is_ipv6(candidate: str) -> bool:
    # Clock times like "14:33:12" and MAC addresses are not IPv6 addresses.
    if "::" not in candidate and candidate.count(":") != 7:
        return False
    try:
        return _is_personal(ipaddress.IPv6Address(candidate))
    except ValueError:
        return False


def _number(word: str) -> str | None:
    from afscherm.detectors.spoken_numbers import number_word_value

    return word if word.isdigit() else number_word_value(word)


def spoken_octet(words: str) -> int | None:
    """One number of an address as said: ``vierendertig`` 34, ``een negen twee`` 192, ``honderd tweeënnegentig`` 192,
    ``twee vijfenvijftig`` 255; ``None`` when the words are no number from 0 to 255.

    >>> spoken_octet("honderdvijfenveertig"), spoken_octet("een zes acht"), spoken_octet("honderd achtenzestig")
    (145, 168, 168)
    >>> spoken_octet("het is tien"), spoken_octet("drie honderd")
    (None, None)
    """
    values = [_number(w) for w in words.lower().split() if w not in _FILLERS]
    if not values or any(v is None for v in values):
        return None
    digits = [v for v in values if v is not None]
    if len(digits) == 1:
        number = digits[0]
    elif all(len(v) == 1 for v in digits):  # digit by digit
        number = "".join(digits)
    elif len(digits) == 2 and digits[0] in ("100", "200") and int(digits[1]) < 100:  # "honderd tweeënnegentig"
        number = str(int(digits[0]) + int(digits[1]))
    elif len(digits) == 2 and len(digits[0]) == 1 and len(digits[1]) == 2:  # "twee vijfenvijftig"
        number = digits[0] + digits[1]
    else:
        return None
    return (
        int(number)
        if number.isdigit() and (number == "0" or not number.startswith("0")) and int(number) <= 255
        else None
    )


def _spoken(text: str) -> list[tuple[int, int]]:
    """Spans of addresses read out (see ``_SPOKEN_IP``) that are a personal IPv4 address, not after a version word."""
    spans: list[tuple[int, int]] = []
    for m in _SPOKEN_IP.finditer(text):
        # the first number's words may start with other words ("het is tien"): the shortest tail that is a number
        words = list(re.finditer(r"\S+", m.group("a")))
        first = next(
            (
                w
                for i, w in enumerate(words)
                if w.group().lower() not in _FILLERS
                and spoken_octet(" ".join(x.group() for x in words[i:])) is not None
            ),
            None,
        )
        # and the last number's words may run on into the sentence ("20 volgens de router"): the longest head
        last_words = list(re.finditer(r"\S+", m.group("d")))
        last = next(
            (w for i, w in reversed(list(enumerate(last_words)))
             if spoken_octet(" ".join(x.group() for x in last_words[: i + 1])) is not None),
            None,
        )  # fmt: skip
        if first is None or last is None:
            continue
        before_first = words[: words.index(first)]
        if before_first and _number(before_first[-1].group().lower()) is not None:
            continue  # the first number began earlier ("drie honderd"): cut, it would read as another number
        start, end = m.start("a") + first.start(), m.start("d") + last.end()
        head = spoken_octet(" ".join(x.group() for x in words[words.index(first) :]))
        tail = spoken_octet(" ".join(x.group() for x in last_words[: last_words.index(last) + 1]))
        octets = [head, spoken_octet(m.group("b")), spoken_octet(m.group("c")), tail]
        if any(o is None for o in octets) or _VERSION_AFTER.search(text, max(0, start - 12), start):
            continue
        if text[max(0, start - 8) : start].rstrip(" \t,").lower().endswith(("punt", "dot")):
            continue  # a fifth number before it: a longer dotted number read out, not an address
        if _is_ipv4(".".join(str(o) for o in octets)):
            spans.append((start, end))
    return spans


# An address read out more loosely: its numbers' words and digits apart by commas, full stops, dashes or an ellipsis
# ("een, negen, twee, punt, ..."; "tien. Punt. Nul."), a pause ("punt, eh, nul"), and its reading going on in the
# speaker's next turn, another's short answer between ("...punt honderdachtenzestig\nAgent: ja\nKlant: punt één...").
_LOOSE_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_GROUP_WORD = frozenset({"punt", "dot"})
# (words a listener says while a number is read out, and the words of going on: no part of the number)
_BETWEEN_WORDS = _FILLERS | {"ja", "jaja", "ok", "oké", "oke", "mhm", "hm", "klopt", "en", "dan", "verder", "nog"}
# A speaker's label opening a line ("Klant:", "[00:01:12] Gebruiker:", "S2:"): no word of the number.
_TURN_LABEL = re.compile(r"\n[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?[^\W\d_][^\n:]{0,30}:")
MAX_BETWEEN_WORDS = 3
MAX_OCTET_WORDS = 4


def _loose_words(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """The words of ``text`` (lower case) with their spans, speakers' labels left out; and the labels' spans."""
    labels = [m.span() for m in _TURN_LABEL.finditer(text)] if "\n" in text else []
    words = []
    for m in _LOOSE_WORD.finditer(text):
        if not any(a <= m.start() < b for a, b in labels):
            words.append((m.start(), m.end(), m.group().lower()))
    return words, labels


def _octet_of(words: list[tuple[int, int, str]], turn: bool = False) -> int | None:
    """The number ``words`` say, fillers left out; a listener's words too where a turn changes among them."""
    skipped = _BETWEEN_WORDS if turn else _FILLERS
    numbers = [w for w in words if w[2] not in skipped]
    if not numbers or len(numbers) > MAX_OCTET_WORDS:
        return None
    return spoken_octet(" ".join(w[2] for w in numbers))


def _spoken_loose(text: str) -> list[tuple[int, int]]:
    """Spans of addresses read out loosely (see :data:`_LOOSE_WORD`): four numbers, each its words between two of
    three "punt"s (numbers and a listener's or a pause's words only), the first the longest run of number words right
    before the first "punt", the last the longest after the third."""
    words, labels = _loose_words(text)
    groups = [i for i, w in enumerate(words) if w[2] in _GROUP_WORD]

    def turn_between(lo: int, hi: int) -> bool:
        return any(words[lo][1] <= a < words[hi][0] for a, _ in labels)

    spans: list[tuple[int, int]] = []
    for k in range(len(groups) - 2):
        first, second, third = groups[k : k + 3]
        if (k > 0 and groups[k - 1] >= first - MAX_OCTET_WORDS - MAX_BETWEEN_WORDS) or (
            k + 3 < len(groups) and groups[k + 3] <= third + MAX_OCTET_WORDS + MAX_BETWEEN_WORDS
        ):
            continue  # a fifth "punt" close by: a longer dotted number read out, not an address
        middle = [
            _octet_of(words[first + 1 : second], turn_between(first, second)),
            _octet_of(words[second + 1 : third], turn_between(second, third)),
        ]
        head = _run_before(words, first)
        tail = _run_after(words, third)
        if head is None or tail is None or any(o is None for o in middle):
            continue
        (start, a), (end, d) = head, tail
        if _VERSION_AFTER.search(text, max(0, start - 12), start):
            continue
        if _is_ipv4(".".join(str(o) for o in (a, *middle, d))):
            spans.append((start, end))
    return spans


def _run_before(words: list[tuple[int, int, str]], at: int) -> tuple[int, int] | None:
    """(start, value) of the longest run of words right before ``words[at]`` that reads as one number."""
    for lo in range(max(0, at - MAX_OCTET_WORDS), at):
        value = _octet_of(words[lo:at])
        if value is not None and words[lo][2] not in _FILLERS:
            if lo > 0 and _number(words[lo - 1][2]) is not None:
                return None  # the first number began earlier ("drie honderd"): cut, it would read as another number
            return words[lo][0], value
    return None


def _run_after(words: list[tuple[int, int, str]], at: int) -> tuple[int, int] | None:
    """(end, value) of the longest run of words right after ``words[at]`` that reads as one number."""
    for hi in range(min(len(words), at + 1 + MAX_OCTET_WORDS), at + 1, -1):
        value = _octet_of(words[at + 1 : hi])
        if value is not None and words[hi - 1][2] not in _FILLERS:
            return words[hi - 1][1], value
    return None


def spoken_ipv4_spans(text: str) -> list[tuple[int, int]]:
    """Spans of personal IPv4 addresses read out with ``punt``/``dot`` between their four numbers."""
    return _spoken(text)


# An address typed loosely after a word that names it ("mijn ip is 84 . 241 . 12 . 9", "ip: 084.241.012.009",
# "het ip-adres 84,241,12,9"): four numbers of up to three digits apart by dots or commas with spaces around them as
# a hand types them, or with the leading zeros a form pads them with. Only within IP_CUE_REACH characters after the
# word on its line: four small numbers apart by commas are a list anywhere else.
_IP_CUE = re.compile(r"(?i)(?<![a-z])ip(?:v4)?(?:[ -]?(?:adres|address|nummer|nr))?(?![a-z])")
_LOOSE_IPV4 = re.compile(
    r"(?<![\d.,])(\d{1,3})[ \t]*([.,])[ \t]*(\d{1,3})[ \t]*\2[ \t]*(\d{1,3})[ \t]*\2[ \t]*(\d{1,3})(?![\d]|[.,]\d)"
)
IP_CUE_REACH = 40


def _loosely_written(text: str) -> list[tuple[int, int]]:
    """Spans of addresses typed loosely after an IP word (see ``_LOOSE_IPV4``), not in the plain writing the main
    pattern reads."""
    out: list[tuple[int, int]] = []
    for cue in _IP_CUE.finditer(text):
        line_end = text.find("\n", cue.end())
        stop = min(len(text) if line_end < 0 else line_end, cue.end() + IP_CUE_REACH)
        m = _LOOSE_IPV4.search(text, cue.end(), stop)
        if m is None:
            continue
        octets = [m.group(i) for i in (1, 3, 4, 5)]
        plain = m.group(2) == "." and " " not in m.group() and "\t" not in m.group()
        if plain and not any(len(o) > 1 and o.startswith("0") for o in octets):
            continue  # the plain writing: the main pattern's
        if _is_ipv4(".".join(str(int(o)) for o in octets)):
            out.append(m.span())
    return out


def written_ipv4_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the IPv4 addresses written in digits in ``text`` (for rules whose own readings of digit runs must
    leave them alone: a proxy chain ``172.16.4.9, 10.0.0.1`` is no BSN read out)."""
    return [m.span(1) for m in _IPV4.finditer(text) if _is_ipv4(m.group(1))] if "." in text else []


class IpAddressRecognizer(DutchRecognizer):
    """IP addresses in ``text``:

    >>> find = IpAddressRecognizer().find
    >>> text = "client 192.168.10.24 verbonden"
    >>> [(f.entity_type, text[f.start : f.end], f.score) for f in find(text)]
    [('IP_ADDRESS', '192.168.10.24', 0.95)]
    >>> find("versie 1.2.3.4")
    []
    """

    ENTITIES = ("IP_ADDRESS",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        found: list[Finding] = []
        if "." in text:
            for m in _IPV4.finditer(text):
                start, end = m.span(1)
                if not _is_ipv4(m.group(1)):
                    continue
                before = window_before(text, start, 12).rstrip()
                if before.endswith(VERSION_WORDS) or _VERSION_KEY.search(before):
                    continue
                found.append(self._finding(text, start, end))
        if "::" in text or text.count(":") >= 7:
            for m in _IPV6.finditer(text):
                if _is_ipv6(m.group(1)):
                    start, end = m.span(1)
                    # an IPv4 address written inside it (``::ffff:198.51.100.23``) is this address
                    found = [f for f in found if not (start <= f.start and f.end <= end)]
                    found.append(self._finding(text, start, end))
        if "ip-" in text or "IP-" in text:
            for m in _DASHED_HOST.finditer(text):
                if _is_ipv4(m.group(1).replace("-", ".")):
                    found.append(self._finding(text, *m.span(1)))
        lowered = text_facts(text).lowered
        if "ip" in lowered:
            found += [
                self._finding(text, start, end)
                for start, end in _loosely_written(text)
                if not any(f.start < end and start < f.end for f in found)
            ]
        # (an address read out says "punt" or "dot" three times; neither word can overlap itself or the other, and no
        # case-insensitive match of their letters escapes lower-casing: the pattern, which backtracks a lot, is spared)
        if lowered.count("punt") + lowered.count("dot") >= 3:
            found += [self._finding(text, start, end) for start, end in _spoken(text)]
            # (read loosely too: commas, full stops, pauses and turns between its words; where the strict reading
            # found none)
            found += [
                self._finding(text, start, end)
                for start, end in _spoken_loose(text)
                if not any(f.start < end and start < f.end for f in found)
            ]
        return found

    def _finding(self, text: str, start: int, end: int) -> Finding:
        score = SCORE_WITH_CONTEXT if has_context(text, start, end, CONTEXT_WORDS, before=30) else SCORE
        return Finding(start, end, "IP_ADDRESS", score, self.name)
