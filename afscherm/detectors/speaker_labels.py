"""PERSON over LOCATION in a chat's speaker label: a place inside the name of whoever writes a turn is the name's.

A chat's turns are written by people; where the speaker rules (:mod:`detectors.name_slots`) read a turn's label as a
person's name, a place the gazetteer or the model finds inside it is a surname or a call name that is also a village
(``[09:20] Wilma v. Bavel: ik kan de woensdagen``, tuning_105: Bavel is a village near Breda). One finding per span
lets the more specific type win, so the place would take the person's whole label away; this step drops it first.

>>> text = "[09:18] Marietje: wie rijdt?\\n[09:20] Wilma v. Bavel: ik\\n[09:22] Marietje: top"
>>> at = text.index("Wilma")
>>> person = Finding(at, at + 14, "PERSON", 0.7, "PersonNameRecognizer")
>>> place = Finding(at + 9, at + 14, "LOCATION", 0.75, "PlaceNameRecognizer")
>>> [(text[f.start : f.end], f.entity_type) for f in labels_over_places(text, None, [person, place])]
[('Wilma v. Bavel', 'PERSON')]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding

if TYPE_CHECKING:
    from spacy.tokens import Doc

NER_RECOGNIZER = "SpacyNer"  # detectors.analyzer.NER_RECOGNIZER: the spaCy pipeline's entities


def labels_over_places(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """``findings`` without the LOCATIONs inside a speaker's label that a PERSON finding covers whole (and the model's
    LOCATION guesses over such a label)."""
    places = [f for f in findings if f.entity_type == "LOCATION"]
    persons = [f for f in findings if f.entity_type == "PERSON"]
    if not places or not persons or ":" not in text:
        return findings
    clashing = [p for p in places if any(f.start < p.end and p.start < f.end for f in persons)]
    if not clashing:
        return findings  # (the common case: no place overlaps a name, and the chat's turns are not read)
    from afscherm.detectors import name_slots  # (it reads person_name's lists: imported once both are loaded)

    person_spans = {(f.start, f.end) for f in persons}
    labels = [
        s for s in (*name_slots.speaker_slots(text), *name_slots.stamped_label_speakers(text)) if s in person_spans
    ]
    if not labels:
        return findings
    dropped = {
        id(p)
        for p in clashing
        for a, b in labels
        if (a <= p.start and p.end <= b and (p.start, p.end) != (a, b))
        or (p.recognizer == NER_RECOGNIZER and p.start < b and a < p.end)
    }
    return [f for f in findings if id(f) not in dropped] if dropped else findings


# A chat turn's label at a line's start, its stamp before it perhaps (WhatsApp's "12/02/2026, 19:05 - ", a bracketed
# stamp), and after it a colon, or a comma and a bracketed stamp (Telegram's "Abshir Oslo 🇳🇴, [14.03.26 21:09]"), an
# emoji or a flag between.
_LABEL_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]?[AaPp][Mm])?[ \t]*[-–][ \t]*)?$"
)
_LABEL_AFTER = re.compile(r"[ \t]*(?:[^\w\s,:]{1,8}[ \t]*)?(?::[ \t]|,[ \t]*\[)")
LABEL_PLACE_RECOGNIZER = "SpeakerLabelPlace"
_LAST_WORD = re.compile(r"[ \t]+(?P<word>[^\W\d_][^\W\d_'’-]{3,24})$")


def places_after_label_names(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """A chat contact saved with their town abroad after their name (``Mustafe Bristol: ...``, ``Xaliimo Malmö: ...``,
    ``Abshir Oslo 🇳🇴, [14.03.26 21:09]``; tuning_148): the label's last word, a place that only the lists abroad hold
    (no Dutch, Belgian or German one: "Wilma v. Bavel") and no first name or family name, is that place, and the words
    before it the person's name.

    >>> text = "12/02/2026, 19:05 - Mustafe Bristol: what do they want now"
    >>> at = text.index("Mustafe")
    >>> person = Finding(at, at + 15, "PERSON", 0.85, "PersonNameRecognizer")
    >>> [(text[f.start : f.end], f.entity_type) for f in places_after_label_names(text, None, [person])]
    [('Mustafe', 'PERSON'), ('Bristol', 'LOCATION')]
    """
    if ":" not in text and "[" not in text:
        return findings
    out: list[Finding] = []
    for f in findings:
        split = _split_label(text, f) if f.entity_type == "PERSON" else None
        out.extend(split or [f])
    return out


def _name_and_town(words: list[str]) -> bool:
    """A name and a town, a kin word or form of address between them perhaps ("Tariq Bhai Kharian", tuning_120): a
    longer label holds a firm's name ("Lek Krua Isan", Isan's kitchen, tuning_147)."""
    from afscherm.detectors.person_name import KIN_WORD_SET, TITLE_SET

    return len(words) == 2 or (len(words) == 3 and (words[1].lower() in KIN_WORD_SET or words[1].lower() in TITLE_SET))


def _split_label(text: str, f: Finding) -> list[Finding] | None:
    """The PERSON ``f`` split into its name and the place abroad that ends it, ``f`` being a turn's label."""
    from afscherm.detectors.person_name import family_names, is_first_name
    from afscherm.detectors.place_names import abroad_only_places, normalise

    last = _LAST_WORD.search(text, f.start, f.end)
    if last is None or not last.group("word")[:1].isupper() or not _name_and_town(text[f.start : f.end].split()):
        return None
    if _LABEL_AFTER.match(text, f.end) is None or _LABEL_BEFORE.search(text, max(0, f.start - 40), f.start) is None:
        return None
    word = last.group("word")
    key = normalise(word)
    if key not in abroad_only_places() or is_first_name(word) or word.lower() in family_names():
        return None
    return [
        Finding(f.start, last.start(), "PERSON", f.score, f.recognizer),
        Finding(last.start("word"), last.end("word"), "LOCATION", f.score, LABEL_PLACE_RECOGNIZER),
    ]
