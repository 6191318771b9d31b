"""Dates of birth in a person's record (issue 12): a recent date right after a child's name answers a round that asked
the children's birth dates a few lines up ("ik moet de geboortedata van de kids doorgeven" / "Daan 04-02-2014, Mila
19-09-2015"), however recent; a round that names no child leaves a recent date alone. Cases written for these tests,
all fictitious."""

from __future__ import annotations

from tests.birth_record_helpers import in_records


def test_a_childs_date_in_a_round_for_the_kids() -> None:
    text = (
        "Fenna: ik moet dan de geboortedata van de kids doorgeven voor de groepskorting\n"
        "Yusuf: wanneer?\nFenna: vandaag nog\nFenna: Daan 04-02-2014, Mila 19-09-2017"
    )
    assert in_records(text, ["Daan", "Mila"]) == ["04-02-2014", "19-09-2017"]


def test_a_round_that_names_no_child() -> None:
    text = "Bart: ik moet de geboortedata doorgeven voor de reservering\nBart: ok\nBart: Mila 19-09-2017"
    assert in_records(text, ["Mila"]) == []


def test_a_round_too_far_up() -> None:
    text = "Fenna: de geboortedata van de kids graag\n" + "Yusuf: ok\n" * 9 + "Fenna: Mila 19-09-2017"
    assert in_records(text, ["Mila"]) == []
