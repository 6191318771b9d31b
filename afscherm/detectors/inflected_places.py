"""LOCATION: a place named in another language's grammatical case, after that language's word for "in", "from", "to".

Families from the Balkans write to each other in Bosnian, Serbian, Croatian, Macedonian or Albanian inside a Dutch
chat, and those languages change a place's ending with its role: ``u Tuzli`` (Tuzla), ``u Valjevu`` (Valjevo),
``iz Beograda``, ``u Dortmundu``, ``u eindhovenu``, ``u Živinicama`` (Živinice), Albanian ``prej Prishtinës``
(Prishtina), ``afër Salzburgut``; or keep it, after their own prepositions the place rules do not read as cues (``od
Kumanovo``, ``n Ferizaj``, ``nga Gjilani``); or write it in Cyrillic (``у Београду``, ``во Скопје``; tuning_124).
Czech and Slovak families write so too (``v Tilburgu``, ``z Přerova``, ``v Ostravě``; tuning_133). The
gazetteer (:func:`~afscherm.detectors.place_names.lookup`: Dutch, Belgian, German and the world's cities of 15,000
people and more, no word and no name among them) knows the place in its dictionary form. Here a word right after one of
those prepositions is a place when, its case ending replaced by a dictionary ending (:data:`CASE_ENDINGS`) and its
Cyrillic letters written in Latin ones, the gazetteer lists it as a place that is no word (five letters at least,
capitalised as written, or in lower case only with a case ending: ``u eindhovenu``).

>>> from afscherm.detectors.findings import Finding
>>> text = "mama je u Tuzli, a brat iz Beograda ide u Dortmundu."
>>> [text[f.start : f.end] for f in inflected_places(text, None, [])]
['Tuzli', 'Beograda', 'Dortmundu']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding

if TYPE_CHECKING:
    from spacy.tokens import Doc

RECOGNIZER = "InflectedPlace"
SCORE = 0.8
# Bosnian, Croatian, Serbian (Latin and Cyrillic), Macedonian and Albanian words a place follows: in, at, from, to,
# near, towards (Albanian "n" is a chat's "në"). Not "na", "za", "do" alone in Latin: Dutch, English and Indonesian
# words too.
PREPOSITIONS = frozenset("u iz od kod prema blizu vo у из од до во кај кон близу në n nga prej afër drejt".split())
# Czech, Slovak and Polish "in", "from" ("v Tilburgu", "ve Waalwijku", "z Přerova", "ze Zlína", "zo Žiliny", "w
# Krakowie" is the place rules' foreign cue; tuning_133); not "na", "do": Dutch and English words too.
PREPOSITIONS |= frozenset("v ve z ze zo".split())
# Maghrebi Arabic's "f" (in) as chats write it before a place ("ena mawloud 23/03/2003 f Sakiet Ezzit", "14 jouilla
# 1971 f Azazga", tuning_168): a listed place only, capitalised (the case endings below do not apply to it).
PREPOSITIONS |= frozenset({"f"})
# A case ending as written -> the dictionary endings it may stand for (locative/dative -u/-i, genitive -a/-e,
# instrumental -om/-em, plural locative -ama/-ima; Albanian definite and ablative -a/-ës/-it/-ut/-in).
CASE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ama", ("e", "a", "")),
    ("ima", ("i", "e", "")),
    ("om", ("", "o")),
    ("em", ("", "e", "o")),
    ("ës", ("a", "ë", "e", "")),
    ("it", ("", "i")),
    ("ut", ("", "u")),
    ("in", ("", "i")),
    ("u", ("", "o", "a", "e")),
    # (Czech and Slovak locative -ě and genitive -y: "v Ostravě", "do Ostravy", "z Ostravy")
    ("ě", ("a", "")),
    ("y", ("a",)),
    ("i", ("a", "e", "")),
    ("e", ("a", "o", "")),
    ("a", ("", "o", "e")),
    ("ë", ("a", "e", "")),
)
MIN_LETTERS = 5
# Serbian and Macedonian Cyrillic in the Latin letters the gazetteer's names are folded to.
_CYRILLIC = dict(
    zip(
        "абвгдђѓежзијклљмнњопрстћќуфхцчџш",
        "a b v g d dj gj e z z i j k l lj m n nj o p r s t c kj u f h c c dz s".split(),
        strict=True,
    )
)
# A preposition, then the word after it (four letters or more, no part of a hyphenated word).
_AFTER = re.compile(
    rf"(?<![^\W\d_])(?i:{'|'.join(sorted(PREPOSITIONS, key=len, reverse=True))})[ \t]+"
    r"([^\W\d_]{4,})(?![^\W\d_]|[-'’][^\W\d_])"
)


def latin(word: str) -> str:
    """``word`` with its Serbian or Macedonian Cyrillic letters in Latin ones (``Београду`` -> ``Beogradu``)."""
    if not any("\u0400" <= ch <= "\u04ff" for ch in word):
        return word
    out = "".join(_CYRILLIC.get(ch.lower(), ch.lower()) for ch in word)
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


def dictionary_place(word: str) -> str | None:
    """The place of the gazetteer ``word`` names, as written (capitalised) or in a case (see the module's note)."""
    from afscherm.detectors.place_names import lookup  # (place_names builds on the person rules)

    written = latin(word)
    forms = [written] if written[:1].isupper() else []  # (as written only capitalised: "od Kumanovo")
    forms += [
        written[: len(written) - len(ending)] + base
        for ending, bases in CASE_ENDINGS
        if written.lower().endswith(ending) and len(written) - len(ending) >= MIN_LETTERS - 1
        for base in bases
    ]
    for form in forms:
        found = lookup(form) if len(form) >= MIN_LETTERS else None
        if found is not None and found[1] == "plain":
            return found[0]
    return None


# Maltese glues its prepositions and the article to the next word with a hyphen, the article's consonant taking the
# word's first letter ("mill-Xagħra", from Xagħra; "tal-Ħamrun", "tar-Rabat", "fiż-Żurrieq", "mill-Imġarr",
# tuning_166): the word after the hyphen, capitalised and listed as a place, is the place.
_MALTESE_GLUED = re.compile(
    r"(?<![\w'’-])(?i:mill|minn|tal|ta|fil|fl|lill|lil|bil|għall|ghall|sal|mal|il|l)"
    r"-?(?i:[lrstxżznċcdġg])?-(?P<place>[A-ZĊĠĦŻÀ-Ý][\w'’]{2,}(?:-[\w'’]+)?)(?![\w'’-])"
)


# A place of two words after the preposition, listed as written, both capitalised ("f Sakiet Ezzit", "f Ksar
# Hellal", tuning_168): the two words are the place (no case ending is looked for on them).
_NEXT_WORD = re.compile(r"[ \t]([A-ZÀ-ÝĀ-Ž][^\W\d_]{1,})(?![^\W\d_]|[-'’][^\W\d_])")


def _two_word_place(text: str, m: re.Match[str]) -> int | None:
    """The end of the listed place of two capitalised words that the word ``m`` found opens, or None."""
    from afscherm.detectors.place_names import lookup  # (place_names builds on the person rules)

    if not m.group(1)[:1].isupper():
        return None
    nxt = _NEXT_WORD.match(text, m.end(1))
    if nxt is None:
        return None
    found = lookup(f"{m.group(1)} {nxt.group(1)}")
    return nxt.end(1) if found is not None and found[1] == "plain" else None


def inflected_places(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """``findings`` and, as LOCATION, the places named in another language's case after its preposition."""
    from afscherm.detectors.name_slots import word_like  # (it reads the person rules' lists)

    added: list[Finding] = []
    replaced: list[Finding] = []
    for m in _AFTER.finditer(text):
        start, end = m.start(1), m.end(1)
        two = _two_word_place(text, m)
        if two is not None:
            end = two
        overlapping = [f for f in findings if f.start < end and start < f.end]
        if any(f.entity_type == "LOCATION" for f in overlapping):
            continue
        # (the model's person or organisation on a place gives way; any other rule's finding stands)
        if any(f.recognizer != "SpacyNer" for f in overlapping):
            continue
        word = m.group(1)
        if two is None and (word_like(word) or dictionary_place(word) is None):
            continue
        added.append(Finding(start, end, "LOCATION", SCORE, RECOGNIZER))
        replaced.extend(overlapping)
    if "-" in text:
        added += _maltese_glued_places(text, findings + added)
    if not added:
        return findings
    return sorted([f for f in findings if f not in replaced] + added, key=lambda f: (f.start, f.end))


def _maltese_glued_places(text: str, findings: list[Finding]) -> list[Finding]:
    """The listed places glued to a Maltese preposition and article (see ``_MALTESE_GLUED``) no finding covers."""
    from afscherm.detectors.place_names import lookup  # (place_names builds on the person rules)

    out = []
    for m in _MALTESE_GLUED.finditer(text):
        start, end = m.span("place")
        if any(f.start < end and start < f.end for f in findings):
            continue
        found = lookup(m.group("place"))
        if found is not None and found[1] == "plain":
            out.append(Finding(start, end, "LOCATION", SCORE, RECOGNIZER))
    return out
