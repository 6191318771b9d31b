"""Places OCR damaged on letters, payslips and ID pages: a letter's date line with OCR's digits in the place and its
damage in the month ("V1aardingen, 12 decernber 2026"), OCR's capital I for an l inside a word ("GeIdermaIsen"), and an
issuing authority written so ("Burgerneester van GeIdermaIsen"): detectors/place_names.py, issue 12, fifty-first
session. The places are real, the people made up.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "LOCATION"]


def test_a_date_line_with_ocr_damage_in_the_place_and_the_month() -> None:
    text = "Aan de heer P. Stigter\nHoofdstraat 9\nV1aardingen, 12 decernber 2026\nBetreft: uw aanvraag"
    assert "V1aardingen" in places(text)


def test_a_capital_i_for_an_l_inside_a_listed_place() -> None:
    assert "GeIdermaIsen" in places("Bakkerij Tuin B.V. · GeIdermaIsen · LOONSTROOK periode O9-2O26")
    assert "GeIdermaIsen" in places("Autoriteit: Burgerneester van GeIdermaIsen\nP<NLD")


def test_a_family_name_on_a_date_line_is_no_place() -> None:
    assert places("Met vriendelijke groet,\nPietersen, 12 decernber 2026") == []
