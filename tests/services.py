"""Real services for the store tests, on loopback only, each started once per session and stopped by handle.

- ``moto_s3``: a moto S3 server (``moto_server`` subprocess on a free 127.0.0.1 port);
- ``fault_proxy``: a tiny HTTP proxy in front of it that answers the next N requests with 500/503 or stalls
  them past the client's read timeout (fault injection for the retry tests);
- ``postgres``: a private PostgreSQL cluster (initdb into a temp dir as the ``postgres`` user when run as root,
  pg_ctl on a free loopback port, unix socket in the temp dir, ICU ``en-US`` collation so that locale order and
  code-point order differ); stopped with ``pg_ctl stop`` at session end;
- ``sql_url``: parametrised over SQLite (a temp file) and that PostgreSQL cluster.
"""

from __future__ import annotations

import contextlib
import glob
import http.client
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

LOOPBACK = "127.0.0.1"
S3_TEST_KEY = "afscherm-test-key"  # moto accepts any credentials; these are not secrets
S3_TEST_SECRET = "afscherm-test-secret"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def _wait_for_port(port: int, proc: subprocess.Popen[bytes], what: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode} before listening")
        with contextlib.suppress(OSError), socket.create_connection((LOOPBACK, port), timeout=0.2):
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not listen on {LOOPBACK}:{port} within {timeout} s")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


# -- S3 (moto) -------------------------------------------------------------------------------------------------


@dataclass
class MotoS3:
    endpoint: str
    pid: int

    def client(self, endpoint: str | None = None):  # noqa: ANN201 - boto3 client
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=endpoint or self.endpoint,
            region_name="us-east-1",
            aws_access_key_id=S3_TEST_KEY,
            aws_secret_access_key=S3_TEST_SECRET,
        )

    def new_bucket(self) -> str:
        name = f"t-{uuid.uuid4().hex[:20]}"
        self.client().create_bucket(Bucket=name)
        return name


@pytest.fixture(scope="session")
def moto_s3(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MotoS3]:
    exe = Path(sys.executable).with_name("moto_server")
    port = free_port()
    log = (tmp_path_factory.mktemp("moto") / "moto.log").open("wb")
    proc = subprocess.Popen([str(exe), "-H", LOOPBACK, "-p", str(port)], stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_for_port(port, proc, "moto_server")
        yield MotoS3(endpoint=f"http://{LOOPBACK}:{port}", pid=proc.pid)
    finally:
        _stop(proc)
        log.close()


# -- fault-injecting proxy ---------------------------------------------------------------------------------------

_HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-connection",
    "transfer-encoding",
    "te",
    "trailer",
    "upgrade",
    "expect",
}
_S3_ERROR = {
    500: ("InternalError", "We encountered an internal error. Please try again."),
    503: ("SlowDown", "Please reduce your request rate."),
}


@dataclass
class _Fault:
    kind: str  # "status" | "stall"
    status: int = 503
    seconds: float = 0.0


@dataclass
class FaultProxy:
    """Forwards HTTP to ``upstream``; ``fail``/``stall`` queue faults for the next requests (or all of them)."""

    upstream_port: int
    url: str = ""
    requests: int = 0
    faulted: int = 0
    _queue: list[_Fault] = field(default_factory=list)
    _always: _Fault | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def fail(self, n: int, status: int = 503) -> None:
        with self._lock:
            self._queue.extend(_Fault("status", status=status) for _ in range(n))

    def stall(self, n: int, seconds: float) -> None:
        with self._lock:
            self._queue.extend(_Fault("stall", seconds=seconds) for _ in range(n))

    def fail_always(self, status: int = 503) -> None:
        with self._lock:
            self._always = _Fault("status", status=status)

    def reset(self) -> None:
        with self._lock:
            self._queue.clear()
            self._always = None
            self.requests = 0
            self.faulted = 0

    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    def _take(self) -> _Fault | None:
        with self._lock:
            self.requests += 1
            fault = self._queue.pop(0) if self._queue else self._always
            if fault is not None:
                self.faulted += 1
            return fault


class _ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive like a real endpoint: the client reuses pooled connections
    proxy: FaultProxy  # set on the subclass made per proxy

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            out = bytearray()
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return bytes(out)
                out += self.rfile.read(size)
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _handle(self) -> None:
        body = self._read_body()
        fault = self.proxy._take()
        if fault is not None and fault.kind == "stall":
            time.sleep(fault.seconds)  # the client's read timeout fires first; then the connection just closes
            self.close_connection = True
            return
        if fault is not None:
            code, message = _S3_ERROR.get(fault.status, ("ServiceUnavailable", "Service unavailable"))
            payload = (
                f'<?xml version="1.0" encoding="UTF-8"?><Error><Code>{code}</Code><Message>{message}</Message></Error>'
            ).encode()
            self.send_response_only(fault.status)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(payload)
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        headers["Content-Length"] = str(len(body))
        upstream = http.client.HTTPConnection(LOOPBACK, self.proxy.upstream_port, timeout=60)
        try:
            upstream.request(self.command, self.path, body=body, headers=headers)
            response = upstream.getresponse()
            data = response.read()
            self.send_response_only(response.status, response.reason)
            for k, v in response.getheaders():
                if k.lower() not in _HOP_BY_HOP and k.lower() != "content-length":
                    self.send_header(k, v)
            length = response.getheader("Content-Length") if self.command == "HEAD" else None
            self.send_header("Content-Length", length or str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)
        finally:
            upstream.close()

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _handle  # noqa: N815 - http.server's naming


@pytest.fixture(scope="session")
def _fault_proxy_server(moto_s3: MotoS3) -> Iterator[FaultProxy]:
    proxy = FaultProxy(upstream_port=int(moto_s3.endpoint.rsplit(":", 1)[1]))
    handler = type("Handler", (_ProxyHandler,), {"proxy": proxy})
    server = ThreadingHTTPServer((LOOPBACK, 0), handler)
    server.daemon_threads = True
    proxy.url = f"http://{LOOPBACK}:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), name="fault-proxy", daemon=True)
    thread.start()
    try:
        yield proxy
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture
def fault_proxy(_fault_proxy_server: FaultProxy) -> Iterator[FaultProxy]:
    """The session's proxy with no faults queued, and none left behind for the next test."""
    _fault_proxy_server.reset()
    yield _fault_proxy_server
    _fault_proxy_server.reset()


# -- PostgreSQL --------------------------------------------------------------------------------------------------


@dataclass
class Postgres:
    host: str
    port: int
    socket_dir: str
    password: str
    pid: int

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres:{self.password}@{self.host}:{self.port}/postgres"


def _pg_bin() -> Path:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise RuntimeError("PostgreSQL is not installed (no initdb): run the setup (make test installs it)")


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    bindir = _pg_bin()
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    tmp = tempfile.mkdtemp(prefix="afscherm-pg-")
    data = os.path.join(tmp, "data")
    pwfile = os.path.join(tmp, "pw")
    password = secrets.token_urlsafe(18)  # made per session, never stored anywhere but this temp dir
    with open(pwfile, "w", encoding="ascii") as fh:
        fh.write(password + "\n")
    if as_root:  # initdb refuses to run as root: the cluster belongs to the postgres user
        pg = pwd.getpwnam("postgres")
        for path in (tmp, pwfile):
            os.chown(path, pg.pw_uid, pg.pw_gid)
    port = free_port()
    started = False
    pid = 0
    try:
        subprocess.run(
            [*prefix, str(bindir / "initdb"), "-D", data, "-U", "postgres", "--pwfile", pwfile, "-E", "UTF8",
             "--auth-local=trust", "--auth-host=scram-sha-256", "--locale=C.UTF-8",
             "--locale-provider=icu", "--icu-locale=en-US"],
            check=True, capture_output=True,
        )  # fmt: skip
        options = f"-p {port} -k {tmp} -c listen_addresses={LOOPBACK} -c fsync=off -c full_page_writes=off"
        subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", data, "-l", os.path.join(tmp, "log"), "-w", "-t", "30",
             "-o", options, "start"],
            check=True, capture_output=True,
        )  # fmt: skip
        started = True
        with open(os.path.join(data, "postmaster.pid"), encoding="ascii") as fh:
            pid = int(fh.readline())
        yield Postgres(host=LOOPBACK, port=port, socket_dir=tmp, password=password, pid=pid)
    finally:
        if started:
            _stop_postmaster(pid, [*prefix, str(bindir / "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop"])
        shutil.rmtree(tmp, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has exited already
    except (FileNotFoundError, IndexError):
        return False


def _stop_postmaster(pid: int, pg_ctl_stop: list[str]) -> None:
    """SIGQUIT (PostgreSQL's immediate shutdown) to our postmaster by PID; pg_ctl when that does not work.

    pg_ctl -w polls once a second, which would add seconds to every test session.
    """
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGQUIT)
    deadline = time.monotonic() + 10
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    if _alive(pid):
        subprocess.run(pg_ctl_stop, capture_output=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def sql_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database URL: a fresh SQLite file, or the session's PostgreSQL cluster (tables get unique names)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite3'}"
    return request.getfixturevalue("postgres").url
