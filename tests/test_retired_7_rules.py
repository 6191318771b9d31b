"""Issue 12, general rules for the name and birth-date misses of retired_7 and the other tuning sets: a chat
header's date after its speaker (``Hidde, 3 dec. 2026 om 10:20:``) is no birth date; a birth date offered for
confirmation and answered by a date opening the next turn; a list of birth dates going on with ``en van`` and whose
(``12-1-58. en van mama 7 april 1960``); ``ze is van`` a recent date that ends the clause; a chat speaker's login
handle in an IRC log (``<sven_w>``), a pasted message with its clock (``tom.v 11:02``) or with a surname that is a
word too (``kees.brouwer:``); a nickname in brackets or quotes between the given names and the surname
(``Wilhelmina (Mien) Gerritsen``); a login name after a user key glued from a first name and a frequent
surname (``user=lottevos``) or an initial and a surname with its particles abbreviated (``username=m.vdheuvel``).
The cases are written here, not copied from the sets."""

from __future__ import annotations

from tests.recognizer_helpers import births, persons

# --- a chat header: the speaker, then the date and the clock ---------------------------------------------------------


def test_a_header_date_after_its_speaker_is_no_birth_date_and_the_answer_below_the_question_is() -> None:
    text = (
        "Marijke Bos, 14 nov. 2025 om 09:02: Voor het formulier heb ik je geboortedatum nodig, Teun\n"
        "Teun, 14 nov. 2025 om 09:07: drie maart negentienhonderd achtentachtig\n"
        "Marijke Bos, 14 nov. 2025 om 09:08: Top"
    )
    assert births(text) == ["drie maart negentienhonderd achtentachtig"]


def test_a_birth_announcement_with_a_clock_and_no_header_colon_keeps_its_date() -> None:
    assert births("Geboren: Jesse, 4 januari 2024 om 03:12, 3400 gram") == ["4 januari 2024"]
    # a birth date written in a message that opens with a header keeps it too
    assert births("Ruud, 2 mei 2025 om 10:14: mijn geboortedatum is 9 april 1977") == ["9 april 1977"]


# --- a birth date offered for confirmation and answered in the next turn ---------------------------------------------


def test_a_date_answering_a_birth_date_offered_for_confirmation_is_a_birth_date() -> None:
    text = (
        "[05-03-2026 08:10] kim: ik vul je geboortedatum in, 14-02-1987 toch?\n"
        "[05-03-2026 08:12] ruben: nee, 15-02-1987 haha"
    )
    assert births(text) == ["14-02-1987", "15-02-1987"]
    # the year slipped, day and month the same
    text = "joke: en oma is geboren op 2-9-1941, of niet?\nhenk: 2-9-1940"
    assert births(text) == ["2-9-1941", "2-9-1940"]


def test_a_later_date_or_no_question_before_it_is_left_alone() -> None:
    # an appointment's date, years after the birth date offered
    text = "kim: geboren 14-02-1987 toch?\nruben: ja, en de afspraak staat op 02-02-2026"
    assert births(text) == ["14-02-1987"]
    text = "kim: geboren 14-02-1987 toch?\nruben: 02-02-2026 heb ik de afspraak"
    assert births(text) == ["14-02-1987"]
    # no question: the next turn's date is not an answer
    text = "kim: ze is geboren op 14-02-1987.\nruben: 13-02-1987 was de bruiloft van haar ouders"
    assert births(text) == ["14-02-1987"]


# --- "en van" and whose birth date comes next ------------------------------------------------------------------------


def test_a_list_of_birth_dates_going_on_with_en_van_and_a_relative_or_a_first_name() -> None:
    text = "jeroen: de geboortedatum van opa is 3-11-49. en van oma 28 augustus 1951."
    assert births(text) == ["3-11-49", "28 augustus 1951"]
    text = "geboren: 02-05-1978, en van sanne 11-10-1980"
    assert births(text) == ["02-05-1978", "11-10-1980"]


def test_en_van_with_a_thing_or_a_recent_date_is_left_alone() -> None:
    # a thing, not a person
    assert births("geboortedatum 3-11-1949, en van de verhuizing 28 augustus 2019") == ["3-11-1949"]
    # a person's word but a date too recent for an adult, no child named
    assert births("geboortedatum 3-11-1949, en van sanne 28 augustus 2024") == ["3-11-1949"]


# --- "ze is van" a recent date ---------------------------------------------------------------------------------------


def test_he_or_she_is_van_a_recent_date_that_ends_the_clause_is_a_birth_date() -> None:
    assert births("wouter: voor de kinderopvang: ze is van 9 oktober 2024 toch?") == ["9 oktober 2024"]
    assert births("hij is van 30-01-2022, dus hij mag naar de peuterspeelzaal") == ["30-01-2022"]


def test_a_period_a_thing_or_the_writer_after_is_van_is_left_alone() -> None:
    assert births("hij is van 9 oktober 2025 tot 12 oktober op kamp") == []  # a period
    assert births("het is van 9 oktober 2025 toch?") == []  # a thing's date
    assert births("ik ben van 9 oktober 2025.") == []  # the writer: an appointment or a list item
    assert births("ze is van 9 oktober 2025 met verlof") == []  # the clause goes on


# --- a speaker's login handle -----------------------------------------------------------------------------------------


def test_a_speakers_handle_in_an_irc_log_or_a_pasted_message_with_its_clock_is_a_name() -> None:
    text = "<femke_d> de printer doet het weer niet\n<ruud> herstart hem maar\n<femke_d> doe ik"
    assert persons(text) == ["femke_d", "ruud", "femke_d"]
    text = "#kantoor\nmarloes.k 09:14  wie heeft de sleutel?\nbert 09:15  ligt in la 2"
    assert persons(text) == ["marloes.k", "bert"]


def test_a_speakers_first_name_and_a_surname_that_is_a_word_too_is_one_name() -> None:
    text = "joris.bakker: wie pakt het ticket op?\nanna.schaap: ik"
    assert persons(text) == ["joris.bakker", "anna.schaap"]


def test_a_handle_that_is_no_speaker_is_left_to_the_other_rules() -> None:
    assert "joris.bakker" not in persons("zie de bijlage joris.bakker.pdf")  # a file name
    assert persons("de release anna.b 10:22 staat gepland") == ["anna"]  # mid-line: no speaker's clock
    assert persons("<html> pagina laadt niet") == []


# --- a nickname between the given names and the surname ---------------------------------------------------------------


def test_a_nickname_in_brackets_or_quotes_between_given_names_and_surname_is_one_name() -> None:
    assert persons("Erflater: Hendrika Maria (Riek) Zwart, wonende te Ede") == ["Hendrika Maria (Riek) Zwart"]
    text = "INSERT INTO leden VALUES (12, 'Johannes (Hans) van Dijk', 'bestuur');"
    assert persons(text) == ["Johannes (Hans) van Dijk"]
    assert persons('contact:\n  naam: Theodorus "Theo" Mulder') == ['Theodorus "Theo" Mulder']


def test_brackets_after_no_given_name_or_before_no_surname_are_left_alone() -> None:
    # a firm's name and the place in brackets: no given name before it, no surname after it
    assert persons("Bakkerij Mulder (Ede) Groep") == []
    # a given name, a bracketed word and a capitalised word that is no listed surname (a sentence's start after it)
    assert not any("(" in name for name in persons("Erflater is Hendrika (Riek). Daarna volgt Zwart"))


# --- a login name after a user key ------------------------------------------------------------------------------------


def test_a_login_of_a_first_name_glued_to_a_frequent_surname_after_a_user_key_is_a_name() -> None:
    assert persons("2026-03-02 08:14:55 sshd: session opened user=evadekker from 10.0.4.7") == ["evadekker"]
    assert persons("postfix/smtpd: sasl_method=PLAIN, sasl_username=j.vdberg") == ["j.vdberg"]


def test_a_service_account_or_a_handle_without_a_key_is_left_alone() -> None:
    assert persons("2026-03-02 08:14:55 cron: job ran as user=backupbeheer") == []
    assert persons("2026-03-02 08:14:55 cron: job ran as user=testaccount") == []
    assert persons("zie ook j.vdberg in de map") == []  # no key before it
