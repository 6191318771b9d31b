"""Issue 12, Belgian addresses: the four-digit postcode after a street's number and a comma is read when another comma
closes it and the sentence goes on with a word (``..., bus 2, 3010, maar``), as it was when a full stop or a capitalised
place closed it. A list of numbers after a street (``Kerkstraat 3, 2000, 3000``) is no postcode. The cases are
written here, not copied from any set; every address is made up."""

from __future__ import annotations

from tests.recognizer_helpers import locations


def test_a_postcode_closed_by_a_comma_before_the_sentence_goes_on() -> None:
    found = locations("Ik woon nu in Bonheiden, Putsesteenweg 21 bus 4, 2820, maar de post komt nog in Mechelen")
    assert "2820" in found


def test_a_postcode_closed_by_a_comma_before_a_thank_you() -> None:
    assert "2140" in locations("ons adres is Turnhoutsebaan 210, 2140, dank je")


def test_a_postcode_closing_with_a_full_stop_is_still_read() -> None:
    assert "9000" in locations("Stuur het naar Sint-Pietersnieuwstraat 77 bus 3, 9000.")


def test_numbers_listed_after_a_street_are_no_postcode() -> None:
    found = locations("bij Kerkstraat 3, 2000, 3000 en 4000 stuks geteld")
    assert "2000" not in found and "3000" not in found
