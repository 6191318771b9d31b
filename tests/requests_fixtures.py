"""A small synthetic world for the request tests: a store with planted subjects, a config folder, one scan.

Every value is synthetic: BSNs pass the 11-proef but belong to nobody, IBANs are valid test numbers, e-mail
addresses use reserved domains, the people are invented.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TEST_INDEX_KEY = "requests-test-index-key-0123456789"
TEST_ENCRYPTION_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="  # base64 of 32 bytes


@dataclass
class Subject:
    name: str
    email: str
    phone: str
    bsn: str
    iban: str
    objects: set[str] = field(default_factory=set)  # keys of the objects holding a strong identifier

    def values(self) -> list[str]:
        return [self.name, self.email, self.phone, self.bsn, self.iban]


# Two planted customers and one bystander.
ANNA = Subject("Annelies Verhoef", "annelies.verhoef@example.nl", "06-48213957", "111222333", "NL91ABNA0417164300")
BRAM = Subject("Bram Keizer", "b.keizer@voorbeeld.nl", "06-37729104", "123456782", "NL02RABO0123456789")
AGENT = "Feikje"


def _touch(path: Path, when: datetime) -> None:
    ts = time.mktime(when.timetuple())
    os.utime(path, (ts, ts))


def _years_ago(years: int, today: date) -> datetime:
    return datetime(today.year - years, max(1, today.month - 1), 1)


def write_world(root: Path, today: date) -> dict[str, Subject]:
    """The source store's files; returns the subjects with the keys that hold them."""
    files: dict[str, tuple[str, datetime | None, list[Subject]]] = {
        # Anna alone: her contact form (deleted on erasure), her chat (only her data → deleted).
        "contact/form-0001.json": (
            json.dumps(
                {
                    "naam": ANNA.name,
                    "email": ANNA.email,
                    "telefoon": ANNA.phone,
                    "bericht": "Graag een terugbelverzoek over mijn abonnement.",
                },
                ensure_ascii=False,
            ),
            None,
            [ANNA],
        ),
        "chats/chat-anna.txt": (
            f"[10:01] Klant: goedemiddag, mijn e-mailadres is {ANNA.email}\n[10:02] Klant: bel me op {ANNA.phone}\n",
            None,
            [ANNA],
        ),
        # Anna and Bram in one chat: redacted in place for Anna, Bram stays.
        "chats/chat-shared.txt": (
            f"[11:00] {AGENT}: Goedemorgen, waarmee kan ik helpen?\n"
            f"[11:01] Klant: ik ben {ANNA.name}, mijn BSN is {ANNA.bsn}.\n"
            f"[11:02] Klant: mijn buurman {BRAM.name} ({BRAM.email}) heeft hetzelfde probleem.\n",
            None,
            [ANNA, BRAM],
        ),
        # Anna's recent invoice: held by the fiscal term (7 years).
        "invoices/invoice-anna-recent.txt": (
            f"Factuur 2026-0412\nAan: {ANNA.name}\nE-mail: {ANNA.email}\nTe betalen vanaf rekening {ANNA.iban}.\n",
            _years_ago(1, today),
            [ANNA],
        ),
        # Anna's old invoice (8 years): her e-mail and IBAN go, name and address stay until 10 years.
        "invoices/invoice-anna-old.txt": (
            f"Factuur 2018-0007\nAan: {ANNA.name}\nE-mail: {ANNA.email}\nRekening {ANNA.iban}.\n",
            _years_ago(8, today),
            [ANNA],
        ),
        # Bram alone.
        "chats/chat-bram.txt": (
            f"[09:00] Klant: hallo, {BRAM.email} hier, mijn rekening is {BRAM.iban}\n"
            f"[09:01] Klant: mijn nummer {BRAM.phone}\n",
            None,
            [BRAM],
        ),
        # Nobody planted: an old chat past the 2-year term (retention deletes it) and one under a legal hold.
        "chats/chat-old.txt": ("[08:00] Klant: is mijn pakket al onderweg?\n", _years_ago(3, today), []),
        "chats/chat-held.txt": ("[08:00] Klant: ik wil een klacht indienen.\n", _years_ago(3, today), []),
        # A contract ended four years ago (3 years after its end: deleted by retention).
        "contracts/contract-0001.json": (
            json.dumps({"contract": "C-17", "ended_at": f"{today.year - 4}-01-15", "opmerking": "beëindigd"}),
            None,
            [],
        ),
        "contracts/contract-0002.json": (
            json.dumps({"contract": "C-18", "ended_at": None, "opmerking": "loopt"}),
            None,
            [],
        ),
    }
    subjects = {"anna": ANNA, "bram": BRAM}
    for s in subjects.values():
        s.objects = set()
    for key, (text, when, holders) in files.items():
        path = root / key
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        if when is not None:
            _touch(path, when)
        for s in holders:
            s.objects.add(key)
    # Background: real sample documents (other fictitious people), recent.
    for name in ("chat-0001.txt", "chat-0002.txt", "chat-0003.txt"):
        shutil.copy(REPO / "sample_data/chats" / name, root / "chats" / name)
    return subjects


def write_config(config: Path, root: Path, out: Path, *, hold_key: str = "chats/chat-held.txt") -> Path:
    """A configuration folder: the repository's YAML files, a stores.yaml for ``root``, a legal hold."""
    config.mkdir(parents=True, exist_ok=True)
    for name in ("nlp.yaml", "recognizers.yaml", "policy.yaml", "processing.yaml", "retention.yaml"):
        shutil.copy(REPO / "afscherm" / "configs" / name, config / name)
    nlp = (config / "nlp.yaml").read_text(encoding="utf-8")
    model = (REPO / "afscherm/detectors/models/nl_afscherm").resolve()
    (config / "nlp.yaml").write_text(
        nlp.replace("model_name: ../detectors/models/nl_afscherm", f"model_name: {model}"), encoding="utf-8"
    )
    (config / "stores.yaml").write_text(
        f"stores:\n  sample:\n    kind: local\n    root: {root}\n"
        f"  backups:\n    kind: local\n    root: {out / 'backups'}\n"
        f"scan:\n  clean: {out / 'clean'}\n  quarantine: {out / 'quarantine'}\n  index: {out / 'index'}\n",
        encoding="utf-8",
    )
    retention = (config / "retention.yaml").read_text(encoding="utf-8")
    retention = retention.replace(
        "holds: {}",
        f'holds:\n  claim-2026-014:\n    match: [{{store: sample, key: "{hold_key}"}}]\n    until: null\n'
        "    reason: lopende procedure",
    )
    (config / "retention.yaml").write_text(retention, encoding="utf-8")
    return config


def files_holding(folder: Path, values: list[str]) -> list[tuple[str, str]]:
    """(file, value) for every file under ``folder`` whose bytes contain a value or its compact form."""
    needles = set()
    for v in values:
        needles |= {v, v.replace(" ", ""), v.replace("-", ""), v.lower()}
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits += [(str(path), n) for n in sorted(needles) if n.encode() in data]
    return hits
