"""Rules made in the forty-seventh session (issue 12) from the hand-written tuning sets, each tried on examples
written apart from the sets. All names, places and numbers are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found_set as _found


def test_a_day_and_month_near_a_birthday_word_in_its_message() -> None:
    # a question, a day in another language's month, a day in digits, a Frisian birthday
    assert "20 juni" in _found("[03-05-26 20:11:04] Wubbe: en @Taavi overmorgen jarig toch? 20 juni?", "DATE_OF_BIRTH")
    assert "8. oktobrī" in _found("Ilze: neaizmirsti, 8. oktobrī Maijai dzimšanas diena 🎁", "DATE_OF_BIRTH")
    assert "17.3." in _found("ok. ze is 17.3. jarig zegt ze, wordt 52", "DATE_OF_BIRTH")
    assert "9/11" in _found("en net ferjitte: Sjouke is 9/11 jierdei, dan trakteart er", "DATE_OF_BIRTH")
    # Korean writes each part with its sign, a particle joined to the day
    assert "1993년 7월 21일" in _found("[동생] [오후 8:02] 내 생일 1993년 7월 21일이야 ㅋㅋ", "DATE_OF_BIRTH")


def test_no_party_day_range_time_stamp_or_recent_date_near_a_birthday_word() -> None:
    chat = "[12-03-26 07:31:55] Marretje: ouke is jarig 20 juni, feestje zaterdag 27 juni in de kantine"
    assert _found(chat, "DATE_OF_BIRTH") == {"20 juni"}
    assert not _found("Opmerking: Wietske is jarig in de kampweek 6 juli - 10 juli, mag ze trakteren?", "DATE_OF_BIRTH")
    assert not _found("lisa: ik ben op 03-04-2026 jarig geweest, was gezellig", "DATE_OF_BIRTH")
    assert not _found("14-03-2026 19:20 - Tjitske: wie is er volgende week jarig?", "DATE_OF_BIRTH")
    assert not _found("reglement versie 3.2 staat online, en wie is er jarig?", "DATE_OF_BIRTH")


def test_a_place_of_birth_abroad_after_the_date() -> None:
    # a listed town with the date between the word for born and its "in", in the family's language
    assert "Medellín" in _found("mi tía Rocío nació 14-3-1961 en Medellín, verdad?", "LOCATION")
    # Italian and Bosnian words for born (the town in its locative case too)
    assert "Caltanissetta" in _found('"nata il 9 marzo 1966 a Caltanissetta"', "LOCATION")
    assert "Mostaru" in _found("Miro je rođen 21. 6. 1979. u Mostaru.", "LOCATION")


def test_an_ocr_read_name_after_an_ocr_damaged_role_label_with_digits_for_letters() -> None:
    form = "Werknerner: DUDEK, MAŁG0RZATA        Personeelsnr. 51187\nAdres Kerkstraat 4"
    assert "DUDEK, MAŁG0RZATA" in _found(form, "PERSON")


def test_a_day_and_month_read_out_near_a_birth_in_the_familys_calendar() -> None:
    call = "Assistente: En zijn geboortedatum?\nTolk: Hij zegt negen shawwal veertienhonderdtien, dat is onze kalender."
    assert "negen shawwal veertienhonderdtien" in _found(call, "DATE_OF_BIRTH")
    home = "Medewerker: Uw geboortedatum?\nBeller: Drie februari zevenentachtig. Thuis zeggen we zeventien bahman."
    assert "zeventien bahman" in _found(home, "DATE_OF_BIRTH")
    # a start date and a name day near a birth are neither
    other = "Klant: Hij is geboren in Herat. Per één januari gaat hij naar school, zijn naamdag is twaalf december."
    assert not _found(other, "DATE_OF_BIRTH")


def test_a_lower_case_dutch_town_after_another_languages_in() -> None:
    # Indonesian "di", Cebuano "sa", Polish "w", before villages and small towns in lower case
    assert "zoutkamp" in _found("kirim paketnya ke rumah tante di zoutkamp ya", "LOCATION")
    assert "nieuw-vennep" in _found("kuhaon tika sa nieuw-vennep ugma", "LOCATION")
    assert "sint-oedenrode" in _found("mieszkam teraz w sint-oedenrode", "LOCATION")
    # a word after them stays a word ("u" is Dutch "you" too)
    assert not _found("wat heeft u best gevonden, en w sumie dobrze", "LOCATION")
