"""Rules from the blind tuning set tuning_61 (issue 12), each tried on examples written apart from the set: Indonesian
"lahir" before a birth date; Indonesian streets opened by "Jl."; a capitalised name no list holds in brackets after a
speaker's role; a question that names a street, answered by the address; a postcode read out after a full stop; a
name no list holds before "hier" in a turn a number sent; and, after tuning_61 and tuning_62, the wider lists of call
names (a helper's, written from common knowledge), a kin word after a name, a pavilion's name. All names, places and
numbers are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found_set as _found


def test_indonesian_lahir_before_a_birth_date() -> None:
    text = "12-04-2026 20:14 - Dewi: oke. bapak lahir 17 Agustus 1949 di Semarang, jadi tahun ini 77"
    assert "17 Agustus 1949" in _found(text, "DATE_OF_BIRTH")
    text = "Nama: Rudi Hartanto\nTgl lahir: 03-11-1984\nPekerjaan: montir"
    assert "03-11-1984" in _found(text, "DATE_OF_BIRTH")


def test_an_indonesian_street_opened_by_jl() -> None:
    text = "Alamat lama: Jl. Kenanga 14, Yogyakarta. Sekarang di Groningen."
    assert "Jl. Kenanga 14" in _found(text, "LOCATION")
    assert not any("Kenanga" in value for value in _found(text, "PERSON"))


def test_a_capitalised_unlisted_name_in_brackets_after_a_role() -> None:
    text = "Klant: kan ik morgen ophalen?\nMedewerker (Jildou): Ja hoor, vanaf negen uur.\nKlant: top"
    assert "Jildou" in _found(text, "PERSON")
    # a desk or a dictionary word in the brackets is no person
    text = "Klant: kan ik morgen ophalen?\nMedewerker (Klantenservice): Ja hoor.\nKlant: top"
    assert not _found(text, "PERSON")


def test_a_question_naming_a_street_answered_by_the_address() -> None:
    text = "Medewerker: Woont u nog aan de Kloosterlaan?\nBeller: Nee, Stationsweg achttien, sinds de zomer."
    assert "Stationsweg achttien" in _found(text, "LOCATION")


def test_a_postcode_read_out_after_a_full_stop() -> None:
    text = "Medewerker: En het adres?\nBeller: Molenweg zesendertig. Negen acht zeven één, A, B.\nMedewerker: Dank u."
    assert {"Molenweg zesendertig", "Negen acht zeven één, A, B"} <= _found(text, "LOCATION")


def test_a_name_no_list_holds_before_hier_in_a_turn_sent_from_a_number() -> None:
    text = "05-03-2026 17:40 - +31 6 18 27 45 90: nieuw nummer trouwens. wubkje hier, zet me erin aub"
    assert "wubkje" in _found(text, "PERSON")
    # a thing is no one ("de auto hier"), nor a word a named contact writes
    text = "05-03-2026 17:40 - +31 6 18 27 45 90: ik sta al bij de kerk. de auto hier, kom maar"
    assert not _found(text, "PERSON")


def test_call_names_of_the_wider_lists_in_a_lower_case_chat() -> None:
    # (names of the thirty-ninth session's lists: a Polish, a Groningen, a Yoruba and a Thai call name)
    for name in ("jurek", "popko", "gbenga", "namwan"):
        text = f"[03-12-26 19:02:11] Anke: {name} heeft de sleutel van het hok, vraag maar"
        assert name in _found(text, "PERSON"), name


def test_a_kin_word_after_a_name_is_no_surname() -> None:
    text = "[02-12-26 21:03:11] Nourhan: ya shaimaa mama wants the certificate"
    found = _found(text, "PERSON")
    assert "shaimaa" in found and "shaimaa mama" not in found


def test_a_pavilion_named_after_a_woman_is_no_person() -> None:
    text = "kerstborrel bij Paviljoen Dientje op de 18e, wie rijdt?"
    assert not _found(text, "PERSON")
