"""A side is decided by what its card prints (issue 13): a card back alone is no front wanting a portrait, a ghost and
a document number (``api._back_cards``). Held-out seed 2054 refused four backs alone (Belgian, German, NL 2021 identity
cards, an NL driving licence) as fronts and a newer passport's BSN page as nothing; on tuning family3 a licence's
back whose seal counted as a portrait was refused so (seed 13 page 1), and a BSN page whose issuing stamp did (seed 23,
``single_back`` of a 2021 passport). Fail closed: a card that shows anything of a front stays a front."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies import IdCopyPolicy, api, redact_id_copy
from afscherm.redactors.id_copies.boxes import Region, rect
from afscherm.redactors.id_copies.fields import BACK_LABEL, BACK_LABELS, BACK_SIDE, GUESSED, licence_back
from afscherm.redactors.id_copies.mrz_band import Band
from afscherm.redactors.id_copies.ocr import Word
from afscherm.redactors.id_copies.photo import Blob
from synthetic.id_images import decode_pages
from tests.id_compose import card, covered, png

NO_GHOST = "ghost portrait not found on a front side or data page: cannot verify it is covered"


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


def _words(*texts: str) -> list[Word]:
    """One word per text, a line each, 30 px high, down the page's left side."""
    return [Word(t, 90.0, 100.0, 100.0 + 40 * i, 100.0 + 20 * len(t), 130.0 + 40 * i) for i, t in enumerate(texts)]


def test_a_licence_categories_table_read_as_ocr_reads_it_marks_a_back() -> None:
    table = licence_back(_words("AM", "Al", "A2", "BE", "CtE", "DIE", "DE"))
    assert table is not None and table.type == BACK_SIDE
    x0, _, x1, _ = table.bbox()
    assert x0 == 100 and x1 > 500  # across the card, not only the codes' column (its words end at x 160)


@pytest.mark.parametrize(
    "texts",
    [
        ("de", "al", "die", "am", "be", "De", "Die"),  # Dutch words, not capitals
        ("AM", "BE", "CE"),  # three codes and no heads
        ("A", "B", "C", "D", "T", "9.", "10."),  # single letters are any word's letter
    ],
)
def test_words_that_are_no_categories_table_mark_nothing(texts: tuple[str, ...]) -> None:
    assert licence_back(_words(*texts)) is None


def test_three_codes_under_two_heads_are_a_table() -> None:
    assert licence_back(_words("9.", "10.", "AM", "A1", "BE")) is not None


@pytest.mark.parametrize(
    ("label", "back"),
    [
        ("Anschrift", True),
        ("Größe", True),
        ("Lengte", True),
        ("Height", True),
        ("Augenfarbe", True),
        ("Geboortedatum", False),
        ("Naam", False),
        ("Documentnummer", False),
    ],
)
def test_labels_a_back_prints_only(label: str, back: bool) -> None:
    assert bool(BACK_LABELS.search(label.lower())) is back


# A TD1 band 1000 px long with lines 40 px high, as on a card's back photographed 1100 px wide (page 1100 x 1000).
TD1 = Band(center=(550.0, 800.0), length=1000.0, thickness=130.0, angle=0.0, lines=3, line_height=40.0)
TD3 = Band(center=(550.0, 800.0), length=1000.0, thickness=90.0, angle=0.0, lines=2, line_height=25.0)
SHAPE = (1000, 1100)
BSN_LABEL = rect("bsn", "label", 80, 420, 400, 470)  # on the card above the band
PICTURE = rect("photo", "portrait_like", 700, 380, 980, 740)  # portrait-sized: 0.28 of the band


def _decided(regions: list[Region], bands: list[Band]) -> list[Region]:
    return api._back_pictures(regions, api._back_cards(regions, bands, SHAPE))


@pytest.mark.parametrize(
    "sign",
    [BSN_LABEL, rect(BACK_LABEL, "label", 80, 420, 300, 450)],  # a personal number's label, a back's field label
)
def test_a_portrait_sized_picture_on_a_back_told_by_its_band_and_a_label_is_no_portrait(sign: Region) -> None:
    found = _decided([sign, PICTURE], [TD1])
    assert [r.source for r in found if r.type == "photo"] == [api.BACK_PICTURE]
    assert api._fronts(found, [TD1]) == 0
    assert api._understood(found, [TD1]) == []


@pytest.mark.parametrize(
    ("extra", "bands"),
    [
        ([rect("photo", "face", 760, 420, 900, 560)], [TD1]),  # a face found on the card
        ([rect("photo", api.UNCONFIRMED, 760, 420, 900, 560)], [TD1]),  # ... or one the second cascade doubts
        # ... or one found in the picture only, a portrait's face: 0.17 of the band (a ghost's: see below)
        ([rect(api.PICTURE_FACE, "cascade", 760, 430, 930, 600)], [TD1]),
        ([rect("photo", "face", 790, 450, 890, 550)], [TD1]),  # a face the page's cascade found, however small
        ([rect("photo", "ghost", 500, 450, 580, 550)], [TD1]),  # a ghost found of it
        ([rect("front_date_of_birth", "label", 80, 300, 300, 330)], [TD1]),  # a front's label
        ([rect("document_number", "label", 80, 200, 400, 240)], [TD1]),  # a document number read under its label
        ([rect("document_number", GUESSED, 80, 200, 400, 240)], [TD1]),  # ... or its label with no value read
        ([], [TD3]),  # a passport's data page
        ([], []),  # no band: a BSN label alone tells no back
    ],
)
def test_a_card_with_anything_of_a_front_keeps_its_picture_a_portrait(extra: list[Region], bands: list[Band]) -> None:
    found = _decided([BSN_LABEL, PICTURE, *extra], bands)
    assert not any(r.source == api.BACK_PICTURE for r in found)
    assert api._fronts(found, bands) >= 1


def test_a_ghost_of_a_faceless_picture_on_a_back_is_no_front() -> None:
    # Tuning family3 seed 86 page 20 (a German card's back alone): its star seal a picture, the ghost search found a
    # "ghost" of it in the guilloche; that ghost made the back a front refused without its number. A ghost of a
    # picture no face was found in is no front's sign on a card told as a back by its band and a label ...
    seal_ghost = rect("photo", "ghost", 500, 450, 580, 550)
    regions = [rect(BACK_LABEL, "label", 80, 420, 300, 450), PICTURE, seal_ghost]
    found = api._back_pictures(regions, api._back_cards(regions, [TD1], SHAPE, [seal_ghost]))
    assert api._fronts(found, [TD1]) == 0
    assert any(r.source == "ghost" and r.bbox() == seal_ghost.bbox() for r in found)  # (still blacked out)
    # ... but a ghost of a face still is, and so is a face beside that ghost.
    assert api._back_cards(regions, [TD1], SHAPE) == []
    face = rect("photo", "face", 760, 420, 900, 560)
    assert api._back_cards([*regions, face], [TD1], SHAPE, [seal_ghost]) == []


def test_a_ghost_sized_face_in_a_picture_on_a_back_is_no_front() -> None:
    # Tuning family3 seed 41 page 1 (a Dutch 2021 card's back alone): the cascade found the face of the ghost printed
    # beside the BSN inside its picture, 0.11 of the band's length wide; a portrait's face is 0.15 or more.
    ghost_face = rect(api.PICTURE_FACE, "cascade", 790, 450, 890, 550)  # 100 px: 0.1 of the band
    found = _decided([BSN_LABEL, PICTURE, ghost_face], [TD1])
    assert [r.source for r in found if r.type == "photo"] == [api.BACK_PICTURE]
    assert api._fronts(found, [TD1]) == 0
    assert api._ghost_unverified(np.zeros((10, 10), np.uint8), found, [TD1]) == []


def test_a_band_found_too_long_makes_no_portrait_face_a_ghost_face() -> None:
    # The band's length is taken at most as a TD1 line holds it (30 characters): found twice as long, a portrait's
    # 170 px face would be under GHOST_FACE_WIDTH of it.
    long_band = Band(center=(550.0, 800.0), length=2000.0, thickness=130.0, angle=0.0, lines=3, line_height=40.0)
    face = rect(api.PICTURE_FACE, "cascade", 760, 430, 930, 600)
    found = _decided([BSN_LABEL, PICTURE, face], [long_band])
    assert not any(r.source == api.BACK_PICTURE for r in found)


def test_a_band_alone_keeps_a_portrait_sized_picture_a_portrait() -> None:
    # A TD1 band is no proof of a back (the tuning family id_images prints it on the front): a second sign is wanted.
    found = _decided([PICTURE], [TD1])
    assert api._fronts(found, [TD1]) == 1


def test_a_picture_off_the_back_card_stays_a_portrait() -> None:
    beside = rect("photo", "portrait_like", 80, 20, 300, 200)  # above the card's reach: a front stacked on the back
    found = _decided([BSN_LABEL, PICTURE, beside], [TD1])
    assert [r.source for r in found if r.type == "photo"] == [api.BACK_PICTURE, "portrait_like"]
    assert api._fronts(found, [TD1]) == 1


def test_a_bsn_page_is_a_back_but_not_with_a_document_number() -> None:
    valid = rect("bsn", "ocr", 420, 420, 700, 470)
    stamp = rect("photo", "portrait_like", 700, 500, 950, 750)
    found = _decided([BSN_LABEL, valid, stamp], [])
    assert api._fronts(found, []) == 0 and api._understood(found, []) == []
    number = rect("document_number", "shape", 420, 600, 700, 640)
    assert api._fronts(_decided([BSN_LABEL, valid, stamp, number], []), []) == 1


def test_a_licence_table_makes_a_card_a_back_and_the_page_recognised() -> None:
    table = Region(BACK_SIDE, "label", ((100.0, 100.0), (1000.0, 100.0), (1000.0, 700.0), (100.0, 700.0)))
    seal = rect("photo", "portrait_like", 600, 200, 850, 450)
    found = _decided([table, seal], [])
    assert api._identified(found, [])
    assert api._understood(found, []) == []
    assert api._ghost_unverified(np.zeros((10, 10), np.uint8), found, []) == []


def test_a_front_whose_portrait_the_page_search_misses_is_not_released_as_a_back(
    analyzer,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A tuning card's face (id_images: the portrait, its ghost and the MRZ on one side). The page's face searches are
    # made to miss the portrait, and the ghost is painted over: taken for a back, the card would be released with no
    # ghost and no number wanted.
    page, regions, _ = card(0, kind="td1", width=1100)
    ghost = next(r for r in regions if r["type"] == "ghost_photo")
    pts = np.array(ghost["polygon"], float)
    x0, y0 = (pts.min(0) - 4).astype(int)
    x1, y1 = (pts.max(0) + 4).astype(int)
    page = page.copy()
    page[y0:y1, x0:x1] = np.median(page[y0:y1, max(0, x0 - 12) : x0 - 2].reshape(-1, 3), axis=0).astype(np.uint8)
    # Its name and date-of-birth labels painted over (the labels of a front), a personal number under its label
    # printed below the document number: with the band, a back's two signs. Only the face in its picture and the
    # document number's label say it is a front.
    for top in (178, 230, 276):
        page[top : top + 20, 425:720] = np.median(page[top : top + 20, 425:720].reshape(-1, 3), axis=0).astype(np.uint8)
    cv2.putText(page, "Persoonsnummer / Personal no.", (430, 398), cv2.FONT_HERSHEY_SIMPLEX, 0.5, (70, 70, 70), 1)
    cv2.putText(page, "1234.56.782", (430, 430), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (20, 20, 20), 2)
    monkeypatch.setattr(api, "photo_regions", lambda *a, **k: [])
    monkeypatch.setattr(api, "_local_faces", lambda *a, **k: [])
    result = redact_id_copy(png(page), IdCopyPolicy(), analyzer)
    # Taken for a front, its ghost (painted over) not found: the strict look vouches for it (ghost_cover, what it saw
    # blacked out by api._ghost_covered; the page was refused before). A front's number is wanted and black.
    assert result.released, result.reasons
    out = decode_pages(result.data)[0]
    for kind in ("photo", "document_number", "mrz"):
        assert covered(out, next(r for r in regions if r["type"] == kind)["polygon"]) >= 0.95, kind


def test_a_passport_bsn_page_is_released_with_its_bsn_black(analyzer, tmp_path) -> None:  # noqa: ANN001
    # Tuning family3 seed 23, a 2021 passport's BSN page ('single_back'): refused as a front before, its issuing stamp
    # counted as a portrait.
    import json

    from synthetic.id_family3.plan import Upload, write_upload

    row = write_upload(Upload(3, "nl_passport", "single_back"), tmp_path, 23, 4.0)
    truth = json.loads((tmp_path / str(row["truth"])).read_text())
    assert truth["documents"][0]["sides_shown"] == ["bsn_page"]  # the premise
    result = redact_id_copy((tmp_path / str(row["file"])).read_bytes(), IdCopyPolicy(), analyzer)
    assert result.released, result.reasons
    out = decode_pages(result.data)[0]
    for e in truth["elements"]:
        assert covered(out, e["polygon"]) >= 0.95, e["type"]


def test_small_pieces_of_print_on_a_back_are_blacked_but_a_portrait_sized_one_is_left_to_verification(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    card = Region(api.BACK_CARD, "label", ((100.0, 100.0), (1000.0, 100.0), (1000.0, 700.0), (100.0, 700.0)))
    pieces = [
        Blob(800.0, 150.0, 860.0, 220.0, 0.0),  # a piece of a rosette: 60 x 70 px on a 900 px card
        Blob(300.0, 300.0, 560.0, 640.0, 0.0),  # as large as a portrait: a front's, that the finder missed?
        Blob(1100.0, 150.0, 1160.0, 220.0, 0.0),  # off the card
    ]
    monkeypatch.setattr(api, "unmasked_photos", lambda *a, **k: pieces)
    gray = np.full((800, 1200), 200, np.uint8)
    boxes = api._back_pieces(gray, [], 10.0, [card])
    assert len(boxes) == 1
    x0, y0, x1, y1 = boxes[0].bbox()
    assert x0 <= 800 and y0 <= 150 and x1 >= 860 and y1 >= 220 and boxes[0].type == "photo"
    assert api._back_pieces(gray, [], 10.0, []) == []  # no back on the page: nothing


def test_a_second_band_on_no_back_card_keeps_the_page_wanting_a_portrait() -> None:
    # Two documents: a back told by its band and label, and another band alone (a front printing its MRZ whose
    # portrait nothing found?): the page is no back alone.
    other = Band(center=(550.0, 1800.0), length=1000.0, thickness=130.0, angle=0.0, lines=3, line_height=40.0)
    shape = (2000, 1100)
    cards = api._back_cards([BSN_LABEL], [TD1, other], shape)
    found = api._back_pictures([BSN_LABEL], cards)
    assert any(r.type == api.BACK_CARD for r in found)
    assert any("no portrait found" in issue for issue in api._understood(found, [TD1, other]))
    assert api._understood(found, [TD1]) == []
