"""The examples in the identifier modules' docstrings (python-stdnum style: ``>>> find("…")``) hold."""

from __future__ import annotations

import doctest
import importlib

import pytest

IDENTIFIER_MODULES = (
    "bsn",
    "iban",
    "imei",
    "credit_card",
    "mrz",
    "mrz_fields",
    "phone",
    "email",
    "id_document",
    "ip_address",
)


@pytest.mark.parametrize("name", IDENTIFIER_MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(f"afscherm.detectors.{name}")
    result = doctest.testmod(module, verbose=False, report=True)
    assert result.attempted >= 3 and result.failed == 0, result  # a found value and a refused one, at least
