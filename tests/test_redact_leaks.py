"""No planted value survives redaction of the gold set: the detector's findings, the policy's operators.

Two oracles, both on the redacted output only:
- value leaks: the planted value, its compact form (letters and digits only) and its digit sequence
  (written or spoken, with any separators between the digits) must not occur in the output;
- character leaks: with a length-keeping mask for every type, a planted letter or digit that is still
  in its place in the output leaked.
"""

from __future__ import annotations

import base64
import re
from collections import Counter

import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.detectors.evaluation import GoldRecord, load_gold
from afscherm.detectors.findings import ENTITY_TYPES, Finding
from afscherm.redactors import load_policy, parse_policy
from afscherm.redactors.text import Redactor

ZERO_LEAK_TYPES = ("NL_BSN", "IBAN_CODE", "IMEI", "MRZ", "EMAIL_ADDRESS", "CREDIT_CARD")
CHAR_LEAK_LIMIT = {"PERSON": 0.05}  # every other type: 0.02
MIN_DIGITS = 6
# Independent of the detectors' own table: Dutch digit words as read out in transcripts.
SPOKEN = {"nul": "0", "een": "1", "één": "1", "twee": "2", "drie": "3", "vier": "4", "vijf": "5",
          "zes": "6", "zeven": "7", "acht": "8", "negen": "9"}  # fmt: skip
BLOCK = "\u2588"


@pytest.fixture(scope="module")
def gold() -> list[GoldRecord]:
    return load_gold()


@pytest.fixture(scope="module")
def findings(gold: list[GoldRecord]) -> list[list[Finding]]:
    return default_analyzer().analyze([g.text for g in gold])


@pytest.fixture(autouse=True)
def keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFSCHERM_PSEUDONYM_KEY", "lektest-sleutel-0123456789")
    monkeypatch.setenv("AFSCHERM_ENCRYPTION_KEY", base64.b64encode(bytes(range(32))).decode())


def digit_sequence(value: str) -> str:
    words = re.sub(r"[a-zéë]+", lambda m: SPOKEN.get(m.group().lower(), " "), value, flags=re.I)
    return re.sub(r"\D", "", words)


def leak_forms(value: str) -> list[re.Pattern[str]]:
    compact = re.sub(r"[\W_]", "", value)
    forms = [re.compile(re.escape(value), re.I), re.compile(re.escape(compact), re.I)]
    digits = digit_sequence(value)
    if len(digits) >= MIN_DIGITS:
        forms.append(re.compile(r"(?<!\d)" + r"[\s.\-/]*".join(digits) + r"(?!\d)"))
    return forms


def value_leaks(gold: list[GoldRecord], outputs: list[str], types: tuple[str, ...]) -> list[str]:
    leaks = []
    for record, out in zip(gold, outputs, strict=True):
        for s in record.spans:
            if s.entity_type in types:
                value = record.text[s.start : s.end]
                if any(p.search(out) for p in leak_forms(value)):
                    leaks.append(f"{record.id} {s.entity_type}/{s.subtype}: {value!r}")
    return leaks


POLICIES = {
    "shipped": None,
    "pseudonymise": {"default": "pseudonymise"},
    "encrypt": {"default": "encrypt"},
    "remove": {"default": "remove"},
}


@pytest.mark.parametrize("name", POLICIES)
def test_no_identifier_value_leaks_on_the_gold_set(
    gold: list[GoldRecord], findings: list[list[Finding]], name: str
) -> None:
    spec = POLICIES[name]
    policy = load_policy() if spec is None else parse_policy(spec, name)
    outputs = Redactor(policy).redact_batch([g.text for g in gold], findings)
    leaks = value_leaks(gold, outputs, ZERO_LEAK_TYPES)
    assert leaks == [], f"{len(leaks)} leaked values, e.g. {leaks[:5]}"


def test_leak_oracle_sees_a_reformatted_value() -> None:
    forms = leak_forms("1112.22.333")
    assert any(p.search("bsn 111 222 333 ok") for p in forms)
    assert any(p.search("BSN:111222333") for p in forms)
    assert not any(p.search("bsn <BSN>, order 111 222 334") for p in forms)
    assert any(p.search("nl91abna0417164300") for p in leak_forms("NL91 ABNA 0417 1643 00"))
    assert any(p.search("bsn 111-222-333") for p in leak_forms("een een een twee twee twee drie drie drie"))
    assert not any(p.search("0612") for p in leak_forms("nul zes één twee"))  # too short to count


def character_leak_rates(gold: list[GoldRecord], findings: list[list[Finding]]) -> dict[str, tuple[int, int]]:
    masker = Redactor(parse_policy({"default": {"operator": "mask", "char": BLOCK}}))
    total: Counter[str] = Counter()
    leaked: Counter[str] = Counter()
    for record, found in zip(gold, findings, strict=True):
        out = masker.redact(record.text, found)
        assert len(out) == len(record.text)  # the mask keeps every position
        for s in record.spans:
            for i in range(s.start, s.end):
                if record.text[i].isalnum():
                    total[s.entity_type] += 1
                    leaked[s.entity_type] += out[i] == record.text[i]
    return {t: (leaked[t], total[t]) for t in total}


@pytest.fixture(scope="module")
def char_leaks(gold: list[GoldRecord], findings: list[list[Finding]]) -> dict[str, tuple[int, int]]:
    return character_leak_rates(gold, findings)


@pytest.mark.parametrize("entity_type", ENTITY_TYPES)
def test_character_leak_rate_per_type(char_leaks: dict[str, tuple[int, int]], entity_type: str) -> None:
    leaked, total = char_leaks[entity_type]
    limit = CHAR_LEAK_LIMIT.get(entity_type, 0.02)
    assert total > 0
    assert leaked / total <= limit, f"{entity_type}: {leaked}/{total} characters leaked ({leaked / total:.1%})"
