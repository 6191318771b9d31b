"""Name keys read by their parts (issue 12): a key's words (camelCase, snake_case, dots, a namespace's prefix),
abbreviations and other languages' words read as the Dutch name-part word, words that only say which copy or use of
the value it is (``old_``, ``updated_``, ``billing_``) left out; a name's parts as sibling keys; LDIF entries.

Hand-written, fictitious examples; every expected value is written out, not computed by the code under test.
"""

from __future__ import annotations

import pytest

from afscherm.detectors.field_context import context_findings, name_field_values, names_person
from afscherm.detectors.person_name import PersonNameRecognizer

REC = PersonNameRecognizer()


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in REC.find(text)]


def values(text: str) -> list[str]:
    return [text[a:b] for _, a, b in name_field_values(text)]


@pytest.mark.parametrize(
    "key",
    [
        # abbreviated: the head cut short, vowels dropped, the word truncated
        "achternm", "voornm", "vrnm", "klantnm", "voorn", "achtern", "vnaam",
        # a copy's or a use's word before or after it
        "updated_firstName", "old_achternaam", "achternaam_nieuw", "billing_name", "contact.lastName", "prevSurname",
        # other languages' headers and keys
        "Vorname", "Nachname", "prénom", "nom_de_famille", "apellidos", "cognome", "nazwisko", "soyad", "efternamn",
        # a namespace's prefix (StUF/BRP XML), name parts together
        "BG:geslachtsnaam", "BG:voorvoegselGeslachtsnaam",
    ],
)  # fmt: skip
def test_keys_that_name_a_person(key: str) -> None:
    assert names_person(key)


@pytest.mark.parametrize(
    "key",
    [
        "old_file_name", "service_name", "queue_name", "hostname", "new_product_name", "geslacht", "straatnaam",
        "vaknaam", "accountnaam", "gebruikersnaam", "first", "last", "version", "updated_at", "BG:geboortedatum",
    ],
)  # fmt: skip
def test_keys_that_name_no_person(key: str) -> None:
    assert not names_person(key)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{'achternm': 'Zwart', 'voornm': 'Ilse', 'tussenv': None}", ["Zwart", "Ilse"]),
        ('type="UPDATE_PROFILE" updated_firstName="Noor", updated_lastName="El Hadi"', ["Noor", "El Hadi"]),
        ("Vorname;Nachname;Geburtsdatum\nJürgen;Brandt;1971-04-02", ["Jürgen", "Brandt"]),
        ('{"prenom": "Jean-Luc", "nom": "Rosario", "ville": "Rotterdam"}', ["Jean-Luc", "Rosario"]),
        ("<BG:geslachtsnaam>Wierenga</BG:geslachtsnaam><BG:voornamen>Albertus Jan</BG:voornamen>",
         ["Wierenga", "Albertus Jan"]),
    ],
)  # fmt: skip
def test_names_under_keys_read_by_their_parts(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"employees":[{"first":"Bart","last":"Nijhof"},{"first":"Rosa","last":"Gruber"}]}',
         ["Bart", "Nijhof", "Rosa", "Gruber"]),
        ('{"event":"checkout","customer":{"first":"Evi","last":"Kramer","city":"Hoorn"}}', ["Evi", "Kramer"]),
        ("{'given': 'Sven', 'family': 'Dijkstra', 'age': 41}", ["Sven", "Dijkstra"]),
        ("level=info msg=signup first=Fenna last=Bosma plan=basis", ["Fenna", "Bosma"]),
        ("- {first: 'Mees', last: 'Rutgers'}", ["Mees", "Rutgers"]),
    ],
)  # fmt: skip
def test_a_names_parts_as_sibling_keys(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '{"first": "2024-01-02", "count": 3}',  # no family-name key beside it
        '{"page": {"first": 1, "size": 20}, "links": {"last": "/p/9"}}',  # in two objects
        "first=1 step=2",
    ],
)
def test_a_lone_given_or_family_key_is_no_name(text: str) -> None:
    assert values(text) == []


def test_ldif_surname_and_a_persons_common_name() -> None:
    text = (
        "dn: uid=tvos,ou=people,dc=example\nobjectClass: inetOrgPerson\ncn: Tamara de Vos\nsn: de Vos\n"
        "givenName: Tamara\nmail: t.devos@example.org"
    )
    assert values(text) == ["Tamara de Vos", "de Vos", "Tamara"]


def test_ldif_group_common_name_and_sn_outside_ldap() -> None:
    group = "dn: cn=Domain Admins,ou=groups,dc=example\nobjectClass: groupOfNames\ncn: Domain Admins"
    assert values(group) == []
    assert values("device report\nsn: Kx88Q1\ncn: router.example.org") == []


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("Geburtsdatum", "02.04.1971", "DATE_OF_BIRTH"),
        ("date_naissance", "12/03/1968", "DATE_OF_BIRTH"),
        ("fecha_nacimiento", "1985-07-30", "DATE_OF_BIRTH"),
        ("dogum_tarihi", "15.08.1971", "DATE_OF_BIRTH"),
        ("data_urodzenia", "1989-07-14", "DATE_OF_BIRTH"),
        ("födelsedatum", "1990-01-31", "DATE_OF_BIRTH"),
        ("portable", "+599 9 518 2746", "PHONE_NUMBER"),
        ("mobil", "0151 23456789", "PHONE_NUMBER"),
        ("telefono_movil", "+34 612 345 678", "PHONE_NUMBER"),
    ],
)
def test_birth_date_and_phone_keys_in_other_languages(key: str, value: str, expected: str) -> None:
    assert [f.entity_type for f in context_findings(key, value)] == [expected]


@pytest.mark.parametrize(
    ("key", "value"),
    [("dogum_yili", "1976"), ("geboortejaar", "1976"), ("birth_year", "2001"), ("portable", "MacBook 13"),
     ("date_naissance", "onbekend")],
)  # fmt: skip
def test_a_birth_year_alone_and_other_values_are_none(key: str, value: str) -> None:
    assert context_findings(key, value) == []


def test_turkish_given_name_beside_a_surname_key() -> None:
    text = '[{"personel_no": "P-1", "ad": "Hüseyin", "soyad": "Arslan"}, {"ad": "Zeynep", "soyad": "Kaya"}]'
    assert set(values(text)) == {"Hüseyin", "Arslan", "Zeynep", "Kaya"}
    assert values('{"ad": "Zomerkorting", "budget": 300}') == []  # an ad with no surname beside it


@pytest.mark.parametrize(
    "text",
    [
        'queue:\n  name: "birthday-mailer"\n  retries: 3',
        '{"job": {"name": "export-members", "schedule": "daily"}}',
        "services:\n  - name: Web Frontend\n    port: 80",
        '{"teams": [{"name": "Blauw"}, {"name": "Oranje"}]}',
        '{"product": {"name": "Jan Linders Pakket", "price": 12}}',
    ],
)
def test_a_name_key_in_a_things_object_names_the_thing(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"customer": {"name": "Jan Bos", "city": "Ede"}}', ["Jan Bos"]),
        ('{"data": {"name": "Jan Bos"}}', ["Jan Bos"]),
        ("klant:\n  name: Jan Bos\n  tel: 0612345678", ["Jan Bos"]),
        ("name: Jan Bos", ["Jan Bos"]),
        ('{"members": [{"name": "Eva Smit"}]}', ["Eva Smit"]),
    ],
)
def test_a_name_key_in_a_persons_or_plain_object_keeps_its_name(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("key", "value"),
    [("birth", "590806"), ("dob", "410330"), ("geboortedatum", "01-02-38"), ("date_of_birth", "991231"),
     ("gebdat", "050617")],
)  # fmt: skip
def test_a_two_digit_year_read_into_the_future_is_the_last_centurys(key: str, value: str) -> None:
    # (an MRZ-style "590806" is 6 August 1959, not 2059: strptime's %y reads 00-68 as 20xx)
    assert [f.entity_type for f in context_findings(key, value)] == ["DATE_OF_BIRTH"]


def test_a_vcards_formatted_name() -> None:
    text = "BEGIN:VCARD\nVERSION:3.0\nN:Bloemendaal;Marit;;;\nFN:Marit Bloemendaal\nORG:Fysio Noord\nEND:VCARD"
    assert values(text) == ["Bloemendaal", "Marit", "Marit Bloemendaal"]
    assert values("FN:Marit Bloemendaal") == []  # (outside a vCard: a function's name, a footnote)


@pytest.mark.parametrize(
    "key", ["kind_voornaam", "kind_achternaam", "partner_achternaam", "ouder1_voorletters", "klantVoornaam"]
)
def test_a_persons_role_before_a_name_part(key: str) -> None:
    assert names_person(key)


@pytest.mark.parametrize("key", ["product_voornaam", "bedrijf_achternaam", "straat_voorvoegsel"])
def test_a_things_word_before_a_name_part(key: str) -> None:
    assert not names_person(key)


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("kind_geb", "17%2F08%2F2020", "DATE_OF_BIRTH"),
        ("geboortedatum", "1990-04-05%20", "DATE_OF_BIRTH"),
        ("tel", "%2B31+6+12345678", "PHONE_NUMBER"),
        ("iban", "NL91%20ABNA%200417%201643%2000", "IBAN_CODE"),
        ("bsn", "111%20222%20333", "NL_BSN"),
    ],
)
def test_a_query_strings_escaped_value_is_judged_as_typed(key: str, value: str, expected: str) -> None:
    assert [(f.entity_type, f.start, f.end) for f in context_findings(key, value)] == [(expected, 0, len(value))]


def test_an_escaped_value_that_is_no_identifier() -> None:
    assert context_findings("kind_geb", "onbekend%21") == []
    assert context_findings("tel", "zie%20boven") == []
