"""Issue 13, fail closed on a ghost portrait the boxes cover in part only (tuning material, family3 drawn as another
artist prints a ghost: see tests/family3_pages.tilted_faint_ghost_scan).

A ghost the finder names is boxed from its face: a ghost printed wider or taller than the face's proportions say, or
tilted, goes on past that box, and no verification check saw the strip left (a faint ghost's strip is too pale for the
cut-picture check, too small for a face or a copy). A ghost the finder does not name is covered where the strict look
sees it, and a faint ghost whose top fades into the paper was seen in its lower part only. Both are now boxed with the
rest of a portrait's shape (ICAO's 35 by 45 mm) around what is seen, and around a named ghost the strict look is asked
again; the page is refused when it still sees something. A faint ghost found as a smaller picture only, which the
strict look does not see the faded rest of, is boxed with the rest of its shape too (``api._ghost_shapes``); a picture
printed as clearly as a portrait is no such ghost. A released copy covers every ghost at least 95 %."""

from __future__ import annotations

import numpy as np
import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies import IdCopyPolicy, api, redact_id_copy
from afscherm.redactors.id_copies.boxes import Region
from synthetic.id_images import decode_pages
from tests.family3_pages import tilted_faint_ghost_scan
from tests.id_compose import covered


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


def _ghost_cover(data: bytes, elements: list[dict], analyzer) -> tuple[bool, list[float]]:  # noqa: ANN001
    """Whether the page is released, and how much of each true ghost its copy blacks out."""
    result = redact_id_copy(data, IdCopyPolicy(), analyzer)
    if not result.released:
        return False, []
    page = decode_pages(result.data)[0]
    return True, [covered(page, np.asarray(e["polygon"])) for e in elements if e["type"] == "ghost_photo"]


def test_an_unnamed_faint_ghost_seen_in_part_is_boxed_whole_or_refused(analyzer) -> None:  # noqa: ANN001
    # (seed 814: a residence permit's front and back at 3.6 and -4.2 degrees, its ghost 0.13 strong with its
    # background dropped; released 66 % black before)
    data, elements = tilted_faint_ghost_scan(814, "nl_residence_permit")
    released, ghosts = _ghost_cover(data, elements, analyzer)
    assert not released or min(ghosts) >= 0.95


def test_a_named_ghost_boxed_too_small_is_boxed_whole_or_refused(analyzer, monkeypatch) -> None:  # noqa: ANN001
    # A finder whose ghost boxes come out too small (55 % of their size about their centre): the page at seed 801 (a
    # residence permit's front and back at 1.7 degrees, a faint ghost) was released 93.6 % black with them.
    def shrunk(regions: list[Region]) -> list[Region]:
        out = []
        for r in regions:
            x0, y0, x1, y1 = r.bbox()
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            out.append(
                Region(r.type, r.source, tuple((cx + (x - cx) * 0.55, cy + (y - cy) * 0.55) for x, y in r.polygon))
            )
        return out

    found, clear = api.ghost_regions, api._clear_ghosts
    monkeypatch.setattr(api, "ghost_regions", lambda *a, **k: shrunk(found(*a, **k)))
    monkeypatch.setattr(api, "_clear_ghosts", lambda *a, **k: shrunk(clear(*a, **k)))
    data, elements = tilted_faint_ghost_scan(801, "nl_residence_permit")
    released, ghosts = _ghost_cover(data, elements, analyzer)
    assert not released or min(ghosts) >= 0.95


def test_the_same_page_with_the_finders_own_boxes_is_still_released(analyzer) -> None:  # noqa: ANN001
    data, elements = tilted_faint_ghost_scan(801, "nl_residence_permit")
    released, ghosts = _ghost_cover(data, elements, analyzer)
    assert released and min(ghosts) >= 0.95


def test_a_faint_ghost_found_as_a_smaller_picture_is_boxed_whole_or_refused(analyzer) -> None:  # noqa: ANN001
    # (seed 831: an identity card's front at -7.8 degrees, its ghost 0.14 strong with its background dropped, found as
    # a picture below its faded top; released 64 % black before)
    data, elements = tilted_faint_ghost_scan(831, "nl_id_card")
    released, ghosts = _ghost_cover(data, elements, analyzer)
    assert not released or min(ghosts) >= 0.95


def test_a_clearly_printed_smaller_picture_is_no_ghost_to_box(analyzer) -> None:  # noqa: ANN001
    # (seed 812: a residence permit's front and back at 1.8 and 3.5 degrees; a picture beside the fields printed as
    # clearly as the portrait, boxed with a portrait's shape, cut a number the copy was refused for)
    data, elements = tilted_faint_ghost_scan(812, "nl_residence_permit")
    released, ghosts = _ghost_cover(data, elements, analyzer)
    assert released and min(ghosts) >= 0.95


def test_a_faint_ghost_found_with_the_paper_past_its_card_is_boxed_whole_or_refused(analyzer) -> None:  # noqa: ANN001
    # (seed 820: an identity card's front and back, tilted, its ghost beside the card's right edge found as its darker
    # half with the edge and the white paper beyond it; the shape grew into the paper: released 92.8 % black before)
    data, elements = tilted_faint_ghost_scan(820, "nl_id_card")
    released, ghosts = _ghost_cover(data, elements, analyzer)
    assert not released or min(ghosts) >= 0.95


def test_paper_past_a_pictures_box_is_trimmed_and_its_print_kept() -> None:
    page = np.full((200, 300), 245, np.uint8)  # white paper
    page[20:180, 20:200] = 200  # a card
    page[60:140, 120:170] = 120  # a faint picture on it
    # a found box holding the picture, the card's edge and 40 px of paper beyond it
    assert api._paper_trimmed(page, (115.0, 55.0, 240.0, 145.0), 245.0) == (115.0, 55.0, 200.0, 145.0)
    # a box inside the card is left as it is
    assert api._paper_trimmed(page, (115.0, 55.0, 175.0, 145.0), 245.0) == (115.0, 55.0, 175.0, 145.0)


def test_a_permit_whose_birth_date_is_read_alone_after_the_shape_is_released(analyzer) -> None:  # noqa: ANN001
    # (seed 840: a residence permit's front and back in greyscale; with its faint ghost boxed to a portrait's shape the
    # birth date "08 06 1979" was read on a line of its own and taken for a long number: refused before)
    data, elements = tilted_faint_ghost_scan(840, "nl_residence_permit")
    released, ghosts = _ghost_cover(data, elements, analyzer)
    assert released and min(ghosts) >= 0.95
