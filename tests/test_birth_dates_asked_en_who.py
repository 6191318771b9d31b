"""Dates of birth (issue 12): the same question asked of someone else by "en <who> (dan)?" alone, answered by a date
opening the next turn - a whole date after a birth date given (the rest of its line a remark), or a birthday's day
and month a few turns after a birth date or a word for a list of birthdays. Whose is asked must be a person (a first
name, a relative, a pronoun): not "en de afspraak?". Cases written for these tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_a_whole_date_after_en_name_dan() -> None:
    text = (
        "sanne: mam vraagt of je je geboortedatum nog even stuurt voor de vliegtickets\n"
        "thijs: 12-3-88 toch, weet ze dat niet meer\n"
        "sanne: en lieke dan\n"
        "thijs: 23/10/2019. de rest weet ik niet"
    )
    assert births(text) == ["12-3-88", "23/10/2019"]


def test_a_whole_date_after_en_a_relative_and_whose_it_is() -> None:
    text = "ma: stuur je geboortedatum even\nbas: 4 mei 1990 hoezo\nma: en je vriendin?\nbas: die is van 7 juli 1991"
    assert births(text) == ["4 mei 1990", "7 juli 1991"]


def test_a_day_and_month_after_en_jij_in_a_list_of_birthdays() -> None:
    text = (
        "[03-11-2026 19:02] Ineke: wie zet de verjaardagen even in de agenda van de groep\n"
        "[03-11-2026 19:04] Ruud: doe ik. oma truus wordt 80 op 30 jan\n"
        "[03-11-2026 19:04] Ruud: feestje voor oma is trouwens zaterdag 6 december\n"
        "[03-11-2026 19:07] Ineke: en jij zelf dan haha\n"
        "[03-11-2026 19:08] Ruud: 11 juli, net als altijd"
    )
    assert births(text) == ["30 jan", "11 juli"]


def test_a_day_and_month_after_en_jij_after_a_birthday() -> None:
    assert births("anna: ik ben jarig op 3 mei\nbob: en jij?\nanna: 12 juni") == ["3 mei", "12 juni"]


def test_not_a_thing_asked_nor_a_day_that_goes_on() -> None:
    assert births("anna: ik ben jarig op 3 mei\nbob: en de vergadering?\nanna: 12 juni") == ["3 mei"]
    assert births("anna: ik ben jarig op 3 mei\nbob: en jij?\nanna: 12 juni komt de monteur") == ["3 mei"]
    text = "agent: wat is uw geboortedatum?\nklant: 12-3-1988\nagent: en de afspraak?\nklant: 23-10-2025"
    assert births(text) == ["12-3-1988"]
    text = "agent: wat is uw geboortedatum?\nklant: 12-3-1988\nagent: en jij?\nklant: 23-10-2030"
    assert births(text) == ["12-3-1988"]  # not yet


def test_too_many_turns_after_the_birthday() -> None:
    # (past the birth conversation's TALK_LINES lines: within them, "en jij?" asks again and "12 juni" answers it, see
    # test_birth_dates_in_birth_talk.py)
    text = "anna: ik ben jarig op 3 mei\nbob: leuk\nanna: ja\nbob: ok\nanna: nou\nbob: hm\nanna: zo\n"
    text += "bob: en jij?\nanna: 12 juni"
    assert births(text) == ["3 mei"]


def test_an_acknowledgement_before_en_and_u_asked() -> None:
    text = "wies: ik ben van 12-3-88 trouwens, moest je weten voor de verzekering\ntimo: top, en karel?\nwies: 5-7-86"
    assert births(text) == ["12-3-88", "5-7-86"]
    assert births("anna: ik ben jarig op 3 mei\nbob: oké en jij?\nanna: 12 juni") == ["3 mei", "12 juni"]
    text = (
        "Intaker: Geboortedatum?\nMoeder: Vijftien augustus tweeduizend zeventien. Hij is nu acht.\n"
        "Intaker: En die van u?\nMoeder: Twee, twee, zesennegentig. Angela Kuipers."
    )
    assert births(text) == ["Vijftien augustus tweeduizend zeventien", "Twee, twee, zesennegentig"]
    # an acknowledgement of a thing asked: no person
    assert births("anna: ik ben jarig op 3 mei\nbob: oké en de vergadering?\nanna: 12 juni") == ["3 mei"]
