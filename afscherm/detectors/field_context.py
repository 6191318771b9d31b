"""Field context: what a column or key name says about the bare value stored under it.

Exports carry identifiers as bare values, often as numbers that lost their writing: a ``bsn`` column
of int64 whose leading zero a spreadsheet dropped (``12345672``), a ``telefoon`` column holding
``612345678`` or ``31612345678``, an ``iban`` column in lower case with dots. Inside free text such
values are too ambiguous to report; as the whole value of a field with a telling name they are not.

``analyze_fields(analyzer, texts, names)`` runs the normal analyzer on every value and then adds, for
values that are nothing but the identifier, what the field's name implies:

- a BSN field (``bsn``, ``burgerservicenummer``, ``sofinummer`` …): 9 digits, or 8 with the leading zero
  restored, passing the 11-proef → ``NL_BSN``;
- a phone field (``telefoon``, ``tel``, ``mobiel``, ``phone``, ``gsm`` …): digits that ``phonenumbers``
  validates as written, with the Dutch trunk zero restored (``612345678``) or with the ``+`` restored
  (``31612345678``, ``4915112345678``) → ``PHONE_NUMBER``;
- an IBAN field (``iban``, ``rekeningnummer`` …): any writing whose letters and digits pass mod-97 → ``IBAN_CODE``;
- a birth-date field (``geboortedatum``, ``dob``, ``date_of_birth`` …): a valid calendar date → ``DATE_OF_BIRTH``;
- an IMEI field (``imei1``, ``imei_sv``, ``meid`` …): 15 digits passing Luhn, or the 14 digits of a MEID or of an IMEI
  without its check digit, or the 16 of an IMEISV (neither carries a check digit: the name says what they are) →
  ``IMEI``.

``FieldValueRecognizer`` applies the same rules inside a text, to values that machine output names: JSON keys,
``key=value`` (logs, query strings), ``key: value`` (YAML, vCard), XML elements, the header of a CSV/TSV/pipe
table and the column list of an SQL ``INSERT``/``COPY`` (``"document_number": "…"``, ``doc_nr`` in ``INSERT
INTO id (klant, doc_nr) VALUES …``); an OCR-damaged name is read folded (``Docurnentnr.``).

Without a telling name, a bare value is still a Dutch mobile number when it is one without its ``+``
(``31612345678``, ``0031612345678``) or without its trunk zero (``612345678``): whole-value matches only,
validated by ``phonenumbers``, never inside text.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import unquote_plus

import phonenumbers
from stdnum import luhn
from stdnum.nl import bsn as stdnum_bsn
from stdnum.nl import identiteitskaartnummer as stdnum_document

from afscherm.detectors.context import ocr_folded
from afscherm.detectors.fast_scan import by_first_character
from afscherm.detectors.findings import Finding
from afscherm.detectors.iban import is_valid_iban
from afscherm.detectors.recognizer import DutchRecognizer
from afscherm.detectors.text_facts import WordStarts, matches_from, per_text_cache, text_facts

if TYPE_CHECKING:
    from spacy.tokens import Doc

RECOGNIZER = "FieldContext"
SCORE_NAMED = 0.9  # the field's name says what the value is
SCORE_BARE = 0.5  # a whole value that can only be read one way, without a telling name
MAX_VALUE_CHARS = 64  # longer values are text, not one identifier

# Name rules per kind: whole words (after splitting camelCase, snake_case, kebab-case), words that start
# with a stem, and stems found anywhere (Dutch compounds: ``klanttelefoon``, ``bankrekeningnummer``).
_WORDS = {
    "NL_BSN": {"bsn", "bsnnr", "sofi", "sofinr", "sofinummer", "ssn"},
    # (ani/cli/dnis: the calling and called numbers of telephony logs)
    "PHONE_NUMBER": {"tel", "telnr", "telno", "gsm", "gsmnr", "mob", "mobnr", "msisdn", "whatsapp", "fax", "ani", "cli"}
    # (a mobile in other languages: French "portable", German "mobil", Spanish "móvil"/"celular", Italian "cellulare")
    | {"dnis", "portable", "mobil", "movil", "móvil", "celular", "cellulare", "cell", "cellphone"}
    # (the number to call back on, as a desk's log or form keeps it: "terugbellen=0117-30 19 84", tuning_44)
    | {"terugbellen", "terugbelnummer", "callback", "terugbelnr"},
    "IBAN_CODE": {"iban", "rekeningnummer", "rekeningnr", "rekening", "bankrekening"},
    "DATE_OF_BIRTH": {"dob", "geb", "gebdatum", "gebdat", "geboren", "birthday", "birthdate"},
    # (a bare "doc"/"document" key too, "iddoc=…": the value must still have the Dutch document number's shape)
    "NL_ID_DOCUMENT": {"docnr", "documentnr", "paspoortnr", "idnr", "idnummer", "pasnr", "pasnummer", "passport"}
    | {"iddoc", "doc", "document"},
    "IMEI": {"imei", "imeisv", "meid", "imeis"},
}
_STEMS_ANYWHERE = {
    "NL_BSN": ("burgerservice", "bsn"),
    # (German and Scandinavian "telefon", "mobilnummer", "handy"; RADIUS's calling and called station: the caller's
    # and the called number)
    "PHONE_NUMBER": ("telefoon", "telephone", "phone", "mobiel", "mobile", "callerid", "nummerweergave", "telefon")
    + ("mobilnummer", "handynummer", "rufnummer", "callingstation", "calledstation"),
    "IBAN_CODE": ("iban", "bankrekening", "rekeningnummer"),
    # (and other languages' birth: Geburtsdatum, date_naissance, fecha_nacimiento, data_nascita, doğum_tarihi,
    # data_urodzenia, födelsedatum, fødselsdato; Bosnian, Croatian and Serbian datum_rodjenja/rođenja, Albanian
    # datelindja, Slovene datum_rojstva, Czech datum_narozeni: tuning_124)
    "DATE_OF_BIRTH": ("geboortedatum", "geboortedag", "geboorte", "birth", "geburt", "naissance", "nacimiento")
    + ("nascita", "dogum", "doğum", "urodzeni", "fodelse", "födelse", "fødsel")
    + ("rodjenj", "rođenj", "rodenj", "lindj", "rojstv", "narozen")
    # (Haitian Kreyòl dat_nesans, tuning_152; Catalan naixement, Basque jaiotze_data/jaioteguna, Galician
    # data_nacemento, tuning_158)
    + ("nesans", "naixement", "jaiot", "nacemento"),
    "NL_ID_DOCUMENT": (
        "legitimatie",  # legitimatienummer, legitimatiebewijs_nr: the ID shown at a counter
        "iddocument",  # id_document, idDocumentNumber
        "identitydocument",
        "identiteitsbewijs",
        "idbewijs",
        "docnr",
        "documentnr",
        "documentno",
        "documentnummer",
        "documentnumber",
        "documentno",
        "paspoortnummer",
        "passportnumber",
        "passportno",
        "identiteitskaartnummer",
        "idkaartnummer",
        "documentid",
        "reisepass",
        "passnr",
        "passnummer",
        "passportid",
        # a key naming the document alone, its value checked for the Dutch shape ("paspoort", "idCard", "NATIONAL_ID")
        "paspoort",
        "identiteitskaart",
        "idkaart",
        "idcard",
        "identitycard",
        "nationalid",
        "traveldocument",
    ),
    "IMEI": (),
}
# Words that start with a stem (``imeisv``, ``imeinummer``); not inside a word (``timeid``, ``datetimeindex``).
_STEMS_AT_START = {"IMEI": ("imei",)}
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_WORD = re.compile(r"[a-z]+|\d+")
# (a key's words in other languages hold accented letters: "prénom", "imię")
_KEY_WORD = re.compile(r"[a-zß-öø-ÿ\u0100-\u017f]+|\d+")


@lru_cache(maxsize=4096)
def field_kind(name: str | None) -> str | None:
    """The entity type a field's name announces, or None.

    >>> field_kind("bsn"), field_kind("klantBSN"), field_kind("Telefoonnummer"), field_kind("iban_rekening")
    ('NL_BSN', 'NL_BSN', 'PHONE_NUMBER', 'IBAN_CODE')
    >>> field_kind("geboortedatum"), field_kind("created_at"), field_kind("telling"), field_kind(None)
    ('DATE_OF_BIRTH', None, None, None)
    >>> field_kind("id_nr"), field_kind("geb_datum"), field_kind("klant_id")
    ('NL_ID_DOCUMENT', 'DATE_OF_BIRTH', None)
    """
    if not name:
        return None
    words = _KEY_WORD.findall(_CAMEL.sub(" ", name).casefold())
    joined = "".join(words)
    # (a word written in two parts: "id_nr", "geb_datum", "tel_nr" as "idnr", "gebdatum", "telnr"; tuning_47)
    words += [a + b for a, b in zip(words, words[1:], strict=False)]
    for kind in _WORDS:
        if any(w in _WORDS[kind] for w in words) or any(stem in joined for stem in _STEMS_ANYWHERE[kind]):
            return kind
        if any(w.startswith(_STEMS_AT_START.get(kind, ())) for w in words):
            return kind
    return None


def _imei(digits: str) -> bool:
    """An IMEI (15 digits, Luhn), a MEID or an IMEI without its check digit (14), an IMEISV (16)."""
    return digits.isdigit() and (len(digits) in (14, 16) or (len(digits) == 15 and luhn.is_valid(digits)))


def _bsn(digits: str) -> bool:
    return len(digits) in (8, 9) and stdnum_bsn.is_valid(digits.zfill(9))


def _valid_phone(candidate: str, region: str = "NL") -> bool:
    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)


def _phone(digits: str) -> bool:
    """Digits that are a valid number as written, with the trunk zero or with the ``+`` restored."""
    if not 8 <= len(digits) <= 15:
        return False
    candidates = [digits, f"+{digits[2:]}" if digits.startswith("00") else f"+{digits}"]
    if not digits.startswith("0"):
        candidates.append(f"0{digits}")
    # a named phone field may hold a German national number (a neighbour's area codes vary in length)
    return any(_valid_phone(c) for c in candidates) or (digits.startswith("0") and _valid_phone(digits, "DE"))


def _bare_mobile(digits: str) -> bool:
    """A Dutch mobile number without its ``+`` (``31612345678``, ``0031612345678``) or its zero (``612345678``)."""
    if len(digits) == 11 and digits.startswith("316"):
        return _valid_phone(f"+{digits}")
    if len(digits) == 13 and digits.startswith("00316"):
        return _valid_phone(f"+{digits[2:]}")
    if len(digits) == 9 and digits.startswith("6"):
        return _valid_phone(f"0{digits}")
    return False


# "%y%m%d": an MRZ-style birth date as OCR engines and ID readers store it ("990203")
_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y%m%d", "%Y/%m/%d", "%d-%m-%y", "%y%m%d")
_COMPACT_LENGTHS = {"%Y%m%d": 8, "%y%m%d": 6}  # digits only: read by the format of their length


def _written_date(value: str) -> bool | None:
    """Whether ``value`` written as a date (or a timestamp's date) is one from 1850 to today; None when no date
    format reads it."""
    head = re.split(r"[T ]", value, maxsplit=1)[0]  # a timestamp's date
    for fmt in _DATE_FORMATS:
        if head.isdigit() and len(head) != _COMPACT_LENGTHS.get(fmt):
            continue  # strptime reads "1976" (a birth year alone) as 19-7-6, "991231" as 9912-3-1: by their length
        try:
            day = dt.datetime.strptime(head, fmt).date()
        except ValueError:
            continue
        if "%y" in fmt and day > dt.date.today():
            day = day.replace(year=day.year - 100)  # a two-digit year read into the future: the last century's
        return 1850 <= day.year <= dt.date.today().year
    return None


# A date as a form's validation rejects it: day and month in range, the calendar not ("31-02-1981", "1981-02-30").
_DATE_SHAPE = re.compile(
    r"(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})|(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2})"
)


# A birth year typed in the future is a slip of one digit of this century's or the last's ("2031" for "1931").
_LATEST_MISTYPED_YEAR = 2099


def _mistyped_date(value: str) -> bool:
    """A date under a birth key that no calendar has (``31-02-1981``), or one in the future (``2031-04-17``, a
    mistyped 1931 or 2013): still the person's birth date as typed, and the validation log that rejects it keeps it
    (fail closed).

    >>> _mistyped_date("31-02-1981"), _mistyped_date("1981-02-30"), _mistyped_date("32-01-1981"), _mistyped_date("1-1")
    (True, True, False, False)
    >>> _mistyped_date("2031-04-17"), _mistyped_date("17-04-2031"), _mistyped_date("2131-04-17")
    (True, True, False)
    """
    m = _DATE_SHAPE.fullmatch(value)
    if m is None:
        return False
    day, month, year = (int(m.group(g) or m.group(g + "2")) for g in ("d", "m", "y"))
    return 1 <= day <= 31 and 1 <= month <= 12 and 1850 <= year <= _LATEST_MISTYPED_YEAR


# Unix time as APIs store a birth date: seconds (8-10 digits) or milliseconds (11-13), negative before 1970. (Fewer
# digits are the first months of 1970, or a birth year, an age: no birth date.)
_EPOCH = re.compile(r"-?\d{8,13}")
_EARLIEST_EPOCH_YEAR = 1900


def _date(value: str) -> bool:
    """A calendar date (or a timestamp's date) in one of the usual writings, or Unix time in seconds or milliseconds
    (``639273600``, ``-234316800000``), from 1850 (Unix time: 1900) to today.

    >>> _date("1990-04-05"), _date("639273600"), _date("438220800000"), _date("-234316800"), _date("4102444800")
    (True, True, True, True, False)
    """
    written = _written_date(value)
    if written is not None:
        return written
    if _EPOCH.fullmatch(value):
        seconds = int(value) / (1000 if len(value.lstrip("-")) > 10 else 1)
        day = (dt.datetime(1970, 1, 1) + dt.timedelta(seconds=seconds)).date()
        return day.year >= _EARLIEST_EPOCH_YEAR and day <= dt.date.today()
    return False


_URL_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_NUMBER = re.compile(r"\+?\d[\d .()-]*")
_SEPARATORS = re.compile(r"[\s.()-]")
# A number a spreadsheet or a data frame stored as a float: ``111222333.0``, ``1,11222333E+08`` (Excel's scientific
# notation, Dutch decimal comma too). Read back only when every digit is still there.
_FLOAT_ZERO = re.compile(r"(\d{6,})[.,]0+")
_SCIENTIFIC = re.compile(r"(\d)[.,](\d{5,})[eE]\+?0?(\d{1,2})")


def _float_digits(value: str) -> str:
    """The integer a float writing of a number stands for, all digits kept, or ""."""
    m = _FLOAT_ZERO.fullmatch(value)
    if m is not None:
        return m.group(1)
    m = _SCIENTIFIC.fullmatch(value)
    if m is not None and len(m.group(2)) <= int(m.group(3)):
        return m.group(1) + m.group(2).ljust(int(m.group(3)), "0")
    return ""


def context_findings(name: str | None, text: str) -> list[Finding]:
    """What the field's name (and the value's being the whole field) make of ``text``; [] if nothing.

    >>> [f.entity_type for f in context_findings("bsn", "12345672")]
    ['NL_BSN']
    >>> [f.entity_type for f in context_findings("mobiel", " 612345678 ")], context_findings("mobiel", "61234")
    (['PHONE_NUMBER'], [])
    >>> [f.entity_type for f in context_findings(None, "31612345678")], context_findings(None, "12345672")
    (['PHONE_NUMBER'], [])
    >>> [f.entity_type for f in context_findings("documentnummer", "IDQ3PKZT8")]
    ['NL_ID_DOCUMENT']
    >>> context_findings("status", "IDQ3PKZT8")
    []
    """
    value = text.strip()
    if not value or len(value) > MAX_VALUE_CHARS:
        return []
    start = text.index(value)
    if "%" in value and _URL_ESCAPE.search(value):
        # a query string's or a form body's value, its signs escaped ("kind_geb=17%2F08%2F2020"): judged as written
        # by the one who typed it, reported whole
        found = context_findings(name, unquote_plus(value))
        return [Finding(start, start + len(value), f.entity_type, f.score, RECOGNIZER) for f in found]
    kind = field_kind(name)
    entity: str | None = None
    score = SCORE_NAMED
    digits = _SEPARATORS.sub("", value).lstrip("+") if _NUMBER.fullmatch(value) else ""
    if kind in ("NL_BSN", "PHONE_NUMBER", "IMEI") and ("." in value or "," in value):
        digits = _float_digits(value) or digits
    if kind == "NL_BSN" and digits.isdigit() and _bsn(digits):
        entity = "NL_BSN"
    elif kind == "PHONE_NUMBER" and digits.isdigit() and _phone(digits):
        entity = "PHONE_NUMBER"
    elif kind == "IBAN_CODE" and is_valid_iban(_SEPARATORS.sub("", value).upper()):
        entity = "IBAN_CODE"
    elif kind == "DATE_OF_BIRTH" and (_date(value) or _mistyped_date(value)):
        entity = "DATE_OF_BIRTH"
    elif kind == "NL_ID_DOCUMENT" and stdnum_document.is_valid(value):
        entity = "NL_ID_DOCUMENT"
    elif kind == "IMEI" and _imei(digits):
        entity = "IMEI"
    elif value.isdigit() and _bare_mobile(value):
        entity, score = "PHONE_NUMBER", SCORE_BARE
    if entity is None:
        return []
    return [Finding(start, start + len(value), entity, score, RECOGNIZER)]


class _Analyzer(Protocol):
    def analyze(self, texts: Any, *args: Any) -> list[list[Finding]]: ...  # noqa: ANN401


def analyze_fields(
    analyzer: _Analyzer,
    texts: Sequence[str],
    names: Sequence[str | None] | None = None,
    entities: Collection[str] | None = None,
) -> list[list[Finding]]:
    """``analyzer.analyze(texts)`` plus the findings each value's field name implies.

    ``names[i]`` is the column or key ``texts[i]`` was stored under (None: no name). A context finding
    the analyzer already made for the same span is not added twice.
    """
    texts = list(texts)
    found = analyzer.analyze(texts) if entities is None else analyzer.analyze(texts, entities)
    if names is None:
        names = [None] * len(texts)
    out: list[list[Finding]] = []
    for text, name, findings in zip(texts, names, found, strict=True):
        extra = [
            f
            for f in context_findings(name, text)
            if (entities is None or f.entity_type in entities)
            and not any((g.start, g.end, g.entity_type) == (f.start, f.end, f.entity_type) for g in findings)
        ]
        out.append([*findings, *extra] if extra else findings)
    return out


# ---------------------------------------------------------------------------------------------------
# Fields inside a text: machine output names its values (JSON keys, ``key=value`` in logs and query strings,
# YAML, vCard, XML elements, CSV/TSV/pipe headers, SQL column lists). The same name rules then apply to each
# value as to a column of a structured file.

# A separator and the value after it: quoted, or one bare token. The key is read backwards from the separator.
_PAIR_VALUE = re.compile(
    # every value a name can announce holds a digit: values without one are skipped by the pattern itself
    r"(?:=>|[:=])[ \t]*(?:\"(?P<dq>[^\"\n\d]{0,40}\d[^\"\n]{0,60})\"|'(?P<sq>[^'\n\d]{0,40}\d[^'\n]{0,60})'"
    # (a bare value holds no "=": "mislukt: geboortedatum=…" is the inner pair's)
    r"|(?P<bare>[^\s\"',;&}\]<>|()=\d]{0,40}\d[^\s\"',;&}\]<>|()=]{0,60}))"
)
_MAX_KEY = 41
# (a namespace's prefix in the tag too: "<BG:geslachtsnaam>", "<StUF:zender>")
_XML_FIELD = re.compile(r"<([A-Za-z][\w.:-]{0,40})>([^<\n]{1,64})</\1>")
_TABLE_DELIMITERS = ",;|\t"
SQL_COLUMNS = re.compile(
    r"(?i)(?:insert\s+into\s+[\w.`\"\[\]]+|copy\s+[\w.\"]+)\s*\(([^()\n]{1,400})\)\s*(values|from\s+stdin;?\s*\n)"
)
# A row's values between brackets. A quoted value may hold brackets ('+31 (0)183 62 90 47', tuning_39 hw39-0002: the
# row ended at the phone's "(0)" and no row of that INSERT was read by its columns); a lone quote (an unquoted value's
# apostrophe) is a character. Atomic: each quote is read one way only. A quoted value may go on over a line break when
# its closing quote is on the next line and that line opens no row: a dump's "\n" escape, which the detection view
# reads as the break it stands for (an MRZ's two lines in one value, tuning_94: the rows after it were not read); the
# quote may close up to three lines on (a TD1 zone's three lines, tuning_106).
SQL_ROW = re.compile(r"\(((?>'(?:[^'\n]|''|\n(?![ \t]*\()(?=(?:[^'\n]*\n){0,2}[^'\n]*'))*'|[^()'\n]|')*)\)")
SQL_TUPLE = re.compile(r"\s*,?\s*" + SQL_ROW.pattern)  # the next row of a VALUES list
# One value of a row: quoted, or bare from its first character that is no space or quote (the spaces before a quoted
# value are no bare value running into it).
SQL_VALUE = re.compile(r"'(?:[^'\n]|''|\n(?![ \t]*\()(?=(?:[^'\n]*\n){0,2}[^'\n]*'))*'|[^,()\s'][^,()\n]*")
_HAS_DIGIT = re.compile(r"\d")
# A header: a line of names (no digits) with a delimiter, followed by another line. A number only as a contacts
# export numbers a field's copies ("Phone 1 - Value,E-mail 1 - Value", Google's and Outlook's CSV, tuning_114).
_HEADER_CHAR = r"(?:[^\d\n]|(?<=[ \t])\d(?=[ \t]-[ \t]))"
_HEADER_LINE = re.compile(rf"(?m)^(?:(?![,;|\t]){_HEADER_CHAR})*[,;|\t]{_HEADER_CHAR}*$(?=\n.)")


def _cell(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without surrounding spaces and quotes."""
    while start < end and text[start] in " \t\"'":
        start += 1
    while end > start and text[end - 1] in " \t\"'":
        end -= 1
    return start, end


def _pairs(text: str) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for m in _PAIR_VALUE.finditer(text):
        before = m.start()
        while before > 0 and text[before - 1] in "\"' \t":
            before -= 1
        if before == 0 or not (text[before - 1].isalpha() or text[before - 1] in "_.-"):
            continue  # a clock time ("10:15"), a URL's port, a separator after punctuation: no key
        # the key: the word (letters, digits, "_", ".", "-") before, starting with a letter (read backwards: cheaper
        # than a pattern tried at every position before the separator)
        start = before
        while start > 0 and before - start <= _MAX_KEY and (text[start - 1].isalnum() or text[start - 1] in "_.-"):
            start -= 1
        if before - start > _MAX_KEY or not text[start].isalpha():
            continue
        group = "dq" if m.group("dq") is not None else "sq" if m.group("sq") is not None else "bare"
        key = _named_by(text, start, text[start:before])
        lo, hi = m.span(group)
        if (
            group == "bare"
            and text[hi - 1] == "."
            and text[hi - 2 : hi - 1].isdigit()
            and not text[hi : hi + 1].strip()
        ):
            hi -= 1  # the sentence's full stop after a bare value ("Uw BSN: 168455286."), not the value's
        out.append((key, *_cell(text, lo, hi)))
        changed = _new_value(text, m.end())
        if changed is not None:
            out.append((key, *changed))
    if "</" in text:
        out += [(m.group(1), *_cell(text, *m.span(2))) for m in _XML_FIELD.finditer(text)]
    return out


# Logs that name the field in one pair and give its value in the next ("field=documentnummer value=…", "veld
# 'bsn' waarde '…'", "attribute: geboortedatum, new: …"): the value is the named field's.
_INDIRECT_VALUE_KEYS = frozenset(
    {"value", "val", "waarde", "new", "old", "nieuw", "oud", "newvalue", "oldvalue", "input", "invoer", "to", "from"}
)
_FIELD_NAMED_BEFORE = re.compile(
    # (or a type/value pair: {"type": "NATIONAL_ID", "value": …}, {"soort": "paspoort", "waarde": …})
    r"(?i)(?<![a-z])(?:field|veld|attribute|attr|attribuut|column|kolom|key|param|parameter|property|eigenschap"
    r"|type|kind|soort|name|naam|system)"
    r"(?:_?name)?[\"']?[ \t]*[=:]?[ \t]*[\"'(]?([A-Za-z_][\w.-]{1,40})[\"')]?[ \t,;]*(?:[\w.-]+[=:][ \t]*\S*[ \t,;]+)*"
    r"[\"']?$"  # (the value key's opening quote in JSON: {"type": "NATIONAL_ID", "value": …})
)
_INDIRECT_REACH = 80


def key_kind_at(text: str, key_start: int, key: str) -> str | None:
    """The kind the key ``key`` at ``key_start`` announces, an indirect value key (``new=``, ``waarde=``) read as the
    field a ``field=`` pair names before it on its line (``field=phone old=… new=…``).

    >>> text = "field=phone new=+31 6 48 27 11 06"
    >>> key_kind_at(text, 12, "new"), key_kind_at("x new=1", 2, "new")
    ('PHONE_NUMBER', None)
    """
    return field_kind(_named_by(text, key_start, key))


def _named_by(text: str, key_start: int, key: str) -> str:
    """``key``, or the field an indirect value key (``value``, ``waarde``, ``new``) stands for: the name a ``field=``
    pair gives just before it on the same line."""
    if key.casefold().replace("_", "") not in _INDIRECT_VALUE_KEYS:
        return key
    line_start = text.rfind("\n", 0, key_start) + 1
    named = _FIELD_NAMED_BEFORE.search(text, max(line_start, key_start - _INDIRECT_REACH), key_start)
    return named.group(1) if named is not None else key


# An audit trail's change of a value: "achternaam: 'Smit' -> 'Smit-Verhoef'", "bsn=… => …", "tel: … → …".
_CHANGED_TO = re.compile(
    r"[\"']?[ \t]*(?:->|-->|=>|\u2192|\bto\b|\bnaar\b)[ \t]*(?:\"(?P<dq>[^\"\n]{1,64})\"|'(?P<sq>[^'\n]{1,64})'"
    r"|(?P<bare>[^\s\"',;&}\]<>|()]{1,64}))"
)


def _new_value(text: str, end: int) -> tuple[int, int] | None:
    """The span of the new value when an arrow (or ``to``/``naar``) follows a field's value ending at ``end``."""
    m = _CHANGED_TO.match(text, end)
    if m is None:
        return None
    group = "dq" if m.group("dq") is not None else "sq" if m.group("sq") is not None else "bare"
    return _cell(text, *m.span(group))


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def delimited_cells(text: str, start: int, end: int, delimiter: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of ``text[start:end]`` split at ``delimiter`` (quotes are the caller's business).

    >>> delimited_cells("naam;plaats", 0, 11, ";")
    [(0, 4), (5, 11)]
    """
    cells, pos = [], start
    while True:
        cut = text.find(delimiter, pos, end)
        cells.append((pos, end if cut < 0 else cut))
        if cut < 0:
            return cells
        pos = cut + 1


BORDER_LINE = re.compile(r"[ \t]*[+|][-=+| \t]*")


def row_cells(text: str, start: int, end: int, delimiter: str) -> list[tuple[int, int]]:
    """:func:`delimited_cells`, a double-quoted cell keeping the delimiters it holds (a CSV row's ``"Bakker-de
    Ruiter, A.",30/11/1958`` is two cells)."""
    if text.find('"', start, end) < 0:
        return delimited_cells(text, start, end, delimiter)
    cells, pos, quoted = [], start, False
    for i in range(start, end):
        if text[i] == '"':
            quoted = not quoted
        elif text[i] == delimiter and not quoted:
            cells.append((pos, i))
            pos = i + 1
    cells.append((pos, end))
    return cells


# A row whose cells fall short of its table's continues on the next lines when they complete it exactly: a cell that
# holds a line break, a CSV's quoted note over two lines, or an MRZ's two lines in a SQL client's table cell, which the
# detection view reads with its escaped "\n" as a line break (tuning_101: "| Ganbold | ... | P<MNG...\nE1947206<9..."
# ended the table at its first row, so the columns "woonplaats" and "voornamen" named none of the rows below).
MAX_ROW_LINES = 3


def row_end(text: str, start: int, end: int, delimiter: str, count: int) -> int:
    r"""The end of the table row starting at ``start`` whose line ends at ``end``: that line's end, or a following
    line's when the row's cells fall short of ``count`` and the lines up to it make exactly ``count``.

    >>> text = "| naam | mrz | plaats |\n| Bos | P<NLD\nX12<< | Ede |\nDag"
    >>> lo = text.index("| Bos"); text[lo : row_end(text, lo, text.index("\n", lo), "|", 5)]
    '| Bos | P<NLD\nX12<< | Ede |'
    """
    hi = end
    for _ in range(MAX_ROW_LINES - 1):
        cells = len(row_cells(text, start, hi, delimiter))
        if cells >= count or hi >= len(text):
            break
        hi = text.find("\n", hi + 1)
        hi = len(text) if hi < 0 else hi
    return hi if hi != end and len(row_cells(text, start, hi, delimiter)) == count else end


# A table's last column of free text (a chat export's message, a ticket's note): an export may write it unquoted, its
# commas then split it into more cells than the header names (tuning_119: "Date,Time,Sender Name,Sender Phone
# Number,Message" over "06/03/2026,18:05,Tamuna,+31629044716,vin moakvs saperavi? me mtsvadi"). Its other columns are
# read all the same, the extra cells joined to the last.
FREE_TEXT_COLUMNS = frozenset(
    "message messages bericht berichten text tekst body content inhoud note notes notitie notities opmerking"
    " opmerkingen comment comments remark remarks omschrijving description".split()
)


def fitted_cells(text: str, start: int, end: int, delimiter: str, header: list[str]) -> list[tuple[int, int]] | None:
    r"""The cells of the row ``text[start:end]`` under ``header``: as many as it names, or more when its last column
    is free text (:data:`FREE_TEXT_COLUMNS`), the extra cells joined to it; ``None`` when the row does not fit.

    >>> text, header = "Tijd,Naam,Bericht\n18:05,Tamuna,ja, ik kom, tot straks", ["Tijd", "Naam", "Bericht"]
    >>> [text[a:b] for a, b in fitted_cells(text, text.index("18:05"), len(text), ",", header)]
    ['18:05', 'Tamuna', 'ja, ik kom, tot straks']
    """
    cells = row_cells(text, start, end, delimiter)
    if len(cells) == len(header):
        return cells
    if len(cells) > len(header) > 1 and header[-1].strip(" \t\"'").lower() in FREE_TEXT_COLUMNS:
        return [*cells[: len(header) - 1], (cells[len(header) - 1][0], cells[-1][1])]
    return None


@per_text_cache
def _header_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the text's :data:`_HEADER_LINE` lines, found once per text: the tables of digit values
    (:func:`field_values`) and of names (:func:`name_field_values`) are read under the same header lines."""
    return [m.span() for m in matches_from(_HEADER_LINE, text, text_facts(text).line_starts)]  # a line-start pattern


HEADER_CELL_WORDS = 4  # "Phone 1 - Value", "Address 1 - Formatted", "Plaats van geboorte"


def header_cell(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a whole cell of a table's header line: a column's name ("Given Name", "Birthday"),
    no value.

    >>> text = "Name,Given Name,Birthday\\nJan Bos,Jan,1990-01-02"
    >>> header_cell(text, 5, 15), header_cell(text, 25, 32)
    (True, False)
    """
    for line_start, line_end in _header_lines(text):
        if line_start <= start and end <= line_end:
            line = text[line_start:line_end]
            delimiter = max(_TABLE_DELIMITERS, key=line.count)
            cells = delimited_cells(text, line_start, line_end, delimiter)
            # (a table's: as many cells on the next line, COMMA_CELLS at least where commas part them; a line of
            # prose with a comma is no header: "Hola, como estas")
            next_end = text.find("\n", line_end + 1)
            header = [text[a:b] for a, b in cells]
            below = fitted_cells(text, line_end + 1, len(text) if next_end < 0 else next_end, delimiter, header)
            if below is None or len(cells) < (COMMA_CELLS if delimiter == "," else 2):
                return False
            if any(len(text[a:b].split()) > HEADER_CELL_WORDS for a, b in cells):
                return False  # a sentence's clauses between its commas, over the next sentence's: no column names
            return any(_cell(text, a, b) == (start, end) for a, b in cells)
    return False


def _table_cells(
    text: str, column_ok: Callable[[str], object] | None = None, need_digit: bool = True
) -> list[tuple[str, int, int]]:
    """Cells of delimited tables under a header line (no digits, at least one delimiter): each row of the same
    delimiter count below it, up to the first line that differs; border lines (``+----+----+``) are skipped.
    Only tables with a column that ``column_ok`` accepts (default: one that announces a kind) are read, and only
    cells holding a digit unless ``need_digit`` is False."""
    column_ok = column_ok or _kind_name
    out: list[tuple[str, int, int]] = []
    pos = 0
    for line_start, line_end in _header_lines(text):
        if line_start < pos:
            continue  # a row of the table before
        line = text[line_start:line_end]
        counts = {d: line.count(d) for d in _TABLE_DELIMITERS}
        delimiter = max(counts, key=lambda d: counts[d])
        header = [text[a:b].strip(" \t\"'") for a, b in delimited_cells(text, line_start, line_end, delimiter)]
        lo = line_end + 1
        if not any(column_ok(name) for name in header):
            continue  # no column announces a kind: its rows need not be read
        while lo < len(text):
            hi = text.find("\n", lo)
            hi = len(text) if hi < 0 else hi
            if delimiter == "|" and BORDER_LINE.fullmatch(text, lo, hi):
                lo = hi + 1
                continue
            hi = row_end(text, lo, hi, delimiter, counts[delimiter] + 1)
            fitted = fitted_cells(text, lo, hi, delimiter, header)
            if fitted is None:
                break
            for name, (a, b) in zip(header, fitted, strict=True):
                if not need_digit or _HAS_DIGIT.search(text, a, b):
                    out.append((name, *_cell(text, a, b)))
            lo = hi + 1
        pos = lo
    return out


# Runs of lines that split into as many cells at one delimiter, a header or not (a header may hold digits: "15cijfer"):
# at least TABLE_ROWS lines, and for commas, which prose holds too, at least COMMA_CELLS cells a line.
TABLE_ROWS, COMMA_CELLS = 3, 3


def table_columns(text: str) -> list[list[tuple[int, int]]]:
    r"""The columns of every run of delimited lines (see ``TABLE_ROWS``): per column, the (start, end) of its cells
    without surrounding spaces and quotes, a header's cell among them.

    >>> text = "naam;tel\nAnna de Wit;0612345678\nPiet Vos;0687654321\nDag, zie hierboven."
    >>> [[text[a:b] for a, b in column] for column in table_columns(text)]
    [['naam', 'Anna de Wit', 'Piet Vos'], ['tel', '0612345678', '0687654321']]
    """
    out: list[list[tuple[int, int]]] = []
    for delimiter in _TABLE_DELIMITERS:
        if delimiter not in text:
            continue
        least = COMMA_CELLS if delimiter == "," else 2
        run: list[list[tuple[int, int]]] = []
        for lo, hi in [*_line_spans(text), (len(text), len(text))]:
            cells = row_cells(text, lo, hi, delimiter) if lo < hi else []
            if run and len(cells) != len(run[0]):
                if len(run) >= TABLE_ROWS:
                    out += [[_cell(text, *row[i]) for row in run] for i in range(len(run[0]))]
                run = []
            if len(cells) >= least:
                run.append(cells)
    return out


def _sql_cells(text: str, need_digit: bool = True) -> list[tuple[str, int, int]]:
    """Values of ``INSERT INTO t (a, b) VALUES (…), (…)`` and of ``COPY t (a, b) FROM stdin`` rows, by column
    (only values holding a digit unless ``need_digit`` is False)."""
    out: list[tuple[str, int, int]] = []
    for m in SQL_COLUMNS.finditer(text):
        columns = [c.strip(' \t"`[]') for c in m.group(1).split(",")]
        if m.group(2).lower() == "values":
            pos = m.end()
            while (row := SQL_TUPLE.match(text, pos - 1 if text[pos - 1 : pos] == "(" else pos)) is not None:
                values = list(SQL_VALUE.finditer(text, *row.span(1)))
                for name, value in zip(columns, values, strict=False):
                    if not need_digit or _HAS_DIGIT.search(value.group()):
                        out.append((name, *_cell(text, *value.span())))
                pos = row.end()
        else:
            for lo, hi in _line_spans(text[m.end() :]):
                lo, hi = lo + m.end(), hi + m.end()
                if text[lo:hi].strip() in ("\\.", ""):
                    break
                for name, (a, b) in zip(columns, delimited_cells(text, lo, hi, "\t"), strict=False):
                    if not need_digit or _HAS_DIGIT.search(text, a, b):
                        out.append((name, *_cell(text, a, b)))
    return out


@lru_cache(maxsize=4096)
def _kind_name(name: str) -> str | None:
    """``name`` as written or, OCR-damaged (``Docurnentnr``), folded, when it announces a kind; else None."""
    if field_kind(name) is not None:
        return name
    folded = ocr_folded(name)
    return folded if field_kind(folded) is not None else None


def field_values(text: str) -> list[tuple[str, int, int]]:
    """``(field name, start, end)`` of each value in ``text`` stored under a name (values holding a digit only).

    >>> text = '{"docnr": "PUFWCZK36"} tel=06-12345678'
    >>> [(name, text[a:b]) for name, a, b in field_values(text)]
    [('docnr', 'PUFWCZK36'), ('tel', '06-12345678')]
    """
    found = _pairs(text)
    if "\n" in text:
        found += _table_cells(text)
    if "(" in text and any(w in text for w in ("INSERT", "insert", "COPY", "copy")):
        found += _sql_cells(text)
    return found


class FieldValueRecognizer(DutchRecognizer):
    """Values whose field name inside the text says what they are (see :func:`field_values`), judged by the
    same rules as a structured file's columns (:func:`context_findings`); OCR-damaged names are read folded
    (``Docurnentnr``).

    >>> find = FieldValueRecognizer().find
    >>> text = "INSERT INTO id (naam, doc_nr) VALUES ('Ans', 'QEBQ2HAH9');"
    >>> [(f.entity_type, text[f.start : f.end]) for f in find(text)]
    [('NL_ID_DOCUMENT', 'QEBQ2HAH9')]
    """

    ENTITIES = ("NL_BSN", "PHONE_NUMBER", "IBAN_CODE", "DATE_OF_BIRTH", "NL_ID_DOCUMENT", "IMEI")

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        found: list[Finding] = []
        for name, start, end in field_values(text):
            if end <= start:
                continue
            kind_name = _kind_name(name)
            if kind_name is None and "{" in text:
                kind_name = _nested_kind_name(text, start, name)
            if kind_name is None:
                continue  # only named fields: a bare value is the other recognisers' to judge in text
            for f in context_findings(kind_name, text[start:end]):
                found.append(Finding(f.start + start, f.end + start, f.entity_type, f.score, RECOGNIZER))
        if "(" in text and "'" in text:
            found += [Finding(a, b, "NL_BSN", SCORE_NAMED, RECOGNIZER) for a, b in _person_row_bsns(text)]
        if "(" in text:
            found += [Finding(a, b, "DATE_OF_BIRTH", SCORE_NAMED, RECOGNIZER) for a, b in _birth_date_reprs(text)]
        return found


# A date as a program prints it: Python's repr (``datetime.date(1985, 11, 3)``, a stack trace's locals, a dict's
# value), Java's ``LocalDate.of(1985, 11, 3)``, a bare ``date(1985, 11, 3)``. The pattern is led by its literal part
# (the regex engine skips ahead to it); the key is read backwards from it.
_DATE_REPR = re.compile(
    r"(?:datetime\.)?date(?:time)?\(|LocalDate(?:Time)?\.of\("
    r"(?=[ \t]*\d)"
)
_DATE_REPR_ARGS = re.compile(r"[ \t]*((\d{4}),[ \t]*(\d{1,2}),[ \t]*(\d{1,2}))(?:,[ \t]*\d{1,2}){0,4}[ \t]*\)")
# the key before: bare or quoted, then "=" or ":" ("geboortedatum=", "'dob': ", "birth = ")
_REPR_KEY_BEFORE = re.compile(r"([A-Za-z_][\w.-]{0,40})[\"']?[ \t]*[:=][ \t]*$")


def _birth_date_reprs(text: str) -> list[tuple[int, int]]:
    """The year, month and day of a printed date (``1984, 3, 9`` of ``datetime.date(1984, 3, 9)``, as the date of birth
    recogniser reads it after a birth word) stored under a birth-date key, when they are a calendar date from 1850 to
    today: the value of ``birth = datetime.date(…)`` in a stack trace is the person's birth date."""
    out: list[tuple[int, int]] = []
    if "date(" not in text and "time(" not in text and ".of(" not in text:
        return out  # every printed date's call ends so ("date(", "datetime(", "LocalDate.of("): no pass of the pattern
    for m in _DATE_REPR.finditer(text):
        start = m.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue  # "update(", "mandate(": a word ending in "date"
        args = _DATE_REPR_ARGS.match(text, m.end())
        key = _REPR_KEY_BEFORE.search(text, max(0, start - 48), start)
        if args is None or key is None or field_kind(key.group(1)) != "DATE_OF_BIRTH":
            continue
        year, month, day = (int(args.group(g)) for g in (2, 3, 4))
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date.year >= 1850 and date <= dt.date.today():
            out.append(args.span(1))
    return out


# The key of the object a value's key sits in ('"birth": {"date": "…"}', "geboorte: {datum: …}"): together they
# name the value when its own key does not.
_OBJECT_KEY_BEFORE = re.compile(r"[\"']?([A-Za-z_][\w-]{1,40})[\"']?[ \t]*[:=][ \t]*$")
_OBJECT_REACH = 200


def _nested_kind_name(text: str, start: int, name: str) -> str | None:
    """``parent_name`` when the value at ``start`` (under key ``name``) sits in an object whose own key, joined with
    ``name``, announces a kind (``birth`` + ``date``); else None."""
    lo = max(0, start - _OBJECT_REACH)
    brace = text.rfind("{", lo, start)
    if brace < 0 or "}" in text[brace:start]:
        return None
    parent = _OBJECT_KEY_BEFORE.search(text, max(0, brace - 48), brace)
    return _kind_name(f"{parent.group(1)}_{name}") if parent is not None else None


def _person_row_bsns(text: str) -> list[tuple[int, int]]:
    """8 or 9 digits passing the 11-proef (a leading zero dropped or not) as a value of an SQL row that holds a
    person's first name and surname side by side (:func:`_tuple_name_cells`): the row's citizen number, where a
    value without a column name is otherwise too ambiguous to report (an 8-digit number in running text)."""
    out: list[tuple[int, int]] = []
    for row in _QUOTED_TUPLE.finditer(text):
        if not _tuple_name_cells(row.group()):
            continue
        for v in SQL_VALUE.finditer(text, *row.span(1)):
            a, b = _cell(text, *v.span())
            value = text[a:b]
            if value.isdigit() and _bsn(value) and not _written_date(value):
                out.append((a, b))
    return out


# ---------------------------------------------------------------------------------------------------
# Fields whose value is a person's name, or a part of one: ``"klantnaam": "…"``, ``first_name,last_name`` columns,
# ``INSERT INTO p (voornaam, achternaam) VALUES (…)``, ``SET achternaam = '…'``, ``voorletters;tussenvoegsel;…``.
# Whether the value is name-shaped is the name recogniser's to judge; here only which values a name field holds.

# Keys that are a name part on their own, with their words joined (``first_name`` → ``firstname``).
_NAME_PART_KEYS = frozenset(
    {
        "naam", "name", "namen", "names", "voornaam", "voornamen", "achternaam", "achternamen", "roepnaam",
        "geboortenaam", "meisjesnaam", "voorletters", "voorletter", "initialen", "initials", "tussenvoegsel",
        "tussenvoegsels", "surname", "firstname", "lastname", "givenname", "givennames", "familyname", "fullname",
        "displayname", "middlename", "maidenname", "contactpersoon", "contactperson", "volledigenaam",
        # abbreviations of exports and legacy schemas (vnaam/anaam: voornaam/achternaam; fname/lname)
        "vnaam", "anaam", "fname", "lname", "gebnaam", "tussenv", "tussenvgs",
        # the BRP's own words (the register's exports and the systems that copy them): geslachtsnaam is the surname,
        # voorvoegsel its particles
        "geslachtsnaam", "geslachtsnamen", "voorvoegsel", "voorvoegsels",
        # keys whose value is a person by the role alone, as payment, ticket and course systems store them (a login
        # such as user=jdekker is no name: "user" and "gebruiker" stay out)
        "cardholder", "kaarthouder", "accountholder", "rekeninghouder", "tenaamstelling", "tnv", "assignee",
        "behandelaar", "docent", "mentor", "aanvrager", "ontvanger", "holder", "houder",
        # (a gym's, a hotel's or a club's log names its guest: 'guest="baran"', tuning_43)
        "guest", "gast",
    }
)  # fmt: skip
# People by their part in a log's event: who wrote, reported, visited, sent, received, signed, drove, paid. Such a key
# holds a system or a firm as often ("author=admin", "sender=system", "payer=ING"), so its value must name a person
# by a listed name (the name recogniser checks).
EVENT_ROLE_KEYS = frozenset(
    {
        "author", "auteur", "reporter", "melder", "visitor", "bezoeker", "sender", "afzender", "recipient",
        "geadresseerde", "signer", "ondertekenaar", "driver", "chauffeur", "requester", "payer", "betaler",
    }
)  # fmt: skip
_NAME_PART_KEYS |= EVENT_ROLE_KEYS
# Words beside ``naam``/``name`` in a key that say where the name was read, not whose it is: an ID document or its
# OCR (``naam_paspoort``, ``name_guess`` in a KYC or OCR pipeline's output) names its holder.
_NAME_SOURCES = frozenset({"paspoort", "passport", "mrz", "ocr", "guess", "idkaart", "rijbewijs"})
# Words that, beside ``naam``/``name`` in a key (``naam_ouder``, ``customer_name``) or as the head of a Dutch
# compound (``klantnaam``, ``partnernaam``), say the name is a person's; any other word (``product_name``,
# ``bedrijfsnaam``, ``hostname``, ``file_name``) names a thing.
_PERSON_ROLES = frozenset(
    {
        "klant", "klanten", "client", "cliënt", "customer", "contact", "partner", "ouder", "kind", "patient",
        "patiënt", "huurder", "werknemer", "employee", "medewerker", "aanvrager", "applicant", "eigenaar", "owner",
        "houder", "holder", "bewoner", "leerling", "student", "lid", "member", "verzekerde", "begunstigde",
        "rekeninghouder", "beller", "caller", "afzender", "ontvanger", "recipient", "behandelaar", "persoon",
        "person", "voor", "achter", "roep", "geboorte", "meisjes", "first", "last", "given", "family", "full",
        "display", "middle", "maiden", "volledige", "moeder", "vader", "echtgenoot", "echtgenote", "sender",
        "signer", "ondertekenaar", "vertegenwoordiger", "voogd", "getuige", "user", "gebruiker",
        # a form's parents and spouse ("fathers_name", "mother_name", tuning_70)
        "father", "fathers", "mother", "mothers", "parent", "spouse", "guardian",
    }
)  # fmt: skip
# Keys that name a person by the role alone, as a table's column, an SQL column list or a quoted or ``key=`` key
# stores them (``order_id,klant,email``, ``COPY huurcontract (huurder, medehuurder, …)``, ``'holder': 'R J DE
# VRIES'``). Not as a line label: ``Klant:`` opens a transcript's turn, whose words are no name. (Not ``tenant`` nor
# ``client``: in software logs an organisation and a program.)
_ROLE_KEYS = frozenset(
    {
        "klant", "huurder", "medehuurder", "onderhuurder", "patient", "patiënt", "leerling", "deelnemer", "bewoner",
        "houder", "holder", "passagier", "customer", "cliënt",
        # a lesson's or a course's people (a driving school's log: 'leerling="yilmaz, y." instructeur="Hubrecht"',
        # tuning_56)
        "instructeur", "instructor", "docent", "cursist", "begeleider",
        # a workplace's log names its worker or driver so ('worker="Savchuk Vasyl"', tuning_85; a time clock's
        # 'medewerker="Jurić, Ante"', tuning_100)
        "worker", "werknemer", "employee", "driver", "medewerker",
    }
)  # fmt: skip
_ROLE_KEY_PATTERN = "|".join(sorted(_ROLE_KEYS, key=len, reverse=True))
# A role key in the lower-cased copy (led by the keys' first letters: the regex engine skips ahead to them), then what
# makes it a key: quoted before a separator ('"holder": …'), or bare before "=" ("holder=…").
_ROLE_KEY = re.compile(rf"(?:{_ROLE_KEY_PATTERN})(?![\w-])")
_QUOTED_KEY_END = re.compile(r"[\"'][ \t]*(?:=>|:|=)")
_BARE_KEY_END = re.compile(r"[ \t]*=(?!=)")


def names_person_column(name: str) -> bool:
    """A column or quoted key that names a person's name (:func:`names_person`) or a person by the role alone.

    >>> names_person_column("klant"), names_person_column("medehuurder"), names_person_column("klantnr")
    (True, True, False)
    """
    key = name.strip(" \t\"'`[]").casefold()
    return names_person(name) or key in _ROLE_KEYS or "".join(_WORD.findall(key)) in _ROLE_KEYS


# Keys inside a ``"name": {…}`` object that hold its parts.
_NESTED_PART_KEYS = frozenset({"first", "last", "given", "family", "middle", "voor", "achter", "initials", "prefix"})
_REQUEST_PROTOCOL = re.compile(r" HTTP/\d")
# Keys inside an object that hold the object's own value, its key naming it (an OCR engine's or a form's field with
# its confidence or source beside it).
VALUE_KEYS = frozenset({"value", "val", "text", "waarde", "content", "raw", "ocr"})
_NAME_KEY_HINTS: tuple[str, ...] = (
    "naam",
    "name",
    "voorlett",
    "initial",
    "voegsel",
    "contactperso",
    "holder",
    "houder",
    "guest",
    "gast",
    # the name a person goes by: "known_as" (``_NAME_WORD_SYNONYMS``)
    "known",
    # name keys in other languages and abbreviated (``Vorname``, ``prénom``/``nome``/``nombre``/``cognome``,
    # ``apellido``, ``nazwisko``, ``soyadı``; ``voorn``, ``achtern``, ``tussenv``; ``achternm``, ``vrnm``: see
    # :data:`_NM_KEY`)
    "nom",
    "apellido",
    "nazwisko",
    "soyad",
    "voorn",
    "achtern",
    "tussenv",
    # Flemish ``familienaam``; Nordic ``fornavn``/``efternamn``/``sukunimi``/``nafn``, Romanian ``nume``, Czech
    # ``jméno``/``příjmení``, Hungarian ``vezetéknév``, Serbo-Croatian ``prezime``, Portuguese ``apelido``
    "familienaam",
    "navn",
    "namn",
    "nimi",
    "nafn",
    "nume",
    "jméno",
    "jmeno",
    "příjmení",
    "prijmeni",
    "név",
    "prezime",
    "apelido",
)
# (and the event roles a log writes as keys: "author=Pieter", 'visitor="Noor"')
_NAME_KEY_HINTS += tuple(sorted(EVENT_ROLE_KEYS))
# A key whose head "naam" is cut short ("achternm", "voornm", "vrnm"): "nm" ending a word before a key's separator or a
# column's delimiter (a literal start: the regex engine skips ahead to it; "nm" inside words, "aanmelden", passes).
_NM_KEY = re.compile(r"nm[\"'=:,;\t|`>)\] ]")
# A hint counts where its word is a key: a separator follows the word (or SQL's LIKE), as :data:`_NAME_VALUE` and
# :data:`_LIKE_VALUE` read it. Tested inside the pattern: the hints inside prose words ("aanmelden", "voornamelijk")
# are passed over there, not one by one in Python.
_KEY_FOLLOWS = r"(?=[\w.-]{0,40}(?:[ \t]*[\"']?[ \t]*(?:=>|[:=])|[ \t]+i?like[ \t]+'))"
_NAME_KEY_HINT = re.compile("(?i)(?:nm|" + "|".join(_NAME_KEY_HINTS) + ")" + _KEY_FOLLOWS)
# (gathered by their first letters: the engine tests each first letter once per position, not once per hint)
_NAME_KEY_HINT_LOWER = re.compile(by_first_character(("nm", *_NAME_KEY_HINTS)) + _KEY_FOLLOWS)
# where a hint starts in the lower-cased text: the pattern is tried only there (its hints open with many letters)
_NAME_KEY_HINT_STARTS = WordStarts(("nm", *_NAME_KEY_HINTS))
_NAME_KEY_CHARS = re.compile(r"[\w.-]{0,40}")
_NAME_VALUE = re.compile(
    r"[ \t]*[\"']?[ \t]*(?:=>|[:=])[ \t]*(?:\"(?P<dq>[^\"\n]{1,60})\"|'(?P<sq>[^'\n]{1,60})'|(?P<obj>\{)"
    r"|(?P<bare>[^\s\"',;&}\]<>|()=:{\[][^\n\"',;&}\]<>|()=:]{0,59}))"
)
# A key's value that is a list of strings (JSON, Python, YAML's flow style): a person's given names, as FHIR's
# HumanName and many exports store them ('"given": ["Wendelien", "Ilse"]', "voornamen: ['Eva', 'Maria']").
_ARRAY_OPEN = re.compile(r"[ \t]*[\"']?[ \t]*(?:=>|[:=])[ \t]*\[")
_ARRAY_ITEM = re.compile(r"[ \t\n]*(?:\"([^\"\n]{1,60})\"|'([^'\n]{1,60})')[ \t\n]*(,|\])")
ARRAY_ITEMS = 8  # (a longer list is no one person's names)


def array_items(text: str, key_end: int) -> list[tuple[int, int]]:
    """Spans of the quoted strings in the list that is the value of the key ending at ``key_end``.

    >>> text = '"given": ["Wendelien", "Ilse"]'
    >>> [text[a:b] for a, b in array_items(text, 7)]
    ['Wendelien', 'Ilse']
    >>> array_items('"given": "Ilse"', 7), array_items('"given": [1, 2]', 7)
    ([], [])
    """
    m = _ARRAY_OPEN.match(text, key_end)
    if m is None:
        return []
    spans: list[tuple[int, int]] = []
    at = m.end()
    while len(spans) < ARRAY_ITEMS and (item := _ARRAY_ITEM.match(text, at)) is not None:
        spans.append(item.span(1) if item.group(1) is not None else item.span(2))
        at = item.end()
        if item.group(3) == "]":
            return spans
    return []  # not closed within reach: no list of names


# SQL's pattern match on a name column (``WHERE naam LIKE '%de Jong%'``): the name between the wildcards.
_LIKE_VALUE = re.compile(r"[ \t]+(?:I?LIKE|i?like)[ \t]+'%?(?P<sq>[^'%_\n]{2,60})%?'")
_NESTED_PAIR = re.compile(
    r"[\"']?(?P<key>[A-Za-z_]{2,20})[\"']?[ \t]*:[ \t]*(?:\"(?P<dq>[^\"\n]{1,60})\"|'(?P<sq>[^'\n]{1,60})')"
)
_BARE_END = re.compile(r"[ \t]{2,}|\t")


# SQL rows without a column list (``INSERT INTO t VALUES (…)``, a dump's continuation tuples): a first name and a
# surname stored as neighbouring quoted values. Positions name no column, so a row counts as a person's only when a
# listed first name is followed by a capitalised surname (particles allowed) and another value of the row is personal
# data too: an e-mail address, a date, a number of 8 or more digits (BSN, phone).
_QUOTED_TUPLE = re.compile(r"\((?=[^()\n]*')([^()\n]{1,600})\)")
# (Latin-1 and Latin Extended-A letters too: Öztürk, Yılmaz, Dvořák)
_SURNAME_VALUE = re.compile(
    r"(?:(?:[a-z]{1,3}|'t)[ \t]+){0,3}[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f'-]+"
    r"(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ\u0100-\u017f'-]+)?"
)
# (led by the character class: the regex engine skips ahead to digits and "@")
_PERSONAL_CELL = re.compile(r"[\d@](?:(?<=@)|(?<=\d)(?:\d{7}|\d{3}-\d{2}-\d{2}|\d-\d{2}-\d{4}))")


def _tuple_name_cells(text: str) -> list[tuple[str, int, int]]:
    """``("voornaam", …)`` and ``("achternaam", …)`` spans of first names and surnames stored side by side in SQL
    rows without a column list.

    >>> text = "INSERT INTO r VALUES (8812,'Henk','van der Meer','1956-11-02'), (8813,'Blauw','Groot','L');"
    >>> [(key, text[a:b]) for key, a, b in _tuple_name_cells(text)]
    [('voornaam', 'Henk'), ('achternaam', 'van der Meer')]
    """
    return [name for _, names in person_tuple_rows(text) for name in names]


def person_tuple_rows(text: str) -> list[tuple[list[tuple[int, int]], list[tuple[str, int, int]]]]:
    """The cells of each SQL row without a column list that holds a person's name (see :func:`_tuple_name_cells`),
    with the name's cells: the row's other values are that person's (a place cell among them, see
    ``place_fields``)."""
    out: list[tuple[list[tuple[int, int]], list[tuple[str, int, int]]]] = []
    if "'" not in text:
        return out
    for row in _QUOTED_TUPLE.finditer(text):
        cells = [_cell(text, *v.span()) for v in SQL_VALUE.finditer(text, *row.span(1))]
        if len(cells) < MIN_ROW_CELLS or not any(_PERSONAL_CELL.search(text, a, b) for a, b in cells):
            continue
        if names := _name_pair_cells(text, cells, quoted=True):
            out.append((cells, names))
    return out


_CAPS_SURNAME = re.compile(r"[A-ZÀ-ÖØ-Þ\u0100-\u017f][A-ZÀ-ÖØ-Þ\u0100-\u017f'-]{3,}")
_CAPS_CODES = frozenset({"NULL", "TRUE", "FALSE", "NONE", "NLD", "PASPOORT", "PASSPORT"})


def _name_pair_cells(text: str, cells: list[tuple[int, int]], quoted: bool) -> list[tuple[str, int, int]]:
    """A listed first name and a surname in neighbouring cells of one row (see :func:`_tuple_name_cells`)."""
    from afscherm.detectors.person_name import PARTICLES_ONLY, common_words, is_first_name

    out: list[tuple[str, int, int]] = []
    for (a, b), (c, d) in itertools.pairwise(cells):
        first, last = text[a:b], text[c:d]
        if quoted and (text[a - 1 : a] != "'" or text[c - 1 : c] != "'"):
            continue
        if _CAPS_SURNAME.fullmatch(first) is not None and first not in _CAPS_CODES and is_first_name(last):
            # the surname first in capitals, as a passport's or a register's export keeps it ("'BOZHINOV', 'Krasimir'",
            # tuning_85)
            out += [("achternaam", a, b), ("voornaam", c, d)]
            continue
        if not is_first_name(first) or _SURNAME_VALUE.fullmatch(last) is None:
            continue
        # a common word as the surname ("'Roos', 'Rood'") only after a particle ("'Sanne', 'de Wit'")
        if " " not in last and last.lower() in common_words() and not is_first_name(last):
            continue
        out += [("voornaam", a, b), ("achternaam", c, d)]
    # the particles in a cell of their own between them, as a register's export keeps the tussenvoegsel apart
    # ("(2613, 'Joeri', 'de', 'Kraker', '2005-12-24', ...)", tuning_70): the surname may then be a word too
    for (a, b), (p, q), (c, d) in zip(cells, cells[1:], cells[2:], strict=False):
        first, particles, last = text[a:b], text[p:q], text[c:d]
        if quoted and (text[a - 1 : a] != "'" or text[p - 1 : p] != "'" or text[c - 1 : c] != "'"):
            continue
        if not particles.islower() or PARTICLES_ONLY.fullmatch(particles) is None:
            continue
        if is_first_name(first) and _SURNAME_VALUE.fullmatch(last) is not None and " " not in last:
            out += [("voornaam", a, b), ("tussenvoegsel", p, q), ("achternaam", c, d)]
    return out


_ROW_DELIMITERS = ";|\t,"
# A capitalised word opening a cell: after a semicolon, pipe or tab, between commas without spaces (CSV, not prose),
# or opening a line before a delimiter.
_CELL_WORD = re.compile(r"[;|\t][ \t]*[\"']?[A-Z][a-zà-ÿ]+")
_QUOTED_CELL_WORD = re.compile(r",[\"']?[A-Z][a-zà-ÿ]+[\"']?,")
_FIRST_CELL_WORD = re.compile(r"(?m)^[\"']?[A-Z][a-zà-ÿ]+[\"']?[;,|\t]")
MIN_ROW_CELLS = 3
MAX_CELL_SPACES = 4  # a cell of five words or more is prose


def _row_name_cells(text: str) -> list[tuple[str, int, int]]:
    """The same pairs in the rows of a CSV, TSV or pipe table without a header that names them (``12;Eva;de Wit;
    Zwolle;0612345678``): lines of three or more cells holding personal data beside the names."""
    out: list[tuple[str, int, int]] = []
    if not (_CELL_WORD.search(text) or _QUOTED_CELL_WORD.search(text) or _FIRST_CELL_WORD.search(text)):
        return out  # no capitalised word is a cell of its own: most texts are read no further
    done = -1
    for personal in _PERSONAL_CELL.finditer(text):  # only the lines holding personal data are read
        if personal.start() < done:
            continue
        lo = text.rfind("\n", 0, personal.start()) + 1
        hi = text.find("\n", personal.end())
        hi = done = len(text) if hi < 0 else hi
        delimiter = max(_ROW_DELIMITERS, key=lambda d: text.count(d, lo, hi))
        if text.count(delimiter, lo, hi) < MIN_ROW_CELLS - 1:
            continue
        cells = [_cell(text, a, b) for a, b in delimited_cells(text, lo, hi, delimiter)]
        if any(text.count(" ", a, b) >= MAX_CELL_SPACES for a, b in cells):
            continue  # a sentence with commas, not a row of values
        out += _name_pair_cells(text, cells, quoted=False)
    return out


@lru_cache(maxsize=4096)
def names_person(name: str) -> bool:
    """The field's name says its value is a person's name or a part of one: its words (:func:`key_words`) read as
    the Dutch name-part words they stand for (:func:`_name_word`), words that only say which copy or use of the value
    it is left out (``updated_firstName``, ``billing_name``, ``old_achternaam``: :data:`_KEY_MODIFIERS`).

    >>> names_person("klantnaam"), names_person("first_name"), names_person("naam_ouder"), names_person("Tussenvoegsel")
    (True, True, True, True)
    >>> names_person("product_name"), names_person("bedrijfsnaam"), names_person("hostname"), names_person("status")
    (False, False, False, False)
    >>> names_person("achternm"), names_person("updated_firstName"), names_person("Vorname"), names_person("old_file")
    (True, True, True, False)
    """
    raw = key_words(name)
    if not raw:
        return False
    if "".join(raw) in _NAME_PART_KEYS or _NAME_WORD_SYNONYMS.get("".join(raw)) in _NAME_PART_KEYS:
        return True  # (before the words are read one by one: "f_name", "l_name", "nom_de_famille")
    words = [w for w in map(_name_word, raw) if w not in _KEY_MODIFIERS and not w.isdigit()]
    if not words:
        return False
    joined = "".join(words)
    if joined in _NAME_PART_KEYS:
        return True
    if any(w in _NAME_HEADS for w in words):
        return all(w in _PERSON_ROLES or w in _NAME_SOURCES or w in _NAME_HEADS for w in words)
    if all(w in _NAME_PART_KEYS for w in words):
        return True  # name parts together ("voorvoegselGeslachtsnaam": the surname's particles)
    if any(w in _NAME_PART_KEYS for w in words) and all(w in _NAME_PART_KEYS or w in _PERSON_ROLES for w in words):
        return True  # whose name part: "kind_voornaam", "partner_achternaam", "ouder1_voorletters"
    # a Dutch compound whose head is a person: klantnaam, partnernamen
    return any(joined.endswith(tail) and joined[: -len(tail)] in _PERSON_ROLES for tail in ("naam", "namen"))


_NAME_HEADS = frozenset({"naam", "name", "namen", "names"})
# Words a key is read as (after :func:`key_words`): other languages' name-part words and common abbreviations of the
# Dutch ones, mapped onto the Dutch word (``Vorname``, ``prénom``, ``apellidos``, ``nazwisko``, ``achternm``).
_NAME_WORD_SYNONYMS = {
    "vorname": "voornaam", "vornamen": "voornamen", "nachname": "achternaam", "familienname": "achternaam",
    "geburtsname": "geboortenaam", "rufname": "roepnaam", "prenom": "voornaam", "prénom": "voornaam",
    "prenoms": "voornamen", "prénoms": "voornamen", "nom": "naam", "noms": "namen", "nomdefamille": "achternaam",
    "apellido": "achternaam", "apellidos": "achternaam", "nombre": "naam", "cognome": "achternaam", "nome": "naam",
    "nazwisko": "achternaam", "imie": "voornaam", "imię": "voornaam", "soyad": "achternaam", "soyadi": "achternaam",
    "soyadı": "achternaam", "isim": "naam", "efternamn": "achternaam", "fornamn": "voornaam", "förnamn": "voornaam",
    "fornavn": "voornaam", "etternavn": "achternaam", "navn": "naam", "namn": "naam", "sobrenome": "achternaam",
    "nm": "naam", "nam": "naam", "nme": "naam", "famille": "family", "familie": "family",
    # the name a person goes by (an ID scanner's "known_as", tuning_46; "nickname", "preferred_name")
    "knownas": "roepnaam", "nickname": "roepnaam", "preferredname": "roepnaam", "bijnaam": "roepnaam",
    # Flemish, Nordic, Central and Eastern European and Portuguese name keys (members' lists, HR exports, forms)
    "familienaam": "achternaam", "forename": "voornaam", "efternavn": "achternaam", "mellemnavn": "voornaam",
    "mellomnavn": "voornaam", "mellannamn": "voornaam", "sukunimi": "achternaam", "etunimi": "voornaam",
    "etunimet": "voornamen", "nimi": "naam", "nafn": "naam", "fornafn": "voornaam", "eiginnafn": "voornaam",
    "kenninafn": "achternaam", "prenume": "voornaam", "nume": "achternaam", "jméno": "voornaam", "jmeno": "voornaam",
    "příjmení": "achternaam", "prijmeni": "achternaam", "vezetéknév": "achternaam", "vezeteknev": "achternaam",
    "keresztnév": "voornaam", "keresztnev": "voornaam", "utónév": "voornaam", "ime": "voornaam",
    "prezime": "achternaam", "apelido": "achternaam",
    # Haitian Kreyòl (a Haitian association's members table: non, prenon, ti_non, dat_nesans; tuning_152)
    "non": "naam", "prenon": "voornaam", "tinon": "roepnaam", "siyati": "achternaam",
    # Catalan, Basque and Galician (cognom1, cognom2; izena, abizena1; apelidos; tuning_158)
    "cognom": "achternaam", "cognoms": "achternaam", "izena": "voornaam", "abizena": "achternaam",
    "abizenak": "achternaam", "apelidos": "achternaam",
}  # fmt: skip
# Stems that open a name key's Dutch compound (``voornaam``, ``geslachtsnaam``): an abbreviation of one keeps its first
# letter and some of the others in order (``vnaam``, ``vrnm``, ``achtrnm``, ``gslnaam``), a truncation its start
# (``voorn``, ``achtern``).
_NAME_COMPOUND_STEMS = ("voor", "achter", "geslachts", "roep", "geboorte", "meisjes", "volledige", "klant")
_NAME_PART_WORDS = (
    "voornaam", "voornamen", "achternaam", "geslachtsnaam", "roepnaam", "voorletters", "tussenvoegsel",
    "geboortenaam", "meisjesnaam", "voorvoegsel",
)  # fmt: skip
MIN_TRUNCATION = 5
# Words around a name key that say which copy or which use of the value it holds, not whose it is: an audit log's
# ``old_``/``updated_``, a form's ``billing_``/``shipping_``, a schema's type or namespace prefix (``str_``, ``v_``,
# ``inp.``). They neither make a key a name's nor stop it being one.
_KEY_MODIFIERS = frozenset(
    {
        "old", "oud", "oude", "new", "nieuw", "nieuwe", "updated", "update", "upd", "prev", "previous", "vorige",
        "current", "cur", "huidig", "huidige", "orig", "original", "oorspronkelijk", "oorspronkelijke", "billing",
        "shipping", "delivery", "invoice", "factuur", "aflever", "primary", "secondary", "alt", "alternate",
        "edited", "changed", "gewijzigd", "gewijzigde", "corrected", "verified", "raw", "input", "entered",
        "opgegeven", "ingevoerd", "legal", "official", "officiele", "officiële", "preferred", "registered",
        "account", "profile", "profiel", "str", "txt", "fld", "col", "inp", "bg", "brp", "ext", "nl", "en", "de", "fr",
        # the writing the value is in: a passport's OCR gives the name in its own script and in Latin letters
        # ("surname_native": "ΤΣΑΚΙΡΗ", tuning_69)
        "native", "latin", "local", "translit", "transliterated", "romanized", "romanised", "ascii", "printed",
        # and the language or script named ("hebrew_name", "name_ar", "fullNameArabic", "naam_arabisch")
        "ar", "he", "zh", "ru", "uk", "el", "tr", "fa", "ja", "ko", "hi", "th", "hy", "ka", "arabic", "hebrew",
        "chinese", "cyrillic", "greek", "russian", "ukrainian", "turkish", "persian", "farsi", "japanese", "korean",
        "hindi", "thai", "armenian", "georgian", "kanji", "kana", "hangul", "arabisch", "hebreeuws", "chinees",
        "cyrillisch", "grieks", "russisch", "turks", "perzisch", "japans", "koreaans",
    }
)  # fmt: skip


@lru_cache(maxsize=8192)
def _name_word(word: str) -> str:
    """``word`` of a key read as the Dutch name-part word it stands for (a synonym, an abbreviation, a truncation),
    or as itself."""
    from afscherm.detectors.person_name import common_words

    if word in _NAME_WORD_SYNONYMS:
        return _NAME_WORD_SYNONYMS[word]
    if len(word) > 2 and word.endswith("nm"):
        word = word[:-2] + "naam"  # achternm, voornm, klantnm
    if word in _NAME_PART_KEYS or word in common_words() or word in _KEY_MODIFIERS:
        return word
    if word.endswith("naam") and len(word) > 4:
        stem = word[:-4]
        for full in _NAME_COMPOUND_STEMS:
            if full[0] == stem[0] and _subsequence(stem, full):
                return full + "naam"
    if len(word) >= MIN_TRUNCATION:
        for full in _NAME_PART_WORDS:
            if full.startswith(word):
                return full
    return word


def _subsequence(short: str, long: str) -> bool:
    """Every letter of ``short`` in ``long``, in order."""
    it = iter(long)
    return all(c in it for c in short)


@lru_cache(maxsize=8192)
def key_words(name: str) -> tuple[str, ...]:
    """The words of a key (camelCase, snake_case, kebab-case, dotted, an XML namespace's prefix left off), lower case.

    >>> key_words("BG:voorvoegselGeslachtsnaam"), key_words("updated_firstName"), key_words("contact.Prénom")
    (('voorvoegsel', 'geslachtsnaam'), ('updated', 'first', 'name'), ('contact', 'prénom'))
    """
    return tuple(_KEY_WORD.findall(_CAMEL.sub(" ", name.rpartition(":")[2]).casefold()))


def _key_before(text: str, end: int) -> int:
    """Where the key that ends at ``end`` starts (letters, digits, ``_.-``, read backwards)."""
    start = end
    while start > 0 and end - start <= _MAX_KEY and (text[start - 1].isalnum() or text[start - 1] in "_.-"):
        start -= 1
    return start


def name_field_values(text: str) -> list[tuple[str, int, int]]:
    """``(field name, start, end)`` of each value stored under a name that says it is a person's name or a part
    of one (:func:`names_person`): ``key: value``, ``key=value``, JSON and Python keys (nested ``"name": {"first":
    …}`` too), SQL ``SET``/``WHERE`` pairs, CSV/TSV/pipe columns and SQL column lists.

    >>> text = '{"klantnaam": "Ans Mol", "product_name": "Tafel"} UPDATE t SET voornaam = \\'Rik\\';'
    >>> [(name, text[a:b]) for name, a, b in name_field_values(text)]
    [('klantnaam', 'Ans Mol'), ('voornaam', 'Rik')]
    """
    out: list[tuple[str, int, int]] = _tuple_name_cells(text) if "(" in text and "'" in text else []
    if ";" in text or "|" in text or "\t" in text or "," in text:
        out += _row_name_cells(text)
    if "VCARD" in text or "vcard" in text:
        out += _vcard_name_parts(text)
    if "</" in text:
        # XML elements named for a name part (``<voorletters>K.L.</voorletters>``, ``<achternaam>Hul</achternaam>``)
        out += [(m.group(1), *_cell(text, *m.span(2))) for m in _XML_FIELD.finditer(text) if names_person(m.group(1))]
    lowered = text.lower()
    given = "first" in lowered or "given" in lowered
    if (given and any(k in lowered for k in ("last", "family", "middle", "surname"))) or "soyad" in lowered:
        out += _paired_part_values(text)
    if ("sn:" in lowered or "cn:" in lowered) and ("dn:" in lowered or "objectclass" in lowered):
        out += _ldif_names(text)
    roles = any(r in lowered for r in ("klant", "huurder", "holder", "houder", "patient", "patiënt", "leerling"))
    roles = roles or any(r in lowered for r in ("deelnemer", "bewoner", "passagier", "customer", "cliënt"))
    roles = roles or any(r in lowered for r in ("instruct", "docent", "cursist", "begeleider"))
    roles = roles or any(r in lowered for r in ("worker", "werknemer", "employee", "driver", "medewerker"))
    if roles:
        out += _role_values(text)
    elif not any(h in lowered for h in _NAME_KEY_HINTS) and _NM_KEY.search(lowered) is None:
        return out  # substring tests: most texts name no name field
    seen_keys: set[int] = set()
    # the hint pattern in lower case over the lower-cased text (same offsets unless lower-casing changed a length)
    hints = (
        matches_from(_NAME_KEY_HINT_LOWER, lowered, _NAME_KEY_HINT_STARTS.starts(lowered))
        if len(lowered) == len(text)
        else _NAME_KEY_HINT.finditer(text)
    )
    for hint in hints:
        start = _key_before(text, hint.start())
        if start in seen_keys or not text[start : start + 1].isalpha():
            continue
        seen_keys.add(start)
        key_end = _NAME_KEY_CHARS.match(text, hint.end()).end()  # type: ignore[union-attr]
        key = text[start:key_end]
        if not names_person(key):
            continue
        if _bare_name_key(key) and _in_a_things_object(text, start):
            continue  # the name of what its object is: '"job": {"name": "export-members"}', "queue:\n  name: …"
        if key.casefold() in EVENT_ROLE_KEYS and not (
            _BARE_KEY_END.match(text, key_end) or _QUOTED_KEY_END.match(text, key_end)
        ):
            continue  # an event role as a key ("visitor=…", '"visitor": …'), not a transcript's "Bezoeker:" turn
        m = _NAME_VALUE.match(text, key_end)
        if m is None:
            like = _LIKE_VALUE.match(text, key_end)
            if like is not None:  # an SQL pattern holds the name searched for: "naam LIKE '%de Jong%'"
                out.append((key, *_cell(text, *like.span("sq"))))
            out += [(key, *_cell(text, lo, hi)) for lo, hi in array_items(text, key_end)]
            continue
        if m.group("obj") is not None:
            close = text.find("}", m.end(), m.end() + 400)
            for part in _NESTED_PAIR.finditer(text, m.end(), close if close >= 0 else m.end()):
                group = "dq" if part.group("dq") is not None else "sq"
                if part.group("key").casefold() in _NESTED_PART_KEYS or names_person(part.group("key")):
                    out.append((part.group("key"), *_cell(text, *part.span(group))))
                elif part.group("key").casefold() in VALUE_KEYS:
                    # an OCR engine's field with its confidence: the key names its value ('"surname": {"value":
                    # "BRÜGGEMANN", "conf": 0.95}', tuning_41)
                    out.append((key, *_cell(text, *part.span(group))))
            continue
        group = "dq" if m.group("dq") is not None else "sq" if m.group("sq") is not None else "bare"
        lo, hi = m.span(group)
        if group == "bare":
            # a bare value ends at the next field: wide spacing or a tab (OCR forms), a space after "=" (logfmt)
            cut = _BARE_END.search(text, lo, hi)
            hi = cut.start() if cut else hi
            # (not in a query or form body, where the view reads a "+" as the space it encodes: "naam=Jan de Vries&…")
            query = text[start - 1 : start] in ("?", "&") or text[hi : hi + 1] == "&"
            if query and (protocol := _REQUEST_PROTOCOL.search(text, lo, hi)) is not None:
                # an access log's request line goes on after its query ("...&naam=H. Lammers HTTP/2.0")
                hi = protocol.start()
            if "=" in text[key_end : m.start(group)] and " " in text[lo:hi] and not query:
                # logfmt: the value ends where the next key starts ("holder=S VERSTEEG ip=…"), else at its first space
                # (the message goes on: "naam=Jan heeft ingelogd")
                last = text.rindex(" ", lo, hi)
                hi = last if text[hi : hi + 1] == "=" else text.index(" ", lo, hi)
        out.append((key, *_cell(text, lo, hi)))
        changed = _new_value(text, hi if group == "bare" else m.end())
        if changed is not None:
            out.append((key, *changed))
    column = names_person_column if roles else names_person
    if "\n" in text:
        out += [cell for cell in _table_cells(text, column, need_digit=False) if column(cell[0])]
    if "(" in text and any(w in text for w in ("INSERT", "insert", "COPY", "copy")):
        out += [cell for cell in _sql_cells(text, need_digit=False) if column(cell[0])]
    return out


# What an object holds when it is no person: a ``name`` key inside it names the thing (a job, a queue, a product, a
# service, a team). Read from the object's own key (JSON/Python ``"job": {"name": …}``, YAML ``queue:`` over an
# indented ``name:``); a person's object (``"customer": {…}``) or one whose key says nothing (``"data": {…}``) keeps
# its name.
_THING_WORDS = frozenset(
    {
        "job", "jobs", "queue", "queues", "service", "services", "product", "products", "artikel", "file", "files",
        "bestand", "app", "application", "project", "task", "taak", "group", "groep", "role", "rol", "device",
        "toestel", "host", "server", "repo", "repository", "package", "module", "template", "sjabloon", "campaign",
        "campagne", "mailer", "bucket", "topic", "channel", "kanaal", "workflow", "pipeline", "stage", "step",
        "container", "image", "volume", "network", "cluster", "database", "db", "table", "tabel", "column", "kolom",
        "index", "category", "categorie", "tag", "label", "plan", "tier", "org", "organisation", "organization",
        "organisatie", "company", "bedrijf", "merchant", "store", "shop", "winkel", "brand", "merk", "metric",
        "report", "rapport", "dashboard", "config", "settings", "instellingen", "schedule", "cron", "trigger",
        "feature", "flag", "branch", "build", "release", "deployment", "namespace", "resource", "field", "veld",
        "attribute", "property", "param", "parameter", "variable", "env", "secret", "policy", "rule", "regel",
        "route", "endpoint", "api", "webhook", "course", "cursus", "room", "zaal", "ruimte", "building", "gebouw",
        "afdeling", "department", "dept", "team", "teams", "vestiging", "branche", "locatie", "location", "site",
    }
)  # fmt: skip
_YAML_PARENT = re.compile(r"[ \t]*-?[ \t]*[\"']?([A-Za-z_][\w.-]{0,40})[\"']?[ \t]*:[ \t]*$")
_PARENT_REACH = 200


def _bare_name_key(key: str) -> bool:
    """A key that says "name" and nothing more (``name``, ``naam``, ``old_name``): whose name, its object tells."""
    words = [w for w in key_words(key) if w not in _KEY_MODIFIERS]
    return bool(words) and all(w in _NAME_HEADS for w in words)


def _list_opening(text: str, brace: int) -> int:
    """The ``[`` of the list whose element opens at ``brace`` (after other elements: ``[{…}, {…}``), else ``brace``."""
    depth, pos = 0, brace - 1
    while pos >= max(0, brace - _PARENT_REACH * 2):
        char = text[pos]
        if char in "}]":
            depth += 1
        elif char in "{":
            if depth == 0:
                return brace  # inside another object: not a list's element
            depth -= 1
        elif char == "[":
            if depth == 0:
                return pos
            depth -= 1
        pos -= 1
    return brace


def _in_a_things_object(text: str, key_start: int) -> bool:
    """The key at ``key_start`` sits in an object whose own key names a thing (:data:`_THING_WORDS`)."""
    lo = max(0, key_start - _PARENT_REACH)
    brace = text.rfind("{", lo, key_start)
    if brace >= 0 and "}" not in text[brace:key_start]:
        opening = _list_opening(text, brace)  # an object in a list: the list's key ('"teams": [{…}, {…}]')
        before = text[max(0, opening - 48) : opening].rstrip(" \t\n[")
        parent = _OBJECT_KEY_BEFORE.search(before)
    else:
        line_start = text.rfind("\n", 0, key_start) + 1
        indent = key_start - line_start - len(text[line_start:key_start].lstrip(" \t-"))
        if indent <= 0 or text[line_start:key_start].strip(" \t-"):
            return False
        parent = None
        while line_start > 0 and parent is None and key_start - line_start < _PARENT_REACH:
            line_end = line_start - 1
            line_start = text.rfind("\n", 0, line_end) + 1
            line = text[line_start:line_end]
            if not line.strip():
                continue
            if len(line) - len(line.lstrip(" \t-")) < indent:
                parent = _YAML_PARENT.fullmatch(line)
                if parent is None:
                    return False
    return parent is not None and any(w in _THING_WORDS for w in key_words(parent.group(1)))


# A name's parts as keys of their own, side by side in one object or record: ``{"first": "Evi", "last": "Kramer"}``
# in an order's "customer" or an "employees" list, ``first=Evi last=Kramer`` in a log. "first" or "last" alone is no
# name ("first": true, "last": "2024-05-01"); a given-name key beside a family-name key is.
# (Turkish "ad" beside "soyad": a name and a surname; "given" beside "surname", as a ship's crew list writes them,
# '"surname":"ANDRADE BARROS","given":"DJOILSON"', tuning_145)
_PART_KEY = re.compile(
    r"(?<![\w.-])[\"']?(first|middle|last|given|family|surname|ad|adı|adi|soyad|soyadı|soyadi)[\"']?[ \t]*(?:=>|[:=])",
    re.IGNORECASE,
)
_GIVEN_PARTS = frozenset({"first", "given", "ad", "adı", "adi"})
_RECORD_REACH = 300


def _paired_part_values(text: str) -> list[tuple[str, int, int]]:
    """Values of ``first``/``given`` and ``last``/``family`` keys that stand together in one ``{…}`` object (or,
    outside braces, on one line)."""
    out: list[tuple[str, int, int]] = []
    keys = list(_PART_KEY.finditer(text))
    records: dict[tuple[int, int], list[re.Match[str]]] = {}
    for m in keys:
        pos = m.start()
        brace = text.rfind("{", max(0, pos - _RECORD_REACH), pos)
        close = text.find("}", pos, pos + _RECORD_REACH)
        if brace >= 0 and close >= 0 and "}" not in text[brace:pos]:
            span = (brace, close)
        else:
            span = (text.rfind("\n", 0, pos) + 1, -1)  # a line, keyed by its start
        records.setdefault(span, []).append(m)
    for found in records.values():
        parts = {m.group(1).casefold() for m in found}
        if not (parts & _GIVEN_PARTS and parts - _GIVEN_PARTS):
            continue
        for m in found:
            v = _NAME_VALUE.match(text, m.end(1))
            if v is None:
                out += [(m.group(1), *_cell(text, lo, hi)) for lo, hi in array_items(text, m.end(1))]
                continue
            if v.group("obj") is not None:
                continue
            group = "dq" if v.group("dq") is not None else "sq" if v.group("sq") is not None else "bare"
            lo, hi = v.span(group)
            if group == "bare":  # (logfmt: the value ends at its first space)
                cut = text.find(" ", lo, hi)
                hi = cut if cut >= 0 else hi
            out.append((m.group(1), *_cell(text, lo, hi)))
    return out


# LDAP's entries (LDIF, a ``dn:`` or an ``objectClass`` in the text): ``sn:`` is the surname; ``cn:`` is the whole
# name in a person's entry, one that holds a surname or given name too (a group's ``cn: Domain Admins`` is none).
# "sn"/"cn" elsewhere (a serial number, a certificate's host) are left alone.
_LDIF_NAME = re.compile(r"(?im)^(sn|cn)(?:;[\w-]{1,20})?:[ \t]*([^:\s][^\n]{0,59})$")


def _ldif_names(text: str) -> list[tuple[str, int, int]]:
    """Values of an LDIF entry's ``sn:`` and ``cn:`` lines (base64 ``sn::`` values are no text)."""
    found = [(m.group(1).casefold(), *_cell(text, *m.span(2))) for m in _LDIF_NAME.finditer(text)]
    person = any(key == "sn" for key, _, _ in found) or "givenname:" in text_facts(text).lowered
    return [cell for cell in found if cell[0] == "sn" or person]


# A vCard's structured name: "N:family;given;additional;prefixes;suffixes" (RFC 6350), parameters allowed
# ("N;CHARSET=UTF-8:…"). Its first three components are the surname, the given names and the additional (middle)
# names ("N:Cabahug;Remedios;Pepito;;", tuning_122).
_VCARD_NAME = re.compile(r"(?im)^N(?:;[^:\n]{0,60})?:([^;\n]{0,60});([^;\n]{0,60})(?:;([^;\n]{0,60}))?")


# Its formatted name: "FN:Griet Vandenbroucke" (parameters allowed), the whole name as shown.
_VCARD_FULL_NAME = re.compile(r"(?im)^FN(?:;[^:\n]{0,60})?:([^\n]{1,60})$")


def _vcard_name_parts(text: str) -> list[tuple[str, int, int]]:
    """The surname and given names of a vCard's ``N:`` line (``N:Vandenbroucke;Griet;;;``) and its ``FN:`` line's
    whole name."""
    out: list[tuple[str, int, int]] = []
    for m in _VCARD_NAME.finditer(text):
        parts = (("achternaam", 1), ("voornaam", 2), ("voornamen", 3))
        out += [(key, *_cell(text, *m.span(g))) for key, g in parts if m.group(g)]
    out += [("volledigenaam", *_cell(text, *m.span(1))) for m in _VCARD_FULL_NAME.finditer(text)]
    return out


def _role_values(text: str) -> list[tuple[str, int, int]]:
    """Values under a quoted role key or a ``role=`` key (:data:`_ROLE_KEYS`): ``'holder': 'R J DE VRIES'``."""
    out: list[tuple[str, int, int]] = []
    for m in _ROLE_KEY.finditer(text_facts(text).lowered):
        before = text[m.start() - 1 : m.start()]
        if before in ('"', "'"):
            if _QUOTED_KEY_END.match(text, m.end()) is None:
                continue
        elif (before and (before.isalnum() or before in "_.-")) or _BARE_KEY_END.match(text, m.end()) is None:
            continue
        v = _NAME_VALUE.match(text, m.end())
        if v is None or v.group("obj") is not None:
            continue
        value = "dq" if v.group("dq") is not None else "sq" if v.group("sq") is not None else "bare"
        lo, hi = v.span(value)
        if value == "bare":
            cut = _BARE_END.search(text, lo, hi)
            hi = cut.start() if cut else hi
            if text[hi : hi + 1] == "=":  # logfmt: the value ends before the next key ("holder=S DE VRIES ip=…")
                hi = text.rfind(" ", lo, hi)
                if hi < 0:
                    continue
            if text[hi : hi + 1] == "(":
                continue  # code: a call's result assigned ("cursist = registreer(payload)" in a stack trace)
        out.append((text[m.start() : m.end()], *_cell(text, lo, hi)))
    return out
