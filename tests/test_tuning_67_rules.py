"""Rules from the blind tuning sets tuning_67 and tuning_68 (issue 12), each tried on examples written apart from the
sets: a table's column names after an export's comment line, with a digit in a name; the verb "verjaren"; Italian
"compie ... il"; a birthday and the age after "wordt" with a chat's word after it; Kriolu "faze N anu dia". All
names, places and numbers are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found_set as _found


def test_a_birth_column_under_an_exports_comment_line() -> None:
    text = (
        "# export leerlingen OBS De Vlonder 02-09-2026\n"
        "vn;an;geb;ouder1;tel1\n"
        "Tijn;Kroes;14-05-2021;Mara Kroes;06-41872093\n"
        "Noor;Bijl;02-11-2019;Sem Bijl;06-29918374"
    )
    assert {"14-05-2021", "02-11-2019"} <= _found(text, "DATE_OF_BIRTH")


def test_a_chat_stamp_is_no_column_name() -> None:
    text = "[13-12-26 19:03:40] marit: lijst, wie mist er nog, wie betaalt\n[13-12-26 19:04:02] bert: ik, jij, hij"
    assert not _found(text, "DATE_OF_BIRTH")


def test_a_birthday_after_verjaren_and_italian_compie() -> None:
    assert "21 sept" in _found("Kees: ds. Ommering verjaart 21 sept, kaart tekenen na de dienst", "DATE_OF_BIRTH")
    assert "3 maggio" in _found("Pina: ragazzi, nonno compie 81 il 3 maggio, festa da noi", "DATE_OF_BIRTH")


def test_a_birthday_and_the_age_after_wordt_with_a_chat_word() -> None:
    assert "7 okt" in _found("Arie: en wie haalt taart? Trijntje wordt 7 okt 70 toch", "DATE_OF_BIRTH")
    assert not _found("de huur wordt 3 mei 40 euro hoger", "DATE_OF_BIRTH")


def test_kriolu_age_before_the_birthday() -> None:
    assert "14 di marsu" in _found("Ivanilda: Nelsa ta faze 5 anu dia 14 di marsu 🎂", "DATE_OF_BIRTH")


def test_ocrs_cl_for_d_and_q_for_g_in_a_place() -> None:
    assert "Kerkracle" in _found("Autoriteit/Authority Burgerneester van Kerkracle\nPersoonsnurnmer 1234", "LOCATION")
    assert "Landqraaf" in _found("Gerneente Landqraaf · Postbus 31000, 6370 AA", "LOCATION")


def test_a_listed_place_after_a_romanian_ukrainian_or_german_in() -> None:
    assert "giessenburg" in _found("Florentina: mâine mergem la Lidl în giessenburg, vrei ceva?", "LOCATION")
    assert "schaesberg" in _found("Андрій: в суботу буду в schaesberg на ринку", "LOCATION")
    assert "kerkrade" in _found("Uschi: ich fahre morgen nach kerkrade zum Markt", "LOCATION")


def test_a_word_as_written_is_no_ocr_damaged_name() -> None:
    text = "2026-11-27 14:06:02 INFO n.z.claims.SchadeController : Claim registration failed for polis 7781"
    assert "Claim" not in _found(text, "PERSON")


def test_names_in_cyrillic_and_greek_letters() -> None:
    text = "+359 88 741 2096 (za 19 sep 06:40): Стоян Петров Иванов, роден на 04.11.1979 г."
    assert "Стоян Петров Иванов" in _found(text, "PERSON")
    assert "Γιώργος Παπαδόπουλος" in _found("Γιώργος Παπαδόπουλος, γεννήθηκε 1980", "PERSON")
    assert not _found("адреса: вул. Шахтарська, 8, Львівська обл.", "PERSON")


def test_a_registers_speaker_after_the_stamp() -> None:
    text = "[09:41] Rebelo, Nuno: ok\n[09:43] Kikker, Arjan: wie?\n[09:44] Lopes, Odair: ik\n[09:45] Kikker, Arjan: top"
    assert "Kikker, Arjan" in _found(text, "PERSON")


def test_a_speaker_before_a_twelve_hour_clock() -> None:
    text = "Jenneke Kooijman [10:19 AM]: welkom!\nTarvek [10:20 AM]: dank je\nJenneke Kooijman [10:21 AM]: graag"
    assert "Tarvek" in _found(text, "PERSON")


def test_a_name_after_an_english_greeting_not_a_word() -> None:
    assert "Zhivko" in _found("Planning (za 19 sep 06:14): morning Zhivko, ff wachten op Dirkjan", "PERSON")
    assert not _found("Bezoeker: hello, can you ship the Appelkist\nMedewerker: ja", "PERSON")


def test_cyrillic_streets_and_places_after_their_words() -> None:
    text = "Стоян: адрес ул. Витоша 41, вх. Б, роден в гр. Ямбол"
    assert {"ул. Витоша 41", "Ямбол"} <= _found(text, "LOCATION")
    assert "Петрівка" in _found("бабуся живе: с. Петрівка, Одеська обл.", "LOCATION")
    assert "1979 г." not in " ".join(_found("роден на 04.11.1979 г. в Ямбол", "LOCATION"))
