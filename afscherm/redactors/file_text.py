"""Plain text and log files, in chunks of whole paragraphs so memory stays bounded.

A chunk ends at a blank line once it holds ``CHUNK_CHARS`` characters (context such as "mijn BSN is"
and values split over two lines stay together), or at any line break at ``MAX_CHUNK_CHARS``.
"""

from __future__ import annotations

from pathlib import Path

from afscherm.redactors.encryption import Place
from afscherm.redactors.values import ValueRedactor

CHUNK_CHARS = 1 << 18
MAX_CHUNK_CHARS = 1 << 22


def redact_text_file(source: Path, tmp: Path, values: ValueRedactor, encoding: str | None) -> None:
    from afscherm.redactors.files import sniff_encoding

    enc = sniff_encoding(source, encoding)  # utf-8-sig drops the BOM on reading and writes it back
    with (
        source.open("r", encoding=enc, errors="strict", newline="") as src,
        tmp.open("w", encoding=enc, errors="strict", newline="") as dst,
    ):
        chunk: list[str] = []
        size = 0
        place = Place() if values.binds else None  # tokens numbered through the whole file
        for line in src:
            chunk.append(line)
            size += len(line)
            if (size >= CHUNK_CHARS and not line.strip()) or size >= MAX_CHUNK_CHARS:
                dst.write(values.strings(["".join(chunk)], places=place)[0])
                values.stats.units += 1
                chunk, size = [], 0
        if chunk:
            dst.write(values.strings(["".join(chunk)], places=place)[0])
            values.stats.units += 1
