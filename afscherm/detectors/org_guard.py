"""ORG guard: a PERSON finding that is part of an organisation's name is not a person.

``Bakkerij Jansen``, ``Kapsalon Mieke``, ``Autobedrijf De Vries B.V.``, ``Jansen & Zn``, ``Gebr. Mulder``,
``Notariskantoor Bos en Kuipers``: the name lists and the model see a surname or a first name, but the
words around it name a business, a club or a foundation. Reporting such a name as PERSON floods access
and erasure requests with false matches, so this post-processor drops a PERSON finding when the
organisation evidence is clear, and only then:

- a business word heads the name run the finding stands in: ``Bakkerij``, ``Hotel``, ``Stichting``,
  ``Gebr.``, or a compound ending in a business word (``Autobedrijf``, ``Voetbalvereniging``,
  ``Advocatenkantoor``, ``Tandartspraktijk``, ``Koffiebranderij``). A *profession* is no such word
  (``bakker Jansen`` and ``notaris De Vries`` are people);
- a legal form closes the run: ``B.V.``, ``N.V.``, ``V.O.F.``, ``GmbH``, ``& Zn``, ``& Zonen``, ``& Co``
  (not a lower-case ``bv``: in chat that is "bijvoorbeeld").

- a trade word follows the name (``Jan de Rooij Meubelen``, ``Kees Smit Tuinmeubelen``, ``Jansen Bouw``), unless
  that word is itself a listed surname (``Piet Bloemen``);
- a lower-case article stands before a first name with a surname (``bij de Albert Heijn``, ``naar de jan
  linders``): Dutch puts no article before a person's full name, but does before a shop's;
- it is a product: a quantity before it (``2x Amstel Light``, ``1 x Hertog Jan``) or a measure after it
  (``Amstel Light 24x30cl``); this also holds for a place name (``2x Gouda``: cheese);
- the name, two words or more, is known from the NER corpora only as an organisation (``Albert Heijn``,
  ``Harley Davidson``) and no title or form of address stands before it (``meneer Albert Heijn`` is a person);
- it is a brand of the documented list ``data/lexicons/brands_nl.txt`` (big Dutch chains, brands and firms, its
  source stated there) with no title, form of address, kinship word, name label or introduction before it
  (``met Bart Smit``, ``ik ben``, ``naam:``, ``gekocht van``) and not a chat speaker's label; a brand that reads
  as a surname alone (``Zeeman``, ``Van Haren``, ``Van Doorne``) only after a shop word (``bij``, ``naar``,
  ``via``, ``de``); a car make with its model after it (``Ford Fiesta``) is a product;
- a company label or column names the value: ``Handelsnaam:``, ``bedrijfsnaam``, ``werkgever``, ``leverancier``,
  ``merchant``, ``company`` (a JSON key, ``key=value``, a form label or a table's header cell), or a KvK/BTW number
  follows the name;
- two capitalised names joined by ``&`` of which neither is a first name (``Loyens & Loeff``, ``Van Wijk & De
  Haan``; ``Bas & Femke`` are people), or a legal form closing the finding itself (``Loeff N.V.``).

The run is the words on the same line joined by single spaces only: capitalised words, particles, initials
and ``&``/``en`` between names. Punctuation ends it, so ``Hotel Dekker: Johan Dekker`` keeps the person; a table's
cell separator starts it (``1022;Fysiotherapie Bakker``).
``Eenmanszaak R. Pinas Schilderwerken`` keeps its owner's name: a one-man business is named after a person.
Club, shop, school, church and venue words (``VV``, ``Juwelier``, ``Museum``, ``ArenA``, ``Parochie``) head a name
only capitalised: ``in het ziekenhuis Gerrit Hoekstra`` is where a person is. A name of two words or more dropped
as an organisation is dropped at its other mentions in the text too, unless a person cue stands before one.

The model's places get the same reading: a model LOCATION holding a capitalised business word (``Van der Valk Hotel
Akersloot``, ``Bakkerij De Gouden Aar``) is the organisation, and only a known place named in it stays a place
(``Akersloot``). Buildings (``Museum``, ``Stadion``) stay places: ``ned.testa`` tags them so.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding
from afscherm.detectors.location import is_known_place, street_suffix
from afscherm.detectors.person_name import (
    common_words,
    frequent_family_names,
    is_family_name,
    is_first_name,
    non_person_entities,
)
from afscherm.detectors.place_names import lookup
from afscherm.detectors.text_facts import text_facts

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Business, club and foundation words that head an organisation's name (lower case; Papiamentu's "fundashon" too:
# "Fundashon Mariadal", tuning_112).
ORG_HEADS = frozenset(
    """
    bakkerij kapsalon kapperszaak autobedrijf garage hotel motel hostel restaurant café cafe eetcafé eetcafe
    brasserie bistro pizzeria snackbar lunchroom stichting vereniging coöperatie cooperatie firma fa fa.
    gebr gebr. gebroeders camping vakantiepark bungalowpark manege kwekerij boomkwekerij boerderij
    zorgboerderij apotheek drogisterij makelaardij uitgeverij fonds atelier herberg pension
    fysiotherapie fysio kinderopvang thuiszorg kliniek v.v. s.v.
    frituur frietkot frietkraam friettent cafetaria ijssalon slagerij broodjeszaak traiteur
    paviljoen strandpaviljoen strandtent theehuis theeschenkerij
    fundashon
    """.split()
)
# Club, shop, school, church and venue words that head a name only when written as part of it, capitalised
# (``Juwelier Van der Meer``, ``VV Jan van Arckel``, ``Museum Boijmans``). In lower case they are the place someone
# is (``in het ziekenhuis Gerrit Hoekstra``, ``zag in het theater sanne``).
NAMED_HEADS = frozenset(
    """
    vv sv fc afc hc mhc kv rksv rkvv csv ltc juwelier electro elektro optiek parochie supermarkt supermarkten
    museum stadion theater college lyceum gymnasium universiteit ziekenhuis kathedraal basiliek moskee synagoge
    harmonie fanfare scouting koor drumband brandweer diaconie gilde bibliotheek
    """.split()
)
NAMED_HEAD_ENDINGS = (
    "museum", "stadion", "theater", "college", "ziekenhuis", "universiteit", "supermarkten", "supermarkt", "shop",
    "parochie",
)  # fmt: skip
# Such heads that are also surnames (``Maria Arena``, ``Van der Kerk``): they head a name only before it or after
# it, never as a word of the finding itself, and a compound ending in one only when the compound is no listed
# surname (``Bloemenhuis`` yes, ``Veldhuis`` no).
SURNAME_HEADS = frozenset("arena kerk huis schouwburg".split())
# Endings of compound business words ("Autobedrijf", "Voetbalvereniging", "Slagerij", "Nagelstudio").
ORG_HEAD_ENDINGS = (
    "bedrijf", "bedrijven", "vereniging", "club", "kantoor", "praktijk", "winkel", "handel", "salon", "studio",
    "erij", "school", "centrum", "fonds", "stichting", "fabriek", "groep", "hotel", "park", "makelaardij",
    "therapie", "kliniek", "opvang", "zorg", "restaurant", "techniek",
)  # fmt: skip
SURNAME_HEAD_ENDINGS = ("huis", "kerk", "arena")
# Words with a business word's ending that name no business but a person's event or work: "Trouwerij van Mark &
# Evelien" (a wedding), "Schilderij van Anna" (a painting).
NOT_ORG_COMPOUNDS = frozenset({"trouwerij", "schilderij", "schilderijen"})
# A legal form or a family-firm suffix that closes an organisation's name.
LEGAL_FORM = re.compile(
    r"(?:B\.V\.?|BV|b\.v\.|N\.V\.?|NV|V\.O\.F\.?|VOF|vof|C\.V\.|GmbH|Ltd\.?|Inc\.?|BVBA|bvba|Holding"
    # (Belgian and French forms: "Gîtes des Ardennes sprl", a statement's counterparty)
    r"|SPRL|sprl|SRL|srl|VZW|vzw|ASBL|asbl|SARL|sarl"
    r"|&[ \t]?(?:Z(?:n|onen)\.?|Co\.?|Partners)|en[ \t]Zonen)(?![\w])"
)
# Trade words that close a business's name after its owner's ("Jan de Rooij Meubelen", "Jansen Bouw"), as word
# endings (lower case). Only after the name: as a word inside it a surname could end like one ("Bloemen").
# "werken" is left out on purpose: "Eenmanszaak R. Pinas Schilderwerken" names its owner.
TRADE_ENDINGS = (
    "meubelen", "meubels", "installaties", "installatie", "bouw", "transport", "transporten", "logistiek",
    "keukens", "tegels", "vloeren", "verhuur", "verhuizingen", "reizen", "accountants", "advocaten", "makelaars",
    "notarissen", "tandartsen", "huisartsen", "vastgoed", "consultancy", "services", "zonwering", "schoenen",
    "bloemen", "mode", "wonen", "interieur", "interieurs", "catering", "schoonmaak", "hoveniers", "auto's",
)  # fmt: skip
# A lower-case article right before the name ("bij de Albert Heijn").
ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:de|het|'t)[ \t]+$")
# Spanish, Portuguese and French "de" ("of") after a word that takes a person: a name, not a shop, follows ("a nombre
# de Yanelis Peña Abreu", "la mamá de Yuberkis", "primo de Yesenia", "el cumple de ...").
ROMANCE_OF_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:nombre|nome|nom|mam[áa]|madre|padre|pap[áa]|hij[oa]|prim[oa]|cumple|cumpleaños|aniversário|"
    r"t[íi][oa]|espos[oa]|herman[oa]|filh[oa]|m[ãa]e|pai|irm[ãa]o?|av[óô]|abuel[oa]|novi[oa]|amig[oa]|part)"
    r"[ \t]+de[ \t]+$"
)
# A quantity before a product ("2x", "1 x", "3×") and a measure after it ("24x30cl", "0,5 l", "6-pack").
QUANTITY_BEFORE = re.compile(r"(?:^|[\n,;:|(\t])[ \t]*\d{1,3}[ \t]?[x×][ \t]*$", re.IGNORECASE)
MEASURE_AFTER = re.compile(
    r"[ \t]+\d+(?:[.,]\d+)?[ \t]?(?:x[ \t]?\d+[ \t]?)?(?:cl|ml|ltr|l|kg|gr|g|-?pack|st)(?![\w])", re.IGNORECASE
)
# Titles and forms of address before a name make it a person's whatever the corpora say.
ADDRESS_BEFORE = re.compile(
    r"(?i:\b(?:dhr|mevr|mw|mr|dr|drs|ir|ing|hr|heer|mevrouw|meneer|juffrouw|fam|familie|beste|geachte)\.?)[ \t]+$"
)
PARTICLES = frozenset("van de der den het 't ter ten te von la le du".split())
CONNECTORS = frozenset({"&", "en", "+"})
MAX_RUN = 6  # words between a head word and the finding ("Stichting Vrienden van Pieter de Vries")
WORD = re.compile(r"\S+")
CELL_START = re.compile(r".*[;|,](?=[^;|,]*$)")  # up to a word's last cell separator
_CELL_SEPARATORS = frozenset(";|,")
PUNCTUATION = re.compile(r"[,:;()\[\]{}\"“”!?|/<>=]")
# (compiled once: the guard asks them of every PERSON finding's surroundings)
_GAP = re.compile(r"[ \t]{1,2}")
_CAPITAL_WORD_AFTER = re.compile(r"[ \t]([A-Z][\w-]+)")
_CAPITAL_WORD_AFTER_APOSTROPHE = re.compile(r"[ \t]([A-Z][\w'-]+)")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d][\w'-]+)")


@lru_cache(maxsize=1 << 14)
def is_org_head(word: str, inside: bool = False, capitalised: bool = False) -> bool:
    """A business word that heads an organisation's name (any case; a club, shop or venue word only capitalised);
    ``inside``: a word of the finding itself, where a word that is also a surname (``Arena``, ``Veldhuis``) is read
    as the surname."""
    bare = word.strip("\"'“”‘’([")
    w = bare.lower()
    if "-" in w.strip("-"):  # "Hotel-Restaurant", "Bed-and-Breakfast": any part heads the name
        parts = [part for part in bare.split("-") if part]
        return any(is_org_head(part, inside, capitalised or bare[:1].isupper()) for part in parts)
    if w in ORG_HEADS:
        return True
    if len(w) > 5 and w.endswith(ORG_HEAD_ENDINGS) and w not in NOT_ORG_COMPOUNDS:
        # a word of the finding that is a listed surname is the surname ("Mulderij", "Voswinkel"); before the
        # finding it heads the name ("Timmerij Jansen")
        return not (inside and is_family_name(w) and w not in common_words())
    if not (bare[:1].isupper() or capitalised):
        return False  # "in het ziekenhuis Gerrit Hoekstra": where someone is
    if w in NAMED_HEADS or (len(w) > 5 and w.endswith(NAMED_HEAD_ENDINGS)):
        return True
    if w in SURNAME_HEADS:
        return not inside
    return len(w) > 6 and w.endswith(SURNAME_HEAD_ENDINGS) and not is_family_name(w)


def _name_word(word: str) -> bool:
    """A word that can stand inside an organisation's name between its head and the person's name."""
    return word[:1].isupper() or word.lower() in PARTICLES or word in CONNECTORS or word[:1].isdigit()


def _tab_row(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` is a tab-separated table's row (two tabs or more)."""
    line_end = text.find("\n", line_start)
    return text.count("\t", line_start, len(text) if line_end < 0 else line_end) >= 2


def _words_left(text: str, start: int) -> list[str]:
    """Words before ``start`` on its line, nearest first, as long as only single spaces or tabs join them."""
    line_start = text.rfind("\n", 0, start) + 1
    out: list[str] = []
    pos = start
    for m in reversed(list(WORD.finditer(text, max(line_start, start - 120), start))):
        gap = text[m.end() : pos]
        word = m.group()
        if not gap or gap.strip(" \t") or len(gap) > 2 or PUNCTUATION.search(word[-1]):
            break  # "Marloes (Webwinkel Klompje): Hoi Kyano": punctuation ends a name run
        if "\t" in gap and _tab_row(text, line_start):
            break  # a tab-separated row's cell ends there ("Melkveehouderij De Lende<tab>W. Postma-Tjalsma", tuning_50)
        # (the pattern backtracks over every start of a word without a separator: the set test spares it)
        cell = CELL_START.search(word) if not _CELL_SEPARATORS.isdisjoint(word) else None
        if cell is not None:
            # a table's separator starts the cell the run stands in ("1022;Fysiotherapie Bakker")
            if word[cell.end() :]:
                out.append(word[cell.end() :])
            break
        opened = word.lstrip("\"“‘'([")
        if opened != word or PUNCTUATION.search(word):
            # an opening quote or bracket starts the name run ('"Kwekerij Van der Wal"'): the word is its first
            if not PUNCTUATION.search(opened):
                out.append(opened)
            break
        out.append(word)
        pos = m.start()
        if len(out) > MAX_RUN:
            break
    return out


def headed_by_org(text: str, start: int, end: int) -> bool:
    """A business word heads the finding itself or the run of name words just before it."""
    if any(is_org_head(w, inside=True) for w in text[start:end].split()):
        return True
    words = _words_left(text, start)
    for i, word in enumerate(words):
        if is_org_head(word):
            return not _common_noun_of(words, i)
        if i >= MAX_RUN or not _name_word(word):
            return False
    return False


# Words that make a lower-case business word before "van" a common noun: "die boerderij van sietse" is Sietse's farm,
# "Boerderij Van Dam" or "boerderij van dam" with nothing before it a business's name.
DETERMINERS = frozenset("de het die dat deze dit mijn m'n mn zijn z'n zn haar hun onze ons jullie je jouw".split())


def _common_noun_of(words: list[str], i: int) -> bool:
    """``words[i]`` (words before a finding, nearest first) is a lower-case business word right before "van" and
    after a determiner: the person's farm or salon, not a business named after the person."""
    return i == 1 and words[0] == "van" and words[1].islower() and len(words) > 2 and words[2].lower() in DETERMINERS


def closed_by_legal_form(text: str, end: int) -> bool:
    """A legal form right after the finding, or after at most three capitalised words on the same line."""
    pos = end
    for _ in range(4):
        gap = _GAP.match(text[pos : pos + 3])
        if not gap:
            return False
        pos += gap.end()
        if LEGAL_FORM.match(text, pos):
            return True
        word = WORD.match(text, pos)
        if not word or not word.group()[:1].isupper() or not word.group().isalpha():
            return False
        pos = word.end()
    return False


def followed_by_org_word(text: str, end: int) -> bool:
    """A capitalised business word right after the finding on its line: "Van Dam Koekfabriek", "Jansen
    Installatietechniek"."""
    word = _CAPITAL_WORD_AFTER.match(text[end : end + 40])
    return word is not None and is_org_head(word.group(1))


@lru_cache(maxsize=1 << 12)
def is_trade_word(word: str) -> bool:
    """A word naming a trade after a business owner's name (``Meubelen``, ``Tuinmeubelen``), not a surname."""
    w = word.lower().rstrip(".,;:")
    return w.endswith(TRADE_ENDINGS) and not is_family_name(w)


def closed_by_trade_word(text: str, start: int, end: int) -> bool:
    """The finding's last word, or the word right after it on its line, names a trade (capitalised)."""
    words = text[start:end].split()
    if len(words) >= 2 and words[-1][:1].isupper() and is_trade_word(words[-1]):
        return True
    after = _CAPITAL_WORD_AFTER_APOSTROPHE.match(text[end : end + 40])
    return after is not None and is_trade_word(after.group(1))


def shop_article_before(text: str, start: int, end: int) -> bool:
    """``de``/``het`` right before a first name and a surname: a shop, not a person (``bij de Albert Heijn``)."""
    words = text[start:end].split()
    if len(words) < 2 or not is_first_name(words[0], lowercase_ok=True):
        return False
    if ARTICLE_BEFORE.search(text, max(0, start - 6), start) is None:
        return False
    return ROMANCE_OF_BEFORE.search(text, max(0, start - 24), start) is None


def quantity_before(text: str, start: int) -> bool:
    """An order line's count right before ``start``, at the start of a line or list item (``2x``, ``, 1 x``)."""
    return QUANTITY_BEFORE.search(text, max(0, start - 10), start) is not None


def is_product(text: str, start: int, end: int) -> bool:
    """A quantity before the name or a measure after it: an order line's product (``2x Amstel Light``). A lone
    listed name after a count stays a person (``2x Jansen gesproken``)."""
    if MEASURE_AFTER.match(text, end):
        return True
    value = text[start:end]
    return quantity_before(text, start) and (
        " " in value.strip() or not (is_first_name(value) or is_family_name(value))
    )


def known_organisation(text: str, start: int, end: int) -> bool:
    """A name of two words or more that the NER corpora know only as an organisation, with no title before it."""
    value = text[start:end]
    if " " not in value.strip() or non_person_entities().get(value) != "ORG":
        return False
    return ADDRESS_BEFORE.search(text, max(0, start - 12), start) is None


# --- brands of the documented list (data/lexicons/brands_nl.txt) ---------------------------------------------------
BRANDS_PATH = Path(__file__).parent / "data" / "lexicons" / "brands_nl.txt"
# Before a brand, what makes the name a person's after all: a title or form of address (ADDRESS_BEFORE), a kinship
# word, a name label or an introduction ("naam:", "ik ben", "heet"), "van" ("gekocht van Jan Linders": from a
# private seller), a greeting addressing someone; on the phone "met" opening what a speaker says ("ja, met Bart
# Smit"; not "betaald met American Express").
PERSON_CUE_BEFORE = re.compile(
    r"(?i:\b(?:naam|name|voornaam|achternaam|ik[ \t]+ben|ben|heet|heette|heten|is|was|t\.?a\.?v\.?|tav|van|"
    r"contact|contactpersoon|eigenaar|bestuurder|klant|gast|beste|hoi|hey|hallo|groet|groeten|"
    r"oma|opa|tante|oom|mama|papa|moeder|vader|zus|broer|zoon|dochter|neef|nicht|buurman|buurvrouw|collega|"
    r"vriend|vriendin|juf|meester)\b)[ \t:,]*$"
    r"|(?im:(?:^|[:,.]|\b(?:ja|hallo|hoi|goedemorgen|goedemiddag|goedenavond|dag))[ \t]*met[ \t]+$)"
)
# Before a brand that reads as a surname alone: a word that names a shop, not a person ("bij Zeeman", "naar de").
SHOP_CUE_BEFORE = re.compile(r"(?i:\b(?:bij|naar|via|de|het|in[ \t]+de|van[ \t]+de|aan[ \t]+de)\b)[ \t]+$")
# A machine key right before the value (JSON, key=value, snake_case label): ``"user": "``, ``buyer=``.
MACHINE_KEY_BEFORE = re.compile(r"(?:\"[\w.-]+\"[ \t]*:[ \t]*\"|[\w.-]+=[\"']?|\b[a-z][a-z0-9]*_[\w.-]*[ \t]*:[ \t]*)$")
# A letter's or e-mail's closing line right before a line that starts with the brand: a signature.
CLOSING_BEFORE = re.compile(r"(?i:\b(?:groet|groeten|groetjes|regards|hoogachtend|namens)\b)[^\n]{0,30}\n[ \t]*$")
SPEAKER_AFTER = re.compile(r"[ \t]*:")
MODEL_AFTER = re.compile(r"[ \t]+([A-Z][\w-]*|\d{1,4}\b)")  # "Opel Astra", "Peugeot 208"


@lru_cache(maxsize=1)
def brands() -> dict[str, list[tuple[str, bool]]]:
    """The listed brands (lower case, ``is a car make``), indexed by each of their words."""
    index: dict[str, list[tuple[str, bool]]] = {}
    for line in BRANDS_PATH.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, tag = line.partition("\t")
        brand = (" ".join(name.split()).lower(), tag.strip() == "make")
        for word in set(brand[0].split()):
            index.setdefault(word, []).append(brand)
    return index


def _brand_at(text: str, start: int, end: int) -> tuple[int, int, str, bool] | None:
    """A listed brand written in the text over part of the finding (``start``-``end``): its span, name, make."""
    index = brands()
    for word in text[start:end].lower().split():
        candidates = index.get(word.strip(".,;:'\"()"))
        if not candidates:
            continue
        lowered = text_facts(text).lowered
        for brand, make in candidates:
            at = lowered.find(brand, max(0, start - len(brand)), end + len(brand))
            while at >= 0 and at < end:
                stop = at + len(brand)
                if stop > start and not _letter(text, at - 1) and not _letter(text, stop):
                    return at, stop, brand, make
                at = lowered.find(brand, at + 1, end + len(brand))
    return None


def _letter(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isalnum()


def known_brand(text: str, start: int, end: int) -> bool:
    """The finding is part of a listed brand and nothing around it makes the brand a person (see the module)."""
    found = _brand_at(text, start, end)
    if found is None:
        return False
    at, stop, brand, make = found
    line_start = text.rfind("\n", 0, at) + 1
    lo = max(line_start, at - 40)
    before = text[lo:at]
    if ADDRESS_BEFORE.search(before) or PERSON_CUE_BEFORE.search(text, lo, at):
        return False
    model = MODEL_AFTER.match(text, stop)
    if make and model is not None and not is_first_name(model.group(1)) and not is_family_name(model.group(1)):
        return True  # a make with its model is a product ("Ford Fiesta"), not a name after it ("Ford Jansen")
    if not before.strip() and (
        SPEAKER_AFTER.match(text, stop) or CLOSING_BEFORE.search(text, max(0, line_start - 80), line_start)
    ):
        return False  # a chat speaker's label, a signature under a closing line
    if MACHINE_KEY_BEFORE.search(before) or _column_header(text, line_start, at) is not None:
        return company_labelled(text, at)  # a value under a key or in a table column: the key or header decides
    words = brand.split()
    full_name = len(words) > 1 and is_first_name(words[0].title()) and not words[0].endswith(".")
    if not full_name and (len(words) == 1 or is_family_name(brand)):
        # a brand that reads as a surname alone (Zeeman, Van Lanschot): only where a shop word or label names it; a
        # frequent surname (Van Haren, Goossens) only after an article ("bij Goossens" may be at someone's home)
        cue = ARTICLE_BEFORE if brand in frequent_family_names() else SHOP_CUE_BEFORE
        return cue.search(before) is not None or _shop_word_after(text, stop) or company_labelled(text, at)
    return True


def _shop_word_after(text: str, stop: int) -> bool:
    """A trade, business or shop word right after a brand, in any case (``Van Haren schoenen``, ``Zeeman
    filiaal``)."""
    word = _WORD_AFTER.match(text[stop : stop + 40])
    if word is None:
        return False
    w = word.group(1)
    return w.lower() in SHOP_WORDS or is_trade_word(w) or is_org_head(w)


# Words after a brand that make it the shop (lower case).
SHOP_WORDS = frozenset("filiaal vestiging winkel webshop klantenservice kassabon bon outlet".split())


# --- company labels and columns, KvK numbers ---------------------------------------------------------------------
COMPANY_KEY = (
    r"(?:handelsna(?:am|men)|statutaire[ \t_]?naam|(?:bedrijf|bedrijven|firma|company|werkgever|employer|leverancier"
    r"|supplier|merchant|organisatie|organisation|organization|vereniging|winkel)(?:[ _.-]?s?(?:naam|name|namen))?)"
)
# A company label (JSON key, key=value, form label) before the name run on its line: "Handelsnaam: ",
# '"merchant": "', "werkgever=".
COMPANY_LABEL_BEFORE = re.compile(
    rf"(?im:(?:^|[\s{{,;\"'(])[\w.-]*{COMPANY_KEY}[\"']?[ \t]*[:=][ \t]*[\"']?(?:[^\W\d][\w.&'-]*[ \t]+){{0,4}})$"
)
COMPANY_HEADER = re.compile(rf"(?i:^[\"' \t]*{COMPANY_KEY}[\"' \t]*$)")
# Columns that name a person although they hold a company word ("contactpersoon_leverancier").
PERSON_HEADER = re.compile(r"(?i:contact|persoon|person|eigenaar|owner|bestuurder|naam_klant|klant_?naam)")
TABLE_SEPARATORS = ";|\t,"
# A KvK or BTW number right after the name: the word and a number ("btw" alone is chat's "by the way").
KVK_AFTER = re.compile(
    r"[ \t]*[,(|-]?[ \t]*(?:KvK|KVK|kvk|K\.v\.K\.|Kamer[ \t]+van[ \t]+Koophandel|BTW|btw)"
    r"(?:[ \t-]?(?:nr|nummer|number|id))?\.?[ \t:#=]*(?:NL)?\d"
)


def company_labelled(text: str, start: int) -> bool:
    """A company label right before the name run on its line, or a company word heading its table column."""
    line_start = text.rfind("\n", 0, start) + 1
    label = COMPANY_LABEL_BEFORE.search(text, max(line_start, start - 80), start)
    if label is not None:
        return PERSON_HEADER.search(label.group()) is None  # not "contactpersoon_leverancier:"
    return _company_column(text, line_start, start)


def _company_column(text: str, line_start: int, start: int) -> bool:
    """The cell at ``start`` lies in a delimited table whose header names that column as a company."""
    cell = _column_header(text, line_start, start)
    return cell is not None and COMPANY_HEADER.match(cell) is not None and PERSON_HEADER.search(cell) is None


def _column_header(text: str, line_start: int, start: int) -> str | None:
    """The header cell of the column the cell at ``start`` stands in, when its line is a row of a delimited table:
    the first line of the block of lines with as many separators as this row, if that line has no digit."""
    line_end = text.find("\n", start)
    row = text[line_start : len(text) if line_end < 0 else line_end]
    for sep in TABLE_SEPARATORS:
        if row.count(sep) < (2 if sep == "," else 1):
            continue  # one comma is prose ("Geachte heer/mevrouw,"), not a table's row
        header = None
        pos = line_start - 1
        for _ in range(50):
            if pos < 0:
                break
            prev = text.rfind("\n", 0, pos) + 1
            line = text[prev:pos]
            if line.count(sep) != row.count(sep):
                break
            header, pos = line, prev - 1
        if header is None or any(c.isdigit() for c in header):
            return None
        return header.split(sep)[text.count(sep, line_start, start)]
    return None


def kvk_after(text: str, start: int, end: int) -> bool:
    """A KvK or BTW number named right after the name (``Pieters (KvK-nr. 30276483)``), unless the name is a
    person's own (``Jan de Vries, KvK 12345678``: a one-man business trades under its owner's name)."""
    return KVK_AFTER.match(text, end) is not None and not personal_name(text[start:end])


INITIAL = re.compile(r"(?:[A-Z]\.)+")


def personal_name(value: str) -> bool:
    """A first name or initials before more name words (``Jan de Vries``, ``J.P. Bakker``): a person's own name,
    which a sole trader's company, employer or supplier label does not make an organisation's."""
    words = value.split()
    return len(words) > 1 and (is_first_name(words[0]) or INITIAL.fullmatch(words[0]) is not None)


# --- names joined by "&", a legal form inside the finding ---------------------------------------------------------
AMP_AFTER = re.compile(r"[ \t]*&[ \t]*((?:[a-z]{1,3}[ \t]+)*[A-Z][\w'-]+)")
AMP_BEFORE = re.compile(r"([A-Z][\w'-]+)[ \t]*&[ \t]*$")
AMP_INSIDE = re.compile(r"([A-Z][\w'-]+)[ \t]*&[ \t]*((?:[a-z]{1,3}[ \t]+)*[A-Z][\w'-]+)")
LEGAL_FORM_END = re.compile(rf"[ \t](?:{LEGAL_FORM.pattern})$")


def _firm_pair(left: str, right: str) -> bool:
    """Two names joined by "&" that are no first names: a firm (``Loyens & Loeff``), not two people."""
    return not any(is_first_name(w.split()[0]) for w in (left, right) if w.split())


def joined_by_ampersand(text: str, start: int, end: int) -> bool:
    """The finding stands in ``Name & Name`` (or holds one) where neither name is a first name."""
    if "&" not in text[max(0, start - 30) : end + 30]:
        return False
    value = text[start:end]
    inside = AMP_INSIDE.search(value)
    if inside is not None:
        return _firm_pair(value[: inside.end(1)].split()[0], inside.group(2).split()[-1])
    first = value.split()[0] if value.split() else ""
    if not first[:1].isupper() or ADDRESS_BEFORE.search(text, max(0, start - 12), start):
        return False
    after = AMP_AFTER.match(text, end)
    if after is not None:
        return _firm_pair(first, after.group(1).split()[-1])
    before = AMP_BEFORE.search(text, max(0, start - 30), start)
    if before is None or ADDRESS_BEFORE.search(text, max(0, before.start() - 12), before.start()):
        return False
    return _firm_pair(before.group(1), first)


def legal_form_inside(text: str, start: int, end: int) -> bool:
    """The finding ends in a legal form (the model read ``Loeff N.V.`` as one name)."""
    return LEGAL_FORM_END.search(text, start, end) is not None


def in_organisation_name(text: str, f: Finding) -> bool:
    """The finding stands in an organisation's name (clear evidence only). Asked once per span and text:
    name_consistency asks it of its seeds and drop_org_persons of the same names right after."""
    verdicts = _org_verdicts(text)
    verdict = verdicts.get((f.start, f.end))
    if verdict is None:
        verdict = verdicts[(f.start, f.end)] = _in_organisation_name(text, f.start, f.end)
    return verdict


@lru_cache(maxsize=4)
def _org_verdicts(text: str) -> dict[tuple[int, int], bool]:
    """``in_organisation_name``'s answers for the spans of one text (the last few texts: a string hashes once)."""
    return {}


def _in_organisation_name(text: str, start: int, end: int) -> bool:
    return (
        headed_by_org(text, start, end)
        or closed_by_legal_form(text, end)
        or followed_by_org_word(text, end)
        or closed_by_trade_word(text, start, end)
        or shop_article_before(text, start, end)
        or is_product(text, start, end)
        or known_organisation(text, start, end)
        or legal_form_inside(text, start, end)
        or joined_by_ampersand(text, start, end)
        or kvk_after(text, start, end)
        or (_company_run(text, start) and not personal_name(text[start:end]))
        or known_brand(text, start, end)
    )


def _company_run(text: str, start: int) -> bool:
    """A company label or column names the value the finding stands in (``Handelsnaam: De Vries Occasions``)."""
    if not _has_company_word(text):
        return False  # asked once per text: most texts name no company label, and their lines need no reading
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if not any(c in line for c in ":=;|\t,"):
        return False  # neither a label nor a key nor a table's cell on the name's line: nothing to read
    return company_labelled(text, start)


@lru_cache(maxsize=8)
def _has_company_word(text: str) -> bool:
    """The text holds a word a company label or header can be made of (asked once per text, not per name)."""
    return text_facts(text).has_substring(COMPANY_WORDS)


# Substrings one of which a company label or header holds (the gate of ``_company_run``).
COMPANY_WORDS = ("handelsna", "statutaire", "bedrijf", "firma", "company", "werkgever", "employer", "leverancier",
                 "supplier", "merchant", "organisati", "organization", "vereniging", "winkel")  # fmt: skip


def drop_org_persons(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """Post-processor: PERSON findings inside an organisation's name (clear evidence only) are dropped, and so are
    place names that are an order line's product (``2x Gouda``). A name of two words or more dropped so is dropped at
    its other mentions in the text too, unless a person cue stands before one (document-level, as names are kept
    consistent by ``name_consistency``)."""
    kept: list[Finding] = []
    org_names: set[str] = set()
    for f in findings:
        if f.entity_type == "PERSON" and in_organisation_name(text, f):
            person = person_before_employer(text, f) or person_before_org_head(text, f)
            if person is not None:
                kept.append(person)  # "met Hans van de Gamma": Hans is a person, the Gamma his employer
                continue
            value = " ".join(text[f.start : f.end].split())
            if " " in value:
                org_names.add(value.lower())
        elif f.entity_type == "LOCATION" and f.recognizer == NER_RECOGNIZER:
            place = place_in_org_name(text, f)
            if place is not None and not quantity_before(text, place.start):
                kept.append(place)
        elif not (f.entity_type == "LOCATION" and quantity_before(text, f.start)):
            kept.append(f)
    if not org_names:
        return kept
    return [f for f in kept if not (f.entity_type == "PERSON" and _repeats_org_name(text, f, org_names))]


NER_RECOGNIZER = "SpacyNer"  # detectors.analyzer.NER_RECOGNIZER: the spaCy pipeline's entities

# A finding read over a first name and who the person works for: "Hans van de Gamma", "Petra van Coolblue".
EMPLOYER_SPLIT = re.compile(r"[ \t]+van[ \t]+(?:(?:de|het)[ \t]+)?")


def person_before_employer(text: str, f: Finding) -> Finding | None:
    """The first names before ``van`` (``van de``) in a finding whose rest is a listed brand or a name a business
    word heads (``Chantal van Kapsalon Marieke``) or a capitalised particle opens (``Marcel van Van Dijk
    Installatietechniek``): the person, without the organisation he or she works for; None when the finding is no
    such pair."""
    split = EMPLOYER_SPLIT.search(text, f.start, f.end)
    if split is None:
        return None
    head = text[f.start : split.start()].split()
    if not head or not all(is_first_name(w) for w in head) or is_family_name(text[split.start() : f.end]):
        return None  # "Hans van den Bosch": a surname with its particles, whatever brand its last word is
    rest = text[split.end() : f.end].split()
    # (the organisation's name may go on past the finding: "met Annelies van Zorggroep Voorne", the model's span
    # ending at "Zorggroep")
    named_on = len(rest) == 1 and _CAPITALISED_NEXT.match(text, f.end) is not None
    if (len(rest) >= 2 or named_on) and rest[0][:1].isupper() and is_org_head(rest[0]):
        return Finding(f.start, split.start(), f.entity_type, f.score, f.recognizer)
    if len(rest) == 1 and rest[0][:1].isupper() and is_trade_word(rest[0]):
        # one word that names a trade, no surname ("met Gerke van Punterverhuur 't Schutje", tuning_111)
        return Finding(f.start, split.start(), f.entity_type, f.score, f.recognizer)
    if len(rest) >= 2 and rest[0] in CAPITAL_PARTICLES:
        # "Marcel van Van Dijk Installatietechniek": no surname reads "van Van"; the capitalised particle opens the
        # name of the firm he works for, named after its owner
        return Finding(f.start, split.start(), f.entity_type, f.score, f.recognizer)
    brand = _brand_at(text, split.end(), f.end)
    if brand is None or brand[0] < split.end() or not known_brand(text, split.end(), f.end):
        return None  # "Dirk van den Broek" is the brand as a whole
    return Finding(f.start, split.start(), f.entity_type, f.score, f.recognizer)


# A chat turn's speaker label: at its line's start, after nothing but a stamp ("03/12/2026, 21:09 - ", "[06:15] "),
# before a colon and what is said.
_STAMP_ONLY = re.compile(r"[\[\]\d/.,:\- \t\u2013]*")
_SAID_AFTER = re.compile(r":[ \t]+\S")


def _speaker_label(text: str, f: Finding) -> bool:
    """Whether ``f`` is a chat turn's speaker label (see ``_STAMP_ONLY``)."""
    line_start = text.rfind("\n", 0, f.start) + 1
    return _STAMP_ONLY.fullmatch(text, line_start, f.start) is not None and _SAID_AFTER.match(text, f.end) is not None


def person_before_org_head(text: str, f: Finding) -> Finding | None:
    """A listed first name before an organisation's name that a business word opens, read as one finding ("Jasper
    Camping Zeewind", a chat speaker and his desk): the first name; None when the finding is no such pair (two words
    after the name at least: "Jan Bakkerij" may be a firm's name whole - but not as a chat's speaker, where a first
    name before one business word is a person and the club or desk they speak for: "Martin Judoclub:", tuning_40
    hw40-0025)."""
    words = list(re.finditer(r"\S+", text[f.start : f.end]))
    if len(words) < (2 if _speaker_label(text, f) else 3):
        return None
    if not is_first_name(words[0].group()) or not words[1].group()[:1].isupper():
        return None
    if not is_org_head(words[1].group()):
        return None
    return Finding(f.start, f.start + words[0].end(), f.entity_type, f.score, f.recognizer)


_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-ZÀ-Ý]")
# A surname's particles written capitalised, as a firm's name named after its owner opens with them ("Van Dijk").
CAPITAL_PARTICLES = frozenset({"Van", "De", "Der", "Den", "Ter", "Ten", "Van't"})


def place_in_org_name(text: str, f: Finding) -> Finding | None:
    """A model place that holds a capitalised organisation word is the organisation (``Philips Stadion``,
    ``Kröller-Müller Museum``): only a known place named in it stays a place (``Van der Valk Hotel Akersloot``:
    ``Akersloot``; ``Amsterdam ArenA``: ``Amsterdam``). A word that is itself a place or a street (``Vondelpark``,
    ``Kerkstraat``) heads nothing."""
    words = list(WORD.finditer(text, f.start, f.end))
    heads = [i for i, m in enumerate(words) if _place_org_head(m.group())]
    if not heads:
        return f
    for part in (words[heads[-1] + 1 :], words[: heads[0]]):
        if part and _is_place(text[part[0].start() : part[-1].end()]):
            return Finding(part[0].start(), part[-1].end(), f.entity_type, f.score, f.recognizer)
    return None


def _place_org_head(word: str) -> bool:
    """A capitalised business word (``Hotel``, ``Bakkerij``, ``Informatieverwerkingscentrum``). Buildings that are
    also places someone goes to (``Museum``, ``Stadion``, ``Kerk``) are not read so: the newspaper gold of
    ``ned.testa`` tags ``Museum of Modern Art`` a place."""
    bare = word.strip("\"'“”‘’()[],.")
    w = bare.lower()
    if not bare[:1].isupper() or not (w in ORG_HEADS or (len(w) > 5 and w.endswith(ORG_HEAD_ENDINGS))):
        return False
    return not _is_place(bare) and street_suffix(w) is None


def _is_place(name: str) -> bool:
    """A municipality or woonplaats (the gazetteer, also as OCR damaged it)."""
    return is_known_place(name) or lookup(name) is not None


def _repeats_org_name(text: str, f: Finding, org_names: set[str]) -> bool:
    """The finding repeats, word for word, a name of two words or more that stood in an organisation's name
    elsewhere in the text (``VV Jan van Arckel`` ... ``bij Jan van Arckel``), and no person cue stands before it."""
    if " ".join(text[f.start : f.end].split()).lower() not in org_names:
        return False
    before = text[max(text.rfind("\n", 0, f.start) + 1, f.start - 30) : f.start]
    return ADDRESS_BEFORE.search(before) is None and PERSON_CUE_BEFORE.search(before) is None
