"""A Dutch identity card's back of the 2014 model prints no ghost (issue 13, tuning family3 seed 91 page 22: a 2014
card's front and back on a photocopy, the back refused for a ghost it never printed). Told by the expiry date its MRZ
gives: a card is valid ten years at most, so one expiring before 2 August 2026 was issued before the 2021 model. The
lines below were made for this test; their check digits agree with the ``mrz`` package's (ICAO 9303)."""

from __future__ import annotations

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.mrz_band import Band

TD1 = Band(center=(500.0, 600.0), length=600.0, thickness=110.0, angle=0.0, lines=3, line_height=24.0)
FIRST = "I<NLDXR12345672123456782<<<<<<"


def test_a_dutch_card_expiring_before_the_2021_model_could_have_is_a_2014_card_without_a_back_ghost() -> None:
    assert not api._prints_back_ghost(TD1, [FIRST, "8503127F2607159NLD<<<<<<<<<<<0"])  # expires 15-07-2026
    # OCR's spaces inside the line as read
    assert not api._prints_back_ghost(TD1, [FIRST, "8503127F 2607159 NLD<<<<<<<<<<<0"])


def test_any_other_card_back_is_held_to_the_ghost_rule() -> None:
    assert api._prints_back_ghost(TD1, [FIRST, "8503127F3107151NLD<<<<<<<<<<<0"])  # expires 2031: either model
    assert api._prints_back_ghost(TD1, [FIRST, "8503127F2608031NLD<<<<<<<<<<<0"])  # 03-08-2026: a minor's 2021 card
    assert api._prints_back_ghost(TD1, [FIRST, "8503127F2607158NLD<<<<<<<<<<<0"])  # expiry's check digit fails
    assert api._prints_back_ghost(TD1, [FIRST, "8503127F2607159SYR<<<<<<<<<<<0"])  # a residence permit's holder
    assert api._prints_back_ghost(TD1, [FIRST])  # the second line not read
