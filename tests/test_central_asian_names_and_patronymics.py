"""Central Asian names (issue 12, tuning_146): a name with its patronymic after it, the father's name and Kyrgyz
"kyzy"/"uulu", Kazakh "uly", Uzbek "o'g'li", or one word with its ending (Kazakh -uly/-ұлы, Russian -ovich/-ovna),
in a record's field alone too; a Mongolian or Kazakh name in Cyrillic read in the Latin letters its people write it
in (ү, ө, ж as j), and given names of Mongolia and Central Asia, Thailand, Somalia and Cape Verde the lists lacked.
Names are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found


def test_a_name_with_its_father_s_name_and_son_or_daughter_of() -> None:
    assert found("mijn vrouw Gulzat Asylbek kyzy woont nu ook hier", "PERSON") == ["Gulzat Asylbek kyzy"]
    assert found("passagier Temirlan Daniyar uulu, stoel 12A", "PERSON") == ["Temirlan Daniyar uulu"]


def test_a_patronymic_of_one_word_in_a_record_s_field() -> None:
    assert found('"surname": "Abenov", "patronymic": "Maratuly"', "PERSON")[-1] == "Maratuly"
    assert found("Отчество / Patronymic   СЕРІКҰЛЫ", "PERSON") == ["СЕРІКҰЛЫ"]
    assert found("klant Ivanova Olga Sergeyevna, geboren 1971", "PERSON") == ["Ivanova Olga Sergeyevna"]


def test_words_that_end_like_a_patronymic_are_no_name() -> None:
    assert found("de vlag van kyzy-team en uly", "PERSON") == []


def test_a_mongolian_name_in_cyrillic_read_in_latin_letters() -> None:
    assert found("Пүрэвсүрэн Мөнхзул ирнэ", "PERSON") == ["Пүрэвсүрэн Мөнхзул"]


def test_given_names_of_central_asia_thailand_somalia_and_cape_verde() -> None:
    assert found("hoi, ik ben Enkhjargal en bel over de huur", "PERSON") == ["Enkhjargal"]
    assert found("contactpersoon: Somkiat, tel volgt", "PERSON") == ["Somkiat"]
    assert found("mijn schoonzus Cabdiraxmaan komt ook", "PERSON") == ["Cabdiraxmaan"]


def test_a_thai_name_in_thai_script_after_its_formal_title() -> None:
    assert found('"naam_th": "นายสมศักดิ์ วงศ์ใหญ่"', "PERSON") == ["สมศักดิ์ วงศ์ใหญ่"]
    assert found("ถามนายจ้างก่อนนะ", "PERSON") == []
