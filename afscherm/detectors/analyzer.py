"""The ``analyze`` entry point: spaCy pipeline + our recognisers + post-processors + overlap resolution."""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from pathlib import Path

# Presidio's stock e-mail/URL recognisers (never run here) fetch the public suffix list when first used unless
# TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS is set before Presidio is imported: the caller's choice (README, "Use from
# Presidio"); importing afscherm leaves the environment alone.
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry  # noqa: E402
from presidio_analyzer.predefined_recognizers import SpacyRecognizer  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from afscherm.detectors.config import (  # noqa: E402
    ConfigError,
    NlpSettings,
    RecognizerSettings,
    config_dir,
    import_object,
    load_nlp_settings,
    load_recognizer_settings,
)
from afscherm.detectors.findings import Finding  # noqa: E402
from afscherm.detectors.ner_gate import GatedText, gate  # noqa: E402
from afscherm.detectors.ner_guard import is_plausible_entity, model_entity_type, model_org_is_person  # noqa: E402
from afscherm.detectors.nlp_engine import build_presidio_engine, load_pipeline  # noqa: E402
from afscherm.detectors.overlap import resolve_overlaps  # noqa: E402
from afscherm.detectors.prose_view import prose_view  # noqa: E402
from afscherm.detectors.recognizer import DutchRecognizer  # noqa: E402
from afscherm.detectors.text_view import detection_view  # noqa: E402

PostProcessor = Callable[[str, Doc | None, list[Finding]], list[Finding]]
NER_RECOGNIZER = "SpacyNer"
# Long texts (spaCy refuses texts over 1,000,000 characters, and its model needs ~200 MB per 100,000 it
# reads at once): a text up to WHOLE_TEXT_CHARS is analysed whole, the model reading its gated lines
# MODEL_CHARS at a time, so post-processing sees the whole document (a name found once is a name at all
# its mentions). A longer text is analysed window by window (post-processing is super-linear in
# findings): windows overlap, and each owns the middle of its overlaps, so a value up to half the
# overlap long that straddles a seam lies whole in the window that owns its start, with context on both
# sides; a name's other mentions are then found within its window.
WINDOW_CHARS = 100_000
WINDOW_OVERLAP = 1_000
WHOLE_TEXT_CHARS = 1_000_000
# The model's working memory grows with the text it reads at once (~200 MB per 100,000 characters): the
# selected lines of one text are read at most this many characters at a time (same entities: they never
# cross the joins between lines).
MODEL_CHARS = 25_000


def window_spans(
    length: int, size: int = WINDOW_CHARS, overlap: int = WINDOW_OVERLAP
) -> list[tuple[int, int, int, int]]:
    """``(start, end, own_start, own_end)`` of each window over a text of ``length`` characters; the owned
    parts tile the text, each window reaches ``overlap // 2`` characters past its owned part."""
    if length <= size:
        return [(0, length, 0, length)]
    half, step = overlap // 2, size - overlap
    spans = []
    start = 0
    while True:
        end = min(start + size, length)
        spans.append((start, end, start + half if start else 0, end - half if end < length else length))
        if end == length:
            return spans
        start += step


def _shifted(f: Finding, offset: int) -> Finding:
    return Finding(f.start + offset, f.end + offset, f.entity_type, f.score, f.recognizer)


def ner_findings(
    doc: Doc, settings: NlpSettings, text: str | None = None, gated: GatedText | None = None, offset: int = 0
) -> list[Finding]:
    """The pipeline's entities, mapped to our entity names; ignored labels dropped.

    ``doc`` reads ``text`` (default: ``doc.text``) or, when ``gated`` is given, ``gated.text`` from
    ``offset`` on; offsets are returned in ``text``.
    """
    ner = settings.ner_model_configuration
    mapping, ignore = ner.model_to_presidio_entity_mapping, set(ner.labels_to_ignore)
    text = doc.text if text is None else text
    found = []
    for ent in doc.ents:
        org = ent.label_ == "ORG" and len(ent) == 1  # (a one-word organisation may be a person mistyped)
        if not org and (ent.label_ in ignore or ent.label_ not in mapping):
            continue
        if gated is None:
            span: tuple[int, int] | None = (ent.start_char, ent.end_char)
        else:
            span = gated.to_original(offset + ent.start_char, offset + ent.end_char)
        if org:
            if span is not None and model_org_is_person(text, span[0], span[1]):
                found.append(Finding(span[0], span[1], "PERSON", ner.default_score, NER_RECOGNIZER))
            continue
        if span is None or not is_plausible_entity(text, span[0], span[1], mapping[ent.label_]):
            continue
        label = model_entity_type(text, span[0], span[1], mapping[ent.label_])
        found.append(Finding(span[0], span[1], label, ner.default_score, NER_RECOGNIZER))
    return found


class Analyzer:
    """A loaded detection set-up; build one with :meth:`from_config` and reuse it."""

    def __init__(
        self,
        pipeline: Language,
        recognizers: Sequence[DutchRecognizer],
        postprocessors: Sequence[PostProcessor],
        nlp_settings: NlpSettings,
        settings: RecognizerSettings,
        ner_gate: bool = True,
        ner_lower_case: bool | None = None,
    ) -> None:
        self.pipeline = pipeline
        self.recognizers = list(recognizers)
        self.postprocessors = list(postprocessors)
        self.nlp_settings = nlp_settings
        self.settings = settings
        self.has_ner = "ner" in pipeline.pipe_names
        # A tokenizer-only pipeline adds nothing unless a recogniser reads tokens; skipping it is
        # most of the recogniser path's speed.
        recognizers_need_doc = any(getattr(r, "NEEDS_DOC", False) for r in self.recognizers)
        self.needs_doc = self.has_ner or recognizers_need_doc
        # The model reads only the lines where it can find something (detectors.ner_gate); recognisers
        # then get no doc, so a recogniser that reads tokens switches the gate off.
        self.gated = ner_gate and self.has_ner and not recognizers_need_doc
        # A model trained on lower-cased and chat text too also reads the chat lines with a lower-case name in them;
        # the argument, then recognizers.yaml's ``ner_lower_case``, then the model's own word decide (A/B).
        if ner_lower_case is None:
            ner_lower_case = settings.ner_lower_case
        if ner_lower_case is None:
            ner_lower_case = bool(pipeline.meta.get("afscherm_reads_lower_case", False))
        self.ner_lower_case = ner_lower_case and self.has_ner

    @classmethod
    def from_config(
        cls, directory: Path | None = None, ner_gate: bool = True, ner_lower_case: bool | None = None
    ) -> Analyzer:
        directory = Path(directory) if directory else config_dir()
        nlp_settings = load_nlp_settings(directory / "nlp.yaml")
        settings = load_recognizer_settings(directory / "recognizers.yaml")
        model = nlp_settings.model_for(settings.language)
        pipeline = load_pipeline(model.model_name, directory)
        where = f"{directory / 'recognizers.yaml'}"
        recognizers = []
        for i, dotted in enumerate(settings.recognizers):
            recognizer = import_object(dotted, f"{where}: key 'recognizers.{i}'")()
            if not isinstance(recognizer, DutchRecognizer):
                raise ConfigError(f"{where}: key 'recognizers.{i}': {dotted} is not a DutchRecognizer")
            recognizers.append(recognizer)
        postprocessors = [
            import_object(d, f"{where}: key 'postprocessors.{i}'") for i, d in enumerate(settings.postprocessors)
        ]
        return cls(
            pipeline,
            recognizers,
            postprocessors,
            nlp_settings,
            settings,
            ner_gate=ner_gate,
            ner_lower_case=ner_lower_case,
        )

    def analyze_iter(self, texts: Iterable[str], entities: Collection[str] | None = None) -> Iterator[list[Finding]]:
        """Findings per text, in order, streaming: memory stays bounded by one batch.

        A batch holds at most ``batch_size`` texts and about :data:`WINDOW_CHARS` characters; a longer
        text is analysed on its own (:meth:`_analyze_long`).

        With the gate on (the default) the model reads only the lines :func:`~detectors.ner_gate.gate`
        selects and recognisers get no doc. Without it the pipeline reads each text's :func:`prose_view`
        (same offsets, machine noise blanked), so a recogniser that is handed the doc must take offsets
        from it, not text.
        """
        for batch in self._batches(texts):
            if len(batch) == 1 and len(batch[0]) > WINDOW_CHARS:
                yield self._analyze_long(batch[0], entities)
            else:
                yield from self._analyze_batch(batch, entities)

    def _batches(self, texts: Iterable[str]) -> Iterator[list[str]]:
        """Texts in batches of at most ``batch_size`` texts and about a window's characters; a text longer
        than a window is a batch of its own."""
        batch: list[str] = []
        chars = 0
        for text in texts:
            if batch and (len(batch) >= self.settings.batch_size or chars + len(text) > WINDOW_CHARS):
                yield batch
                batch, chars = [], 0
            batch.append(text)
            chars += len(text)
        if batch:
            yield batch

    def _analyze_batch(self, batch: list[str], entities: Collection[str] | None) -> Iterator[list[Finding]]:
        if self.gated:
            yield from self._analyze_gated(batch, entities)
            return
        docs: Iterable[Doc | None] = (
            self.pipeline.pipe(prose_view(t) for t in batch) if self.needs_doc else [None] * len(batch)
        )
        for text, doc in zip(batch, docs, strict=True):
            yield self.analyze_one(text, doc, entities)

    def _analyze_long(self, text: str, entities: Collection[str] | None) -> list[Finding]:
        """Findings of a text longer than a window: analysed whole with the model reading it a window at a
        time (up to :data:`WHOLE_TEXT_CHARS`, gate on), or each window analysed as a text of its own,
        keeping the findings that start in the part it owns (a value across a seam is reported once)."""
        if self.gated and len(text) <= WHOLE_TEXT_CHARS:
            recognized = self._recognize(text, None)
            gated = gate(text, [(f.start, f.end) for f in recognized], self.ner_lower_case)
            return self._finish(text, None, recognized + self._ner_in_pieces(text, gated), entities)
        kept: list[Finding] = []
        for start, end, own_start, own_end in window_spans(len(text)):
            for f in next(self._analyze_batch([text[start:end]], None)):
                if own_start <= f.start + start < own_end:
                    kept.append(_shifted(f, start))
        resolved = resolve_overlaps(kept)
        if entities is not None:
            wanted = set(entities)
            resolved = [f for f in resolved if f.entity_type in wanted]
        return resolved

    def _ner_in_pieces(self, text: str, gated: GatedText) -> list[Finding]:
        """The model's findings on ``gated``, read :data:`MODEL_CHARS` at a time, cut where selected lines
        join (no entity crosses a join; selected lines are at most ner_gate.MAX_PIECE long)."""
        found: list[Finding] = []
        start = 0
        while start < len(gated.text):
            end = len(gated.text)
            if end - start > MODEL_CHARS:
                cut = gated.text.rfind("\n", start + 1, start + MODEL_CHARS)
                end = cut if cut > start else start + MODEL_CHARS
            found += ner_findings(self.pipeline(gated.text[start:end]), self.nlp_settings, text, gated, start)
            start = end + 1 if end < len(gated.text) and gated.text[end] == "\n" else end
        return found

    def _analyze_gated(self, batch: list[str], entities: Collection[str] | None) -> Iterator[list[Finding]]:
        # Recognisers first: the model need not read a line whose every candidate they already found.
        found = [self._recognize(t, None) for t in batch]
        gates = [
            gate(t, [(f.start, f.end) for f in fs], self.ner_lower_case) for t, fs in zip(batch, found, strict=True)
        ]
        # Texts with nothing for the model skip it entirely; a long one is read in pieces.
        docs = iter(self.pipeline.pipe(g.text for g in gates if 0 < len(g.text) <= MODEL_CHARS))
        for text, gated, recognized in zip(batch, gates, found, strict=True):
            if not gated.text:
                ner = []
            elif len(gated.text) <= MODEL_CHARS:
                ner = ner_findings(next(docs), self.nlp_settings, text, gated)
            else:
                ner = self._ner_in_pieces(text, gated)
            yield self._finish(text, None, recognized + ner, entities)

    def _recognize(self, text: str, doc: Doc | None) -> list[Finding]:
        """Every recogniser's findings, read from the text's detection view and mapped back to ``text``."""
        view = detection_view(text)
        if not view.same_offsets:
            doc = None  # the doc indexes the original text, the recognisers read the view
        findings: list[Finding] = []
        for recognizer in self.recognizers:
            findings.extend(recognizer.find(view.text, doc))
        return findings if view.same_offsets else [view.finding(f) for f in findings]

    def analyze(self, texts: Iterable[str], entities: Collection[str] | None = None) -> list[list[Finding]]:
        return list(self.analyze_iter(texts, entities))

    def analyze_one(self, text: str, doc: Doc | None = None, entities: Collection[str] | None = None) -> list[Finding]:
        if doc is None and len(text) > WINDOW_CHARS:
            return self._analyze_long(text, entities)
        if doc is None and self.gated:
            return next(self._analyze_gated([text], entities))
        if doc is None and self.needs_doc:
            doc = self.pipeline(prose_view(text))
        ner = ner_findings(doc, self.nlp_settings) if doc is not None and self.has_ner else []
        return self._finish(text, doc, self._recognize(text, doc) + ner, entities)

    def _finish(
        self, text: str, doc: Doc | None, findings: list[Finding], entities: Collection[str] | None
    ) -> list[Finding]:
        """Post-processors, score threshold and overlap resolution over the recognisers' and model's findings."""
        for post in self.postprocessors:
            findings = post(text, doc, findings)
        threshold = self.settings.score_threshold
        resolved = resolve_overlaps(f for f in findings if f.score >= threshold)
        if entities is not None:
            wanted = set(entities)
            resolved = [f for f in resolved if f.entity_type in wanted]
        return resolved

    def presidio_analyzer(self) -> AnalyzerEngine:
        """A Presidio ``AnalyzerEngine`` with the same pipeline and recognisers (no post-processors)."""
        language = self.settings.language
        engine = build_presidio_engine(self.nlp_settings, {language: self.pipeline})
        registry = RecognizerRegistry(supported_languages=[language])
        for recognizer in self.recognizers:
            registry.add_recognizer(recognizer)
        if self.has_ner:
            mapped = sorted(set(self.nlp_settings.ner_model_configuration.model_to_presidio_entity_mapping.values()))
            registry.add_recognizer(SpacyRecognizer(supported_language=language, supported_entities=mapped))
        return AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=[language])


@functools.lru_cache(maxsize=4)
def default_analyzer(directory: Path | None = None) -> Analyzer:
    return Analyzer.from_config(directory)


def analyze(
    texts: Iterable[str], entities: Collection[str] | None = None, config: Path | None = None
) -> list[list[Finding]]:
    """Findings for each text (batched through spaCy's ``nlp.pipe``)."""
    return default_analyzer(config).analyze(texts, entities)


def analyze_text(text: str, entities: Collection[str] | None = None, config: Path | None = None) -> list[Finding]:
    return default_analyzer(config).analyze_one(text, entities=entities)
