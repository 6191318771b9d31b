import pytest

from afscherm.detectors.ner_guard import is_plausible_entity


@pytest.mark.parametrize(
    ("text", "value", "entity", "expected"),
    [
        ("Subtotaal   EUR 12,50", "EUR", "LOCATION", False),
        ("iban NL91 ABNA 0417", "ABNA", "LOCATION", False),
        ("Sessie: d23d909e-bb48", "d23d909e-bb48", "LOCATION", False),
        ("Tijdstip: 10:22", "Tijdstip", "LOCATION", False),
        ("Date: Sat, 3 May 2025", "Sat", "LOCATION", False),
        ("Date: Sat, 3 May 2025", "May", "LOCATION", False),
        ("pakket is onderweg", "onderweg", "LOCATION", False),
        ("ik woon in tiel", "tiel", "LOCATION", True),
        ("Geboorteplaats\nEDE", "EDE", "LOCATION", True),
        ("Ik woon in Amsterdam.", "Amsterdam", "LOCATION", True),
        ("Groet, Jan de Vries", "Jan de Vries", "PERSON", True),
        ("hoi sanne", "sanne", "PERSON", True),
        ("Naam: Fenna", "Fenna", "PERSON", True),
    ],
)
def test_plausibility(text: str, value: str, entity: str, expected: bool) -> None:
    start = text.index(value)
    assert is_plausible_entity(text, start, start + len(value), entity) is expected
