"""A birth date in a file or folder named after its person (HR and client dossiers), as logs list them."""

from __future__ import annotations

from afscherm.detectors.date_of_birth import DateOfBirthRecognizer


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in DateOfBirthRecognizer().find(text) if f.entity_type == "DATE_OF_BIRTH"]


def test_surname_first_name_date_in_a_file_name() -> None:
    text = "Dec  1 09:12:44 nas01 smbd[411]: opened /hr/dossiers/Terpstra_Wieke_1974-06-18.pdf read=1"
    assert _found(text) == ["1974-06-18"]


def test_day_first_date_in_a_folder_name_with_a_particle() -> None:
    text = "[2026-11-30 02:00:09] copied actief/van_Dalen_Sanne_03-09-1988/contract.pdf 20411"
    assert _found(text) == ["03-09-1988"]


def test_first_name_before_surname() -> None:
    assert _found("upload ok: scans/Bram_Hoekstra_1990-01-31.jpg") == ["1990-01-31"]


def test_a_recent_date_is_the_file_s_own() -> None:
    assert _found("opened /hr/dossiers/Terpstra_Wieke_2025-06-18.pdf") == []


def test_no_first_name_before_the_date_left_alone() -> None:
    assert _found("wrote /backup/Nightly_Server_1999-12-31.tar") == []


def test_an_impossible_date_left_alone() -> None:
    assert _found("opened /hr/dossiers/Terpstra_Wieke_1974-02-30.pdf") == []
