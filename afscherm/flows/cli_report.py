"""``afscherm report``: the findings index as one self-contained HTML page (``discovery.report``)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

from afscherm.flows.errors import CliError


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected a date like 2026-11-30, got {text!r}") from exc


def add_report_command(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser(
        "report",
        help="write an HTML report of the findings index (counts, hot spots, trend, requests; no personal data)",
        description=(
            "Writes one self-contained HTML file (inline SVG charts, nothing loaded from the network): a short "
            "summary, findings per type and store, a type × store heat map, the trend over scans, the objects "
            "with most findings, special identifiers in stores not allowed to hold them (configs/analysis.yaml) "
            "and the open data-subject requests. It holds counts, types, store names and request ids only; "
            "objects appear as tokens keyed with the index key (AFSCHERM_INDEX_KEY), because a path can itself "
            "hold an identifier. The file is written whole or not at all."
        ),
    )
    report.add_argument("--index", metavar="DIR", help="findings index folder (default: scan.index in stores.yaml)")
    report.add_argument("-o", "--output", required=True, metavar="FILE", help="the HTML file to write")
    report.add_argument("--lang", choices=["nl", "en"], default="nl", help="language of the page (default: nl)")
    report.add_argument("--today", type=_day, metavar="YYYY-MM-DD",
                        help="the day request deadlines are counted from (default: today)")  # fmt: skip
    report.set_defaults(func=cmd_report)


def _index_dir(args: argparse.Namespace) -> Path:
    if args.index:
        path = Path(args.index)
    else:
        from afscherm.detectors.config import config_dir
        from afscherm.flows.stores.config import load_stores_config

        directory = Path(args.config) if args.config else config_dir()
        path = load_stores_config(directory / "stores.yaml").index_dir
    if not (path / "objects").is_dir():
        raise CliError(f"{path}: no findings index here (run afscherm scan first)")
    return path


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    from afscherm.detectors.config import config_dir
    from afscherm.discovery.analysis_config import load_analysis_config
    from afscherm.discovery.fingerprint import index_key
    from afscherm.discovery.report import collect, render

    index = _index_dir(args)
    config = load_analysis_config((Path(args.config) if args.config else config_dir()) / "analysis.yaml")
    data = collect(index, config, index_key(), today=args.today)
    page = render(data, args.lang)
    out.write(page)
    total = sum(r["findings"] for r in data.counts)
    print(f"afscherm report: {total:,} findings in {len({r['store'] for r in data.counts})} store(s); "
          f"{len(page.encode()) / 1024:,.0f} kB written to {args.output}", file=sys.stderr)  # fmt: skip
    return 0
