"""Plausibility checks for the statistical model's entities before they become findings.

The model was trained on newspaper prose; in support data it also tags currency codes, bank codes,
identifiers, field labels and dates ("EUR", "ABNA", "Tijdstip:", "Sat") as places. Names and places
never contain digits; a short all-caps or a lowercase word is a place only when it is a known one.
"""

from __future__ import annotations

import re

from afscherm.detectors.location import is_known_place

_HAS_DIGIT = re.compile(r"\d")
# Day and month names (Dutch and English, full and abbreviated) from mail headers and dates.
CALENDAR_WORDS = frozenset(
    """mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday
    ma di wo do vr za zo maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    jan feb mar apr may jun jul aug sep sept oct nov dec mrt mei okt
    january february march april june july august september october november december
    januari februari maart juni juli augustus oktober""".split()
)
_LABEL_AFTER = re.compile(r"[ \t]*:")


def is_plausible_entity(text: str, start: int, end: int, entity_type: str) -> bool:
    value = text[start:end]
    if not value.strip() or _HAS_DIGIT.search(value):
        return False
    if _LABEL_AFTER.match(text, end) and "\n" not in value and len(value.split()) == 1:
        return False  # "Tijdstip: ...", "Apparaat: ..." — a field label, not a name
    if value.lower().rstrip(".") in CALENDAR_WORDS:
        return False
    if entity_type == "LOCATION" and not is_known_place(value):
        if value.isupper() and len(value) <= 4:
            return False  # EUR, BTW, IMEI, bank codes
        if value.islower():
            return False  # the model's lowercase guesses ("onderweg", "geocode"); known places pass
    return True
