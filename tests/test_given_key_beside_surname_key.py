"""A "given" key's value beside a "surname" key in one record is a given name, as a ship's crew list or a passport
reader's JSON writes them (issue 12, tuning_145). Names are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found


def test_a_given_key_beside_a_surname_key() -> None:
    text = '{"rank":"OS","surname":"MONTEIRO LOPES","given":"DJULSON","dob":"1979-04-02","nat":"CPV"}'
    assert "DJULSON" in found(text, "PERSON")


def test_a_given_key_of_no_name_beside_a_surname_key() -> None:
    assert found('{"given": true, "surname": null}', "PERSON") == []
