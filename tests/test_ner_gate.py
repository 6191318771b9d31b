"""The NER gate: which lines the model reads, and how its offsets map back to the original text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from afscherm.detectors.ner_gate import gate
from afscherm.detectors.prose_view import prose_view

SUPPORT_TEXT = """{"ts": "2026-03-12T10:22:01Z", "level": "INFO", "event": "login", "user_id": "d23d909e-bb48"}
  File "/srv/portal/app/views.py", line 598, in update_bank_account
    at com.example.portal.ProfileService.update(ProfileService.java:42)
Sessie: 34c5e1fd-ecc0-4941-91a2-5ec4cb98fea8
Ja, dat klopt.
[10:02] klant: hoi ik heb een vraag over mijn rekening
Subtotaal                         EUR 655,02
Groeten van Sanne de Vries uit Utrecht
[10:03] klant: ik woon in schiedam
( KS )
"""


def selected_lines(text: str) -> list[str]:
    gated = gate(text)
    return [text[s : s + n] for s, n in zip(gated.original_starts, gated.lengths, strict=True)]


def test_only_lines_that_can_hold_a_capitalised_name_or_a_place_are_read() -> None:
    assert selected_lines(SUPPORT_TEXT) == [
        "Groeten van Sanne de Vries uit Utrecht",
        "klant: ik woon in schiedam",  # a known place after "in", even in lowercase (time stamp blanked)
        "( KS )",  # a newspaper author's initials
    ]


def test_the_model_text_is_the_prose_view_of_the_selected_lines() -> None:
    gated = gate(SUPPORT_TEXT)
    view = prose_view(SUPPORT_TEXT)
    lines = zip(gated.original_starts, gated.lengths, strict=True)
    assert gated.text.split("\n") == [view[s : s + n] for s, n in lines]
    assert gated.text.startswith("Groeten van Sanne de Vries uit Utrecht\n")
    assert "10:03" not in gated.text  # noise stays blanked inside a selected line


def test_entity_offsets_map_back_to_the_same_words() -> None:
    gated = gate(SUPPORT_TEXT)
    for word in ("Sanne de Vries", "Utrecht", "schiedam", "KS"):
        start = gated.text.index(word)
        span = gated.to_original(start, start + len(word))
        assert span is not None and SUPPORT_TEXT[span[0] : span[1]] == word


def test_a_span_over_a_join_is_cut_at_its_line_and_a_join_is_no_start() -> None:
    gated = gate("Jan Jansen belde.\n{}\nPiet Pietersen mailde.")
    assert gated.text == "Jan Jansen belde.\nPiet Pietersen mailde."
    join = gated.text.index("\n")
    original = "Jan Jansen belde.\n{}\nPiet Pietersen mailde."
    span = gated.to_original(0, join + 5)
    assert span is not None and original[span[0] : span[1]] == "Jan Jansen belde."
    assert gated.to_original(join, join + 3) is None


def test_sentence_initial_common_words_labels_and_identifiers_do_not_open_a_line() -> None:
    for line in (
        "Klopt, dat heb ik gedaan.",
        "Applicatie: MijnPortaal 4.20.8",
        "NullPointerException: nothing here",
        "Toestelkrediet                    EUR 262,87",
        "INFO ERROR EUR BTW",
        "KONINKRIJK DER NEDERLANDEN",  # card text, not a name
    ):
        assert selected_lines(line) == [], line
    for line in ("Bel Klaas morgen.", "Anderlecht", "TER HORST", "Hij zei dat Barrichello won."):
        assert selected_lines(line) == [line], line


def test_lines_whose_candidates_the_recognisers_already_found_are_not_read() -> None:
    text = "T.a.v. dhr. Jansen\nmail naar Fenna@Example.nl\nJansen en Pietersen komen ook"
    jansen = (text.index("Jansen"), text.index("Jansen") + 6)
    email = (text.index("Fenna"), text.index(".nl") + 3)
    assert selected_lines(text) == text.split("\n")
    gated = gate(text, [jansen, email])
    assert gated.text == "Jansen en Pietersen komen ook"  # Pietersen is nobody's finding yet


def test_nothing_to_read_gives_an_empty_model_text() -> None:
    assert gate('{"level": "debug", "ms": 12}\n\n   \n').text == ""


LINES = st.lists(
    st.sampled_from(
        [
            "Groeten, Sanne de Vries",
            '{"id": "a1b2c3", "msg": "Jan belt"}',
            "  ja dat klopt  ",
            "Utrecht, 12 maart 2026",
            "\t[09:12] Piet: hallo ",
            "",
            "😀 Emoji voor Willemijn",
            "   ",
        ]
    ),
    max_size=12,
)


@given(LINES)
def test_every_model_character_maps_to_the_same_character_of_the_original(lines: list[str]) -> None:
    text = "\n".join(lines)
    gated = gate(text)
    view = prose_view(text)
    for i, ch in enumerate(gated.text):
        span = gated.to_original(i, i + 1)
        if ch == "\n":
            assert span is None
        else:
            assert span is not None and view[span[0] : span[1]] == ch


def test_capitalised_word_pattern_led_by_its_capital_matches_as_the_look_behind_first_one() -> None:
    import re

    from afscherm.detectors import ner_gate

    reference = re.compile(r"(?:(?<=['’]s-)|(?<![\w'’.-]))[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’-]*")
    line = "Anna en 's-Hertogenbosch, ’s-Gravenhage, x's-Hertog, xAnna .Bob -Cees 'Dirk’ O'Neill Éva 1Fien _Gijs A"
    expected = [m.span() for m in reference.finditer(line)]
    assert len(expected) >= 6
    assert [m.span() for m in ner_gate._CAPITALISED.finditer(line)] == expected
