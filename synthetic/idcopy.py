"""OCR text of copies of Dutch identity cards (TD1) and passport data pages (TD3), with their MRZ.

Documents issued before August 2021 carry the BSN in the MRZ (TD1 optional data, TD3 personal
number); later ones do not. Some copies get OCR noise in the MRZ: spaces inside a line, ``«`` read
for ``<<`` and a trailing filler lost.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from afscherm.detectors.mrz import compose_td1, compose_td3, icao_check_digit
from synthetic import identifiers as ids
from synthetic.builder import Doc
from synthetic.people import Person

Field = tuple[int, int, int, str]  # line, start, end, entity type of a value inside the zone


@dataclass(frozen=True, slots=True)
class Zone:
    lines: tuple[str, ...]
    fields: tuple[Field, ...]


def _trimmed_end(line: str, start: int, end: int) -> int:
    return start + len(line[start:end].rstrip("<"))


def td1_zone(p: Person, docnum: str, dob: ids.Date, expiry: ids.Date, bsn: str | None) -> Zone:
    optional = f"{bsn}<<<<<{icao_check_digit(bsn)}" if bsn else ""
    sex = "M" if p.gender == "M" else "F"
    lines = compose_td1(
        "I",
        "NLD",
        docnum,
        ids.mrz_date(dob),
        sex,
        ids.mrz_date(expiry),
        "NLD",
        p.family,
        " ".join(p.first_names),
        optional,
    )
    fields: list[Field] = [
        (0, 5, 14, "NL_ID_DOCUMENT"),
        (1, 0, 6, "DATE_OF_BIRTH"),
        (2, 0, _trimmed_end(lines[2], 0, 30), "PERSON"),
    ]
    if bsn:
        fields.append((0, 15, 24, "NL_BSN"))
    return Zone(tuple(lines), tuple(fields))


def td3_zone(p: Person, docnum: str, dob: ids.Date, expiry: ids.Date, bsn: str | None) -> Zone:
    sex = "M" if p.gender == "M" else "F"
    lines = compose_td3(
        "P",
        "NLD",
        docnum,
        ids.mrz_date(dob),
        sex,
        ids.mrz_date(expiry),
        "NLD",
        p.family,
        " ".join(p.first_names),
        bsn or "",
    )
    fields: list[Field] = [
        (0, 5, _trimmed_end(lines[0], 5, 44), "PERSON"),
        (1, 0, 9, "NL_ID_DOCUMENT"),
        (1, 13, 19, "DATE_OF_BIRTH"),
    ]
    if bsn:
        fields.append((1, 28, 37, "NL_BSN"))
    return Zone(tuple(lines), tuple(fields))


def _inside(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < i < end for start, end in spans)


def noisy_line(line: str, protected: list[tuple[int, int]], rng: random.Random) -> tuple[str, list[int]]:
    """An OCR reading of an MRZ line and, per clean character, its index in the reading.

    Spaces never fall inside ``protected`` (the values inside the zone) so those stay contiguous.
    """
    out: list[str] = []
    where: list[int] = []
    guillemets = rng.random() < 0.4
    spaces = {rng.randrange(3, len(line) - 3) for _ in range(rng.randrange(0, 3))}
    i = 0
    while i < len(line):
        if i in spaces and not _inside(i, protected):
            out.append(" ")
        if guillemets and line.startswith("<<", i) and rng.random() < 0.3:
            where += [len(out), len(out)]
            out.append("«")
            i += 2
            continue
        where.append(len(out))
        out.append(line[i])
        i += 1
    if out[-1] == "<" and rng.random() < 0.5 and not any(end >= len(line) for _, end in protected):
        out.pop()
    return "".join(out), where


def write_zone(d: Doc, zone: Zone, noisy: bool) -> None:
    """Append the zone (lines joined by newlines) and mark MRZ plus its values."""
    start = len(d)
    sub = []
    for n, line in enumerate(zone.lines):
        protected = [(a, b) for ln, a, b, _ in zone.fields if ln == n]
        text, where = noisy_line(line, protected, d.rng) if noisy else (line, list(range(len(line))))
        line_start = len(d)
        d.add(text)
        for ln, a, b, entity in zone.fields:
            if ln == n:
                sub.append((line_start + where[a], line_start + where[b - 1] + 1, entity))
        if n < len(zone.lines) - 1:
            d.add("\n")
    d.mark(start, len(d), "MRZ", "td1" if len(zone.lines) == 3 else "td3")
    for a, b, entity in sub:
        d.mark(a, b, entity, "mrz")


def _sex_label(p: Person) -> str:
    return "M/M" if p.gender == "M" else "V/F"


def id_copy(d: Doc) -> None:
    """The OCR text of one ID copy: card (TD1) or passport (TD3), before or after August 2021."""
    rng = d.rng
    p = d.person("p")
    passport = rng.random() < 0.45
    pre_2021 = rng.random() < 0.5
    issue = ids.Date(
        rng.randrange(2014, 2021) if pre_2021 else rng.randrange(2021, 2027), rng.randrange(1, 13), rng.randrange(1, 29)
    )
    expiry = ids.Date(issue.year + 10, issue.month, issue.day)
    dob = ids.birth_date(rng)
    d.values["dob"] = dob
    docnum = ids.nl_document_number(rng)
    d.values["docnum"] = docnum
    bsn = ids.bsn(rng)
    d.values["bsn"] = bsn
    upper = rng.random() < 0.5
    surname = p.family_alone.upper() if upper else p.family_alone
    given = " ".join(p.first_names)
    given = given.upper() if upper else given

    d.add("KONINKRIJK DER NEDERLANDEN\nKINGDOM OF THE NETHERLANDS\n")
    d.add("PASPOORT / PASSPORT / PASSEPORT\n" if passport else "IDENTITEITSKAART / IDENTITY CARD\n")
    d.add("\n")
    if passport:
        d.add("Type / Type    Code / Code    Documentnummer / Document no.\nP              NLD            ")
        d.r_docnum("docnum", "id_label")
        d.add("\n")
    d.add("Naam / Surname\n")
    d.name(surname, "id_label")
    d.add("\nVoornamen / Given names\n")
    d.name(given, "id_label")
    d.add("\nNationaliteit / Nationality\nNederlandse\nGeboortedatum / Date of birth\n")
    d.r_dob("dob", "id_card")
    d.add(f"\nGeslacht / Sex\n{_sex_label(p)}\nGeboorteplaats / Place of birth\n")
    d.r_place("birthplace", "upper" if upper else None)
    d.add("\n")
    if not passport:
        d.add("Documentnummer / Document no.\n")
        d.r_docnum("docnum", "id_label")
        d.add("\n")
    if pre_2021 or rng.random() < 0.5:
        d.add("Persoonsnummer / Personal no.\n")
        d.r_bsn("bsn", "dotted")
        d.add("\n")
    d.add(f"Datum van afgifte / Date of issue\n{ids.format_date(issue, 'id_card')}\n")
    d.add(f"Geldig tot / Date of expiry\n{ids.format_date(expiry, 'id_card')}\n")
    d.add("Autoriteit / Authority\nBurgemeester van ")
    d.r_place("authority", "upper" if upper else None)
    d.add("\n\n")
    if rng.random() < 0.3:
        d.add("Handtekening houder / Holder's signature\n\n")
    zone = (td3_zone if passport else td1_zone)(p, docnum, dob, expiry, bsn if pre_2021 else None)
    write_zone(d, zone, noisy=rng.random() < 0.45)
    d.add("\n")
