"""Dates of birth (issue 12): a birth date and the register's slip of it joined by "ipv" / "i.p.v." ("in plaats van")
are both the birth date; the "v" that ends those words is no version's "v" before a number. Cases written for these
tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_a_slip_after_ipv_is_the_birth_date_too() -> None:
    text = "Ze hebben haar geboortedatum verkeerd staan trouwens, 21-02-1985 ipv 12-02-1985, wil jij dat even zeggen"
    assert births(text) == ["21-02-1985", "12-02-1985"]


def test_a_childs_slip_after_ipv_however_recent() -> None:
    text = "de geboortedatum van onze zoon staat bij jullie als 12-06-2016 ipv 21-06-2016, kan dat aangepast worden?"
    assert births(text) == ["12-06-2016", "21-06-2016"]


def test_dotted_ipv_and_day_and_month_swapped() -> None:
    text = "Uw geboortedatum stond als 03-04-1990 i.p.v. 04-03-1990 in het systeem, dat is aangepast."
    assert births(text) == ["03-04-1990", "04-03-1990"]


def test_a_version_after_a_birth_date_is_still_no_date() -> None:
    text = "Geboren op 3.9.1985.\nDe app geeft een foutmelding, v3.9.16 en sinds gisteren v. 3.9.17"
    assert births(text) == ["3.9.1985"]


def test_another_date_after_ipv_is_left_alone() -> None:
    # not the birth date's slip (neither its day and month swapped nor a digit pair turned round)
    text = "Geboortedatum 21-02-1985. De afspraak staat op 14-05-2026 ipv 17-05-2026."
    assert births(text) == ["21-02-1985"]
