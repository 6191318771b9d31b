"""A BSN the MRZ gives, on a page that prints it, is released only when a pass read it in print (issue 13,
``api.MRZ_BSN_UNFOUND``); a personal number's label with no number on its own line gets the strip beside it blacked
out (``fields._labelled_numbers``).

A held-out Dutch 2014 passport, both pages stacked on one page, was released with its printed BSN wholly uncovered:
neither the finder nor verification read it. On tuning material (family3 seed 100 page 5, a 2014 passport's data
page and facing page stacked, its BSN printed beside its label) the same happens when the printed BSN is faded to a
tenth of its contrast: the expiry date on the line below was taken for the label's value, so no strip beside the label
was blacked out, and the copy was released with 80 % of the BSN uncovered, readable by eye. The strip beside the label
now covers it, and as no pass read it, nothing vouches for that: the page is refused. The page as drawn is still
released, and so is a page that shows no BSN's label (tests/test_id_copies_ghost_fail_closed.py)."""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies import IdCopyPolicy, api, redact_id_copy
from afscherm.redactors.id_copies.boxes import Region, rect
from afscherm.redactors.id_copies.fields import GUESSED, Values, _labelled_numbers
from afscherm.redactors.id_copies.ocr import Word, lines
from synthetic.id_family3.plan import Upload, write_upload

Box = tuple[int, int, int, int]


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> tuple[np.ndarray, Box]:
    out = tmp_path_factory.mktemp("family3")
    row = write_upload(Upload(5, "nl_passport", "both_stacked"), out, 100, 4.0)
    truth = json.loads((out / str(row["truth"])).read_text())
    assert truth["documents"][0]["model"] == "2014"
    image = cv2.cvtColor(cv2.imread(str(out / str(row["file"]))), cv2.COLOR_BGR2RGB)
    (bsn,) = [e for e in truth["elements"] if e["type"] == "bsn"]
    xs, ys = [p[0] for p in bsn["polygon"]], [p[1] for p in bsn["polygon"]]
    return image, (int(min(xs)), int(min(ys)), int(max(xs)) + 1, int(max(ys)) + 1)


def _png(rgb: np.ndarray) -> bytes:
    return cv2.imencode(".png", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))[1].tobytes()


def _faded(image: np.ndarray, box: Box, contrast: float) -> np.ndarray:
    """``image`` with the print in ``box`` faded towards the paper around it to ``contrast`` of its own."""
    x0, y0, x1, y1 = box
    out = image.copy()
    paper = np.median(out[y0 - 5 : y1 + 5, x0 - 5 : x1 + 5].reshape(-1, 3), axis=0)
    patch = out[y0:y1, x0:x1].astype(np.float32)
    out[y0:y1, x0:x1] = np.clip(paper + (patch - paper) * contrast, 0, 255).astype(np.uint8)
    return out


def _boxed(regions: list[Region], shape: tuple[int, ...], box: Box) -> float:
    """The share of ``box`` that ``regions`` of type BSN cover."""
    mask = np.zeros(shape[:2], np.uint8)
    for r in regions:
        if r.type == "bsn":
            cv2.fillPoly(mask, [np.round(np.array(r.polygon)).astype(np.int32)], 1)
    x0, y0, x1, y1 = box
    return float(mask[y0:y1, x0:x1].mean())


def test_a_faint_printed_bsn_beside_its_label_is_boxed_and_the_page_refused(page: tuple[np.ndarray, Box]) -> None:
    image, box = page
    result = redact_id_copy(_png(_faded(image, box, 0.1)), IdCopyPolicy(), default_analyzer())
    assert not result.released
    assert any(api.MRZ_BSN_UNFOUND in reason for reason in result.reasons)
    assert _boxed(result.pages[0].regions, image.shape, box) >= 0.95


def test_the_page_as_drawn_is_released_with_its_bsn_black(page: tuple[np.ndarray, Box]) -> None:
    image, (x0, y0, x1, y1) = page
    result = redact_id_copy(_png(image), IdCopyPolicy(), default_analyzer())
    assert result.released, result.reasons
    assert result.data is not None
    out = cv2.imdecode(np.frombuffer(result.data, np.uint8), cv2.IMREAD_GRAYSCALE)
    assert float((out[y0:y1, x0:x1] <= 24).mean()) >= 0.95


# The faded page's words as the finder read them (page pixels): the label's phrase, no BSN beside it, the expiry date
# on the next line. The BSN stands at x 688-863, y 574-599.
LABEL_LINE = [
    Word("Persoonsnummer", 83, 434, 572, 549, 586),
    Word("/", 72, 556, 569, 565, 594),
    Word("Personliche", 72, 571, 575, 646, 588),
    Word("Nr.", 92, 654, 576, 667, 588),
]
NEXT_LINE = [Word("Geldig", 97, 434, 608, 485, 623), Word("tot", 80, 496, 609, 519, 621)]
DATE_BELOW = Word("24-10-2026", 90, 600, 610, 780, 632)
BSN_BESIDE: Box = (688, 574, 863, 599)


def test_a_number_below_a_personal_numbers_label_leaves_the_strip_beside_it_blacked_out() -> None:
    regions = _labelled_numbers(lines(LABEL_LINE + NEXT_LINE + [DATE_BELOW]), 0.1)
    assert any(r.type == "bsn" and r.source == GUESSED for r in regions)
    assert _boxed(regions, (1000, 1000), BSN_BESIDE) >= 0.95


def test_a_number_on_a_personal_numbers_line_is_its_value_and_no_strip_is_added() -> None:
    read = Word("646552545", 88, 688, 574, 863, 599)
    regions = _labelled_numbers(lines(LABEL_LINE + [read] + NEXT_LINE + [DATE_BELOW]), 0.1)
    assert not any(r.source == GUESSED for r in regions)
    assert _boxed(regions, (1000, 1000), BSN_BESIDE) >= 0.95


BSN = "646552545"
MRZ_VALUES = Values(bsns={BSN}, mrz_lines=["P<NLDMULDER<<DAAN<<<<", f"KQE8MA8W40NLD5007060M2610243{BSN}<<<<<42"])
BAND = rect("mrz", "mrz_geometry", 100, 780, 920, 880)
LABEL_ZONE = rect("bsn", "label", 424, 569, 584, 628)


@pytest.mark.parametrize(
    ("regions", "unfound"),
    [
        ([BAND, LABEL_ZONE], True),  # the label read, the BSN nowhere
        ([BAND, LABEL_ZONE, rect("bsn", "shape", 592, 600, 886, 642)], True),  # a date below read as a long number
        ([BAND, LABEL_ZONE, rect("bsn", GUESSED, 667, 560, 916, 599)], True),  # only the strip where it should be
        ([BAND, LABEL_ZONE, rect("bsn", "mrz_value", 117, 804, 903, 876)], True),  # read only in the band
        ([BAND, LABEL_ZONE, rect("bsn", "mrz_value", 680, 570, 870, 602)], False),  # read beside its label
        ([BAND, LABEL_ZONE, rect("bsn", "ocr", 680, 570, 870, 602)], False),  # a valid BSN read there
        ([BAND], False),  # no BSN's label: no sign the page prints it
    ],
)
def test_a_bsn_the_mrz_gives_must_be_read_in_print_when_the_page_prints_its_label(
    regions: list[Region], unfound: bool
) -> None:
    assert api._mrz_bsn_unfound(MRZ_VALUES, regions) is unfound


def test_a_page_whose_mrz_gives_no_bsn_is_not_asked_for_one() -> None:
    assert not api._mrz_bsn_unfound(Values(mrz_lines=["P<NLD", "KQE8MA8W40NLD"]), [BAND, LABEL_ZONE])
