"""Rules made in the forty-third session (issue 12) from the misses left on the blind tuning sets and from the blind
sets tuning_81 and tuning_82, each tried on examples written apart from the sets. All names, places and numbers are
made up."""

from __future__ import annotations

from tests.recognizer_helpers import found as found_list
from tests.recognizer_helpers import found_set as _found


def test_a_handle_or_word_that_heads_its_messages_twice_beside_a_named_writer() -> None:
    discord = (
        "zon.b — 02.03.2026 19:42\nwie rijdt er zaterdag?\nfenna.k — 02.03.2026 19:50\nik, 3 plekken\n"
        "zon.b — 02.03.2026 20:05\ntop, tot dan"
    )
    assert found_list(discord, "PERSON").count("zon.b") == 2
    slack = "dop  11:04\nbus 14 is terug\nlieke.v  11:06\ntop\ndop  11:09\nen de sleutels liggen op de balie"
    assert found_list(slack, "PERSON").count("dop") == 2


def test_words_heading_an_agenda_are_no_writers() -> None:
    agenda = "Pauze  10:30\nkoffie en thee\nLunch  12:30\nbroodjes in de kantine\nPauze  15:00\nfruit"
    assert not _found(agenda, "PERSON")


def test_the_surname_in_the_cell_after_a_particle_cell_even_when_a_season() -> None:
    row = "INSERT INTO leden VALUES\n(51, 'Tjitske', 'van der', 'Winter', '1958-04-17', '239871460', 'kas');"
    assert {"Tjitske", "van der", "Winter"} <= _found(row, "PERSON")
    # a season in a row of no person's name stays a word
    assert not _found("INSERT INTO rooster VALUES (3, 'Winter', 'dicht', '2026-01-05');", "PERSON")


def test_letters_spelled_around_an_accents_dash() -> None:
    call = "Medewerker: Op welke naam?\nKlant: Joanna Król. K, R, O met een streepje, L.\nMedewerker: Dank u."
    assert {"K, R, O", "L"} <= _found(call, "PERSON")
    asked = "Medewerker: Hoe schrijft u uw achternaam?\nKlant: W, R, O met een streepje, B, L, E, W, S, K, A.\n"
    # the accent's dash is no letter of the name
    assert _found(asked, "PERSON") == {"W, R, O", "B, L, E, W, S, K, A"}


def test_a_dotted_bsns_last_group_read_as_three_letters() -> None:
    assert "4O2.027.OOO" in _found("Loonstrook juni   Burgerservicenr: 4O2.027.OOO   Afdeling keuken", "NL_BSN")
    assert "515.0l9.lOO" in _found("Persoonsnummer 515.0l9.lOO", "NL_BSN")
    # without a BSN's label, or failing the 11-proef, the letters stay letters
    assert not _found("Bestelling 402.027.OOO is verzonden", "NL_BSN")
    assert not _found("Burgerservicenr: 402.028.OOO", "NL_BSN")


def test_kin_and_roles_of_other_languages_label_no_person() -> None:
    chat = (
        "15/05/2026, 19:04 - Deka: aabo ik vul het formulier in, wat is je geboortedatum?\n"
        "15/05/2026, 19:06 - Aabo 💙: 01-07-1969 ayaa ku qoran BRP-ga\n"
        "15/05/2026, 19:07 - Deka: ok mahadsanid\n15/05/2026, 19:09 - Aabo 💙: haa"
    )
    assert _found(chat, "PERSON") == {"Deka"}
    # the father's turn is still a person's: the date on it is his date of birth
    assert _found(chat, "DATE_OF_BIRTH") == {"01-07-1969"}
    call = (
        "Medewerker: Goedemorgen. Aanwezig: Medewerker Sanne, Tolk Turks: Levent.\nMedewerker: Mag ik uw naam?\n"
        "Tolk: Hij zegt Kadir Aslan.\nMedewerker: En uw adres?\nTolk: Dorpsstraat vier."
    )
    assert "Tolk" not in _found(call, "PERSON")
    church = (
        "6/14/26, 9:02 PM - Pastor Mensah: Good evening all\n6/14/26, 9:05 PM - Kofi Boateng: Amen Pastor.\n"
        "6/14/26, 9:07 PM - Pastor Mensah: thank you Kofi"
    )
    assert _found(church, "PERSON") == {"Mensah", "Kofi Boateng", "Kofi"}


def test_a_header_line_with_its_clock_in_brackets() -> None:
    slack = "jorrit.k  [10:20]\nik doe de kassa\nmieke.s  [10:22]\ntop\njorrit.k  [10:25]\nen de sleutels?"
    assert found_list(slack, "PERSON").count("jorrit.k") == 2


def test_hi_its_and_a_name_no_dictionary_knows() -> None:
    chat = "[03-07-26 17:51] +63 917 482 3306: hi its rhodel, new number. pls save\n[03-07-26 17:52] Rinske: ok!"
    assert "rhodel" in _found(chat, "PERSON")
    assert "rhodel" in _found("hey it's rhodel, my sim is broken", "PERSON")
    # a word after it is no name
    assert not _found("hi its broken, my sim i mean", "PERSON")


def test_a_listed_place_closing_a_clubs_or_desks_name_in_a_title() -> None:
    assert "Harreveld" in _found("# Schutterij Sint Jan Harreveld · export 2026\nlidnr;naam", "LOCATION")
    # a person's name before the separator, a surname with its particle, a chat header's date after it
    assert "Eibergen" not in _found("Groeten, Anna Eibergen | Sales", "LOCATION")
    assert "Beek" not in _found("Van: Petra van Beek | HR Zuiderzee Logistiek", "LOCATION")
    assert "Harreveld" not in _found("Sanne Harreveld — 11-11-2026 07:44\nik kom", "LOCATION")


def test_a_long_village_named_like_a_family_in_a_route_going_on() -> None:
    assert "diepenheim" in _found("start in goor, via markelo en diepenheim naar Neede", "LOCATION")
    # a surname ending such a list in lower case is a person's ("naar goor en mol"), a short one too
    assert "mol" not in _found("we rijden via goor en mol naar huis", "LOCATION")


def test_a_birthday_heading_with_its_colon_opens_a_list() -> None:
    chat = "[07:41] sietske.b: jarig in augustus: wiebren 12 aug 🎂 en froukje 27 aug\n[07:43] wiebren: 70 alweer"
    assert {"12 aug", "27 aug"} <= _found(chat, "DATE_OF_BIRTH")
    # the writer's own day in such a list
    assert "9 september" in _found("de verjaardagslijst: Geert 2 maart, ik 9 september, Hennie 4 mei", "DATE_OF_BIRTH")
    # a day after a heading of another kind is no birthday
    assert not _found("vergaderingen in augustus: bestuur 12 aug en leden 27 aug", "DATE_OF_BIRTH")


def test_a_live_chats_label_with_its_clock_before_the_colon() -> None:
    chat = (
        "Bezoeker 14:01: hoi, ik wil een taart\nMedewerker (Hennegien) 14:03: Goedemiddag!\nBezoeker 14:05: zaterdag\n"
        "Medewerker (Hennegien) 14:06: Prima!"
    )
    assert found_list(chat, "PERSON").count("Hennegien") == 2


def test_dates_read_out_in_english() -> None:
    call = "Medewerker: En uw geboortedatum?\nBeller: Born the ninth of October, nineteen seventy-two. Negen oktober."
    assert "ninth of October, nineteen seventy-two" in _found(call, "DATE_OF_BIRTH")
    assert "March twenty-first, two thousand and three" in _found(
        "Beller: my daughter's birthday is March twenty-first, two thousand and three.", "DATE_OF_BIRTH"
    )
    assert "seven May eighty-one" in _found("Beller: date of birth seven May eighty-one, yes", "DATE_OF_BIRTH")
    # another event's day read out is no birth date
    assert not _found("Beller: the delivery is on the ninth of October, twenty twenty-six.", "DATE_OF_BIRTH")


def test_copies_with_the_clock_between_wide_blanks_a_weekday_before_the_date_and_a_listed_surname() -> None:
    slack = (
        "wubbo  20:43  ik zeg niks\nGeertje Smeets  20:44  hij heet Tiest\nwubbo  20:47  contributie\n"
        "Geertje Smeets  20:55  harmonie"
    )
    assert found_list(slack, "PERSON").count("wubbo") == 2
    assert found_list(slack, "PERSON").count("Geertje Smeets") == 2
    desk = (
        "di 05-10 07:58 · Hennegien (Kikkerdril): Goedemorgen\ndi 05-10 08:02 · Iryna: dank u\n"
        "di 05-10 08:05 · Hennegien (Kikkerdril): Graag gedaan"
    )
    assert found_list(desk, "PERSON").count("Hennegien") == 2
    # a title before the speaker's name stays outside it
    titled = (
        "[03-04-26 08:12] ds. Wiebe Hofstra: Goedemorgen\n[03-04-26 08:20] Anne: dank\n"
        "[03-04-26 08:40] ds. Wiebe Hofstra: ok"
    )
    assert found_list(titled, "PERSON").count("Wiebe Hofstra") == 2


def test_a_street_after_frisians_words_for_living_there() -> None:
    assert "Easterdijk" in _found("jo wenje noch oan de Easterdijk yn Surhuzum?", "LOCATION")
    assert "Sudergodijk" in _found("hy wennet no oan de Sudergodijk, tichtby it doarp", "LOCATION")
    # a thing they live by is no street
    assert not _found("wy wenje oan de kust, tichtby it wetter", "LOCATION")


def test_no_card_read_out_of_an_ibans_groups_and_the_next_lines_phone() -> None:
    text = "Refund to my card please, or to my account RO38 BTRL 7924 4026 8599 5289.\nMy phone: 06-07 86 66 61. Thanks"
    assert not _found(text, "CREDIT_CARD")
    assert "06-07 86 66 61" in _found(text, "PHONE_NUMBER")
    # a speaker's name that holds "tel" names no phone: the card goes on in the next turn
    broken = "Mijn creditcard: 5372 7175\n[10:01] Chantel: 8938 5812"
    assert _found(broken, "CREDIT_CARD") == {"5372 7175", "8938 5812"}


def test_no_bsn_of_a_numbers_end_and_the_next_rows_first_cell() -> None:
    csv = "nr;naam;mobiel\n101;Jelle Bos;Hiske 06-48 12 70 35\n102;Anne Bos;06-11 58 29 63"
    assert not _found(csv, "NL_BSN")
    assert "06-48 12 70 35" in _found(csv, "PHONE_NUMBER")


def test_a_workers_or_drivers_key_and_a_surname_first_in_capitals() -> None:
    log = 'level=info msg="badge in" worker="Hrytsenko Oksana" terminal=hal-2\nlevel=info driver="Tomasz Wrona" route=7'
    assert {"Hrytsenko Oksana", "Tomasz Wrona"} <= _found(log, "PERSON")
    # a worker that is a process is no one
    assert not _found('job=nightly worker="export-3" status=ok', "PERSON")
    sql = "INSERT INTO werkers VALUES\n(4102,'PETKOVA','Ivanka','1988-10-12','Haskovo','103756553');"
    assert {"PETKOVA", "Ivanka"} <= _found(sql, "PERSON")
    # a code in capitals before a first name is no surname
    assert "NULL" not in _found("INSERT INTO t VALUES (7,'NULL','Ivanka','1988-10-12','103756553');", "PERSON")


def test_turning_an_age_in_frisian_english_and_portuguese() -> None:
    assert "3 juny" in _found("Beppe wurdt 3 juny 90 jier! wy fiere it", "DATE_OF_BIRTH")
    assert "9 may" in _found("i become 30 on 9 may so cake is on me", "DATE_OF_BIRTH")
    assert "2 de março" in _found("eu faço anos a 2 de março, vens?", "DATE_OF_BIRTH")
    # a sum or a thing that becomes something is no person's birthday
    assert not _found("the rent becomes 650 on 1 march", "DATE_OF_BIRTH")


def test_a_birthdays_day_in_brackets() -> None:
    assert "7 maart" in _found("let op: Sjoerdje is die dag jarig (7 maart) dus er is taart", "DATE_OF_BIRTH")
    # another day in brackets after the word is no birthday of that day
    assert not _found("ik ben jarig, het feest is later (7 maart om 20u)", "DATE_OF_BIRTH")


def test_spanish_birthdays_with_the_age_after_or_a_right_after() -> None:
    assert "21 de mayo" in _found("mi abuela cumple 21 de mayo, 88 años, viene de Cali", "DATE_OF_BIRTH")
    assert "4 de marzo" in _found("el cumple de Yeray es el 4 de marzo verdad? le compro algo", "DATE_OF_BIRTH")
    # a year after the day is the date's, no age ("cumple 21 de mayo, 88" alone says nothing of an age)
    assert not _found("la tienda cierra el 21 de mayo, 88 empleados", "DATE_OF_BIRTH")
