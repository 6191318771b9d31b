"""Issue 12, places in the chats of families who write Turkish or Georgian: a listed place with a case ending joined to
it, after an apostrophe ("Ankara'dan", "Rotterdam'dayım") or, in Georgian, a hyphen ("Verviers-ში", "Wierum-shi"), is
a place. A Dutch genitive ("Zwolle's"), a double surname joined by a hyphen ("Brandwijk-de Kluijver") and an honorific
("Ogawa-san") are not."""

from __future__ import annotations

from afscherm.detectors import analyze


def _found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == entity]


def test_a_place_with_a_turkish_case_ending_is_a_place() -> None:
    assert _found("[19:02] Emine: teyzem yarın Kayseri'den geliyor, ben de Arnhem'deyim", "LOCATION") == [
        "Kayseri",
        "Arnhem",
    ]


def test_a_place_with_a_georgian_ending_after_a_hyphen_is_a_place() -> None:
    assert _found("Nino: ჯერ ისევ Luik-ში ვარ, ხვალ Maastricht-shi", "LOCATION") == ["Luik", "Maastricht"]


def test_double_surnames_and_honorifics_joined_by_a_hyphen_stay_names() -> None:
    assert _found("Naam: Brandwijk-de Kluijver, voorletters J.A.", "LOCATION") == []
    assert _found("(PTA account, Ogawa-san beheert het)", "LOCATION") == []
