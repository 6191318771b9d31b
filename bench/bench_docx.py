"""The .docx scan path against the plain-text path on the same synthetic documents.

Each generated document (support transcripts, privacy mails, invoices, error reports) is written twice: as
UTF-8 text and as a .docx with one paragraph per line, every line cut into 1-4 runs at random points (so
values straddle run boundaries, as they do after editing in Word), the first line in the header and the
document's first personal value in the core properties' title. Both go through ``process_object``.

Reported: CPU seconds per document for each path (``time.process_time``; wall time beside it), the
detection share, and the planted values (gold spans) still readable in each safe copy — for the .docx,
in the bytes of any unzipped part or in the copy's text read back with its runs joined. The .docx path must
leak no more than the text path (exit 1 otherwise).

    AFSCHERM_INDEX_KEY=... .venv/bin/python bench/bench_docx.py --documents 200
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import docx  # noqa: E402

from afscherm.flows.objects import engine_for, process_object  # noqa: E402
from afscherm.redactors.docx_document import DocxDocument  # noqa: E402
from synthetic.documents import generate_documents  # noqa: E402

KINDS = ("transcript", "privacy_mail", "invoice", "error_report", "chat")


def as_docx(text: str, first_value: str, rng: random.Random) -> bytes:
    document = docx.Document()
    lines = text.splitlines() or [""]
    document.sections[0].header.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        paragraph = document.add_paragraph()
        cuts = sorted(rng.sample(range(1, len(line)), min(rng.randint(0, 3), max(len(line) - 1, 0))))
        for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True):
            paragraph.add_run(line[a:b])
    document.core_properties.title = f"Dossier {first_value}"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def readable(values: list[str], blobs: list[bytes]) -> int:
    return sum(1 for v in values if any(v.encode("utf-8") in blob for blob in blobs))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    if not os.environ.get("AFSCHERM_INDEX_KEY"):
        parser.error("set AFSCHERM_INDEX_KEY (any test key of at least 16 bytes)")

    rng = random.Random(args.seed)
    documents = list(generate_documents(args.documents, args.seed, KINDS))
    inputs = []
    for d in documents:
        values = sorted({d.text[s.start : s.end] for s in d.spans if s.end - s.start >= 4})
        inputs.append((d, values, as_docx(d.text, values[0] if values else "", rng)))
    engine = engine_for(None)
    engine.detect(["warm-up: model geladen"])

    totals: dict[str, list[float]] = {"text": [0.0, 0.0, 0.0], "docx": [0.0, 0.0, 0.0]}  # cpu, wall, detect
    leaked = {"text": 0, "docx": 0}
    quarantined = {"text": 0, "docx": 0}
    planted = sum(len(values) for _, values, _ in inputs)
    for d, values, docx_bytes in inputs:
        for kind, name, data in (("text", f"{d.id}.txt", d.text.encode()), ("docx", f"{d.id}.docx", docx_bytes)):
            cpu, wall = time.process_time(), time.perf_counter()
            done = process_object(name, data, engine)
            totals[kind][0] += time.process_time() - cpu
            totals[kind][1] += time.perf_counter() - wall
            totals[kind][2] += done.detect_seconds
            if done.status == "quarantined":
                quarantined[kind] += 1
                continue
            if kind == "docx":
                # the parts' bytes, and the copy's text with runs joined (a value cut over runs hides from bytes)
                with zipfile.ZipFile(io.BytesIO(done.safe)) as archive:
                    blobs = [archive.read(n) for n in archive.namelist()]
                blobs += [unit.text.encode() for unit in DocxDocument.load(done.safe).units]
            else:
                blobs = [done.safe]
            leaked[kind] += readable(values, blobs)

    n = len(inputs)
    characters = sum(len(d.text) for d, _, _ in inputs)
    print(f"{n} documents ({', '.join(KINDS)}), {characters:,} characters, {planted} planted values (>= 4 chars)")
    for kind in ("text", "docx"):
        cpu, wall, detect = totals[kind]
        print(
            f"{kind:>5}: {cpu / n * 1000:7.1f} ms CPU/doc ({wall / n * 1000:7.1f} ms wall), detection "
            f"{detect / wall:5.1%} of wall; quarantined {quarantined[kind]}; values readable in the copy "
            f"{leaked[kind]}"
        )
    overhead = (totals["docx"][0] - totals["text"][0]) / n * 1000
    print(f"docx overhead over the text path: {overhead:.1f} ms CPU/doc")
    return 0 if leaked["docx"] <= leaked["text"] and quarantined["docx"] <= quarantined["text"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
