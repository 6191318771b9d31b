"""A chat's list of birthdays, a name and its day and month each, apart by slashes ("Marvin Orellana 9 de marzo /
Ixchel 23 de julio / Chepe 16 abril", issue 12, tuning_171): each day and month is that person's birthday, in a text
that speaks of birthdays and with three items on the line at least. Not two dates of a schedule, nor a list where no
birthday is spoken of."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _births(analyzer: Analyzer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == "DATE_OF_BIRTH"]


def test_each_day_and_month_of_a_slashed_birthday_list(analyzer: Analyzer) -> None:
    text = (
        "Hna. Rosa: bendiciones 🙏 aqui la lista de cumpleaños del grupo\n"
        "Hna. Rosa: Edwin Pacheco 4 de marzo / Nohelia 21 de julio / Chus 16 abril / Marleny 2 de febrero"
    )
    assert _births(analyzer, text) == ["4 de marzo", "21 de julio", "16 abril", "2 de febrero"]


@pytest.mark.parametrize(
    "text",
    [
        "cumpleaños de la abuela el domingo\nruta: Utrecht 12 mayo / Zwolle 14 mayo",
        "planning: Eindhoven 3 maart / Breda 5 maart / Tilburg 7 maart",
    ],
)
def test_no_birthday_in_a_schedule(analyzer: Analyzer, text: str) -> None:
    assert _births(analyzer, text) == []
