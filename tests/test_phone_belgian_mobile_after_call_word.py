"""Phone numbers (issue 12): a Belgian mobile right after a call word, in a text with no other Belgian
hint. Cases written for these tests, all fictitious."""

from __future__ import annotations

from afscherm.detectors.phone import PhoneNumberRecognizer


def phones(text: str) -> list[str]:
    return [text[f.start : f.end] for f in PhoneNumberRecognizer().find(text)]


def test_a_belgian_mobile_after_a_call_word() -> None:
    assert phones("Wouter: de sleutel ligt klaar. Bel mij op 0487 31 22 09 als ge aankomt") == ["0487 31 22 09"]
    assert phones("bel me gerust: 0496/41.08.73") == ["0496/41.08.73"]


def test_a_belgian_mobile_shape_without_a_call_word_or_too_short_is_left_alone() -> None:
    assert phones("ordernummer 0487312209 is verzonden") == []  # no call word
    assert phones("factuur 0487 31 22 09, bel ons bij vragen") == []  # the call word after it
    assert phones("Bel mij op 0487 31 22 0") == []  # a digit short
