"""Small angles (issue 13: ±15°): the page's lines of print found tilted (``orient.page_skew``), the page levelled for
the finder and verification (``orient.level``) and its verified copy turned back (``orient.unlevel``), the boxes
reported in the upload's pixels (``api._redact_page``, behind ``api.LEVEL_SMALL_ANGLES``, off by default)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import Region, rect
from afscherm.redactors.id_copies.orient import level, page_skew, unlevel
from synthetic.id_images import _font
from tests.id_compose import CARD_FIELD_LINES

LINES = (
    "IDENTITEITSKAART / IDENTITY CARD",
    *CARD_FIELD_LINES,
    "Documentnummer / Document no.",
    "NXC4R81P2",
)


def _card(width: int = 1200, height: int = 800) -> np.ndarray:
    """A pale card of printed fields (greyscale), level, on a lighter page."""
    page = Image.new("L", (width, height), 245)
    card = Image.new("L", (900, 560), 215)
    draw = ImageDraw.Draw(card)
    for i, line in enumerate(LINES):
        draw.text((40, 30 + 56 * i), line, fill=30, font=_font("bold" if i % 2 == 0 else "sans", 30))
    page.paste(card, (150, 120))
    return np.array(page)


def _tilted(img: np.ndarray, degrees: float) -> np.ndarray:
    """``img`` turned by ``degrees`` (OpenCV's sense: counter-clockwise) about its centre, the corners page-white."""
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=245)


@pytest.mark.parametrize("degrees", [-12.0, -7.5, 4.0, 9.0, 14.0])
def test_a_tilted_page_is_found_tilted_by_its_angle(degrees: float) -> None:
    # Levelling turns the other way: within a fine step (0.2°) and a pixel's worth of the profile.
    assert page_skew(_tilted(_card(), degrees)) == pytest.approx(-degrees, abs=0.5)


def test_a_level_page_and_a_blank_one_are_not_turned() -> None:
    assert page_skew(_card()) == 0.0
    assert page_skew(_tilted(_card(), 1.0)) == 0.0  # under MIN_SKEW: read as it is
    assert page_skew(np.full((600, 900), 240, np.uint8)) == 0.0


def test_levelling_keeps_the_whole_page_and_turns_back_onto_it() -> None:
    page = cv2.cvtColor(_tilted(_card(), 8.0), cv2.COLOR_GRAY2RGB)
    levelled, matrix = level(page, -8.0)
    # The canvas holds the whole turned page: every corner of the page lands inside it.
    h, w = page.shape[:2]
    corners = cv2.transform(np.array([[(0, 0), (w - 1, 0), (0, h - 1), (w - 1, h - 1)]], np.float64), matrix)[0]
    assert (corners >= -0.5).all() and (corners[:, 0] <= levelled.shape[1]).all()
    assert (corners[:, 1] <= levelled.shape[0]).all()
    back = unlevel(levelled, matrix, page.shape)
    assert back.shape == page.shape
    # Two resamplings blur a little; the page is the same page.
    assert float(np.mean(np.abs(back.astype(int) - page.astype(int)))) < 4.0


def test_what_is_black_in_the_levelled_copy_is_black_where_it_came_from() -> None:
    page = cv2.cvtColor(_tilted(_card(), -10.0), cv2.COLOR_GRAY2RGB)
    levelled, matrix = level(page, 10.0)
    levelled[:] = 0  # a levelled copy all black: nothing of the page may come back
    assert int(unlevel(levelled, matrix, page.shape).max()) == 0


def test_a_tilted_page_is_redacted_level_and_its_boxes_come_back_in_the_uploads_pixels(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``_redact_upright`` sees the page level; the box it blacks out there is black in the copy at the place the
    reported box names (upload pixels), and the copy keeps the upload's size."""
    page = cv2.cvtColor(_tilted(_card(), 9.0), cv2.COLOR_GRAY2RGB)
    seen: dict[str, float] = {}

    def redact_level(view: np.ndarray, policy, analyzer, clock, given=None):  # noqa: ANN001, ANN202
        seen["skew"] = page_skew(api.gray_of(view))
        box = rect("document_number", "label", 400, 300, 600, 340)
        out = view.copy()
        out[300:340, 400:600] = 0
        return out, api.PageResult([box], [], 0)

    monkeypatch.setattr(api, "_redact_upright", redact_level)
    monkeypatch.setattr(api, "page_turn", lambda gray: (0, "none"))  # upright already: only the small angle here
    monkeypatch.setattr(api, "LEVEL_SMALL_ANGLES", True)
    out, result = api._redact_page(page, api.IdCopyPolicy(), None, api._Clock())
    assert seen["skew"] == 0.0  # the finder was given a level page
    assert out.shape == page.shape
    (region,) = result.regions
    polygon = np.array(region.polygon, np.float64)
    # The box comes back turned with the page (its sides no longer along the axes) ...
    assert len({round(y) for _, y in polygon}) == 4
    # ... and its middle is black in the copy, while the page there was printed card.
    cx, cy = polygon.mean(axis=0)
    assert int(out[int(cy), int(cx)].max()) < 30
    assert int(page[int(cy) - 3 : int(cy) + 4, int(cx) - 3 : int(cx) + 4].max()) > 150


def test_a_person_s_boxes_are_levelled_with_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """Boxes a person drew on the upload (its pixels) land on the same print in the levelled page."""
    page = cv2.cvtColor(_tilted(_card(), -6.0), cv2.COLOR_GRAY2RGB)
    page[395:406, 495:506] = (200, 0, 0)  # the mark the person boxed
    given = [Region("bsn", "person", ((500.0, 400.0), (501.0, 400.0), (501.0, 401.0), (500.0, 401.0)))]
    got: dict[str, tuple[float, float]] = {}

    def redact_level(view: np.ndarray, policy, analyzer, clock, given=None):  # noqa: ANN001, ANN202
        got["point"] = given[0].polygon[0]
        got["shape"] = view.shape
        return view, api.PageResult(given, [], 0)

    monkeypatch.setattr(api, "_redact_upright", redact_level)
    monkeypatch.setattr(api, "page_turn", lambda gray: (0, "none"))
    monkeypatch.setattr(api, "LEVEL_SMALL_ANGLES", True)
    _, result = api._redact_page(page, api.IdCopyPolicy(), None, api._Clock(), given)
    levelled, _ = level(page, 6.0)
    x, y = got["point"]
    assert got["shape"] == levelled.shape
    # The levelled page shows the mark where the person's box went.
    assert tuple(int(v) for v in levelled[round(y), round(x)]) == pytest.approx((200, 0, 0), abs=20)
    # And the boxes come back where the person drew them.
    assert result.regions[0].polygon[0] == pytest.approx((500.0, 400.0), abs=1e-6)


def test_levelling_is_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Off until the false-ghost hole it exposed is closed (see ``api.LEVEL_SMALL_ANGLES``): the page is redacted as
    it is."""
    page = cv2.cvtColor(_tilted(_card(), 9.0), cv2.COLOR_GRAY2RGB)
    shapes: list[tuple[int, ...]] = []

    def redact(view: np.ndarray, policy, analyzer, clock, given=None):  # noqa: ANN001, ANN202
        shapes.append(view.shape)
        return view, api.PageResult([], [], 0)

    monkeypatch.setattr(api, "_redact_upright", redact)
    monkeypatch.setattr(api, "page_turn", lambda gray: (0, "none"))
    api._redact_page(page, api.IdCopyPolicy(), None, api._Clock())
    assert shapes == [page.shape]
