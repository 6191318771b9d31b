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
