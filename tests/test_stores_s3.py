"""S3Store against a real S3 endpoint (moto server on loopback), faults injected by a proxy in front of it."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pytest

from afscherm.flows.stores import StoreError, TransientStoreError
from afscherm.flows.stores.retry import RetryPolicy
from afscherm.flows.stores.s3 import S3Store
from tests.services import S3_TEST_KEY, S3_TEST_SECRET, FaultProxy, MotoS3

N_KEYS = 1200  # more than one ListObjectsV2 page (1,000)


class Retries:
    """Counts retries; a tiny base delay keeps the tests fast while still going through the back-off."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def policy(self, attempts: int = 4) -> RetryPolicy:
        return RetryPolicy(attempts=attempts, base_delay=0.01, max_delay=0.05, on_retry=self._note)

    def _note(self, attempt: int, exc: TransientStoreError, delay: float) -> None:
        self.seen.append(exc.reason)


def make_store(endpoint: str, bucket: str, *, retry: RetryPolicy | None = None, **kwargs) -> S3Store:  # noqa: ANN003
    return S3Store(
        "archive",
        bucket,
        kwargs.pop("prefix", ""),
        endpoint_url=endpoint,
        key=S3_TEST_KEY,
        secret=S3_TEST_SECRET,
        retry=retry or RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05),
        **kwargs,
    )


@pytest.fixture(scope="module")
def big_bucket(moto_s3: MotoS3) -> str:
    bucket = moto_s3.new_bucket()
    client = moto_s3.client()
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda i: client.put_object(Bucket=bucket, Key=f"k/{i:05}.txt", Body=b"%d" % i), range(N_KEYS)))
    return bucket


def test_write_read_list_exists_delete(moto_s3: MotoS3) -> None:
    bucket = moto_s3.new_bucket()
    store = make_store(moto_s3.endpoint, bucket, prefix="tickets/")
    assert list(store.list()) == []
    uri = store.write("2024/t-1.json", b'{"body": "hallo"}')
    assert uri == f"s3://{bucket}/tickets/2024/t-1.json"
    assert store.read("2024/t-1.json") == b'{"body": "hallo"}'
    assert store.exists("2024/t-1.json")
    assert not store.exists("2024/t-2.json")
    # a new object shows up in the very next listing (no listing cache)
    store.write("2024/t-0.json", b"{}")
    infos = list(store.list())
    assert [i.key for i in infos] == ["2024/t-0.json", "2024/t-1.json"]
    info = infos[1]
    assert info.store == "archive" and info.uri == uri and info.size == len(b'{"body": "hallo"}')
    assert info.sha256 is None
    assert info.modified is not None and info.modified.tzinfo == UTC
    assert abs((datetime.now(UTC) - info.modified).total_seconds()) < 300
    assert [i.key for i in store.list("2024/t-1")] == ["2024/t-1.json"]
    # the prefix really is where the objects live
    raw = moto_s3.client().list_objects_v2(Bucket=bucket)["Contents"]
    assert sorted(o["Key"] for o in raw) == ["tickets/2024/t-0.json", "tickets/2024/t-1.json"]
    store.delete("2024/t-1.json")
    store.delete("2024/t-1.json")  # idempotent
    assert not store.exists("2024/t-1.json")
    assert [i.key for i in store.list()] == ["2024/t-0.json"]


def test_missing_key_and_bucket_are_permanent(moto_s3: MotoS3, fault_proxy: FaultProxy) -> None:
    retries = Retries()
    store = make_store(fault_proxy.url, moto_s3.new_bucket(), retry=retries.policy())
    with pytest.raises(StoreError, match="not found") as err:
        store.read("nope.txt")
    assert not isinstance(err.value, TransientStoreError)
    assert "store 'archive'" in str(err.value) and "key 'nope.txt'" in str(err.value)
    assert fault_proxy.requests == 1 and retries.seen == []
    gone = make_store(fault_proxy.url, "no-such-bucket-here")
    with pytest.raises(StoreError, match="bucket not found"):
        list(gone.list())


def test_access_denied_is_permanent(moto_s3: MotoS3, fault_proxy: FaultProxy) -> None:
    bucket = moto_s3.new_bucket()
    moto_s3.client().put_object(Bucket=bucket, Key="a.txt", Body=b"a")
    retries = Retries()
    store = make_store(fault_proxy.url, bucket, retry=retries.policy())
    fault_proxy.fail(1, status=403)
    with pytest.raises(StoreError, match="permission denied") as err:
        store.read("a.txt")
    assert not isinstance(err.value, TransientStoreError)
    assert retries.seen == [] and fault_proxy.requests == 1


def test_pagination_over_more_than_1000_keys(big_bucket: str, fault_proxy: FaultProxy) -> None:
    store = make_store(fault_proxy.url, big_bucket)
    keys = [info.key for info in store.list()]
    assert len(keys) == N_KEYS
    assert keys == sorted(keys) == [f"k/{i:05}.txt" for i in range(N_KEYS)]
    assert fault_proxy.requests == 2  # two ListObjectsV2 pages, streamed


def test_listing_resumes_after_5xx_on_the_second_page(big_bucket: str, fault_proxy: FaultProxy) -> None:
    retries = Retries()
    store = make_store(fault_proxy.url, big_bucket, retry=retries.policy())
    it = store.list()
    first = next(it)  # page 1 fetched
    assert first.key == "k/00000.txt"
    fault_proxy.fail(1, status=500)
    fault_proxy.fail(1, status=503)
    rest = [info.key for info in it]
    assert len(rest) == N_KEYS - 1 and rest[-1] == f"k/{N_KEYS - 1:05}.txt"
    assert fault_proxy.faulted == 2
    assert retries.seen == ["HTTP 500 InternalError", "HTTP 503 SlowDown"]


def test_read_and_write_retry_injected_5xx(moto_s3: MotoS3, fault_proxy: FaultProxy) -> None:
    bucket = moto_s3.new_bucket()
    retries = Retries()
    store = make_store(fault_proxy.url, bucket, retry=retries.policy())
    fault_proxy.fail(2, status=503)
    store.write("x/report.log", b"line 1\n")
    assert fault_proxy.faulted == 2
    body = moto_s3.client().get_object(Bucket=bucket, Key="x/report.log")["Body"].read()
    assert body == b"line 1\n"
    fault_proxy.fail(3, status=500)
    assert store.read("x/report.log") == b"line 1\n"
    assert fault_proxy.faulted == 5
    fault_proxy.fail(1, status=503)
    assert store.exists("x/report.log")
    assert len(retries.seen) == 6


def test_stalled_requests_time_out_and_are_retried(moto_s3: MotoS3, fault_proxy: FaultProxy) -> None:
    bucket = moto_s3.new_bucket()
    retries = Retries()
    store = make_store(fault_proxy.url, bucket, retry=retries.policy(), read_timeout=1.0, connect_timeout=1.0)
    store.write("a.txt", b"alpha")
    fault_proxy.stall(1, seconds=3)
    t0 = time.monotonic()
    assert store.read("a.txt") == b"alpha"
    fault_proxy.stall(1, seconds=3)
    store.write("b.txt", b"beta")
    fault_proxy.stall(1, seconds=3)
    assert [i.key for i in store.list()] == ["a.txt", "b.txt"]
    elapsed = time.monotonic() - t0
    assert fault_proxy.faulted == 3
    assert len(retries.seen) == 3 and all("timeout" in r.lower() for r in retries.seen), retries.seen
    assert elapsed < 3 * 3  # each stall cost the read timeout, not the stall


def test_persistent_5xx_ends_in_transient_error_naming_store_key_attempts(
    moto_s3: MotoS3, fault_proxy: FaultProxy
) -> None:
    bucket = moto_s3.new_bucket()
    moto_s3.client().put_object(Bucket=bucket, Key="doc.txt", Body=b"d")
    retries = Retries()
    store = make_store(fault_proxy.url, bucket, retry=retries.policy(attempts=3))
    fault_proxy.fail_always(503)
    with pytest.raises(TransientStoreError) as err:
        store.read("doc.txt")
    message = str(err.value)
    assert "store 'archive'" in message and "key 'doc.txt'" in message
    assert "gave up after 3 attempts" in message and "503" in message
    assert err.value.attempts == 3 and fault_proxy.requests == 3
    with pytest.raises(TransientStoreError, match="3 attempts"):
        store.write("new.txt", b"n")
    with pytest.raises(TransientStoreError, match="3 attempts"):
        list(store.list())


def test_persistent_stall_ends_in_transient_error(moto_s3: MotoS3, fault_proxy: FaultProxy) -> None:
    bucket = moto_s3.new_bucket()
    moto_s3.client().put_object(Bucket=bucket, Key="doc.txt", Body=b"d")
    store = make_store(fault_proxy.url, bucket, retry=RetryPolicy(attempts=2, base_delay=0.01), read_timeout=0.5)
    fault_proxy.stall(2, seconds=2)
    with pytest.raises(TransientStoreError, match="gave up after 2 attempts") as err:
        store.read("doc.txt")
    assert "timeout" in str(err.value).lower()


def test_unreachable_endpoint_is_transient(moto_s3: MotoS3) -> None:
    from tests.services import free_port

    store = make_store(f"http://127.0.0.1:{free_port()}", "bucket-x", retry=RetryPolicy(attempts=2, base_delay=0.01))
    with pytest.raises(TransientStoreError, match="2 attempts"):
        store.read("a.txt")


def test_traversal_key_in_a_bucket_is_listed_and_refused_on_read(moto_s3: MotoS3) -> None:
    bucket = moto_s3.new_bucket()
    client = moto_s3.client()
    client.put_object(Bucket=bucket, Key="ok.txt", Body=b"ok")
    client.put_object(Bucket=bucket, Key="dir/../../etc/x", Body=b"evil")
    store = make_store(moto_s3.endpoint, bucket)
    keys = [i.key for i in store.list()]
    assert "ok.txt" in keys
    bad = [k for k in keys if k != "ok.txt"]
    assert len(bad) == 1 and ".." in bad[0]
    with pytest.raises(StoreError, match="'..' segment"):
        store.read(bad[0])
    with pytest.raises(StoreError, match="'..' segment"):
        store.write("../../etc/x", b"no")


def test_repr_hides_credentials(moto_s3: MotoS3) -> None:
    store = make_store(moto_s3.endpoint, "some-bucket")
    assert S3_TEST_SECRET not in repr(store) and S3_TEST_KEY not in repr(store)


def test_store_pickles_for_process_workers(moto_s3: MotoS3) -> None:
    import pickle

    store = make_store(moto_s3.endpoint, moto_s3.new_bucket(), prefix="p")
    store.write("a.txt", b"A")
    clone = pickle.loads(pickle.dumps(store))
    assert clone.fs is not store.fs
    assert clone.read("a.txt") == b"A" and clone.prefix == "p/"


def test_read_with_a_size_limit(moto_s3: MotoS3) -> None:
    from afscherm.flows.stores import ObjectTooLargeError

    store = make_store(moto_s3.endpoint, moto_s3.new_bucket())
    store.write("big.log", b"x" * 1000)
    store.write("empty.log", b"")
    assert store.read("big.log", max_bytes=1000) == b"x" * 1000
    assert store.read("empty.log", max_bytes=10) == b""
    with pytest.raises(ObjectTooLargeError, match="1,000 bytes exceeds the limit of 999"):
        store.read("big.log", max_bytes=999)
