"""PERSON: given names written in Georgian or Armenian letters (``ზვიად შვილო``, ``ლუკა``, ``Լուսինե-ին``,
``Աստղիկ Սարգսյան``).

Georgian and Armenian families in the Netherlands write each other in their own scripts, mixed with Dutch, Russian
and English (tuning_128). The name lists hold Latin letters only, so a word of these scripts is read in Latin letters
as Georgians and Armenians write their names (``world_first_names.georgian``/``armenian``) and looked up in the first
names (the Dutch list and those of people from abroad, which hold Faker's Georgian and Armenian given names):

- Georgian has no capitals to tell a name from a word: a word whose reading is a listed first name of four letters or
  more, but for a kin word, alone or before a case ending glued to it (``ლევანმა`` 'Levan (did)',
  ``გურამთან`` 'at Guram's': the ending stays outside the name). A given name before a family name (the family name
  ending in -ძე or -შვილი, found by ``PersonNameRecognizer``) is that rule's too, its case ending now outside it.
- Armenian capitalises names: a capitalised word whose reading is a listed first name of four letters or more, and the
  capitalised word after it when that ends as Armenian family names do (-յան, -յանց: ``Աստղիկ Սարգսյան``). A case
  ending glued (``Լուսինեին``) or after a hyphen (``Լուսինե-ին``) stays outside the name.

>>> text = "ზვიად შვილო, მოვდივარ? ლევანმა დარეკა. привет Լուսինե-ին և Աստղիկ Սարգսյան"
>>> [text[f.start : f.end] for f in CaucasusNameRecognizer().find(text)]
['ზვიად', 'ლევან', 'Լուսինե', 'Աստղիկ Սարգսյան']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from afscherm.detectors.findings import Finding
from afscherm.detectors.person_name import KIN_WORD_SET, first_names
from afscherm.detectors.recognizer import DutchRecognizer
from afscherm.detectors.world_first_names import FOREIGN_KIN, armenian, georgian

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCORE = 0.6
MIN_READING = 4  # letters of the Latin reading (as the world list's names: shorter ones are as often words)
_GEORGIAN_WORD = re.compile(r"(?<![\w-])[\u10d0-\u10ff]{2,}(?![\w])")
# Georgian case endings and postpositions glued to a name (dative/nominative -ს, ergative -მა, genitive -ის,
# instrumental -ით, adverbial -ად, vocative -ო; -ზე 'on', -ში 'in', -თან 'at', -სთან, -ისთვის 'for', -დან 'from'),
# longest first.
_GEORGIAN_ENDINGS = tuple("ისთვის სთვის სთან იდან თან ისა ზე ში მა ის ით ად დან ს ო".split())
# Georgian words that read as a listed name but are words: 'father' (mama), 'lullaby/granny' (nana), 'big' (didi),
# 'girl' (gogo), 'good' (kargi), 'is' (aris, a Greek name; tuning_119/128)
_GEORGIAN_WORDS = frozenset("მამა ნანა დიდი გოგო კარგი არის".split())
# A stem left by an ending read as a name only when its reading is this long: a word's stem reads as a short name as
# often ('March' მარტს -> Mart, 'sorry' ბოდიში -> bodi; tuning_119)
MIN_STEM_READING = 5
_ARMENIAN_CAPITAL = re.compile(r"[\u0531-\u0556]")
_ARMENIAN_WORD = r"[\u0531-\u0556][\u0561-\u0587]+"
_ARMENIAN_NAME = re.compile(rf"(?<![\w-]){_ARMENIAN_WORD}(?![\w])")
_ARMENIAN_FAMILY_AFTER = re.compile(rf"[ \t]({_ARMENIAN_WORD})(?![\w])")
_ARMENIAN_FAMILY = re.compile(r"(?:յան|յանց|ունի)$")
# Armenian case endings glued to a name: dative/genitive -ին/-ի, instrumental -ով, ablative -ից, locative -ում,
# the article -ը/-ն (longest first)
_ARMENIAN_ENDINGS = ("ին", "ով", "ից", "ում", "ի", "ը", "ն")


def _listed(reading: str, least: int = MIN_READING) -> bool:
    return len(reading) >= least and reading in first_names() and reading not in KIN_WORD_SET | FOREIGN_KIN


def _georgian_name(word: str) -> int:
    """The length of the name ``word`` opens with (0: none): the whole word, or the word before its case ending."""
    if word in _GEORGIAN_WORDS:
        return 0
    if _listed(georgian(word)):
        return len(word)
    for ending in _GEORGIAN_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and stem not in _GEORGIAN_WORDS and _listed(georgian(stem), MIN_STEM_READING):
            return len(stem)
    return 0


def _armenian_name(word: str) -> int:
    """As ``_georgian_name``, for a capitalised Armenian word."""
    if _listed(armenian(word)):
        return len(word)
    for ending in _ARMENIAN_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and _listed(armenian(stem), MIN_STEM_READING):
            return len(stem)
    return 0


class CaucasusNameRecognizer(DutchRecognizer):
    """Given names in Georgian or Armenian letters (see the module's note)."""

    ENTITIES: ClassVar[tuple[str, ...]] = ("PERSON",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        out: list[Finding] = []
        if re.search("[\u10d0-\u10ff]", text) is not None:
            for m in _GEORGIAN_WORD.finditer(text):
                length = _georgian_name(m.group())
                if length:
                    out.append(Finding(m.start(), m.start() + length, "PERSON", SCORE, self.name))
        if _ARMENIAN_CAPITAL.search(text) is not None:
            for m in _ARMENIAN_NAME.finditer(text):
                length = _armenian_name(m.group())
                if not length:
                    continue
                end = m.start() + length
                family = _ARMENIAN_FAMILY_AFTER.match(text, m.end()) if length == len(m.group()) else None
                if family is not None and _ARMENIAN_FAMILY.search(family.group(1)):
                    end = family.end()
                out.append(Finding(m.start(), end, "PERSON", SCORE, self.name))
        return out
