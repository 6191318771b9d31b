"""Fingerprints: every writing of one value gives one fingerprint, different values differ, the key matters.

All values are synthetic (valid checksums, fictitious people).
"""

from __future__ import annotations

import base64
import doctest
import sys
import types

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import afscherm.discovery.fingerprint as fpmod
from afscherm.detectors.config import ConfigError
from afscherm.discovery.fingerprint import fingerprint, fingerprinter, index_key, normalise, parse_key

KEY = b"test-index-key-0123456789abcdef"
OTHER_KEY = b"another-index-key-0123456789xyz"

# Each row: entity type, writings of one value (all must agree), and a different value (must differ).
SAME_VALUE = [
    ("NL_BSN", ["111222333", "1112.22.333", "111 222 333", "111-222-333", "111222333<<<<<", "een een een twee twee "
                "twee drie drie drie"], "123456782"),
    ("NL_BSN", ["012345672", "12345672", "1234.56.72"], "112345672"),
    ("IBAN_CODE", ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL91-ABNA-0417-1643-00"],
     "NL02ABNA0123456789"),
    ("EMAIL_ADDRESS", ["jan.jansen@voorbeeld.nl", "Jan.Jansen@Voorbeeld.NL", " <jan.jansen@voorbeeld.nl> ",
                       "mailto:jan.jansen@voorbeeld.nl"], "jan.janssen@voorbeeld.nl"),
    ("EMAIL_ADDRESS", ["jan.devries@gmail.com", "jan punt de vries apenstaartje gmail punt com",
                       "Jan punt De Vries at gmail punt com"], "jan punt de vries apenstaartje gmail punt nl"),
    ("EMAIL_ADDRESS", ["anna@bücher.example", "ANNA@BÜCHER.EXAMPLE", "anna@xn--bcher-kva.example"],
     "anna@bucher.example"),
    ("PHONE_NUMBER", ["0612345678", "06-12345678", "06 1234 5678", "+31612345678", "+31 (0)6 1234 5678",
                      "0031 6 12345678", "nul zes een twee drie vier vijf zes zeven acht"], "0612345679"),
    ("PHONE_NUMBER", ["020-1234567", "+31 20 123 4567", "(020) 123 45 67"], "010-1234567"),
    ("PERSON", ["Jan van der Berg", "JAN VAN DER BERG", "Jan v/d Berg", "Jan v.d. Berg", "Jan vd Berg",
                "Jan Van Der Berg", "Jan  van der  Berg", "van der Berg, Jan", "VAN<DER<BERG<<JAN<<<<<<"],
     "Jan van den Berg"),
    ("PERSON", ["José Müller", "Jose Muller", "JOSÉ MÜLLER", "Müller, José"], "José Miller"),
    # spelled out in a call, read by OCR
    ("PERSON", ["Kuijpers", "K-U-IJ-P-E-R-S", "k u ij p e r s", "k van karel u ij p e r s", "KUIJPERS"], "Kuipers"),
    ("PERSON", ["Dirk de Vries", "dirk de v van victor r i e s", "DIRK DE VRIES",
                "Dirk de V-R-I-E-S"], "Dirk de Vos"),
    ("PERSON", ["Johan van der Bosch", "J0HAN VAN DER B0SCH", "Bosch, J0han van der"], "Johan van der Bos"),
    ("PERSON", ["Anne-Marie de Wit", "Anne Marie de Wit", "ANNE-MARIE DE WIT"], "Anne-Marie de With"),
    ("PERSON", ["Ria d'Ancona", "Ria d’Ancona", "RIA D'ANCONA"], "Ria Ancona"),
    ("PERSON", ["Kees van 't Hek", "Kees van ’t Hek", "Kees v. 't Hek"], "Kees van Hek"),
    ("DATE_OF_BIRTH", ["14-03-1981", "14-3-1981", "14/3/81", "14.03.1981", "14 maart 1981", "14 mrt. 1981",
                       "14 MAA/MAR 1981", "1981-03-14", "810314", "19810314"], "13-03-1981"),
    ("DATE_OF_BIRTH", ["01-02-2007", "1/2/07", "070201", "1 februari 2007"], "01-02-1907"),
    # as transcripts, OCR, other languages and machine output write it (353376000: 1981-03-14T00:00:00Z)
    ("DATE_OF_BIRTH", ["veertien maart eenentachtig", "de veertiende maart 1981",
                       "veertien, nul drie, negentien eenentachtig", "14 rnaart 1981", "l4-O3-1981", "I4.03.I98I",
                       "March 14, 1981", "14 mars 1981", "03/14/1981", "140381", "1981, 3, 14",
                       "1981-03-14T00:00:00Z", "1981-03-13T23:00:00Z", "1981-03-14T00:00:00.000+01:00",
                       "353376000", "353376000000", "353372400"], "14-03-1982"),
    ("DATE_OF_BIRTH", ["-123456789", "1966-02-02", "twee februari zesenzestig"], "1966-02-03"),
    # numbers as scanners and callers give them, read as the recognisers read them (the checksum decides)
    ("NL_BSN", ["123456848", "1234.56.84B", "l23 456 848", "een twee drie vier vijf zes acht vier acht"],
     "123456884"),
    ("IBAN_CODE", ["NL91ABNA0417164300", "NL91 ABNA O4l7 l643 OO", "NL91ABNA\n0417164300",
                   "NL 91 A B N A nul vier een zeven een zes vier drie nul nul"], "NL91ABNA0417164301"),
    ("PHONE_NUMBER", ["0638741329", "06-38 74 13 29", "nul zes, achtendertig, vierenzeventig, dertien, negenentwintig"],
     "0638741392"),
    ("IP_ADDRESS", ["10.0.12.34", "tien punt nul punt twaalf punt vierendertig", "10-0-12-34",
                    "een nul punt nul punt een twee punt drie vier"], "10.0.12.43"),
    ("IMEI", ["352099001761481", "35 2O99 OO17 6l48 1"], "352099001761499"),
    ("NL_ID_DOCUMENT", ["SPECI2014", "speci2014", "SPEC I2014", "SPECI2014<"], "SPECI2015"),
    ("NL_ID_DOCUMENT", ["XR0012345", "XRO012345"], "XR0012346"),
    ("IMEI", ["352099001761481", "35-209900-176148-1", "35 209900 176148 1"], "352099001761482"),
    ("CREDIT_CARD", ["4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111"], "4111111111111112"),
    ("IP_ADDRESS", ["2001:db8::1", "2001:DB8:0:0:0:0:0:1", "[2001:db8::1]", "2001:db8:0::0001"], "2001:db8::2"),
    ("IP_ADDRESS", ["192.0.2.17", " 192.0.2.17 ", "::ffff:192.0.2.17"], "192.0.2.71"),
    ("LOCATION", ["1234 AB", "1234AB", "1234 ab", "1234ab"], "1234 AC"),
    ("LOCATION", ["Dorpsstraat 12, 1234 AB Amsterdam", "dorpsstraat 12 1234ab amsterdam",
                  "Dorpsstraat  12,\n1234AB  AMSTERDAM"], "Dorpsstraat 13, 1234 AB Amsterdam"),
    ("MRZ", ["P<NLDJANSEN<<PIET<<<<\nSPECI20142NLD8103141M", " P<NLDJANSEN<<PIET<<<< \r\n SPECI20142NLD8103141M \n",
             "p<nldjansen<<piet««««\n\nSPECI20142NLD8103141M"], "P<NLDJANSEN<<PIET<<<<\nSPECI20142NLD8103142M"),
    ("URL", ["https://Voorbeeld.nl/x", " https://voorbeeld.nl/x  "], "https://voorbeeld.nl/y"),
]  # fmt: skip


@pytest.mark.parametrize(("entity_type", "writings", "other"), SAME_VALUE, ids=lambda v: str(v)[:24])
def test_writings_of_one_value_share_a_fingerprint(entity_type: str, writings: list[str], other: str) -> None:
    prints = {fingerprint(entity_type, w, KEY) for w in writings}
    assert len(prints) == 1, {w: normalise(entity_type, w) for w in writings}
    assert fingerprint(entity_type, other, KEY) not in prints


EXPECTED_FORMS = [
    ("NL_BSN", "1112.22.333", "111222333"),
    ("NL_BSN", "12345672", "012345672"),
    ("IBAN_CODE", "nl91 abna 0417 1643 00", "NL91ABNA0417164300"),
    ("EMAIL_ADDRESS", "Piet@Bücher.Example", "piet@xn--bcher-kva.example"),
    ("PHONE_NUMBER", "06-12345678", "+31612345678"),
    ("PHONE_NUMBER", "12", "12"),
    ("PERSON", "Jan V/D Berg", "jan van der berg"),
    ("PERSON", "Piet V. Dam", "piet v dam"),  # capital V. may be an initial: kept as written
    ("PERSON", "V.D. Berg", "v d berg"),  # initials, not "van der"
    ("PERSON", "Jansen, Piet", "piet jansen"),
    ("PERSON", "Jan, Piet, Klaas", "jan piet klaas"),  # a list is not "surname, given"
    ("PERSON", "K. van Kampen", "k van kampen"),  # an initial before "van K...", not a spelled letter
    ("PERSON", "K van Kampen", "k van kampen"),
    ("PERSON", "J P K de Vries", "j p k de vries"),  # three initials without dots stay initials
    ("PERSON", "V A N  D E R  M E E R", "van der meer"),
    ("DATE_OF_BIRTH", "14/3/81", "1981-03-14"),
    ("DATE_OF_BIRTH", "29-02-29", "29-02-29"),  # 2029 is no leap year: no date, the default rule
    ("DATE_OF_BIRTH", "300101", "1930-01-01"),
    ("DATE_OF_BIRTH", "290101", "2029-01-01"),
    ("DATE_OF_BIRTH", "14 maart", "14 maart"),  # no year: no date, the default rule
    ("DATE_OF_BIRTH", "1990", "1990"),
    ("DATE_OF_BIRTH", "31-02-1998", "31-02-1998"),
    ("DATE_OF_BIRTH", "1234567", "1234567"),  # too short for seconds after 1973, too long for a date
    ("DATE_OF_BIRTH", "639273600", "1990-04-05"),  # `date -u -d @639273600`: 1990-04-05 00:00 UTC
    ("DATE_OF_BIRTH", "9999999999999", "9999999999999"),  # milliseconds in 2286: no date of birth
    ("NL_ID_DOCUMENT", "spec i2014", "SPECI2014"),
    ("IP_ADDRESS", "2001:DB8::0:1", "2001:db8::1"),
    ("LOCATION", "Kerkstraat 1,  9999 zz  Ergens", "kerkstraat 1 9999ZZ ergens"),
    ("MRZ", " ABC \n\n DEF<< ", "ABC\nDEF<<"),
]


@pytest.mark.parametrize(("entity_type", "value", "expected"), EXPECTED_FORMS)
def test_normalised_forms(entity_type: str, value: str, expected: str) -> None:
    assert normalise(entity_type, value) == expected


def test_the_rules_are_documented_with_passing_examples() -> None:
    result = doctest.testmod(fpmod, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted >= 40  # every rule carries its examples
    for entity_type, rule in fpmod.RULES.items():
        assert rule.__doc__ and ">>>" in rule.__doc__, entity_type


def test_key_and_type_matter() -> None:
    assert fingerprint("NL_BSN", "111222333", KEY) != fingerprint("NL_BSN", "111222333", OTHER_KEY)
    # the same characters under another type do not link
    assert fingerprint("NL_BSN", "111222333", KEY) != fingerprint("IMEI", "111222333", KEY)
    assert fingerprint("LOCATION", "x", KEY) != fingerprint("PERSON", "x", KEY)


def test_fingerprint_is_hex_hmac_of_type_and_normalised_value() -> None:
    import hashlib
    import hmac

    expected = hmac.new(KEY, b"PHONE_NUMBER\x1f+31612345678", hashlib.sha256).hexdigest()
    assert fingerprint("PHONE_NUMBER", "06-12345678", KEY) == expected
    assert fingerprinter(KEY)("PHONE_NUMBER", "06 1234 5678") == expected


def test_short_keys_are_refused_by_the_functions_too() -> None:
    with pytest.raises(ValueError, match="at least 16 bytes"):
        fingerprint("NL_BSN", "111222333", b"short")
    with pytest.raises(ValueError):
        fingerprinter(b"")


def test_values_from_an_mrz_match_their_plain_writings() -> None:
    """The recogniser reports the BSN, birth date, name and document number inside an MRZ under their own types;
    a subject's look-up with plain writings must find them."""
    from afscherm.detectors.mrz import MrzRecognizer, compose_td3

    lines = compose_td3("P", "NLD", "SPECI2014", "810314", "F", "310101", "NLD", "van der Berg", "Anna Maria",
                        personal_number="111222333")  # fmt: skip
    text = "Kopie paspoort:\n" + "\n".join(lines) + "\n"
    found = {f.entity_type: text[f.start : f.end] for f in MrzRecognizer().find(text)}
    plain = {
        "NL_BSN": "1112.22.333",
        "DATE_OF_BIRTH": "14 maart 1981",
        "PERSON": "Anna Maria v/d Berg",
        "NL_ID_DOCUMENT": "SPECI2014",
    }
    assert set(plain) <= set(found)
    for entity_type, value in plain.items():
        assert fingerprint(entity_type, found[entity_type], KEY) == fingerprint(entity_type, value, KEY), entity_type


IDEMPOTENT_TYPES = ["NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_ID_DOCUMENT",
                    "IMEI", "IP_ADDRESS", "LOCATION", "MRZ", "URL"]  # fmt: skip


@given(st.sampled_from(IDEMPOTENT_TYPES), st.text(max_size=40))
@example("IBAN_CODE", "È¸")  # NFKC makes the spacing cedilla a blank and a combining mark: compact joins them later
def test_normal_forms_are_fixed_points(entity_type: str, value: str) -> None:
    once = normalise(entity_type, value)
    assert normalise(entity_type, once) == once


@given(st.text(max_size=40))
def test_normalise_never_raises(value: str) -> None:
    for entity_type in [*fpmod.RULES, "SOMETHING_ELSE"]:
        assert isinstance(normalise(entity_type, value), str)


# ---------------------------------------------------------------------------------------------------------
# The index key


@pytest.fixture
def no_key(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.delenv("AFSCHERM_INDEX_KEY", raising=False)
    monkeypatch.delenv("AFSCHERM_INDEX_KEY_BLOCK", raising=False)
    return monkeypatch


def test_key_from_the_environment(no_key: pytest.MonkeyPatch) -> None:
    no_key.setenv("AFSCHERM_INDEX_KEY", "een-lange-geheime-sleutel-42")
    assert index_key() == b"een-lange-geheime-sleutel-42"
    no_key.setenv("AFSCHERM_INDEX_KEY", "hex:" + bytes(range(32)).hex())
    assert index_key() == bytes(range(32))
    no_key.setenv("AFSCHERM_INDEX_KEY", "base64:" + base64.urlsafe_b64encode(bytes(range(100, 124))).decode())
    assert index_key() == bytes(range(100, 124))


def test_missing_key_is_a_clear_error(no_key: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError, match="AFSCHERM_INDEX_KEY.*AFSCHERM_INDEX_KEY_BLOCK"):
        index_key()
    no_key.setenv("AFSCHERM_INDEX_KEY", "   ")
    with pytest.raises(ConfigError, match="missing"):
        index_key()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("geheim-kort", "11 bytes"),
        ("hex:0011223344556677", "8 bytes"),
        ("hex:zz112233445566778899aabbccddeeff", "not valid hex"),
        ("base64:@@@@not-base64-at-all-really@@@", "not valid base64"),
        ("aaaaaaaaaaaaaaaaaaaaaaaa", "one byte repeated"),
        ("hex:" + "00" * 32, "one byte repeated"),
    ],
)
def test_bad_keys_are_refused_without_echoing_them(no_key: pytest.MonkeyPatch, value: str, message: str) -> None:
    no_key.setenv("AFSCHERM_INDEX_KEY", value)
    with pytest.raises(ConfigError, match=message) as err:
        index_key()
    body = value.partition(":")[2] or value
    assert body not in str(err.value)
    # no chained exception that a traceback would print next to it
    assert err.value.__cause__ is None
    assert err.value.__context__ is None or err.value.__suppress_context__


def _fake_prefect(monkeypatch: pytest.MonkeyPatch, secrets: dict[str, str]) -> None:
    class Secret:
        def __init__(self, value: str) -> None:
            self.value = value

        @classmethod
        def load(cls, name: str) -> Secret:
            if name not in secrets:
                raise ValueError(f"Unable to find block document named {name}")
            return cls(secrets[name])

        def get(self) -> str:
            return self.value

    for name in ("prefect", "prefect.blocks", "prefect.blocks.system"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    sys.modules["prefect.blocks.system"].Secret = Secret  # type: ignore[attr-defined]


def test_key_from_a_prefect_secret_block(no_key: pytest.MonkeyPatch) -> None:
    _fake_prefect(no_key, {"afscherm-index": "sleutel-uit-een-prefect-blok-01", "kort": "abc"})
    no_key.setenv("AFSCHERM_INDEX_KEY_BLOCK", "afscherm-index")
    assert index_key() == b"sleutel-uit-een-prefect-blok-01"
    no_key.setenv("AFSCHERM_INDEX_KEY_BLOCK", "kort")
    with pytest.raises(ConfigError, match="Prefect Secret block") as err:
        index_key()
    assert "abc" not in str(err.value)
    no_key.setenv("AFSCHERM_INDEX_KEY_BLOCK", "bestaat-niet")
    with pytest.raises(ConfigError, match="cannot load the index key from Prefect Secret block 'bestaat-niet'"):
        index_key()


def test_the_environment_wins_over_the_block(no_key: pytest.MonkeyPatch) -> None:
    _fake_prefect(no_key, {"afscherm-index": "sleutel-uit-een-prefect-blok-01"})
    no_key.setenv("AFSCHERM_INDEX_KEY_BLOCK", "afscherm-index")
    no_key.setenv("AFSCHERM_INDEX_KEY", "sleutel-uit-de-omgeving-0123")
    assert index_key() == b"sleutel-uit-de-omgeving-0123"


def test_parse_key_accepts_sixteen_bytes_exactly() -> None:
    assert len(parse_key("0123456789abcdef")) == 16
    with pytest.raises(ConfigError):
        parse_key("0123456789abcde")


# ---------------------------------------------------------------------------------------------------------
# Fingerprints read values as detection reads them (issue 10): the recognisers find values through the
# detection view (detectors.text_view), so a finding's text may hold escapes, HTML references and invisible
# characters; its fingerprint must be the plain value's, or an access request for that person misses it.


@pytest.fixture
def env_key(no_key: pytest.MonkeyPatch) -> bytes:
    """The index key as the scan reads it: from the environment."""
    no_key.setenv("AFSCHERM_INDEX_KEY", KEY.decode())
    return index_key()


OBFUSCATED_WRITINGS = [
    ("NL_BSN", "111222333", ["111%20222%20333", "&#49;&#49;&#49;222333", "111&#8209;222&#8209;333",
                             "111%2D222%2D333"]),
    ("IBAN_CODE", "NL91ABNA0417164300", ["NL91\u00adABNA\u00ad0417\u00ad1643\u00ad00", "NL91\u200bABNA0417164300",
                                         "NL91%20ABNA%200417%201643%2000",
                                         "NL91&nbsp;ABNA&nbsp;0417&nbsp;1643&nbsp;00"]),
    ("EMAIL_ADDRESS", "jan.jansen@voorbeeld.nl", ["jan.jansen%40voorbeeld.nl", "jan.jansen&#64;voorbeeld.nl",
                                                  "jan.jansen&#x40;voorbeeld&#46;nl", "jan.jan\u00adsen@voorbeeld.nl",
                                                  "jan.jansen@voor\u200bbeeld.nl", "Jan.Jansen%40Voorbeeld.NL"]),
    ("PHONE_NUMBER", "+31612345678", ["%2B31612345678", "%2B31%206%2012345678", "&#43;31&nbsp;6&nbsp;12345678",
                                      "06&#8209;12345678", "06\u200b1234\u00ad5678"]),
    ("PERSON", "José Müller", ["Jos&eacute; M&uuml;ller", "José Mül\u00adler", "Jos%C3%A9%20M%C3%BCller",
                               "José&nbsp;Müller"]),
]  # fmt: skip


@pytest.mark.parametrize(("entity_type", "plain", "writings"), OBFUSCATED_WRITINGS, ids=lambda v: str(v)[:16])
def test_obfuscated_writings_fingerprint_as_the_plain_value(
    env_key: bytes, entity_type: str, plain: str, writings: list[str]
) -> None:
    expected = fingerprint(entity_type, plain, env_key)
    for writing in writings:
        assert fingerprint(entity_type, writing, env_key) == expected, (writing, normalise(entity_type, writing))


def test_escapes_inside_escapes_are_read_to_the_end_and_normal_forms_stay_fixed() -> None:
    # "%2540" is "%40" URL-encoded again; a rule that compacts ("%4 0" → "%40") must not leave an escape behind
    assert normalise("EMAIL_ADDRESS", "jan%2540voorbeeld.nl") == "jan@voorbeeld.nl"
    assert normalise("IBAN_CODE", "NL%391 ABNA 0417 1643 00") == "NL91ABNA0417164300"
    once = normalise("IBAN_CODE", "%4 1")
    assert once == "A" and normalise("IBAN_CODE", once) == once


# Clean values (nothing for the detection view to change) keep the fingerprints they had before normalise read
# the view: these digests were computed under KEY by afscherm at commit 923810f, so an index made before still
# matches. The URL holds a bare "&" and "%" that are neither a reference nor an escape.
FINGERPRINTS_BEFORE_THE_VIEW = [
    ("NL_BSN", "111222333", "718088a0735c2e586e821d1db81658917aad6cef5d5d4295ffc81356580fa849"),
    ("NL_BSN", "1112.22.333", "718088a0735c2e586e821d1db81658917aad6cef5d5d4295ffc81356580fa849"),
    ("IBAN_CODE", "NL91 ABNA 0417 1643 00", "4a9dde8b28a29e691f254820e8247c2cc525581136c23930639fa78827e91980"),
    ("EMAIL_ADDRESS", "Jan.Jansen@Voorbeeld.nl", "d190656bd93aa9c6ca3b1ac56fa2b6d4d69ba633c3be17908a7f1f18525dc9bd"),
    ("PHONE_NUMBER", "06-12345678", "b46b9dbbff5629b9720f2ded4ece00a318a09bd135dd9d80949f0f1973539723"),
    ("PERSON", "José van der Berg", "9f8c0c464b83506a48c800f854ffc08a991c3231da02312a4194bcbaf0f3411c"),
    ("URL", "https://voorbeeld.nl/zoek?q=a&b=2&c=10%",
     "83f5006517f3715f0ae1ce1112da543acaaad8ea062bda8fda1e10f2cf1097be"),
    ("LOCATION", "Dorpsstraat 12, 1234 AB Amsterdam",
     "f15897ccc564cd1b96d82afa16448c5ed2104b3582461665c19c3247a5d9cd06"),
    ("DATE_OF_BIRTH", "14-03-1981", "a3fdb97d3ea69988ea185dcf57cf570381405bee5cdaf8997dabc2df74e03cb8"),
]  # fmt: skip


@pytest.mark.parametrize(("entity_type", "value", "digest"), FINGERPRINTS_BEFORE_THE_VIEW)
def test_clean_values_keep_the_fingerprints_an_existing_index_holds(
    env_key: bytes, entity_type: str, value: str, digest: str
) -> None:
    assert fingerprint(entity_type, value, env_key) == digest
    assert fingerprinter(env_key)(entity_type, value) == digest
