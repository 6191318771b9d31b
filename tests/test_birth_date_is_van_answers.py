"""Dates of birth (issue 12): a date opening the turn that answers "<person> is van...?" on the line
above, a two-digit year read out as a word too. Cases written for these tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_a_date_answering_whose_birth_date_is_asked_by_is_van() -> None:
    text = "Begeleider: En Noah is van...?\nVader: negen juni elf. Hij zit in groep acht."
    assert births(text) == ["negen juni elf"]
    assert births("Agent: en hij is van?\nKlant: 3 juni 1980") == ["3 juni 1980"]


def test_a_thing_asked_by_is_van_or_a_date_later_in_the_answer_is_left_alone() -> None:
    assert births("Medewerker: Die brief is van?\nKlant: 12 maart 2024 denk ik") == []
    assert births("Begeleider: En Noah is van...?\nVader: hij zit in groep acht, sinds 9 juni 2011") == []
