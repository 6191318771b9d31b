"""Issue 12, chat names: a mention of a handle whose parts dots join (``@rutger.vd.velde``, ``@sanne.bakker``), the
first part a listed first name: the whole handle is the person. Not a domain (``@anna.nl``, ``@jan.nl/pad``) nor an
e-mail address (``anna@anna.nl``). The handles are made up here."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import names


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("de import zette het oude adres terug. @rutger.vd.velde is dat jouw migratie? 😅", "rutger.vd.velde"),
        ("cc @sanne.bakker graag", "sanne.bakker"),
        ("ping @lotte.de.wit, kun je kijken?", "lotte.de.wit"),
    ],
)
def test_a_dotted_handle_opened_by_a_first_name_is_the_person(text: str, handle: str) -> None:
    assert handle in names(text)


@pytest.mark.parametrize("text", ["stuur naar anna@anna.nl", "kijk op @anna.nl", "zie @jan.nl/pad"])
def test_a_domain_or_an_address_is_no_mention(text: str) -> None:
    assert names(text) == []
