"""Rules made in the forty-fourth session (issue 12) from the misses left on the blind tuning sets, each tried on
examples written apart from the sets. All names, places and numbers are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found_set as _found


def test_a_place_that_is_also_a_word_typed_after_an_address_in_a_chat() -> None:
    # "opende" is a village and the past tense of "openen": after a street's number, closing the question, the place
    chat = "[19:43] hanna.b: Lindelaan 8 opende?? of zit ie al in grootegast"
    assert {"Lindelaan 8", "opende"} <= _found(chat, "LOCATION")
    assert "opende" in _found("19:06 Bezoeker: marta kowal, veldpad 17 opende\n19:06 Bezoeker: sorry", "LOCATION")
    # a full stop may close a clause whose verb the word is
    assert "opende" not in _found("Ik weet nog dat de bakkerij aan de Lindelaan 8 opende.", "LOCATION")


def test_a_lower_case_street_no_list_knows_before_a_comma_and_a_listed_place() -> None:
    chat = "Jelle Hoekstra (20:23): skrilmunt 4, marum (by heit en mem)"
    assert {"skrilmunt 4", "marum"} <= _found(chat, "LOCATION")
    # a word before a number and a comma is no street when no listed place follows
    assert not _found("ik zit op bladzijde 4, morgen verder", "LOCATION")
    assert not _found("zorgmunt 4, dan kijken we verder", "LOCATION")


def test_a_one_word_organisation_of_the_model_that_is_a_listed_first_name() -> None:
    # the model reads a first name before "op de" as a firm; a listed first name, no word or brand, is the person
    assert "Hubert" in _found("👍 zet hem maandag maar bij Hubert op de sorteermachine", "PERSON")
    # months and brands are no person
    assert "August" not in _found("Beller: Yes! New account since August: NL tweeëndertig", "PERSON")


def test_a_call_names_surname_after_a_wide_gap_is_the_next_column() -> None:
    form = "Naam: Ter Beek, J.H. (Joop)          Geboortedatum: 12-03-1961\nBSN: onbekend"
    found = _found(form, "PERSON")
    assert not any("Geboortedatum" in name for name in found)
    assert any("Joop" in name for name in found)


def test_a_capitalised_mention_of_a_name_no_list_holds() -> None:
    chat = (
        "Aike Zuidema  [08:33]  @Zarinaya moet dat SEPA zijn?\nRemmelt Kamminga  [09:10]  haha. Zarinaya gaat morgen "
        "mee naar de werf"
    )
    found = _found(chat, "PERSON")
    assert "Zarinaya" in found
    # the mention vouches for the name's other mentions
    assert chat.count("Zarinaya") == 2 and len([n for n in found if n == "Zarinaya"]) == 1
    # a channel keyword or a word is no member
    assert not _found("Aike: @Planning moet dat SEPA zijn?", "PERSON") - {"Aike"}


def test_a_holder_named_in_the_name_of_in_spanish_portuguese_french_english() -> None:
    chat = "[03-03-26, 22:43:30] Mamá: cuenta NL18 ASNB 0707 0716 31 a nombre de Xiomara Quilapán Rayén"
    assert "Xiomara Quilapán Rayén" in _found(chat, "PERSON")
    assert "Tiberio Saldanha" in _found("o seguro está em nome de Tiberio Saldanha, ok?", "PERSON")
    # a firm or a word is no holder
    assert not _found("la reserva está a nombre de Empresa Solar", "PERSON")


def test_kin_of_someone_in_a_spanish_or_portuguese_chat() -> None:
    chat = "hola muchachas, soy la mamá de Yusneidy. me pueden llamar? el cumple de Yusneidy es el 3 de agosto"
    assert "Yusneidy" in _found(chat, "PERSON")
    assert "Quirilo" in _found("buenas tardes, soy primo de Quirilo. él dice que usted tiene un cuarto", "PERSON")
    # a month or a place after "de" is no person
    assert not _found("el cumple de Mayo", "PERSON") - {"Mayo"} and "Madrid" not in _found(
        "la mamá de Madrid llama", "PERSON"
    )


def test_spanish_words_that_lists_hold_as_names_in_a_lower_case_chat() -> None:
    chat = "soy wilber. ella dice que me pueden hacer una factura, no pasa nada"
    found = _found(chat, "PERSON")
    assert not {"ella", "hacer", "nada", "una"} & found
    # a Dutch child's name written so stays a name
    assert "sem" in _found("jesse (11) en sem (12) hebben nog niet betaald", "PERSON")
