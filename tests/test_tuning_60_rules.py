"""Rules from the blind tuning sets tuning_59 and tuning_60 (issue 12), third batch, and two from tuning_53, each tried
on examples written apart from the sets: a name spelled in parts with a remark between them; a spelled name whose
accents the caller leaves out; a street with a hyphened first word read out with its number; an address question that
does not end its line; a listed street read out before a postcode read out; OCR's month with a small l; a holder in
capitals after t.n.v.; a birthday in digits before "jarig"; a surname spelled after a remark on one of its letters.
All names, places and numbers are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found_set as _found


def test_a_name_spelled_in_parts_with_a_remark_between_them() -> None:
    text = (
        "Agent: Met wie spreek ik?\nBeller: Met Dragana Jovanović.\nAgent: Hoe spelt u uw achternaam?\n"
        "Beller: J, O, V, A, N, O, en dan V, I, C, met een haakje op de c.\nAgent: Dank u wel."
    )
    found = _found(text, "PERSON")
    assert {"J, O, V, A, N, O", "V, I, C"} <= found
    # the letter a remark is about is no part of the name, nor the remark's words
    assert not any(value.startswith(("c", "en dan", "met een")) for value in found)


def test_a_spelled_part_after_a_remark_on_an_accent() -> None:
    text = "Agent: En hoe schrijft u de naam?\nKlant: M, U, L mit Umlaut, L, E, R. Danke schön."
    found = _found(text, "PERSON")
    assert "M, U, L" in found
    assert any(value.startswith("L, E, R") for value in found)  # (the model may take the next word with it)


def test_spelled_letters_without_the_names_accents() -> None:
    text = (
        "Beller: Goedemorgen, met Zuzana Hrdličková.\nMedewerker: Wat is uw naam precies?\n"
        "Beller: Achternaam H, R, D, L, I, C, K, O, V, A, met een streepje op de a."
    )
    assert "H, R, D, L, I, C, K, O, V, A" in _found(text, "PERSON")


def test_letters_with_a_remark_between_them_that_spell_no_name() -> None:
    text = "Kies bij vraag zes A, B of C en dan D, E voor het tweede deel van de toets."
    assert not _found(text, "PERSON")


def test_a_street_with_a_hyphened_first_word_read_out() -> None:
    text = "Medewerker: En uw adres?\nBeller: Nieuw-Vennepersedijk honderdzes, in Hoofddorp."
    assert "Nieuw-Vennepersedijk honderdzes" in _found(text, "LOCATION")


def test_an_address_question_that_does_not_end_its_line() -> None:
    text = (
        "Medewerker: Woont u aan de Ringdijk of de Zandweg? Ik zie er twee.\n"
        "Beller: Zandweg achtentwintig. De Ringdijk was mijn oude adres."
    )
    assert "Zandweg achtentwintig" in _found(text, "LOCATION")


def test_a_listed_street_read_out_before_a_postcode_read_out() -> None:
    text = (
        "Het is op de Heuvel, eh, negen, dus Heuvel negen, zeven vier drie één, P, K. Zaterdag om tien uur graag.\n"
        "Bel me op het vaste nummer als het later wordt."
    )
    assert {"Heuvel negen", "zeven vier drie één, P, K", "Heuvel"} <= _found(text, "LOCATION")


def test_a_date_of_birth_whose_month_ocr_wrote_with_a_small_l() -> None:
    text = "Naam / Name\nHELENA MARTINS\nGeboortedaturn / Date of birth  2l MEl/MAY l979\nGeslacht / Sex  V/F"
    assert "2l MEl/MAY l979" in _found(text, "DATE_OF_BIRTH")


def test_a_holder_in_capitals_with_a_bare_initial_after_tnv() -> None:
    text = "Netto loon EUR 2.104,18 overgemaakt op NL44 ABNA 0417 1649 96 t.n.v. R WOJCIK\nVragen? Bel ons."
    assert "R WOJCIK" in _found(text, "PERSON")
    # a legal form in capitals is no holder's surname
    assert not _found("Overmaken op NL44 ABNA 0417 1649 96 t.n.v. A VOF, graag binnen een week.", "PERSON")


def test_a_birthday_in_digits_before_jarig() -> None:
    text = "Gerda · 19:02\nvergeet niet: tinus is 14-2 jarig, ik neem taart mee 🎂"
    assert "14-2" in _found(text, "DATE_OF_BIRTH")
    # a score is no birthday
    assert not _found("Gerda · 19:02\nzaterdag 14-2 gewonnen, volgende week uit", "DATE_OF_BIRTH")


def test_a_surname_spelled_after_a_remark_on_one_of_its_letters() -> None:
    text = "Agent: Op welke naam?\nBeller: Van Amerongen. Met één R. A, M, E, R, O, N, G, E, N.\nAgent: Dank u."
    found = _found(text, "PERSON")
    assert any(value.endswith("A, M, E, R, O, N, G, E, N") for value in found)
