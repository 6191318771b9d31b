"""EMAIL_ADDRESS read out in a call transcript: ``jan punt de vries apenstaartje gmail punt com``.

Speech recognition writes what the caller says: the ``@`` as ``apenstaartje`` (or ``at``), each dot as ``punt`` (or
``dot``), a hyphen as ``streepje``, and the local part as words, letters and digits with spaces between them. The
written e-mail recogniser cannot see such an address, so this one reads it from its ``@`` word: the domain after it
(words joined by ``punt`` or a dot, ending in a known top-level domain, perhaps spelled), the local part before it
back to the word that introduces it (``is``, ``mijn``, a colon, ...), at most six words.

Texts without ``apenstaartje``/``apestaartje`` and without `` at `` are skipped with one substring test each.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding
from afscherm.detectors.recognizer import DutchRecognizer
from afscherm.detectors.text_facts import positions, text_facts

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCORE_SPOKEN_AT = 0.9  # "apenstaartje": only e-mail addresses have one
SCORE_ENGLISH_AT = 0.75  # "at" is also an English word: the spoken domain vouches for it

AT_WORDS = ("apenstaartje", "apestaartje", "at")
# Top-level domains a Dutch caller reads out (the domain must end in one: "ziggo punt nl").
# (and the country domains of the mail providers people from abroad use: "a punt wrobel apenstaartje wp punt pl",
# tuning_73; none a Dutch word such as "en", "in", "al", "is")
TLDS = (
    "nl|com|be|net|org|eu|de|info|nu|io|fr|uk|co punt uk|frl|amsterdam"
    "|pl|ro|bg|tr|es|it|pt|gr|hu|cz|sk|lt|lv|ee|ua|ru|ch|at|dk|se|no|fi|ie|ma|br|ph|vn|cn|jp|hk|au|ca|rs|hr|si"
    "|lk|pk|ir|sy|iq|eg|ng|gh|za|mx|ar|cl|co"
    # (India's "in", a Dutch word too, only where the address ends the sentence or the line: "s punt kondapalli
    # apenstaartje yahoo punt in.", tuning_142)
    r"|in(?=[ \t]*(?:[.,;:!?)]|\n|\Z))"
)
# (a two-letter domain spelled out too: "m t s punt r s", tuning_102)
_SPELLED_TLDS = "|".join(f"{tld[0]} {tld[1]}" for tld in TLDS.split("|") if len(tld) == 2)
# (the dot said in English too, by a caller who speaks English to a Dutch desk: "haruka dot nishimoto at gmail dot
# com", tuning_106)
_DOT = r"(?:[ \t]+(?:punt|dot)[ \t]+|[ \t]*\.[ \t]*)"
# (a label of two or three words, as speech recognition splits a compound: "bibliotheek oss punt nl", bibliotheekoss.nl)
_LABEL = r"[a-z0-9](?:[a-z0-9-]|[ \t]+streepje[ \t]+)*(?:[ \t]+[a-z0-9][a-z0-9-]*){0,2}"
# The domain after the @ word: labels joined by dots, then the top-level domain, not inside a longer word.
DOMAIN = re.compile(rf"[ \t]+((?:{_LABEL}{_DOT})+(?:{TLDS}|{_SPELLED_TLDS}))(?![\w-])")
# What a local part is made of when read out: words, letters, digits, dots (written or said) and hyphens.
_LOCAL_TOKEN = re.compile(r"[a-z0-9][a-z0-9._-]*")
_JOINERS = frozenset(("punt", "dot", "streepje", "underscore", "min", "liggend"))
# Words that introduce an address and so end its local part when read backwards ("mijn mailadres is …").
_INTRODUCERS = frozenset(
    "is mijn m'n mn het dat dus ja nee adres mailadres e-mailadres emailadres email e-mail mail op naar via "
    "dan en of u uw je jouw zijn haar ons graag sturen stuur krijg ontvang "
    # a transcript's speaker words, written without a colon by speech recognition ("agent p jansen at ...")
    "agent klant beller medewerker spreker interviewer".split()
)
MOST_LOCAL_WORDS = 6


def _local_start(lowered: str, at: int) -> int | None:
    """Where the local part before the @ word at ``at`` starts on its line, or None when there is none."""
    line_start = lowered.rfind("\n", 0, at) + 1
    tokens = list(_LOCAL_TOKEN.finditer(lowered, max(line_start, at - 80), at))
    start = None
    for taken, token in enumerate(reversed(tokens)):
        gap = lowered[token.end() : start if start is not None else at]
        if gap.strip(" \t") or token.group() in _INTRODUCERS or taken == MOST_LOCAL_WORDS:
            break  # punctuation between words (a colon, a comma) or an introducing word ends the local part
        start = token.start()
    if start is None or lowered[start:at].split()[0] in _JOINERS:
        return None
    return start


# What each spoken word stands for when the address is written down (longest first: "liggend streepje" is "_").
_SPOKEN_SIGNS = (
    (re.compile(r"[ \t]+liggend[ \t]+streepje[ \t]+"), "_"),
    (re.compile(rf"[ \t]+(?:{'|'.join(AT_WORDS)})[ \t]+"), "@"),
    (re.compile(r"[ \t]+(?:punt|dot)[ \t]+"), "."),
    (re.compile(r"[ \t]+(?:streepje|min)[ \t]+"), "-"),
    (re.compile(r"[ \t]+underscore[ \t]+"), "_"),
)


def written(spoken: str) -> str | None:
    """The address a read-out e-mail address (as this recogniser finds it) stands for, or None when ``spoken``
    has no spoken ``@``. The words of the local part are written together, as a caller spells them out: the
    index then fingerprints the address that an access request names.

    >>> written("jan punt de vries apenstaartje gmail punt com")
    'jan.devries@gmail.com'
    >>> written("Piet streepje Klaas at ziggo punt nl"), written("an liggend streepje b apenstaartje kpn punt nl")
    ('piet-klaas@ziggo.nl', 'an_b@kpn.nl')
    >>> written("haruka dot nishimoto at gmail dot com"), written("bojan punt todorovic at m t s punt r s")
    ('haruka.nishimoto@gmail.com', 'bojan.todorovic@mts.rs')
    >>> written("jan@example.nl") is None
    True
    """
    text = " " + spoken.strip().lower() + " "
    for pattern, sign in _SPOKEN_SIGNS:
        text = pattern.sub(sign, text)
    text = "".join(text.split())
    return text if text.count("@") == 1 and "@" not in spoken else None


class SpokenEmailRecognizer(DutchRecognizer):
    ENTITIES = ("EMAIL_ADDRESS",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        facts = text_facts(text)
        if not facts.has_substring(("apenstaartje", "apestaartje", " at ")):
            return []
        lowered = facts.lowered
        found: list[Finding] = []
        for word in AT_WORDS:
            for at in positions(lowered, f" {word} ", 1):
                domain = DOMAIN.match(lowered, at + len(word))
                if domain is None or (
                    word == "at" and " punt " not in domain.group() and " dot " not in domain.group()
                ):
                    continue  # "at" is English too: only with a dot said ("at hotmail punt nl", "at gmail dot com")
                start = _local_start(lowered, at - 1)
                if start is None:
                    continue
                score = SCORE_ENGLISH_AT if word == "at" else SCORE_SPOKEN_AT
                found.append(Finding(start, domain.end(1), "EMAIL_ADDRESS", score, self.name))
        return found
