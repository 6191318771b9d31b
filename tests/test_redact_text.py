"""Text redaction: operators, overlaps handled once, code-point offsets, pseudonyms, encryption."""

from __future__ import annotations

import base64
import hmac
import os
import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afscherm.detectors.findings import Finding
from afscherm.redactors import parse_policy, redact, redact_batch
from afscherm.redactors.encryption import RevealError, decrypt_token, encrypt_token, reveal_text
from afscherm.redactors.operators import mask_tail
from afscherm.redactors.pseudonym import Hmac, pseudonym
from afscherm.redactors.text import Redactor, disjoint_spans

KEY_A = "sleutel-A-voor-de-tests-0123456789"
KEY_B = "sleutel-B-voor-de-tests-9876543210"
AES_A = base64.b64encode(bytes(range(32))).decode()
AES_B = base64.b64encode(bytes(range(1, 33))).decode()


def f(start: int, end: int, entity_type: str, score: float = 0.9) -> Finding:
    return Finding(start, end, entity_type, score, "test")


def span(text: str, value: str, entity_type: str) -> Finding:
    start = text.index(value)
    return f(start, start + len(value), entity_type)


@pytest.fixture()
def keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFSCHERM_PSEUDONYM_KEY", KEY_A)
    monkeypatch.setenv("AFSCHERM_ENCRYPTION_KEY", AES_A)


def redactor(policy: dict) -> Redactor:
    return Redactor(parse_policy(policy, "test-policy"))


# --- operators ------------------------------------------------------------------------------------


def test_replace_uses_dutch_tags() -> None:
    text = "Ik ben Jan de Vries, BSN 111222333, mail jan@example.nl."
    findings = [
        span(text, "Jan de Vries", "PERSON"),
        span(text, "111222333", "NL_BSN"),
        span(text, "jan@example.nl", "EMAIL_ADDRESS"),
    ]
    assert redactor({}).redact(text, findings) == "Ik ben <NAAM>, BSN <BSN>, mail <E-MAIL>."


def test_replace_with_custom_tag_and_default_for_unlisted_types() -> None:
    r = redactor(
        {
            "default": {"operator": "replace", "tag": "[WEG]"},
            "entities": {"NL_BSN": {"operator": "replace", "tag": "[burgerservicenummer]"}},
        }
    )
    text = "BSN 111222333 op 10.0.0.8"
    out = r.redact(text, [span(text, "111222333", "NL_BSN"), span(text, "10.0.0.8", "IP_ADDRESS")])
    assert out == "BSN [burgerservicenummer] op [WEG]"


def test_mask_keeps_the_configured_tail_and_the_separators() -> None:
    r = redactor(
        {
            "entities": {
                "IBAN_CODE": {"operator": "mask", "keep_last": 4},
                "PHONE_NUMBER": {"operator": "mask", "keep_last": 2, "char": "#"},
            }
        }
    )
    text = "IBAN NL91 ABNA 0417 1643 00, tel 06-12345678"
    out = r.redact(text, [span(text, "NL91 ABNA 0417 1643 00", "IBAN_CODE"), span(text, "06-12345678", "PHONE_NUMBER")])
    assert out == "IBAN **** **** **** **43 00, tel ##-######78"


def test_mask_tail_longer_than_value_keeps_everything() -> None:
    assert mask_tail("12", 4) == "12"
    assert mask_tail("a-b", 0, "x") == "x-x"


def test_remove_and_keep() -> None:
    r = redactor({"entities": {"NL_BSN": "remove", "IP_ADDRESS": "keep"}})
    text = "BSN 111222333 op 10.0.0.8."
    assert (
        r.redact(text, [span(text, "111222333", "NL_BSN"), span(text, "10.0.0.8", "IP_ADDRESS")]) == "BSN  op 10.0.0.8."
    )


def test_pseudonymise_gives_prefixed_stable_tokens(keys: None) -> None:
    r = redactor({"default": "pseudonymise"})
    text = "Jan Jansen belde. Later belde Jan Jansen weer, en Piet Smit ook."
    first = text.index("Jan Jansen")
    second = text.index("Jan Jansen", first + 1)
    findings = [
        f(first, first + 10, "PERSON"),
        f(second, second + 10, "PERSON"),
        span(text, "Piet Smit", "PERSON"),
    ]
    tokens = re.findall(r"PERSOON-[0-9a-f]{16}", r.redact(text, findings))
    assert len(tokens) == 3
    assert tokens[0] == tokens[1] != tokens[2]


@pytest.mark.parametrize(
    ("entity_type", "forms"),
    [
        ("NL_BSN", ["111222333", "1112.22.333", "111 222 333", "een een een twee twee twee drie drie drie"]),
        (
            "PHONE_NUMBER",
            ["06-12345678", "0612345678", "+31 6 12345678", "0031612345678", "nul zes 1234 5678"],
        ),
        ("IBAN_CODE", ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91 abna 0417 1643 00"]),
        ("EMAIL_ADDRESS", ["Fenna@Example.NL", "fenna@example.nl"]),
        ("PERSON", ["Jan  de Vries", "jan de vries", "JAN DE VRIES"]),
    ],
)
def test_pseudonyms_ignore_how_a_value_is_written(entity_type: str, forms: list[str]) -> None:
    tokens = {pseudonym(KEY_A.encode(), entity_type, v, "X") for v in forms}
    assert len(tokens) == 1, tokens


def test_pseudonyms_differ_between_values_types_and_keys() -> None:
    a = pseudonym(KEY_A.encode(), "NL_BSN", "111222333", "BSN")
    assert a != pseudonym(KEY_A.encode(), "NL_BSN", "123456782", "BSN")
    assert a != pseudonym(KEY_B.encode(), "NL_BSN", "111222333", "BSN")
    assert a.split("-")[1] != pseudonym(KEY_A.encode(), "IMEI", "111222333", "BSN").split("-")[1]


def test_pseudonyms_are_stable_across_processes_and_differ_with_another_key() -> None:
    script = (
        "import sys\nfrom afscherm.redactors.pseudonym import pseudonym\n"
        "for key in sys.argv[1:]:\n"
        "    print(pseudonym(key.encode(), 'EMAIL_ADDRESS', 'fenna@example.nl', 'EMAIL'))\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "random"}  # nothing may depend on Python's per-process hashing
    run = subprocess.run([sys.executable, "-c", script, KEY_A, KEY_B], capture_output=True, text=True, env=env)
    other_run_a, other_run_b = run.stdout.split()
    this_run_a = pseudonym(KEY_A.encode(), "EMAIL_ADDRESS", "fenna@example.nl", "EMAIL")
    assert re.fullmatch(r"EMAIL-[0-9a-f]{16}", this_run_a)
    assert other_run_a == this_run_a
    assert other_run_b != this_run_a


# --- overlaps and offsets ---------------------------------------------------------------------------


def test_mrz_zone_with_values_inside_is_redacted_once() -> None:
    text = "Zone: P<NLDJANSEN<<JAN<<<<<<<<<<<<<<<<<<<<<<<<<<<< einde"
    zone = span(text, "P<NLDJANSEN<<JAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<", "MRZ")
    inner = span(text, "JANSEN<<JAN", "PERSON")
    assert redactor({}).redact(text, [zone, inner]) == "Zone: <MRZ> einde"


def test_partial_overlap_redacts_the_union_once() -> None:
    text = "adres Kerkstraat 12 Utrecht tot ziens"
    a = span(text, "Kerkstraat 12", "LOCATION")
    b = span(text, "12 Utrecht", "PERSON")
    assert redactor({}).redact(text, [a, b]) == "adres <ADRES> tot ziens"


def test_adjacent_findings_stay_separate() -> None:
    text = "0612345678111222333"
    assert redactor({}).redact(text, [f(0, 10, "PHONE_NUMBER"), f(10, 19, "NL_BSN")]) == "<TELEFOONNUMMER><BSN>"


def test_disjoint_spans_rejects_findings_outside_the_text() -> None:
    with pytest.raises(ValueError, match="outside a text of 5 characters"):
        disjoint_spans([f(3, 9, "NL_BSN")], 5)


_filler = st.text(alphabet=st.sampled_from(list("ab ,.\nëé€中😀🇳🇱👍🏽\u200d")), max_size=8)
_values = st.sampled_from([("111222333", "NL_BSN"), ("fenna@example.nl", "EMAIL_ADDRESS"), ("Jan 😀 Smit", "PERSON")])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_filler, _values), max_size=6), _filler)
def test_offsets_are_code_points_with_emoji_and_multibyte(parts: list[tuple[str, tuple[str, str]]], tail: str) -> None:
    text, expected, findings = "", "", []
    tags = {"NL_BSN": "<BSN>", "EMAIL_ADDRESS": "<E-MAIL>", "PERSON": "<NAAM>"}
    for filler, (value, entity_type) in parts:
        text += filler
        expected += filler + tags[entity_type]
        findings.append(f(len(text), len(text) + len(value), entity_type))
        text += value
    text += tail
    expected += tail
    assert redact(text, findings, parse_policy({})) == expected


def test_batch_form_keeps_order() -> None:
    texts = ["BSN 111222333", "niets", "😀 111222333"]
    findings = [[f(4, 13, "NL_BSN")], [], [f(2, 11, "NL_BSN")]]
    assert redact_batch(texts, findings, parse_policy({})) == ["BSN <BSN>", "niets", "😀 <BSN>"]


# --- encryption ----------------------------------------------------------------------------------------


def test_encrypt_then_reveal_round_trips(keys: None) -> None:
    r = redactor({"default": "encrypt"})
    text = "😀 BSN 1112.22.333 en IBAN NL91 ABNA 0417 1643 00 — klaar"
    findings = [span(text, "1112.22.333", "NL_BSN"), span(text, "NL91 ABNA 0417 1643 00", "IBAN_CODE")]
    out = r.redact(text, findings)
    assert "1112" not in out and "NL91" not in out
    assert len(re.findall(r"<ENC2:(NL_BSN|IBAN_CODE):", out)) == 2
    assert reveal_text(r.keys.encryption, out) == text


def test_same_value_encrypts_differently_each_time() -> None:
    key = bytes(range(32))
    assert encrypt_token(key, "NL_BSN", "111222333") != encrypt_token(key, "NL_BSN", "111222333")


def test_wrong_key_is_refused_with_a_clear_error() -> None:
    token = encrypt_token(base64.b64decode(AES_A), "NL_BSN", "111222333")
    with pytest.raises(RevealError, match="encrypted with another key"):
        decrypt_token(base64.b64decode(AES_B), token)


def _tamper(token: str, byte_index: int) -> str:
    """The token with one bit of its payload (nonce, ciphertext or tag) flipped."""
    head, payload = token[:-1].rsplit(":", 1)
    raw = bytearray(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    raw[byte_index] ^= 0x01
    return f"{head}:{base64.urlsafe_b64encode(bytes(raw)).decode().rstrip('=')}>"


@pytest.mark.parametrize("byte_index", [0, 13, -1], ids=["nonce", "ciphertext", "tag"])
def test_tampered_token_is_refused(byte_index: int) -> None:
    key = base64.b64decode(AES_A)
    token = encrypt_token(key, "NL_BSN", "111222333")
    assert decrypt_token(key, _tamper(_tamper(token, byte_index), byte_index)) == "111222333"
    with pytest.raises(RevealError, match="failed authentication"):
        decrypt_token(key, _tamper(token, byte_index))


def test_token_moved_to_another_type_is_refused() -> None:
    key = base64.b64decode(AES_A)
    token = encrypt_token(key, "NL_BSN", "111222333").replace("NL_BSN", "IBAN_CODE")
    with pytest.raises(RevealError, match="failed authentication"):
        decrypt_token(key, token)


def test_truncated_token_is_refused() -> None:
    key = base64.b64decode(AES_A)
    token = encrypt_token(key, "NL_BSN", "111222333")
    with pytest.raises(RevealError):
        reveal_text(key, token[:30] + ">")


@pytest.mark.parametrize("key", [b"k" * 16, b"x" * 64, b"lange sleutel " * 10])
def test_precomputed_hmac_equals_the_standard_library(key: bytes) -> None:
    message = b"EMAIL_ADDRESS\x00fenna@example.nl"
    assert Hmac(key).digest(message) == hmac.digest(key, message, "sha256")
    assert (
        pseudonym(key, "EMAIL_ADDRESS", "Fenna@Example.nl ", "EMAIL")
        == "EMAIL-" + hmac.digest(key, message, "sha256").hex()[:16]
    )
