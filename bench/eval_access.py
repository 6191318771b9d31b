"""Access precision and recall over the planted identifiers of ``sample_data/``.

    .venv/bin/python bench/eval_access.py [--json FILE]

Scans the text folders of ``sample_data`` (everything but the ID-copy images) into a temporary index, then, for
every identifier the gold set (``bench/gold/detect_gold.jsonl``) plants — e-mail, phone, BSN, IBAN, document
number — looks its fingerprint up the way ``afscherm access`` does and compares the objects found with the files
the gold set puts that identifier in (values grouped by their normalised form, so ``06-12345678`` and
``+31 6 12345678`` are one identifier). Precision: found objects that hold the identifier; recall: objects holding
it that were found. Reported per type and overall (micro over identifier × object pairs).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TYPES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "NL_BSN", "IBAN_CODE", "NL_ID_DOCUMENT")
FOLDERS = (
    "chats/",
    "transcripts/",
    "error_reports/",
    "logs/",
    "privacy_mail/",
    "invoices/",
    "id_copies_ocr/",
    "messages.jsonl",
)


def truth(gold: Path, key: bytes) -> dict[tuple[str, str], set[str]]:
    """(type, fingerprint) → the sample files (relative paths) holding that identifier."""
    from afscherm.discovery.fingerprint import fingerprint

    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for line in gold.open(encoding="utf-8"):
        rec = json.loads(line)
        source = rec["source"].removeprefix("sample_data/")
        for span in rec["spans"]:
            if span["entity_type"] in TYPES:
                value = rec["text"][span["start"] : span["end"]]
                out[(span["entity_type"], fingerprint(span["entity_type"], value, key))].add(source)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()
    os.environ.setdefault("AFSCHERM_INDEX_KEY", "eval-access-index-key-0123456789")
    from afscherm.discovery.fingerprint import index_key
    from afscherm.discovery.index import FindingsIndex
    from afscherm.discovery.subject import lookup
    from afscherm.flows.requests_ops import key_for_uri
    from afscherm.flows.scan import scan_store, serial_mapper
    from afscherm.flows.stores.local import LocalStore

    key = index_key()
    source = LocalStore("sample", ROOT / "sample_data")
    with tempfile.TemporaryDirectory(prefix="afscherm-eval-access-") as tmp:
        index = FindingsIndex(Path(tmp) / "index")
        quarantine = LocalStore("quarantine", Path(tmp) / "quarantine")
        started = time.perf_counter()
        scanned = 0
        for prefix in FOLDERS:
            summary = scan_store(
                source, index=index, clean=None, quarantine=quarantine, mapper=serial_mapper(None), prefix=prefix
            )
            scanned += summary.scanned
        scan_s = time.perf_counter() - started
        expected = truth(ROOT / "bench/gold/detect_gold.jsonl", key)
        per_type: dict[str, dict[str, int]] = defaultdict(lambda: {"ids": 0, "tp": 0, "fp": 0, "fn": 0})
        misses: list[dict[str, object]] = []
        look_s = 0.0
        for (etype, fp), files in sorted(expected.items()):
            t = time.perf_counter()
            result = lookup(index, {etype: [fp]}, candidates=False)
            look_s += time.perf_counter() - t
            found = {key_for_uri(source, o.object_uri) for o in result.objects}
            c = per_type[etype]
            c["ids"] += 1
            c["tp"] += len(found & files)
            c["fp"] += len(found - files)
            c["fn"] += len(files - found)
            if found != files:
                misses.append({"type": etype, "extra": sorted(found - files), "missed": sorted(files - found)})
    total = {k: sum(c[k] for c in per_type.values()) for k in ("ids", "tp", "fp", "fn")}

    def pr(c: dict[str, int]) -> tuple[float, float]:
        return (
            c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0,
            c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0,
        )

    print(
        f"scanned {scanned} objects of sample_data in {scan_s:.1f} s; {total['ids']} planted identifiers looked "
        f"up in {look_s:.1f} s"
    )
    print(f"{'type':<16}{'identifiers':>12}{'objects':>9}{'precision':>11}{'recall':>8}")
    for etype in TYPES:
        if etype in per_type:
            c = per_type[etype]
            p, r = pr(c)
            print(f"{etype:<16}{c['ids']:>12}{c['tp'] + c['fn']:>9}{p:>11.3f}{r:>8.3f}")
    p, r = pr(total)
    print(f"{'all':<16}{total['ids']:>12}{total['tp'] + total['fn']:>9}{p:>11.3f}{r:>8.3f}")
    for m in misses[:20]:
        print(f"  {m['type']}: extra {m['extra']} missed {m['missed']}")
    if args.json:
        Path(args.json).write_text(json.dumps({"per_type": per_type, "total": total, "misses": misses}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
