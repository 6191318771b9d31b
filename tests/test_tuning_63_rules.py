"""Rules from the blind tuning sets tuning_63 and tuning_64 (issue 12), and a few from earlier sets' chats, each tried
on examples written apart from the sets: Lithuanian birth words and months, the year first; English "mister"; one word
between "van" and "uit" a listed place; the name a document bears quoted in capitals; a street named after someone,
its title and name typed apart; a street after an article, shortened, a wall, or after "tussen"; the place after a
birth date; a birth date put right, or a wrong one after "niet"; the date someone's papers hold; a Vietnamese
surname under its key; a short name spelled after it is said. All names, places and numbers are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found_set as _found


def test_lithuanian_birth_words_and_months_the_year_first() -> None:
    text = "Bezoeker: mano duomenys, gimimo data 1988 m. kovo 14 d., Vilnius"
    assert "1988 m. kovo 14 d." in _found(text, "DATE_OF_BIRTH")
    text = "Tomas Kazlauskas  08:12\ngimęs 1990-06-02, bsn volgt"
    assert "1990-06-02" in _found(text, "DATE_OF_BIRTH")


def test_a_lower_case_surname_after_english_mister() -> None:
    text = "driver 14:02: i rang twice but no answer. neighbour mister bolhuis says they are on holiday"
    assert "bolhuis" in _found(text, "PERSON")


def test_one_word_between_van_and_uit_a_listed_place() -> None:
    text = "Wolter  09:05\nfactuur 7450 van tesfamariam uit annen is betaald"
    assert "tesfamariam" in _found(text, "PERSON")
    # a thing, a brand or an institution is no one
    assert not _found("de brief van school uit annen is binnen, en het pakket van jumbo uit gieten", "PERSON")


def test_the_name_a_document_bears_quoted_in_capitals() -> None:
    text = "Bezoeker: mag mijn vrouw het ophalen? op haar pas staat NGUYEN THI LAN, ze heet gewoon Lan"
    assert "NGUYEN THI LAN" in _found(text, "PERSON")
    # what a card says that is no name
    assert not _found("op de kaart staat GEEN TOEGANG en op de pas staat NL EU", "PERSON")


def test_a_street_named_after_someone_with_the_title_and_name_typed_apart() -> None:
    text = "Ans: nieuw adres is prof lorentzln 9, sinds maandag"
    assert "prof lorentzln 9" in _found(text, "LOCATION")
    text = "Ans: hij woont mr. p.j. troelstrastr 12 in assen"
    assert "mr. p.j. troelstrastr 12" in _found(text, "LOCATION")
    # a doctor's name before a street named after no one is the doctor's
    assert "kerkstraat 4" in _found("de praktijk van dr jansen kerkstraat 4 is dicht", "LOCATION")


def test_a_street_after_an_article_shortened_or_a_wall_or_between() -> None:
    assert "kerkstr" in _found("ze woont in gieten, op de kerkstr ergens", "LOCATION")
    assert "vestingwal" in _found("de ouderavond is in het gebouw aan de vestingwal, kom je?", "LOCATION")
    assert "molenweg" in _found("mijn fiets ligt ergens tussen de molenweg en de kerk", "LOCATION")
    assert not _found("we lunchen tussen de middag op de stoep", "LOCATION")


def test_the_place_after_a_birth_date() -> None:
    text = "Bezoeker: ik ben geboren 3 juni 1991 in tsazega en ik woon nu in assen"
    assert "tsazega" in _found(text, "LOCATION")
    # Dutch "en" is no Spanish "in", nor is a month a place
    assert not _found("U bent geboren op 9 april 1944 en woont zelfstandig.", "LOCATION")
    assert not _found("hij is geboren 1990 in januari, denk ik", "LOCATION")


def test_a_birth_date_put_right_after_a_sound_or_a_wrong_one_after_niet() -> None:
    text = (
        "Medewerker: En haar geboortedatum?\n"
        "Beller: Vier maart tweeduizend twaalf. Oh nee, sorry, vier april. Vier april tweeduizend twaalf."
    )
    assert "vier april" in _found(text, "DATE_OF_BIRTH")
    text = "in het formulier staat het fout, sem is geboren 2 juni 2021 niet 12 juli. groet"
    assert "12 juli" in _found(text, "DATE_OF_BIRTH")
    assert not _found("ik ben geboren 3 mei 1990, niet gisteren", "DATE_OF_BIRTH") - {"3 mei 1990"}


def test_the_date_someones_papers_hold_in_talk_of_a_birth() -> None:
    text = (
        "Beller: Ze is geboren in negentien zestig, in de zomer. Op haar verblijfspas staat één januari negentien"
        " zestig, maar dat krijgt iedereen."
    )
    assert "één januari negentien zestig" in _found(text, "DATE_OF_BIRTH")
    # an expiry date, with no birth talked of, is none
    assert not _found("op mijn pas staat 12-03-2031 als einddatum", "DATE_OF_BIRTH")


def test_a_vietnamese_surname_under_its_key() -> None:
    text = '{"id": 40112, "voornaam": "Minh Anh", "achternaam": "Đặng", "geboortedatum": "2015-06-02"}'
    assert "Đặng" in _found(text, "PERSON")


def test_a_short_name_spelled_after_it_is_said() -> None:
    text = "Beller: Goedemiddag, ik bel voor mijn vader, meneer Ly. L, Y. Zijn bril ligt bij u."
    assert "L, Y" in _found(text, "PERSON")
    assert not _found("Kies bij vraag 3 antwoord A, B of C, niet D.", "PERSON")


def test_family_names_from_abroad_after_a_listed_first_name_in_lower_case() -> None:
    # (names of family_names_abroad.txt: Nepali, Portuguese, Indonesian)
    for name in ("bishnu adhikari", "joao loureiro", "indra simatupang"):
        text = f"Albert 06:53\nnee nog niet. {name}, zit op kamers in assen"
        assert name in _found(text, "PERSON"), name


def test_towns_of_origin_of_the_wider_list_after_a_cue_in_lower_case() -> None:
    # (places of the thirty-ninth session's list: Eritrea, Sudan, Morocco)
    for text, town in (
        ("Bezoeker: mama's nummer in tessenei is veranderd", "tessenei"),
        ("Bezoeker: the birth certificate from el obeid says 12 jan", "el obeid"),
        ("Bezoeker: welk adres in targuist zetten we op het pakket?", "targuist"),
    ):
        assert town in _found(text, "LOCATION"), town
    # a town named like a first name is left out of the list: "Milan" stays a boy
    assert "Milan" in _found("Esther: Milan heeft die ochtend de orthodontist", "PERSON")
