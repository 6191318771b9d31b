"""BSNs glued into the digit run of a fixed-width record (record type, sequence number, BSN in one run)."""

from __future__ import annotations

from afscherm.detectors.bsn import BsnRecognizer

# synthetic, each passes the 11-proef
BSNS = ("705302696", "427432613", "409675623", "518248173")


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in BsnRecognizer().find(text) if f.entity_type == "NL_BSN"]


def _record(sequence: int, bsn: str, name: str) -> str:
    return f"05{sequence:06d}{bsn}  {name:<20} {sequence * 37:07d}  UTRECHT"


def test_a_bsn_column_inside_glued_record_runs() -> None:
    names = ("DE ROOS", "AKKAL", "VISSER", "BOOM")
    rows = [_record(210 + i, bsn, name) for i, (bsn, name) in enumerate(zip(BSNS, names, strict=True))]
    text = "01HEADER 2026-11\n" + "\n".join(rows) + "\n99000004000000123456\n"
    assert _found(text) == list(BSNS)


def test_one_row_failing_the_checksum_leaves_the_column_alone() -> None:
    bsns = (*BSNS[:3], "705302697")  # the last fails the 11-proef: no BSN column
    rows = [_record(210 + i, bsn, "JANSEN") for i, bsn in enumerate(bsns)]
    assert _found("\n".join(rows)) == []


def test_two_rows_are_too_few() -> None:
    rows = [_record(210 + i, bsn, "JANSEN") for i, bsn in enumerate(BSNS[:2])]
    assert _found("\n".join(rows)) == []


def test_the_same_order_number_in_every_row_left_alone() -> None:
    # one 11-proef-valid number repeated in every row is a constant field (a batch or order number), not a column
    rows = [f"07{i:04d}{BSNS[0]}  artikel {i}" for i in range(5)]
    assert _found("\n".join(rows)) == []


def test_zero_padded_counters_left_alone() -> None:
    # "000000000"-like slices pass the 11-proef trivially
    rows = [f"1000000000{i:03d}0000000  regel" for i in range(4)]
    assert _found("\n".join(rows)) == []
