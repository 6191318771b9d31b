"""A page nothing is recognised on is tried once more at another quarter turn (issue 13: pages turned and tilted were
refused as 'not recognised as an ID document'): the turn at which the page shows what only an upright page shows - an
MRZ band that reads with its ``<`` fillers, or a face - found on each turn's view levelled first
(``orient.turn_by_cues``), and the page redacted there when the finder recognises it (``api._redact_page``)."""

from __future__ import annotations

import numpy as np
import pytest

from afscherm.redactors.id_copies import IdCopyPolicy, api
from afscherm.redactors.id_copies.orient import turn_by_cues
from afscherm.redactors.id_copies.verify import gray_of
from tests.id_compose import card, compose, quarter_turn, tilt


@pytest.fixture(scope="module")
def passport() -> tuple[np.ndarray, list[dict]]:
    """A passport's data page, tilted 9° on a larger grey page (upright)."""
    page, regions, _ = card(3, seed=31, width=700, kind="td3")
    page, regions = compose([(page, regions)], paper=(1100, 800), tone=150)
    return tilt(page, regions, 9.0, tone=150)


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_the_turn_an_mrz_band_reads_at_is_found_on_a_tilted_page(passport, turn: int) -> None:  # noqa: ANN001
    page, _ = quarter_turn(*passport, turn)
    gray = gray_of(page)
    assert turn_by_cues(gray, tried=0) == turn
    # The turn already tried is never the answer.
    assert turn_by_cues(gray, tried=turn) in (None, *(t for t in (0, 90, 180, 270) if t != turn))


def test_a_page_without_a_band_or_a_face_gives_no_turn() -> None:
    blank = np.full((600, 900), 235, np.uint8)
    blank[200:220, 100:700] = 40  # a bar, no print
    assert turn_by_cues(blank, tried=0) is None


def test_a_page_taken_at_a_wrong_turn_is_redacted_at_the_one_its_band_reads_at(
    passport,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    page, _ = quarter_turn(*passport, 90)
    # The page's turn decided wrongly (upright): nothing is recognised there.
    monkeypatch.setattr(api, "page_turn", lambda gray: (0, "none"))
    turns: list[int] = []
    redact_turned = api._redact_turned

    def spy(page, gray, turned, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        turns.append(turned)
        return redact_turned(page, gray, turned, *args, **kwargs)

    monkeypatch.setattr(api, "_redact_turned", spy)
    _, result = api._redact_page(page, IdCopyPolicy(), api._analyzer(), api._Clock())
    assert turns == [0, 90]
    assert api.NOT_RECOGNISED not in result.problems
    assert any(r.type == "mrz" and r.source == "mrz_geometry" for r in result.regions)
