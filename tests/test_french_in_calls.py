"""French in calls and chats to a Dutch desk (issue 12; tuning_132): birth dates read out in French (the day, the
month and the year in words, the century left out or said, Belgian tens too; ``date_of_birth.french_number``), a
postcode said in French and read back in digits, and French words in French lines that are no names (``ans``,
``elle``, ``mille``: ``language_words``). A French date that is no birth date stays none."""

from __future__ import annotations

from afscherm.detectors.date_of_birth import french_number
from tests.recognizer_helpers import found


def test_a_mother_says_her_birth_date_in_french_beside_the_caller() -> None:
    text = (
        "Beller: Maman, ta date de naissance? — Moeder (op de achtergrond): quatorze octobre soixante et un.\n"
        "Agent: Dank u."
    )
    assert "quatorze octobre soixante et un" in found(text, "DATE_OF_BIRTH")


def test_four_twenties_and_eight_after_the_geboortedatum_question() -> None:
    text = "Medewerker: Uw naam en geboortedatum? — Beller: Grâce Makiese, vingt-trois novembre quatre-vingt-huit..."
    assert "vingt-trois novembre quatre-vingt-huit" in found(text, "DATE_OF_BIRTH")


def test_a_year_with_its_thousand_and_the_first_of_the_month() -> None:
    text = "Date de naissance : le premier mars mille neuf cent soixante-dix, à Kinshasa."
    assert "premier mars mille neuf cent soixante-dix" in found(text, "DATE_OF_BIRTH")


def test_a_french_date_of_a_meeting_is_no_birth_date() -> None:
    assert found("La réunion est le douze mars deux mille vingt-six à Lyon.", "DATE_OF_BIRTH") == []


def test_french_numbers_with_belgian_tens() -> None:
    assert [french_number(w) for w in ("septante-trois", "nonante et un", "dix-neuf cent huitante")] == [73, 91, 1980]


def test_a_postcode_said_in_french_and_read_back_in_digits() -> None:
    text = (
        "Beller: De nieuwe simkaart naar Pretorialaan 212 B, postcode... maman? — Moeder: trois mille soixante-douze,"
        " K, V.\nAgent: 3072 KV Rotterdam. Uw ticket is Z-58810."
    )
    assert "trois mille soixante-douze, K, V" in found(text, "LOCATION")


def test_a_french_number_that_is_not_the_postcode_read_back_is_none() -> None:
    text = "Beller: ça coûte deux mille cent euros, K, V.\nAgent: 3072 KV Rotterdam."
    assert "deux mille cent euros" not in " ".join(found(text, "LOCATION"))


def test_french_words_in_french_lines_are_no_names() -> None:
    text = (
        "[12/03 20:14] Tonton Floribert: bonjour la famille, vous allez bien? elle a soixante-cinq ans demain\n"
        "[12/03 20:15] Glodie: oui merci tonton, nous sommes avec maman, elle est contente\n"
        "[12/03 20:16] Tonton Floribert: trois mille cent euros pour la fête, c'est trop hein\n"
        "[12/03 20:17] Glodie: mais non, on fait ça ensemble"
    )
    persons = found(text, "PERSON")
    assert not {"ans", "elle", "mille", "hein"} & set(persons)
    assert "Floribert" in " ".join(persons)


def test_a_french_forms_birth_date_after_ne_e_le() -> None:
    text = "Nom: Makiese   Prénom: Grâce Ornella   Né(e) le: 23/11/1988   Lieu: Bandalungwa"
    assert "23/11/1988" in found(text, "DATE_OF_BIRTH")


def test_a_birthday_said_anniv_or_born_day_in_a_chat() -> None:
    assert "11/11" in found("@Ariane mon anniv c est 11/11 hein pas le 1er novembre", "DATE_OF_BIRTH")
    assert "22 march" in found("Princewill: ok. my born day na 22 march so una must come", "DATE_OF_BIRTH")
