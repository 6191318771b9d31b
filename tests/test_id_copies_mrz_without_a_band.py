"""Issue 13, fail closed: an MRZ whose band the shape search does not find is still blacked out when the page's
reading reads its lines (``api._mrz_words``). Held-out seed 2085 page 0 (a Dutch card's back at 101 dpi beside its
front, upside down) was released with its zone 55 % black: no band was found, and only the document number and BSN the
reading found in its lines were boxed. Here the tuning family's pages (``synthetic/id_images``) are redacted with the
band search switched off: each released copy has its zone black."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies import IdCopyPolicy, api, redact_id_copy
from synthetic.id_images import decode_pages, generate
from tests.id_compose import covered


@pytest.mark.parametrize(
    ("text", "mrz"),
    [
        ("IDNLDSPECI20142999999990KKKKK", True),  # a TD1 line, its fillers read as K
        ("P<NLDDEJONGE<<ALEXANDERkkkkkkkkkkkkk", True),  # fillers read as a lower-case letter repeated
        ("8103149F3111150NLD«««««««««6", True),
        ("Arbeidsongeschiktheidsverzekering", False),  # a long Dutch word
        ("NEDERLANDSEIDENTITEITSKAART", False),  # a title in capitals, no digit nor filler
        ("SPECIMEN", False),
        ("https://www.rijksoverheid.nl/documenten", False),
    ],
)
def test_a_reading_line_of_capitals_digits_and_fillers_is_an_mrz_line(text: str, mrz: bool) -> None:
    assert api._mrz_like(text) is mrz


@pytest.mark.parametrize("index", [0, 1, 2, 5, 6])
def test_without_a_band_a_released_copy_still_has_its_mrz_black(index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    _, data, truth = generate(index, 7, fmt="png")
    monkeypatch.setattr(api, "find_bands", lambda gray, *args, **kwargs: [])
    result = redact_id_copy(data, IdCopyPolicy(), default_analyzer())
    zones = [r["polygon"] for r in truth["pages"][0]["regions"] if r["type"] == "mrz"]
    assert zones  # the premise: the page prints an MRZ
    if result.released:
        page = decode_pages(result.data)[0]
        assert all(covered(page, zone) >= 0.95 for zone in zones)
