"""Build the two word lists the person-name clean-up reads, from the NER training corpora.

- ``common_words_nl.txt``: Dutch words that newspapers write in lowercase. A capitalised word at a
  line or sentence start (``Graag``, ``Jarenlang``) is not a name when the same word is usually
  written in lowercase.
- ``non_person_entities_nl.tsv``: names annotated in the training data as places, organisations or
  other names and never as a person (``Antwerpen``, ``Anderlecht``), with their usual type: the NER
  model's PER on such a name is a type confusion.

- ``places.txt``: place and country names from the ``phonenumbers`` package (an afscherm dependency)
  (Apache-2.0 geocoding data: ~40k towns, regions and countries in Dutch, English, French and German).
  A model PERSON that is only a place name is the model's type confusion.

- ``first_names_english_words.txt``: listed first names that English writes as ordinary lower-case words and
  not as names (``peer``, ``said``, ``just``, ``nine``; from Debian's ``wamerican`` word list,
  ``/usr/share/dict/american-english``, installed with ``apt-get install wamerican`` for this build only), less
  :data:`DUTCH_NAMES_FIRST` whose name sense dominates in Dutch text. Logs and chats write English: a bare
  lower-case ``peer`` in ``connection reset by peer`` is no name.

The first two are derived from the CoNLL-2002 training text (research use) and the CC0 Europeana corpus: word forms
and entity strings, no sentences. ``ned.testa`` is not read.

    python -m training.ner.lexicons
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from training.ner.corpus import iob_spans, read_conll, read_europeana
from training.ner.train import CONLL_TRAIN, EUROPEANA

# The lexicons ship with the detectors (afscherm/detectors/data/lexicons); only this builder stays in training/.
LEXICONS = Path(__file__).resolve().parents[2] / "afscherm" / "detectors" / "data" / "lexicons"
OUT = LEXICONS / "common_words_nl.txt"
ENTITIES_OUT = LEXICONS / "non_person_entities_nl.tsv"
PLACES_OUT = LEXICONS / "places.txt"
ENGLISH_WORDS_OUT = LEXICONS / "first_names_english_words.txt"
ENGLISH_WORDS = Path("/usr/share/dict/american-english")
# Names English also has as words, but which Dutch text means as names when written in lower case.
DUTCH_NAMES_FIRST = frozenset(
    "sander floor harm dries marten mats moos pier rein ties tine mart ferry lies dieter serge silvan taco amir "
    "emir belle fem".split()
)
PLACE_LANGUAGES = ("nl", "en", "fr", "de")
MIN_COUNT = 3


def lowercase_counts() -> Counter[str]:
    counts: Counter[str] = Counter()
    for corpus in (read_conll(CONLL_TRAIN), read_europeana(EUROPEANA)):
        for document in corpus:
            for sentence in document:
                for word, tag in sentence:
                    if tag == "O" and word.isalpha() and word.islower() and len(word) > 1:
                        counts[word] += 1
    return counts


def entity_labels() -> dict[str, Counter[str]]:
    labels: dict[str, Counter[str]] = {}
    for corpus in (read_conll(CONLL_TRAIN), read_europeana(EUROPEANA)):
        for document in corpus:
            for sentence in document:
                words = [w for w, _ in sentence]
                for s, e, label in iob_spans([t for _, t in sentence]):
                    labels.setdefault(" ".join(words[s:e]), Counter())[label] += 1
    return labels


def place_names() -> set[str]:
    from phonenumbers.geodata import GEOCODE_DATA
    from phonenumbers.geodata.locale import LOCALE_DATA

    names: set[str] = set()
    for by_language in (*GEOCODE_DATA.values(), *LOCALE_DATA.values()):
        for language in PLACE_LANGUAGES:
            value = by_language.get(language, "")
            if value and not value.startswith("*"):
                # "Jersey City, NJ", "Amsterdam/Zaandam": keep each plain name.
                for part in value.replace("/", ",").split(","):
                    part = part.strip()
                    if len(part) > 2 and not any(ch.isdigit() for ch in part) and part[0].isupper():
                        names.add(part)
    return names


def english_word_names(first_names: frozenset[str]) -> list[str]:
    """First names (lower case) that the English word list has in lower case but not capitalised as a name."""
    words = [w.strip() for w in ENGLISH_WORDS.read_text(encoding="utf-8").splitlines() if w.strip() and "'" not in w]
    lower = {w for w in words if w.islower()}
    capitalised = {w for w in words if w[:1].isupper()}
    return sorted(
        n for n in first_names if n in lower and n.capitalize() not in capitalised and n not in DUTCH_NAMES_FIRST
    )


def main() -> int:
    words = sorted(w for w, n in lowercase_counts().items() if n >= MIN_COUNT)
    OUT.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")
    rows = sorted(f"{text}\t{c.most_common(1)[0][0]}" for text, c in entity_labels().items() if not c["PER"])
    ENTITIES_OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} non-person entities -> {ENTITIES_OUT}")
    places = sorted(place_names())
    PLACES_OUT.write_text("\n".join(places) + "\n", encoding="utf-8")
    print(f"{len(places)} places -> {PLACES_OUT}")
    from afscherm.detectors.person_name import first_names

    english = english_word_names(first_names())
    ENGLISH_WORDS_OUT.write_text("\n".join(english) + "\n", encoding="utf-8")
    print(f"{len(english)} first names that are English words -> {ENGLISH_WORDS_OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
