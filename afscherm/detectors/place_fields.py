"""LOCATION values named by their field: places, streets, house numbers and postcodes in machine output and forms.

Exports and OCR output store an address in pieces: ``naam;straat;huisnr;postcode;plaats`` over
``Henk Bos;Vlinderweg;22;7731 CD;Ommen``, ``"woonplaats": "nijmegen"``, ``city=Apeldoorn``, an SQL ``INSERT`` with
a column list, YAML, XML elements, or a form's label without a colon (``Woonplaats Rotterdam``, ``Geboorteplaats``
with the place on the next line). A bare ``Vlinderweg`` or ``22`` is no address in prose; under such a name it is.

The field's name decides the kind (:func:`address_kind`); the value must then look like one:

- a place (``plaats``, ``woonplaats``, ``geboorteplaats``, ``city``, ``gemeente`` …): a listed place in any case
  (the gazetteer of ``place_names``, OCR damage folded), or capitalised words without digits;
- a street (``straat``, ``adres``, ``address`` …): letters, capitalised or with a street ending, with or without
  a house number (an e-mail or web address under ``emailadres``/``ip_address`` is no street);
- a house number (``huisnummer``, ``huisnr``, ``house_number``) or its addition (``toevoeging``): ``22``, ``12a``,
  ``12-1``, ``bis``, ``II``;
- a postcode (``postcode``, ``zip``, ``postal_code``): Dutch, Belgian, German, or another country's digits.
"""

from __future__ import annotations

import re
from functools import lru_cache

from afscherm.detectors.fast_scan import by_first_character
from afscherm.detectors.field_context import (
    BORDER_LINE,
    SQL_COLUMNS,
    SQL_TUPLE,
    SQL_VALUE,
    VALUE_KEYS,
    delimited_cells,
    fitted_cells,
    person_tuple_rows,
    row_end,
)
from afscherm.detectors.findings import Finding
from afscherm.detectors.person_name import TITLES, common_words, is_first_name
from afscherm.detectors.text_facts import WordStarts, matches_from

RECOGNIZER = "LocationRecognizer"
SCORE_FIELD = 0.85
MAX_VALUE_CHARS = 64
MAX_PLACE_WORDS = 5
TABLE_HEADER_TABS = 2  # three tab-separated cells over as many: a table's header, not a form's label and its value

# Where a field name can announce an address part: one search of these stems rules out most texts.
# Where a field name can announce an address part. Stems that end Dutch compounds ("woonplaats", "emailadres") count
# anywhere; the others only where a word or a camelCase part starts ("city", "billingCity"; not "velocity",
# "milieu"). Looked for in a lower-cased copy: a pattern of plain alternatives, without look-arounds, is cheap.
_STEMS_ANYWHERE = ("plaats", "straat", "adres", "address", "postcode")
_STEMS_AT_WORD = (
    "city", "cities", "town", "street", "place", "lieu", "stad", "route", "stops", "haltes", "destination",
    "bestemming", "ville", "zip", "postal", "gemeente", "toevoeging", "house",
    "huisn", "hnr", "huisletter", "twnnm", "strtnm", "pstcd", "birthplace", "pob",
    # the same fields in the languages of exports a Dutch firm receives (German, French, Polish, Turkish, Spanish,
    # Italian, Portuguese): a payroll export's "Ort"/"Straße", a Polish agency's "miejsce_urodzenia", "dogum_yeri"
    "ort", "wohnort", "geburtsort", "gemeinde", "strasse", "straße", "anschrift", "plz", "postleitzahl", "rue",
    "miejsc", "miasto", "ulica", "kod", "yeri", "ikamet", "sehir", "şehir", "ciudad", "localidad", "municipio",
    "lugar", "calle", "direcci", "domicilio", "citt", "comune", "luogo", "indirizzo", "cidade", "naturalidade",
    "rua", "morada", "endere",
    # (Haitian Kreyòl's town and commune: "vil", "komin"; tuning_152)
    "vil", "komin",
    # (Catalan's, Basque's and Galician's town, municipality and address: "poble", "ciutat", "herria", "concello",
    # "adreca", "helbidea", "enderezo"; tuning_158)
    "poble", "ciutat", "municipi", "adreca", "adreça", "herri", "hiri", "helbide", "concello", "localidade", "enderezo",
    # (a town's district under its own key: "wijk=Zuilen", "district": "stevenshof", tuning_42/_72)
    "wijk", "district", "buurt", "stadsdeel",
)  # fmt: skip


# (gathered by their first letters: the engine stops at each of them, and then tests the letter once)
_STEM = re.compile(by_first_character(sorted((*_STEMS_ANYWHERE, *_STEMS_AT_WORD), key=len, reverse=True)))
# where a stem starts: the pattern is tried only there (its alternatives open with some twenty letters, so the engine
# tried almost every position)
_STEM_STARTS = WordStarts((*_STEMS_ANYWHERE, *_STEMS_AT_WORD))


def _stems(text: str) -> list[tuple[int, int]]:
    """(start, end) of each stem in ``text`` that can be part of a field name, in text order."""
    from afscherm.detectors.place_names import lowered_text  # place_names builds on the location modules

    found: list[tuple[int, int]] = []
    lowered = lowered_text(text)
    for m in matches_from(_STEM, lowered, _STEM_STARTS.starts(lowered)):
        pos = m.start()
        if m.group() in _STEMS_ANYWHERE or not pos or not text[pos - 1].isalpha():
            found.append(m.span())
        elif text[pos].isupper() and text[pos - 1].islower():
            found.append(m.span())  # camelCase: "billingCity"
    return found


_KEY_CHARS = re.compile(r"[\w.-]")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_DIGIT_IN_WORD = re.compile(r"[^\W\d_]\d+[^\W\d_]")
_KEY_WORD = re.compile(r"[^\W\d_]+|\d+")  # (letters of any language: "straße" folds to "strasse", "doğum")
# Key words that say the value is something else ("emailadres", "ip_address", "web_address", "zipfile").
_OTHER_KEY_WORDS = frozenset("mail email e ip web url mac http https file bestand code type id nr_id status".split())

_PLACE_WORDS = frozenset(
    "plaats woonplaats geboorteplaats vestigingsplaats plaatsnaam stad city town gemeente municipality locality"
    " birthplace residence ort wohnort geburtsort gemeinde stadt ville lieu place"
    # (an ID scanner's abbreviation: "pob" beside "dob", place of birth; tuning_46)
    " pob"
    # Polish (miejscowość, miejsce urodzenia/zamieszkania, miasto), Turkish (doğum/ikamet yeri, şehir), Spanish,
    # Italian and Portuguese (ciudad, localidad, municipio, lugar; città, comune, luogo; cidade, naturalidade)
    " miejscowość miejscowosc miejsce miasto yeri şehir sehir ciudad localidad municipio lugar città citta comune"
    " luogo cidade naturalidade"
    # (Haitian Kreyòl)
    " vil komin"
    # (Catalan, Basque and Galician)
    " poble ciutat municipi herria hiria concello localidade"
    # (where a member or student comes from: "lid_id;achternaam;...;herkomst;woonplaats_nl", tuning_112; a country
    # there is no place, see _place_value)
    " herkomst afkomst"
    # (places listed under a machine's plural key: '"prev_cities": ["Erdenet", "Darkhan"]'; not the Dutch plurals,
    # prose's words too: "geboortedata en -plaatsen, BSN en ...", tuning_83)
    " cities towns".split()
)
# The stops of a journey under its key ('"route": ["Urus-Martan", "Terespol", "Biała Podlaska"]', an asylum file's
# travel route, tuning_119; "bestemming", "destination"): a listed place only, as such keys name a web route, a
# product ("Express") or a warehouse too.
_ROUTE_WORDS = frozenset("route routes reisroute stops haltes destination destinations bestemming".split())
# A town's district under its own key in lower case ("wijk=Zuilen", "district": "stevenshof", tuning_42/_72): read with
# the district list in any case, a word too ("Zuilen", "de kooi"), as a place's value otherwise.
_DISTRICT_WORDS = frozenset("wijk woonwijk district buurt stadsdeel".split())
_STREET_WORDS = frozenset(
    "straat straatnaam street streetname adres address adresregel addressline woonadres postadres bezoekadres"
    " afleveradres factuuradres straatadres"
    " strasse anschrift adresse rue ulica calle dirección direccion domicilio indirizzo rua morada endereço endereco"
    " ikametgah".split()
)
_NUMBER_WORDS = frozenset("huisnummer huisnr hnr huisno housenumber hausnummer".split())
_ADDITION_WORDS = frozenset("toevoeging huisnummertoevoeging huisletter addition".split())
_POSTCODE_WORDS = frozenset("postcode zip zipcode postalcode pc plz postleitzahl".split())
_PAIRS = (
    ("house", "number"), ("house", "no"), ("postal", "code"), ("zip", "code"), ("street", "name"),
    ("kod", "pocztowy"), ("codigo", "postal"), ("código", "postal"), ("posta", "kodu"),
)  # fmt: skip
# The abbreviated address elements of ISO 20022 payment files (SEPA pain.001/pain.008, camt): ``<TwnNm>``,
# ``<StrtNm>``, ``<PstCd>``, ``<BldgNb>``.
_ISO_20022 = {"twnnm": "place", "strtnm": "street", "pstcd": "postcode", "bldgnb": "number"}
_NOT_VALUES = frozenset(
    "null none nil nan onbekend unknown leeg empty n.v.t. nvt geen - -- ? true false nederland netherlands"
    " the netherlands nl be de belgie belgië belgium duitsland germany deutschland".split()
)


@lru_cache(maxsize=4096)
def address_kind(name: str, strict: bool = False) -> str | None:
    """The address part a field's name announces: ``place``, ``district``, ``street``, ``number``, ``addition``,
    ``postcode``, ``route`` (a journey's stops: listed places only) or None. ``strict``: only the label words
    themselves, no compound that ends like one (``Kerkstraat`` is a street's name, not a label).

    >>> address_kind("woonplaats"), address_kind("klantStraat"), address_kind("house_number")
    ('place', 'street', 'number')
    >>> address_kind("Geboorteplaats"), address_kind("zip"), address_kind("emailadres"), address_kind("status")
    ('place', 'postcode', None, None)
    """
    if _DIGIT_IN_WORD.search(name):
        return None  # OCR's digit inside a word ("PASP0ORT" is no "ort" field), or a code
    words = _KEY_WORD.findall(_CAMEL.sub(" ", name).casefold())
    for first, second in _PAIRS:
        if first in words and second in words:
            return "number" if first == "house" else "street" if first == "street" else "postcode"
    if not words or any(w in _OTHER_KEY_WORDS for w in words):
        return None
    joined = "".join(words)
    if joined in _ISO_20022:
        return _ISO_20022[joined]
    if joined.endswith(("mailadres", "mailaddress")):
        return None
    if any(w in _ADDITION_WORDS for w in words):
        return "addition"
    if any(w in _NUMBER_WORDS for w in words):
        return "number"
    if any(w in _POSTCODE_WORDS for w in words):
        return "postcode"
    if any(w in _DISTRICT_WORDS for w in words):
        # (a machine's key, in lower case: a capitalised "Wijk" is as often a surname in a row, "Karin;van;Wijk")
        return "district" if name.islower() else None
    if strict and "gemeente" in words:
        return None  # "Gemeente Utrecht" heads letters as the organisation's name, not as a label
    if any(w in _PLACE_WORDS for w in words) or not strict and joined.endswith(("plaats", "city")):
        return "place"
    if any(w in _ROUTE_WORDS for w in words):
        return "route"
    if any(w in _STREET_WORDS for w in words) or not strict and joined.endswith(("straat", "adres", "address")):
        return "street"
    return None


_HOUSE_NUMBER = re.compile(r"[1-9]\d{0,4}(?:[ -]?[A-Za-z]{1,3}|[-/]\d{1,4}|[ -](?:I{1,3}|IV|bis|hs))?")
_ADDITION = re.compile(r"[A-Za-z]{1,3}|\d{1,4}|I{1,3}|IV|bis|hs|bg|[A-Za-z]\d|\d[A-Za-z]")
# (and abroad, under the field's name: Poland's "62-510", Portugal's "4700-329", a country's letters before the digits,
# "LT-09131", tuning_56)
_POSTCODE = re.compile(
    r"[1-9]\d{3}[ \u00a0]?[A-Za-z]{2}|(?:[BD]-)?[1-9]\d{3,4}|\d{2}-\d{3}|\d{4}-\d{3}|[A-Z]{2}-\d{4,5}"
    # (under the key, the codes of other countries too: three and two digits, Czechia's, Slovakia's and Greece's "591
    # 01", a leading zero, Italy's "00184", six digits, Romania's and India's "700057"; tuning_62, _63, _96)
    r"|\d{3}[ \u00a0]\d{2}|0\d{4}|\d{6}"
    # (the United Kingdom's and Canada's letters and digits: "NW1 6XE", "M5V 2T6")
    r"|[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \u00a0]?\d[A-Z]\d"
)
_HAS_DIGIT = re.compile(r"\d")
# A street and its house number (OCR letters for digits too: "Mathenesserlaan 2l0") with an addition.
_STREET_AND_NUMBER = re.compile(r"[^\d\n,;]*?[^\s,;]*\d[^\s,;]*(?:[ \t](?:bis|hs|I{1,3}|IV|[A-Za-z])(?![^\s,;.]))?")
_STREET_ENDINGS = ("straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "steeg", "dreef", "straße")


def _place_value(value: str) -> bool:
    # place_names builds on the location modules
    from afscherm.detectors.place_names import COUNTRIES_AND_REGIONS, lookup, normalise

    if _HAS_DIGIT.search(value) and len(value.split()) <= MAX_PLACE_WORDS and lookup(value) is not None:
        return True  # OCR's digit for a letter in a listed place ("Hu1st", "Sint-0edenrode", tuning_69/70)
    if (
        _HAS_DIGIT.search(value)
        or len(value.split()) > MAX_PLACE_WORDS
        or not value[0].isalpha()
        and value[:2]
        not in (
            "'s",
            "'t",
        )
    ):
        return False
    if normalise(value) in COUNTRIES_AND_REGIONS or (
        value.isupper() and value.isascii() and len(value) <= 3 and lookup(value) is None
    ):
        return False  # a country or its code says too little about a person: no place ("herkomst: Marokko", "LVA")
    if lookup(value) is not None:
        return True
    if value[-1:] in "?!" or any(
        w[:1].islower() and not _capital_or_caseless(w[:1]) and len(w) > 3 and w not in _LONG_CONNECTORS
        for w in value.split()
    ):
        return False  # "Gemeente: En haar BSN?": a chat's speaker and a sentence, no field and its place
    return _capital_or_caseless(value[0]) and value.lower() not in common_words()


def _capital_or_caseless(letter: str) -> bool:
    """A capital, or a letter of a script without case (Hangul, Chinese, Japanese kana, Arabic, Hebrew, Georgian,
    Devanagari, Thai): under a field's name, such a script's place or street cannot be told by its first letter
    ("ADR;TYPE=home:;;해운대로 570번길 22;해운대구;부산광역시;48095", tuning_118).

    >>> _capital_or_caseless("Z"), _capital_or_caseless("z"), _capital_or_caseless("해"), _capital_or_caseless("ქ")
    (True, False, True, True)
    """
    # (Unicode counts Georgian's everyday Mkhedruli letters as lower case since it added their rare capitals)
    return letter.isupper() or letter.isalpha() and (not letter.islower() or "\u10d0" <= letter <= "\u10ff")


# Lower-case words of more than three letters inside a place's name ("Kirchheim unter Teck", "Clichy sous Bois"):
# any other such word makes the value a sentence.
_LONG_CONNECTORS = frozenset({"over", "onder", "upon", "sous", "unter", "ober", "bei"})


def _street_value(value: str) -> bool:
    if "@" in value or "://" in value or not any(c.isalpha() for c in value) or addressee(value):
        return False
    first = value.split()[0]
    if _capital_or_caseless(value[0]) or value[:2] in ("'s", "'t"):
        return first.lower() not in common_words() or " " in value or _HAS_DIGIT.search(value) is not None
    return first.lower().endswith(_STREET_ENDINGS)


# Initials as a letter's addressee writes them ("M.", "J.C.", "L.P.")
_INITIALS = re.compile(r"(?:[A-ZÀ-Ý]\.){1,4}")


def addressee(value: str) -> bool:
    """Whether an address field's value is the person the address opens with, not a street: a delivery form's
    ``Bezorgadres: Marco Lindhout, Kerkwetering 21, …`` names the addressee first. Without a house number, a form
    of address (``Dhr. L. Peeters-Hendrix``), initials (``M. Yıldız``) or a listed first name (``Marco Lindhout``)
    before a capitalised word that ends in no street word.

    >>> addressee("Marco Lindhout"), addressee("Dhr. L. Peeters-Hendrix"), addressee("M. Yıldız")
    (True, True, True)
    >>> addressee("Willem Alexanderlaan"), addressee("Marco Lindhout 4"), addressee("Kerkwetering")
    (False, False, False)
    """
    words = value.split()
    if _HAS_DIGIT.search(value) or not 2 <= len(words) <= 4 or not words[-1][:1].isupper():
        return False
    if words[-1].lower().endswith(_STREET_ENDINGS):
        return False  # a street named after a person ("Willem Alexanderlaan", "Jan van Galenstraat")
    first = words[0]
    return first.lower() in TITLES or _INITIALS.fullmatch(first) is not None or is_first_name(first)


def judge(kind: str, value: str) -> bool:
    """Whether ``value`` (stripped, non-empty) is the address part ``kind`` under a field of that kind.

    >>> judge("place", "zwolle"), judge("place", "Ankara"), judge("place", "onbekend"), judge("place", "NL")
    (True, True, False, False)
    >>> judge("number", "12-1"), judge("number", "12 bis"), judge("number", "abc")
    (True, True, False)
    >>> judge("street", "Vlinderweg"), judge("street", "jan@voorbeeld.nl"), judge("postcode", "52062")
    (True, False, True)
    """
    if value.lower() in _NOT_VALUES or len(value) > MAX_VALUE_CHARS:
        return False
    if kind == "place":
        return _place_value(value)
    if kind == "district":
        from afscherm.detectors.place_names import districts, normalise  # (place_names builds on this module)

        return _place_value(value) or (not _HAS_DIGIT.search(value) and normalise(value) in districts())
    if kind == "street":
        return _street_value(value)
    if kind == "route":
        from afscherm.detectors.place_names import lookup  # (place_names builds on this module)

        return _place_value(value) and lookup(value) is not None
    if kind == "number":
        return _HOUSE_NUMBER.fullmatch(value) is not None
    if kind == "addition":
        return _ADDITION.fullmatch(value) is not None
    if kind == "postcode":
        return _POSTCODE.fullmatch(value) is not None
    return False


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\"'`":
        if text[start] == "'" and text[start + 1 : start + 3].lower() in ("s-", "t-", "s ", "t "):
            break  # the elided article of "'s-Hertogenbosch", "'t Zandt": part of the value
        start += 1
    while end > start and text[end - 1] in " \t\"'`.":
        end -= 1
    return start, end


# After a key: a separator and the value (quoted, or bare up to a delimiter), or (a form's label) white space.
# An object's first key and what opens its quoted value: '{"value": "'.
_VALUE_IN_OBJECT = re.compile(r"\{[ \t]*[\"'](?P<key>\w{1,12})[\"'][ \t]*:[ \t]*(?=[\"'])")
_SEPARATOR = re.compile(r"[\"'`]?[ \t]*(?P<sep>=>|[:=]|(?=[ \t]))[ \t]*")
_BARE_STOP = re.compile(r"[\n,;&}\]|<>\"]|[ \t]+[\w.-]+[ \t]*[=:]|[ \t]{2,}")
_XML = re.compile(r"<([A-Za-z][\w.-]{0,40})>([^<\n]{1,64})</\1>")
_TABLE_DELIMITERS = ",;|\t"
# The next quoted item of a list after an item's closing quote: '["Putte","Hoogerheide"]'.
_NEXT_ITEM = re.compile(r"[ \t]*,[ \t]*([\"'])")
# A place's addition in brackets that is no part of its name: a word of four letters or more ("Kerkrade (Niederlande)",
# "Reeshof (Tilburg)", "Halabja (Irak)"); a province's abbreviation of two or three letters is ("Bergen (NH)",
# "Hengelo (Ov)", "Hoogeveen (Dr.)").
_ADDITION_IN_BRACKETS = re.compile(r" \([^\W\d_]{4,}[^()]*\)")


def _key_at(text: str, stem_start: int, stem_end: int) -> tuple[int, int]:
    start, end = stem_start, stem_end
    while start > 0 and _KEY_CHARS.match(text, start - 1) and stem_start - start < 40:
        start -= 1
    while end < len(text) and _KEY_CHARS.match(text, end) and end - stem_end < 40:
        end += 1
    return start, end


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


# A bilingual document's label gives its translation after a slash ("Geboorteplaats/Place of birth  Zwolle"), up to
# the separator or the wide spacing before the value.
# A label an ID card prints in both languages may have a single space before its value, which is then capitalised
# ("Geboorteplaats/Place of birth HENSBR0EK", "Geboorteplaats / Place of birth HaIabja (Irak)", tuning_73/_79).
_SECOND_LANGUAGE = re.compile(
    r"[ \t]?/[ \t]?(?:[A-Za-z][A-Za-z ]{0,30}?(?=[ \t]*[:=]|[ \t]{2,}|\t)"
    r"|(?i:place[ \t]+of[ \t]+(?:birth|residence)|residence|lieu[ \t]+de[ \t]+naissance)(?=[ \t][A-ZÀ-Ý]))"
)
# The words that follow a place word in a label of several words ("Place of birth", "Lieu de naissance", "Plaats van
# geboorte", "miejsce urodzenia"): the label ends after them.
_OF_BIRTH = re.compile(
    r"(?i)[ \t]+(?:of[ \t]+(?:birth|residence)|de[ \t]+(?:naissance|nacimiento|residencia|résidence)|van[ \t]+geboorte"
    r"|di[ \t]+nascita|der[ \t]+geburt|urodzenia|zamieszkania)\b"
)
# A place name opening with an elided article ("'s-Gravenhage", "'t Zandt"): its apostrophe opens no quoted value.
_ELIDED_ARTICLE = re.compile(r"'[st][- ][A-Za-z]")
# Before a form's label on its line: nothing, or the field's number as ID documents print it ("5. Geboorteplaats").
_ITEM_NUMBER = re.compile(r"[ \t]*(?:\d{1,2}[a-z]?\.?[ \t]+)?")
# Or the gap that parts a row's cells: three spaces or a tab.
_CELL_GAPS = ("   ", "\t")


def _pair_values(text: str, stems: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """``key: value``, ``key=value``, ``"key": "value"`` and a form's ``Label value`` / label line + value line."""
    out: list[tuple[str, int, int]] = []
    seen: set[int] = set()
    for stem in stems:
        k0, k1 = _key_at(text, *stem)
        if k0 in seen:
            continue
        seen.add(k0)
        name = text[k0:k1].rstrip(".")
        kind = address_kind(name)
        if kind is None:
            continue
        if kind == "place" and (of_birth := _OF_BIRTH.match(text, k1)) is not None:
            k1 = of_birth.end()  # the label's words after its place word: "Place of Birth  OTHAYA", a card's row
        translated = _SECOND_LANGUAGE.match(text, k1) if text[k1 : k1 + 2].strip().startswith("/") else None
        sep = _SEPARATOR.match(text, translated.end() if translated is not None else k1)
        if sep is None or sep.end() >= len(text):
            continue
        value_start = sep.end()
        if text[value_start] == "\n":
            continue  # "adres:" over nested lines (YAML): the parts have names of their own
        # a house-number word names the digits after it anywhere ("postcode 3572 kb huisnr 17")
        bare_number = kind == "number" and text[value_start].isdigit()
        if sep.group("sep") == "" and not bare_number:
            # a form's label without a separator ("Woonplaats Rotterdam"): at the start of its line or of a cell after
            # a wide gap ("Geboortedatum  30 DEC 1979   Geboorteplaats  Kuala Lumpur", a card's row), capitalised, a
            # label word itself (not a compound such as "Kerkstraat 12" that merely ends like one)
            line_start = text.rfind("\n", 0, k0) + 1
            if _table_header(text, k0):
                continue  # a table's header row ("Geburtsdatum<TAB>Straße<TAB>PLZ<TAB>Ort"): its columns are read below
            if (
                not (_ITEM_NUMBER.fullmatch(text, line_start, k0) or text.endswith(_CELL_GAPS, line_start, k0))
                or not name[:1].isupper()
                or address_kind(name, strict=True) is None
            ):
                continue
        listed = text[value_start] == "[" and value_start + 1 < len(text) and text[value_start + 1] in "\"'"
        if listed:
            value_start += 1  # a list of values, as Django's QueryDict prints one: 'woonplaats': ['Assen']
        if text[value_start] == "{":
            # an OCR engine's field with its confidence ('"address_back": {"value": "HEIDENER STR. 12, ...", "conf":
            # 0.83}', tuning_41): the object's value key holds the value its own key names
            inner = _VALUE_IN_OBJECT.match(text, value_start)
            if inner is None or inner.group("key").casefold() not in VALUE_KEYS:
                continue
            value_start = inner.end()
        quote = text[value_start]
        if quote in "\"'" and not _ELIDED_ARTICLE.match(text, value_start):
            close = text.find(quote, value_start + 1, value_start + MAX_VALUE_CHARS + 2)
            if close >= 0:
                out.append((name, *_strip(text, value_start + 1, close)))
            # (each value of the list: a change log's old and new, '"woonplaats":["Putte","Hoogerheide"]', tuning_56)
            while listed and close >= 0 and (item := _NEXT_ITEM.match(text, close + 1)) is not None:
                close = text.find(item.group(1), item.end(), item.end() + MAX_VALUE_CHARS + 1)
                if close >= 0:
                    out.append((name, *_strip(text, item.end(), close)))
            continue
        stop = _BARE_STOP.search(text, value_start, value_start + MAX_VALUE_CHARS + 1)
        end = stop.start() if stop is not None else min(len(text), value_start + MAX_VALUE_CHARS)
        if text[end - 1 : end] == ")" and "(" not in text[value_start:end]:
            end -= 1  # the bracket of a record printed round its fields closes it: "Adres(..., plaats=Dedemsvaart)"
        if kind == "place" and (bracket := _ADDITION_IN_BRACKETS.search(text, value_start, end)) is not None:
            end = bracket.start()  # the place, then its country or town in brackets: "Kerkrade (Niederlande)"
        if "=" in text[value_start:end]:
            continue  # a record printed with its fields ("adres=Adres(straat=..."): its own fields are read on
        out.append((name, *_strip(text, value_start, end)))
    return out


def _table_header(text: str, pos: int) -> bool:
    r"""The line at ``pos`` heads a table: tab-separated cells, as many on the next line.

    >>> _table_header("Straße\tPLZ\tOrt\nIm Winkel 4\t47533\tKleve", 0)
    True
    >>> _table_header("Naam\tJansen\tWoonplaats\tZwolle", 0)
    False
    """
    line_start, line_end = _line_bounds(text, pos)
    tabs = text.count("\t", line_start, line_end)
    return (
        tabs >= TABLE_HEADER_TABS
        and line_end < len(text)
        and text.count("\t", *_line_bounds(text, line_end + 1)) == tabs
    )


def _label_lines(text: str, stems: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """A line that is only labels (``Geboorteplaats``, ``Place of birth / Lieu de naissance``) and the value on
    the next line."""
    out: list[tuple[str, int, int]] = []
    seen: set[int] = set()
    for stem_start, _ in stems:
        line_start, line_end = _line_bounds(text, stem_start)
        if line_start in seen:
            continue
        seen.add(line_start)
        line = text[line_start:line_end]
        if len(line) > 50 or _HAS_DIGIT.search(line) or ":" in line or line_end >= len(text):
            continue
        kind = address_kind(line.replace("/", " "))
        if kind not in ("place", "street") or not line.strip()[:1].isupper():
            continue
        if any(w[:1].isupper() and address_kind(w, strict=True) is None for w in line.split()[1:]):
            continue  # "Geboorteplaats Sneek": the value is on the label's line
        next_start, next_end = _line_bounds(text, line_end + 1)
        out.append((line.strip(), *_strip(text, next_start, next_end)))
    return out


_HEADER_LINE = re.compile(r"[^\d\n,;|\t]*[,;|\t][^\d\n]*")


def _header_lines(text: str, stems: list[tuple[int, int]]) -> list[re.Match[str]]:
    """Header lines (names without digits, a delimiter, another line below) that hold a stem."""
    out: list[re.Match[str]] = []
    for stem_start, _ in stems:
        line_start, line_end = _line_bounds(text, stem_start)
        if out and out[-1].start() == line_start or line_end + 1 >= len(text):
            continue
        m = _HEADER_LINE.fullmatch(text, line_start, line_end)
        if m is not None:
            out.append(m)
    return out


_MAX_COLUMN_WORDS = 4  # "Plaats van geboorte", "Woonplaats / Residence"


def _column_name(name: str) -> bool:
    """A column's name is short and no sentence: not a message's clause with a comma ("Voor het contract heb ik nog
    nodig: kopie ID, je adres en je IBAN." over "Groet, Marcel": a greeting, no row)."""
    return len(name.split()) <= _MAX_COLUMN_WORDS and name[-1] not in ".?!"


def _is_header(text: str, cells: list[tuple[int, int]]) -> bool:
    """A row of column names: no digit, and a cell that names an address part."""
    names = [text[a:b].strip(" \t\"'") for a, b in cells]
    return not any(c.isdigit() for name in names for c in name) and any(
        name and _column_name(name) and address_kind(name) for name in names
    )


def _table_values(text: str, stems: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """Cells under a header line that names an address part (CSV, TSV, pipe tables), row by row."""
    out: list[tuple[str, int, int]] = []
    pos = 0
    for m in _header_lines(text, stems):
        if m.start() < pos:
            continue
        line = m.group()
        counts = {d: line.count(d) for d in _TABLE_DELIMITERS}
        delimiter = max(counts, key=lambda d: counts[d])
        header = [text[a:b].strip(" \t\"'") for a, b in delimited_cells(text, m.start(), m.end(), delimiter)]
        # (a label and its text, "Medewerker: Gemeente Zwolle", is a transcript's turn with a comma, no column's name)
        kinds = [address_kind(name) if name and ": " not in name and _column_name(name) else None for name in header]
        lo = m.end() + 1
        if not any(kinds):
            continue
        while lo < len(text):
            hi = text.find("\n", lo)
            hi = len(text) if hi < 0 else hi
            if delimiter == "|" and BORDER_LINE.fullmatch(text, lo, hi):
                lo = hi + 1
                continue  # a pipe table's border ("+------+-----+") between its header and rows
            # (a quoted cell keeps the delimiters it holds: "Molenweg 14; achterom")
            hi = row_end(text, lo, hi, delimiter, counts[delimiter] + 1)
            cells = fitted_cells(text, lo, hi, delimiter, header)
            if cells is None or _is_header(text, cells):
                break  # the table ends, or a header of its own follows a group header (";Persoon;;;Adres;;")
            for name, kind, (a, b) in zip(header, kinds, cells, strict=True):
                if kind is not None:
                    out.append((name, *_strip(text, a, b)))
            lo = hi + 1
        pos = lo
    return out


def _sql_values(text: str) -> list[tuple[str, int, int]]:
    """Values of ``INSERT INTO t (a, b) VALUES (…)`` and ``COPY t (a, b) FROM stdin`` rows, by column."""
    out: list[tuple[str, int, int]] = []
    for m in SQL_COLUMNS.finditer(text):
        columns = [c.strip(' \t"`[]') for c in m.group(1).split(",")]
        if not any(address_kind(c) for c in columns):
            continue
        if m.group(2).lower() == "values":
            pos = m.end()
            while (row := SQL_TUPLE.match(text, pos - 1 if text[pos - 1 : pos] == "(" else pos)) is not None:
                for name, value in zip(columns, SQL_VALUE.finditer(text, *row.span(1)), strict=False):
                    out.append((name, *_strip(text, *value.span())))
                pos = row.end()
        else:
            lo = m.end()
            while lo < len(text):
                hi = text.find("\n", lo)
                hi = len(text) if hi < 0 else hi
                if text[lo:hi].strip() in ("\\.", ""):
                    break
                for name, (a, b) in zip(columns, delimited_cells(text, lo, hi, "\t"), strict=False):
                    out.append((name, *_strip(text, a, b)))
                lo = hi + 1
    return out


# A vCard's address: ``ADR;TYPE=home:po box;extended;street;locality;region;postal code;country`` (RFC 6350).
_VCARD_ADR = re.compile(r"(?im)^(?:item\d+\.)?ADR(?:;[^:\n]*)?:([^\n]*)")
# the component's place -> a field name of its kind (the region too: a province or state, "부산광역시", tuning_118)
_VCARD_PARTS = {2: "straat", 3: "plaats", 4: "plaats", 5: "postcode"}


def _vcard_values(text: str) -> list[tuple[str, int, int]]:
    """The street, locality and postal code of each vCard ``ADR`` line, by the component's place."""
    out: list[tuple[str, int, int]] = []
    for m in _VCARD_ADR.finditer(text):
        start = m.start(1)
        for i, part in enumerate(m.group(1).split(";")):
            if i in _VCARD_PARTS and part.strip():
                out.append((_VCARD_PARTS[i], *_strip(text, start, start + len(part))))
            start += len(part) + 1
    return out


# A geocoder's or address service's query in a URL (``/geocode?q=wehl``, ``/api/locatie?query=den+helder+west``):
# the words of the query are a place or address. The URL's path must name places: a search box's ``q`` says nothing.
# (the detection view reads a query's "+" as a space: "q=den helder west HTTP/1.1")
_QUERY_VALUE = re.compile(
    r"[?&](?:q|query|zoekterm|term|search)=([^\s&#\"'<>]{1,120}(?:[ ](?!HTTP/)[^\s&#\"'<>/=]{1,60}){0,5})",
    re.IGNORECASE,
)
# Words of a URL's path that name places (looked for in the URL before the query, lower-cased).
_GEO_PATH_WORDS = ("geocod", "geo/", "adres", "address", "locati", "plaats", "place", "kaart", "/map")
_URL_REACH = 300  # characters before the query key that its URL's path is looked for in
_QUERY_WORD = re.compile(r"[^+,; ]+")


def _geocoder_queries(text: str) -> list[Finding]:
    """Each word of a geocoder's query (``+`` or ``%20`` between words) that is no common word: ``KNOLLENDAM``,
    ``s-hertogenbosch``, ``orthen``. Read from each query key (rare) back to the URL's start, a bounded stretch."""
    from afscherm.detectors.place_names import lowered_text

    lowered = lowered_text(text)
    if "q=" not in lowered and "query=" not in lowered and "term=" not in lowered and "search=" not in lowered:
        return []
    found: list[Finding] = []
    for m in _QUERY_VALUE.finditer(text):
        lo = max(max(text.rfind(c, max(0, m.start() - _URL_REACH), m.start()) for c in " \t\n") + 1, 0)
        path = lowered[lo : m.start()]
        if "/" not in path or not any(word in path for word in _GEO_PATH_WORDS):
            continue
        value = m.group(1).replace("%20", "+++")  # (same length: the offsets stay)
        for word in _QUERY_WORD.finditer(value):
            w = word.group()
            if w[0].isalpha() and w.lower() not in common_words() and len(w) > 1:
                found.append(Finding(m.start(1) + word.start(), m.start(1) + word.end(), "LOCATION", SCORE_FIELD,
                                     RECOGNIZER))  # fmt: skip
    return found


def address_field_findings(text: str) -> list[Finding]:
    """LOCATION findings for the values whose field names an address part (see the module's doc).

    >>> text = 'naam;straat;huisnr;plaats\\nHenk Bos;Vlinderweg;22;Ommen'
    >>> [text[f.start : f.end] for f in address_field_findings(text)]
    ['Vlinderweg', '22', 'Ommen']
    """
    stems = _stems(text)
    vcard = _vcard_values(text) if "ADR;" in text or "ADR:" in text else []  # (vCards write property names in capitals)
    geocoded = _geocoder_queries(text) if "?" in text else []
    # (a row of values without a column list names no field: its place cell is read by the person's name beside it)
    tupled = _tuple_place_cells(text) if "('" in text or ", '" in text else []
    if not stems:
        return sorted(_judged(vcard + tupled, text) | set(geocoded))
    candidates = _pair_values(text, stems) + vcard + tupled
    if "\n" in text:
        candidates += _table_values(text, stems) + _label_lines(text, stems)
    if "(" in text and any(w in text for w in ("INSERT", "insert", "COPY", "copy")):
        candidates += _sql_values(text)
    if "</" in text:
        candidates += [(m.group(1), *_strip(text, *m.span(2))) for m in _XML.finditer(text)]
    return sorted(_judged(candidates, text) | set(geocoded))


def _tuple_place_cells(text: str) -> list[tuple[str, int, int]]:
    """A listed place quoted in a cell of its own after a person's name in an SQL row without a column list (``(2613,
    'Joeri', 'de', 'Kraker', '2005-12-24', 'Oostburg', ...)``, tuning_70): the person's place, even where the place is
    a family name too. One to three capitalised words the gazetteer lists as a plain place, no cell of the name."""
    from afscherm.detectors.place_names import lookup  # place_names builds on the location modules

    out: list[tuple[str, int, int]] = []
    for cells, names in person_tuple_rows(text):
        after = max(end for _, _, end in names)
        for a, b in cells:
            value = text[a:b]
            if a <= after or text[a - 1 : a] != "'" or not value[:1].isupper() or len(value.split()) > 3:
                continue
            found = lookup(value)
            if found is not None and found[1] == "plain":
                out.append(("woonplaats", a, b))
    return out


def _judged(candidates: list[tuple[str, int, int]], text: str) -> set[Finding]:
    """The candidates whose value is the address part their field's name announces."""
    found: set[Finding] = set()
    for name, start, end in candidates:
        kind = address_kind(name)
        if kind is None or end <= start:
            continue
        if kind == "street" and _HAS_DIGIT.search(text, start, end):
            # a street up to its house number ("Kerkstraat 12, 1234 AB Zwolle", "Van Goghstraat 1 is het."):
            # postcode and place are found on their own
            head = _STREET_AND_NUMBER.match(text, start, end)
            if head is None:
                continue
            end = _strip(text, start, head.end())[1]
        if judge(kind, text[start:end]):
            found.add(Finding(start, end, "LOCATION", SCORE_FIELD, RECOGNIZER))
    return found
