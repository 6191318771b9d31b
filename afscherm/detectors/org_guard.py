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

The run is the words on the same line joined by single spaces only: capitalised words, particles, initials
and ``&``/``en`` between names. Punctuation ends it, so ``Hotel Dekker: Johan Dekker`` keeps the person.
``Eenmanszaak R. Pinas Schilderwerken`` keeps its owner's name: a one-man business is named after a person.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding

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


def in_organisation_name(text: str, f: Finding) -> bool:
    return headed_by_org(text, f.start, f.end) or closed_by_legal_form(text, f.end) or followed_by_org_word(text, f.end)


def drop_org_persons(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """Post-processor: PERSON findings inside an organisation's name (clear evidence only) are dropped."""
    return [f for f in findings if f.entity_type != "PERSON" or not in_organisation_name(text, f)]
