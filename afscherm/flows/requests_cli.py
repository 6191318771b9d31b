"""``afscherm requests | access | erase | retention | audit verify | decrypt-export``: data-subject requests.

Registered by ``add_request_commands(sub)`` in ``flows.cli.build_parser``. Identifiers given on the command line
(``--email`` …) are fingerprinted at once and never written anywhere; the register, audit log and outbox live
beside the findings index (``--index DIR``, default ``scan.index`` of ``configs/stores.yaml``).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from afscherm.flows.errors import CliError

EXIT_ATTENTION = 1  # overdue requests, an erasure not verified, a broken audit log
PASSPHRASE_ENV = "AFSCHERM_EXPORT_PASSPHRASE"
FLAG_TEXT = {"overdue": "TE LAAT", "due_soon": "binnen 7 dagen"}


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected a date like 2026-01-31, got {text!r}") from exc


def _identifier_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("the data subject (fingerprinted at once, never stored in plaintext)")
    for flag, what in (
        ("email", "e-mail address"),
        ("phone", "phone number"),
        ("bsn", "BSN"),
        ("iban", "IBAN"),
        ("name", "full name (a weak key: pair it with --dob)"),
        ("dob", "date of birth"),
        ("document", "passport or ID-card number"),
    ):
        group.add_argument(f"--{flag}", action="append", metavar="VALUE", help=f"{what} (repeatable)")


def _index_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--index", metavar="DIR", help="findings index folder (default: scan.index in stores.yaml)")
    parser.add_argument("--today", type=_date, metavar="DATE", help=argparse.SUPPRESS)  # tests and replays


def add_request_commands(sub: argparse._SubParsersAction) -> None:
    requests = sub.add_parser(
        "requests",
        help="the request register: list open requests (due soon / overdue flagged), add, extend, close",
        description="Without an action: the open requests, those due within 7 days and those overdue flagged "
        "(exit 1 when one is overdue).",
    )
    _index_option(requests)
    requests.add_argument("--all", action="store_true", help="closed requests too")
    requests.add_argument("--json", action="store_true", help="JSON lines instead of a table")
    actions = requests.add_subparsers(dest="action")
    add = actions.add_parser("add", help="register a request")
    add.add_argument(
        "--kind", required=True, choices=["access", "erasure", "rectification", "restriction", "portability"]
    )
    add.add_argument("--received", type=_date, metavar="DATE", help="date received (default: today)")
    _identifier_options(add)
    extend = actions.add_parser("extend", help="extend by two months (Art. 12(3)), within the first month")
    extend.add_argument("request_id")
    extend.add_argument("--reason", required=True, choices=["complexity", "number_of_requests"])
    extend.add_argument("--note", default="", help="short note for staff (no identifiers)")
    close = actions.add_parser("close", help="close a request")
    close.add_argument("request_id")
    close.add_argument("--state", default="completed", choices=["completed", "rejected", "withdrawn"])
    close.add_argument("--note", default="", help="short note for staff (no identifiers)")
    requests.set_defaults(func=cmd_requests)

    access = sub.add_parser(
        "access",
        help="export everything held about a subject (Art. 15/20) as a zip",
        description="Either REQUEST_ID of a registered request, or identifiers (the request is then registered "
        "too). Other people's data in the subject's records is masked (Art. 15(4)).",
    )
    access.add_argument("request_id", nargs="?", metavar="REQUEST_ID")
    _identifier_options(access)
    _index_option(access)
    access.add_argument("--out", dest="out_path", required=True, metavar="FILE", help="the export zip to write")
    access.add_argument("--kind", default="access", choices=["access", "portability"])
    access.add_argument(
        "--encrypt",
        action="store_true",
        help=f"encrypt to a passphrase (from ${PASSPHRASE_ENV}, or asked on a terminal)",
    )
    access.add_argument("--passphrase-env", default=PASSPHRASE_ENV, metavar="VAR", help=argparse.SUPPRESS)
    access.add_argument(
        "--include-weak", action="store_true", help="also export objects matched by name (and date of birth) only"
    )
    access.set_defaults(func=cmd_access)

    erase = sub.add_parser(
        "erase",
        help="erasure (Art. 17): plan per object, apply through the stores, verify by re-scan",
        description="--dry-run shows the plan: delete, redact the subject's data in place, or keep (a hold or "
        "statutory term, named with its end date). --apply carries it out, re-scans every touched "
        "object and exits 1 unless every one is verified clean of the subject.",
    )
    erase.add_argument("request_id", nargs="?", metavar="REQUEST_ID")
    _identifier_options(erase)
    _index_option(erase)
    mode = erase.add_mutually_exclusive_group(required=True)
    mode.add_argument("--dry-run", action="store_true", help="show the plan, change nothing")
    mode.add_argument("--apply", action="store_true", help="carry the plan out")
    erase.add_argument("--json", action="store_true", help="the plan (and results) as JSON")
    erase.set_defaults(func=cmd_erase)

    retention = sub.add_parser("retention", help="delete or redact what is past its retention term")
    _index_option(retention)
    rmode = retention.add_mutually_exclusive_group(required=True)
    rmode.add_argument("--dry-run", action="store_true", help="show what would go and what a hold keeps")
    rmode.add_argument("--apply", action="store_true", help="carry it out")
    retention.add_argument("--store", action="append", metavar="NAME", help="only these stores (default: all)")
    retention.add_argument("--json", action="store_true", help="the plan as JSON")
    retention.set_defaults(func=cmd_retention)

    audit = sub.add_parser("audit", help="the hash-chained audit log")
    audit_actions = audit.add_subparsers(dest="audit_action", required=True)
    verify = audit_actions.add_parser(
        "verify", help="check every entry and the chain head (exit 1 names the first bad entry)"
    )
    _index_option(verify)
    verify.set_defaults(func=cmd_audit_verify)

    decrypt = sub.add_parser("decrypt-export", help="decrypt an export written with access --encrypt")
    decrypt.add_argument("source", metavar="IN")
    decrypt.add_argument("--out", dest="out_path", required=True, metavar="FILE")
    decrypt.add_argument("--passphrase-env", default=PASSPHRASE_ENV, metavar="VAR", help=argparse.SUPPRESS)
    decrypt.set_defaults(func=cmd_decrypt)


# ------------------------------------------------------------------------------------------------ helpers ---
def _context(args: argparse.Namespace) -> Any:  # noqa: ANN401 - flows.requests_ops.RequestContext
    from afscherm.flows.requests_ops import RequestContext

    ctx = RequestContext(Path("."), config=args.config, today=args.today or date.today())
    ctx.index_dir = Path(args.index) if args.index else ctx.stores_config.index_dir
    return ctx


def _query(args: argparse.Namespace) -> Any:  # noqa: ANN401
    from afscherm.flows.requests_ops import query_from

    return query_from(
        {
            "email": args.email,
            "phone": args.phone,
            "bsn": args.bsn,
            "iban": args.iban,
            "name": args.name,
            "date_of_birth": args.dob,
            "document": args.document,
        }
    )


def _passphrase(var: str, *, confirm: bool) -> str:
    value = os.environ.get(var)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CliError(f"no passphrase: set {var} (or run on a terminal to be asked)")
    first = getpass.getpass("Wachtwoordzin: ")
    if confirm and getpass.getpass("Nogmaals: ") != first:
        raise CliError("the passphrases differ")
    return first


def _request_errors() -> tuple[type[Exception], ...]:
    from afscherm.discovery.audit import AuditError
    from afscherm.discovery.export_crypto import ExportCryptoError
    from afscherm.discovery.requests import RequestError

    return RequestError, AuditError, ExportCryptoError


def _guard(fn: Any) -> Any:  # noqa: ANN401 - a command function
    """Errors of the request modules become one line on stderr (exit 2), like every other CLI error."""

    def run(args: argparse.Namespace, out: TextIO) -> int:
        try:
            return fn(args, out)
        except _request_errors() as exc:
            raise CliError(str(exc)) from exc

    run.__name__ = fn.__name__
    return run


# ---------------------------------------------------------------------------------------------- commands ---
@_guard
def cmd_requests(args: argparse.Namespace, out: TextIO) -> int:
    ctx = _context(args)
    if args.action == "add":
        req = _register(ctx, args, args.kind)
        out.write(
            f"{req.id}: {req.kind}, ontvangen {req.received}, uiterlijk {req.due}"
            f"{' (alleen naam: zwakke identificatie)' if req.weak else ''}\n"
        )
        return 0
    if args.action == "extend":
        req = ctx.register.extend(args.request_id, args.reason, note=args.note, today=ctx.today)
        ctx.audit.append("extend", request_id=req.id, details={"reason": args.reason, "due": req.extended_due})
        out.write(f"{req.id}: verlengd tot {req.extended_due} ({args.reason})\n")
        return 0
    if args.action == "close":
        req = ctx.register.close(args.request_id, args.state, note=args.note)
        ctx.audit.append("close", request_id=req.id, details={"state": args.state})
        out.write(f"{req.id}: {req.state}\n")
        return 0
    items = ctx.register.list(open_only=not args.all)
    overdue = 0
    if args.json:
        for r in items:
            out.write(
                json.dumps(
                    {
                        "id": r.id,
                        "kind": r.kind,
                        "state": r.state,
                        "received": r.received,
                        "due": r.deadline.isoformat(),
                        "extended": bool(r.extended_due),
                        "days_left": r.days_left(ctx.today),
                        "flag": r.flag(ctx.today),
                    }
                )
                + "\n"
            )
            overdue += r.flag(ctx.today) == "overdue"
        return EXIT_ATTENTION if overdue else 0
    if not items:
        out.write("Geen openstaande verzoeken.\n")
        return 0
    header = ("verzoek", "soort", "status", "ontvangen", "uiterlijk", "dagen", "let op")
    rows = []
    for r in items:
        flag = r.flag(ctx.today)
        overdue += flag == "overdue"
        due = r.deadline.isoformat() + (" (verlengd)" if r.extended_due else "")
        days = str(r.days_left(ctx.today)) if r.is_open else ""
        rows.append((r.id, r.kind, r.state, r.received, due, days, FLAG_TEXT.get(flag, "")))
    widths = [max(len(x[i]) for x in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
    soon = sum(1 for r in items if r.flag(ctx.today) == "due_soon")
    out.write(f"\n{len(items)} verzoek(en); {overdue} te laat, {soon} binnen 7 dagen.\n")
    return EXIT_ATTENTION if overdue else 0


def _register(ctx: Any, args: argparse.Namespace, kind: str) -> Any:  # noqa: ANN401
    from afscherm.flows.requests_ops import register_or_get

    return register_or_get(
        ctx,
        request_id=getattr(args, "request_id", None),
        kind=kind,
        query=_query(args),
        received=getattr(args, "received", None),
    )


@_guard
def cmd_access(args: argparse.Namespace, out: TextIO) -> int:
    from afscherm.flows.requests_ops import export_access

    ctx = _context(args)
    passphrase = _passphrase(args.passphrase_env, confirm=True) if args.encrypt else None
    req = _register(ctx, args, args.kind)
    package, result = export_access(
        ctx, req, Path(args.out_path), passphrase=passphrase, include_weak=args.include_weak
    )
    errors = [o for o in package.manifest["objects"] if o.get("error")]
    out.write(
        f"{req.id}: {len(package.manifest['objects']) - len(errors)} object(en) geëxporteerd naar "
        f"{args.out_path}{' (versleuteld)' if passphrase else ''}; uiterlijk {req.deadline.isoformat()}\n"
    )
    for o in errors:
        out.write(f"  niet meegenomen: {o['object_uri']}: {o['error']}\n")
    _print_lookup(result, out, include_weak=args.include_weak)
    return 0


def _print_lookup(result: Any, out: TextIO, *, include_weak: bool) -> None:  # noqa: ANN401
    if result.weak_key:
        out.write("Let op: alleen naam (en geboortedatum) opgegeven — een zwakke sleutel; controleer de treffers.\n")
    if result.weak_objects and not include_weak:
        out.write(
            f"{len(result.weak_objects)} object(en) alleen op naam gevonden, niet meegenomen "
            "(--include-weak om ze toch mee te nemen):\n"
        )
        for o in result.weak_objects[:20]:
            out.write(f"  {o.object_uri} ({', '.join(o.types)})\n")
    if result.candidates:
        out.write(
            "Mogelijk ook van betrokkene (samen gevonden, NIET samengevoegd; bevestig met "
            "'afscherm access REQUEST_ID --<type> WAARDE'):\n"
        )
        for c in result.candidates[:20]:
            out.write(
                f"  {c.entity_type:<15} in {c.objects} object(en), bv. {c.first_object} {c.first_unit} "
                f"[{c.first_start}:{c.first_end}]  fp {c.fingerprint[:12]}…\n"
            )


@_guard
def cmd_erase(args: argparse.Namespace, out: TextIO) -> int:
    from afscherm.flows.requests_ops import apply_erasure, plan_request_erasure, seal_identifiers

    ctx = _context(args)
    req = _register(ctx, args, "erasure")
    plan, result = plan_request_erasure(ctx, req)
    if args.apply:
        apply_erasure(ctx, req, plan, result, sealed_identifiers=seal_identifiers(_query(args), args.config))
    if args.json:
        out.write(json.dumps(plan.to_dict(), ensure_ascii=False, indent=1) + "\n")
    else:
        _print_erasure(req, plan, out, applied=args.apply)
        _print_lookup(result, out, include_weak=False)
    if args.apply:
        bad = [i for i in plan.items if i.action in ("delete", "redact") and not i.verified]
        return EXIT_ATTENTION if bad else 0
    return 0


ACTION_TEXT = {"delete": "verwijderen", "redact": "afschermen", "keep": "bewaren", "missing": "niet gevonden"}


def _print_erasure(req: Any, plan: Any, out: TextIO, *, applied: bool) -> None:  # noqa: ANN401
    out.write(f"{req.id}: verwijderplan ({'uitgevoerd' if applied else 'proefdraai, er is niets gewijzigd'})\n")
    for i in plan.items:
        line = f"  {ACTION_TEXT.get(i.action, i.action):<14} {i.object_uri}"
        if i.action == "keep":
            line += f"  — {i.rule}: {i.basis}" + (f" (tot {i.until})" if i.until else "")
        elif i.held_types:
            line += f"  — behalve {', '.join(i.held_types)} ({i.rule}, tot {i.until})"
        if applied and i.action in ("delete", "redact"):
            line += "  ✓ gecontroleerd" if i.verified else f"  ✗ NIET schoon ({i.remaining} over) {i.error or ''}"
        out.write(line + "\n")
    if plan.weak_objects:
        out.write(f"  {plan.weak_objects} object(en) alleen op naam gevonden: niet aangeraakt\n")
    for b in plan.backups:
        if b.get("error"):
            out.write(f"  back-upopslag {b['store']} niet te lezen: {b['error']}\n")
            continue
        out.write(
            f"  back-up {b['object_uri']} (gemaakt {b['made']}) kan gegevens bevatten tot {b['expires']}"
            f"{' — TERMIJN VERSTREKEN, verwijder deze back-up' if b['overdue'] else ''}\n"
        )
    s = plan.summary()
    out.write(
        f"  totaal: {s['delete']} verwijderen, {s['redact']} afschermen, {s['keep']} bewaren, "
        f"{s['missing']} niet gevonden\n"
    )


@_guard
def cmd_retention(args: argparse.Namespace, out: TextIO) -> int:
    from afscherm.flows.requests_ops import apply_store_retention, plan_store_retention

    ctx = _context(args)
    plan = plan_store_retention(ctx, args.store)
    if args.apply:
        apply_store_retention(ctx, plan)
    if args.json:
        out.write(
            json.dumps(
                {"today": plan.today, "summary": plan.summary(), "items": [i.to_dict() for i in plan.items]},
                ensure_ascii=False,
                indent=1,
            )
            + "\n"
        )
    else:
        out.write(f"Bewaartermijnen op {plan.today} ({'uitgevoerd' if args.apply else 'proefdraai'}):\n")
        for i in plan.items:
            line = f"  {ACTION_TEXT.get(i.action, i.action):<12} {i.uri}  [{i.category}, termijn tot {i.term_ended}]"
            if i.action == "keep":
                line += f" — hold {i.hold}: {i.hold_reason}" + (f" (tot {i.hold_until})" if i.hold_until else "")
            if i.keep_types:
                line += f" — {', '.join(i.keep_types)} blijven tot {i.keep_types_until}"
            if i.error:
                line += f"  ✗ {i.error}"
            out.write(line + "\n")
        for problem in plan.store_errors:
            out.write(f"  opslag niet te lezen: {problem}\n")
        s = plan.summary()
        out.write(
            f"  {s['checked']} objecten bekeken: {s['delete']} verwijderen, {s['redact']} afschermen, "
            f"{s['keep']} bewaard door een hold; {s['no_category']} zonder regel, "
            f"{s['missing_anchor']} zonder einddatum\n"
        )
    return EXIT_ATTENTION if any(i.error for i in plan.items) or plan.store_errors else 0


@_guard
def cmd_audit_verify(args: argparse.Namespace, out: TextIO) -> int:
    ctx = _context(args)
    result = ctx.audit.verify()
    if result.ok:
        out.write(f"{ctx.audit.path}: {result.describe()}\n")
        return 0
    print(f"afscherm audit verify: {ctx.audit.path}: {result.describe()}", file=sys.stderr)
    return EXIT_ATTENTION


@_guard
def cmd_decrypt(args: argparse.Namespace, out: TextIO) -> int:
    from afscherm.discovery.export_crypto import decrypt_file

    source = Path(args.source)
    if not source.is_file():
        raise CliError(f"{source}: no such file")
    decrypt_file(source, Path(args.out_path), _passphrase(args.passphrase_env, confirm=False))
    out.write(f"{args.out_path}: ontsleuteld\n")
    return 0
