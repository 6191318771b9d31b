"""LOCATION: Dutch places from the full BAG gazetteer, after place cues, in any case, and in capitals.

The postcode rule (``detectors.location``) finds the place after a postcode; the model finds capitalised
places in prose. Neither finds ``ophalen in zwolle``, ``woont in hoek van holland``, ``Wij verhuizen naar
Nij Beets``, ``Gemeente Zwolle, goedemorgen`` or a letterhead in capitals (``AMSTERDAM``). This recogniser
looks names up in every Dutch woonplaats and municipality (``data/places/places_nl.txt``, derived from the
BAG; see the README there) and reports one:

- after a place cue (``in``, ``uit``, ``naar``, ``te``, ``vanuit``, ``richting``, ``gemeente``), in any case,
  longest name first (``hoek van holland`` before ``hoek``);
- written in capitals anywhere (``AMSTERDAM``, ``DEN HAAG``), when it is at least four letters long.

Names that are also common words (``Best``, ``Buren``, ``Winkel``, ``Haren``) count only when capitalised and
after a cue; names that are also first names (``Linde``, ``Erica``) only after a cue that a person does not
follow (``te``, ``gemeente``, ``woont in``). Countries are not places here.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding
from afscherm.detectors.location import KNOWN_PLACES
from afscherm.detectors.person_name import PARTICLE_SET, STOP, common_words, family_names, first_names, is_first_name
from afscherm.detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

PLACES_FILE = Path(__file__).with_name("data") / "places" / "places_nl.txt"
SCORE_CUE = 0.85
SCORE_CAPITALS = 0.8
MAX_WORDS = 5
NOT_PLACES = frozenset({"nederland", "holland", "oranje"})  # countries and the like are not labelled

# A place cue and what follows it on the line, matched in a lower-cased copy of the text behind one added
# space. The pattern starts with white space, so the regex engine skips ahead to the next white space.
CUE = re.compile(
    r"\s(?P<cue>(?:woont|wonend|wonende|woonachtig|geboren|gevestigd)[ \t]+(?:in|te)|in|uit|naar|te|vanuit"
    r"|richting|gemeente)[ \t]+(?=\S)"
)
WORD = re.compile(r"['’]?[^\s,;:!?()\[\]{}\"“”/|<>=]+")  # dots stay inside ("St.-Jacobiparochie")
CAPS_RUN = re.compile(r"[A-ZÀ-Ý'’][A-ZÀ-Ý'’-]{3,}(?:[ \t]+[A-ZÀ-Ý'’][A-ZÀ-Ý'’-]*){0,3}(?![\w<])")


@lru_cache(maxsize=1 << 15)
def normalise(name: str) -> str:
    """Lower case, no diacritics, hyphens as spaces, ``st.`` as ``sint``: ``St.-Jacobiparochie`` =
    ``sint jacobiparochie``."""
    folded = unicodedata.normalize("NFKD", name.replace("’", "'")).encode("ascii", "ignore").decode().lower()
    words = folded.replace("-", " ").split()
    if words and words[0] in ("st", "st."):
        words[0] = "sint"
    return " ".join(w.rstrip(".") if w != "'s" else w for w in words)


@lru_cache(maxsize=1)
def place_index() -> dict[str, str]:
    """Normalised name -> how it may be used: ``plain``, ``word`` (also a common word), ``first`` (also a
    first name)."""
    names = PLACES_FILE.read_text(encoding="utf-8").splitlines() + sorted(KNOWN_PLACES)
    index: dict[str, str] = {}
    for name in names:
        key = normalise(name)
        if not key or key in NOT_PLACES:
            continue
        if key in common_words() or key in STOP:
            index[key] = "word"
        elif key in first_names():
            index[key] = "first"
        else:
            index.setdefault(key, "plain")
    return index


@lru_cache(maxsize=1)
def first_words() -> frozenset[str]:
    """The first word of every normalised place name."""
    return frozenset(key.split(" ", 1)[0] for key in place_index())


def _left_edge(text: str, pos: int, extra: str) -> bool:
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "_" + extra)


def _words_after(text: str, pos: int) -> list[re.Match[str]]:
    """Up to MAX_WORDS words from ``pos`` on the same line, separated by single spaces or hyphens."""
    out: list[re.Match[str]] = []
    while len(out) < MAX_WORDS:
        m = WORD.match(text, pos)
        if m is None:
            break
        out.append(m)
        pos = m.end()
        if pos >= len(text) or text[pos] != " ":
            break
        pos += 1
    return out


def longest_place(text: str, words: list[re.Match[str]]) -> tuple[int, int, str] | None:
    """(start, end, use) of the longest place name that ``words`` begin with."""
    index = place_index()
    if normalise(words[0].group().rstrip(".")).split(" ", 1)[0] not in first_words():
        return None  # most words start no place name: one set test spares the longer look-ups
    for k in range(len(words), 0, -1):
        start, end = words[0].start(), words[k - 1].end()
        value = text[start:end].rstrip(". \t")  # "in Amsterdam ." ends at the name
        use = index.get(normalise(value))
        if use is not None:
            return start, start + len(value), use
    return None


class PlaceNameRecognizer(DutchRecognizer):
    ENTITIES = ("LOCATION",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        return sorted({*self._after_cues(text), *self._capitals(text)})

    def _after_cues(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters lower-case to two ("İ"): keep offsets exact
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        firsts = first_words()
        lowered = " " + lowered  # offsets in ``lowered`` are one more than in ``text``
        for m in CUE.finditer(lowered):
            first = WORD.match(lowered, m.end())
            if first is None or normalise(first.group().rstrip(".")).split(" ", 1)[0] not in firsts:
                continue  # the common case, decided without building the word list
            place = longest_place(text, _words_after(text, m.end() - 1))
            if place is None:
                continue
            start, end, use = place
            value = text[start:end]
            capitalised = value[:1].isupper()
            cue = m.group("cue").lower().split()
            strong = len(cue) > 1 or cue[0] in ("te", "gemeente")
            if use == "word" and not capitalised:
                continue  # "in best goede staat", "naar buren"
            if use == "first" and not strong:
                continue  # "stuur het naar Linde"
            if not capitalised and len(normalise(value)) < 4 and not strong:
                continue  # "in ee": two or three letters in lower case need a strong cue
            if capitalised and name_follows(text, start, end):
                continue  # "naar Axel de Vries", "in Stein Jansen": a person named like a place
            out.append(Finding(start, end, "LOCATION", SCORE_CUE, self.name))
        return out

    def _capitals(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        for m in CAPS_RUN.finditer(text):
            if not _left_edge(text, m.start(), "<-"):
                continue
            run = m.group()
            if " " not in run and "\t" not in run and normalise(run.rstrip(".")) not in place_index():
                continue  # one word that is no place: most runs of capitals (INFO, ERROR, labels)
            words = list(WORD.finditer(text, m.start(), m.end()))
            # any place inside the run of capitals, longest first ("ADRESWIJZIGING DEN HAAG")
            i = 0
            while i < len(words):
                place = longest_place(text, words[i:])
                if place is not None and capitals_place(
                    text, place, words[i - 1].group() if i else word_before(text, m.start())
                ):
                    out.append(Finding(place[0], place[1], "LOCATION", SCORE_CAPITALS, self.name))
                    while i < len(words) and words[i].start() < place[1]:
                        i += 1
                else:
                    i += 1
        return out


NEXT_NAME_WORD = re.compile(r" (?:(?:van|de|der|den|ter|ten)(?: |$))*[A-ZÀ-Ý][a-zß-ÿ]")


def name_follows(text: str, start: int, end: int) -> bool:
    """The place is also a listed first or family name and a capitalised word (or particle) follows it."""
    key = normalise(text[start:end])
    if key not in first_names() and key not in family_names():
        return False
    return NEXT_NAME_WORD.match(text, end) is not None


PREVIOUS_WORD = re.compile(r"(\S+)[ \t]$")


def word_before(text: str, pos: int) -> str:
    """The word right before ``pos`` on its line, joined by one space or tab (``Sven HOOGEVEEN``)."""
    m = PREVIOUS_WORD.search(text, max(0, pos - 40), pos)
    return m.group(1) if m else ""


def capitals_place(text: str, place: tuple[int, int, str], before: str) -> bool:
    """A place in capitals that is not a surname in capitals. ID cards and forms write names in capitals:
    after initials or a first name (``J.P. HOOGEVEEN``, ``Sven HOOGEVEEN``) a place is a surname; a place that
    is also a listed family name counts only if it is a large town and no particle stands before it
    (``VAN DER LINDEN``; but ``Burgemeester van ZOETERMEER``)."""
    start, end, use = place
    key = normalise(text[start:end])
    if use != "plain" or len(key) < 4:
        return False
    if re.fullmatch(r"(?:[A-ZÀ-Ý]\.)+", before) or (before and is_first_name(before, lowercase_ok=True)):
        return False
    if key in family_names():
        # a particle in capitals is part of the name; "van" in lower case before capitals is not
        return key in KNOWN_PLACES and not (before.isupper() and before.lower() in PARTICLE_SET)
    return True


def build(source: Path, target: Path = PLACES_FILE) -> int:
    """Write the compact list: every woonplaats and municipality name of the BAG files in ``source``."""
    names: set[str] = set()
    for name in ("woonplaats-frequency.tsv", "gemeente-frequency.tsv"):
        for line in (source / name).read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                names.add(line.split("\t", 1)[1].strip())
    target.write_text("\n".join(sorted(n for n in names if n)) + "\n", encoding="utf-8")
    return len(names)


if __name__ == "__main__":  # python -m afscherm.detectors.place_names /work/shared/data/dutch-places
    print(build(Path(sys.argv[1])), "names written to", PLACES_FILE)
