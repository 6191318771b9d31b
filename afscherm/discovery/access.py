"""The access/portability export (Art. 15 and 20 AVG/GDPR): one zip with everything we hold about a subject.

``flows`` reads each matched object from its store and runs the detectors over it again (discovery runs no
detector); this module receives the texts with their fingerprinted findings and decides, by fingerprint alone,
what is the subject's and what must be masked (Art. 15(4): the rights of others). Package contents:

- ``manifest.json`` — machine-readable: request, controller, stores, objects (URI, status, dates, categories,
  retention rule), categories of data, purposes and recipients (``configs/processing.yaml``), retention terms
  (``configs/retention.yaml``), counts of what was masked;
- ``findings.csv`` — every location of the subject's data: object, unit, type, offsets, value;
- ``records/NNN-<name>.txt|.json`` — the parts of each object that hold the subject's data, every other
  person's data masked (``[naam afgeschermd]`` …);
- ``overzicht.html`` — a readable summary in Dutch.

The zip is written beside the target and renamed when complete; with a passphrase it is encrypted
(``discovery.export_crypto``) and only the encrypted file is ever visible at the target.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlparse

from afscherm.discovery.request_config import ProcessingConfig, RetentionConfig
from afscherm.discovery.subject import ObjectMatch, SubjectResult

FORMAT = "afscherm-export/1"
TYPE_LABELS = {
    "PERSON": "naam",
    "EMAIL_ADDRESS": "e-mailadres",
    "PHONE_NUMBER": "telefoonnummer",
    "NL_BSN": "BSN",
    "IBAN_CODE": "rekeningnummer (IBAN)",
    "MRZ": "machineleesbare zone van een identiteitsbewijs",
    "IMEI": "IMEI-nummer",
    "NL_ID_DOCUMENT": "documentnummer",
    "IP_ADDRESS": "IP-adres",
    "CREDIT_CARD": "creditcardnummer",
    "LOCATION": "adres of plaats",
    "DATE_OF_BIRTH": "geboortedatum",
}
STATUS_LABELS = {
    "clean": "opgeslagen",
    "redacted": "opgeslagen (schone kopie afgeschermd)",
    "quarantined": "in quarantaine (niet automatisch te controleren)",
}


@dataclass(frozen=True, slots=True)
class TextFinding:
    """A finding in a re-read text: where, what type, its fingerprint (the value stays in the text)."""

    entity_type: str
    start: int
    end: int
    fingerprint: str


@dataclass
class UnitText:
    unit: str  # "text", "value 3", "page 2", "body" …: as the scanner names positions
    text: str
    findings: list[TextFinding] = field(default_factory=list)


@dataclass
class ObjectRecord:
    """One matched object as flows read it back: its units (text + findings), or why it could not be read."""

    match: ObjectMatch
    units: list[UnitText] = field(default_factory=list)
    error: str | None = None  # gone, unreadable, changed since the scan
    key: str | None = None  # the key inside its store (retention rules match store + key)


@dataclass
class MaskedUnit:
    unit: str
    text: str  # others' data masked
    own: list[tuple[TextFinding, str]]  # the subject's findings with their values
    masked: Counter[str]  # entity type -> how many of others' findings were masked


def mask_tag(entity_type: str) -> str:
    return f"[{TYPE_LABELS.get(entity_type, entity_type.lower())} afgeschermd]"


def _is_own(f: TextFinding, own: Sequence[TextFinding], subject_fps: set[str]) -> bool:
    """The subject's by fingerprint; an MRZ zone holding one of the subject's own numbers is theirs too
    (its fingerprint covers the whole zone, so it never equals a fingerprint the subject gave)."""
    if f.fingerprint in subject_fps:
        return True
    return f.entity_type == "MRZ" and any(
        o.start >= f.start and o.end <= f.end and o.entity_type != "PERSON" for o in own
    )


def mask_unit(unit: UnitText, subject_fps: set[str]) -> MaskedUnit:
    """Every finding that is not the subject's is replaced by a Dutch tag; overlapping spans merge, and a span
    that is partly someone else's is masked whole (fail closed)."""
    direct = [f for f in unit.findings if f.fingerprint in subject_fps]
    own = [f for f in unit.findings if _is_own(f, direct, subject_fps)]
    others = [f for f in unit.findings if f not in own]
    spans: list[list[Any]] = []  # [start, end, first type]
    for f in sorted(others, key=lambda f: (f.start, -f.end)):
        if spans and f.start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], f.end)
        else:
            spans.append([f.start, f.end, f.entity_type])
    pieces, pos = [], 0
    for start, end, etype in spans:
        pieces += [unit.text[pos:start], mask_tag(etype)]
        pos = end
    pieces.append(unit.text[pos:])
    visible = [
        (f, unit.text[f.start : f.end])
        for f in sorted(own, key=lambda f: (f.start, f.end))
        if not any(s < f.end and f.start < e for s, e, _ in spans)
    ]
    return MaskedUnit(unit.unit, "".join(pieces), visible, Counter(f.entity_type for f in others))


def _safe_name(uri: str) -> str:
    name = PurePosixPath(unquote(urlparse(uri).path)).stem or "object"
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name)[:60]


def _iso(value: Any) -> str | None:  # noqa: ANN401 - datetime/date/None from the index
    if value is None:
        return None
    return value.isoformat() if isinstance(value, datetime | date) else str(value)


@dataclass
class Package:
    """The files of an export, in memory (an export is one person's data: small)."""

    files: dict[str, bytes]
    manifest: dict[str, Any]


def build_package(
    *,
    request: Mapping[str, Any],
    result: SubjectResult,
    records: Sequence[ObjectRecord],
    processing: ProcessingConfig,
    retention: RetentionConfig | None,
    generated_at: datetime | None = None,
) -> Package:
    """All files of the export for the subject of ``result`` from the re-read ``records``."""
    generated_at = generated_at or datetime.now(UTC)
    subject_fps = result.fingerprints
    files: dict[str, bytes] = {}
    csv_rows: list[list[Any]] = []
    objects_out: list[dict[str, Any]] = []
    masked_total: Counter[str] = Counter()
    types_found: set[str] = set()
    for n, record in enumerate(records, start=1):
        match = record.match
        entry: dict[str, Any] = {
            "store": match.store,
            "object_uri": match.object_uri,
            "status": match.status,
            "modified": _iso(match.modified),
            "strength": match.strength,
            "entity_types": match.types,
            "locations_in_index": len(match.locations),
        }
        types_found.update(match.types)
        if record.error:
            entry["error"] = record.error
            objects_out.append(entry)
            continue
        masked = [mask_unit(u, subject_fps) for u in record.units]
        masked = [m for m in masked if m.own]  # only the parts that hold the subject's data
        for m in masked:
            masked_total.update(m.masked)
            for f, value in m.own:
                types_found.add(f.entity_type)
                csv_rows.append(
                    [
                        match.store,
                        match.object_uri,
                        m.unit,
                        f.entity_type,
                        TYPE_LABELS.get(f.entity_type, f.entity_type),
                        f.start,
                        f.end,
                        value,
                    ]
                )
        name = f"records/{n:03d}-{_safe_name(match.object_uri)}"
        if len(masked) == 1 and masked[0].unit in ("text", "body"):
            name += ".txt"
            files[name] = masked[0].text.encode("utf-8")
        else:
            name += ".json"
            body = {
                "object_uri": match.object_uri,
                "store": match.store,
                "units": [{"unit": m.unit, "text": m.text} for m in masked],
            }
            files[name] = json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8")
        entry.update(
            {
                "file": name,
                "units": len(masked),
                "masked_findings_of_others": sum(sum(m.masked.values()) for m in masked),
            }
        )
        entry["categories"] = sorted({c for t in match.types if (c := processing.category_of_type(t))})
        entry["retention"] = _retention_entry(retention, match, record.key)
        objects_out.append(entry)

    manifest = _manifest(request, result, objects_out, processing, retention, types_found, masked_total, generated_at)
    files["manifest.json"] = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=False).encode("utf-8")
    files["findings.csv"] = _csv(csv_rows)
    files["overzicht.html"] = overview_html(manifest).encode("utf-8")
    return Package(files, manifest)


def _csv(rows: Iterable[Sequence[Any]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["store", "object_uri", "unit", "entity_type", "soort", "start", "end", "value"])
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def _store_key(uri: str) -> str:
    """The part of a URI that retention patterns see when the key itself is not known: the path."""
    return unquote(urlparse(uri).path).lstrip("/")


def _retention_entry(retention: RetentionConfig | None, match: ObjectMatch, key: str | None) -> dict[str, Any] | None:
    if retention is None:
        return None
    if key is not None:
        found = retention.category_of(match.store, key)
    else:
        found = _category_for_uri(retention, match.store, match.object_uri)
    if found is None:
        return None
    name, cat = found
    return {
        "category": name,
        "keep": str(cat.keep),
        "basis": cat.basis,
        "keep_types": [{"entity_types": t.entity_types, "keep": str(t.keep), "basis": t.basis} for t in cat.keep_types],
    }


def _category_for_uri(retention: RetentionConfig, store: str, uri: str) -> tuple[str, Any] | None:
    """A category by the URI's path: tried as a whole and with leading folders dropped (a key is a suffix)."""
    parts = _store_key(uri).split("/")
    for i in range(len(parts)):
        found = retention.category_of(store, "/".join(parts[i:]))
        if found:
            return found
    return None


def _manifest(
    request: Mapping[str, Any],
    result: SubjectResult,
    objects: list[dict[str, Any]],
    processing: ProcessingConfig,
    retention: RetentionConfig | None,
    types_found: set[str],
    masked: Counter[str],
    generated_at: datetime,
) -> dict[str, Any]:
    cats_found = sorted({c for t in types_found if (c := processing.category_of_type(t))})
    categories = []
    for name in cats_found:
        cat = processing.data_categories[name]
        categories.append(
            {
                "name": name,
                "label": cat.label,
                "entity_types": sorted(t for t in types_found if t in cat.entity_types),
                "purposes": sorted(p for p, purpose in processing.purposes.items() if name in purpose.categories),
                "recipients": sorted(r for r, rec in processing.recipients.items() if name in rec.categories),
            }
        )
    return {
        "format": FORMAT,
        "generated_at": generated_at.isoformat(timespec="seconds"),
        "request": {k: request.get(k) for k in ("id", "kind", "received", "due", "extended_due")},
        "controller": processing.controller.model_dump(),
        "subject": {"identifier_types": sorted(result.subject), "weak_key": result.weak_key},
        "stores": sorted({o["store"] for o in objects}),
        "objects": objects,
        "categories": categories,
        "purposes": [
            {"name": n, "label": p.label, "basis": p.basis, "categories": p.categories}
            for n, p in processing.purposes.items()
            if set(p.categories) & set(cats_found)
        ],
        "recipients": [
            {"name": n, "label": r.label, "kind": r.kind, "country": r.country, "categories": r.categories}
            for n, r in processing.recipients.items()
            if set(r.categories) & set(cats_found)
        ],
        "retention": [
            {"category": n, "description": c.description, "keep": str(c.keep), "basis": c.basis}
            for n, c in (retention.categories.items() if retention else [])
        ],
        "masked_findings_of_others": dict(sorted(masked.items())),
        "not_included": {
            "weak_matches": len(result.weak_objects),
            "note": "objecten waarin alleen een naam (of geboortedatum) voorkomt, zijn niet meegenomen"
            if result.weak_objects
            else "",
        },
    }


def overview_html(manifest: Mapping[str, Any]) -> str:
    """The readable summary in Dutch; every value is escaped."""
    e = html.escape
    req = manifest["request"]
    ctrl = manifest["controller"]
    rows = []
    for o in manifest["objects"]:
        kinds = ", ".join(TYPE_LABELS.get(t, t) for t in o["entity_types"])
        state = o.get("error") or STATUS_LABELS.get(o["status"], o["status"])
        ret = o.get("retention")
        term = f"{ret['keep']} ({ret['basis']})" if ret else "geen vaste termijn ingesteld"
        rows.append(
            f"<tr><td>{e(o['store'])}</td><td><code>{e(o['object_uri'])}</code></td><td>{e(kinds)}</td>"
            f"<td>{e(state)}</td><td>{e(term)}</td></tr>"
        )
    cats = "".join(
        f"<li><strong>{e(c['label'])}</strong>: {e(', '.join(TYPE_LABELS.get(t, t) for t in c['entity_types']))}</li>"
        for c in manifest["categories"]
    )
    purposes = "".join(f"<li>{e(p['label'])} — grondslag: {e(p['basis'])}</li>" for p in manifest["purposes"])
    recipients = "".join(f"<li>{e(r['label'])} ({e(r['country'])})</li>" for r in manifest["recipients"])
    retention = "".join(
        f"<li>{e(r['description'] or r['category'])}: {e(r['keep'])}{' — ' + e(r['basis']) if r['basis'] else ''}</li>"
        for r in manifest["retention"]
    )
    masked = sum(manifest["masked_findings_of_others"].values())
    weak = manifest["not_included"]["weak_matches"]
    weak_note = (
        (
            f"<p>In {weak} bestand(en) kwam alleen een naam voor die gelijk is aan de uwe. Omdat een naam "
            "alleen niet zeker naar u verwijst, zijn die niet meegenomen; neem contact op als u denkt dat ze "
            "over u gaan.</p>"
        )
        if weak
        else ""
    )
    due = req.get("extended_due") or req.get("due") or ""
    return f"""<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Overzicht van uw persoonsgegevens</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}}
table{{border-collapse:collapse;width:100%}}td,th{{border:1px solid #ccc;padding:.3em;text-align:left}}</style>
</head><body>
<h1>Overzicht van uw persoonsgegevens</h1>
<p>{e(ctrl["name"])} heeft uw verzoek <strong>{e(str(req.get("id") or ""))}</strong> ontvangen op
{e(str(req.get("received") or ""))} (uiterste antwoorddatum {e(str(due))}). Dit overzicht is gemaakt op
{e(manifest["generated_at"])} en hoort bij de bestanden in dit pakket: <code>manifest.json</code>
(machineleesbaar), <code>findings.csv</code> (elke plek waar uw gegevens staan) en de map <code>records</code>
(de stukken zelf).</p>
<h2>Welke gegevens wij van u hebben</h2><ul>{cats or "<li>Wij hebben geen gegevens van u gevonden.</li>"}</ul>
<h2>Waar ze staan</h2>
<table><tr><th>Opslag</th><th>Bestand of record</th><th>Gegevens</th><th>Status</th><th>Bewaartermijn</th></tr>
{"".join(rows)}</table>
<p>Gegevens van andere personen in deze stukken zijn afgeschermd ({masked} keer), omdat u daar geen recht op
inzage in heeft (artikel 15 lid 4 AVG).</p>{weak_note}
<h2>Waarvoor wij ze gebruiken</h2><ul>{purposes or "<li>—</li>"}</ul>
<h2>Aan wie wij ze verstrekken</h2><ul>{recipients or "<li>Niemand buiten onze organisatie.</li>"}</ul>
<h2>Hoe lang wij ze bewaren</h2><ul>{retention or "<li>—</li>"}</ul>
<h2>Uw rechten</h2>
<p>U kunt ons vragen uw gegevens te verbeteren, aan te vullen, te verwijderen of het gebruik ervan te beperken,
en bezwaar maken tegen het gebruik. De gegevens in dit pakket staan in een gestructureerd, veelgebruikt en
machineleesbaar formaat (JSON en CSV), zodat u ze aan een andere organisatie kunt geven. Bent u het niet eens met
hoe wij met uw gegevens omgaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.
Contact: {e(ctrl.get("contact") or "")}.</p>
</body></html>
"""


def write_zip(package: Package, target: Path, *, passphrase: str | None = None, log2_n: int | None = None) -> Path:
    """Write the package to ``target`` atomically (encrypted when a passphrase is given); returns ``target``."""
    from afscherm.discovery.export_crypto import DEFAULT_LOG2_N, encrypt_file

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp_zip = target.with_name(f".{target.name}.zip-part-{os.getpid()}")
    tmp_out = target.with_name(f".{target.name}.part-{os.getpid()}")
    try:
        with zipfile.ZipFile(tmp_zip, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            stamp = (2000, 1, 1, 0, 0, 0)  # fixed member times: the manifest carries the real date
            for name in [
                "manifest.json",
                "overzicht.html",
                "findings.csv",
                *sorted(n for n in package.files if n.startswith("records/")),
            ]:
                info = zipfile.ZipInfo(name, stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, package.files[name])
        if passphrase is not None:
            encrypt_file(tmp_zip, tmp_out, passphrase, log2_n=log2_n or DEFAULT_LOG2_N)
        else:
            os.replace(tmp_zip, tmp_out)
        with tmp_out.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_out, target)
    finally:
        tmp_zip.unlink(missing_ok=True)
        tmp_out.unlink(missing_ok=True)
    return target
