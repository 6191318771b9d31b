"""Machine output, second round (issue 12, tuning_15): escapes of JSON strings and form-encoded spaces in the detection
view, epoch dates of birth, fields named in another pair or changed in an audit trail, names side by side in SQL rows
without a column list, and document numbers named by a word, a key, a class or a folder right before them."""

from __future__ import annotations

import pytest

from afscherm.detectors.field_context import FieldValueRecognizer, context_findings, field_values, name_field_values
from afscherm.detectors.id_document import IdDocumentRecognizer
from afscherm.detectors.phone import PhoneNumberRecognizer
from afscherm.detectors.text_view import detection_view
from tests.recognizer_helpers import found

DOCUMENTS = IdDocumentRecognizer()
FIELDS = FieldValueRecognizer()
PHONES = PhoneNumberRecognizer()


def strings(text: str, findings: list) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(f.entity_type, text[f.start : f.end]) for f in findings]


# --- the detection view: JSON escapes -------------------------------------------------------------------------


def test_unicode_escapes_are_read_as_their_letters_and_map_back_to_the_escape() -> None:
    text = '{"firstName":"No\\u00eblle","lastName":"Dani\\u00ebls","x":"\\ud83d\\ude00"}'
    view = detection_view(text)
    assert view.text == '{"firstName":"Noëlle","lastName":"Daniëls","x":"😀"}'
    at = view.text.index("Daniëls")
    assert text[slice(*view.to_original(at, at + len("Daniëls")))] == "Dani\\u00ebls"


def test_escaped_quotes_of_a_payload_inside_a_json_string_are_read_as_quotes() -> None:
    text = '{"payload":"{\\"docnr\\":\\"TRDFWRH66\\",\\"naam\\":\\"Eline Mol\\"}"}'
    assert detection_view(text).text == '{"payload":"{"docnr":"TRDFWRH66","naam":"Eline Mol"}"}'
    assert strings(text, FIELDS.find(text)) == []  # the recogniser alone reads the raw text: no key before the value
    assert found(text, "NL_ID_DOCUMENT") == ["TRDFWRH66"]  # the analyzer reads the view


def test_escaped_line_breaks_end_a_value_but_a_windows_path_keeps_its_backslashes() -> None:
    vcard = '{"data":"FN:Ruben Claes\\nBDAY:1984-10-02\\nEND:VCARD"}'
    assert detection_view(vcard).text == '{"data":"FN:Ruben Claes\nBDAY:1984-10-02\nEND:VCARD"}'
    assert found(vcard, "DATE_OF_BIRTH") == ["1984-10-02"]
    path = "C:\\Users\\nina\\tmp\\rapport.pdf"  # "\n" and "\t" after a letter, a lower-case letter after them
    assert detection_view(path).text == path
    escaped_backslashes = "C:\\\\Users\\\\nina"
    assert detection_view(escaped_backslashes).text == "C:\\Users\\nina"


# --- the detection view: "+" for a space in query strings and form bodies ---------------------------------------


def test_plus_between_letters_or_digits_of_a_query_value_is_a_space() -> None:
    text = "GET /zoek?naam=Jan+de+Vries&tel=06+12+34+56+78&to=%2B31612345678 HTTP/1.1"
    view = detection_view(text)
    assert view.text == "GET /zoek?naam=Jan de Vries&tel=06 12 34 56 78&to=+31612345678 HTTP/1.1"
    body = "body=voornaam=Mila&achternaam=van+den+Broek&akkoord=on"
    assert detection_view(body).text == "body=voornaam=Mila&achternaam=van den Broek&akkoord=on"


@pytest.mark.parametrize("text", ["som: 3+4=7 klopt", "C++ compiler, x=a+b", "?q=c%2B%2B", "tel=+31612345678"])
def test_plus_outside_a_query_value_or_before_a_number_stays(text: str) -> None:
    assert "+" in detection_view(text).text


def test_form_encoded_names_and_phone_numbers_are_found_whole() -> None:
    text = "POST /api/inschrijven body=voornaam=Mila&achternaam=van+den+Broek&telefoon=06+12+34+56+78&akkoord=on"
    assert found(text, "PERSON") == ["Mila", "van+den+Broek"]
    assert found(text, "PHONE_NUMBER") == ["06+12+34+56+78"]


def test_phone_number_in_groups_as_a_query_value_needs_a_phone_parameter() -> None:
    text = "tel=06 12 34 56 78&x=1"
    assert set(strings(text, PHONES.find(text))) == {("PHONE_NUMBER", "06 12 34 56 78")}
    assert PHONES.find("id=06 12 34 56 78&x=1") == []


# --- field context: epoch dates of birth, indirect fields, audit changes -----------------------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [("dob", "639273600"), ("geboortedatumMs", "438220800000"), ("birthDate", "-234316800"), ("dob", "1073606400")],
)
def test_unix_time_under_a_birth_key_is_a_date_of_birth(name: str, value: str) -> None:
    assert [f.entity_type for f in context_findings(name, value)] == ["DATE_OF_BIRTH"]


def test_unix_time_elsewhere_or_in_the_future_is_no_date_of_birth() -> None:
    assert context_findings("createdAt", "1732871234") == []
    assert context_findings("dob", "4102444800") == []  # 2100
    # without the epoch rule this nine-digit value under "dob" was read as a mobile number without its zero
    text = '{"userId": 99213, "dob": 639273600, "createdAt": 1732871234}'
    assert strings(text, FIELDS.find(text)) == [("DATE_OF_BIRTH", "639273600")]


def test_a_value_named_by_a_field_pair_before_it_is_that_fields() -> None:
    text = "audit actor=svc field=id_document value=WGTD7VY08"
    assert [(name, text[a:b]) for name, a, b in field_values(text)][-1] == ("id_document", "WGTD7VY08")
    assert strings(text, FIELDS.find(text)) == [("NL_ID_DOCUMENT", "WGTD7VY08")]
    changed = "attribute: geboortedatum, old: 1990-01-01, new: 1991-02-03"
    assert strings(changed, FIELDS.find(changed)) == [
        ("DATE_OF_BIRTH", "1990-01-01"),
        ("DATE_OF_BIRTH", "1991-02-03"),
    ]
    assert FIELDS.find("status=ok value=WGTD7VY08") == []  # no field named: the value alone says nothing


def test_an_audit_trails_new_value_belongs_to_the_same_field() -> None:
    text = "UPDATE relatie 8812 | achternaam: 'Smit' -> 'Smit-Verhoef' | bsn: 895350014 => 145731236"
    assert [(name, text[a:b]) for name, a, b in name_field_values(text)] == [
        ("achternaam", "Smit"),
        ("achternaam", "Smit-Verhoef"),
    ]
    assert strings(text, FIELDS.find(text)) == [("NL_BSN", "895350014"), ("NL_BSN", "145731236")]
    assert found(text, "PERSON") == ["Smit", "Smit-Verhoef"]


def test_abbreviated_name_columns_hold_names() -> None:
    text = "klnr;vnaam;anaam;gebdat\n20331;Ingrid;Hofstede;14-06-1967\n"
    assert found(text, "PERSON") == ["Ingrid", "Hofstede"]


def test_first_name_and_surname_side_by_side_in_a_row_without_column_list() -> None:
    text = "INSERT INTO `relaties` VALUES (8812,'Henk','van der Meer','1956-11-02','henk@example.nl');"
    assert found(text, "PERSON") == ["Henk", "van der Meer"]
    continued = "(2211, 'Daan', 'Kok', '104486831', '2005-03-18', 'actief'),"
    assert found(continued, "PERSON") == ["Daan", "Kok"]


def test_row_without_column_list_needs_a_listed_first_name_and_personal_data_beside_it() -> None:
    assert name_field_values("INSERT INTO kleuren VALUES (1,'Blauw','Groot','2024-01-01');") == []
    assert name_field_values("INSERT INTO p VALUES (1,'Henk','Meer','ja');") == []  # nothing personal beside
    assert name_field_values("INSERT INTO p VALUES (1,'Roos','Rood','2024-01-01');") == []  # a word as surname


# --- document numbers ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2025-11-28 INFO kyc: document XK98HRD90 gevalideerd",
        "DocumentExpiredException: XK98HRD90 (geldig tot 2024-01-01)",
        '{"idDocument": "XK98HRD90", "type": "PASPOORT"}',
        "id_card_no=XK98HRD90",
        '{"doc": {"type": "ID", "nr": "XK98HRD90"}}',
        "INFO scan ok: type=ID_CARD number=XK98HRD90 country=NLD",
        'GET /api/v1/documenten/XK98HRD90/verificatie HTTP/1.1" 404',
        "upload /uploads/id/XK98HRD90_voorkant.jpg",
        '{"legitimatienummer":"XK98HRD90"}',
        '{"document_type":"P","document_value":"XK98HRD90"}',
    ],
)
def test_document_number_named_right_before_it(text: str) -> None:
    assert [text[f.start : f.end] for f in DOCUMENTS.find(text) + FIELDS.find(text)][:1] == ["XK98HRD90"]


@pytest.mark.parametrize(
    "text",
    [
        "sku=KL4829XB7 voorraad=12",
        "order XK98HRD90 verzonden",
        "GET /api/v1/producten/XK98HRD90/voorraad",
        "upload /uploads/img/XK98HRD90_voorkant.jpg",
        "documenten: 3, batch XK98HRD90",
    ],
)
def test_document_shaped_codes_without_a_document_word_right_before_stay_unreported(text: str) -> None:
    assert DOCUMENTS.find(text) == []


# --- second round: phone keys before "=", SIP URIs, nested keys, holder keys, a person row's BSN, Java dates -------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("mobile=+31(0)6 1234 5678 status=ok", "+31(0)6 1234 5678"),
        ("caller_id=0031201234567 duration=31s", "0031201234567"),
        ("ANI=0612345678 queue=sales", "0612345678"),
        ("INVITE sip:+31201234567@voip.example.nl SIP/2.0", "+31201234567"),
    ],
)
def test_phone_number_after_a_phone_key_or_in_a_sip_uri(text: str, number: str) -> None:
    assert [text[f.start : f.end] for f in PHONES.find(text) + FIELDS.find(text)][:1] == [number]


@pytest.mark.parametrize("text", ["ref=0612345678 status=ok", "mailto:0612345678@example.nl", "x=+31(0)6 1234 5678"])
def test_digits_after_another_key_or_before_an_at_stay_unreported(text: str) -> None:
    assert PHONES.find(text) == []


def test_a_value_named_by_its_objects_key_and_its_own() -> None:
    text = '{"birth": {"date": "1994-02-17", "place": "Utrecht"}, "order": {"date": "1994-02-17"}}'
    assert strings(text, FIELDS.find(text)) == [("DATE_OF_BIRTH", "1994-02-17")]


def test_keys_that_name_a_persons_role_hold_a_name_and_a_login_does_not() -> None:
    text = '{"kaarthouder": "M. de Boer", "aanvrager": "Kees Dijkman", "user": "kdijkman"}'
    assert found(text, "PERSON") == ["M. de Boer", "Kees Dijkman"]


def test_an_eight_digit_bsn_in_a_row_with_a_persons_names() -> None:
    text = "(2211, 'Daan', 'Kok', 35261195, '2005-03-18'),"
    assert strings(text, FIELDS.find(text)) == [("NL_BSN", "35261195")]
    # the same number in a row without a person's names, or a row date written yyyymmdd: nothing
    assert FIELDS.find("(2211, 'Blauw', 'Groot', 35261195, '2005-03-18'),") == []
    assert FIELDS.find("(2211, 'Daan', 'Kok', 19900411, '2005-03-18'),") == []


def test_a_java_local_date_under_a_birth_label() -> None:
    text = "Persoon[geboortedatum=LocalDate.of(1994, 2, 17), naam=Sanne]"
    assert found(text, "DATE_OF_BIRTH") == ["1994, 2, 17"]


def test_first_name_and_surname_side_by_side_in_a_headerless_row() -> None:
    assert found("12;Eva;de Wit;Zwolle;0612345678", "PERSON") == ["Eva", "de Wit"]
    assert name_field_values("12;Eva;de Wit;Zwolle;geen") == []  # nothing personal beside the names
    # a sentence with commas is no row
    assert name_field_values("Ik heb met Eva gesproken, de Wit komt morgen langs, bel 0612345678 even") == []


def test_a_class_name_before_its_fields_is_no_person() -> None:
    from afscherm.detectors.ner_guard import is_plausible_entity

    text = "Customer(id=3301, name='Wouter Brinkman') Persoon{naam=Sanne} Wouter (oud)"
    assert not is_plausible_entity(text, 0, len("Customer"), "PERSON")
    at = text.index("Persoon")
    assert not is_plausible_entity(text, at, at + len("Persoon"), "PERSON")
    at = text.index("Wouter (")
    assert is_plausible_entity(text, at, at + len("Wouter"), "PERSON")  # a name before a bracketed remark stays


@pytest.mark.parametrize(
    "text",
    [
        "klant legitimeerde zich met XK98HRD90 (ID-kaart)",
        "[kyc] XK98HRD90: document verlopen",
        "INFO upload ok: kopie_id_XK98HRD90.pdf",
        "INFO idcheck result=OK doc XK98HRD90 exp 2031-01-01",
    ],
)
def test_document_number_named_right_after_it_or_by_a_file_name_prefix(text: str) -> None:
    assert [text[f.start : f.end] for f in DOCUMENTS.find(text)] == ["XK98HRD90"]


@pytest.mark.parametrize(
    "text",
    ["order XK98HRD90 (IDEAL) betaald", "batch XK98HRD90: documentatie bijgewerkt", "upload grid_XK98HRD90.png"],
)
def test_other_words_after_or_prefixes_before_a_code_say_nothing(text: str) -> None:
    assert DOCUMENTS.find(text) == []


def test_a_birth_date_no_calendar_has_is_still_the_birth_date_typed_under_a_birth_key() -> None:
    # a validation log keeps the rejected value: it identifies the person all the same (fail closed)
    text = "ERROR validatie mislukt: geboortedatum=31-02-1981 ongeldig, dob=1981-02-30"
    assert strings(text, FIELDS.find(text)) == [("DATE_OF_BIRTH", "31-02-1981"), ("DATE_OF_BIRTH", "1981-02-30")]
    assert FIELDS.find("startdatum=31-02-2024 geboortedatum=45-13-1981") == []  # another key; no day/month
