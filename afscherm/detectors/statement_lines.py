"""The counterparty's name on a bank statement's booking line, as OCR prints it.

A statement's booking line is a structure, not a table: the booking date opens it, the amount closes it, and
between them stand the booking kind, the counterparty's IBAN and the counterparty's name, parted by spaces
(``10-01 Overboeking naar AT81 4548 2290 2347 8240 HUBER ALOIS 310,00``, ``02-01  Bijschrijving  SMIT-DE VRIES J
NL92ASNB5203957938  350,00``). The name has no label and, in capitals or with the given name last, few other cues;
its place beside a found IBAN on such a line says whose account it is. The words right after the IBAN (up to a
wider gap or the first word that is no name's), or right before it (back to the booking kind), are that name when
they look like one: capitalised words, initials and particles, with a listed first or family name or an initial
among them, and no organisation's word (``Vitens NV``, ``Bakkerij Van Rijn``, ``Zorgverzekeraar``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding
from afscherm.detectors.org_guard import LEGAL_FORM, is_org_head, is_trade_word
from afscherm.detectors.person_name import is_family_name, is_first_name, non_person_entities

if TYPE_CHECKING:
    from spacy.tokens import Doc

RECOGNIZER = "StatementLine"
SCORE = 0.85
MAX_NAME_WORDS = 5
# The booking date that opens the line (``08-01``, ``12.11.2026``) and the amount that closes it (``310,00``,
# ``-1.250,00``, ``+250,00``, ``€ 45,00``, ``45,00 Af``).
_DATE_OPENING = re.compile(r"[ \t]*\d{1,2}[-./]\d{1,2}(?:[-./](?:\d{4}|\d{2}))?(?=[ \t])")
_AMOUNT_CLOSING = re.compile(
    r"(?<=[ \t])[+-]?(?:€[ \t]?)?\d{1,3}(?:[.,]\d{3})*[.,]\d{2}(?:[ \t]?(?:[+-]|CR|DB|Af|Bij|af|bij))?[ \t]*$"
)
_TOKEN = re.compile(r"\S+")
# Booking kinds, the words around them and the descriptions of a booking, never a name's (lower case).
BOOKING_WORDS = frozenset(
    """
    overboeking overschrijving bijschrijving afschrijving incasso storting opname betaalpas pinbetaling ideal
    sepa periodieke acceptgiro terugboeking geldautomaat betaling ontvangen naar van aan door via credit debit
    transfer overb. bijschr. afschr. ov. bij af tegenrekening rekening iban tikkie betaalverzoek
    huur salaris loon rente kosten premie aflossing termijn contributie donatie factuur toeslag zorgtoeslag
    huurtoeslag kinderbijslag spaarrekening terugbetaling
    """.split()
)
MIN_NAME_WORDS = 2  # one word beside an IBAN is as often a booking's description ("Huur") as a name
_PARTICLES = frozenset("van de der den ter ten te het 't v. d' op in la le du da di del von".split())
# A word of a name: capitalised (in capitals too), hyphenated parts allowed; an initial with or without its dot.
_NAME_WORD = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*\.?|(?:[A-Z]\.){1,4}[A-Z]?)")
_INITIAL = re.compile(r"(?:[A-Z]\.?){1,4}")


def _name_word(word: str) -> bool:
    return word.lower() not in BOOKING_WORDS and (word.lower() in _PARTICLES or _NAME_WORD.fullmatch(word) is not None)


def _run(tokens: list[re.Match[str]], text: str) -> list[re.Match[str]]:
    """The leading tokens that are a name's words, up to a gap of two spaces or more (the next column)."""
    run: list[re.Match[str]] = []
    for token in tokens:
        if run and "  " in text[run[-1].end() : token.start()].replace("\t", "  "):
            break
        if not _name_word(token.group()) or len(run) == MAX_NAME_WORDS:
            break
        run.append(token)
    while run and run[-1].group().lower() in _PARTICLES:
        run.pop()
    while run and run[0].group().lower() in _PARTICLES and not run[0].group()[:1].isupper():
        run.pop(0)
    return run


def looks_like_a_persons_name(words: list[str]) -> bool:
    """Words of a counterparty that make a person's name: a listed first or family name, or an initial beside
    another word, among them; no organisation's head word, legal form or trade word.

    >>> looks_like_a_persons_name(["HUBER", "ALOIS"]), looks_like_a_persons_name(["SMIT-DE", "VRIES", "J"])
    (True, True)
    >>> looks_like_a_persons_name(["Vitens", "NV"]), looks_like_a_persons_name(["Bakkerij", "Van", "Rijn"])
    (False, False)
    >>> looks_like_a_persons_name(["Huur"])  # one word: a booking's description as often as a name
    False
    """
    if len(words) < MIN_NAME_WORDS or all(w.lower() in _PARTICLES for w in words):
        return False
    for word in words:
        if LEGAL_FORM.fullmatch(word) or is_org_head(word, inside=True, capitalised=True) or is_trade_word(word):
            return False
    if non_person_entities().get(" ".join(words)) in ("ORG", "LOC"):
        return False
    parts = [p.strip(".").title() for w in words for p in w.split("-") if p.strip(".")]
    listed = any(is_first_name(p) or is_family_name(p) for p in parts if len(p) > 1)
    initial = len(words) > 1 and any(_INITIAL.fullmatch(w) for w in words)
    return listed or initial


def _line_names(text: str, iban: Finding) -> list[tuple[int, int]]:
    line_start = text.rfind("\n", 0, iban.start) + 1
    line_end = text.find("\n", iban.end)
    line_end = len(text) if line_end < 0 else line_end
    date = _DATE_OPENING.match(text, line_start, line_end)
    amount = _AMOUNT_CLOSING.search(text, iban.end, line_end)
    if date is None or amount is None:
        return []
    spans = []
    after = _run(list(_TOKEN.finditer(text, iban.end, amount.start())), text)
    before = _run(list(reversed(list(_TOKEN.finditer(text, date.end(), iban.start)))), text)[::-1]
    for run in (after, before):
        if run and looks_like_a_persons_name([t.group() for t in run]):
            spans.append((run[0].start(), run[-1].end()))
    return spans


def statement_line_names(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """``findings`` and the counterparty names beside a found IBAN on a statement's booking lines."""
    ibans = [f for f in findings if f.entity_type == "IBAN_CODE"]
    if not ibans:
        return findings
    persons = [(f.start, f.end) for f in findings if f.entity_type == "PERSON"]
    added = [
        Finding(start, end, "PERSON", SCORE, RECOGNIZER)
        for iban in ibans
        for start, end in _line_names(text, iban)
        if not any(a <= start and end <= b for a, b in persons)
    ]
    return findings + added
