"""Issue 12, chats: a message header's date is no date of birth, also where the chat asks for birth dates. An SMS
app's header opens with the day of the week ("di 15 sep 2026 18:40 · Riny:"); Facebook Messenger puts a day and a
month, "om" and the time alone on the line under the speaker ("12 mrt. om 10:15"). The birth dates written in the
messages are still found, and a birth card's "2 maart 2026 om 04:12" (with its year) is not taken for a header."""

from __future__ import annotations

from afscherm.detectors import analyze


def _births(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "DATE_OF_BIRTH"]


def test_an_sms_header_with_the_weekday_is_no_birth_date() -> None:
    text = (
        "SMS · Harmke Zijlstra (+31 6 2231 4470)\n"
        "wo 7 okt 2026 09:12 · Harmke: Goedemorgen, voor het huurcontract heb ik uw geboortedatum nodig.\n"
        "wo 7 okt 2026 09:30 · Ik: mijn geboortedatum is 03-11-1979\n"
        "wo 7 okt 2026 09:31 · Harmke: Dank u, genoteerd."
    )
    assert _births(text) == ["03-11-1979"]


def test_a_messenger_header_under_the_speaker_is_no_birth_date() -> None:
    text = (
        "Wiebren Hoekstra\n"
        "4 nov. om 11:02\n"
        "Goedemorgen, voor het contract heb ik nog de geboortedatum van uw partner nodig.\n"
        "Ingrid Solberg\n"
        "4 nov. om 11:20\n"
        "Hei! Anders Solberg, geboren 22 januari 1984\n"
        "Wiebren Hoekstra\n"
        "4 nov. om 11:21\n"
        "Dank u!"
    )
    assert _births(text) == ["22 januari 1984"]


def test_a_birth_card_date_with_its_year_and_time_is_still_a_birth() -> None:
    text = "Wij zijn blij met de geboorte van\nSiebe\ngeboren op\n2 maart 2026 om 04:12\n3480 gram, 51 cm"
    assert _births(text) == ["2 maart 2026"]
