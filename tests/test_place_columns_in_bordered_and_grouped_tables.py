"""Issue 12, machine output: a place under a place column is read in a pipe table with borders between its header and
rows (``mysql>`` output), and in a CSV export whose header follows a group header and whose cells quote the delimiter
they hold. A place that is a first name or surname too (Ede, De Rijp) is the place there."""

from __future__ import annotations

from afscherm.detectors import analyze


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[f.start : f.end], f.entity_type) for f in analyze([text])[0]}


def test_a_place_under_a_pipe_table_s_border() -> None:
    text = (
        "mysql> SELECT id, naam, woonplaats FROM leden;\n"
        "+------+----------------+------------+\n"
        "| id   | naam           | woonplaats |\n"
        "+------+----------------+------------+\n"
        "| 4410 | Brink, Hanneke | De Rijp    |\n"
        "| 4411 | Mol, Ger       | Ede        |\n"
        "+------+----------------+------------+\n"
    )
    found = _found(text)
    assert ("De Rijp", "LOCATION") in found and ("Ede", "LOCATION") in found
    assert ("De Rijp", "PERSON") not in found and ("Ede", "PERSON") not in found


def test_a_place_in_a_csv_under_a_group_header_with_quoted_delimiters() -> None:
    text = (
        ";Lid;;Adres;;\n"
        "Nr;Naam;Straat;Postcode;Plaats;Telefoon\n"
        '1;"Wim Schouten";"Dorpsweg 3; achterom";"6712 AB";"Ede";"0318-555 120"\n'
        '2;"Ans Mulder";"Bospad 1";"6718 VA";"Ede";"06-41 77 92 05"\n'
    )
    findings = analyze([text])[0]
    edes = [f.entity_type for f in findings if text[f.start : f.end] == "Ede"]
    assert edes == ["LOCATION", "LOCATION"]  # both rows, and never a person
    # The header's own word, read as a row of the group header before it, is no street.
    assert not any(text[f.start : f.end] == "Straat" for f in findings)


def test_a_postcode_whose_letters_are_a_word_in_the_cell_after_a_street() -> None:
    text = "INSERT INTO klanten VALUES (77,'Ruud Kramer','Beukenlaan 4','3833 AN','Leusden','06 41 22 80 19');"
    assert ("3833 AN", "LOCATION") in _found(text)
    # Without a street in the cell before, the same letters stay a unit.
    assert not any(t == "LOCATION" and v == "1024 MB" for v, t in _found("INSERT INTO x VALUES ('ok','1024 MB','a')"))


def test_a_row_s_id_on_the_next_line_is_no_postcode_after_the_row_s_street() -> None:
    # A COPY dump: after a row with a street, the next row opens with a five-digit id and a "Surname, Given" cell.
    text = (
        "COPY klanten (klant_id, naam, straat, postcode, plaats) FROM stdin;\n"
        "60211\tWouters, Els\tStationsstraat 41 bus 3\t3920\tLommel\n"
        "60212\tSchürmann, Jörg\tBahnhofstraße 7\t48599\tGronau\n"
    )
    found = _found(text)
    assert ("60212", "LOCATION") not in found and ("Schürmann", "LOCATION") not in found
    assert ("Schürmann, Jörg", "PERSON") in found and ("Gronau", "LOCATION") in found
    # A street ending its line, the code and place opening the next: the address goes on there.
    assert ("Norderney", "LOCATION") in _found("Adres: Strandstraße 14\n26548 Norderney")
