"""Issue 12, names in other scripts: a Georgian given and family name (Mkhedruli has no capitals; most Georgian
family names end in -ძე or -შვილი), and two capitalised Cyrillic words whose last ends as a Russian or Caucasian
family name does (-ов/-ева, -ский, -дзе, -швили, -ян), listed or not. Georgian inflects its word for a birthday
("დაბადების დღეა", "it is the birthday"): a date beside it is a birth date."""

from __future__ import annotations

from afscherm.detectors import analyze


def _found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == entity]


def test_a_georgian_name_is_found_without_the_word_before_it() -> None:
    text = "12/04/2026, 18:02 - Nino: პასპორტში წერია ზურაბ ჯაფარიძე, ნომერი მოგვიანებით"
    assert _found(text, "PERSON")[-1:] == ["ზურაბ ჯაფარიძე"]
    text = "Gast: ეკატერინე მაისურაძე-შვილი? nee: ეკატერინე ბახტაძე, kamer 12"
    assert "ეკატერინე ბახტაძე" in _found(text, "PERSON")


def test_two_georgian_words_without_a_family_name_ending_are_no_name() -> None:
    assert _found("Bakkerij: ტორტი მზადაა, ხვალ მოდით", "PERSON") == []


def test_an_unlisted_cyrillic_name_with_a_family_name_ending_is_found() -> None:
    text = "Tolk: Voornaam en achternaam? Beller: Хасмагомед Дудурхаев, второго марта"
    assert "Хасмагомед Дудурхаев" in _found(text, "PERSON")


def test_a_georgian_birthday_said_in_its_inflected_form_makes_the_date_a_birth_date() -> None:
    text = "14/03/2026, 09:12 - Tamar: ბაბუას დაბადების დღეა 27 აპრილს, არ დაგავიწყდეთ 🎂"
    assert _found(text, "DATE_OF_BIRTH") == ["27 აპრილს"]
