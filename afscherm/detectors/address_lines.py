"""LOCATION: an address abroad written on one line as its country writes it, street and number, postcode, town.

The location rules read Dutch streets and postcodes and the places of a gazetteer; an address abroad written without
a label before it is read by none of them (``Vestergade 14, 2. tv, 6700 Esbjerg``, ``Οδός Ανοίξεως 8, 601 00
Κατερίνη``, ``Am Dorfanger 12, 46509 Xanten-Marienbaum``, ``Rákóczi út 41, 4700 Mátészalka``; tuning_52 ... 104).
Its shape says what it is all the same: a house number (no year), a comma, perhaps a unit's part of up to eight
characters (``2ºB``, ``apt 4``), a postcode of four or five digits (three and two: Greece, Czechia; two and three:
Poland) and a capitalised town. The street is read leftwards from the number: capitalised words, or the small words
streets hold in lower case (``út``, ``cesta``, ``do``, ``st.``, ``бр.``), up to five, stopping at a word in lower case,
a common Dutch word, an address's label or the line's start. A Dutch postcode (``1234 AB``) is the location rules'
(its letters are no town). Each of the three parts is a place (a street found without its number or a word is taken
whole); a person's name found inside the street or the town is the street's (``Rue Habib Thameur 14``, ``Vojvode
Stepe 27``).

>>> text = "nieuw adres: Vestergade 14, 2. tv, 6700 Esbjerg. ok?"
>>> [text[f.start : f.end] for f in address_lines_abroad(text, None, [])]
['Vestergade 14', '6700', 'Esbjerg']
>>> address_lines_abroad("Kerkstraat 12, 1234 AB Zwolle", None, [])
[]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding
from afscherm.detectors.person_name import common_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

RECOGNIZER = "AddressLineAbroad"
SCORE = 0.85
_CAPITALS = "A-ZÀ-ÝĀ-ŽΑ-ΩΆ-ΏА-ЯЁЄІЇЎ"
# the number, the comma, a unit's part perhaps, the postcode and the town
_NUMBER_CODE_TOWN = re.compile(
    # (no year for a number: "3 Μαρτίου 1958, Μητροπόλεως 27, 591 00 Βέροια" is read from the 27)
    # (a Finnish or Swedish staircase and flat after the number: "Kalevankatu 31 A 7", "Storgatan 4 B", tuning_167)
    r"(?<![\w-])(?!(?:19|20)\d\d(?!\d))(?P<number>\d{1,4}(?:[a-zA-Z]|[ \t][A-Z](?:[ \t]\d{1,3})?)?(?:[-/]\d{1,3})?)"
    r"[ \t]*,(?:[^,\n]{1,8},)?[ \t]*"
    r"(?P<code>\d{4,5}|\d{3}[ \t]\d{2}|\d{2}-\d{3})[ \t]+"
    # (a town's word ends with a letter: "Ivalo'" closing a quoted value is Ivalo)
    rf"(?P<town>[{_CAPITALS}][\w'’-]*\w(?:[ \t-][{_CAPITALS}][\w'’-]*\w){{0,2}})(?![\w])"
)
_DUTCH_POSTCODE_LETTERS = re.compile(r"[A-Z]{2}(?![\w])")
# the small words a street abroad holds in lower case, its kind or its article
_STREET_SMALL_WORDS = frozenset(
    "de do da das dos del la le les du des di van von am an der den im st st. бр. út ut cesta ulica ul. ul rue calle"
    " via vicolo rúa rua travesía οδός ул. улица gade vej vegur iela g. str. str utca u. tér ulice náměstí gatan vägen"
    " gate veien gasse"
    # (Finnish and Estonian: "Hatanpään valtatie 26 B 14", "Pärnu mnt 12-4", "Tartu tn 5")
    " valtatie tie katu kuja polku mnt mnt. tn tn. pst pst.".split()
)
# a Maltese street's word with its article joined ("Triq il-Karmnu 27", "Triq ix-Xatt 5", tuning_166)
_ARTICLE_JOINED = re.compile(r"(?:il|l|ix|iż|iz|is|it|ir|in|id|iċ|ic|ta)-[A-ZĊĠĦŻ]")
# the labels an address follows ("Address Calle Zabaleta 31, ...", "Anschrift: ..."): no part of the street
_ADDRESS_LABELS = frozenset("address adres adresse anschrift dirección direccion morada home thuis woonadres".split())
_WORD_BEFORE = re.compile(r"[\w'’.-]+$")
_STREET_WORDS = 5


def _street_start(text: str, number: int) -> int | None:
    """Where the street before the house number at ``number`` opens (see the module docstring), None for no street."""
    common = common_words()
    line_start = text.rfind("\n", 0, number) + 1
    start: int | None = None
    pos = number
    for n in range(_STREET_WORDS):
        before = text[line_start:pos]
        stripped = before.rstrip(" \t")
        if n > 0 and len(stripped) == len(before):
            break  # (a mark between: "1958, Μητροπόλεως 27" opens at the street)
        m = _WORD_BEFORE.search(stripped)
        if m is None:
            break
        # (a quote opening a value is no part of the street: "'home': 'Kaunispääntie 3 B 12, 99800 Ivalo'")
        word = m.group().lstrip("'’")
        lowered = word.lower()
        if lowered in _ADDRESS_LABELS or not word:
            break
        small = lowered in _STREET_SMALL_WORDS or _ARTICLE_JOINED.match(word) is not None
        if not small and not (word[:1].isupper() and (n == 0 or lowered.strip(".") not in common)):
            break
        start = line_start + m.end() - len(word)
        pos = start
        if len(word) < len(m.group()):
            break  # (the quote opens the value: the street opens here)
    # (the street opens with a capital: "do Regueiro" is read from "Travesía")
    while start is not None and not text[start].isupper():
        space = text.find(" ", start, number)
        start = space + 1 if space >= 0 else None
    return start


# An address as English-speaking countries write it, the number first and the street's kind last ("14 Oke-Fia Road,
# Osogbo", "7 Rodger St, Anstruther KY10 3DZ", "No. 8 Okpara Avenue", "Plot 22 Lumumba Avenue, Nakasero"; tuning_57 ...
# 105): a house number (a plot's or house's word before it perhaps), one to three capitalised words, the kind; then up
# to two towns after commas (capitalised words, no common word), a British or Irish postcode after the last perhaps.
_STREET_KINDS = (
    "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Crescent|Drive|Dr|Way|Terrace|Court|Gardens|Grove|Row|Square"
    "|Boulevard|Blvd|Place|Walk|Mews|Parade"
)
_NUMBER_FIRST_STREET = re.compile(
    r"(?<![\w,.-])(?:(?:No\.?|Plot|Hse\.?[ \t]+No\.?|House)[ \t]*)?(?!(?:19|20)\d\d(?!\d))\d{1,4}[A-Za-z]?(?:/\d{1,4})?"
    rf",?[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){{1,3}}(?:{_STREET_KINDS})\b\.?"
)
# (or the street first and its number after, as Sri Lanka and India write it: "Kandy Road 88, Chavakachcheri", a town
# after it then needed; tuning_64, _106)
_STREET_THEN_NUMBER = re.compile(
    rf"(?<![\w'’.-])(?:[A-Z][\w'’.-]*[ \t]+){{1,3}}(?:{_STREET_KINDS})\.?[ \t]+\d{{1,4}}[A-Za-z]?(?![\w/-])(?=,)"
)
_STREET_KIND_WORD = re.compile(rf"(?<=[a-z] )(?:{_STREET_KINDS})\b")
_TOWN_WORD = rf"[{_CAPITALS}](?:[^\W\d_]|['’-])+"  # (no digit: "Anstruther KY10 3DZ" is a town and a postcode)
_TOWN_AFTER = re.compile(rf",[ \t]*(?P<town>{_TOWN_WORD}(?:[ \t-]{_TOWN_WORD}){{0,2}})(?![\w'’])")
_UK_POSTCODE_AFTER = re.compile(
    r"[ \t,]+(?P<code>[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|[A-Z]\d{2}[ \t][A-Z\d]{4})(?![\w])"
)
_TOWNS_AFTER = 2


def _number_first_addresses(text: str) -> list[tuple[int, int]]:
    """The street, towns and postcode of each address written number first (see :data:`_NUMBER_FIRST_STREET`)."""
    common = common_words()
    parts: list[tuple[int, int]] = []
    streets = [(m, True) for m in _NUMBER_FIRST_STREET.finditer(text)]
    streets += [(m, False) for m in _STREET_THEN_NUMBER.finditer(text)]
    for m, number_first in streets:
        end = m.end() - (text[m.end() - 1] == ".")  # (a sentence's full stop after "St" is read as a town's comma)
        towns: list[tuple[int, int]] = []
        for _ in range(_TOWNS_AFTER):
            town = _TOWN_AFTER.match(text, end)
            if town is None or any(w.lower() in common for w in re.split(r"[ \t-]", town.group("town"))):
                break
            towns.append(town.span("town"))
            end = town.end()
        if not number_first and not towns:
            continue
        parts += [m.span(), *towns]
        code = _UK_POSTCODE_AFTER.match(text, end)
        if code is not None:
            parts.append(code.span("code"))
    return parts


# A street abroad whose house number follows a number sign, as Latin America, the French-speaking and Romanian world
# write it ("Carrera 70 # 44-21", "Cra. 23 # 45-12", "calle 4 #37", "Calle Maceo #112 e/ Frexes y Aguilera", "rue
# Ibn Khaldoun n°9", "Cité Lamy villa n°114", "Str. Zmeu nr. 7"; tuning_60 ... 104): the street's kind (a word no Dutch
# street is named with), up to six words or numbers of its name on the line (no comma: "calle 28 entre carreras 19 y
# 20"), the sign ("#", "n°", "nº", "nr.", "no.", "núm."), the number (a block's and a house's number with a dash: "38
# Sur-25", "19-B"); then perhaps the crossing streets (Cuba's "e/ Frexes y Aguilera") and a flat's part ("apto 502",
# "bl. B2, ap. 7"). The town after it is address_towns_abroad's.
_SIGNED_STREET_KINDS = (
    "calle|carrera|cra|kra|kr|cll|clle|avenida|avda|diagonal|transversal|transv|circular|autopista|rue|route|avenue"
    "|boulevard|impasse|allée|chemin|cité|rua|travessa|str|strada|bulevardul|calea|aleea|soseaua|șoseaua"
    # (Indonesia's and Malaysia's street and lane: "Jl. H. Agus Salim No. 14", "Gg. Mawar no. 3", tuning_122)
    "|jl|jln|jalan|gg|gang|lorong"
)
# (each word of its name a number, a capitalised word or a small word names hold: "calle 28 entre carreras 19 y 20",
# "Cité Lamy villa", "Ștefan cel Mare"; not "la carrera termina en la meta n°3")
_SIGNED_STREET_NAME_WORD = (
    rf"(?:\d{{1,4}}[A-Za-z]?|[{_CAPITALS}ȘȚ][\w'’.-]*"
    r"|(?:de|del|la|las|los|el|da|do|dos|das|du|des|le|les|entre|y|e|carreras|calles|cel|lui|villa|bis)(?![\w'’-]))"
)
_SIGNED_STREET = re.compile(
    rf"(?<![\w'’.-])(?i:{_SIGNED_STREET_KINDS})\.?(?:[ \t]+{_SIGNED_STREET_NAME_WORD}){{1,6}}?[ \t]*"
    r"(?:#|(?i:n°|nº|nr\.?|no\.|núm\.?|num\.))[ \t]*\d{1,4}[A-Za-z]?"
    r"(?:[ \t]+(?i:sur|norte|este|oeste|bis))?(?:[ \t]*-[ \t]*(?:\d{1,4}[A-Za-z]?|[A-Z])(?![\w]))?"
    r"(?:[ \t]+(?:e/|(?i:entre))[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+)?[ \t]+y[ \t]+[\w'’-]+)?"
    r"(?:,[ \t]*(?i:apto|apt|apartamento|interior|int|piso|torre|bloque|bl|sc|et|ap)\.?[ \t]*[A-Za-z]?\d{1,4}[A-Za-z]?"
    r"(?![\w]))*"
)
# (its postcode and town after it: "rue Ibn Khaldoun n°9, 3062 Sfax", "..., ap. 7, 731011 Bârlad")
_CODE_TOWN_AFTER = re.compile(
    rf"[ \t]*,[ \t]*(?P<code>\d{{4,6}}|\d{{5}}-\d{{3}})[ \t]+"
    # (a town's word ends with a letter: "Ivalo'" closing a quoted value is Ivalo)
    rf"(?P<town>[{_CAPITALS}][\w'’-]*\w(?:[ \t-][{_CAPITALS}][\w'’-]*\w){{0,2}})(?![\w])"
)
_NUMBER_SIGNS = ("#", "°", "º", "nr", "no.", "No.", "NO.", "Nr", "núm", "num.")
# A street abroad led by its kind's abbreviation, which no Dutch street is: Albanian "Rr." (rruga), Serbian, Croatian,
# Bosnian, Macedonian, Bulgarian and Polish "ul." (ulica; Cyrillic "ул."), "bul."/"бул." (boulevard); then up to five
# words of its name (capitalised, a number, a small word of those languages, or a Cyrillic word in lower case:
# "бул. Партизански одреди 70") and the house number, "nr."/"br." before it perhaps ("Rr. Dëshmorët e Kombit 18",
# "Rr. Agim Ramadani nr. 27", "ул. Иво Лола Рибар 23", tuning_124).
_ABBREVIATED_STREET = re.compile(
    r"(?<![\w'’.-])(?:(?i:rr|ul|bul)\.|(?i:ул|бул)\.|(?i:rruga|ulica|улица|булевар))"
    rf"(?:[ \t]+(?:[{_CAPITALS}ЂЃЅЈЉЊЋЌЏ][\w'’.-]*|\d{{1,3}}\.?|[а-яёђѓѕјљњћќџ]{{2,}}|(?:e|i|të|së|и|на)(?![\w'’-])))"
    r"{1,5}?[ \t]+(?:(?i:nr|br|бр)\.?[ \t]*)?\d{1,4}[A-Za-zа-я]?(?![\w/-]|\.\d)"
)
_ABBREVIATIONS = ("rr.", "ul.", "bul.", "ул.", "бул.", "rruga", "ulica", "улица", "булевар")
# The parts of a Philippine address named by their kind's word before them: a barangay (a town's district), a sitio or
# a purok (its neighbourhood), each a place whatever its name ("Sitio Lawis, Brgy. Bakilid, Mandaue City 6014",
# "Brgy. San Isidro, Tuguegarao City 3500", tuning_122); on such a line a city's four-digit postcode after it too.
_UNIT_WORDS = ("brgy", "barangay", "bgy.", "sitio", "purok")
_NAMED_UNIT = re.compile(
    rf"(?<![\w'’.-])(?i:brgy\.?|barangay|bgy\.|sitio|purok)[ \t]+"
    rf"(?:\d{{1,3}}|[{_CAPITALS}][\w'’-]+(?:[ \t]+[{_CAPITALS}][\w'’-]+){{0,2}})(?![\w'’])"
)
_CITY_CODE = re.compile(
    rf"(?<![\w'’-])(?P<city>[{_CAPITALS}][\w'’-]+(?:[ \t]+[{_CAPITALS}][\w'’-]+)?[ \t]+City)[ \t]+(?P<code>\d{{4}})"
    r"(?![\w-])"
)


# A street typed in lower case as French- and Portuguese-speaking chats write it, its kind first and its number after
# ("rue féronstrée 96, 4000 Liège", "rue puits-en-sock 58 boîte 4, 4020 liège", "avenue louise 231"; tuning_177; the
# capitalised one is _NUMBER_CODE_TOWN's): the kind, one to four words of its name, the house number and a Belgian box
# perhaps. A street when its postcode and a listed town follow after a comma, or when no word of its name is a word of
# French, Portuguese, Spanish, Dutch or English ("la rue fait 3 km" is none).
_LOWER_STREET_KINDS = ("rue", "avenue", "boulevard", "chaussée", "chaussee", "rua", "avenida")
_LOWER_KIND_STREET = re.compile(
    rf"(?<![\w'’.-])(?:{'|'.join(_LOWER_STREET_KINDS)})(?P<name>(?:[ \t]+[^\W\d_][\w'’-]*){{1,4}}?)"
    r"[ \t]+\d{1,4}[a-z]?"
    r"(?:[ \t]+(?:bte|boîte|boite|bus)[ \t]+\d{1,3})?(?![\w/-]|[,.]\d)"
)
_LOWER_CODE_TOWN_AFTER = re.compile(
    r"[ \t]*,[ \t]*(?P<code>\d{4,5})[ \t]+(?P<town>[^\W\d_][\w'’-]*(?:[ \t-][^\W\d_][\w'’-]*){0,2}?)(?![\w'’-])"
)
_STREET_LANGUAGES = ("fr", "pt", "es")
_STREET_WORD_ZIPF = 3.0


def _lower_kind_streets(text: str) -> list[tuple[tuple[int, int], ...]]:
    """The streets in lower case of :data:`_LOWER_KIND_STREET`, each with its postcode and town after it if any."""
    from afscherm.detectors.name_slots import frequent_words, word_like  # (they read person_name's lists)
    from afscherm.detectors.place_names import lookup

    out: list[tuple[tuple[int, int], ...]] = []
    for m in _LOWER_KIND_STREET.finditer(text):
        if not text[m.start()].islower():
            continue
        after = _LOWER_CODE_TOWN_AFTER.match(text, m.end())
        if after is not None and lookup(after.group("town")) is not None:
            out.append((m.span(), after.span("code"), after.span("town")))
            continue
        words = [w.lower() for w in re.split(r"[ \t-]+", m.group("name")) if w]
        if not any(
            word_like(w) or any(w in frequent_words(lang, _STREET_WORD_ZIPF) for lang in _STREET_LANGUAGES)
            for w in words
        ):
            out.append((m.span(),))
    return out


def address_lines_abroad(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """``findings`` and, as LOCATION, the street and number, postcode and town of each address abroad written on one
    line (see the module docstring and :data:`_NUMBER_FIRST_STREET`); a person's name found inside those parts is
    dropped."""
    added: list[Finding] = []
    replaced: list[Finding] = []
    spans: list[tuple[tuple[int, int], ...]] = []
    if "," in text:
        for m in _NUMBER_CODE_TOWN.finditer(text):
            if _DUTCH_POSTCODE_LETTERS.match(m.group("town")):
                continue
            start = _street_start(text, m.start())
            if start is not None:
                spans.append(((start, m.end("number")), m.span("code"), m.span("town")))
    if _STREET_KIND_WORD.search(text) is not None:
        spans += [(part,) for part in _number_first_addresses(text)]
    if any(word in text.lower() for word in _UNIT_WORDS):
        spans += [(part,) for part in _named_units(text)]
    if any(word in text.lower() for word in _ABBREVIATIONS):
        spans += [(m.span(),) for m in _ABBREVIATED_STREET.finditer(text)]
    lowered = text.lower()
    if any(kind in lowered for kind in _LOWER_STREET_KINDS):
        spans += _lower_kind_streets(text)
    if any(sign in text for sign in _NUMBER_SIGNS):
        for m in _SIGNED_STREET.finditer(text):
            after = _CODE_TOWN_AFTER.match(text, m.end())
            spans.append((m.span(), after.span("code"), after.span("town")) if after else (m.span(),))
    for parts in spans:
        start = parts[0][0]
        for a, b in parts:
            # (a street found without its number or its first word, "Nørregade", "Miloša 31", is taken whole)
            inside = [f for f in findings if f.entity_type == "LOCATION" and a <= f.start and f.end <= b]
            overlapping = [f for f in findings if f.entity_type != "PERSON" and f.start < b and a < f.end]
            if a == start and inside and len(inside) == len(overlapping):
                replaced.extend(inside)
            elif any(f.entity_type != "PERSON" and f.start < b and a < f.end for f in findings):
                continue
            added.append(Finding(a, b, "LOCATION", SCORE, RECOGNIZER))
    return _with_places(findings, added, replaced, within=True)


def _named_units(text: str) -> list[tuple[int, int]]:
    """The Philippine address parts named by their kind's word (see :data:`_NAMED_UNIT`), and on their lines each
    city with its postcode after it (the city and the code)."""
    parts: list[tuple[int, int]] = []
    lines: set[int] = set()
    for m in _NAMED_UNIT.finditer(text):
        parts.append(m.span())
        lines.add(text.rfind("\n", 0, m.start()) + 1)
    for start in lines:
        end = text.find("\n", start)
        for m in _CITY_CODE.finditer(text, start, len(text) if end < 0 else end):
            parts += [m.span("city"), m.span("code")]
    return parts


# A town abroad closing an address written on one line without a postcode before it ("Colón 1432, Talcahuano",
# "Calle Mella #17, Cotuí", "Purok 3, Brgy. Sabang, Lipa", "str. Ștefan cel Mare nr. 41, Rădăuți", "14 shareh Rod El
# Farag, Shubra, Cairo"; tuning_65 ... 97): after a comma, one to three capitalised words (or capitals) that the lists
# of places abroad hold, where one of up to three comma-separated parts before it on its line holds a house number (one
# to four digits, a letter or a unit after a slash perhaps, "#", "nr." or "No:" before it perhaps) and a word, and no
# run of digits longer than a house number's (a phone number, a date: "28-01-1987, Kochi" is a birth's date and place,
# which the place rules read). No common Dutch or English word, no first name (a nurse's "bed 4, Sofia").
_TOWN_AFTER_COMMA = re.compile(
    rf",[ \t]*(?P<town>[{_CAPITALS}][\w'’-]+(?:[ \t-][{_CAPITALS}][\w'’-]+){{0,2}})(?![\w'’])"
)
_HOUSE_NUMBER = re.compile(
    r"(?<![\w/-])(?:#|(?i:nr|no|n°)\.?[ \t:]*)?\d{1,4}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?(?![\w/-])"
)
_LONG_DIGITS = re.compile(r"\d{5,}|\d+[-./:]\d+[-./:]\d+|\d{1,2}:\d{2}")
_PARTS_BEFORE = 3


def _numbered_part_before(text: str, comma: int) -> bool:
    """One of the parts before the comma at ``comma`` on its line holds a house number and a word, and neither it nor
    a part after it a longer run of digits (a chat's stamp and speaker before the address are no part of it)."""
    line_start = text.rfind("\n", 0, comma) + 1
    parts = text[line_start:comma].split(",")[-_PARTS_BEFORE:]
    for i in range(len(parts) - 1, -1, -1):
        part = _TURN_PREFIX.split(parts[i])[-1]
        if _HOUSE_NUMBER.search(part) and re.search(r"[^\W\d_]{2,}", part):
            return not any(_LONG_DIGITS.search(p) for p in [part, *parts[i + 1 :]])
    return False


_TURN_PREFIX = re.compile(r"[\]:][ \t]")


@lru_cache(maxsize=1)
def places_abroad() -> frozenset[str]:
    """The normalised places of every list abroad (built once: a union of some 31,000 names)."""
    from afscherm.detectors.place_names import foreign_and_abroad_places, world_only_places

    return foreign_and_abroad_places() | world_only_places()


def address_towns_abroad(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """``findings`` and, as LOCATION, each town abroad closing an address on one line (see :data:`_TOWN_AFTER_COMMA`).

    >>> text = "sigue Calle Mella #17, Cotuí, verdad?"
    >>> [text[f.start : f.end] for f in address_towns_abroad(text, None, [])]
    ['Cotuí']
    """
    from afscherm.detectors.person_name import is_first_name
    from afscherm.detectors.place_names import ENGLISH_WORDS, normalise

    if "," not in text or not any(c.isdigit() for c in text):
        return findings
    abroad = places_abroad()
    common = common_words()
    added: list[Finding] = []
    for m in _TOWN_AFTER_COMMA.finditer(text):
        a, b = m.span("town")
        town = m.group("town")
        words = [w.lower() for w in re.split(r"[ \t-]", town)]
        if normalise(town) not in abroad or any(w in common or w in ENGLISH_WORDS for w in words):
            continue
        if len(words) == 1 and is_first_name(town):
            continue
        if any(f.start < b and a < f.end and f.entity_type != "PERSON" for f in findings):
            continue
        if not _numbered_part_before(text, m.start()):
            continue
        added.append(Finding(a, b, "LOCATION", SCORE, RECOGNIZER))
    return _with_places(findings, added, [], within=False)


def _with_places(findings: list[Finding], added: list[Finding], replaced: list[Finding], within: bool) -> list[Finding]:
    """``findings`` without ``replaced`` and without the PERSON findings inside (``within``) or overlapping the places
    ``added``, and those places, in text order."""
    if not added:
        return findings

    def hidden(f: Finding) -> bool:
        if within:
            return any(a.start <= f.start and f.end <= a.end for a in added)
        return any(a.start < f.end and f.start < a.end for a in added)

    kept = [f for f in findings if f not in replaced and not (f.entity_type == "PERSON" and hidden(f))]
    return sorted(kept + added, key=lambda f: (f.start, f.end))
