"""Fictitious holders and the numbers on their documents.

Every name is drawn from short lists of common given names and surnames and combined at random, so no
holder is a real person. Numbers are valid where a checksum exists: BSNs pass the 11-proef, Belgian
national register numbers their mod-97 check, MRZ lines their ICAO 9303 check digits (built with the
``mrz`` package). Dutch document numbers follow the 9-character scheme (two letters, six letters or
digits, one digit; never the letter O).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from mrz.base.errors import LengthError
from mrz.generator.td1 import TD1CodeGenerator
from mrz.generator.td3 import TD3CodeGenerator

# --- names -------------------------------------------------------------------------------------------------------

NL_SURNAMES = [
    "Wolterink",
    "van der Heijden",
    "Brinkhorst",
    "de Kruijf",
    "Hazelhoff",
    "Verschuur",
    "van Dongen",
    "Oosterveld",
    "ter Horst",
    "Kwakkel",
    "van 't Hof",
    "Buitenhuis",
    "Dijkhuizen",
    "de Lange",
    "Mertens",
    "Zwanenburg",
    "van Rijswijk",
    "Koopmans",
    "Schipper",
    "Lamers",
    "van Gelder",
    "Boersma",
    "Heijnen",
    "Rozendaal",
    "van Ommen",
    "Steenbergen",
    "de Ruiter",
    "Tielemans",
    "Kuijpers",
    "van Essen",
]
NL_GIVEN_F = [
    "Femke",
    "Annelies",
    "Zoë",
    "Marloes",
    "Noor",
    "Ilse",
    "Chloë",
    "Sanne",
    "Anouk",
    "Wilhelmina",
    "Lieke",
    "Renée",
    "Eva",
    "Joke",
    "Maaike",
    "Hanna",
    "Fleur",
    "Inge",
]
NL_GIVEN_M = [
    "Bram",
    "Joris",
    "Teun",
    "Maarten",
    "Sjoerd",
    "Pieter",
    "Daan",
    "Gijs",
    "Wouter",
    "Hendrik",
    "Ruben",
    "Thijs",
    "Koen",
    "Jelle",
    "Stijn",
    "Arjen",
    "Bas",
    "Friso",
]
BE_SURNAMES = [
    "Vandenbroucke",
    "Claessens",
    "De Backer",
    "Wuyts",
    "Lemmens",
    "Dewulf",
    "Goossens",
    "Vermeersch",
    "Dumont",
    "Lejeune",
    "Van Damme",
    "Hermans",
    "Verstraete",
    "Desmet",
    "Willaert",
]
BE_GIVEN_F = ["Lotte", "Elise", "Manon", "Ine", "Camille", "Fien", "Margot", "Hélène", "Jana"]
BE_GIVEN_M = ["Wout", "Thibault", "Arne", "Jasper", "Louis", "Seppe", "Cédric", "Pieterjan", "Robbe"]
DE_SURNAMES = [
    "Schäfer",
    "Brandt",
    "Hoffmeister",
    "Kühn",
    "Lindner",
    "Vogt",
    "Engel",
    "Haas",
    "Seidel",
    "Böhm",
    "Winkler",
    "Lorenz",
    "Krause",
    "Busch",
    "Pohl",
]
DE_GIVEN_F = ["Birgit", "Katharina", "Lena", "Ute", "Miriam", "Jana", "Sabine", "Franziska", "Leonie"]
DE_GIVEN_M = ["Jürgen", "Tobias", "Matthias", "Florian", "Uwe", "Sebastian", "Henrik", "Lukas", "Dirk"]
# Residence-permit holders: nationality code, nationality as printed on a Dutch card, names.
RP_ORIGINS = [
    ("TUR", "Turkse", ["Yildiz", "Demirtas", "Kaya", "Aksoy"], ["Elif", "Zeynep", "Esra"], ["Emre", "Burak", "Murat"]),
    (
        "MAR",
        "Marokkaanse",
        ["El Idrissi", "Benali", "Ouahabi"],
        ["Samira", "Nadia", "Imane"],
        ["Youssef", "Karim", "Mehdi"],
    ),
    ("SYR", "Syrische", ["Haddad", "Khoury", "Nassar"], ["Rania", "Lina", "Dima"], ["Omar", "Fadi", "Rami"]),
    ("IND", "Indiase", ["Sharma", "Iyer", "Kulkarni"], ["Priya", "Ananya", "Kavya"], ["Arjun", "Rohan", "Vikram"]),
    (
        "USA",
        "Amerikaanse",
        ["Whitfield", "Ramirez", "Okafor"],
        ["Megan", "Ashley", "Grace"],
        ["Tyler", "Caleb", "Jordan"],
    ),
    (
        "UKR",
        "Oekraïense",
        ["Kovalenko", "Bondarenko", "Tkachuk"],
        ["Olena", "Iryna", "Oksana"],
        ["Taras", "Andrii", "Dmytro"],
    ),
    (
        "BRA",
        "Braziliaanse",
        ["Carvalho", "Moreira", "Teixeira"],
        ["Larissa", "Beatriz", "Camila"],
        ["Thiago", "Rafael", "Gustavo"],
    ),
]

NL_PLACES = [
    "Utrecht",
    "Zwolle",
    "Groningen",
    "Eindhoven",
    "Leeuwarden",
    "Haarlem",
    "Amersfoort",
    "Deventer",
    "Tilburg",
    "Nijmegen",
    "Middelburg",
    "Assen",
    "Delft",
    "Leiden",
    "Maastricht",
    "Den Helder",
]
NL_MUNICIPALITIES = [
    "Utrecht",
    "Zwolle",
    "Groningen",
    "Eindhoven",
    "Haarlem",
    "Amersfoort",
    "Deventer",
    "Tilburg",
    "Nijmegen",
    "Delft",
    "Leiden",
    "Maastricht",
    "Almere",
    "Arnhem",
    "Breda",
]
BE_PLACES = ["Gent", "Leuven", "Brugge", "Hasselt", "Mechelen", "Namur", "Liège", "Kortrijk", "Aalst", "Genk"]
DE_PLACES = ["Köln", "Münster", "Bremen", "Kassel", "Leipzig", "Freiburg", "Mainz", "Bochum", "Rostock", "Kiel"]
DE_STREETS = ["Lindenallee", "Gartenstraße", "Am Mühlbach", "Bergstraße", "Schillerweg", "Rosenhof"]
OTHER_PLACES = {
    "TUR": ["Konya", "Izmir", "Kayseri"],
    "MAR": ["Nador", "Tanger", "Fes"],
    "SYR": ["Homs", "Latakia"],
    "IND": ["Pune", "Chennai", "Mysore"],
    "USA": ["Tucson", "Madison", "Raleigh"],
    "UKR": ["Lviv", "Poltava", "Odesa"],
    "BRA": ["Curitiba", "Recife", "Belém"],
}

# Month abbreviations as Dutch documents print them (Dutch/English).
NL_MONTHS = [
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
]

DOC_LETTERS = "ABCDEFGHIJKLMNPQRSTUVWXYZ"  # no O
DOC_ALNUM = DOC_LETTERS + "0123456789"
DE_DOC_CHARS = "CFGHJKLMNPRTVWXYZ0123456789"


# --- numbers -----------------------------------------------------------------------------------------------------


def bsn_is_valid(value: str) -> bool:
    """The 11-proef: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not all zeros)."""
    if len(value) != 9 or not value.isdigit() or value == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(value[:8], range(9, 1, -1), strict=True)) - int(value[8])
    return total % 11 == 0


def make_bsn(rng: random.Random) -> str:
    while True:
        head = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        last = sum(int(d) * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
        if last < 10:
            value = head + str(last)
            if bsn_is_valid(value):
                return value


def make_nl_document_number(rng: random.Random, first: str | None = None) -> str:
    letters = (first or rng.choice(DOC_LETTERS)) + rng.choice(DOC_LETTERS)
    middle = "".join(rng.choice(DOC_ALNUM) for _ in range(6))
    return letters + middle + str(rng.randint(0, 9))


def make_v_number(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(9))


def make_licence_number(rng: random.Random) -> str:
    """Dutch driving-licence numbers are ten digits."""
    return str(rng.randint(4, 5)) + "".join(str(rng.randint(0, 9)) for _ in range(9))


def make_be_national_number(rng: random.Random, dob: dt.date, sex: str) -> str:
    serial = rng.randrange(1, 998)
    if (serial % 2 == 1) != (sex == "M"):
        serial += 1
    base = f"{dob:%y%m%d}{serial:03d}"
    number = int(("2" + base) if dob.year >= 2000 else base)
    return base + f"{97 - number % 97:02d}"


def make_be_card_number(rng: random.Random) -> str:
    """Twelve digits, the last two a mod-97 check over the first ten (printed 592-1234567-89)."""
    head = "59" + str(rng.randint(0, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    check = int(head) % 97 or 97
    return head + f"{check:02d}"


def make_de_document_number(rng: random.Random) -> str:
    return rng.choice("LMNPRTVWXY") + "".join(rng.choice(DE_DOC_CHARS) for _ in range(8))


def mrz_check_digit(text: str) -> str:
    """ICAO 9303 check digit (weights 7, 3, 1; '<' counts 0)."""
    total = 0
    for i, ch in enumerate(text):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


# --- holders and documents ---------------------------------------------------------------------------------------


@dataclass
class Holder:
    surname: str
    given_names: str
    sex: str  # "F" or "M"
    dob: dt.date
    place_of_birth: str
    nationality: str  # ISO 3166 alpha-3 as in the MRZ ("D" for Germany)
    nationality_word: str
    height_cm: int
    bsn: str | None = None
    be_national_number: str | None = None
    address: list[str] = field(default_factory=list)


def _date_between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days))


def make_holder(rng: random.Random, country: str) -> Holder:
    """country: "NL", "BE", "DE" or "RP" (a third-country national living in the Netherlands)."""
    sex = rng.choice("FM")
    dob = _date_between(rng, dt.date(1948, 1, 1), dt.date(2005, 12, 31))
    height = rng.randint(152, 196) if sex == "M" else rng.randint(148, 186)
    n_given = rng.choice([1, 1, 2, 2, 3])
    if country == "NL":
        pool = NL_GIVEN_F if sex == "F" else NL_GIVEN_M
        return Holder(
            rng.choice(NL_SURNAMES),
            " ".join(rng.sample(pool, n_given)),
            sex,
            dob,
            rng.choice(NL_PLACES),
            "NLD",
            "Nederlandse",
            height,
            bsn=make_bsn(rng),
        )
    if country == "BE":
        pool = BE_GIVEN_F if sex == "F" else BE_GIVEN_M
        holder = Holder(
            rng.choice(BE_SURNAMES),
            " ".join(rng.sample(pool, min(n_given, 2))),
            sex,
            dob,
            rng.choice(BE_PLACES),
            "BEL",
            "BEL",
            height,
        )
        holder.be_national_number = make_be_national_number(rng, dob, sex)
        return holder
    if country == "DE":
        pool = DE_GIVEN_F if sex == "F" else DE_GIVEN_M
        holder = Holder(
            rng.choice(DE_SURNAMES),
            " ".join(rng.sample(pool, min(n_given, 2))),
            sex,
            dob,
            rng.choice(DE_PLACES),
            "D",
            "DEUTSCH",
            height,
        )
        city = rng.choice(DE_PLACES)
        holder.address = [
            f"{rng.randint(10000, 99999)} {city.upper()}",
            f"{rng.choice(DE_STREETS).upper()} {rng.randint(1, 140)}",
        ]
        return holder
    code, word, surnames, given_f, given_m = rng.choice(RP_ORIGINS)
    pool = given_f if sex == "F" else given_m
    return Holder(
        rng.choice(surnames),
        " ".join(rng.sample(pool, min(n_given, 2))),
        sex,
        dob,
        rng.choice(OTHER_PLACES[code]),
        code,
        word,
        height,
        bsn=make_bsn(rng),
    )


def nl_date(d: dt.date) -> str:
    return f"{d.day:02d} {NL_MONTHS[d.month - 1]} {d.year}"


def dotted_date(d: dt.date) -> str:
    return f"{d:%d.%m.%Y}"


def dashed_date(d: dt.date) -> str:
    return f"{d:%d-%m-%Y}"


def dotted_bsn(bsn: str) -> str:
    return f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"


@dataclass
class Document:
    kind: str
    holder: Holder
    number: str  # as in the MRZ / without separators
    number_printed: str
    issued: dt.date
    expires: dt.date
    authority: str
    mrz: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)


DOCUMENT_COUNTRY = {
    "nl_id_2014": "NL",
    "nl_id_2021": "NL",
    "nl_passport_2014": "NL",
    "nl_passport_2021": "NL",
    "nl_driving_licence": "NL",
    "nl_residence_permit": "RP",
    "be_id": "BE",
    "de_id": "DE",
}


def _issue_dates(rng: random.Random, holder: Holder, start: dt.date, end: dt.date, years: int):
    earliest = max(start, holder.dob + dt.timedelta(days=365 * 16))
    if earliest >= end:
        earliest = end - dt.timedelta(days=30)
    issued = _date_between(rng, earliest, end)
    try:
        expires = issued.replace(year=issued.year + years) - dt.timedelta(days=rng.choice([0, 1]))
    except ValueError:  # 29 February
        expires = issued.replace(year=issued.year + years, day=28)
    return issued, expires


def _fitted(make, surname: str, given_names: str):
    """Build an MRZ, truncating the name as ICAO 9303 does when it is too long: given names first (whole
    names from the end, then letters), then the surname."""
    given = given_names.split()
    while True:
        try:
            gen = make(surname, " ".join(given))
            str(gen)  # the name field is checked when the lines are built
            return gen
        except LengthError as exc:
            if "name" not in str(exc):
                raise
            if len(given) > 1:
                given = given[:-1]
            elif given and len(given[0]) > 1:
                given = [given[0][:-1]]
            else:
                surname = surname[:-1]


def _yymmdd(d: dt.date) -> str:
    return f"{d:%y%m%d}"


def make_document(rng: random.Random, kind: str, holder: Holder | None = None) -> Document:
    holder = holder or make_holder(rng, DOCUMENT_COUNTRY[kind])
    mun = rng.choice(NL_MUNICIPALITIES)
    if kind in ("nl_id_2014", "nl_passport_2014"):
        issued, expires = _issue_dates(rng, holder, dt.date(2014, 3, 9), dt.date(2021, 7, 31), 10)
    elif kind in ("nl_id_2021", "nl_passport_2021"):
        issued, expires = _issue_dates(rng, holder, dt.date(2021, 8, 2), dt.date(2025, 12, 31), 10)
    elif kind == "nl_driving_licence":
        issued, expires = _issue_dates(rng, holder, dt.date(2015, 1, 1), dt.date(2025, 12, 31), 10)
    elif kind == "nl_residence_permit":
        issued, expires = _issue_dates(rng, holder, dt.date(2019, 1, 1), dt.date(2025, 12, 31), 5)
    else:
        issued, expires = _issue_dates(rng, holder, dt.date(2018, 1, 1), dt.date(2025, 12, 31), 10)

    sex_mrz = holder.sex
    if kind.startswith("nl_id"):
        number = make_nl_document_number(rng, first=rng.choice("IJKNS"))
        doc = Document(kind, holder, number, number, issued, expires, f"Burgemeester van {mun}")
        gen = _fitted(
            lambda sn, gn: TD1CodeGenerator(
                "I",
                "NLD",
                number,
                _yymmdd(holder.dob),
                sex_mrz,
                _yymmdd(expires),
                "NLD",
                sn,
                gn,
                optional_data1=holder.bsn,
            ),
            holder.surname,
            holder.given_names,
        )
        doc.mrz = str(gen).split("\n")
    elif kind.startswith("nl_passport"):
        number = make_nl_document_number(rng, first=rng.choice("BNPX"))
        doc = Document(kind, holder, number, number, issued, expires, f"Burgemeester van {mun}")
        optional = holder.bsn if kind == "nl_passport_2014" else ""
        gen = _fitted(
            lambda sn, gn: TD3CodeGenerator(
                "P",
                "NLD",
                sn,
                gn,
                number,
                "NLD",
                _yymmdd(holder.dob),
                sex_mrz,
                _yymmdd(expires),
                optional_data=optional,
            ),
            holder.surname,
            holder.given_names,
        )
        doc.mrz = str(gen).split("\n")
    elif kind == "nl_driving_licence":
        number = make_licence_number(rng)
        doc = Document(kind, holder, number, number, issued, expires, f"Burg. van {mun}")
        cats = rng.choice([["AM", "B"], ["AM", "B", "BE"], ["AM", "A", "B"], ["AM", "A2", "B", "C1"]])
        doc.extra["categories"] = cats
    elif kind == "nl_residence_permit":
        number = make_nl_document_number(rng, first=rng.choice("EWXYZ"))
        v_number = make_v_number(rng)
        doc = Document(kind, holder, number, number, issued, expires, "IND")
        doc.extra["v_number"] = v_number
        doc.extra["permit_type"] = rng.choice(
            ["REGULIER BEPAALDE TIJD", "REGULIER ONBEPAALDE TIJD", "ASIEL BEPAALDE TIJD", "EU LANGDURIG INGEZETENE"]
        )
        doc.extra["remarks"] = rng.choice(
            [
                "Arbeid vrij toegestaan. TWV niet vereist.",
                "Arbeid toegestaan mits TWV aanwezig.",
                "Verblijf bij partner. Arbeid vrij toegestaan.",
            ]
        )
        gen = _fitted(
            lambda sn, gn: TD1CodeGenerator(
                "IR",
                "NLD",
                number,
                _yymmdd(holder.dob),
                sex_mrz,
                _yymmdd(expires),
                holder.nationality,
                sn,
                gn,
                optional_data1=v_number,
            ),
            holder.surname,
            holder.given_names,
        )
        doc.mrz = str(gen).split("\n")
    elif kind == "be_id":
        number = make_be_card_number(rng)
        printed = f"{number[:3]}-{number[3:10]}-{number[10:]}"
        place = rng.choice(BE_PLACES)
        doc = Document(kind, holder, number, printed, issued, expires, place)
        doc.mrz = be_td1(number, holder, expires)
    elif kind == "de_id":
        number = make_de_document_number(rng)
        doc = Document(kind, holder, number, number, issued, expires, f"Stadt {rng.choice(DE_PLACES)}")
        doc.extra["can"] = "".join(str(rng.randint(0, 9)) for _ in range(6))
        doc.extra["eyes"] = rng.choice(["BRAUN", "BLAU", "GRÜN", "GRAU"])
        gen = _fitted(
            lambda sn, gn: TD1CodeGenerator("ID", "D", number, _yymmdd(holder.dob), "<", _yymmdd(expires), "D", sn, gn),
            holder.surname,
            holder.given_names,
        )
        doc.mrz = str(gen).split("\n")
    else:
        raise ValueError(kind)
    return doc


def be_td1(number: str, holder: Holder, expires: dt.date) -> list[str]:
    """Belgian TD1 with its 12-digit card number in the ICAO long form.

    ICAO 9303-5 (4.2.2, note j): a document number longer than nine characters puts its first nine in the
    number field, '<' in the check-digit position, the rest in the optional field followed by the check
    digit over the whole number. The national register number goes in the optional field of line 2.
    """
    nn = holder.be_national_number or ""
    gen = _fitted(
        lambda sn, gn: TD1CodeGenerator(
            "ID", "BEL", number[:9], _yymmdd(holder.dob), holder.sex, _yymmdd(expires), "BEL", sn, gn, optional_data2=nn
        ),
        holder.surname,
        holder.given_names,
    )
    lines = str(gen).split("\n")
    line1 = ("IDBEL" + number[:9] + "<" + number[9:] + mrz_check_digit(number)).ljust(30, "<")
    line2 = lines[1][:29]
    composite = line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]
    return [line1, line2 + mrz_check_digit(composite), lines[2]]
