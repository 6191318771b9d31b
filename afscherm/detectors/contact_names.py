"""PERSON: a contact's name right before its phone number in brackets (``Kaveh 🌙 (+31 6 47 93 05 26)``).

Exports of text messages and call logs, and people writing down whom to call, set a contact's display name before
the number in brackets: ``12 feb. 2026 19:02 | ontvangen | Kaveh 🌙 (+31 6 47 93 05 26) | …``, ``bel Kobie (06 13 82
09 45).`` (tuning_93, _105). The bracketed number names the word or two before it as whose number it is; the names
need not be in any list. Not a common word (``Kantoor (020 …)``, ``Receptie``, ``Mobiel``) or a title (the
organisation guard after it drops an organisation's name); an emoji or two between name and bracket are the
contact's decoration.

>>> from afscherm.detectors.findings import Finding
>>> text = "19:02 | ontvangen | Kaveh 🌙 (+31 6 47 93 05 26) | hoi"
>>> at = text.index("+31")
>>> phone = Finding(at, at + 17, "PHONE_NUMBER", 0.9, "PhoneNumberRecognizer")
>>> [text[f.start : f.end] for f in names_before_phones(text, None, [phone]) if f.entity_type == "PERSON"]
['Kaveh']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding
from afscherm.detectors.person_name import KIN_WORD_SET, TITLE_SET, common_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

RECOGNIZER = "ContactName"
BRACKETED_RECOGNIZER = "BracketedName"
SCORE = 0.8
# one or two capitalised words (letters of any alphabet), an emoji or two perhaps, the opening bracket; the words
# start a line, follow a separator or stand after a lower-case word ("bel Kobie (06 …)")
_NAME_BEFORE_BRACKET = re.compile(
    r"(?<![\w'-])(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,20}(?:[ \t][A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_'-]{1,25})?)"
    r"[ \t]*(?:[^\w\s()]{1,4}[ \t]*)?\($"
)
_REACH = 50
_WORD = re.compile(r"\w")


def _beside(text: str, f: Finding, start: int, end: int) -> str:
    """What the finding ``f`` covers beside ``start``-``end``."""
    return text[f.start : max(f.start, start)] + text[min(f.end, end) : f.end]


# a parent as a phone saves them ("Pai (+31 6 …)", "Mama 💛 (06 …)"): no name
_NOT_NAMES = KIN_WORD_SET | frozenset({"pai", "mae", "baba", "amma", "appa", "abba"})


def names_before_phones(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """``findings`` and, as PERSON, the contact's name before each phone number found in brackets (see above)."""
    added: list[Finding] = []
    common = common_words()
    for phone in findings:
        if phone.entity_type != "PHONE_NUMBER" or phone.start == 0 or text[phone.start - 1] != "(":
            continue
        if text[phone.end : phone.end + 1] != ")":
            continue
        m = _NAME_BEFORE_BRACKET.search(text, max(0, phone.start - _REACH), phone.start)
        if m is None:
            continue
        a, b = m.span("name")
        words = text[a:b].split()
        if any(w.lower() in common or w.lower() in TITLE_SET or w.lower() in _NOT_NAMES for w in words):
            continue
        if any(f.entity_type != "PERSON" and f.start < b and a < f.end for f in findings):
            continue
        # a name found with more words than these ("Van den Elzen (06-10 45 88 27)") is kept as found
        if any(
            f.entity_type == "PERSON" and f.start < b and a < f.end and _WORD.search(_beside(text, f, a, b))
            for f in findings
        ):
            continue
        added.append(Finding(a, b, "PERSON", SCORE, RECOGNIZER))
    if not added:
        return findings
    # (a name the model found with the emoji in it, "Daryush 🌵", is this one: its span gives way)
    kept = [
        f for f in findings if f.entity_type != "PERSON" or not any(n.start < f.end and f.start < n.end for n in added)
    ]
    return sorted(kept + added, key=lambda f: (f.start, f.end))


# A person's other name in brackets right after the name found ("Tamuna Gogoladze (თამუნა გოგოლაძე)", "Jang Minseo
# (장민서)", "Beatriz Bezerra Lima (Bia)", "Christina den Hartog-Kooiman (Stien)"; tuning_60 ... 103): as their own
# script writes it, or the name they are called by. And whose a number is, in brackets right after it ("06 1180 5536
# (Teeuwis)", "SC-26-0412 (Vetle)", "FX418273 (Priscila)", "klant 0871 (olha)"; tuning_53 ... 106): one name.
_BRACKETED = re.compile(r"[ \t]*\((?P<name>[^()\n\d]{2,40})\)")
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u0900-\u0dff\u1000-\u109f'’-])*")
_LATIN = re.compile(r"[A-Za-zÀ-ÿĀ-ž]")
# a code right before the bracket: a token of letters and digits ("SC-26-0412", "FX418273"; not a card's bare digits)
_CODE_BEFORE = re.compile(r"(?<![\w-])(?=[\w./-]*[^\W\d_])(?=[\w./-]*\d)[\w./-]+$")
# (a bank's, a card's or a phone make's name follows an IBAN, a card or an IMEI in brackets as often: "(Mastercard)")
_NUMBER_TYPES = frozenset({"PHONE_NUMBER", "NL_ID_DOCUMENT", "NL_BSN"})
# a speaker's team or firm in brackets in a chat's turn label ("Wytske (Kwelderpont) 14:05:", "Mirjam (Zeepaardje):")
_LABEL_AFTER = re.compile(r"[ \t]*(?::|\d{1,2}[:.]\d{2})")
_BRACKET_WORDS = 4
_CODE_REACH = 40  # characters read back from the bracket for the number's token
NER_RECOGNIZER = "SpacyNer"  # detectors.analyzer.NER_RECOGNIZER: the spaCy pipeline's entities


def _other_name(name: str) -> bool:
    """The words in a bracket after a person's name are a name: one to four words in a script other than Latin, or
    capitalised words that are no common word, role, kin, organisation or place."""
    from afscherm.detectors.name_slots import not_a_name_word

    words = name.split()
    if not 1 <= len(words) <= _BRACKET_WORDS or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if not _LATIN.search(name):
        return True
    from afscherm.detectors.date_of_birth import MONTHS
    from afscherm.detectors.name_slots import word_like
    from afscherm.detectors.person_name import first_names

    if len(words) == 1 and words[0].lower() in MONTHS:
        return False  # a month after a name ("Dapo (April), Wale (May)": a list of turns or birthdays, tuning_123)

    return (
        not _a_place(name)
        and any(len(w) >= 3 for w in words)
        and all(
            all(part[:1].isupper() for part in w.split("-"))
            and not w[:2].isupper()
            and not not_a_name_word(w)
            and (w.lower() in first_names() or not word_like(w))
            for w in words
        )
    )


def _owner_name(name: str) -> bool:
    """The word in a bracket after a number is its owner's name: a listed first name, or a capitalised word that is
    no word of Dutch or English, role, kin, organisation or place."""
    from afscherm.detectors.name_slots import not_a_name_word, word_like
    from afscherm.detectors.person_name import first_names

    if not _NAME_WORD.fullmatch(name) or len(name) < 3 or name.lower() in common_words() or not_a_name_word(name):
        return False
    if _a_place(name):
        return False
    return name.lower() in first_names() or (name[:1].isupper() and not name.isupper() and not word_like(name))


def _a_place(name: str) -> bool:
    """A place of the Dutch or the foreign lists (``(Pokhara)``, ``(Visé)``)."""
    from afscherm.detectors.address_lines import places_abroad
    from afscherm.detectors.place_names import normalise, place_index

    key = normalise(name)
    return key in place_index() or key in places_abroad()


def _a_brand(name: str) -> bool:
    """The whole bracketed name is a listed brand (``(Philips)``, ``(Vodafone)``)."""
    from afscherm.detectors.org_guard import brands

    lowered = " ".join(name.lower().split())
    return any(brand == lowered for brand, _ in brands().get(lowered.split()[0], ()))


# A parent or relative in brackets, as a school's, a club's or a class's chat labels its members by their child ("Hân
# (mẹ Khang):", "Vy (mẹ Khải):", "Sandra (mama van Noor)", "Ahmed (vader Sem)"; tuning_68, _87): the one named after
# the kin word is a person, a listed first name in any case or a capitalised word that is no word or place.
_KIN_OF_WORDS = ("mẹ", "bố", "ba", "má", "mama", "papa", "moeder", "vader", "mum", "mom", "dad", "mother", "father",
                 "oma", "opa", "mamá", "papá", "mãe", "pai", "anne", "baba", "ouder", "parent")  # fmt: skip
_KIN_OF = re.compile(
    rf"\((?i:{'|'.join(_KIN_OF_WORDS)})[ \t]+(?:(?i:van|of|de|di|da)[ \t]+)?(?P<name>[^\W\d_][^\W\d_'’-]{{1,20}})\)"
)


def _kin_of_names(text: str) -> list[tuple[int, int]]:
    """The children or relatives named in brackets after a kin word (see :data:`_KIN_OF`)."""
    from afscherm.detectors.name_slots import word_like
    from afscherm.detectors.person_name import is_first_name

    out: list[tuple[int, int]] = []
    for m in _KIN_OF.finditer(text):
        name = m.group("name")
        if _a_place(name):
            continue
        if is_first_name(name, lowercase_ok=True) or (name[:1].isupper() and not word_like(name)):
            out.append(m.span("name"))
    return out


def names_in_brackets(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """``findings`` and, as PERSON, a person's other name in brackets after their name, and the owner's name in
    brackets after a number (see above)."""
    if "(" not in text:
        return findings
    added: list[Finding] = []
    guesses: list[Finding] = []  # the model's guesses over the bracketed name, which this reading replaces
    for m in _BRACKETED.finditer(text):
        if _LABEL_AFTER.match(text, m.end()):
            continue
        raw = m.group("name")
        name = raw.strip()
        a = m.start("name") + len(raw) - len(raw.lstrip())  # (a news text's blanks inside: "( India )")
        b = a + len(name)
        inside = [f for f in findings if f.start < b and a < f.end]
        # (the model's PERSON guess over the name gives way; its place does not: "Deshnoke ( India )")
        if any(f.recognizer != NER_RECOGNIZER or f.entity_type != "PERSON" or f.start < a or f.end > b for f in inside):
            continue
        before = [f for f in findings if f.end <= m.start() and not text[f.end : m.start()].strip()]
        if any(f.entity_type == "PERSON" for f in before):
            named = _other_name(name)
        else:
            numbered = any(f.entity_type in _NUMBER_TYPES for f in before)
            code = _CODE_BEFORE.search(text, max(0, m.start() - _CODE_REACH), m.start()) is not None
            named = (numbered or code) and _owner_name(name)
        if named and not _a_brand(name):
            guesses += inside
            added.append(Finding(a, b, "PERSON", SCORE, BRACKETED_RECOGNIZER))
    for a, b in _kin_of_names(text) if "(" in text else ():
        inside = [f for f in findings if f.start < b and a < f.end]
        if all(f.recognizer == NER_RECOGNIZER and f.entity_type == "PERSON" for f in inside):
            guesses += inside
            added.append(Finding(a, b, "PERSON", SCORE, BRACKETED_RECOGNIZER))
    if not added:
        return findings
    return sorted([f for f in findings if f not in guesses] + added, key=lambda f: (f.start, f.end))
