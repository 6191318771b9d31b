"""Birth dates of Malagasy, Mauritian and Réunion, Icelandic, Faroese and Greenlandic families (issue 12, tuning_160
and tuning_161): their months ("30 Septambra", "12 févriyé 1946", "10. septemberi") and birthday words ("til
hamingju", "á afmælinu mínu", "inuuissiarsuarluarit", "tsingerin-taona")."""

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
        ("Gunnar: til hamingju Sigga! 21. mars er alltaf besti dagurinn", "21. mars"),
        ("ég fékk hana á afmælinu mínu 4. janúar en hún er of lítil", "4. janúar"),
        ("inuuissiarsuarluarit Malik, 18. septemberi 🎉", "18. septemberi"),
        ("aza adino ny tsingerin-taona nahaterahanao 12 Novambra", "12 Novambra"),
        ("ny zanako dia teraka 3 Aogositra 2015 tany Antsirabe", "3 Aogositra 2015"),
        ("lanniverser gramoun 21 févriyé 1946, nou fer enn ti fet", "21 févriyé 1946"),
    ],
)
def test_a_date_after_a_birthday_word(analyzer: Analyzer, text: str, date: str) -> None:
    assert date in _births(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "fundur 21. mars í Reykjavík, kl 14",  # a meeting
        "ny fivoriana dia ny 12 Novambra amin'ny 3 ora",  # a meeting in Malagasy
    ],
)
def test_the_months_alone_name_no_birth_date(analyzer: Analyzer, text: str) -> None:
    assert _births(analyzer, text) == []
