"""Base class for afscherm's recognisers.

Each recogniser is a Presidio ``EntityRecognizer`` (so it plugs into any ``AnalyzerEngine`` and
``RecognizerRegistry``), but its logic lives in one pure method, ``find(text)``, that returns
:class:`~detectors.findings.Finding` objects. ``detectors.analyze`` calls ``find`` directly, which
skips Presidio's per-result explanation objects and lemma context pass; ``analyze`` adapts the
same results for Presidio callers (for example the image redactor). Both hand ``find`` the text's
detection view (:mod:`detectors.text_view`) and map its findings back to the original offsets.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import TYPE_CHECKING, ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult

from afscherm.detectors.text_view import detection_view

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts
    from spacy.tokens import Doc

    from afscherm.detectors.findings import Finding


class DutchRecognizer(EntityRecognizer):
    """A Presidio recogniser for Dutch text whose core is the pure ``find`` method."""

    ENTITIES: ClassVar[tuple[str, ...]] = ()
    name: str  # set by Presidio's EntityRecognizer.__init__ (declared here for type checkers)

    def __init__(self) -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES),
            name=type(self).__name__,
            supported_language="nl",
        )

    def load(self) -> None:  # nothing to load: patterns compile at import time
        return None

    @abstractmethod
    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        """All findings in ``text``; ``doc`` is the spaCy doc when the caller has one."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        wanted = set(entities) if entities else set(self.ENTITIES)
        doc = getattr(nlp_artifacts, "doc", None) if nlp_artifacts is not None else None
        # The same detection view as detectors.analyze reads (the doc indexes the original text).
        view = detection_view(text)
        if not view.same_offsets:
            doc = None
        return [
            RecognizerResult(
                f.entity_type,
                f.start,
                f.end,
                f.score,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for f in map(view.finding, self.find(view.text, doc))
            if f.entity_type in wanted
        ]
