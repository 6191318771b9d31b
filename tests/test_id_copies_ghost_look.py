"""Where the look for an unnamed ghost (``ghost_cover``, issue 13) looks: a card's back shown with a front
whose ghost was not found is looked at alone when the fronts' ghosts were found (``api._ghost_areas``), so the front's
seal or signature no longer refuses it, while the back's own ghost left visible is seen there (and blacked out where
seen when it is a ghost's size, ``api._ghost_covered``; a larger picture keeps the refusal); anywhere else, the whole
page. Pages drawn here: a card with guilloche, a portrait, its ghost."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import Region, black_out, rect
from afscherm.redactors.id_copies.ghost_cover import left_visible_boxes
from tests.id_compose import drawn_portrait, redacted_as_found

PORTRAIT = (160, 160, 400, 470)  # x0, y0, x1, y1
GLYPH = 12.0
Box = tuple[float, float, float, float]


def _card() -> np.ndarray:
    """A tinted card on white paper, guilloche lines over it, the portrait at ``PORTRAIT``."""
    page = np.full((800, 1600), 250, np.uint8)
    page[100:700, 100:820] = 218
    xs = np.arange(100, 820)
    for k in range(0, 600, 9):
        ys = (400 + 200 * np.sin(xs / 60.0 + k / 40.0) * np.cos(k / 90.0)).astype(np.int32)
        cv2.polylines(page, [np.stack([xs, ys], 1).reshape(-1, 1, 2)], False, 205, 1, cv2.LINE_AA)
    x0, y0, x1, y1 = PORTRAIT
    page[y0:y1, x0:x1] = drawn_portrait(x1 - x0, y1 - y0, mouth=False, shoulders=90, seed=7)
    return page


def _ghost(page: np.ndarray, x: int, y: int, strength: float, scale: float = 0.4) -> Box:
    """The portrait ``scale`` as large at (x, y), blended into the card by ``strength``."""
    x0, y0, x1, y1 = PORTRAIT
    small = cv2.resize(page[y0:y1, x0:x1], None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA).astype(float)
    h, w = small.shape
    under = page[y : y + h, x : x + w].astype(float)
    page[y : y + h, x : x + w] = np.clip(under * (1 - strength) + small * strength, 0, 255).astype(np.uint8)
    return (x, y, x + w, y + h)


def _portrait() -> Region:
    return rect("photo", "portrait_like", *PORTRAIT, GLYPH)


def _left(page: np.ndarray, regions: list[Region], within: list[Box] | None = None) -> list[str]:
    out = black_out(page, regions)
    seen = left_visible_boxes(page, out, api._unboxed(out, regions), regions, [PORTRAIT], GLYPH, within=within)
    return [reason for reason, _ in seen][:1]


def test_a_back_is_looked_at_alone_only_when_the_fronts_ghosts_were_found() -> None:
    front_ghost = rect("photo", "ghost", 600, 420, 700, 540, 0)
    back = Region("ghost_back", "mrz", ((900.0, 100.0), (1500.0, 100.0), (1500.0, 500.0), (900.0, 500.0)))
    face = rect("photo", "face", *PORTRAIT, 0)
    areas = api._ghost_areas([face, front_ghost, back], [])
    assert areas is not None and len(areas) == 1
    x0, y0, x1, y1 = areas[0]
    assert x0 < 900 and y0 < 100 and x1 > 1500 and y1 > 500  # the back's outline and a margin
    assert x1 < 1600 + 0.2 * 600  # not the whole page
    # The front's ghost not found: anywhere.
    assert api._ghost_areas([face, back], []) is None
    # A ghost found on the back: nothing wanted there.
    on_back = rect("photo", "ghost", 1000, 150, 1080, 250, 0)
    assert api._ghost_areas([face, front_ghost, back, on_back], []) is None


def test_on_a_back_alone_a_picture_elsewhere_does_not_count_but_the_backs_own_ghost_does() -> None:
    page = _card()
    page[100:700, 900:1500] = 218
    _ghost(page, 600, 420, strength=0.45)  # the front's ghost, left visible: outside the place looked at
    back: list[Box] = [(880.0, 80.0, 1520.0, 720.0)]
    assert _left(page, [_portrait()], within=back) == []
    assert _left(page, [_portrait()])  # looked at everywhere, it is seen
    _ghost(page, 1100, 300, strength=0.45)  # the back's own ghost left visible
    assert _left(page, [_portrait()], within=back)


def _seal(page: np.ndarray, cx: int, cy: int) -> None:
    """A faint seal printed on the card: rings and rays a few grey levels darker than the card."""
    for r in range(6, 48, 5):
        cv2.circle(page, (cx, cy), r, 206, 2, cv2.LINE_AA)
    for a in np.linspace(0, np.pi, 9):
        dx, dy = int(46 * np.cos(a)), int(46 * np.sin(a))
        cv2.line(page, (cx - dx, cy - dy), (cx + dx, cy + dy), 200, 2, cv2.LINE_AA)


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    from afscherm.detectors.analyzer import default_analyzer

    return default_analyzer()


def _problems(
    monkeypatch: pytest.MonkeyPatch,
    analyzer,  # noqa: ANN001
    page: np.ndarray,
    regions: list[Region],
) -> list[str]:
    """The page's problems when the finder found ``regions`` (the document taken as understood), the card tinted."""
    return _copy_and_problems(monkeypatch, analyzer, page, regions)[1]


def _copy_and_problems(
    monkeypatch: pytest.MonkeyPatch,
    analyzer,  # noqa: ANN001
    page: np.ndarray,
    regions: list[Region],
) -> tuple[np.ndarray, list[str]]:
    """``_problems``' copy (RGB) and problems."""
    return redacted_as_found(monkeypatch, analyzer, page, regions, tint=(100, 100, 1500, 700))


BACK_REASON = "ghost portrait not found on a card's back side"


BACK_GHOST = (1100, 300)


def _front_and_back(back_ghost: bool, strength: float = 0.45, scale: float = 0.4) -> tuple[np.ndarray, list[Region]]:
    """A front (portrait, its ghost found, a faint seal) and a back beside it (a marker where its ghost may be)."""
    page = _card()
    page[100:700, 900:1500] = 218
    ghost = _ghost(page, 600, 520, strength=0.45)
    _seal(page, 560, 300)
    if back_ghost:
        _ghost(page, *BACK_GHOST, strength=strength, scale=scale)
    back = Region("ghost_back", "mrz", ((900.0, 100.0), (1500.0, 100.0), (1500.0, 700.0), (900.0, 700.0)))
    return page, [_portrait(), rect("photo", "ghost", *ghost, GLYPH), back]


def test_a_backs_ghost_not_found_is_not_asked_for_on_the_front(monkeypatch, analyzer) -> None:  # noqa: ANN001
    page, regions = _front_and_back(back_ghost=False)
    # The premise: looked at on the whole page, the front's seal is taken for a picture left.
    assert _left(page, regions[:2])
    assert not any(p.startswith(BACK_REASON) for p in _problems(monkeypatch, analyzer, page, regions))


def test_a_backs_own_ghost_left_visible_is_blacked_out_where_the_look_sees_it(monkeypatch, analyzer) -> None:  # noqa: ANN001
    # (api._ghost_covered; before, the page was refused for it)
    page, regions = _front_and_back(back_ghost=True)
    copy, problems = _copy_and_problems(monkeypatch, analyzer, page, regions)
    assert not any(p.startswith(BACK_REASON) for p in problems)
    x, y = BACK_GHOST
    side = [int(0.4 * (PORTRAIT[2] - PORTRAIT[0])), int(0.4 * (PORTRAIT[3] - PORTRAIT[1]))]
    assert np.all(copy[y : y + side[1], x : x + side[0]] <= 24, axis=-1).mean() >= 0.95


def test_a_faint_picture_on_the_back_larger_than_a_ghost_keeps_the_reason(monkeypatch, analyzer) -> None:  # noqa: ANN001
    page, regions = _front_and_back(back_ghost=True, strength=0.08, scale=0.9)
    assert any(p.startswith(BACK_REASON) for p in _problems(monkeypatch, analyzer, page, regions))
