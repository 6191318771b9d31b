"""S3-compatible object storage as a store, through s3fs (aiobotocore underneath).

Every call is one S3 request by bucket and key (no s3fs path parsing, no listing cache), retried by our own
``retrying`` — s3fs's and botocore's retries are switched off so the attempt count in an error is the real one.
Listing pages through ``ListObjectsV2`` (1,000 keys a page): one page in memory at a time, resumed by its
continuation token when a page request is retried.
"""

from __future__ import annotations

import asyncio
import errno
import logging
from collections.abc import Callable, Iterator
from datetime import UTC
from typing import Any, TypeVar

import fsspec.asyn
import s3fs
from botocore.exceptions import BotoCoreError, ClientError, HTTPClientError
from botocore.exceptions import ConnectionError as BotoConnectionError
from botocore.parsers import ResponseParserError

from afscherm.flows.stores.base import ObjectInfo, StoreError, TransientStoreError, too_large, validate_key
from afscherm.flows.stores.retry import RetryPolicy

try:  # aiohttp is how aiobotocore talks HTTP; its errors can surface from a body read
    from aiohttp import ClientError as AiohttpClientError
except ImportError:  # pragma: no cover - aiobotocore depends on aiohttp
    AiohttpClientError = OSError  # type: ignore[assignment,misc]

T = TypeVar("T")
log = logging.getLogger(__name__)

# S3 error codes that mean "try again later" even when the HTTP status is not 5xx.
_TRANSIENT_CODES = {
    "SlowDown",
    "InternalError",
    "ServiceUnavailable",
    "RequestTimeout",
    "Throttling",
    "ThrottlingException",
    "RequestLimitExceeded",
    "OperationAborted",
}
_TRANSIENT_ERRNOS = {errno.ECONNRESET, errno.ECONNREFUSED, errno.ECONNABORTED, errno.EPIPE, errno.ETIMEDOUT}


def _client_error(exc: BaseException) -> ClientError | None:
    """The botocore ClientError behind ``exc`` (s3fs turns them into OSError with the original as the cause)."""
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, ClientError):
            return exc
        exc = exc.__cause__  # type: ignore[assignment]
        seen += 1
    return None


def classify(exc: BaseException) -> tuple[bool, str]:
    """(transient?, one-line reason) for an exception from s3fs/aiobotocore."""
    client_error = _client_error(exc)
    if client_error is not None:
        response = client_error.response or {}
        status = response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0
        code = str(response.get("Error", {}).get("Code") or status)
        transient = status >= 500 or code in _TRANSIENT_CODES
        if code == "NoSuchBucket":
            return False, "bucket not found"
        if code in ("NoSuchKey", "404") or status == 404:
            return False, "not found"
        if status == 403 or code == "AccessDenied":
            return False, f"permission denied (HTTP {status} {code})"
        return transient, f"HTTP {status} {code}"
    if isinstance(exc, FileNotFoundError):
        return False, "not found"
    if isinstance(exc, PermissionError):
        return False, "permission denied"
    if isinstance(exc, (TimeoutError, asyncio.TimeoutError, fsspec.asyn.FSTimeoutError)):
        return True, f"timeout ({type(exc).__name__})"
    if isinstance(exc, (HTTPClientError, BotoConnectionError, ResponseParserError, AiohttpClientError)):
        # read timeouts, refused/closed connections, a throttling reply that is not even XML
        return True, f"{type(exc).__name__}: {exc}"
    if isinstance(exc, BotoCoreError):
        return False, f"{type(exc).__name__}: {exc}"
    if isinstance(exc, OSError):
        return exc.errno in _TRANSIENT_ERRNOS or isinstance(exc, ConnectionError), f"{type(exc).__name__}: {exc}"
    return False, f"{type(exc).__name__}: {exc}"


class S3Store:
    kind = "s3"

    def __init__(
        self,
        name: str,
        bucket: str,
        prefix: str = "",
        *,
        endpoint_url: str | None = None,
        region: str | None = None,
        key: str | None = None,
        secret: str | None = None,
        token: str | None = None,
        connect_timeout: float = 5,
        read_timeout: float = 30,
        page_size: int = 1000,
        retry: RetryPolicy | None = None,
    ) -> None:
        # kept to rebuild the store in another process (Dask/process workers) with a client of its own
        self._init_args = dict(
            name=name, bucket=bucket, prefix=prefix, endpoint_url=endpoint_url, region=region, key=key, secret=secret,
            token=token, connect_timeout=connect_timeout, read_timeout=read_timeout, page_size=page_size, retry=retry,
        )  # fmt: skip
        self.name = name
        self.bucket = bucket
        prefix = prefix.strip("/")
        if prefix:
            validate_key(prefix, store=name)
        self.prefix = prefix + "/" if prefix else ""
        self.endpoint_url = endpoint_url
        self.page_size = page_size
        self.retry = retry or RetryPolicy()
        self.fs = s3fs.S3FileSystem(
            key=key,
            secret=secret,
            token=token,
            endpoint_url=endpoint_url,
            client_kwargs={"region_name": region or "us-east-1"},
            config_kwargs={
                "connect_timeout": connect_timeout,
                "read_timeout": read_timeout,
                # one attempt per call: our retrying() counts and spaces the attempts
                "retries": {"total_max_attempts": 1, "mode": "standard"},
                "s3": {"addressing_style": "path"},
            },
            skip_instance_cache=True,  # a store owns its client; credentials never shared by cache key
            use_listings_cache=False,  # a listing always shows the objects written since
        )
        self.fs.retries = 1  # s3fs's own retry loop, see the module docstring

    def __repr__(self) -> str:  # never the credentials
        return f"S3Store({self.name!r}, bucket={self.bucket!r}, prefix={self.prefix!r}, endpoint={self.endpoint_url!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self._init_args,))

    def _s3_key(self, key: str) -> str:
        return self.prefix + validate_key(key, store=self.name)

    def uri(self, key: str) -> str:
        return f"s3://{self.bucket}/{self.prefix}{key}"

    def _run(self, key: str | None, make: Callable[[], Any]) -> Any:
        """Run the coroutine ``make()`` on s3fs's event loop, errors mapped, retried when transient."""

        def once() -> Any:
            try:
                return fsspec.asyn.sync(self.fs.loop, make)
            except StoreError:
                raise
            except Exception as exc:  # noqa: BLE001 - every library error becomes one of our two kinds
                transient, reason = classify(exc)
                cls = TransientStoreError if transient else StoreError
                raise cls(reason, store=self.name, key=key) from exc

        return self.retry.call(once)

    async def _call(self, method: str, **kwargs: Any) -> Any:
        return await self.fs._call_s3(method, Bucket=self.bucket, **kwargs)

    def list(self, prefix: str = "") -> Iterator[ObjectInfo]:
        """Objects in key order (S3 lists in UTF-8 byte order, which is code-point order), page by page.

        Folder markers (keys ending in "/") are skipped; keys that are unsafe elsewhere (``../x``) are listed so a
        scan quarantines them — their read fails with the reason.
        """
        token: str | None = None
        while True:
            kwargs: dict[str, Any] = {"Prefix": self.prefix + prefix, "MaxKeys": self.page_size}
            if token:
                kwargs["ContinuationToken"] = token

            async def page(kwargs: dict[str, Any] = kwargs) -> Any:
                return await self._call("list_objects_v2", **kwargs)

            response = self._run(prefix or None, page)
            for item in response.get("Contents", []):
                s3_key = item["Key"]
                if s3_key.endswith("/") and not item.get("Size"):
                    continue
                key = s3_key[len(self.prefix) :]
                modified = item.get("LastModified")
                yield ObjectInfo(
                    store=self.name,
                    key=key,
                    uri=f"s3://{self.bucket}/{s3_key}",
                    size=int(item.get("Size", 0)),
                    modified=modified.astimezone(UTC) if modified is not None else None,
                    sha256=None,  # the ETag is MD5 or a multipart hash; SHA-256 would cost a read
                )
            if not response.get("IsTruncated"):
                return
            token = response.get("NextContinuationToken")
            if not token:
                raise StoreError("listing truncated without a continuation token", store=self.name, key=prefix)

    def read(self, key: str, *, max_bytes: int | None = None) -> bytes:
        s3_key = self._s3_key(key)

        async def get() -> bytes:
            response = await self._call("get_object", Key=s3_key)
            body = response["Body"]
            try:
                if max_bytes is None:
                    return await body.read()
                size = response.get("ContentLength")
                if size is not None and size > max_bytes:
                    raise too_large(size, max_bytes, store=self.name, key=key)  # body closed unread
                data = await body.read(max_bytes + 1)
                if len(data) > max_bytes:
                    raise too_large(None, max_bytes, store=self.name, key=key)
                return data
            finally:
                body.close()

        return self._run(key, get)

    def write(self, key: str, data: bytes) -> str:
        """One PutObject: S3 shows an object only once it is complete. Objects are capped far below 5 GB."""
        s3_key = self._s3_key(key)

        async def put() -> None:
            await self._call("put_object", Key=s3_key, Body=bytes(data))

        self._run(key, put)
        return self.uri(key)

    def delete(self, key: str) -> None:
        s3_key = self._s3_key(key)

        async def delete() -> None:
            await self._call("delete_object", Key=s3_key)  # S3 answers 204 for a missing key too

        self._run(key, delete)

    def exists(self, key: str) -> bool:
        s3_key = self._s3_key(key)

        async def head() -> bool:
            try:
                await self._call("head_object", Key=s3_key)
            except Exception as exc:  # noqa: BLE001 - only "not found" means False; the rest is classified
                transient, reason = classify(exc)
                if not transient and reason == "not found":
                    return False
                raise
            return True

        return self._run(key, head)


def _rebuild(args: dict[str, Any]) -> S3Store:
    return S3Store(**args)
