"""Person and place detection: afscherm's shipped NER pipeline, the full analyzer, and deduce side by side.

    OMP_NUM_THREADS=1 .venv/bin/python bench/eval_ner.py [--model PATH] [--gold bench/gold/detect_gold.jsonl]
        [--heldout bench/gold/heldout_gold.jsonl] [--ungated]
        [--no-deduce] [--deduce-cache build/deduce-cache] [--json out.json]

Scores (exact character spans, per type) on CoNLL-2002 ``ned.testa`` (PER -> PERSON, LOC -> LOCATION;
one text per newspaper document so document-level consistency can work), on the Dutch
support-style gold set (the post-processing rules were tuned against its errors, so its numbers are
optimistic) and on a held-out support-style gold set from a seed never used for tuning, for:

- ``model``: the shipped spaCy pipeline alone (PER -> PERSON, LOC -> LOCATION);
- ``model+names``: plus ``PersonNameRecognizer``;
- ``full``: plus the ``propagate_names`` consistency pass (what the analyzer runs);
- ``analyzer``: ``detectors.Analyzer`` with all of ``configs/``'s recognisers and this model (plus the name
  recogniser and consistency pass if ``configs/recognizers.yaml`` does not list them yet);
- ``analyzer-ungated`` (with ``--ungated``): the same, the NER model reading every line (no
  ``detectors.ner_gate``);
- ``deduce``: the Dutch de-identification package (dev/bench only), its person and location tags.

Also reported: the share of PERSON characters covered by any finding of the system, ID-card field
labels reported as names (gold ``negatives``), and throughput in words/s on one core.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import spacy  # noqa: E402

from afscherm.detectors.findings import Finding  # noqa: E402
from afscherm.detectors.name_consistency import propagate_names  # noqa: E402
from afscherm.detectors.person_name import PersonNameRecognizer  # noqa: E402
from training.ner.evaluate import GoldDoc, char_coverage, conll_gold, score_spans  # noqa: E402

MODEL = REPO / "afscherm" / "detectors" / "models" / "nl_afscherm"
CONLL_DEV = REPO.parent / "shared" / "data" / "conll2002" / "ned.testa"
GOLD = REPO / "bench" / "gold" / "detect_gold.jsonl"
# Same kinds of documents from a seed no rule was tuned on (python -m synthetic --heldout-gold).
HELDOUT = REPO / "bench" / "gold" / "heldout_gold.jsonl"
LABELS = ("PERSON", "LOCATION")
NER_MAP = {"PER": "PERSON", "LOC": "LOCATION"}
NER_SCORE = 0.85

System = Callable[[list[str]], list[list[Finding]]]


def ner_findings(doc: spacy.tokens.Doc) -> list[Finding]:
    return [
        Finding(e.start_char, e.end_char, NER_MAP[e.label_], NER_SCORE, "SpacyNer")
        for e in doc.ents
        if e.label_ in NER_MAP
    ]


def drop_overlaps(findings: list[Finding]) -> list[Finding]:
    """The analyzer's overlap rule (detectors.overlap.resolve_overlaps) for these two types."""
    from afscherm.detectors.overlap import resolve_overlaps

    return resolve_overlaps(findings)


def make_systems(nlp: spacy.language.Language) -> dict[str, System]:
    names = PersonNameRecognizer()

    def model(texts: list[str]) -> list[list[Finding]]:
        return [ner_findings(d) for d in nlp.pipe(texts, batch_size=32)]

    def model_names(texts: list[str]) -> list[list[Finding]]:
        out = []
        for text, doc in zip(texts, nlp.pipe(texts, batch_size=32), strict=True):
            out.append(drop_overlaps(ner_findings(doc) + names.find(text, doc)))
        return out

    def full(texts: list[str]) -> list[list[Finding]]:
        out = []
        for text, doc in zip(texts, nlp.pipe(texts, batch_size=32), strict=True):
            found = ner_findings(doc) + names.find(text, doc)
            out.append(drop_overlaps(propagate_names(text, doc, found)))
        return out

    return {"model": model, "model+names": model_names, "full": full}


def analyzer_system(model: Path, workdir: Path, ner_gate: bool = True) -> System:
    """``detectors.analyze`` with every recogniser of ``configs/``, this model, and — until the lead has
    registered them — the name recogniser and consistency pass added to a copy of the config."""
    import yaml

    from afscherm.detectors.analyzer import Analyzer

    workdir.mkdir(parents=True, exist_ok=True)
    nlp_cfg = yaml.safe_load((REPO / "afscherm" / "configs" / "nlp.yaml").read_text(encoding="utf-8"))
    for m in nlp_cfg["models"]:
        m["model_name"] = str(model.resolve())
    rec_cfg = yaml.safe_load((REPO / "afscherm" / "configs" / "recognizers.yaml").read_text(encoding="utf-8"))
    if "afscherm.detectors.person_name.PersonNameRecognizer" not in rec_cfg["recognizers"]:
        rec_cfg["recognizers"].append("afscherm.detectors.person_name.PersonNameRecognizer")
    if "afscherm.detectors.name_consistency.propagate_names" not in (rec_cfg.get("postprocessors") or []):
        rec_cfg["postprocessors"] = [
            *(rec_cfg.get("postprocessors") or []),
            "afscherm.detectors.name_consistency.propagate_names",
        ]
    (workdir / "nlp.yaml").write_text(yaml.safe_dump(nlp_cfg), encoding="utf-8")
    (workdir / "recognizers.yaml").write_text(yaml.safe_dump(rec_cfg), encoding="utf-8")
    analyzer = Analyzer.from_config(workdir, ner_gate=ner_gate)
    return lambda texts: [[f for f in fs if f.entity_type in LABELS] for fs in analyzer.analyze(texts)]


def deduce_system(cache: Path) -> System:
    """deduce's person and location annotations as findings (its other tags are not scored here)."""
    from deduce_peer import load_deduce

    deduce = load_deduce(cache)

    def kind(tag: str) -> str | None:
        if "persoon" in tag or "patient" in tag:
            return "PERSON"
        if "locatie" in tag:
            return "LOCATION"
        return None

    def run(texts: list[str]) -> list[list[Finding]]:
        out = []
        for text in texts:
            doc = deduce.deidentify(text)
            out.append(
                [
                    Finding(a.start_char, a.end_char, k, 1.0, "deduce")
                    for a in doc.annotations
                    if (k := kind(a.tag)) is not None
                ]
            )
        return out

    return run


# LOCATION spans of these subtypes are street addresses and postcodes: other recognisers' work, not NER's.
NOT_NER_LOCATION = {"address", "postcode"}
# PERSON spans of these subtypes sit inside an MRZ, which the MRZ recogniser decodes.
MRZ_PERSON = {"mrz"}


class Gold(GoldDoc):
    """A gold text plus the spans left to other recognisers and the negatives (must not be PERSON)."""

    def __init__(self, text: str, spans: list, others: list, negatives: list, mrz: list, kind: str) -> None:
        super().__init__(text, spans)
        self.kind = kind
        self.others = others
        self.negatives = negatives
        self.mrz = mrz
        self.mrz_zone = [(s, e) for s, e, t in others if t == "MRZ"]


def load_gold(path: Path) -> list[Gold]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        scored, others, mrz = [], [], []
        for s in rec.get("spans", []):
            span = (s["start"], s["end"], s["entity_type"])
            if (
                s["entity_type"] == "LOCATION"
                and s.get("subtype") in NOT_NER_LOCATION
                or s["entity_type"] not in LABELS
            ):
                others.append(span)
            else:
                scored.append(span)
                if s["entity_type"] == "PERSON" and s.get("subtype") in MRZ_PERSON:
                    mrz.append(span)
        negatives = [(n["start"], n["end"]) for n in rec.get("negatives", []) if isinstance(n, dict)]
        out.append(Gold(rec["text"], scored, others, negatives, mrz, rec.get("kind", "")))
    return out


def without_others(gold: Gold, found: list[Finding]) -> list[Finding]:
    """Predictions inside a gold span of another detector's type (an e-mail, an address) are left out:
    the analyzer's overlap resolution drops them in favour of the more specific finding."""
    return [
        f
        for f in found
        if (f.start, f.end, f.entity_type) in gold.spans
        or not any(s < f.end and f.start < e for s, e, _ in gold.others)
    ]


def evaluate(system: System, gold: list[GoldDoc]) -> dict:
    texts = [d.text for d in gold]
    # CPU time of this process: the machine is shared, so wall-clock speed would measure the neighbours.
    started = time.process_time()
    found = system(texts)
    seconds = time.process_time() - started
    support = all(isinstance(d, Gold) for d in gold)
    if support:
        found = [without_others(d, fs) for d, fs in zip(gold, found, strict=True)]
    words = sum(len(t.split()) for t in texts)
    pred = [[(f.start, f.end, f.entity_type) for f in fs] for fs in found]
    result = score_spans([d.spans for d in gold], pred, LABELS)
    result["person_char_coverage"] = char_coverage(
        [d.spans for d in gold], [[s[:2] for s in p] for p in pred], "PERSON"
    )
    result["words_per_s"] = round(words / seconds)
    if support:
        result["negatives_reported_as_person"] = sum(
            1
            for d, fs in zip(gold, found, strict=True)
            for s, e in d.negatives
            if any(f.entity_type == "PERSON" and f.start < e and s < f.end for f in fs)
        )
        # ID-card copies: every PERSON finding that is not a gold name is a field label or card text.
        result["id_card_text_reported_as_person"] = sorted(
            d.text[f.start : f.end]
            for d, fs in zip(gold, found, strict=True)
            if d.kind == "id_copy"
            for f in fs
            if f.entity_type == "PERSON"
            and (f.start, f.end, "PERSON") not in d.spans
            and not any(s <= f.start and f.end <= e for s, e in d.mrz_zone)
        )
        no_mrz = [[s for s in d.spans if s not in d.mrz] for d in gold]
        result["PERSON_excluding_mrz"] = score_spans(no_mrz, pred, LABELS)["PERSON"]
    return result


def table(name: str, results: dict[str, dict]) -> str:
    rows = [
        f"### {name}",
        "",
        "| system | PERSON P | PERSON R | PERSON F | LOCATION P | LOCATION R | LOCATION F "
        "| PER chars covered | words/CPU-s |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for system, r in results.items():
        p, loc = r["PERSON"], r["LOCATION"]
        rows.append(
            f"| {system} | {p['p']:.3f} | {p['r']:.3f} | {p['f']:.3f} | {loc['p']:.3f} | {loc['r']:.3f} | "
            f"{loc['f']:.3f} | {r['person_char_coverage']:.3f} | {r['words_per_s']:,} |"
        )
    if any("PERSON_excluding_mrz" in r for r in results.values()):
        rows.append("")
        rows.append(
            "PERSON P/R/F without the names inside MRZ lines (the MRZ recogniser's): "
            + "; ".join(
                f"{s} {r['PERSON_excluding_mrz']['p']:.3f}/{r['PERSON_excluding_mrz']['r']:.3f}/"
                f"{r['PERSON_excluding_mrz']['f']:.3f}"
                for s, r in results.items()
            )
        )
    if any("negatives_reported_as_person" in r for r in results.values()):
        rows.append("")
        rows.append(
            "Gold negatives (prices, timestamps, versions, …) overlapped by a PERSON finding: "
            + ", ".join(f"{s} {r.get('negatives_reported_as_person', '-')}" for s, r in results.items())
        )
        rows.append("")
        rows.append("ID-card text (not a gold name) reported as PERSON:")
        for s, r in results.items():
            labels = r.get("id_card_text_reported_as_person", [])
            rows.append(f"- {s}: {len(labels)} {sorted(set(labels))[:12]}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", type=Path, default=MODEL)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--heldout", type=Path, default=HELDOUT, help="held-out support-style gold set")
    ap.add_argument("--no-deduce", action="store_true")
    ap.add_argument("--no-analyzer", action="store_true", help="skip detectors.analyze (all recognisers)")
    ap.add_argument(
        "--ungated", action="store_true", help="also run the analyzer with the NER model on every line (no gate)"
    )
    ap.add_argument("--deduce-cache", type=Path, default=REPO / "build" / "deduce-cache")
    ap.add_argument("--json", type=Path, help="also write the results as JSON here")
    ap.add_argument("--only", nargs="+", metavar="SYSTEM", help="run only these systems (e.g. full deduce)")
    args = ap.parse_args(argv)

    started, cpu_started = time.perf_counter(), time.process_time()
    nlp = spacy.load(args.model)
    load_seconds, load_cpu = time.perf_counter() - started, time.process_time() - cpu_started
    size_mb = sum(f.stat().st_size for f in args.model.rglob("*") if f.is_file()) / 1e6
    print(f"model {args.model}: {size_mb:.1f} MB on disk, loads in {load_seconds:.2f} s ({load_cpu:.2f} s CPU)\n")

    systems = make_systems(nlp)
    if not args.no_analyzer:
        systems["analyzer"] = analyzer_system(args.model, REPO / "build" / "eval_ner_config")
        if args.ungated:
            systems["analyzer-ungated"] = analyzer_system(args.model, REPO / "build" / "eval_ner_config", False)
    if not args.no_deduce:
        systems["deduce"] = deduce_system(args.deduce_cache)

    if args.only:
        systems = {name: system for name, system in systems.items() if name in args.only}

    conll = conll_gold(CONLL_DEV)
    for d in conll:
        d.spans = [(s, e, NER_MAP[label]) for s, e, label in d.spans if label in NER_MAP]
    report: dict[str, dict] = {"ned.testa": {n: evaluate(s, conll) for n, s in systems.items()}}
    print(table("CoNLL-2002 ned.testa (newspaper)", report["ned.testa"]) + "\n")
    if args.gold.exists():
        gold = load_gold(args.gold)
        report["support_gold"] = {n: evaluate(s, gold) for n, s in systems.items()}
        print(table(f"support-style gold ({args.gold.name}, {len(gold)} texts)", report["support_gold"]) + "\n")
    else:
        print(f"(no support-style gold set at {args.gold})")
    if args.heldout.exists():
        heldout = load_gold(args.heldout)
        report["support_heldout"] = {n: evaluate(s, heldout) for n, s in systems.items()}
        title = f"held-out support-style gold ({args.heldout.name}, {len(heldout)} texts, never tuned on)"
        print(table(title, report["support_heldout"]) + "\n")
    report["model"] = {
        "path": str(args.model),
        "size_mb": round(size_mb, 1),
        "load_s": round(load_seconds, 2),
        "load_cpu_s": round(load_cpu, 2),
    }
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
