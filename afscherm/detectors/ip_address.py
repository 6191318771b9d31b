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
        # (an address read out says "punt" or "dot" three times; neither word can overlap itself or the other, and no
        # case-insensitive match of their letters escapes lower-casing: the pattern, which backtracks a lot, is spared)
        if lowered.count("punt") + lowered.count("dot") >= 3:
            found += [self._finding(text, start, end) for start, end in _spoken(text)]
        return found

    def _finding(self, text: str, start: int, end: int) -> Finding:
        score = SCORE_WITH_CONTEXT if has_context(text, start, end, CONTEXT_WORDS, before=30) else SCORE
        return Finding(start, end, "IP_ADDRESS", score, self.name)
