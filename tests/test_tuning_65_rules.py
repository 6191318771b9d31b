"""Rules from the blind tuning sets tuning_65 and tuning_66 (issue 12), each tried on examples written apart from the
sets: a postcode's area between a street with its number and its place; the area alone after "postcode" and what a
caller who forgot the letters says; a vCard's birthday without its year; a name after a bare "name" behind an account;
a Lithuanian avenue shortened "al.". All names, places and numbers are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found_set as _found


def test_a_postcode_area_between_a_street_and_its_place() -> None:
    text = "[02-12-26 08:10:11] ~ Gerrit: havenstraat 21 ja, 3131 vlaardingen ofzo. de rest weet ik niet"
    assert {"havenstraat 21", "3131", "vlaardingen"} <= _found(text, "LOCATION")


def test_a_postcode_area_and_a_caller_who_forgot_the_letters() -> None:
    text = "🎤 (transcriptie)\nja het is molendijk 8 poortugaal postcode 3161 weet ik niet meer de letters"
    assert "3161" in _found(text, "LOCATION")


def test_a_vcards_birthday_without_its_year() -> None:
    text = "BEGIN:VCARD\nVERSION:4.0\nFN:Rosa Quispe\nBDAY:--11-03\nEND:VCARD"
    assert "--11-03" in _found(text, "DATE_OF_BIRTH")


def test_a_name_after_a_bare_name_word_behind_an_account() -> None:
    text = "Visitor: CZ65 0800 0000 1920 0014 5399 name Dvořáková Lenka, its czech bank, ok?"
    assert "Dvořáková Lenka" in _found(text, "PERSON")
    assert not _found("please change the file name Report Final, thanks", "PERSON")


def test_a_lithuanian_avenue_shortened_al() -> None:
    text = "Bezoeker: pay to my mother (Gedimino al. 17, 44279 Kaunas), thanks"
    assert "Gedimino al. 17" in _found(text, "LOCATION")
