"""Names that open with a glottal stop: the Polynesian ʻokina before a name's first letter.

Tongan, Samoan and Hawaiian names and places are written with the ʻokina (U+02BB), also at a word's start:
``ʻOfa``, ``ʻAlisi``, ``ʻEua``, ``ʻAnaseini``. Unicode counts it a letter, the name rules a mark before one: a name
found was the word after it (``Anaseini Kioa`` of ``ʻAnaseini Kioa``, the ʻokina left outside the finding), and a
full name with an ʻokina inside it was found as two (``Kalolaine`` and ``Alisi Vunipola`` of ``Kalolaine ʻAlisi
Vunipola``, tuning_163). Here each PERSON or LOCATION finding right after an ʻokina that opens its word takes it in,
and a PERSON finding that then starts one space after another ends joins it: an ʻokina opens a word of the same name.

>>> from afscherm.detectors.findings import Finding
>>> text = "Kalolaine ʻAlisi Vunipola belde"
>>> [text[f.start:f.end] for f in names_with_glottal_stops(text, None,
...     [Finding(0, 9, "PERSON", 0.85, "m"), Finding(11, 25, "PERSON", 0.85, "m")])]
['Kalolaine ʻAlisi Vunipola']
"""

from __future__ import annotations

from afscherm.detectors.findings import Finding

OKINA = "\u02bb"
_TAKEN_IN = ("PERSON", "LOCATION")


def _opens_word(text: str, at: int) -> bool:
    """Whether the ʻokina at ``at`` opens a word (nothing of a word before it)."""
    return text[at] == OKINA and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == OKINA))


def names_with_glottal_stops(text: str, doc: object, findings: list[Finding]) -> list[Finding]:
    """``findings`` with each PERSON or LOCATION finding after a word-opening ʻokina grown over it, and a PERSON
    finding so grown joined to the PERSON finding one space before it (see the module's note)."""
    if OKINA not in text:
        return findings
    grown = [
        Finding(f.start - 1, f.end, f.entity_type, f.score, f.recognizer)
        if f.entity_type in _TAKEN_IN and f.start > 0 and _opens_word(text, f.start - 1)
        else f
        for f in findings
    ]
    persons = sorted((f for f in grown if f.entity_type == "PERSON"), key=lambda f: (f.start, -f.end))
    joined: list[Finding] = []
    for f in persons:
        last = joined[-1] if joined else None
        if (
            last is not None
            and text[f.start] == OKINA
            and last.end < f.start
            and text[last.end : f.start] in (" ", "\t")
        ):
            joined[-1] = Finding(last.start, f.end, "PERSON", max(last.score, f.score), last.recognizer)
        else:
            joined.append(f)
    return [f for f in grown if f.entity_type != "PERSON"] + joined
