"""Dates of birth (issue 12): a chat's round of birth dates answered turns after the request, each date alone on its
speaker's line (and a correction in the next turn chained to it); the next one's said with whose it is first some
lines after a birth date ("en voor kees: ..."); a day and month correcting a birth date in the same sentence
("corrigeert dan: negen mei"). Cases written for these tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_a_round_of_birth_dates_answered_turns_later() -> None:
    text = (
        "femke: ik regel de skireis, ik moet van jullie allemaal de geboortedatum hebben\n"
        "joost: nu?\n"
        "femke: ja nu joost\n"
        "joost: 3-9-88\n"
        "joost: nee wacht 3-10-88, september is van mijn broer\n"
        "femke: top. anouk jij nog?\n"
        "anouk: 22 jan 1992"
    )
    assert births(text) == ["3-9-88", "3-10-88", "22 jan 1992"]


def test_a_date_alone_without_a_request_or_too_far_down_is_left_alone() -> None:
    assert births("femke: ik regel de skireis\njoost: nu?\njoost: 3-9-1988") == []
    far = "femke: ik moet jullie geboortedatum hebben\n" + "".join(f"joost: regel {i}\n" for i in range(9))
    assert births(far + "anouk: 22 jan 1992") == []


def test_a_date_with_more_said_or_too_recent_is_left_alone() -> None:
    asked = "femke: ik moet van jullie de geboortedatum hebben\njoost: waarom\n"
    assert births(asked + "joost: 3-9-1988 is de deadline toch") == []
    assert births(asked + "joost: 3-9-2025") == []


def test_the_next_ones_said_with_whose_first_lines_after() -> None:
    text = (
        "lotte: voor het zwembad moet ik je geboortedatum opgeven\n"
        "rik: 12 maart 1985\n"
        "lotte: ok. het pasje komt per post, duurt een week zeggen ze\n"
        "rik: prima. en voor kees: 9 oktober 2021. die moet ook een pasje"
    )
    assert births(text) == ["12 maart 1985", "9 oktober 2021"]


def test_whose_first_but_no_birth_date_before_or_not_a_name_is_left_alone() -> None:
    assert births("rik: en voor kees: 9 oktober 2021. die moet ook een pasje") == []
    text = "lotte: geboortedatum?\nrik: 12 maart 1985\nrik: en voor morgen: 9 oktober 2021 was de vorige afspraak"
    assert births(text) == ["12 maart 1985"]


def test_a_day_and_month_correcting_a_birth_date_in_the_same_sentence() -> None:
    text = (
        "Vader geeft geboortedatum van Jesse op als negen april tweeduizend acht, corrigeert dan: negen mei, klopt.\n"
    )
    assert births(text) == ["negen april tweeduizend acht", "negen mei"]


def test_a_day_and_month_going_on_or_sharing_nothing_is_left_alone() -> None:
    base = "Vader geeft geboortedatum van Jesse op als negen april tweeduizend acht, "
    assert births(base + "corrigeert dan: negen mei komt hij terug.\n") == ["negen april tweeduizend acht"]
    assert births(base + "corrigeert dan: drie juni, klopt.\n") == ["negen april tweeduizend acht"]
