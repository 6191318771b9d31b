"""Issue 12, general rules for the name and birth-date misses of the hand-written tuning sets (retired_1..5,
tuning_2..28): a capitalised first name that opens a message or a sentence, alone there or before a verb a person
does (``Sjoukje: Hylke?``, ``Sophie: Daan rijdt``); someone else's surname said with ``heet``/``heten``; a particle
surname in lower case listed with a name found (``lisa en de haan``); a birthday without its year on which someone
turns an age (``opa op 3 februari 80 wordt``) or that a person by first name ``is van``. The cases are written here,
not copied from the sets."""

from __future__ import annotations

from tests.recognizer_helpers import births, persons

# --- a first name opening a message or a sentence -------------------------------------------------------------------


def test_a_first_name_opening_a_message_alone_or_before_a_persons_verb_is_a_name() -> None:
    assert persons("Marloes: Jorien?") == ["Marloes", "Jorien"]  # a question for whoever is named
    assert persons("[18:40] Kevin: Thijmen! kom je eten") == ["Kevin", "Thijmen"]
    # a name that is also a word, after a speaker's colon, before a verb a person does
    assert persons("Wendy: Roos rijdt zaterdag") == ["Wendy", "Roos"]
    # a sentence's start inside a message: after "!!" the capital is the sentence's, the verb a person's
    assert persons("Gert: Hij is er!! Fenna is vannacht geboren") == ["Gert", "Fenna"]


def test_a_word_a_month_or_a_title_at_a_messages_start_is_left_alone() -> None:
    assert persons("Wendy: Juni komt eraan") == ["Wendy"]  # a month
    assert persons("Roos?") == []  # a name that is also a word, with no speaker's label nor a verb
    assert persons("Wendy: Roos is mooi, tulp ook") == ["Wendy"]  # a word (a flower) before no person's verb
    # a name that is also a word after a sentence's end, no speaker's colon: the word's capital is the sentence's
    assert persons("Het regende de hele week. Roos komt nu pas op") == []


# --- someone else's name said with "heet", "heten", "heette" --------------------------------------------------------


def test_a_surname_said_to_be_someones_name_is_a_name() -> None:
    assert persons("joost: de nieuwe buren heten de groot volgens mij") == ["joost", "de groot"]
    assert persons("joost: die monteur heet van leeuwen") == ["joost", "van leeuwen"]
    assert persons("Bas: de makelaar heette Van Wijngaarden toch?") == ["Bas", "Van Wijngaarden"]


def test_heet_as_hot_a_question_or_a_word_after_heet_is_left_alone() -> None:
    assert persons("joost: hoe heet de bakker daar ook alweer") == ["joost"]  # a question, no name said
    assert persons("joost: de thee is heet de eerste minuten") == ["joost"]  # hot
    assert persons("joost: die zaak heette toen nog anders") == ["joost"]  # no surname after it
    assert persons("joost: onze hond heet bruin") == ["joost"]  # a word with no particle


# --- a frequent surname with its particle beside a name found, in a list or set against it --------------------------


def test_a_particle_surname_listed_with_or_set_against_a_name_is_a_name() -> None:
    assert persons("stefan: femke en de jong zijn morgen vrij") == ["stefan", "femke", "de jong"]
    assert persons("stefan: de haan en femke zijn morgen vrij") == ["stefan", "de haan", "femke"]
    assert persons("rob: de mentor is nu meneer visser ipv de koning") == ["rob", "visser", "de koning"]


def test_a_thing_or_a_phrase_going_on_beside_a_name_is_left_alone() -> None:
    assert persons("stefan: femke en de kat zijn ziek") == ["stefan", "femke"]  # no surname
    assert persons("stefan: femke en de koning van spanje") == ["stefan", "femke"]  # the phrase goes on
    assert persons("stefan: de koning zwaaide") == ["stefan"]  # no name beside it


# --- a birthday without its year that a sentence makes someone's date of birth -------------------------------------


def test_a_birthday_on_which_someone_turns_an_age_is_a_date_of_birth() -> None:
    # the age gives the year: day and month are the date of birth
    assert births("anouk: niet vergeten dat oma op 12 juni 90 wordt!") == ["12 juni"]
    assert births("bas: hij wordt op 4 oktober zeven, dan mag hij op voetbal") == ["4 oktober"]
    assert births("moeder: ze wordt drie op achtentwintig januari") == ["achtentwintig januari"]
    assert births("opa: ik ben op elf mei jarig en word dan 85") == ["elf mei"]


def test_a_person_by_first_name_who_is_van_a_day_and_month_has_that_birthday() -> None:
    assert births("ella: sanne is van 14 sep, joris weet ik niet") == ["14 sep"]
    # (after a comma the age is a remark on its own; the birthday is a part of a birth date all the same)
    assert births("eva: jarig op 14 november, word 30") == ["14 november"]


def test_a_party_a_price_a_remark_after_a_comma_or_a_period_is_left_alone() -> None:
    assert births("anouk: oma wordt 90! het feest is op 12 juni") == []  # the party's date
    assert births("de huur wordt 1 juli 30 euro hoger") == []  # an amount, no age
    assert births("sanne is van 14 sep tot 20 sep op vakantie") == []  # a period
    assert births("het is van 14 sep, dus oud") == []  # no person named


# --- a person's date with an adverb before "van"; a read-out year after the day and month -------------------------


def test_a_date_after_is_with_an_adverb_before_van_and_a_read_out_year_are_whole_dates_of_birth() -> None:
    assert births("tim: ongelooflijk, hij is echt van 2 april 1936") == ["2 april 1936"]
    text = "ouder: sem is van vier juni tweeduizend negentien maar die zit al op school"
    assert births(text) == ["vier juni tweeduizend negentien"]


def test_a_period_after_is_toch_van_is_left_alone() -> None:
    assert births("ze is toch van 2 april 2024 tot 9 april op kamp") == []


# --- a title's surname that is also a word going on into the sentence; "dokter"; "u" before a name; a double name -----


def test_a_frequent_surname_after_a_title_going_on_and_after_dokter_is_a_name() -> None:
    assert persons("agent: mevrouw visser en wanneer was dat?") == ["visser"]
    assert persons("assistente: morgen kunt u bij dokter veenstra terecht") == ["veenstra"]
    assert persons("Kunt u Merel vragen mij te bellen?") == ["Merel"]
    assert persons("Gert-Jan is er!! 3 kilo 200") == ["Gert-Jan"]


def test_a_word_after_a_title_or_a_month_after_u_is_left_alone() -> None:
    assert persons("agent: meneer wacht al een uur") == []  # a verb after a form of address
    assert persons("Wilt u Mei kiezen of juni?") == []  # a month


# --- a day and month answering when someone's birthday is ----------------------------------------------------------


def test_a_day_and_month_answering_when_a_birthday_is_is_a_date_of_birth() -> None:
    assert births("[19:02] kim: wanneer is bram jarig ook alweer\n[19:03] lot: 12 maart, hij wordt 41") == ["12 maart"]
    # the answering turn's header on a line of its own between
    assert births("Sanne: Wanneer ben jij jarig? Voor de lijst\nRik Smit 10:21\n3 juni!") == ["3 juni"]


def test_a_party_a_question_of_whether_or_a_later_turn_is_left_alone() -> None:
    assert births("kim: wanneer is het feestje voor bram zijn verjaardag?\nlot: 14 maart") == []
    # (a question whether it is soon answered by a day and month is that birthday since the eighteenth session)
    assert births("kim: ben je jarig volgende week?\nlot: ja 14 maart, word 30") == ["14 maart"]
    assert births("kim: wanneer is bram jarig\nlot: geen idee\nkim: 14 maart is de vergadering") == []


# --- a neighbour named by the house number; a speaker before the time; a sentence after an emoji's dot -------------


def test_a_name_before_van_nr_and_a_speaker_before_the_time_are_names() -> None:
    assert persons("Aanwezig: Gerda van nr. 14 en de voorzitter") == ["Gerda"]
    assert persons("koen: en de vries van nummer 3 klaagt weer") == ["koen", "de vries"]
    assert persons("Ook Bo Hendriks van nr 7 doet mee") == ["Bo Hendriks"]
    assert persons("Maaike 09:41: is de lift weer stuk?") == ["Maaike"]
    assert persons("We gaan naar Gent 🇧🇪. Sven komt later") == ["Sven"]  # the emoji's dot ends a sentence


def test_a_thing_before_van_nr_a_label_before_the_time_and_an_abbreviation_are_left_alone() -> None:
    assert persons("koen: de sleutel van nummer 3 ligt hier") == ["koen"]  # a thing's
    assert persons("Huize Zonneweide van nr. 12") == []  # a house's name, no first name
    assert persons("Status 12:30: open") == []  # a label, no name
    assert persons("zie ook blz. Femke komt er later op terug") == []  # an abbreviation's dot: no sentence starts


# --- a kin word or role alone as a chat's speaker -------------------------------------------------------------------


def test_a_kin_word_alone_as_a_speaker_is_no_name_but_a_name_after_it_is() -> None:
    assert persons("[18:45] Mama: wie haalt oma op?\n[18:46] Jens: ik") == ["Jens"]
    assert persons("[18:47] Opa: goed zo") == []
    assert persons("[18:48] Mama Sanne: ik kom ook") == ["Sanne"]  # the name after the kin word still is one


# --- a capitalised first name after the conjunction "dat" ----------------------------------------------------------


def test_a_first_name_after_the_conjunction_dat_is_a_name_an_article_still_blocks() -> None:
    assert persons("vergeet niet dat Merel vrijdag haar rijbewijs haalt") == ["Merel"]
    assert persons("we gaan met de Emma varen") == []  # an article: a ship's, a hospital's name
    assert persons("ik denk dat Juni mooi wordt") == []  # a month


def test_a_department_or_role_in_brackets_after_a_speaker_and_an_interviewer_are_no_names() -> None:
    assert persons("[16:05] Daphne (HR): kun je het sturen?") == ["Daphne"]
    assert persons("[16:11] Nadia (teamlead): ja") == ["Nadia"]
    assert persons("[00:00:04] Interviewer: stel je even voor?") == []
    assert persons("[10:02] Gonny: hoi") == ["Gonny"]  # an unlisted single word speaking at a time stamp still is


def test_a_list_of_birthdays_goes_on_after_the_first_but_not_into_a_thing() -> None:
    assert births("ella: sanne is van 14 sep, joris is 2 maart") == ["14 sep", "2 maart"]
    assert births("ella: sanne is van 14 sep, de winkel is 2 maart dicht") == ["14 sep"]  # a thing's day
