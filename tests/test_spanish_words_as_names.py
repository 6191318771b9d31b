"""Spanish words typed in lower case in a Spanish chat line are no names ("ya sabe", "mijo", "el tren"), and a
contacts export's yearless birthday ("--04-02" under "Birthday") is a date of birth (issue 12, tuning_130)."""

from __future__ import annotations

from tests.recognizer_helpers import found


def test_spanish_chat_words_are_no_names() -> None:
    text = (
        "[18:02] Pipe: ya sabe mijo, el tren sale a las 8 pero no se si llego\n"
        "[18:03] Pipe: que pena, estoy en la caja todavía, ya po\n"
        "[18:04] Pipe: bueno, gracias, hablamos ahora"
    )
    persons = found(text, "PERSON")
    for word in ("ya", "ya sabe", "mijo", "tren", "el", "ya po"):
        assert word not in persons


def test_a_capitalised_name_in_a_spanish_line_stays() -> None:
    text = "[18:02] Pipe: ya sabe, Valentina llega mañana pero no se\n[18:03] Pipe: que pena, estoy muy cansado ya"
    assert "Valentina" in found(text, "PERSON")


def test_a_contacts_exports_yearless_birthday_is_a_birth_date() -> None:
    text = (
        "Name,Given Name,Family Name,Nickname,Birthday,Phone 1 - Value\n"
        "Abuelita,Olga Lucía,Zuluaga de Bedoya,,--04-02,+57 604 372 8815\n"
    )
    assert "--04-02" in found(text, "DATE_OF_BIRTH")


def test_a_yearless_cell_under_another_header_is_no_birth_date() -> None:
    text = "Name,Start,End\nOlga Lucía Zuluaga,--04-02,--05-01\n"
    assert found(text, "DATE_OF_BIRTH") == []
