"""Rules made in the forty-sixth session (issue 12) from the blind tuning sets tuning_99 and tuning_100, each tried on
examples written apart from the sets. All names, places and numbers are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found_set as _found


def test_a_bsn_ocr_read_with_many_look_alike_letters_right_after_its_label() -> None:
    # 345392103 and 460331024 pass the 11-proef; OCR read 0 as O, 1 as l, 5 as S, 3 stays
    assert "345.392.lO3" in _found("Geb.daturn: l2-O4-l968    BSN: 345.392.lO3\nFunctie: chauffeur", "NL_BSN")
    assert "46O3.3l.O24" in _found("Burgerservicenurnrner 46O3.3l.O24\nRekeningnurnrner ...", "NL_BSN")
    assert "7lO S3S 9O9" in _found("Sofinurnmer: 7lO S3S 9O9\nAfdeling: magazijn", "NL_BSN")  # 710535909
    # the same writings without the label right before them, or failing the 11-proef, or nearly all letters
    assert not _found("Ordernr: 345.392.lO3\nAfdeling: magazijn", "NL_BSN")
    assert not _found("BSN: 345.392.lO4\nAfdeling: magazijn", "NL_BSN")
    assert not _found("BSN (zie bijlage) Klantnr 7lO S3S 9O9", "NL_BSN")
    assert not _found("BSN: SlO SOS lOO", "NL_BSN")


def test_a_bsn_column_whose_header_ocr_damaged() -> None:
    # a scanned card's two columns, the header read "Persoonsnurnrner" (717018076 passes the 11-proef)
    scan = (
        "Docurnentnr. / Document no.          Persoonsnurnrner / Personal no.\n"
        "KX7PR2LD4                          7l70.l8.O76\n"
        "Geslacht V"
    )
    assert "7l70.l8.O76" in _found(scan, "NL_BSN")
    # under the document number's column it is no BSN
    header = "Persoonsnurnrner / Personal no.          Docurnentnr. / Document no.\n"
    other = header + "KX7PR2LD4\n" + " " * 37 + "7l70.l8.O76\n"
    assert not _found(other, "NL_BSN")


def test_the_rows_of_a_list_of_people_and_their_birth_dates_are_births_however_recent() -> None:
    # a club's list: the older rows' dates are births by the record rule; the recent ones are the same column
    email = (
        "Aanmeldingen kamp (geboortedatum voor de leeftijdsgroep):\n"
        "– Teun Verhaegh, 14-06-2012\n"
        "– Fenna Verhaegh, 03-11-2017\n"
        "– Bram Smeets, 22-01-2013\n"
        "Met vriendelijke groet"
    )
    assert "03-11-2017" in _found(email, "DATE_OF_BIRTH")
    numbered = (
        "Gezinsleden:\n"
        "1. Nairi Sargsyan – 09.05.1987 – Gyumri – echtgenote\n"
        "2. Levon Sargsyan – 30.10.2020 – Gyumri – zoon\n"
    )
    assert "30.10.2020" in _found(numbered, "DATE_OF_BIRTH")
    # a chat's headers under such a row are time stamps, and a list of appointments is no list of births
    chat = "mees_v — 02-02-2026 18:12\nLotte Vink, 07-07-2012\nanna.k — 02-02-2026 18:30\noke"
    assert _found(chat, "DATE_OF_BIRTH") == {"07-07-2012"}
    visits = "Afspraken:\n– Teun Verhaegh, 14-06-2025\n– Fenna Verhaegh, 03-11-2025\n"
    assert not _found(visits, "DATE_OF_BIRTH")


def test_a_time_clocks_worker_key_names_a_person() -> None:
    log = (
        '2026-02-11T06:02:10+01:00 INFO clock.badge pas=3310 medewerker="Kvaratskhelia, Tamar" status=ok\n'
        "2026-02-11T06:03:44+01:00 WARN clock.badge pas=3311 medewerker=null reden=pas_geblokkeerd\n"
    )
    assert _found(log, "PERSON") == {"Kvaratskhelia, Tamar"}


def test_a_chat_handle_of_an_unlisted_call_name_and_a_listed_surname() -> None:
    chat = (
        "[03-Aug-26 10:01] tsjibbe_dijkstra: boot 4 is lek\n"
        "[03-Aug-26 10:02] matiasvb: ok ik kijk\n"
        "[03-Aug-26 10:05] tsjibbe_dijkstra: top, sleutel ligt in de kast\n"
    )
    assert "tsjibbe_dijkstra" in _found(chat, "PERSON")
    # a machine's key whose first part is a word stays no person, in a log shaped like a chat
    log = "[10:01] user_smit: 3\n[10:02] retry_count: 4\n[10:03] user_smit: 5\n"
    assert "user_smit" not in _found(log, "PERSON")


def test_an_addresss_postcode_as_its_country_writes_it_beside_the_found_street_and_place() -> None:
    assert "LV-5401" in _found("mana adrese: Rīgas iela 14-3, Daugavpils, LV-5401. paldies", "LOCATION")
    assert "LT-44280" in _found('"home": "Laisvės al. 53-7, Kaunas, LT-44280"}', "LOCATION")
    assert "9351" in _found("ze wonen nu op de zuiderweg 17 9351\nok", "LOCATION")
    # no address around it, a rent after the street, a year after it
    assert not _found("ordernummer 9351 is verzonden naar Kaunas", "LOCATION") & {"9351"}
    assert "1500" not in _found("Kerkstraat 12, 1500 euro huur per maand", "LOCATION")
    assert "2019" not in _found("Kerkstraat 12, Utrecht, 2019.", "LOCATION")


def test_a_dutch_place_closing_an_organisations_name() -> None:
    assert "Ulestraten" in _found("Groep: Schutterij Sint Martinus Ulestraten 🎯 · zondag", "LOCATION")
    assert "Nuenen" in _found("Geacht bestuur van MHC De Wielewaal Nuenen,\nHierbij", "LOCATION")
    assert "Arcen" in _found("Aan: Muziekvereniging Crescendo Arcen <info@crescendo-arcen.nl>", "LOCATION")
    # the name's own word after an article, a surname after a first name, a firm going on, a place abroad
    assert not _found("Stichting De Helden organiseert een loop", "LOCATION")
    assert not _found("Kapsalon Mieke Elst is dicht op maandag", "LOCATION")
    assert not _found("factuur van Schildersbedrijf Oosterwijk & Zn, 12 euro", "LOCATION")
    assert not _found("al drie weken open bij Woningstichting Rochdale. Bel mij", "LOCATION")


def test_music_scouting_and_church_words_head_an_organisation_closed_by_its_village() -> None:
    # (forty-ninth session) a brass band's, a scout group's or a choir's word heads the name as a firm's does
    assert "Leerdam" in _found("Nieuwsbrief Harmonie Sint Cecilia Leerdam – december", "LOCATION")
    assert "Lelystad" in _found("# export Scouting Sint Joris Lelystad, 12-01-2025", "LOCATION")
    # twin villages: a guild of two ("Herwen & Aerdt"); a firm's "& Zn" goes on as before
    assert {"Herwen", "Aerdt"} <= _found("Messenger · Schutterij St. Martinus Herwen & Aerdt - bestuur", "LOCATION")
    assert not _found("factuur van Schildersbedrijf Oosterwijk & Zn, 12 euro", "LOCATION")
    # the band named for a queen is no person, and its village closes its name
    assert not _found("Harmonie Wilhelmina Urmond – bestuur", "PERSON")
    assert "Ospel" in _found("Nieuwsbrief Fanfare Juliana Ospel, december", "LOCATION")
    # a salon named for its owner: her surname, no place
    assert not _found("Kapsalon Mieke Elst is dicht op maandag", "LOCATION")


def test_a_thai_birth_date_in_the_buddhist_era() -> None:
    # 2534 BE is 1991: a work permit's copy in a staff table, an SQL row with the name beside it
    table = "nr;achternaam;voornaam;geboortedatum;plaats\n7;Saetang;Kanokwan;09-11-2534;Khon Kaen\n"
    assert "09-11-2534" in _found(table, "DATE_OF_BIRTH")
    row = "INSERT INTO staff VALUES (12,'Kanokwan','Saetang','2534-11-09','THA');"
    assert "2534-11-09" in _found(row, "DATE_OF_BIRTH")
    # a year past this one in the Buddhist era too (2570 BE is 2027) is no one's birth
    assert not _found("nr;naam;geboortedatum\n7;Kanokwan Saetang;09-11-2575\n", "DATE_OF_BIRTH")


def test_a_frisian_birthday_list() -> None:
    chat = "[02-03-26 20:01:10] Sjoukje: Jierdeilist foar it koar, kontrolearje graach: Wytske 14 maaie, Bauke 2-11"
    assert {"14 maaie", "2-11"} <= _found(chat, "DATE_OF_BIRTH")


def test_a_model_name_across_an_sql_tuples_cells_is_no_name() -> None:
    from afscherm.detectors.ner_guard import is_plausible_entity

    row = "(112,'Gerrit Jan','Gert',NULL,'Oosterveld','1971-05-02','Hulsen')"
    span = "Gerrit Jan','Gert',NULL,'Oosterveld"
    start = row.index(span)
    assert not is_plausible_entity(row, start, start + len(span), "PERSON")
    # a name with an apostrophe in it, a name before a comma in prose
    prose = "dossier van Sean O'Neill, geboren in Cork"
    assert is_plausible_entity(prose, prose.index("Sean"), prose.index(","), "PERSON")
    assert is_plausible_entity(prose, prose.index("O'Neill"), prose.index(","), "PERSON")
