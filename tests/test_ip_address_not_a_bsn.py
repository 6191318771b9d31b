"""An IP address is no BSN, however its nine digits fall (issue 12): four dotted numbers of up to three digits are
how addresses are written (``66.249.66.81`` in a log that says ``bsn=`` elsewhere), and four numbers read out with
``punt`` between them are an address read out; one nine-digit number in eleven passes the 11-proef by chance. A BSN
in its own writings stays a BSN."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[f.start : f.end], f.entity_type) for f in analyze([text])[0]}


@pytest.mark.parametrize(
    "text, address",
    [
        (
            '2a02:a469:7e11:1:b4c2:1dff:fe0a:33c1 - - [01/Dec/2026:09:14:02 +0100] "POST /vermissing?naam=T.+Smit'
            '&bsn=696710778 HTTP/1.1" 302 0 "https://mijn.voorbeeld.nl/vermissing" "Mozilla/5.0 (iPhone)"\n'
            '66.249.66.81 - - [01/Dec/2026:09:15:31 +0100] "GET /robots.txt HTTP/1.1" 200 112 "-" "Googlebot/2.1"',
            "66.249.66.81",
        ),
        (
            "Klant: mijn bsn weet u al. Er staat hier 189.240.7.63 bij de router.",
            "189.240.7.63",
        ),
        (
            "Beller: Er staat honderdtweeënnegentig punt honderdachtenzestig punt één punt vierenzeventig.",
            "honderdtweeënnegentig punt honderdachtenzestig punt één punt vierenzeventig",
        ),
    ],
)
def test_the_address_is_an_ip_address(text: str, address: str) -> None:
    found = _found(text)
    assert (address, "IP_ADDRESS") in found
    assert (address, "NL_BSN") not in found


@pytest.mark.parametrize(
    "text, bsn",
    [
        ("bsn=696710778 en ip 66.249.66.81", "696710778"),
        ("mijn bsn is 6967.10.778", "6967.10.778"),
        (
            "mijn bsn is zes negen zes, zeven een nul, zeven zeven acht",
            "zes negen zes, zeven een nul, zeven zeven acht",
        ),
    ],
)
def test_a_bsn_stays_a_bsn(text: str, bsn: str) -> None:
    assert (bsn, "NL_BSN") in _found(text)
