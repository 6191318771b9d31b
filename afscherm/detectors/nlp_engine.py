"""Loading the spaCy pipeline named in ``configs/nlp.yaml`` — never from the network.

Presidio's ``SpacyNlpEngine.load`` downloads any model name that is neither an installed package
nor an existing path; here a missing model is an error instead, and the loaded pipeline is handed
to Presidio's engine so it never tries.
"""

from __future__ import annotations

import os
from pathlib import Path

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from thinc.api import Model, NumpyOps

from afscherm.detectors.config import ConfigError, NlpSettings

BLANK_PREFIX = "blank:"
# spaCy's own tokenizer factory, the one our pipeline's config names.
DEFAULT_TOKENIZER = "spacy.Tokenizer.v1"
RULES_FROM_DISK_TOKENIZER = "afscherm.TokenizerRulesFromDisk.v1"


@spacy.registry.tokenizers(RULES_FROM_DISK_TOKENIZER)
def tokenizer_rules_from_disk():  # noqa: ANN201 - spaCy's factory signature
    """A tokenizer with no rules yet, for a pipeline folder that saved its own tokenizer.

    spaCy's default factory first builds the language's tokenizer (Dutch: 4,670 special cases, 0.5 CPU-s), then
    loading the folder replaces every rule, prefix, suffix, infix and URL pattern with the saved ones (another
    0.6 CPU-s): the first build is thrown away. Every process that loads the model paid it (each scan worker).
    """

    def create(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return create


def resolve_model_path(model_name: str, base_dir: Path) -> Path | None:
    """A path for ``model_name`` if it names a folder (relative names resolve from ``base_dir``)."""
    candidate = Path(model_name).expanduser()
    if not candidate.is_absolute():
        candidate = base_dir / candidate
    return candidate if candidate.exists() else None


def load_pipeline(model_name: str, base_dir: Path) -> Language:
    """A spaCy pipeline from ``blank:<lang>``, a folder, or an installed package name."""
    if model_name.startswith(BLANK_PREFIX):
        return spacy.blank(model_name[len(BLANK_PREFIX) :])
    path = resolve_model_path(model_name, base_dir)
    try:
        if path is not None:
            return with_numpy_gemm(spacy.load(path, config=_tokenizer_override(path)))
        if spacy.util.is_package(model_name):
            return with_numpy_gemm(spacy.load(model_name))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"spaCy pipeline {model_name!r} failed to load: {exc}") from exc
    raise ConfigError(
        f"spaCy pipeline {model_name!r} is neither a folder (relative to {base_dir}) nor an installed "
        "package; afscherm never downloads models"
    )


# The thread-count variables OpenBLAS (numpy's BLAS) reads when it loads, in the order it reads them: the first
# one set to a positive number is its thread count.
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")


def blas_single_threaded() -> bool:
    """numpy's BLAS runs one thread in this process: the first of :data:`BLAS_THREAD_VARIABLES` with a positive
    value says 1 (as the benches and scan workers set it), or the machine has one core."""
    for name in BLAS_THREAD_VARIABLES:
        value = os.environ.get(name, "").strip()
        if value.isdigit() and int(value) > 0:
            return int(value) == 1
    return os.cpu_count() == 1


def with_numpy_gemm(nlp: Language) -> Language:
    """``nlp`` with its models' matrix products through numpy's BLAS instead of thinc's default, blis, when numpy's
    BLAS runs one thread (:func:`blas_single_threaded`).

    Most of the model's time is the tok2vec layers' products (each token's 288 by 288 maxout weights): blis's
    generic kernels took 5.7 CPU-s for them on the 3,000 benchmark documents where numpy's OpenBLAS took 3.5, the
    entities identical on every gold set. Several BLAS threads would cost more CPU than blis's one (spinning
    threads on a loaded machine: 8.7 CPU-s), so without a one-thread setting the pipeline keeps blis. Only the
    matrix products change; every other operation is the same NumpyOps code."""
    if not blas_single_threaded():
        return nlp
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops
    return nlp


def _tokenizer_override(path: Path) -> dict:
    """Config overrides for loading the folder ``path``: its tokenizer built empty when the folder holds the saved
    one and the config names spaCy's default (the loaded rules are then exactly the saved ones)."""
    config_file = path / "config.cfg"
    if not (path / "tokenizer").is_file() or not config_file.is_file():
        return {}
    tokenizer = spacy.util.load_config(config_file, interpolate=False)["nlp"].get("tokenizer", {})
    if tokenizer != {"@tokenizers": DEFAULT_TOKENIZER}:
        return {}
    return {"nlp": {"tokenizer": {"@tokenizers": RULES_FROM_DISK_TOKENIZER}}}


def build_presidio_engine(settings: NlpSettings, pipelines: dict[str, Language]) -> SpacyNlpEngine:
    """Presidio's spaCy engine around already loaded pipelines (for ``AnalyzerEngine`` callers)."""
    ner = settings.ner_model_configuration
    engine = SpacyNlpEngine(
        models=[m.model_dump() for m in settings.models],
        ner_model_configuration=NerModelConfiguration(
            model_to_presidio_entity_mapping=ner.model_to_presidio_entity_mapping,
            labels_to_ignore=ner.labels_to_ignore,
            low_score_entity_names=ner.low_score_entity_names,
            low_confidence_score_multiplier=ner.low_confidence_score_multiplier,
            default_score=ner.default_score,
            alignment_mode=ner.alignment_mode,
        ),
    )
    engine.nlp = dict(pipelines)  # type: ignore[assignment]  # Presidio declares nlp as None until load()
    return engine
