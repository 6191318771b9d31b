"""Birth dates as Mongolian, Kyrgyz, Kazakh and Uzbek families write them (issue 12, tuning_146): the Mongolian year
"оны", month number "сарын" and day, in Cyrillic or Latin letters; the Turkic year with its word ("жылы", "yil")
and the day joined to the month by a dash, the month in the locative ("2-мартта"); Kyrgyz birth words and Russian's
short "др". Cape Verdean Kriolu's months spelled with n ("dezenbru") and its birthday without r ("anivesáriu"), after
"di el" (of him), no Dutch weekday (tuning_145); Thai papers' Buddhist era before the year and a Thai month
abbreviated with its dots after a birthday's word (tuning_147). Dates are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found


def test_a_mongolian_date_of_year_month_and_day() -> None:
    assert found("төрсөн огноо: 1989 оны 7 сарын 23", "DATE_OF_BIRTH") == ["1989 оны 7 сарын 23"]
    assert found("geboortedatum: 2001 ony 12 saryn 4", "DATE_OF_BIRTH") == ["2001 ony 12 saryn 4"]


def test_a_turkic_year_then_the_day_joined_to_its_month() -> None:
    text = "дата рождения: 1992-жылы 14-апрелде туулганмын"
    assert found(text, "DATE_OF_BIRTH") == ["1992-жылы 14-апрелде"]
    assert found("tug'ilgan sana 1988-yil 9-oktabrda", "DATE_OF_BIRTH") == ["1988-yil 9-oktabrda"]


def test_a_birthday_day_joined_to_its_month_after_a_birth_word() -> None:
    assert found("эжемдин туулган күнү 17-декабрь, унутпа", "DATE_OF_BIRTH") == ["17-декабрь"]
    assert found("не забудь папин др 5 наурыз", "DATE_OF_BIRTH") == ["5 наурыз"]


def test_a_day_joined_to_its_month_without_a_birth_word_is_no_birth_date() -> None:
    assert found("poyezd 8-noyabr soat 10:00 da jo'naydi", "DATE_OF_BIRTH") == []
    assert found("vergadering 1994 оны 3 сарын 14 in de zaal", "DATE_OF_BIRTH") == []


def test_a_kriolu_birthday_of_him_and_a_month_spelled_with_n() -> None:
    assert found("parabéns pa Nelson, anivesáriu di el é 4 di novenbru", "DATE_OF_BIRTH") == ["4 di novenbru"]
    assert found("nasidu 21 di setenbru di 1983 na Praia", "DATE_OF_BIRTH") == ["21 di setenbru di 1983"]


def test_a_thai_date_with_its_era_and_an_abbreviated_month() -> None:
    assert found("geboortedatum: 9 สิงหาคม พ.ศ. 2530", "DATE_OF_BIRTH") == ["9 สิงหาคม พ.ศ. 2530"]
    assert found("อย่าลืมวันเกิดแม่ 12 ก.ย. นะ", "DATE_OF_BIRTH") == ["12 ก.ย."]


def test_ukrainian_passport_months_chat_birthdays_and_roman_months_between_slashes() -> None:
    assert found("geboortedatum: 14 ЛИС 1969", "DATE_OF_BIRTH") == ["14 ЛИС 1969"]
    assert found("Oksana u tebe zavtra dnyukha?? 🎉 22 veresnya", "DATE_OF_BIRTH") == ["22 veresnya"]
    assert found('{naam: "Hanna Lysenko", geboren: "9/XI/1948"}', "DATE_OF_BIRTH") == ["9/XI/1948"]
    assert found("versie 2/IV/2020 van het plan", "DATE_OF_BIRTH") == []
