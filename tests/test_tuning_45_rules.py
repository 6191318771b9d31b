"""Rules from the misses of the blind tuning set tuning_45 (issue 12), shown on examples written apart from the set."""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def _found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity]


def test_a_mobile_number_the_numbering_plan_hands_out_to_no_one_is_still_a_phone_number() -> None:
    # 067 and 069 are no mobile ranges: phonenumbers rejects them, yet that is how the writer gave the number
    assert _found("zijn moeder is bereikbaar op 06 9081 2273, na vijven", "PHONE_NUMBER") == ["06 9081 2273"]
    assert _found("app me: 06-70 55 81 36", "PHONE_NUMBER") == ["06-70 55 81 36"]
    assert _found("geleverd op 06-07-2023 om 10:15", "PHONE_NUMBER") == []


def test_a_capitalised_name_no_list_knows_after_a_word_of_family() -> None:
    assert _found("Tante Mebrahtu haalt hem vrijdag op", "PERSON") == ["Mebrahtu"]
    assert _found("gisteren was zwager Oluwaseun er ook", "PERSON") == ["Oluwaseun"]
    # a role takes a department, no name; a compound is no name either
    assert _found("vraag het aan teamleider Wmo", "PERSON") == []
    assert _found("mijn vrouw Klantenservice gebeld", "PERSON") == []


def test_the_one_of_a_family_by_its_surname_in_lower_case() -> None:
    assert _found("heb je de ladder nog? die van brouwer van hiernaast", "PERSON") == ["brouwer"]
    assert _found("nee die van kuipers wil niet", "PERSON") == ["kuipers"]
    # a surname that is a word too only with a neighbour's place after it
    assert _found("de melk, die van de boer, is op", "PERSON") == []
    assert _found("die van de bakker op de hoek", "PERSON") == []
    assert _found("die van de bakker van de overkant", "PERSON") == ["de bakker"]
    assert _found("ik heb alleen die van mama", "PERSON") == []


def test_initials_after_their_label_in_the_middle_of_a_forms_row() -> None:
    row = "Achternaarn  Oosterbroek     Voorletters  H.G.     Geboortedaturn  11-02-1966"
    assert "H.G." in _found(row, "PERSON")
    assert "K.L." in _found("Naam: Oosterbroek   Initialen: K.L.\nAdres: onbekend", "PERSON")
    assert _found("Kenmerk  AB-12     Voorletters  n.v.t.", "PERSON") == []


def test_an_emoji_is_no_place() -> None:
    text = "werkt hij nog bij Wu's Garden in leusden? dat is zijn broer z'n zaak 🙃"
    assert _found(text, "LOCATION") == ["leusden"]


def test_a_name_key_vouches_for_its_value_written_surname_first_with_given_names_no_list_holds() -> None:
    assert _found('stop=7 klant="Amankwah-Visser, Efua" slot=10:00', "PERSON") == ["Amankwah-Visser, Efua"]
    assert _found('{naam: "Tjoa, Swie Lan", tel: null}', "PERSON") == ["Tjoa, Swie Lan"]


def test_a_first_name_that_is_a_word_opening_a_sentence_before_a_verb_of_speaking() -> None:
    assert _found("Koos belde vanochtend over de sleutels.", "PERSON") == ["Koos"]
    assert _found("Dat klopt. Roos vertelde het gisteren al.", "PERSON") == ["Roos"]
    assert _found("Roos is een mooie bloem.", "PERSON") == []


def test_a_double_woonplaats_said_by_its_second_name_and_an_informal_town_name() -> None:
    assert _found("die werkt in hardinxveld, zij in giessendam", "LOCATION") == ["hardinxveld", "giessendam"]
    assert _found("we gaan richting giessendam rijden", "LOCATION") == ["giessendam"]
    assert _found("we rijden eerst naar gorcum", "LOCATION") == ["gorcum"]
    # a second name after a word is a region, a river or a brand: not read on its own
    assert _found("neem jij een krat amstel mee?", "LOCATION") == []


def test_a_birthday_with_a_chat_word_between_the_age_and_the_day() -> None:
    assert _found("opa wordt 90 hè op 2 februari, komen jullie?", "DATE_OF_BIRTH") == ["2 februari"]
    assert _found("opa wordt 90 hè, op 2 februari is het feest", "DATE_OF_BIRTH") == []
