"""Rules that looked at every other finding, or back to a line's start, for each candidate were quadratic on a long
line dense with candidates (a minified log line, a whole CSV on one line). Their windowed or masked forms must
answer exactly as before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from afscherm.detectors.findings import Finding
from afscherm.detectors.location import _mask, _overlaps
from afscherm.detectors.ner_gate import Covered
from afscherm.detectors.person_name import _list_neighbours

FILLER = "de klant vraagt of het pakket morgen komt en wat de kosten zijn "

spans = st.tuples(st.integers(0, 60), st.integers(1, 12)).map(lambda t: (t[0], t[0] + t[1]))


@given(st.lists(spans, max_size=12), spans)
def test_the_mask_answers_like_the_pairwise_overlap_test(taken: list[tuple[int, int]], span: tuple[int, int]) -> None:
    found = [Finding(s, e, "LOCATION", 0.5, "test") for s, e in taken]
    candidate = Finding(*span, "LOCATION", 0.5, "test")
    pairwise = any(candidate.start < g.end and g.start < candidate.end for g in found)
    assert _overlaps(_mask(80, found), candidate) == pairwise


@given(st.lists(spans, max_size=12), spans)
def test_contains_other_answers_like_the_pairwise_test(taken: list[tuple[int, int]], span: tuple[int, int]) -> None:
    s, e = span
    pairwise = any(a <= s and e <= b and (a, b) != (s, e) for a, b in taken)
    assert Covered(taken).contains_other(s, e) == pairwise
    # and with the span itself among them, which alone does not count
    pairwise = any(a <= s and e <= b and (a, b) != (s, e) for a, b in [*taken, span])
    assert Covered([*taken, span]).contains_other(s, e) == pairwise


def test_list_neighbours_far_from_the_line_start() -> None:
    text = FILLER * 60 + "daan, sara en thijs gaan mee"
    start = text.index("sara")
    daan, thijs = text.index("daan"), text.index("thijs")
    assert _list_neighbours(text, start, start + len("sara")) == [(thijs, thijs + 5), (daan, daan + 4)]


def test_list_neighbours_not_across_a_line_break_or_a_long_gap() -> None:
    text = "daan,\nsara"
    assert _list_neighbours(text, 6, 10) == []
    # a "separator" of eighty spaces is no list
    text = "daan," + " " * 80 + "sara"
    assert _list_neighbours(text, len(text) - 4, len(text)) == []
