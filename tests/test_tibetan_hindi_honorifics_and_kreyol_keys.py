"""Issue 12 (tuning_152, tuning_153): Tibetan families write their honorific ``-la`` after a name ("tashi delek
albertine-la", "choedon-la"), Indian and Nepali ones ``-ji``; the name is the word before the hyphen, but not a title
or kin word ("geshe-la", "ama-la", "didi-ji"), and not a word or a place before Tamil's locative ``-la`` ("Tollebeek-la
velai", at work in Tollebeek) nor before Haitian Creole's article ("chanm-la", the room): there only a listed first
name. A Haitian association's table names its columns in Kreyòl (``non``, ``prenon``,
``ti_non``, ``dat_nesans``, ``vil``): its rows' names, birth dates and towns are read as under Dutch or French keys."""

from __future__ import annotations

from afscherm.detectors import analyze


def _found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == entity]


def test_a_name_before_tibetan_la_is_a_person() -> None:
    text = "de thangka is klaar, albertine-la. vraag ook kunsang-la of hij zondag komt"
    persons = _found(text, "PERSON")
    assert persons == ["albertine", "kunsang"]


def test_titles_and_kin_before_la_or_ji_are_no_names() -> None:
    text = "geshe-la komt morgen, ama-la kookt en didi-ji brengt de momo's"
    assert _found(text, "PERSON") == []


def test_haitian_creoles_article_la_makes_no_name() -> None:
    # Kreyòl's definite article: "chanm-la paré" (the room is ready), "bwat-la" (the box)
    assert _found("pa ni pwoblèm, chanm-la paré. m ap voye bwat-la demen", "PERSON") == []


def test_a_word_or_a_place_before_tamil_locative_la_is_no_name() -> None:
    text = "Thushi: ok. Tollebeek-la velai 8 mani varai, school form-la eluthanum"
    persons = _found(text, "PERSON")
    assert "Tollebeek" not in persons and "form" not in persons


def test_kreyol_column_names_make_a_rows_values_personal_data() -> None:
    text = (
        "INSERT INTO `manm` (`id`,`non`,`prenon`,`ti_non`,`dat_nesans`,`vil`,`kotizasyon`) VALUES\n"
        "(2041,'Jeanty','Wilnès','Nènè','1979-04-18','Anderlecht',60.00),\n"
        "(2042,'Boisrond','Marie-Évita',NULL,'1985-12-02','Mechelen',30.00);"
    )
    persons = _found(text, "PERSON")
    assert {"Jeanty", "Wilnès", "Nènè", "Boisrond", "Marie-Évita"} <= set(persons)
    assert _found(text, "DATE_OF_BIRTH") == ["1979-04-18", "1985-12-02"]
    assert {"Anderlecht", "Mechelen"} <= set(_found(text, "LOCATION"))
