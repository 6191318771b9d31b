"""PERSON: a Thai name in Thai script after its formal title, as Thai papers and forms write it: ``นาย`` (Mr),
``นาง`` (Mrs), ``นางสาว`` or ``น.ส.`` (Miss), ``เด็กชาย``/``ด.ช.`` and ``เด็กหญิง``/``ด.ญ.`` (boy, girl), glued to the
given name, a space, then the family name (``นางกนกวรรณ แสงดี``, ``นางสาวพรทิพย์ บุญศรี``).

Thai families' papers reach Dutch desks with the name in Thai beside its romanisation (tuning_147). Thai writes no
spaces between words and has no capitals, so a name is told by its title; the title with a given name and a family
name after it, one space between, is a name (a title before a single word, "นายจ้าง", the employer, is no name:
the family name is asked for).

>>> text = '"name_th": "นางกนกวรรณ แสงดี", "naam_th": "นางสาวพรทิพย์ บุญศรี"'
>>> [text[f.start : f.end] for f in ThaiNameRecognizer().find(text)]
['กนกวรรณ แสงดี', 'พรทิพย์ บุญศรี']
>>> [text[f.start : f.end] for f in ThaiNameRecognizer().find("ถามนายจ้างก่อน")]
[]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from afscherm.detectors.findings import Finding
from afscherm.detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCORE = 0.85
_THAI = r"[\u0e01-\u0e4e]"
NAME = re.compile(
    rf"(?:นางสาว|นาง|นาย|น\.[ \t]?ส\.|เด็กชาย|เด็กหญิง|ด\.[ \t]?ช\.|ด\.[ \t]?ญ\.)[ \t]?"
    rf"(?P<name>{_THAI}{{2,20}}[ \t]{_THAI}{{2,25}})(?!{_THAI})"
)


class ThaiNameRecognizer(DutchRecognizer):
    """Thai names in Thai script after their formal title (see the module's note)."""

    ENTITIES: ClassVar[tuple[str, ...]] = ("PERSON",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        if "\u0e19" not in text and "\u0e14" not in text and "\u0e40" not in text:
            return []  # (น, ด, เ: no title's first letter)
        return [Finding(*m.span("name"), "PERSON", SCORE, self.name) for m in NAME.finditer(text)]
