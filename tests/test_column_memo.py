"""The cross-chunk memo of column rules gives exactly what the rule gives, computed once per value."""

from __future__ import annotations

import random

import numpy as np
import pyarrow as pa
import pytest

from afscherm.redactors import column_memo
from afscherm.redactors.column_memo import ColumnMemo


class CountingRule:
    """A deterministic rule that records every value it is asked for."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, values: list[str]) -> list[str]:
        self.seen.extend(values)
        return [f"T-{v[::-1]}" for v in values]


def chunks(seed: int, n_chunks: int, rows: int, distinct: int) -> list[list[str]]:
    rng = random.Random(seed)
    return [[f"klant{rng.randrange(distinct)}@example.nl" for _ in range(rows)] for _ in range(n_chunks)]


@pytest.mark.parametrize("recent_entries", [4, 50, 10_000])
def test_outputs_equal_the_rule_and_each_value_is_computed_once(recent_entries: int) -> None:
    rule = CountingRule()
    memo = ColumnMemo(rule, recent_entries=recent_entries)
    data = chunks(seed=1, n_chunks=12, rows=300, distinct=700)
    for chunk in data:
        assert memo.apply(pa.array(chunk)).to_pylist() == [f"T-{v[::-1]}" for v in chunk]
    every = {v for chunk in data for v in chunk}
    assert sorted(rule.seen) == sorted(every)  # once each, across chunks and level merges


def test_bounded_memo_starts_over_and_stays_correct() -> None:
    rule = CountingRule()
    memo = ColumnMemo(rule, max_entries=100, recent_entries=10)
    data = chunks(seed=2, n_chunks=20, rows=80, distinct=400)
    for chunk in data:
        assert memo.apply(pa.array(chunk)).to_pylist() == [f"T-{v[::-1]}" for v in chunk]
        assert len(memo.main) + len(memo.recent) <= 100 + 80
    assert len(rule.seen) > len({v for chunk in data for v in chunk})  # forgotten values were recomputed


def test_hash_collisions_never_mix_values_up(monkeypatch: pytest.MonkeyPatch) -> None:
    # a hash with only 8 values: almost every value collides with others
    weak = lambda values: np.array([len(v) % 8 for v in values.to_pylist()], np.uint64)  # noqa: E731
    monkeypatch.setattr(column_memo, "hash64", weak)
    memo = ColumnMemo(CountingRule(), recent_entries=5)
    for chunk in chunks(seed=3, n_chunks=6, rows=200, distinct=5000):
        assert memo.apply(pa.array(chunk)).to_pylist() == [f"T-{v[::-1]}" for v in chunk]


def test_equal_strings_hash_equal_and_different_ones_differ() -> None:
    values = pa.array(["a@x.nl", "b@x.nl", "a@x.nl", "", "é@x.nl"])
    hashes = column_memo.hash64(values)
    assert hashes[0] == hashes[2]
    assert len({int(h) for h in hashes}) == 4


def test_large_string_columns_keep_their_type() -> None:
    memo = ColumnMemo(CountingRule())
    out = memo.apply(pa.array(["een", "twee", "een"], pa.large_string()))
    assert out.type == pa.large_string()
    assert out.to_pylist() == ["T-nee", "T-eewt", "T-nee"]


def test_repetitive_and_varied_chunks_take_both_paths_with_the_same_result() -> None:
    rule = CountingRule()
    memo = ColumnMemo(rule, recent_entries=8)
    shares = []
    for seed, distinct in [(4, 5), (5, 5000), (6, 3), (7, 5000), (8, 5)]:
        [chunk] = chunks(seed=seed, n_chunks=1, rows=400, distinct=distinct)
        assert memo.apply(pa.array(chunk)).to_pylist() == [f"T-{v[::-1]}" for v in chunk]
        shares.append(memo.distinct_share)
    assert shares[0] < 0.5 < shares[1]  # few distinct values: dictionary first; many: row by row
    assert len(rule.seen) == len(set(rule.seen))
