"""An ID page's name fields as OCR prints them, two on a line: the second label after a wide gap ("Narn/Surnarne
HOEKSTRA   Voornarnen/Given narnes WOPKE"), and a foreign document's own word before the English one ("Prezime /
Surname", "Prenume/Given names"): detectors/person_name.py, issue 12, fifty-first session. Names are made up.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def people(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "PERSON"]


def test_the_second_field_on_an_ocr_line() -> None:
    # (given names that are words too, "Roos", "Lief": only the label says they name someone)
    for given in ("ROOS", "LlEF"):
        text = f"Narn/Surnarne HOEKSTRA   Voornarnen/Given narnes {given}\nGeboortedaturn 17 APR/APR 1951"
        assert given in people(text)


def test_a_foreign_label_before_the_english_one() -> None:
    found = people("Prezime / Surname ŽIVKOVIĆ   Ime / Given names MILORAD\nDatum rođenja / Date of birth 12.03.1980")
    assert {"ŽIVKOVIĆ", "MILORAD"} <= set(found)


def test_a_header_row_of_labels_names_nobody() -> None:
    text = "Naam            Voorletters   Tussenv.   Achternaam\nAanvrager       P.J.          van        Dijk"
    assert "Tussenv" not in " ".join(people(text))
