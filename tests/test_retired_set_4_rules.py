"""Issue 12, general rules for the misses of the retired hand-written set retired_4 and the chats and logs of
tuning_24 (names, dates of birth, BSNs; places are another fixer's): a BSN given in a chat a few turns after the
turn that asked for it; a date of birth typed one digit to a box with spaced dashes; a name answering a form's or a
transcript's label before a comma and the next thing said in lower case; a person's role before a speaker's name
(``Verhuurder Sjoerd:``) and a live chat's channel before the speaker (``Coolblue Chat — Jorinde:``); a speaker label
in capitals; initials never taken over a line break; a chat's first name in capitals elsewhere in the chat. The
cases are written here, not copied from the sets."""

from __future__ import annotations

from afscherm.detectors.bsn import BsnRecognizer
from afscherm.detectors.date_of_birth import DateOfBirthRecognizer
from afscherm.detectors.findings import Finding
from afscherm.detectors.name_consistency import propagate_names
from afscherm.detectors.person_name import PersonNameRecognizer, plausible_span


def spans(findings: list[Finding], text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in findings if f.entity_type == entity]


# --- a BSN answering a turn a few lines above that asked for it ---------------------------------------------------

ASKED = "noor: stuur je me je burgerservicenummer even?\nbas: waarvoor\nnoor: de zorgverzekering\nbas: 1112 22333\n"


def test_a_bsn_in_odd_groups_answering_a_bsn_question_a_few_turns_up() -> None:
    assert spans(BsnRecognizer().find(ASKED), ASKED, "NL_BSN") == ["1112 22333"]


def test_no_bsn_word_above_leaves_odd_groups_alone() -> None:
    text = "noor: stuur je me je klantnummer even?\nbas: waarvoor\nnoor: de zorgverzekering\nbas: 1112 22333\n"
    assert spans(BsnRecognizer().find(text), text, "NL_BSN") == []


def test_another_number_named_after_the_bsn_word_takes_the_answer() -> None:
    text = "noor: je bsn heb ik al\nbas: en het polisnummer?\nnoor: 1112 22333\n"
    assert spans(BsnRecognizer().find(text), text, "NL_BSN") == []


def test_a_bsn_word_many_lines_up_is_too_far() -> None:
    text = (
        "noor: mijn bsn staat in de mail van gisteren\nbas: ok die zoek ik op\nnoor: zaterdag nog tijd voor koffie?"
        "\nbas: ja prima, om tien uur bij de markt\nnoor: en je nieuwe pasnummer?\nbas: 1112 22333\n"
    )
    assert spans(BsnRecognizer().find(text), text, "NL_BSN") == []


# --- a date of birth one digit to a box, the parts parted by spaced dashes ----------------------------------------


def test_boxed_digits_with_spaced_dashes_after_a_birth_label() -> None:
    for text, date in (
        ("Geboortedatum:  1 4 - 0 3 - 1 9 8 1\nNationaliteit: NL", "1 4 - 0 3 - 1 9 8 1"),
        ("geb. datum 0 2 / 1 1 / 1 9 5 5", "0 2 / 1 1 / 1 9 5 5"),
    ):
        assert spans(DateOfBirthRecognizer().find(text), text, "DATE_OF_BIRTH") == [date], text


def test_boxed_digits_of_another_date_are_no_birth_date() -> None:
    text = "Datum ondertekening: 1 4 - 0 3 - 2 0 2 5"
    assert spans(DateOfBirthRecognizer().find(text), text, "DATE_OF_BIRTH") == []


# --- a name before a comma and the next thing said in lower case -------------------------------------------------


def test_a_name_answering_a_label_stops_at_the_comma_before_lower_case() -> None:
    text = "Balie: Uw naam en leeftijd?\nPatiënt: Sanne Hofman, achtendertig jaar.\n"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == ["Sanne Hofman"]


def test_the_registers_surname_comma_given_names_stays_whole() -> None:
    for text, name in (("Naam: HOFMAN, SANNE\n", "HOFMAN, SANNE"), ("Naam: Hofman, S. de\n", "Hofman, S. de")):
        assert spans(PersonNameRecognizer().find(text), text, "PERSON") == [name], text


# --- a person's role before a speaker's name; a live chat's channel before the speaker ----------------------------


def test_a_persons_role_before_a_speakers_name_leaves_the_name() -> None:
    text = "[03-04-2026 10:00] Huurder Mirjam: de kraan lekt\n[03-04-2026 10:05] Karel: ik stuur iemand\n"
    found = spans(PersonNameRecognizer().find(text), text, "PERSON")
    assert "Mirjam" in found
    assert not any("Huurder" in f for f in found)


def test_a_channel_before_a_dash_and_the_speaker() -> None:
    text = "Webwinkel Chat — Bezoeker Fatima: waar blijft mijn pakket\nWebwinkel Chat — Gijs: ik kijk even\n"
    found = spans(PersonNameRecognizer().find(text), text, "PERSON")
    assert "Fatima" in found
    assert "Gijs" in found
    assert not any("Webwinkel" in f or "Bezoeker" in f for f in found)


def test_a_channel_before_a_word_label_is_no_name() -> None:
    text = "Webwinkel Chat — Status: gesloten\nWebwinkel Chat — Bezoeker: hallo?\n"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == []


def test_a_role_speaking_among_named_speakers_is_no_name() -> None:
    text = "Medewerker: met Gemeente, u spreekt met Ilse.\nInwoner: hallo\nIlse: zegt u het maar\nInwoner: ik " \
        "verhuis\nIlse: naar waar?\n"  # fmt: skip
    found = spans(PersonNameRecognizer().find(text), text, "PERSON")
    assert "Inwoner" not in found
    assert found.count("Ilse") == 3


# --- a speaker label in capitals -----------------------------------------------------------------------------------


def test_a_listed_first_name_in_capitals_speaks() -> None:
    text = "MARIEKE: WAAR BLIJF JE NOU\nDaan: sta in de file\nMARIEKE: OK\n"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON").count("MARIEKE") == 2


def test_a_label_or_a_word_like_name_in_capitals_is_no_speaker() -> None:
    text = "LET OP: niet parkeren\nTOTAAL: 12 euro\nROOS: zijn verwelkt\nNAAM: \n"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == []


# --- initials never over a line break; a first name in capitals elsewhere in the chat ----------------------------


def test_a_line_ending_in_a_capital_and_a_dot_lends_no_initial() -> None:
    text = "Klant: postcode is 1234 A B.\nEvelien: dank u\nKlant: graag gedaan\n"
    found = PersonNameRecognizer().find(text)
    assert spans(propagate_names(text, None, found), text, "PERSON") == ["Evelien"]


def test_initials_on_the_names_line_are_still_taken() -> None:
    text = "Contact: J.P. Dijkgraaf belt terug.\n"
    found = [Finding(text.index("Dijkgraaf"), text.index("Dijkgraaf") + 9, "PERSON", 0.85, "PersonNameRecognizer")]
    assert spans(propagate_names(text, None, found), text, "PERSON") == ["J.P. Dijkgraaf"]


def test_a_speakers_first_name_in_capitals_in_a_caps_lock_turn() -> None:
    text = "Sander: heb je de sleutels?\nMAM: NEE DIE HEEFT SANDER TOCH\nSander: oh ja\n"
    found = PersonNameRecognizer().find(text)
    assert "SANDER" in spans(propagate_names(text, None, found), text, "PERSON")


def test_a_word_in_capitals_is_no_name_without_its_name_in_the_chat() -> None:
    text = "Sander: heb je de sleutels?\nMAM: NEE DIE LIGGEN THUIS\n"
    found = PersonNameRecognizer().find(text)
    assert spans(propagate_names(text, None, found), text, "PERSON") == ["Sander"]


# --- an audit log's actor; an OpenVPN client's certificate name before its address ---------------------------------


def test_an_audit_logs_actor_glued_from_an_initial_and_a_surname() -> None:
    for text, login in (
        ('{"ts":"2026-02-03T09:00:00","actor":"mdevries","action":"export"}', "mdevries"),
        ("event=delete actor=kdejong object=dossier/112", "kdejong"),
    ):
        assert spans(PersonNameRecognizer().find(text), text, "PERSON") == [login], text


def test_an_actor_that_is_a_service_account_is_no_name() -> None:
    text = '{"actor":"scheduler","action":"cleanup"} actor=admin'
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == []


def test_an_openvpn_clients_name_before_its_address_and_port() -> None:
    text = "Jan 12 07:55:01 vpn01 openvpn[812]: femke.jansen/84.241.17.9:1194 TLS: Initial packet\n"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == ["femke.jansen"]


def test_a_folder_before_a_slash_is_no_handle() -> None:
    text = "cp femke.jansen/rapport.pdf /tmp\nls femke.jansen/2026/"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == []


# --- a lower-case speaker's shortened particle or initial --------------------------------------------------------


def test_a_lower_case_speaker_with_a_shortened_particle_or_an_initial() -> None:
    text = "[10:02] petra v leeuwen: wie neemt de taart mee\n[10:05] koen: ik\n[10:06] maaike d: ik de slingers\n"
    found = spans(PersonNameRecognizer().find(text), text, "PERSON")
    assert "petra v leeuwen" in found
    assert "maaike d" in found


def test_a_speaker_before_a_word_and_no_surname_stays_a_first_name() -> None:
    text = "koen v de planning: wat\n"
    assert "koen v de planning" not in spans(PersonNameRecognizer().find(text), text, "PERSON")


# --- a birthday without a year that the sentence says someone was born on ----------------------------------------


def test_a_day_and_month_someone_was_born_on() -> None:
    for text, day in (
        ("Sanne heeft feest, 9 juni is ze geboren, ze wordt 30.", "9 juni"),
        ("Mijn broer is geboren op 23 oktober.", "23 oktober"),
    ):
        assert spans(DateOfBirthRecognizer().find(text), text, "DATE_OF_BIRTH") == [day], text


def test_a_birthday_party_or_a_due_date_is_no_birth_date() -> None:
    # ("Sanne is jarig op 9 juni": a birthday without its year is a part of a birth date since the eighteenth session)
    for text in (
        "Sanne is jarig, het feest is op 9 juni, kom je?",
        "De baby wordt geboren op 23 oktober, de uitgerekende datum.",
    ):
        assert spans(DateOfBirthRecognizer().find(text), text, "DATE_OF_BIRTH") == [], text


# --- a signature's name before its firm; thanks and the writer's first name on the last line ---------------------


def test_a_signatures_name_before_a_bar_and_its_firm() -> None:
    text = "Uw pakket is onderweg.\nMet vriendelijke groet,\nMirjam | Klantenservice Tuincentrum De Linde\n"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == ["Mirjam"]


def test_thanks_and_a_first_name_on_the_last_line() -> None:
    text = "Kun je de sleutels bij de buren leggen?\nAlvast bedankt! Hanneke"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == ["Hanneke"]


def test_thanks_and_a_word_on_the_last_line_is_no_name() -> None:
    text = "Kun je de sleutels bij de buren leggen?\nBedankt! Groen"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == []


# --- a surname and given name in capitals in a row's cell ---------------------------------------------------------


def test_a_surname_and_given_name_in_capitals_in_a_statement_row() -> None:
    text = "Datum;Omschrijving;Rekening;Bedrag\n20260301;NOWAK MAREK;NL91ABNA0417164300;120,00\n"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == ["NOWAK MAREK"]


def test_a_shop_in_capitals_in_a_statement_row_is_no_name() -> None:
    text = (
        "Datum;Omschrijving;Rekening;Bedrag\n20260301;JUMBO ZWOLLE;NL91ABNA0417164300;12,00\n20260302;ANWB BV;;3,00\n"
    )
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == []


# --- an initial without its dot after tnv --------------------------------------------------------------------------


def test_an_initial_without_its_dot_and_a_surname_after_tnv() -> None:
    for text, name in (("stuur maar naar NL91ABNA0417164300 tnv m el idrissi", "m el idrissi"),
                       ("iban NL91ABNA0417164300 tnv k van den berg, bedankt", "k van den berg")):  # fmt: skip
        assert name in spans(PersonNameRecognizer().find(text), text, "PERSON"), text


def test_a_letter_and_a_word_after_tnv_is_no_name() -> None:
    text = "tnv a graag"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == []


# --- a place that is a surname after its particle ------------------------------------------------------------------


def test_a_place_after_a_surnames_particle_in_a_name_is_the_persons() -> None:
    text = "Behandelaar: dr. P.J. v/d Veen\n"
    name = text.index("v/d Veen")
    found = [
        Finding(name, name + 8, "PERSON", 0.7, "PersonNameRecognizer"),
        Finding(name + 4, name + 8, "LOCATION", 0.75, "PlaceNameRecognizer"),
    ]
    after = propagate_names(text, None, found)
    assert spans(after, text, "LOCATION") == []
    assert spans(after, text, "PERSON") == ["P.J. v/d Veen"]


def test_a_place_after_van_in_a_name_stays_a_place() -> None:
    text = "Ria van Zwolle belt morgen.\n"
    name = text.index("Ria")
    found = [
        Finding(name, name + 14, "PERSON", 0.7, "PersonNameRecognizer"),
        Finding(name + 8, name + 14, "LOCATION", 0.75, "PlaceNameRecognizer"),
    ]
    assert spans(propagate_names(text, None, found), text, "LOCATION") == ["Zwolle"]


# --- a device named after a double first name glued together -------------------------------------------------------


def test_a_device_named_after_a_glued_double_first_name() -> None:
    text = "DHCPREQUEST for 10.0.0.23 from 3c:22:fb:90:11:ab (NB-GERTJAN) via eth0"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == ["GERTJAN"]


def test_a_device_named_after_a_room_is_no_name() -> None:
    text = "DHCPREQUEST for 10.0.0.24 from 3c:22:fb:90:11:ac (LAPTOP-VERGADERZAAL) via eth0"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == []


# --- a double surname whose first half is a word after tnv; a title before lower-case initials --------------------


def test_a_double_surname_after_tnv_whose_first_half_is_a_word() -> None:
    text = "overmaken naar NL91ABNA0417164300 tnv a.m. bakker-visser graag"
    assert "a.m. bakker-visser" in spans(PersonNameRecognizer().find(text), text, "PERSON")


def test_a_title_before_lower_case_initials_vouches_for_a_word_surname() -> None:
    text = "verwijzing voor fysiotherapie\ndr. k. bakker, huisarts"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == ["k. bakker"]


def test_lower_case_initials_and_a_word_without_a_title_stay_words() -> None:
    text = "zie ook p. bakker wacht op je"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == []


# --- a year spoken with its century glued on; a titled surname's initials after a comma ---------------------------


def test_a_spoken_year_with_its_century_glued_on() -> None:
    text = "Agent: uw geboortedatum?\nBeller: twaalf maart negentienachtenzestig\n"
    found = spans(DateOfBirthRecognizer().find(text), text, "DATE_OF_BIRTH")
    assert found == ["twaalf maart negentienachtenzestig"]


def test_a_titled_surname_keeps_its_initials_after_a_comma() -> None:
    text = "ZORGAPOTHEEK\nMevr. Hoekstra, W.  03-07-1944\nMetformine 500 mg"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == ["Hoekstra, W."]


def test_the_initials_of_the_next_name_in_a_list_stay_with_it() -> None:
    text = "Aanwezig: mevrouw Hoekstra, W. Bakker en de voorzitter."
    found = spans(PersonNameRecognizer().find(text), text, "PERSON")
    assert "Hoekstra" in found
    assert "W. Bakker" in found


# --- initials and a surname in capitals; a surname said after its cue with a capital or an Arabic particle ---------


def test_initials_and_a_surname_in_capitals() -> None:
    for text, name in (
        ("Factuur aan: J.H. VAN DEN HEUVEL\nBedrag: 80,00", "J.H. VAN DEN HEUVEL"),
        ("03-02  Van:  K DEKKER                 +45,00", "K DEKKER"),
    ):
        assert spans(PersonNameRecognizer().find(text), text, "PERSON") == [name], text


def test_a_letter_and_words_in_capitals_are_no_name() -> None:
    text = "ZIE BIJLAGE A BAKKERIJ\nOPTIE B DAARNA\nTYPE A DE LUXE"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == []


def test_a_surname_said_with_its_capital_or_an_arabic_particle() -> None:
    for text, name in (
        ("Beller: mijn achternaam is Hoogeveen, hotel oscar oscar", "Hoogeveen"),
        ("Klant: voornaam samira, achternaam el amrani.", "el amrani"),
    ):
        assert name in spans(PersonNameRecognizer().find(text), text, "PERSON"), text


def test_a_bare_achternaam_before_a_word_is_no_name() -> None:
    text = "Klant: achternaam graag ook even doorgeven"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == []


# --- a driving licence's layout without its heading; an empty particle column between given name and surname -------


def test_a_licences_numbered_fields_without_the_word_rijbewijs() -> None:
    text = "1. DEKKER\n2. ANOUK JOHANNA\n3. 02.03.1988 ZWOLLE\n4a. 01.02.2020"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == ["DEKKER", "ANOUK JOHANNA"]


def test_a_numbered_list_is_no_licence() -> None:
    text = "Stappen:\n1. Open Instellingen\n2. Kies Account\n3. 12.5 procent korting geldt"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == []


def test_a_null_particle_column_between_a_given_name_and_a_surname() -> None:
    text = "(2077, 'Anouk', NULL, 'Dekker', 'Stationsweg 4')"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == ["Anouk", "Dekker"]


# --- a Windows account domain\user; a quoted login after gebruiker --------------------------------------------------


def test_a_windows_account_and_a_quoted_login() -> None:
    for text, login in (
        ("2026-04-02 08:00:01 aanmelding geslaagd: GEMEENTE\\pdevries op werkplek WS-0412", "pdevries"),
        ("2026-04-02 08:00:02 gebruiker 'mjansen' heeft zaak 12 gesloten", "mjansen"),
    ):
        assert spans(PersonNameRecognizer().find(text), text, "PERSON") == [login], text


def test_a_windows_path_or_a_service_account_is_no_login_name() -> None:
    text = "bestand D:\\Archief\\jansen.pdf door GEMEENTE\\svcbackup, gebruiker 'admin'"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == []


# --- a mention's handle of a first name and an initial -------------------------------------------------------------


def test_a_mention_of_a_first_name_and_an_initial() -> None:
    text = "[bot] bericht van @femke_v: kan iemand de printer resetten?"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == ["femke_v"]


def test_a_mention_of_a_domain_is_no_name() -> None:
    text = "stuur het naar @femke.nl of @team_it"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == []


# --- a chat channel's word marks an organisation --------------------------------------------------------------------


def test_a_shops_chat_channel_is_no_person() -> None:
    text = "Tuinland Chat — Bezoeker Marloes: mijn bestelling?\nTuinland Chat — Wesley: ik kijk even\n"
    # (neither the whole nor the channel's word alone: the model read "Coolblue Chat" as a person)
    assert plausible_span(text, 0, len("Tuinland Chat")) is None
    marloes = text.index("Marloes")
    assert plausible_span(text, marloes, marloes + 7) == (marloes, marloes + 7)
