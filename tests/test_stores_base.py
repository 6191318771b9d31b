"""Key validation, retry with back-off, and quarantine — the parts every store shares."""

from __future__ import annotations

import json

import pytest

from afscherm.flows.stores import LocalStore, StoreError, TransientStoreError, key_problem, quarantine_object, retrying
from afscherm.flows.stores.base import INVALID_KEY_FOLDER, validate_key
from afscherm.flows.stores.retry import backoff_delay


@pytest.mark.parametrize(
    "key",
    [
        "../../etc/x",
        "a/../../b",
        "..",
        "a/..",
        "/etc/passwd",
        "//server/share",
        "a\x00b",
        "a\\..\\b",
        "..\\..\\etc",
        "C:/Windows/x",
        "c:x",
        "a//b",
        "./a",
        "a/./b",
        "a/",
        "",
        "line\nbreak",
        "bell\x07",
        "unit\x1fseparator",
        "del\x7f",
        "dir/.afscherm-tmp-0123",
    ],
)
def test_unsafe_keys_are_refused(key: str) -> None:
    assert key_problem(key) is not None
    with pytest.raises(StoreError) as err:
        validate_key(key, store="s")
    assert "store 's'" in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("key", ["a.txt", "dir/sub/file.json", "..hidden", "a..b/c", ".env", "naïve/ünïcode ✓.txt"])
def test_ordinary_keys_pass(key: str) -> None:
    assert key_problem(key) is None
    assert validate_key(key, store="s") == key


def test_non_string_key_is_refused() -> None:
    assert key_problem(b"a") is not None
    assert key_problem(None) is not None


class _Flaky:
    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        if self.calls <= self.failures:
            raise TransientStoreError("HTTP 503 SlowDown", store="s3x", key="k/1")
        return "ok"


def test_retrying_retries_transient_errors_then_succeeds() -> None:
    flaky = _Flaky(failures=3)
    seen: list[tuple[int, float]] = []
    slept: list[float] = []
    result = retrying(
        flaky, attempts=5, base_delay=0.1, max_delay=0.3, on_retry=lambda a, e, d: seen.append((a, d)),
        sleep=slept.append,
    )  # fmt: skip
    assert result == "ok"
    assert flaky.calls == 4
    assert [a for a, _ in seen] == [1, 2, 3]
    # full jitter within the exponential cap: attempt n waits at most min(max_delay, base * 2**(n-1))
    for (attempt, delay), waited in zip(seen, slept, strict=True):
        assert 0 <= delay <= min(0.3, 0.1 * 2 ** (attempt - 1))
        assert waited == delay


def test_retrying_gives_up_with_attempts_store_and_key() -> None:
    flaky = _Flaky(failures=100)
    with pytest.raises(TransientStoreError) as err:
        retrying(flaky, attempts=4, base_delay=0, sleep=lambda _: None)
    assert flaky.calls == 4
    assert err.value.attempts == 4
    message = str(err.value)
    assert "store 's3x'" in message and "key 'k/1'" in message and "4 attempts" in message


def test_retrying_does_not_retry_permanent_errors() -> None:
    calls = []

    def missing() -> None:
        calls.append(1)
        raise StoreError("not found", store="s", key="k")

    with pytest.raises(StoreError) as err:
        retrying(missing, attempts=5, base_delay=0, sleep=lambda _: None)
    assert not isinstance(err.value, TransientStoreError)
    assert len(calls) == 1


def test_backoff_grows_and_is_capped() -> None:
    import random

    rng = random.Random(1)
    caps = [max(backoff_delay(n, 0.2, 1.0, rng) for _ in range(200)) for n in (1, 2, 3, 6)]
    assert caps[0] <= 0.2 and caps[1] <= 0.4 and caps[2] <= 0.8 and caps[3] <= 1.0
    assert caps[1] > 0.2 and caps[3] > 0.8  # it does grow


def test_quarantine_copies_and_writes_reason(tmp_path) -> None:
    src = LocalStore("inbox", tmp_path / "in")
    q = LocalStore("quarantine", tmp_path / "q")
    src.write("a/b.pdf", b"%PDF-broken")
    uri = quarantine_object(src, "a/b.pdf", q, "corrupt PDF: no xref", move=False)
    assert uri == (tmp_path / "q" / "a" / "b.pdf").as_uri()
    assert q.read("a/b.pdf") == b"%PDF-broken"
    record = json.loads(q.read("a/b.pdf.reason.json"))
    assert set(record) == {"key", "store", "reason", "at"}
    assert record["key"] == "a/b.pdf" and record["store"] == "inbox" and record["reason"] == "corrupt PDF: no xref"
    assert src.exists("a/b.pdf")  # copy, not move


def test_quarantine_move_removes_the_source(tmp_path) -> None:
    src = LocalStore("inbox", tmp_path / "in")
    q = LocalStore("quarantine", tmp_path / "q")
    src.write("x.bin", b"\x00\x01")
    quarantine_object(src, "x.bin", q, "unknown binary", move=True)
    assert not src.exists("x.bin")
    assert q.read("x.bin") == b"\x00\x01"


def test_quarantine_of_an_unreadable_object_keeps_the_source_and_records_why(tmp_path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "loop").symlink_to(root / "loop")
    src = LocalStore("inbox", root)
    q = LocalStore("quarantine", tmp_path / "q")
    uri = quarantine_object(src, "loop", q, "unreadable", move=True)
    assert uri.endswith("loop.reason.json")
    assert "symlink: not followed" in json.loads(q.read("loop.reason.json"))["reason"]
    assert not q.exists("loop")
    assert (root / "loop").is_symlink()  # nothing deleted that was not kept


def test_quarantine_of_a_traversal_key_stays_inside_quarantine(tmp_path) -> None:
    src = LocalStore("s3ish", tmp_path / "in")  # an S3 listing can hand out such a key; the read refuses it
    q = LocalStore("quarantine", tmp_path / "q")
    uri = quarantine_object(src, "../../etc/x", q, "path traversal", move=False)
    assert uri.startswith((tmp_path / "q" / INVALID_KEY_FOLDER).as_uri())
    files = [p for p in (tmp_path / "q").rglob("*") if p.is_file()]
    assert len(files) == 1
    record = json.loads(files[0].read_text())
    assert record["key"] == "../../etc/x" and "'..' segment" in record["reason"]
    assert not (tmp_path / "etc").exists()
