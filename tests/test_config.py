"""Config files are validated on load, errors name the file and the key, models never download."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import spacy
import yaml

from afscherm.detectors.analyzer import Analyzer
from afscherm.detectors.config import DEFAULT_CONFIG_DIR, ConfigError, load_nlp_settings, load_recognizer_settings
from afscherm.detectors.nlp_engine import load_pipeline


@pytest.fixture()
def config_copy(tmp_path: Path) -> Path:
    for name in ("nlp.yaml", "recognizers.yaml"):
        shutil.copy(DEFAULT_CONFIG_DIR / name, tmp_path / name)
    return tmp_path


def test_shipped_configs_are_valid() -> None:
    nlp = load_nlp_settings()
    assert nlp.model_for("nl").model_name
    assert nlp.ner_model_configuration.model_to_presidio_entity_mapping["PER"] == "PERSON"
    assert "ORG" in nlp.ner_model_configuration.labels_to_ignore
    assert len(load_recognizer_settings().recognizers) >= 10


def test_missing_key_names_file_and_key(config_copy: Path) -> None:
    path = config_copy / "nlp.yaml"
    path.write_text("nlp_engine_name: spacy\nmodels:\n  - lang_code: nl\n")
    with pytest.raises(ConfigError, match=r"nlp\.yaml: key 'models\.0\.model_name'"):
        load_nlp_settings(path)


def test_unknown_key_is_rejected(config_copy: Path) -> None:
    path = config_copy / "recognizers.yaml"
    path.write_text(path.read_text() + "scoer_threshold: 0.5\n")
    with pytest.raises(ConfigError, match="scoer_threshold"):
        load_recognizer_settings(path)


def test_unimportable_recognizer_names_the_entry(config_copy: Path) -> None:
    path = config_copy / "recognizers.yaml"
    path.write_text("recognizers:\n  - afscherm.detectors.bsn.BsnRecognizer\n  - afscherm.detectors.nope.Missing\n")
    with pytest.raises(ConfigError, match=r"recognizers\.yaml: key 'recognizers\.1': cannot import"):
        load_recognizer_settings(path)


def test_invalid_yaml(config_copy: Path) -> None:
    path = config_copy / "nlp.yaml"
    path.write_text("models: [unclosed\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_nlp_settings(path)


def test_unknown_model_is_an_error_not_a_download(config_copy: Path) -> None:
    with pytest.raises(ConfigError, match="never downloads"):
        load_pipeline("nl_core_news_lg_not_installed", config_copy)


def test_model_by_path_relative_to_the_config(config_copy: Path) -> None:
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    (config_copy / "models").mkdir()
    nlp.to_disk(config_copy / "models" / "tiny")
    loaded = load_pipeline("models/tiny", config_copy)
    assert loaded.lang == "nl" and loaded.pipe_names == ["sentencizer"]


def test_shipped_model_resolves_relative_to_the_config_folder(config_copy: Path) -> None:
    # copied elsewhere, the relative path no longer points at the model: a clear error, no download
    with pytest.raises(ConfigError, match="nl_afscherm' is neither a folder"):
        Analyzer.from_config(config_copy)


def test_blank_pipeline_has_no_ner() -> None:
    assert load_pipeline("blank:nl", Path(".")).pipe_names == []


def test_analyzer_uses_a_configured_ner_pipeline(config_copy: Path) -> None:
    # A pipeline whose "NER" is an entity ruler: proves entities flow through the mapping and ignore list.
    nlp = spacy.blank("nl")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PER", "pattern": "Fenna"}, {"label": "ORG", "pattern": "Bol"}])
    # rename so the analyzer sees an "ner" component
    nlp.rename_pipe("entity_ruler", "ner")
    nlp.to_disk(config_copy / "ruler_model")
    nlp_yaml = config_copy / "nlp.yaml"
    settings = yaml.safe_load(nlp_yaml.read_text())
    settings["models"][0]["model_name"] = "ruler_model"
    nlp_yaml.write_text(yaml.safe_dump(settings))
    analyzer = Analyzer.from_config(config_copy)
    findings = analyzer.analyze(["Fenna werkt bij Bol."])[0]
    assert [(f.entity_type, f.start, f.end) for f in findings] == [("PERSON", 0, 5)]
