"""The NER gate for a model that reads lower case: chat lines with a plausible lower-case name reach the model,
other lower-case lines do not, and the old gate (``lower_case`` off) is unchanged."""

from __future__ import annotations

import pytest

from afscherm.detectors.config import ConfigError, load_recognizer_settings
from afscherm.detectors.ner_gate import gate


def selected(text: str, lower_case: bool, covered: list[tuple[int, int]] | None = None) -> list[str]:
    gated = gate(text, covered or [], lower_case=lower_case)
    return [text[s : s + n] for s, n in zip(gated.original_starts, gated.lengths, strict=True)]


CHAT_LINES_WITH_A_NAME = (
    "heb je joost al gesproken?",
    "[10:03] agent: kun jij femke even bellen",
    "12/03/26, 10:04 - mama: de offerte ligt bij visser",
    "ok dank je wel marloes",
    "ik heb bram en ilse uitgenodigd voor zaterdag",
    "wie is er bij hendriks geweest vandaag",
    "thijs' fiets staat nog in de gang",
)


@pytest.mark.parametrize("line", CHAT_LINES_WITH_A_NAME)
def test_a_lower_case_chat_line_with_a_listed_name_reaches_a_lower_case_model(line: str) -> None:
    read = selected(line, lower_case=True)
    assert len(read) == 1 and line.endswith(read[0])  # the whole line (a chat stamp is blanked noise)


@pytest.mark.parametrize("line", CHAT_LINES_WITH_A_NAME)
def test_the_capitals_only_gate_leaves_those_lines_to_the_rules(line: str) -> None:
    assert selected(line, lower_case=False) == []


@pytest.mark.parametrize(
    "line",
    [
        "[10:06] agent: ok top, tot morgen",
        "klant: ik heb een vraag over mijn rekening",
        "ik ga even naar de bakker",  # a family name that is a common word
        "max 3 stuks per bestelling, levering 12 jan",  # first names chats write as words
        "mail naar sanne.bakker@example.nl of zie /home/thijs/offerte.pdf",  # names inside addresses and paths
        "de bestanden van joost_v staan op de share",  # a handle
        "ja dat klopt, de monteur komt dinsdag",
    ],
)
def test_a_lower_case_line_without_a_name_candidate_does_not_reach_the_model(line: str) -> None:
    assert selected(line, lower_case=True) == []


def test_a_line_with_capitals_mid_sentence_is_no_chat_line_for_the_lower_case_rule() -> None:
    # "iPhone" is no candidate of the capitals gate (an identifier's shape), and its capital mid-sentence makes
    # the line no chat line: the lower-case name alone does not open it.
    assert selected("de iPhone van joost is kapot", lower_case=True) == []


def test_a_lower_case_name_the_rules_already_found_does_not_open_its_line() -> None:
    text = "[10:03] agent: kun jij femke even bellen"
    femke = (text.index("femke"), text.index("femke") + 5)
    assert selected(text, lower_case=True, covered=[femke]) == []
    assert selected(text + " en joost ook", lower_case=True, covered=[femke]) == [
        "agent: kun jij femke even bellen en joost ook"
    ]


def test_a_line_barren_to_the_capitals_gate_is_still_read_by_the_lower_case_gate() -> None:
    line = "zeg maar tegen annelies dat het goed is"
    assert selected(line, lower_case=False) == []  # remembered as barren for the capitals-only gate
    assert selected(line, lower_case=True) == [line]
    assert selected(line, lower_case=False) == []


def test_capitalised_lines_are_selected_alike_with_and_without_lower_case() -> None:
    text = "Groeten van Sanne de Vries uit Utrecht\nKlopt, dat heb ik gedaan.\nBel Klaas morgen."
    assert (
        selected(text, lower_case=True)
        == selected(text, lower_case=False)
        == [
            "Groeten van Sanne de Vries uit Utrecht",
            "Bel Klaas morgen.",
        ]
    )


def test_recognizers_yaml_switch_is_validated(tmp_path) -> None:
    ok = tmp_path / "ok.yaml"
    ok.write_text("recognizers: [afscherm.detectors.bsn.BsnRecognizer]\nner_lower_case: false\n")
    assert load_recognizer_settings(ok).ner_lower_case is False
    default = tmp_path / "default.yaml"
    default.write_text("recognizers: [afscherm.detectors.bsn.BsnRecognizer]\n")
    assert load_recognizer_settings(default).ner_lower_case is None  # the model's meta decides
    bad = tmp_path / "bad.yaml"
    bad.write_text("recognizers: [afscherm.detectors.bsn.BsnRecognizer]\nner_lower_case: soms\n")
    with pytest.raises(ConfigError):
        load_recognizer_settings(bad)
