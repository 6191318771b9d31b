"""Issue 12 (twenty-first session), a chat's speaker written as a user name or as a register writes a person: the
first-name part of a handle (``**kaasboer_jelle**:``, ``merel_vintage:``), a lower-case surname with initials after
or before it (``bakker, t.:``, ``f.el idrissi:``). The chats are written here, not copied from a gold set."""

from __future__ import annotations

import pytest

from afscherm.detectors.person_name import PersonNameRecognizer


def speakers(text: str) -> list[str]:
    return [text[f.start : f.end] for f in PersonNameRecognizer()._written_speaker(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("**fietsfan_sanne**: wie rijdt er zondag?\n**bram**: ik\n**fietsfan_sanne**: top", ["sanne", "sanne"]),
        ("thijs.gamer: gg\nRuben: rematch?\nthijs.gamer: morgen", ["thijs", "thijs"]),
        ("[20:01] opa_henk_58: foto's staan online\n[20:03] Lies: mooi!", ["henk"]),  # a stamp: once is enough
        ("jansen, p.: ik kom om 8\nde boer, e.: ik ook\n", ["jansen, p.", "de boer, e."]),
        ("[10:02] m.el amrani: de lift is stuk\n[10:03] Beheer: we sturen iemand\n", ["m.el amrani"]),
        ("[10:02] r. de graaf: klopt\n[10:03] Beheer: dank u\n", ["r. de graaf"]),
    ],
)
def test_a_handle_or_a_registered_name_speaking_in_a_chat_is_a_name(text: str, names: list[str]) -> None:
    assert speakers(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "max_retries: 3\nerror_code: 500\nsem_version: 2\n",  # keys of machine output: no first name or said once
        "fietsfan_sanne: wie rijdt er zondag?",  # one line: no chat
        "support_bot: welkom\nklant_service: hoe kan ik helpen?\nsupport_bot: typ uw vraag\n",  # no first name
        "totaal, incl.: 45 euro\nbtw, 21%: 7,81\n",  # no listed surname before the comma
        "a.u.b. wachten: ja\nn.v.t.: nee\n",  # abbreviations, no surname
    ],
)
def test_keys_roles_and_single_lines_are_no_speakers(text: str) -> None:
    assert speakers(text) == []
