"""Dates of birth (issue 12): a birthday asked without its year and confirmed in the next turn by the whole date
("Noah is van 5 januari toch?" / "Klopt, 5-1-2026"): the same day and month, in the past, after a yes. Not another
day, nor a future one. Cases written for these tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_a_birthday_confirmed_by_its_whole_date() -> None:
    text = "Hennie: Noah is van 5 januari toch? Zag het geboortebord\nSofie: Klopt, 5-1-2026 Wij komen uit Zaandam"
    assert births(text) == ["5 januari", "5-1-2026"]
    assert births("oma: hij is jarig op 3 maart?\nmam: ja hoor 03-03-2019") == ["3 maart", "03-03-2019"]


def test_another_or_a_future_date_is_left_alone() -> None:
    assert births("Hennie: Noah is van 5 januari toch?\nSofie: Klopt, 5-1-2027 is de doop") == ["5 januari"]
    assert births("Hennie: Noah is van 5 januari toch?\nSofie: Ja, 6-2-2026 was de doop") == ["5 januari"]
