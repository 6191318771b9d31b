"""Issue 12, places abroad in chats (from the kind of address ``retired_10``'s chats leaked): a German street named by a
preposition and its article before a plain name, no street word at all (``Am``, ``Im``, ``An der``), with an address
around it; and a German postcode with its place opening the next turn of a chat, which completes the street's address.
The cases are written here, not copied from any set; every name and address is made up."""

from __future__ import annotations

from tests.recognizer_helpers import locations

# --- a German street led by a preposition and article ----------------------------------------------------------------


def test_a_german_street_led_by_am_after_an_address_word() -> None:
    assert "Am Lindenhang 9" in locations("Het adres van het vakantiehuis is Am Lindenhang 9, toch?")


def test_a_german_street_led_by_a_preposition_and_article_before_its_postcode() -> None:
    text = "Wir wohnen jetzt Im Kleefeld 23, 48599 Gronau"
    assert "Im Kleefeld 23" in locations(text)
    assert "48599" in locations(text)
    assert "Auf dem Sonnenhügel 4" in locations("adres: Auf dem Sonnenhügel 4")


def test_am_before_a_capitalised_word_and_a_number_without_an_address_stays() -> None:
    # (a plain word: only an address around it makes it a street)
    assert locations("Ich bin Am Montag 3 Stunden da") == []
    assert locations("Ik ben Am Markt 4 keer geweest") == []


def test_a_lower_case_name_after_am_is_no_street() -> None:
    assert locations("het adres is am waltweg toch, nummer weet ik niet 12") == []


# --- a German postcode and place opening the next turn ----------------------------------------------------------------


def test_a_postcode_and_place_opening_the_turn_after_a_street() -> None:
    text = (
        "[02.07.25, 09:12] Sanne Bos: Het adres van de camping was Am Hirschgraben 12, klopt dat?\n"
        "[02.07.25, 09:14] Ute: Ja genau, 57392 Schmallenberg"
    )
    found = locations(text)
    assert "Am Hirschgraben 12" in found
    assert "57392" in found
    assert "Schmallenberg" in found


def test_a_count_or_an_amount_on_the_line_after_a_street_stays() -> None:
    assert locations("Kerkstraat 4\n12345 Stuks") == ["Kerkstraat 4"]
    assert locations("Bezorgd op Kerkstraat 4\nTotaal: 12345 Euro") == ["Kerkstraat 4"]


def test_a_code_two_lines_below_the_street_is_not_read() -> None:
    # (a place no list holds: a listed one - Schmallenberg is a city of the world's list - is read with its postcode
    # anywhere, street or none)
    text = "Het adres is Am Hirschgraben 12\nOk\nDanke, 57392 Kleinhausen"
    assert "57392" not in locations(text)
