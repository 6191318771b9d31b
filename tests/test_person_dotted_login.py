"""Issue 12 (twenty-first session), logins in machine output: an initial, a dot and any listed surname after a user
key (``username="k.yilmaz"``, ``user=m.elamrani``), its Arabic or Dutch particle glued to it, and a device's or file's
owner as a user key (``owner=pvdberg``). The log lines are written here, not copied from a gold set."""

from __future__ import annotations

import pytest

from afscherm.detectors.person_name import PersonNameRecognizer, dotted_login_surname


def logins(text: str) -> list[str]:
    return [text[f.start : f.end] for f in PersonNameRecognizer()._login_name(text)]


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ('event=auth username="k.yilmaz" result=ok', "k.yilmaz"),  # a Turkish surname, not among the most frequent
        ("sshd: session opened for user=m.elamrani by (uid=0)", "m.elamrani"),  # an Arabic particle glued
        ("mdm enroll imei=356938035643809 owner=pvdberg os=ios", "pvdberg"),  # owner: a user key
        ("sync ok owner=a.benali share=/data/hr", "a.benali"),
        ("login: j.vandam from 10.0.0.4", "j.vandam"),  # a Dutch particle glued
    ],
)
def test_a_dotted_or_owned_login_of_a_listed_surname_is_a_name(text: str, login: str) -> None:
    assert logins(text) == [login]


@pytest.mark.parametrize(
    "text",
    [
        "owner=root group=wheel mode=0644",  # a system account
        "user=s.admin action=restart",  # a service account: no surname
        "login: a.backup started",  # a word after the initial
    ],
)
def test_service_accounts_are_no_names(text: str) -> None:
    assert logins(text) == []


def test_the_dotted_shape_needs_an_initial_and_a_listed_surname() -> None:
    assert dotted_login_surname("s.elmoussaoui")
    assert dotted_login_surname("n.elhadi")  # 'hadi' is listed, the particle glued before it
    assert not dotted_login_surname("jvdheuvel")  # no dot: the frequent-surname rule's shape
    assert not dotted_login_surname("s.tafel")  # a word, no listed surname
    assert not dotted_login_surname("ab.jansen")  # two letters before the dot
