"""Keys (issue 10, item 11; issue 14): a key pasted where a variable name belongs is never echoed, weak
keys are refused, hex is never silently read as base64, and pseudonyms are long enough not to collide."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest

from afscherm.detectors.config import ConfigError
from afscherm.flows.cli import main
from afscherm.redactors import parse_policy
from afscherm.redactors.text import Redactor

AES = bytes(range(32))
AES_B64 = base64.b64encode(AES).decode()
AES_HEX = AES.hex()
PASTED = {
    "base64": AES_B64,
    "hex": AES_HEX,
    "upper-hex": AES_HEX.upper(),
    "letters-first-hex": "deadbeef" * 8,
    "passphrase": "mijn geheime sleutel 2025!",
}


def redactor(policy: dict) -> Redactor:
    return Redactor(parse_policy(policy, "policy.yaml"))


# --- a key where a name belongs ---------------------------------------------------------------------------


@pytest.mark.parametrize("purpose", ["encryption", "pseudonym"])
@pytest.mark.parametrize("kind", PASTED)
def test_a_key_pasted_as_the_variable_name_is_never_echoed(purpose: str, kind: str) -> None:
    secret = PASTED[kind]
    operator = "encrypt" if purpose == "encryption" else "pseudonymise"
    with pytest.raises(ConfigError) as caught:
        redactor({"default": operator, "keys": {purpose: {"env": secret}}})
    message = str(caught.value)
    assert f"keys.{purpose}.env" in message
    assert secret not in message and secret.lower() not in message.lower()
    assert "not shown" in message


def test_a_key_pasted_as_the_prefect_block_name_is_never_echoed() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_policy({"keys": {"encryption": {"env": "AFSCHERM_X", "prefect_secret": AES_HEX}}}, "policy.yaml")
    assert "keys.encryption.prefect_secret" in str(caught.value) and AES_HEX not in str(caught.value)


def test_the_cli_names_the_key_path_not_the_value(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(f"default: encrypt\nkeys:\n  encryption: {{env: '{AES_B64}'}}\n")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "BSN 111222333"}) + "\n")
    assert main(["redact", "--policy", str(policy), str(src)]) == 2
    err = capsys.readouterr().err
    assert "keys.encryption.env" in err and AES_B64 not in err and AES_B64[:12] not in err


def test_a_proper_variable_name_is_still_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MIJN_SLEUTEL", raising=False)
    with pytest.raises(ConfigError, match="set MIJN_SLEUTEL"):
        redactor({"default": "encrypt", "keys": {"encryption": {"env": "MIJN_SLEUTEL"}}})


# --- weak keys ------------------------------------------------------------------------------------------------


WEAK = {
    "pseudonym": {
        "spaces": " " * 32,
        "one-byte": "a" * 32,
        "two-bytes": "ab" * 16,
        "hex-zero": "hex:" + "00" * 32,
        "base64-zero": "base64:" + base64.b64encode(bytes(32)).decode(),
    },
    "encryption": {
        "hex-zero": "hex:" + "00" * 32,
        "hex-pattern": "hex:" + "abcd" * 16,
        "base64-zero": "base64:" + base64.b64encode(bytes(32)).decode(),
        "base64-spaces": base64.b64encode(b" " * 32).decode(),
    },
}
WEAK_CASES = [(purpose, name) for purpose, cases in WEAK.items() for name in cases]


@pytest.mark.parametrize(("purpose", "name"), WEAK_CASES, ids=[f"{p}-{n}" for p, n in WEAK_CASES])
def test_weak_keys_are_refused_without_echoing_them(monkeypatch: pytest.MonkeyPatch, purpose: str, name: str) -> None:
    value = WEAK[purpose][name]
    monkeypatch.setenv("AFSCHERM_KEY_UNDER_TEST", value)
    operator = "encrypt" if purpose == "encryption" else "pseudonymise"
    with pytest.raises(ConfigError, match="weak") as caught:
        redactor({"default": operator, "keys": {purpose: {"env": "AFSCHERM_KEY_UNDER_TEST"}}})
    assert value.strip() == "" or value not in str(caught.value)


# --- hex is not base64 -------------------------------------------------------------------------------------


def encryption_key_from(monkeypatch: pytest.MonkeyPatch, value: str) -> bytes:
    monkeypatch.setenv("AFSCHERM_ENCRYPTION_KEY", value)
    key = redactor({"default": "encrypt"}).keys.encryption
    assert key is not None
    return key


@pytest.mark.parametrize("length", [32, 48, 64])
def test_a_bare_hex_key_is_refused_as_ambiguous(monkeypatch: pytest.MonkeyPatch, length: int) -> None:
    value = AES_HEX[:length]
    with pytest.raises(ConfigError, match=r"write hex:… or base64:…") as caught:
        encryption_key_from(monkeypatch, value)
    assert value not in str(caught.value)


def test_prefixed_and_plain_base64_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    assert encryption_key_from(monkeypatch, "hex:" + AES_HEX) == AES
    assert encryption_key_from(monkeypatch, "hex:" + AES_HEX.upper()) == AES
    assert encryption_key_from(monkeypatch, "base64:" + AES_B64) == AES
    assert encryption_key_from(monkeypatch, AES_B64) == AES  # unambiguous base64 keeps working
    assert encryption_key_from(monkeypatch, base64.urlsafe_b64encode(AES[:16]).decode()) == AES[:16]
    with pytest.raises(ConfigError, match="not hex"):
        encryption_key_from(monkeypatch, "hex:" + AES_HEX[:-1] + "g")


def test_pseudonym_keys_take_the_prefixes_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFSCHERM_PSEUDONYM_KEY", "hex:" + AES_HEX)
    assert redactor({"default": "pseudonymise"}).keys.pseudonym == AES
    monkeypatch.setenv("AFSCHERM_PSEUDONYM_KEY", "een lange geheime zin als sleutel")
    assert redactor({"default": "pseudonymise"}).keys.pseudonym == b"een lange geheime zin als sleutel"


# --- pseudonym length (issue 14) ---------------------------------------------------------------------------


def test_pseudonyms_default_to_sixteen_hex_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    from afscherm.detectors.findings import Finding

    monkeypatch.setenv("AFSCHERM_PSEUDONYM_KEY", "pseudoniem-sleutel-0123456789")
    r = redactor({"default": "pseudonymise"})
    text = "mail jan@example.nl"
    out = r.redact(text, [Finding(5, 19, "EMAIL_ADDRESS", 1.0, "test")])
    assert re.fullmatch(r"mail EMAIL-[0-9a-f]{16}", out)
    assert re.fullmatch(r"EMAIL-[0-9a-f]{12}", redactor({"default": {"operator": "pseudonymise", "hex_chars": 12}})
                        .redact("jan@example.nl", [Finding(0, 14, "EMAIL_ADDRESS", 1.0, "t")]))  # fmt: skip


@pytest.mark.parametrize("hex_chars", [6, 8, 11])
def test_short_pseudonyms_are_refused(hex_chars: int) -> None:
    with pytest.raises(ConfigError, match=r"hex_chars.*at least 12"):
        parse_policy({"default": {"operator": "pseudonymise", "hex_chars": hex_chars}}, "policy.yaml")
