"""A phone number glued to Japanese, Chinese or Korean writing, which puts no space before or after it; a number
written with its country code's plus after another number's word ("for orders +91 ..."); India's "in" as a spoken
e-mail address's domain at the end of the sentence (issue 12: tuning_139, tuning_142). Numbers are made up; each
is valid for its country's plan."""

from __future__ import annotations

from tests.recognizer_helpers import found


def test_a_phone_number_glued_to_japanese_or_korean_writing() -> None:
    assert found("電話は家の+81 3-5218-4471ね、携帯は壊れた", "PHONE_NUMBER") == ["+81 3-5218-4471"]
    assert found("엄마 번호+82 10-4827-1093로 바뀜", "PHONE_NUMBER") == ["+82 10-4827-1093"]


def test_an_international_number_after_an_order_word_is_a_phone_number() -> None:
    assert found("Jaipur aunty ka number for orders +91 141 262 8840", "PHONE_NUMBER") == ["+91 141 262 8840"]
    assert found("ordernummer 0612345678", "PHONE_NUMBER") == []  # a number without its plus keeps its label's kind


def test_a_spoken_e_mail_address_in_india_s_domain() -> None:
    text = "Klant: yes. And mail is r punt iyer apenstaartje rediffmail punt in. Address still the same"
    assert found(text, "EMAIL_ADDRESS") == ["r punt iyer apenstaartje rediffmail punt in"]
    assert found("mail naar jan apenstaartje ziggo punt in het weekend", "EMAIL_ADDRESS") == []
