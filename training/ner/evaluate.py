"""Exact-span scoring of entity predictions against gold text documents.

Gold and predictions are compared on character offsets in the same text, so the model alone and
the full analyzer (which works on raw text, with its own tokenisation) are scored the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from training.ner.corpus import iob_spans, read_conll

Span = tuple[int, int, str]  # start, end (exclusive), label


@dataclass
class GoldDoc:
    text: str
    spans: list[Span] = field(default_factory=list)


def conll_gold(path: Path) -> list[GoldDoc]:
    """One text per CoNLL document: words joined by spaces, one sentence per line."""
    out: list[GoldDoc] = []
    for document in read_conll(path):
        lines: list[str] = []
        spans: list[Span] = []
        offset = 0
        for sentence in document:
            words = [w for w, _ in sentence]
            starts = []
            pos = offset
            for w in words:
                starts.append(pos)
                pos += len(w) + 1
            for s, e, label in iob_spans([t for _, t in sentence]):
                spans.append((starts[s], starts[e - 1] + len(words[e - 1]), label))
            line = " ".join(words)
            lines.append(line)
            offset += len(line) + 1
        out.append(GoldDoc("\n".join(lines), spans))
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "n_gold": n_gold, "n_pred": n_pred}


def score_spans(gold: Iterable[list[Span]], pred: Iterable[list[Span]], labels: Iterable[str]) -> dict:
    """Per-label precision/recall/F1 of exact (start, end, label) matches, plus a micro total."""
    labels = list(labels)
    tp = dict.fromkeys(labels, 0)
    n_gold = dict.fromkeys(labels, 0)
    n_pred = dict.fromkeys(labels, 0)
    for g, p in zip(gold, pred, strict=True):
        gs = {s for s in g if s[2] in tp}
        ps = {s for s in p if s[2] in tp}
        for s in gs:
            n_gold[s[2]] += 1
        for s in ps:
            n_pred[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1
    out = {label: prf(tp[label], n_pred[label], n_gold[label]) for label in labels}
    out["ALL"] = prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return out


def char_coverage(gold: Iterable[list[Span]], found: Iterable[list[tuple[int, int]]], label: str) -> float:
    """Share of the characters inside gold ``label`` spans covered by any finding (any type)."""
    total = covered = 0
    for g, f in zip(gold, found, strict=True):
        marks: set[int] = set()
        for s, e in f:
            marks.update(range(s, e))
        for s, e, lab in g:
            if lab != label:
                continue
            chars = range(s, e)
            total += len(chars)
            covered += sum(1 for i in chars if i in marks)
    return round(covered / total, 4) if total else 0.0


def model_spans(nlp: Language, texts: list[str]) -> list[list[Span]]:
    return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts, batch_size=64)]


def score_model(nlp: Language, gold: list[GoldDoc]) -> dict:
    """The model's own labels (PER, LOC, ORG, MISC) on gold documents, exact spans."""
    pred = model_spans(nlp, [d.text for d in gold])
    return score_spans([d.spans for d in gold], pred, ["PER", "LOC", "ORG", "MISC"])
