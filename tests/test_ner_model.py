"""The shipped Dutch NER pipeline (detectors/models/nl_afscherm): loadable offline, small, documented, useful.

Training is never part of the tests; these check the committed pipeline on hand-written, fictitious text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from afscherm.detectors.nlp_engine import (
    BLAS_THREAD_VARIABLES,
    RULES_FROM_DISK_TOKENIZER,
    blas_single_threaded,
    load_pipeline,
)

MODEL = Path(__file__).resolve().parents[1] / "afscherm" / "detectors" / "models" / "nl_afscherm"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load(MODEL)


def ents(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in nlp(text).ents}


def test_pipeline_is_a_dutch_ner_pipeline(nlp: Language) -> None:
    assert nlp.lang == "nl"
    assert "ner" in nlp.pipe_names
    assert {"PER", "LOC"} <= set(nlp.get_pipe("ner").labels)


def test_pipeline_fits_in_the_repository_budget() -> None:
    size = sum(f.stat().st_size for f in MODEL.rglob("*") if f.is_file())
    assert size <= 30 * 1024 * 1024


def test_metadata_records_training_data_and_research_use() -> None:
    meta = json.loads((MODEL / "meta.json").read_text(encoding="utf-8"))
    provenance = json.dumps(meta["provenance"])
    for needle in ("CoNLL-2002", "De Morgen", "University of Antwerp", "research use", "CC0"):
        assert needle in provenance
    assert meta["lang"] == "nl"


def test_saved_config_needs_no_training_code() -> None:
    # The training-only time-budget logger must not be what a loaded pipeline refers to.
    assert "afscherm.TimedConsoleLogger" not in (MODEL / "config.cfg").read_text(encoding="utf-8")


def test_names_and_places_in_newspaper_style_prose(nlp: Language) -> None:
    found = ents(nlp, "Volgens minister Pieter Jansen moet het nieuwe ziekenhuis in Utrecht volgend jaar open.")
    assert ("Pieter Jansen", "PER") in found
    assert ("Utrecht", "LOC") in found


def test_name_in_an_e_mail_signature(nlp: Language) -> None:
    found = ents(nlp, "Bedankt voor uw hulp.\n\nMet vriendelijke groet,\nSanne Bosveld")
    assert ("Sanne Bosveld", "PER") in found


def test_name_after_a_greeting_in_lowercase_chat(nlp: Language) -> None:
    found = ents(nlp, "hoi marieke, heb je het pakket al ontvangen?")
    assert ("marieke", "PER") in found


def test_id_card_field_labels_are_not_names(nlp: Language) -> None:
    text = (
        "IDENTITEITSKAART\nNaam / Surname\nBOSVELD\nVoornamen / Given names\nSANNE\n"
        "Documentnummer / Document no.\nSPECI2014\nNationaliteit / Nationality\nNederlandse\n"
        "Geboortedatum / Date of birth\n10 MAA/MAR 1965"
    )
    persons = {t for t, label in ents(nlp, text) if label == "PER"}
    labels = ("Naam", "Surname", "Voornamen", "Given", "Documentnummer", "Nationaliteit", "Geboortedatum")
    assert not [p for p in persons if any(label in p for label in labels)]


def test_loading_with_the_saved_tokenizer_only_tokenises_as_spacy_does(nlp: Language) -> None:
    # load_pipeline skips spaCy's first, discarded build of the Dutch tokenizer: the pipeline it gives must
    # tokenise exactly as spaCy's own loader (the fixture) does, abbreviations, URLs and odd punctuation included.
    ours = load_pipeline(str(MODEL), MODEL.parent)
    assert ours.config["nlp"]["tokenizer"]["@tokenizers"] == RULES_FROM_DISK_TOKENIZER  # the first build skipped
    texts = [
        "Dhr. J.P. v.d. Berg woont t.a.v. mevr. drs. A. de Wit in 's-Hertogenbosch, o.a. z.s.m. ca. 3 km.",
        "Zie https://voorbeeld.nl/pad?x=1&y=2 of mail naar jan.de.vries@example.org (tel. 06-12345678)!",
        "m.b.t. het BSN 1112.22.333 d.d. 14-03-1981; IBAN NL91 ABNA 0417 1643 00 -- 'n enkele zo'n",
        "sanne: morgen borrel?? ;) ok!!! jan-willem & co. v/d Berg",
    ]
    for text in texts:
        assert [t.text for t in ours.tokenizer(text)] == [t.text for t in nlp.tokenizer(text)]
    assert ours.tokenizer.rules == nlp.tokenizer.rules


def test_single_threaded_blas_reads_the_variables_in_openblas_order(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in BLAS_THREAD_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    assert blas_single_threaded()
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "2")  # read first: OpenBLAS runs two threads
    assert not blas_single_threaded()
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "")  # unset in effect: the next variable decides
    assert blas_single_threaded()


def test_numpy_gemm_only_with_one_blas_thread_and_the_same_entities(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in BLAS_THREAD_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")
    kept = load_pipeline(str(MODEL), MODEL.parent)
    assert all(getattr(node.ops, "use_blis", True) for _, c in kept.components for node in c.model.walk())
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "1")
    ours = load_pipeline(str(MODEL), MODEL.parent)
    nodes = [node for _, c in ours.components for node in c.model.walk()]
    assert nodes and all(getattr(node.ops, "use_blis", True) is False for node in nodes)
    texts = [
        "Gisteren belde Jan de Vries uit Amersfoort over zijn aanvraag; mevrouw Fatima El Amrani verbond hem door.",
        "Ingrid Bakker-Smit woont sinds 2019 in Leeuwarden, haar broer Pieter werkt in Rotterdam bij de haven.",
        "Dhr. Van den Heuvel (Tilburg) en Sanne Visser uit Groningen tekenden het contract op 3 maart.",
    ]
    found = [ents(ours, text) for text in texts]
    assert found == [ents(nlp, text) for text in texts]  # the same entities as blis's products give
    assert all(found)
