"""One stored object in, its findings (fingerprinted) and its safe copy — or a quarantine verdict — out.

This is the middle of ``scan_store``: no store, index or Prefect in sight, so it runs the same in the
calling process, a worker process or a Dask worker. What an object is follows from its name:

- text: .txt .log .md .text and names without suffix (also unknown names holding UTF-8 text without NUL
  bytes) → the whole text is analysed, the safe copy is the text redacted by policy;
- structured: .json .jsonl .ndjson .csv .tsv .parquet and rows of SQL tables → every value (column rules
  too) through ``redactors.files``, the safe copy in the same format;
- e-mail: .eml → headers and text parts analysed, attachments processed by their own type;
- PDF with a text layer → each page's text analysed; the safe copy is an image-only PDF with black boxes;
- Word: .docx (and unknown names holding a Word package) → the text of body, tables, headers, footers,
  notes, comments, links and core properties analysed; the safe copy is a .docx redacted run by run, its
  images and embedded objects replaced by a note (``redactors.docx_document``). .docm and .doc stay
  quarantined;
- ID copies: images, and PDFs without a text layer → ``redactors.id_copies`` (MRZ, OCR, face, verification).

Anything else — or anything that fails — is quarantined with its reason: what cannot be inspected is
never passed through. Findings carry a keyed fingerprint of their value, never the value.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import multiprocessing.util
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from operator import attrgetter
from pathlib import Path, PurePosixPath
from typing import Any

from afscherm.detectors.findings import Finding

TEXT_SUFFIXES = frozenset({".txt", ".log", ".md", ".text", ""})
STRUCTURED_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson", ".csv", ".tsv", ".parquet"})
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp"})
EMAIL_SUFFIXES = frozenset({".eml"})
PDF_SUFFIXES = frozenset({".pdf"})
DOCX_SUFFIXES = frozenset({".docx"})
# Word formats that are never opened, whatever they hold: macros (.docm, .dotm) and the binary .doc/.dot.
UNOPENED_WORD_SUFFIXES = frozenset({".docm", ".dotm", ".doc", ".dot"})
SUPPORTED_SUFFIXES = (
    TEXT_SUFFIXES | STRUCTURED_SUFFIXES | IMAGE_SUFFIXES | EMAIL_SUFFIXES | PDF_SUFFIXES | DOCX_SUFFIXES
) - {""}


class Unsupported(ValueError):
    """An object afscherm cannot inspect; quarantined with this message as the reason."""


@dataclass(frozen=True, slots=True)
class IndexedFinding:
    """A finding as the index stores it: where, what type, the keyed fingerprint — no value."""

    unit: str
    entity_type: str
    start: int
    end: int
    fingerprint: str
    score: float
    recognizer: str
    action: str
    page: int | None = None
    box: tuple[float, ...] | None = None

    def __reduce__(self) -> tuple[type, tuple]:
        # Pickled by the thousand between the workers and the flow (≈ 8 per object). A frozen slotted
        # dataclass pickles through generated get/setstate that call dataclasses.fields() per object; the
        # constructor's arguments are the same state: 80,000 findings dump 0.27 -> 0.11 CPU-s, load 0.26 -> 0.17.
        return IndexedFinding, _finding_arguments(self)


_finding_arguments = attrgetter(*(f.name for f in fields(IndexedFinding)))  # every field, in __init__'s order


@dataclass
class Processed:
    """What happened to one object."""

    status: str  # "clean" (nothing found), "redacted", "quarantined"
    findings: list[IndexedFinding] = field(default_factory=list)
    safe: bytes | None = None  # the safe copy; None when quarantined
    reason: str | None = None  # why quarantined (never holds a value of the object)
    detect_seconds: float = 0.0
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # CPU time of the worker thread that processed it (set by the scan's mapper)


@dataclass
class ScanEngine:
    """Everything needed to process objects, loaded once per process (see ``engine_for``)."""

    analyzer: Any  # detectors.analyzer.Analyzer, or anything with analyze(texts) -> list[list[Finding]]
    redactor: Any  # redactors.text.Redactor
    id_policy: Any  # redactors.id_copies.policy.IdCopyPolicy
    key: bytes  # the index key (fingerprints)
    # Per thread: the threads runner shares one engine, and an object's detection time is the change of its
    # own thread's total while it was processed.
    _timing: threading.local = field(default_factory=threading.local, repr=False, compare=False)

    @property
    def detect_seconds(self) -> float:
        return getattr(self._timing, "seconds", 0.0)

    @detect_seconds.setter
    def detect_seconds(self, value: float) -> None:
        self._timing.seconds = value

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        t = time.perf_counter()
        try:
            return self.analyzer.analyze(list(texts))
        finally:
            self.detect_seconds += time.perf_counter() - t

    def action(self, entity_type: str) -> str:
        return self.redactor.policy.operator_for(entity_type).operator

    def indexed(self, unit: str, text: str, finding: Finding, **where: Any) -> IndexedFinding:  # noqa: ANN401
        from afscherm.discovery.fingerprint import fingerprint

        return IndexedFinding(
            unit=unit,
            entity_type=finding.entity_type,
            start=finding.start,
            end=finding.end,
            fingerprint=fingerprint(finding.entity_type, text[finding.start : finding.end], self.key),
            score=round(float(finding.score), 4),
            recognizer=finding.recognizer,
            action=self.action(finding.entity_type),
            **where,
        )


@functools.lru_cache(maxsize=2)
def engine_for(config: str | None) -> ScanEngine:
    """The engine of configuration folder ``config`` (None: the default), once per process."""
    from afscherm.detectors.analyzer import default_analyzer
    from afscherm.detectors.config import config_dir
    from afscherm.discovery.fingerprint import index_key
    from afscherm.redactors.id_copies.policy import load_policy as load_id_policy
    from afscherm.redactors.policy import load_policy
    from afscherm.redactors.text import Redactor

    directory = Path(config) if config else config_dir()
    key = index_key()  # a missing index key fails before any work, in one line
    return ScanEngine(
        analyzer=default_analyzer(directory),
        redactor=Redactor(load_policy(directory / "policy.yaml")),
        id_policy=load_id_policy(directory / "policy.yaml"),
        key=key,
    )


def object_kind(name: str, data: bytes) -> str:
    """``text``, ``structured``, ``email``, ``pdf``, ``docx`` or ``image`` by name; unknown names by content."""
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in STRUCTURED_SUFFIXES:
        return "structured"
    if suffix in EMAIL_SUFFIXES:
        return "email"
    if suffix in PDF_SUFFIXES:
        return "pdf"
    if suffix in IMAGE_SUFFIXES:
        return "image"
    if suffix in DOCX_SUFFIXES:
        return "docx"
    if suffix not in UNOPENED_WORD_SUFFIXES and data.startswith(b"PK\x03\x04"):
        from afscherm.redactors.docx_document import is_docx

        if is_docx(data):  # [Content_Types].xml names a macro-free Word main document part
            return "docx"
    if suffix in TEXT_SUFFIXES or _is_text(data):
        return "text"
    raise Unsupported(f"unsupported binary object (type {suffix})")


def _is_text(data: bytes) -> bool:
    """UTF-8 without NUL bytes: text whatever its name. Binary of an unknown type is not guessed at."""
    if b"\x00" in data[:65536]:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_text(data: bytes) -> str:
    """UTF-8 (BOM allowed), else a confident charset-normalizer guess, else Unsupported."""
    if b"\x00" in data[:65536]:
        raise Unsupported("binary content (NUL bytes) in a text object")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 1 << 20]).best()
    if best is None or best.encoding in ("utf_8", "utf_8_sig"):
        raise Unsupported("undecodable text: not UTF-8 and no other text encoding fits")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise Unsupported(f"undecodable text ({best.encoding})") from exc


def process_object(name: str, data: bytes, engine: ScanEngine, kind: str | None = None) -> Processed:
    """Findings and safe copy of one object. Never raises for a bad object: it is then quarantined."""
    started = time.perf_counter()
    before = engine.detect_seconds
    try:
        kind = kind or object_kind(name, data)
        result = _HANDLERS[kind](name, data, engine)
    except Unsupported as exc:
        result = Processed("quarantined", reason=str(exc))
    except RecursionError:
        result = Processed("quarantined", reason="nesting too deep to inspect")
    except MemoryError:
        result = Processed("quarantined", reason="out of memory while inspecting")
    except Exception as exc:  # noqa: BLE001 - fail closed: whatever went wrong, nothing is released
        result = Processed("quarantined", reason=f"could not be inspected: {type(exc).__name__}: {_short(exc)}")
    result.detect_seconds = engine.detect_seconds - before
    result.seconds = time.perf_counter() - started
    if result.status == "quarantined":
        result.safe = None
    return result


def _short(exc: BaseException) -> str:
    """An exception's message cut to one short line. Library messages may quote input, so the reason
    is cut hard; it is recorded in the quarantine and the index."""
    text = " ".join(str(exc).split())
    return text[:120]


def _status(findings: Sequence[IndexedFinding]) -> str:
    return "redacted" if findings else "clean"


def _text(name: str, data: bytes, engine: ScanEngine) -> Processed:
    text = decode_text(data)
    findings = engine.detect([text])[0]
    rows = [engine.indexed("text", text, f) for f in findings]
    safe = engine.redactor.redact(text, findings) if findings else text
    return Processed(_status(rows), rows, safe.encode("utf-8"))


class _Recording:
    """Told every batch of values ``redactors.files`` analyses and their findings (the field-context ones
    too), it records a fingerprinted row per finding.

    Structured values are numbered in the order the file redactor analyses them (``value N``):
    a position inside the object that names no column or key (those can hold personal data too).
    """

    def __init__(self, engine: ScanEngine, rows: list[IndexedFinding]) -> None:
        self.engine, self.rows, self.values = engine, rows, 0

    def analyze(self, texts: Sequence[str], *args: Any, **kwargs: Any) -> list[list[Finding]]:  # noqa: ANN401
        """The analyzer, timed as detection."""
        t = time.perf_counter()
        try:
            return self.engine.analyzer.analyze(texts, *args, **kwargs)
        finally:
            self.engine.detect_seconds += time.perf_counter() - t

    def __call__(self, texts: list[str], found: list[list[Finding]]) -> None:
        for text, findings in zip(texts, found, strict=True):
            self.values += 1
            self.rows += [self.engine.indexed(f"value {self.values}", text, f) for f in findings]

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 - everything else is the analyzer's
        return getattr(self.engine.analyzer, name)


class _RuleRecording:
    """The redactor as ``redactors.files`` sees it: column rules that name an entity type record a
    fingerprinted row per value they rewrite (values are typed by the rule, not detected)."""

    def __init__(self, engine: ScanEngine, rows: list[IndexedFinding]) -> None:
        self._engine, self._rows, self._n = engine, rows, 0
        self._redactor = engine.redactor

    def _record(self, rule: Any, values: Sequence[str]) -> None:  # noqa: ANN401
        if rule.entity_type is None:
            return
        spec = self._redactor.column_spec(rule)
        for value in values:
            if not value:
                continue
            self._n += 1
            finding = Finding(0, len(value), rule.entity_type, 1.0, "ColumnRule")
            row = self._engine.indexed(f"rule value {self._n}", value, finding)
            self._rows.append(IndexedFinding(**{**_fields(row), "action": spec.operator}))

    def column_function(self, rule: Any) -> Callable[[str], str]:  # noqa: ANN401
        inner = self._redactor.column_function(rule)

        def apply(value: str) -> str:
            self._record(rule, [value])
            return inner(value)

        return apply

    def column_batch_function(self, rule: Any) -> Callable[[list[str]], list[str]]:  # noqa: ANN401
        inner = self._redactor.column_batch_function(rule)

        def apply(values: list[str]) -> list[str]:
            self._record(rule, [v for v in values if isinstance(v, str)])
            return inner(values)

        return apply

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 - everything else is the redactor's
        return getattr(self._redactor, name)


def _fields(row: IndexedFinding) -> dict[str, Any]:
    return {f: getattr(row, f) for f in row.__slots__}


SCRATCH_PREFIX = "afscherm-objects-"
_scratch_numbers = itertools.count()
_scratch_lock = threading.Lock()
_scratch: dict[int, Path] = {}


def scratch_folder() -> Path:
    """This process's folder for structured objects' scratch files, made on first use, removed at exit.

    The file redactors work on files. A folder made and removed per object, with the files synced, cost more
    wall time than the object's detection (≈ 12 ms of file-system waits per small object, measured on ext4:
    the worker sat idle). The files in it are written without syncs and removed as soon as the object is
    done; folders left by processes that were killed are removed by the next process that makes one.
    """
    pid = os.getpid()  # a forked worker makes its own
    with _scratch_lock:
        folder = _scratch.get(pid)
        if folder is None or not folder.is_dir():
            _remove_orphaned_scratch()
            folder = Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{pid}-"))
            # multiprocessing's exit hook also runs in pool workers, which end without atexit handlers
            multiprocessing.util.Finalize(
                None, shutil.rmtree, args=(folder,), kwargs={"ignore_errors": True}, exitpriority=0
            )
            _scratch[pid] = folder
        return folder


def _remove_orphaned_scratch() -> None:
    from afscherm.redactors.atomic import pid_alive

    for folder in Path(tempfile.gettempdir()).glob(f"{SCRATCH_PREFIX}*-*"):
        pid = folder.name[len(SCRATCH_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not pid_alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _structured(name: str, data: bytes, engine: ScanEngine) -> Processed:
    from afscherm.redactors.files import FileRedactError, redact_file

    suffix = PurePosixPath(name).suffix.lower()
    if suffix not in STRUCTURED_SUFFIXES:  # rows of SQL tables arrive as JSON documents under their key
        suffix = ".json"
    rows: list[IndexedFinding] = []
    number = next(_scratch_numbers)
    folder = scratch_folder()
    source, target = folder / f"{number}-in{suffix}", folder / f"{number}-out{suffix}"
    try:
        source.write_bytes(data)
        try:
            recording = _Recording(engine, rows)
            stats = redact_file(
                source, target, _RuleRecording(engine, rows), recording, observer=recording, durable=False
            )
        except FileRedactError as exc:
            # The message names the scratch file; the object's own name is what a reader needs.
            raise Unsupported(str(exc).replace(str(source), name)) from exc
        safe = target.read_bytes()
    finally:
        source.unlink(missing_ok=True)
        target.unlink(missing_ok=True)
    changed = bool(rows) or stats.changed or stats.by_rule
    return Processed("redacted" if changed else "clean", rows, safe)


def _email(name: str, data: bytes, engine: ScanEngine) -> Processed:
    from afscherm.redactors.email_message import EmailError, redact_email

    rows: list[IndexedFinding] = []

    def redact_text(unit: str, text: str) -> str:
        findings = engine.detect([text])[0]
        rows.extend(engine.indexed(unit, text, f) for f in findings)
        return engine.redactor.redact(text, findings) if findings else text

    def redact_attachment(unit: str, filename: str, blob: bytes) -> tuple[bytes | None, str]:
        inner = process_object(filename, blob, engine)
        rows.extend(IndexedFinding(**{**_fields(r), "unit": f"{unit} {r.unit}"}) for r in inner.findings)
        if inner.status == "quarantined":
            return None, inner.reason or "niet te controleren"
        return inner.safe, ""

    try:
        safe = redact_email(data, redact_text, redact_attachment)
    except EmailError as exc:
        raise Unsupported(f"e-mail: {exc}") from exc
    return Processed(_status(rows), rows, safe)


def _pdf(name: str, data: bytes, engine: ScanEngine) -> Processed:
    from afscherm.redactors.pdf_text import PdfTextError, pdf_text, redact_pdf_text

    try:
        layer = pdf_text(data)
    except PdfTextError as exc:
        raise Unsupported(f"PDF: {exc}") from exc
    if not layer.has_text:  # a scan: the ID-copy path reads it as images
        return _image(name, data, engine)
    per_page = engine.detect(layer.pages)
    rows = [
        engine.indexed(f"page {i}", text, f, page=i)
        for i, (text, findings) in enumerate(zip(layer.pages, per_page, strict=True), start=1)
        for f in findings
    ]
    return Processed(_status(rows), rows, redact_pdf_text(data, per_page))


def _docx(name: str, data: bytes, engine: ScanEngine) -> Processed:
    from afscherm.redactors.docx_document import DocxDocument, DocxError
    from afscherm.redactors.encryption import current_place

    try:
        document = DocxDocument.load(data)
        units = document.units
        detected = engine.detect([unit.text for unit in units]) if units else []
        found = [_typed_by_field(unit.text, unit.typed_as, f) for unit, f in zip(units, detected, strict=True)]
        rows = [engine.indexed(unit.name, unit.text, f) for unit, fs in zip(units, found, strict=True) for f in fs]
        safe = document.redact(
            found, lambda entity_type, value: engine.redactor.replacement(entity_type)(value, current_place())
        )
    except DocxError as exc:
        raise Unsupported(f"docx: {exc}") from exc
    return Processed("redacted" if rows or document.object_notes else "clean", rows, safe)


def _typed_by_field(text: str, typed_as: str | None, findings: list[Finding]) -> list[Finding]:
    """A field that names a person by its meaning (a document's author, a revision's author) is that type
    where detection left any of it uncovered, like a column rule: a bare name has no context to be found by."""
    if typed_as is None or not text.strip():
        return findings
    covered = set()
    for f in findings:
        covered.update(range(f.start, f.end))
    if all(i in covered for i, c in enumerate(text) if not c.isspace()):
        return findings
    start, end = len(text) - len(text.lstrip()), len(text.rstrip())
    return [*findings, Finding(start, end, typed_as, 1.0, "DocxField")]


def _image(name: str, data: bytes, engine: ScanEngine) -> Processed:
    from afscherm.discovery.fingerprint import fingerprint
    from afscherm.redactors.id_copies.api import redact_id_copy

    t = time.perf_counter()
    result = redact_id_copy(data, engine.id_policy, engine.analyzer)
    engine.detect_seconds += time.perf_counter() - t  # OCR, detection and verification are one step here
    if not result.released:
        return Processed("quarantined", reason="ID copy not released: " + "; ".join(result.reasons)[:500])
    # The values the MRZ and the printed fields gave (kept in memory by the redactor, never in its report):
    # fingerprinted so that an access or erasure request finds the ID copy by the holder's BSN or name.
    rows = [
        IndexedFinding(
            unit=f"page {page}",
            entity_type=entity_type,
            start=0,
            end=len(value),
            fingerprint=fingerprint(entity_type, value, engine.key),
            score=1.0,
            recognizer="IdCopyRedactor",
            action="remove",
            page=page,
        )
        for entity_type, value, page in getattr(result, "found", [])
    ]
    return Processed("redacted", rows, result.data)


_HANDLERS: dict[str, Callable[[str, bytes, ScanEngine], Processed]] = {
    "text": _text,
    "structured": _structured,
    "email": _email,
    "pdf": _pdf,
    "docx": _docx,
    "image": _image,
}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
