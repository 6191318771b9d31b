"""A date years back, its year in full, in a chat's message is someone's date of birth (detectors/chat_dates.py,
issue 12, fiftieth session); names and dates here are made up and none is in the sets.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def found(text: str, entity_type: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity_type]


def chat(*messages: str) -> str:
    speakers = ("Wietske", "Harmen", "Wietske", "Harmen", "Wietske")
    return "\n".join(f"[03-10-26 19:{10 + i:02d}:05] {speakers[i]}: {m}" for i, m in enumerate(messages))


def test_a_date_years_back_in_a_chat_is_a_birth_date() -> None:
    text = chat("wat zet ik bij beppe?", "beppe 17-06-1941 (staat op de kaart)", "ok en heit?", "2 maart 1968 toch")
    assert found(text, "DATE_OF_BIRTH") == ["17-06-1941", "2 maart 1968"]


def test_in_a_copy_with_header_lines_too() -> None:
    text = (
        "Dijkstra, Wietske  09:12\nvoor de verzekering, van jou?\nHoekstra, Harmen  09:14\n14.11.1979 en Sytske"
        " 03.05.2012\nDijkstra, Wietske  09:15\nthx\nHoekstra, Harmen  09:16\nnp"
    )
    assert found(text, "DATE_OF_BIRTH") == ["14.11.1979", "03.05.2012"]


def test_other_events_stamps_and_recent_dates_are_no_birth_dates() -> None:
    text = chat(
        "ik werk daar sinds 01-09-2004",
        "trouwdag was 12 mei 1990 he",
        "die factuur van 04-02-2018 klopt niet",
        "huur liep van 01-01-2010 tot 2015",
        "pakket besteld op 12-05-2025",
    )
    assert found(text, "DATE_OF_BIRTH") == []
    # an old export's own stamps: a date before a time opens each line
    old = "12-03-2019 14:02 - Sjoerd: hoi\n12-03-2019 14:03 - Wietske: hoi\n12-03-2019 14:05 - Sjoerd: fijn"
    assert found(old, "DATE_OF_BIRTH") == []


def test_outside_a_chat_the_date_needs_its_label() -> None:
    assert found("Bijgaand het rapport over 14-11-1979, met vriendelijke groet", "DATE_OF_BIRTH") == []
