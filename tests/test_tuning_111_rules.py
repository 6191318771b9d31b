"""Rules from the blind tuning set tuning_111 (the Kop van Overijssel, the Weerribben and south-east Drenthe; issue
12, fifty-first session): Low Saxon month names in a birthday, the Frisian and Low Saxon grandparents before a name,
and a Messenger copy's "Name · 14:05" header. Names here are made up.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def found(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.entity_type) for f in analyze_text(text)]


def test_low_saxon_months_in_a_birthday() -> None:
    assert ("9 meert", "DATE_OF_BIRTH") in found("opa wordt 85!! op 9 meert, dus dat komt mooi uut")
    assert ("3 febrewaori", "DATE_OF_BIRTH") in found("Hillechien is jarig op 3 febrewaori")


def test_frisian_and_low_saxon_grandparents_before_a_name() -> None:
    assert ("Wubbegien", "PERSON") in found("zeg je tegen beppe Wubbegien dat ik kom?")
    assert ("Roelfientje", "PERSON") in found("we gaan zondag naar opoe Roelfientje")


def test_a_messenger_copy_with_a_middle_dot_before_the_time() -> None:
    text = (
        "Roelfien Vrieling · 14:02\nwie gaot d'r zaoterdag mit?\nAaltien · 14:05\nik kom mit de kiender\n"
        "Roelfien Vrieling · 14:09\nmooi\nAaltien · 14:22\ntot dan"
    )
    assert found(text).count(("Aaltien", "PERSON")) == 2


def test_a_month_word_that_is_a_verb_too_needs_a_day() -> None:
    assert not any(t == "DATE_OF_BIRTH" for _, t in found("hij meert de boot aan bij de steiger, jarig of niet"))


def test_a_closing_after_the_last_sentence_on_its_line_signs_with_a_name() -> None:
    assert ("Wubbegien", "PERSON") in found("Aangepast! De vispas ligt bij de receptie. Groet, Wubbegien")


def test_an_introduced_capitalised_name_ends_with_a_particle_a_stop_or_an_emoji() -> None:
    assert ("Wubbegien", "PERSON") in found("ja graag voor mn man. ik ben Wubbegien trouwens 😄")
    assert ("Wubbegien", "PERSON") in found("Goedemiddag, ik ben Wubbegien van de receptie")
    assert ("Wubbegien", "PERSON") in found("Hoi, ik ben Wubbegien.")


def test_an_introduction_of_a_program_or_of_where_one_comes_from_names_nobody() -> None:
    assert not any(t == "PERSON" for _, t in found("Goeie! Ik ben Veerbot 🤖 Waarmee kan ik je helpen?"))
    assert not any(t == "PERSON" for _, t in found("ik ben Eindhovenaar trouwens"))


def test_a_low_saxon_name_ending_in_a_number_word_after_a_kin_word() -> None:
    assert ("Aaltien", "PERSON") in found("we gaan zondag naar oma Aaltien")
    # (a compound noun after a kin word is still no name: "Verkoopafdeling" ends in a noun, not a number word)
    assert not any(t == "PERSON" for _, t in found("we gaan zondag naar tante Verkoopafdeling"))
