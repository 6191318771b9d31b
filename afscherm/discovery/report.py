"""``afscherm report``: one self-contained HTML page about the findings index, safe to forward.

``collect`` gathers the numbers (all through ``discovery.analysis``, counts through ``type_store_counts``) in
one consistent snapshot of the index; ``render`` turns them into HTML with inline SVG charts drawn here (bars,
heat map, trend lines): no script, style sheet, font or image is loaded from anywhere, and a Content Security
Policy forbids the browser to try. ``write_report`` writes the file atomically.

What the page holds: counts, entity types, store names, scan ids and dates, request ids, kinds and deadlines.
What it never holds: values (the index has none), fingerprints, and object URIs. A URI can carry an identifier
(``s3://dossiers/123456782/paspoort.jpg``, a SQL row's primary key), and discovery must not run detectors to
find out, so every object is shown as a keyed token (``obj-3fa9c1…``, HMAC with the index key: unlike a plain
hash it cannot be reversed by trying all BSNs) plus its file suffix. Whoever holds the index key turns tokens
back into URIs with ``afscherm.discovery.analysis.resolve_tokens`` (the notebook does).
"""

from __future__ import annotations

import html
import math
import os
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from afscherm.detectors.findings import ENTITY_TYPES
from afscherm.discovery import analysis
from afscherm.discovery.analysis_config import ID_COPY, AnalysisConfig
from afscherm.discovery.index import FindingsIndex

LANGS = ("nl", "en")
MAX_HEAT_STORES = 30  # more stores: the smallest are summed into one column
MAX_TREND_SCANS = 120  # the chart shows the latest scans; the table the latest few
MAX_SCAN_ROWS = 15
TREND_LINES = 6  # the largest types get a line each, beside the total
PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"]

# ---------------------------------------------------------------------------------------------------------
# Words

TYPE_NAMES: dict[str, dict[str, tuple[str, str]]] = {  # type -> lang -> (singular, plural)
    "PERSON": {"nl": ("naam", "namen"), "en": ("name", "names")},
    "EMAIL_ADDRESS": {"nl": ("e-mailadres", "e-mailadressen"), "en": ("e-mail address", "e-mail addresses")},
    "PHONE_NUMBER": {"nl": ("telefoonnummer", "telefoonnummers"), "en": ("phone number", "phone numbers")},
    "NL_BSN": {"nl": ("BSN", "BSN's"), "en": ("BSN", "BSNs")},
    "IBAN_CODE": {"nl": ("IBAN", "IBAN's"), "en": ("IBAN", "IBANs")},
    "MRZ": {"nl": ("MRZ", "MRZ's"), "en": ("MRZ", "MRZs")},
    "IMEI": {"nl": ("IMEI", "IMEI's"), "en": ("IMEI", "IMEIs")},
    "NL_ID_DOCUMENT": {"nl": ("documentnummer", "documentnummers"), "en": ("document number", "document numbers")},
    "IP_ADDRESS": {"nl": ("IP-adres", "IP-adressen"), "en": ("IP address", "IP addresses")},
    "CREDIT_CARD": {"nl": ("creditcardnummer", "creditcardnummers"), "en": ("card number", "card numbers")},
    "LOCATION": {"nl": ("adres of plaats", "adressen en plaatsen"), "en": ("address or place", "addresses and places")},
    "DATE_OF_BIRTH": {"nl": ("geboortedatum", "geboortedata"), "en": ("date of birth", "dates of birth")},
    ID_COPY: {"nl": ("ID-kopie", "ID-kopieën"), "en": ("ID copy", "ID copies")},
}
REQUEST_NAMES: dict[str, dict[str, tuple[str, str]]] = {
    "access": {"nl": ("inzageverzoek", "inzageverzoeken"), "en": ("access request", "access requests")},
    "erasure": {"nl": ("verwijderverzoek", "verwijderverzoeken"), "en": ("erasure request", "erasure requests")},
    "rectification": {"nl": ("correctieverzoek", "correctieverzoeken"),
                      "en": ("rectification request", "rectification requests")},
    "restriction": {"nl": ("beperkingsverzoek", "beperkingsverzoeken"),
                    "en": ("restriction request", "restriction requests")},
    "portability": {"nl": ("overdrachtsverzoek", "overdrachtsverzoeken"),
                    "en": ("portability request", "portability requests")},
}  # fmt: skip

TEXT: dict[str, dict[str, str]] = {
    "title": {"nl": "Persoonsgegevens in de opslagen", "en": "Personal data in the stores"},
    "generated": {
        "nl": "Gemaakt op {at} uit de bevindingenindex; stand na scan {scan} ({scan_at}).",
        "en": "Made on {at} from the findings index; state after scan {scan} ({scan_at}).",
    },
    "no_scan": {"nl": "De index bevat nog geen scan.", "en": "The index holds no scan yet."},
    "totals": {
        "nl": "{findings} bevindingen in {objects} van de {scanned} objecten, verdeeld over {stores}.",
        "en": "{findings} findings in {objects} of {scanned} objects, across {stores}.",
    },
    "store_one": {"nl": "{n} opslag", "en": "{n} store"},
    "store_many": {"nl": "{n} opslagen", "en": "{n} stores"},
    "in": {"nl": "in", "en": "in"},
    "and_more": {"nl": "en {n} in {k} andere opslagen", "en": "and {n} in {k} other stores"},
    "and": {"nl": "en", "en": "and"},
    "outside": {
        "nl": "{n} objecten met bijzondere identificatoren staan in een opslag die ze niet mag bevatten.",
        "en": "{n} objects with special identifiers are in a store not allowed to hold them.",
    },
    "outside_one": {
        "nl": "1 object met bijzondere identificatoren staat in een opslag die ze niet mag bevatten.",
        "en": "1 object with special identifiers is in a store not allowed to hold them.",
    },
    "outside_none": {
        "nl": "Geen bijzondere identificatoren buiten de toegestane opslagen.",
        "en": "No special identifiers outside the stores allowed to hold them.",
    },
    "due_soon": {"nl": "{items} verlopen deze week", "en": "{items} due this week"},
    "due_soon_one": {"nl": "{items} verloopt deze week", "en": "{items} due this week"},
    "overdue": {"nl": "{items} over de termijn", "en": "{items} overdue"},
    "no_deadlines": {
        "nl": "Geen open verzoeken met een termijn die deze week verloopt.",
        "en": "No open request is due this week.",
    },
    "open_requests_count": {"nl": "{n} open verzoeken.", "en": "{n} open requests."},
    "sec_overview": {"nl": "Bevindingen per soort en per opslag", "en": "Findings per type and per store"},
    "chart_types": {"nl": "Bevindingen per soort", "en": "Findings per type"},
    "chart_stores": {"nl": "Bevindingen per opslag", "en": "Findings per store"},
    "sec_heat": {"nl": "Soort × opslag", "en": "Type × store"},
    "heat_note": {
        "nl": "Aantal bevindingen; tussen haakjes het aantal objecten.",
        "en": "Number of findings; objects in brackets.",
    },
    "other_stores": {"nl": "overige ({n})", "en": "other ({n})"},
    "sec_trend": {"nl": "Verloop over de scans", "en": "Trend over the scans"},
    "trend_note": {
        "nl": "Bevindingen in de index na elke scan (ongewijzigde objecten tellen mee).",
        "en": "Findings in the index after each scan (unchanged objects still count).",
    },
    "total": {"nl": "totaal", "en": "total"},
    "sec_hot": {"nl": "Hotspots: objecten met de meeste bevindingen", "en": "Hot spots: objects with most findings"},
    "sec_special": {
        "nl": "Bijzondere identificatoren buiten toegestane opslagen",
        "en": "Special identifiers outside allowed stores",
    },
    "special_note": {
        "nl": "Toegestaan volgens configs/analysis.yaml: {rules}.",
        "en": "Allowed by configs/analysis.yaml: {rules}.",
    },
    "nowhere": {"nl": "nergens", "en": "nowhere"},
    "listed_first": {"nl": "De eerste {shown} van {total} objecten.", "en": "The first {shown} of {total} objects."},
    "sec_requests": {"nl": "Open verzoeken van betrokkenen", "en": "Open data-subject requests"},
    "no_requests": {"nl": "Geen open verzoeken.", "en": "No open requests."},
    "sec_scans": {"nl": "Laatste scans", "en": "Latest scans"},
    "sec_method": {"nl": "Over dit rapport", "en": "About this report"},
    "method": {
        "nl": "Dit rapport bevat alleen aantallen, soorten, namen van opslagen en scans en verzoeknummers: geen "
        "gegevens zelf. Objecten staan er als sleutel-token (obj-…, HMAC met de indexsleutel) met hun "
        "bestandsextensie, omdat een pad of sleutel zelf een identificator kan bevatten; wie de indexsleutel "
        "heeft, vindt het object terug met afscherm.discovery.analysis.resolve_tokens.",
        "en": "This report holds only counts, types, store and scan names and request ids: no data itself. "
        "Objects appear as keyed tokens (obj-…, HMAC with the index key) with their file suffix, because a "
        "path or key can itself hold an identifier; whoever holds the index key finds the object again with "
        "afscherm.discovery.analysis.resolve_tokens.",
    },
    "col_store": {"nl": "opslag", "en": "store"},
    "col_object": {"nl": "object", "en": "object"},
    "col_suffix": {"nl": "soort bestand", "en": "file type"},
    "col_findings": {"nl": "bevindingen", "en": "findings"},
    "col_objects": {"nl": "objecten", "en": "objects"},
    "col_types": {"nl": "soorten", "en": "types"},
    "col_breakdown": {"nl": "verdeling", "en": "breakdown"},
    "col_type": {"nl": "soort", "en": "type"},
    "col_id": {"nl": "verzoek", "en": "request"},
    "col_kind": {"nl": "soort verzoek", "en": "kind"},
    "col_received": {"nl": "ontvangen", "en": "received"},
    "col_deadline": {"nl": "uiterlijk", "en": "deadline"},
    "col_days": {"nl": "dagen over", "en": "days left"},
    "col_flag": {"nl": "status", "en": "status"},
    "col_scan": {"nl": "scan", "en": "scan"},
    "col_started": {"nl": "begonnen", "en": "started"},
    "col_scanned": {"nl": "gescand", "en": "scanned"},
    "flag_overdue": {"nl": "te laat", "en": "overdue"},
    "flag_due_soon": {"nl": "verloopt binnen 7 dagen", "en": "due within 7 days"},
    "flag_extended": {"nl": "verlengd", "en": "extended"},
    "kind_deletion": {"nl": "verwijdering", "en": "deletion"},
    "empty": {"nl": "Geen bevindingen.", "en": "No findings."},
}


def t(key: str, lang: str, **values: Any) -> str:  # noqa: ANN401
    return TEXT[key][lang].format(**values)


def number(n: int | float, lang: str) -> str:
    text = f"{int(n):,}"
    return text.replace(",", ".") if lang == "nl" else text


def type_name(entity_type: str, n: int, lang: str) -> str:
    names = TYPE_NAMES.get(entity_type, {}).get(lang)
    if names is None:
        return entity_type
    return names[0] if n == 1 else names[1]


def request_name(kind: str, n: int, lang: str) -> str:
    names = REQUEST_NAMES.get(kind, {}).get(lang, (kind, kind))
    return names[0] if n == 1 else names[1]


def join_words(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {t('and', lang)} {items[-1]}"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def suffix_of(uri: str) -> str:
    """The file suffix (``.pdf``), when the last path segment has a short alphanumeric one; else ``""``."""
    last = uri.rstrip("/").rsplit("/", 1)[-1]
    match = re.search(r"\.([A-Za-z0-9]{1,8})$", last)
    return f".{match.group(1).lower()}" if match else ""


def when(moment: Any, with_time: bool = True) -> str:  # noqa: ANN401 - datetime or pandas Timestamp
    if moment is None or (isinstance(moment, float) and math.isnan(moment)) or moment is pd.NaT:
        return ""
    stamp = pd.Timestamp(moment)
    stamp = stamp.tz_localize(UTC) if stamp.tzinfo is None else stamp.tz_convert(UTC)
    return stamp.strftime("%Y-%m-%d %H:%M UTC" if with_time else "%Y-%m-%d")


# ---------------------------------------------------------------------------------------------------------
# Collect


@dataclass
class ReportData:
    """Everything the page shows; no URI, fingerprint or value (objects are tokens)."""

    generated_at: datetime
    counts: list[dict[str, Any]]  # analysis.type_store_counts of the current findings
    objects_live: int  # objects in the index now (latest row not deleted)
    objects_with_findings: int
    scans: pd.DataFrame
    trend: pd.DataFrame
    hot: pd.DataFrame  # store, token, suffix, findings, types, breakdown
    special: pd.DataFrame  # store, token, suffix, entity_type, findings (the first max_listed_objects rows)
    special_counts: pd.DataFrame  # entity_type, store, objects, findings (complete)
    special_objects: int  # distinct objects outside their allowed stores (complete)
    requests: pd.DataFrame
    config: AnalysisConfig
    today: date = field(default_factory=lambda: datetime.now(UTC).date())


def _tokens(frame: pd.DataFrame, key: bytes) -> pd.DataFrame:
    """``object_uri`` replaced by its keyed token and file suffix (see the module docstring)."""
    uris = frame["object_uri"].astype(str)
    out = frame.drop(columns="object_uri")
    out.insert(1, "token", [analysis.object_token(u, key) for u in uris])
    out.insert(2, "suffix", [suffix_of(u) for u in uris])
    return out


def collect(
    index: FindingsIndex | str | os.PathLike[str],
    config: AnalysisConfig,
    key: bytes,
    *,
    today: date | None = None,
    now: datetime | None = None,
) -> ReportData:
    """The report's numbers from one consistent snapshot of ``index`` (DuckDB aggregates, nothing loaded whole)."""

    def work(view: analysis.IndexView) -> dict[str, Any]:
        versions = analysis._versions(view, None)  # count summaries + the few objects with several versions
        current = versions.current()
        latest = versions.latest_objects()
        live = (versions.live_objects(), current.relation.aggregate("count(*)").fetchall()[0][0])
        runs = analysis._scans(view)
        return {
            "counts": analysis.type_store_counts(current),
            "live": live,
            "hot": analysis.top_objects(current, config.hot_spots),
            "special": analysis.special_outside_counts(current, config, latest, limit=config.max_listed_objects),
            "scans": runs,
            "trend": analysis._trend(view, versions, runs),
        }  # fmt: skip

    got = analysis.read_view(index, work)
    index_dir = index.path if isinstance(index, FindingsIndex) else Path(index)
    live, with_findings = got["live"] if got["live"] else (0, 0)
    return ReportData(
        generated_at=now or datetime.now(UTC), counts=got["counts"], objects_live=int(live or 0),
        objects_with_findings=int(with_findings or 0), scans=got["scans"], trend=got["trend"],
        hot=_tokens(got["hot"], key), special=_tokens(got["special"][2], key),
        special_counts=got["special"][0], special_objects=got["special"][1],
        requests=analysis.open_requests(index_dir, today), config=config, today=today or datetime.now(UTC).date(),
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# Summary


def _per_store_phrase(entity_type: str, per_store: list[tuple[str, int]], lang: str) -> str:
    """ "12 BSN's in chatlogs, 3 in foutmeldingen en 2 in 4 andere opslagen" (largest stores first)."""
    per_store = sorted(per_store, key=lambda p: (-p[1], p[0]))
    shown, rest = per_store[:3], per_store[3:]
    parts = [
        f"{number(n, lang)}{' ' + type_name(entity_type, n, lang) if i == 0 else ''} {t('in', lang)} {store}"
        for i, (store, n) in enumerate(shown)
    ]
    if not rest:
        return join_words(parts, lang)
    return f"{', '.join(parts)} {t('and_more', lang, n=number(sum(n for _, n in rest), lang), k=len(rest))}"


def summary_sentences(data: ReportData, lang: str) -> list[str]:
    """The short summary at the top, one sentence per line."""
    out = []
    total = sum(r["findings"] for r in data.counts)
    stores = sorted({r["store"] for r in data.counts})
    store_word = t("store_one" if len(stores) == 1 else "store_many", lang, n=number(len(stores), lang))
    out.append(t("totals", lang, findings=number(total, lang), objects=number(data.objects_with_findings, lang),
                 scanned=number(data.objects_live, lang), stores=store_word))  # fmt: skip
    phrases = []
    for kind in [k for k in ENTITY_TYPES if k in data.config.special_identifiers]:
        per_store = [(r["store"], r["findings"]) for r in data.counts if r["entity_type"] == kind and r["findings"]]
        if per_store:
            phrases.append(_per_store_phrase(kind, per_store, lang))
    if phrases:
        out.append(capitalised("; ".join(phrases)) + ".")
    outside = data.special_objects
    out.append(
        t("outside_none", lang)
        if outside == 0
        else t("outside_one", lang)
        if outside == 1
        else t("outside", lang, n=number(outside, lang))
    )
    out.append(_requests_sentence(data.requests, lang))
    return out


def _requests_sentence(requests: pd.DataFrame, lang: str) -> str:
    parts = []
    for flag, key in (("due_soon", "due_soon"), ("overdue", "overdue")):
        subset = requests[requests["flag"] == flag]
        if subset.empty:
            continue
        counts = subset.groupby("kind").size().sort_values(ascending=False)
        items = join_words([f"{number(n, lang)} {request_name(k, n, lang)}" for k, n in counts.items()], lang)
        one = len(subset) == 1 and lang == "nl" and flag == "due_soon"
        parts.append(t("due_soon_one" if one else key, lang, items=items))
    if not parts:
        base = t("no_deadlines", lang)
        return base if requests.empty else f"{base} {t('open_requests_count', lang, n=number(len(requests), lang))}"
    return capitalised("; ".join(parts)) + "."


# ---------------------------------------------------------------------------------------------------------
# SVG charts (drawn here: no library, no network)


def _e(text: Any) -> str:  # noqa: ANN401
    return html.escape(str(text), quote=True)


def _svg(chart_id: str, width: int, height: int, body: list[str], title: str) -> str:
    return (f'<svg class="chart" id="{_e(chart_id)}" role="img" aria-label="{_e(title)}" width="{width}" '
            f'height="{height}" viewBox="0 0 {width} {height}"><title>{_e(title)}</title>'
            f'{"".join(body)}</svg>')  # fmt: skip


def bar_chart(chart_id: str, items: list[tuple[str, int]], title: str, lang: str, width: int = 560,
              color: str = PALETTE[0]) -> str:  # fmt: skip
    """Horizontal bars, largest first, each labelled with its count."""
    label_w, row_h, top = 170, 24, 8
    items = sorted(items, key=lambda p: -p[1])
    height = top * 2 + row_h * max(len(items), 1)
    peak = max((n for _, n in items), default=0) or 1
    span = width - label_w - 70
    body = []
    for i, (label, n) in enumerate(items):
        y = top + i * row_h
        w = max(1.0, span * n / peak) if n else 0.0
        body.append(f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end" class="lbl">{_e(label)}</text>')
        body.append(f'<rect class="mark" x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" '
                    f'fill="{color}"><title>{_e(label)}: {number(n, lang)}</title></rect>')  # fmt: skip
        body.append(f'<text x="{label_w + w + 6:.1f}" y="{y + 16}" class="val">{number(n, lang)}</text>')
    return _svg(chart_id, width, height, body, title)


def _heat_color(n: int, peak: int) -> str:
    """White → dark red on a log scale (counts span orders of magnitude)."""
    if n <= 0:
        return "#f4f4f4"
    share = math.log1p(n) / math.log1p(max(peak, 1))
    light = (255, 236, 224)
    dark = (165, 15, 21)
    r, g, b = (round(lo + (hi - lo) * share) for lo, hi in zip(light, dark, strict=True))
    return f"#{r:02x}{g:02x}{b:02x}"


def heat_map(chart_id: str, counts: list[dict[str, Any]], title: str, lang: str) -> str:
    """Entity types (rows) × stores (columns); cell: findings (objects), colour on a log scale."""
    per_store: dict[str, int] = {}
    for r in counts:
        per_store[r["store"]] = per_store.get(r["store"], 0) + r["findings"]
    stores = sorted(per_store, key=lambda s: (-per_store[s], s))
    shown, rest = stores[:MAX_HEAT_STORES], stores[MAX_HEAT_STORES:]
    other = t("other_stores", lang, n=len(rest)) if rest else None
    cells: dict[tuple[str, str], list[int]] = {}
    for r in counts:
        column = r["store"] if r["store"] in shown else other
        cell = cells.setdefault((r["entity_type"], column), [0, 0])
        cell[0] += r["findings"]
        cell[1] += r["objects"]
    columns = shown + ([other] if other else [])
    types = sorted({r["entity_type"] for r in counts}, key=analysis._type_key)
    label_w, top, cell_w, cell_h = 170, 110, 120, 30
    # the last column's slanted label reaches past its cell: room on the right for it
    width, height = label_w + cell_w * max(len(columns), 1) + 90, top + cell_h * max(len(types), 1) + 10
    peak = max((c[0] for c in cells.values()), default=1)
    body = []
    for j, store in enumerate(columns):
        x = label_w + j * cell_w + cell_w / 2
        body.append(f'<text x="{x:.0f}" y="{top - 8}" transform="rotate(-35 {x:.0f} {top - 8})" class="lbl">'
                    f'{_e(store)}</text>')  # fmt: skip
    for i, entity_type in enumerate(types):
        y = top + i * cell_h
        body.append(f'<text x="{label_w - 8}" y="{y + 20}" text-anchor="end" class="lbl">{_e(entity_type)}</text>')
        for j, store in enumerate(columns):
            n, objects = cells.get((entity_type, store), [0, 0])
            fill = _heat_color(n, peak)
            x = label_w + j * cell_w
            ink = "#ffffff" if n and math.log1p(n) / math.log1p(max(peak, 1)) > 0.55 else "#222222"
            body.append(f'<rect class="mark" x="{x + 1}" y="{y + 1}" width="{cell_w - 2}" height="{cell_h - 2}" '
                        f'fill="{fill}"><title>{_e(entity_type)} · {_e(store)}: {number(n, lang)} '
                        f'({number(objects, lang)})</title></rect>')  # fmt: skip
            if n:
                body.append(f'<text x="{x + cell_w / 2:.0f}" y="{y + 19}" text-anchor="middle" class="cell" '
                            f'fill="{ink}">{number(n, lang)} ({number(objects, lang)})</text>')  # fmt: skip
    return _svg(chart_id, width, height, body, title)


def line_chart(chart_id: str, labels: list[str], series: list[tuple[str, list[int], str]], title: str,
               lang: str, width: int = 1100, height: int = 340) -> str:  # fmt: skip
    """One line per series over the x labels (scans); points marked, y axis from 0 with 4 grid lines."""
    left, right, top, bottom = 80, 190, 16, 56
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max((max(values) for _, values, _ in series if values), default=0) or 1
    n = len(labels)

    def x_at(i: int) -> float:
        return left + (plot_w * i / (n - 1) if n > 1 else plot_w / 2)

    def y_at(v: float) -> float:
        return top + plot_h - plot_h * v / peak

    body = []
    for k in range(5):
        v = peak * k / 4
        y = y_at(v)
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" class="grid"/>')
        body.append(f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end" class="val">{number(v, lang)}</text>')
    step = max(1, math.ceil(n / 8))
    for i, label in enumerate(labels):
        if i % step == 0 or i == n - 1:
            body.append(f'<text x="{x_at(i):.1f}" y="{top + plot_h + 18}" text-anchor="middle" class="val">'
                        f'{_e(label)}</text>')  # fmt: skip
    for s, (name, values, color) in enumerate(series):
        points = " ".join(f"{x_at(i):.1f},{y_at(v):.1f}" for i, v in enumerate(values))
        wide = 3.5 if s == 0 else 2
        if n > 1:
            body.append(f'<polyline class="mark" points="{points}" fill="none" stroke="{color}" '
                        f'stroke-width="{wide}"/>')  # fmt: skip
        for i, v in enumerate(values):
            body.append(f'<circle class="mark" cx="{x_at(i):.1f}" cy="{y_at(v):.1f}" r="{wide + 1}" fill="{color}">'
                        f'<title>{_e(name)} · {_e(labels[i])}: {number(v, lang)}</title></circle>')  # fmt: skip
        ly = top + 14 + s * 20
        body.append(f'<rect x="{left + plot_w + 16}" y="{ly - 9}" width="14" height="10" fill="{color}"/>')
        body.append(f'<text x="{left + plot_w + 36}" y="{ly}" class="lbl">{_e(name)}</text>')
    return _svg(chart_id, width, height, body, title)


# ---------------------------------------------------------------------------------------------------------
# Tables


def table(columns: list[tuple[str, str]], rows: list[list[Any]], table_id: str) -> str:
    """``columns``: (heading, "num" | "text"). A "num" cell is (sort value, display text), right-aligned and
    sorted by value; a "text" cell is its text, or (text, extra CSS class)."""
    head = "".join(f'<th class="{kind}" data-kind="{kind}">{_e(name)}</th>' for name, kind in columns)
    body = []
    for row in rows:
        cells = []
        for (_, kind), value in zip(columns, row, strict=True):
            if kind == "num":
                cells.append(f'<td class="num" data-value="{_e(value[0])}">{_e(value[1])}</td>')
            elif isinstance(value, tuple):
                cells.append(f'<td class="text {_e(value[1])}">{_e(value[0])}</td>')
            else:
                cells.append(f'<td class="text">{_e(value)}</td>')
        body.append(f"<tr>{''.join(cells)}</tr>")
    return f'<table id="{_e(table_id)}" class="sortable"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}' \
           f"</tbody></table>"  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# Page

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1d1d1f;margin:0;
background:#fff}main{max-width:1180px;margin:0 auto;padding:24px 32px 48px}h1{font-size:26px;margin:0 0 4px}
h2{font-size:19px;margin:36px 0 10px;border-bottom:1px solid #ddd;padding-bottom:4px}.meta{color:#666;font-size:13px}
.summary{background:#fff6ef;border-left:5px solid #a50f15;padding:12px 18px;margin:18px 0;font-size:17px}
.summary p{margin:4px 0}.row{display:flex;gap:24px;flex-wrap:wrap}.row>figure{flex:1 1 520px;margin:0}
figure{margin:0}figcaption{font-weight:600;margin:6px 0}.note{color:#555;font-size:13px;margin:4px 0 8px}
svg.chart{display:block;max-width:100%;height:auto}svg .lbl{font-size:12px;fill:#222}svg .val{font-size:11px;
fill:#444}svg .cell{font-size:11px}svg .grid{stroke:#e3e3e3}table{border-collapse:collapse;width:100%;font-size:13px;
margin:6px 0}th,td{padding:5px 8px;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
th{background:#fafafa;cursor:pointer;user-select:none}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.flag-overdue{color:#a50f15;font-weight:600}.flag-due_soon{color:#b35900;font-weight:600}code{font-size:12px}
@media print{th{cursor:auto}.summary{break-inside:avoid}}
"""

# First in <head>: collects any script error into the page itself, so a headless browser's DOM dump shows it.
_ERROR_HOOK = """
window.__errors=[];window.addEventListener('error',function(e){window.__errors.push(String(e.message||e.type));
var d=document.getElementById('diagnostics');if(d){d.setAttribute('data-errors',JSON.stringify(window.__errors));}},
true);
"""

# Last in <body>: sortable tables, then the layout of every chart (for the browser test's pixel checks).
_SCRIPT = """
(function(){
function cellValue(td){var v=td.getAttribute('data-value');return v!==null?parseFloat(v):td.textContent;}
document.querySelectorAll('table.sortable').forEach(function(tab){
  tab.querySelectorAll('th').forEach(function(th,col){
    th.addEventListener('click',function(){
      var body=tab.tBodies[0],rows=Array.prototype.slice.call(body.rows),down=th.getAttribute('data-order')!=='desc';
      rows.sort(function(a,b){var x=cellValue(a.cells[col]),y=cellValue(b.cells[col]);
        var c=(typeof x==='number'&&typeof y==='number')?x-y:String(x).localeCompare(String(y));return down?-c:c;});
      rows.forEach(function(r){body.appendChild(r);});th.setAttribute('data-order',down?'desc':'asc');
    });
  });
});
var charts=[];
document.querySelectorAll('svg.chart').forEach(function(svg){
  var r=svg.getBoundingClientRect();
  charts.push({id:svg.id,x:Math.round(r.left+window.scrollX),y:Math.round(r.top+window.scrollY),
    w:Math.round(r.width),h:Math.round(r.height),marks:svg.querySelectorAll('.mark').length});
});
var d=document.getElementById('diagnostics');
d.setAttribute('data-charts',JSON.stringify(charts));
d.setAttribute('data-errors',JSON.stringify(window.__errors));
d.setAttribute('data-ready','1');
})();
"""

_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def _rules_text(config: AnalysisConfig, lang: str) -> str:
    parts = []
    for kind, stores in config.special_identifiers.items():
        parts.append(f"{kind} → {', '.join(stores) if stores else t('nowhere', lang)}")
    return "; ".join(parts)


def render(data: ReportData, lang: str = "nl") -> str:
    """The whole page as one HTML string."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}")
    scans = data.scans
    real = scans[scans["kind"] == "scan"] if not scans.empty else scans
    if real.empty:
        generated = t("no_scan", lang)
    else:
        last = real.iloc[-1]
        generated = t(
            "generated", lang, at=when(data.generated_at), scan=last["scan_id"], scan_at=when(last["finished"])
        )
    parts = [
        "<!DOCTYPE html>", f'<html lang="{lang}"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(t('title', lang))}</title><script>{_ERROR_HOOK}</script><style>{_CSS}</style></head><body><main>",
        f"<h1>{_e(t('title', lang))}</h1><p class=\"meta\">{_e(generated)}</p>",
        '<section class="summary" id="summary">',
        *(f"<p>{_e(s)}</p>" for s in summary_sentences(data, lang)), "</section>",
    ]  # fmt: skip
    parts += _overview(data, lang)
    parts += _trend_section(data, lang)
    parts += _hot_section(data, lang)
    parts += _special_section(data, lang)
    parts += _requests_section(data, lang)
    parts += _scans_section(data, lang)
    parts += [f"<h2>{_e(t('sec_method', lang))}</h2><p class=\"note\">{_e(t('method', lang))}</p>",
              '<pre id="diagnostics" hidden data-ready="0" data-errors="[]" data-charts="[]"></pre>',
              f"</main><script>{_SCRIPT}</script></body></html>"]  # fmt: skip
    return "\n".join(parts) + "\n"


def _overview(data: ReportData, lang: str) -> list[str]:
    out = [f"<h2>{_e(t('sec_overview', lang))}</h2>"]
    if not data.counts:
        return [*out, f"<p>{_e(t('empty', lang))}</p>"]
    per_type: dict[str, int] = {}
    per_store: dict[str, int] = {}
    for r in data.counts:
        per_type[r["entity_type"]] = per_type.get(r["entity_type"], 0) + r["findings"]
        per_store[r["store"]] = per_store.get(r["store"], 0) + r["findings"]
    stores = sorted(per_store.items(), key=lambda p: -p[1])
    if len(stores) > MAX_HEAT_STORES:
        rest = stores[MAX_HEAT_STORES:]
        stores = [*stores[:MAX_HEAT_STORES], (t("other_stores", lang, n=len(rest)), sum(n for _, n in rest))]
    out += [
        '<div class="row">',
        f"<figure><figcaption>{_e(t('chart_types', lang))}</figcaption>"
        f"{bar_chart('chart-types', list(per_type.items()), t('chart_types', lang), lang)}</figure>",
        f"<figure><figcaption>{_e(t('chart_stores', lang))}</figcaption>"
        f"{bar_chart('chart-stores', stores, t('chart_stores', lang), lang, color=PALETTE[2])}</figure>",
        "</div>",
        f"<h2>{_e(t('sec_heat', lang))}</h2><p class=\"note\">{_e(t('heat_note', lang))}</p>",
        f"<figure>{heat_map('chart-heat', data.counts, t('sec_heat', lang), lang)}</figure>",
    ]  # fmt: skip
    return out


def _trend_section(data: ReportData, lang: str) -> list[str]:
    out = [f'<h2>{_e(t("sec_trend", lang))}</h2><p class="note">{_e(t("trend_note", lang))}</p>']
    tr = data.trend
    if tr.empty:
        return [*out, f"<p>{_e(t('empty', lang))}</p>"]
    ranks = sorted(set(tr["rank"]))[-MAX_TREND_SCANS:]
    tr = tr[tr["rank"].isin(ranks)]
    wide = tr.pivot_table(index="rank", columns="entity_type", values="current", aggfunc="sum", fill_value=0)
    wide = wide.reindex(ranks, fill_value=0)
    starts = tr.drop_duplicates("rank").set_index("rank")["started"].reindex(ranks)
    labels = [when(s, with_time=False) for s in starts]
    if len(set(labels)) < len(labels):  # several scans a day: the time tells them apart
        labels = [when(s)[5:16] for s in starts]
    if len(set(labels)) < len(labels):  # several a minute (tests, re-runs): their numbers
        labels = [f"#{rank}" for rank in ranks]
    largest = wide.iloc[-1].sort_values(ascending=False).index[:TREND_LINES]
    series = [(t("total", lang), [int(v) for v in wide.sum(axis=1)], "#222222")]
    series += [(str(c), [int(v) for v in wide[c]], PALETTE[i % len(PALETTE)]) for i, c in enumerate(largest)]
    return [*out, f"<figure>{line_chart('chart-trend', labels, series, t('sec_trend', lang), lang)}</figure>"]


def _hot_section(data: ReportData, lang: str) -> list[str]:
    out = [f"<h2>{_e(t('sec_hot', lang))}</h2>"]
    if data.hot.empty:
        return [*out, f"<p>{_e(t('empty', lang))}</p>"]
    columns = [
        (t("col_store", lang), "text"),
        (t("col_object", lang), "text"),
        (t("col_suffix", lang), "text"),
        (t("col_findings", lang), "num"),
        (t("col_types", lang), "num"),
        (t("col_breakdown", lang), "text"),
    ]
    rows = [[r.store, r.token, r.suffix, (r.findings, number(r.findings, lang)), (r.types, number(r.types, lang)),
             ", ".join(f"{k} {number(n, lang)}" for k, n in r.breakdown)] for r in data.hot.itertuples()]  # fmt: skip
    return [*out, table(columns, rows, "table-hot")]


def _special_section(data: ReportData, lang: str) -> list[str]:
    out = [f"<h2>{_e(t('sec_special', lang))}</h2>",
           f"<p class=\"note\">{_e(t('special_note', lang, rules=_rules_text(data.config, lang)))}</p>"]  # fmt: skip
    if data.special_counts.empty:
        return [*out, f"<p>{_e(t('outside_none', lang))}</p>"]
    columns = [
        (t("col_type", lang), "text"),
        (t("col_store", lang), "text"),
        (t("col_objects", lang), "num"),
        (t("col_findings", lang), "num"),
    ]
    rows = [[r.entity_type, r.store, (r.objects, number(r.objects, lang)), (r.findings, number(r.findings, lang))]
            for r in data.special_counts.itertuples()]  # fmt: skip
    out.append(table(columns, rows, "table-special-counts"))
    listed, total = data.special, int(data.special_counts["objects"].sum())
    if len(listed) < total:
        note = t("listed_first", lang, shown=number(len(listed), lang), total=number(total, lang))
        out.append(f'<p class="note">{_e(note)}</p>')
    columns = [
        (t("col_store", lang), "text"),
        (t("col_object", lang), "text"),
        (t("col_suffix", lang), "text"),
        (t("col_type", lang), "text"),
        (t("col_findings", lang), "num"),
    ]
    rows = [[r.store, r.token, r.suffix, r.entity_type, (r.findings, number(r.findings, lang))]
            for r in listed.itertuples()]  # fmt: skip
    return [*out, table(columns, rows, "table-special")]


def _requests_section(data: ReportData, lang: str) -> list[str]:
    out = [f"<h2>{_e(t('sec_requests', lang))}</h2>"]
    if data.requests.empty:
        return [*out, f"<p>{_e(t('no_requests', lang))}</p>"]
    columns = [
        (t("col_id", lang), "text"),
        (t("col_kind", lang), "text"),
        (t("col_received", lang), "text"),
        (t("col_deadline", lang), "text"),
        (t("col_days", lang), "num"),
        (t("col_flag", lang), "text"),
    ]
    rows = []
    for r in data.requests.itertuples():
        flag = t(f"flag_{r.flag}", lang) if r.flag else ""
        if r.extended:
            flag = f"{flag}, {t('flag_extended', lang)}" if flag else t("flag_extended", lang)
        rows.append([r.id, request_name(r.kind, 1, lang), r.received.isoformat(), r.deadline.isoformat(),
                     (r.days_left, number(r.days_left, lang)), (flag, f"flag-{r.flag}" if r.flag else "")])  # fmt: skip
    return [*out, table(columns, rows, "table-requests")]


def _scans_section(data: ReportData, lang: str) -> list[str]:
    out = [f"<h2>{_e(t('sec_scans', lang))}</h2>"]
    if data.scans.empty:
        return [*out, f"<p>{_e(t('no_scan', lang))}</p>"]
    columns = [
        (t("col_scan", lang), "text"),
        (t("col_started", lang), "text"),
        (t("col_store", lang), "text"),
        (t("col_scanned", lang), "num"),
        (t("col_findings", lang), "num"),
    ]
    rows = []
    for r in data.scans.tail(MAX_SCAN_ROWS).iloc[::-1].itertuples():
        name = r.scan_id if r.kind == "scan" else f"{r.scan_id} ({t('kind_deletion', lang)})"
        rows.append([name, when(r.started), r.stores, (int(r.objects), number(r.objects, lang)),
                     (int(r.findings), number(r.findings, lang))])  # fmt: skip
    return [*out, table(columns, rows, "table-scans")]


def write_report(path: str | os.PathLike[str], page: str) -> None:
    """``page`` to ``path``, whole or not at all (part file beside it, fsync, rename)."""
    from afscherm.redactors.atomic import atomic_text

    with atomic_text(Path(path)) as out:
        out.write(page)
