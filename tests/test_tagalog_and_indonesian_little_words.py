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


def test_a_dutch_ocr_forms_name_split_by_a_misread_digit_keeps_its_end() -> None:
    # (an OCR'd Dutch form, its initials and abbreviations no Tagalog line: "ay" is a Tagalog word, "Bensa1ay" a name)
    text = (
        "Aanmeldformu1ier kinderopvang - pagina 1/2\n"
        "1. Gegevens kind\n"
        "Naarn: Y. Bensa1ay   Geboortedaturn: 12-O3-2O22   Groep: A\n"
        "Adres: Lindelaan 4 a   Postcode: 3l21 AB   Plaats: Utrecht\n"
        "2. Gegevens ouder/verzorger 1\n"
        "Naarn: R. Bensa1ay   Telefoonnurnmer: O3O-2l4 55 12   E-mail: r.bensalay@ziggo.nl\n"
        "Handtekening: ____ d.d. O1-O3-2O26 t.b.v. de o.a. s.v.p. i.o.v. e.d. n.v.t."
    )
    assert "R. Bensa1ay" in _persons(text)
