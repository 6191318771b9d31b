"""Issue 12, dates of birth written with another language's marks on the day, or asked in another language: Kurmanji
writes "ê" after the day ("9ê hezîranê 1985"), Sorani "ی" ("٢١ی ئازار"), Tagalog "ika-" before it and "ng" before the
month ("ika-5 ng Hulyo 1998"); a month named first is English under a Dutch label too ("geboortedatum: February 11,
1957"); a birthday asked in Indonesian or Kurmanji ("ultahmu kapan?", "rojbûna te kengî ye?") is answered in the next
turn as a Dutch "wanneer ben jij jarig?" is. Another language's word opens such talk only on a line that asks, and only
for the next turns: its language's words for an exam or an appointment are not known."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _births(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Dilan Aslan, aanvrager, berne 14ê adarê 1979 li Amed", "14ê adarê 1979"),
        ("Shirin: rojbûna min 7ê cotmehê ye, ne 8", "7ê cotmehê"),
        ("Josephine Dacanay, born ika-12 ng Setyembre 1984 sa Iloilo", "ika-12 ng Setyembre 1984"),
        ("Ronalyn: uy bday ko ika-8 ng Mayo, wag kalimutan", "ika-8 ng Mayo"),
        ("Dayik: تولد من ١٤ی خەرمانان", "١٤ی خەرمانان"),
    ],
)
def test_a_day_with_its_languages_mark_is_read(text: str, date: str) -> None:
    assert date in _births(text)


def test_a_month_named_first_is_read_under_a_dutch_label() -> None:
    text = "Graag haar geboortedatum voor de controle aan de balie: September 23, 1961. Dank u."
    assert _births(text) == ["September 23, 1961"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "[12/03/26 20:01:10] Sari: eh ultahmu kapan sih? mau aku catat\n"
            "[12/03/26 20:02:44] Dewi: 17 Agustus mbak, sama kayak hari merdeka 😂",
            "17 Agustus",
        ),
        (
            "04-05-2026 09:12 - Rêzan: rojbûna te kengî ye? ji bo forma dibistanê\n"
            "04-05-2026 09:15 - Berfîn: 26ê mijdarê 1991",
            "26ê mijdarê 1991",
        ),
    ],
)
def test_a_birthday_asked_in_another_language_is_answered_in_the_next_turn(text: str, date: str) -> None:
    assert date in _births(text)


def test_another_languages_birth_word_opens_no_talk_on_a_line_that_gives_the_date() -> None:
    # (the exam's day asked later in the chat is no one's birthday)
    text = (
        "10.02.2026 18:01 - Zeynep: babamın doğum tarihi 3 Mart 1951, formda öyle yazıyor\n"
        "10.02.2026 18:03 - Emre: tamam\n"
        "10.02.2026 18:05 - Zeynep: senin sınavın ne zaman, 19 Nisan mı?\n"
        "10.02.2026 18:06 - Emre: evet 19 Nisan, sabah"
    )
    assert "19 Nisan" not in _births(text)
    assert "3 Mart 1951" in _births(text)
