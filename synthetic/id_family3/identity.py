"""Fictitious holders and the numbers their documents carry (issue 13, tuning family 3).

Every value is made up here: names are random pairs from short lists, numbers are random with valid checksums
(BSN 11-proef, ICAO 9303 check digits, Belgian national number and card number mod 97).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np

SURNAMES = [
    "Brinkhorst",
    "van der Stoep",
    "Oudejans",
    "Tjon A Fong",
    "El Haddouchi",
    "Veldkamp-Rijnders",
    "de Graaff",
    "Zwanenburg",
    "Kuipers",
    "van Wijngaarden",
    "Scholte",
    "Ypma",
    "Bakhuizen",
    "ter Haar",
    "Mulder-Özdemir",
    "Verhoeven",
    "Dijkstra",
    "van 't Hek",
    "Lambrechts",
    "Jansen",
]
GIVEN_NAMES = [
    "Anneke Joke",
    "Pieter Jan",
    "Fenna",
    "Yassin Karim",
    "Liesbeth Maria",
    "Daan",
    "Sanne Marieke",
    "Koen Willem",
    "Noor",
    "Aïsha",
    "Bram Hendrik",
    "Femke",
    "Joris",
    "Ilse Johanna",
    "Thijs",
    "Mirjam Esther",
]
# German and Belgian holders get their own names so that a two-document page does not repeat one person.
SURNAMES_DE = ["Schäfer", "Obermüller", "Kranz", "Wieland", "Hoffmeister", "Brückner"]
GIVEN_DE = ["Lena Sophie", "Jörg", "Friederike", "Matthias Paul", "Hanna"]
SURNAMES_BE = ["Vandenbroucke", "Dupont-Lemaire", "Claessens", "Verstraete", "Mertens", "Van Acker"]
GIVEN_BE = ["Lieselotte", "Jean-Marc", "Wout", "Amélie Claire", "Pieter-Jan"]
PLACES = ["Zwolle", "Apeldoorn", "Leeuwarden", "Delft", "Tilburg", "Heerlen", "Almere", "Gouda"]
NO_O_LETTERS = "ABCDEFGHIJKLMNPQRSTUVWXYZ"  # Dutch document numbers never use the letter O
DE_NUMBER_CHARS = "CFGHJKLMNPRTVWXYZ0123456789"  # the German card's number alphabet (no vowels, no B/D/Q/S)


def bsn(rng: np.random.Generator) -> str:
    """A random 9-digit number passing the 11-proef (sum of d_i * (9..2) minus the last digit is 0 mod 11)."""
    while True:
        head = [int(rng.integers(1, 10))] + [int(d) for d in rng.integers(0, 10, size=7)]
        last = sum(d * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
        if last < 10:
            return "".join(map(str, head)) + str(last)


def dutch_document_number(rng: np.random.Generator) -> str:
    """Two letters, six letters or digits, one digit; never an O (as on Dutch passports and cards)."""
    pool = NO_O_LETTERS + "0123456789"
    head = "".join(rng.choice(list(NO_O_LETTERS), 2))
    mid = "".join(rng.choice(list(pool), 6))
    return head + mid + str(int(rng.integers(0, 10)))


def german_document_number(rng: np.random.Generator) -> str:
    return str(rng.choice(list("LMNPRTVWXY"))) + "".join(rng.choice(list(DE_NUMBER_CHARS), 8))


def belgian_card_number(rng: np.random.Generator) -> str:
    """Twelve digits; the last two are the first ten mod 97 (97 when that is 0)."""
    head = "".join(str(int(d)) for d in rng.integers(0, 10, size=10))
    head = "59" + head[2:]  # the series of recent Belgian eID cards
    check = int(head) % 97 or 97
    return f"{head}{check:02d}"


def belgian_national_number(born: dt.date, rng: np.random.Generator, sex: str) -> str:
    """YYMMDD, a serial (odd for men, even for women) and 97 - (number mod 97); '2' prefixed after 1999."""
    serial = int(rng.integers(1, 499)) * 2 - (1 if sex == "M" else 0)
    base = f"{born:%y%m%d}{serial:03d}"
    number = int(("2" + base) if born.year >= 2000 else base)
    return f"{base}{97 - number % 97:02d}"


def v_number(rng: np.random.Generator) -> str:
    return "".join(str(int(d)) for d in rng.integers(0, 10, size=10))


def licence_number(rng: np.random.Generator) -> str:
    return str(int(rng.integers(1, 10))) + "".join(str(int(d)) for d in rng.integers(0, 10, size=9))


# ---------------------------------------------------------------- MRZ (ICAO 9303), written here; tests check it
# against the `mrz` package's checker.


def check_digit(text: str) -> str:
    """ICAO 9303 check digit: weights 7, 3, 1; digits as themselves, A-Z as 10-35, '<' as 0."""
    total = 0
    for i, ch in enumerate(text):
        if ch.isdigit():
            value = int(ch)
        elif ch.isalpha():
            value = ord(ch) - 55
        else:
            value = 0
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def mrz_text(text: str) -> str:
    """Upper case A-Z, digits and '<' only (ICAO 9303 part 3): accents dropped, apostrophes omitted, spaces and
    hyphens one '<' each; never two in a row, since '<<' separates the surname from the given names."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().upper().replace("'", "")
    return re.sub("<+", "<", "".join(ch if ch.isalnum() else "<" for ch in plain))


def mrz_name(surname: str, given_names: str, width: int) -> str:
    name = mrz_text(surname).strip("<") + "<<" + mrz_text(given_names).strip("<")
    return name[:width].ljust(width, "<")


def _number_field(number: str) -> tuple[str, str, str]:
    """Document number field, its check digit, and the overflow that goes into the optional data (ICAO: > 9
    characters: 9 in the field, '<' as its check digit, the rest plus the check digit start the optional data)."""
    if len(number) <= 9:
        return number.ljust(9, "<"), check_digit(number.ljust(9, "<")), ""
    return number[:9], "<", number[9:] + check_digit(number)


def td1(
    code: str,
    state: str,
    number: str,
    optional1: str,
    born: str,
    sex: str,
    expiry: str,
    nationality: str,
    optional2: str,
    surname: str,
    given_names: str,
) -> list[str]:
    field, field_check, overflow = _number_field(number)
    opt1 = (overflow + optional1)[:15].ljust(15, "<")
    line1 = (code.ljust(2, "<") + state + field + field_check + opt1)[:30]
    head = born + check_digit(born) + sex + expiry + check_digit(expiry) + nationality.ljust(3, "<")
    opt2 = optional2[:11].ljust(11, "<")
    composite = line1[5:30] + line2_part(head, opt2)
    line2 = head + opt2 + check_digit(composite)
    return [line1, line2, mrz_name(surname, given_names, 30)]


def line2_part(head: str, opt2: str) -> str:
    """The characters of TD1 line 2 that the composite check digit covers: positions 1-7, 9-15 and 19-29."""
    return head[0:7] + head[8:15] + opt2


def td3(
    state: str,
    number: str,
    nationality: str,
    born: str,
    sex: str,
    expiry: str,
    personal: str,
    surname: str,
    given_names: str,
) -> list[str]:
    line1 = ("P<" + state + mrz_name(surname, given_names, 39))[:44]
    field = number.ljust(9, "<")
    pers = personal.ljust(14, "<")
    pers_check = check_digit(pers)  # all fillers give 0, which ICAO allows
    part = field + check_digit(field) + nationality + born + check_digit(born) + sex + expiry + check_digit(expiry)
    tail = pers + pers_check
    composite = part[0:10] + part[13:20] + part[21:28] + tail
    return [line1, part + tail + check_digit(composite)]


# ---------------------------------------------------------------- holders and documents

DOCUMENT_KINDS = ["nl_id_card", "nl_passport", "nl_driving_licence", "nl_residence_permit", "be_id_card", "de_id_card"]


@dataclass
class Document:
    """What one document carries (visible or not), and the style choices that all of its sides share."""

    kind: str
    model: str  # "2014"/"2021" for Dutch cards and passports, "eu" otherwise
    values: dict[str, object]
    sides: list[str]
    style: dict[str, object] = field(default_factory=dict)


def _date(rng: np.random.Generator, start: int, end: int) -> dt.date:
    first = dt.date(start, 1, 1).toordinal()
    return dt.date.fromordinal(first + int(rng.integers(0, dt.date(end, 12, 31).toordinal() - first)))


def yymmdd(day: dt.date) -> str:
    return f"{day:%y%m%d}"


def make_document(kind: str, rng: np.random.Generator, model: str | None = None) -> Document:
    """Draw a fictitious holder and every number the document of `kind` carries."""
    sex = str(rng.choice(["F", "M"]))
    born = _date(rng, 1946, 2006)
    issued = _date(rng, 2016, 2025)
    # Issued on 29 February, a document expires on the 28th ten years on (a leap day that year is not sure).
    expiry = issued.replace(year=issued.year + 10, day=min(issued.day, 28) if issued.month == 2 else issued.day)
    names = {"be_id_card": (SURNAMES_BE, GIVEN_BE), "de_id_card": (SURNAMES_DE, GIVEN_DE)}
    surnames, givens = names.get(kind, (SURNAMES, GIVEN_NAMES))
    surname, given = str(rng.choice(surnames)), str(rng.choice(givens))
    values: dict[str, object] = {
        "surname": surname,
        "given_names": given,
        "date_of_birth": born.isoformat(),
        "sex": sex,
        "date_of_issue": issued.isoformat(),
        "date_of_expiry": expiry.isoformat(),
        "place_of_birth": str(rng.choice(PLACES)),
        "bsn": None,
        "personal_number": None,
        "mrz": [],
    }
    b, e = yymmdd(born), yymmdd(expiry)
    if kind in ("nl_id_card", "nl_passport", "nl_residence_permit"):
        values["document_number"] = dutch_document_number(rng)
    model = model or ("2014" if rng.random() < 0.45 else "2021")
    if kind == "nl_id_card":
        values["bsn"] = bsn(rng)
        in_mrz = model == "2014"  # older cards carry the BSN in the MRZ's optional data
        values["mrz"] = td1(
            "I", "NLD", values["document_number"], values["bsn"] if in_mrz else "", b, sex, e, "NLD", "", surname, given
        )
        sides = ["front", "back"]
    elif kind == "nl_passport":
        values["bsn"] = bsn(rng)
        personal = values["bsn"] if model == "2014" else ""
        values["mrz"] = td3("NLD", values["document_number"], "NLD", b, sex, e, personal, surname, given)
        # older passports print the BSN on the data page; newer ones on a separate page inside the back cover
        sides = ["data_page", "facing_page"] if model == "2014" else ["data_page", "bsn_page"]
    elif kind == "nl_driving_licence":
        values["bsn"] = bsn(rng)
        values["document_number"] = licence_number(rng)
        values["issuing_authority"] = f"Burgemeester van {rng.choice(PLACES)}"
        values["categories"] = str(rng.choice(["AM/B", "AM/A1/B", "AM/B/BE", "AM/A/B/C1"]))
        model = "eu"
        sides = ["front", "back"]
    elif kind == "nl_residence_permit":
        values["v_number"] = v_number(rng)
        values["mrz"] = td1(
            "IR",
            "NLD",
            values["document_number"],
            "",
            b,
            sex,
            e,
            str(rng.choice(["MAR", "TUR", "SYR", "IND", "USA", "BRA"])),
            "",
            surname,
            given,
        )
        model = "eu"
        sides = ["front", "back"]
    elif kind == "be_id_card":
        card = belgian_card_number(rng)
        values["document_number"] = card
        values["document_number_printed"] = f"{card[:3]}-{card[3:10]}-{card[10:]}"
        nn = belgian_national_number(born, rng, sex)
        values["personal_number"] = nn
        values["personal_number_printed"] = f"{nn[:2]}.{nn[2:4]}.{nn[4:6]}-{nn[6:9]}.{nn[9:]}"
        values["mrz"] = td1("ID", "BEL", card, "", b, sex, e, "BEL", nn, surname, given)
        model = "eu"
        sides = ["front", "back"]
    elif kind == "de_id_card":
        number = german_document_number(rng)
        values["document_number"] = number
        values["can"] = "".join(str(int(d)) for d in rng.integers(0, 10, size=6))
        values["mrz"] = td1("ID", "D<<", number, "", b, sex, e, "D", "", surname, given)
        model = "eu"
        sides = ["front", "back"]
    else:
        raise ValueError(f"unknown document kind {kind!r}")
    return Document(kind=kind, model=model, values=values, sides=sides)
