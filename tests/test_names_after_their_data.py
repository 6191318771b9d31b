"""A person named after a word of their data and "van" ("het BSN van Maksim", "de gegevens van Njoroge"), in a letter
as in a chat; a firm after such words stays none (issue 12, ``name_slots.owned_names``; tuning_80, _103)."""

from __future__ import annotations

from tests.recognizer_helpers import found


def test_a_name_after_the_bsn_of_in_a_letter() -> None:
    text = "Geachte heer, voor de verzekering tijdens het kamp: het BSN van Maksim is 133 554 077."
    assert "Maksim" in found(text, "PERSON")


def test_a_name_after_the_data_of_in_a_work_chat() -> None:
    text = "[10:12] Eringa, Lutske\n@Meinte kun je de gegevens van Njoroge checken?\n[10:13] Meinte: ja"
    assert "Njoroge" in found(text, "PERSON")


def test_a_firm_after_the_data_of_is_no_name() -> None:
    assert found("Het adres van Albert Heijn staat op de bon, het telefoonnummer van Rabobank ook.", "PERSON") == []
