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
  ``Harley Davidson``) and no title or form of address stands before it (``meneer Albert Heijn`` is a person).

The run is the words on the same line joined by single spaces only: capitalised words, particles, initials
and ``&``/``en`` between names. Punctuation ends it, so ``Hotel Dekker: Johan Dekker`` keeps the person.
``Eenmanszaak R. Pinas Schilderwerken`` keeps its owner's name: a one-man business is named after a person.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding
from afscherm.detectors.person_name import is_family_name, is_first_name, non_person_entities

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Business, club and foundation words that head an organisation's name (lower case).
ORG_HEADS = frozenset(
    """
    bakkerij kapsalon kapperszaak autobedrijf garage hotel motel hostel restaurant café cafe eetcafé eetcafe
    brasserie bistro pizzeria snackbar lunchroom stichting vereniging coöperatie cooperatie firma fa fa.
    gebr gebr. gebroeders camping vakantiepark bungalowpark manege kwekerij boomkwekerij boerderij
    zorgboerderij apotheek drogisterij makelaardij uitgeverij fonds atelier herberg pension
    fysiotherapie fysio kinderopvang thuiszorg kliniek v.v. s.v.
    """.split()
)
# Endings of compound business words ("Autobedrijf", "Voetbalvereniging", "Slagerij", "Nagelstudio").
ORG_HEAD_ENDINGS = (
    "bedrijf", "bedrijven", "vereniging", "club", "kantoor", "praktijk", "winkel", "handel", "salon", "studio",
    "erij", "school", "centrum", "fonds", "stichting", "fabriek", "groep", "hotel", "park", "makelaardij",
    "therapie", "kliniek", "opvang", "zorg", "restaurant", "techniek",
)  # fmt: skip
# A legal form or a family-firm suffix that closes an organisation's name.
LEGAL_FORM = re.compile(
    r"(?:B\.V\.?|BV|b\.v\.|N\.V\.?|NV|V\.O\.F\.?|VOF|vof|C\.V\.|GmbH|Ltd\.?|Inc\.?|BVBA|bvba|Holding"
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
PUNCTUATION = re.compile(r"[,:;()\[\]{}\"“”!?|/<>=]")


@lru_cache(maxsize=1 << 14)
def is_org_head(word: str) -> bool:
    """A business word that heads an organisation's name (any case)."""
    w = word.lower().strip("\"'“”‘’([")
    if "-" in w.strip("-"):  # "Hotel-Restaurant", "Bed-and-Breakfast": any part heads the name
        return any(is_org_head(part) for part in w.split("-") if part)
    return w in ORG_HEADS or (len(w) > 5 and w.endswith(ORG_HEAD_ENDINGS))


def _name_word(word: str) -> bool:
    """A word that can stand inside an organisation's name between its head and the person's name."""
    return word[:1].isupper() or word.lower() in PARTICLES or word in CONNECTORS or word[:1].isdigit()


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
    if any(is_org_head(w) for w in text[start:end].split()):
        return True
    for i, word in enumerate(_words_left(text, start)):
        if is_org_head(word):
            return True
        if i >= MAX_RUN or not _name_word(word):
            return False
    return False


def closed_by_legal_form(text: str, end: int) -> bool:
    """A legal form right after the finding, or after at most three capitalised words on the same line."""
    pos = end
    for _ in range(4):
        gap = re.match(r"[ \t]{1,2}", text[pos : pos + 3])
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
    word = re.match(r"[ \t]([A-Z][\w-]+)", text[end : end + 40])
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
    after = re.match(r"[ \t]([A-Z][\w'-]+)", text[end : end + 40])
    return after is not None and is_trade_word(after.group(1))


def shop_article_before(text: str, start: int, end: int) -> bool:
    """``de``/``het`` right before a first name and a surname: a shop, not a person (``bij de Albert Heijn``)."""
    words = text[start:end].split()
    if len(words) < 2 or not is_first_name(words[0], lowercase_ok=True):
        return False
    return ARTICLE_BEFORE.search(text, max(0, start - 6), start) is not None


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


def in_organisation_name(text: str, f: Finding) -> bool:
    return (
        headed_by_org(text, f.start, f.end)
        or closed_by_legal_form(text, f.end)
        or followed_by_org_word(text, f.end)
        or closed_by_trade_word(text, f.start, f.end)
        or shop_article_before(text, f.start, f.end)
        or is_product(text, f.start, f.end)
        or known_organisation(text, f.start, f.end)
    )


def drop_org_persons(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """Post-processor: PERSON findings inside an organisation's name (clear evidence only) are dropped, and so are
    place names that are an order line's product (``2x Gouda``)."""
    return [
        f
        for f in findings
        if not (
            (f.entity_type == "PERSON" and in_organisation_name(text, f))
            or (f.entity_type == "LOCATION" and quantity_before(text, f.start))
        )
    ]
