"""LOCATION: Dutch postcodes, street + house number, and the place name that follows a postcode.

Street, postcode and city are separate findings, so ``Kerkstraat 12a, 1234 AB Amsterdam`` yields three
spans. Candidates come from two compiled patterns (house numbers, postcodes); the words around them are
then checked in Python, which keeps the pass over text without numbers cheap.

Also: post boxes (``Postbus 9029``); streets in CSV rows and vCards (a field separator inside a run of
characters starts the street); BAG streets without a street ending (``Weteringschans 120-2``) with an address
around them; Belgian and German addresses (``Rue de la Loi 16``, ``Hauptstraße 5``, ``1000 Brussel``, ``52062
Aachen``); postcodes and house numbers read out in transcripts (``postcode … drie acht nul één b c``,
``ik woon aan de lindenlaan twaalf``, letters by their names: ``ka el``), a postcode area on its own after the word
postcode (``mijn postcode begint met 3511``, ``negen zeven nul drie``); and address parts named by their field
(``detectors.place_fields``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from afscherm.detectors.context import has_context, ocr_numbers_read
from afscherm.detectors.date_of_birth import FRENCH_NUMBER_WORDS, MONTHS, french_number
from afscherm.detectors.fast_scan import after_edge, by_first_character
from afscherm.detectors.findings import Finding
from afscherm.detectors.person_name import (
    PARTICLE_SET,
    STOP,
    column_values,
    common_words,
    is_family_name,
    is_first_name,
    person_then_street,
)
from afscherm.detectors.place_fields import address_field_findings
from afscherm.detectors.recognizer import DutchRecognizer
from afscherm.detectors.text_facts import matches_from, positions, text_facts

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from spacy.tokens import Doc

CONTEXT_WORDS = (
    "adres",
    "woonachtig",
    "woon",
    "postcode",
    "straat",
    "wonend",
    "verhuisd",
    "address",
    "p.c.",
    # (a chat switching language: "mi dirección", "endereço", "Anschrift")
    "dirección",
    "direccion",
    "endereço",
    "anschrift",
)

SCORE_STREET = 0.8
SCORE_STREET_LOWER = 0.6  # chat: "kerkstraat 12"
SCORE_POSTCODE = 0.85
SCORE_POSTCODE_LOWER = 0.6
SCORE_CITY = 0.8
SCORE_CITY_KNOWN = 0.9
SCORE_WITH_CONTEXT = 0.95
_RECOGNIZER_NAME = "LocationRecognizer"  # the class's Presidio name, for the module's own finders


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Largest Dutch municipalities and places (CBS), lowercase, hyphens written as spaces (see _norm).
_KNOWN_PLACES_TEXT = """
amsterdam, rotterdam, den haag, 's gravenhage, utrecht, eindhoven, groningen, tilburg, almere, breda,
nijmegen, apeldoorn, haarlem, arnhem, enschede, haarlemmermeer, hoofddorp, amersfoort, zaanstad, zaandam,
's hertogenbosch, den bosch, zwolle, zoetermeer, leeuwarden, leiden, maastricht, dordrecht, ede, westland,
alphen aan den rijn, alkmaar, emmen, delft, venlo, deventer, sittard geleen, sittard, geleen, helmond, oss,
amstelveen, hilversum, heerlen, sudwest fryslan, súdwest fryslân, hoeksche waard, nissewaard, spijkenisse,
meierijstad, veghel, hengelo, purmerend, schiedam, lelystad, roosendaal, leidschendam voorburg,
leidschendam, voorburg, almelo, vlaardingen, gouda, hoorn, assen, capelle aan den ijssel, velsen, ijmuiden,
bergen op zoom, katwijk, veenendaal, zeist, nieuwegein, lansingerland, westerkwartier, hardenberg, roermond,
barneveld, het hogeland, doetinchem, heerhugowaard, dijk en waard, gooise meren, bussum, naarden,
oosterhout, den helder, hoogeveen, terneuzen, kampen, pijnacker nootdorp, woerden, rijswijk, heusden,
west betuwe, houten, utrechtse heuvelrug, goeree overflakkee, barendrecht, midden groningen, hoogezand,
lingewaard, veldhoven, zutphen, overbetuwe, ridderkerk, weert, smallingerland, drachten, noordoostpolder,
emmeloord, molenlanden, waalwijk, harderwijk, zwijndrecht, middelburg, vlissingen, goes, heerenveen,
wijchen, krimpenerwaard, steenwijkerland, steenwijk, beverwijk, de fryske marren, joure, hellevoetsluis,
soest, kerkrade, tiel, culemborg, uden, nijkerk, baarn, huizen, maassluis, ijsselstein, rheden, venray, epe,
dronten, sneek, heemskerk, castricum, bergen, schagen, enkhuizen, medemblik, aalsmeer, uithoorn, diemen,
ouder amstel, edam volendam, volendam, heemstede, bloemendaal, zandvoort, hillegom, lisse, noordwijk,
teylingen, sassenheim, oegstgeest, leiderdorp, nieuwkoop, bodegraven, waddinxveen, zuidplas,
krimpen aan den ijssel, papendrecht, sliedrecht, gorinchem, hendrik ido ambacht, alblasserdam, brielle,
voorne aan zee, wassenaar, voorschoten, oisterwijk, dongen, etten leur, moerdijk, steenbergen, goirle,
best, son en breugel, nuenen, geldrop, valkenswaard, waalre, eersel, boxtel, vught, sint michielsgestel,
boxmeer, land van cuijk, cuijk, gennep, horst aan de maas, peel en maas, echt susteren, stein, beek,
meerssen, valkenburg aan de geul, brunssum, landgraaf, wageningen, renkum, oosterbeek, rhenen, putten,
ermelo, elburg, hattem, zevenaar, duiven, montferland, winterswijk, aalten, oldenzaal, losser, borne,
rijssen, wierden, raalte, ommen, dalfsen, meppel, coevorden, stadskanaal, veendam, oldambt, winschoten,
delfzijl, eemsdelta, haren, tynaarlo, harlingen, franeker, dokkum, texel, urk, zeewolde, bunschoten,
spakenburg, leusden, de bilt, bilthoven, stichtse vecht, maarssen, de ronde venen, mijdrecht,
wijk bij duurstede, vianen, vijfheerenlanden, weesp, laren, blaricum, heiloo, uitgeest, nieuw vennep,
badhoevedorp, krommenie, zierikzee, hulst, sluis, tholen, kapelle, zaltbommel, oosterwolde, gorredijk
"""
# Capitalised words that can follow a postcode but are not a place.
_NOT_PLACES = _words(
    """
    tel tel. telefoon tel: mobiel e-mail email fax nederland netherlands nl the postbus kvk btw iban bsn
    en of te
    """
)
# Words that begin a multi-word place name and take the next word with them ("Den Haag", "Sint Anthonis").
_PLACE_PREFIXES = _words("den de het sint st st. nieuw oud oude groot klein 's 't ter ten")
_CONNECTORS = _words("van de der den het 't 's op aan bij in ter ten te en la le du des von tot onder over naar à")

# Two letters after four digits that are units, clock times or words far more often than postcodes
# ("1024 MB", "1130 AM", "in 2023 EN daarna"): a postcode only with a known place or address context.
_AMBIGUOUS_LETTERS = _words(
    """
    KB MB GB TB PB KW MW GW HZ AM PM EN OF IN OP TE DE AT BC AD CM MM KM KG MG ML CL DL CC PX PT EU US
    UK NL BE IS ER ZE WE JE IK HE AL NU ZO JA NA TO OR BY IT AS AN ON NO SO UP BV NV VS MS NS GR XL HD
    """
)
_FORBIDDEN_LETTERS = frozenset({"SA", "SD", "SS"})  # never issued by PostNL
# How far above a code in capitals a street may stand to vouch for its letters that are also a unit or a word
STREET_ABOVE = 160

# The first digit, then the look-behind over it and the character before (what "(?<![\w-])" before the digit says):
# a pattern that opens with a character class lets the regex engine skip ahead to the next digit.
_POSTCODE = re.compile(r"[1-9](?<![\w-].)\d{3}([ \t\u00a0]{0,2})([A-Za-z]{2})(?![\w-])")

# Street-name endings; the bare words themselves ("weg 2") are not streets.
_SUFFIXES = (
    "straat",
    "laan",
    "weg",
    "plein",
    "gracht",
    "kade",
    "singel",
    "dijk",
    "pad",
    "steeg",
    "hof",
    "dreef",
    "markt",
    "baan",
    "ring",
    "allee",
    "plantsoen",
    "wal",
    "haven",
    "park",
    "veld",
    "straatweg",
    "boulevard",
    "vliet",
    "erf",
    "hoeve",
    "brink",
    "poort",
    "burgwal",
    "straße",  # German streets in Dutch text ("Hauptstraße 5")
    "strasse",
    "gasse",
    "platz",
    "lei",  # Flemish: an Antwerp avenue ("Frankrijklei 88", "Britselei")
    "kaai",  # Flemish: a quay ("Sint-Pieterskaai")
    # Frisian (the official street names of Frisian villages): "Haadstrjitte", "Tsjerkebuorren", "Skoallepaad",
    # "Mounewei", "Súd-Ie dyk" is rare, "Noarderleane"
    "strjitte",
    "buorren",
    "paad",
    "leane",
    "dyk",
    "wei",
    # a village's street along its end ("Oosteinde", "Westeinde", "Kerkeinde"; tuning_102, _105; not Brabant's shorter
    # "Hoogeind", which a chat's "hoogeind 14" leaves in doubt)
    "einde",
)
_SUFFIX_WORDS = frozenset(_SUFFIXES)
_MIN_LEI_STEM = 4  # letters before "lei": "Frankrijklei", not "klei" or "vlei"
# Endings that Dutch surnames share with streets (Disselhof, Rozendaal, Vandeveld, Verdijk).
_SURNAME_SUFFIXES = frozenset({"hof", "veld", "dijk", "wal", "park", "baan", "ring", "pad", "haven", "markt"})
_INITIAL = re.compile(r"(?:[A-Z]\.)+")
# Compounds with a street ending that are ordinary words ("onderweg 2 uur", "supermarkt 3").
_NOT_STREETS = _words(
    """
    onderweg halfweg halverweg uitweg omweg snelweg autosnelweg supermarkt arbeidsmarkt woningmarkt
    huizenmarkt aandelenmarkt kerstmarkt jaarmarkt rommelmarkt vlooienmarkt loopbaan ijsbaan rijbaan
    startbaan landingsbaan tennisbaan racebaan luchthaven thuishaven fietspad voetpad wandelpad
    levenspad tuinpad pretpark attractiepark speelveld slagveld voetbalveld sportveld werkveld vliegveld
    krachtveld invoerveld tekstveld zoekveld datumveld gezichtsveld gerechtshof speelplein
    oprijlaan zijstraat geluidswal zeehaven kring bestelbaan erf amsterdam rotterdam edam schiedam
    zaandam milieustraat autowasstraat afvalstraat weekeinde levenseinde jaareinde
    """
)
# Capitalised words that start a sentence or label rather than a street name ("In de Kerkstraat 12").
_NOT_STREET_PREFIX = _words(
    """
    in op aan naar bij een ik wij we hij zij ze mijn ons onze uw je jouw jij u via vanaf tot om
    over langs door uit met voor achter tussen naast richting adres straat woonadres postadres
    bezoekadres factuuradres afleveradres locatie naam ja nee dus en of maar dat die deze dit woon woont
    wonen is was ga kom graag hallo beste hoi dag tel telefoon email e-mail postcode plaats woonplaats
    address street the at te ook nu dan wel
    """
)
# Titles and qualifiers that begin street names ("prins hendrikkade", "burgemeester de withstraat"); in
# lowercase chat these are the only words before a street word taken into the street.
_STREET_TITLES = _words(
    """
    sint st st. prins prinses koning koningin keizer keizerin hertog hertogin graaf gravin burgemeester
    burg. dokter dr. dr pastoor pater dominee ds. generaal gen. admiraal kapitein kolonel majoor professor
    prof. president mr. jonkheer oude nieuwe korte lange hoge lage groot groote klein kleine eerste tweede
    derde 1e 2e 3e noord zuid oost west jan johan johannes willem hendrik jacob pieter
    pr. pr kon. kon jhr. mgr. mgr pres. gebr. gebr past. weth.
    deken kapelaan kardinaal bisschop broeder zuster notaris meester wethouder luitenant baron ridder
    """
)
# Qualifiers that make a street of a single plain word ("Oude Rijn 12", "Lange Voorhout 5"); such a
# street needs an address word before it or a postcode after it ("mijn nieuwe iphone 15" is no street).
_POSITION_TITLES = _words("oude nieuwe korte lange hoge lage")
# Lowercase words after which "van" starts a street ("adres: van goghstraat 5") rather than saying where
# someone came from ("verhuisd van kerkstraat 3").
_VAN_INTRO = _words("op in aan naar de het bij via is langs richting adres woonadres postadres")
_ARTICLES = _words("de der den het 't")
_NAME_CONNECTORS = _ARTICLES | _words("van ter ten")
_ELISIONS = frozenset({"'t", "’t", "'s", "’s"})  # "'t Goylaan", "'s Gravelandseweg"
# Words just before a street that make it an address ("k woon op de oude rijn 162").
_ADDRESS_WORDS = _words(
    "adres woonadres postadres bezoekadres afleveradres woon woont wonen wonend wonende woonachtig verhuisd address"
    " adresje straat straatnaam"  # a chat's "adresje is …", "straat dukatenburg 12" (a form's label without its colon)
    # (Frisian: "jo wenje noch oan de Westerdijk yn Grijpskerk?", "hy wennet oan 'e Buorren", tuning_86)
    " wenje wennet wenjen"
)
# ("op de hoek van de kerkstraat": a corner names the street too)
# ("mijn oude adres was laan van nieuw oost-indie 150": a copula in the past too)
_ADDRESS_LINKS = _words(
    "op aan in de het te is was wordt naar bij nu nog al ook inmiddels tegenwoordig sinds kort hoek van"
    " oan yn by no noch 'e"  # (Frisian's)
)
# Characters that open a quotation or aside; they are never part of the street name after them.
_OPENERS = "([{\"“„«‘’'"
_CLOSERS = ",:;!?()[]{}\"“”»'’"

# Words after a number that make it a quantity, not a house number ("Snelweg 12 km", "kerkstraat 3 keer").
_QUANTITY_WORDS = _words(
    """
    keer x km m meter kilometer minuten minuut min uur seconden sec dagen dag weken week jaar maanden
    maand euro eur procent % stuks personen mensen kg gram liter cm mm
    """
)

# A house number with an optional addition: 12a, 12-A, 12-2, 12/3, 12 bis, 12 III, 12 hs, 12 B, and Amsterdam's
# colours for the door of a basement or upper house (12 rood, 12 zwart).
_HOUSE_NUMBER = re.compile(
    r"[1-9]\d{0,4}"
    # (a floor written on: "61-3hoog", "12-2 hg"; a door's colour abbreviated: "12 rd", "12 zw"; a Belgian box: "88 bus
    # 2"; a flat's code of a letter and two digits: "17 a01"; a letter and a floor or door: "21a-2"; a room: "18 k4",
    # "60 kamer 3"; a range of houses: "2 t/m 18"; a lower-case letter apart closing the address: "38 a,")
    # (a unit or flat by its word: "11 unit 3", "4 app 2"; a floor after a spaced dash: "2 - 11"; a letter and a door
    # or floor joined: "4-B2", "12 A-rd")
    r"(?:[-/]\d[ ]?(?:hoog|hg)(?![\w'’])|[-/]\d{1,4}|-?[A-Za-z]-\d{1,3}(?![\w'’])|-[A-Za-z]\d{1,3}(?![\w'’])"
    r"|[ ][A-Za-z]-(?:rd|zw|\d{1,3})(?![\w'’])|-?[A-Za-z](?![\w'’])"
    r"|[ ][a-z](?=[ \t]*(?:[,;)\n]|$))|[ ](?:kamer|t/m|unit|app|app\.|apt|appartement)[ ]\d{1,4}|[ ]-[ ]\d{1,3}"
    # (and the box in French: "14 bte 3", "77 boîte 2", tuning_177, tuning_180)
    r"|[ -](?:bis|hs|huis|bg|bgg|sous|boven|beneden|rood|zwart|rd|zw|(?:bus|bte|boîte|boite)[ ]\d{1,3}|[a-z]\d\d"
    r"|k\d{1,3}|I{1,3}|IV|VI{0,3}"
    # (a quote may close the value right after the addition: "'Van Heemstraweg 12 K'", not "12 A's")
    r"|i{1,3}|iv|[A-Z])(?![\w]|['’]\w|\.\w))?"
    r"(?![\w]|[.:/-]\d|,\d(?!\d{3}[ \t]?[A-Z]{2}(?!\w)))"  # "14,5 km" is no address, "14,6711 PM" is
)
_WORD = re.compile(r"\S+")
# A digit after whitespace: where a house number after a word can start.
_SPACED_DIGIT = re.compile(r"[ \t\u00a0][1-9]")
# The words before a digit inside a house number's addition ("60 kamer 3", "2 t/m 18", "88 bus 2"): the only ones, as
# its other additions put no space before a digit, and a number never crosses a line.
_WORDS_IN_HOUSE_NUMBER = ("kamer", "t/m", "unit", "app", "app.", "apt", "appartement", "bus", "bte", "boîte", "boite")


def _inside_house_number(text: str, pos: int) -> bool:
    """``pos`` lies inside a house number that ``_HOUSE_NUMBER.finditer(text)`` returns (``3`` of ``60 kamer 3``):
    the line is scanned as the whole text's scan would, as no number crosses a line."""
    for m in _HOUSE_NUMBER.finditer(text, text.rfind("\n", 0, pos) + 1):
        if m.start() >= pos:
            return False
        if m.end() > pos:
            return True
    return False


# A house number with an OCR letter for a digit (l, I, O, o) and at least one digit: "l2", "2l0", "1O".
_OCR_HOUSE_NUMBER = re.compile(r"(?<=[ \t])(?=[\dlIOo]*[lIOo])[1-9lI][\dlIOo]{1,4}[a-zA-Z]?(?![\w])")
# An OCR letter beside a digit, either side: led by the letters, a class the regex engine skips ahead to (one scan where
# "\d[lIOo]" and "[lIOo]\d" took two, each stopping at every digit or letter of its class).
_OCR_BESIDE_DIGIT = re.compile(r"[lIOo](?<=\d[lIOo])|[lIOo](?=\d)")
# A place-name word; quotes end it, except the elided article of "'s-Hertogenbosch" / "'t Zandt".
# (a query string's "&" ends a value: "plaats=Hoorn&akkoord=on")
_CITY_TOKEN = re.compile(r"(?:['’](?=[st][\s-]))?[^\s,;:()/|\"“”'’&]+")
# (or an opening bracket: "struisvogelstr 23 (3223 jk)", tuning_52)
_AFTER_STREET = re.compile(r"[ \t\u00a0]*[,(]?[ \t\u00a0]*\n?[ \t\u00a0]*")
_PLACE_ENDS = re.compile(r"[ \t]*(?:[,.!?;)\n]|$)")
_ARTICLE_LED = re.compile(r"(?:de|den|het)[ \t]+\S", re.IGNORECASE)
_IN_PLACE_AFTER_STREET = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]+(?:in|te)[ \t\u00a0]+")

_PLACE_LABEL = re.compile(
    r"(?<![\w-])(?:woonplaats|plaats|vestigingsplaats|city|town)[\"']?[ \t\u00a0]*[:=][ \t\u00a0]*[\"']?",
    re.IGNORECASE,
)


def _norm(name: str) -> str:
    return name.lower().replace("’", "'").replace("-", " ")


# (in the list's order, largest first: a chat's "a'dam" is Amsterdam, not Alblasserdam)
KNOWN_PLACES_BY_SIZE: tuple[str, ...] = tuple(
    _norm(p.strip()) for p in _KNOWN_PLACES_TEXT.replace("\n", " ").split(",") if p.strip()
)
KNOWN_PLACES: frozenset[str] = frozenset(KNOWN_PLACES_BY_SIZE)
_MAX_PLACE_WORDS = 5


# (the word tests below are asked of the same few words before every number of a text: cached, as is each answer)
@lru_cache(maxsize=1 << 14)
def _is_capitalised(word: str) -> bool:
    core = word[3:] if word[:3].lower() in ("'s-", "'t-") else word
    return bool(core) and core[0].isupper()


def street_suffix(lower: str) -> str | None:
    """The street ending ``lower`` (a lower-case word) ends with (``kerkstraat``: ``straat``), or None."""
    if not lower.endswith(_SUFFIXES):
        return None  # most words: one C call instead of a loop over the endings
    for suffix in _SUFFIXES:
        if lower.endswith(suffix):
            return suffix
    return None


# "dorpsstr 4b", "Kerkstr. 12": "straat" shortened as typed in chats and forms (no Dutch word ends in "str"); so is
# "laan" ("sparrenln 11", "eikenln 18": tuning_50, tuning_52; nor in "ln"), and "weg" ("pannerdensewg 8a", "bredewg
# 40", tuning_58; nor in "wg").
_SHORT_STREET = re.compile(r"[^\W\d_]{3,}(?:str|ln|wg)\.?")


def _ocr_street_folded(lower: str) -> str:
    """``lower`` with OCR's letter pairs for one letter read back (``lagevveg``: ``lageweg``, ``zeedarn``: ``zeedam``,
    ``kerkclijk``: ``kerkdijk``); see ``context.ocr_folded``, which also reads digits as letters."""
    return lower.replace("vv", "w").replace("rn", "m").replace("cl", "d")


@lru_cache(maxsize=1 << 14)
def _is_compound_street(word: str) -> bool:
    lower = word.lower()
    if lower.endswith(("str", "str.", "ln", "ln.", "wg", "wg.")) and _SHORT_STREET.fullmatch(lower):
        return True
    suffix = street_suffix(lower)
    if suffix is None and (folded := _ocr_street_folded(lower)) != lower:
        lower, suffix = folded, street_suffix(folded)  # OCR's "vv" for "w" in the ending: "Lagevveg 9", tuning_74
    if suffix is None or len(lower) <= len(suffix) or lower in _NOT_STREETS:
        return False
    if suffix in ("lei", "wei") and len(lower) - len(suffix) < _MIN_LEI_STEM:
        return False  # ("klei", "vlei"; "zwei", "geswei")
    # "vergadering 3", "aflevering 5", "leeskring 2"
    return not (suffix == "ring" and (lower.endswith("ering") or lower.endswith("kring")))


class _Word(NamedTuple):
    """A word before a house number, without the quote or bracket that opened it."""

    text: str
    start: int
    opened: bool  # a quote or bracket stood before it: the street cannot start further left


class _Street(NamedTuple):
    first: int  # index of the first street word
    capitalised: bool
    needs_address: bool  # a plain word after a qualifier ("Oude Rijn"): only with an address around it


def _is_elision(token: str, i: int) -> bool:
    """``'s`` / ``'t`` as in ``'s-Gravendijkwal`` or ``'t Zand``: an article, not a quote."""
    return token[i] in "'’" and token[i + 1 : i + 2] in ("s", "t") and token[i + 2 : i + 3] in ("", "-")


# A post box is an address: its number is written like a house number ("Postbus 9029", "antwoordnummer 12").
_POST_BOX_WORDS = _words("postbus pb antwoordnummer")
# Characters that separate fields inside one run of non-space characters (``Wolters,Stationsweg``,
# ``ADR;TYPE=home:;;Kastanjelaan``, ``Dam","Kloosterlaan``, ``Akkerman</Nm><Adr>Willemstraat``: a markup tag's
# end too, or the street took the name of the element before it): the street starts after the last of them.
_FIELD_SEPARATORS = frozenset(',;|=:"“”>')


@lru_cache(maxsize=1 << 14)
def _token_word(token: str) -> tuple[str, int]:
    """The word in a run of non-space characters and where it starts in it: after the last field separator, and
    after an opening quote or bracket (a text's tokens repeat: cached)."""
    i = 0
    if len(token) > 1 and not _FIELD_SEPARATORS.isdisjoint(token):  # rare: one set test spares the rfinds
        i = max(token.rfind(c, 0, len(token) - 1) for c in _FIELD_SEPARATORS) + 1
    while i < len(token) and token[i] in _OPENERS and not _is_elision(token, i):
        i += 1
    return token[i:], i


def _words_before(text: str, lo: int, hi: int, most: int) -> list[_Word]:
    """The last ``most`` tokens (runs of non-space, ``_WORD``) of ``text[lo:hi]`` as words: a line holds many more,
    and each word costs a set test."""
    # (str.rsplit splits at the same whitespace as the pattern's \s and cuts off only the last tokens, without a
    # match object per token of the line; each token is found back from the right: the last occurrence of a token
    # before the previous one's start is the token itself, as only whitespace stands between them)
    segment = text[lo:hi]
    tokens = segment.rsplit(None, most)
    if len(tokens) > most:
        del tokens[0]  # the rest of the segment before the last ``most`` tokens
    words: list[_Word] = []
    end = len(segment)
    for token in reversed(tokens):
        end = segment.rfind(token, 0, end)
        words.append(_column_word_at(text, token, lo + end))
    words.reverse()
    return words


def _column_word_at(text: str, token: str, at: int) -> _Word:
    """A word, marked as opening a field when a separator, quote or bracket opened it, or when a tab or a wide gap
    stands before it (``Gijs Hofstede<TAB>Prins Bernhardlaan 4``: a table's cells, the street starts in its own
    cell)."""
    word, i = _token_word(token)
    opened = i > 0 or (at > 0 and (text[at - 1] == "\t" or text[max(0, at - 2) : at] == "  "))
    return _Word(word, at + i, opened)


@lru_cache(maxsize=1 << 14)
def _is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a street name (``Burgemeester``, ``Van``, ``1e``)."""
    if not word or word[-1] in _CLOSERS:
        return False
    if word in _ELISIONS:
        return True  # "'t Goylaan", "'s Gravelandseweg"
    if word[0].isdigit():
        return bool(re.fullmatch(r"\d{1,2}e", word))
    return _is_capitalised(word) and word.lower() not in _NOT_STREET_PREFIX


def _extend_prefix(words: list[_Word], last: int) -> int:
    """Index of the first word of the street ending at ``words[last]``: capitalised words, with
    connectors between them ("Burgemeester de Withstraat", "Prins Hendrikkade"); at most four words."""
    first = last
    k = last - 1
    in_capitals = words[last].text.isupper()
    while k >= 0 and last - k <= 4 and not words[k + 1].opened:
        word = words[k].text
        if word == "bij" and not (k and words[k - 1].text == "Schout"):
            break  # "Weggelopen bij de Zuiderweg 58": a sentence's preposition (streets hold it only in the rank)
        if word in _PLACE_PREPOSITIONS and k + 1 == first:
            break  # "in Rijssen op Haarstraat 51", "meneer Kooiman op Wethouder Sijtsmastraat 21": where, then a street
        if word in _PLACE_PREPOSITIONS and _articles_between(words, k + 1, first) and not _listed_from(words, k, last):
            break  # "bij Dirk Kroes aan de Eperweg 50": a person and where he lives ("Weg langs de Heesch" is listed)
        van_then_street = word == "van" and first == last and (k + 1 == first or _articles_between(words, k + 1, first))
        if van_then_street and _person_before_van(words, k, last):
            break  # "met Henriëtte Plomp van de Sluisweg", "dhr. Van Ommeren van Loolaan 211": who, and from where
        if word in _CONNECTORS and word not in _ELISIONS:
            k -= 1
            continue
        if not in_capitals and word.isalpha() and any(c.isupper() for c in word[1:]) and not word.startswith("IJ"):
            break  # "NOTULEN ALV VvE Oranjeplein 1-39": a heading's capitals or an abbreviation, then the street
        if word == "Van" and k < first:
            # a street named after someone with a capitalised particle ("Van der Duynstraat 3"): its "Van"
            first = k
            k -= 1
            continue
        if not _is_name_word(word) or _place_ending_sentence(word):
            break
        if k + 1 < first and _is_sentence_word(word):
            break  # "Stuur het naar Oude Gracht 12", "Levering op Prinsengracht 263": a sentence, then the street
        first = k
        k -= 1
    return first


def _articles_between(words: list[_Word], start: int, stop: int) -> bool:
    """Only articles from ``words[start]`` up to ``words[stop]`` (``aan de Eperweg``), at least one."""
    return start < stop and all(words[i].text.lower() in _ARTICLES for i in range(start, stop))


def _person_before_van(words: list[_Word], van: int, last: int) -> bool:
    """A person and their street around ``words[van]`` (``person_name.person_then_street``: ``Henriëtte Plomp van de
    Sluisweg``, ``Van Ommeren van Loolaan``, ``Bert van de Schoolstraat``), not a street named after someone."""
    if van < 1 or words[van].opened or not _is_capitalised(words[van - 1].text):
        return False
    if words[van - 1].text.lower() in _STREET_TITLES:
        return False  # "Burgemeester van Walsumweg"
    # (a name's first word: no label's colon or sentence's comma before it, no common word - "Adres: Anna van
    # Burenstraat 6", "Ja, Rixt van Doniastraat 3" -, a particle capitalised: "Van Ommeren van Loolaan")
    before = words[van - 2].text if van >= 2 and not words[van - 1].opened else ""
    two = _is_name_word(before) and before.lower() not in _STREET_TITLES
    two = two and (before in ("Van", "De", "Den", "Ten", "Ter") or before.lower() not in common_words())
    first = van - 2 if two else van - 1
    if first >= 1 and not words[first].opened and words[first - 1].text.lower() in _ADDRESSEE_TITLES:
        first -= 1  # "Mevrouw Den Hartog van Zandweg 30": a title and a surname are a person as a full name is
    name = " ".join(w.text for w in words[first:van])
    between = [w.text.lower() for w in words[van + 1 : last]]
    article = between[0] if len(between) == 1 else None
    return person_then_street(name, article, words[last].text)


def _listed_from(words: list[_Word], preposition: int, last: int) -> bool:
    """A listed street of the gazetteer runs from the word before ``words[preposition]`` to ``words[last]``, the
    preposition and its article inside its name (``Park aan het Veer``, ``Weg in den Berg``)."""
    from afscherm.detectors.place_names import normalise, street_names  # place_names builds on this module

    if preposition < 1:
        return False
    name = " ".join(w.text for w in words[preposition - 1 : last + 1])
    return normalise(name) in street_names()


# Prepositions of place that a sentence puts right before a street ("woont in Rijssen op Haarstraat 51", "Modem op
# Hoofdweg 210"); a street's name holds them after a street word only ("Laan op Zuid"), which no house number follows
# directly. ("te" and "ter"/"ten" stay: "Huis te Landelaan", "Huis ter Heideweg".)
_PLACE_PREPOSITIONS = _words("op in aan naar onder over tot uit vanuit via langs")


def _place_ending_sentence(word: str) -> bool:
    """A listed place or a long common word and a full stop (``Nee, in Volkel. Zeelandsedijk 3``, ``Nieuwe.
    Sint-Jorisstraat 6``): the sentence before the street ends with it; a title's or first name's abbreviation
    (``St.``, ``Burg.``, ``Mr.``) is neither."""
    from afscherm.detectors.place_names import lookup  # place_names builds on this module

    if len(word) < 3 or not word.endswith(".") or not word[:-1].isalpha():
        return False
    if len(word) <= 6 and word.lower() not in _STREET_TITLES and word[:-1].lower() not in _STREET_TITLES:
        # a short common word and a full stop ("Prima. Dragonderweg 88", "Top. Kerkweg 3"); not a title ("Burg.")
        return word[:-1].lower() in common_words()
    # a place, or a common word of six letters or more ("Erik: Nieuwe. Sint-Jorisstraat 6"; no title is so long)
    return lookup(word[:-1]) is not None or (len(word) > 6 and word[:-1].lower() in common_words())


def _is_sentence_word(word: str) -> bool:
    """A capitalised word before a connector that is an ordinary word, not a name or a title."""
    lower = word.lower()
    return lower in common_words() and lower not in _STREET_TITLES


# Titles before a person's name in a street named after the person, and initials.
_PERSON_STREET_TITLES = _words(
    "dr dr. mr mr. prof prof. ds ds. burg burg. burgemeester ir ir. ing ing. mgr mgr. jhr jhr."
)
_INITIALS_WORD = re.compile(r"(?:[a-zA-Z]\.){1,4}")


def _named_after_someone(street: str) -> bool:
    """The street word's stem (without its road word, written out or shortened) is no common word: a surname, as a
    street named after someone bears it ("beckmanstr", "stikkerstraat"; not "kerkstraat", "dorpsstraat")."""
    lower = street.lower().rstrip(".")
    for ending in ("straat", "str", "laan", "ln", "weg", "wg", "plein", "singel", "kade", "dreef", "park", "hof"):
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            stem = lower[: -len(ending)]
            return stem not in common_words() and stem.rstrip("s") not in common_words()
    return False


def _listed_lower_start(words: list[_Word], last: int) -> int:
    """``last - 1`` when a listed first name that is no common word stands between an article and a lower-case road
    word (``de anne frankstraat``, ``op de marie curieweg 3``: a street named after a person, the first name written
    apart; a person's name takes no article), else ``last``."""
    if last < 2 or words[last].opened or words[last - 1].opened:
        return last
    name = words[last - 1].text
    if not name.islower() or name in common_words() or not is_first_name(name, lowercase_ok=True):
        return last
    return last - 1 if words[last - 2].text.lower() in _ARTICLES else last


def _extend_lower(words: list[_Word], last: int) -> int:
    """Index of the first word of a lowercase street ending at ``words[last]``: only titles
    ("prins hendrikkade", "burgemeester de withstraat") and an introduced "van" ("adres: van goghstraat")
    are taken, so "op de kerkstraat" stays "kerkstraat"."""
    first = last
    k = last - 1
    while k >= 0 and last - k <= 4 and not words[k + 1].opened:
        word = words[k].text.lower()
        if word in _STREET_TITLES:
            first = k
        elif word not in _NAME_CONNECTORS:
            break
        k -= 1
    if first < last:
        return first
    # a person's title or initials, then the person's name written apart: "dr wiardi beckmanstr 20", "mr. d.u.
    # stikkerstraat 4" (tuning_64); the title an academic's or a mayor's, the name one word of letters
    named = _named_after_someone(words[last].text)
    if named and last >= 2 and words[last - 1].text.isalpha() and words[last - 1].text.lower() not in common_words():
        k = last - 2
        while k >= 0 and _INITIALS_WORD.fullmatch(words[k].text) and not words[k + 1].opened:
            k -= 1
        if k >= 0 and words[k].text.lower() in _PERSON_STREET_TITLES and not words[k + 1].opened:
            return k
    if named and last >= 1 and words[last - 1].text.lower() in _PERSON_STREET_TITLES and not words[last].opened:
        return last - 1  # "prof lorentzln 9"
    if named and last >= 1:
        k = last - 1
        while k >= 0 and _INITIALS_WORD.fullmatch(words[k].text) and not words[k + 1].opened:
            k -= 1
        if k < last - 1 and k >= 0 and words[k].text.lower() in _PERSON_STREET_TITLES:
            return k
    listed = _listed_lower_start(words, last)
    if listed < last:
        return listed
    van = last - 1 if last >= 1 and words[last - 1].text.lower() == "van" else None
    if van is None and last >= 2 and words[last - 1].text.lower() in _ARTICLES:
        van = last - 2 if words[last - 2].text.lower() == "van" else None  # "van der helststraat"
    if van is None or any(w.opened for w in words[van + 1 : last + 1]):
        return last
    if van == 0 or words[van].opened:
        return van
    before = words[van - 1].text.lower()
    return van if before.endswith(":") or before in _VAN_INTRO else last


def _laan_van_start(words: list[_Word]) -> int | None:
    """First word of a street like ``Laan van Meerdervoort`` (bare street word, connector, name)."""
    last = len(words) - 1
    if not _is_name_word(words[last].text):
        return None
    saw_connector = False
    for k in range(last - 1, max(-1, last - 5), -1):
        if words[k + 1].opened:
            return None
        word = words[k].text
        if word in _CONNECTORS:
            saw_connector = True
        elif word.lower() in _SUFFIX_WORDS and _is_capitalised(word):
            return k if saw_connector else None
        elif not _is_name_word(word):
            return None
    return None


def _qualified_start(words: list[_Word]) -> _Street | None:
    """``Oude Rijn`` / ``lange voorhout``: a qualifier and one plain word, both in the same case."""
    last = len(words) - 1
    if last < 1 or words[last].opened:
        return None
    name, qualifier = words[last].text, words[last - 1].text
    if not name.isalpha() or len(name) < 3 or qualifier.lower() not in _POSITION_TITLES:
        return None
    if _is_capitalised(name) != _is_capitalised(qualifier) or name.lower() in _NOT_STREET_PREFIX:
        return None
    return _Street(last - 1, _is_capitalised(name), True)


def _has_initial(words: list[_Word], first: int, last: int) -> bool:
    return any(_INITIAL.fullmatch(words[k].text) for k in range(first, last))


# German streets write their street word apart after an adjective of a town's name ("Gocher Str. 18", "Kölner
# Straße 5"), capitalised.
_GERMAN_STREET_WORDS = frozenset({"Str.", "Straße", "Strasse"})


def _street_start(words: list[_Word]) -> _Street | None:
    """Where the street before a house number starts, if the words before it are a street."""
    last_word = words[-1].text
    if not last_word or last_word[-1] in _CLOSERS:
        return None
    last = len(words) - 1
    if last_word.lower() in _POST_BOX_WORDS:
        return _Street(last, _is_capitalised(last_word), False)  # "Postbus 9029": a postal address
    if last_word in _GERMAN_STREET_WORDS and last > 0 and _is_name_word(words[last - 1].text):
        return _Street(_extend_prefix(words, last - 1), True, False)  # "Gocher Str. 18", "Berliner Straße 3"
    if _is_compound_street(last_word):
        if not _is_capitalised(last_word):
            return _Street(_extend_lower(words, last), False, False)  # chat: "van goghstraat 5"
        first = _extend_prefix(words, last)
        if street_suffix(last_word.lower()) in _SURNAME_SUFFIXES and _has_initial(words, first, last):
            return None  # "F. Disselhof 35" is a person; "P.C. Hooftstraat 35" is a street
        return _Street(first, True, False)
    if last_word.lower() in _SUFFIX_WORDS and _is_capitalised(last_word):
        # "Oude Gracht 12"; a bare "Weg 2" needs a name before it, and "van Dijk 33" is a surname
        if last > 0 and words[last - 1].text.lower() in _CONNECTORS:
            # ("op de Markt 12", "aan de Brink 4": a bare street takes its article; "van Dijk 33" is a surname)
            bare = last_word.lower() in _BARE_STREETS and words[last - 1].text.lower() in _ARTICLES
            return _Street(last, True, True) if bare else None
        first = _extend_prefix(words, last)
        if first < last:
            return _Street(first, True, False)
        # "Markt 12", "Brink 4": a street word that names a street on its own in many towns, with an address around
        return _Street(last, True, True) if last_word.lower() in _BARE_STREETS else None
    if last_word.lower() in _BARE_STREETS:
        # (a street word the endings above do not read, or one in lower case: "adres: brink 4, diepenheim")
        return _Street(last, _is_capitalised(last_word), True)
    start = _laan_van_start(words)
    if start is not None:
        return _Street(start, True, False)
    start = _french_start(words)
    if start is not None:
        return _Street(start, True, False)
    abroad = _abroad_start(words)
    if abroad is not None:
        return abroad
    return _qualified_start(words) or _southern_start(words) or _german_start(words) or _listed_street_start(words)


def _listed_street_start(words: list[_Word]) -> _Street | None:
    """A street of the BAG without a street ending (``Weteringschans``, ``achter de hoven``): many are words too
    (``Passage``, ``Blok``, ``Pier``), so it needs an address word before it or a postcode after it."""
    from afscherm.detectors.place_names import normalise, street_last_words, street_names

    last = len(words) - 1
    # (the last word's last part: a hyphenated "oost-indie" ends "Laan van Nieuw-Oost-Indië" as "indie")
    if normalise(words[last].text).rpartition(" ")[2] not in street_last_words():
        return None  # most words before a number end no listed street: one set test
    for first in range(max(0, last - 3), last + 1):
        if any(w.opened for w in words[first + 1 : last + 1]):
            continue
        phrase = " ".join(w.text for w in words[first : last + 1])
        if phrase[-1:] in _CLOSERS or normalise(phrase) not in street_names():
            continue
        capitalised = _is_capitalised(words[first].text)
        if capitalised != _is_capitalised(words[last].text):
            continue  # "mijn Blok", "De kamp": one case throughout
        return _Street(first, capitalised, True)
    return None


# Belgian (French) streets put the street word first: "Rue de la Loi 16", "Avenue Louise 54", "Chaussée de
# Wavre 12". French writes that word in lower case in running text and addresses ("avenue Louis Bertrand 61", "rue
# Herkoliers 33", tuning_152): read so too, its name still capitalised; not "place" nor "impasse", English words.
_FRENCH_STREET_WORDS = _words("rue avenue av. chaussée chaussee boulevard bd quai chemin impasse place")
_FRENCH_STREET_WORDS_CAPITALISED_ONLY = _words("place impasse av. bd")
_FRENCH_CONNECTORS = _words("de la le les du des l' d' à au aux")


def _french_start(words: list[_Word]) -> int | None:
    last = len(words) - 1
    if not _is_name_word(words[last].text):
        return None
    for k in range(last - 1, max(-1, last - 6), -1):
        if words[k + 1].opened:
            return None
        word = words[k].text
        if word.lower() in _FRENCH_STREET_WORDS and _is_capitalised(word):
            return k
        if word.lower() in _FRENCH_STREET_WORDS and word.lower() not in _FRENCH_STREET_WORDS_CAPITALISED_ONLY:
            # (after its number, France's writing: "12 rue des Tanneurs\t59000", the number after it a postcode)
            return None if k > 0 and words[k - 1].text[:1].isdigit() else k
        if word.lower() not in _FRENCH_CONNECTORS and not _is_name_word(word):
            return None
    return None


# Streets abroad that open with their street word ("ul. Klonowa 17/4" in Poland, "Rua do Souto 212" in Portugal,
# "ulitsa Aleksandrovska 24" in Bulgaria, "kaya kanari 12" on Curaçao, "Calle Mayor 5", tuning_55/56) ...
_ABROAD_FIRST_WORDS = _words(
    "ul. ul ulica ulitsa ulitza rua avenida avda. calle carrer rruga strada viale piazza praça praca kaya bulevar bul. "
    # (Peru's "jirón", a Moroccan town's quarter "hay": "Jirón Ayacucho 512", "hay el massira nr 14", tuning_57/58)
    "jirón jiron jr. pasaje carrera hay "
    # (Indonesia's "jalan", written "jl." or "jln.": "Jl. Merdeka 5", tuning_61)
    "jalan jl. jln. "
    # (Ukraine's "вулиця", Russia's and Bulgaria's "улица", boulevards and avenues, in Cyrillic and in Latin letters:
    # "вул. Шахтарська 8", "ул. Раковска 27", "vul. Sadova 21", tuning_65/67/68)
    "вул. вулиця ул. улица бул. бульвар пр. просп. проспект пров. провулок пер. переулок vul. vulytsia "
    "via str. av. largo travessa"
)
# ... of which these are Dutch words or abbreviations too: a capitalised name must follow them ("Via Roma 3", not "via
# de app 3 keer")
_ABROAD_FIRST_DUTCH = _words("via str. av. largo")
_ABROAD_LINKS = _words("do da dos das de del della di la el al e")
# ... or end with it after the name ("Žirmūnų g. 64-12", "savanoriu pr 118-7" in Lithuania, "Kossuth utca 3", "Atatürk
# Cad. 12", "Brīvības iela 5")
# (Hungary's "u." for utca, Turkey's "mah." for the quarter: "Kossuth u. 7", "Cumhuriyet mah. 14", tuning_59/60)
# (and Lithuania's "al." for alėja: "Laisvės al. 52", tuning_63)
_ABROAD_LAST_WORDS = _words(
    "g. gatvė gatve pr. pr prospektas al. alėja aleja utca u. cad. caddesi sok. sokak sokağı mah. mahallesi iela tänav"
)
# (their abbreviations end with a dot before the number: "mah. 14", "u. 7", "g. 64-12")
_ABROAD_DOTTED_ENDS = (" u.", " g.", "pr.", "al.", "mah.", "cad.", "sok.")
# ... of which these are Dutch words or abbreviations too: a capitalised name must stand before them ("Kossuth u. 7",
# not "dank u. 12 mensen")
_ABROAD_LAST_DUTCH = _words("u. al.")
_ABROAD_NAME_WORDS = 4


def _abroad_start(words: list[_Word]) -> _Street | None:
    """The street word of a street abroad (see ``_ABROAD_FIRST_WORDS``) and the name words after it before the
    number; or the name word before a street word that closes it (``_ABROAD_LAST_WORDS``)."""
    last = len(words) - 1
    final = words[last].text
    if final.lower() in _ABROAD_LAST_WORDS:
        name = words[last - 1].text if last > 0 else ""
        if final.lower() in _ABROAD_LAST_DUTCH and not _is_capitalised(name):
            return None
        if last > 0 and not words[last].opened and name.replace("-", "").isalpha():
            return _Street(last - 1, _is_capitalised(name), False)
        return None
    if not final.replace("-", "").isalpha():
        return None
    names: list[str] = []
    for k in range(last, max(-1, last - _ABROAD_NAME_WORDS - 1), -1):
        word = words[k].text
        lowered = word.lower()
        if k < last and lowered in _ABROAD_FIRST_WORDS:
            # One case throughout: capitalised names after a capitalised street word or one that is a Dutch word too
            # ("Via Roma 3", not "via Makelaardij Dekker loopt per 1", nor "Berivan Kaya jij reed toch route 3");
            # after a street word in lower case, names in lower case that are no common word ("kaya kanari 12"), or
            # capitalised ones.
            if _is_capitalised(word) or lowered in _ABROAD_FIRST_DUTCH:
                ok = all(_is_capitalised(n) for n in names)
            else:  # ("ul. Klonowa 17/4", "ulitsa Aleksandrovska 24": capitalised names after one in lower case too)
                ok = all(n.islower() and n not in common_words() for n in names) or all(
                    _is_capitalised(n) for n in names
                )
            return _Street(k, _is_capitalised(word), False) if ok and names else None
        if words[k].opened or not (lowered in _ABROAD_LINKS or word.replace("-", "").isalpha()):
            return None
        if lowered not in _ABROAD_LINKS:
            names.append(word)
    return None


# German streets named by a preposition and its article before a name, no street word at all ("Am Waltenberg 17",
# "Im Winkel 3", "An der Linde 5", "Zum Sportplatz 2"): capitalised throughout, and only with an address around them
# (an address word near, a postcode after), as the name is a plain word.
_GERMAN_FUSED_PREPOSITIONS = frozenset({"Am", "Im", "Zum", "Zur", "Beim", "Hinterm", "Vorm", "Unterm"})
_GERMAN_PREPOSITIONS = frozenset({"An", "Auf", "In", "Unter", "Hinter", "Vor", "Über", "Bei", "Zu"})
_GERMAN_ARTICLES = frozenset({"der", "dem", "den"})
_GERMAN_NAME_WORDS = 2  # "Am Alten Markt 4", "Am Waltenberg 17"


def _german_start(words: list[_Word]) -> _Street | None:
    """The preposition (and article) opening a German street of one or two capitalised words before the number."""
    last = len(words) - 1
    for k in range(last - 1, max(-1, last - 1 - _GERMAN_NAME_WORDS), -1):
        if words[k + 1].opened or not _is_name_word(words[k + 1].text):
            return None
        word = words[k].text
        if word in _GERMAN_FUSED_PREPOSITIONS:
            return _Street(k, True, True)
        if word in _GERMAN_ARTICLES and k > 0 and words[k - 1].text in _GERMAN_PREPOSITIONS and not words[k].opened:
            return _Street(k - 1, True, True)
    return None


# Spanish, Portuguese, Catalan and Italian streets put the street word first too ("Calle Mayor 5", "calle de la paz 12",
# "Rua Augusta 40", "via roma 3"): several are words or names too ("Via", "Largo", "Plaza"), so only with an address
# around them: a postcode after the number (their five digits, "46003 valencia"), or an address word before.
_SOUTHERN_STREET_WORDS = _words("calle avenida avda. paseo plaza carrer rua travessa via viale piazza corso largo")
_SOUTHERN_CONNECTORS = _words("de del la las los el dos da do das di della delle dei d' l' i y e")


def _southern_start(words: list[_Word]) -> _Street | None:
    """The street word and the name words after it before the number, all in one case (``calle de la paz``,
    ``Calle Mayor``); the street needs an address around it."""
    last = len(words) - 1
    for k in range(last - 1, max(-1, last - 6), -1):
        if words[k + 1].opened:
            return None
        word = words[k].text
        if word.lower() in _SOUTHERN_STREET_WORDS:
            name = [w.text for w in words[k + 1 :]]
            if not all(w.isalpha() for w in name) or name[-1].lower() in _SOUTHERN_CONNECTORS:
                return None
            capitalised = _is_capitalised(word)
            if any(_is_capitalised(w) != capitalised for w in name if w.lower() not in _SOUTHERN_CONNECTORS):
                return None  # "via Jan 12": one case throughout
            return _Street(k, capitalised, True)
        if word.lower() not in _SOUTHERN_CONNECTORS and not (word.isalpha() and len(word) > 1):
            return None
    return None


# The side or part of a long street written between its name and the number, in full or as its letter ("Hoofdstraat
# Oost 23", "Hoofdstraat W 90", "Dorpsstraat OZ 4": a village's main road numbered per side).
_STREET_SIDES = frozenset("Noord Oost Zuid West N O Z W NZ OZ ZZ WZ Noordzijde Oostzijde Zuidzijde Westzijde".split())
_LOWER_STREET_SIDES = frozenset("noordzijde oostzijde zuidzijde westzijde".split())


def _side_of_street(words: list[_Word]) -> bool:
    """The last word before the number is a street's side and a capitalised word with a street ending stands before
    it (not "naar het Oost 3", "richting Zuid 2": a side alone names no street)."""
    if len(words) < 2 or words[-1].opened:
        return False
    head, side = words[-2].text, words[-1].text
    if side in _STREET_SIDES:
        return (_is_compound_street(head) or _listed_long_street_word(head)) and _is_capitalised(head)
    # a chat writes the side in lower case too, spelled whole ("hoofdvaart westzijde 88")
    return (
        side in _LOWER_STREET_SIDES and head.islower() and (_is_compound_street(head) or _listed_long_street_word(head))
    )


def _listed_long_street_word(word: str) -> bool:
    """A word of eight letters or more that the BAG names a street by alone and no ending tells (``Hoofdvaart``,
    ``Kolonievaart``): before a side it is the street's name ("Hoofdvaart Oostzijde 41-b")."""
    from afscherm.detectors.place_names import normalise, street_names  # place_names builds on this module

    return len(word) >= 8 and word.isalpha() and normalise(word) in street_names()


@lru_cache(maxsize=1)
def _sided_heads() -> frozenset[str]:
    """First words of the BAG streets named per side with a word no ending tells (``vaart oostzijde``, ``vaart nz``)."""
    from afscherm.detectors.place_names import street_names

    sides = {side.lower() for side in _STREET_SIDES} | {"n.z", "o.z", "z.z", "w.z"}
    return frozenset(
        head
        for name in street_names()
        if name.count(" ") == 1 and name.split(" ")[1] in sides and (head := name.split(" ")[0]) not in _CONNECTORS
    )


def _sided_street_head(words: list[_Word]) -> bool:
    """A street's side read as the street ("Zuidzijde 118") with the capitalised name of a street the BAG names per
    side right before it ("Vaart Zuidzijde 118"; not "De Zuidzijde 4", nor "gehuurde: Zuidzijde 4")."""
    if len(words) < 2 or words[-1].text not in _STREET_SIDES or words[-1].opened:
        return False
    head = words[-2].text
    return head.isalpha() and _is_capitalised(head) and head.lower() in _sided_heads()


# Words that say an address is being given or asked for: where someone lives or moves, a house number, a delivery.
_ADDRESS_CUE = re.compile(
    r"(?<![\w'’])(?:\w*adres\w*|huisnummer|huisnr|woon|woont|wonen|woonachtig|verhuisd|verhuist|bezorg\w*)(?![\w'’])"
)
_ADDRESS_CUE_REACH = 160  # characters before the street: its line and the turn before it
# A question where to go, as a visitor on the way asks for the address ("waar moet ik zijn?", "waar moeten we
# heen?"): the answer names a street; only a long one, as "perron 4" and "zaal 2" answer it too.
_WHERE_TO_GO = re.compile(
    r"(?<![\w'’])waar[ \t]+(?:moet|moeten)[ \t]+(?:ik|we|wij|jij|je|jullie|hij|ze|zij)[ \t]+"
    r"(?:zijn|wezen|heen|naartoe)(?![\w'’])"
)


def _address_cue_near(text: str, words: list[_Word], first: int) -> bool:
    """An address word earlier on the street's line or on the line before it, a chat's turn that asked for or gave the
    address ("jullie huisnummer klopt niet?" / "oude haven 22 toch", "ze woont nu in Meppel! Zuideinde 201"). Only
    for a street of two words or a long one: a short word is a word too often ("ze woont in Zwolle, Blok 4 gehaald")."""
    street = " ".join(w.text for w in words[first:]).lower()
    # ("naar de Markt 24": a street word that names a whole street in many towns, capitalised after its article)
    bare = (
        first == len(words) - 1
        and first > 0
        and street in _BARE_STREETS
        and _is_capitalised(words[first].text)
        and words[first - 1].text.lower() in _ARTICLES
        and _number_closes(text, words[first].start + len(words[first].text))
    )
    if not bare and (
        street in common_words() or (" " not in street and len(street) < _LONG_STREET and not _rare_word(street))
    ):
        return False
    last = words[-1].text.lower()
    if last in common_words() and last not in _SUFFIX_WORDS and not bare:
        return False  # "mijn adres is oud, nieuwe versie 2": a qualifier and a word; "oude haven 22" is a street
    start = words[first].start
    lo = max(0, start - _ADDRESS_CUE_REACH)
    line = text.rfind("\n", lo, start)
    if line >= 0:  # the street's line and the one before it
        lo = text.rfind("\n", lo, line) + 1 or lo
    lowered = text_facts(text).lowered
    if _ADDRESS_CUE.search(lowered, lo, start) is not None:
        return True
    return (" " in street or len(street) >= _LONG_STREET) and _WHERE_TO_GO.search(lowered, lo, start) is not None


# A house number right after a street and what closes its phrase ("de Markt 24.", "de Markt 24\n").
_CLOSING_NUMBER = re.compile(r"[ \t]+[1-9]\d{0,4}[a-zA-Z]?(?:-[\w]{1,3})?(?=[ \t]*(?:[,.;!?)\n]|$))")


def _number_closes(text: str, end: int) -> bool:
    """The house number after the street ending at ``end`` closes its phrase (not "de Markt 24 kramen")."""
    return _CLOSING_NUMBER.match(text, end) is not None


def _has_address_word(words: list[_Word], first: int) -> bool:
    """An address word just before the street, over prepositions ("nieuw adres:", "k woon op de")."""
    k = first - 1
    while k >= 0 and words[k].text.lower() in _ADDRESS_LINKS:
        k -= 1
    return k >= 0 and _is_address_word(words[k].text)


def _is_address_word(word: str) -> bool:
    """A word of :data:`_ADDRESS_WORDS`, or any compound naming a postal address by its use (``leveradres``,
    ``factuuradres``, ``vestigingsadres``, ``correspondentieadres``); not an e-mail, IP or web address."""
    lower = word.lower().rstrip(":,")
    if lower in _ADDRESS_WORDS:
        return True
    return len(lower) > 6 and lower.endswith("adres") and not lower.endswith(_NOT_POSTAL_ADDRESSES)


_NOT_POSTAL_ADDRESSES = ("mailadres", "ip-adres", "ipadres", "webadres", "macadres", "mac-adres", "netwerkadres")


# What parts a house number from the postcode after it: a comma, a line break, or a letterhead's or footer's separator
# ("Vlasakker 3 | 5731 RJ Mierlo", "Oude Rijn 190 · 5929 JW").
_BEFORE_POSTCODE = re.compile(r"[ \t\u00a0]*[,|·•]?[ \t\u00a0]*\n?[ \t\u00a0]*")


# A postcode of four or five digits after a comma and the number, before a word: a Belgian, German or southern
# address ("calle de la paz 12, 46003 valencia", "Via Roma 3, 00184 Roma").
_FOREIGN_CODE_AFTER = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]*(?:[A-Z]-)?\d{4,5}[ \t\u00a0]+[^\W\d_]")


def _postcode_follows(text: str, end: int, strict: bool = False) -> bool:
    """A postcode right after the house number, on the same line or the next ("Oude Rijn 190\\n5929 JW"); ``strict``:
    in capitals, and not letters that are a unit or a word as often ("12, 1024 MB")."""
    gap = _BEFORE_POSTCODE.match(text, end)
    code = _POSTCODE.match(text, gap.end()) if gap is not None else None
    if code is None:
        return False
    if not strict or code.group(2).isupper() and code.group(2) not in _AMBIGUOUS_LETTERS:
        return True
    # (letters that are a unit as often, with a listed place after them: "Vlierhoek 6, 7448 PB Haarle", tuning_102)
    if not code.group(2).isupper() or text[code.end() : code.end() + 1] not in (" ", "\t"):
        return False
    tokens = _tokens_from(text, code.end() + 1, _line_end(text, code.end(), 80))
    return bool(tokens) and _listed_place(text, tokens, any_case=True) is not None


_LONG_STREET = 8  # letters of a one-word listed street that is seldom a common word too ("Meerkoet", not "Passage")


# What parts a house number from its place on its line: a comma, or "te"/"in" ("Noorderdwarsvaart 211 te Drachten").
_PLACE_AFTER_NUMBER = re.compile(r",[ \t]+|[ \t]+(?:te|in)[ \t]+")
_SPACE_THEN_CAPITAL = re.compile(r"[ \t]+(?=[A-Z'’])")
_SPACE_THEN_LOWER = re.compile(r"[ \t]+(?=[a-z'’])")
# (its own name: under the spoken numbers' name _ENDS_HERE below, that pattern replaced this one until the 38th session)
_PLACE_ENDS_LINE = re.compile(r"[ \t]*(?:[.,;!?)]|\n|$)")


# Street words that are a street's whole name in ten or more Dutch towns (the BAG's public spaces, 2019: Markt 170,
# Singel 81, Brink 71, Dreef 65 …): a house number after one is an address when a place, a postcode or an address word
# is beside it. ("Haven", "Ring", "Hof", "Baan", "Wal" and "Plein" are too often words of another sense.)
_BARE_STREETS = _words("markt singel brink dreef kade plantsoen steeg dijk vliet burgwal boulevard")
_WIDE_GAP_BEFORE = re.compile(r"(?:^|\n|[ \t]{2,}|\t)$")
_WIDE_GAP_PLACE = re.compile(r"[ \t]{2,}|\t")


def _place_at_line_end(text: str, pos: int) -> bool:
    tokens = _tokens_from(text, pos, _line_end(text, pos, 80))
    return bool(tokens) and _listed_place(text, tokens, any_case=True) is not None


# What parts a bare street's number from its place: a comma, a receipt's wide gap, "te"/"in".
_BARE_STREET_GAP = re.compile(r",[ \t]+|[ \t]{2,}|[ \t]+(?:te|in)[ \t]+")


_LONG_NAME_WORD = 10  # letters of a street's one-word name no ending tells ("Godebaldkwartier", "Weteringschans")


_SHORT_NAME_WORD = 4  # letters of such a word with a full postcode after its number ("Meir 45, 2000 Antwerpen")
# A foreign postcode after a comma and the number, before its place: "45, 2000 Antwerpen", "12, D-52062 Aachen".
_FOREIGN_CODE_PLACE = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]*(?:[A-Z]-)?(\d{4,5})[ \t\u00a0]+(?=[A-ZÀ-Ý])")


def _foreign_code_place_follows(text: str, end: int) -> bool:
    """A Belgian or German postcode and a place of their list (five digits: one further abroad too) right after the
    number."""
    from afscherm.detectors.place_names import foreign_and_abroad_places, foreign_places, normalise

    m = _FOREIGN_CODE_PLACE.match(text, end)
    if m is None:
        # (or a postcode abroad in its own writing: "Hlavná 44, 040 01 Košice", "Údolní 48, 602 00 Brno", tuning_57/59)
        m = _ABROAD_CODE_PLACE.match(text, end)
        if m is None:
            return False
    listed = foreign_and_abroad_places() if len(m.group(1)) != 4 else foreign_places()
    words = [_token_text(t) for t in _tokens_from(text, m.end(), _line_end(text, m.end(), 80))]
    return any(normalise(" ".join(words[:k])) in listed for k in range(len(words), 0, -1))


_PLACE_CLOSING = re.compile(r",[ \t]+")


def _answers_with_place(text: str, line_start: int, num_end: int) -> bool:
    """The line at ``line_start`` answers a question for the address, and after the number at ``num_end`` a comma and a
    listed place close the line or its sentence."""
    gap = _PLACE_CLOSING.match(text, num_end)
    if gap is None or not _answers_address_question(text, line_start):
        return False
    tokens = _tokens_from(text, gap.end(), _line_end(text, gap.end(), 80))
    place = _listed_place(text, tokens) if tokens else None
    return place is not None and _ENDS_PHRASE.match(text, place[1]) is not None


def _place_closes(text: str, num_end: int) -> bool:
    """A comma and a listed place right after the number at ``num_end``, closing its line or sentence."""
    gap = _PLACE_CLOSING.match(text, num_end)
    if gap is None:
        return False
    tokens = _tokens_from(text, gap.end(), _line_end(text, gap.end(), 80))
    place = _listed_place(text, tokens) if tokens else None
    return place is not None and _ENDS_PHRASE.match(text, place[1]) is not None


def _cued_capitalised_street(text: str, words: list[_Word], num_end: int) -> _Street | None:
    """Capitalised words no ending or list tells right after an address word, a house number and a listed place
    closing the phrase: the whole address in one run ("nu wonend Vaartsche Rijn 60-bis, Utrecht", "adres: Lange
    Voort 3, Oegstgeest"). Not a first name before the number ("woont bij Anna 3, Zwolle" names no street), nor
    capitalised words without the cue or the place."""
    last = len(words) - 1
    if last < 1 or words[last].opened or not words[last].text.isalpha() or not _is_capitalised(words[last].text):
        return None
    if is_first_name(words[last].text) or words[last].text.lower() in _ADDRESS_LINKS:
        return None
    first = _extend_prefix(words, last)
    if first == 0 or not _has_address_word(words, first):
        return None
    street = " ".join(w.text for w in words[first:]).lower()
    if words[first].text.lower() in _ADDRESS_LINKS or street in common_words() or " " not in street:
        return None  # a capitalised preposition ("In Zwolle 3"), a word ("Groot 3"), one word: too often no street
    return _Street(first, True, False) if _place_closes(text, num_end) else None


def _long_word_street(words: list[_Word], shortest: int = 0) -> _Street | None:
    """A long capitalised word that is no common word, first name or surname, right before the number: a street whose
    name no ending or list tells (a district's "…kwartier", a new estate's name), only with a listed place after it
    (see :func:`_bare_street_place`); one of ``shortest`` letters or more with a postcode after it."""
    word = words[-1].text
    lower = word.lower()
    if (
        len(word) < (shortest or _LONG_NAME_WORD)
        or not word.isalpha()
        or not _is_capitalised(word)
        or lower in common_words()
    ):
        return None
    if is_first_name(word) or is_family_name(word) and not (shortest and _no_person_before(words)):
        return None  # (a surname too only with a postcode after it and no initial, first name or title before it)
    return _Street(len(words) - 1, True, True)


def _no_person_before(words: list[_Word]) -> bool:
    """No initial, first name or addressee's title right before the last word ("Meir 45", not "F. Meir 45")."""
    if len(words) < 2 or words[-1].opened:
        return True
    before = words[-2].text
    return not (_INITIAL.fullmatch(before) or is_first_name(before) or before.lower() in _ADDRESSEE_TITLES)


def _bare_street_place(text: str, words: list[_Word], first: int, end: int) -> bool:
    """A listed place right after the number of a street named by a street word alone, or by a long word no list
    knows (:func:`_long_word_street`), on its line ("Markt 12  Nunspeet" on a receipt, "brink 4, diepenheim",
    "Godebaldkwartier 12  UTRECHT")."""
    if first != len(words) - 1:
        return False
    word = words[first].text
    if word.lower() not in _BARE_STREETS:
        # a long word no list knows only in a letterhead's or receipt's columns: a wide gap before and after it
        # ("MEGASTORE  Godebaldkwartier 12  UTRECHT"; not "Hoofdkantoor 2 in Utrecht")
        if len(word) < _LONG_NAME_WORD or not _is_capitalised(word):
            return False
        if not _WIDE_GAP_BEFORE.search(text, max(0, words[first].start - 4), words[first].start):
            return False
        gap = _WIDE_GAP_PLACE.match(text, end)
        return gap is not None and _place_at_line_end(text, gap.end())
    gap = _BARE_STREET_GAP.match(text, end)
    if gap is None:
        return False
    tokens = _tokens_from(text, gap.end(), _line_end(text, gap.end(), 80))
    return bool(tokens) and _listed_place(text, tokens, any_case=True) is not None


# A comma after a house number, then a place closing its phrase (or before a bracketed aside): "trimunt 4, marum (by
# heit en mem)".
_COMMA_BEFORE_PLACE = re.compile(r"[ \t]*,[ \t]*|[ \t]{1,2}(?![ \t])")  # (no column's wide gap)
# (or a chat's question tag after the place: "adres blijft marshoek 14 heino right?", "Schoolbos 2 Heino toch?")
_PLACE_CLOSES = re.compile(r"[ \t]*(?:[,.!?;()\n]|$)|[ \t]+(?i:right|toch|hè|he|oké|ok|ja|nee)[ \t]*[?!.,\n]")


def _is_dutch_listed(value: str) -> bool:
    """``value`` names a Dutch place of the gazetteer, not one known only abroad."""
    from afscherm.detectors.place_names import lookup, world_only_places  # place_names builds on this module

    found = lookup(value)
    return found is not None and found[0] not in world_only_places()


_HOUSE_NUMBER_WORD = re.compile(r"\d{1,4}[a-zA-Z]?")


def _lower_rare_street_before_place(text: str, words: list[_Word], end: int) -> bool:
    """A street typed as one word no list knows (not a word of any list, no name, no place), its number, a comma or a
    blank and a listed place closing the phrase or a chat's question: an address whose street no ending tells
    ("trimunt 4, marum", "marshoek 14 heino right?"); the listed place after it is what makes the word a street."""
    from afscherm.detectors.name_slots import word_like  # (it reads person_name's lists, which read this module)
    from afscherm.detectors.place_names import ENGLISH_WORDS, lookup

    word = words[-1].text
    if not (word.islower() or _is_capitalised(word)) or lookup(word) is not None:
        return False
    low = word.lower()
    if not _rare_word(low) or low in ENGLISH_WORDS or word_like(low):
        return False  # ("Offerte 2026-311", "Factuur 12": a document's word and number)
    if sum(c.isdigit() for c in text[words[-1].start + len(word) : end]) > 3:
        return False  # four digits and a place are a foreign postcode ("otthon 6720 Szeged")
    if len(words) > 1 and _HOUSE_NUMBER_WORD.fullmatch(words[-2].text):
        return False  # a word after another address's number is its room or a correction ("sluisweg 31 pokój 4")
    gap = _COMMA_BEFORE_PLACE.match(text, end)
    if gap is None or gap.end() == end:
        return False
    at = gap.end()
    code = _POSTCODE.match(text, at)
    if code is not None and text[code.end() : code.end() + 1] == " ":
        at = code.end() + 1  # (a Dutch postcode between: "vlierhoek 6, 7448 PB haarle", tuning_102)
    tokens = _tokens_from(text, at, _line_end(text, at, 80))
    place = _listed_place(text, tokens, any_case=True) if tokens else None
    if place is None or _PLACE_CLOSES.match(text, place[1]) is None:
        return False
    # without a comma, a place typed in lower case is a Dutch one ("kontener 7 rano,": Polish "in the morning")
    return "," in gap.group() or not text[place[0] : place[1]].islower() or _is_dutch_listed(text[place[0] : place[1]])


def _town_or_district_before(text: str, words: list[_Word], first: int, end: int) -> bool:
    """A listed place or a district of the list, capitalised and set apart by a comma right before the street, its
    number closing the phrase: the address written place first ("Per 1 mei Lunetten, Kruidenwaardpad 12.",
    "Batau-Zuid, Wildenburgsdonk 8"); not a sentence going on after the number."""
    from afscherm.detectors.place_names import lookup

    if first == 0 or not _number_closes(text, words[-1].start + len(words[-1].text)):
        return False
    if _too_plain_a_street(words, first):
        return False  # "Zwolle, Blok 4.", "Zwolle, Teamvergadering 3.": a word or a thing
    for k in range(max(0, first - 3), first):
        phrase = " ".join(w.text for w in words[k:first])
        if _is_capitalised(words[k].text) and phrase.endswith(",") and lookup(phrase[:-1], with_districts=True):
            return True
    return False


def _too_plain_a_street(words: list[_Word], first: int) -> bool:
    """The street's words are a common word, a short word no rare name, a Dutch word of OpenTaal's list, or one
    compound a common word closes."""
    from afscherm.detectors.place_names import street_words

    street = " ".join(w.text for w in words[first:]).lower()
    if street in common_words() or (" " not in street and len(street) < _LONG_STREET and not _rare_word(street)):
        return True  # ("Blok 4": a short word is a word too often)
    # ("Perron 3": a word; "Teamvergadering 3": a thing)
    return " " not in street and (street in street_words() or _ends_in_common_word(street))


# A verb of living right after the house number: the street and number say where someone lives ("dat u misschien op
# Kloosterakker 18 woont?", "die op Weidebloem 4 wonen").
_LIVING_AFTER = re.compile(r"[ \t]+(?:woon|woont|wonen|woonde|woonden|gewoond|verhuist|verhuisd)(?![\w'’])")


def _living_verb_after(text: str, words: list[_Word], first: int, end: int) -> bool:
    """A verb of living right after the number at ``end``, after a street that is no plain word."""
    return _LIVING_AFTER.match(text, end) is not None and not _too_plain_a_street(words, first)


# "zitten op" as a chat says where its writers live or stay ("wij zitten op Lijsterbes 20, ook geen stroom"): the verb,
# up to three short words (its subject, an adverb) and "op" right before the street.
_SITTING_AT = re.compile(
    r"(?<![\w'’])(?:zit|zitten|zat|zaten)(?:[ \t]+(?:wij|we|ze|zij|jullie|ik|hij|nu|nog|dus|gewoon|zelf|al|ook|sinds"
    r"|kort|allang|daar|hier)){0,3}[ \t]+op[ \t]+$",
    re.IGNORECASE,
)
_SITTING_AT_REACH = 60


def _sitting_at_before(text: str, words: list[_Word], first: int) -> bool:
    """A capitalised listed street after "zit(ten) ... op", its number closing the phrase, when the street is no
    common word, no short word (``Perron 3``, ``Dek 2``: a platform, a deck) nor a compound a common word closes."""
    start = words[first].start
    if not _distinct_capitalised_street(words, first):
        return False
    if _SITTING_AT.search(text[max(0, start - _SITTING_AT_REACH) : start]) is None:
        return False
    last = words[-1]
    return _number_closes(text, last.start + len(last.text))


# A preposition right before a listed street ("ophalen op Molenwiek 3.", "kom naar Zeswielen 8", tuning_73/75): with
# a street no common word is written as and its number closing the phrase, the address (as after "zitten op").
_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’])(?:op|aan|naar|bij|vanaf)[ \t]+$", re.IGNORECASE)


def _preposition_before(text: str, words: list[_Word], first: int) -> bool:
    """A capitalised listed street right after :data:`_PREPOSITION_BEFORE`, distinct and its number closing the
    phrase (see :func:`_sitting_at_before`)."""
    start = words[first].start
    if not _distinct_capitalised_street(words, first):
        return False
    if _PREPOSITION_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    last = words[-1]
    return _number_closes(text, last.start + len(last.text))


def _distinct_lower_street(words: list[_Word], first: int) -> bool:
    """The listed street ``words[first:]`` in lower case throughout, no common word, no short word nor a compound a
    common word closes (:func:`_distinct_capitalised_street` read in a chat's lower case: "sudergoa 7", "de wetering
    27")."""
    if not all(w.text.islower() for w in words[first:]):
        return False
    capitalised = [words[first]._replace(text=words[first].text.capitalize()), *words[first + 1 :]]
    return _distinct_capitalised_street(capitalised, 0)


def _distinct_capitalised_street(words: list[_Word], first: int) -> bool:
    """The capitalised street ``words[first:]`` is no common word, no short word (``Perron``, ``Dek``) nor a compound
    a common word closes."""
    from afscherm.detectors.place_names import street_words

    if not _is_capitalised(words[first].text):
        return False
    street = " ".join(w.text for w in words[first:]).lower()
    if street in common_words() or _ends_in_common_word(street):
        return False
    return " " in street or len(street) >= _LONG_STREET or (street not in street_words() and _rare_word(street))


# A parcel or a letter sent to the address: a verb of sending before "naar" ("stuur het pakket naar Kerkewijk 58",
# "graag opsturen naar ..."), or right after the number ("naar Kerkewijk 58 sturen", "naar ... 58 laten bezorgen").
_SENDING = (
    r"(?:stuur|stuurt|sturen|gestuurd|opsturen|opgestuurd|versturen|verstuurd|verzenden|verzonden|terugsturen"
    r"|doorsturen|bezorg|bezorgen|bezorgd|leveren|geleverd|afleveren|afgeleverd|brengen|gebracht|retour)"
)
_SENT_BEFORE = re.compile(rf"(?<![\w'’]){_SENDING}(?![\w'’])[^.!?\n]{{0,40}}(?<![\w'’])naar[ \t]+$", re.IGNORECASE)
_SENT_AFTER = re.compile(
    rf"(?:[ \t]+(?:te|laten|worden|wordt|kunnen|gaan)){{0,2}}[ \t]+{_SENDING}(?![\w'’])", re.IGNORECASE
)
_SENT_REACH = 60


def _sent_to_street(text: str, words: list[_Word], first: int, end: int) -> bool:
    """A capitalised listed street after "naar", with a verb of sending before "naar" or after the number at ``end``
    (``_SENT_BEFORE``, ``_SENT_AFTER``), the street no common or short word (:func:`_distinct_capitalised_street`)."""
    start = words[first].start
    if not text[max(0, start - 8) : start].rstrip(" \t").lower().endswith("naar"):
        return False
    if not _distinct_capitalised_street(words, first):
        return False
    return (
        _SENT_AFTER.match(text, end) is not None
        or _SENT_BEFORE.search(text[max(0, start - _SENT_REACH) : start]) is not None
    )


# What stands before a street that a chat's turn gives as an address: nothing (the turn opens with it), a comma, or a
# preposition of where ("toon: Kerkakkers 31, achterom", "sleutel ligt bij ferdi, Pothoofd 211", "ophalen bij
# Rapenburg 44").
_TURN_ADDRESS_BEFORE = re.compile(r"(?:,|(?<![\w'’])(?:bij|op|naar|aan))[ \t]*$", re.IGNORECASE)


def _chat_turn_street(text: str, words: list[_Word], first: int) -> bool:
    """A listed street (no common or short word, :func:`_distinct_capitalised_street`; in a chat's lower case the same,
    :func:`_distinct_lower_street`) whose number closes its phrase, opening a chat's turn or after a comma or a
    preposition of where in it (``_TURN_ADDRESS_BEFORE``): a chat gives an address so, without a word for it."""
    if not (_distinct_capitalised_street(words, first) or _distinct_lower_street(words, first)):
        return False
    last = words[-1]
    if not _number_closes(text, last.start + len(last.text)):
        return False
    from afscherm.detectors.name_slots import chat_turns  # (it reads person_name's lists, as this module does)

    start = words[first].start
    line = text.rfind("\n", 0, start) + 1
    for m, *_ in chat_turns(text):
        if line <= m.start() < start and m.end() <= start:
            return m.end() == start or _TURN_ADDRESS_BEFORE.search(text, m.end(), start) is not None
    return False


_COMMON_TAIL = 6  # letters of the shortest common word read as a compound's last part ("…vergadering", "…kantoor")


def _ends_in_common_word(word: str) -> bool:
    """A common word of six letters or more closes ``word`` (a compound naming a thing: ``teamvergadering``)."""
    return any(word[i:] in common_words() for i in range(1, len(word) - _COMMON_TAIL + 1))


# Titles before the surname of the person whose address follows ("mevrouw Oosterveld, Zuideinde 102").
_ADDRESSEE_TITLES = _words("mevrouw meneer mevr mevr. mw mw. dhr dhr. heer fam fam. familie")


def _addressee_before(words: list[_Word], first: int) -> bool:
    """A title and a capitalised surname with a comma right before the street: the person and then their address,
    as an agent confirms them ("Dan zie ik u staan, mevrouw Oosterveld, Zuideinde 102"). Not for a street of one
    short word ("meneer Smit, Blok 4 is klaar")."""
    if first < 2 or not words[first - 1].text.endswith(",") or not _is_capitalised(words[first - 1].text):
        return False
    k = first - 2
    while k > 0 and first - k <= 4 and words[k].text.lower() in _NAME_CONNECTORS:
        k -= 1  # a surname with its particles ("dhr. Van Gestel, Ringbaan-Oost 150", "mevrouw van der Berg, ...")
    if words[k].text.lower() not in _ADDRESSEE_TITLES:
        return False
    street = " ".join(w.text for w in words[first:]).lower()
    return street not in common_words() and (" " in street or len(street) >= _LONG_STREET)


def _place_beside(text: str, words: list[_Word], first: int, end: int) -> bool:
    """A listed place set apart by a comma right before the street or right after its number (or after "te"/"in"),
    on its line: the address written as one line either way round ("wonende te Drachten, Noorderdwarsvaart 211",
    "Noorderdwarsvaart 211, Drachten", "Noorderdwarsvaart 211 te Drachten"). Not for a street of one short word,
    which is often a word too ("in Utrecht, Blok 4 is klaar", "Fase 2 in Zwolle")."""
    from afscherm.detectors.place_names import lookup

    street = " ".join(w.text for w in words[first:]).lower()
    if street in common_words() or (" " not in street and len(street) < _LONG_STREET and not _rare_word(street)):
        return False
    # (or the street in brackets after its place: "in Houten (Het Rond 12)")
    bracketed = words[first].opened and text[words[first].start - 1 : words[first].start] == "("
    for k in range(max(0, first - 3), first):
        phrase = " ".join(w.text for w in words[k:first])
        if not _is_capitalised(words[k].text):
            continue
        if phrase.endswith(",") and lookup(phrase[:-1]) is not None or bracketed and lookup(phrase) is not None:
            return True
    after = _PLACE_AFTER_NUMBER.match(text, end)
    if after is None:
        # (or a capitalised listed place after one space that ends the line or the sentence: "in de loods, Noordzijde
        # 14 Halsteren", tuning_44 - as a chat types an address)
        spaced = _SPACE_THEN_CAPITAL.match(text, end)
        # (all in lower case as a chat types it, the place no word: "kaartje naar laageinde 27 kerkdriel", tuning_53)
        lower = spaced is None and words[first].text.islower()
        if lower:
            spaced = _SPACE_THEN_LOWER.match(text, end)
        if spaced is None:
            return False
        tokens = _tokens_from(text, spaced.end(), _line_end(text, spaced.end(), 80))
        place = _listed_place(text, tokens) if tokens else None
        if place is None or not (lower or _is_capitalised(text[place[0] : place[1]])):
            return False
        if lower and text[place[0] : place[1]].lower() in common_words():
            return False
        return _PLACE_ENDS_LINE.match(text, place[1]) is not None
    tokens = _tokens_from(text, after.end(), _line_end(text, after.end(), 80))
    return bool(tokens) and _listed_place(text, tokens) is not None


_RARE_STREET = 5  # letters of a short one-word street that no word list holds ("Eiteren", "Bosrand"; not "Fase")


def _rare_word(word: str) -> bool:
    """A word of five letters or more that is no common word, first name or family name: a short listed street's
    name that is no word too (``Eiteren``, ``Bosrand``; not ``Groep``, ``Pier``, ``Blok``)."""
    return (
        len(word) >= _RARE_STREET
        and word.isalpha()
        and word not in common_words()
        and not is_family_name(word)
        and not is_first_name(word, lowercase_ok=True)
    )


def _plain_lower_street(text: str, words: list[_Word], first: int, end: int) -> bool:
    """A listed street of one word typed in lower case, as a chat does, with its number closing the phrase, when the
    word is in no word list at all: not the training text's common words, not OpenTaal's Dutch words (``perron 3``,
    ``achterom 6``), not English, no first name, family name or place (``weggelopen van hoogend 21``,
    ``tsjerkewei 4, stiens``)."""
    from afscherm.detectors.place_names import ENGLISH_WORDS, lookup, street_words

    if first != len(words) - 1:
        return _plain_lower_street_of_words(text, words, first)
    word = words[first].text
    if not word.islower() or not _rare_word(word) or word in street_words() or word in ENGLISH_WORDS:
        return False
    return lookup(word) is None and _number_closes(text, words[first].start + len(word))


def _plain_lower_street_of_words(text: str, words: list[_Word], first: int) -> bool:
    """A listed street of two words or more typed in lower case, its number closing the phrase (``staat bij achter de
    hoven 9, die``, ``de finne 9.``): a phrase of words the BAG names a street by is rarely anything else before a
    closing number; not a family name with its particle (``de rooij 30.``), which the name list holds."""
    from afscherm.detectors.person_name import family_names
    from afscherm.detectors.place_names import normalise, street_names

    phrase = " ".join(w.text for w in words[first:])
    if not phrase.islower() or phrase in family_names():
        return False
    # (the BAG name may hold the article the street rules leave before it: "bij de hoge bomen 33")
    article = words[first - 1].text if first > 0 else ""
    listed = normalise(phrase) in street_names() or (
        article in ("de", "het", "'t") and normalise(f"{article} {phrase}") in street_names()
    )
    if not listed:
        return False  # (a qualified word the street rules read, "nieuwe versie 2", is no listed street)
    last = words[-1]
    return _number_closes(text, last.start + len(last.text))


def _next_word(text: str, end: int) -> str:
    m = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return m.group().lower().rstrip(".,;:!?") if m else ""


# Labels of a column of places in a row of labels ("Achternaam   Voornamen   Geboorteplaats" over "MEIJER   JOHANNA
# MARIA   OSS"), OCR's "rn" for "m" folded away first.
_PLACE_COLUMN_LABELS = frozenset(
    (
        "woonplaats", "plaats", "geboorteplaats", "vestigingsplaats", "plaats van geboorte", "place of birth",
        "lieu de naissance", "city", "town", "geb. plaats", "geb.plaats",
    )
)  # fmt: skip


# Where someone was born, said after the birth date in a chat or a letter ("ik ben geboren 5 mei 1992 in kassala",
# "geboren 08-12-1990 in otrobanda", "born 12.05.1996 in nam dinh"; tuning_45/53/56/57): the birth word, the date
# with its year, "in" (or "te", "em", "en", "à") and one to three words ending the phrase: a place, listed or not.
_BORN_DATED_IN = re.compile(
    r"(?i)(?<![\w-])(?P<cue>geboren|geb\.|born|nacid[oa]|nascid[oa]|nasci|née?)(?:[ \t]+(?:op|on|el|em|le))?[ \t]+"
    r"[^\n,;]{0,24}?\d{4}[ \t]+(?P<at>in|te|em|en|à)[ \t]+"
    r"(?P<place>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2}?)"
    r"(?=[ \t]*(?:[,.;!?)\n]|$|[ \t](?:en|maar|ik|and|but|i|e|y)[ \t]))"
)


def _birth_places_after_dates(text: str) -> list[Finding]:
    """The place after a birth date (``_BORN_DATED_IN``), not a stop word's phrase nor common words alone ("geboren
    1990 in januari", "born 1988 in the netherlands")."""
    found: list[Finding] = []
    if not any(w in text_facts(text).lowered for w in ("geb", "born", "nac", "nasc", "né")):
        return found
    for m in _BORN_DATED_IN.finditer(text):
        if m.group("at").lower() == "en" and not m.group("cue").lower().startswith("nac"):
            continue  # Spanish "en" after Spanish only: "geboren op 19 april 1944 en woont zelfstandig"
        words = [w.lower().rstrip(".") for w in m.group("place").split()]
        if any(w in STOP for w in words) or all(w in common_words() for w in words):
            continue  # ("nam dinh": a place's word may be a Dutch one)
        start, end = m.span("place")
        found.append(
            Finding(
                start,
                end - len(m.group("place")) + len(m.group("place").rstrip(".")),
                "LOCATION",
                SCORE_STREET_LOWER,
                _RECOGNIZER_NAME,
            )
        )
    return found


def _column_places(text: str) -> list[Finding]:
    """A listed place under a place label in a row of labels set apart by wide gaps, read by column (OCR'd ID cards
    and forms); in any case, as forms write places in capitals."""
    found: list[Finding] = []
    for a, b, _ in column_values(text, _column_label):
        place = _listed_place(text, _tokens_from(text, a, b), any_case=True)
        if place is not None:
            found.append(Finding(place[0], place[1], "LOCATION", SCORE_CITY_KNOWN, _RECOGNIZER_NAME))
    return found


def _column_label(block: str) -> bool:
    """A column's label that names a place (``Geboorteplaats``, ``Woonplaats / Residence``)."""
    first = block.split("/")[0].strip().rstrip(":").lower().replace("rn", "m")
    return first in _PLACE_COLUMN_LABELS


def _place_label_starts(lowered: str) -> list[int]:
    """Where ``_PLACE_LABEL`` can match: at each of its words in the lower-cased copy (``woonplaats`` and
    ``vestigingsplaats`` end in ``plaats``), found with ``str.find`` instead of trying the pattern everywhere."""
    starts: set[int] = set()
    for at in positions(lowered, "plaats"):
        starts.update((at, at - len("woon"), at - len("vestigings")))
    for word in ("city", "town"):
        starts.update(positions(lowered, word))
    return sorted(start for start in starts if start >= 0)


_ADDRESS_PART_GAP = 40  # characters between the parts of one address (a street, its postcode and place) at most


def _line_start(text: str, pos: int, limit: int) -> int:
    return max(text.rfind("\n", max(0, pos - limit), pos) + 1, pos - limit, 0)


def _line_end(text: str, pos: int, limit: int) -> int:
    nl = text.find("\n", pos, pos + limit)
    return nl if nl >= 0 else min(len(text), pos + limit)


# France writes the number before the street word: "12 rue des Lilas", "3, avenue Foch", "8 bis rue de la Paix".
_NUMBER_FIRST_WORDS = ("rue ", "avenue ", "boulevard ", "chemin ", "allée ", "impasse ", "quai ", "place ")
_FRENCH_LINK = r"(?:(?:de|du|des|la|le|les|à|au|aux)[ \t]+|[ld]['’])"
_NUMBER_FIRST = re.compile(
    r"[1-9](?<![\w,./-].)\d{0,3}(?:[ \t]?(?:bis|ter))?,?[ \t]+"
    r"(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Qq]uai|[Pp]lace)[ \t]+"
    rf"{_FRENCH_LINK}*[A-ZÀ-Ý][\w'’-]*(?:[ \t]+{_FRENCH_LINK}*[A-ZÀ-Ý][\w'’-]*){{0,3}}"
)


def _mask(length: int, spans: Iterable[Finding]) -> bytearray:
    """The characters ``spans`` cover, one byte each: an overlap test per candidate then costs its own length, not
    the number of findings (a long line dense with street words made the pairwise test quadratic)."""
    mask = bytearray(length)
    for f in spans:
        mask[f.start : f.end] = b"\x01" * (f.end - f.start)
    return mask


def _overlaps(mask: bytearray, f: Finding) -> bool:
    """``f`` shares a character with a span of ``mask`` (``f.start < g.end and g.start < f.end`` for some g)."""
    return mask.find(1, f.start, f.end) != -1


# A Dutch place closing an organisation's name: "Schutterij Sint Hubertus Mheer", "MHC De Kuil Udenhout",
# "Muziekvereniging Crescendo Diever", "Kasteelmuseum Slot Nellesteyn, Amerongen" (tuning_71, _69, _77, _74; "Schutterij
# St. Hubertus Egchel", tuning_100): the README labels the place inside an organisation's name ("Hockeyclub [De Bilt]").
# An organisation's head word (``org_guard.is_org_head``: Schutterij, Stichting, Kerk, MHC ...), up to ORG_NAME_WORDS
# capitalised words of its name after it (a comma before the place at most), then a Dutch place the lists hold (the
# BAG's; not one abroad: "Woningstichting Rochdale"), capitalised, ending the phrase (a mark, the line's end, a sign:
# "·", "–", "<", an emoji; not "&": "Schildersbedrijf Oosterwijk & Zn"). Not the name's own word after an article or
# particle ("Stichting De Helden"), nor a surname after a first name ("Kapsalon Mieke Elst"), a saint's name aside
# ("Sint Hubertus Mheer"), nor a saint's name that is a place too ("Parochie Sint-Willibrordus").
ORG_NAME_WORDS = 4
# A university named for its town takes the town into its proper name: CoNLL-2002's newspapers mark "Rijksuniversiteit
# Leiden" an organisation as a whole (ned.testa LOC F1 0.7930 -> 0.7922 with its "Leiden").
_NAMED_FOR_TOWN = ("universiteit", "university", "hogeschool")
_LINE_TOKEN = re.compile(r"[^ \t\n]+")
_TOKEN_MARKS = ",.:;!?)]\"'"
_SAINTS = frozenset({"sint", "st.", "st", "sankt", "saint"})
# Bands, guilds and choirs carry a patron's name, a queen's or a saint's, before their village ("Harmonie Wilhelmina
# Urmond", "Fanfare Juliana Ospel"; tuning_91): the first name there is no person's, whose surname the place would be.
_PATRON_HEADS = frozenset({"harmonie", "fanfare", "schutterij", "gilde", "drumband", "koor", "muziekvereniging"})


def _places_closing_org_names(text: str) -> list[Finding]:
    from afscherm.detectors.org_guard import is_org_head
    from afscherm.detectors.place_names import dutch_places, lookup, normalise

    found: list[Finding] = []
    for line in re.finditer(r"[^\n]+", text):
        tokens = list(_LINE_TOKEN.finditer(line.group()))
        for i, head in enumerate(tokens):
            head_word = head.group().rstrip(_TOKEN_MARKS)
            if not is_org_head(head_word) or head_word.lower().endswith(_NAMED_FOR_TOWN):
                continue
            for j in range(i + 1, min(len(tokens), i + 2 + ORG_NAME_WORDS)):
                word = tokens[j].group()
                bare = word.rstrip(_TOKEN_MARKS)
                if not bare[:1].isupper() or not bare.replace("-", "").isalpha():
                    break  # the name ends: a word in lower case, a number
                between = [t.group() for t in tokens[i:j]]
                if any(t[-1:] in _TOKEN_MARKS and t.lower() not in _SAINTS for t in between[:-1]):
                    break  # a comma or stop inside the name: another phrase
                # (a firm's name goes on after "&": "Schildersbedrijf Oosterwijk & Zn")
                ends = bare != word or j + 1 == len(tokens) or not tokens[j + 1].group()[:1].isalnum()
                # (unless a place of the twin villages follows: "Schutterij St. Martinus Herwen & Aerdt")
                ends = ends and not (
                    j + 1 < len(tokens) and tokens[j + 1].group()[:1] in "&+" and not _dutch_place_at(tokens, j + 2)
                )
                before = tokens[j - 1].group().rstrip(",").lower()
                saint = j >= 2 and tokens[j - 2].group().lower() in _SAINTS
                if (
                    ends
                    and normalise(bare) in dutch_places()
                    and (place := lookup(bare)) is not None
                    and place[1] in ("plain", "word")  # (no first name's: "Stichting Vrienden van Paris")
                    and not bare.lower().startswith(("sint-", "st-"))  # (a saint's: "Parochie Sint-Willibrordus")
                    and before not in PARTICLE_SET
                    and (
                        j == i + 1
                        or saint
                        or not is_first_name(tokens[j - 1].group().rstrip(","))
                        or head_word.lower() in _PATRON_HEADS
                    )
                ):
                    start = line.start() + tokens[j].start()
                    found.append(Finding(start, start + len(bare), "LOCATION", SCORE_CITY_KNOWN, _RECOGNIZER_NAME))
                    if _dutch_place_at(tokens, j + 2) and tokens[j + 1].group() in ("&", "+"):
                        twin = tokens[j + 2]
                        start = line.start() + twin.start()
                        end = start + len(twin.group().rstrip(_TOKEN_MARKS))
                        found.append(Finding(start, end, "LOCATION", SCORE_CITY_KNOWN, _RECOGNIZER_NAME))
                    break
    return found


def _dutch_place_at(tokens: list[re.Match[str]], k: int) -> bool:
    """The ``k``-th token of a line is a capitalised Dutch place the lists hold (no first name's)."""
    from afscherm.detectors.place_names import dutch_places, lookup, normalise

    if k >= len(tokens):
        return False
    bare = tokens[k].group().rstrip(_TOKEN_MARKS)
    place = lookup(bare) if bare[:1].isupper() and normalise(bare) in dutch_places() else None
    return place is not None and place[1] in ("plain", "word")


# A month and a year right after a number: the number is a date's day ("6 feb 2012", "14 maart 1988").
_MONTH_AND_YEAR_AFTER = re.compile(
    r"[ \t]+(?i:jan(?:uari|uary)?|feb(?:ruari|ruary)?|mrt|maart|mar(?:ch)?|apr(?:il)?|mei|may|jun(?:i|e)?|jul(?:i|y)?"
    r"|aug(?:ustus|ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[ \t]+"
    r"(?:19|20)\d\d(?!\d)"
)


class LocationRecognizer(DutchRecognizer):
    ENTITIES = ("LOCATION",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        found = self._find(text)
        if "/" in text:
            found = sorted(found + _slashed_places(text, found))
        read, numbers = ocr_numbers_read(text)
        if not numbers:
            return found
        # An OCR'd letter's address ("Ganzenhoek l7", "2ll4 CR  DE ZlLK", "Hoolstraat 4O, 6l36 ER"): its numbers read
        # back as digits, every rule reads it as it reads a clean one; kept are the addresses on the lines of such
        # numbers and the line before each (a street above its postcode's line) that the text as written did not
        # give (a second pass only over texts with such a number), each only beside another part of its address: a
        # code of OCR's letters alone ("ref 1O12 AB") is no postcode.
        lines = {_line_start(text, start, len(text)) for start, _ in numbers}
        lines |= {_line_start(text, line - 1, len(text)) for line in lines if line}
        taken = _mask(len(text), found)
        read_found = self._find(read)
        extra = [
            f
            for f in read_found
            if _line_start(text, f.start, len(text)) in lines
            and not _overlaps(taken, f)
            and any(g is not f and max(g.start - f.end, f.start - g.end) < _ADDRESS_PART_GAP for g in read_found)
        ]
        return sorted(found + extra) if extra else found

    def _find(self, text: str) -> list[Finding]:
        streets = sorted((*self._streets(text), *self._number_first_streets(text)))
        spoken_streets = _spoken_streets(text)
        # one finding per span, the best-scored: a place after a postcode can also be a labelled field value
        # ("Woonplaats: Utrecht"), a street the value of an address field
        best: dict[tuple[int, int], Finding] = {}
        street_mask = _mask(len(text), streets)
        streets_said = sorted((*streets, *spoken_streets))
        for f in (
            *streets,
            *self._places_after_streets(text, sorted((*streets, *spoken_streets))),
            *self._postcodes_and_places(text, streets),
            *self._ocr_postcodes(text, streets),
            *self._labelled_places(text),
            *_column_places(text),
            *_birth_places_after_dates(text),
            *_foreign_postcodes(text),
            *_postcodes_after_abroad_places(text),
            *_postcodes_closing_streets(text, streets),
            *_places_before_streets(text, streets),
            *(spoken_codes := [*_spoken_postcodes(text), *_spoken_postcodes_after_streets(text, streets_said)]),
            *_read_back_postcodes(text),
            *_spelled_postcodes(text),
            *_areas_after_streets(text, streets),
            *self._places_after_spoken_postcodes(text, spoken_codes),
            *spoken_streets,
            *_spoken_listed_streets(text),
            *_listed_streets_before_spoken_codes(text),
            *_spoken_house_numbers(text),
            *_places_closing_org_names(text),
            # the street rules read a house number's additions better ("hoofdstraat 90 ii")
            *(f for f in address_field_findings(text) if not _overlaps(street_mask, f)),
        ):
            kept = best.get((f.start, f.end))
            if kept is None or f.score > kept.score:
                best[(f.start, f.end)] = f
        # a street named without a number, unless a rule above (or one of these before it) read it with its number
        taken = _mask(len(text), best.values())
        for f in (
            *_streets_without_number(text),
            *_streets_after_article(text),
            *_street_answers(text),
            *_named_roads(text),
            *_corner_streets(text),
            *_named_parks_and_squares(text),
            *_listed_streets_at_homes(text),
            *_listed_streets_read_out(text),
            *_rare_listed_streets_after_article(text),
            *_named_stops(text),
        ):
            if not _overlaps(taken, f):
                best[(f.start, f.end)] = f
                taken[f.start : f.end] = b"\x01" * (f.end - f.start)
                place = self._place_closing_after(text, f.end)
                if place is not None and not _overlaps(taken, place):
                    best[(place.start, place.end)] = place
                    taken[place.start : place.end] = b"\x01" * (place.end - place.start)
        return sorted(best.values())

    def _places_after_spoken_postcodes(self, text: str, codes: list[Finding]) -> list[Finding]:
        """The listed place right after a postcode read out, a comma between, closing the phrase (``acht één zeven
        één, G P, Vaassen.``, ``drie negen twee vijf, R J, Scherpenzeel``; tuning_45, tuning_46), as after one in
        digits: in any case, whatever else the name is (a family name too)."""
        out: list[Finding] = []
        for code in codes:
            gap = _AFTER_SPOKEN_CODE.match(text, code.end)
            if gap is None:
                continue
            tokens = _tokens_from(text, gap.end(), _line_end(text, gap.end(), 80))
            place = _listed_place(text, tokens, any_case=True) if tokens else None
            if place is not None and _ENDS_PHRASE.match(text, place[1]) is not None:
                out.append(self._place_finding(place))
        return out

    def _place_closing_after(self, text: str, end: int) -> Finding | None:
        """A listed place after "in"/"te" right after a street named without its number, closing the phrase, in any
        case (``aan de molenstraat in lisse``, ``op de Dorpsstraat te Stein.``; not ``in de kerkstraat in best
        staat``): the street's place, as after a street with its number."""
        linked = _IN_PLACE_AFTER_STREET.match(text, end)
        if linked is None:
            return None
        tokens = _tokens_from(text, linked.end(), _line_end(text, linked.end(), 80))
        place = _listed_place(text, tokens, any_case=True) if tokens else None
        if place is None or _ENDS_PHRASE.match(text, place[1]) is None:
            return None
        return self._place_finding(place)

    def _number_first_streets(self, text: str) -> list[Finding]:
        """A French street with its number first (``12 rue des Lilas``, ``3, avenue Foch``): the number, the street
        word and the capitalised name after it; looked for only where a street word stands."""
        lowered = text_facts(text).lowered
        if not any(word in lowered for word in _NUMBER_FIRST_WORDS):
            return []
        return [Finding(*m.span(), "LOCATION", SCORE_STREET, self.name) for m in _NUMBER_FIRST.finditer(text)]

    def _places_after_streets(self, text: str, streets: list[Finding]) -> list[Finding]:
        """A listed place right after a street and house number: ``Stadhuisplein 1, Houten``."""
        found: list[Finding] = []
        for street in streets:
            gap = _AFTER_STREET.match(text, street.end)
            # "parkweg 7 in oss", "Dorpsstraat 3 te Best": after a street, "in" or "te" opens its place, in any case
            # and even when the place is also a word
            linked = _IN_PLACE_AFTER_STREET.match(text, street.end)
            if linked is not None:
                tokens = _tokens_from(text, linked.end(), _line_end(text, linked.end(), 80))
                place = _listed_place(text, tokens, any_case=True) if tokens else None
                if place is None and tokens:
                    place = _unlisted_place_closing(text, tokens[0])
                if place is not None:
                    found.append(self._place_finding(place))
                continue
            if gap is None or gap.end() == street.end or "\n" in gap.group():
                continue
            tokens = _tokens_from(text, gap.end(), _line_end(text, gap.end(), 80))
            place = _listed_place(text, tokens) if tokens else None
            if place is None and tokens:
                # a large town that is also a word, typed in lower case, closing the address ("kanaalweg 20 leiden,")
                # (or a place named with its article, "buitenweg 12, de rijp": no phrase opens so and ends there)
                place = _listed_place(text, tokens, any_case=True)
                if place is not None and not (
                    (
                        _norm(text[place[0] : place[1]]) in KNOWN_PLACES
                        or _ARTICLE_LED.match(text, place[0])
                        or _place_word_closes_chat_line(text, gap, place)
                    )
                    and _PLACE_ENDS.match(text, place[1])
                ):
                    place = None
            if place is None and tokens:
                place = _shortened_town(text, tokens[0])
            if place is not None:
                found.append(self._place_finding(place))
        return found

    # -- street + house number ---------------------------------------------------------------------
    def _streets(self, text: str) -> list[Finding]:
        found: list[Finding] = []
        # (the house numbers of _HOUSE_NUMBER.finditer(text) that follow a word, found in two steps: a number after
        # whitespace, then the full pattern there; most numbers of a text follow none, and the pattern was tried at
        # every position)
        for gap in _SPACED_DIGIT.finditer(text):
            start = gap.end() - 1
            after_word = start >= 2 and text[start - 1] in " \t\u00a0" and text[start - 2].isalpha()
            if not after_word and not (
                text[start - 1 : start] == " "
                and (
                    text[start - 5 : start - 1].lower() in ("str.", " nr.", " no.")
                    or text[start - 5 : start - 1].lower().endswith(_ABROAD_DOTTED_ENDS)
                )
            ):
                continue  # a house number follows its street word after whitespace (or "Kerkstr. 12", "nr. 12")
            m = _HOUSE_NUMBER.match(text, start)
            if m is None or (text.endswith(_WORDS_IN_HOUSE_NUMBER, 0, start - 1) and _inside_house_number(text, start)):
                continue
            if _MONTH_AND_YEAR_AFTER.match(text, m.end()):
                continue  # the day of a date, not a house number ("Jurre van Bijleveld 6 feb 2012", tuning_108)
            finding = self._street_at(text, start, m.end())
            if finding is not None:
                found.append(finding)
        # a number with an OCR letter and a real digit holds the two side by side: two scans with a fast start
        ocr_numbers = _OCR_BESIDE_DIGIT.search(text)
        for m in _OCR_HOUSE_NUMBER.finditer(text) if ocr_numbers else ():
            # OCR read a digit as a letter ("Kerkstraat l2", "Dorpsweg 1O"): only after a capitalised street
            # with a street ending, and only when the number holds a real digit too
            if not any(c.isdigit() for c in m.group()) or not text[m.start() - 2 : m.start() - 1].isalpha():
                continue
            words = _words_before(text, _line_start(text, m.start(), 100), m.start(), 7)
            if words and words[-1].text.lower() in _POST_BOX_WORDS:  # "Postbus l6200"
                found.append(Finding(words[-1].start, m.end(), "LOCATION", SCORE_STREET, self.name))
            elif words and _is_compound_street(words[-1].text) and _is_capitalised(words[-1].text):
                start = words[_extend_prefix(words, len(words) - 1)].start
                found.append(Finding(start, m.end(), "LOCATION", SCORE_STREET, self.name))
        return sorted(found)

    def _street_at(self, text: str, num_start: int, num_end: int) -> Finding | None:
        lo = _line_start(text, num_start, 100)
        words = _words_before(text, lo, num_start, 7)
        if len(words) > 1 and words[-1].text.lower() in _NUMBER_WORDS:
            words = words[:-1]  # "kerkstraat nr. 12", "Dorpsweg no 4": the street before the number's word
        if not words:
            return None
        # ("Hoofdstraat Oost 23", "Dorpsstraat W 4": the street's side before its number)
        sided = _side_of_street(words)
        street = _street_start(words[:-1]) if sided else _street_start(words)
        if sided and (street is None or street.needs_address) and _listed_long_street_word(words[-2].text):
            # a street the BAG names alone, its side spelled whole after it, needs no address around it
            street = _Street(len(words) - 2, words[-2].text[0].isupper(), False)  # "hoofdvaart westzijde 88"
        if street is not None and street.first == len(words) - 1 and _sided_street_head(words):
            street = _Street(len(words) - 2, True, street.needs_address)  # "Vaart Zuidzijde 118": the street's name
        if street is None:
            # a long word no list knows: only in a letterhead's or receipt's columns, before a listed place, or with a
            # postcode right after its number ("Skilpleats 5, 9264 TR": a Frisian street no ending tells)
            street = _long_word_street(words)
            cued = _cued_capitalised_street(text, words, num_end) if street is None else None
            if cued is not None:
                street = cued
            elif street is not None and _answers_with_place(text, lo, num_end):
                # the turn answering a question for the address, the street's place closing it ("Adres?" / "Klant:
                # Noordelijke Dwarsvaart 3, Drachten."): its capitalised words before it are the street's
                street = _Street(_extend_prefix(words, street.first), True, False)
            elif street is None or not (
                _bare_street_place(text, words, street.first, num_end)
                or _postcode_follows(text, num_end, strict=True)
                or _town_or_district_before(text, words, street.first, num_end)
            ):
                # a shorter such word only with a full postcode after it, a Dutch one in capitals or a foreign one and
                # its listed place ("Vlaspit 3, 6211 XJ", "Meir 45, 2000 Antwerpen")
                street = _long_word_street(words, _SHORT_NAME_WORD)
                if street is None or not (
                    _postcode_follows(text, num_end, strict=True) or _foreign_code_place_follows(text, num_end)
                ):
                    if not _lower_rare_street_before_place(text, words, num_end):
                        return None
                    street = _Street(len(words) - 1, False, False)
        start = words[street.first].start
        if street.needs_address and not (
            _has_address_word(words, street.first)
            or _postcode_follows(text, num_end)
            or _foreign_code_place_follows(text, num_end)
            or _place_beside(text, words, street.first, num_end)
            or _addressee_before(words, street.first)
            or _bare_street_place(text, words, street.first, num_end)
            or (words[street.first].text.lower() in _SOUTHERN_STREET_WORDS and _FOREIGN_CODE_AFTER.match(text, num_end))
            or _address_cue_near(text, words, street.first)
            or _plain_lower_street(text, words, street.first, num_end)
            or _town_or_district_before(text, words, street.first, num_end)
            or _living_verb_after(text, words, street.first, num_end)
            or _sitting_at_before(text, words, street.first)
            or _preposition_before(text, words, street.first)
            or _sent_to_street(text, words, street.first, num_end)
            or _chat_turn_street(text, words, street.first)
        ):
            # a short listed street's word inside a longer name no list holds ("wonend Vaartsche Rijn 60, Utrecht")
            street = _cued_capitalised_street(text, words, num_end)
            if street is None:
                return None
            start = words[street.first].start
        context = has_context(text, start, num_end, CONTEXT_WORDS)
        if not context and _next_word(text, num_end) in _QUANTITY_WORDS:
            return None
        score = SCORE_WITH_CONTEXT if context else SCORE_STREET if street.capitalised else SCORE_STREET_LOWER
        return Finding(start, num_end, "LOCATION", score, self.name)

    # -- postcode and the place after it -----------------------------------------------------------
    def _postcodes_and_places(self, text: str, streets: list[Finding]) -> list[Finding]:
        found: list[Finding] = []
        street_starts = [f.start for f in streets]  # streets come in text order
        for m in _POSTCODE.finditer(text):
            if _inside(street_starts, streets, m.start()):
                continue  # "Hoofdweg 1234 AB": four digits after a street word are its house number
            space, letters = m.group(1), m.group(2)
            upper = letters.upper()
            if upper in _FORBIDDEN_LETTERS:
                continue
            start, end = m.span()
            context = has_context(text, start, end, CONTEXT_WORDS, before=40)
            place = _place_after(text, end)
            if (
                place is None
                and letters == upper
                and upper not in _AMBIGUOUS_LETTERS
                and (tokens := _place_tokens(text, end))
            ):
                # a listed place in lower case right after a code in capitals, even one that is also a name or a word:
                # the code vouches for it ("Noordstraat 8, 4571 GV axel", tuning_70)
                place = _listed_place(text, tokens, any_case=True)
            known_place = place is not None and place[2]
            # lowercase: "1234ab" in chat, "1234 ab" only after an address word or before a listed place, or right
            # after a street and house number ("botter 45-11, 8232 lm")
            if letters != upper and (
                not letters.islower()
                or (space and not context and not known_place and not _street_before(text, streets, start))
            ):
                continue
            # "1024 MB", "in 2023 EN daarna": a unit or word unless a known place follows (or, in
            # capitals, an address word precedes)
            # "vughterweg 88 5211 cl": a street and house number right before, and the line or phrase ending with the
            # code, vouch for letters that are also a unit or a word ("kerkstraat 3, 1234 en daarna" stays out)
            street_before = upper in _AMBIGUOUS_LETTERS and _street_before(text, streets, start)
            ambiguous = upper in _AMBIGUOUS_LETTERS and not known_place and (letters != upper or not context)
            # ("postcode 3572 kb": the label right before vouches for letters that are also a unit)
            labelled = ambiguous and _POSTCODE_LABEL.search(text, max(0, start - 16), start) is not None
            ends = _ENDS_PHRASE.match(text, end) is not None or _ENDS_CELL.match(text, end) is not None
            # (or, in capitals, a street found in the lines just above: the code given as the answer to an address
            # asked for, "adres is nog Tanimbarstraat 19 ja?" - "ya, 7642 BE.", tuning_135)
            street_above = letters == upper and any(0 <= start - f.end <= STREET_ABOVE for f in streets)
            if ambiguous and not labelled and not ((street_before or street_above) and ends):
                continue
            if letters != upper and upper in _AMBIGUOUS_LETTERS and not street_before and not labelled:
                continue  # "sinds 2019 in Best": a year and a word before a place, unless an address leads to it
            if letters != upper and _after_a_month(text, start):
                continue  # a date's year and a word ("1 فيفري 1968 fi Menzel Chaker": Arabic 'in', tuning_97)
            if len(space) == 2 and not (known_place and letters == upper):
                continue  # OCR's double space ("8701  JK BOLSWARD"): only in capitals before a listed place
            if context or place is not None:
                score = SCORE_WITH_CONTEXT
            else:
                score = SCORE_POSTCODE if letters == upper else SCORE_POSTCODE_LOWER
            found.append(Finding(start, end, "LOCATION", score, self.name))
            if place is not None:
                found.append(self._place_finding(place))
        return found

    def _ocr_postcodes(self, text: str, streets: list[Finding]) -> list[Finding]:
        """A postcode whose digits OCR read partly as letters (``1O12 AB``, ``7Z11 KL``, ``8O31 CD``), with at
        least one real digit left: only before a listed place or after an address word, where a code of
        letters and digits is no postcode otherwise. Looked for only in an address: a text with a street and
        house number, or with a postcode or address label, and only in the characters after them (most of OCR's
        letters beside digits are codes)."""
        found: list[Finding] = []
        lowered = text_facts(text).lowered
        # where such a code can stand: after a street (its line and the next) or an address label
        regions = sorted(
            [f.end for f in streets] + [at for hint in _OCR_POSTCODE_HINTS for at in positions(lowered, hint)]
        )
        searched = 0
        matches: list[re.Match[str]] = []
        for lo in regions:
            lo, searched = max(lo, searched), lo + _OCR_POSTCODE_REACH
            matches.extend(_OCR_POSTCODE.finditer(text, lo, searched))
        for m in matches:
            digits = m.group(1)
            if digits.isdigit() or not any(c.isdigit() for c in digits) or m.group(2) in _FORBIDDEN_LETTERS:
                continue  # all digits: the plain postcode rule's; no digit at all: a word or a code
            start, end = m.span()
            place = _place_after(text, end)
            if place is not None and place[2]:
                found.append(Finding(start, end, "LOCATION", SCORE_WITH_CONTEXT, self.name))
                found.append(self._place_finding(place))
            elif has_context(text, start, end, CONTEXT_WORDS, before=40):
                found.append(Finding(start, end, "LOCATION", SCORE_WITH_CONTEXT, self.name))
        return found

    def _labelled_places(self, text: str) -> list[Finding]:
        found: list[Finding] = []
        facts = text_facts(text)
        if facts.case_odd:  # characters a case-insensitive pattern reads as letters the lower-cased copy lacks
            labels = _PLACE_LABEL.finditer(text)
        else:
            labels = matches_from(_PLACE_LABEL, text, _place_label_starts(facts.lowered))
        for m in labels:
            place = _place_in(text, _tokens_from(text, m.end(), _line_end(text, m.end(), 80)))
            if place is not None:
                found.append(self._place_finding(place))
        return found

    def _place_finding(self, place: tuple[int, int, bool]) -> Finding:
        start, end, known = place
        return Finding(start, end, "LOCATION", SCORE_CITY_KNOWN if known else SCORE_CITY, self.name)


# A postcode's four digits as OCR may read them (O/I/l/Z/S/B for 0/1/1/2/5/8), the first no zero, then two
# capitals.
# (The look-behind after the first character: a pattern led by a class gets the regex engine's fast scan.)
_OCR_POSTCODE = re.compile(r"([1-9IlZSB](?<![\w-].)[\dOIlZSB]{3})[ \t\u00a0]?([A-Z]{2})(?![\w-])")
_OCR_POSTCODE_HINTS = ("postcode", "adres", "woonpl", "postbus")
_OCR_POSTCODE_REACH = 120  # characters after a street or label that such a code may stand in


# The word right before four digits: a month's name makes them its date's year.
_MONTH_BEFORE = re.compile(r"(\S+?)\.?[ \t]+$")


def _after_a_month(text: str, start: int) -> bool:
    """Whether a month's name (any language's) stands right before the four digits at ``start``."""
    before = _MONTH_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and MONTHS.get(before.group(1).lower()) is not None


_POSTCODE_LABEL = re.compile(r"(?i)post[ \t]?code[ \t]*(?:is[ \t]*)?[:=]?[ \t]*$")
# (an emoji closes a chat's phrase too: "2300 turnhout 🇧🇪", "in ruinerwold 🏡")
_AFTER_SPOKEN_CODE = re.compile(r"[ \t]*,?[ \t]*(?:in[ \t]+|te[ \t]+)?")
# (an aside in brackets after it too: "47559 Zyfflich (Duitsland)", tuning_58)
_ENDS_PHRASE = re.compile(r"[ \t]*(?:[,.;!?)\n\u2600-\u27bf\U0001f000-\U0001faff]|$)|[ \t]+\(")


def _street_before(text: str, streets: list[Finding], pos: int) -> bool:
    """A street and house number end just before ``pos`` on its line ("kerkstraat 3, 1234 en ..."), or in the cell
    before it ("'Kastanjelaan 19','3833 AN'")."""
    return any(
        f.end <= pos
        and (_AFTER_STREET.fullmatch(text, f.end, pos) or _NEXT_CELL.fullmatch(text, f.end, pos))
        and "\n" not in text[f.end : pos]
        for f in streets
    )


# A quoted cell's end and the next cell's start in a row of SQL, CSV or JSON ("'Kastanjelaan 19','3833 AN'"), and a
# quoted cell's end ("'3833 AN',"): a postcode whose letters are a word too ("AN") ends its cell there.
_NEXT_CELL = re.compile(r"""['"][ \t]*[,;|\t][ \t]*['"]""")
_ENDS_CELL = re.compile(r"""['"][ \t]*[,;|)\t\n]""")


def _inside(starts: list[int], spans: list[Finding], pos: int) -> bool:
    """True when ``pos`` lies strictly inside one of the non-overlapping, sorted ``spans``."""
    k = bisect_left(starts, pos) - 1
    return k >= 0 and spans[k].start < pos < spans[k].end


def _place_tokens(text: str, pos: int) -> list[re.Match[str]]:
    """Words of the place name candidate right after a postcode: same line, single spaces between."""
    stop = _line_end(text, pos, 80)
    i = pos
    delimited = i < stop and text[i] in ",;|"  # "6711 PM,Ede" in a CSV row
    if delimited:
        i += 1
    gap = i
    while i < stop and text[i] in " \t\u00a0":
        i += 1
    if (i == gap and not delimited) or i - gap > 4:
        return []
    dash = _DASH_BETWEEN.match(text, i, stop)
    return _tokens_from(text, dash.end() if dash else i, stop)


# A dash set between an address's parts ("Stationsplein 1 - 3511 ED - Utrecht"): no part of the place after it.
_DASH_BETWEEN = re.compile(r"[-\u2013\u2014][ \t\u00a0]+(?=\S)")


# The end of a place typed after an address in a chat: a question, a comma, a bracket or the line's end ("bakkersweg
# 8 opende??", "kampweg 17 opende"); a full stop may close a clause whose verb the place's word is ("... 8 opende.").
_CHAT_PLACE_ENDS = re.compile(r"[ \t]*(?:[,?!)\n]|$)")


def _place_word_closes_chat_line(text: str, gap: re.Match[str], place: tuple[int, int, bool]) -> bool:
    """A listed place that is also a word (``opende``, ``ens``, ``lies``) typed in lower case right after a street's
    number, closing the line or the question: where a chat gives its address, the word after the number is the
    place."""
    return (
        text[place[0] : place[1]].islower() and "\n" not in gap.group() and bool(_CHAT_PLACE_ENDS.match(text, place[1]))
    )


def _shortened_town(text: str, token: re.Match[str]) -> tuple[int, int, bool] | None:
    """A large town shortened as a chat types it, closing an address right after its house number ("galenstraat
    203-3 adam, lekkage", "kade 5, r'dam"): with its apostrophe or without it (``place_names.unmarked_abbreviation``,
    read as after "in": the place after an address is a town, not a first name). The phrase ends with it."""
    from afscherm.detectors.place_names import abbreviated_place, unmarked_abbreviation  # (it imports this module)

    word = token.group()
    if _PLACE_ENDS.match(text, token.end()) is None:
        return None
    if abbreviated_place(word) is None and not unmarked_abbreviation(word, "in"):
        return None
    return token.start(), token.end(), True


def _unlisted_place_closing(text: str, token: re.Match[str]) -> tuple[int, int, bool] | None:
    """A capitalised word no list holds after a street, its number and "in"/"te", closing the phrase: the town's part
    or village the address is in (``Boekelosestraat 18 in Glanerbrug.``); not a common word, first name or country
    (``Kerkstraat 4 in Maart``, ``... in Frankrijk``)."""
    from afscherm.detectors.place_names import _unlisted_word  # (it imports this module)

    word = _token_text(token)
    if not _is_capitalised(word) or not word.replace("-", "").isalpha() or not _unlisted_word(word):
        return None
    end = token.start() + len(word)
    if _ENDS_PHRASE.match(text, end) is None:
        return None
    return token.start(), end, False


def _tokens_from(text: str, i: int, stop: int) -> list[re.Match[str]]:
    tokens: list[re.Match[str]] = []
    while len(tokens) < _MAX_PLACE_WORDS:
        m = _CITY_TOKEN.match(text, i, stop)
        if m is None or not any(c.isalnum() for c in m.group()):
            break  # (an emoji or a sign after the place is none of its words: "in ruinerwold 🏡", "2300 turnhout 🇧🇪")
        tokens.append(m)
        i = m.end()
        if i + 1 >= stop or text[i] != " " or text[i + 1].isspace():
            break
        i += 1
    return tokens


def _token_text(m: re.Match[str]) -> str:
    return m.group().rstrip(".!?")  # (a sentence's end: "2300 turnhout!")


def _listed_place(text: str, tokens: list[re.Match[str]], any_case: bool = False) -> tuple[int, int, bool] | None:
    """The longest place of the full gazetteer (every Dutch woonplaats and municipality, Belgian and German
    places, OCR-damaged writings) that ``tokens`` begin with: ``Nij Beets``, ``Amsterdarn``; a place that is
    also a common word only when capitalised (or ``any_case``, where the context says a place follows)."""
    from afscherm.detectors.place_names import lookup  # place_names builds on this module

    start = tokens[0].start()
    if start > 0 and text[start - 1] in "'’" and text[start : start + 2].lower() in ("s-", "t-", "s ", "t "):
        start -= 1  # the elided article's apostrophe, cut off as a quote: "'s-Hertogenbosch"
    for k in range(len(tokens), 0, -1):
        value = text[start : tokens[k - 1].end()].rstrip(".?!")  # a sentence's end ("in haaksbergen?")
        found = lookup(value, with_districts=True)  # a district too ("2584 EJ Scheveningen", "12, Kralingen")
        if found is not None and (found[1] == "plain" or any_case or _is_capitalised(value)):
            return start, start + len(value), True
    return None


def _place_after(text: str, pos: int) -> tuple[int, int, bool] | None:
    """(start, end, known) of the place name following a postcode at ``pos``, if any."""
    return _place_in(text, _place_tokens(text, pos))


def _place_in(text: str, tokens: list[re.Match[str]]) -> tuple[int, int, bool] | None:
    """(start, end, known) of the place name that the candidate words ``tokens`` begin with, if any."""
    if not tokens:
        return None
    words = [_token_text(t) for t in tokens]
    listed = _listed_place(text, tokens)
    for k in range(len(tokens), 0, -1):
        if _norm(" ".join(words[:k])) in KNOWN_PLACES:
            start = tokens[0].start()
            end = start + len(text[start : tokens[k - 1].end()].rstrip(".!?"))
            # (the longer listed place where a large town only opens it: "5740 AD Beek en Donk", not "Beek")
            return listed if listed is not None and listed[1] > end else (start, end, True)
    if listed is not None:
        return listed
    first = words[0]
    if not first or not first[0].isalpha() and first[:2] not in ("'s", "'t"):
        return None
    lower = first.lower()
    if not _is_capitalised(first) or lower in _NOT_PLACES:
        return None
    if lower in _NOT_STREET_PREFIX and lower not in _PLACE_PREFIXES:  # "1234 AB Wij komen ..."
        return None
    last = 0
    if first.lower() in _PLACE_PREFIXES and len(words) > 1 and _is_capitalised(words[1]):
        last = 1
    # "... aan den Rijn", "... op Zoom": connectors followed by a capitalised word
    k = last + 1
    while k < len(words):
        j = k
        while j < len(words) and words[j].lower() in _CONNECTORS:
            j += 1
        if j == k or j >= len(words) or not _is_capitalised(words[j]):
            break
        last = j
        k = j + 1
    start = tokens[0].start()
    end = tokens[last].start() + len(words[last])
    if text.startswith(":", end):
        return None  # the next field's label, no place ("Postcode: 1183 KD   Startdatum: 24-08-2026")
    return start, end, False


# A place's two names joined by a slash, as bilingual regions and their people write them ("Donostia/San Sebastián",
# "Bergen/Mons", "Aken/Aachen", tuning_158): both names listed places (at home or abroad, any list), or one found by
# the other rules and the other listed. A listed place alone needs a cue when it is a place abroad; a second name of
# it beside it is one. (One or two capitalised words a side: "Donostia / San Sebastián".)
_SLASHED = re.compile(
    r"(?<![\w/])(?P<a>[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?)[ \t]?/[ \t]?(?P<b>[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?)"
)


def _slashed_places(text: str, found: list[Finding]) -> list[Finding]:
    from afscherm.detectors.place_names import lookup  # place_names builds on this module

    places = {(f.start, f.end) for f in found if f.entity_type == "LOCATION"}
    taken = _mask(len(text), found)
    out: list[Finding] = []
    for m in _SLASHED.finditer(text):
        a = _side(text, m, "a", lambda s, e: lookup(text[s:e]) is not None)
        b = _side(text, m, "b", lambda s, e: lookup(text[s:e]) is not None)
        if a is None and b is None:
            continue
        a = a or _side(text, m, "a", lambda s, e: (s, e) in places)
        b = b or _side(text, m, "b", lambda s, e: (s, e) in places)
        if a is None or b is None:
            continue
        for start, end in (a, b):
            candidate = Finding(start, end, "LOCATION", SCORE_CITY_KNOWN, _RECOGNIZER_NAME)
            if not _overlaps(taken, candidate):
                out.append(candidate)
    return out


def _side(text: str, m: re.Match[str], side: str, holds: Callable[[int, int], bool]) -> tuple[int, int] | None:
    """The span on ``side`` of a slash (its one or two words, or the word next to the slash) that ``holds``."""
    start, end = m.span(side)
    words = text[start:end].split(" ")
    spans = [(start, end)]
    if len(words) == 2:
        spans.append((end - len(words[1]), end) if side == "a" else (start, start + len(words[0])))
    return next((span for span in spans if holds(*span)), None)


def is_known_place(name: str) -> bool:
    """True for the Dutch municipalities and places this module knows (any case, hyphens or spaces)."""
    return _norm(name) in KNOWN_PLACES


# A Belgian (4 digits) or German (5 digits) postcode before a place of the Belgian and German list: "1000 Brussel",
# "B-2000 Antwerpen", "52062 Aachen". Four digits before a Dutch place are a year or a count as often. Five digits
# (Spain, France, Italy, Turkey write them so, "03181 Torrevieja", "75001 Paris") before a place further abroad too.
# (led by one digit, the alternatives told apart behind it: a pattern that opens with alternatives of classes gets no
# fast scan, and was tried at every position)
_FOREIGN_POSTCODE = re.compile(r"[0-9](?:(?<=[1-9])\d{3,4}|(?<=0)\d{4})(?=[ \t\u00a0]+[A-ZÀ-Ý])")


# A country's letters and a hyphen before a postcode, as letters abroad and their senders write them ("DK-9000
# Aalborg", "FO-100 Tórshavn", "CH-8001 Zürich", tuning_161): then any listed place abroad may follow, and the
# Faroes' and Iceland's three digits are a postcode too.
_COUNTRY_PREFIX = re.compile(r"(?<![\w-])(?:A|CH|DK|E|F|FIN|FO|GL|GR|H|HR|I|IRL|IS|L|N|P|PL|S|SK|SLO)-$")
_THREE_DIGIT_CODE = re.compile(r"(?<![\w-])(?:FO|IS)-(\d{3})(?=[ \t\u00a0]+[A-ZÀ-Ý])")


def _foreign_postcodes(text: str) -> list[Finding]:
    from afscherm.detectors.place_names import foreign_and_abroad_places, foreign_places, normalise

    found: list[Finding] = []
    for m in _THREE_DIGIT_CODE.finditer(text):
        tokens = _place_tokens(text, m.end())
        words = [_token_text(t) for t in tokens]
        for k in range(len(words), 0, -1):
            if normalise(" ".join(words[:k])) in foreign_and_abroad_places():
                start = tokens[0].start()
                found.append(Finding(m.start(), m.end(), "LOCATION", SCORE_POSTCODE, _RECOGNIZER_NAME))
                found.append(Finding(start, start + len(" ".join(words[:k])), "LOCATION", SCORE_CITY_KNOWN,
                                     _RECOGNIZER_NAME))  # fmt: skip
                break
    for m in _FOREIGN_POSTCODE.finditer(text):
        places = foreign_and_abroad_places() if len(m.group()) == 5 else foreign_places()
        code_start = m.start()
        if _POSTCODE.match(text, code_start) is not None:
            continue  # a Dutch postcode ("1234 AB Zwolle"): the postcode rules'
        if text[max(0, code_start - 2) : code_start] in ("B-", "D-"):
            code_start -= 2  # "B-1000 Brussel", "D-52062 Aachen"
        elif (prefix := _COUNTRY_PREFIX.search(text, max(0, code_start - 4), code_start)) is not None:
            code_start = prefix.start()  # "DK-9000 Aalborg", "CH-8001 Zürich" (see _COUNTRY_PREFIX)
            places = foreign_and_abroad_places()
        if code_start and (text[code_start - 1].isalnum() or text[code_start - 1] in "_.,/-"):
            continue
        tokens = _place_tokens(text, m.end())
        words = [_token_text(t) for t in tokens]
        for k in range(len(words), 0, -1):
            if normalise(" ".join(words[:k])) in places:
                start = tokens[0].start()
                end = start + len(" ".join(words[:k]))
                found.append(Finding(code_start, m.end(), "LOCATION", SCORE_POSTCODE, _RECOGNIZER_NAME))
                found.append(Finding(start, end, "LOCATION", SCORE_CITY_KNOWN, _RECOGNIZER_NAME))
                break
    return found


# A place abroad and its postcode after it, as Pakistan, India, Nepal and the United States write them, the last part of
# an address written over commas ("Mohalla Eidgah, Kharian 50090", tuning_120): a listed place abroad (no Dutch one:
# "Zwolle 80000" is a count), five or six digits, the line, sentence or part ending there.
_PLACE_THEN_CODE = re.compile(
    r"(?<=, )(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)[ \t]+(?P<code>\d{5,6})(?=[ \t]*(?:[\n.,;)]|$))"
)


def _postcodes_after_abroad_places(text: str) -> list[Finding]:
    from afscherm.detectors.place_names import abroad_only_places, normalise

    found: list[Finding] = []
    for m in _PLACE_THEN_CODE.finditer(text):
        if normalise(m.group("place")) in abroad_only_places():
            found.append(Finding(*m.span("place"), "LOCATION", SCORE_CITY_KNOWN, _RECOGNIZER_NAME))
            found.append(Finding(*m.span("code"), "LOCATION", SCORE_POSTCODE, _RECOGNIZER_NAME))
    return found


# A Belgian postcode of four digits after a street's number and a comma, closing the address or before a capitalised
# place ("Turnhoutsebaan 210, 2140", "Sint-Pietersnieuwstraat 77 bus 3, 9000.", "Kerkstraat 3, 2140 Borgerhout"):
# no lower-case word after it ("Kerkstraat 3, 2000 keer" is a count). A comma may close it too when a word follows,
# as a sentence goes on after the address ("Putsesteenweg 21 bus 4, 2820, maar ..."); not a list of numbers
# ("Kerkstraat 3, 2000, 3000").
_CLOSING_POSTCODE = re.compile(
    r",[ \t\u00a0]*((?:B-)?[1-9]\d{3})(?=[ \t]*(?:[.;!?)\n]|$)|[ \t]+[A-ZÀ-Ý]|,[ \t]+[^\W\d])"
)


# The same in a row of cells (a CSV or a table's export): the street's cell, then a cell of four digits, then a cell
# that opens with a capital, each parted by the same semicolon, pipe or tab ("Chaussée de Boondael 212;1050;Ixelles",
# tuning_157). (A comma parts a row's cells too, and is read above.)
_POSTCODE_CELL = re.compile(r"(?P<sep>[;|\t])[ \t]*((?:B-)?[1-9]\d{3})[ \t]*(?=(?P=sep)[ \t]*[A-ZÀ-Ý])")


def _postcodes_closing_streets(text: str, streets: list[Finding]) -> list[Finding]:
    found: list[Finding] = []
    for street in streets:
        m = _CLOSING_POSTCODE.match(text, street.end)
        if m is not None:
            code, after = m.span(1), m.end()
        elif (cell := _POSTCODE_CELL.match(text, street.end)) is not None:
            code, after = cell.span(2), cell.end() + 1  # (past the separator before the place's cell)
        else:
            continue
        if _POSTCODE.match(text, code[0]) is not None:
            continue  # (a Dutch postcode, "6711 PM": the postcode rules')
        found.append(Finding(*code, "LOCATION", SCORE_POSTCODE, _RECOGNIZER_NAME))
        place = _place_after(text, after)
        if place is not None:
            found.append(Finding(place[0], place[1], "LOCATION", SCORE_CITY_KNOWN if place[2] else SCORE_CITY,
                                 _RECOGNIZER_NAME))  # fmt: skip
    return (
        found
        + _lower_places_closing_streets(text, streets)
        + _foreign_codes_after_streets(text, streets)
        + _unlisted_places_after_streets(text, streets)
    )


# Words that join the parts of a place's name abroad ("Freiburg im Breisgau", "San Gimignano", "Frankfurt am Main").
_FOREIGN_PLACE_LINKS = _words("im am an der de di del della la le sur sul en")


# A place written before its street and a comma ("Drongen, Brugsesteenweg 612"), opening its line or after a dash,
# colon or bracket (a form's or list's column: "°12.03.2015 - Laken, Kerkstraat 4"): up to three words.
_PLACE_BEFORE_STREET = re.compile(r"([A-ZÀ-Ý][\w'’-]*(?:[ \t]+[\w'’-]+){0,2}),[ \t]+$")
_PLACE_BEFORE_STREET_LEFT = re.compile(r"(?:^|[\n:(\-–—])[ \t]*$")
_PLACE_BEFORE_STREET_REACH = 60


def _places_before_streets(text: str, streets: list[Finding]) -> list[Finding]:
    """A listed place, also one that is a word too (``Drongen``, ``Best``: capitalised here), written before a found
    street with its number and a comma, as the place of that address, when a line, a dash, a colon or a bracket opens
    it: not a place inside a sentence (``Dat is Best, Kerkstraat 4``), nor a first name or an unlisted word. A
    bounded look back per street."""
    from afscherm.detectors.place_names import lookup

    found: list[Finding] = []
    for street in streets:
        lo = max(0, street.start - _PLACE_BEFORE_STREET_REACH)
        m = _PLACE_BEFORE_STREET.search(text[lo : street.start])
        if m is None:
            continue
        name = m.group(1)
        # the longest tail of capitalised words that is a listed place ("Den Ham", not "Ham"), the opening before it
        starts = [i for i in range(len(name)) if (i == 0 or name[i - 1] in " \t") and name[i].isupper()]
        for i in starts:
            start = lo + m.start(1) + i
            hit = lookup(text[start : lo + m.end(1)])
            if hit is not None and hit[1] in ("plain", "word"):
                if _PLACE_BEFORE_STREET_LEFT.search(text, max(0, start - 4), start):
                    found.append(Finding(start, lo + m.end(1), "LOCATION", SCORE_CITY_KNOWN, _RECOGNIZER_NAME))
                break
    return found


def _foreign_codes_after_streets(text: str, streets: list[Finding]) -> list[Finding]:
    """A five-digit postcode and the capitalised place after it, closing a street's address after a comma
    (``Strandstraße 14, 26548 Norderney``, ``Via del Borgo 12, 53037 San Gimignano``): no Dutch postcode has five
    digits, so the address goes on abroad, in a place no list need hold. The place ends the phrase."""
    found: list[Finding] = []
    for street in streets:
        m = _FOREIGN_CODE_PLACE.match(text, street.end)
        if m is None or len(m.group(1)) != 5:
            m = _ABROAD_CODE_PLACE.match(text, street.end) or _foreign_code_next_turn(text, street.end)
        if m is None:
            continue
        end = _capitalised_place_end(text, m.end())
        if end is None and m.re is _ABROAD_CODE_PLACE:
            end = _listed_abroad_word_end(text, m.end())  # (a chat's "LT-03150 vilnius")
        if end is None:
            continue  # "Kerkstraat 4, 12345 Stuks besteld": the sentence goes on
        found.append(Finding(*m.span(1), "LOCATION", SCORE_POSTCODE, _RECOGNIZER_NAME))
        found.append(Finding(m.end(), end, "LOCATION", SCORE_CITY, _RECOGNIZER_NAME))
    return found


# A postcode abroad in its own writing after a street's comma, before its place: Poland's "62-510 Konin", Portugal's
# "4700-329 Braga", a country's letters before the digits, "LT-03150 vilnius" (tuning_55/56), six digits as Romania
# writes them, "435500 Sighetu Marmatiei" (tuning_58), three and two as Czechia and Slovakia do, "040 01 Košice"
# (tuning_57/59): no Dutch number is written so.
_ABROAD_CODE_PLACE = re.compile(
    r"[ \t\u00a0]*,[ \t\u00a0]*(\d{2}-\d{3}|\d{4}-\d{3}|[A-Z]{2}-\d{4,5}|[1-9]\d{5}|\d{3}[ \u00a0]\d{2})"
    r"[ \t\u00a0]+(?=[A-Za-zÀ-ÿ])"
)


_ONE_WORD = re.compile(r"[^\W\d_]+")


def _listed_abroad_word_end(text: str, pos: int) -> int | None:
    """The end of the one word at ``pos``, in any case, when a list of places abroad holds it."""
    from afscherm.detectors.place_names import foreign_and_abroad_places, normalise

    m = _ONE_WORD.match(text, pos)
    return m.end() if m is not None and normalise(m.group()) in foreign_and_abroad_places() else None


def _capitalised_place_end(text: str, pos: int) -> int | None:
    """The end of the capitalised place at ``pos`` (its words joined by a foreign place's links: ``Freiburg im
    Breisgau``), when it closes its phrase."""
    tokens = _tokens_from(text, pos, _line_end(text, pos, 80))
    last = -1
    for k, token in enumerate(tokens):
        word = _token_text(token)
        if _is_capitalised(word) and word.replace("-", "").isalpha():
            last = k
        elif word.lower() not in _FOREIGN_PLACE_LINKS or last < 0:
            break
    if last < 0:
        return None
    end = tokens[last].start() + len(_token_text(tokens[last]))
    return end if _ENDS_PHRASE.match(text, end) is not None else None


# A five-digit postcode before a capitalised word on the line after a street's, opening that line's message or after
# its first short words: a chat's next turn that completes the address ("Am Waltenberg 17, klopt dat?" /
# "Heike: Genau, 59955 Winterberg"). (A speaker's label of up to four words before the message.)
_CODE_OPENING_TURN = re.compile(
    r"[^\S\n]*(?:[^\n]{1,45}?:[ \t]+)?(?:[^\W\d_]{1,8}[,!.]?[ \t]+){0,2}(\d{5})[ \t\u00a0]+(?=[A-ZÀ-Ý])"
)


def _foreign_code_next_turn(text: str, end: int) -> re.Match[str] | None:
    """A five-digit code and place opening the line right after the one the street at ``end`` stands on (not a table's
    row: its next line is the next row)."""
    line_end = text.find("\n", end, end + 120)
    if line_end < 0 or any(cell in text[end:line_end] for cell in "\t|;"):
        return None  # the line goes on in cells: a table's row, the next line the next row ("50212\tSchürmann")
    m = _CODE_OPENING_TURN.match(text, line_end + 1)
    if m is None or _POSTCODE.match(text, m.start(1)) is not None:
        return None
    if _next_word(text, m.end() - 1).lower() in common_words():
        return None  # "Kerkstraat 4" / "12345 Stuks": a count on the next line, not a place
    return m


# A foreign postcode of four or five digits and a place in lower case closing a street's address, as a chat types it
# ("calle de la paz 12, 46003 valencia"; the place in the lists of foreign places, or a Dutch one no word or name).
_CLOSING_CODE_LOWER = re.compile(r",[ \t\u00a0]*([1-9]\d{3}|\d{5})[ \t]+(?=[a-zà-ÿ])")


# A place no list holds right after an address's street and number, closing it (before a bracketed postcode, a comma,
# a stop or the line's end): a hamlet the BAG names no woonplaats ("Adres: wilgenlaan 9 langeraar (2461TW)"), a place
# shortened or misspelt as people type it ("adres baanderij 60 r'veen", "address Veenderpad 18 roelofarends veen",
# tuning_55). One or two words, neither a word of the dictionary nor a stop word; an address word before the street.
_UNLISTED_PLACE_AFTER = re.compile(
    r"[ \t]+([^\W\d_][\w'’-]{2,}(?:[ \t]+[^\W\d_][\w'’-]{2,})?)(?=[ \t]*(?:\(|[,.;!?\n]|$))"
)
ADDRESS_CUE_REACH = 40


def _unlisted_places_after_streets(text: str, streets: list[Finding]) -> list[Finding]:
    from afscherm.detectors.name_slots import word_like
    from afscherm.detectors.person_name import STOP
    from afscherm.detectors.place_names import lookup

    found: list[Finding] = []
    cues = _address_cues(text)
    for street in streets:
        if not any(street.start - ADDRESS_CUE_REACH <= c < street.start for c in cues):
            continue
        m = _UNLISTED_PLACE_AFTER.match(text, street.end)
        if (
            m is None
            or not text[street.end - 1].isalnum()
            or not any(c.isdigit() for c in text[street.start : street.end])
        ):
            continue
        words = [w.strip("'’") for w in m.group(1).lower().split()]
        split = len(words) > 1 and lookup("".join(words)) is not None  # a place typed in two ("roelofarends veen")
        if not split and any(len(w) < 3 or w in STOP or w in common_words() or word_like(w) for w in words):
            continue
        found.append(Finding(*m.span(1), "LOCATION", SCORE_CITY, _RECOGNIZER_NAME))
    return found


def _lower_places_closing_streets(text: str, streets: list[Finding]) -> list[Finding]:
    from afscherm.detectors.place_names import foreign_and_abroad_places, lookup, normalise

    found: list[Finding] = []
    for street in streets:
        m = _CLOSING_CODE_LOWER.match(text, street.end)
        if m is None:
            continue
        tokens = _tokens_from(text, m.end(), _line_end(text, m.end(), 80))
        words = [_token_text(t) for t in tokens]
        for k in range(len(words), 0, -1):
            name = " ".join(words[:k])
            listed = lookup(name)
            if normalise(name) in foreign_and_abroad_places() or (listed is not None and listed[1] == "plain"):
                end = tokens[0].start() + len(name)
                if _ENDS_PHRASE.match(text, end) is None:
                    break  # "12, 2000 keer beter": a count and the sentence goes on
                found.append(Finding(*m.span(1), "LOCATION", SCORE_POSTCODE, _RECOGNIZER_NAME))
                found.append(Finding(tokens[0].start(), end, "LOCATION", SCORE_CITY_KNOWN, _RECOGNIZER_NAME))
                break
    return found


_SPOKEN_DIGIT = (
    r"(?:nul|een|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|(?:der|veer|vijf|zes|zeven|acht|"
    r"negen)tien|(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n)?(?:twin|der|veer|vijf|zes|zeven|tach|"
    r"negen)tig|\d{1,4})"
)
# A postcode read out: digit words (or words for 10-99, or digits) and two letters, after the word "postcode"
# ("postcode is drie acht nul één b c", "postcode: achtendertig nul één, BC"). A letter may be said by its Dutch name
# ("zesendertig vijftien ka el" for KL, "es tee" for ST).
# (not "de", "te", "we": words more often than letters)
_LETTER_NAMES = (
    r"(?:aa|bee|be|cee|ce|dee|ee|gee|ge|haa|ie|jee|kaa|ka|el|em|en|ef|es|er|oo|pee|pe|kuu|tee|uu|vee|wee|iks|zet|ij)"
)
_SPOKEN_POSTCODE = re.compile(
    rf"(?<!\w){_SPOKEN_DIGIT}(?:[ \t,.-]+(?:eh[ \t,]+)?{_SPOKEN_DIGIT}){{0,3}}[ \t,.-]+(?:eh[ \t,]+)?"
    # (no number word read as letters: "twee" is no "t" and "wee")
    rf"(?P<letters>(?!{_SPOKEN_DIGIT}(?![\w]))(?:{_LETTER_NAMES}(?![\w])|([a-z])(?:[ \t]+van[ \t]+\2\w+)?)"
    rf"[ \t.,]*(?:{_LETTER_NAMES}|([a-z])(?:[ \t]+van[ \t]+\3\w+)?))(?![\w])",
    re.IGNORECASE,
)


# A postcode written in digits at a turn's start (the other speaker reading it back: "Medewerker: 2394 BE, Ommedijk 44")
_READ_BACK_CODE = re.compile(
    r"(?m)^[^\n:]{1,40}:[ \t]*(?P<code>(?P<digits>[1-9]\d{3})[ \t](?P<letters>[A-Z]{2}))(?![\w])"
)
_READ_BACK_LINES = 2  # the spoken postcode stands on one of the two lines before
# ... or said in French, its area a number in words and its letters spelled ("Moeder: trois mille soixante-douze, K,
# V." / "Agent: 3072 KV Rotterdam.", tuning_132): the words' number must be the digits read back.
_FRENCH_SPOKEN_CODE = re.compile(
    rf"(?i)(?<![\w-])(?P<number>(?:{FRENCH_NUMBER_WORDS})(?:[ \t-]+(?:{FRENCH_NUMBER_WORDS})){{1,6}})"
    r"[ \t,.-]+(?P<letters>[a-z][ \t,.]*[a-z])(?![\w])"
)


def _read_back_postcodes(text: str) -> list[Finding]:
    """A postcode said digit by digit and letter by letter, read back in digits at the start of a next turn (``...
    in Hazerswoude-Rijndijk, twee drie negen vier, B, E.`` / ``Medewerker: 2394 BE, ...``, tuning_72): both are the
    postcode, however else its letters read (``BE``, ``EN``) and whether or not "postcode" was said. The digits and
    letters must agree."""
    out: list[Finding] = []
    if ":" not in text:
        return out
    for m in _READ_BACK_CODE.finditer(text):
        lo = m.start()
        for _ in range(_READ_BACK_LINES):
            lo = text.rfind("\n", 0, max(0, lo - 1)) + 1
        for said in _SPOKEN_POSTCODE.finditer(text, lo, m.start()):
            letters = re.sub(r"[^A-Za-z]", "", said.group("letters"))
            if _spoken_digits(text[said.start() : said.start("letters")]) == m.group("digits") and (
                letters.upper() == m.group("letters")
            ):
                out.append(Finding(*said.span(), "LOCATION", SCORE_POSTCODE_LOWER, _RECOGNIZER_NAME))
                out.append(Finding(*m.span("code"), "LOCATION", SCORE_WITH_CONTEXT, _RECOGNIZER_NAME))
        if "mille" not in text[lo : m.start()].lower():
            continue  # (every French area has its thousands: one substring test before the pattern)
        for said in _FRENCH_SPOKEN_CODE.finditer(text, lo, m.start()):
            letters = re.sub(r"[^A-Za-z]", "", said.group("letters"))
            if french_number(said.group("number")) == int(m.group("digits")) and letters.upper() == m.group("letters"):
                out.append(Finding(*said.span(), "LOCATION", SCORE_POSTCODE_LOWER, _RECOGNIZER_NAME))
                out.append(Finding(*m.span("code"), "LOCATION", SCORE_WITH_CONTEXT, _RECOGNIZER_NAME))
    return out


def _spoken_digits(value: str) -> str:
    from afscherm.detectors.spoken_numbers import number_word_value

    digits = ""
    for word in re.findall(r"[^\W\d_]+|\d+", value):
        digits += word if word.isdigit() else number_word_value(word) or ""
    return digits


def _spoken_postcodes(text: str) -> list[Finding]:
    from afscherm.detectors.place_names import lowered_text

    found: list[Finding] = []
    for cue in _positions(lowered_text(text), "postcode"):
        # the answer follows on the cue's line or the next (the other speaker's)
        cue_end = cue + len("postcode")
        end = _line_end(text, cue_end, 120)
        if end < len(text) and text[end] == "\n":
            end = _line_end(text, end + 1, 120)
        written = _POSTCODE.search(text, cue_end, end)
        if written is not None:
            # written in digits: the postcode rules; but one said before it is still said ("Postcode twee twee drie
            # één, R, K." read back as "2231 RK" on the next line, tuning_71/72)
            end = written.start()
            if (
                _SPOKEN_POSTCODE.search(text, cue_end, end) is None
                and _SPACED_POSTCODE.search(text, cue_end, end) is None
            ):
                continue
        # every one the answer says: a correction repeats it ("twee vijf één twee, A B... sorry, twee vijf één drie")
        spoken = [m for m in _SPOKEN_POSTCODE.finditer(text, cue_end, end) if _read_out_area(text, m)]
        # or as a transcript writes it digit by digit, letter by letter: "7 6 3 1 B L"
        spaced = _SPACED_POSTCODE.finditer(text, cue_end, end)
        spoken += [m for m in spaced if m.group(1)[::2].upper() not in _FORBIDDEN_LETTERS]
        if spoken:
            found += [
                Finding(*_spoken_span(text, m), "LOCATION", SCORE_POSTCODE_LOWER, _RECOGNIZER_NAME) for m in spoken
            ]
            # its area said first, then repeated with the letters ("acht zeven drie een... acht zeven drie een B G")
            first = min(m.start() for m in spoken)
            lead = _SPOKEN_AREA.search(text, cue_end, first)
            if (
                lead is not None
                and lead.group()[:1].isalpha()
                and re.fullmatch(r"[1-9]\d{3}", _spoken_digits(lead.group()))
            ):
                found.append(Finding(*lead.span(), "LOCATION", SCORE_POSTCODE_LOWER, _RECOGNIZER_NAME))
            continue
        area = _postcode_area(text, cue_end, end)
        if area is not None:
            found.append(Finding(*area, "LOCATION", SCORE_POSTCODE_LOWER, _RECOGNIZER_NAME))
    return found


# What parts a street and its number from a postcode read out after them: a floor said after the number ("102 twee
# hoog"), then a comma.
# (or a full stop: "Warffumerweg honderdzes. Negen negen acht acht, R, K.", tuning_61)
# (and the word "postcode" may stand before it: "Kerkakkers vijftien, postcode vijf vijf twee negen, B, X", tuning_62)
_STREET_TO_SPOKEN_CODE = re.compile(
    r"(?:[ \t]+(?:een|één|eerste|twee|drie|vier)[ \t]+hoog)?[ \t]*[,.][ \t]*(?:(?i:postcode)[ \t]+(?:is[ \t]+)?)?"
)
_SPOKEN_AREA = re.compile(rf"{_SPOKEN_DIGIT}(?:[ \t,-]+{_SPOKEN_DIGIT}){{0,3}}", re.IGNORECASE)


# A postcode's area (four digits) right after a street and its number, before its place: "zuiddijk 14 ja, 3144
# maassluis", "schouwsedijk 7, 3171 algo, poortugaal" (tuning_65: a chat that knows the digits only).
_AREA_AFTER_STREET = re.compile(
    # (not a whole postcode's digits: "Marktplein 214, 4649 AS Middelburg" is the postcode rules')
    r"[ \t]*,?[ \t]*(?:(?:ja|nee|eh|toch)[ \t]*,?[ \t]+)?(?P<area>[1-9]\d{3})(?![\w-])(?![ \t]?[A-Za-z]{2}(?![\w]))"
    r"(?:[ \t]+(?:algo|ofzo|of zo|ongeveer|geloof ik))?[ \t]*,?[ \t]*"
)


def _areas_after_streets(text: str, streets: list[Finding]) -> list[Finding]:
    """The area of a postcode (``_AREA_AFTER_STREET``) between a street with its number and a listed place."""
    found: list[Finding] = []
    for street in streets:
        if not text[street.end - 1 : street.end].isalnum():
            continue
        m = _AREA_AFTER_STREET.match(text, street.end)
        if m is None:
            continue
        tokens = _tokens_from(text, m.end(), _line_end(text, m.end(), 80))
        if tokens and _listed_place(text, tokens, any_case=True) is not None:
            found.append(Finding(*m.span("area"), "LOCATION", SCORE_POSTCODE_LOWER, _RECOGNIZER_NAME))
    return found


def _spoken_postcodes_after_streets(text: str, streets: list[Finding]) -> list[Finding]:
    """A postcode read out right after a street and its number and a comma, without the word "postcode": the whole
    address said in one go ("kapelstraat negen, vijf vijf zevenentwintig eh E R"); a first go the speaker repeats
    ("drie acht drie negen eh drie acht drie negen G E"); a Belgian one of four digits before its listed place
    ("driehonderdtien, drie negen twee nul Lommel")."""
    found: list[Finding] = []
    for street in streets:
        gap = _STREET_TO_SPOKEN_CODE.match(text, street.end)
        if gap is None:
            continue
        lead = _SPOKEN_AREA.match(text, gap.end())
        if lead is None or not lead.group()[:1].isalpha():
            continue  # (most streets: a postcode in digits, a place or nothing after the comma)
        end = _line_end(text, gap.end(), 80)
        codes = [m for m in _SPOKEN_POSTCODE.finditer(text, gap.end(), end) if _read_out_area(text, m)]
        if codes:
            first = codes[0]
            area = _SPOKEN_AREA.match(text, gap.end(), first.start())
            if (
                area is not None
                and first.start() > gap.end()
                and re.fullmatch(r"[1-9]\d{3}", _spoken_digits(area.group()))
            ):
                found.append(Finding(*area.span(), "LOCATION", SCORE_POSTCODE_LOWER, _RECOGNIZER_NAME))
            found += [
                Finding(*_spoken_span(text, m), "LOCATION", SCORE_POSTCODE_LOWER, _RECOGNIZER_NAME) for m in codes[:2]
            ]
            continue
        area = _SPOKEN_AREA.match(text, gap.end())
        if area is None or not any(c.isalpha() for c in area.group()):
            continue
        if re.fullmatch(r"[1-9]\d{3}", _spoken_digits(area.group())) is None:
            continue
        # (a comma may stand before the place: "vier zes vier vijf, Putte", tuning_56)
        blank = _AREA_TO_PLACE.match(text, area.end())
        tokens = _tokens_from(text, blank.end(), _line_end(text, blank.end(), 80)) if blank is not None else []
        if tokens and _listed_place(text, tokens, any_case=True) is not None:
            found.append(Finding(*area.span(), "LOCATION", SCORE_POSTCODE_LOWER, _RECOGNIZER_NAME))
    return found


# A postcode transcribed one character at a time: four digits (no leading zero) and two letters, a space between each.
_SPACED_POSTCODE = re.compile(r"(?<![\w-])[1-9](?: \d){3} ([A-Za-z] [A-Za-z])(?![\w-])")


# Two-letter words a speaker says after a postcode's area that are no letters of it ("vijf een twee een, de letters
# weet ik niet"): written together in lower case, they are the sentence going on.
_WORDS_NOT_LETTERS = frozenset(
    {"de", "te", "we", "en", "in", "op", "om", "is", "ik", "je", "ze", "er", "nu", "al", "ja"}
)


# A postcode's two letters said one by one, in capitals as a transcript writes them ("G, T", "R K", "B, H") or a pair as
# "dubbel A": the candidates of :func:`_spelled_postcodes`, found from the letters (two lone capitals are rare).
_SPELLED_LETTERS = re.compile(
    r"(?<![\w'’])(?:(?P<first>[A-Z])[ \t]*,?[ \t]*(?P<second>[A-Z])|(?i:dubbel)[ \t]+(?P<double>[A-Z]))(?![\w'’])"
)
# Four digit words, the first no "nul", right before them ("drie twee acht één, G, T"; "zes zes vijf negen, dubbel A").
_SPELLED_AREA = re.compile(
    r"(?i:(?<![\w])(?:een|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen)"
    r"(?:[ \t,]+(?:nul|een|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen)){3})[ \t]*,?[ \t]*$"
)
_SPELLED_REACH = 48  # characters of the four digit words and their separators


def _spelled_postcodes(text: str) -> list[Finding]:
    """A Dutch postcode read out whole, digit by digit and letter by letter, wherever a transcript or a call says it
    (tuning_80/90/93/94/95/96: after a street and its place, after "ja,", after "postcode" with "dubbel A"): four digit
    words and two single capitals (or "dubbel" and one). A number read out is no postcode without its letters, and
    two capitals without the four digit words before them none either; PostNL's letters only (no SA, SD, SS)."""
    found: list[Finding] = []
    if "," not in text and "dubbel" not in text.lower():
        return found
    for m in _SPELLED_LETTERS.finditer(text):
        letters = m.group("double") * 2 if m.group("double") else m.group("first") + m.group("second")
        if letters in _FORBIDDEN_LETTERS:
            continue
        area = _SPELLED_AREA.search(text, max(0, m.start() - _SPELLED_REACH), m.start())
        if area is None or re.fullmatch(r"[1-9]\d{3}", _spoken_digits(area.group())) is None:
            continue
        found.append(Finding(area.start(), m.end(), "LOCATION", SCORE_POSTCODE_LOWER, _RECOGNIZER_NAME))
    return found


def _spoken_span(text: str, m: re.Match[str]) -> tuple[int, int]:
    """The span of a spoken postcode; only its area when its "letters" are a word (``_WORDS_NOT_LETTERS``)."""
    if "letters" not in m.re.groupindex or m.group("letters") not in _WORDS_NOT_LETTERS:
        return m.span()
    return m.start(), m.start() + len(text[m.start() : m.start("letters")].rstrip(" \t,.-"))


def _read_out_area(text: str, m: re.Match[str]) -> bool:
    """The number before a spoken postcode's letters is read out (not digits) and makes four digits."""
    number = text[m.start() : m.start("letters")]
    return any(c.isalpha() for c in number) and re.fullmatch(r"[1-9]\d{3}", _spoken_digits(number)) is not None


# A postcode area on its own, written or read out, as the first number after the word "postcode" and ending its
# phrase: "mijn postcode begint met 3511", "welk postcodegebied?" / "negen zeven nul drie".
_POSTCODE_AREA = re.compile(
    rf"(?<![\w.,/-])(?:[1-9]\d{{3}}|{_SPOKEN_DIGIT}(?:[ \t,-]+(?:eh[ \t,]+)?{_SPOKEN_DIGIT}){{0,3}})"
    # (or what a caller who knows only the area says after it: "postcode 3195 weet ik niet meer de letters", tuning_65)
    r"(?=[ \t]*(?:[,.!?;)\n]|$|(?:dus|en|in|maar|weet|geloof|denk|ofzo|of)[ \t]))",
    re.IGNORECASE,
)
_AREA_REACH = 40  # the number follows the cue closely (or opens the answer on the next line)


def _postcode_area(text: str, cue_end: int, end: int) -> tuple[int, int] | None:
    """(start, end) of a postcode area (``_POSTCODE_AREA``) that is the first number after a postcode cue."""
    newline = text.find("\n", cue_end, end)
    stops = (min(end, cue_end + _AREA_REACH),) if newline < 0 else (newline, min(end, newline + _AREA_REACH))
    los = (cue_end,) if newline < 0 else (cue_end, newline + 1)
    for lo, hi in zip(los, stops, strict=True):
        first = _FIRST_NUMBER.search(text, lo, hi)
        if first is None:
            continue
        m = _POSTCODE_AREA.match(text, first.start(), end)
        digits = _spoken_digits(m.group()) if m is not None else ""
        return m.span() if m is not None and re.fullmatch(r"[1-9]\d{3}", digits) else None
    return None


# The first number after a cue, in digits or in words.
_FIRST_NUMBER = re.compile(rf"(?<![\w])(?:\d|{_SPOKEN_DIGIT}(?![\w]))", re.IGNORECASE)


# A street followed by a house number read out ("ik woon aan de lindenlaan twaalf", "bergstraat nummer vijftien"),
# after an address word.
# A house number read out: hundreds (honderdtwaalf, tweehonderdzes), one or two number words, a letter after it
# ("drie a"), and a correction that follows ("vierendertig nee sorry zevenendertig": both are read).
_SPOKEN_HOUSE = (
    rf"(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)?honderd(?:[eë]n)?(?:[ \t]*{_SPOKEN_DIGIT})?(?![\w])"
    rf"|{_SPOKEN_DIGIT}(?:[ \t]+(?:honderd|en)?[ \t]*{_SPOKEN_DIGIT})?(?![\w]))(?:[ \t]+[a-h](?![\w'’]))?"
)
_SPOKEN_HOUSE_NUMBER = rf"{_SPOKEN_HOUSE}(?:[ \t,]+nee[ \t,]+(?:sorry[ \t,]+)?{_SPOKEN_HOUSE})?"
_SPOKEN_STREET = re.compile(
    # (a comma only before "nummer": "de van goghstraat, nummer twaalf")
    # (more endings than the spoken run of a house number has: "Lijnbaan negentien", "Gorishoek twee", tuning_55/56)
    r"(?P<ending>straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|hof|steeg|baan|haven|pad|markt|erf|wal|ring|hoek"
    r"|einde)"
    r"(?:[ \t]+|[ \t]*,[ \t]*(?=(?:huis)?nummer[ \t]))(?:(?:huis)?nummer[ \t]+)?"
    rf"(?P<number>{_SPOKEN_HOUSE_NUMBER})",
    re.IGNORECASE,
)
# The answer to a question for the house number ("en het huisnummer?" / "Klant: twaalf"), or a turn giving the
# number of a street named on the line above ("u woont op de kastanjelaan?" / "ja nummer zevenendertig"), or a
# house number named with its word ("het huisnummer is drie a").
# A number said on its own ends the turn or its clause: "een" before a word is an article ("een ogenblikje").
_NUMBER_ENDS = r"(?=[ \t]*(?:[,.!?;]|\n|$|(?:en|in|te|dus|maar|hoor|toch)(?![\w])))"
_ENDS_HERE = re.compile(_NUMBER_ENDS)
# A number word right after "nummer " (the lower-cased copy): the first letters of the spoken numbers.
_SPOKEN_NUMBER_NEXT = re.compile(
    r"[ \t]+(?:nul|een|één|eén|twee|twin|drie|der|vier|veer|vijf|zes|zeven|acht|tach|negen|tien|elf|twaalf|honderd)"
)
_TURN_ENDS = re.compile(r"[ \t]*[.!]?[ \t]*(?:\n|$)")
# Number words that are more often an article or a count than a house number, unless they end the clause.
_NOT_ALONE = frozenset(("een", "één", "eén", "honderd"))
_HOUSE_NUMBER_ANSWER = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?(?:[^\n:]{1,30}:)?[ \t]*(?:(?:ja|eh|uh|dat is|ook|op)[ \t,.]+)*"
    rf"(?P<word>(?:huis)?nummer[ \t]+)?(?P<number>{_SPOKEN_HOUSE_NUMBER}){_NUMBER_ENDS}",
    re.IGNORECASE,
)
_HOUSE_NUMBER_NAMED = re.compile(
    rf"huisnummer[ \t]+(?:is[ \t]+|:[ \t]*)?(?P<number>{_SPOKEN_HOUSE_NUMBER}){_NUMBER_ENDS}", re.IGNORECASE
)


# (and the address asked or given in the languages a chat switches to: "mi dirección", "endereço", "Anschrift")
_ADDRESS_CUES = ("woon", "wonen", "adres", "address", "direcci", "endere", "anschrift", "wenje", "wennet")
_NUMBER_WORDS = frozenset({"nr", "nr.", "no", "no.", "nummer"})


@lru_cache(maxsize=2)
def _address_cues(text: str) -> tuple[int, ...]:
    """Where an address word (``woon``, ``wonen``, ``adres`` in any case) stands in ``text``, in order."""
    from afscherm.detectors.place_names import lowered_text

    lowered = lowered_text(text)
    # "e-mailadres", "ip-adres", "webadres" name no home
    return tuple(
        sorted(
            pos
            for cue in _ADDRESS_CUES
            for pos in _positions(lowered, cue)
            if not lowered.endswith(_OTHER_ADDRESSES, max(0, pos - 4), pos)
        )
    )


_OTHER_ADDRESSES = ("mail", "ip", "ip-", "web", "mac")


def _spoken_street_candidates(text: str) -> list[re.Match[str]]:
    """Matches of ``_SPOKEN_STREET`` in the 80 characters after each address word, and at each street ending that a
    number word follows anywhere (a street read out after a preposition or answering a question for the street
    needs no address word; :func:`_spoken_streets` judges them)."""
    cues = _address_cues(text)
    out: list[re.Match[str]] = []
    searched = 0
    for pos in cues:
        lo = max(pos, searched)
        searched = pos + 80
        out.extend(_SPOKEN_STREET.finditer(text, lo, searched))
    seen = {m.start() for m in out}
    # each street ending followed by a blank, found in the lower-cased copy (few texts have one), matched there when
    # a word stands before it
    lowered = text_facts(text).lowered
    for ending in _SPOKEN_ENDING_AT.finditer(lowered):
        at = ending.start()
        if at == 0 or not lowered[at - 1].isalpha() or at in seen:
            continue  # a bare "weg" or "straat": no street name
        m = _SPOKEN_STREET.match(text, at)
        if m is not None:
            seen.add(at)
            out.append(m)
    return sorted(out, key=lambda m: m.start())


_SPOKEN_ENDINGS = (
    "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "dreef", "hof", "steeg", "baan", "haven",
    "pad", "markt", "erf", "wal", "ring", "hoek", "einde",
)  # fmt: skip
# Each of them before a blank or ", nummer ": one pass over the text (no ending is the tail of another, so no
# occurrence hides inside another's match).
_SPOKEN_ENDING_AT = re.compile(by_first_character(_SPOKEN_ENDINGS) + "(?= |, nummer )")
# A preposition (and article) right before a street read out with its number: "naar de prinsenstraat eenendertig",
# "van schoolstraat vijf", "op de lindelaan negen".
_STREET_LEADS = _words("naar op aan van bij")


def _positions(text: str, literal: str) -> list[int]:
    found: list[int] = []
    pos = text.find(literal)
    while pos >= 0:
        found.append(pos)
        pos = text.find(literal, pos + 1)
    return found


_STREET_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _streets_without_number(text: str) -> list[Finding]:
    """A street after an address word, without a house number: ``ik woon in de kerkstraat``, ``Wij wonen aan de
    Van Goghstraat sinds mei``: a word with a street ending (not a bare ``weg`` or ``straat``)."""
    found: list[Finding] = []
    for pos in _address_cues(text):
        line_end = _line_end(text, pos, 60)
        for m in _STREET_WORD.finditer(text, pos, line_end):
            word = m.group().rstrip(".,")
            if not _is_compound_street(word) or _NUMBER_AFTER.match(text, m.start() + len(word)):
                continue  # with a house number: the street rules
            words = _words_before(text, _line_start(text, m.start(), 100), m.start() + len(word), 7)
            last = len(words) - 1
            first = _extend_lower(words, last) if word.islower() else _extend_prefix(words, last)
            if _has_address_word(words, first):
                found.append(Finding(words[first].start, m.start() + len(word), "LOCATION", SCORE_STREET_LOWER,
                                     _RECOGNIZER_NAME))  # fmt: skip
                # a corner or a second street joined to it ("op de hoek van de kerkstraat en de molenweg")
                joined = _JOINED_STREET.match(text, m.start() + len(word))
                if joined is not None and _is_compound_street(joined.group(1).rstrip(".,")):
                    end = joined.start(1) + len(joined.group(1).rstrip(".,"))
                    found.append(Finding(joined.start(1), end, "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME))
            break  # only the first street word after the cue (and one joined to it)
    return found


# A home or a building, or living there, then "aan"/"op" and an article: the street it stands on follows ("we wonen aan
# de hoge ham", "de sporthal aan de Biezenkamp", "ons huis op de wiekslag"). Kinds of building, not names.
_AT_HOME = re.compile(
    r"(?<![\w'’])(?:woon|woont|wonen|woonde|woonden|wonend|wonende|woonachtig|huis|huisje|woning|flat|appartement|pand"
    r"|boerderij|winkel|zaak|kantoor|praktijk|school|kerk|sporthal|gymzaal|zwembad|clubhuis|kantine|garage|loods"
    r"|werkplaats|bakkerij|apotheek)[ \t]+"
    # (and who lives there, in a question: "woont ze nog op de Dendermondsebaan?", "wonen jullie al aan het plein")
    r"(?:(?:nu|nog|hier|daar|al|ook|ze|zij|hij|je|jij|u|jullie|we|wij|ik)[ \t]+){0,2}$"
)
# "aan"/"op" and an article: found first (a simple pattern, fast on long text), then the home before it is read back
_AT_ARTICLE = re.compile(after_edge(r"(?<![\w'’])", ["aan", "op"]) + r"[ \t]+(?:de|het|'t)[ \t]+")
_STREET_WORD_RUN = re.compile(r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2}")


def _listed_streets_at_homes(text: str) -> list[Finding]:
    """A street of the BAG list, or a word with a road's ending, without a number after a home, a building or a verb
    of living and "aan/op de" (:data:`_AT_HOME`), in one case throughout: up to three words, the longest listed
    phrase. Not a common word or a phrase of common words only ("huis aan de kust", "op de hoek"), nor a first name
    or a surname alone."""
    from afscherm.detectors.place_names import normalise, street_names

    lowered = text_facts(text).lowered
    found: list[Finding] = []
    listed = street_names()
    common = common_words()
    for cue in _AT_ARTICLE.finditer(lowered):
        if _AT_HOME.search(lowered, max(0, cue.start() - 32), cue.start()) is None:
            continue
        run = _STREET_WORD_RUN.match(text, cue.end())
        if run is None:
            continue
        words = run.group().split()
        for k in range(len(words), 0, -1):
            phrase = " ".join(words[:k])
            if not (phrase.islower() or all(_is_capitalised(w) for w in words[:k] if w.lower() not in _CONNECTORS)):
                continue
            name = normalise(phrase)
            article = cue.group().rsplit(None, 1)[-1]
            if name not in listed and f"{article} {name}" not in listed:
                if k > 1 or not _is_compound_street(phrase) or name in common:
                    continue
            elif name in common or all(w in common for w in name.split()):
                continue
            if k == 1 and (is_first_name(phrase) or is_family_name(phrase)):
                continue
            end = run.start() + len(phrase)
            found.append(Finding(run.start(), end, "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME))
            break
    return found


# The prepositions before an article and a street named without its number ("op de binnenban", "bij de hema op het
# vredenburg?"), and the street's one word after the article (in the lower-cased copy).
_BARE_STREET_PREPOSITIONS = frozenset(
    {"op", "aan", "via", "langs", "bij", "naar", "vanaf", "richting", "over", "achter", "naast", "tegenover"}
)
_LOWER_STREET_WORD = re.compile(r"[a-zà-ÿ][\w'’-]{5,}")
# What may follow such a street: the phrase's end (a chat's particle or sign), or the next place's preposition.
_AFTER_BARE_STREET = re.compile(r"[ \t]*(?:[,.!?;)\n]|$)|[ \t]+(?:bij|in|en|of|toch|hoor)(?![\w'’])")


def _rare_listed_streets_after_article(text: str) -> list[Finding]:
    """A one-word BAG street that no word list holds (:func:`_rare_word`, not OpenTaal's Dutch words), after a
    preposition and an article, in one case throughout, ending the phrase: "neem patat mee van de snackbar op de
    binnenban", "op het vredenburg?". A street named by a word ("op de hoek", "op het plein", "aan de kade") or a
    name ("bij de Jong") is left alone; a listed place is the place rules'."""
    from afscherm.detectors.place_names import lookup, street_names, street_words

    lowered = text_facts(text).lowered
    found: list[Finding] = []
    for article in (" de ", " het ", " 't "):
        for at in positions(lowered, article):
            before = lowered[max(0, at - 10) : at].rsplit(None, 1)[-1:]
            if not before or before[0] not in _BARE_STREET_PREPOSITIONS:
                continue
            m = _LOWER_STREET_WORD.match(lowered, at + len(article))
            if m is None:
                continue
            word, written = m.group(), text[m.start() : m.end()]
            if not (written.islower() or written.istitle()) or _AFTER_BARE_STREET.match(text, m.end()) is None:
                continue
            if word not in street_names() and not _road_word(word):
                continue
            if word in street_words() or not _rare_word(word) or lookup(word):
                continue
            found.append(Finding(m.start(), m.end(), "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME))
    return found


# A railway station, a metro, tram or bus stop and its name ("station Maashaven", "bij station reigersbos?", "halte
# Koppelweg", tuning_112, _132): up to three capitalised words, the first no common word, or one lower-case word that
# is no word of Dutch or English. "station in Grou", "bushalte van lijn 22", "station zonder telefoon" name none.
_NAMED_STOP = re.compile(
    r"(?<![\w-])(?i:(?:metro|trein|tram|bus)?(?:station|halte))[ \t]+"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){0,2}|[a-zà-ÿ][\w'’-]{4,})(?![\w'’-])"
)


def _named_stops(text: str) -> list[Finding]:
    """The names of stations and stops (see ``_NAMED_STOP``)."""
    from afscherm.detectors.name_slots import word_like  # (it reads person_name's lists, as this module does)
    from afscherm.detectors.place_names import lookup  # place_names builds on this module

    lowered = text_facts(text).lowered
    if "station" not in lowered and "halte" not in lowered:
        return []
    found: list[Finding] = []
    for m in _NAMED_STOP.finditer(text):
        name = m.group("name")
        first = name.split()[0].lower()
        # (a town's station named by the town, however common a word its name is: "station Wierden", tuning_135)
        town = name[0].isupper() and lookup(name) is not None
        if ((first in common_words() or first in STOP) and not town) or (name.islower() and word_like(name)):
            continue
        found.append(Finding(m.start("name"), m.end("name"), "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME))
    return found


# Street endings that farms, firms, parks and families are named with as often ("op de Zonnehoeve", "bij de
# Westerveld", "bij de Mediamarkt"): a word so ending is not read as a road by its ending alone.
_NAME_LIKE_STREET_ENDINGS = (
    "hof",
    "veld",
    "park",
    "markt",
    "hoeve",
    "poort",
    "erf",
    "ring",
    "wal",
    "lei",
    "kaai",
    "platz",
)


def _road_word(word: str) -> bool:
    """A lower-case word of a street's ending (not one of :data:`_ROAD_ENDINGS`) and four letters or more before it
    that is no word of Dutch or English (``graafsebaan``, ``schokkerhaven``; not ``startbaan``, ``jachthaven``): a
    road, as the BAG holds thousands, that :func:`street_names` leaves to the ending rules ("het kamp aan de
    Graafsebaan in Den Bosch", tuning_117)."""
    from afscherm.detectors.name_slots import word_like  # (it reads person_name's lists, as this module does)

    suffix = street_suffix(word)
    if suffix is None or suffix in _NAME_LIKE_STREET_ENDINGS or len(word) < len(suffix) + 4:
        return False
    if suffix in _ROAD_ENDINGS:
        return False  # (the rules for streets named with a preposition read these: "naar de milieustraat" is none)
    return not word_like(word)


_NUMBER_AFTER = re.compile(r"[ \t]+\d")
# Endings only streets and roads have (not -markt, -ring, -park, -hof, -haven, -veld: many words end so)
_ROAD_ENDINGS = ("straat", "laan", "weg", "gracht", "kade", "singel", "plein", "steeg", "dreef", "allee", "boulevard")
# Prepositions that name a street with its article: "ik sta op de kerkstraat", "in de Kalverstraat".
# (and what stands beside it: "achter de parkstraat", "naast de molenweg", "tegenover de kerkstraat"; tuning_40)
_STREET_PREPOSITIONS = frozenset(
    {"op", "in", "aan", "naar", "via", "langs", "over", "uit", "bij", "vanaf", "richting"}
    | {"achter", "naast", "tegenover", "tussen"}
)
# A place along a street, then "van de" and the street ("op de hoek van de dorpsstraat", "aan het eind van de
# molenweg", "halverwege de ..." is a preposition's).
_PLACES_ALONG_A_STREET = frozenset({"hoek", "eind", "einde", "begin", "kant", "overkant", "midden", "helft", "stuk"})


# A chat export's date and time before a speaker's label ("2/9/26, 18:42 - bas: ..."): its clock's colon is no
# label's end.
EXPORT_STAMP = r"(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*[-–][ \t]*)?"
# A speaker's label at a turn's start, then fillers and an article before the answer ("klant: eh de dorpsstraat").
_ANSWER_LEAD = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?"
    + EXPORT_STAMP
    + r"(?:[^\n:]{1,30}:[ \t]*)?(?:(?:eh+m?|ja|nou|dat is|de|het)[ \t,]+)*"
)


def _street_answers(text: str) -> list[Finding]:
    """A street named as the answer to a question for the street or address, without its number (``agent: en de
    straat?`` / ``klant: de dorpsstraat``)."""
    found: list[Finding] = []
    if "?" not in text:
        return found
    for at in positions(text, "?\n"):
        line_start = at + 2
        if not _answers_address_question(text, line_start):
            continue
        lead = _ANSWER_LEAD.match(text, line_start)
        m = _STREET_WORD.match(text, lead.end()) if lead is not None else None
        if m is None:
            continue
        word = m.group().rstrip(".,")
        if _is_compound_street(word) and word.lower() not in common_words():
            found.append(Finding(m.start(), m.start() + len(word), "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME))
    return found


_STREET_INITIALS = re.compile(r"(?:(?:[A-Za-z]\.[ \t]?){1,3}|[A-Za-z]{1,2}[ \t]+)(?=[A-Za-z])")


def _streets_after_article(text: str) -> list[Finding]:
    """A street named after a preposition and "de", without a house number: a word with a street ending that is no
    common word ("op de snelweg", "in de supermarkt") and takes "de" (parks and fields take "het")."""
    found: list[Finding] = []
    lowered = text_facts(text).lowered
    for at in positions(lowered, " de "):
        before = lowered[max(0, at - 20) : at].rsplit(None, 2)[-2:]
        if not before or (
            before[-1] not in _STREET_PREPOSITIONS and not (before[-1] == "van" and before[0] in _PLACES_ALONG_A_STREET)
        ):
            continue
        # (a street named after a person, with the initials the sign prints: "op de pa verkuyllaan", "de j.p.
        # coenstraat", tuning_43; the street word after them must hold all the rest)
        initials = _STREET_INITIALS.match(text, at + 4)
        start = initials.end() if initials is not None else at + 4
        m = _STREET_WORD.match(text, start)
        if initials is not None and m is None:
            start = at + 4
            m = _STREET_WORD.match(text, start)
        word = m.group().rstrip(".,") if m is not None else ""
        # ("op de vughterdijk"; "op de dijk" is no compound, "zeedijk" a word; a chat's "op de brugstr", "aan de
        # jufferenwal": tuning_41, tuning_53/54)
        ends = _ROAD_ENDINGS + ("dijk", "str", "wal")
        if not _is_compound_street(word) or word.lower() in common_words() or not word.lower().endswith(ends):
            continue  # ("de vastgoedmarkt", "de storing", "de rozenhof": words of other kinds share those endings)
        if word.lower() in _NOT_STREETS:
            continue  # "naar de milieustraat": a place of another kind (a municipality's recycling yard)
        if not word.isupper() and any(c.isupper() for c in word[1:]):
            continue  # "in de MediaMarkt": a brand's inner capital, never a street's
        if _NUMBER_AFTER.match(text, start + len(word)):
            continue  # with a house number: the street rules
        found.append(Finding(at + 4, start + len(word), "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME))
    return (
        found
        + _squares_after_article(text, lowered)
        + _parks_after_article(text, lowered)
        + _markets(text, lowered)
        + _stops_by_their_street(text, lowered)
        + _branches_by_their_street(text, lowered)
    )


# A firm's branch named after its street, the street before or after the branch's word ("de key van de oudegracht
# vestiging", "filiaal Kalverstraat", "het kantoor aan de ..." is the address rules'), in the lower-cased copy.
_BRANCH_AFTER_STREET = re.compile(r"([a-zà-ÿ][\w'’-]{3,})[ \t]+(?:vestiging|filiaal)(?![\w'’])")
_BRANCH_BEFORE_STREET = re.compile(r"(?<![\w'’])(?:vestiging|filiaal)[ \t]+([a-zà-ÿ][\w'’-]{3,})(?![\w'’])")


def _branches_by_their_street(text: str, lowered: str) -> list[Finding]:
    """A branch of a firm named after its street (``_BRANCH_AFTER_STREET``, ``_BRANCH_BEFORE_STREET``): a word with a
    road's ending that is no common word, in one case, without a number after it."""
    if "vestiging" not in lowered and "filiaal" not in lowered:
        return []
    found: list[Finding] = []
    for pattern in (_BRANCH_AFTER_STREET, _BRANCH_BEFORE_STREET):
        for m in pattern.finditer(lowered):
            word, written = m.group(1), text[m.start(1) : m.end(1)]
            if not (written.islower() or written.istitle()) or not word.endswith(_ROAD_ENDINGS):
                continue
            if not _is_compound_street(word) or word in common_words() or word in _NOT_STREETS:
                continue
            if _NUMBER_AFTER.match(text, m.end(1)):
                continue  # with a house number: the street rules
            found.append(Finding(m.start(1), m.end(1), "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME))
    return found


def _stops_by_their_street(text: str, lowered: str) -> list[Finding]:
    """A bus or tram stop named after its street, right after "halte" (``halte hobbemastraat``, ``bushalte
    Kerkstraat``, ``de tramhalte van Baerlestraat``: the street's name; a kind of road, ``halte snelweg``, is a common
    word)."""
    found: list[Finding] = []
    for at in positions(lowered, "halte "):
        m = _STREET_WORD_RUN.match(text, at + 6)
        if m is None:
            continue
        words = m.group().split()
        for k in range(len(words), 0, -1):  # the street's last word closes it ("van baerlestraat")
            word = words[k - 1]
            if _is_compound_street(word) and word.lower() not in common_words() and word.lower() not in _NOT_STREETS:
                if k == 1 or all(w.lower() in _NAME_CONNECTORS for w in words[: k - 1]):
                    end = m.start() + len(" ".join(words[:k]))
                    if not _NUMBER_AFTER.match(text, end):
                        found.append(Finding(m.start(), end, "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME))
                break
    return found


def _squares_after_article(text: str, lowered: str) -> list[Finding]:
    """A square named after a person, after a preposition and "het", without a house number ("bij de speeltuin op
    het wilhelminaplein", "op het Beatrixplein"): squares take "het"; its name is a listed first name that is no
    common word ("op het schoolplein", "het kerkplein", "het speelplein" name no one)."""
    found: list[Finding] = []
    for at in positions(lowered, "plein"):
        end = at + 5
        if end < len(text) and (text[end].isalpha() or text[end] == "-"):
            continue  # "pleinen", "plein-"
        m = _SQUARE_AFTER_HET.search(lowered, max(0, at - 40), end)
        if m is None or m.end() != end:
            continue
        word = text[m.start(1) : end]
        head = word[:-5].rstrip("-").lower()
        if word.lower() in common_words() or head in common_words() or not is_first_name(head, lowercase_ok=True):
            continue
        if _NUMBER_AFTER.match(text, end):
            continue  # with a house number: the street rules
        found.append(Finding(m.start(1), end, "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME))
    return found


# A preposition, "het" and one capitalised word ending in "park" (a town's park by its name: "naar het Zuiderpark",
# "in het Wilhelminapark"); not in capitals ("het PARK"), nor a brand's inner capital ("het SciencePark" stays).
_PARK_AFTER_HET = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(sorted(_STREET_PREPOSITIONS | {"door", "rond", "achter", "naast"}))
    + r")[ \t]+het[ \t]+"
    r"([A-ZÀ-Ý][a-zà-ÿ'’]{3,}park)(?![\w-])"
)


def _parks_after_article(text: str, lowered: str) -> list[Finding]:
    """A park named by a capitalised word after a preposition and "het" mid-sentence (``_PARK_AFTER_HET``): a chat
    writes a kind of park in lower case ("in het stadspark"), a named one capitalised."""
    if "park" not in lowered:
        return []
    return [
        Finding(*m.span(1), "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME)
        for m in _PARK_AFTER_HET.finditer(text)
        if text[m.start(1) : m.end(1)].lower() not in common_words()
    ]


# A town's market square by its qualifier after a preposition and "de" ("bij de grote markt", "op de Oude Markt"), in
# the lower-cased copy; not "de nieuwe markt" (a business's new market) nor a bare "op de markt".
_MARKET_AFTER_DE = re.compile(
    r"(?<![\w-])(?:op|bij|aan|naar|over|vanaf|richting|langs|via)[ \t]+de[ \t]+((?:grote|oude|kleine)[ \t]+markt)"
    r"(?![\w-])"
)


def _markets(text: str, lowered: str) -> list[Finding]:
    """A market square named by its qualifier (``_MARKET_AFTER_DE``), written in one case throughout."""
    if "markt" not in lowered:
        return []
    found = []
    for m in _MARKET_AFTER_DE.finditer(lowered):
        name = text[m.start(1) : m.end(1)]
        if name.islower() or name.istitle():
            found.append(Finding(*m.span(1), "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME))
    return found


# A preposition, "het" and one word ending in "plein" (searched in the lower-cased text).
_SQUARE_AFTER_HET = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(_STREET_PREPOSITIONS)) + r")[ \t]+het[ \t]+([a-zà-ÿ'’-]{2,}plein)"
)


# A road word (lower-cased copy) and what may follow a street's name: not a host, an identifier or an e-mail address.
# (Frisian road words too: "strjitte" is a street, "leane" a lane, "wei" a road; Frisian towns name their streets in
# Frisian: "aan de tsjerkewei")
_ROAD_WORD_END = re.compile(
    by_first_character("straat laan weg gracht kade singel plein steeg dreef allee strjitte leane wei".split())
    + r"(?![^\W\d_])"
)
_NOT_AFTER_ROAD = re.compile(r"[.@_/\\-]\w|[\w@]")
_NOT_BEFORE_ROAD = frozenset("@/._\\")
_MIN_ROAD_NAME = 4  # letters before the road word: "Wittstraat", "Mesdagstraat"; not the brand "Verkade"


def _named_roads(text: str) -> list[Finding]:
    """A road word whose first part is a name, without a house number and without a cue: ``kruising
    Weerdingerstraat``, ``en de mesdagstraat?``, ``via de Marie Curieweg``, ``de hele van lennepweg``. Streets are
    named after people, places and things; a road word whose first part is an ordinary word (``de rondweg``, ``het
    schoolplein``, ``de zijstraat``) names a kind of road, unless written capitalised mid-sentence (``bij
    Schoolstraat``)."""
    found: list[Finding] = []
    lowered = text_facts(text).lowered
    for m in _ROAD_WORD_END.finditer(lowered):
        start = m.start()
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "'’"):
            start -= 1
        word = text[start : m.end()]
        stem = lowered[start : m.start()].rstrip("s")
        if len(stem) < _MIN_ROAD_NAME or not word[:1].isalpha() or word.lower() in _NOT_STREETS:
            continue
        if (start and (text[start - 1] in _NOT_BEFORE_ROAD or text[start - 1].isdigit())) or _NOT_AFTER_ROAD.match(
            text, m.end()
        ):
            continue  # part of a host name, an e-mail address, a path or an identifier
        if word.lower() in common_words() or (not word.isupper() and any(c.isupper() for c in word[1:])):
            continue  # "de spoorweg", "in de MediaMarkt"
        if _NUMBER_AFTER.match(text, m.end()):
            continue  # with a house number: the street rules
        words = _words_before(text, _line_start(text, start, 100), m.end(), 7)
        last = len(words) - 1
        if stem in common_words() or lowered[start : m.start()] in common_words():
            before = text[max(0, start - 2) : start]
            if not (word[:1].isupper() and before[-1:] == " " and (before[:1].isalpha() or before[:1] == ",")) and not (
                _qualified_road(words, last) or _listed_lower_start(words, last) < last
            ):
                continue  # a kind of road ("de rondweg"), unless capitalised after a word mid-sentence
        article = last >= 1 and words[last - 1].text.lower() in _ARTICLES
        if not article and is_family_name(word):
            continue  # "Jan Hogeweg", "mevrouw Verlaan": a surname; a street takes its article ("de Hogeweg")
        before = words[last - 1].text.lower() if last >= 1 else ""
        if word.islower() and not (
            before in _NAME_CONNECTORS
            or before == "van"
            or before[-1:] in (",", ":")
            or _qualified_road(words, last)
            or _titled_road(words, last)
            or _listed_lower_start(words, last) < last
        ):
            # in lower case only a road named with its article or as an address's part: "de mesdagstraat",
            # "groningen, oosterstraat"; not "via een stuk asfaltweg"
            continue
        first = _extend_lower(words, last) if word.islower() else _extend_prefix(words, last)
        if first == last and last >= 1 and word.islower() and words[last - 1].text.lower() == "van":
            first = last - 1  # "van lennepweg": the road named after a person, its particle with it
        first = _after_preposition(words, first, last)
        found.append(Finding(words[first].start, m.end(), "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME))
    return found


def _titled_road(words: list[_Word], last: int) -> bool:
    """A road word after an article and a title in lower case (``op de prins willemstraat``, ``bij de dr.
    ariënslaan``): a street named after a titled person, the title written apart; a person takes no article."""
    return (
        last >= 2
        and words[last - 1].text.lower() in _STREET_TITLES
        and words[last - 1].text.lower() not in _POSITION_TITLES
        and words[last - 2].text.lower() == "de"  # a street takes "de" ("het" opens a phrase: "vraag het prins ...")
        and not words[last].opened
        and not words[last - 1].opened
    )


# The end of a park's or a square's word (lower-cased copy): "vondelpark", "Zuiderpark", "koningsplein".
_PARK_OR_SQUARE_END = re.compile(r"(?:park|plein)(?![^\W\d_])")
# What the first part of such a word says when it names a kind of park or square, not one park ("het stadspark", "een
# vakantiepark", "het wagenpark" of a firm, "het schoolplein"); a park's or square's name is a person's, a place's, a
# compass point's or a theme's ("vondelpark", "zuiderpark", "wilgenpark", "stationsplein").
_PARK_KINDS = _words(
    """
    stads stad sport vakantie attractie wagen zonne wind windmolen bedrijven bedrijfs natuur recreatie speel dieren
    pret indoor skate trampoline klim bungalow kantoor kantoren industrie business science technologie wetenschaps
    amusement thema avonturen golf water volks woon zorg kinder honden hond machine auto fietsen computer server
    woning woningen meubel land safari vogel apen speeltuin wijk buurt dorps nationaal energie laad logistiek
    distributie retail winkel outlet zorg kampeer caravan chalet camping glamping festival evenementen
    """
)
_SQUARE_KINDS = _words("school speel binnen voor achter parkeer kerk dorps")  # ("het kerkplein": one in most villages)


def _named_parks_and_squares(text: str) -> list[Finding]:
    """A park or a square by its one-word name, without a house number: a park's name anywhere in any case
    (``vondelpark bij het theehuis``, ``bij het Annie M.G. Schmidtpark`` with its capitalised words), a square's after
    ``het`` (``achter het koningsplein``, ``op het stationsplein``); not a word for a kind of one (``_PARK_KINDS``,
    ``_SQUARE_KINDS``), a brand's inner capital (``SciencePark``), a host name or a path."""
    lowered = text_facts(text).lowered
    if "park" not in lowered and "plein" not in lowered:
        return []
    found: list[Finding] = []
    for m in _PARK_OR_SQUARE_END.finditer(lowered):
        start = m.start()
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "'’"):
            start -= 1
        word, stem = text[start : m.end()], lowered[start : m.start()]
        square = m.group() == "plein"
        kinds = _SQUARE_KINDS if square else _PARK_KINDS
        if len(stem) < 3 or stem in kinds or stem.rstrip("s") in kinds or stem[:-1] in kinds:
            continue  # "het park", "het stadspark", "het schoolplein" ("kinderen" + "park": "kinder")
        if word.lower() in common_words() or word.lower() in _NOT_STREETS:
            continue
        if not word.isupper() and any(c.isupper() for c in word[1:]):
            continue  # "SciencePark": a brand's writing
        if (start and (text[start - 1] in _NOT_BEFORE_ROAD or text[start - 1].isdigit())) or _NOT_AFTER_ROAD.match(
            text, m.end()
        ):
            continue  # a host name, an e-mail address, a path ("vondelpark.nl")
        if _NUMBER_AFTER.match(text, m.end()):
            continue  # with a house number: the street rules
        if square and lowered[max(0, start - 4) : start] not in ("het ", "'t ", "’t "):
            continue  # a square takes "het": the road rules read "plein" words otherwise
        words = _words_before(text, _line_start(text, start, 100), m.end(), 7)
        first = _extend_prefix(words, len(words) - 1) if word[:1].isupper() else len(words) - 1
        found.append(Finding(words[first].start, m.end(), "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME))
    return found


def _qualified_road(words: list[_Word], last: int) -> bool:
    """A road word after an article and a qualifier of position or age (``aan de korte kerkstraat``, ``in de oude
    molenweg``): one street of a town told from another of its name, not a kind of road (``de rondweg``; ``een
    lange zandweg`` has no article)."""
    return (
        last >= 2
        and words[last - 1].text.lower() in _POSITION_TITLES
        and words[last - 2].text.lower() in _ARTICLES
        and not words[last].opened
        and not words[last - 1].opened
    )


# The corner of two streets named by their road words ("op de hoek populierenlaan/esdoornstraat", "kruising
# Stationsweg en Molenstraat"), in the lower-cased copy.
_CORNER = re.compile(
    after_edge(r"(?<![\w-])", ["hoek", "kruising", "kruispunt"])
    + r"[ \t]+(?:van[ \t]+)?(?:de[ \t]+)?([^\W\d_][\w'’-]{2,})"
    r"[ \t]*(?:/|&|\ben\b|\bx\b)[ \t]*(?:de[ \t]+)?([^\W\d_][\w'’-]{2,})(?![\w'’-])"
)


def _corner_streets(text: str) -> list[Finding]:
    """Both streets of a corner, each a word with a road ending that is no common word (``hoek
    populierenlaan/esdoornstraat``; not ``hoek snelweg/afrit``); or one such street and a capitalised street of the
    BAG no ending tells (``hoek Kerkstraat / Lange Voort``; not ``hoek Kerkstraat / Bakker``)."""
    lowered = text_facts(text).lowered
    if "hoek" not in lowered and "kruis" not in lowered:
        return []
    found: list[Finding] = []
    for m in _CORNER.finditer(lowered):
        pair = [m.span(1), m.span(2)]
        if all(_road_street(lowered[a:b]) for a, b in pair):
            found.extend(Finding(a, b, "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME) for a, b in pair)
    for m in _CORNER_BETWEEN.finditer(text):
        pair = [m.span(1), m.span(2)]
        lowers = [text[a:b].lower() for a, b in pair]
        if all(_is_compound_street(lower) and not is_family_name(lower) for lower in lowers) and any(
            _road_street(lower) for lower in lowers
        ):
            found.extend(Finding(a, b, "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME) for a, b in pair)
    for m in _CORNER_LISTED.finditer(text):
        pair = [m.span(1), m.span(2)]
        roads = [_road_street(text[a:b].lower()) for a, b in pair]
        if any(roads) and all(
            road or _listed_capitalised_street(text[a:b]) for road, (a, b) in zip(roads, pair, strict=True)
        ):
            found.extend(Finding(a, b, "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME) for a, b in pair)
    return found


def _road_street(lower: str) -> bool:
    return lower.endswith(_ROAD_ENDINGS) and _is_compound_street(lower) and lower not in common_words()


def _listed_capitalised_street(name: str) -> bool:
    """A capitalised street of the BAG that is no common word, first or family name (``Nieuwe Uitleg``)."""
    from afscherm.detectors.place_names import normalise, street_names

    words = name.split()
    if not all(_is_capitalised(w) for w in words) or normalise(name) not in street_names():
        return False
    return len(words) > 1 or not (name.lower() in common_words() or is_first_name(name) or is_family_name(name))


# A corner named with "hoek" between its streets ("kerkstraat hoek lingedijk", "Stationsweg hoek Molendijk"): two words
# with a street's ending, one of them a road's, neither a surname ("Hoogendijk").
_CORNER_BETWEEN = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]{2,})[ \t]+(?i:hoek)[ \t]+([^\W\d_][\w'’-]{2,})(?![\w'’-])")
# A corner named with one street capitalised after the other (the second may be two or three capitalised words).
_CORNER_LISTED = re.compile(
    r"(?<![\w-])(?i:hoek|kruising|kruispunt)[ \t]+(?:van[ \t]+)?(?:de[ \t]+)?([A-ZÀ-Ý][\w'’-]{2,}"
    r"(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){0,2})[ \t]*(?:/|&|\ben\b)[ \t]*(?:de[ \t]+)?([A-ZÀ-Ý][\w'’-]{2,}"
    r"(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){0,2})(?![\w'’-])"
)


def _after_preposition(words: list[_Word], first: int, last: int) -> int:
    """``first`` moved past a preposition and the articles after it inside the street's words: "Ruby in de Van
    Kerckhovestraat" is "Van Kerckhovestraat"."""
    for k in range(last - 1, first - 1, -1):
        if words[k].text.lower() in _STREET_PREPOSITIONS:
            first = k + 1
            while first < last and words[first].text in _ARTICLES:
                first += 1
            break
    return first


_JOINED_STREET = re.compile(r"[ \t]+en[ \t]+(?:de[ \t]+|het[ \t]+)?([^\W\d_][\w'’.-]*)")


def _answers_address_question(text: str, line_start: int) -> bool:
    """The line at ``line_start`` answers a question for an address on the line above (``wat is uw adres?`` /
    ``Klant: lange nieuwstraat achtentwintig``)."""
    if line_start < 2 or text[line_start - 1] != "\n":
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].rstrip()
    # ASR output drops the question mark: then the address word ends the line ("en op welk adres")
    last_word = above.rsplit(None, 1)[-1].lower() if above else ""
    # (the question need not end the line: "Woont u op de Ruige Weide of de Wagendijk? Er staan twee adressen.")
    # (or it names a street: "Nog steeds op de Usquerterweg?", tuning_61)
    if "?" in above and any(_is_compound_street(w.strip("?,.!")) for w in above.split() if w[:1].isalpha()):
        return True
    return ("?" in above and any(cue in above.lower() for cue in (*_ADDRESS_CUES, "straat"))) or last_word in (
        "adres",
        "woonadres",
        "afleveradres",
        "straat",
    )


# A street of the BAG without a road's ending (a hamlet's name as its addresses carry it, "Kolderveen", "Oosterhesselen
# Dorp") and its number read out, opening the turn that answers a question for the address ("En uw adres?" / "Beller:
# Kolderveen eenenveertig, in Nijeveen"): capitalised, no common word, first or family name alone
# (``_listed_capitalised_street``), the number ending its clause.
_TURN_OPENING = re.compile(r"[ \t]*(?:[^:\n]{1,30}:[ \t]+)?")
_LISTED_SPOKEN = re.compile(
    r"(?P<street>[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){0,2})"
    rf"[ \t]+(?P<number>{_SPOKEN_HOUSE_NUMBER}){_NUMBER_ENDS}"
)


_LISTED_SPOKEN_AFTER_COMMA = re.compile(r"(?<=,)[ \t]+" + _LISTED_SPOKEN.pattern)


def _spoken_listed_streets(text: str) -> list[Finding]:
    """Listed streets without a road's ending, read out with their number in answer to the address (see above)."""
    if "?" not in text and "adres" not in text_facts(text).lowered:
        return []
    found: list[Finding] = []
    for line in re.finditer(r"(?m)^[^\n]*$", text):
        if not _answers_address_question(text, line.start()):
            continue
        opening = _TURN_OPENING.match(text, line.start(), line.end())
        m = _LISTED_SPOKEN.match(text, opening.end() if opening else line.start(), line.end())
        if m is None:
            # (or after the place, a comma between: "Nee, in Wintelre, Meerven elf.", tuning_62)
            m = _LISTED_SPOKEN_AFTER_COMMA.search(text, line.start(), line.end())
        if m is None or not any(c.isalpha() for c in m.group("number")) or not _listed_capitalised_street(m["street"]):
            continue
        found.append(Finding(m.start("street"), m.end("number"), "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME))
    return found


# A capitalised street no ending tells and its number read out, then a comma and a postcode read out: "dus Meent
# zevenentwintig, één twee vier één, E, K" (tuning_60). Matched back from the postcode's start.
_LISTED_BEFORE_SPOKEN_CODE = re.compile(
    r"(?<![\w'’-])(?P<street>[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){0,2})"
    rf"[ \t]+(?P<number>{_SPOKEN_HOUSE_NUMBER}){_STREET_TO_SPOKEN_CODE.pattern}\Z"
)


_SPOKEN_NUMBER_HINT = re.compile(
    "nul|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|tachtig|honderd"
)


def _listed_streets_before_spoken_codes(text: str) -> list[Finding]:
    """A capitalised street of the BAG, no first name, with its number read out before a postcode read out (four
    digits and two letters): the street and its number, the postcode, and the street's other mentions in the text,
    as they are written there."""
    from afscherm.detectors.place_names import normalise, street_names

    if "," not in text or _SPOKEN_NUMBER_HINT.search(text_facts(text).lowered) is None:
        return []  # (a postcode read out holds a number word other than "een": one scan spares the pattern's)
    found: list[Finding] = []
    for code in _SPOKEN_POSTCODE.finditer(text):
        if not _read_out_area(text, code):
            continue
        m = _LISTED_BEFORE_SPOKEN_CODE.search(text, max(0, code.start() - 80), code.start())
        if m is None or not any(c.isalpha() for c in m.group("number")):
            continue
        street = m.group("street")
        if normalise(street) not in street_names() or not all(_is_capitalised(w) for w in street.split()):
            continue  # (a word too: the postcode read out after it tells the address, "Meent")
        if is_first_name(street):
            continue
        found.append(Finding(m.start(), m.end("number"), "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME))
        found.append(Finding(*_spoken_span(text, code), "LOCATION", SCORE_POSTCODE_LOWER, _RECOGNIZER_NAME))
        # ("Het adres is Meent, eh, zevenentwintig, dus Meent zevenentwintig, ...": the first go too)
        for at in _positions(text, m.group("street")):
            end = at + len(m.group("street"))
            if at != m.start() and not _word_char(text, at - 1) and not _word_char(text, end):
                found.append(Finding(at, end, "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME))
    return found


def _word_char(text: str, at: int) -> bool:
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] in "_'’-")


def _spoken_streets(text: str) -> list[Finding]:
    found: list[Finding] = []
    read: set[str] = set()  # the streets read with their number, in lower case
    unread: list[tuple[str, int, int]] = []  # (street, start, end) of those read without a cue
    for m in _spoken_street_candidates(text):
        if not any(c.isalpha() for c in m.group("number")):
            continue  # digits: the written street rules'
        if m.group("number").lower() in _NOT_ALONE and not _ENDS_HERE.match(text, m.end()):
            continue  # "de hoofdweg een ogenblik", "de kerkstraat honderd meter verderop": an article, a count
        start = m.start()
        # (over a hyphen between words too: "Oud-Loosdrechtsedijk tweehonderdzeventien", tuning_60)
        while start and (
            text[start - 1].isalpha() or text.endswith("-", 0, start) and _two_letters_before(text, start - 1)
        ):
            start -= 1
        street_end = m.end("ending")
        if not _is_compound_street(text[start:street_end]) or (start and text[start - 1] == "-"):
            continue
        line_start = _line_start(text, start, 100)
        words = _words_before(text, line_start, street_end, 7)
        last = len(words) - 1
        # the street's title words ("burgemeester de withstraat", "Nieuwe Damlaan")
        first = _extend_lower(words, last) if words[last].text.islower() else _extend_prefix(words, last)
        # a read-out number needs an address word before the street on its line, the nearest over prepositions or
        # any of the twelve words before it when commas separate places ("ik woon in de achterhoek, in winterswijk,
        # op de meddosestraat nummer twintig"), or a question for the address on the line above
        named = any(_is_address_word(w.text) for w in _words_before(text, line_start, street_end, 12))
        # no address word: a preposition (and article) right before the street and the number ending the clause
        # ("naar de prinsenstraat eenendertig te gouda"), or the line answering a question for the street
        lead = first - 1 if first >= 1 and words[first - 1].text.lower() in _ARTICLES else first
        led = (
            lead >= 1 and words[lead - 1].text.lower() in _STREET_LEADS and _ENDS_HERE.match(text, m.end()) is not None
        )
        # an addition read out after the number ("zesenveertig bus twee", "tweehonderdvijf huis")
        addition = _SPOKEN_ADDITION.match(text, m.end())
        number_end = addition.end() if addition is not None else m.end()
        if not (_has_address_word(words, first) or named or led or _answers_address_question(text, line_start)):
            # or its place after it ("dus de kerkstraat twaalf a in haaksbergen?", "kapelstraat zesenveertig bus twee
            # in sint niklaas"), or a listed place that is no word right after it ("hoefstraat achttien nederweert")
            linked = _IN_PLACE_AFTER_STREET.match(text, number_end)
            tokens = _tokens_from(text, linked.end(), _line_end(text, linked.end(), 80)) if linked else []
            led = bool(tokens) and _listed_place(text, tokens, any_case=True) is not None
            if not led and linked is None and (gap := _NEXT_WORD.match(text, number_end)) is not None:
                tokens = _tokens_from(text, gap.end(), _line_end(text, gap.end(), 80))
                led = bool(tokens) and _listed_place(text, tokens) is not None
            # or a postcode read out after a comma ("Lijnbaan negentien, twee drie zeven zeven, B L"; "Putseweg
            # honderdachttien, vier zes vier vijf, Putte": its area before a listed place, tuning_55/56)
            led = led or _spoken_code_follows(text, number_end)
        if not (_has_address_word(words, first) or named or led or _answers_address_question(text, line_start)):
            unread.append((text[words[first].start : street_end].lower(), words[first].start, number_end))
            continue
        end = number_end
        postcode = _postcode_in_number(text, m.start("number"), m.end())
        if postcode is not None:
            end = postcode[0]
            found.append(Finding(*postcode[1:], "LOCATION", SCORE_POSTCODE_LOWER, _RECOGNIZER_NAME))
        found.append(Finding(words[first].start, end, "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME))
        read.add(text[words[first].start : street_end].lower())
    # a street read out again where no cue stands ("het moet hoefstraat achttien zijn" before or after the turn that
    # named it with its place): the same street
    found += [Finding(a, b, "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME) for name, a, b in unread if name in read]
    return found


_NEXT_WORD = re.compile(r"[ \t]+(?=\S)")


def _two_letters_before(text: str, at: int) -> bool:
    """Two letters stand right before ``at``: a hyphen there joins words ("Oud-", "Nieuw-"; not "e-mail", "A-")."""
    return at >= 2 and text[at - 1].isalpha() and text[at - 2].isalpha()


_AREA_TO_PLACE = re.compile(r"[ \t]*,?[ \t]*")


def _spoken_code_follows(text: str, end: int) -> bool:
    """Whether a postcode read out follows a street's number read out at ``end`` after a comma: four digits and two
    letters, or the four digits and a listed place."""
    gap = _STREET_TO_SPOKEN_CODE.match(text, end)
    if gap is None:
        return False
    code = _SPOKEN_POSTCODE.match(text, gap.end())
    if code is not None and _read_out_area(text, code):
        return True
    area = _SPOKEN_AREA.match(text, gap.end())
    if area is None or not area.group()[:1].isalpha() or not re.fullmatch(r"[1-9]\d{3}", _spoken_digits(area.group())):
        return False
    after = _AREA_TO_PLACE.match(text, area.end())
    tokens = _tokens_from(text, after.end(), _line_end(text, after.end(), 80)) if after is not None else []
    return bool(tokens) and _listed_place(text, tokens, any_case=True) is not None


# An article, up to three words and a house number read out: a street of the BAG list no ending tells, said with its
# article ("de heugden dertien in boxmeer", "naar leusden, de biezenkamp zeven").
_ARTICLE_STREET_SPOKEN = re.compile(
    # (case-insensitive after the article's first letter: a case-insensitive pattern gets no fast scan; and one class
    # of the three first letters, the article told apart behind it: alternatives that open with classes get none)
    r"(?P<article>[dDhH'](?:(?<=[dD])(?<![\w'’][dD])(?i:e)|(?<=[hH])(?<![\w'’][hH])(?i:et)|(?<=')(?<![\w'’]')(?i:t)))"
    + r"(?i:[ \t]+(?P<street>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2}?)"
    rf"[ \t]+(?:(?:huis)?nummer[ \t]+)?(?P<number>{_SPOKEN_HOUSE_NUMBER}){_NUMBER_ENDS})",
)
_PLACE_BEFORE_ARTICLE = re.compile(r"(\S+(?:[ \t]+\S+)?)[ \t]*,?[ \t]+$")


def _listed_streets_read_out(text: str) -> list[Finding]:
    """A listed street without a street ending, with its article and a house number read out (a call's transcript),
    where the address is plain from around it: a listed place after it ("de heugden dertien in boxmeer") or right
    before it ("naar leusden de biezenkamp zeven"), or an address word on its line or the line before. Not a common
    word or a phrase of common words ("het huis twee", "de kerk drie"), nor a number that goes on as a count."""
    from afscherm.detectors.place_names import lookup, normalise, street_names

    if not any(article in text for article in ("de ", "De ", "het ", "Het ", "'t ")):
        return []
    found: list[Finding] = []
    common = common_words()
    for m in _ARTICLE_STREET_SPOKEN.finditer(text):
        street = m.group("street")
        name = normalise(street)
        if name not in street_names() and f"{m.group('article').lower()} {name}" not in street_names():
            continue
        if name in common or all(w in common for w in name.split()) or is_first_name(street):
            continue
        if m.group("number").lower() in _NOT_ALONE:
            continue
        linked = _IN_PLACE_AFTER_STREET.match(text, m.end())
        tokens = _tokens_from(text, linked.end(), _line_end(text, linked.end(), 80)) if linked else []
        place_after = bool(tokens) and _listed_place(text, tokens, any_case=True) is not None
        before = _PLACE_BEFORE_ARTICLE.search(text, _line_start(text, m.start(), 60), m.start())
        place_before = before is not None and any(
            lookup(" ".join(before.group(1).split()[-k:]).rstrip(",")) is not None for k in (1, 2)
        )
        lo = max(0, m.start() - _ADDRESS_CUE_REACH)
        line = text.rfind("\n", lo, m.start())
        if line >= 0:
            lo = text.rfind("\n", lo, line) + 1 or lo
        cued = _ADDRESS_CUE.search(text_facts(text).lowered, lo, m.start()) is not None
        if place_after or place_before or cued:
            found.append(Finding(m.start(), m.end(), "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME))
    return found


# An addition read out after a house number: a Belgian box, a house or a floor ("zesenveertig bus twee", "vijf huis").
_SPOKEN_ADDITION = re.compile(
    rf"[ \t]+(?:bus[ \t]+{_SPOKEN_DIGIT}|huis|hoog|boven|beneden|bis)(?![\w'’])", re.IGNORECASE
)


def _postcode_in_number(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """A house number read out whose second number word opens a postcode read out (``molenstraat zesentwintig
    drie zeven zeven een a b``): (where the house number ends, the postcode's start and end), or None."""
    second = _NEXT_WORD.search(text, start, end)
    if second is None:
        return None
    postcode = _SPOKEN_POSTCODE.match(text, second.end())
    if postcode is None or not re.fullmatch(
        r"[1-9]\d{3}", _spoken_digits(text[postcode.start() : postcode.start("letters")])
    ):
        return None
    return second.start(), postcode.start(), postcode.end()


def _spoken_house_numbers(text: str) -> list[Finding]:
    """A house number read out apart from its street: named (``het huisnummer is drie a``), answering a question
    for it (``en het huisnummer?`` / ``Klant: twaalf``), or a turn's ``nummer …`` after a line naming a street or
    an address (``u woont op de kastanjelaan?`` / ``ja nummer zevenendertig``)."""
    from afscherm.detectors.place_names import lowered_text

    found: list[Finding] = []
    lowered = lowered_text(text)
    if "nummer" not in lowered:
        return found
    for at in _positions(lowered, "huisnummer"):
        m = _HOUSE_NUMBER_NAMED.match(text, at)
        if m is not None and any(c.isalpha() for c in m.group("number")):  # digits: the street rules
            found.append(Finding(*m.span("number"), "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME))
    for at in _positions(lowered, "nummer"):
        house = lowered.startswith("huis", at - 4)
        if not house and (at and lowered[at - 1].isalpha() or not _SPOKEN_NUMBER_NEXT.match(lowered, at + 6)):
            continue  # "telefoonnummer", "nummer 12": no house number read out (the cheap test first)
        line_start, line_end = _line_start(text, at, 200), _line_end(text, at, 200)
        if house and "?" in text[line_start:line_end]:
            # a question for the number: the next turn answers it with the number alone ("Klant: twaalf.")
            answer = _HOUSE_NUMBER_ANSWER.match(text, line_end + 1) if text[line_end : line_end + 1] == "\n" else None
            if answer is not None and not _TURN_ENDS.match(text, answer.end()):
                continue
        elif line_start >= 2:
            # "ja nummer zevenendertig" under a line naming a street
            answer = _HOUSE_NUMBER_ANSWER.match(text, line_start)
            above = text[_line_start(text, line_start - 1, 200) : line_start - 1].lower()
            if answer is None or answer.start("word") != at - (4 if house else 0):
                continue
            if not any(_is_compound_street(w.strip("?,.!")) for w in above.split()):
                continue
        else:
            continue
        if answer is not None and any(c.isalpha() for c in answer.group("number")):
            found.append(Finding(*answer.span("number"), "LOCATION", SCORE_STREET_LOWER, _RECOGNIZER_NAME))
    return found
