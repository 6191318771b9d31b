"""Rules of the forty-eighth session (issue 12), each from misses on blind tuning sets; names, places and numbers
here are made up and none is in the sets.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def found(text: str, entity_type: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity_type]


def test_place_of_birth_label_of_several_words_in_a_cards_row() -> None:
    # an OCR'd card's row: the label "Place of Birth" after a wide gap, its value after two spaces, no colon
    text = (
        "Surname  WANJIRU      Given Names  AMANI\n"
        "Date of Birth  03 JUN 1990      Place of Birth  NYAHURURU\n"
        "Date of Issue  11 FEB 2021      Date of Expiry  10 FEB 2031"
    )
    assert "NYAHURURU" in found(text, "LOCATION")
    # French and Dutch labels of several words
    assert "Tamanrasset" in found("Lieu de naissance  Tamanrasset\nSexe  F", "LOCATION")
    assert "Wjelsryp" in found("Plaats van geboorte  Wjelsryp\nGeslacht  M", "LOCATION")


def test_words_after_place_of_birth_that_are_no_place() -> None:
    # the label's own words are not its value, and a date under the label is no place
    text = "Date of Birth  03 JUN 1990      Place of Birth  03 JUN 1990"
    assert found(text, "LOCATION") == []


def test_month_first_date_under_a_birth_label() -> None:
    # a register wrote the month first ("03-27-1984": no 27th month): under a birth label that is its only reading,
    # and the day-first writing that puts it right is the same birth date
    text = "In de administratie staat mijn geboortedatum als 04-27-1984, dat moet 27-04-1984 zijn."
    assert found(text, "DATE_OF_BIRTH") == ["04-27-1984", "27-04-1984"]
    # without a birth label a month-first date stays a date
    assert found("de levering van 04-27-2024 kwam niet aan", "DATE_OF_BIRTH") == []


def test_address_written_number_first() -> None:
    # the number first and the street's kind last, the towns after commas, a British postcode after the last
    text = "she lives at 9 Adewumi Close, Ikirun now, with her sister"
    assert found(text, "LOCATION") == ["9 Adewumi Close", "Ikirun"]
    text = "From: Ewan Baird, 12 Corrachan St, Brechinmuir DD9 6QP\nKids are coming too"
    assert {"12 Corrachan St", "Brechinmuir", "DD9 6QP"} <= set(found(text, "LOCATION"))
    assert "Corrachan St" not in found(text, "PERSON")
    # a plot's word before the number
    assert found("Plot 14 Kasozi Avenue, Bugolobi", "LOCATION") == ["Plot 14 Kasozi Avenue", "Bugolobi"]


def test_number_first_street_needs_its_kind_and_no_year() -> None:
    assert found("we hebben 3 Grote Zalen gehuurd", "LOCATION") == []
    assert found("in 1998 Main Street was closed", "LOCATION") == []


def test_street_then_number_with_a_town_after() -> None:
    # the street first, its number after, then the town (as Sri Lanka and India write it)
    assert found("amma now lives at Temple Road 41, Kopay, since May", "LOCATION") == ["Temple Road 41", "Kopay"]
    # without a town after it the shape is too weak
    assert found("we zaten op Abbey Road 3 dagen", "LOCATION") == []


def test_name_before_a_japanese_or_korean_honorific() -> None:
    assert found("Fijne dag, Kurokawa-san! Tot volgende week.", "PERSON") == ["Kurokawa"]
    assert "hinata" in found("hinata-chan vergeet haar gymtas niet", "PERSON")
    # kinship words take the honorifics too and are no name
    assert found("groeten aan okaa-san en obaa-chan", "PERSON") == []


def test_contact_name_before_its_phone_number_in_brackets() -> None:
    # a text-message export's contact column: the display name, an emoji, the number in brackets
    text = (
        "3 mrt. 2026 20:14 | ontvangen | Daryush 🌵 (+31 6 52 81 07 43) | salam, ik vul het formulier in\n"
        "3 mrt. 2026 20:16 | verzonden | Daryush 🌵 (+31 6 52 81 07 43) | merci jan"
    )
    assert found(text, "PERSON").count("Daryush") == 2
    # an office's or a desk's word before its number is no name
    assert found("bel de Receptie (020 555 0142) voor een afspraak", "PERSON") == []
    # nor a parent as a phone saves them
    assert found("Gesprek met Pai (+31 6 4417 2093) | Pai · 19:02 · olá filho", "PERSON") == []


def test_sql_rows_after_a_value_over_three_escaped_lines() -> None:
    # a TD1 zone's three lines in one quoted value, its line breaks escaped: the rows after it are read by their columns
    text = (
        "INSERT INTO `medewerker` (`voornamen`,`achternaam`,`id_mrz`,`adres`,`woonplaats`) VALUES\n"
        "('Geertje','Smalbraak','I<NLDXK4RT2LP91<<<<<<<<<<<<<<<\\n7705123F3001019NLD<<<<<<<<<<<4\\n"
        "SMALBRAAK<<GEERTJE<<<<<<<<<<<<<<','Zuiderdiep 3','Bellingweer'),\n"
        "('Wubbo','Tjaarda',NULL,'Kloosterlaan 12','Termunterwold');"
    )
    persons, places = found(text, "PERSON"), found(text, "LOCATION")
    assert {"Wubbo", "Tjaarda"} <= set(persons)
    assert {"Kloosterlaan 12", "Termunterwold"} <= set(places)


def test_issuing_authority_damaged_by_ocr() -> None:
    # an OCR'd card's authority: the mayor's municipality one letter from a Dutch place's (l for ij, c for e)
    assert "Harderwljk" in found("Afgegeven door   Burgerneester van Harderwljk\nI<NLD", "LOCATION")
    assert "Meppcl" in found("Autoriteit Burg. v. Meppcl    Geldig tot 12 03 2031", "LOCATION")
    # a street named after a mayor is no authority's town: the street is found whole
    assert found("wij wonen aan de Burgemeester van Walsumweg sinds mei", "LOCATION") == ["Burgemeester van Walsumweg"]


def test_contact_name_found_with_more_words_is_kept_whole() -> None:
    # a name found with its particles before the bracket keeps its span ("den" is no capitalised word of the contact)
    text = "Mevrouw Van der Strijp (06-21 47 80 93) neemt contact op"
    assert found(text, "PERSON") == ["Van der Strijp"]


def test_found_name_in_another_grammatical_case() -> None:
    # Croatian, Latvian and Kazakh case endings on a name found elsewhere in the chat
    text = "Zvonko Barić: bok!\nMarija: sutra je Zvonku rođendan, torta u pauzi"
    assert "Zvonku" in found(text, "PERSON")
    text = "Dzintars Ozols: sveiki\nInese: te Inese, Dzintara sieva. viņa telefons ir kapot"
    assert "Dzintara" in found(text, "PERSON")
    # a listed place that shares the name's first letters is no case of it
    text = "Linda Brouwer: hoi!\nBeller: we wonen nu in Linde, Middenweg 2"
    assert "Linde" not in found(text, "PERSON")


def test_street_along_a_villages_end() -> None:
    # "-einde" streets, their numbers typed or read out
    assert found("we wonen nu op Noordeinde 14 in Sprang", "LOCATION")[:1] == ["Noordeinde 14"]
    text = "Beller: Bovenseinde drieëntwintig, postcode vier zeven één vier, K, P."
    assert "Bovenseinde drieëntwintig" in found(text, "LOCATION")
    # a weekend or a life's end is no street
    assert found("het weekeinde 2 dagen weg, tot het levenseinde 3 keer", "LOCATION") == []


def test_email_read_out_with_english_dots_or_a_spelled_domain() -> None:
    text = "Beller: Correct. My phone is 06 3310 2284, and mail is kenta dot morishita at gmail dot com."
    assert found(text, "EMAIL_ADDRESS") == ["kenta dot morishita at gmail dot com"]
    text = "Gast: milos punt jankovic at m t s punt r s. Without the little stripe."
    assert found(text, "EMAIL_ADDRESS") == ["milos punt jankovic at m t s punt r s"]
    # an English "at" with no dot said is no address
    assert found("the meeting is at ten dot five", "EMAIL_ADDRESS") == []


def test_document_number_after_a_foreign_word_for_passport() -> None:
    text = "der niederländische Reisepass van mijn kleindochter, nummer TQX318PL6, geb. 03.06.2011."
    assert found(text, "NL_ID_DOCUMENT") == ["TQX318PL6"]


def test_place_after_another_languages_in() -> None:
    # Spanish, Norwegian, Tagalog and French "in" before a listed place of another country
    assert "Talcahuano" in found("y a tu abuela en Talcahuano le mando el paquete", "LOCATION")
    assert "Ålesund" in found("kan je zaterdag een pakket aannemen? vi er i Ålesund til søndag", "LOCATION")
    assert "Tanauan" in found("tita Arlene sa Tanauan ang kukuha ng pera", "LOCATION")
    # a capitalised word after the place makes it a title's or a name's ("en Arizona Dream", a film)
    assert found("Time Of The Gypsies en Arizona Dream, twee films", "LOCATION") == []


def test_kin_named_in_apposition() -> None:
    # a possessive's kin, a comma, then the name ending its clause, however rare the name
    text = "Beller: Mijn vrouw, Tazrut, en de kleine. Die is van vorig jaar."
    assert found(text, "PERSON") == ["Tazrut"]
    # a word of the dictionary there is no name ("mijn man, Graad." stays in doubt), nor a listed place
    assert found("voor mijn man, Zwolle. Die ken je", "PERSON") == []
    # Flemish in-laws take a name as Dutch ones do
    assert "Griet" in found("en mijn schoonzuster Griet kijkt mee", "PERSON")


def test_birth_dates_day_and_month_said_again_in_words() -> None:
    # a found birth date's day and month said again without a year, in another language's words
    text = "Kehinde: mummy, his birth date is 21-09-2011 toch?\nMummy: 21st of September yes 😂 ọmọ mi"
    assert found(text, "DATE_OF_BIRTH") == ["21-09-2011", "21st of September"]
    # another day and month is another date; a day and month with its year is a whole date of its own
    text = "geboortedatum 21-09-2011. afspraak op 22 september, uitslag 21 september 2026"
    assert found(text, "DATE_OF_BIRTH") == ["21-09-2011"]


def test_name_labels_damaged_by_ocr_in_both_languages() -> None:
    # OCR's "rn" for "m" in the English half of a card's label too, and the field's number before the label
    assert "WAMBUGU" in found("Narn/Surnarne WAMBUGU   Geslacht M", "PERSON")
    assert "NJERl" in found("Voornarnen / Given narnes   NJERl\nNationaliteit / Nationality   Nederlandse", "PERSON")
    assert "KARIUKl" in found("1. Naarn / Surname  KARIUKl\n2. Voornarnen / Given names  AMANI", "PERSON")


def test_authority_label_damaged_and_a_municipalitys_own_name() -> None:
    # the label damaged as well, a listed place after it; a municipality's name on its letter, one letter off; a long
    # name with two letters misread
    assert "Zwijndrecht" in found("Geldig tot 14 O5 2O29   Burgemeestcr van Zwijndrecht", "LOCATION")
    assert "Hendrik-Ido-Arnbacht" in found("Gemeente Hendrik-Ido-Arnbacht\nAfdeling Burgerzaken", "LOCATION")
    assert found("de gemeente heeft gebeld over de aanvraag", "LOCATION") == []
