"""Dates of birth (issue 12): a register's answer to a request for correction (``stond uw geboortedatum als ...; dit
is nu ...``, ``gewijzigd in``), and a month name OCR wrote with a 1 for its l (``3 ju1i 1987``). Cases written for
these tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_the_corrected_birth_date_a_register_states() -> None:
    text = "Wij hadden uw geboortedatum genoteerd als 04-09-1965; dit is nu 14-09-1965. Met vriendelijke groet"
    assert births(text) == ["04-09-1965", "14-09-1965"]
    assert births("Uw geboortedatum 7-2-1959 is gecorrigeerd naar 7-2-1958.") == ["7-2-1959", "7-2-1958"]


def test_a_later_date_stated_now_is_left_alone() -> None:
    # (no slip of the birth date: another year and another day)
    text = "Uw geboortedatum 04-09-1965 staat goed; dit is nu 12-11-2025 bijgewerkt."
    assert births(text) == ["04-09-1965"]


def test_a_month_ocr_wrote_with_a_one_for_its_l() -> None:
    assert births("Huurder: Sem de Wit, geboren 3 ju1i 1987 te Gouda") == ["3 ju1i 1987"]
    assert births("geb. 19 apri1 1975") == ["19 apri1 1975"]


def test_a_month_with_a_one_and_no_birth_label_is_left_alone() -> None:
    assert births("Ingangsdatum huur: 3 ju1i 1987, opzegtermijn een maand") == []
