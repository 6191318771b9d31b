"""A small real index for the notebook and report tests: two folders scanned twice by the scan flow.

Values are synthetic: BSNs made with the 11-proef from counters, e-mail addresses at example.nl.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


def bsn(seed: int) -> str:
    """A valid synthetic BSN (11-proef) derived from ``seed``."""
    n = seed
    while True:
        head = f"{(n * 7919 + 10_000_000) % 90_000_000 + 10_000_000:08d}"
        total = sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True))
        check = total % 11
        if check < 10:
            return head + str(check)
        n += 1


@dataclass(frozen=True)
class ScannedIndex:
    index: Path
    scan_ids: tuple[str, str]
    values: tuple[str, ...]  # every planted value (none may appear in a report)
    secret_uri: str  # an object whose path holds a BSN (must not appear in a report either)
    bsn_per_store: dict[str, int]  # after the second scan
    email_per_store: dict[str, int]


def build_scanned_index(root: Path) -> ScannedIndex:
    """chatlogs: 4 chats (a BSN and an e-mail address each) and a file named after a BSN holding a BSN;
    foutmeldingen: 2 error reports with a BSN each. Scan 1, then one chat gains a second BSN, scan 2.
    Needs AFSCHERM_INDEX_KEY set."""
    from afscherm.flows.scan import serial_mapper
    from afscherm.flows.scan_store import ScanPlan, run_scan
    from afscherm.flows.stores.local import LocalStore

    chat, errors = root / "src" / "chatlogs", root / "src" / "foutmeldingen"
    chat.mkdir(parents=True)
    errors.mkdir(parents=True)
    values = []
    for i in range(4):
        number, address = bsn(10 + i), f"klant{i}@example.nl"
        values += [number, address]
        (chat / f"chat-{i}.txt").write_text(
            f"Klant: goedemiddag, mijn BSN is {number}.\nKlant: mailen kan naar {address}.\n", encoding="utf-8"
        )
    named = bsn(99)
    values.append(named)
    (chat / f"dossier-{named}.txt").write_text(f"Dossier van burgerservicenummer {named}.\n", encoding="utf-8")
    for i in range(2):
        number = bsn(50 + i)
        values.append(number)
        (errors / f"error-{i}.log").write_text(
            f"ERROR 2026-11-02 validatie mislukt voor burgerservicenummer {number}: timeout\n", encoding="utf-8"
        )
    plan = ScanPlan(
        sources=[LocalStore("chatlogs", chat), LocalStore("foutmeldingen", errors)], index_dir=root / "index",
        clean=lambda source: None, quarantine=LocalStore("quarantine", root / "quarantine"),
    )  # fmt: skip
    first = run_scan(plan, serial_mapper(None))
    extra = bsn(77)
    values.append(extra)
    with (chat / "chat-0.txt").open("a", encoding="utf-8") as fh:
        fh.write(f"Klant: en het BSN van mijn partner is {extra}.\n")
    second = run_scan(plan, serial_mapper(None))
    return ScannedIndex(
        index=root / "index", scan_ids=(first.scan_id, second.scan_id), values=tuple(values),
        secret_uri=(chat / f"dossier-{named}.txt").resolve().as_uri(),
        bsn_per_store={"chatlogs": 6, "foutmeldingen": 2}, email_per_store={"chatlogs": 4},
    )  # fmt: skip
