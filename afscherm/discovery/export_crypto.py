"""Passphrase encryption of an export package: scrypt-derived key, AES-256-GCM in segments (STREAM).

File format (``.zip.enc``; all integers big-endian)::

    offset  size  field
    0       8     magic  b"AFSENC01"
    8       1     log2(N) of scrypt           (17 by default: N = 131072)
    9       1     r of scrypt                  (8)
    10      1     p of scrypt                  (1)
    11      16    salt                          (random)
    27      7     nonce prefix                  (random)
    34      …     segments

The key is ``scrypt(passphrase UTF-8, salt, N, r, p, length=32)``. The plaintext (the zip) is cut into segments
of 65,536 bytes (the last one shorter, possibly empty); segment *i* is ``AES-GCM(key).encrypt(nonce, chunk, aad)``
with ``nonce = prefix ‖ i (4 bytes) ‖ last (1 byte: 1 for the final segment, else 0)`` and ``aad`` = the 34 header
bytes, so each stored segment is its chunk plus a 16-byte tag. The counter stops reordering, the last-flag stops
truncation (the construction of Hoang et al., "Online Authenticated-Encryption and its Nonce-Reuse
Misuse-Resistance", as used by Tink and age), the header is authenticated by every segment. Memory stays at one
segment whatever the export's size.

Decrypting with Python and ``cryptography``: :func:`decrypt_file` (or ``afscherm decrypt-export IN --out OUT``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"AFSENC01"
SEGMENT = 65536
TAG = 16
HEADER = len(MAGIC) + 3 + 16 + 7
DEFAULT_LOG2_N = 17
MIN_PASSPHRASE = 8


class ExportCryptoError(ValueError):
    """Wrong passphrase, a damaged or truncated file, or not an encrypted export."""


def _key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=1 << log2_n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _nonce(prefix: bytes, i: int, last: bool) -> bytes:
    return prefix + i.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def encrypt_stream(src: BinaryIO, dst: BinaryIO, passphrase: str, *, log2_n: int = DEFAULT_LOG2_N) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ExportCryptoError(f"passphrase too short: at least {MIN_PASSPHRASE} characters")
    salt, prefix = os.urandom(16), os.urandom(7)
    header = MAGIC + bytes([log2_n, 8, 1]) + salt + prefix
    aead = AESGCM(_key(passphrase, salt, log2_n, 8, 1))
    dst.write(header)
    i = 0
    chunk = src.read(SEGMENT)
    while True:
        following = src.read(SEGMENT)
        last = not following
        dst.write(aead.encrypt(_nonce(prefix, i, last), chunk, header))
        if last:
            return
        chunk, i = following, i + 1


def decrypt_stream(src: BinaryIO, dst: BinaryIO, passphrase: str) -> None:
    header = src.read(HEADER)
    if len(header) < HEADER or not header.startswith(MAGIC):
        raise ExportCryptoError("not an afscherm encrypted export (bad header)")
    log2_n, r, p = header[8], header[9], header[10]
    if not 10 <= log2_n <= 22 or not 1 <= r <= 32 or not 1 <= p <= 16:
        raise ExportCryptoError("unsupported scrypt parameters in header")
    salt, prefix = header[11:27], header[27:34]
    aead = AESGCM(_key(passphrase, salt, log2_n, r, p))
    i = 0
    segment = src.read(SEGMENT + TAG)
    while True:
        following = src.read(SEGMENT + TAG)
        last = not following
        try:
            dst.write(aead.decrypt(_nonce(prefix, i, last), segment, header))
        except InvalidTag as exc:
            if i == 0:
                raise ExportCryptoError("wrong passphrase, or the file was changed") from exc
            raise ExportCryptoError(f"segment {i} failed authentication: the file was changed or cut short") from exc
        if last:
            return
        segment, i = following, i + 1


def encrypt_file(src: Path, dst: Path, passphrase: str, *, log2_n: int = DEFAULT_LOG2_N) -> None:
    with src.open("rb") as fin, dst.open("wb") as fout:
        encrypt_stream(fin, fout, passphrase, log2_n=log2_n)


def decrypt_file(src: Path, dst: Path, passphrase: str) -> None:
    """Decrypt to ``dst`` atomically: nothing is left at ``dst`` when the file does not authenticate."""
    tmp = dst.with_name(f".{dst.name}.part-{os.getpid()}")
    try:
        with src.open("rb") as fin, tmp.open("wb") as fout:
            decrypt_stream(fin, fout, passphrase)
        os.replace(tmp, dst)
    finally:
        tmp.unlink(missing_ok=True)
