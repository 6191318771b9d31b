"""afscherm's Dutch recognisers for an existing Presidio set-up: the pack Presidio itself does not have.

>>> from presidio_analyzer import AnalyzerEngine                                  # doctest: +SKIP
>>> from afscherm.presidio import add_dutch_recognizers, dutch_nlp_engine         # doctest: +SKIP
>>> engine = AnalyzerEngine(nlp_engine=dutch_nlp_engine(), supported_languages=["nl"])  # doctest: +SKIP
>>> add_dutch_recognizers(engine)                                                 # doctest: +SKIP
>>> engine.analyze("Mijn bsn is 111222333.", language="nl", return_decision_process=True)  # doctest: +SKIP

Every recogniser named in ``recognizers.yaml`` (``--config`` folder, ``$AFSCHERM_CONFIG_DIR`` or the package's
defaults) is wrapped in a :class:`DutchPresidioRecognizer`, which takes ``supported_language``,
``supported_entity``/``supported_entities`` and ``context`` like Presidio's own recognisers, and explains each
result (``return_decision_process=True``): the rule (the recogniser and what it looks for), the checksum the
value passed (11-proef, mod-97, Luhn, ICAO check digits, the phone numbering plan) and the context words seen
near it.

What afscherm adds on top of its recognisers is not part of Presidio's model and stays in ``afscherm detect``:
its overlap resolution across entity types (Presidio only drops same-type duplicates), the post-processors
(a name found once is a name at its other mentions; names inside company names dropped) and the NER gate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from importlib import import_module
from pathlib import Path

import phonenumbers
from presidio_analyzer import (
    AnalysisExplanation,
    AnalyzerEngine,
    EntityRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from stdnum import iban as stdnum_iban
from stdnum import luhn
from stdnum.nl import bsn as stdnum_bsn

from afscherm.detectors.config import config_dir, import_object, load_nlp_settings, load_recognizer_settings
from afscherm.detectors.context import words_pattern
from afscherm.detectors.findings import Finding
from afscherm.detectors.recognizer import DutchRecognizer
from afscherm.detectors.text_view import detection_view

__all__ = ["DutchPresidioRecognizer", "add_dutch_recognizers", "dutch_context_words", "dutch_nlp_engine"]

# How far before (and after) a value its context words are looked for: the recognisers' own window.
CONTEXT_BEFORE = 60
CONTEXT_AFTER = 20

# Dutch context words for the entity types whose recogniser keeps its cues in a pattern rather than a word
# list; Presidio's context enhancer reads ``recognizer.context``, and the explanation names the words seen.
_EXTRA_CONTEXT: dict[str, tuple[str, ...]] = {
    "PHONE_NUMBER": (
        "telefoon",
        "telefoonnummer",
        "tel",
        "mobiel",
        "mobiele nummer",
        "06-nummer",
        "bel",
        "gsm",
        "whatsapp",
        "fax",
    ),
    "EMAIL_ADDRESS": ("e-mail", "email", "e-mailadres", "mailadres", "mail"),
    "DATE_OF_BIRTH": ("geboren", "geboortedatum", "geb.", "geboortedag", "date of birth"),
    "PERSON": (
        "naam",
        "achternaam",
        "voornaam",
        "voorletters",
        "dhr",
        "mevr",
        "meneer",
        "mevrouw",
        "heer",
        "groet",
        "beste",
        "geachte",
    ),
    "LOCATION": ("adres", "woonplaats", "straat", "postcode", "wonend", "woont"),
    "MRZ": ("paspoort", "identiteitskaart", "id-kaart", "rijbewijs", "mrz"),
    "NL_ID_DOCUMENT": ("paspoort", "paspoortnummer", "identiteitskaart", "id-kaart", "documentnummer"),
}


def dutch_context_words(entity_types: Iterable[str]) -> list[str]:
    """The Dutch context words of ``entity_types``: the recognisers' own lists plus :data:`_EXTRA_CONTEXT`."""
    words: dict[str, None] = {}
    wanted = set(entity_types)
    for module_name, entity in _CONTEXT_MODULES.items():
        if entity in wanted:
            words.update(dict.fromkeys(getattr(import_module(module_name), "CONTEXT_WORDS", ())))
    for entity in sorted(wanted):
        words.update(dict.fromkeys(_EXTRA_CONTEXT.get(entity, ())))
    return list(words)


# Modules whose CONTEXT_WORDS tuple is the context of one entity type.
_CONTEXT_MODULES = {
    "afscherm.detectors.bsn": "NL_BSN",
    "afscherm.detectors.iban": "IBAN_CODE",
    "afscherm.detectors.imei": "IMEI",
    "afscherm.detectors.credit_card": "CREDIT_CARD",
    "afscherm.detectors.id_document": "NL_ID_DOCUMENT",
    "afscherm.detectors.ip_address": "IP_ADDRESS",
    "afscherm.detectors.location": "LOCATION",
}


def _phone_plan_ok(value: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(value, "NL"))
    except phonenumbers.NumberParseException:
        return False


def _compact(value: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", value)


# The check each entity type's value passes, recomputed on the value found (not taken on trust from the
# recogniser): the explanation's validation_result. Types without a check digit have none (None).
_CHECKS = {
    "NL_BSN": ("11-proef (stdnum.nl.bsn)", lambda v: stdnum_bsn.is_valid(re.sub(r"\D", "", v))),
    "IBAN_CODE": ("IBAN mod-97 (stdnum.iban)", lambda v: stdnum_iban.is_valid(_compact(v))),
    "IMEI": ("Luhn (stdnum.luhn)", lambda v: luhn.is_valid(re.sub(r"\D", "", v))),
    "CREDIT_CARD": ("Luhn (stdnum.luhn)", lambda v: luhn.is_valid(re.sub(r"\D", "", v))),
    "PHONE_NUMBER": ("numbering plan (phonenumbers)", _phone_plan_ok),
}
# The MRZ recogniser reports a zone (and the values in it) only when its ICAO check digits hold: all of them
# at score 1.0, all but those one misread character breaks below that.
_MRZ_RECOGNIZER = "MrzRecognizer"
_MRZ_ALL_VALID = 1.0


def _rule(core: DutchRecognizer) -> str:
    """What the recogniser looks for: the first line of its module's docstring."""
    doc = import_module(type(core).__module__).__doc__ or type(core).__doc__ or type(core).__name__
    return doc.strip().splitlines()[0].rstrip(".")


class DutchPresidioRecognizer(EntityRecognizer):
    """One afscherm recogniser as a Presidio recogniser, with Presidio's parameters and explained results.

    ``recognizer`` is a :class:`~afscherm.detectors.recognizer.DutchRecognizer` (instance, class or dotted
    path). ``supported_entity``/``supported_entities`` narrow what it reports (a subset of what it can find);
    ``context`` replaces its Dutch context words (default: :func:`dutch_context_words`).
    """

    def __init__(
        self,
        recognizer: DutchRecognizer | type[DutchRecognizer] | str,
        supported_language: str = "nl",
        supported_entity: str | None = None,
        supported_entities: Sequence[str] | None = None,
        context: Sequence[str] | None = None,
        name: str | None = None,
    ) -> None:
        if isinstance(recognizer, str):
            recognizer = import_object(recognizer, "DutchPresidioRecognizer")  # type: ignore[assignment]
        core = recognizer() if isinstance(recognizer, type) else recognizer
        if not isinstance(core, DutchRecognizer):
            raise TypeError(f"{recognizer!r} is not an afscherm DutchRecognizer")
        entities = [supported_entity] if supported_entity else list(supported_entities or core.ENTITIES)
        unknown = set(entities) - set(core.ENTITIES)
        if unknown:
            raise ValueError(f"{core.name} finds {', '.join(core.ENTITIES)}, not {', '.join(sorted(unknown))}")
        self.core = core
        self.rule = _rule(core)
        super().__init__(
            supported_entities=entities,
            name=name or core.name,
            supported_language=supported_language,
            context=list(context) if context is not None else dutch_context_words(entities),
        )
        self._context_pattern = words_pattern(self.context) if self.context else None

    def load(self) -> None:  # the wrapped recogniser compiled its patterns at import
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        wanted = set(self.supported_entities) & (set(entities) if entities else set(self.supported_entities))
        if not wanted:
            return []
        doc = getattr(nlp_artifacts, "doc", None) if nlp_artifacts is not None else None
        # The same detection view as afscherm's analyzer reads (odd spaces, dashes, invisible characters made
        # plain); its offsets are mapped back, and a doc of the original text is no use on a changed view.
        view = detection_view(text)
        if not view.same_offsets:
            doc = None
        found = (view.finding(f) for f in self.core.find(view.text, doc))
        return [self._result(text, f) for f in found if f.entity_type in wanted]

    def _result(self, text: str, finding: Finding) -> RecognizerResult:
        value = text[finding.start : finding.end]
        check_name, passed = self._check(finding, value)
        seen = self._context_seen(text, finding.start, finding.end)
        lines = [f"rule: {self.core.name} — {self.rule}"]
        if check_name:
            lines.append(f"checksum: {check_name} {'passed' if passed else 'failed'}")
        lines.append(f"context words seen: {', '.join(seen)}" if seen else "context words seen: none")
        explanation = AnalysisExplanation(
            recognizer=self.name,
            original_score=finding.score,
            pattern_name=self.core.name,
            validation_result=passed,
            textual_explanation="; ".join(lines),
        )
        if seen:
            explanation.set_supportive_context_word(seen[0])
        return RecognizerResult(
            finding.entity_type,
            finding.start,
            finding.end,
            finding.score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                # the recogniser already scored with its context: Presidio's enhancer must not add it twice
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: bool(seen),
            },
        )

    @staticmethod
    def _check(finding: Finding, value: str) -> tuple[str | None, bool | None]:
        if finding.recognizer == _MRZ_RECOGNIZER:
            return "ICAO 9303 check digits", finding.score >= _MRZ_ALL_VALID
        if finding.entity_type in _CHECKS:
            name, check = _CHECKS[finding.entity_type]
            return name, bool(check(value))
        return None, None

    def _context_seen(self, text: str, start: int, end: int) -> list[str]:
        if self._context_pattern is None:
            return []
        around = text[max(0, start - CONTEXT_BEFORE) : start] + " " + text[end : end + CONTEXT_AFTER]
        return list(dict.fromkeys(m.group(0).lower() for m in self._context_pattern.finditer(around)))


def add_dutch_recognizers(
    target: AnalyzerEngine | RecognizerRegistry,
    config: Path | str | None = None,
    supported_language: str = "nl",
    context: Mapping[str, Sequence[str]] | None = None,
) -> list[DutchPresidioRecognizer]:
    """Adds every recogniser of ``recognizers.yaml`` (in ``config``, else ``$AFSCHERM_CONFIG_DIR``, else the
    package's defaults) to ``target``'s registry for ``supported_language``; returns them.

    ``context`` maps a recogniser's name (``BsnRecognizer``) to the context words it should use instead of
    its Dutch defaults. The engine must support the language: ``AnalyzerEngine(nlp_engine=dutch_nlp_engine(),
    supported_languages=["nl"])``.
    """
    registry = target.registry if isinstance(target, AnalyzerEngine) else target
    directory = Path(config) if config else config_dir()
    settings = load_recognizer_settings(directory / "recognizers.yaml")
    added = []
    for dotted in settings.recognizers:
        core = import_object(dotted, f"{directory / 'recognizers.yaml'}")()
        words = (context or {}).get(core.name)
        recognizer = DutchPresidioRecognizer(core, supported_language=supported_language, context=words)
        registry.add_recognizer(recognizer)
        added.append(recognizer)
    if supported_language not in registry.supported_languages:
        registry.supported_languages = [*registry.supported_languages, supported_language]
    return added


def dutch_nlp_engine(config: Path | str | None = None) -> SpacyNlpEngine:
    """Presidio's spaCy NLP engine on the pipeline ``nlp.yaml`` names (default: afscherm's shipped Dutch
    pipeline), loaded without ever downloading a model (Presidio's own loader would try)."""
    from afscherm.detectors.nlp_engine import build_presidio_engine, load_pipeline

    directory = Path(config) if config else config_dir()
    settings = load_nlp_settings(directory / "nlp.yaml")
    pipelines = {m.lang_code: load_pipeline(m.model_name, directory) for m in settings.models}
    return build_presidio_engine(settings, pipelines)
