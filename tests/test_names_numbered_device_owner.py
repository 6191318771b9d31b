"""Issue 12, names in logs and chats: a device named after its user with a model or a number beside the name
(``NB-ARSLAN-02``, ``Galaxy-S23-Ruben``, ``iPhone-13-van-Sanne``): a listed first or family name that is no common
word, in any case. Not a desk's or a department's device (``PC-BALIE-2``, ``LT-SALES-01``, ``PC-FIN-07``), not a
model's words (``Galaxy-S23-Ultra``), not a device without a name (``DESKTOP-7F3K2``). The names are made up here."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("de laptop heet NB-ARSLAN-02, ticket loopt", "ARSLAN"),
        ("DHCPACK(lan) 192.168.178.40 f0:9f:c2:66:30:18 Galaxy-S23-Ruben", "Ruben"),
        ("host=LT-JANSEN-01 status=ok", "JANSEN"),
        ("nieuw device: iPhone-13-van-Sanne", "Sanne"),
        ("wlan client pixel-7-femke verbonden", "femke"),
    ],
)
def test_a_devices_user_beside_a_model_or_number_is_a_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "host=PC-BALIE-2 status=ok",
        "host=LT-SALES-01 status=ok",
        "Workstation Name: PC-FIN-07",
        "model Galaxy-S23-Ultra",
        "host=DESKTOP-7F3K2",
        "host=NB-0231-02",
        "Surface-Pro-7 in de kast",
    ],
)
def test_a_desks_device_or_a_model_names_no_one(text: str) -> None:
    assert names(text) == []
