"""Compose a text piece by piece and record gold spans as the pieces are appended.

Spans are exact by construction: an entity's offsets are the builder's length before and after the
entity text is appended. ``Doc`` adds the entity helpers and a tiny template language
(``"mijn bsn is {bsn:dotted}"``) so the document templates stay readable.
"""

from __future__ import annotations

import bisect
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from synthetic import identifiers as ids
from synthetic.people import Person, person


@dataclass(frozen=True, slots=True)
class GoldSpan:
    start: int
    end: int
    entity_type: str
    subtype: str


@dataclass(frozen=True, slots=True)
class GoldNegative:
    """A stretch where nothing may be reported (for nested kinds: nothing but the enclosing span)."""

    start: int
    end: int
    kind: str


# Negative kinds that sit inside a positive span: a URL finding on an e-mail's domain, a phone
# finding inside an IBAN or IMEI. All other negatives never overlap a gold span.
NESTED_NEGATIVE_KINDS = ("email_domain", "phone_in_iban", "phone_in_imei")


@dataclass(frozen=True, slots=True)
class GoldDocument:
    id: str
    kind: str
    text: str
    spans: tuple[GoldSpan, ...]
    negatives: tuple[GoldNegative, ...]

    def to_record(self, source: str, line: int | None = None) -> dict[str, object]:
        record: dict[str, object] = {"id": self.id, "kind": self.kind, "source": source}
        if line is not None:
            record["line"] = line
        record["text"] = self.text
        record["spans"] = [
            {"start": s.start, "end": s.end, "entity_type": s.entity_type, "subtype": s.subtype} for s in self.spans
        ]
        record["negatives"] = [{"start": n.start, "end": n.end, "kind": n.kind} for n in self.negatives]
        return record


class TextBuilder:
    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self.spans: list[GoldSpan] = []
        self.negatives: list[GoldNegative] = []

    def __len__(self) -> int:
        return self._len

    def add(self, text: str) -> TextBuilder:
        self._parts.append(text)
        self._len += len(text)
        return self

    def ent(self, text: str, entity_type: str, subtype: str) -> tuple[int, int]:
        start = self._len
        self.add(text)
        self.spans.append(GoldSpan(start, self._len, entity_type, subtype))
        return start, self._len

    def neg(self, text: str, kind: str) -> tuple[int, int]:
        start = self._len
        self.add(text)
        self.negatives.append(GoldNegative(start, self._len, kind))
        return start, self._len

    def mark(self, start: int, end: int, entity_type: str, subtype: str) -> None:
        """A span over text already appended (MRZ sub-values)."""
        self.spans.append(GoldSpan(start, end, entity_type, subtype))

    def mark_negative(self, start: int, end: int, kind: str) -> None:
        self.negatives.append(GoldNegative(start, end, kind))

    def append_quoted(self, other: TextBuilder, prefix: str = "> ") -> None:
        """Append ``other`` as a quoted e-mail (each line prefixed), carrying its spans along.

        Spans of ``other`` must not cross a line break.
        """
        lines = other.text().rstrip("\n").split("\n")
        old_starts, new_starts, pos = [], [], 0
        for line in lines:
            old_starts.append(pos)
            pos += len(line) + 1
            self.add(prefix if line else prefix.rstrip())
            new_starts.append(len(self))
            self.add(line + "\n")

        def shift(offset: int) -> int:
            n = bisect.bisect_right(old_starts, offset) - 1
            return new_starts[n] + offset - old_starts[n]

        for s in other.spans:
            self.spans.append(GoldSpan(shift(s.start), shift(s.end - 1) + 1, s.entity_type, s.subtype))
        for g in other.negatives:
            self.negatives.append(GoldNegative(shift(g.start), shift(g.end - 1) + 1, g.kind))

    def text(self) -> str:
        return "".join(self._parts)

    def build(self, doc_id: str, kind: str) -> GoldDocument:
        spans = tuple(sorted(self.spans, key=lambda s: (s.start, -s.end, s.entity_type)))
        negatives = tuple(sorted(self.negatives, key=lambda n: (n.start, n.end, n.kind)))
        return GoldDocument(doc_id, kind, self.text(), spans, negatives)


# --- casual writing ---------------------------------------------------------------------------------

_ABBREVIATIONS = (
    (" mijn ", (" mn ", " m'n ", " mijn ")),
    (" even ", (" ff ", " effe ", " even ")),
    (" alstublieft", (" aub", " pls", " alsjeblieft")),
    (" bedankt", (" thx", " dankje", " bedankt")),
    (" niet ", (" niet ", " nie ")),
    (" wat ", (" wat ", " wt ")),
    (" ik ", (" ik ", " ik ", " k ")),
)


# Context words recognisers rely on keep their spelling, so every gold label keeps its context.
_NO_TYPO = (
    "geb",
    "bsn",
    "burger",
    "iban",
    "imei",
    "toestel",
    "telefoon",
    "paspoort",
    "document",
    "identiteit",
    "rekening",
    "nummer",
    "mail",
    "adres",
    "woon",
    "postcode",
    "kaart",
)


def typo(word: str, rng: random.Random) -> str:
    """One keyboard slip: swapped, dropped or doubled letter."""
    if len(word) < 4 or not word.isalpha() or any(k in word for k in _NO_TYPO):
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def casualise(text: str, rng: random.Random, typo_rate: float = 0.07) -> str:
    """How people type in a chat: lowercase, abbreviations, few full stops, the odd typo."""
    out = " " + text.lower() + " "
    for full, options in _ABBREVIATIONS:
        if full in out:
            out = out.replace(full, rng.choice(options))
    out = out[1:-1]
    if rng.random() < 0.5:
        out = out.replace(". ", " ").replace("?", "" if rng.random() < 0.5 else "??")
    words = out.split(" ")
    return " ".join(typo(w, rng) if rng.random() < typo_rate else w for w in words)


# --- the document context with entity helpers ---------------------------------------------------------

T = TypeVar("T")
_PLACEHOLDER = re.compile(r"\{([a-z_0-9.]+)(?::([a-z_0-9]+))?\}")
NAME_ATTRS = {
    "full": "prose",
    "first": "greeting",
    "family": "title",
    "family_alone": "title",
    "with_initials": "initials",
}
TEXT_ATTRS = ("formal_title", "spoken_title", "letter_title", "parent")
COMPANIES = (
    "Polderstroom Energie",
    "NoordNet Telecom",
    "Dijkzicht Verzekeringen",
    "Lage Landen Mobiel",
    "Woonstichting Rivierzicht",
    "Gemeente Voorbeeldstad",
    "Webwinkel Klompje",
    "Zorgverzekeraar Duinzicht",
    "Fietsenmakerij De Spaak",
    "Waterbedrijf Kwelder",
    "Bank Zuiderzee",
    "Parkeerbeheer Grachtengordel",
)
DEVICES = ("Samsung Galaxy A54", "iPhone 13", "Fairphone 5", "Pixel 8", "Nokia G42", "iPhone SE", "Motorola g84")


@dataclass
class Doc(TextBuilder):
    """One document under construction: a seeded RNG, its people, and cached identifier values."""

    rng: random.Random = field(default_factory=random.Random)
    casual: bool = False
    people: dict[str, Person] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)
    company: str = ""

    def __post_init__(self) -> None:
        TextBuilder.__init__(self)
        if not self.company:
            self.company = self.rng.choice(COMPANIES)

    # -- text --
    def say(self, text: str) -> None:
        self.add(casualise(text, self.rng) if self.casual and text.strip() else text)

    def fill(self, template: str) -> None:
        pos = 0
        for m in _PLACEHOLDER.finditer(template):
            self.say(template[pos : m.start()])
            self.render(m.group(1), m.group(2))
            pos = m.end()
        self.say(template[pos:])

    def person(self, key: str) -> Person:
        if key not in self.people:
            self.people[key] = person(self.rng)
        return self.people[key]

    def value(self, key: str, make: Callable[[], T]) -> T:
        """The value cached under ``key`` (made on first use), so repeated mentions agree."""
        if key not in self.values:
            self.values[key] = make()
        return self.values[key]

    def name(self, text: str, subtype: str) -> None:
        if self.casual:
            self.ent(text.lower(), "PERSON", "chat_lowercase")
        else:
            self.ent(text, "PERSON", subtype)

    def render(self, key: str, arg: str | None) -> None:
        if "." in key:
            who, attr = key.split(".", 1)
            p = self.person(who)
            if attr in TEXT_ATTRS:
                self.say(getattr(p, attr))
            else:
                self.name(getattr(p, attr), arg or NAME_ATTRS[attr])
            return
        base = key.rstrip("0123456789")
        getattr(self, f"r_{base}")(key, arg)

    # -- positives --
    def r_bsn(self, key: str, style: str | None) -> None:
        digits = self.value(key, lambda: ids.bsn(self.rng))
        style = style or self.rng.choice(ids.BSN_STYLES)
        if style == "spoken":
            self.ent(ids.spoken_bsn(digits, self.rng), "NL_BSN", "spoken")
        elif style == "split":
            self.ent(f"{digits[:3]} {digits[3:6]}\n{digits[6:]}", "NL_BSN", "split_lines")
        else:
            self.ent(ids.format_bsn(digits, style), "NL_BSN", style)

    def r_iban(self, key: str, style: str | None) -> None:
        country = "NL"
        if key.startswith("ibanf"):
            country = self.rng.choice(ids.FOREIGN_IBAN_COUNTRIES)
        compact = self.value(key, lambda: ids.iban(self.rng, country))
        style = style or self.rng.choice(ids.IBAN_STYLES)
        if style == "spoken":
            self.ent(ids.spoken_iban(compact, self.rng), "IBAN_CODE", "spoken")
            return
        if style == "split":
            text, sub = f"{compact[:8]}\n{compact[8:]}", "split_lines"
        else:
            text, sub = ids.format_iban(compact, style), style
        if self.casual and self.rng.random() < 0.6:
            text = text.lower()
        start, end = self.ent(text, "IBAN_CODE", sub)
        self.mark_negative(start, end, "phone_in_iban")

    r_ibanf = r_iban

    def r_phone(self, key: str, style: str | None) -> None:
        kind = self.value(key + "#kind", lambda: self.rng.choice(("mobile", "mobile", "landline")))
        maker = ids.nl_mobile if kind == "mobile" else ids.nl_landline
        self._phone(key, maker, style)

    def r_mobile(self, key: str, style: str | None) -> None:
        self._phone(key, ids.nl_mobile, style)

    def r_landline(self, key: str, style: str | None) -> None:
        self._phone(key, ids.nl_landline, style)

    def _phone(self, key: str, maker: Callable[[random.Random], ids.Phone], style: str | None) -> None:
        phone = self.value(key, lambda: maker(self.rng))
        style = style or self.rng.choice(ids.NL_PHONE_STYLES)
        if style == "spoken":
            self.ent(ids.spoken_phone(phone, self.rng), "PHONE_NUMBER", "spoken")
        elif style == "split":
            written = ids.format_nl_phone(phone, "pairs")
            cut = written.rfind(" ", 0, len(written) - 4)
            self.ent(written[:cut] + "\n" + written[cut + 1 :], "PHONE_NUMBER", "split_lines")
        else:
            self.ent(ids.format_nl_phone(phone, style), "PHONE_NUMBER", style)

    def r_intl(self, key: str, style: str | None) -> None:
        self.ent(self.value(key, lambda: ids.intl_phone(self.rng)), "PHONE_NUMBER", "international")

    def r_imei(self, key: str, style: str | None) -> None:
        digits = self.value(key, lambda: ids.imei(self.rng))
        self._imei(digits, style, "imei")

    def r_imeisv(self, key: str, style: str | None) -> None:
        digits = self.value(key, lambda: ids.imeisv(self.rng))
        self._imei(digits, style, "imeisv")

    def _imei(self, digits: str, style: str | None, what: str) -> None:
        style = style or self.rng.choice(ids.IMEI_STYLES)
        start, end = self.ent(ids.format_imei(digits, style), "IMEI", f"{what}_{style}")
        self.mark_negative(start, end, "phone_in_imei")

    def r_card(self, key: str, style: str | None) -> None:
        digits = self.value(key, lambda: ids.credit_card(self.rng, self.rng.choice(ids.CARD_BRANDS)))
        style = style or self.rng.choice(ids.CARD_STYLES)
        self.ent(ids.format_card(digits, style), "CREDIT_CARD", style)

    def r_email(self, key: str, owner: str | None) -> None:
        """``{email}`` is p's address, ``{email:a}`` the agent's, ``{email:desk}`` a functional one."""

        def make() -> str:
            if owner == "desk":
                local = self.rng.choice(("privacy", "fg", "avg", "klantenservice", "support", "info"))
            else:
                local = self.person(owner or "p").email_local(self.rng)
            return f"{local}@{ids.email_domain(self.rng)}"

        address = self.value(key + (owner or ""), make)
        if self.casual:
            address = address.lower()
        start, end = self.ent(address, "EMAIL_ADDRESS", owner or "personal")
        at = address.index("@")
        self.mark_negative(start + at + 1, end, "email_domain")

    def r_ip(self, key: str, style: str | None) -> None:
        """``{ip}`` an IPv4 address, ``{ip:v6}`` an IPv6 one."""
        if style == "v6":
            self.ent(self.value(key + "v6", lambda: ids.ipv6(self.rng)), "IP_ADDRESS", "ipv6")
        else:
            self.ent(self.value(key, lambda: ids.ipv4(self.rng)), "IP_ADDRESS", "ipv4")

    def r_address(self, key: str, style: str | None) -> None:
        street = self.value(key, lambda: ids.street_address(self.rng))
        self.ent(street.lower() if self.casual else street, "LOCATION", "address")

    def r_postcode(self, key: str, style: str | None) -> None:
        pc = self.value(key, lambda: ids.postcode(self.rng))
        style = style or (
            "lower" if self.casual and self.rng.random() < 0.5 else self.rng.choice(("spaced", "spaced", "compact"))
        )
        self.ent(ids.format_postcode(pc, style), "LOCATION", "postcode")

    def r_city(self, key: str, style: str | None) -> None:
        city = self.value(key, lambda: self.rng.choice(ids.CITIES))
        if style == "upper":
            city = city.upper()
        self.ent(city.lower() if self.casual else city, "LOCATION", "city")

    def r_place(self, key: str, style: str | None) -> None:
        city = self.value(key, lambda: self.rng.choice(ids.CITIES))
        if style == "upper":
            city = city.upper()
        self.ent(city.lower() if self.casual else city, "LOCATION", "place")

    def r_dob(self, key: str, style: str | None) -> None:
        date = self.value(key, lambda: ids.birth_date(self.rng))
        style = style or self.rng.choice(ids.DATE_STYLES)
        self.ent(ids.format_date(date, style), "DATE_OF_BIRTH", style)

    def r_docnum(self, key: str, style: str | None) -> None:
        self.ent(self.value(key, lambda: ids.nl_document_number(self.rng)), "NL_ID_DOCUMENT", style or "context")

    # -- unlabelled filler --
    def r_date(self, key: str, style: str | None) -> None:
        date = self.value(key, lambda: ids.other_date(self.rng))
        self.add(ids.format_date(date, style or self.rng.choice(("dmy_dash", "long", "dmy_short"))))

    def r_company(self, key: str, style: str | None) -> None:
        self.add(self.company)

    def r_device(self, key: str, style: str | None) -> None:
        self.add(self.value(key, lambda: self.rng.choice(DEVICES)))

    def r_ticket(self, key: str, style: str | None) -> None:
        prefix = self.rng.choice(("INC", "TCK", "ZD", "CS"))
        self.add(self.value(key, lambda: f"{prefix}-{self.rng.randrange(10000, 99999)}"))

    def r_klantnr(self, key: str, style: str | None) -> None:
        self.add(self.value(key, lambda: f"KL{self.rng.randrange(100000, 999999)}"))

    # -- hard negatives --
    def r_n_bsn(self, key: str, style: str | None) -> None:
        self.neg(self.value(key, lambda: ids.invalid_bsn_like(self.rng)), "bsn_checksum_fail")

    def r_n_iban(self, key: str, style: str | None) -> None:
        compact = self.value(key, lambda: ids.invalid_iban(self.rng))
        self.neg(ids.format_iban(compact, style or self.rng.choice(ids.IBAN_STYLES)), "iban_checksum_fail")

    def r_n_luhn(self, key: str, style: str | None) -> None:
        self.neg(self.value(key, lambda: ids.luhn_fail_15(self.rng)), "luhn_fail")

    def r_n_uuid(self, key: str, style: str | None) -> None:
        self.neg(self.value(key, lambda: ids.uuid4(self.rng)), "uuid")

    def r_n_git(self, key: str, style: str | None) -> None:
        self.neg(self.value(key, lambda: ids.git_hash(self.rng)), "git_hash")

    def r_n_version(self, key: str, style: str | None) -> None:
        self.neg(self.value(key, lambda: ids.version_string(self.rng)), "version")

    def r_n_ts(self, key: str, style: str | None) -> None:
        self.neg(self.value(key, lambda: ids.timestamp(self.rng, style)), "timestamp")

    def r_n_price(self, key: str, style: str | None) -> None:
        self.neg(self.value(key, lambda: ids.price(self.rng)), "price")

    def r_n_kvk(self, key: str, style: str | None) -> None:
        self.neg(self.value(key, lambda: ids.kvk_number(self.rng)), "kvk")
