"""Malaysian, Singaporean and Indonesian names as their passports write them (issue 12, tuning_144): a Malay name
with its father's after bin or binti, a Tamil-Malaysian one after a/l or a/p, in capitals or lower case; a Chinese
name spelled in Hokkien, Teochew or Hakka (a family name and two syllables). Names are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found


def test_a_malay_name_with_its_father_s_after_bin_or_binti_is_one_name() -> None:
    assert found("inschrijving Nurul Izzah binti Rosli, kamer 12", "PERSON") == ["Nurul Izzah binti Rosli"]
    assert found("NAAM: HAKIMI BIN ZULKEFLI\nGEB: 02-03-2001", "PERSON")[0] == "HAKIMI BIN ZULKEFLI"
    assert found("Puan Farah binti Anuar belt terug", "PERSON") == ["Farah binti Anuar"]


def test_a_tamil_malaysian_name_with_a_l_or_a_p_in_any_case() -> None:
    assert found("werknemer Ganesan a/l Periasamy, start 1 april", "PERSON") == ["Ganesan a/l Periasamy"]
    assert "logeswari a/p krishnan" in found("mijn zus logeswari a/p krishnan komt ook", "PERSON")


def test_bin_between_words_is_no_name() -> None:
    assert found("gooi het in de Recycle bin Amsterdam Noord", "PERSON") == []
    assert found("de map Recycle BIN Amsterdam is leeg", "PERSON") == []


def test_a_chinese_name_in_a_southern_spelling() -> None:
    assert found("klant CHUA PEI LING, kamer 3", "PERSON") == ["CHUA PEI LING"]
    assert found("via Tjoa Kiem Hoat (oom)", "PERSON") == ["Tjoa Kiem Hoat"]


def test_initials_before_bin_are_the_given_names() -> None:
    assert found("huurder N.A. bin Hashim, kamer 4", "PERSON") == ["N.A. bin Hashim"]
