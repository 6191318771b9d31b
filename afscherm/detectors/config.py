"""Detection configuration: ``configs/nlp.yaml`` and ``configs/recognizers.yaml``, validated on load.

Every error names the file and the key, so a typo in a deployment's YAML is a one-line fix.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

CONFIG_DIR_ENV = "AFSCHERM_CONFIG_DIR"
DEFAULT_CONFIG_DIR = Path(__file__).resolve().parent.parent / "configs"


class ConfigError(ValueError):
    """A configuration file is missing, unreadable or invalid."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ModelEntry(_Strict):
    lang_code: str = Field(min_length=2)
    model_name: str = Field(min_length=1)


class NerModelSettings(_Strict):
    # The subset of Presidio's NerModelConfiguration that a spaCy pipeline uses.
    model_to_presidio_entity_mapping: dict[str, str] = Field(default_factory=dict)
    labels_to_ignore: list[str] = Field(default_factory=list)
    low_score_entity_names: list[str] = Field(default_factory=list)
    low_confidence_score_multiplier: float = 0.4
    default_score: float = Field(default=0.85, ge=0, le=1)
    alignment_mode: Literal["strict", "contract", "expand"] = "expand"


class NlpSettings(_Strict):
    """Presidio ``NlpEngineProvider`` format (spaCy engine)."""

    nlp_engine_name: Literal["spacy"]
    models: list[ModelEntry] = Field(min_length=1)
    ner_model_configuration: NerModelSettings = Field(default_factory=NerModelSettings)

    def model_for(self, language: str) -> ModelEntry:
        for m in self.models:
            if m.lang_code == language:
                return m
        raise ConfigError(f"no model configured for language {language!r}")


class RecognizerSettings(_Strict):
    language: str = "nl"
    recognizers: list[str] = Field(min_length=1)
    postprocessors: list[str] = Field(default_factory=list)
    score_threshold: float = Field(default=0.0, ge=0, le=1)
    batch_size: int = Field(default=64, ge=1)
    # The NER gate passes chat lines with a lower-case name to the model (detectors.ner_gate): true, false, or
    # unset for what the model's meta says it can read (``afscherm_reads_lower_case``, set by training/ner/train.py).
    ner_lower_case: bool | None = None


def config_dir() -> Path:
    return Path(os.environ.get(CONFIG_DIR_ENV) or DEFAULT_CONFIG_DIR)


def data_base(config_file: Path) -> Path:
    """The folder that relative data locations in ``config_file`` (store roots, outputs, inboxes) start from.

    A configuration of one's own: its folder, so a scheduled run finds the same places whatever its working
    directory. The defaults shipped inside the package: the working directory — the package folder of an
    installed afscherm must never receive scanned data, clean copies or an index.
    """
    folder = config_file.resolve().parent
    return Path.cwd() if folder == DEFAULT_CONFIG_DIR.resolve() else folder


def read_yaml(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: file not found") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return data


M = TypeVar("M", bound=BaseModel)


def _validate(model: type[M], path: Path) -> M:
    try:
        return model.model_validate(read_yaml(path))
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "(top level)"
        raise ConfigError(f"{path}: key '{key}': {err['msg']}") from exc


def load_nlp_settings(path: Path | None = None) -> NlpSettings:
    return _validate(NlpSettings, path or config_dir() / "nlp.yaml")


def load_recognizer_settings(path: Path | None = None) -> RecognizerSettings:
    path = path or config_dir() / "recognizers.yaml"
    settings = _validate(RecognizerSettings, path)
    for i, dotted in enumerate(settings.recognizers):
        import_object(dotted, f"{path}: key 'recognizers.{i}'")
    for i, dotted in enumerate(settings.postprocessors):
        import_object(dotted, f"{path}: key 'postprocessors.{i}'")
    return settings


def import_object(dotted: str, where: str) -> Callable[..., Any]:
    """``package.module.Name`` → the object, or a ConfigError naming ``where``."""
    module_name, _, attr = dotted.rpartition(".")
    if not module_name:
        raise ConfigError(f"{where}: {dotted!r} is not a dotted path like 'afscherm.detectors.bsn.BsnRecognizer'")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ConfigError(f"{where}: cannot import module {module_name!r}: {exc}") from exc
    try:
        return getattr(module, attr)
    except AttributeError as exc:
        raise ConfigError(f"{where}: module {module_name!r} has no {attr!r}") from exc
