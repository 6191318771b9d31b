"""Issue 12, general rules for the misses of the retired hand-written set retired_5 and of tuning_25 (dates of birth,
names and the other non-place types; places are another fixer's): a person named by a first name and "is van" before a
date; a child's date in a row of a table of children; "Hr." before a surname; a capitalised first name for or by whom
something is (``voor Lise?``, ``door Lars (receptie)``); handles with a shortened particle and an OpenVPN client's
initial handle; XML elements and SQL ``LIKE`` patterns on name columns; SQL's capitals no OCR-damaged name; the MRZ
holder's surname that is a word too. The cases are written here, not copied from the sets."""

from __future__ import annotations

from afscherm.detectors.date_of_birth import birth_dates_in_records
from afscherm.detectors.field_context import name_field_values
from afscherm.detectors.findings import Finding
from afscherm.detectors.person_name import PersonNameRecognizer, clean_persons
from tests.recognizer_helpers import births, persons, spans

# --- a first name and "is van" right before a date ---------------------------------------------------------------


def test_a_first_name_is_van_a_date_is_a_birth_date() -> None:
    for text, date in (
        ("wouter: klopt het dat Mirte is van 4 juni 2019?", "4 juni 2019"),
        ("en joep is van 14-3-2016 en zit in groep 6", "14-3-2016"),
        ("Gerard is van 2 februari 1961.", "2 februari 1961"),
    ):
        assert births(text) == [date], text


def test_no_first_name_or_a_period_is_no_birth_date() -> None:
    for text in (
        "Het is van 2 mei 2020 toch?",  # no person
        "De brief is van 2 mei 2020.",
        "Mirte is van 3 mei 2021 tot 10 mei 2021 op vakantie",  # a period
        "Mirte is van 3 mei 2021 met verlof",  # the clause goes on: no birth
        "Mirte is van 3 mei 2099.",  # not yet
    ):
        assert births(text) == [], text


# --- a recent date in a row of a table of children ---------------------------------------------------------------


def _record_births(text: str, names: list[str]) -> list[str]:
    found = [Finding(text.index(n), text.index(n) + len(n), "PERSON", 0.9, "test") for n in names]
    return spans(birth_dates_in_records(text, None, found), text, "DATE_OF_BIRTH")


def test_a_recent_date_in_a_row_of_a_childrens_table() -> None:
    for text in (
        "INSERT INTO leerling VALUES (31,'Tijn','Mulder','2017-06-03','groep 5');",
        "insert into kinderen values (4, 'Saar', 'Bos', '2021-01-19');",
        "INSERT INTO `jeugdleden` VALUES (9,'Tijn','Mulder','2017-06-03');",
    ):
        assert _record_births(text, ["Tijn" if "Tijn" in text else "Saar"]) == [
            "2017-06-03" if "2017" in text else "2021-01-19"
        ], text


def test_a_recent_date_in_another_table_or_beside_a_second_date_is_none() -> None:
    for text in (
        "INSERT INTO bestelling VALUES (31,'Tijn','Mulder','2017-06-03','0612345678');",  # an order's date
        "INSERT INTO leerling VALUES (31,'Tijn','Mulder','2017-06-03','2024-09-01');",  # which is which?
    ):
        assert _record_births(text, ["Tijn"]) == [], text


# --- "Hr." before a surname -------------------------------------------------------------------------------------


def test_hr_with_its_dot_before_a_listed_surname() -> None:
    assert persons("Hr. Visser is uit de groep gestapt") == ["Visser"]
    assert persons("gesproken met hr. De Groot over de huur") == ["De Groot"]


def test_hr_as_a_department_or_before_a_word_is_no_title() -> None:
    for text in ("vraag het aan HR. Morgen weet ik meer", "Hr. Daarna volgt de pauze", "HR Manager Visser belt"):
        assert persons(text) == [], text


# --- a capitalised first name for or by whom something is ---------------------------------------------------------


def test_a_first_name_for_or_by_whom() -> None:
    for text, name in (
        ("heeft iemand nog een fiets voor Merel? die van haar is kapot", "Merel"),
        ("Factuur 1182 goedgekeurd door Sander (administratie)", "Sander"),
        ("opgeven bij Hasan (opa van Noor) voor vrijdag", "Hasan"),
    ):
        assert name in persons(text), text


def test_a_shop_or_a_name_going_on_is_left() -> None:
    assert persons("ik heb die jas gekocht bij Zara gisteren") == []  # a shop (no role in brackets)
    assert persons("een cadeaubon voor Kerst kopen") == []  # no first name


# --- handles ----------------------------------------------------------------------------------------------------


def test_a_handle_with_a_shortened_particle() -> None:
    text = '{"event":"logout","user":"maaike.vd.linden","ip":"10.1.2.3"}'
    assert persons(text) == ["maaike.vd.linden"]


def test_an_openvpn_clients_initial_handle_before_its_address() -> None:
    text = "openvpn[811]: p.devries/83.84.10.11:50122 TLS: Initial packet"
    assert persons(text) == ["p.devries"]


def test_an_initial_handle_in_a_path_is_none() -> None:
    assert persons("cp /srv/p.devries/rapport.txt /tmp") == []


# --- name fields in XML and in SQL patterns ----------------------------------------------------------------------


def test_xml_elements_named_for_name_parts() -> None:
    text = "<klant>\n <voorletters>T.W.</voorletters>\n <voorvoegsel>ter</voorvoegsel>\n"
    text += " <achternaam>Horst</achternaam>\n"
    assert [(key, text[a:b]) for key, a, b in name_field_values(text)] == [
        ("voorletters", "T.W."),
        ("voorvoegsel", "ter"),
        ("achternaam", "Horst"),
    ]
    assert persons(text) == ["T.W.", "ter", "Horst"]


def test_xml_elements_of_other_fields_are_no_names() -> None:
    assert name_field_values("<hostname>Jansen01</hostname><plaats>Ede</plaats>") == []


def test_an_sql_like_pattern_on_a_name_column() -> None:
    text = "SELECT id FROM klant WHERE achternaam LIKE '%van Beek%';"
    assert [text[a:b] for _, a, b in name_field_values(text)] == ["van Beek"]
    assert "LIKE" not in persons(text)


def test_an_sql_like_pattern_on_another_column_is_none() -> None:
    assert name_field_values("SELECT id FROM product WHERE omschrijving LIKE '%Beek%';") == []


# --- the MRZ holder's surname that is a word too ------------------------------------------------------------------


def test_the_mrz_holders_surname_survives_the_model_cleaning() -> None:
    text = '["Naam/Surname", "SCHILDER", "P<NLDSCHILDER<<EVA<<<<"]'
    at = text.index("SCHILDER")
    holder = Finding(at, at + 8, "PERSON", 0.9, "MrzHolder")
    assert clean_persons(text, [holder]) == [holder]
    model = Finding(at, at + 8, "PERSON", 0.9, "SpacyNer")
    assert clean_persons(text, [model]) == []  # the model's capitals word alone is still dropped


# --- the answer to "Hoe heet hij?" or "En u bent meneer...?"; a call name after its label ------------------------


def test_the_answer_to_a_question_for_a_persons_name() -> None:
    text = "Balie: Het gaat om uw dochter. Hoe heet ze?\nVader: Isa. Isa Wolters.\nBalie: Dank u."
    assert "Isa" in persons(text) and text.index("Isa") in [f.start for f in PersonNameRecognizer().find(text)]
    text = "Agent: En u bent mevrouw...?\nKlant: Hoogland. Petra.\nAgent: Prima."
    assert "Hoogland" in persons(text)


def test_the_answer_to_a_question_for_a_things_name_is_none() -> None:
    for text in ("A: Hoe heet je kat?\nB: Pluis.\n", "A: hoe heet dat programma?\nB: Teams.\n"):
        assert persons(text) == [], text


def test_a_call_name_after_its_label_in_lower_case() -> None:
    assert "joke" in persons("klant: johanna maria de wit, roepnaam joke\nagent: dank u")
    assert persons("en de roepnaam klopt ook.") == []  # a common word


# --- birth dates corrected, and listed "respectively" --------------------------------------------------------------


def test_a_birth_date_corrected_right_after_it() -> None:
    text = "agent: en de geboortedatum?\nklant: drie vijf zestig... 3 mei 1961 bedoel ik\n"
    assert births(text) == ["drie vijf zestig", "3 mei 1961"]


def test_a_year_of_birth_corrected_into_a_date() -> None:
    for text, date in (
        ("Melder: mijn moeder is van 1950, nee wacht, 2 juni 1951.", "2 juni 1951"),
        ("Beller: hij is van negentien achtendertig, nee, vijf maart achtendertig.", "vijf maart achtendertig"),
    ):
        assert births(text) == [date], text


def test_no_person_or_a_recent_date_is_no_corrected_birth_date() -> None:
    assert births("het contract is van 2024, nee, 3 mei 2025 bedoel ik") == []  # no person
    # too recent to be the correction: the first date only
    assert births("geboren 4-9-1949, 5-9-2025 bedoel ik de afspraak") == ["4-9-1949"]


def test_two_birth_dates_listed_respectively() -> None:
    text = "Huurders: A. en B. Smits, geboren 11-02-1971 resp. 30-06-1974, wonende te Ede"
    assert births(text) == ["11-02-1971", "30-06-1974"]
    assert births("ingeschreven 11-02-2021 resp. 30-06-2022") == []


# --- a capitalised first name before a possessive; a handle's particle initials; two lower-case first names -------


def test_a_first_name_before_a_possessive_mid_sentence() -> None:
    assert "Noud" in persons("weet iemand Noud zijn adres? ik wil een kaart sturen")
    assert persons("Daarna zijn we naar huis gegaan") == []
    assert persons("de inwoners van Zwolle zijn blij") == []


def test_a_speakers_handle_of_a_first_name_and_particle_initials() -> None:
    assert "femke.vdh" in persons("femke.vdh: wie heeft de sleutel?\n")
    assert persons("build.vdx: true\n") == []


def test_two_lower_case_first_names_joined_before_a_verb_in_the_plural() -> None:
    text = "sanne: wist je dat daan en ruby gaan trouwen?"  # (daan is a word too)
    assert {"daan", "ruby"} <= set(persons(text))
    assert persons("sanne: brood en kaas hebben we nog") == ["sanne"]


# --- a date under a birth label's column that its own label names; a sentence's full stop; a label a line up -------


def test_a_date_whose_own_label_names_another_date_is_no_birth_date_by_the_column() -> None:
    text = "Huurder: P. Smits      geboren 11-02-1971\nObject: Dorpsweg 4      ingangsdatum 1 mei 2026\n"
    assert births(text) == ["11-02-1971"]
    text = "Afgiftedatum   Geboortedatum\n03-01-2022     11-02-1971\n"
    assert births(text) == ["11-02-1971"]  # the column's label still names the date under it


def test_a_bare_values_full_stop_is_no_part_of_it() -> None:
    from afscherm.detectors.field_context import FieldValueRecognizer

    text = "Hierbij uw aanslag. Uw BSN: 111222333."
    assert spans(FieldValueRecognizer().find(text), text, "NL_BSN") == ["111222333"]


def test_another_numbers_word_a_line_up_does_not_silence_a_labelled_phone_number() -> None:
    from afscherm.detectors.phone import PhoneNumberRecognizer

    text = "BSN: zie pas\nSpoed: 0800-0123"
    assert spans(PhoneNumberRecognizer().find(text), text, "PHONE_NUMBER") == ["0800-0123"]
    text = "Klantnummer:\n0612345678"  # the line holds the number alone: the word above is its label
    assert spans(PhoneNumberRecognizer().find(text), text, "PHONE_NUMBER") == []


# --- a birth date column's later rows; a date of birth as a register misrecorded it ---------------------------------


def test_every_row_under_a_birth_date_column_of_a_spaced_table() -> None:
    text = (
        "Naam          Geboren       Ingeschreven\n"
        "Piet          03-04-1950    01-02-2020\n"
        "Kees          05-06-1960    02-03-2021\n"
        "Joke          07-08-2016    03-04-2022\n"
    )
    assert births(text) == ["03-04-1950", "05-06-1960", "07-08-2016"]


def test_a_table_row_under_another_dates_column_is_none() -> None:
    text = "Naam          Ingeschreven\nPiet          01-02-2020\nKees          02-03-2021\n"
    assert births(text) == []


def test_a_birth_date_as_a_register_misrecorded_it() -> None:
    text = "Mijn geboortedatum is 2 november 1964; bij jullie staat 11-02-1964."  # day and month swapped
    assert births(text) == ["2 november 1964", "11-02-1964"]
    text = "Uw geboortedatum is 27-05-1971; in ons systeem stond 72-05-1971 of 27-50-1971."  # no dates: none
    assert births(text) == ["27-05-1971"]
    text = "geboren 17-03-1988, eerder genoteerd als 71-03-1988 en 17-30-1988"
    assert births(text) == ["17-03-1988"]
    text = "geboren 12-03-1988, eerder genoteerd als 21-03-1988"  # the day's digits swapped
    assert births(text) == ["12-03-1988", "21-03-1988"]
    assert births("geboortedatum 03-11-1975, ingeschreven 13-10-1975") == ["03-11-1975"]  # no swap of either


# --- at whose home; "Neem jij ... mee" at a sentence's start ---------------------------------------------------------


def test_at_someones_home_or_next_door() -> None:
    assert "lotte" in persons("anouk: de sleutel ligt bij lotte thuis")
    assert "Hoekstra" in persons("pakket afgegeven bij Hoekstra hiernaast")
    assert "Noud" in persons("Neem jij Noud mee naar de training?")


def test_at_home_of_no_name_is_none() -> None:
    for text in ("het feest is bij mij thuis", "eten bij oma thuis", "de pakketjes liggen bij Jumbo hiernaast"):
        assert persons(text) == [], text


# --- a birth label OCR glued to the value before it -----------------------------------------------------------------


def test_a_birth_label_glued_to_the_value_before_it() -> None:
    assert births("Naam:Karin de GraafGeboortedatum:02-09-1968Polis:7781") == ["02-09-1968"]
    assert births("Naam:Karin de GraafAfgiftedatum:02-09-2018") == []  # another date's label


# --- a two-word name spelled without its space ------------------------------------------------------------------------


def test_a_two_word_name_spelled_out_without_its_space() -> None:
    from afscherm.detectors.name_consistency import spelled_names

    text = "Klant: Ter Horst.\nAgent: Kunt u dat spellen?\nKlant: T E R, H O R S T.\n"
    assert [text[a:b] for a, b in spelled_names(text, {"ter horst"})] == ["T E R, H O R S T"]
    text = "Klant: de code is Q X, Z W V K.\n"  # letters that spell no name of the text
    assert spelled_names(text, {"ter horst"}) == []


# --- a capitalised listed first name mid-sentence ----------------------------------------------------------------


def test_a_capitalised_first_name_between_lower_case_words() -> None:
    assert "Fenna" in persons("morgen haalt Fenna de sleutels op")
    assert "Jesse" in persons("heb je Jesse nog gezien?")


def test_a_capitalised_first_name_after_an_article_a_place_word_or_a_particle_is_left() -> None:
    for text in (
        "ik kreeg een Nike jas in plaats van de andere",  # a brand's product
        "we vliegen naar Florence volgende week",  # a place abroad
        "bel even met van Dam over de planning",  # a surname after its particle
    ):
        assert persons(text) == [], text
