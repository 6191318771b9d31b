"""Issue 12: a mail opens its body with a greeting after its header lines ("Van:", "Aan:", "Onderwerp:"), and is as
informal as a mail whose first line greets: the names the lists lack are read by where they stand ("de geboortedatum
van Lovelyn ...", tuning_122). A receipt forwarded in such a mail still names means of payment and places
to stay, no people ("betaald met Mastercard", "bij Hostal Marisol"). And an account's holder named after another
language's "in the name of": Indonesian "atas nama"/"a.n.", German "auf den Namen", Italian "a nome di", Tagalog
"sa pangalan ni" (tuning_121, tuning_122), not that language's frequent words ("a.n. Kantor Pos")."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "PERSON"]


MAIL = (
    "Van: Gerdien Wolthuis <g.wolthuis@kpnmail.nl>\n"
    "Aan: Bemiddelingsbureau De Zeilvaart <info@dezeilvaart.nl>\n"
    "Onderwerp: RE: inschrijving au pair\n"
    "\n"
    "Hoi Wendeline, de afspraak bij het stadskantoor is verzet. Graag een kopie van de verblijfspas van Arlyn Tuazon "
    "meesturen, de gemeente vraagt erom.\n"
    "Groet, Gerdien"
)


def test_a_name_in_a_mail_body_that_greets_after_its_headers() -> None:
    assert "Arlyn Tuazon" in _persons(MAIL)


def test_a_forwarded_receipt_names_no_people_by_its_means_of_payment_or_hostel() -> None:
    text = (
        "Van: Ruben Hofstede <ruben.hofstede@ziggo.nl>\n"
        "Onderwerp: Fwd: je bestelling\n"
        "\n"
        "hoi, dit pakket is nooit aangekomen, kunnen jullie kijken?\n"
        "----- Doorgestuurd bericht -----\n"
        "Bedankt voor je bestelling, Ruben! Betaald met Mastercard **** 4410.\n"
        "Je verblijf bij Hostal Marisol is bevestigd."
    )
    persons = _persons(text)
    assert not [p for p in persons if "Mastercard" in p or "Hostal" in p]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tolong transfer ke BCA 0251 8893 41 a.n. Sumiyati ya, buat bayar kos", "Sumiyati"),
        ("uangnya sudah dikirim atas nama Wahyu Prasetyo kemarin sore", "Wahyu Prasetyo"),
        ("das Paket liegt bei DHL, auf den Namen Farida Rahimi, abholen bis Freitag", "Farida Rahimi"),
        ("ipadala mo sa pangalan ni Rosalinda Bagasbas sa Cebuana", "Rosalinda Bagasbas"),
    ],
)
def test_a_holder_named_after_another_languages_cue(text: str, name: str) -> None:
    assert name in _persons(text)


def test_a_frequent_word_of_the_cues_language_is_no_holder() -> None:
    assert not _persons("kirim ke rekening 0251 8893 41 a.n. Kantor Pos cabang Semarang")
