"""The redaction policy: validated on load, errors name the file and the key, keys never defaulted."""

from __future__ import annotations

import base64
import re
import sys
import types
from pathlib import Path

import pytest

from afscherm.detectors.config import ConfigError
from afscherm.redactors.keys import encryption_key, pseudonym_key
from afscherm.redactors.policy import KeySource, Mask, Replace, load_policy, parse_policy
from afscherm.redactors.text import Redactor

PSEUDONYM_ENV = "AFSCHERM_PSEUDONYM_KEY"
ENCRYPTION_ENV = "AFSCHERM_ENCRYPTION_KEY"


def write_policy(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_policy_masks_support_data_by_default() -> None:
    policy = load_policy()
    assert policy.operator_for("IBAN_CODE") == Mask(operator="mask", keep_last=4)
    assert policy.operator_for("PHONE_NUMBER") == Mask(operator="mask", keep_last=2)
    assert isinstance(policy.operator_for("NL_BSN"), Replace)
    assert policy.column_rule("CREATED_AT") is not None and not policy.column_rule("created_at").scan
    # the shipped default needs no key: a fresh checkout redacts without secrets
    assert not policy.needs("pseudonymise") and not policy.needs("encrypt")


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        ("entities:\n  NL_BNS: replace\n", r"key 'entities': unknown entity type 'NL_BNS'"),
        ("entities:\n  IBAN_CODE: {operator: mask, keep_last: -1}\n", r"key 'entities\.IBAN_CODE\.mask\.keep_last'"),
        ("default: scramble\n", r"key 'default'.*'scramble'"),
        ("columns:\n  email: {scan: false, entity_type: EMAIL_ADDRESS}\n", r"key 'columns\.email': scan: false"),
        ("columns:\n  email: {}\n", r"key 'columns\.email': give entity_type"),
        ("columns:\n  email: {entity_type: MAIL}\n", r"key 'columns\.email': unknown entity type 'MAIL'"),
        ("entities:\n  PERSON: {operator: pseudonymise, prefix: 'P N'}\n", r"key 'entities\.PERSON\.pseudonymise"),
        ("operators: {}\n", r"key 'operators': Extra inputs"),
        ("- replace\n", r"expected a mapping"),
    ],
)
def test_invalid_policy_names_file_and_key(tmp_path: Path, yaml_text: str, message: str) -> None:
    path = write_policy(tmp_path, yaml_text)
    with pytest.raises(ConfigError, match=r"policy\.yaml") as info:
        load_policy(path)
    assert re.search(message, str(info.value)), str(info.value)


def test_id_copies_section_is_accepted_without_validation(tmp_path: Path) -> None:
    path = write_policy(tmp_path, "id_copies:\n  anything: [1, {nested: true}]\n  photo: blur\n")
    assert load_policy(path).id_copies == {"anything": [1, {"nested": True}], "photo": "blur"}


def test_missing_pseudonym_key_is_an_error_not_a_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PSEUDONYM_ENV, raising=False)
    policy = parse_policy({"entities": {"PERSON": "pseudonymise"}}, "p.yaml")
    with pytest.raises(ConfigError, match=rf"p\.yaml: the pseudonym key is missing: set {PSEUDONYM_ENV}"):
        Redactor(policy)


def test_column_rule_operator_needs_its_key_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENCRYPTION_ENV, raising=False)
    policy = parse_policy({"columns": {"iban": {"entity_type": "IBAN_CODE", "operator": "encrypt"}}}, "p.yaml")
    with pytest.raises(ConfigError, match=ENCRYPTION_ENV):
        Redactor(policy)


def test_short_pseudonym_key_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PSEUDONYM_ENV, "kort")
    with pytest.raises(ConfigError, match="shorter than 16 bytes"):
        pseudonym_key(KeySource(env=PSEUDONYM_ENV), "p.yaml")


@pytest.mark.parametrize(
    ("value", "message"),
    [("not base64 at all!", "not base64"), (base64.b64encode(b"x" * 20).decode(), "16, 24 or 32 bytes, got 20")],
)
def test_bad_encryption_key_is_rejected(monkeypatch: pytest.MonkeyPatch, value: str, message: str) -> None:
    monkeypatch.setenv(ENCRYPTION_ENV, value)
    with pytest.raises(ConfigError, match=message):
        encryption_key(KeySource(env=ENCRYPTION_ENV), "p.yaml")


def test_encryption_key_accepts_standard_and_urlsafe_base64(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = bytes(range(250, 256)) + bytes(range(26))  # 32 bytes whose base64 holds '+'/'/' or '-'/'_'
    for encoded in (base64.b64encode(raw).decode(), base64.urlsafe_b64encode(raw).decode().rstrip("=")):
        monkeypatch.setenv(ENCRYPTION_ENV, encoded)
        assert encryption_key(KeySource(env=ENCRYPTION_ENV), "p.yaml") == raw


def test_prefect_secret_is_read_only_when_the_environment_has_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    loaded: list[str] = []

    class FakeSecret:
        @staticmethod
        def load(name: str) -> FakeSecret:
            loaded.append(name)
            return FakeSecret()

        def get(self) -> str:
            return "sleutel-uit-prefect-0123456789"

    fake = types.ModuleType("prefect.blocks.system")
    fake.Secret = FakeSecret  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "prefect.blocks.system", fake)
    source = KeySource(env=PSEUDONYM_ENV, prefect_secret="afscherm-pseudonym")
    monkeypatch.setenv(PSEUDONYM_ENV, "sleutel-uit-de-omgeving-0123")
    assert pseudonym_key(source, "p.yaml") == b"sleutel-uit-de-omgeving-0123"
    assert loaded == []
    monkeypatch.delenv(PSEUDONYM_ENV)
    assert pseudonym_key(source, "p.yaml") == b"sleutel-uit-prefect-0123456789"
    assert loaded == ["afscherm-pseudonym"]


def test_failing_prefect_secret_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    class BrokenSecret:
        @staticmethod
        def load(name: str) -> None:
            raise ValueError(f"Unable to find block document named {name}")

    fake = types.ModuleType("prefect.blocks.system")
    fake.Secret = BrokenSecret  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "prefect.blocks.system", fake)
    monkeypatch.delenv(ENCRYPTION_ENV, raising=False)
    with pytest.raises(ConfigError, match="cannot load the encryption key from Prefect Secret 'kluis'"):
        encryption_key(KeySource(env=ENCRYPTION_ENV, prefect_secret="kluis"), "p.yaml")
