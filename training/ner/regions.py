"""Build ``regions_nl.txt``: names of countries, provinces, federal states and regions, which are no personal data.

The gold conventions (``bench/gold/handwritten/README.md``) label towns, villages, streets and postcodes as
LOCATION, but not countries, provinces or regions (``Duitsland``, ``Friesland``, ``de Veluwe``): they say nothing
about where a person can be found. The NER model tags them as places all the same, so the analyzer drops a model
LOCATION that is only such a name (``detectors.ner_guard``); a name that is also a town or municipality
(``Utrecht``, ``Groningen``, ``Luxemburg``) is kept there.

Sources: Debian's ``iso-codes`` (ISO 3166-1 country names and ISO 3166-2 subdivisions of NL, BE and DE, in English
and, through its gettext catalogue, in Dutch; LGPL-2.1 data, installed with ``apt-get install iso-codes``), and a
short list of Dutch and Flemish landscape regions and continents that ISO does not name.

    python -m training.ner.regions
"""

from __future__ import annotations

import gettext
import json
from collections.abc import Callable
from pathlib import Path

ISO = Path("/usr/share/iso-codes/json")
LOCALES = Path("/usr/share/locale")
OUT = Path(__file__).resolve().parents[2] / "afscherm" / "detectors" / "data" / "lexicons" / "regions_nl.txt"
# Regions and continents people name in Dutch that ISO 3166 does not list.
LANDSCAPES = """Holland Nederland Vlaanderen Wallonië Brabant Veluwe Achterhoek Twente Salland Betuwe Kempen Randstad
Gooi Drente Fryslân Zeeuws-Vlaanderen Limburg Europa Azië Afrika Amerika Noord-Amerika Zuid-Amerika Oceanië
Scandinavië Benelux""".split()


def _names(standard: str, key: str, keep: Callable[[dict[str, str]], bool] | None = None) -> set[str]:
    rows = json.loads((ISO / f"{standard}.json").read_text(encoding="utf-8"))[key]
    dutch = gettext.translation(standard, str(LOCALES), languages=["nl"])
    names: set[str] = set()
    for row in rows:
        if keep is not None and not keep(row):
            continue
        for field in ("name", "common_name", "official_name"):
            if field in row:
                names.update({row[field], dutch.gettext(row[field])})
    # "Bolivia, Plurinational State of": the inverted official forms are never written in running text
    return {n for n in names if "," not in n and "(" not in n}


def build() -> list[str]:
    countries = _names("iso_3166-1", "3166-1")
    subdivisions = _names("iso_3166-2", "3166-2", lambda row: row["code"][:2] in {"NL", "BE", "DE"})
    return sorted(countries | subdivisions | set(LANDSCAPES) | {"The Netherlands", "Netherlands"})


if __name__ == "__main__":
    names = build()
    OUT.write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")
