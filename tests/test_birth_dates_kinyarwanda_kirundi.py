"""Birth dates of Rwandan and Burundian families (issue 12, tuning_157): Kinyarwanda's and Kirundi's months ("23
ntwarante", "3 mata") and their words for born and birthday ("yavutse", "isabukuru"), Swahili's "amezaliwa"."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _births(analyzer: Analyzer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("ejo ni isabukuru ya Ange, 23 ntwarante, tugure cake? 5 euro kuri buri muntu", "23 ntwarante"),
        ("umwana yavutse ku wa 12 gashyantare 2019 i Huye", "12 gashyantare 2019"),
        ("kandi ejo ni isabukuru ya Olivier (3 mata) isabukuru nziza!!", "3 mata"),
        ("navutse 30 kanama 1987, ariko pasiporo ivuga 03/08/1987", "30 kanama 1987"),
        ("mtoto amezaliwa leo asubuhi, tarehe 7 Aprili 2026, saa kumi", "7 Aprili 2026"),
    ],
)
def test_a_date_after_a_rwandan_or_burundian_birth_word(analyzer: Analyzer, text: str, date: str) -> None:
    assert date in _births(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "we spraken af op 3 mata in Kigali, de vergadering van de tontine",  # a month, no birth word
        "inama izaba ku wa 14 werurwe 2026 saa kumi",  # a meeting's date
    ],
)
def test_the_months_alone_name_no_birth_date(analyzer: Analyzer, text: str) -> None:
    assert _births(analyzer, text) == []
