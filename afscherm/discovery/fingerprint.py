"""Keyed fingerprints of personal data: the index matches a subject's identifiers without holding them.

``fingerprint(type, value, key)`` = hex HMAC-SHA256(key, ``type + "\\x1f" + normalise(type, value))``.
Every writing of one value must give one normalised form, or a subject's look-up misses the objects where it
was written differently; two different values must never share one. Each rule below is one small pure function,
documented (with doctests) next to what it does; ``normalise`` dispatches on the entity type.

The values inside an MRZ are reported under their own types (``NL_BSN``, ``DATE_OF_BIRTH``, ``PERSON``,
``NL_ID_DOCUMENT``), so their rules also read the MRZ writings (``<`` fillers, ``YYMMDD``, ``SURNAME<<GIVEN``):
a subject's BSN found on a passport copy has the same fingerprint as the BSN typed in an e-mail.

The entity type is part of the message, so the same string as a phone number and as a BSN does not link.
"""

from __future__ import annotations

import base64
import binascii
import encodings.idna
import hashlib
import hmac
import ipaddress
import os
import re
import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import idna
import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum import luhn
from stdnum.iso7064 import mod_97_10
from stdnum.nl import bsn as stdnum_bsn

from afscherm.detectors.config import ConfigError
from afscherm.detectors.date_of_birth import written_date
from afscherm.detectors.iban import fits_format, ocr_repaired
from afscherm.detectors.ip_address import spoken_octet
from afscherm.detectors.number_writings import OCR_DIGITS
from afscherm.detectors.spoken_email import written
from afscherm.detectors.spoken_numbers import spoken_value
from afscherm.detectors.text_view import detection_view

KEY_ENV = "AFSCHERM_INDEX_KEY"
KEY_BLOCK_ENV = "AFSCHERM_INDEX_KEY_BLOCK"
MIN_KEY_BYTES = 16
SEPARATOR = "\x1f"  # ASCII unit separator: cannot occur in an entity type name

# Two-digit years (``14/3/81``, MRZ ``810314``): 00–29 → 2000–2029, 30–99 → 1930–1999.
# Fixed, not relative to today, so that a value indexed this year still matches its look-up next year;
# it covers every living customer born 1930–2029. Move it (and re-fingerprint) before 2030.
TWO_DIGIT_YEAR_PIVOT = 30

# Spoken digits in call transcripts ("nul zes een twee ...") are written out by the detectors' spoken-number
# recogniser; the value it reports is that text. Diacritics are stripped before look-up ("één" → "een").
_DIGIT_WORDS = {
    "nul": "0", "een": "1", "twee": "2", "drie": "3", "vier": "4",
    "vijf": "5", "zes": "6", "zeven": "7", "acht": "8", "negen": "9", "plus": "+",
}  # fmt: skip
_DIGIT_WORD_RE = re.compile(r"(?<![^\W\d_])(" + "|".join(_DIGIT_WORDS) + r")(?![^\W\d_])", re.IGNORECASE)
_FILLER_WORD_RE = re.compile(r"(?<![^\W\d_])(?:punt|streepje|ehm|eh|uhm|uh|euh)(?![^\W\d_])", re.IGNORECASE)

_MONTHS = {
    "januari": 1, "jan": 1, "january": 1, "februari": 2, "feb": 2, "febr": 2, "february": 2,
    "maart": 3, "mrt": 3, "maa": 3, "mar": 3, "march": 3, "april": 4, "apr": 4, "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6, "juli": 7, "jul": 7, "july": 7, "augustus": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "october": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# Shared helpers


def _collapse(text: str) -> str:
    """Runs of whitespace become one space, none at the ends.

    >>> _collapse("  a \\t b\\n")
    'a b'
    """
    return " ".join(text.split())


def _strip_diacritics(text: str) -> str:
    """NFKD, then combining marks dropped: ``é`` → ``e``, ligature ``ĳ`` → ``ij``.

    >>> _strip_diacritics("Müller-Lüdenscheidt Ĳsselmeer één")
    'Muller-Ludenscheidt IJsselmeer een'
    """
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _spoken_digits(text: str) -> str:
    """Dutch digit words to digits, filler words dropped: transcripts read numbers out digit by digit.

    >>> _collapse(_spoken_digits("nul zes, twee acht ehm één"))
    '0 6, 2 8 1'
    """
    text = _FILLER_WORD_RE.sub(" ", _strip_diacritics(text))
    return _DIGIT_WORD_RE.sub(lambda m: _DIGIT_WORDS[m.group(1).lower()], text)


def _digits(text: str) -> str:
    """Only the digits (any separators, spoken digits too).

    >>> _digits("1112.22.333")
    '111222333'
    >>> _digits("een twee drie")
    '123'
    """
    return "".join(c for c in _spoken_digits(unicodedata.normalize("NFKC", text)) if c.isascii() and c.isdigit())


def _default(value: str) -> str:
    """Unknown types: NFC, case-folded, whitespace collapsed.

    >>> _default("  Iets   ANDERS ")
    'iets anders'
    """
    return _collapse(unicodedata.normalize("NFC", value).casefold())


# ---------------------------------------------------------------------------------------------------------
# One rule per entity type


def normalise_bsn(value: str) -> str:
    """NL_BSN: the digits; an 8-digit BSN gets its leading zero back (the 11-proef is the same).

    Dots, spaces, dashes, MRZ fillers and spoken digits do not matter.

    >>> normalise_bsn("1112.22.333"), normalise_bsn("111 222 333"), normalise_bsn("111222333<<<<<")
    ('111222333', '111222333', '111222333')
    >>> normalise_bsn("12345672")
    '012345672'

    When the digits fail the 11-proef, the readings the recognisers make (OCR's letters for digits, numbers read
    out with repeats) that pass it.

    >>> normalise_bsn("1234.56.84B"), normalise_bsn("een een een, twee twee twee, drie keer drie")
    ('123456848', '111222333')
    """
    digits = _digits(value)
    if not _has_letters(value):
        return digits.zfill(9) if len(digits) == 8 else digits
    readings = _checked_readings(value, "NL_BSN")
    if readings and readings[0] != digits and len(readings[0]) == 9 and stdnum_bsn.is_valid(readings[0]):
        return readings[0]  # OCR's letters for digits: the letters too (without them eight digits may pass as well)
    if not stdnum_bsn.is_valid(digits.zfill(9)):
        # as the recognisers read it ("drie keer een"): the reading the 11-proef passes
        digits = next((d for d in readings if stdnum_bsn.is_valid(d.zfill(9))), digits)
    return digits.zfill(9) if len(digits) == 8 else digits


_SEPARATORS = re.compile(r"[\s._/\-<]+")
_LETTER = re.compile(r"[^\W\d_]")


def _has_letters(value: str) -> bool:
    """Letters among the digits (OCR's, or number words): only then are other readings tried (they cost)."""
    return _LETTER.search(value) is not None


def _checked_readings(value: str, entity_type: str) -> list[str]:
    """Other readings of a number the recognisers read in them: OCR's letters as digits (``67l.l52.44O``), and a
    number read out in words (``vier, drie keer een, ...``) when the whole reading validates as ``entity_type``.
    The caller validates each reading.

    >>> _checked_readings("67l.l52.44O", "NL_BSN")
    ['671152440']
    >>> _checked_readings("vier, drie keer een, vier keer nul, twee", "NL_BSN")
    ['411100002']
    """
    ocr = _SEPARATORS.sub("", unicodedata.normalize("NFKC", value)).translate(OCR_DIGITS)
    readings = [ocr] if ocr.isdigit() else []
    spoken = spoken_value(value)
    if spoken is not None and spoken[0] == entity_type:
        readings.append(spoken[1])
    return readings


def _mod_97(compact: str) -> bool:
    """A valid IBAN: the registry's format for its country and the check digits (ISO 7064 mod 97-10), at a third of
    the cost of ``stdnum.iban.is_valid``, for every IBAN of a scan."""
    return fits_format(compact) and mod_97_10.is_valid(compact[4:] + compact[:4])


def _compact_iban(value: str) -> str:
    """``stdnum.iban.compact`` of the NFKC form, repeated until it holds still: NFKC turns a spacing mark into a blank
    and a combining mark (the cedilla "¸"), which the compact form then joins to the letter before it, and a second
    normal form would differ from the first (a fingerprint must not depend on how often a value was normalised).

    >>> _compact_iban("È¸") == _compact_iban(_compact_iban("È¸"))
    True
    """
    compact = value
    for _ in range(4):
        again = stdnum_iban.compact(unicodedata.normalize("NFKC", compact))
        if again == compact:
            break
        compact = again
    return compact


def normalise_iban(value: str) -> str:
    """IBAN_CODE: compact upper-case (``stdnum.iban.compact``: spaces, dashes and dots removed).

    >>> normalise_iban("nl91 abna 0417 1643 00"), normalise_iban("NL91ABNA0417164300")
    ('NL91ABNA0417164300', 'NL91ABNA0417164300')

    Writings the recogniser reads (and mod-97 passes): OCR's letters where the country's format holds digits, an
    IBAN broken over a line, read out in a call.

    >>> normalise_iban("NL91 ABNA O4l7 l643 OO"), normalise_iban("NL91ABNA\\n0417164300")
    ('NL91ABNA0417164300', 'NL91ABNA0417164300')
    >>> normalise_iban("NL 91 A B N A nul vier een zeven een zes vier drie nul nul")
    'NL91ABNA0417164300'
    """
    compact = _compact_iban(value)
    if _mod_97(compact):
        return compact
    # as the recogniser read it: over a line break, with OCR's letters where the country's format holds digits
    # ("NL79 RAB0 3ll7 l3S9 ZS"), or read out ("NL 29 K N A B drie nul drie ...")
    written = _SEPARATORS.sub("", unicodedata.normalize("NFKC", value))
    if _mod_97(written.upper()):
        return written.upper()
    repaired = ocr_repaired(written)
    if repaired is not None and _mod_97(repaired.upper()):
        return repaired.upper()
    spoken = spoken_value(value)
    return spoken[1] if spoken is not None and spoken[0] == "IBAN_CODE" else compact


def _idna_domain(domain: str) -> str:
    """A domain in its ASCII (punycode) form: IDNA 2008 with UTS 46 mapping, else Python's IDNA 2003 codec.

    >>> _idna_domain("bücher.example")
    'xn--bcher-kva.example'
    """
    try:
        return idna.encode(domain, uts46=True).decode("ascii")
    except idna.IDNAError:
        pass
    try:
        return encodings.idna.Codec().encode(domain)[0].decode("ascii").lower()
    except UnicodeError:
        return domain  # not a valid domain name: keep the case-folded text, still deterministic


def normalise_email(value: str) -> str:
    """EMAIL_ADDRESS: NFC, lower-case, surrounding ``<>``/``mailto:`` dropped, domain in punycode.

    The local part is case-folded too: mail systems treat ``Jan.Jansen`` and ``jan.jansen`` as one mailbox in
    practice. ``+tags`` are kept: ``jan+x@`` may be a different mailbox.

    >>> normalise_email(" <Jan.Jansen@Voorbeeld.NL> ")
    'jan.jansen@voorbeeld.nl'
    >>> normalise_email("piet@bücher.example") == normalise_email("PIET@xn--bcher-kva.example")
    True
    >>> normalise_email("Jan punt de Vries apenstaartje gmail punt com")  # read out in a call transcript
    'jan.devries@gmail.com'
    """
    text = unicodedata.normalize("NFC", value).strip().strip("<>").strip()
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:") :]
    local, at, domain = text.rpartition("@")
    if not at:
        # read out in a transcript ("jan punt de vries apenstaartje gmail punt com"): the address it stands for
        spoken = written(text)
        if spoken is None:
            return _default(text)
        local, _, domain = spoken.rpartition("@")
    return f"{local.casefold()}@{_idna_domain(domain.casefold().rstrip('.'))}"


def _e164(text: str) -> str | None:
    """E.164 of ``text`` read as a phone number (region NL), or None if it cannot be one."""
    try:
        number = phonenumbers.parse(text, "NL")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    # A form that reads as another number again ("0000000" → "+31000000" → "+3100000": zeros taken for a trunk
    # prefix) is no normal form: None, and the caller keeps the digits.
    return (
        e164
        if phonenumbers.format_number(phonenumbers.parse(e164), phonenumbers.PhoneNumberFormat.E164) == e164
        else None
    )


def normalise_phone(value: str) -> str:
    """PHONE_NUMBER: E.164 via ``phonenumbers`` (region NL); the digits if it cannot be a phone number.

    The text as written is tried first (``phonenumbers`` reads letters, extensions), then its digits (with a
    leading ``+``), so that the digits-only fallback reads the same when normalised again.

    >>> {normalise_phone(v) for v in ("06-12345678", "+31 (0)6 1234 5678", "0031612345678", "nul zes 1234 5678")}
    {'+31612345678'}
    >>> normalise_phone("12")
    '12'
    """
    text = _spoken_digits(unicodedata.normalize("NFKC", value))
    digits = _digits(text)
    plus = "+" if text.strip().startswith("+") else ""
    e164 = _e164(text) or _e164(plus + digits)
    if _has_letters(text) and (e164 is None or not phonenumbers.is_valid_number(phonenumbers.parse(e164))):
        spoken = spoken_value(value)  # two-digit words: "nul zes, achtendertig, vierenzeventig, ..."
        if spoken is not None and spoken[0] == "PHONE_NUMBER":
            return _e164(spoken[1]) or e164 or digits
    return e164 or digits


# Abbreviated tussenvoegsels. Dotted and bare forms only with a lower-case d/h ("v.d.", "V.d.", "Vd"):
# "V.D. Berg" and "VD Berg" are initials.
_PARTICLE_SLASH = re.compile(r"(?<![^\W_])v\s*/\s*([dh])\.?(?![^\W_])", re.IGNORECASE)
_PARTICLE_DOTTED = re.compile(r"(?<![^\W_])[vV]\.\s*([dh])\.?(?![^\W_])|(?<![^\W_])[vV]([dh])(?![^\W_])")
_PARTICLE_V = re.compile(r"(?<=\w)(\s+)v\.(?=\s+[\w'’])")  # "Piet v. Dam": not at the start, where V. is an initial
_PARTICLE_WORDS = {"d": "van der", "h": "van het"}
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_NOT_NAME = re.compile(r"[^\w']+|_")


def _expand_particles(text: str) -> str:
    """``v/d``, ``v.d.``, ``vd`` → ``van der``; ``v/h``, ``v.h.`` → ``van het``; ``v.`` inside a name → ``van``.

    >>> _expand_particles("Jan v/d Berg"), _expand_particles("Jan v.d. Berg"), _expand_particles("Jan vd Berg")
    ('Jan van der Berg', 'Jan van der Berg', 'Jan van der Berg')
    >>> _expand_particles("Jan V.d. Berg"), _expand_particles("Jan Vd Berg"), _expand_particles("Jan v/h Veld")
    ('Jan van der Berg', 'Jan van der Berg', 'Jan van het Veld')
    >>> _expand_particles("Piet v. Dam"), _expand_particles("V. Dam"), _expand_particles("V.D. Berg")
    ('Piet van Dam', 'V. Dam', 'V.D. Berg')
    """
    text = _PARTICLE_SLASH.sub(lambda m: _PARTICLE_WORDS[m.group(1).lower()], text)
    text = _PARTICLE_DOTTED.sub(lambda m: _PARTICLE_WORDS[m.group(1) or m.group(2)], text)
    return _PARTICLE_V.sub(r"\1van", text)


def _mrz_name(text: str) -> str:
    """An MRZ name field ``SURNAME<<GIVEN<NAMES`` in reading order, ``<`` as spaces.

    >>> _mrz_name("VAN<DER<BERG<<JAN<PIETER<<<<<")
    'JAN PIETER VAN DER BERG'
    """
    surname, _, given = text.strip("<").partition("<<")
    return _collapse(f"{given} {surname}".replace("<", " "))


def _surname_first(text: str) -> str:
    """``Jansen, Piet`` → ``Piet Jansen`` (one comma, a name on both sides); anything else unchanged.

    >>> _surname_first("van der Berg, Jan"), _surname_first("Jan, Piet, Klaas")
    ('Jan van der Berg', 'Jan, Piet, Klaas')
    """
    parts = text.split(",")
    if len(parts) == 2 and all(re.search(r"[^\W\d_]", p) for p in parts):
        return f"{parts[1].strip()} {parts[0].strip()}"
    return text


def normalise_person(value: str) -> str:
    """PERSON: case-folded, diacritics stripped, punctuation and whitespace collapsed, tussenvoegsels written out.

    Apostrophes stay (``d'Ancona``, ``'t Hart``); hyphens and dots become spaces (``Jansen-Smit`` =
    ``Jansen Smit``); ``Surname, Given`` and MRZ ``SURNAME<<GIVEN`` are put in reading order.

    >>> normalise_person("Jan van der Berg") == normalise_person("JAN V/D BERG") == normalise_person("Jan v.d. Berg")
    True
    >>> normalise_person("Jan Van Den Berg"), normalise_person("José  Müller-Smit")
    ('jan van den berg', 'jose muller smit')
    >>> normalise_person("Jansen, Piet"), normalise_person("JANSEN<<PIET<KLAAS"), normalise_person("Ria d’Ancona")
    ('piet jansen', 'piet klaas jansen', "ria d'ancona")

    Names as OCR and callers give them: a zero among letters read as O, a name spelled out joined.

    >>> normalise_person("J0HAN VAN DER B0SCH"), normalise_person("de v van victor r i e s")
    ('johan van der bosch', 'de vries')
    >>> normalise_person("B-R-E-G-J-E"), normalise_person("K. van Kampen")
    ('bregje', 'k van kampen')
    """
    text = _strip_diacritics(unicodedata.normalize("NFKC", value)).translate(_APOSTROPHES)
    if "<" in text:
        text = _mrz_name(text)
    text = _surname_first(_expand_particles(_spelled_out(_OCR_ZERO.sub("o", text))))
    # (and letters that punctuation left single, "A.B.C.D.": spelled as well once it is gone, so that a normal
    # form is its own normal form)
    return _spelled_out(_collapse(_NOT_NAME.sub(" ", text).casefold()))


# A zero among letters is OCR's O (``K0STER``): names hold no digits. (A one may be an l or an i: left alone.)
_OCR_ZERO = re.compile(r"(?<=[^\W\d_])0+|0+(?=[^\W\d_])")
# Names spelled out in a call: a letter by a word of the spelling alphabet (``t van theo``), letters one by one
# (``b a k k e r``, ``K-U-IJ-P-E-R-S``, ``V A N  D E R  M E E R``).
_ALPHABET_WORD = re.compile(r"(?<![^\W_])([^\W\d_]) (?:van|als in|zoals) ([^\W\d_]+)", re.IGNORECASE)
_LETTER_TOKEN = r"(?:ij|IJ|Ij|[^\W\d_])"
_SPELLED_DASHES = re.compile(rf"(?<![^\W_]){_LETTER_TOKEN}(?:-{_LETTER_TOKEN}){{2,}}(?![^\W_])")
_SPELLED_SPACES = re.compile(rf"(?<![^\W_]){_LETTER_TOKEN}(?: {_LETTER_TOKEN}){{3,}}(?![^\W_])")
_ALL_SPELLED = re.compile(rf"\s*{_LETTER_TOKEN}(?:\s+{_LETTER_TOKEN}){{2,}}\s*")


def _spelled_out(text: str) -> str:
    """A name spelled out letter by letter, as one word per group (``t van theo e r p s t r a`` → ``terpstra``).

    A letter followed by ``van`` and a word starting with it counts as spelled only among other spelled letters
    (``K. van Kampen`` is an initial and a surname). Letters with dashes join from three on, with spaces from four
    on (``J P K de Vries`` keeps its initials), or from three when the whole value is spelled (``c l a e s``).

    >>> _spelled_out("t van theo e r p s t r a"), _spelled_out("K-U-IJ-P-E-R-S"), _spelled_out("V A N  D E R  M E E R")
    ('terpstra', 'KUIJPERS', 'VAN DER MEER')
    >>> _spelled_out("de v van victor r i e s"), _spelled_out("c l a e s"), _spelled_out("K van Kampen")
    ('de vries', 'claes', 'K van Kampen')
    >>> _spelled_out("J P K de Vries"), _spelled_out("J.P. de Vries")
    ('J P K de Vries', 'J.P. de Vries')
    """
    letters = _ALPHABET_WORD.sub(lambda m: m[1] if m[2][0].lower() == m[1].lower() else m[0], text)
    if letters != text and _SPELLED_SPACES.search(letters) is None and _ALL_SPELLED.fullmatch(letters) is None:
        letters = text  # no spelled letters beside it: an initial before "van ..."
    if _ALL_SPELLED.fullmatch(letters):
        return " ".join(group.replace(" ", "") for group in re.split(r"\s{2,}", letters.strip()))
    letters = _SPELLED_DASHES.sub(lambda m: m[0].replace("-", ""), letters)
    return _SPELLED_SPACES.sub(lambda m: m[0].replace(" ", ""), letters)


def _full_year(year: str) -> int:
    """Four digits as written; two digits by the fixed pivot (``TWO_DIGIT_YEAR_PIVOT``).

    >>> _full_year("1981"), _full_year("81"), _full_year("07"), _full_year("29"), _full_year("30")
    (1981, 1981, 2007, 2029, 1930)
    """
    yy = int(year)
    if len(year) == 4:
        return yy
    return 2000 + yy if yy < TWO_DIGIT_YEAR_PIVOT else 1900 + yy


_DMY = re.compile(r"(\d{1,2})\s*[-/. ]\s*(\d{1,2})\s*[-/. ]\s*(\d{4}|\d{2})")
# (and as a tuple: ``1990, 7, 4`` in a SQL row or Python's ``date(1990, 7, 4)``)
_YMD = re.compile(r"(\d{4})\s*[-/.,]\s*(\d{1,2})\s*[-/.,]\s*(\d{1,2})")
_D_MONTH_Y = re.compile(r"(\d{1,2})\.?\s*([a-z]+)\.?(?:\s*/\s*[a-z]+\.?)?\s*'?(\d{4}|\d{2})")
_COMPACT = re.compile(r"\d{6}|\d{8}")


def _parse_date(text: str) -> date | None:
    """The calendar date of one Dutch, ISO or MRZ writing, or None.

    ``YYYYMMDD`` is tried before ``DDMMYYYY`` for 8 digits; the two rarely both exist.

    >>> _parse_date("14 mrt. 1981"), _parse_date("19810314"), _parse_date("14031981"), _parse_date("31-02-1981")
    (datetime.date(1981, 3, 14), datetime.date(1981, 3, 14), datetime.date(1981, 3, 14), None)
    """
    candidates: list[tuple[int, int, int]] = []
    if m := _YMD.fullmatch(text):
        candidates.append((int(m[1]), int(m[2]), int(m[3])))
    elif m := _DMY.fullmatch(text):
        candidates.append((_full_year(m[3]), int(m[2]), int(m[1])))
    elif (m := _D_MONTH_Y.fullmatch(text)) and m[2] in _MONTHS:
        candidates.append((_full_year(m[3]), _MONTHS[m[2]], int(m[1])))
    elif _COMPACT.fullmatch(text):
        if len(text) == 6:  # MRZ: YYMMDD; else a form's DDMMYY (``030487``)
            candidates.append((_full_year(text[:2]), int(text[2:4]), int(text[4:])))
            candidates.append((_full_year(text[4:]), int(text[2:4]), int(text[:2])))
        else:
            candidates.append((int(text[:4]), int(text[4:6]), int(text[6:])))
            candidates.append((int(text[4:]), int(text[2:4]), int(text[:2])))
    for year, month, day in candidates:
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def normalise_date_of_birth(value: str) -> str:
    """DATE_OF_BIRTH: ISO ``yyyy-mm-dd`` from Dutch (``14-03-1981``, ``14/3/81``, ``14 maart 1981``,
    ``14 MAA/MAR 1981``), ISO and MRZ (``810314``) writings; two-digit years by ``TWO_DIGIT_YEAR_PIVOT``.

    A text that is no calendar date falls back to the default rule (still deterministic, never an error).

    >>> {normalise_date_of_birth(v) for v in ("14-03-1981", "14/3/81", "14 maart 1981", "1981-03-14", "810314")}
    {'1981-03-14'}
    >>> normalise_date_of_birth("14 MAA/MAR 1981"), normalise_date_of_birth("01.02.07")
    ('1981-03-14', '2007-02-01')
    """
    text = _collapse(_strip_diacritics(unicodedata.normalize("NFKC", value)).casefold()).strip(" .,;:")
    parsed = _parse_date(text) or _parse_date(_ocr_digits(text)) or _timestamp_date(text) or written_date(value)
    return parsed.isoformat() if parsed else _default(value)


# OCR's letters for digits inside a group that holds a digit (``o9 sep 1994``, ``l2.1o.1968``); month names
# hold no digit and are left alone.
_OCR_GROUP = re.compile(r"(?<![a-z])[0-9oli]*[0-9][0-9oli]*(?![a-z])")
_OCR_AS_DIGIT = str.maketrans("oli", "011")


def _ocr_digits(text: str) -> str:
    """``o9 sep 1994`` → ``09 sep 1994``.

    >>> _ocr_digits("o9 sep 1994"), _ocr_digits("l2.1o.1968"), _ocr_digits("1 oktober 1981")
    ('09 sep 1994', '12.10.1968', '1 oktober 1981')
    """
    return _OCR_GROUP.sub(lambda m: m.group().translate(_OCR_AS_DIGIT), text)


# Machine output stores a date of birth as a timestamp: ISO with a time (``1979-11-02t00:00:00z``) or Unix
# seconds / milliseconds (``"dob": 639273600``, ``geboortedatumMs: 438220800000``). A date saved as Dutch
# midnight and written in UTC reads 22:00 or 23:00 the day before (CEST / CET): that hour counts as the next day.
_ISO_TIME = re.compile(r"(\d{4}-\d\d-\d\d)[t ](\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?(z|[+-]\d\d:?\d\d)?")
# Seconds of 9-10 digits (1973-2100) or milliseconds of 11-13; before 1970 negative, of any length.
_UNIX = re.compile(r"(-?)(\d{9,13})|(-)(\d{1,8})")
_DUTCH_MIDNIGHT_UTC = (22, 23)
_EARLIEST, _LATEST = date(1880, 1, 1), date(2100, 1, 1)


def _timestamp_date(text: str) -> date | None:
    """The day of a timestamp, or None.

    >>> _timestamp_date("639273600"), _timestamp_date("438220800000"), _timestamp_date("1958-12-24t00:00:00.000+01:00")
    (datetime.date(1990, 4, 5), datetime.date(1983, 11, 21), datetime.date(1958, 12, 24))
    >>> _timestamp_date("1981-03-13t23:00:00z"), _timestamp_date("1981-03-13t23:00:00+01:00"), _timestamp_date("12345")
    (datetime.date(1981, 3, 14), datetime.date(1981, 3, 13), None)
    >>> _timestamp_date("-123456789"), _timestamp_date("-25920000")
    (datetime.date(1966, 2, 2), datetime.date(1969, 3, 7))
    """
    if m := _ISO_TIME.fullmatch(text):
        day = _parse_date(m[1])
        utc = m[4] in (None, "z", "+00:00", "+0000", "-00:00")
        if day and utc and int(m[2]) in _DUTCH_MIDNIGHT_UTC and m[3] == "00":
            return day + timedelta(days=1)
        return day
    if not (m := _UNIX.fullmatch(text)):
        return None
    sign, digits = (m[1], m[2]) if m[2] else (m[3], m[4])
    seconds = int(digits) / (1000 if len(digits) > 10 else 1) * (-1 if sign else 1)
    moment = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=seconds)
    if moment.hour in _DUTCH_MIDNIGHT_UTC and moment.minute == moment.second == 0:
        moment += timedelta(days=1)
    return moment.date() if _EARLIEST <= moment.date() < _LATEST else None


def normalise_id_document(value: str) -> str:
    """NL_ID_DOCUMENT: upper-case, letters and digits only; ``O`` read as ``0`` (Dutch numbers never hold O).

    >>> normalise_id_document("spec i2014"), normalise_id_document("SPECI2014<"), normalise_id_document("XR0O12345")
    ('SPECI2014', 'SPECI2014', 'XR0012345')
    """
    text = unicodedata.normalize("NFKC", value).upper()
    return "".join(c for c in text if c.isascii() and c.isalnum()).replace("O", "0")


def normalise_digits(value: str) -> str:
    """IMEI, CREDIT_CARD: only the digits.

    >>> normalise_digits("35-209900-176148-1"), normalise_digits("4111 1111 1111 1111")
    ('352099001761481', '4111111111111111')
    >>> normalise_digits("35 2O99 OO17 6l48 1")  # OCR's letters for digits, as the recognisers read them
    '352099001761481'
    """
    digits = _digits(value)
    if not _has_letters(value):
        return digits
    ocr = _checked_readings(value, "")  # OCR's letters read as digits too, when Luhn passes then
    if ocr and ocr[0] != digits and luhn.is_valid(ocr[0]):
        return ocr[0]
    return digits


_SPOKEN_DOT = re.compile(r"[ \t,]+(?:punt|dot)[ \t,]+", re.IGNORECASE)
_DASHED_IPV4 = re.compile(r"\d{1,3}(?:-\d{1,3}){3}")


def _spoken_ipv4(text: str) -> str | None:
    """An IPv4 address read out (``tien punt nul punt twaalf punt vierendertig``) or written with dashes as in a
    host name (``10-12-0-44``), in dots; None for anything else.

    >>> _spoken_ipv4("tien punt nul punt twaalf punt vierendertig"), _spoken_ipv4("10-12-0-44")
    ('10.0.12.34', '10.12.0.44')
    >>> _spoken_ipv4("192.0.2.1"), _spoken_ipv4("tien punt nul")
    (None, None)
    """
    parts = text.split("-") if _DASHED_IPV4.fullmatch(text) else _SPOKEN_DOT.split(text)
    octets = [spoken_octet(part) for part in parts] if len(parts) == 4 else []
    return ".".join(str(o) for o in octets) if octets and all(o is not None for o in octets) else None


def normalise_ip(value: str) -> str:
    """IP_ADDRESS: ``ipaddress`` canonical text (IPv6 compressed, lower-case; IPv4-mapped IPv6 as IPv4).

    >>> normalise_ip("2001:DB8:0:0::1"), normalise_ip("[2001:db8::1]"), normalise_ip("::ffff:192.0.2.1")
    ('2001:db8::1', '2001:db8::1', '192.0.2.1')
    """
    text = unicodedata.normalize("NFKC", value).strip().strip("[]").split("%")[0]
    try:
        address = ipaddress.ip_address(_spoken_ipv4(text) or text)
    except ValueError:
        return _default(value)
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return str(address.ipv4_mapped)
    return str(address)


_POSTCODE = re.compile(r"(?<![^\W_])([1-9]\d{3})\s?([a-z]{2})(?![^\W_])")


def normalise_location(value: str) -> str:
    """LOCATION: case-folded, commas and whitespace collapsed, postcodes compact upper-case (``1234AB``).

    >>> normalise_location("Dorpsstraat 12,  1234 ab  Amsterdam")
    'dorpsstraat 12 1234AB amsterdam'
    >>> normalise_location("1234 AB")
    '1234AB'
    """
    text = _collapse(unicodedata.normalize("NFC", value).casefold().replace(",", " ")).strip(" .;:")
    return _POSTCODE.sub(lambda m: (m[1] + m[2]).upper(), text)


def normalise_mrz(value: str) -> str:
    """MRZ: each line stripped of whitespace (an MRZ holds none), upper-case, ``«`` as ``<``, joined with newlines.

    >>> normalise_mrz(" P<NLDDE<BRUIJN<<WILLEKE \\r\\n\\n 1234 \\n")
    'P<NLDDE<BRUIJN<<WILLEKE\\n1234'
    """
    lines = unicodedata.normalize("NFKC", value).splitlines()
    lines = ["".join(line.split()).upper().replace("«", "<") for line in lines]
    return "\n".join(line for line in lines if line)


RULES: dict[str, Callable[[str], str]] = {
    "NL_BSN": normalise_bsn,
    "IBAN_CODE": normalise_iban,
    "EMAIL_ADDRESS": normalise_email,
    "PHONE_NUMBER": normalise_phone,
    "PERSON": normalise_person,
    "DATE_OF_BIRTH": normalise_date_of_birth,
    "NL_ID_DOCUMENT": normalise_id_document,
    "IMEI": normalise_digits,
    "CREDIT_CARD": normalise_digits,
    "IP_ADDRESS": normalise_ip,
    "LOCATION": normalise_location,
    "MRZ": normalise_mrz,
}


# Rounds of detection view + rule in ``normalise``: a value written with escapes inside escapes
# (``%2540``) needs one per level; clean values need one.
MAX_NORMALISE_ROUNDS = 4


def normalise(entity_type: str, value: str) -> str:
    """The canonical form of ``value`` under the rule of ``entity_type`` (default rule for other types).

    The rule reads the value as detection reads it (``detectors.text_view.detection_view``: soft hyphens and
    zero-width characters removed, ``%XX`` and HTML references decoded, odd spaces, dashes and digits made
    plain), so every writing the recognisers find has the fingerprint of its plain writing. A value the view
    leaves as it is (any clean value) gets the rule alone: its fingerprint is what it was before the view.

    >>> normalise("NL_BSN", "1112.22.333"), normalise("URL", " Example.COM/X ")
    ('111222333', 'example.com/x')
    >>> normalise("PHONE_NUMBER", "%2B31612345678"), normalise("EMAIL_ADDRESS", "jan&#64;voor\u00adbeeld.nl")
    ('+31612345678', 'jan@voorbeeld.nl')
    """
    rule = RULES.get(entity_type, _default)
    for _ in range(MAX_NORMALISE_ROUNDS):
        # NFC last: a rule that removes spaces can leave a combining mark next to a letter (NFKC of "¸" is " ̧")
        value = unicodedata.normalize("NFC", rule(detection_view(value).text))
        # A rule can join what the view reads as an escape ("%4 1" compacted to "%41"), and a decoded escape
        # can spell another ("%2540"): another round, so that a normal form is its own normal form.
        if detection_view(value).text == value:
            break
    return value


# ---------------------------------------------------------------------------------------------------------
# Fingerprints


def _check_key(key: bytes) -> None:
    if not isinstance(key, bytes | bytearray) or len(key) < MIN_KEY_BYTES:
        raise ValueError(f"the index key must be at least {MIN_KEY_BYTES} bytes")


def fingerprinter(key: bytes) -> Callable[[str, str], str]:
    """``fingerprint`` with the key bound and its HMAC state prepared once (for many values).

    >>> fp = fingerprinter(b"k" * 15 + b"x")
    >>> fp("NL_BSN", "1112.22.333") == fingerprint("NL_BSN", "111222333", b"k" * 15 + b"x")
    True
    """
    _check_key(key)
    base = hmac.new(bytes(key), digestmod=hashlib.sha256)

    def fingerprint_value(entity_type: str, value: str) -> str:
        mac = base.copy()
        mac.update(f"{entity_type}{SEPARATOR}{normalise(entity_type, value)}".encode())
        return mac.hexdigest()

    return fingerprint_value


def fingerprint(entity_type: str, value: str, key: bytes) -> str:
    """Hex HMAC-SHA256(key, ``entity_type + "\\x1f" + normalise(entity_type, value)``): 64 lower-case hex digits.

    >>> key = bytes(range(16))
    >>> fingerprint("IBAN_CODE", "nl91abna0417164300", key) == fingerprint("IBAN_CODE", "NL91 ABNA 0417 1643 00", key)
    True
    >>> len(fingerprint("NL_BSN", "111222333", key))
    64
    """
    _check_key(key)
    message = f"{entity_type}{SEPARATOR}{normalise(entity_type, value)}".encode()
    return hmac.new(bytes(key), message, hashlib.sha256).hexdigest()


# ---------------------------------------------------------------------------------------------------------
# The index key


def _key_text() -> str:
    """The key's text from ``AFSCHERM_INDEX_KEY``, else from the Prefect Secret block it names in
    ``AFSCHERM_INDEX_KEY_BLOCK``."""
    text = os.environ.get(KEY_ENV, "").strip()
    if text:
        return text
    block = os.environ.get(KEY_BLOCK_ENV, "").strip()
    if not block:
        raise ConfigError(
            f"the index key is missing: set {KEY_ENV} (at least {MIN_KEY_BYTES} bytes; 'hex:…' or 'base64:…' "
            f"for binary keys) or name a Prefect Secret block in {KEY_BLOCK_ENV}"
        )
    try:
        from prefect.blocks.system import Secret  # slow import: only when a block is named

        value = Secret.load(block).get()
    except Exception as exc:  # noqa: BLE001 - any failure means "no key"; the message never holds the value
        raise ConfigError(
            f"cannot load the index key from Prefect Secret block {block!r} ({KEY_BLOCK_ENV}): {type(exc).__name__}"
        ) from None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"Prefect Secret block {block!r} ({KEY_BLOCK_ENV}) holds no index key")
    return value.strip()


def parse_key(text: str, where: str = KEY_ENV) -> bytes:
    """Key bytes from ``hex:…``, ``base64:…`` or plain text (its UTF-8 bytes); checked for length and for a
    single repeated byte. Errors name ``where``, never the value.

    >>> parse_key("hex:" + "00112233445566778899aabbccddeeff").hex()
    '00112233445566778899aabbccddeeff'
    >>> parse_key("short")
    Traceback (most recent call last):
    ...
    afscherm.detectors.config.ConfigError: the index key in AFSCHERM_INDEX_KEY is 5 bytes; it must be at least 16 bytes
    """
    prefix, colon, rest = text.partition(":")
    try:
        if colon and prefix.lower() == "hex":
            key = bytes.fromhex(rest.strip())
        elif colon and prefix.lower() == "base64":
            body = rest.strip().replace("-", "+").replace("_", "/").rstrip("=")
            key = base64.b64decode(body + "=" * (-len(body) % 4), validate=True)
        else:
            key = text.encode("utf-8")
    except (ValueError, binascii.Error):
        raise ConfigError(f"the index key in {where} is not valid {prefix.lower()}") from None
    if len(key) < MIN_KEY_BYTES:
        raise ConfigError(f"the index key in {where} is {len(key)} bytes; it must be at least {MIN_KEY_BYTES} bytes")
    if len(set(key)) == 1:
        raise ConfigError(f"the index key in {where} is one byte repeated; use a random key (hex: of os.urandom(32))")
    return key


def index_key() -> bytes:
    """The index key: ``AFSCHERM_INDEX_KEY`` or the Prefect Secret block named by ``AFSCHERM_INDEX_KEY_BLOCK``.

    Never defaulted: missing, short or weak keys raise ``ConfigError`` with a message that does not echo the key.
    """
    where = KEY_ENV if os.environ.get(KEY_ENV, "").strip() else f"the Prefect Secret block ({KEY_BLOCK_ENV})"
    return parse_key(_key_text(), where)
