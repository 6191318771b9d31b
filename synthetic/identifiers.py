"""Fictitious identifiers with valid checksums, the ways people write them, and hard negatives.

Every generator takes a ``random.Random`` so documents are reproducible from a seed. Check digits
come from python-stdnum's helpers; validity of phone numbers from ``phonenumbers``.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum import luhn
from stdnum.nl import bsn as stdnum_bsn

DIGIT_WORDS = ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
# "een" is how many transcribers write "één"; a spoken number may use either.
DIGIT_WORDS_PLAIN = ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_UPPER_NO_O = "ABCDEFGHIJKLMNPQRSTUVWXYZ"


def _digits(rng: random.Random, n: int) -> str:
    return f"{rng.randrange(10**n):0{n}d}"


def _group(s: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(s[i : i + size])
        i += size
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def _by_four(s: str, sep: str = " ") -> str:
    return sep.join(s[i : i + 4] for i in range(0, len(s), 4))


def _is_nl_phone_without_trunk(digits: str) -> bool:
    """Whether a bare digit string also reads as a valid Dutch phone number (trunk 0 dropped)."""
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(digits, "NL"))
    except phonenumbers.NumberParseException:
        return False


# --- BSN -------------------------------------------------------------------------------------------

BSN_STYLES = ("plain", "dotted", "spaced", "dashed")


def bsn(rng: random.Random) -> str:
    """A 9-digit number passing the 11-proef (first digit 1-6, as issued numbers are)."""
    while True:
        head = rng.choice("123456") + _digits(rng, 7)
        check = sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
        if check < 10:
            return head + str(check)


def format_bsn(digits: str, style: str) -> str:
    if style == "dotted":
        return f"{digits[:4]}.{digits[4:6]}.{digits[6:]}"
    if style == "spaced":
        return _group(digits, (3, 3, 3), " ")
    if style == "dashed":
        return _group(digits, (3, 3, 3), "-")
    return digits


def invalid_bsn_like(rng: random.Random) -> str:
    """A 9-digit order/invoice/ticket number that fails the 11-proef and is no phone number either."""
    best = ""
    for _ in range(50):
        cand = rng.choice("123456789") + _digits(rng, 8)
        if stdnum_bsn.is_valid(cand):
            continue
        best = cand
        if not _is_nl_phone_without_trunk(cand):
            return cand
    return best


# --- IBAN ------------------------------------------------------------------------------------------

NL_BANKS = ("ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ", "RBRB")
IBAN_STYLES = ("compact", "grouped", "grouped", "lower", "lower_grouped")
# BBAN layouts: "a" = bank letters, "n" = digit.
_BBAN = {
    "BE": "nnnnnnnnnnnn",
    "DE": "nnnnnnnnnnnnnnnnnn",
    "GB": "aaaannnnnnnnnnnnnn",
    "FR": "nnnnnnnnnnnnnnnnnnnnnnn",
    "LU": "nnnnnnnnnnnnnnnn",
    "AT": "nnnnnnnnnnnnnnnn",
    "IE": "aaaannnnnnnnnnnnnn",
}
FOREIGN_IBAN_COUNTRIES = tuple(_BBAN)


def _bban(rng: random.Random, country: str) -> str:
    if country == "NL":
        return rng.choice(NL_BANKS) + _digits(rng, 10)
    if country == "BE":
        # The Belgian BBAN ends in its own mod-97 check (stdnum.be.iban checks it).
        head = _digits(rng, 10)
        check = int(head) % 97 or 97
        return f"{head}{check:02d}"
    layout = _BBAN[country]
    return "".join(rng.choice(_UPPER_NO_O) if c == "a" else rng.choice("0123456789") for c in layout)


def iban(rng: random.Random, country: str = "NL") -> str:
    """A compact IBAN (``NL91ABNA0417164300``) with correct mod-97 check digits."""
    while True:
        bban = _bban(rng, country)
        value = f"{country}{stdnum_iban.calc_check_digits(f'{country}00{bban}')}{bban}"
        # stdnum also checks national rules (Belgian bank codes and check digits)
        if stdnum_iban.is_valid(value):
            return value


def format_iban(compact: str, style: str) -> str:
    if style == "grouped":
        return _by_four(compact)
    if style == "lower":
        return compact.lower()
    if style == "lower_grouped":
        return _by_four(compact).lower()
    return compact


def invalid_iban(rng: random.Random, country: str = "NL") -> str:
    """An IBAN-shaped string whose check digits are wrong."""
    value = iban(rng, country)
    while True:
        wrong = f"{rng.randrange(2, 99):02d}"
        cand = value[:2] + wrong + value[4:]
        if not stdnum_iban.is_valid(cand):
            return cand


# --- IMEI and payment cards -------------------------------------------------------------------------

IMEI_STYLES = ("plain", "dashed", "spaced", "slashed")
# Type allocation codes of the kind handsets carry; never 34/37 (those 15-digit Luhn numbers read as Amex).
_TAC_PREFIXES = ("35", "86", "01", "99")


def _tac_and_serial(rng: random.Random) -> str:
    return rng.choice(_TAC_PREFIXES) + _digits(rng, 12)


def imei(rng: random.Random) -> str:
    body = _tac_and_serial(rng)
    return body + luhn.calc_check_digit(body)


def imeisv(rng: random.Random) -> str:
    """16 digits: TAC + serial + software version; chosen to fail Luhn so it never reads as a card."""
    while True:
        value = _tac_and_serial(rng) + f"{rng.randrange(1, 99):02d}"
        if not luhn.is_valid(value):
            return value


def format_imei(digits: str, style: str) -> str:
    tail = len(digits) - 14
    if style == "dashed":
        return _group(digits, (2, 6, 6, tail), "-")
    if style == "spaced":
        return _group(digits, (2, 6, 6, tail), " ")
    if style == "slashed":
        return _group(digits, (8, 6, tail), "/")
    return digits


def luhn_fail_15(rng: random.Random) -> str:
    """A 15-digit tracking/reference number that fails Luhn."""
    while True:
        cand = rng.choice("123456789") + _digits(rng, 14)
        if not luhn.is_valid(cand):
            return cand


CARD_BRANDS = ("visa", "mastercard", "amex")
CARD_STYLES = ("plain", "spaced", "spaced", "dashed")


def credit_card(rng: random.Random, brand: str) -> str:
    if brand == "amex":
        body = rng.choice(("34", "37")) + _digits(rng, 12)
    elif brand == "mastercard":
        body = (
            (str(rng.randrange(51, 56)) + _digits(rng, 13))
            if rng.random() < 0.7
            else (str(rng.randrange(2221, 2721)) + _digits(rng, 11))
        )
    else:
        body = "4" + _digits(rng, 14)
    return body + luhn.calc_check_digit(body)


def format_card(digits: str, style: str) -> str:
    sizes = (4, 6, 5) if len(digits) == 15 else (4, 4, 4, 4)
    if style == "spaced":
        return _group(digits, sizes, " ")
    if style == "dashed":
        return _group(digits, sizes, "-")
    return digits


# --- Phone numbers ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Phone:
    """A phone number: country calling code, area code (``6`` for Dutch mobiles) and subscriber part."""

    country_code: int
    area: str
    subscriber: str

    @property
    def national(self) -> str:
        return self.area + self.subscriber

    @property
    def e164(self) -> str:
        return f"+{self.country_code}{self.national}"


NL_AREA_CODES = (
    "10",
    "20",
    "30",
    "40",
    "50",
    "70",
    "13",
    "15",
    "23",
    "24",
    "26",
    "33",
    "35",
    "38",
    "43",
    "45",
    "46",
    "53",
    "55",
    "58",
    "71",
    "72",
    "73",
    "74",
    "75",
    "76",
    "77",
    "78",
    "79",
)
NL_AREA_CODES_3 = (
    "113",
    "118",
    "162",
    "172",
    "182",
    "222",
    "251",
    "294",
    "313",
    "314",
    "318",
    "341",
    "343",
    "348",
    "413",
    "416",
    "478",
    "481",
    "492",
    "495",
    "513",
    "522",
    "546",
    "570",
    "592",
)


# Every number these produce is valid by numbering plan (mobiles 06-1…06-5, subscriber parts not
# starting with 0, 1 or 9); the tests check that with phonenumbers rather than paying for it here.
def nl_mobile(rng: random.Random) -> Phone:
    return Phone(31, "6", rng.choice("12345") + _digits(rng, 7))


def nl_landline(rng: random.Random) -> Phone:
    if rng.random() < 0.65:
        return Phone(31, rng.choice(NL_AREA_CODES), rng.choice("2345678") + _digits(rng, 6))
    return Phone(31, rng.choice(NL_AREA_CODES_3), rng.choice("2345678") + _digits(rng, 5))


NL_PHONE_STYLES = (
    "dash",
    "groups",
    "pairs",
    "compact",
    "intl_space",
    "intl_compact",
    "intl_trunk",
    "double_zero",
    "paren",
)


def format_nl_phone(phone: Phone, style: str) -> str:
    a, s = phone.area, phone.subscriber
    if a == "6":
        groups = {"groups": _group(s, (4, 4), " "), "pairs": _group(s, (2, 2, 2, 2), " ")}
    elif len(s) == 7:
        groups = {"groups": _group(s, (3, 4), " "), "pairs": _group(s, (3, 2, 2), " ")}
    else:
        groups = {"groups": _group(s, (3, 3), " "), "pairs": _group(s, (2, 2, 2), " ")}
    if style == "dash":
        return f"0{a}-{s}"
    if style == "groups":
        return f"0{a} {groups['groups']}"
    if style == "pairs":
        return f"0{a} {groups['pairs']}"
    if style == "compact":
        return f"0{a}{s}"
    if style == "intl_space":
        return f"+31 {a} {s}" if a == "6" else f"+31 {a} {groups['groups']}"
    if style == "intl_compact":
        return f"+31{a}{s}"
    if style == "intl_trunk":
        return f"+31 (0){a} {s}" if a == "6" else f"+31 (0){a} {groups['groups']}"
    if style == "double_zero":
        return f"0031 {a} {s}"
    if style == "paren":
        return f"(0{a}) {groups['pairs']}" if a != "6" else f"(06) {groups['groups']}"
    raise ValueError(f"unknown phone style {style!r}")


def intl_phone(rng: random.Random) -> str:
    """A written foreign number (Belgium, Germany, UK drama range, France, US 555-01xx)."""
    makers = (
        lambda: f"+32 2 {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
        lambda: f"+32 47{rng.choice('0123456789')} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}",
        lambda: f"+49 30 {rng.choice('2345678')}{_digits(rng, 7)}",
        lambda: f"+44 20 7946 0{_digits(rng, 3)}",
        lambda: f"+33 1 {rng.choice('2345678')}{_digits(rng, 1)} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}",
        lambda: f"+1 202 555 01{_digits(rng, 2)}",
    )
    while True:
        written = rng.choice(makers)()
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(written, None)):
                return written
        except phonenumbers.NumberParseException:
            continue


# --- Documents, addresses, dates, e-mail, IP ---------------------------------------------------------


def nl_document_number(rng: random.Random) -> str:
    """Dutch passport / ID-card number: 2 letters, 6 letters or digits, 1 digit; never the letter O."""
    middle = "".join(rng.choice(_UPPER_NO_O + "0123456789" * 2) for _ in range(6))
    return rng.choice(_UPPER_NO_O) + rng.choice(_UPPER_NO_O) + middle + rng.choice("0123456789")


_POSTCODE_LETTERS = "ABCEGHJKLMNPRSTVWXZ"  # F, I, O, Q, U and Y are not used


def postcode(rng: random.Random) -> tuple[str, str]:
    """(digits, letters), e.g. ("3511", "ED"); SA, SD and SS are never issued."""
    while True:
        letters = rng.choice(_POSTCODE_LETTERS) + rng.choice(_POSTCODE_LETTERS)
        if letters not in ("SA", "SD", "SS"):
            return str(rng.randrange(1011, 9999)), letters


def format_postcode(pc: tuple[str, str], style: str) -> str:
    digits, letters = pc
    if style == "compact":
        return digits + letters
    if style == "lower":
        return f"{digits}{letters.lower()}"
    return f"{digits} {letters}"


STREETS = (
    "Kerkstraat",
    "Dorpsstraat",
    "Molenweg",
    "Stationsweg",
    "Schoolstraat",
    "Julianastraat",
    "Beatrixlaan",
    "Wilhelminastraat",
    "Nieuwstraat",
    "Hoofdstraat",
    "Lindelaan",
    "Eikenlaan",
    "Prinsengracht",
    "Oranjestraat",
    "Parallelweg",
    "Sportlaan",
    "Marktplein",
    "Vondellaan",
    "Rembrandtlaan",
    "Populierenlaan",
    "Kastanjelaan",
    "Berkenlaan",
    "Tulpstraat",
    "Rozenstraat",
    "Zonnebloemstraat",
    "Dahliastraat",
    "Groenestraat",
    "Achterweg",
    "Industrieweg",
    "Havenstraat",
    "Slotstraat",
    "Burgemeester de Withstraat",
    "Kanaalweg",
    "Spoorlaan",
    "Koningin Emmalaan",
    "Prins Hendrikkade",
    "Vlietweg",
    "Waterstraat",
    "Zuiderweg",
    "Noordsingel",
    "Oosterpark",
    "Westerkade",
    "Middelweg",
    "Lange Nieuwstraat",
    "Korte Gracht",
    "Van Goghstraat",
    "Mozartlaan",
    "Anjerstraat",
    "Esdoornlaan",
    "Wilgenhof",
    "De Ruyterstraat",
    "Hobbemastraat",
    "Bilderdijkstraat",
    "Da Costastraat",
    "Oude Rijn",
    "Nieuwe Binnenweg",
)
CITIES = (
    "Amsterdam",
    "Rotterdam",
    "Den Haag",
    "Utrecht",
    "Eindhoven",
    "Groningen",
    "Tilburg",
    "Almere",
    "Breda",
    "Nijmegen",
    "Apeldoorn",
    "Haarlem",
    "Arnhem",
    "Enschede",
    "Amersfoort",
    "Zaandam",
    "'s-Hertogenbosch",
    "Zwolle",
    "Leiden",
    "Maastricht",
    "Dordrecht",
    "Zoetermeer",
    "Deventer",
    "Delft",
    "Alkmaar",
    "Heerlen",
    "Venlo",
    "Leeuwarden",
    "Hilversum",
    "Assen",
    "Emmen",
    "Gouda",
    "Middelburg",
    "Roermond",
    "Zeist",
    "Ede",
    "Hoorn",
    "Purmerend",
    "Schiedam",
    "Lelystad",
    "Helmond",
    "Oss",
    "Veenendaal",
    "Den Helder",
    "Bergen op Zoom",
    "Capelle aan den IJssel",
    "Nieuwegein",
    "Sittard",
    "Harderwijk",
    "Doetinchem",
    "Tiel",
    "Woerden",
    "Wageningen",
    "Goes",
    "Vlissingen",
    "Sneek",
    "Drachten",
    "Meppel",
    "Hengelo",
    "Almelo",
    "Zutphen",
    "Culemborg",
    "Weert",
    "Roosendaal",
    "Waalwijk",
    "Kampen",
    "Heerenveen",
    "Terneuzen",
)
HOUSE_NUMBER_STYLES = ("plain", "plain", "plain", "letter", "dash", "bis", "roman", "hs", "upper_letter")


def house_number(rng: random.Random, style: str) -> str:
    n = str(rng.randrange(1, 240))
    if style == "letter":
        return n + rng.choice("abcd")
    if style == "upper_letter":
        return n + rng.choice("ABC")
    if style == "dash":
        return f"{n}-{rng.randrange(1, 4)}"
    if style == "bis":
        return f"{n} bis"
    if style == "roman":
        return f"{n} {rng.choice(('I', 'II', 'III'))}"
    if style == "hs":
        return f"{n} hs"
    return n


def street_address(rng: random.Random) -> str:
    return f"{rng.choice(STREETS)} {house_number(rng, rng.choice(HOUSE_NUMBER_STYLES))}"


MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
MONTHS_SHORT = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
# The bilingual month abbreviations printed on Dutch travel documents.
MONTHS_ID = (
    "JAN/JAN",
    "FEB/FEB",
    "MAA/MAR",
    "APR/APR",
    "MEI/MAY",
    "JUN/JUN",
    "JUL/JUL",
    "AUG/AUG",
    "SEP/SEP",
    "OKT/OCT",
    "NOV/NOV",
    "DEC/DEC",
)
DATE_STYLES = ("dmy_dash", "dmy_dash", "dmy_slash", "dmy_short", "long", "iso", "dotted", "abbrev")


@dataclass(frozen=True, slots=True)
class Date:
    year: int
    month: int
    day: int


def birth_date(rng: random.Random) -> Date:
    return Date(rng.randrange(1940, 2007), rng.randrange(1, 13), rng.randrange(1, 29))


def other_date(rng: random.Random) -> Date:
    return Date(rng.choice((2025, 2026)), rng.randrange(1, 13), rng.randrange(1, 29))


def format_date(d: Date, style: str) -> str:
    if style == "dmy_slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dmy_short":
        return f"{d.day}-{d.month}-{d.year}"
    if style == "long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "iso":
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    if style == "dotted":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "abbrev":
        return f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year}"
    if style == "id_card":
        return f"{d.day:02d} {MONTHS_ID[d.month - 1]} {d.year}"
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def mrz_date(d: Date) -> str:
    return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"


RESERVED_DOMAINS = ("example.nl", "example.com", "example.org", "voorbeeld.nl")
INVENTED_DOMAINS = (
    "mail.example.nl",
    "thuis.example.com",
    "posthuis.example.org",
    "klant.voorbeeld.nl",
    "gemeente-voorbeeld.nl",
    "zorgvoorbeeld.nl",
)


def email_domain(rng: random.Random) -> str:
    return rng.choice(RESERVED_DOMAINS) if rng.random() < 0.7 else rng.choice(INVENTED_DOMAINS)


def ipv4(rng: random.Random) -> str:
    """Documentation (RFC 5737) and private (RFC 1918) addresses only."""
    kind = rng.randrange(6)
    if kind == 0:
        return f"192.0.2.{rng.randrange(1, 255)}"
    if kind == 1:
        return f"198.51.100.{rng.randrange(1, 255)}"
    if kind == 2:
        return f"203.0.113.{rng.randrange(1, 255)}"
    if kind == 3:
        return f"10.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"
    if kind == 4:
        return f"172.{rng.randrange(16, 32)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"
    return f"192.168.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"


def ipv6(rng: random.Random) -> str:
    """Documentation (2001:db8::/32) and link-local addresses."""

    def hextet() -> str:
        return f"{rng.randrange(0, 0x10000):x}"

    kind = rng.randrange(3)
    if kind == 0:
        return f"2001:db8:{hextet()}:{hextet()}::{hextet()}"
    if kind == 1:
        return f"2001:db8:{':'.join(hextet() for _ in range(6))}"
    return f"fe80::{hextet()}:{hextet()}:{hextet()}:{hextet()}"


# --- Other hard negatives ----------------------------------------------------------------------------


def uuid4(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def git_hash(rng: random.Random) -> str:
    return f"{rng.getrandbits(160):040x}"


def version_string(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return f"v{rng.randrange(1, 5)}.{rng.randrange(0, 30)}.{rng.randrange(0, 20)}"
    if kind == 1:
        return f"10.0.{rng.randrange(17000, 26000)}.{rng.randrange(100, 5000)}"
    if kind == 2:
        return f"{rng.randrange(1, 9)}.{rng.randrange(0, 30)}.{rng.randrange(0, 20)}-rc.{rng.randrange(1, 5)}"
    return f"{rng.randrange(1, 5)}.{rng.randrange(0, 30)}.{rng.randrange(0, 20)}"


def timestamp(rng: random.Random, style: str | None = None) -> str:
    style = style or rng.choice(("iso_z", "iso_ms", "iso_offset", "epoch", "epoch_ms"))
    y, mo, d = rng.choice((2025, 2026)), rng.randrange(1, 13), rng.randrange(1, 29)
    h, mi, s = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    if style == "iso_ms":
        return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{rng.randrange(1000):03d}Z"
    if style == "iso_offset":
        return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}+0{rng.choice('12')}:00"
    if style == "epoch":
        return str(rng.randrange(1_735_700_000, 1_798_000_000))
    if style == "epoch_ms":
        return str(rng.randrange(1_735_700_000_000, 1_798_000_000_000))
    return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z"


PRICE_STYLES = ("euro_space", "euro", "eur")


def format_price(cents: int, style: str) -> str:
    """``€ 1.234,56`` / ``€1.234,56`` / ``EUR 1.234,56``."""
    whole = f"{cents // 100:,}".replace(",", ".")
    amount = f"{whole},{cents % 100:02d}"
    return {"euro": f"€{amount}", "eur": f"EUR {amount}"}.get(style, f"€ {amount}")


def price(rng: random.Random) -> str:
    euros = rng.choice((rng.randrange(1, 100), rng.randrange(100, 1000), rng.randrange(1000, 20000)))
    return format_price(euros * 100 + rng.randrange(100), rng.choice(PRICE_STYLES))


def kvk_number(rng: random.Random) -> str:
    return rng.choice("0123456789") + _digits(rng, 7)


# --- Spoken forms -----------------------------------------------------------------------------------


def spoken_digits(digits: str, rng: random.Random, mix_numerals: bool = False) -> str:
    """Digit by digit in Dutch words (``nul zes twee``); optionally some digits stay numerals."""
    words = DIGIT_WORDS if rng.random() < 0.7 else DIGIT_WORDS_PLAIN
    out = []
    for d in digits:
        out.append(d if mix_numerals and rng.random() < 0.3 else words[int(d)])
    return " ".join(out)


def spoken_groups(
    digits: str, sizes: tuple[int, ...], rng: random.Random, joiner: str = ", ", mix_numerals: bool = False
) -> str:
    groups, i = [], 0
    for size in sizes:
        groups.append(spoken_digits(digits[i : i + size], rng, mix_numerals))
        i += size
    return joiner.join(groups)


def spoken_bsn(digits: str, rng: random.Random) -> str:
    style = rng.randrange(4)
    if style == 0:
        return spoken_groups(digits, (4, 2, 3), rng, joiner=" punt ")
    if style == 1:
        return spoken_groups(digits, (3, 3, 3), rng)
    if style == 2:
        return spoken_groups(digits, (3, 3, 3), rng, joiner=" ", mix_numerals=True)
    return spoken_digits(digits, rng)


def spoken_phone(phone: Phone, rng: random.Random) -> str:
    national = "0" + phone.national
    if phone.area == "6":
        sizes = rng.choice(((2, 4, 4), (2, 2, 2, 2, 2), (2, 8)))
    elif len(phone.subscriber) == 7:
        sizes = (len(phone.area) + 1, 3, 2, 2)
    else:
        sizes = (len(phone.area) + 1, 2, 2, 2)
    return spoken_groups(national, sizes, rng)


def spoken_iban(compact: str, rng: random.Random) -> str:
    """``NL 91 ABNA nul vier één ...``: country and bank as letters, check digits and account spoken."""
    country, check, bank, account = compact[:2], compact[2:4], compact[4:8], compact[8:]
    country_s = country if rng.random() < 0.6 else " ".join(country)
    check_s = check if rng.random() < 0.5 else spoken_digits(check, rng)
    bank_s = bank if rng.random() < 0.6 else " ".join(bank)
    return f"{country_s} {check_s} {bank_s} {spoken_groups(account, (4, 4, 2), rng, joiner=' ')}"
