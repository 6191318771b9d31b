"""A passport page whose document number only a second, word-by-word reading found, with no value read from its MRZ,
is refused: verification has nothing to search the number's other printings for (``api.READ_AGAIN_ONLY``)."""

from __future__ import annotations

import json
import os
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import pytest  # noqa: E402

from afscherm.detectors.analyzer import default_analyzer  # noqa: E402
from afscherm.redactors.id_copies import IdCopyPolicy, redact_id_copy  # noqa: E402
from afscherm.redactors.id_copies.api import READ_AGAIN_ONLY, _read_again_only  # noqa: E402
from afscherm.redactors.id_copies.boxes import Region  # noqa: E402
from afscherm.redactors.id_copies.fields import Values  # noqa: E402
from synthetic.id_spreads import write_upload  # noqa: E402


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


def test_a_spread_with_its_mrz_unread_and_its_number_read_only_again_is_refused(tmp_path: Path, analyzer) -> None:  # noqa: ANN001
    # synthetic/id_spreads seed 3 page 2: faint MRZ cut off at the bottom, the number under the photo found only
    # by reading it again alone; the same number top right over guilloche was boxed by no pass (released with it).
    row = write_upload(2, tmp_path, 3)
    path = tmp_path / str(row["file"])
    truth = json.loads((tmp_path / str(row["truth"])).read_text())
    assert truth["capture"]["mrz_troubles"] == ["faint", "cut_off"]
    result = redact_id_copy(path.read_bytes(), IdCopyPolicy(), analyzer)
    assert not result.released
    # (its faint MRZ's lines, read by the page's reading as lines of capitals, digits and fillers, are blacked out with
    # the zone around them since the sixty-third session, api._mrz_words, and the number under the photo with them:
    # the page is refused for no number found at all, the stricter reason)
    wanted = (READ_AGAIN_ONLY, "without its document number found")
    assert any(w in reason for reason in result.reasons for w in wanted), result.reasons


def test_a_number_read_again_is_refused_only_beside_an_mrz_that_gave_no_value() -> None:
    number = Region("document_number", "shape", ((0.0, 0.0), (90.0, 0.0), (90.0, 20.0), (0.0, 20.0)))
    mrz = Region("mrz", "shape", ((0.0, 200.0), (400.0, 200.0), (400.0, 230.0), (0.0, 230.0)))
    assert _read_again_only([number], Values(), [mrz, number])
    assert not _read_again_only([number], Values(document_numbers={"TPC1YF4J5"}), [mrz, number])
    assert not _read_again_only([number], Values(), [number])  # a card's front: no MRZ printed on it
    assert not _read_again_only([], Values(), [mrz])
