"""Rules from the blind tuning set tuning_62 (issue 12), and a few from earlier sets' chats, each tried on examples
written apart from the sets: Slovak, Czech and Bosnian months; an English birthday by the age turned; a listed street
read out after the place and a comma; the word "postcode" between a street read out and its postcode; someone else's
name given in English; a place of the world's list after English "from"; birthdays said in German, English (month
first), Spanish, Kriolu and Portuguese, or after "jarig", a particle and a comma; the day of the week before a birth
date. All names, places and numbers are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found_set as _found


def test_slovak_czech_and_bosnian_months_in_a_birth_date() -> None:
    assert "3. júna 1990" in _found("Zuzana: ja som sa narodila 3. júna 1990 v Košiciach", "DATE_OF_BIRTH")
    assert "14. března 1979" in _found("Narozen: 14. března 1979, Brno", "DATE_OF_BIRTH")
    assert "9 maj 1988" in _found("Edin: ik ben van 9 maj 1988 haha, 9 mei dus", "DATE_OF_BIRTH")


def test_an_english_birthday_by_the_age_turned() -> None:
    text = "Visitor: can the cake be ready friday? my dad turns 65 on 11 march, we celebrate saturday"
    assert "11 march" in _found(text, "DATE_OF_BIRTH")
    # a price is no age
    assert not _found("the rent turns 650 on 1 march, so we move", "DATE_OF_BIRTH")


def test_a_listed_street_read_out_after_the_place_and_a_comma() -> None:
    text = "Medewerker: En u woont in Eersel?\nBeller: Nee, in Knegsel, Kerkakkers negen. Sinds de zomer."
    assert "Kerkakkers negen" in _found(text, "LOCATION")


def test_the_word_postcode_between_a_street_and_its_postcode_read_out() -> None:
    text = "Beller: wij wonen nu in Knegsel, Kerkakkers twaalf, postcode vijf vijf zeven twee, K, L. Tot dan."
    assert {"Kerkakkers twaalf", "vijf vijf zeven twee, K, L"} <= _found(text, "LOCATION")


def test_someone_elses_name_given_in_english() -> None:
    text = "Visitor: the cake is for my mother, mums name is Iyabo, she turns 70"
    assert "Iyabo" in _found(text, "PERSON")
    # a farm's or a firm's name is no person's
    assert not _found("Visitor: the shop? its name is Spring Valley Farm", "PERSON")


def test_a_place_of_the_worlds_list_after_english_from() -> None:
    text = "Visitor: my brother comes next week, he drives from pleven on monday"
    assert "pleven" in _found(text, "LOCATION")
    # an English word the list also holds as a place is a word after "from"
    assert not _found("Visitor: I know him from mussel farming in Yerseke", "LOCATION") - {"Yerseke"}


def test_a_birthday_after_jarig_a_particle_and_a_comma() -> None:
    text = "[03-12-26 09:02] Wim: en jij bent vrijdag jarig hè, 14 maart. taart mee!"
    assert "14 maart" in _found(text, "DATE_OF_BIRTH")


def test_birthdays_said_in_german_english_spanish_kriolu_and_portuguese() -> None:
    assert "9. März" in _found("Uwe: mein geburtstag ist am 9. März, ich bringe Kuchen", "DATE_OF_BIRTH")
    assert "jun 21" in _found("Marites: tita's bday is jun 21, video call later", "DATE_OF_BIRTH")
    text = "Lucía: mi abuela cumple 90 el 14 de febrero, hacemos fiesta"
    assert "14 de febrero" in _found(text, "DATE_OF_BIRTH")
    assert "9 di maiu" in _found("Nha Djina: nha fidju ta fazi anu 9 di maiu 🎂", "DATE_OF_BIRTH")
    assert "3 de março de 1979" in _found("Rui: nasci 3 de março de 1979, em Braga", "DATE_OF_BIRTH")


def test_the_day_of_the_week_before_a_birth_date_is_part_of_it() -> None:
    text = "Sanne: en ik ben geboren op woensdag 2 juli 1986, dat zegt mijn moeder altijd"
    assert "woensdag 2 juli 1986" in _found(text, "DATE_OF_BIRTH")


def test_a_lower_case_street_its_number_and_its_place_typed_without_a_comma() -> None:
    text = "Joke: kaartje sturen naar hegekamp 14 gieten, ze wordt 90"
    assert {"hegekamp 14", "gieten"} <= _found(text, "LOCATION")
    # a stand, a phase or a field and its number before a place are no street
    assert _found("ze spelen op veld 3 winsum, zaterdag", "LOCATION") == {"winsum"}
