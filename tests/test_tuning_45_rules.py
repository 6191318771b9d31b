"""Rules from the misses of the blind tuning set tuning_45 (issue 12), shown on examples written apart from the set."""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def _found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity]


def test_a_mobile_number_the_numbering_plan_hands_out_to_no_one_is_still_a_phone_number() -> None:
    # 067 and 069 are no mobile ranges: phonenumbers rejects them, yet that is how the writer gave the number
    assert _found("zijn moeder is bereikbaar op 06 9081 2273, na vijven", "PHONE_NUMBER") == ["06 9081 2273"]
    assert _found("app me: 06-70 55 81 36", "PHONE_NUMBER") == ["06-70 55 81 36"]
    assert _found("geleverd op 06-07-2023 om 10:15", "PHONE_NUMBER") == []
