"""Issue 12, chats of Nepali, Punjabi, Urdu and Tibetan families: a parent saved as "Aama" or "Baba" labels a chat's
turns without naming anyone; romanised Nepali's little words that are given names elsewhere ("ho", "tero") name no
one in a Nepali line; the Dutch model's tags on Devanagari words are guesses; and a Messenger header with a middle
dot ("Tashi Phuntsok · 14 mrt 2026 16:40") holds no birth date. The people named in these chats are still found."""

from __future__ import annotations

from afscherm.detectors import analyze


def _found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == entity]


FAMILY_CHAT = (
    "12/03/2026, 19:43 - Aama: कुन नम्बर चाहियो? passport ma xa?\n"
    "12/03/2026, 19:45 - Sujata: nee aama, nepali passport ma hudaina. BSN chahincha\n"
    "12/03/2026, 19:51 - Baba: thik cha, mero BSN card ma cha, bholi pathaunchhu\n"
    "12/03/2026, 19:53 - Sujata: ok baba. Ramesh dai ko pani chahincha, yo ho form\n"
)


def test_parents_as_labels_and_nepali_words_name_no_one() -> None:
    assert _found(FAMILY_CHAT, "PERSON") == ["Sujata", "Sujata", "Ramesh"]


def test_a_messenger_header_with_a_middle_dot_holds_no_birth_date() -> None:
    text = (
        "Tenzin Norbu · 9 apr 2026 10:12\n"
        "hoi! de gemeente vraagt mijn geboortedatum voor het formulier\n"
        "Lobsang Yeshi · 9 apr 2026 10:20\n"
        "mijn geboortedatum is 03-07-1991, stuur even je ID\n"
    )
    assert _found(text, "DATE_OF_BIRTH") == ["03-07-1991"]
