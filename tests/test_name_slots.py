"""Names by the slot they fill (detectors.name_slots): a chat's speakers, a person's place in a sentence, a found
name's other writings, a table's name cells. The names here are ones the lists lack (or handles); the sentences are
written for these tests."""

from __future__ import annotations

import pytest

from afscherm.detectors import person_name  # noqa: F401  (name_slots reads its lists)
from afscherm.detectors.analyzer import default_analyzer
from afscherm.detectors.name_slots import (
    other_writings,
    placed_names,
    speaker_slots,
    table_names,
    word_like,
)


def _said(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]


def _persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in default_analyzer().analyze_one(text) if f.entity_type == "PERSON"]


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


# --- 2. a person's place in a sentence -------------------------------------------------------------------------------
PLACED = [
    ("Lotte: ik heb gisteren met Tarvek gesproken.\nSanne: en?\nLotte: het gaat door", ["Tarvek"]),
    (
        "[09:12] jos: heb je Djaimy z'n fiets gezien?\n[09:13] em: hij stond bij Tjeerdje\n[09:14] jos: ok thx",
        ["Djaimy", "Tjeerdje"],
    ),
    ("Hoi Tarvek, kun je morgen de sleutels brengen?", ["Tarvek"]),
    (
        "12/3/24, 21:04 - Eva: ja, Eilidh's moeder was er ook\n12/3/24, 21:05 - Bas: ok\n12/3/24, 21:05 - Eva: top",
        ["Eilidh"],
    ),
    ("Hallo allemaal,\nKom je ook naar het feest van Ebiere? Zeg tegen Chidi dat ze welkom is.", ["Ebiere", "Chidi"]),
    (
        "Agent: Dag Eilidh! Fijn dat u belt.\nKlant: dank u\nAgent: waarmee kan ik u helpen?\nKlant: Ria hier",
        ["Eilidh"],
    ),
    ("hey, ik ging met Ikaika naar de film, tot morgen, Ayomikun!", ["Ikaika", "Ayomikun"]),
]


@pytest.mark.parametrize(("text", "names"), PLACED)
def test_an_unknown_capitalised_word_where_a_person_stands_is_a_name(text: str, names: list[str]) -> None:
    assert _said(text, placed_names(text)) == names


PLACED_NEGATIVES = [
    "Hoi, we gingen met Vodafone en Albert Heijn praten over Nederland en de Efteling in Utrecht.",
    "Agent: De update van Windows en Teams is mislukt, zei de helpdesk.\nKlant: ok",
    "Hoi! Ik heb het Engels en Frans geleerd op de Hogeschool, Maandag begint het weer.",
    "Hoi,\nTarvek is een mooie naam, vind ik.",  # a sentence's first word is any word
    "Hoi, het staat in Outlook en in Excel, met Google gezocht.",
    "Hoi, we zijn vanavond bij de Bavo, komen jullie ook?",  # an article: no person
    # a letter or a receipt names firms and means of payment where a chat names people
    "Geachte heer Van Wijk,\nDe lift wordt in januari vervangen door Kone.",
    "Kwast 50 mm 4,49\nBetaald met Mastercard\nKlant: J. de Vries",
]


@pytest.mark.parametrize("text", PLACED_NEGATIVES)
def test_words_places_brands_and_sentence_starts_are_not_placed_names(text: str) -> None:
    assert placed_names(text) == []


def test_word_like_tells_words_from_names_the_lists_lack() -> None:
    assert all(word_like(w) for w in ("Maandag", "teams", "Outlook", "Efteling", "mark"))
    assert not any(word_like(w) for w in ("Tarvek", "Eilidh", "Djaimy", "Nnamdi", "Tjeerdje"))


# --- 3. a found name's other writings --------------------------------------------------------------------------------
def test_other_writings_of_a_name_no_word() -> None:
    plain, placed = other_writings("Djaimy")
    assert plain == {"djaimy", "DJAIMY"} and placed == set()


def test_other_writings_of_a_name_that_is_a_word_need_a_persons_place() -> None:
    plain, placed = other_writings("Mark")
    assert plain == set() and placed == {"mark"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna: wie is dat?\nBram: dat is een vriend van Djaimy\nAnna: ah djaimy, die ken ik\nBram: ja djaimy is tof",
         ["djaimy", "djaimy"]),
        ("Lotte: ik heb met Tarvek gesproken\nSanne: en wat zei tarvek?\nLotte: tarvek komt ook", ["tarvek", "tarvek"]),
        ("Hoi Eilidh, kom je ook?\nEILIDH: JA IK KOM", ["EILIDH"]),
    ],
)  # fmt: skip
def test_a_name_found_once_is_found_in_its_other_writings(text: str, expected: list[str]) -> None:
    found = _persons(text)
    for name in expected:
        assert found.count(name) >= expected.count(name)


# --- 4. machine output ----------------------------------------------------------------------------------------------
TABLES = [
    ("id\tnaam\tgeboortedatum\n1\tOkafor, Nnamdi\t12-03-1980\n2\tTanaka, Tarvek\t01-01-1990",
     ["Okafor, Nnamdi", "Tanaka, Tarvek"]),
    ("| nr | naam | telefoon |\n| 1 | Murphy, Eilidh | 0612345678 |\n| 2 | de Vries, Jan | 0687654321 |",
     ["Murphy, Eilidh", "de Vries, Jan"]),
    ("Tarvek;0612345678;12-03-1980\nEilidh;0687654321;01-01-1990", ["Tarvek", "Eilidh"]),
    ("354925127363463;iPhone SE;Koos (reserve);Magazijn;2025-11-19\n354925127363464;Pixel 8;Djaimy (stagiair);Magazijn;"
     "2025-11-20", ["Koos", "Djaimy"]),
    ("Tarvek | 0612345678 | tarvek@example.nl\nEilidh | 0687654321 | s@example.nl", ["Tarvek", "Eilidh"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), TABLES)
def test_name_cells_of_machine_output(text: str, names: list[str]) -> None:
    assert _said(text, table_names(text)) == names


TABLE_NEGATIVES = [
    "product;prijs;voorraad\nAppel;1,20;40\nPeer;0,90;12",
    "Utrecht, Nederland\t12\tja\nDelft, Nederland\t13\tnee",
    "status | datum | opmerking\nOpen | 12-03-2024 | Wacht\nDicht | 13-03-2024 | Klaar",
    "Tarvek;Eilidh",  # one row, one separator: no table
]


@pytest.mark.parametrize("text", TABLE_NEGATIVES)
def test_no_name_cells_in_tables_of_words_and_places(text: str) -> None:
    assert table_names(text) == []
