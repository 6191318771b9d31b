"""Places from the BAG gazetteer after place cues and in capitals (detectors.place_names), own examples."""

from __future__ import annotations

import pytest

from afscherm.detectors.place_names import PLACES_FILE, PlaceNameRecognizer, normalise, place_index

REC = PlaceNameRecognizer()


def places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in REC.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kun je het pakket ophalen in meppel?", ["meppel"]),
        ("hij woont in hoek van holland", ["hoek van holland"]),
        ("Gemeente Zwolle, goedemiddag", ["Zwolle"]),
        ("Volgend jaar verhuizen we naar Nij Beets.", ["Nij Beets"]),
        ("geboren te St.-Jacobiparochie", ["St.-Jacobiparochie"]),
        ("Geboren te Sint Jacobiparochie", ["Sint Jacobiparochie"]),
        ("Wij komen uit Ootmarsum en gaan naar Vlieland", ["Ootmarsum", "Vlieland"]),
        ("afspraak in 's-hertogenbosch om drie uur", ["'s-hertogenbosch"]),
        ("ADRESWIJZIGING LEEUWARDEN", ["LEEUWARDEN"]),
        ("Burgemeester van ZOETERMEER", ["ZOETERMEER"]),
        ("marinebasis in Amsterdam .", ["Amsterdam"]),
        ("POSTADRES: POSTBUS 12 ZWOLLE", ["ZWOLLE"]),
        ("De vestiging te Best sluit.", ["Best"]),  # a common word, capitalised after a cue
    ],
)
def test_places_after_cues_and_in_capitals(text: str, expected: list[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "in de loop van de week",
        "het is in best goede staat",  # common-word place in lower case
        "stuur het naar Linde",  # also a first name: a person follows "naar" as easily
        "Dit land heet Nederland",
        "Naam: VAN DER LINDEN",  # surnames in capitals
        "J.P. HOOGEVEEN",
        "PIET HOOGEVEEN",
        "I<NLDXN01BC3D41<<<<<<<<<<<<<<<\nHOOGEVEEN<<PIET<<<<<<<<<<<<<<<",
        "ga naar Axel de Vries",
    ],
)
def test_no_place(text: str) -> None:
    assert places(text) == []


def test_gazetteer_is_complete_and_normalised() -> None:
    names = PLACES_FILE.read_text(encoding="utf-8").splitlines()
    assert len(names) > 2400 and names == sorted(names)
    assert normalise("St.-Jacobiparochie") == "sint jacobiparochie" == normalise("Sint Jacobiparochie")
    assert normalise("Súdwest-Fryslân") == "sudwest fryslan"
    index = place_index()
    assert index["nij beets"] == "plain" and index["best"] == "word" and "nederland" not in index


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # OCR damage in a place and in the cue ("Gerneente Arnhern")
        ("Gerneente Arnhern\nAfdeling Burgerzaken", ["Arnhern"]),
        ("ADRESWIJZIGING ROTTERDARN", ["ROTTERDARN"]),
        # Belgian and German places after cues, in lower case
        ("zijn jullie nog in gent? wij zitten al in brussel", ["gent", "brussel"]),
        ("oma woont in sint-truiden", ["sint-truiden"]),
        ("we rijden door naar keulen", ["keulen"]),
        # "bij" and "via" take a listed place that no person or firm is named like
        ("bij zwolle staat het vast", ["zwolle"]),
        ("we gaan via Amersfoort", ["Amersfoort"]),
        # a capitalised listed place without a cue
        ("Camping De Wit, Nijverdal.", ["Nijverdal"]),
        ("levering Zierikzee gepland", ["Zierikzee"]),
        ("depot Nieuwegein -> Utrecht", ["Nieuwegein", "Utrecht"]),
    ],
)
def test_places_of_issue_12(text: str, expected: list[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ik was bij Mol",  # a family name (and a Belgian place) after "bij"
        "ik heb het gekocht bij best buy",
        "stuur het via Linde",
        "Made in China",  # places whose names are English words need a cue
        "WELL DONE",
        "J. Velp",  # a person named like a place
        "Anna Velp",
        "Beste mevrouw Velp,",
        "wat een mooi houten bankje",
        "hij is de beste van de klas",
    ],
)
def test_no_place_of_issue_12(text: str) -> None:
    assert places(text) == []


def test_ocr_folding_keeps_real_names() -> None:
    # "Hoorn" folds to "hoom": the real name is found as written, and a fold never yields a common word
    assert places("het ligt in hoorn") == ["hoorn"]
    assert places("Woonachtig te Doorn") == ["Doorn"]


def test_a_place_with_its_district() -> None:
    assert places("ik woon in amsterdam-noord sinds kort") == ["amsterdam-noord"]
    assert places("Wij verhuizen naar Rotterdam-Zuid.") == ["Rotterdam-Zuid"]
    assert places("ik ga naar amsterdam-achtig") == []  # no district: no place


def test_firms_words_are_found_from_their_ends_as_the_pattern_finds_them() -> None:
    from afscherm.detectors.place_names import _ORGANISATION, _organisations

    text = "Bakkerij Linde, Metaalbouw Rijsbergen BV; d'Apotheek; Bouw-handel's; SCHOOL Ede; bouwhandelaar"
    found = [m.group() for m in _organisations(text)]
    assert found == ["Bakkerij", "Metaalbouw", "SCHOOL"]  # not after a quote, nor before one, nor inside a word
    assert found == [m.group() for m in _ORGANISATION.finditer(text)]
    odd = "Stichting İnci"  # a case oddity: the text is searched whole
    assert [m.group() for m in _organisations(odd)] == ["Stichting"]
