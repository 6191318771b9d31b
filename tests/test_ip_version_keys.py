"""Four dotted numbers under a version key ("build=…", "AppVersion: …") are a software version, not an IP address."""

from __future__ import annotations

import pytest

from afscherm.detectors.ip_address import IpAddressRecognizer


def _ips(text: str) -> list[str]:
    return [text[f.start : f.end] for f in IpAddressRecognizer().find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "handler failed (CorrelationId=9f1c) build=3.9.1.204",
        'AppVersion: "6.2.0.15"',
        "firmware_version = 2.4.11.7",
        "ver='1.0.3.22' ok",
    ],
)
def test_version_key_value_is_no_address(text: str) -> None:
    assert _ips(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # near cases: keys that merely contain "ver" or end like a version word, and a version key on another field
        ("server=10.20.30.41", "10.20.30.41"),
        ("dev: 172.16.8.3", "172.16.8.3"),
        ("build=4.7.2 client=84.241.17.9", "84.241.17.9"),
    ],
)
def test_other_keys_keep_their_address(text: str, address: str) -> None:
    assert _ips(text) == [address]
