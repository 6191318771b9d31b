"""Rules from the blind tuning sets tuning_113 (Moluccan families, Ambonese Malay mixed with Dutch) and tuning_114
(Hindustani-Surinamese families, Sarnami and Sranan mixed with Dutch): kin words before a name, birthday words
before a day and month, the lower-case words of a line in those languages no names, and a house number ending a
message no BSN with the chat export's next date: detectors/person_name.py, date_of_birth.py, language_words.py,
bsn.py, issue 12, fifty-second session. Written for this test; people made up.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity]


def test_malay_and_sarnami_kin_words_before_a_name() -> None:
    assert "Marlies" in found("kasi tau usi Marlies dong, katong datang jam 7", "PERSON")
    assert "Rosalie" in found("Papa: en sepupu Rosalie mau video call, dia juga ulang taong", "PERSON")
    assert "Kanta" in found("mausi Kanta aawat hai, ham bolat rahi", "PERSON")


def test_birthday_words_of_malay_and_hindi() -> None:
    text = "Mama: jang lupa bapa pung ulang taong 14 mei 🎂 75 taong!!"
    assert found(text, "DATE_OF_BIRTH") == ["14 mei"]
    assert found("mera janamdin 22 march hai, party kal", "DATE_OF_BIRTH") == ["22 march"]


def test_lower_case_words_of_malay_and_sarnami_lines_are_no_names() -> None:
    text = (
        "[16-04-26 19:31:02] ~ tanta Grace: danke ya. beta pung nomor baru, yang lama su mati\n"
        "[16-04-26 19:33:45] ~ usi Noor: katong seng tau itu, deng ale juga\n"
        "[16-04-26 19:35:10] ~ tanta Grace: kopi deng kue ada, parkeren bij de kerk"
    )
    people = found(text, "PERSON")
    assert not any(name in people for name in ("yang lama", "su mati", "ada"))
    assert "Grace" in people
    text = (
        "05-10-2026 22:41 - Kishan: ram ram didi, ka haal hai\n"
        "05-10-2026 22:43 - Reshma: nani aur mummy aawat hai, sab logan ke salaam"
    )
    people = found(text, "PERSON")
    assert not any(name in people for name in ("didi", "ka", "sab logan"))


def test_a_house_number_and_the_next_message_s_date_are_no_bsn() -> None:
    text = (
        "03-10-2026 09:12 - Roshni: feestje zaterdag bij ons, Vedastraat 9\n"
        "04-10-2026 09:15 - Mama Jayden: gefeliciteerd!!"
    )
    assert found(text, "NL_BSN") == []
    assert found("mijn bsn is 6831\n41107 sorry", "NL_BSN") == ["6831\n41107"]
