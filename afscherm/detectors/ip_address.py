"""IP_ADDRESS: IPv4 and IPv6 addresses (validated by the standard library's ``ipaddress``)."""

from __future__ import annotations

import ipaddress
import re
from typing import TYPE_CHECKING

from afscherm.detectors.context import has_context, window_before
from afscherm.detectors.findings import Finding
from afscherm.detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

CONTEXT_WORDS = ("ip", "adres", "address", "client", "remote", "host", "src", "dst", "from")
# Four dotted numbers after these are software versions, not addresses.
VERSION_WORDS = ("versie", "version", "build", "release", "v", "ver.", "firmware", "app ")

_IPV4 = re.compile(r"(?<![\w.:/-])((?:\d{1,3}\.){3}\d{1,3})(?![\w]|\.\d)")
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
                if before.endswith(VERSION_WORDS):
                    continue
                found.append(self._finding(text, start, end))
        if "::" in text or text.count(":") >= 7:
            for m in _IPV6.finditer(text):
                if _is_ipv6(m.group(1)):
                    found.append(self._finding(text, *m.span(1)))
        return found

    def _finding(self, text: str, start: int, end: int) -> Finding:
        score = SCORE_WITH_CONTEXT if has_context(text, start, end, CONTEXT_WORDS, before=30) else SCORE
        return Finding(start, end, "IP_ADDRESS", score, self.name)
