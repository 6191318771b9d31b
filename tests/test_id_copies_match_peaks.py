"""The peaks of a template-matching map (``face._peaks``, ``face._peak``): the best places, each farther than the
template's reach from the better ones, found without copying the whole map; the map is left as it was given (the
caller may read it again). Maps are drawn here: a few known peaks on a flat field."""

from __future__ import annotations

import numpy as np

from afscherm.redactors.id_copies.face import _peak, _peaks


def _map() -> np.ndarray:
    score = np.full((60, 80), 0.1, np.float32)
    score[10, 5] = 0.9  # the best place
    score[12, 8] = 0.85  # beside it, within the reach: no peak of its own
    score[40, 60] = 0.8  # the second peak
    score[50, 20] = 0.7  # the third
    return score


def test_peaks_are_the_best_places_apart() -> None:
    score = _map()
    found = _peaks(score, (5, 5), 3)
    assert [place for _, place in found] == [(5, 10), (60, 40), (20, 50)]  # (x, y)
    assert [round(best, 2) for best, _ in found] == [0.9, 0.8, 0.7]


def test_a_neighbour_within_reach_is_no_second_peak_but_one_beyond_is() -> None:
    score = _map()
    assert round(_peaks(score, (5, 5), 2)[1][0], 2) == 0.8
    assert round(_peaks(score, (1, 1), 2)[1][0], 2) == 0.85  # reach 1: the neighbour stands apart


def test_the_map_is_left_as_given() -> None:
    score = _map()
    before = score.copy()
    _peaks(score, (5, 5), 3)
    _peak(score, (30, 30))  # reaches overlap the other peaks: set aside and put back
    assert np.array_equal(score, before)


def test_peak_gives_the_best_and_the_best_elsewhere() -> None:
    score = _map()
    best, elsewhere, place = _peak(score, (5, 5))
    assert (round(best, 2), round(elsewhere, 2), place) == (0.9, 0.8, (5, 10))
