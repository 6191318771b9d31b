"""Subject look-up over a real FindingsIndex with hand-made rows: normalisation, strength, candidates, versions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from afscherm.discovery.fingerprint import fingerprint
from afscherm.discovery.index import FindingsIndex
from afscherm.discovery.subject import SubjectQuery, is_weak_key, lookup, subject_fingerprints

KEY = b"subject-test-key-0123456789abcdef"
T0 = datetime(2026, 11, 1, tzinfo=UTC)


def fp(etype: str, value: str) -> str:
    return fingerprint(etype, value, KEY)


def add(
    index: FindingsIndex,
    store: str,
    uri: str,
    sha: str,
    values: list[tuple[str, str]],
    when: datetime = T0,
    status: str = "redacted",
) -> None:
    findings = [
        {
            "scan_id": "s",
            "store": store,
            "object_uri": uri,
            "object_sha256": sha,
            "unit": f"line {i}",
            "entity_type": t,
            "start": 0,
            "end": len(v),
            "page": None,
            "box": None,
            "fingerprint": fp(t, v),
            "score": 1.0,
            "recognizer": "test",
            "found_at": when,
            "action": "replace",
        }
        for i, (t, v) in enumerate(values, start=1)
    ]
    index.append(
        [
            {
                "scan_id": "s",
                "store": store,
                "object_uri": uri,
                "object_sha256": sha,
                "size": 10,
                "modified": when,
                "scanned_at": when,
                "status": status,
                "reason": None,
                "clean_uri": None,
                "n_findings": len(findings),
            }
        ],
        findings,
    )


@pytest.fixture
def index(tmp_path: Path) -> FindingsIndex:
    idx = FindingsIndex(tmp_path / "index")
    add(
        idx,
        "tickets",
        "file:///t/1.txt",
        "a1" * 32,
        [("EMAIL_ADDRESS", "Anna.V@Example.NL"), ("PHONE_NUMBER", "06 4821 3957"), ("PERSON", "Anna Verhoef")],
    )
    add(
        idx,
        "tickets",
        "file:///t/2.txt",
        "a2" * 32,
        [("NL_BSN", "1112.22.333"), ("PERSON", "Anna Verhoef"), ("PERSON", "Piet Smit")],
    )
    add(idx, "chat", "s3://b/c/3.json", "a3" * 32, [("PERSON", "anna  verhoef"), ("LOCATION", "Amsterdam")])
    add(idx, "chat", "s3://b/c/4.json", "a4" * 32, [("PERSON", "Anna Verhoef"), ("DATE_OF_BIRTH", "3 maart 1990")])
    add(idx, "chat", "s3://b/c/5.json", "a5" * 32, [("EMAIL_ADDRESS", "piet@example.com")])
    # 6: held the e-mail in an old version; the latest version does not
    add(idx, "tickets", "file:///t/6.txt", "b1" * 32, [("EMAIL_ADDRESS", "anna.v@example.nl")])
    add(idx, "tickets", "file:///t/6.txt", "b2" * 32, [("PERSON", "Piet Smit")], when=T0 + timedelta(days=1))
    # 7: deleted since
    add(idx, "tickets", "file:///t/7.txt", "c1" * 32, [("EMAIL_ADDRESS", "anna.v@example.nl")])
    idx.mark_deleted("tickets", "file:///t/7.txt", "erasure:AVG-2026-0001")
    return idx


def uris(matches: list) -> list[str]:
    return [m.object_uri for m in matches]


def test_strong_identifiers_normalised_like_the_scanner(index: FindingsIndex) -> None:
    q = SubjectQuery(email=("anna.v@example.nl",), phone=("+31648213957",), bsn=("111222333",))
    result = lookup(index, subject_fingerprints(q, KEY))
    assert uris(result.objects) == ["file:///t/1.txt", "file:///t/2.txt"]  # not 6 (old version), not 7 (deleted)
    assert result.objects[0].types == ["EMAIL_ADDRESS", "PHONE_NUMBER"]
    assert not result.weak_key and result.weak_objects == []


def test_name_alone_is_weak_and_name_with_dob_is_strong(index: FindingsIndex) -> None:
    name_only = subject_fingerprints(SubjectQuery(name=("Anna Verhoef",)), KEY)
    assert is_weak_key(name_only)
    result = lookup(index, name_only)
    assert result.weak_key and result.objects == []
    assert uris(result.weak_objects) == ["file:///t/1.txt", "file:///t/2.txt", "s3://b/c/3.json", "s3://b/c/4.json"]
    with_dob = lookup(
        index, subject_fingerprints(SubjectQuery(name=("Anna Verhoef",), date_of_birth=("1990-03-03",)), KEY)
    )
    assert uris(with_dob.objects) == ["s3://b/c/4.json"]  # both in one object
    assert len(with_dob.weak_objects) == 3


def test_candidates_with_evidence_never_merged(index: FindingsIndex) -> None:
    subject = subject_fingerprints(SubjectQuery(email=("anna.v@example.nl",), bsn=("111222333",)), KEY)
    result = lookup(index, subject)
    cands = {(c.entity_type, c.fingerprint): c for c in result.candidates}
    name = cands[("PERSON", fp("PERSON", "Anna Verhoef"))]
    assert name.objects == 2 and result.candidates[0] is name  # most objects first
    assert ("PHONE_NUMBER", fp("PHONE_NUMBER", "0648213957")) in cands
    assert ("PERSON", fp("PERSON", "Piet Smit")) in cands
    assert ("EMAIL_ADDRESS", fp("EMAIL_ADDRESS", "piet@example.com")) not in cands  # not with the subject
    assert set(result.subject) == {"EMAIL_ADDRESS", "NL_BSN"}


def test_fingerprint_type_must_match(index: FindingsIndex) -> None:
    # The same text fingerprinted as another type is another identifier.
    subject = {"PERSON": [fp("EMAIL_ADDRESS", "anna.v@example.nl")]}
    assert lookup(index, subject).weak_objects == []


def test_empty_subject(index: FindingsIndex) -> None:
    result = lookup(index, {})
    assert result.objects == [] and result.candidates == [] and result.weak_key
    assert SubjectQuery(email=("  ",)).is_empty()
