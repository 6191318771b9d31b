"""Fictitious people: random combinations of shipped Dutch first names and family names."""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

NAMES_DIR = Path(__file__).resolve().parent.parent / "afscherm" / "detectors" / "data" / "names"

# Tussenvoegsels as they appear (capitalised) at the start of entries in the family-name list.
PREFIXES = ("van der", "van den", "van de", "van 't", "in 't", "op de", "van", "de", "den", "ten", "ter", "te")
# Frequent names get half of the draws so the texts read like ordinary Dutch correspondence.
COMMON_FIRST = (
    "Jan",
    "Pieter",
    "Kees",
    "Henk",
    "Wim",
    "Johan",
    "Mark",
    "Thomas",
    "Daan",
    "Sem",
    "Lucas",
    "Bram",
    "Ruben",
    "Jeroen",
    "Maarten",
    "Sander",
    "Bas",
    "Niels",
    "Tim",
    "Rik",
    "Joost",
    "Gerrit",
    "Mohamed",
    "Ahmed",
    "Youssef",
    "Stefan",
    "Erik",
    "Koen",
    "Sanne",
    "Anouk",
    "Lotte",
    "Emma",
    "Julia",
    "Femke",
    "Marieke",
    "Ingrid",
    "Linda",
    "Sandra",
    "Petra",
    "Esther",
    "Fatima",
    "Naima",
    "Eva",
    "Sophie",
    "Lisa",
    "Anne",
    "Fleur",
    "Iris",
    "Noor",
    "Willeke",
    "Annemiek",
    "Karin",
    "Monique",
    "Mieke",
    "Ria",
    "Yvonne",
    "Marloes",
    "Inge",
    "Hanneke",
    "Priya",
)
COMMON_FAMILY = (
    "De Jong",
    "Jansen",
    "De Vries",
    "Van den Berg",
    "Van Dijk",
    "Bakker",
    "Janssen",
    "Visser",
    "Smit",
    "Meijer",
    "De Boer",
    "Mulder",
    "De Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "Van Leeuwen",
    "Dekker",
    "Brouwer",
    "De Wit",
    "Dijkstra",
    "Smits",
    "De Graaf",
    "Van der Meer",
    "Van der Linden",
    "Kok",
    "Jacobs",
    "De Haan",
    "Vermeulen",
    "Van den Heuvel",
    "Van der Veen",
    "Van den Broek",
    "De Bruijn",
    "De Bruin",
    "Van der Heijden",
    "Schouten",
    "Van Beek",
    "Willems",
    "Van Vliet",
    "Van de Ven",
    "Hoekstra",
    "Maas",
    "Verhoeven",
    "Koster",
    "Van Dam",
    "Van der Wal",
    "Prins",
    "Blom",
    "Huisman",
    "Peeters",
    "De Lange",
    "Kuipers",
    "Van Wijk",
    "Postma",
    "Kramer",
    "Van den Bosch",
    "Ten Have",
    "Ter Horst",
    "Van 't Hof",
)
_DUTCH_ENDINGS = (
    "sen",
    "sma",
    "stra",
    "ink",
    "man",
    "mans",
    "ma",
    "ers",
    "er",
    "ing",
    "veld",
    "berg",
    "kamp",
    "dijk",
    "hof",
    "huis",
    "boom",
    "horst",
    "brink",
    "beek",
    "hout",
    "land",
    "bosch",
    "ens",
    "ijn",
    "hoek",
    "steen",
    "ga",
    "enga",
    "ert",
    "aar",
)
_PLAIN_WORD = re.compile(r"[A-Z][a-z]{3,10}")
_PLAIN_FIRST = re.compile(r"[A-Z][a-z]{2,9}")


@dataclass(frozen=True, slots=True)
class Person:
    """A fictitious person. ``prefix`` is the lowercase tussenvoegsel (``van der``) or ``""``."""

    first_names: tuple[str, ...]
    prefix: str
    surname: str
    gender: str  # "M" or "V"

    @property
    def first(self) -> str:
        return self.first_names[0]

    @property
    def family(self) -> str:
        """The family name after a first name or initials: ``van der Meer``."""
        return f"{self.prefix} {self.surname}" if self.prefix else self.surname

    @property
    def family_alone(self) -> str:
        """The family name on its own, prefix capitalised as Dutch spelling wants: ``Van der Meer``."""
        fam = self.family
        return fam[0].upper() + fam[1:]

    @property
    def full(self) -> str:
        return f"{self.first} {self.family}"

    @property
    def initials(self) -> str:
        return "".join(f"{n[0]}." for n in self.first_names)

    @property
    def with_initials(self) -> str:
        return f"{self.initials} {self.family}"

    @property
    def formal_title(self) -> str:
        return "dhr." if self.gender == "M" else "mevr."

    @property
    def spoken_title(self) -> str:
        return "meneer" if self.gender == "M" else "mevrouw"

    @property
    def letter_title(self) -> str:
        return "heer" if self.gender == "M" else "mevrouw"

    @property
    def parent(self) -> str:
        return "vader" if self.gender == "M" else "moeder"

    @property
    def mrz_surname(self) -> str:
        return self.family.upper()

    @property
    def mrz_given(self) -> str:
        return " ".join(self.first_names).upper()

    def email_local(self, rng: random.Random) -> str:
        fam = self.family.lower().replace(" ", "").replace("'", "")
        first = self.first.lower()
        options = (
            f"{first}.{fam}",
            f"{first[0]}.{fam}",
            f"{first}{rng.randrange(70, 100)}",
            f"{first[0]}{fam}",
            f"{fam}.{first[0]}",
            f"{first}_{fam}",
        )
        return rng.choice(options)


@lru_cache(maxsize=1)
def _first_names() -> tuple[tuple[tuple[str, str], ...], dict[str, str]]:
    entries = json.loads((NAMES_DIR / "first_names.json").read_text(encoding="utf-8"))
    gender = {e["naam"]: e["geslacht"] for e in entries}
    plain = tuple((e["naam"], e["geslacht"]) for e in entries if _PLAIN_FIRST.fullmatch(e["naam"]))
    return plain, gender


def _split_prefix(name: str) -> tuple[str, str] | None:
    lower = name.lower()
    for prefix in PREFIXES:
        if lower.startswith(prefix + " "):
            rest = name[len(prefix) + 1 :]
            return (prefix, rest) if _PLAIN_WORD.fullmatch(rest) else None
    return ("", name) if _PLAIN_WORD.fullmatch(name) else None


# One pass over the 124k-line list: an optional capitalised tussenvoegsel, then one plain word with
# a typically Dutch ending.
_DUTCH_FAMILY_LINE = re.compile(
    r"^(?:(" + "|".join(re.escape(p.capitalize()) for p in PREFIXES) + r") )?([A-Z][a-z]{3,10})$", re.M
)


@lru_cache(maxsize=1)
def _family_names() -> tuple[tuple[str, str], ...]:
    """Dutch-looking family names from the shipped list, as (prefix, surname)."""
    text = (NAMES_DIR / "family_names_freq5.lst").read_text(encoding="utf-8")
    return tuple(
        ((m.group(1) or "").lower(), m.group(2))
        for m in _DUTCH_FAMILY_LINE.finditer(text)
        if m.group(2).endswith(_DUTCH_ENDINGS)
    )


@lru_cache(maxsize=1)
def _common_family() -> tuple[tuple[str, str], ...]:
    return tuple(s for s in (_split_prefix(n) for n in COMMON_FAMILY) if s)


def person(rng: random.Random) -> Person:
    plain, gender_of = _first_names()
    if rng.random() < 0.5:
        first = rng.choice(COMMON_FIRST)
        gender = gender_of.get(first, "V")
    else:
        first, gender = rng.choice(plain)
    names = [first]
    if rng.random() < 0.35:  # a second given name of the same gender, as on ID documents
        while True:
            second, g2 = rng.choice(plain)
            if g2 == gender and second != first:
                names.append(second)
                break
    prefix, surname = rng.choice(_common_family()) if rng.random() < 0.5 else rng.choice(_family_names())
    return Person(tuple(names), prefix, surname, gender)
