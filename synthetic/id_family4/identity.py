"""Fictitious holders and their numbers, every checksum valid: BSN (11-proef), Dutch document numbers, V-numbers,
Dutch licence numbers, Belgian card and national numbers (mod 97), German card numbers, ICAO 9303 MRZs."""

from __future__ import annotations

import datetime as dt

import numpy as np

SURNAMES = (
    "Ravenhorst Tuinstra Oudekerk Wildervank Brakel Scheepmaker Lindenhout Verkerk-Maas Zonnebloem Haverkamp "
    "Kuipersveld Molengraaf Ter Braak Van Esveld De Kromhout Achterberg Blokzijl Dijkgraaf Heuvelink Oosterwolde "
    "Pauwelyn Vanderstraeten Dewolf Janssens-Peeters Lambrecht Hoogstraten Brenninkhof Grünwald Kesselring "
    "Achtermann Weidenbach Sørlie El Idrissi Benali Yılmaz Kowalczyk Novák Ferreira Costa"
).split()
GIVEN = (
    "Maartje Sietse Fenna Jorrit Wietske Thijmen Liselot Gerrit Roosmarijn Douwe Ilse Bram Noor Ruben Femke "
    "Joost Anouk Pepijn Marloes Siebe Elif Yusuf Amira Kasper Leontien Wout Hanna Friedrich Käthe Lotte Jonas "
    "Marie-Claire Pieter-Jan Sanne Emre Zofia Tomasz Inês Joaquim"
).split()
SURNAME_PARTS = ("Ter Braak", "Van Esveld", "De Kromhout", "El Idrissi")


def fold(text: str) -> str:
    """A name as the MRZ spells it: capitals, transliterated, spaces and hyphens as fillers."""
    table = {"Ü": "UE", "Ö": "OE", "Ä": "AE", "Ø": "OE", "Ç": "C", "Ş": "S", "I": "I", "İ": "I", "Ê": "E", "Á": "A"}
    table.update({"É": "E", "È": "E", "Ë": "E", "Ï": "I", "Ô": "O", "Ã": "A", "Ñ": "N", "Ő": "OE", "Ý": "Y"})
    up = text.upper().replace("ı".upper(), "I").replace("ß", "SS")
    out = "".join(table.get(c, c) for c in up)
    out = "".join(c if c.isalnum() and c.isascii() else "<" for c in out)
    return out


def check_digit(data: str) -> str:
    """ICAO 9303 check digit: weights 7, 3, 1; digits as themselves, A-Z as 10-35, filler as 0."""
    total = 0
    for i, c in enumerate(data):
        if c.isdigit():
            v = int(c)
        elif c.isalpha():
            v = ord(c.upper()) - 55
        else:
            v = 0
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


def bsn(rng: np.random.Generator) -> str:
    """A nine-digit number passing the 11-proef (sum of d_i * (9..2) - d_9 divisible by 11)."""
    while True:
        d = [int(x) for x in rng.integers(0, 10, 8)]
        if d[0] == 0 and d[1] == 0:
            continue
        s = sum(v * w for v, w in zip(d, range(9, 1, -1), strict=True))
        last = s % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def bsn_valid(value: str) -> bool:
    d = [int(c) for c in value]
    return len(d) == 9 and (sum(v * w for v, w in zip(d[:8], range(9, 1, -1), strict=True)) - d[8]) % 11 == 0


NL_LETTERS = "ABCDEFGHIJKLMNPQRSTUVWXYZ"  # no O


def nl_document_number(rng: np.random.Generator) -> str:
    """Nine characters, letters (no O) and digits, the first two letters, the last a digit."""
    alnum = NL_LETTERS + "0123456789"
    head = "".join(NL_LETTERS[i] for i in rng.integers(0, len(NL_LETTERS), 2))
    mid = "".join(alnum[i] for i in rng.integers(0, len(alnum), 6))
    return head + mid + str(int(rng.integers(0, 10)))


def v_number(rng: np.random.Generator) -> str:
    """A ten-digit V-number (vreemdelingennummer), its last digit an 11-proef over the first nine."""
    while True:
        d = [int(x) for x in rng.integers(0, 10, 9)]
        s = sum(v * w for v, w in zip(d, range(10, 1, -1), strict=True))
        last = s % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def nl_licence_number(rng: np.random.Generator) -> str:
    return "5" + "".join(str(int(x)) for x in rng.integers(0, 10, 9))


def be_card_number(rng: np.random.Generator) -> str:
    """Twelve digits: ten, then the ten modulo 97 (97 when 0)."""
    base = int(rng.integers(5_900_000_000, 5_999_999_999))
    head = f"{base:010d}"
    mod = int(head) % 97 or 97
    return head + f"{mod:02d}"


def be_national_number(rng: np.random.Generator, birth: dt.date, sex: str) -> str:
    """YYMMDD, a serial odd for men and even for women, then 97 - (number mod 97), with the 2000s prefix rule."""
    serial = int(rng.integers(1, 499)) * 2 + (1 if sex == "M" else 0)
    serial = min(serial, 997)
    head = f"{birth:%y%m%d}{serial:03d}"
    n = int(("2" if birth.year >= 2000 else "") + head)
    return head + f"{97 - n % 97:02d}"


DE_ALPHABET = "CFGHJKLMNPRTVWXYZ0123456789"


def de_card_number(rng: np.random.Generator) -> str:
    first = "LMNPRTVWXY"[int(rng.integers(0, 10))]
    rest = "".join(DE_ALPHABET[i] for i in rng.integers(0, len(DE_ALPHABET), 8))
    return first + rest


def mrz_name(surname: str, given: str, width: int) -> str:
    s = fold(surname).strip("<") + "<<" + fold(given).strip("<")
    return (s + "<" * width)[:width]


def yymmdd(d: dt.date) -> str:
    return f"{d:%y%m%d}"


def td1(
    doc_code: str,
    state: str,
    number: str,
    birth: dt.date,
    sex: str,
    expiry: dt.date,
    nationality: str,
    surname: str,
    given: str,
    optional1: str = "",
    optional2: str = "",
) -> list[str]:
    """Three 30-character lines; a number longer than nine characters overflows into optional data (check in it)."""
    if len(number) > 9:
        field, check = number[:9], "<"
        opt1 = (number[9:] + check_digit(number) + "<" + optional1 + "<" * 15)[:15]
    else:
        field, check = (number + "<" * 9)[:9], check_digit((number + "<" * 9)[:9])
        opt1 = (optional1 + "<" * 15)[:15]
    line1 = (doc_code + "<" * 2)[:2] + state + field + check + opt1
    dob, exp = yymmdd(birth), yymmdd(expiry)
    opt2 = (optional2 + "<" * 11)[:11]
    body = dob + check_digit(dob) + sex + exp + check_digit(exp) + nationality + opt2
    upper = line1[5:30] + body[0:7] + body[8:15] + body[18:29]
    line2 = body + check_digit(upper)
    line3 = mrz_name(surname, given, 30)
    assert len(line1) == 30 and len(line2) == 30, (line1, line2)
    return [line1, line2, line3]


def td3(
    state: str,
    number: str,
    birth: dt.date,
    sex: str,
    expiry: dt.date,
    nationality: str,
    surname: str,
    given: str,
    personal: str = "",
) -> list[str]:
    """Two 44-character lines of a passport (ICAO 9303 part 4)."""
    line1 = ("P<" + state + mrz_name(surname, given, 39))[:44]
    num = (number + "<" * 9)[:9]
    dob, exp = yymmdd(birth), yymmdd(expiry)
    pers = (personal + "<" * 14)[:14]
    pers_check = check_digit(pers) if personal else "<"
    body = num + check_digit(num) + nationality + dob + check_digit(dob) + sex + exp + check_digit(exp) + pers
    body += pers_check
    composite = num + check_digit(num) + dob + check_digit(dob) + exp + check_digit(exp) + pers + pers_check
    line2 = body + check_digit(composite)
    assert len(line1) == 44 and len(line2) == 44, (line1, line2)
    return [line1, line2]


MONTHS_NL = "JAN FEB MRT APR MEI JUN JUL AUG SEP OKT NOV DEC".split()
MONTHS_EN = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
MONTHS_FR = "JAN FÉV MARS AVR MAI JUIN JUIL AOÛT SEPT OCT NOV DÉC".split()
MONTHS_DE = "JAN FEB MÄR APR MAI JUN JUL AUG SEP OKT NOV DEZ".split()


def date_text(d: dt.date, style: str) -> str:
    """A date as printed: ``nl_en`` 14 MRT/MAR 1981, ``dots`` 14.03.1981, ``fr`` 14 MARS 1981, ``de`` 14.03.1981,
    ``slash`` 14/03/1981, ``iso`` 1981-03-14."""
    m = d.month - 1
    if style == "nl_en":
        return f"{d.day:02d} {MONTHS_NL[m]}/{MONTHS_EN[m]} {d.year}"
    if style == "fr_nl":
        return f"{d.day:02d} {MONTHS_FR[m]}/{MONTHS_NL[m]} {d.year}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def person(rng: np.random.Generator) -> dict:
    """A fictitious holder: names from word lists no register holds together, a date of birth, a sex."""
    n_given = int(rng.integers(1, 4))
    given = " ".join(GIVEN[i] for i in rng.choice(len(GIVEN), n_given, replace=False))
    surname = SURNAMES[int(rng.integers(len(SURNAMES)))]
    if rng.random() < 0.15:
        surname = surname + "-" + SURNAMES[int(rng.integers(len(SURNAMES)))]
    birth = dt.date(1940, 1, 1) + dt.timedelta(days=int(rng.integers(0, 365 * 64)))
    sex = "F" if rng.random() < 0.5 else "M"
    return {"surname": surname, "given_names": given, "birth": birth, "sex": sex}
