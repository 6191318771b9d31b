"""Issue 12, Tagalog and Indonesian lines in a Dutch family's or crew's chat (tuning_122): their everyday little words
are first names elsewhere ("ako" 'I', "kaya" 'so', "yun" 'that', Indonesian "ada" 'there is', "tau" 'know') and were
read as lower-case names. In a line written in the language (its markers, or three of its frequent words), a
lower-case PERSON made only of the language's frequent words (wordfreq's, at a Zipf of 5.35 or more) is dropped;
capitalised names stay."""

from __future__ import annotations

from afscherm.detectors import analyze


def _persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "PERSON"]


def test_tagalog_little_words_are_no_names() -> None:
    text = (
        "[21:02] Rowena: ako na bahala sa pancit, kayo na lang sa lumpia ha\n"
        "[21:04] Jericho: sige, kaya ko yun, pero wala pa akong oven dito sa Schiedam\n"
        "[21:05] Rowena: ok lang, hindi naman kailangan ng oven 😂"
    )
    persons = _persons(text)
    assert "Rowena" in persons and "Jericho" in persons
    assert not [p for p in persons if p.islower()]


def test_indonesian_little_words_are_no_names() -> None:
    text = (
        "Dimas, [02.03.26 19:40]\n"
        "bro ada yang tau cara ganti alamat di gemeente? aku belum bisa login DigiD\n"
        "Wulan, [02.03.26 19:44]\n"
        "kamu harus ada BSN dulu, sudah punya belum?"
    )
    persons = _persons(text)
    assert "Dimas" in persons and "Wulan" in persons
    assert not [p for p in persons if p.islower()]
