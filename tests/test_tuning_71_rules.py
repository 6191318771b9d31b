"""Rules from the blind tuning sets tuning_67 ... tuning_70, made in the forty-first session (issue 12), each tried on
examples written apart from the sets: a birthday list's heading with the day after its colon, a cry between "jarig"
and the day, a day and month before "geboren"; a listed place in lower case right after a postcode in capitals; the
stops of a route written with arrows; a channel's handle heading one message among other members. All names, places
and numbers are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found_set as _found


def test_a_birthday_list_heading_with_the_day_after_its_colon() -> None:
    assert "9 maart" in _found("zet je Wessel ook op de verjaardagskalender: 9 maart", "DATE_OF_BIRTH")
    assert "21 okt" in _found("voor de verjaardagslijst: 21 okt, maar het feestje is later", "DATE_OF_BIRTH")
    # (the heading without its colon names a list, not a day: "de verjaardagskalender 3 mei bijwerken")
    assert not _found("ik moet de verjaardagskalender 3 mei bijwerken", "DATE_OF_BIRTH")


def test_a_cry_between_jarig_and_the_day() -> None:
    assert "27 november" in _found("zaterdag is Femke jarig!! 27 november 🎉 neem wat mee", "DATE_OF_BIRTH")


def test_a_day_and_month_before_geboren() -> None:
    assert "12 MAART" in _found("nee hoor, hij is op 12 MAART geboren, niet in mei", "DATE_OF_BIRTH")
    assert "3 oktober" in _found("ik ben 3 oktober geboren, vandaar", "DATE_OF_BIRTH")
    # a birth still to come, and everyone's date, are nobody's date of birth
    assert not _found("de tweeling wordt op 3 oktober geboren als alles goed gaat", "DATE_OF_BIRTH")
    assert not _found("in dat dorp is iedereen op 1 januari geboren haha", "DATE_OF_BIRTH")
    # (a full stop after the month ends the clause: the birth after it is another's)
    assert not _found("ze zei 14 april. geboren in Ede, dat weet ik wel", "DATE_OF_BIRTH")


def test_a_listed_place_in_lower_case_after_a_postcode_in_capitals() -> None:
    # "axel" is a first name, "stein" a word as well: after a code they are the town
    assert "axel" in _found("graag opsturen naar Noordweg 14, 4571 KT axel", "LOCATION")
    assert "stein" in _found("afleveradres Kerkstraat 3, 6171 AB stein", "LOCATION")


def test_the_stops_of_a_route_written_with_arrows() -> None:
    found = _found("mijn ronde morgen: nuth → hulsberg -> wijlre", "LOCATION")
    assert {"nuth", "hulsberg", "wijlre"} <= found
    assert "ter apel" in _found("bus 73 emmen => ter apel vertrekt later", "LOCATION")
    # words and names on the sides of an arrow are no stops
    assert not _found("status: klaar → verzenden", "LOCATION")


def test_a_handle_heading_one_message_among_other_members() -> None:
    text = (
        "#vrijwilligers\n"
        "henk.vossen  09:02\nwie opent zaterdag?\n"
        "marieke.dols  09:05\nik, tot 12u\n"
        "henk.vossen  09:07\ntop\n"
        "trees.hameleers  09:11\nik doe de middag\n"
    )
    assert "trees.hameleers" in _found(text, "PERSON")
    # a gamer's tag of three parts stays a tag
    tagged = text + "xX_sterretje_Xx  09:15\nik kom kijken\n"
    assert "xX_sterretje_Xx" not in _found(tagged, "PERSON")


def test_a_place_field_whose_value_ocr_wrote_with_a_digit() -> None:
    text = "Geboorteplaats / Place of birth   Sint-0edenrode   Nationaliteit Nederlandse"
    assert "Sint-0edenrode" in _found(text, "LOCATION")
    assert "Ha1steren" in _found("Geboorteplaats / Place of birth  Ha1steren\nGeslacht V/F", "LOCATION")
    # a digit in a value no listed place reads as stays out ("Woonplaats: 12 34")
    assert not _found("Woonplaats: 12 34", "LOCATION")


def test_name_fields_in_another_script_and_their_latin_reading() -> None:
    text = '{"surname": "ПЕТРОВА / PETROVA", "given_names": "ЗЛАТКА / ZLATKA", "fathers_name": "ИВАНОВ / IVANOV"}'
    assert {"ПЕТРОВА", "PETROVA", "ЗЛАТКА", "ZLATKA", "ИВАНОВ", "IVANOV"} <= _found(text, "PERSON")
    text = '{"surname_native": "ΠΑΠΑΔΑΚΗ", "given_names_native": "ΔΕΣΠΟΙΝΑ", "nationality": "GRC"}'
    assert {"ΠΑΠΑΔΑΚΗ", "ΔΕΣΠΟΙΝΑ"} <= _found(text, "PERSON")
    # a word of another script in lower case under a name key is no name ("не указано": not given)
    assert not _found('{"name_native": "не указано"}', "PERSON")


def test_an_sql_row_with_the_particles_in_a_cell_of_their_own_and_its_place() -> None:
    text = (
        "INSERT INTO leden VALUES\n"
        "(771, 'Daan', 'van der', 'Weerd', '2004-05-19', 'Oostburg', '0612345678'),\n"
        "(772, 'Iris', 'de', 'Visser', '2003-11-02', 'Breskens', NULL);"
    )
    people = _found(text, "PERSON")
    assert {"Daan", "van der", "Weerd", "Iris", "de", "Visser"} <= people
    # the place cell after the name is the person's place, though Oostburg is a family name as well
    assert {"Oostburg", "Breskens"} <= _found(text, "LOCATION")
    # a row of things holds no person: its particles and place-like cells stay out
    assert not _found("INSERT INTO tegels VALUES (12, 'Rood', 'de', 'Luxe', 'Oostburg', 40);", "PERSON")


def test_a_postcode_said_then_read_back_in_digits() -> None:
    text = (
        "Beller: Ik woon op de Zandweg zeventien in Rijnsburg, postcode twee twee drie drie, K, L.\n"
        "Medewerker: 2233 KL, genoteerd. En uw telefoonnummer?"
    )
    found = _found(text, "LOCATION")
    # the code said is personal data as much as the code read back
    assert {"twee twee drie drie, K, L", "2233 KL"} <= found
    # without the word "postcode", and letters that are a word ("EN") in digits
    text = (
        "Beller: Lindelaan twaalf, in Voorschoten, twee twee vijf een, E, N.\n"
        "Medewerker: 2251 EN, Lindelaan 12. Klopt dat?"
    )
    assert {"twee twee vijf een, E, N", "2251 EN"} <= _found(text, "LOCATION")
    # digits that do not agree are no read-back
    text = "Beller: twee twee vijf een, E, N.\nMedewerker: 2019 EN daarna verhuisd?"
    assert "2019 EN" not in _found(text, "LOCATION")


def test_a_teams_copys_stamped_header_lines_in_a_registers_order() -> None:
    text = (
        "[08:12] Venkataraman, Sowmya\nmorning all, I take the route to Eys today\n"
        "[08:14] Bhola, Kalindi\nprima, ik doe Mheer\n"
        "[08:20] Venkataraman, Sowmya\nok 👍"
    )
    people = _found(text, "PERSON")
    assert {"Venkataraman, Sowmya", "Bhola, Kalindi"} <= people
    # a stamped line of a log in the same shape names no one: "Backup, Status" is no register's name
    log = "[08:12] Backup, Status\nklaar\n[08:14] Export, Klanten\nklaar"
    assert not _found(log, "PERSON")


def test_a_birthday_after_jarig_and_a_comma_with_an_age_or_in_digits() -> None:
    # two digits and "jaar" after the day are an age, not the year '52
    assert "2 mei" in _found("morgen is Harie jarig, 2 mei, 61 jaar wordt ie", "DATE_OF_BIRTH")
    assert "14-09" in _found("kenji is ook in september jarig, 14-09. samen trakteren?", "DATE_OF_BIRTH")
    # no day of a calendar, no birthday
    assert not _found("ik ben jarig, 3-13 nee dat klopt niet", "DATE_OF_BIRTH")


def test_a_name_after_a_kin_word_of_another_language() -> None:
    assert "Gerlando" in _found("mijn nonno Gerlando wordt 88 en komt ook", "PERSON")
    assert "Genowefa" in _found("mijn babcia Genowefa wordt 88", "PERSON")
    # in lower case after it, a word of that language ("teşekkürler": thanks) is no name
    assert not _found("amca teşekkürler, tot zondag", "PERSON")


def test_a_dutch_document_number_after_english_id_card_words() -> None:
    assert "NXR4K8TP1" in _found("for check-in: my wife's id card is NXR4K8TP1, thanks", "NL_ID_DOCUMENT")


def test_a_mysql_clients_table_under_its_prompt_and_border_lines() -> None:
    from afscherm.detectors.date_of_birth import column_header

    text = (
        "mysql> SELECT id, naam, geb_datum, id_nr FROM cursisten WHERE docent = 'Kees';\n"
        "+------+-------------------+------------+-----------+\n"
        "| id   | naam              | geb_datum  | id_nr     |\n"
        "+------+-------------------+------------+-----------+\n"
        "|   41 | Verhoef, Sanne    | 2006-04-17 | NRT4KW8P2 |\n"
        "|   42 | Dekkers, Bram     | 2005-11-30 | XKC7LR2D6 |\n"
        "+------+-------------------+------------+-----------+"
    )
    # the column names under the prompt and the border: each cell's column is read (the document number's and the
    # birth date's rules ask it)
    at = text.index("XKC7LR2D6")
    assert (column_header(text, at, at + 9) or "").strip() == "id_nr"
    at = text.index("2006-04-17")
    assert (column_header(text, at, at + 10) or "").strip() == "geb_datum"
