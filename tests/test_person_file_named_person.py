"""Issue 12 (twenty-first session), a file or folder named after its person and a date, as HR and client dossiers are
named (``Hofstra_Wiebe_1977-04-02.pdf``, ``van_Leeuwen_Iris_12-11-1990/``): the name's words, joined by
underscores. The log lines are written here, not copied from a gold set."""

from __future__ import annotations

import pytest

from afscherm.detectors.person_name import PersonNameRecognizer


def named(text: str) -> list[str]:
    return [text[f.start : f.end] for f in PersonNameRecognizer()._file_named_person(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("smbd: opened /dossiers/Hofstra_Wiebe_1977-04-02.pdf read=1", "Hofstra_Wiebe"),  # surname first
        ("rsync: >f+++ personeel/van_Leeuwen_Iris_12-11-1990/arbeidscontract.pdf", "van_Leeuwen_Iris"),  # particle
        ("upload scans/Wouter_Visser_20231105.jpg ok", "Wouter_Visser"),  # first name first, a compact date
        ("deleting archief/Yılmaz_Elif_1984-09-30/", "Yılmaz_Elif"),  # a Turkish name
        ("C:\\HR\\Bakker_Mark_1969-02-14.docx", "Bakker_Mark"),  # a surname and a first name that are words too
    ],
)
def test_a_file_named_after_a_person_and_a_date_names_the_person(text: str, name: str) -> None:
    assert named(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "exported /reports/Sales_Report_2024-01-31.xlsx",  # no first name
        "build Project_Alpha_2024-01-01.zip",  # no surname
        "opened /hr/Hofstra_Wiebe.pdf",  # no date after the name: not this rule's shape
        "backup Jan_2024-01-31.tar",  # one word
        "opened /docs/Handleiding_Kassa_Sanne_2024-03-01.pdf",  # three words, not a name with its surname
    ],
)
def test_files_named_otherwise_are_left(text: str) -> None:
    assert named(text) == []
