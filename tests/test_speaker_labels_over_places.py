"""A place inside a chat speaker's label that the speaker rules read as a person's name is the name's: the label keeps
its PERSON whole (detectors/speaker_labels.py, issue 12, fifty-first session). Names and chats here are made up; the
places are real villages that are family names too.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def found(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.entity_type) for f in analyze_text(text)]


def test_a_speaker_whose_surname_is_a_village_stays_a_person() -> None:
    text = (
        "[2026-04-11 19:02] Geertje: wie brengt de stoelen?\n"
        "[2026-04-11 19:05] Hannie v. Haaren: ik, na het eten\n"
        "[2026-04-11 19:06] Geertje: top\n"
        "[2026-04-11 19:09] Hannie v. Haaren: en de koffie ook"
    )
    result = found(text)
    assert result.count(("Hannie v. Haaren", "PERSON")) == 2
    assert ("Haaren", "LOCATION") not in result


def test_a_firm_speaking_keeps_its_place() -> None:
    text = (
        "[12-03-2026 10:01] Camping De Kreek Haaren: Goedemorgen, uw plek is 14.\n"
        "[12-03-2026 10:04] Liesbeth Voskuilen: dank u!\n"
        "[12-03-2026 10:06] Camping De Kreek Haaren: Graag gedaan."
    )
    result = found(text)
    assert ("Haaren", "LOCATION") in result
    assert not any(t == "PERSON" and "Camping" in s for s, t in result)


def test_a_place_said_in_a_message_stays_a_place() -> None:
    text = (
        "[2026-04-11 19:02] Geertje: we gaan zaterdag naar Haaren\n"
        "[2026-04-11 19:05] Hannie: leuk!\n"
        "[2026-04-11 19:06] Geertje: jij ook mee naar Haaren?"
    )
    assert found(text).count(("Haaren", "LOCATION")) == 2
