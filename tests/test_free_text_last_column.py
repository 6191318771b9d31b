"""Issue 12, machine output: a CSV export whose last column is free text (a chat export's message, a ticket's note)
often writes it unquoted; its commas split the row into more cells than the header names. The other columns are read
all the same: the sender's name under "Sender Name", the place under "woonplaats". An SMS backup exported as a table
names the other party in the column after the message's direction; a parent saved as "Maman" names no one."""

from __future__ import annotations

from afscherm.detectors import analyze


def _found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == entity]


def test_a_chat_export_with_unquoted_messages_keeps_its_sender_column() -> None:
    text = (
        "Date,Time,Sender Name,Sender Phone Number,Message\n"
        "09/04/2026,19:02,Eteri Gelashvili,+31652004117,ok, ik breng de khachapuri, tot zo\n"
        "09/04/2026,19:05,Sopiko,+31629930451,super, en de wijn?\n"
        "09/04/2026,19:09,Sopiko,+31629930451,ja, prima, dank je\n"
    )
    assert _found(text, "PERSON").count("Sopiko") == 2


def test_a_place_column_before_a_free_text_note_is_read_in_every_row() -> None:
    text = (
        "klantnr;naam;woonplaats;opmerking\n"
        "4471;Tsiala Beridze;Kutaisi;bel na 17u; sleutel bij buren; hond\n"
        "4472;Nodar Kapanadze;Zestafoni;geen\n"
    )
    places = _found(text, "LOCATION")
    assert "Kutaisi" in places and "Zestafoni" in places


def test_the_other_party_of_an_sms_backup_row_is_a_name_and_maman_is_a_parent() -> None:
    text = (
        "2026-04-02 20:11:07 | in | Salome 🌼 | gogo, morgen om 4 bij de bakkerij?\n"
        "2026-04-02 20:12:30 | out | ik | ja! neem jij de taart mee\n"
        "2026-04-02 20:13:02 | in | Salome 🌼 | ok, en mijn moeder komt ook\n"
        "2026-04-02 20:20:41 | in | Maman (+33 6 12 44 80 21) | bisous ma chérie\n"
    )
    assert _found(text, "PERSON") == ["Salome", "Salome"]


def test_the_column_names_of_such_an_export_are_no_names_or_places() -> None:
    text = (
        "Date,Time,Sender Name,Sender Phone Number,Message\n"
        "11/04/2026,08:12,Irakli Beridze,+31612270045,goedemorgen, ik ben er om 9\n"
        "11/04/2026,08:15,Nino,+31655120983,top, tot zo\n"
    )
    assert _found(text, "PERSON") == ["Irakli Beridze", "Nino"]
    assert _found(text, "LOCATION") == []
