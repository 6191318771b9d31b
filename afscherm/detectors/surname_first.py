"""A name written surname first, its halves parted by a comma: one name, the comma inside it.

Dumps, logs and registers write a person as ``Surname, Given name`` (``Kuipers, Anouk`` in a CSV cell, ``van
Jansen, Pieter verloopt`` in a log line, ``naam=M%C3%BCller%2C%20Jonas`` in a query string). The recognisers find
the two halves, each a name, and leave the comma between them: the written value is the whole, and a redaction that
keeps the comma shows where a name in this order stood. Two PERSON findings parted by nothing but a comma and one
space (or their URL encoding, ``%2C%20``/``%2C+``) are one finding when the first is no listed first name nor spelled
letter by letter, and the second is given names or initials only: a list of names (``Anouk, Pieter en Jonas``) opens
with a first name, a list of people (``Hoogeveen, J.W. Pronk``) and a name said again in full (``met Bakker, Gerrit
Bakker``) have a surname in the second, a call spells a name after saying it (``Bakker, B a k k e r``), and a
comma-separated CSV row parts its cells without the space.

A register writes the particle after the surname too (``Vries, de, Anne-Marije``, ``Berg, van den, Jan``): a found
given name after a listed surname and its particles, each closed by a comma and a space, is that whole name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding
from afscherm.detectors.person_name import common_words, is_family_name, is_first_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

RECOGNIZER = "SurnameFirst"
_COMMA = re.compile(r",[ \t]|%2[Cc](?:%20|\+)")
_FIRST_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]?|[A-Z](?![\w.])")
_ENCODED = re.compile(r"%[0-9A-Fa-f]{2}")
_SPELLED = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,2}[ -][^\W\d_]{1,2}[ -][^\W\d_]{1,2}(?![^\W\d_])")
MAX_GIVEN_NAMES = 3
_PARTICLE = r"(?:van|de|der|den|ter|ten|te|het|'t|in|op|la|le|du|von|el|al)"
# The particles that open a surname (any case: "El Idrissi", "Van der Heijden"), dropped before its first word is read.
_PARTICLES = re.compile(rf"^(?:(?i:{_PARTICLE}|ben|bin|abu|da|di|dos|del)[ \t]+)+")
# "Vries, de, " right before a given name: a capitalised surname, a comma, its particles in lower case, a comma.
_REGISTER_BEFORE = re.compile(
    rf"(?<![\w-])(?P<surname>[A-ZÀ-Þ][^\W\d_]+(?:-[^\W\d_]+)*),[ \t]"
    rf"(?P<particles>{_PARTICLE}(?:[ \t]{_PARTICLE}){{0,2}}),[ \t]$"
)
REGISTER_REACH = 40  # characters before the given name: a surname and its particles
# A list going on after the given name ("Terpstra, Fenna en Emre", "Terpstra, Fenna, Emre"): the comma parts people.
_LIST_GOES_ON = re.compile(r",[ \t]*|[ \t]+(?:en|of|and|und|&)[ \t]+")


def _opens_with_given_name(value: str) -> bool:
    if _INITIALS.match(value):
        return True
    word = _FIRST_WORD.match(value)
    # (a double first name, "Anne-Marije", by its first part)
    return word is not None and word.group()[:1].isupper() and is_first_name(word.group().split("-")[0])


def _opens_with_first_name(value: str) -> bool:
    """A listed first name is the first word of ``value`` (no initial: ``M%C3%BCller`` opens with an escape)."""
    word = _FIRST_WORD.match(value)
    first = word.group().split("-")[0] if word is not None else ""
    return len(first) > 1 and first[:1].isupper() and is_first_name(first)


def _only_given_names(value: str) -> bool:
    """``value`` is given names or initials only (``Anouk``, ``J.P.``, ``Anne-Marije Sophie``): no surname after
    them, as a name said again in full (``Bakker, Gerrit Bakker``) or a list's next person (``Hoogeveen, J.W. Pronk``)
    has."""
    words = _ENCODED.sub(" ", value).split()
    return 0 < len(words) <= MAX_GIVEN_NAMES and all(
        _INITIALS.fullmatch(w) or (w[:1].isupper() and is_first_name(w.split("-")[0])) for w in words
    )


def _spelled(value: str) -> bool:
    """A name spelled letter by letter (``B a k k e r``, ``W-O-L-T-E-R-S``), as a call spells it after saying it."""
    return _SPELLED.search(value) is not None


def _is_given_name(value: str) -> bool:
    plain = _ENCODED.sub("", value).strip()
    return " " not in plain and "," not in plain and is_first_name(plain)


def surname_first_names(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """``findings`` with each pair ``Surname`` ``,`` ``Given name`` of PERSON findings joined into one.

    >>> t = "MOB-201;Galaxy A55;Kuipers, Anouk;Verkoop"
    >>> fs = [Finding(19, 26, "PERSON", 0.9, "x"), Finding(28, 33, "PERSON", 0.9, "x")]
    >>> [t[f.start : f.end] for f in surname_first_names(t, None, fs)]
    ['Kuipers, Anouk']
    """
    findings = findings + _surnames_with_initials(text, findings)
    persons = sorted((f for f in findings if f.entity_type == "PERSON"), key=lambda f: (f.start, f.end))
    if not persons:
        return findings
    others = [f for f in findings if f.entity_type != "PERSON"]
    joined: list[Finding] = []
    used: set[int] = set()
    for i in range(len(persons) - 1):
        first, second = persons[i], persons[i + 1]
        if i in used or _COMMA.fullmatch(text, first.end, second.start) is None:
            continue
        surname, given = text[first.start : first.end], text[second.start : second.end]
        if _is_given_name(surname) or _opens_with_first_name(_PARTICLES.sub("", surname)) or _spelled(surname):
            continue  # a first name opens it: a name in the usual order ("Sevda Kaya, Jan ...")
        if not _only_given_names(given) or any(o.start < second.end and second.start < o.end for o in others):
            continue  # (the second half inside another finding: "Jan Steenstraat 14", a street)
        if i + 2 < len(persons) and _LIST_GOES_ON.fullmatch(text, second.end, persons[i + 2].start):
            continue  # a list of people goes on after it: "Op de lijst: Terpstra, Fenna en Emre" names three
        used |= {i, i + 1}
        joined.append(Finding(first.start, second.end, "PERSON", max(first.score, second.score), RECOGNIZER))
    for i, given_name in enumerate(persons):
        if i in used:
            continue
        start = _register_surname_start(text, given_name)
        if start is not None:
            used |= {j for j, p in enumerate(persons) if start <= p.start and p.end <= given_name.end}
            joined.append(Finding(start, given_name.end, "PERSON", given_name.score, RECOGNIZER))
    if not joined:
        return findings
    dropped = {id(persons[i]) for i in used}
    return [f for f in findings if id(f) not in dropped] + joined


# A surname, a comma and initials with their dots, as registers, statements and orders write a person ("Jansen, P.J.",
# "Kranendonk-Verweij, T.A.", "van Dam, M.J.E."), whether or not a list knows the surname: the initials say it is a
# person's. Not a firm's legal form after a comma ("Bakker, B.V."), nor initials glued to a word after them.
# Nor initials that open the next name ("R. Schipper, L. Nijhuis": a capitalised word after them), nor a surname after
# initials of its own ("R. Tjon, H. en ..."), nor a common word before the comma ("Hoogachtend, M. Noordam").
_SURNAME_INITIALS = re.compile(
    rf"(?<![\w.'’-])(?<![A-Z]\. )(?:(?:{_PARTICLE})[ \t]+)*(?P<surname>[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)*),[ \t]"
    rf"(?P<initials>(?:[A-Z]\.){{1,4}})(?![\w])(?![ \t]+(?:{_PARTICLE}[ \t]+)*[A-ZÀ-Þ])"
)
_LEGAL_FORMS = frozenset({"B.V.", "N.V.", "C.V.", "V.O.F.", "B.A.", "U.A.", "W.A.", "S.A.", "A.G."})


def _surnames_with_initials(text: str, findings: list[Finding]) -> list[Finding]:
    """PERSON findings for each ``Surname, I.J.`` (see ``_SURNAME_INITIALS``) no finding covers yet."""
    if ", " not in text:
        return []
    out: list[Finding] = []
    for m in _SURNAME_INITIALS.finditer(text):
        if m.group("initials") in _LEGAL_FORMS or m.group("surname").lower() in common_words():
            continue
        start, end = m.span()
        # (a finding reaching past it is read already: "Van der Heijden" with "J.P." is the pairing's below)
        if any(f.start < end and start < f.end and not (start <= f.start and f.end <= end) for f in findings):
            continue
        out.append(Finding(start, end, "PERSON", 0.85, RECOGNIZER))
    return out


def _register_surname_start(text: str, given: Finding) -> int | None:
    """Where the surname of a register's ``Surname, particles, Given name`` before the found ``given`` name starts.

    >>> t = 'klant="Vries, de, Anne-Marije"'
    >>> _register_surname_start(t, Finding(18, 29, "PERSON", 0.9, "x"))
    7
    """
    if not _opens_with_given_name(text[given.start : given.end]):
        return None
    m = _REGISTER_BEFORE.search(text, max(0, given.start - REGISTER_REACH), given.start)
    if m is None:
        return None
    surname, particles = m.group("surname"), m.group("particles")
    if not (is_family_name(f"{particles} {surname}") or is_family_name(surname)):
        return None
    return m.start()
