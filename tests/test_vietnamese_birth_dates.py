"""Vietnamese dates of birth and birthdays, the day and the month by number, lunar ones too (detectors/date_of_birth.py,
issue 12, fiftieth session); names and dates here are made up.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def births(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "DATE_OF_BIRTH"]


def test_a_vietnamese_birth_date_and_a_lunar_birthday() -> None:
    assert births("[15/04/2026 19:06] Mai: con sinh ngày 7 tháng 11 năm 2011 ở Hulst nha") == [
        "ngày 7 tháng 11 năm 2011"
    ]
    assert births("ông ngoại 80 tuổi, sinh nhat mung 12 thang 6 am lich") == ["mung 12 thang 6 am lich"]
    assert births("maar opa viert toch altijd op mùng 4 tháng Chạp?") == ["mùng 4 tháng Chạp"]


def test_a_feast_a_death_anniversary_or_an_appointment_is_no_birthday() -> None:
    assert births("25 september is tết trung thu, 15 tháng 8 âm lịch, wij maken bánh") == []
    assert births("đám giỗ ông nội mùng 9 tháng 7 âm lịch, về Nam Định") == []
    assert births("hẹn bác sĩ ngày 14 tháng 5, 9 giờ sáng") == []
