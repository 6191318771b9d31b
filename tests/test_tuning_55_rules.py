"""Rules from the blind tuning sets tuning_55 and tuning_56 (issue 12), each tried on examples written apart from the
sets: a Discord copy's handles in bold; a customer's name typed in lower case in brackets after the role; a mail
header's display name; the name on the door bell and "my name" without its verb; lower-case names under a lesson's
role keys; a mention of an unlisted member in a pasted channel; birthdays collected in a group chat, several in one
turn; months and leads in Bulgarian, Cape Verdean Kriolu and Papiamentu; ISO dates with one-digit months and in
spaces; streets and postcodes abroad. All names, places and numbers are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found_set as _found


def test_discord_handles_in_bold_head_their_messages() -> None:
    text = (
        "**trainer_wouter** — vandaag om 19:02\nwie neemt de sleutel mee?\n"
        "**femke.vdl** — vandaag om 19:04\nik, staat in mijn tas\n"
        "**trainer_wouter** — vandaag om 19:05\ntop"
    )
    people = _found(text, "PERSON")
    assert {"trainer_wouter", "femke.vdl"} <= people


def test_a_name_in_lower_case_in_brackets_after_the_role() -> None:
    text = (
        "Medewerker (Joyce): Waarmee kan ik helpen?\n"
        "Klant (mbarka zerhouni): mijn pakket is niet bezorgd\n"
        "Medewerker (Joyce): Ik kijk even."
    )
    assert "mbarka zerhouni" in _found(text, "PERSON")
    # One word that no list holds as a name is how the text was made, no person.
    assert not _found("Monteur (spoed): kom morgen om 8 uur langs", "PERSON")


def test_a_mail_headers_display_name_whole() -> None:
    text = "Van: Tran Thi Ngoc Lan <ngoclan.tran@hetnet.nl>\nAan: service@fietsplus.nl\nOnderwerp: garantie"
    assert "Tran Thi Ngoc Lan" in _found(text, "PERSON")
    text = "Van: Ir. Ottolien Brakenhoff-ter Steege <o.brakenhoff@waterschap-voorbeeld.nl>"
    assert "Ottolien Brakenhoff-ter Steege" in _found(text, "PERSON")
    # A team's, a desk's or a firm's name is no person.
    for header in (
        "Van: Onboardingteam Kliqo <hello@kliqo.example>",
        "From: Servicedesk Gemeente Dalfsen <servicedesk@dalfsen.example>",
        "Van: Klantenservice Zonnehuis <info@zonnehuis.example>",
    ):
        assert not _found(header + "\nOnderwerp: uw vraag", "PERSON"), header


def test_the_name_on_the_door_bell_and_my_name_without_its_verb() -> None:
    assert "azzouzi" in _found("bezorg maar op nummer 9, naam op de bel is azzouzi", "PERSON")
    assert "giedre kairyte" in _found("hello my name giedre kairyte, booking for 2 nights", "PERSON")


def test_lower_case_names_under_a_lessons_role_keys() -> None:
    text = 'INFO les gepland docent="bakker, j." cursist="a.pieterse" lokaal=B12 start=09:30'
    assert {"bakker, j.", "a.pieterse"} <= _found(text, "PERSON")
    # A call's result assigned in code is no name.
    assert not _found('  File "app.py", line 9\n    docent = koppel(rooster)\n', "PERSON")


def test_an_unlisted_member_mentioned_in_a_pasted_channel() -> None:
    text = "marloes_k  09:12\n@lubos kun jij de offerte nakijken?\nmarloes_k  09:20\n@everyone koffie staat klaar"
    assert "lubos" in _found(text, "PERSON")
    # Outside a channel an unlisted mention is a shop's or a service's as often.
    assert not _found("klacht gestuurd naar @qliq maar nog geen antwoord", "PERSON")


def test_birthdays_collected_in_a_group_chat() -> None:
    text = (
        "[03-11-26 20:01:12] Wim: voor de verjaardagskalender van het koor, wanneer zijn jullie jarig?\n"
        "[03-11-26 20:03:40] ~ Hennie: 14 augustus 🎶\n"
        "[03-11-26 20:05:02] Gert-Jan: 2 feb en mijn vrouw trudy 19 okt\n"
        "[03-11-26 20:06:31] ~ fleur: marije 6 mei, ik zelf 30-09\n"
        "[03-11-26 20:08:10] ~ Sander: 11-4 en mijn dochter loes is 03.08.2012 (speelt nu ook mee)"
    )
    dates = _found(text, "DATE_OF_BIRTH")
    assert {"14 augustus", "2 feb", "19 okt", "6 mei", "30-09", "11-4", "03.08.2012"} <= dates


def test_a_weekday_before_a_date_makes_no_birthday_answer() -> None:
    text = (
        "[03-11-26 20:01:12] Wim: wanneer zijn jullie jarig?\n"
        "[03-11-26 20:02:00] Hennie: ja vrijdag 20 november repetitie, niet vergeten"
    )
    assert "20 november" not in _found(text, "DATE_OF_BIRTH")


def test_months_and_leads_of_more_languages() -> None:
    for text, value in (
        ("moja majka e родена на 3 септември 1962 в Пловдив", "3 септември 1962"),
        ("Dinis Tavares, nasi na 21 di otubru 1979 na Praia", "21 di otubru 1979"),
        ("mi ta nasi riba 4 di yüli 1985, mi birthday ta 4 di yüli 1985", "4 di yüli 1985"),
    ):
        assert value in _found(text, "DATE_OF_BIRTH"), text


def test_iso_dates_with_one_digit_or_spaces() -> None:
    text = '{"naam": "Wessel Kuipers", "geboortedatum": "1983-7-4", "plaats": "Tiel"}'
    assert "1983-7-4" in _found(text, "DATE_OF_BIRTH")
    assert "1991 02 17" in _found("my date of birth is 1991 02 17, is that ok", "DATE_OF_BIRTH")


def test_streets_and_postcodes_abroad() -> None:
    for text, parts in (
        ("nowy adres: ul. Lipowa 8/2, 31-042 Kraków, od stycznia", {"ul. Lipowa 8/2", "31-042", "Kraków"}),
        ("Envie para Rua das Flores 18, 1200-195 Lisboa por favor", {"Rua das Flores 18", "1200-195", "Lisboa"}),
        ("mi adres nobo ta kaya grandi 5, bandabou", {"kaya grandi 5"}),
        ("Lakcím: Kossuth utca 12, Debrecen", {"Kossuth utca 12"}),
    ):
        assert parts <= _found(text, "LOCATION"), text
    for text in ("stuur het via de app 3 keer", "Huur via Verhuurbureau Smit loopt per 1 mei af."):
        assert not _found(text, "LOCATION"), text


def test_streets_of_more_endings_read_out_with_the_postcode() -> None:
    text = "Beller: Ik woon in Nieuwveen, Molenbaan zeventien, twee vier zes acht, K R."
    assert {"Molenbaan zeventien", "twee vier zes acht, K R"} <= _found(text, "LOCATION")
    text = "Planner: En uw adres?\nBeller: Schapenpad achtentwintig, vier drie één nul, Goes."
    assert {"Schapenpad achtentwintig", "vier drie één nul"} <= _found(text, "LOCATION")
    # A count after a path is no house number.
    assert not _found("we lopen het fietspad twee keer per dag", "LOCATION")


def test_a_place_no_list_holds_after_an_address() -> None:
    # Zuidwijk is a hamlet the BAG names no woonplaats; "r'dam" is Rotterdam shortened; a place typed in two words.
    for text, place in (
        ("Adres: beukenlaan 14 zuidwijk (2471 KP)\nTelefoon: 06 1234 5678", "zuidwijk"),
        ("nieuw adres pijlstraat 7 r'dam\nok", "r'dam"),
        ("my address Dorpsweg 3 hazers woude\nthanks", "hazers woude"),
    ):
        assert place in _found(text, "LOCATION"), text
    # A word of the dictionary after the number is the sentence going on.
    assert _found("adres: Kerkstraat 12 morgen\nok", "LOCATION") == {"Kerkstraat 12"}


def test_a_vietnamese_name_family_name_first() -> None:
    for text, name in (
        ("Namens mijn moeder Tran Thi Hue (81 jaar) vraag ik om inzage", "Tran Thi Hue"),
        ('contactpersoon: "Dang Minh Tuan", telefoon +84 912 345 678', "Dang Minh Tuan"),
    ):
        assert name in _found(text, "PERSON"), text
    assert not _found("Le Monde schreef er gisteren over", "PERSON")
