"""Names and places in OCR output and call transcripts, second round (issue 12, tuning set 13): the register's
``SURNAME, Given names`` writing, initials OCR broke or the model left out, tables read row by row, double names
broken over a line end, OCR's double space in a postcode; in transcripts a name question without its question mark,
letters spelled with the spelling alphabet and plainly in one run, spelling remarks, streets read out after a
preposition or answering a question for the street. Each rule beside a hard negative of the same shape."""

from __future__ import annotations

import pytest

from afscherm.detectors.person_name import alphabet_spelled_word, dutch_spelled_runs
from tests.recognizer_helpers import found, locations, names

# --- OCR: the register's "SURNAME, Given names" -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("GEMEENTE HARDERWIJK\n\nVAN DEN BERG, Johannes Hendrik\nStationslaan 41", "VAN DEN BERG, Johannes Hendrik"),
        ("Ontvanger:   HOEKSTRA, Rinse\n             Kerkstraat 3", "HOEKSTRA, Rinse"),
        ("KLANTNUMMER 004-88213\nVAN DER ZWAAN, E.\nIJSSELDIJK 140", "VAN DER ZWAAN, E."),
        ("Naam (ACHTERNAAM, voornamen): BRUINSMA, Pieter Jan", "BRUINSMA, Pieter Jan"),
        ("Narne en voorletters: Veldhuis, A.M.", "Veldhuis, A.M."),
        ("Patiënt: OOSTERBAAN, G.    geb. 04-05-1949", "OOSTERBAAN, G."),
        ("VERHUURDER           HUURDER\nVesteda Woningen     PRINS, Mark", "PRINS, Mark"),
    ],
)
def test_surname_comma_given_names_is_one_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zwolle, Jan",  # a place before the comma
        "Amsterdam, Noord-Holland",
        "Datum, Tijd",
        "ACHTERNAAM, Voornamen: ___________",  # the labels themselves
        "BEDRAG, TOTAAL:   148,20",
        "Kwaliteit, Service",  # capitalised words that are no listed surname
    ],
)
def test_comma_pairs_that_are_no_surname_and_given_names(text: str) -> None:
    assert names(text) == []


# --- OCR: initials ----------------------------------------------------------------------------------------------


def test_initials_with_ocr_comma_are_part_of_the_name() -> None:
    assert found("Behandelend ambtenaar: J,P. de Vries", "PERSON") == ["J,P. de Vries"]
    assert found("Hierbij machtig ik, W,F. Lammers, mijn zoon", "PERSON") == ["W,F. Lammers"]


def test_initials_before_a_name_the_model_found_alone() -> None:
    assert found("Afleveradres:\nS. YILMAZ\nDORPSSTRAAT 4A", "PERSON") == ["S. YILMAZ"]


def test_a_capital_and_comma_before_a_plain_name_stays_out() -> None:
    # no dot among the letters and the name opens with no initial: "A," is no initial
    text = "Punt A, Jan de Vries neemt het over"
    assert all(not n.startswith("A,") for n in found(text, "PERSON"))


def test_initials_value_keeps_its_last_dot() -> None:
    assert "R.J." in names("Narn: K0STER              Voorl.: R.J.")


# --- OCR: tables, family labels, titles, broken double names ------------------------------------------------------


def test_every_row_of_a_table_under_name_labels_is_read() -> None:
    text = (
        "Achternaam          Voornamen              Geb.datum\n"
        "STRIJBOS            Lieke Maria            22-10-1993\n"
        "STRIJBOS            Daan                   05-01-2019\n"
        "\n"
        "Totaal              Gezin                  2 personen\n"
    )
    found_names = names(text)
    assert found_names.count("STRIJBOS") == 2
    assert "Daan" in found_names
    assert "Gezin" not in found_names  # after a blank line the table has ended


def test_a_rows_own_label_under_a_name_column_is_no_name() -> None:
    text = "Naam            Voorletters   Achternaam\nAanvrager       M.C.          Dam\n"
    found_names = names(text)
    assert "Aanvrager" not in found_names
    assert "M.C." in found_names


def test_name_labels_of_family_members() -> None:
    assert names("Naam kind:  LAURA                     Geslachtsnaam: POSTMUS") == ["LAURA", "POSTMUS"]


def test_family_title_before_a_double_surname() -> None:
    assert found("Aan: Fam. Dijkstra-Hoekstra\nZuiderweg 17", "PERSON") == ["Dijkstra-Hoekstra"]
    assert "Fam" not in found("Aan: Fam. Dijkstra-Hoekstra\nZuiderweg 17", "LOCATION")


def test_double_name_broken_at_its_hyphen_over_a_line_end() -> None:
    text = "Opgemaakt te Assen door G. Smeenge-\nBakker, medewerker."
    assert "G. Smeenge-\nBakker" in found(text, "PERSON")
    # a name before a hyphenated line whose next line opens with a common word is not widened
    assert "G. Smeenge" in found("Opgemaakt door G. Smeenge-\nOnderzoek volgt.", "PERSON")


# --- OCR: postcodes with a double space --------------------------------------------------------------------------


def test_postcode_with_ocr_double_space_before_a_listed_place() -> None:
    assert "8701  JK" in locations("Kerkstraat 3\n8701  JK BOLSWARD")
    assert "7462  PG" in locations("Esdoornlaan 27\n7462  PG  RIJSSEN")


def test_double_spaced_code_without_a_place_is_no_postcode() -> None:
    assert locations("Artikel 2024  EN 2025 in de tabel") == []
    assert locations("Ref 4411  KL aangemaakt") == []


# --- transcripts: names ------------------------------------------------------------------------------------------


def test_name_question_without_question_mark() -> None:
    text = "[00:01:02] agent: mag ik uw achternaam\n[00:01:04] klant: terpstra. t van theo e r p s t r a"
    assert names(text) == ["terpstra", "t van theo e r p s t r a"]


def test_name_word_without_question_over_a_label_is_no_question() -> None:
    # a form's label over a field, not a question: its next line is not an answer
    assert names("Voornaam\nAdres: Kerkstraat") == []


def test_spelling_alphabet_letter_then_plain_letters() -> None:
    text = "ja w van willem o u t e r s"
    assert dutch_spelled_runs(text) == [(3, len(text))]
    assert alphabet_spelled_word("w van willem o u t e r s") == "wouters"
    assert alphabet_spelled_word("de v van victor r i e s") == "de vries"


def test_one_spelled_letter_and_one_plain_letter_is_no_run() -> None:
    assert dutch_spelled_runs("p van piet en u bent") == []
    assert dutch_spelled_runs("a van het o ja") == []


def test_spelled_name_marks_the_name_said_before_it() -> None:
    assert found("klant: ja dat is de vries, de v van victor r i e s", "PERSON") == [
        "de vries",
        "de v van victor r i e s",
    ]
    assert "kok" in found("klant: k van karel o van otto k, kok", "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("klant: nee smulders is met een d, niet met een t", "smulders"),
        ("agent: van dijk met een lange ij?", "van dijk"),
        ("klant: bakker met een dubbel k", "bakker"),
    ],
)
def test_spelling_remark_marks_the_word_before_it(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    ["klant: dat is een woord met een k", "klant: ja het is met een d", "klant: de tuin met een hek"],
)
def test_spelling_remark_after_a_common_word_is_no_name(text: str) -> None:
    assert names(text) == []


def test_lower_case_title_de_heer_before_a_surname() -> None:
    assert names("klant: het pakket was voor de heer bosman") == ["bosman"]
    assert names("klant: de heer is mijn herder") == []


# --- transcripts: streets read out --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("agent: ik stuur het naar de prinsenstraat eenendertig te gouda klopt dat", "prinsenstraat eenendertig"),
        ("klant: ik ben mevrouw hendriks van schoolstraat vijf", "schoolstraat vijf"),
        ("agent: en de straat?\nklant: dorpsstraat honderdveertien b", "dorpsstraat honderdveertien b"),
    ],
)
def test_street_read_out_after_a_preposition_or_answering_for_the_street(text: str, street: str) -> None:
    assert street in locations(text)


@pytest.mark.parametrize(
    "text",
    [
        "klant: ik heb op de snelweg zes uur vastgestaan",  # the number does not end the clause
        "klant: de hoofdweg een ogenblik, ik pak de brief",
    ],
)
def test_street_word_and_number_word_that_are_no_address(text: str) -> None:
    assert locations(text) == []


def test_street_named_without_its_number_when_the_number_word_is_a_count() -> None:
    # the street is named (a street without a number is labelled), its "drie" is no house number
    assert locations("klant: ik fiets langs de kerkstraat drie keer per week") == ["kerkstraat"]


def test_street_after_woont_ook_op_de_and_its_number_on_the_next_turn() -> None:
    text = "agent: en die woont ook op de lindelaan?\nklant: ja ook op nummer negen"
    assert locations(text) == ["lindelaan", "negen"]


# --- second batch: bracketed first names, Arabic particles, places after a street read out, particle columns -------


def test_first_name_in_brackets_after_initials_and_a_title() -> None:
    assert names("Cliënt: de heer H. (Henk) Aalbers") == ["H. (Henk) Aalbers"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("klant: ik ben mevrouw el amrani", "el amrani"),
        ("klant: ik bel namens meneer el khatib, hij ligt in het ziekenhuis", "el khatib"),
        ("agent: dank u meneer ben yahia", "ben yahia"),
    ],
)
def test_lower_case_arabic_particle_after_a_form_of_address(text: str, name: str) -> None:
    assert names(text) == [name]


def test_al_and_el_as_words_after_a_form_of_address_are_no_name() -> None:
    # "al" is also Dutch for "already": the word after it is a common word here
    assert names("klant: ik heb mevrouw al gesproken, meneer al een uur geleden") == []


def test_street_read_out_before_in_and_a_listed_place() -> None:
    assert "kerkstraat twaalf a" in locations("agent: dus de kerkstraat twaalf a in haaksbergen?\nklant: ja klopt")
    # a street word and a number word before "in" and no place: no address
    assert locations("klant: ik sta op de snelweg drie in de file") == []


def test_place_before_a_question_mark_after_a_street() -> None:
    assert "oss" in locations("agent: dan stuur ik de monteur naar de parkweg 7 in oss?")


def test_particle_column_holds_particles_only() -> None:
    text = "Naam            Voorletters   Tussenv.   Achternaam\nAanvrager       M.C.          van        Dam\n"
    assert names(text) == ["M.C.", "van", "Dam"]
    assert names("Tussenvoegsel: van der\nAchternaam: Meer") == ["van der", "Meer"]
    assert names("Tussenvoegsel: -\nAchternaam: Meer") == ["Meer"]


def test_common_word_alone_under_a_name_label_is_no_name() -> None:
    text = "Naam            Voorletters\nPartner         S.\n"
    assert names(text) == ["S."]


# --- third batch: HR. and OCR digits in capitals, a name cut inside its word, an initial said before the surname ---


def test_hr_title_before_a_name_in_capitals_with_ocr_digits() -> None:
    assert names("HR. P. DE J0NG\nKERKSTRAAT 1O") == ["P. DE J0NG"]
    assert names("Zie ook art. 12 van de HR. en de MW. 2024, pagina 4") == []


def test_name_is_never_cut_inside_its_word() -> None:
    assert names("Aan de heer R. van der BeIl\nHoofdweg l4") == ["R. van der BeIl"]


@pytest.mark.parametrize(
    ("text", "name"),
    [("klant: mijn naam is p de graaf, p van pieter", "p de graaf"), ("klant: ik heet j. bakker", "j. bakker")],
)
def test_initial_said_before_an_introduced_surname(text: str, name: str) -> None:
    assert name in names(text)


def test_a_letter_after_mijn_naam_is_without_a_surname_is_no_name() -> None:
    assert names("klant: mijn naam is a ja hoor") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("agent: wat is uw achternaam?\nklant: dat is jansen", "jansen"),
        ("agent: wat is uw achternaam?\nklant: eh dat is van der berg", "van der berg"),
        ("agent: en uw voornaam\nklant: ehm marieke", "marieke"),
    ],
)
def test_answer_to_a_name_question_after_a_filler_or_dat_is(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize("answer", ["ja dat is een goede vraag", "nou dat weet ik niet", "ja hoor", "eh dat is lastig"])
def test_answer_after_a_filler_that_is_no_name(answer: str) -> None:
    assert names(f"agent: wat is uw naam?\nklant: {answer}") == []


# --- names with letters of Latin Extended-A; a word closing a label is no place ------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Huisarts: Dr. B. Yıldırım", "B. Yıldırım"),
        ("Aan: dhr. M. Dvořák", "M. Dvořák"),
        ("klant: ik ben mevrouw şahin uit zaandam", "şahin"),
    ],
)
def test_turkish_polish_and_czech_letters_in_names(text: str, name: str) -> None:
    assert name in names(text)


def test_model_place_closed_by_a_colon_is_a_label_unless_listed() -> None:
    assert found("Ref.: 2025-118 / fam. Koç", "LOCATION") == []
    assert found("Amsterdam: 3 winkels, Utrecht: 2", "LOCATION") == ["Amsterdam", "Utrecht"]


# --- a call answered "jansen hier", time stamps with colons, "de familie", places near a place, corners --------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("klant: jansen hier, ik bel over de meterstand", "jansen"),
        ("Met Van Dijk hier.", "Van Dijk"),
        ("[09:01] Beller: ja goedemorgen, met bakker hier", "bakker"),
        ("[09:01] Beller: ja goedemorgen met bakker", "bakker"),  # the time stamp's colons before the label
    ],
)
def test_call_answered_with_a_name(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    ["klant: ik woon hier", "klant: de monteur is hier", "klant: ja ik ben hier", "[09:01] Beller: ik kom met bakker"],
)
def test_hier_and_met_mid_sentence_are_no_answer(text: str) -> None:
    assert names(text) == []


def test_lower_case_familie_before_a_surname() -> None:
    assert names("klant: u spreekt met de familie jansen") == ["jansen"]
    assert names("klant: de familie is niet thuis") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("klant: ik woon in de omgeving van eindhoven", "eindhoven"),
        ("klant: we wonen in de buurt van zwolle", "zwolle"),
        ("klant: het ligt vlakbij amersfoort", "amersfoort"),
    ],
)
def test_place_after_near_words(text: str, place: str) -> None:
    assert found(text, "LOCATION") == [place]


def test_near_words_before_no_place() -> None:
    assert found("klant: in de buurt van de winkel", "LOCATION") == []


def test_streets_of_a_corner() -> None:
    assert locations("klant: ik woon op de hoek van de kerkstraat en de molenweg") == ["kerkstraat", "molenweg"]
    assert locations("klant: ik woon in de kerkstraat en de buren zijn aardig") == ["kerkstraat"]
