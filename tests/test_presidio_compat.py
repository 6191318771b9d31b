"""afscherm's recognisers live beside Presidio's own in one process without breaking either."""

from __future__ import annotations

import presidio_analyzer.predefined_recognizers as predefined
from presidio_analyzer import RecognizerRegistry

from afscherm.detectors import default_analyzer


def test_class_names_do_not_shadow_presidio_predefined_recognizers() -> None:
    # Presidio's registry finds predefined recognizers by class name among all subclasses.
    ours = {type(r).__name__ for r in default_analyzer().recognizers}
    presidio = {n for n in dir(predefined) if n.endswith("Recognizer")}
    assert ours and not ours & presidio


def test_stock_presidio_still_loads_after_ours() -> None:
    default_analyzer()
    registry = RecognizerRegistry(supported_languages=["nl"])
    registry.load_predefined_recognizers(languages=["nl"])
    modules = {type(r).__module__ for r in registry.recognizers}
    assert modules and all(m.startswith("presidio_analyzer") for m in modules)


def test_presidio_engine_runs_our_recognisers() -> None:
    engine = default_analyzer().presidio_analyzer()
    results = engine.analyze("Mijn IBAN is NL91 ABNA 0417 1643 00.", language="nl")
    assert [(r.entity_type, r.start, r.end) for r in results] == [("IBAN_CODE", 13, 35)]
