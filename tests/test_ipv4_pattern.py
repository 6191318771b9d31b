"""The IPv4 pattern led by its first digit (for the regex engine's fast scan) keeps the look-behinds' meaning."""

from __future__ import annotations

import pytest

from afscherm.detectors.ip_address import written_ipv4_spans


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("10.0.0.1", ["10.0.0.1"]),  # at the very start: nothing before it
        ("server 192.168.1.20 down", ["192.168.1.20"]),
        ("(10.1.2.3)\n172.16.4.9", ["10.1.2.3", "172.16.4.9"]),
        ("v1.2.3.4 and a1.2.3.4 and _1.2.3.4", []),  # a word character right before
        (".1.2.3.4 -1.2.3.4", []),  # a dot or hyphen right before
        ("12:1.2.3.4 5/1.2.3.4", []),  # a digit and a colon or slash right before (a port, a path)
        ("x:1.2.3.4 x/1.2.3.4", ["1.2.3.4", "1.2.3.4"]),  # a colon or slash after a letter does not count
        (":1.2.3.4", ["1.2.3.4"]),  # one character before it only
        ("1234.1.2.3 1.2.3.4.5 1.2.3.4a", []),  # too many digits, a fifth group, a letter after
    ],
)
def test_ipv4_addresses_and_what_may_stand_before_them(text: str, addresses: list[str]) -> None:
    assert [text[a:b] for a, b in written_ipv4_spans(text)] == addresses
