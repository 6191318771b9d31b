"""The synthetic data generator: determinism, and a gold file whose labels hold up to independent checks.

Oracles are python-stdnum (BSN, IBAN, IMEI, Luhn), phonenumbers, the ``mrz`` package, ``ipaddress``
and ``uuid``; spoken numbers are turned back into digits by a word table written out here.
"""

from __future__ import annotations

import ipaddress
import json
import re
import uuid
from collections import Counter
from functools import cache
from pathlib import Path

import phonenumbers
import pytest
from mrz.checker.td1 import TD1CodeChecker
from mrz.checker.td3 import TD3CodeChecker
from stdnum import iban as stdnum_iban
from stdnum import imei as stdnum_imei
from stdnum import luhn
from stdnum.nl import bsn as stdnum_bsn

from afscherm.detectors.findings import ENTITY_TYPES
from synthetic.__main__ import HELDOUT_SEED, main, write_sample_data
from synthetic.documents import KINDS, generate_documents

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data"
GOLD = ROOT / "bench" / "gold" / "detect_gold.jsonl"
HELDOUT = ROOT / "bench" / "gold" / "heldout_gold.jsonl"
DEFAULT_SEED = 2026

CHECKSUM_TYPES = ("NL_BSN", "IBAN_CODE", "IMEI", "CREDIT_CARD", "MRZ")
NEGATIVE_KINDS = (
    "bsn_checksum_fail",
    "iban_checksum_fail",
    "luhn_fail",
    "uuid",
    "git_hash",
    "version",
    "timestamp",
    "price",
    "kvk",
    "email_domain",
    "phone_in_iban",
    "phone_in_imei",
)
NESTED = {"email_domain": "EMAIL_ADDRESS", "phone_in_iban": "IBAN_CODE", "phone_in_imei": "IMEI"}
WORDS = {
    "nul": "0",
    "een": "1",
    "één": "1",
    "twee": "2",
    "drie": "3",
    "vier": "4",
    "vijf": "5",
    "zes": "6",
    "zeven": "7",
    "acht": "8",
    "negen": "9",
}
BIRTH_CONTEXT = ("geboren", "geboortedatum", "geb.", "date of birth", "dob")
DOCUMENT_CONTEXT = ("documentnummer", "paspoort", "identiteitskaart", "id-kaart", "rijbewijs")
DEVICE_CONTEXT = ("imei", "toestel", "device")
TIMESTAMP = re.compile(r"\d{10}|\d{13}|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?(Z|[+-]\d\d:\d\d)")


def _records_from(gold: Path) -> list[dict]:
    return [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]


@cache
def committed() -> tuple[dict, ...]:
    return tuple(_records_from(GOLD))


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def spoken_to_compact(text: str) -> str:
    """``NL 91 A B N A nul vier één ...`` → ``NL91ABNA04...``; digits and letters as written."""
    out = []
    for token in re.split(r"[\s,]+", text):
        token = token.strip(".")
        if token in WORDS:
            out.append(WORDS[token])
        elif token != "punt":
            out.append(token)
    return "".join(out)


def _value(record: dict, span: dict) -> str:
    text = record["text"][span["start"] : span["end"]]
    return spoken_to_compact(text) if span["subtype"] == "spoken" else text


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


# --- determinism -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[dict[str, bytes], bytes]]:
    """The default seed written twice into fresh folders."""
    runs = []
    for name in ("first", "second"):
        root = tmp_path_factory.mktemp(name)
        write_sample_data(root / "sample_data", root / "gold.jsonl", DEFAULT_SEED)
        runs.append((_tree(root / "sample_data"), (root / "gold.jsonl").read_bytes()))
    return runs


def test_same_seed_writes_identical_files(regenerated: list[tuple[dict[str, bytes], bytes]]) -> None:
    assert regenerated[0] == regenerated[1]


def test_committed_sample_data_and_gold_are_what_the_default_seed_generates(
    regenerated: list[tuple[dict[str, bytes], bytes]],
) -> None:
    files, gold = regenerated[0]
    # sample_data/id_copies/ holds the images written by synthetic.id_images, checked by its own tests
    committed = {k: v for k, v in _tree(SAMPLE).items() if not k.startswith("id_copies/")}
    assert sorted(files) == sorted(committed)
    assert files == committed
    assert gold == GOLD.read_bytes()


def test_committed_heldout_gold_is_what_its_seed_generates_and_shares_no_text(tmp_path: Path) -> None:
    assert main(["--heldout-gold", str(tmp_path / "heldout.jsonl")]) == 0
    assert (tmp_path / "heldout.jsonl").read_bytes() == HELDOUT.read_bytes()
    heldout = _records_from(HELDOUT)
    assert len(heldout) == len(committed()) and HELDOUT_SEED != DEFAULT_SEED
    assert {r["kind"] for r in heldout} == {r["kind"] for r in committed()}
    # same kinds and counts, other documents: no text of the tuning set comes back
    assert not {r["text"] for r in heldout} & {r["text"] for r in committed()}
    for record in heldout:
        check_spans(record)
        check_values(record)


def test_rewriting_removes_stale_files(tmp_path: Path) -> None:
    stale = tmp_path / "sample_data" / "chats" / "chat-9999.txt"
    stale.parent.mkdir(parents=True)
    stale.write_text("old")
    write_sample_data(tmp_path / "sample_data", tmp_path / "gold.jsonl", DEFAULT_SEED)
    assert not stale.exists() and (tmp_path / "sample_data" / "chats" / "chat-0001.txt").exists()


def test_sample_data_stays_small() -> None:
    assert sum(len(b) for b in _tree(SAMPLE).values()) < 2_000_000


def test_generate_documents_cycles_kinds_and_is_reproducible() -> None:
    first = list(generate_documents(20, seed=5, kinds=["log", "chat"]))
    assert [d.kind for d in first[:4]] == ["log", "chat", "log", "chat"]
    assert [d.id for d in first[:3]] == ["log-0000", "chat-0000", "log-0001"]
    assert first == list(generate_documents(20, seed=5, kinds=["log", "chat"]))
    assert first != list(generate_documents(20, seed=6, kinds=["log", "chat"]))
    assert {d.kind for d in generate_documents(len(KINDS), seed=1)} == set(KINDS)
    with pytest.raises(ValueError, match="unknown document kinds"):
        list(generate_documents(1, seed=1, kinds=["poem"]))


# --- the gold file matches the files it describes ----------------------------------------------------


def test_every_record_text_is_its_source_exactly() -> None:
    records = committed()
    assert len(records) >= 300
    assert len({r["id"] for r in records}) == len(records)
    for r in records:
        source = ROOT / r["source"]
        if "line" not in r:
            assert source.read_text(encoding="utf-8") == r["text"], r["id"]
            continue
        line = source.read_text(encoding="utf-8").split("\n")[r["line"] - 1]
        if r["kind"] == "message":
            assert json.loads(line) == {"id": r["id"], "text": r["text"]}
        else:
            assert line == r["text"]
            json.loads(line)  # log lines are JSON


def test_every_kind_and_folder_is_present() -> None:
    assert {r["kind"] for r in committed()} == set(KINDS)
    for folder in ("transcripts", "chats", "error_reports", "privacy_mail", "id_copies_ocr", "invoices", "logs"):
        assert any((SAMPLE / folder).iterdir()), folder
    assert (SAMPLE / "messages.jsonl").is_file() and (SAMPLE / "README.md").is_file()


# --- span integrity ---------------------------------------------------------------------------------


def check_spans(record: dict) -> None:
    text, spans = record["text"], record["spans"]
    for s in spans:
        piece = text[s["start"] : s["end"]]
        assert piece and piece == piece.strip(), (record["id"], s)
        assert s["entity_type"] in ENTITY_TYPES
    mrz = [(s["start"], s["end"]) for s in spans if s["entity_type"] == "MRZ"]
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b["start"] < a["end"]:
            inner = b if a["entity_type"] == "MRZ" else a if b["entity_type"] == "MRZ" else None
            assert inner is not None and inner["subtype"] == "mrz", (record["id"], a, b)
    for s in spans:
        if s["subtype"] == "mrz":
            assert any(m0 <= s["start"] and s["end"] <= m1 for m0, m1 in mrz), (record["id"], s)
    for n in record["negatives"]:
        piece = text[n["start"] : n["end"]]
        assert piece and piece == piece.strip(), (record["id"], n)
        overlapping = [s for s in spans if s["start"] < n["end"] and n["start"] < s["end"]]
        if n["kind"] in NESTED:
            assert any(
                s["entity_type"] == NESTED[n["kind"]] and s["start"] <= n["start"] and n["end"] <= s["end"]
                for s in overlapping
            ), (record["id"], n)
        else:
            assert not overlapping, (record["id"], n, overlapping)


def test_spans_are_trimmed_and_never_overlap_except_mrz_values() -> None:
    for r in committed():
        check_spans(r)


def test_freshly_generated_documents_keep_the_same_invariants() -> None:
    for doc in generate_documents(400, seed=99):
        record = doc.to_record("generated")
        check_spans(record)
        check_values(record)


# --- every label passes an independent check -------------------------------------------------------


def _phone_ok(value: str, subtype: str) -> bool:
    written = value.replace("\n", " ")
    number = phonenumbers.parse(written, "NL")
    return phonenumbers.is_valid_number(number)


def _mrz_ok(value: str) -> bool:
    lines = [re.sub(r"\s", "", line).replace("«", "<<") for line in value.split("\n")]
    width = 30 if len(lines) == 3 else 44
    zone = "\n".join(line.ljust(width, "<") for line in lines)
    return bool(TD1CodeChecker(zone) if len(lines) == 3 else TD3CodeChecker(zone))


def _reserved_ip(value: str) -> bool:
    ip = ipaddress.ip_address(value)
    documentation = [
        ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
    ]
    return ip.is_private or ip.is_link_local or any(ip in n for n in documentation)


def check_values(record: dict) -> None:
    text = record["text"]
    for s in record["spans"]:
        value, kind = _value(record, s), s["entity_type"]
        where = (record["id"], s, value)
        before = text[max(0, s["start"] - 60) : s["start"]].lower()
        if kind == "NL_BSN":
            assert len(_digits(value)) == 9 and stdnum_bsn.is_valid(_digits(value)), where
        elif kind == "IBAN_CODE":
            assert stdnum_iban.is_valid(re.sub(r"\s", "", value)), where
        elif kind == "IMEI":
            assert stdnum_imei.is_valid(_digits(value)) and len(_digits(value)) in (15, 16), where
            assert any(w in before for w in DEVICE_CONTEXT), where
        elif kind == "CREDIT_CARD":
            digits = _digits(value)
            assert luhn.is_valid(digits) and (len(digits), digits[0]) in ((16, "4"), (16, "5"), (16, "2"), (15, "3"))
        elif kind == "PHONE_NUMBER":
            assert _phone_ok(value, s["subtype"]), where
            assert value[0] in "+(0" or s["subtype"] == "spoken", where
        elif kind == "EMAIL_ADDRESS":
            local, _, domain = value.partition("@")
            assert re.fullmatch(r"[a-z0-9._]+", local) and re.search(r"(example|voorbeeld)\.(nl|com|org)$", domain)
        elif kind == "IP_ADDRESS":
            assert _reserved_ip(value), where
        elif kind == "MRZ":
            assert _mrz_ok(value), where
        elif kind == "NL_ID_DOCUMENT":
            assert re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", value), where
            if s["subtype"] != "mrz":
                assert any(w in before for w in DOCUMENT_CONTEXT), where
        elif kind == "DATE_OF_BIRTH":
            if s["subtype"] == "mrz":
                assert re.fullmatch(r"\d{6}", value), where
            else:
                assert re.search(r"\b(19[4-9]\d|200\d)$", value) or re.match(r"(19[4-9]\d|200\d)-", value), where
                assert any(w in before for w in BIRTH_CONTEXT), where
        elif kind == "PERSON":
            if s["subtype"] == "mrz":
                assert re.fullmatch(r"[A-Z][A-Z<«]*[A-Z]", value), where
            else:
                assert re.fullmatch(r"[A-Za-z][A-Za-z.' -]*[A-Za-z.]", value), where
                assert value.split()[0].lower() not in ("dhr.", "mevr.", "meneer", "mevrouw", "naam"), where
        elif kind == "LOCATION" and s["subtype"] == "postcode":
            assert re.fullmatch(r"[1-9]\d{3} ?[A-Za-z]{2}", value) and value[-2:].upper() not in ("SA", "SD", "SS")
    for n in record["negatives"]:
        value, kind = text[n["start"] : n["end"]], n["kind"]
        where = (record["id"], n, value)
        if kind == "bsn_checksum_fail":
            assert re.fullmatch(r"\d{9}", value) and not stdnum_bsn.is_valid(value), where
        elif kind == "iban_checksum_fail":
            compact = re.sub(r"\s", "", value).upper()
            assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact) and not stdnum_iban.is_valid(compact), where
        elif kind == "luhn_fail":
            assert re.fullmatch(r"\d{15}", value) and not luhn.is_valid(value), where
        elif kind == "uuid":
            assert str(uuid.UUID(value)) == value, where
        elif kind == "git_hash":
            assert re.fullmatch(r"[0-9a-f]{40}", value), where
        elif kind == "version":
            assert re.fullmatch(r"v?\d+(\.\d+){2,3}(-rc\.\d+)?", value), where
        elif kind == "timestamp":
            assert TIMESTAMP.fullmatch(value), where
        elif kind == "price":
            assert re.fullmatch(r"(€ ?|EUR )\d{1,3}(\.\d{3})*,\d{2}", value), where
        elif kind == "kvk":
            assert re.fullmatch(r"\d{8}", value) and "kvk" in text[max(0, n["start"] - 40) : n["start"]].lower()
        elif kind == "email_domain":
            assert text[n["start"] - 1] == "@", where


def test_every_label_passes_its_oracle() -> None:
    for r in committed():
        check_values(r)


def test_spoken_numbers_decode_with_the_word_table() -> None:
    assert spoken_to_compact("één twee drie vier punt vijf zes punt zeven acht twee") == "123456782"
    assert spoken_to_compact("NL 91 A B N A nul vier een zeven, een zes vier drie nul nul") == "NL91ABNA0417164300"
    spoken = [s for r in committed() for s in r["spans"] if s["subtype"] == "spoken"]
    assert {s["entity_type"] for s in spoken} == {"NL_BSN", "PHONE_NUMBER", "IBAN_CODE"}


# --- coverage ---------------------------------------------------------------------------------------


def test_every_type_and_negative_kind_is_well_represented() -> None:
    records = committed()
    types = Counter(s["entity_type"] for r in records for s in r["spans"])
    assert set(types) == set(ENTITY_TYPES)
    assert all(types[t] >= 30 for t in CHECKSUM_TYPES), types
    assert types["PERSON"] >= 100
    negatives = Counter(n["kind"] for r in records for n in r["negatives"])
    assert set(negatives) == set(NEGATIVE_KINDS)
    assert all(count >= 10 for count in negatives.values()), negatives
    # pre-2021 documents carry the BSN inside the MRZ, later ones do not
    mrz_bsn = sum(1 for r in records for s in r["spans"] if s["entity_type"] == "NL_BSN" and s["subtype"] == "mrz")
    assert 0 < mrz_bsn < types["MRZ"]
    # OCR noise shows up in some zones
    zones = [r["text"][s["start"] : s["end"]] for r in records for s in r["spans"] if s["entity_type"] == "MRZ"]
    assert any("«" in z for z in zones) and any(" " in z for z in zones)


def test_hand_written_examples_of_the_oracles() -> None:
    # guards the oracles themselves: known-good and known-bad literals
    assert stdnum_bsn.is_valid("111222333") and not stdnum_bsn.is_valid("111222334")
    assert stdnum_iban.is_valid("NL91ABNA0417164300") and not stdnum_iban.is_valid("NL92ABNA0417164300")
    assert _phone_ok("+31 (0)20 123 4567", "intl_trunk") and not _phone_ok("06-1234", "dash")
    specimen = "I<NLDSPECI20142999999990<<<<<8\n6503101F2403085NLD<<<<<<<<<<<4\nDE<BRUIJN<<WILLEKE<LISELOTTE<<"
    assert _mrz_ok(specimen) and _mrz_ok(specimen.replace("<<<<<8", "<< <<<8").replace("<<WIL", "«WIL")[:-1])
    assert not _mrz_ok(specimen.replace("6503101", "6503111"))


def test_the_checks_reject_broken_gold() -> None:
    def record(text: str, spans: list[tuple[int, int, str, str]], negatives=()) -> dict:
        return {
            "id": "x",
            "text": text,
            "negatives": [{"start": a, "end": b, "kind": k} for a, b, k in negatives],
            "spans": [{"start": a, "end": b, "entity_type": t, "subtype": st} for a, b, t, st in spans],
        }

    good = record("bsn 111222333", [(4, 13, "NL_BSN", "plain")])
    check_spans(good)
    check_values(good)
    with pytest.raises(AssertionError):
        check_values(record("bsn 111222334", [(4, 13, "NL_BSN", "plain")]))
    with pytest.raises(AssertionError):
        check_spans(record("bsn 111222333 ", [(3, 13, "NL_BSN", "plain")]))  # leading space inside
    with pytest.raises(AssertionError):
        check_spans(record("Jan de Vries", [(0, 12, "PERSON", "prose"), (4, 12, "PERSON", "prose")]))
    with pytest.raises(AssertionError):
        check_values(record("order 111222333", [], [(6, 15, "bsn_checksum_fail")]))
    with pytest.raises(AssertionError):
        check_spans(record("bsn 111222333", [(4, 13, "NL_BSN", "plain")], [(4, 13, "bsn_checksum_fail")]))
