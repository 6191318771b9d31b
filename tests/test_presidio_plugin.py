"""``afscherm.presidio``: afscherm's Dutch recognisers inside a stock Presidio AnalyzerEngine and anonymiser."""

from __future__ import annotations

import os

import pytest
import yaml

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # Presidio's stock e-mail/URL recognisers

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry  # noqa: E402
from presidio_anonymizer import AnonymizerEngine  # noqa: E402

from afscherm.detectors.bsn import BsnRecognizer  # noqa: E402
from afscherm.detectors.config import DEFAULT_CONFIG_DIR  # noqa: E402
from afscherm.presidio import DutchPresidioRecognizer, add_dutch_recognizers, dutch_nlp_engine  # noqa: E402

BSN, IBAN, PHONE, EMAIL, NAME = (
    "111222333",
    "NL91 ABNA 0417 1643 00",
    "06-12345678",
    "jan.devries@voorbeeld.nl",
    "Jan de Vries",
)
TEXT = (
    f"Goedemiddag, ik ben {NAME}. Mijn BSN is {BSN} en mijn rekeningnummer {IBAN}. "
    f"Bel me op {PHONE} of mail naar {EMAIL}."
)


@pytest.fixture(scope="module")
def nlp_engine():  # noqa: ANN201 - Presidio's SpacyNlpEngine
    return dutch_nlp_engine()


@pytest.fixture(scope="module")
def engine(nlp_engine) -> AnalyzerEngine:  # noqa: ANN001
    # Only afscherm's recognisers: every result below must come from the plugin (an engine given an empty
    # registry would fill it with Presidio's predefined recognisers).
    registry = RecognizerRegistry(supported_languages=["nl"])
    add_dutch_recognizers(registry)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["nl"])


def test_every_configured_recogniser_is_added() -> None:
    registry = RecognizerRegistry(supported_languages=["nl"])
    added = add_dutch_recognizers(registry)
    configured = yaml.safe_load((DEFAULT_CONFIG_DIR / "recognizers.yaml").read_text())["recognizers"]
    assert [r.name for r in added] == [dotted.rsplit(".", 1)[1] for dotted in configured]
    assert registry.recognizers == added and all(r.supported_language == "nl" for r in added)
    bsn = next(r for r in added if r.name == "BsnRecognizer")
    assert "burgerservicenummer" in bsn.context  # the recogniser's own Dutch context words


def test_stock_analyzer_and_anonymizer_on_dutch_text(engine: AnalyzerEngine) -> None:
    results = engine.analyze(TEXT, language="nl", return_decision_process=True)
    found = {(r.entity_type, TEXT[r.start : r.end]) for r in results}
    assert {
        ("NL_BSN", BSN),
        ("IBAN_CODE", IBAN),
        ("PHONE_NUMBER", PHONE),
        ("EMAIL_ADDRESS", EMAIL),
        ("PERSON", NAME),
    } <= found
    for r in results:
        explanation = r.analysis_explanation
        assert explanation is not None and explanation.recognizer == r.recognition_metadata["recognizer_name"]
        assert explanation.textual_explanation.startswith(f"rule: {explanation.recognizer} — ")

    anonymized = AnonymizerEngine().anonymize(TEXT, results).text
    for value in (BSN, IBAN, PHONE, EMAIL, NAME):
        assert value not in anonymized
    assert "<NL_BSN>" in anonymized and "<IBAN_CODE>" in anonymized


def test_explanations_name_checksum_and_context(engine: AnalyzerEngine) -> None:
    results = {r.entity_type: r for r in engine.analyze(TEXT, language="nl", return_decision_process=True)}
    bsn = results["NL_BSN"].analysis_explanation
    assert bsn.validation_result is True and bsn.supportive_context_word == "bsn"
    assert "11-proef" in bsn.textual_explanation and "context words seen: bsn" in bsn.textual_explanation
    iban = results["IBAN_CODE"].analysis_explanation
    assert iban.validation_result is True and "mod-97" in iban.textual_explanation
    assert "rekeningnummer" in iban.textual_explanation
    assert results["PHONE_NUMBER"].analysis_explanation.supportive_context_word == "bel"
    # e-mail has no check digit: nothing is claimed
    assert results["EMAIL_ADDRESS"].analysis_explanation.validation_result is None
    assert "checksum" not in results["EMAIL_ADDRESS"].analysis_explanation.textual_explanation


def test_plugin_in_the_default_engine_beside_presidios_own(nlp_engine) -> None:  # noqa: ANN001
    engine = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["nl"])  # Presidio's predefined ones too
    add_dutch_recognizers(engine)
    results = engine.analyze(f"Mijn burgerservicenummer: {BSN}", language="nl")
    assert [(r.entity_type, r.recognition_metadata["recognizer_name"]) for r in results] == [
        ("NL_BSN", "BsnRecognizer")
    ]


def test_presidio_parameters_narrow_and_replace() -> None:
    # (not "klantnummer": a number under that label is a customer number, refused as a BSN since issue 12's tuning_17)
    recognizer = DutchPresidioRecognizer(
        BsnRecognizer, supported_language="en", supported_entity="NL_BSN", context=["gegevens"]
    )
    assert (recognizer.supported_language, recognizer.supported_entities, recognizer.context) == (
        "en",
        ["NL_BSN"],
        ["gegevens"],
    )
    text = f"gegevens {BSN}"
    (result,) = recognizer.analyze(text, ["NL_BSN"])
    assert result.analysis_explanation.supportive_context_word == "gegevens"
    assert recognizer.analyze(text, ["PERSON"]) == []
    with pytest.raises(ValueError, match="NL_BSN"):
        DutchPresidioRecognizer("afscherm.detectors.bsn.BsnRecognizer", supported_entity="PERSON")
    spoken = DutchPresidioRecognizer(
        "afscherm.detectors.spoken_numbers.SpokenNumberRecognizer", supported_entities=["PHONE_NUMBER"]
    )
    assert spoken.supported_entities == ["PHONE_NUMBER"]
