"""Chat recall (issue 12): a chat export's members by the labels they speak under (bold, @, a user name, a name no
list holds), not a desk, a key or a word."""

from __future__ import annotations

import pytest

from afscherm.detectors.person_name import PersonNameRecognizer


def persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in PersonNameRecognizer().find(text)]


DISCORD = (
    "**tessa_okafor**: wie neemt de drank mee zaterdag\n"
    "**gamerbram03**: ik niet, ben blut\n"
    "**tessa_okafor**: ok dan vraag ik het aan de rest\n"
    "**xXkoenXx**: ik neem wel wat mee hoor\n"
)
MENTIONS = (
    "@sven.dijkstra: wie heeft de sleutels van het hok\n"
    "@m.visser: liggen bij mij thuis, kom maar halen\n"
    "@sven.dijkstra: top, ik kom om zes uur\n"
)
UNLISTED = (
    "[08:01] ravindra: ben je al onderweg naar het werk\n"
    "[08:02] sanne: nee, de trein rijdt niet vandaag\n"
    "[08:03] ravindra: dan haal ik je wel op bij het station\n"
)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (DISCORD, {"tessa_okafor", "xXkoenXx"}),
        (MENTIONS, {"sven.dijkstra", "m.visser"}),
        (UNLISTED, {"ravindra"}),
    ],
)
def test_chat_members_by_their_labels(text: str, names: set[str]) -> None:
    assert names <= set(persons(text))


def test_a_word_said_once_as_a_label_is_no_member() -> None:
    # (a label no dictionary knows speaks for a person even once, "zorbax: ja ik sta buiten": name_slots' speaker
    # slots; a word said once could be anything)
    text = "sanne: ben je er al\nbuiten: ja ik sta hier\nsanne: kom eraan\n"
    assert "buiten" not in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        # a trade or desk speaking with a customer
        "joey: pakket lukt niet, niemand thuis\nplanning: probeer de buren even\njoey: gelukt bij de buren\n"
        "planning: top, daarna terug naar de hub\n",
        "anouk: kan ik nog bloemen bestellen voor morgen\nbloemist: ja hoor, welk adres\nanouk: dorpsstraat 4 in epe\n"
        "bloemist: ok, komt morgen voor tienen\n",
        # keys of machine output, repeated, with values that hold blanks
        "error_code: 500 internal error\nmax_retries: 3 times now\nerror_code: 404 not found here\n",
        # a gamer's word holds no name
        "**xXShadowXx**: wie speelt er mee vanavond\n**nout**: ik, na het eten\n**xXShadowXx**: top tot dan\n",
    ],
)
def test_no_member_names_for_desks_keys_and_words(text: str) -> None:
    found = persons(text)
    assert not any(label in found for label in ("planning", "bloemist", "error_code", "max_retries", "xXShadowXx"))
