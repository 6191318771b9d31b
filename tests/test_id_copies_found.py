"""``IdCopyResult.found``: the values the MRZ and the fields gave, for the findings index, kept in memory only."""

from __future__ import annotations

import json
import os

import pytest

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from afscherm.detectors.analyzer import default_analyzer  # noqa: E402
from afscherm.redactors.id_copies import IdCopyPolicy, redact_id_copy  # noqa: E402
from synthetic.id_images import generate  # noqa: E402


@pytest.fixture(scope="module")
def card():  # noqa: ANN201
    _, data, truth = generate(0, seed=21, fmt="png", width=1100, kind="td1")
    return truth["holders"][0], redact_id_copy(data, IdCopyPolicy(), default_analyzer())


def test_found_lists_the_mrz_values_with_their_page(card: tuple) -> None:
    holder, result = card
    assert result.released, result.reasons
    types = {entity for entity, _, _ in result.found}
    assert {"MRZ", "NL_ID_DOCUMENT", "DATE_OF_BIRTH", "PERSON"} <= types
    assert all(page == 1 for _, _, page in result.found)
    numbers = {value for entity, value, _ in result.found if entity == "NL_ID_DOCUMENT"}
    assert holder["document_number"] in numbers
    mrz = [value for entity, value, _ in result.found if entity == "MRZ"]
    assert any(holder["mrz"][0] in value.replace(" ", "") for value in mrz)


def test_report_never_holds_the_found_values(card: tuple) -> None:
    holder, result = card
    text = json.dumps(result.report())
    assert result.found
    for _, value, _ in result.found:
        assert value not in text
    assert holder["document_number"] not in text and holder["mrz"][0] not in text
    assert "found" not in repr(result)
