"""Document numbers of other shapes than the Dutch passport's, for :class:`IdDocumentRecognizer` (NL_ID_DOCUMENT).

A support desk sees more documents than Dutch passports and ID cards: a driving licence (field 5, 10 digits), a
residence document (``verblijfsdocument``: a letter and 8 digits, or the Dutch shape), a Belgian eID card (12
digits, ``xxx-xxxxxxx-yy``, mod 97: ``stdnum.be.eid``) and a German ID card or passport (9 characters of
``CFGHJKLMNPRTVWXYZ`` and digits). Each shape is common among other numbers (phone numbers, order numbers), so each
is reported only after its own document's words; the Belgian number's check digits must hold as well.
"""

from __future__ import annotations

import re

from stdnum.be import eid as be_eid

from afscherm.detectors.date_of_birth import licence_page
from afscherm.detectors.text_facts import text_facts

SCORE = 0.9
LABEL_CHARS = 60  # the document's words stand just before its number (a label, a sentence's subject)

# Substrings each rule's words need in the lower-cased text (a text with none skips the rule at once).
_LICENCE_HINTS = ("rijbewijs", "licen", "permis", "hrerschein")
_RESIDENCE_HINTS = ("verblijf", "residen", "séjour", "sejour", "aufenthalt")
_CARD_HINTS = ("identit", "e-id", "kaart", "personalausweis")
_GERMAN_HINTS = ("ausweis", "pass", "dokumentennummer")

# Driving licence: 10 digits (not a phone number's leading 0) after a licence word, or under field 5 of the EU
# model licence ("5. 5293847106") in a licence's OCR.
_LICENCE_WORDS = re.compile(
    r"(?i)rijbewijs|driv(?:ing|er'?s?)[ _-]?licen[cs]e|licen[cs]e[ _-]?(?:no|nr|number|nummer)|permis[ _]de[ _]conduire"
    r"|f(?:ü|ue?)hrerschein"
)
# (a comma after the number ends its phrase, "rijbewijs, nummer 5123456789, geboren ..."; before a digit it is a
# decimal comma)
_LICENCE_NUMBER = re.compile(r"[1-9](?<![\w.,/-].)\d{9}(?![\w/-]|[.,]\d)")
# (the fields 4a-4d, the licence's own numbering, mark the text as a licence's fields, not a numbered list)
_LICENCE_FIELD_4 = re.compile(r"(?<![\w.])4[abcd]\.")
_LICENCE_FIELD_5 = re.compile(r"(?m)^[ \t]*5\.[ \t]*([1-9]\d{9})(?![\w,/-]|\.\d)")

# Residence document: a letter and 8 digits (or the Dutch nine-character shape) after the document's words.
_RESIDENCE_WORDS = re.compile(
    r"(?i)verblijfs(?:document|vergunning|pas|kaart)|residen(?:ce|t)[ _-]?(?:permit|card|document)"
    r"|titre[ _]de[ _]s[ée]jour|aufenthalts(?:titel|karte|erlaubnis)"
)
_RESIDENCE_NUMBER = re.compile(r"[A-Z](?<![\w-].)(?:\d{8}|(?<=[A-NP-Z])[A-NP-Z][A-NP-Z0-9]{6}\d)(?![\w-])")

# Belgian eID card number: 12 digits, grouped 3-7-2 or not, mod 97 (python-stdnum), on a text about an ID card.
_BELGIAN_CARD = re.compile(r"\d(?<![\w.,/-]\d)\d{2}([ .-]?)\d{7}\1\d{2}(?![\w,/-]|\.\d)")
_ID_CARD_WORDS = re.compile(
    r"(?i)(?<![a-z])e-?id\b|identiteitskaart|identiteitsbewijs|carte[ _]d.identit|identity[ _]card|id[ -]?kaart"
    r"|personalausweis"
)
CARD_WORDS_CHARS = 200  # the card's words may head the page a few lines above ("CARTE D'IDENTITE / ...")

# German ID card or passport: 9 characters of CFGHJKLMNPRTVWXYZ and digits (at least three digits: not a word),
# after a German document word.
_GERMAN_WORDS = re.compile(r"(?i)ausweis|reisepass|pass-?(?:nummer|nr)|dokumentennummer")
_GERMAN_NUMBER = re.compile(r"[CFGHJKLMNPRTVWXYZ](?<![\w-].)[CFGHJKLMNPRTVWXYZ0-9]{8}(?![\w-])")
MIN_GERMAN_DIGITS = 3


# A word naming another number ("klantnummer", "zaaknummer", "Bestellnummer", "bel"): after the document's words it
# takes the value ("Rijbewijs verlopen, klantnummer 4812093756").
_OTHER_NUMBER_NAME = re.compile(
    r"(?i)(?<![^\W\d_])(?:order|factuur|bestel|bestell|invoice|btw|vat|kvk|klant|kunden|referentie|polis|dossier"
    r"|kenmerk|zaak|ticket|pakket|artikel|aanvraag|tracking|track|rechnungs|auftrags|telefoon|tel|mobiel|rekening"
    r"|bel|call)(?:[ _-]?(?:nummer|nr|no|number|id|code|nummern?))?(?![^\W\d_])"
)


def _after(words: re.Pattern[str], text: str, start: int, reach: int = LABEL_CHARS) -> bool:
    """The document's words stand in the ``reach`` characters before ``start``, and no other number's name after
    them."""
    nearest = None
    for label in words.finditer(text, max(0, start - reach), start):
        nearest = label
    return nearest is not None and _OTHER_NUMBER_NAME.search(text, nearest.end(), start) is None


def other_document_numbers(text: str) -> list[tuple[int, int]]:
    """Spans of the driving-licence, residence-document, Belgian and German document numbers in ``text``."""
    lowered = text_facts(text).lowered
    spans: list[tuple[int, int]] = []
    if licence_page(text, lowered) and _LICENCE_FIELD_4.search(text):
        spans += [m.span(1) for m in _LICENCE_FIELD_5.finditer(text)]
    if any(hint in lowered for hint in _LICENCE_HINTS):
        spans += [m.span() for m in _LICENCE_NUMBER.finditer(text) if _after(_LICENCE_WORDS, text, m.start())]
    if any(hint in lowered for hint in _RESIDENCE_HINTS):
        spans += [m.span() for m in _RESIDENCE_NUMBER.finditer(text) if _after(_RESIDENCE_WORDS, text, m.start())]
    if any(hint in lowered for hint in _CARD_HINTS) or "eID" in text or "EID" in text:
        spans += [
            m.span()
            for m in _BELGIAN_CARD.finditer(text)
            if be_eid.is_valid(re.sub(r"\D", "", m.group()))
            and _after(_ID_CARD_WORDS, text, m.start(), CARD_WORDS_CHARS)
        ]
    if any(hint in lowered for hint in _GERMAN_HINTS):
        spans += [
            m.span()
            for m in _GERMAN_NUMBER.finditer(text)
            if sum(c.isdigit() for c in m.group()) >= MIN_GERMAN_DIGITS and _after(_GERMAN_WORDS, text, m.start())
        ]
    return sorted(set(spans))
