"""Read the CoNLL-2002 and Europeana IOB files into spaCy docs and DocBins.

A corpus is a list of documents; a document is a list of sentences; a sentence is a list of
``(word, tag)`` pairs with IOB2 tags (``B-PER``, ``I-LOC``, ``O``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

Sentence = list[tuple[str, str]]
Document = list[Sentence]

SENTENCE_END = {".", "!", "?"}


def read_conll(path: Path) -> list[Document]:
    """CoNLL-2002 ``WORD POS TAG`` lines; ``-DOCSTART-`` opens a document, a blank line ends a sentence."""
    docs: list[Document] = []
    sentence: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if sentence:
                _current(docs).append(sentence)
                sentence = []
            continue
        if parts[0] == "-DOCSTART-":
            if sentence:
                _current(docs).append(sentence)
                sentence = []
            docs.append([])
            continue
        sentence.append((parts[0], parts[-1]))
    if sentence:
        _current(docs).append(sentence)
    return [d for d in docs if d]


def _current(docs: list[Document]) -> Document:
    if not docs:
        docs.append([])
    return docs[-1]


def read_europeana(path: Path, sentences_per_doc: int = 10) -> list[Document]:
    """Europeana ``TOKEN TAG`` lines without boundaries: split sentences at final punctuation."""
    sentences: list[Sentence] = []
    sentence: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        sentence.append((parts[0], parts[-1]))
        # Cap run-on OCR sentences so no training example is pathologically long.
        if parts[0] in SENTENCE_END or len(sentence) >= 60:
            sentences.append(sentence)
            sentence = []
    if sentence:
        sentences.append(sentence)
    return list(chunk(sentences, sentences_per_doc))


def chunk(items: list[Sentence], size: int) -> Iterator[list[Sentence]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def iob_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Token spans ``(start, end, label)`` from IOB1/IOB2 tags (an ``I-`` after ``O`` opens a span)."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        continues = prefix == "I" and kind == label
        if start >= 0 and not continues:
            spans.append((start, i, label))
            start, label = -1, ""
        if prefix == "B" or (prefix == "I" and not continues):
            start, label = i, kind
    return spans


def to_doc(nlp: Language, sentences: Iterable[Sentence]) -> Doc:
    """One spaCy doc (words joined by single spaces, sentence starts marked) with entity spans."""
    words: list[str] = []
    tags: list[str] = []
    sent_starts: list[bool] = []
    for sentence in sentences:
        for i, (word, tag) in enumerate(sentence):
            words.append(word)
            tags.append(tag)
            sent_starts.append(i == 0)
    doc = Doc(nlp.vocab, words=words, sent_starts=sent_starts)
    doc.set_ents([Span(doc, s, e, label) for s, e, label in iob_spans(tags)], default="outside")
    return doc


def docs_from_corpus(nlp: Language, corpus: list[Document], sentences_per_doc: int) -> list[Doc]:
    """Training docs: each source document cut into pieces of ``sentences_per_doc`` sentences."""
    return [to_doc(nlp, piece) for document in corpus for piece in chunk(document, sentences_per_doc)]


def write_docbin(docs: Iterable[Doc], path: Path) -> int:
    db = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE", "SENT_START"], store_user_data=False)
    n = 0
    for doc in docs:
        db.add(doc)
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return n
