"""Names (issue 12): a first name right after the verb that opens a question, and a first name after
"bij" with a verb of fetching or staying. Cases written for these tests, all fictitious."""

from __future__ import annotations

from afscherm.detectors.person_name import PersonNameRecognizer


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in PersonNameRecognizer().find(text)]


def test_name_after_the_verb_that_opens_a_question() -> None:
    assert "Wessel" in names("[10:14] Ilse: Kan Wessel morgen de kinderen halen?")
    assert "Daan" in names("Oké. Moet Daan zijn paspoort ook meenemen?")  # a name that is also a word


def test_question_verb_before_a_place_brand_or_month_is_no_name() -> None:
    assert "Lisse" not in names("Is Lisse ver rijden vanaf hier?")  # a listed first name and a place
    assert "Juli" not in names("Komt Juli er ook aan?")  # a month


def test_question_verb_needs_the_question_mark() -> None:
    assert "Wessel" not in names("Kan Wessel morgen de kinderen halen. Dat is prima")


def test_name_at_whose_place_something_is_fetched() -> None:
    assert "Tamara" in names("mag de buurjongen de sleutel bij Tamara ophalen?")
    assert "Joost" in names("de kinderen kunnen bij Joost logeren")


def test_shop_or_place_after_bij_is_no_name() -> None:
    assert names("ik moet nog verf bij Gamma halen") == []
    assert "Hema" not in names("die fotos kun je bij Hema ophalen")
    assert "Veere" not in names("we gaan nog even bij Veere langs")
