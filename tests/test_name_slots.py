"""Names by the slot they fill (detectors.name_slots): a chat's speakers, a person's place in a sentence, a found
name's other writings, a table's name cells. The names here are ones the lists lack (or handles); the sentences are
written for these tests."""

from __future__ import annotations

import pytest

from afscherm.detectors import person_name  # noqa: F401  (name_slots reads its lists)
from afscherm.detectors.name_slots import (
    speaker_slots,
)


def _said(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]


# --- 1. speaker slots ------------------------------------------------------------------------------------------------
SPEAKER_CHATS = [
    # handles without a stamp
    ("j.d: hoi wie komt er vanavond\nmark83: ik ben er om 8\nj.d: top\nJanB: ik neem chips mee\nmark83: nice",
     ["j.d", "mark83", "j.d", "JanB", "mark83"]),
    # a surname's initial, a hyphenated name
    ("Kees v.: zijn jullie er al?\nAnne-Fleur: bijna, 5 min\nKees v.: ok ik wacht bij de ingang\nAnne-Fleur: zie je",
     ["Kees v.", "Anne-Fleur", "Kees v.", "Anne-Fleur"]),
    # a WhatsApp export's stamp
    ("12/3/24, 21:04 - Wietske: heb je de sleutel nog\n12/3/24, 21:05 - Sjoerdje: ja ligt op tafel\n"
     "12/3/24, 21:06 - Wietske: mooi dank je", ["Wietske", "Sjoerdje", "Wietske"]),
    # a bracketed stamp, two words
    ("[14-02 09:12] Yara-Lin Osei: morgen vergadering?\n[14-02 09:13] Bartholomeus: ja om 10 uur\n"
     "[14-02 09:15] Yara-Lin Osei: prima", ["Yara-Lin Osei", "Bartholomeus", "Yara-Lin Osei"]),
    # a role speaks too (no name), a lower-case unlisted speaker
    ("agent: goedemiddag, waarmee kan ik helpen\nnnamdi: mijn pakket is zoek\nagent: ik kijk even\n"
     "nnamdi: dank je", ["nnamdi", "nnamdi"]),
    # a word that is a name speaks twice among names ("co")
    ("ria: is die kat van jullie?\nco: nee die is van de buren\nria: ok\nco: bel ze maar even",
     ["ria", "co", "ria", "co"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), SPEAKER_CHATS)
def test_speakers_of_a_chat_are_persons_whatever_the_lists_say(text: str, names: list[str]) -> None:
    assert _said(text, speaker_slots(text)) == names


SPEAKER_NEGATIVES = [
    "Naam: Jansen\nAdres: Dorpsstraat 4\nOpmerking: graag bellen\nOnderwerp: factuur",
    "ERROR: connection refused\nINFO: retrying\nERROR: timeout\nINFO: done",
    "Van: info@example.nl\nAan: klant@example.nl\nOnderwerp: uw bestelling\nDatum: 3 mei",
    "klant: hoi ik heb een vraag\nagent: zeker, waarmee kan ik helpen\nklant: mijn pakket\nagent: ik kijk even",
    # a YAML record's keys repeat, and they are words
    "- naam: Stefan\n  rol: beheerder\n  email: s@example.nl\n- naam: Noah\n  rol: stagiair\n  email: n@example.nl",
    # roles made of words: a desk, an agent noun
    "Fraudedesk: uw naam?\nBeller: Okafor\nFraudedesk: dank u\nBeller: graag gedaan",
    "Intaker: Naam?\nCliënt: Dave.\nIntaker: Geboortedatum?\nCliënt: weet ik niet",
    # a log's stamped levels and components
    "12:00:01 - WARN: disk\n12:00:02 - WARN: disk full\n12:00:03 - INFO: cleanup",
]


@pytest.mark.parametrize("text", SPEAKER_NEGATIVES)
def test_forms_logs_headers_and_roles_are_no_speakers(text: str) -> None:
    assert speaker_slots(text) == []
