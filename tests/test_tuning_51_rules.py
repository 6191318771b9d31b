"""Rules from the blind tuning sets tuning_51 and tuning_52 (issue 12, with misses the older sets shared), each tried
on examples written apart from the sets: an ID card's issuing mayor names a town; a town after a firm's name and a
comma; "laan" shortened; a phone's plus written out; a BSN whose last digit OCR read as a letter; an IBAN whose country
code is spoken letter by letter, or that ends a sentence; a spelled name with "dubbel" and "streepje"; an emoji after
a speaker's name; first names of more countries; birthdays said as "ik ben van", "mijn verjaardag is", turning an
age, someone named "is" a date after birth dates were asked, Chinese dates, and Spanish years after "del". All names,
places and numbers are made up."""

from __future__ import annotations

from afscherm.detectors.person_name import first_names
from tests.recognizer_helpers import found_set as _found


def test_the_issuing_mayor_names_a_town_also_as_ocr_reads_it() -> None:
    for line, town in (
        ("Autoriteit   Burgerneester van Zeist       Lengte 1,80 m", "Zeist"),
        ("Afgegeven door Burgemeester van Bunnik   CAN 510274", "Bunnik"),
        ("Burg. van Waadhoeke   Geldig tot 03 07 2033", "Waadhoeke"),
    ):
        assert town in _found(line, "LOCATION"), line


def test_a_town_after_a_firms_name_and_a_comma() -> None:
    # Scherpenzeel is a family name too: alone it would read as a person.
    text = "Factuur van Bloemkwekerij Van Rijn, Scherpenzeel, d.d. 3 maart"
    assert "Scherpenzeel" in _found(text, "LOCATION")


def test_laan_shortened_before_a_house_number() -> None:
    assert "berkenln 7" in _found("ophalen op berkenln 7 in de middag?", "LOCATION")


def test_a_phones_plus_written_out() -> None:
    text = "zijn nieuwe nummer is plus 32 470 12 34 56, het oude werkt niet meer"
    assert "plus 32 470 12 34 56" in _found(text, "PHONE_NUMBER")
    # A sum is no phone number.
    assert not _found("dat is 2 plus 3 is 5 en plus 12 euro verzendkosten", "PHONE_NUMBER")


def test_a_bsn_whose_last_digit_ocr_read_as_a_letter() -> None:
    # 111222370: valid by the 11-proef, its final 0 read as an O.
    text = "Burgerservicenurnmer   1112 2237 O\nFunctie  inpakker"
    assert "1112 2237 O" in _found(text, "NL_BSN")


def test_an_iban_with_its_country_code_spoken_apart() -> None:
    text = "stort het maar terug op N L 91 A B N A 0417164300 dat is mijn rekening"
    assert "N L 91 A B N A 0417164300" in _found(text, "IBAN_CODE")


def test_an_ocr_iban_ending_a_sentence_leaves_the_full_stop() -> None:
    # OCR read the 0 of "0417" as an O; the sentence's full stop is no part of the number.
    text = "wordt afgeschreven van NL91 ABNA O417 1643 00. Vragen? Bel ons."
    assert "NL91 ABNA O417 1643 00" in _found(text, "IBAN_CODE")


def test_a_spelled_name_with_double_letters_and_a_hyphen() -> None:
    text = (
        "Beller: Ik ben Nana Boateng-Appiah.\n"
        "Medewerker: Hoe schrijft u dat?\n"
        "Beller: B, O, A, T, E, N, G, streepje, A, dubbel P, I, A, H.\n"
    )
    assert "B, O, A, T, E, N, G, streepje, A, dubbel P, I, A, H" in _found(text, "PERSON")


def test_a_speaker_with_an_emoji_after_the_name() -> None:
    text = (
        "[02-12-26 20:01:11] Gurpreet 🌻: wie neemt de taart mee?\n"
        "[02-12-26 20:02:40] Jan Smit: ik\n"
        "[02-12-26 20:03:05] Gurpreet 🌻: top\n"
    )
    assert "Gurpreet" in _found(text, "PERSON")


def test_first_names_of_more_countries_are_listed() -> None:
    for name in ("jaspreet", "kobina", "krunoslav", "xaliimo", "somchai", "funmilayo", "gezim", "kenta", "jianguo"):
        assert name in first_names(), name


def test_birthdays_without_a_year_said_so() -> None:
    assert "11 maart" in _found("welkom! ik ben van 11 maart, en ik zing alt", "DATE_OF_BIRTH")
    assert "2 feb" in _found("mijn verjaardag is toch 2 feb, dus dan trakteer ik", "DATE_OF_BIRTH")
    assert "4 april" in _found("lieve allemaal, oma wordt 4 april 90 🎂 we vieren het", "DATE_OF_BIRTH")
    # Not a period of absence, nor a price going up.
    assert not _found("ik ben van 11 maart weg, tot de 20e", "DATE_OF_BIRTH")
    assert not _found("de huur wordt 4 april 90 euro hoger", "DATE_OF_BIRTH")


def test_someone_named_is_a_date_after_birth_dates_were_asked() -> None:
    text = (
        "[02-12-26 19:10:40] Marta: voor de reis heb ik nog je geb datum nodig, en van lotte ook\n"
        "[02-12-26 19:11:02] Bence: 14-06-2009, lotte is 3 feb 2011 (ze is mijn zusje)\n"
    )
    assert "3 feb 2011" in _found(text, "DATE_OF_BIRTH")
    # Without the question it is any date.
    assert not _found("de factuur is 30-01-2021", "DATE_OF_BIRTH")


def test_a_chinese_birth_date() -> None:
    assert "1984年11月2日" in _found("妈妈 出生日期: 1984年11月2日", "DATE_OF_BIRTH")
    assert not _found("afspraak op 2026年12月8日 om tien uur", "DATE_OF_BIRTH")


def test_a_spanish_year_after_del() -> None:
    assert "9 de abril del 88" in _found("yo nací el 9 de abril del 88 en Cali", "DATE_OF_BIRTH")


def test_a_spelled_answer_to_how_a_name_is_written() -> None:
    # No list holds the name, and it is said nowhere else: the question before the run says what it is.
    text = (
        "Medewerker: Hoe schrijft u uw achternaam?\n"
        "Beller: K, A, streepje, W, O, N, D, O, L, A.\n"
        "Medewerker: Dank u wel.\n"
    )
    assert "K, A, streepje, W, O, N, D, O, L, A" in _found(text, "PERSON")


def test_a_lower_case_postcode_in_brackets_after_a_street() -> None:
    text = "kado afgeven op merelstr 14 (2871 kb) 🙏 vanaf zeven uur"
    assert "2871 kb" in _found(text, "LOCATION")


def test_a_town_closing_a_clubs_or_practices_name() -> None:
    assert "Scherpenzeel" in _found("-- export leden VV Rood-Wit Scherpenzeel, seizoen 2026/27", "LOCATION")
    assert "Leerdam" in _found("Fysio De Lindeboom Leerdam\n0345 61 22 09", "LOCATION")


# tuning_53 and tuning_54


def test_a_teams_header_with_day_and_month_before_the_clock() -> None:
    text = (
        "Sevda Yilmaz  3-12 09:02\nwie heeft de sleutel?\n"
        "Gerrit van Beek  3-12 09:05\nik\n"
        "Sevda Yilmaz  3-12 09:06\ntop\n"
    )
    persons = _found(text, "PERSON")
    assert "Sevda Yilmaz" in persons
    assert not any("3-12" in p for p in persons)  # the date is no part of the name


def test_turkish_and_ukrainian_month_names() -> None:
    assert "3 temmuz 1961" in _found("babamın doğum tarihi 3 temmuz 1961", "DATE_OF_BIRTH")
    assert "21 жовтня 2015" in _found("Kinderen: Taras (11, geboren 21 жовтня 2015)", "DATE_OF_BIRTH")


def test_a_portuguese_birth_date_right_after_nascida() -> None:
    text = "voor het contract: ana beatriz souza, nascida 14/03/1988 em recife"
    assert "14/03/1988" in _found(text, "DATE_OF_BIRTH")


def test_the_issuing_mayor_abbreviated_twice() -> None:
    # ... as OCR reads the town (m read as rn)
    assert "Ernmen" in _found("Geldig tot 19 01 2030   Burg. v. Ernmen", "LOCATION")


def test_spanish_particles_in_a_name() -> None:
    assert "Yesenia De los Rios" in _found("Beste mevrouw Yesenia De los Rios, uw aanvraag", "PERSON")


def test_first_names_of_the_fourth_round_are_listed() -> None:
    for name in ("mykhailo", "yaneisy", "welat", "tigran", "wayan", "peppe", "lencho", "driekus", "thei"):
        assert name in first_names(), name


def test_a_birthday_said_with_trouwens() -> None:
    assert "6 mei" in _found("welkom allemaal! ik ben trouwens van 6 mei", "DATE_OF_BIRTH")
