from afscherm.detectors.findings import Finding
from afscherm.detectors.overlap import resolve_overlaps


def f(start: int, end: int, entity: str, score: float = 0.9, recognizer: str = "X") -> Finding:
    return Finding(start, end, entity, score, recognizer)


def test_phone_inside_iban_is_dropped() -> None:
    iban, phone = f(10, 32, "IBAN_CODE", 0.9), f(20, 30, "PHONE_NUMBER", 0.99)
    assert resolve_overlaps([phone, iban]) == [iban]


def test_partial_overlap_keeps_the_more_specific_type() -> None:
    bsn, date = f(0, 9, "NL_BSN", 0.6), f(5, 15, "DATE_OF_BIRTH", 0.9)
    assert resolve_overlaps([date, bsn]) == [bsn]


def test_same_span_same_type_is_reported_once_with_the_best_score() -> None:
    a, b = f(3, 8, "PERSON", 0.5, "A"), f(3, 8, "PERSON", 0.85, "B")
    assert resolve_overlaps([a, b]) == [b]


def test_mrz_values_are_kept_inside_the_zone_but_other_hits_are_not() -> None:
    zone = f(0, 61, "MRZ", 1.0, "MrzRecognizer")
    doc_number = f(5, 14, "NL_ID_DOCUMENT", 1.0, "MrzRecognizer")
    bsn = f(15, 24, "NL_BSN", 1.0, "MrzRecognizer")
    stray_phone = f(15, 24, "PHONE_NUMBER", 0.7, "PhoneNumberRecognizer")
    stray_bsn = f(15, 24, "NL_BSN", 0.6, "BsnRecognizer")
    out = resolve_overlaps([stray_phone, bsn, zone, stray_bsn, doc_number])
    assert out == [zone, doc_number, bsn]


def test_disjoint_findings_all_survive_in_text_order() -> None:
    items = [f(20, 25, "PERSON"), f(0, 5, "EMAIL_ADDRESS"), f(10, 15, "LOCATION")]
    assert [x.start for x in resolve_overlaps(items)] == [0, 10, 20]


def test_empty_spans_are_dropped() -> None:
    assert resolve_overlaps([f(4, 4, "PERSON")]) == []


def test_within_one_type_the_longer_span_wins_over_a_higher_score() -> None:
    model, address = f(10, 20, "LOCATION", 0.85, "SpacyNer"), f(10, 23, "LOCATION", 0.6, "LocationRecognizer")
    assert resolve_overlaps([model, address]) == [address]
