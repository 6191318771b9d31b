"""Rules from the blind tuning sets tuning_67 ... tuning_72, made in the forty-first session (issue 12), each tried on
examples written apart from the sets: birthdays after a list's heading, after "jarig" and a cry or a comma, before
"geboren"; a listed place after a postcode in capitals; a route's stops; channel handles, stamped and bare header
lines; OCR digits in a place field; name fields in another script; SQL rows with particles in a cell of their own; a
postcode said and read back; a name after another language's kin word; document numbers after "id card"; a mysql
client's table; a phone number as a turn's label. All names, places and numbers are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found
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


def test_a_chat_copied_with_each_writers_name_alone_above_the_message() -> None:
    text = (
        "Jozefien Pluymaekers\n"
        "vrijdag oefenen in de zaal, 20u\n"
        "Brecht Ubachs\n"
        "ik ben er, neem de vlaggen mee\n"
        "Jozefien Pluymaekers\n"
        "top! en wie haalt de sleutel?\n"
        "Feliek\n"
        "doe ik wel\n"
    )
    assert {"Jozefien Pluymaekers", "Brecht Ubachs", "Feliek"} <= _found(text, "PERSON")
    # headings of a notice, each a word, above their lines are no writers
    notice = "Agenda\nvergadering om 20u\nNotulen\nvolgen later\nAgenda\ntweede punt\nKosten\nzie bijlage\n"
    assert not _found(notice, "PERSON")


def test_a_phone_number_as_a_chat_turns_label_under_another_numbers_words() -> None:
    text = (
        "Kwekerij Zonneveld, 12-04 09:10: voor de loonstrook hebben we je BSN en rekening nodig\n"
        "+48 602 318 774, 12-04 09:31: ok boss, bank PL61 1090 1014 0000 0712 1981 2874\n"
        "+48 602 318 774, 12-04 09:33: and bsn tomorrow"
    )
    # each label is the writer's number, though the turn above names a BSN and an account
    assert found(text, "PHONE_NUMBER").count("+48 602 318 774") == 2
    # a number on the line under a BSN label is still that BSN's, not a phone number
    assert not _found("BSN\n0612345678 is het", "PHONE_NUMBER")


def test_a_birthday_with_the_party_as_its_consequence() -> None:
    assert "9 februari" in _found("opa wordt 80 en is jarig op 9 februari dus feest in de zaal", "DATE_OF_BIRTH")
    # the party's own day stays out
    assert not _found("haar verjaardag op 12 mei vieren we groot", "DATE_OF_BIRTH")


def test_a_document_number_spelled_with_one_digit_and_written_back() -> None:
    text = (
        "Voicemail 10:40\n"
        "U vroeg naar haar paspoortnummer voor de boeking van de groepsreis in mei. Het is N, X, K, F, B, T, R, W,"
        " vier. Dus NXKFBTRW4."
    )
    assert {"N, X, K, F, B, T, R, W, vier", "NXKFBTRW4"} <= _found(text, "NL_ID_DOCUMENT")
    # a name spelled out and a digit after it, no document spoken of: no number
    assert not _found("Kowalczyk is K, O, W, A, L, C, Z, Y, K, en dan 2 koffers", "NL_ID_DOCUMENT")


def test_a_birthday_after_an_emoji_or_after_it_was_passed_on() -> None:
    assert "14 nov" in _found("kan niet hoor, ben dan zelf jarig 🥳 14 nov", "DATE_OF_BIRTH")
    text = "henk heeft in de app zijn verjaardag aangepast, 3 augustus, klopt nu"
    assert "3 augustus" in _found(text, "DATE_OF_BIRTH")
    # a party's day after the emoji is no birthday
    assert not _found("ik ben jarig 🎉 3 mei is het feest", "DATE_OF_BIRTH")


def test_a_noble_name_with_its_second_seat_after_tot() -> None:
    text = "Verschenen: jonkheer Reinout Everhard van Dedem tot Westerflier, geboren te Zeist"
    assert "Reinout Everhard van Dedem tot Westerflier" in _found(text, "PERSON")
    # "tot" and a town after a name is how far someone went
    assert "Piet van Dam tot Zwolle" not in _found("Piet van Dam tot Zwolle gereden", "PERSON")


def test_speakers_after_a_hungarian_phones_date_and_time() -> None:
    text = (
        "2026. 10. 02. 07:58 - Kovács Bence: holnap 7:00 rij 9\n"
        "2026. 10. 02. 08:01 - Réka: rendben\n"
        "2026. 10. 02. 08:03 - Kovács Bence: köszi Réka\n"
        "2026. 10. 02. 08:05 - Réka: 👍"
    )
    found = _found(text, "PERSON")
    assert {"Kovács Bence", "Réka"} <= found


def test_an_e_mail_address_read_out_with_a_foreign_country_domain() -> None:
    text = "Klant: m punt kowalska apenstaartje onet punt pl, met een k"
    assert "m punt kowalska apenstaartje onet punt pl" in _found(text, "EMAIL_ADDRESS")
    # a Dutch word after "punt" ends no address: "en" is no domain
    assert not _found("dat staat op de site punt en verder niets", "EMAIL_ADDRESS")


def test_a_quoted_nickname_in_brackets_between_given_names_and_surname() -> None:
    text = 'Ik was er met mijn vader Wilhelmus Johannes ("Wim") Zonneveld op de veiling.'
    assert 'Wilhelmus Johannes ("Wim") Zonneveld' in _found(text, "PERSON")


def test_a_call_name_in_brackets_right_after_a_name() -> None:
    assert "Sjiekje" in _found("Patiënt: Kramer, Geertruida (Sjiekje), geb. 02-11-1948", "PERSON")
    # the firm a speaker writes for, a word or a place in brackets: no call name
    assert "Woonzorg" not in _found("Monique (Woonzorg): Wij hebben uw opzegging ontvangen", "PERSON")
    assert "Marketing" not in _found("Eva Bakker (Marketing) belde terug", "PERSON")
    assert "Zwolle" not in _found("Jan de Vries (Zwolle) belde terug", "PERSON")
    # after a plain name a party or a firm stands in brackets as often (ned.testa: "Vera Dua ( Agalev )")
    assert "Groenlinks" not in _found("minister Marja Pronk (Groenlinks) heeft gisteren", "PERSON")


def test_a_birthday_in_another_calendar_restated_after_an_equals_sign() -> None:
    assert "14 maart" in _found("en Mahlet is jarig 5 መጋቢት = 14 maart, toch?", "DATE_OF_BIRTH")
    assert "20 maart" in _found("ik ben jarig 29 esfand = dit jaar 20 maart", "DATE_OF_BIRTH")
    # no other writing's day before the sign: nothing restated
    assert not _found("jarig = feest, 3 mei komen ze", "DATE_OF_BIRTH")


def test_the_birth_date_a_passport_says_in_birthday_talk() -> None:
    text = (
        "[10:02] Sanne: wanneer is Ravi jarig eigenlijk?\n"
        "[10:03] Priya: volgens de tamil kalender in augustus\n"
        "[10:05] Priya: maar zijn paspoort zegt 12/08/1989"
    )
    assert "12/08/1989" in _found(text, "DATE_OF_BIRTH")
    # a passport's validity is no birth date
    assert "12-03-2031" not in _found("jarig of niet, mijn paspoort staat 12-03-2031 als vervaldatum", "DATE_OF_BIRTH")


def test_villages_a_municipality_is_named_after() -> None:
    # "Nuenen, Gerwen en Nederwetten" is a municipality: each village of its list by its own name
    assert "gerwen" in _found("ik haal je op in gerwen om 8u", "LOCATION")
    assert "Nederwetten" in _found("De boerderij staat aan de Hoekstraat 4 in Nederwetten.", "LOCATION")
    # "Son en Breugel" is one village: "Breugel" after a person's "van Son" is no place
    assert "Breugel" not in _found("de brief is voor Piet van Son en Breugel", "LOCATION")


def test_a_listed_place_after_a_postcode_that_a_large_town_only_opens() -> None:
    found = _found("Postbus 190, 5740 AD Beek en Donk  tel. 0492 469 355", "LOCATION")
    assert "Beek en Donk" in found
    # the town alone where no longer name goes on
    assert "Beek" in _found("Markt 1, 6191 AB Beek en dan verder", "LOCATION")


def test_the_writer_of_a_birthday_list_among_its_names() -> None:
    text = "verjaardagslijst voor het clubblad: Hennie 4 maart, ik zelf 19 oktober (echt waar)"
    assert "19 oktober" in _found(text, "DATE_OF_BIRTH")
    assert "2-9" in _found("verjaardagen deze maand: Ans 3 sep, ikzelf 2-9 en dat was het", "DATE_OF_BIRTH")


def test_a_birthday_on_which_someone_turns_an_age_with_a_cry_between() -> None:
    assert "3 maart" in _found("opa Harrie wordt 85!! op 3 maart, feest in het buurthuis", "DATE_OF_BIRTH")


def test_the_name_one_goes_by_after_a_nickname_introduction() -> None:
    # "Nok" is a Dutch word as well (a roof's ridge): after "my nickname is" the slot holds a name only
    found = _found("Bezoeker: my nickname is Nok, everybody says so", "PERSON")
    assert "Nok" in found
    assert "Nok" in _found("mijn roepnaam is Nok, zo kent iedereen me", "PERSON")


def test_an_unknown_name_right_before_geb_and_a_date() -> None:
    assert "Zepyur" in _found("ja Zepyur, geb 02.03.1947 volgens haar pas", "PERSON")
    # a place before the birth word is where, not who
    assert not _found("Kapelle, geb. 12-03-1980", "PERSON")


def test_a_speakers_full_name_label_makes_its_first_name_a_name_in_lower_case() -> None:
    text = (
        "[02-06-26 19:01:10] Marisol: wie neemt zaterdag de dienst van dalisay over?\n"
        "[02-06-26 19:03:44] Dalisay Fernandez: ik ruil wel met iemand\n"
        "[02-06-26 19:05:02] Marisol: top dalisay"
    )
    assert "dalisay" in _found(text, "PERSON")
    # a form's label at a line's start is no speaker: its first word stays a word ("Neue Adresse: ...")
    form = "Von: Heike Pütz\nNeue Adresse: Baneheiderweg 27\nwir brauchen neue Termine"
    assert "neue" not in _found(form, "PERSON")
