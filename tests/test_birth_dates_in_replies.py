"""A question about a birthday and the next message, which answers it with a day: that day is the birthday too (issue
12; tuning_60, _99, _162: of the birth dates missed, 78 stood in the line after a birthday's word). Not a party's,
a meeting's or a weekday's day in the answer, nor a day far into it."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _births(analyzer: Analyzer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "[01-12-26 20:50:02] Ilona: Oja, jij bent toch 2 oktober jarig? Dan hebben we taart\n"
            "[01-12-26 20:51:18] Manuela: jaaa haha 2/10. en botond 17 mei",
            ["2/10", "17 mei"],
        ),
        (
            "[21/11/26, 17:58:40] Ruddy: y feliz cumple atrasado doña, fue el 19 de noviembre verdad?\n"
            "[21/11/26, 18:01:30] Chea: jajaja el 17 de noviembre mijo, pero gracias",
            ["17 de noviembre"],
        ),
        (
            "07:09 Folkert: helder. en @Aivars morgen jarig toch?\n07:10 Aivars: paldies! ja 20 juni, dan taart",
            ["20 juni"],
        ),
    ],
)
def test_the_answer_to_a_birthday_question(analyzer: Analyzer, text: str, dates: list[str]) -> None:
    found = _births(analyzer, text)
    assert all(d in found for d in dates), found


@pytest.mark.parametrize(
    "text",
    [
        "A: wanneer is je verjaardagsfeest?\nB: zaterdag 4 november om 8 uur",  # the party's weekday
        "A: ben jij jarig?\nB: nee, vergadering 5 juli",  # a meeting
        "A: is hij jarig?\nB: " + "geen idee, ik weet het echt niet meer, vraag het maar aan zijn moeder of zijn zus "
        "want ik ben het kwijt, de kermis is 14 juni",  # far into the answer
        "A: is zij jarig vandaag?\nB: nee\nC: de rekening van 3 maart is betaald",  # not the next message
    ],
)
def test_no_birthday_in_an_answer_about_something_else(analyzer: Analyzer, text: str) -> None:
    assert _births(analyzer, text) == []
