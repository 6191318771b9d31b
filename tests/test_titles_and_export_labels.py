"""A title that a form field's or a sender's whole value took in with the name stays out of the name ("naam: Ratu Joeli
Waqanivalu", a Fijian chief's title; tuning_163), and a phone's SMS export's "verzonden" and "ontvangen" before each
message, and a Tongan, Samoan or Maori family's words for mother, father and grandmother as a contact's label, name
nobody (issue 12)."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _people(analyzer: Analyzer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("naam: Ratu Joeli Waqanivalu\ne-mail: joeli.waqa@kpnmail.nl", "Joeli Waqanivalu"),
        ("Captain: Ratu Sevanaia Vakadranu, tel +32 478 60 14 29", "Sevanaia Vakadranu"),
    ],
)
def test_a_title_stays_out_of_the_name(analyzer: Analyzer, text: str, name: str) -> None:
    assert _people(analyzer, text) == [name]


def test_an_sms_exports_direction_names_nobody(analyzer: Analyzer) -> None:
    text = (
        "09/03/2026 18:52 verzonden: talofa, ik heb het vrijdag gestuurd\n"
        "09/03/2026 18:55 ontvangen: Ik zie het nu, dank u\n"
    )
    assert _people(analyzer, text) == []


@pytest.mark.parametrize("label", ["Kuia", "Whaea"])
def test_a_pacific_kin_label_names_nobody(analyzer: Analyzer, label: str) -> None:
    text = f"[2026-03-02 18:41] {label}: kia ora, the church is on 18 april\n[2026-03-02 18:47] {label}: ka pai\n"
    assert label not in _people(analyzer, text)
