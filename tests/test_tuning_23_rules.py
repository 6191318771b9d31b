"""Issue 12, general rules for the misses of the hand-written tuning set of chats tuning_23: a role written with a
capital before a speaker's name (``Medewerker Jolanda:``); a day of one to nineteen written as a word before a
month's name and a year in digits after a birth cue (``geboren op vier april 1941``); a house number's addition of a
floor, an abbreviated door colour, a Belgian box or a flat's code (``61-3hoog``, ``12 rd``, ``88 bus 2``, ``17 a01``),
the place after it kept; a lower-case business word after a determiner and before "van" a common noun (``die
boerderij van sietse``: a person's farm, not a business); a town after a distance (``zo ver weg van nijmegen``, ``10
km van assen``); a text message's sender after ``dit is`` / ``hier is``, and a first name before ``van`` and a name
a business word heads (``Chantal van Kapsalon Marieke``) is the person without her employer. The cases are written here,
not copied from the set."""

from __future__ import annotations

from afscherm.detectors.date_of_birth import DateOfBirthRecognizer
from afscherm.detectors.findings import Finding
from afscherm.detectors.location import LocationRecognizer
from afscherm.detectors.org_guard import drop_org_persons
from afscherm.detectors.person_name import PersonNameRecognizer
from afscherm.detectors.place_names import PlaceNameRecognizer


def spans(findings: list[Finding], text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in findings if f.entity_type == entity]


# --- a capitalised role before a speaker's name ------------------------------------------------------------------

CALL = "Klant: ik wil opzeggen\nMedewerker Annemiek: Dat kan. Uw klantnummer?\nKlant: 88123\nDocent Sanne: hoi\n"


def test_a_capitalised_role_before_a_listed_name_leaves_the_name() -> None:
    found = spans(PersonNameRecognizer().find(CALL), CALL, "PERSON")
    assert "Annemiek" in found
    assert "Sanne" in found
    assert not any("Medewerker" in f or "Docent" in f for f in found)


def test_a_role_before_a_word_is_no_name() -> None:
    text = "Medewerker Klantenservice: goedemiddag\nMedewerker: wat kan ik doen?\n"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == []


# --- a day in a word, a month's name and a year in digits ---------------------------------------------------------


def test_a_day_in_a_word_before_a_month_and_a_year_after_born_is_a_birth_date() -> None:
    text = "Mijn vader is geboren op zeven maart 1952 in Tiel."
    assert spans(DateOfBirthRecognizer().find(text), text, "DATE_OF_BIRTH") == ["zeven maart 1952"]


def test_a_meeting_on_such_a_date_is_no_birth_date() -> None:
    text = "De ledenvergadering is op zeven maart 2027 in het dorpshuis."
    assert spans(DateOfBirthRecognizer().find(text), text, "DATE_OF_BIRTH") == []


# --- a house number's additions --------------------------------------------------------------------------------------


def test_additions_stay_with_the_house_number() -> None:
    for text, street in (
        ("jeroen: wij zitten op molenweg 31 rd, hoorn", "molenweg 31 rd"),
        ("Afleveradres: Pastoor Smitsstraat 8-2hoog, 5611 AB Eindhoven", "Pastoor Smitsstraat 8-2hoog"),
        ("Adres: Leopoldlaan 140 bus 3, 2000 Antwerpen", "Leopoldlaan 140 bus 3"),
        ("nieuw adres: kapelstraat 9 b02 in roermond", "kapelstraat 9 b02"),
    ):
        assert street in spans(LocationRecognizer().find(text), text, "LOCATION"), text


def test_a_place_after_an_addition_and_a_comma_is_a_place() -> None:
    text = "jeroen: wij zitten op molenweg 31 rd, venhuizen"
    assert "venhuizen" in spans(LocationRecognizer().find(text), text, "LOCATION")


def test_a_bus_line_after_a_number_is_no_address() -> None:
    text = "neem lijn 12 rd naar het station, of 40 bus 2 keer per uur"
    assert spans(LocationRecognizer().find(text), text, "LOCATION") == []


# --- a person's farm is no business ------------------------------------------------------------------------------


def person(text: str, value: str) -> Finding:
    start = text.index(value)
    return Finding(start, start + len(value), "PERSON", 0.6, "PersonNameRecognizer")


def test_a_name_after_a_determiner_and_a_business_word_in_lower_case_stays() -> None:
    text = "ruben: we kunnen parkeren bij de camping van jolien?"
    assert spans(drop_org_persons(text, None, [person(text, "jolien")]), text, "PERSON") == ["jolien"]


def test_a_business_named_after_its_owner_still_drops_the_name() -> None:
    for text in ("ruben: we kunnen parkeren bij camping van jolien", "Parkeren bij Camping Jolien"):
        name = "jolien" if "jolien" in text else "Jolien"
        assert spans(drop_org_persons(text, None, [person(text, name)]), text, "PERSON") == [], text


# --- a town after a distance ---------------------------------------------------------------------------------------


def test_a_town_after_a_distance_is_a_place() -> None:
    for text, town in (
        ("sanne: jammer dat het zo ver weg van groningen is", "groningen"),
        ("sanne: het huisje ligt 12 km van emmen.", "emmen"),
    ):
        assert spans(PlaceNameRecognizer().find(text), text, "LOCATION") == [town], text


def test_a_distance_from_a_thing_or_a_person_is_no_place() -> None:
    for text in ("sanne: dat ligt ver van de kust", "sanne: ze is nooit ver van anna"):
        assert spans(PlaceNameRecognizer().find(text), text, "LOCATION") == [], text


# --- a sender introduced, and her employer ---------------------------------------------------------------------------


def test_a_first_name_after_dit_is_is_a_name() -> None:
    for text, name in (
        ("Goedemorgen, dit is Ilse van de tandarts.", "Ilse"),
        ("hoi hier is joost, bel je me?", "joost"),
    ):
        assert name in spans(PersonNameRecognizer().find(text), text, "PERSON"), text


def test_a_town_after_dit_is_is_no_name() -> None:
    text = "Dit is Lelystad, hier is Amsterdam."
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == []


def test_a_first_name_before_van_and_a_business_keeps_the_first_name() -> None:
    text = "Hoi, dit is Femke van Bakkerij Vos. De taart is klaar."
    kept = drop_org_persons(text, None, [person(text, "Femke van Bakkerij Vos")])
    assert spans(kept, text, "PERSON") == ["Femke"]


def test_a_business_named_after_a_whole_name_is_dropped() -> None:
    text = "We eten vanavond bij Hotel Femke van Dam."
    assert spans(drop_org_persons(text, None, [person(text, "Femke van Dam")]), text, "PERSON") == []


# --- the same question asked of someone else --------------------------------------------------------------------------


def test_a_follow_up_for_another_child_is_answered_by_a_birth_date() -> None:
    text = "mark: geboortedatum van daan?\nmeike: 14-02-2016\nmark: en die van lotte?\nmeike: 3 mei 2019\n"
    assert spans(DateOfBirthRecognizer().find(text), text, "DATE_OF_BIRTH") == ["14-02-2016", "3 mei 2019"]


def test_a_follow_up_after_another_date_is_no_birth_date() -> None:
    text = "mark: wanneer heeft daan zwemles?\nmeike: 14-02-2016\nmark: en die van lotte?\nmeike: 3 mei 2019\n"
    assert spans(DateOfBirthRecognizer().find(text), text, "DATE_OF_BIRTH") == []


# --- a Frisian road ------------------------------------------------------------------------------------------------


def test_a_frisian_road_after_its_article_is_a_street() -> None:
    text = "hylke: wy wenje no oan de harnzerwei, vlak bij de brug"
    assert spans(LocationRecognizer().find(text), text, "LOCATION") == ["harnzerwei"]


def test_a_meadow_is_no_street() -> None:
    text = "hylke: de schapen staan in de paardenwei achter het huis"
    assert spans(LocationRecognizer().find(text), text, "LOCATION") == []


# --- an unlisted speaker among named ones ----------------------------------------------------------------------------


def test_an_unlisted_speaker_among_named_ones_is_a_name() -> None:
    text = "Pieter: ik ben er om 8 uur\nTinie: ik neem taart mee\nPieter: top\n"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == ["Pieter", "Tinie", "Pieter"]


def test_labels_and_places_among_named_speakers_are_no_names() -> None:
    text = "Pieter: zie hieronder\nAnna: ok\nAfdeling: Cardiologie\nZwolle: 12 graden\nHeit: ja\nMonteur: ok\n"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == ["Pieter", "Anna"]


def test_an_unlisted_speaker_alone_is_no_name() -> None:
    text = "Vorna: ik neem taart mee\nPieter: top\n"
    assert "Vorna" not in spans(PersonNameRecognizer().find(text), text, "PERSON")


# --- a first name whose thing it is, or who is taken along --------------------------------------------------------


def test_a_first_name_after_a_possessive_van_or_taken_along_is_a_name() -> None:
    for text, name in (
        ("Wie heeft de oplader van Jorien gezien?", "Jorien"),
        ("Morgen breng ik Wouter mee naar de training.", "Wouter"),
    ):
        assert spans(PersonNameRecognizer().find(text), text, "PERSON") == [name], text


def test_a_surname_or_a_place_after_van_is_no_first_name() -> None:
    text = "De schuur van Dam is verkocht, net als de kerk van Ede en het station van Zwolle."
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == []


# --- a street's capitalised particle ----------------------------------------------------------------------------------


def test_a_streets_capitalised_particle_stays_with_it() -> None:
    text = "Klant: Van den Boschstraat 14, 3581 XK Utrecht"
    assert "Van den Boschstraat 14" in spans(LocationRecognizer().find(text), text, "LOCATION")


def test_a_sentence_before_the_particle_stays_out() -> None:
    text = "Wij wonen sinds kort op de Van den Boschstraat 14 in Utrecht"
    assert "Van den Boschstraat 14" in spans(LocationRecognizer().find(text), text, "LOCATION")


# --- a child's name and date answering a question about the child ------------------------------------------------


def findings_of(text: str) -> list[Finding]:
    from afscherm.detectors.analyzer import analyze_text

    return analyze_text(text)


def test_a_childs_name_and_date_answering_a_question_about_the_child() -> None:
    text = "Sanne: Wat zijn de gegevens van jullie kind voor de opvang?\nBram: Fenna Kok, 03.05.2022\n"
    assert spans(findings_of(text), text, "DATE_OF_BIRTH") == ["03.05.2022"]


def test_a_date_answering_when_is_no_birth_date() -> None:
    text = "Sanne: Wanneer kan jullie kind naar de opvang?\nBram: Fenna Kok, 03.05.2026\n"
    assert spans(findings_of(text), text, "DATE_OF_BIRTH") == []


# --- an elided article without its apostrophe ---------------------------------------------------------------------


def test_a_place_with_its_elided_article_typed_bare_after_a_cue() -> None:
    text = "anna: zaterdag gaan we naar t zand"
    assert spans(PlaceNameRecognizer().find(text), text, "LOCATION") == ["t zand"]


def test_a_bare_elided_article_before_a_word_is_no_place() -> None:
    text = "anna: ik ben in t centrum en ga naar s avonds naar huis"
    assert spans(PlaceNameRecognizer().find(text), text, "LOCATION") == []


# --- a place named with its article after a street ----------------------------------------------------------------


def test_an_article_led_place_closing_an_address_is_a_place() -> None:
    text = "anna: ons nieuwe adres is wagenweg 9, den ham"
    assert spans(LocationRecognizer().find(text), text, "LOCATION") == ["wagenweg 9", "den ham"]


def test_an_article_and_a_word_after_an_address_are_no_place() -> None:
    text = "anna: ons nieuwe adres is wagenweg 9, de rest volgt"
    assert spans(LocationRecognizer().find(text), text, "LOCATION") == ["wagenweg 9"]
