"""A passport's observations page header read in a band's shape is print, no MRZ (issue 13,
``api.OBSERVATION_HEADERS``).

A 2021 passport's BSN page prints its header and the BSN's label under it across the page ('OPMERKINGEN /
ANMERKUNGEN', 'Burgerservicenummer • Persoonsnummer', the BSN): a band's shape long enough to be trusted by its length
alone. On tuning family3 seed 105 page 21 (the BSN page alone, a phone photo) the finder took it for an MRZ band, and on
seed 106 page 29 (the passport open at its BSN page over its data page) verification did, once the real MRZ was
blacked out ('MRZ band still detected'). A band shape whose reading holds such a header is the page's print; a
reading with fillers is an MRZ whatever else it holds."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.ocr import Word
from tests.family3_pages import redacted_upload, required_elements, under_black


def _line(text: str, top: float) -> Word:
    return Word(text, 90.0, 50.0, top, 50.0 + 20 * len(text), top + 30)


@pytest.mark.parametrize(
    ("texts", "print_"),
    [
        (("OPMERKINGENANMVERKUNGEN", "BVPPSN", "632407797"), True),  # seed 105 page 21's band, read so
        (("OPMERKINGENANMERKUNGEN", "BCM", "PPN"), True),  # seed 106 page 29's
        (("OPMERKINGEN/OBSERVATIONS",), True),  # a 2014 passport's facing page
        (("IDNLDSPECI20212", "9908122F3108022NLD"), False),  # an MRZ read without its fillers
        (("PNLDDEBRUIJNWILLEMIJN",), False),  # a passport's name line, its fillers lost
    ],
)
def test_an_observations_pages_header_is_print_no_band(texts: tuple[str, ...], print_: bool) -> None:
    assert api._reads_as_print([_line(t, 100.0 + 40 * i) for i, t in enumerate(texts)]) is print_


def test_a_passport_open_at_its_bsn_page_over_its_data_page_is_released_black(tmp_path) -> None:  # noqa: ANN001
    # Tuning family3 seed 106 page 29: refused 'MRZ band still detected' for the BSN page's header.
    truth, result = redacted_upload(tmp_path, 106, 29, "nl_passport", "passport_spread", default_analyzer())
    assert [d["sides_shown"] for d in truth["documents"]] == [["bsn_page", "data_page"]]  # the premise
    assert result.released, result.reasons
    required = required_elements(truth)
    assert {e["type"] for e in required} >= {"mrz_band", "bsn", "document_number", "photo", "ghost_photo"}
    assert under_black(truth, result) == []
