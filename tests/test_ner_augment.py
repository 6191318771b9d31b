"""The chat-styled and lower-cased NER training text (training/ner/augment.py, issue 12): labels stay on the
words they belonged to, speaker labels that are names are PER and roles are not, and a seed reproduces the
same documents. No training runs here; the documents are small and built in memory."""

from __future__ import annotations

import random

import spacy

from training.ner import augment
from training.ner.corpus import Document

NLP = spacy.blank("nl")
CORPUS: list[Document] = [
    [
        [("Jan", "B-PER"), ("Peeters", "I-PER"), ("woont", "O"), ("in", "O"), ("Gent", "B-LOC"), (".", "O")],
        [("Hij", "O"), ("werkt", "O"), ("bij", "O"), ("Agfa", "B-ORG"), (",", "O"), ("zegt", "O"), ("hij", "O")],
    ]
] * 20


def test_lowered_conll_keeps_every_label_on_its_word() -> None:
    lowered = augment.lowered_conll(CORPUS, share=1.0, seed=3)
    assert len(lowered) == len(CORPUS)
    for document in lowered:
        words = [w for s in document for w, _ in s]
        assert all(w == w.lower() for w in words)
        tags = {w: t for s in document for w, t in s}
        assert tags["jan"] == "B-PER" and tags["peeters"] == "I-PER" and tags["gent"] == "B-LOC"
        assert tags["agfa"] == "B-ORG"


def test_lowered_conll_takes_about_its_share() -> None:
    corpus: list[Document] = CORPUS * 10
    assert 40 <= len(augment.lowered_conll(corpus, share=0.25, seed=5)) <= 60  # 200 documents, a quarter


def test_chat_export_spans_name_the_speakers_and_the_people_in_the_messages() -> None:
    rng = random.Random(11)
    for _ in range(30):
        text, spans = augment.chat_export(rng, [s for d in CORPUS for s in d], lines=6)
        lines = text.split("\n")
        assert len(lines) == 6
        for start, end, label in spans:
            value = text[start:end]
            assert value == value.strip() and value, (text, start, end)
            assert "\n" not in value
            if label == "PER" and text[end : end + 2] == ": ":
                # a speaker label is a name, never a role
                assert value.lower() not in augment.ROLES
        for line in lines:
            speaker = line.split(": ", 1)[0].split("] ")[-1].split(" - ")[-1]
            speaker = speaker.split(" ", 2)[-1] if speaker[:1].isdigit() else speaker
            if speaker in augment.ROLES:
                label_start = text.index(line) + line.index(speaker + ": ")
                assert not any(s == label_start for s, _, _ in spans)


def test_chat_exports_are_reproducible_and_aligned_to_tokens() -> None:
    first = [
        (d.text, [(e.start_char, e.end_char, e.label_) for e in d.ents])
        for d in augment.chat_exports(NLP, CORPUS, 5, 7)
    ]
    again = [
        (d.text, [(e.start_char, e.end_char, e.label_) for e in d.ents])
        for d in augment.chat_exports(NLP, CORPUS, 5, 7)
    ]
    assert first == again
    assert any(label == "PER" for _, ents in first for _, _, label in ents)
    assert any(label == "LOC" for _, ents in first for _, _, label in ents)
