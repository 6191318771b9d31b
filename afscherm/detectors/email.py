"""EMAIL_ADDRESS: e-mail addresses.

Presidio's own recogniser validates the domain with tldextract, which fetches the public suffix
list over the network on first use; a structural check is enough here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding
from afscherm.detectors.recognizer import DutchRecognizer
from afscherm.detectors.text_facts import matches_from, positions, run_start

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Letters and digits of any script (``[^\W_]``): internationalised addresses (``piet@bücher.de``,
# ``jürgen@straße.de``) and their punycode form (``xn--bcher-kva.de``, TLDs like ``xn--p1ai``).
_EMAIL = re.compile(
    r"(?<![\w.%+-])"
    # the local part starts with a letter or digit: a quote before an address is the quote of a repr
    r"([^\W_][\w%+'-]*(?:\.[\w%+'-]+)*"
    r"@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+(?:xn--[a-z0-9-]{1,59}|[^\W\d_]{2,24}))"
    r"(?![\w-]|\.[^\W_])"
)

SCORE = 0.95


class EmailAddressRecognizer(DutchRecognizer):
    """E-mail addresses in ``text``:

    >>> find = EmailAddressRecognizer().find
    >>> text = "Mail jan.jansen@voorbeeld.nl"
    >>> [(f.entity_type, text[f.start : f.end], f.score) for f in find(text)]
    [('EMAIL_ADDRESS', 'jan.jansen@voorbeeld.nl', 0.95)]
    >>> find("zie @voorbeeld")
    []
    """

    ENTITIES = ("EMAIL_ADDRESS",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        if "@" not in text:
            return []
        return [Finding(*m.span(1), "EMAIL_ADDRESS", SCORE, self.name) for m in _email_matches(text)]


def _local_char(c: str) -> bool:
    """A character of an address's local part as ``_EMAIL`` reads it (``[\\w%+'.-]``)."""
    return c.isalnum() or c in "_.%+'-"


def _email_matches(text: str) -> list[re.Match[str]]:
    """``_EMAIL.finditer(text)``, tried only where an address can start: in the run of local-part characters
    before an ``@``, at its start or after an apostrophe in it (the only local-part character the look-behind
    allows before a start). The pattern opens with a look-behind, so the regex engine would try every position."""
    starts: set[int] = set()
    for at in positions(text, "@"):
        lo = run_start(text, at, _local_char)
        starts.add(lo)
        starts.update(i + 1 for i in range(lo, at) if text[i] == "'")
    return list(matches_from(_EMAIL, text, sorted(starts)))
