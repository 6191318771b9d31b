"""A document number far from its label, in a text that speaks of an identity document (issue 12;
``IdDocumentRecognizer._in_document_talk``): a chat that named the passport a line up, a clerk reading back what a
caller spelled two turns after asking for it. Only numbers whose capitals and digits are mixed as a document number's
are, and not after another thing's key; codes in texts that speak of no document stay unreported."""

from __future__ import annotations

import pytest

from afscherm.detectors.id_document import IdDocumentRecognizer


def _numbers(text: str) -> list[str]:
    return [text[f.start : f.end] for f in IdDocumentRecognizer().find(text)]


CHAT = (
    "Sofie: weet jij of opa zijn paspoort al heeft laten verlengen voor de reis naar Curaçao?\n"
    "Daan: ja, afgelopen dinsdag opgehaald bij het stadhuis in Zutphen, alles goed gegaan.\n"
    "Daan: het nieuwe nummer is NT7KWR3P4, dat moet in het formulier van de reisorganisatie"
)
CALL = (
    "Medewerker: Goedemiddag, u wilt een nieuwe identiteitskaart aanvragen?\n"
    "Beller: Ja, de oude is in de trein blijven liggen, ik heb al aangifte gedaan.\n"
    "Medewerker: Vervelend. Weet u het nummer van de oude kaart nog? Het staat op de kopie.\n"
    "Beller: Even zoeken... R, X, H, zeven, L, P, twee, W, acht.\n"
    "Medewerker: Ik herhaal: RXH7LP2W8. Dan zet ik hem nu als vermist."
)


def test_a_number_a_line_under_the_passport_is_found() -> None:
    assert "paspoort" not in CHAT[CHAT.index("NT7KWR3P4") - 80 :]  # out of the label's reach
    assert _numbers(CHAT) == ["NT7KWR3P4"]


def test_a_number_spelled_and_read_back_after_the_card_was_asked_for() -> None:
    found = _numbers(CALL)
    assert "RXH7LP2W8" in found
    assert "R, X, H, zeven, L, P, twee, W, acht" in found


@pytest.mark.parametrize(
    "text",
    [
        # no document spoken of
        CHAT.replace("paspoort", "koffer"),
        # a document spoken of, but the number is another thing's
        "Klant vraagt of de paspoorthoes weer op voorraad is.\n" + "x " * 60 + "\nsku=KL4829XB7 voorraad=0",
        "Cursus 'Paspoort en visum aanvragen' gepland.\n" + "x " * 60 + "\n(code XL2024NL3) start maandag",
        # letters then digits: a ticket's or an order's code
        "Uw paspoort is aangevraagd.\n" + "Bedankt voor het wachten. " * 4 + "\nUw ticketnummer voor vragen: INC004512",
        # too far from the document word
        "Uw paspoort ligt klaar." + " Met vriendelijke groet." * 20 + "\nKenmerk NT7KWR3P4",
    ],
)
def test_no_number_without_a_document_near(text: str) -> None:
    assert _numbers(text) == []


ASKED = (
    "Medewerker: Dan heb ik het documentnummer van uw paspoort nodig.\n"
    "Klant: Momentje, ik pak hem even uit de la.\n"
    "Medewerker: Neemt u de tijd hoor, het systeem is vandaag toch al traag, dus geen haast.\n"
    "Klant: Zo, gevonden. "
)


@pytest.mark.parametrize(
    "said",
    [
        "Romeo, X-ray, Hotel, zeven, Lima, Papa, twee, Whiskey, acht",  # NATO's words alone
        "R, X, H, 7, L, P, 2, W, 8",  # characters apart by commas
        "R-X-H-7-L-P-2-W-8",  # by dashes
        "RXH... 7LP... 2W8",  # by a pause's dots
        "rxh7lp2w8",  # typed in lower case
    ],
)
def test_a_number_read_out_turns_after_it_was_asked_for(said: str) -> None:
    assert len(ASKED) - ASKED.index("paspoort") > 100  # the question lies beyond a label's reach (80-100 characters)
    assert _numbers(ASKED + said + ".") == [said]


def test_a_case_numbers_groups_are_no_document_number() -> None:
    text = "Melding vermissing reisdocument\nMeldingnummer: VM-26-00391\nSoort document: paspoort"
    assert _numbers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "anna: stuur je even een foto van je ID?\n"
        "bram: ja momentje, ik zoek hem even op want hij ligt in de auto denk ik\n"
        "bram: staat erop: nummer NT7KWR3P4",
        "anna: mijn id is verlopen, moet naar het gemeentehuis in Zeist, daarna boek ik de reis\n"
        "bram: ok\n"
        "anna: nieuwe wordt NT7KWR3P4 als het goed is",
    ],
)
def test_the_id_as_a_chat_names_it(text: str) -> None:
    assert _numbers(text) == ["NT7KWR3P4"]


def test_id_inside_a_word_or_key_is_no_document() -> None:
    text = "order_id=55\nklant-id 7\n" + "x " * 30 + "\nsku KL4829XB7 besteld door Idris"
    assert _numbers(text) == []
