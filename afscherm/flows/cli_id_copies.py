"""``afscherm redact-image IN -o OUT``: a safe copy of an uploaded ID document, or quarantine.

Exit 0: the safe copy is written to OUT. Exit 1: quarantined — the copy failed verification, the
upload is over the limits (``id_copies.max_page_pixels`` / ``max_pages``), or redacting it failed;
nothing is written to OUT and a JSON reason file goes to the quarantine folder. Exit 2: an error —
bad arguments, a bad configuration, an unreadable input path, or an input that is no readable image
or PDF (empty, truncated, encrypted, no pages): one line on stderr, nothing written. The input is
only read; no copy of it is written anywhere. Detection uses the configuration folder (``--config``)
as the policy does.

A refused copy also gets a preview in the quarantine folder (``….preview.png``: the page as redacted,
downscaled, every proposed box outlined and numbered as in the reason file's ``report.pages[].boxes``). A
person corrects the boxes (edit, add or remove entries; polygons in the upload's pixels) and runs
``afscherm redact-image IN -o OUT --boxes boxes.json`` (the reason file itself, or ``{"pages": [{"page": 1,
"boxes": [{"type": "photo", "polygon": [[x, y], …]}]}]}``): those boxes are blacked out instead of the found
ones, and the copy is verified as usual.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import logging
import sys
from pathlib import Path
from typing import TextIO

from afscherm.flows.errors import CliError

EXIT_QUARANTINED = 1
_SUFFIXES = {"png": {".png"}, "jpg": {".jpg", ".jpeg"}, "tiff": {".tif", ".tiff"}, "webp": {".webp"}, "pdf": {".pdf"}}


def _write_atomic(path: Path, data: bytes) -> None:
    """``data`` at ``path`` whole or not at all, through the one atomic writer (fsync of file and folder)."""
    from afscherm.redactors.atomic import OutputError, atomic_target

    try:
        with atomic_target(path) as part:
            part.write_bytes(data)
    except OutputError as exc:  # its message already names the path
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"{path}: cannot write: {exc.strerror or exc}") from exc


def _sha256(path: Path) -> str:
    try:
        with path.open("rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError as exc:
        raise CliError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def _quarantine(
    folder: Path, source: Path, digest: str, report: dict, preview: bytes | None = None, preview_page: int | None = None
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{source.name}.{stamp}.{digest[:12]}.reason.json"
    record = {
        "input": str(source),
        "sha256": digest,
        "quarantined_at": stamp,
        "reasons": report["reasons"],
        "report": report,
    }
    if preview:
        where = folder / f"{source.name}.{stamp}.{digest[:12]}.preview.png"
        _write_atomic(where, preview)
        record["preview"] = {
            "path": str(where),
            "page": preview_page,
            "numbers": "box N in the preview is report.pages[page - 1].boxes[N - 1]",
        }
    _write_atomic(target, (json.dumps(record, indent=1, ensure_ascii=False) + "\n").encode())
    return target


def _boxes(path: str) -> dict:
    from afscherm.redactors.id_copies.preview import regions_from_json

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise CliError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise CliError(f"{path}: not JSON: {exc}") from exc
    try:
        return regions_from_json(data.get("report", data) if isinstance(data, dict) else data)
    except ValueError as exc:
        raise CliError(f"{path}: {exc}") from exc


def cmd_redact_image(args: argparse.Namespace, out: TextIO) -> int:
    from afscherm.detectors.config import ConfigError, config_dir
    from afscherm.redactors.id_copies import load_policy, redact_id_copy

    source, target = Path(args.input), Path(args.out)
    # Read as the pages are needed, never whole: a large file does not count against memory.
    try:
        with source.open("rb") as fh:
            fh.read(1)
    except OSError as exc:
        raise CliError(f"{source}: cannot read: {exc.strerror or exc}") from exc
    if source.resolve() == target.resolve():
        raise CliError(f"{target}: output would overwrite the input")
    # Pillow logs what it finds wrong in a broken file; with no handler configured Python would print
    # those records on stderr beside our own one line. Records still reach handlers a user configures.
    logging.getLogger("PIL").addHandler(logging.NullHandler())
    config = Path(args.config) if args.config else config_dir()
    try:
        policy = load_policy(config / "policy.yaml")
        if args.watermark:
            policy.watermark.enabled = True
            policy.watermark.purpose = args.watermark
        if args.recipient:
            policy.watermark.recipient = args.recipient
        result = redact_id_copy(source, policy, config=config, boxes=_boxes(args.boxes) if args.boxes else None)
    except ConfigError as exc:  # a YAML parser's message spans lines; the CLI prints one
        raise CliError(" ".join(str(exc).split())) from exc
    if result.error:
        raise CliError(f"{source}: {result.error}")
    report = {"input": str(source), "output": str(target) if result.released else None, **result.report()}
    if result.released and result.data is not None:
        if target.suffix.lower() not in _SUFFIXES.get(result.format or "", set()):
            raise CliError(f"{target}: the copy is {result.format}; give OUT that suffix")
        _write_atomic(target, result.data)
        code = 0
    else:
        where = _quarantine(Path(args.quarantine), source, _sha256(source), report, result.preview, result.preview_page)
        report["quarantine"] = str(where)
        print(
            f"afscherm redact-image: {source}: not released, quarantined in {where} ({'; '.join(result.reasons)})",
            file=sys.stderr,
        )
        code = EXIT_QUARANTINED
    if args.report:
        _write_atomic(Path(args.report), (json.dumps(report, indent=1, ensure_ascii=False) + "\n").encode())
    return code


def add_id_copy_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("redact-image", help="safe copy of an ID document image or PDF (black out MRZ, BSN, …)")
    p.add_argument("input", help="PNG, JPEG, TIFF, WebP or PDF")
    p.add_argument("-o", "--out", required=True, help="where the safe copy goes (same format as the input)")
    p.add_argument("--report", help="write a JSON report (boxes, types, verification, timings) here")
    p.add_argument("--quarantine", default="quarantine", help="folder for reason files of refused copies")
    p.add_argument("--watermark", metavar="PURPOSE", help="add a KOPIE watermark with this purpose")
    p.add_argument("--recipient", help="recipient named in the watermark")
    p.add_argument(
        "--boxes",
        metavar="JSON",
        help="black out these corrected boxes (a quarantine reason file or "
        "{'pages': [{'page': N, 'boxes': [...]}]}) instead of the found ones; verified as usual",
    )
    p.set_defaults(func=cmd_redact_image)
