"""A card's back alone whose small print OCR does not read shows no back's sign (issue 13). Two things follow: its
seal's rosette, photo-like in pieces to verification, refused it (tuning seed 2085 pages 2 and 17, a German and a
Dutch 2014 card's back), and a ghost found by its lower part merged with the print beside it, wider than a ghost, was
boxed no higher than that part (family3, a Dutch 2021 card's back with its labels printed small: released with the
ghost's head visible, 73 % covered). On a card around a TD1 band with nothing of a front on it, small pieces are
blacked out and every picture is boxed up to a portrait's height and its pale rectangle. Only more black."""

from __future__ import annotations

import numpy as np
import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies import IdCopyPolicy, api, redact_id_copy
from afscherm.redactors.id_copies.boxes import Region, rect
from afscherm.redactors.id_copies.fields import GUESSED
from afscherm.redactors.id_copies.mrz_band import Band
from afscherm.redactors.id_copies.photo import Blob
from synthetic.id_images import decode_pages
from tests.family3_pages import front_and_back
from tests.id_compose import covered

TD1 = Band(center=(550.0, 800.0), length=1000.0, thickness=130.0, angle=0.0, lines=3, line_height=40.0)
TD3 = Band(center=(550.0, 800.0), length=1000.0, thickness=90.0, angle=0.0, lines=2, line_height=25.0)
SHAPE = (1000, 1100)


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


def test_a_td1_band_with_nothing_of_a_front_gives_an_unsigned_back_card() -> None:
    cards = api._unsigned_backs([rect("bsn", "ocr", 80, 420, 400, 470)], [TD1], SHAPE)
    assert len(cards) == 1 and cards[0].type == api.BACK_CARD
    x0, y0, x1, y1 = cards[0].bbox()
    assert x0 < 100 and x1 > 1000 and y1 > 850  # the card around the band


@pytest.mark.parametrize(
    ("found", "bands"),
    [
        ([rect("photo", "face", 760, 420, 900, 560)], [TD1]),  # a face on the card
        ([rect("photo", "ghost", 500, 450, 580, 550)], [TD1]),  # a ghost found of a portrait
        ([rect("front_date_of_birth", "label", 80, 300, 300, 330)], [TD1]),  # a front's label
        ([rect("document_number", GUESSED, 80, 200, 400, 240)], [TD1]),  # a document number's label
        ([], [TD1, TD3]),  # a passport's data page on the page
        ([], []),  # no band
    ],
)
def test_anything_of_a_front_or_no_card_band_gives_none(found: list[Region], bands: list[Band]) -> None:
    assert api._unsigned_backs(found, bands, SHAPE) == []


def test_a_piece_straddling_the_cards_edge_is_the_cards(monkeypatch: pytest.MonkeyPatch) -> None:
    card = Region(api.BACK_CARD, "unsigned", ((100.0, 100.0), (1000.0, 100.0), (1000.0, 700.0), (100.0, 700.0)))
    pieces = [
        Blob(985.0, 150.0, 1025.0, 200.0, 0.0),  # a rosette's piece at the right edge: its centre 5 px past it
        Blob(1040.0, 150.0, 1080.0, 200.0, 0.0),  # beside the card
    ]
    monkeypatch.setattr(api, "unmasked_photos", lambda *a, **k: pieces)
    boxes = api._back_pieces(np.full((800, 1200), 200, np.uint8), [], 10.0, [card])
    assert len(boxes) == 1
    x0, _, x1, _ = boxes[0].bbox()
    assert x0 <= 985 and x1 >= 1025


def test_a_wide_picture_on_a_lone_back_is_boxed_up_to_a_portraits_height() -> None:
    page = np.full((1000, 1100), 215, np.uint8)
    wide = rect("photo", "photo_like", 800, 500, 1040, 600)  # 0.24 band lengths: wider than a ghost
    boxes = api._faint_ghosts(page, [wide], TD1, 10.0)
    assert len(boxes) == 1
    _, y0, _, y1 = boxes[0].bbox()
    assert y0 <= 600 - api.GHOST_TALL * 240 + 1 and y1 >= 600


def test_a_back_alone_in_small_print_is_released_with_its_whole_ghost_black(analyzer, tmp_path) -> None:  # noqa: ANN001
    # family3's Dutch 2021 card, seed 2: the ghost printed on the back, the labels at 0.45 of their size
    data, elements = front_and_back(2, "nl_id_card", {"label_scale": 0.45}, sides=("back",))
    assert any(e["type"] == "ghost_photo" for e in elements)
    result = redact_id_copy(data, IdCopyPolicy(), analyzer)
    assert result.released, result.reasons
    out = decode_pages(result.data)[0]
    for e in elements:
        if e["type"] in ("mrz_band", "bsn", "ghost_photo"):
            assert covered(out, e["polygon"]) >= 0.95, e["type"]
