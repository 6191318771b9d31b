"""Birth dates of Sierra Leonean, Zimbabwean and Malawian families (issue 12, tuning_164 and tuning_165): Krio's
months and birthday word ("yu bɔnde na 30 march", "5 Julay 1938", "12 disemba 2004"), Chichewa's ("9 Malichi", "27
Febuluwale") and Shona's ("14 Gunyana 1962", "3 Kurume")."""

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
        ("Yabom Sesay, bɔn 1 Jenwari 1938?? nɔ, mi papa se na 5 Julay 1938, Moyamba", "5 Julay 1938"),
        ("mami 😂 na dɛn mistek. mi bɔnde na 18 sɛptɛmba yu fɔgɛt?", "18 sɛptɛmba"),
        ("en we vieren de jarigen: Yamikani 9 Malichi, Tiwonge 27 Febuluwale", "27 Febuluwale"),
        ("birthdays mwedzi uno: Tatenda 3 Kurume, gogo Esinati 28 Kurume 1940 🎉", "28 Kurume 1940"),
        ("zuva rekuzvarwa: 14 Gunyana 1962, the passport one is wrong", "14 Gunyana 1962"),
    ],
)
def test_a_krio_chichewa_or_shona_birth_date(analyzer: Analyzer, text: str, date: str) -> None:
    assert date in _births(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "di burial na saturday 21 Disemba na Kissy Road Funeral Home",  # a burial's day
        "mbudzi 4 dzakatengwa ku Mbare musika",  # goats, four of them
    ],
)
def test_other_days_in_those_months_are_no_birth_dates(analyzer: Analyzer, text: str) -> None:
    assert _births(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Ma Kebbeh turning 75 on april 14 🎉 we sending USD 200", "april 14"),
        ("he turns 40 on June 3rd, party at ours", "June 3"),
    ],
)
def test_an_age_reached_on_a_day_written_month_first(analyzer: Analyzer, text: str, date: str) -> None:
    assert date in _births(analyzer, text)


def test_a_sum_reached_on_a_day_is_no_birthday(analyzer: Analyzer) -> None:
    assert _births(analyzer, "the rent turns 650 on march 1") == []
