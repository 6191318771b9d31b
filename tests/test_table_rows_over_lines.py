"""Issue 12, machine output: a SQL client's table whose cell holds an escaped line break (an MRZ's two lines, a
note) is read row by row all the same. The detection view reads the escaped "\\n" as a line break, which split the
row and ended the table there: the columns below lost their names, and a foreign birthplace under "woonplaats" was
taken for a person, a first name under "voornamen" for a place."""

from __future__ import annotations

from afscherm.detectors import analyze

MRZ_TABLE = (
    "mysql> SELECT achternaam, voornamen, geb_datum, woonplaats, mrz FROM gasten;\n"
    "+------------+------------+------------+-------------+------------------------------------------------+\n"
    "| achternaam | voornamen  | geb_datum  | woonplaats  | mrz                                            |\n"
    "+------------+------------+------------+-------------+------------------------------------------------+\n"
    "| Tserenpil  | Bolormaa   | 1984-02-17 | Erdenet     | P<MNGTSERENPIL<<BOLORMAA<<<<<<<<<<<<<<<<<<<<<"
    "\\nE5520183<4MNG8402172F3105119<<<<<<<<<<<<<<06 |\n"
    "| Rijnders   | Geesje     | 1961-11-30 | Vlijmen     | NULL                                           |\n"
    "| Dubrovskaya | Ulyana    | 1993-05-08 | Vitebsk     | NULL                                           |\n"
    "+------------+------------+------------+-------------+------------------------------------------------+\n"
    "3 rows in set (0.00 sec)"
)


def _typed(text: str) -> dict[str, str]:
    return {text[f.start : f.end]: f.entity_type for f in analyze([text])[0]}


def test_rows_below_a_cell_with_an_escaped_line_break_keep_their_columns() -> None:
    found = _typed(MRZ_TABLE)
    assert found.get("Vitebsk") == "LOCATION"
    assert found.get("Geesje") == "PERSON"
    assert found.get("Ulyana") == "PERSON"
    assert found.get("Erdenet") == "LOCATION"


def test_a_note_over_two_lines_in_a_csv_row_keeps_the_columns_of_the_rows_below() -> None:
    text = (
        "naam;voornaam;geboorteplaats;opmerking\n"
        'Okonkwo;Chidinma;Enugu;"sleutel bij de buren\\nbel eerst"\n'
        "Hoekstra;Tetje;Balk;geen\n"
        "Abebe;Selam;Gondar;geen\n"
    )
    found = _typed(text)
    assert found.get("Gondar") == "LOCATION"
    assert found.get("Selam") == "PERSON"
