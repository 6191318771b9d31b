"""Rules made in the forty-fifth session (issue 12) from the blind tuning sets tuning_93 and tuning_94, each tried on
examples written apart from the sets. All names, places and numbers are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found_set as _found


def test_the_spouses_surname_a_dutch_id_document_prints_after_the_holders() -> None:
    # "e/v" (echtgenote van) on a card's name line or on a line of its own, in OCR's capitals
    card = "Naam / Surname  TER KORTEWEGEN e/v ZWAANSDIJK\nVoornamen / Given names  WILLEMIJN"
    assert "ZWAANSDIJK" in _found(card, "PERSON")
    assert "BLOEMSTRA" in _found("Naarn / Surname  HOEKWATER\ne/v BLOEMSTRA\nVoornarnen  ANKE", "PERSON")
    assert "De Wildeman" in _found("Mevrouw A. Rozenboom, echtgenote van De Wildeman, belde", "PERSON")
    assert "Vermeulenkamp" in _found("bezoek bij mevr. Pronkhorst wed. Vermeulenkamp om 10:00", "PERSON")
    # not a weekday, nor someone named by a role
    assert not _found("Wed. 14 March: delivery", "PERSON")
    assert not _found("zij is echtgenote van de burgemeester", "PERSON")


def test_a_kin_word_alone_is_no_name() -> None:
    # a phone saves a mother as "Mama": the contact's label, not a name (the README's convention)
    chat = (
        "21-03-2026 14:02 | +31 6 1834 2290 (Mama): wanneer is de afspraak?\n"
        "21-03-2026 14:05 | +31 6 1834 2290 (Mama): wa hada?\n21-03-2026 14:06 | Ik: morgen"
    )
    assert "Mama" not in _found(chat, "PERSON")


def test_a_program_that_speaks_as_a_bot_is_no_person() -> None:
    chat = (
        "[10:02] Brixi (bot): Hoi! Ik ben Brixi van TuinFlex. Waar kan ik je mee helpen?\n"
        "[10:03] Anouk: hoi, ik zoek werk\n[10:03] Brixi (bot): Leuk! Een recruiter belt je."
    )
    found = _found(chat, "PERSON")
    assert not any("Brixi" in name for name in found)
    assert "Anouk" in found  # the person who chats with it still is


def test_hindi_urdu_and_nepali_function_words_in_latin_letters_are_no_names() -> None:
    chat = (
        "[22:04] Faisal Rana: passport pe date of birth kya hai?\n"
        "[22:05] Faisal Rana: sab ka yahi hota hai\n[22:06] Nadia: aur Sumit lai bhan na"
    )
    found = _found(chat, "PERSON")
    assert "hai" not in found and "lai" not in found
    assert "Faisal Rana" in found


def test_the_rows_after_a_quoted_value_that_holds_a_line_break_escape_are_read() -> None:
    dump = (
        "INSERT INTO `werkers` (`id`,`achternaam`,`voornaam`,`mrz`) VALUES\n"
        "(1,'Vasilescu','Ionel','P<ROUVASILESCU<<IONEL<<<<<<<<<<<<<<<<<<<<<<<<\\n"
        "0452139476ROU8405025M3109144<<<<<<<<<<<<<<04'),\n"
        "(2,'Zdanavicius','Rokas',NULL);"
    )
    assert {"Zdanavicius", "Rokas"} <= _found(dump, "PERSON")
    # a value's own apostrophe still ends no row early
    rows = (
        "INSERT INTO klanten (id, voorletters, tussenvoegsel, achternaam) VALUES\n"
        "(1, 'T.', 'in 't', 'Veldhorst'),\n(2, 'K.', NULL, 'Brinkerink');"
    )
    assert "Brinkerink" in _found(rows, "PERSON")


def test_an_iban_whose_first_check_digit_ocr_read_as_a_letter() -> None:
    # OCR's O for 0 and I for 1 in the check digits, a space after the country code; mod-97 decides
    assert "NL O7 RABO 2509 0089 13" in _found("Afschrijving van rekening NL O7 RABO 2509 0089 13.", "IBAN_CODE")
    assert "NL I1 INGB 7391 0324 83" in _found("IBAN: NL I1 INGB 7391 0324 83", "IBAN_CODE")
    assert not _found("IBAN: NL O8 RABO 2509 0089 13", "IBAN_CODE")  # the checksum fails


def test_a_postcode_read_out_digit_by_digit_and_letter_by_letter_without_a_cue() -> None:
    # after a street and its place, after "ja," in a next turn, and a letter pair said as "dubbel"
    call = "Beller: Zuiderkade zeventien, Oudeland, vier zeven drie één, K, W. Moet ik nog iets?"
    assert "vier zeven drie één, K, W" in _found(call, "LOCATION")
    assert "twee acht vijf zes, P L" in _found(
        "Medewerker: Nog steeds daar?\nBeller: Ja, twee acht vijf zes, P L.", "LOCATION"
    )
    assert "vijf vijf twee acht, dubbel E" in _found("Tolk: postcode vijf vijf twee acht, dubbel E.", "LOCATION")
    # a number read out without letters, or letters PostNL never gives, are no postcode
    assert not _found("Beller: mijn klantnummer is vier zeven drie één, dank u", "LOCATION")
    assert not _found("Beller: vier zeven drie één, S S.", "LOCATION")


def test_a_chat_exported_in_arabic_heads_its_turns_with_arabic_digits_and_comma() -> None:
    chat = (
        "٣/٥/٢٠٢٦، ٢١:٠٢ - سمير: salam, wash nta mzyan?\n٣/٥/٢٠٢٦، ٢١:٠٤ - كريمة: hamdullah\n٣/٥/٢٠٢٦، ٢١:٠٥ - سمير: ok"
    )
    assert {"سمير", "كريمة"} <= _found(chat, "PERSON")


def test_a_display_name_of_several_unlisted_words_that_speaks_twice_before_a_clock() -> None:
    chat = (
        "Rhodri ap Iorwerth 19:40: noswaith dda! repetitie morgen?\nTrees Hanssen 19:42: jao, 20u.\n"
        "Rhodri ap Iorwerth 19:44: ok diolch"
    )
    assert "Rhodri ap Iorwerth" in _found(chat, "PERSON")
    # a firm's or a program's name speaking so is none ("Bakkerij Hanssen 08:10:")
    shop = "Bakkerij Hanssen 08:10: uw bestelling staat klaar\nBakkerij Hanssen 08:12: tot straks"
    assert not any("Bakkerij" in name for name in _found(shop, "PERSON"))


def test_a_slack_copys_header_a_name_two_blanks_and_the_clock_alone_on_its_line() -> None:
    chat = (
        "#gevonden-voorwerpen · Pontveer\nWobbrand Kluitenberg  07:58\npaspoort gevonden op pont 2\n"
        "Marleen Stam  08:01\nik ken hem\nWobbrand Kluitenberg  08:12\nok"
    )
    assert "Wobbrand Kluitenberg" in _found(chat, "PERSON")
    # a log's keys over a clock are none
    assert _found("build_1  10:02\nok\nstatus_ok  10:04\nklaar\nstatus_ok  10:05", "PERSON") == set()


def test_a_solar_hijri_date_in_numbers_after_a_birth_label() -> None:
    # an Afghan or Iranian paper's year first; Persian digits too (read as ASCII by the detection view)
    assert "1351/04/18" in _found("Naam: Farid Sharifi, geboren 1351/04/18 in Herat", "DATE_OF_BIRTH")
    assert "۱۳۵۹/۰۲/۰۷" in _found("geboortedatum ۱۳۵۹/۰۲/۰۷ volgens zijn tazkira", "DATE_OF_BIRTH")
    # no birth label: an archive's or a receipt's number is no birth date
    assert not _found("factuur 1351/04/18 betaald", "DATE_OF_BIRTH")


def test_the_german_plural_of_date_of_birth_labels_the_dates_after_it() -> None:
    chat = "[15:05] Gast: für die Anmeldung brauche ich die Geburtsdaten.\n[15:06] Gast: Vater 07.03.1951"
    assert "07.03.1951" in _found(chat, "DATE_OF_BIRTH")


def test_parents_as_a_phone_saves_them_and_a_chat_calls_them_are_no_names() -> None:
    chat = (
        "14-01-2026 19:02 - Yaritza: papi necesito tus datos\n14-01-2026 19:10 - Papi: 22 de julio del 79\n"
        "14-01-2026 19:14 - Mami: sí, y pon mi número\n14-01-2026 19:15 - Mum: ok love"
    )
    found = _found(chat, "PERSON")
    assert not found & {"papi", "Papi", "Mami", "Mum"}
    assert "Yaritza" in found
    # the parent's own name after the word still is one ("Papi Hernán:")
    assert "Wenceslao" in _found("03-12-2026 22:14 - Papi Wenceslao: 23 de abril del 56 mija", "PERSON")
    # an English month in lower case is no name
    assert "july" not in _found("[14:02] Bezoeker: we arrive wed 22 july but late", "PERSON")


def test_an_assistant_who_chats_is_a_person_a_virtual_one_a_program() -> None:
    from afscherm.detectors.ner_guard import bot_names

    human = (
        "[09:02] Marieke (assistent): Goedemorgen!\n[09:03] Klant: hoi\n[09:04] Marieke (assistent): Wat kan ik doen?"
    )
    assert bot_names(human) == frozenset()
    program = "[09:02] Zorbi (virtuele assistent): Hoi! Ik ben Zorbi.\n[09:03] Klant: hoi\n[09:04] Flexi (chatbot): ok"
    assert bot_names(program) == {"Zorbi", "Flexi"}


def test_a_discord_copys_handle_over_the_day_in_its_users_language() -> None:
    chat = "[#geral]\nmarta.kowal — Ontem às 20:11\nquem vem?\nbruno.reis — Hoje às 21:04\neu!"
    assert {"marta.kowal", "bruno.reis"} <= _found(chat, "PERSON")


def test_a_telegram_copys_sender_before_the_bracketed_date_and_time() -> None:
    chat = (
        "Kristaps, [23.06.2026 07:15]: piedod!! mana ir 8. oktobrī\nValdemārs, [23.06.2026 07:20]: wie heeft\n"
        "Kristaps, [23.06.2026 07:22]: es\nMama, [23.06.2026 07:25]: ok"
    )
    found = _found(chat, "PERSON")
    assert "Valdemārs" in found
    assert "Mama" not in found  # a kin word as the phone saves it
