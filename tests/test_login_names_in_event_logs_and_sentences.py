"""Names (issue 12): a login name glued from an initial and a frequent surname where a log or a sentence names it -
Windows' event log ("Account Name: M.VERMEULEN"), a sentence ("mijn gebruikersnaam is lvanrijswijk.") and OpenVPN's
client, its common name before a slash and its real address ("pdejong/62.45.118.9:51820"). Cases written for these
tests, all fictitious."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import persons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4625 An account failed to log on. Account Name: J.VISSER Workstation Name: PC-HR-02", ["J.VISSER"]),
        ("4740 A user account was locked out. Account Name: kbakker Caller Computer Name: DC02", ["kbakker"]),
        ("Goedemiddag, mijn gebruikersnaam is tvandijk. Ik kan niet inloggen.", ["tvandijk"]),
        ("username was hdejong", ["hdejong"]),
        ("2026-03-04T08:12:55+01:00 gw openvpn[811]: rsmit/84.22.131.7:1194 Peer Connection Initiated", ["rsmit"]),
    ],
)
def test_a_login_of_an_initial_and_a_surname_is_a_name(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Account Name: SYSTEM Workstation Name: PC-01",  # a service account
        "mijn gebruikersnaam is veranderd.",  # a verb, no login
        "GET /api/status/10.0.0.1:8080 200",  # a path before the address
        "gw openvpn[811]: backup/84.22.131.7:1194 Peer Connection Initiated",  # no surname
    ],
)
def test_a_service_account_a_word_or_a_path_is_left_alone(text: str) -> None:
    assert persons(text) == []
