"""PERSON: a name with a Japanese or Korean honorific joined to it by a hyphen (``Nishimoto-san``, ``mizuki-chan``).

Chats and calls with Japanese and Korean families write the honorific after the name in Latin letters: ``Fijne dag,
Nishimoto-san!``, ``Ogawa-san manages``, ``mizuki-chan vergeet niet`` (tuning_72, _106). The honorific says a person
is named, whatever the name's case and whether any list knows it; the name is the word before the hyphen. Kinship
words take the same honorifics (``okaa-san``, ``obaa-chan``, ``onee-san``: mother, grandmother, elder sister) and are
no name.

>>> text = "Fijne dag, Nishimoto-san! En groeten aan okaa-san."
>>> [text[f.start : f.end] for f in HonorificNameRecognizer().find(text)]
['Nishimoto']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from afscherm.detectors.findings import Finding
from afscherm.detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCORE = 0.85
_NAME_AND_HONORIFIC = re.compile(
    r"(?<![\w-])(?P<name>[^\W\d_]{2,20})-(?:san|sama|kun|chan|sensei|senpai|ssi|nim)(?![\w-])", re.IGNORECASE
)
# Kinship words and other words that take an honorific (Japanese in Latin letters), no name.
_NOT_NAMES = frozenset(
    "okaa otou obaa ojii onee onii oba oji nee nii kaa tou baa jii ane ani oku okusan danna ojou bocchan minna"
    " omae anata kimi sensei oppa unni hyung noona abeoji eomeoni halmeoni harabeoji".split()
)


class HonorificNameRecognizer(DutchRecognizer):
    """The name before a Japanese or Korean honorific (see the module docstring)."""

    ENTITIES: ClassVar[tuple[str, ...]] = ("PERSON",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        if "-" not in text:
            return []
        return [
            Finding(*m.span("name"), "PERSON", SCORE, self.name)
            for m in _NAME_AND_HONORIFIC.finditer(text)
            if m.group("name").lower() not in _NOT_NAMES
        ]
