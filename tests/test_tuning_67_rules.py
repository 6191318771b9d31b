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
