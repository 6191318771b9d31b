"""Shared pieces of the scan tests: a test index key, a text PDF maker, a planted-value search."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

# A test key, set through the environment by the tests (never a default of the code).
TEST_INDEX_KEY = "test-index-key-0123456789abcdef"

# Synthetic values with valid checksums (111222333 passes the 11-proef; NL91ABNA0417164300 is the
# standard IBAN example), and fictitious people at reserved domains.
BSN = "111222333"
IBAN = "NL91ABNA0417164300"
EMAIL = "fenna.hospers@example.nl"


def expected_fingerprint(entity_type: str, normalised: str, key: str = TEST_INDEX_KEY) -> str:
    """The fingerprint written out from the contract (HMAC-SHA256 over type, unit separator, value)."""
    message = f"{entity_type}\x1f{normalised}".encode()
    return hmac.new(key.encode(), message, hashlib.sha256).hexdigest()


def text_pdf(lines: Iterable[str]) -> bytes:
    """A one-page PDF with a Helvetica text layer, written by hand so the test needs no PDF library."""
    content = "BT /F1 12 Tf 14 TL 72 720 Td " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        "/Contents 4 0 R >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def writings(value: str) -> set[bytes]:
    """A value's byte forms worth searching for: as written, compact, and digits only."""
    compact = "".join(value.split())
    digits = "".join(c for c in value if c.isdigit())
    forms = {value, compact, compact.lower(), compact.upper()}
    if len(digits) >= 6:
        forms.add(digits)
    return {f.encode("utf-8") for f in forms if f}


def files_holding(root: Path, values: Iterable[str]) -> list[tuple[str, str]]:
    """(file, value) for every file under ``root`` whose raw bytes hold any writing of any value."""
    needles = {v: writings(v) for v in values}
    hits = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        hits += [(str(path), v) for v, forms in needles.items() if any(f in data for f in forms)]
    return hits


def engine_with_test_key() -> Iterator[object]:
    """A scan engine (model, policy, index key) made under the test key; use as a module-scoped fixture:
    ``engine = pytest.fixture(scope="module")(engine_with_test_key)``."""
    from afscherm.flows.objects import engine_for

    patch = pytest.MonkeyPatch()
    patch.setenv("AFSCHERM_INDEX_KEY", TEST_INDEX_KEY)
    engine_for.cache_clear()
    try:
        yield engine_for(None)
    finally:
        engine_for.cache_clear()
        patch.undo()
