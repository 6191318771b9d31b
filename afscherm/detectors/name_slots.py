"""Names by the slot they fill, not by a name list: a chat's speakers, a person's place in a sentence, a table's
name cell.

The name lists (:mod:`detectors.person_name`) lack many foreign, Frisian and nick names and every user name. What
tells such a word from a word is where it stands and that it is no word of the language: a chat's turns all open with
the same kind of prefix (a stamp perhaps, a label, a colon), and their labels are the people who speak; a capitalised
word after ``met``/``bij``/``tegen``, before ``'s`` or ``z'n``, after a greeting, is a person when Dutch and English
do not write it as a word (:func:`word_like`, a word frequency list) and it names no place or organisation.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from afscherm.detectors.person_name import (
    KIN_WORD_SET,
    ORG_HINTS,
    PARTICLE_SET,
    ROLE_ENDINGS,
    STOP,
    TITLE_SET,
    _role_word,
    common_words,
    family_names,
    first_names,
    is_compound_noun,
    is_orgish,
    non_person_entities,
    places,
)
from afscherm.detectors.text_facts import matches_from, per_text_cache, text_facts, without_accents

# A word is a word of the language (not a name) when wordfreq gives it a Zipf frequency of at least this in Dutch or
# English (3.0: once per million words). Names the lists lack (Kaito 2.0, Saoirse 1.8, Wietske 2.4) stay below;
# frequent first names are above (Mark 4.7, Anna 4.7), and the lists know those.
DUTCH_WORD_ZIPF = 3.0
ENGLISH_WORD_ZIPF = 3.3
# wordfreq's "small" lists hold the words of Zipf 3 and more, all the thresholds above need: loaded in 0.09 CPU-s and
# 21 MB for both languages ("best": 0.26 CPU-s, 81 MB), read into sets once.
WORDLIST = "small"


@lru_cache(maxsize=1 << 16)
def word_like(word: str) -> bool:
    """``word`` (any case) is written as a word of Dutch or English: a common or stop word, or frequent in the
    wordfreq lists (which hold brands and places too: Vodafone, Efteling). A word wordfreq never saw is no word."""
    lowered = word.lower()
    if lowered in STOP or lowered in common_words():
        return True
    return lowered in frequent_words("nl", DUTCH_WORD_ZIPF) or lowered in frequent_words("en", ENGLISH_WORD_ZIPF)


@lru_cache(maxsize=16)  # (the Dutch and English lists, and those of the languages a few rules ask)
def frequent_words(language: str, zipf: float) -> frozenset[str]:
    """The words of ``language`` wordfreq gives a Zipf frequency of ``zipf`` or more (a set: ``zipf_frequency`` itself
    tokenises every word it is asked, some 50 µs a call)."""
    from wordfreq import get_frequency_dict  # (imported where used: its lists load on first use, once)

    floor = 10 ** (zipf - 9)  # (Zipf = log10 of the frequency per billion words)
    return frozenset(w for w, f in get_frequency_dict(language, wordlist=WORDLIST).items() if f >= floor)


def listed_name(word: str) -> bool:
    lowered = word.lower()
    return lowered in first_names() or lowered in family_names()


@lru_cache(maxsize=1 << 14)
def dutch_word(word: str) -> bool:
    """Frequent as a Dutch word (wordfreq), in lower case."""
    return word in common_words() or word in frequent_words("nl", DUTCH_WORD_ZIPF)


def made_of_words(word: str) -> bool:
    """A compound of two Dutch words (``Fraudedesk``, ``Doktersassistent``, ``Wijkapp``) or an agent noun made from
    one (``Intaker``, ``Beller``): a role or a thing, no name. First names the lists know are never so read
    (``Annemarie``)."""
    w = word.lower()
    if len(w) < 6 or w in first_names() or not w.isalpha():
        return False
    if w.endswith("er") and any(dutch_word(w[:-k]) for k in (1, 2, 3) if len(w) - k >= 4):
        return True
    return len(w) >= 7 and any(_compound_part(w[:i]) and _compound_part(w[i:]) for i in range(4, len(w) - 2))


def _compound_part(part: str) -> bool:
    """A Dutch (or English: Servicedesk) word that is no first name (names are made of names: Annabeth, Heleentje)."""
    return word_like(part) and part not in first_names() and not part.startswith(("je", "tje", "ke"))


def not_a_name_word(word: str) -> bool:
    """A role, kin, system or organisation word, a place, a compound noun or an entity the lists know as no person."""
    lowered = word.lower()
    if lowered in first_names():
        return _role_word(word) or lowered in KIN_WORD_SET
    return (
        _role_word(word)
        or lowered in KIN_WORD_SET
        or lowered in ORG_HINTS
        or is_orgish(word)
        or lowered.endswith(ROLE_ENDINGS)
        or is_compound_noun(word)
        or made_of_words(word)
        or word in non_person_entities()
        or word.capitalize() in places()
    )


# --- 1. speaker slots ------------------------------------------------------------------------------------------------
# A turn's prefix at a line start: a stamp of any format perhaps (a bracketed one, a time with a date before it, a
# WhatsApp export's "12/3/24, 21:04 -"), a member's mark perhaps, the label, then ':' and what is said.
_STAMP = (
    r"(?:\[[^\]\n]{1,30}\]|\(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\)"
    # (a Hungarian phone's export writes the date "2026. 09. 14." before the time, tuning_74)
    # (a Czech and Slovak phone's "9. 3. 2027 18:22 - ", a space after each dot, tuning_79)
    # (a weekday before the date: "di 05-10 07:58 · Fetje: ...", tuning_85)
    r"|(?:(?:(?i:ma|di|wo|do|vr|za|zo|mon|tue|wed|thu|fri|sat|sun)\.?[ \t]+)?"
    # (the day and the month's short name too: "wo 11 mrt 07:02 · Constantijn: ...", tuning_88)
    r"(?:\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|\d{1,2}[ \t]+(?i:jan|feb|mrt|maa|mar|apr|mei|may|jun|jul|aug|sep|okt|"
    r"oct|nov|dec)[a-zé]{0,7}\.?(?:[ \t]+\d{4})?),?[ \t]+"
    r"|\d{4}\.[ \t]?\d{1,2}\.[ \t]?\d{1,2}\.[ \t]+"
    r"|\d{1,2}\.[ \t]\d{1,2}\.[ \t]\d{4},?[ \t]+)?"
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?)"
    # (a middle dot or bullet after it too: "16-03-2026 17:02 · Radj:", tuning_78; an arrow, as a phone's SMS export
    # marks sent and received messages: "02-08 10:15 ▶ Obe:", "12.06.2026 08:21 → Good.")
    # (or the "<" and ">" of another export: "03-07-2026 05:14 < Shpëtim: ...", "... > Ti: ...", tuning_124)
    r"[ \t]*(?:[-–—|·•▶◀►◄→←<>][ \t]*)?"
)
TURN = re.compile(
    rf"[ \t]*(?P<stamp>{_STAMP})?(?:~[ \t\u00a0\u202f]?)?(?P<mark>\*\*|__|@)?"
    r"(?P<label>[^\W\d_][\w'’.-]*(?:[ \t]+[\w'’][\w'’.-]*){0,3}?"
    # (a register's "Surname, First name" order, as a Teams copy writes its speakers: "Ter Braak, Yvette  [14:02]")
    # (or with the stamp before it: "[09:43] Bikker, Arjan: ...")
    r"(?:,[ \t]*[^\W\d_][\w'’.-]*(?:[ \t]+[\w'’][\w'’.-]*){0,2}?(?=[ \t]+[\[(]\d|(?(stamp)[ \t]*:(?!\S)|(?!))))?)"
    r"(?:\*\*|__)?"
    # a community chat's display name with its team after a bar ("[10:16] Maartje | Boekvast support: Hoi!")
    r"(?:[ \t]+\|[ \t]*[^\W\d_][^\n:|]{0,30}?)?"
    # the time after the label, as some exports put it ("bekhuis [10:02]: klant aan de balie"); a colon after it or
    # not ("Nijhof, Demi  [14:05]  ik! stuur maar")
    # (a clock of twelve hours too: "Bashiir [10:20 AM]: ...")
    # (or the date and the time in brackets after a comma, as a Telegram copy writes them: "Héritier T, [05.04.26
    # 11:02]: ...", tuning_132)
    r"(?:,[ \t]*(?P<dated>\[\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?\])(?=[ \t]*:[ \t])"
    r"|[ \t]+(?P<after>\[\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]"
    r"|\(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\)"
    # (or bare between wide blanks, a copy's columns: "truuke  20:43  ik zeg niks", tuning_85)
    r"|(?<=[ \t]{2})\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?(?=[ \t]{2})"
    # (or the day, the month and the time before the colon, as a Signal copy writes them: "Cata 24 mrt 21:43: ...",
    # tuning_130)
    r"|\d{1,2}(?:[ \t]+(?i:jan|feb|mrt|maa|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-zé]{0,7}\.?"
    r"|[-/.]\d{1,2}(?:[-/.]\d{2,4})?),?[ \t]+\d{1,2}:\d{2}(?=[ \t]*:[ \t])))?"
    # (an emoji the phone saved glued to the name: "[22:15] sopho🌸: ...", tuning_128; one after a blank marks kin,
    # shops and groups as often: "ماما ❤️:", "Warung Nona Manis 🍜:")
    r"(?:[\u2600-\u27bf\U0001f300-\U0001faff][\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]*)?"
    r"(?:[ \t]*:[ \t]+|(?(after)[ \t]+|(?!)))(?=\S)"
)
# (an SMS export's arrows mark sent and received turns: "▶" and "◀" open turns of one chat)
_DIGITS_AS_9 = str.maketrans("0123456789▶◀►◄→←<>", "9999999999→→→→→→→→")
_LETTERS = re.compile(r"[^\W\d_]")
_PARTS = re.compile(r"[^\W\d_][^\W\d_A-ZÀ-Ý]*")  # a handle's parts: runs of letters, split at capitals and signs
_INITIAL = re.compile(r"[^\W\d_]\.?")
# A handle of initials, a surname's particle in lower case and the capitalised surname, a number perhaps: "RvdMeer",
# "JvDijk", "MdeVries2" (the surname's parts alone may be words: meer, dijk).
_PARTICLE_HANDLE = re.compile(r"[A-Z]{1,2}(?:vd|vdr|vdn|v|van|de|der|den|ter|ten|te|in't|int)[A-Z][a-z]{2,}\d{0,4}")


def _prefix_kind(m: re.Match[str]) -> tuple[str, str]:
    """What makes two turns' prefixes the same kind: the stamp's shape (digits as 9) and the member's mark."""
    stamp, mark, after = m.group("stamp", "mark", "after")
    after = after or m.group("dated")
    return (stamp.strip().translate(_DIGITS_AS_9) if stamp else "") + (
        after.translate(_DIGITS_AS_9) if after else ""
    ), (mark or "")


def _person_part(part: str) -> bool:
    """A part of a label (or a handle's part) that can be a person's: a listed first name, or no word and no role."""
    if len(part) < 3:
        return True  # an initial or a short part (j.d, JanB's B, Kees v.): the other parts decide
    if not_a_name_word(part) or (part.isupper() and part.lower() not in first_names()):
        return False
    return part.lower() in first_names() or not word_like(part)


# A surname's particle before it, written out or shortened ("v.", "v/d"): the capitalised word after it is a surname.
_SURNAME_PARTICLES = frozenset({*PARTICLE_SET, "v.", "v", "v/d", "vd.", "v.d"}) - {"het", "la", "le", "da", "di"}
NAME, WORD, ROLE = "name", "word", "role"
FIRST = "first"  # a first name before a desk's or firm's words: the name alone speaks


# Other languages' "you" and "me", as an export labels the phone owner's turns (Dutch "ik", "jij", "me" are STOP words):
# Albanian, Serbian, Croatian and Bosnian "ti", Polish and Czech "ty", German "du", "ich", French, Portuguese, Romanian
# "tu", "moi", "eu", Spanish "yo", Italian "io", Albanian "unë"; English "you".
SELF_LABELS = frozenset("ti ty ти ты ви you du tu ich yo eu unë moi io".split())


def speaker_name(label: str) -> tuple[int, str] | None:
    """Whether a chat turn's label names a person: ``(start, NAME)`` for a listed first name, a word no dictionary
    knows or a handle (``j.d``, ``mark83``, ``JanB``, ``kees v.``, ``Anne-Fleur``); ``(start, WORD)`` for a word that
    is a name only when it speaks like one (``co``, ``wil``, ``Roos``); ``(start, FIRST)`` for a listed first name
    before a desk's or firm's words (``Jasper Camping Zeewind``); None for a role, system, organisation or
    channel word, a compound noun or a word in capitals (a log level, a key: ERROR, NAAM, KCC). ``start``: where the
    name begins after a role before it (``Medewerker Jolanda``)."""
    if label.isupper() and len(_LETTERS.findall(label)) > 1:
        return None  # a log level or a key in capitals (ERROR, NAAM); caps-lock turns are person_name's
    if "," in label:
        # "Ter Braak, Yvette": the surname first, as a register writes it; the first name decides, the surname's
        # words must each be a person's (or a particle)
        surname, given = label.split(",", 1)
        judged = speaker_name(given.strip())
        parts = surname.split()
        if judged is None or judged[1] != NAME or not all(p.lower() in PARTICLE_SET or _person_part(p) for p in parts):
            return None
        return 0, NAME
    words = label.split()
    start = 0
    # (a role, kin word or title before the name: "Medewerker Jolanda", "Hr. Pronk": the name starts after it)
    while len(words) > 1 and (
        _role_word(words[0]) or words[0].lower() in KIN_WORD_SET or words[0].lower() in TITLE_SET
    ):
        start = label.index(words[1], start + len(words[0]))
        words = words[1:]
    first = words[0]
    if len(words) == 1 and (_role_word(first) or first.lower() in KIN_WORD_SET):
        return start, ROLE  # (klant, agent, mama: a chat's participant, no name)
    if len(words) == 2 and words[1].lower() in KIN_WORD_SET and first.lower() not in KIN_WORD_SET:
        # (a kin word after the name, as a phone saves a contact: "Ramzan vasha", brother Ramzan; tuning_173): the
        # name alone decides, and is the slot
        judged = speaker_name(first)
        return (start, FIRST) if judged is not None and judged[1] in (NAME, FIRST) else None
    if len(words) == 1 and first.lower() in SELF_LABELS:
        return None  # the phone's owner, as its export labels them in its language ("> Ti:", "Du:", tuning_124)
    if len(_LETTERS.findall(first)) < 2 or first.lower() in PARTICLE_SET:
        return None
    if first.lower() in STOP:
        # (a listed first name that is also a salutation or a month, capitalised alone: "Lieve:", "Mei:", tuning_109;
        # a name only when it speaks like one)
        if len(words) == 1 and first[:1].isupper() and first[1:].islower() and first.lower() in first_names():
            return start, WORD
        return None
    if first.isupper() and first.lower() not in first_names():
        return None  # an acronym after a role (Medewerker KCC): a desk
    for before, word in pairwise(words):
        # (a listed family name after the first word is a surname, whatever a dictionary says: "Nelke Smeets"; so is
        # a capitalised word after a surname's particle, a word or a village too: "Hannie v. Haaren", tuning_105)
        listed_surname = word[:1].isupper() and word[1:].islower() and word.lower() in family_names()
        after_particle = word[:1].isupper() and word[1:].islower() and before.lower() in _SURNAME_PARTICLES
        if not (
            _INITIAL.fullmatch(word)
            or word.lower() in PARTICLE_SET
            or listed_surname
            or after_particle
            or _person_part(word.strip(".'’-"))
        ):
            # A listed first name before its desk or firm ("Jasper Camping Zeewind", "Juf Ingrid BSO"): the name
            # speaks, the label's rest is the organisation's (FIRST: the slot is the first name only).
            if first[:1].isupper() and first[1:].islower() and first.lower() in first_names():
                return start, FIRST
            return None
    if first.isalpha() and (first.islower() or first[1:].islower()):
        if not_a_name_word(first):
            return None
        return start, (NAME if first.lower() in first_names() or not word_like(first) else WORD)
    if _PARTICLE_HANDLE.fullmatch(first) is not None:
        return start, NAME  # RvdMeer, JvDijk: an initial, a surname's particle and the surname (a word too: Meer)
    # a handle (mark83, j.d, JanB, Anne-Fleur): by its parts, split at digits, signs and capitals
    parts = _PARTS.findall(first)
    if not parts or not all(_person_part(p) or _plain_word_part(p) for p in parts):
        return None
    if "_" in first and not all(len(p) < 3 or listed_name(p) for p in parts) and not _unlisted_first_surname(parts):
        return None  # a machine key (max_retries, user_id) unless every part is a name (jan_de_vries)
    # (a handle whose part is a word, "ola.k", is a name only when it speaks like one, as a word is: tuning_75)
    return start, (NAME if all(_person_part(p) for p in parts) else WORD)


def _unlisted_first_surname(parts: list[str]) -> bool:
    """A handle's two parts a first name no list holds and a listed surname, the first no word (``sibbele_wijnia``,
    tuning_99: a Frisian call name); a machine key's first part is a word (``user_smit``, ``max_retries``)."""
    return (
        len(parts) == 2
        and len(parts[0]) >= 3
        and parts[0].islower()
        and not word_like(parts[0])
        and not not_a_name_word(parts[0])
        and parts[1].lower() in family_names()
    )


def _plain_word_part(part: str) -> bool:
    """A handle's part in lower case that is a word (``ola``), not a role's, system's or organisation's."""
    return part.islower() and not not_a_name_word(part)


# A transcript that writes a question and its answer on one line, the answer's turn after a sentence's end and a dash
# ("Agent: ¿Su fecha de nacimiento? — Beller: veintiocho de octubre", tuning_171; the detection view reads the dash as
# a hyphen): the label after the dash opens a turn too. (Not after a clock: "12/05/2026, 19:41 - Lesbia:" is a
# WhatsApp export's turn, opening its line.)
_DASHED_TURN = re.compile(r"(?<=[.?!…]) [-—–] (?=[^\W\d_][\w'’.-]*(?:[ \t][\w'’.-]+){0,2}:[ \t])")


@per_text_cache
def chat_turns(text: str) -> list[tuple[re.Match[str], tuple[int, str] | None, int, bool]]:
    """The turns of the text's chats, each with its label's judgement (:func:`speaker_name`), how often that label
    speaks and whether a label of its chat names a person. A chat: three turns or more whose prefixes are of one kind
    (:func:`_prefix_kind`), two labels or more, one of them speaking twice or more (a form's or a record's keys are
    each said once), a label that names a person or a role, and no more labels that are words than other labels (a
    YAML record's keys, ``naam``/``rol``/``email``, are words)."""
    starts = text_facts(text).colon_line_starts
    if ". - " in text or "? - " in text or "! - " in text or "— " in text or "– " in text:
        starts = sorted({*starts, *(m.end() for m in _DASHED_TURN.finditer(text))})
    if len(starts) < 3:
        return []
    runs: dict[tuple[str, str], list[re.Match[str]]] = defaultdict(list)
    for m in matches_from(TURN, text, starts):
        runs[_prefix_kind(m)].append(m)
    out: list[tuple[re.Match[str], tuple[int, str] | None, int, bool]] = []
    for turns in runs.values():
        said = Counter(m.group("label") for m in turns)
        if len(turns) < 3 or len(said) < 2 or max(said.values()) < 2:
            continue
        judged = {label: speaker_name(label) for label in said}
        kinds = Counter((NAME if j[1] == FIRST else j[1]) if j else "other" for j in judged.values())
        if not kinds[NAME] + kinds[ROLE] or kinds[WORD] > kinds[NAME] + kinds[ROLE] + kinds["other"]:
            continue
        out += [(m, judged[m.group("label")], said[m.group("label")], kinds[NAME] > 0) for m in turns]
    return out


# A Teams copy's header on a line of its own: the stamp in brackets, then the writer in a register's order, the message
# on the next line ("[10:02] Subramanian, Meenakshi", tuning_71/72).
_STAMPED_HEADER = re.compile(
    r"(?m)^[ \t]*\[\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\][ \t]+"
    r"(?P<label>[^\W\d_][^\n,:\[\]]{0,40},[ \t]*[^\W\d_][^\n,:\[\]]{0,40}?)[ \t]*$"
)


def _stamped_headers(text: str) -> list[tuple[int, int]]:
    """The labels of :data:`_STAMPED_HEADER` lines in a register's order (:func:`_register_label`), where the text has
    two such headers or more (a chat's copy, not a line of a letter)."""
    headers = list(_STAMPED_HEADER.finditer(text)) if "[" in text and "," in text else []
    if len(headers) < 2:
        return []
    return [m.span("label") for m in headers if _register_label(m.group("label"))]


# A chat copied as a name alone on its line above each message (Signal's, Messenger's, a forum's copy: "Fieny" /
# "jarigen in mei: ...", tuning_71): one to four capitalised words (particles between), nothing else on the line.
_BARE_HEADER = re.compile(
    r"[A-ZÀ-ÖØ-Ý][^\W\d_]+(?:[ \t]+(?:[a-z']{1,4}[ \t]+){0,3}[A-ZÀ-ÖØ-Ý][^\W\d_'-]*(?:-[^\W\d_]+)?){0,3}"
)
BARE_HEADERS_MIN = 4  # header lines in the text, a third of its lines at least, two writers, one of them twice


def bare_headers(text: str) -> list[tuple[int, int]]:
    """The writers of a chat copied with each writer's name alone on the line above the message (see
    :data:`_BARE_HEADER`): where such lines head BARE_HEADERS_MIN messages or more, a third of the lines at least,
    each followed by a line that is no header, from two writers at least, one heading two messages. Each label that
    :func:`speaker_name` reads as a name (not a word, a role or a firm's words)."""
    if text.count("\n") < 2 * BARE_HEADERS_MIN - 1:
        return []
    lines: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        lines.append((at, at + len(line)))
        at += len(line) + 1
    headers = [
        (i, a, b)
        for i, (a, b) in enumerate(lines)
        if _BARE_HEADER.fullmatch(text, a, b)
        and i + 1 < len(lines)
        and not _BARE_HEADER.fullmatch(text, *lines[i + 1])
        and lines[i + 1][1] > lines[i + 1][0]
    ]
    said = Counter(text[a:b] for _, a, b in headers)
    if len(headers) < BARE_HEADERS_MIN or 3 * len(headers) < len(lines) or len(said) < 2 or max(said.values()) < 2:
        return []
    named = {
        label for label in said if (judged := speaker_name(label)) is not None and judged[0] == 0 and judged[1] == NAME
    }
    return [(a, b) for _, a, b in headers if text[a:b] in named]


def speaker_slots(text: str) -> list[tuple[int, int]]:
    """The labels of a chat's turns (:func:`chat_turns`) that name people, judged by :func:`speaker_name` whatever
    the name lists say; a label that is a word speaks twice or more, in a chat where another label names a person.
    And the writers of a Teams copy's stamped header lines (:func:`_stamped_headers`)."""
    out: list[tuple[int, int]] = _stamped_headers(text) + bare_headers(text)
    turns = chat_turns(text)
    # (a call's transcript labels the caller by a role and the one answering by a first name that is a word too:
    # "Beller:" / "Lieve:", tuning_109; a capitalised listed first name speaking thrice beside a role speaks as a name)
    roled = any(judgement is not None and judgement[1] == ROLE for _, judgement, _, _ in turns)
    for m, judgement, said, named in turns:
        beside_a_role = roled and said >= 3 and _capitalised_first_name(m.group("label"))
        if judgement is not None and (
            judgement[1] in (NAME, FIRST) or judgement[1] == WORD and said >= 2 and (named or beside_a_role)
        ):
            out.append(_slot(m, judgement))
        elif "," in m.group("label") and _register_label(m.group("label")):
            out.append(m.span("label"))  # "[09:43] Bikker, Arjan:", the surname a word too
    return out


def _capitalised_first_name(label: str) -> bool:
    """The label is one capitalised listed first name (``Lieve``, ``Roos``)."""
    return label[:1].isupper() and label[1:].islower() and label.isalpha() and label.lower() in first_names()


def _slot(m: re.Match[str], judged: tuple[int, str]) -> tuple[int, int]:
    """The span a turn's label ``m`` names a person in: from the name's start (see ``speaker_name``) to the label's end,
    or to the first name's end (FIRST)."""
    start = m.start("label") + judged[0]
    if judged[1] == FIRST:
        return start, start + len(m.group("label")[judged[0] :].split()[0])
    return start, m.end("label")


# An SMS or chat backup exported as a table, a row per message: the stamp, the direction ("in"/"out", "ontvangen"/
# "verzonden"), the other party as the phone saved them (an emoji or the number in brackets after the name perhaps), the
# message ("2026-03-20 21:14:07 | in | Mako 🌸 | ymke!! ...", tuning_119; "12 feb. 2026 19:11 | verzonden | Kaveh 🌙
# (+31 6 47 93 05 26) | ...", tuning_105).
_DIRECTION_ROW = re.compile(
    r"(?im)^[^\n|]{0,30}\d{1,2}:\d{2}(?::\d{2})?[ \t]*[|;,][ \t]*(?:in|out|inkomend|uitgaand|ontvangen|verzonden"
    r"|received|sent|incoming|outgoing)[ \t]*[|;,][ \t]*(?P<label>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3})"
    r"(?=[^\n|;,\w]*(?:\([^)\n]*\))?[ \t]*[|;,])"
)


# A Telegram export's turn header, a line of its own: the label, a comma and the stamp in brackets ("BennieK, [20.06.25
# 18:09]"); what is said follows on the next lines.
_STAMPED_LABEL_LINE = re.compile(
    r"(?m)^[ \t]*(?P<label>[^\W\d_][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,3}),[ \t]*\[(?=[^\]\n]*\d)[^\]\n]{4,30}\][ \t]*$"
)
# A Discord copy's turn header, a line of its own: its stamp in brackets, then the label, perhaps a user name opening
# with a digit ("[05-Apr-26 10:15 PM] 3rdmate.kristel", tuning_122); what is said follows below.
_BRACKETED_STAMP_LABEL_LINE = re.compile(
    r"(?m)^[ \t]*\[(?=[^\]\n]*\d{1,2}[:.]\d\d)[^\]\n]{4,30}\][ \t]+"
    r"(?P<label>[^\W_][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,3})[ \t]*$"
)
# A Teams, Slack or Discord copy's turn header, a line of its own: the label (a register's "Surname, First" too), a dash
# perhaps, then the clock (a day before it perhaps), in the 12-hour writing perhaps ("Griffioen, Wouter 08:09 AM",
# tuning_39 hw39-0032; "noor.t — 20:05"; "kaj.vdlinden — vandaag om 19:14", tuning_40 hw40-0013); what is said follows
# below.
_CLOCKED_LABEL_LINE = re.compile(
    r"(?m)^[ \t]*(?P<label>[^\W\d_][\w'’.-]*(?:[ \t]+(?!\d{1,2}[-/.]\d)[^\W_][\w'’.-]*){0,3}"
    r"(?:,[ \t]*[^\W\d_][\w'’.-]*(?:[ \t]+[^\W_][\w'’.-]*){0,2})?)"
    # (a desk's or a role's name after a bar: "Hanneke | Kamerloket — 01-12-2026 10:19", tuning_43)
    r"(?:[ \t]+\|[ \t]+[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2})?"
    # (or a middle dot, as Messenger's and Instagram's copies write it: "Harmtje · 14:05", tuning_111/_112)
    r"[ \t]+(?:[-\u2013\u2014|\u00b7\u2022][ \t]+)?"
    # (a day before the clock: "vandaag om 19:14", Discord's "Today at 19:14", a date)
    # (or its day and month alone: "Mimount Azarkan  4-12 13:02", tuning_53)
    r"(?:(?i:vandaag|gisteren|today|yesterday)[ \t]+(?i:om|at)[ \t]+|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?,?[ \t]+)?"
    # (the clock in brackets too: "duvan.a  [10:20]", tuning_82)
    r"(?:\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?|\[\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?\])[ \t]*$"
)


@per_text_cache  # (asked by the name rules and by ``_informal`` for the same text)
def stamped_label_speakers(text: str) -> tuple[tuple[int, int], ...]:
    """The labels of turn headers written ``_STAMPED_LABEL_LINE`` or ``_CLOCKED_LABEL_LINE``, or of a backup's rows
    (``_DIRECTION_ROW``), that name people
    (:func:`speaker_name`), in a text with three such headers of one writing or more and two labels or more, one of
    them speaking twice.

    >>> text = "Griffioen, Wouter 08:09 AM\\nja\\nVreugdenhil, Lisa 08:11 AM\\nok\\nGriffioen, Wouter 08:15 AM\\nok"
    >>> [text[a:b] for a, b in stamped_label_speakers(text)]
    ['Griffioen, Wouter', 'Vreugdenhil, Lisa', 'Griffioen, Wouter']
    """
    out: list[tuple[int, int]] = []
    for headers, said in _stamped_header_runs(text):
        judgements = {label: speaker_name(label) for label in said}
        named = any(j is not None and j[1] == NAME for j in judgements.values())
        for m in headers:
            judged = judgements[m.group("label")]
            # (a word speaks as a name twice or more beside a label that names a person, as in a chat's turns:
            # "dre  11:04", "ola.k — 12.02.2026 19:42", tuning_71/75)
            if judged is not None and (
                judged[1] in (NAME, FIRST) or judged[1] == WORD and said[m.group("label")] >= 2 and named
            ):
                out.append(_slot(m, judged))
            elif _register_label(m.group("label")):
                out.append(m.span("label"))
    return tuple(out)


def _stamped_header_runs(text: str) -> Iterator[tuple[list[re.Match[str]], Counter[str]]]:
    """The turn headers of each writing of ``stamped_label_speakers`` that make a chat (three headers or more, two
    labels or more, one of them speaking twice), with how often each label speaks."""
    for writing in (_STAMPED_LABEL_LINE, _CLOCKED_LABEL_LINE, _BRACKETED_STAMP_LABEL_LINE, _DIRECTION_ROW):
        headers = list(writing.finditer(text)) if ":" in text or ", [" in text else []
        said = Counter(m.group("label") for m in headers)
        if len(headers) >= 3 and len(said) >= 2 and max(said.values()) >= 2:
            yield headers, said


def stamped_chat(text: str) -> bool:
    """Whether the text is a chat by its stamped turn headers (see ``stamped_label_speakers``), whatever its labels
    name: a mother's "媽媽, [15.03.26 22:10]" beside a son's unlisted name heads a chat's turns as well (tuning_175)."""
    return next(_stamped_header_runs(text), None) is not None


def _register_label(label: str) -> bool:
    """A header's label in a register's order, "Surname, First": a first name after the comma (:func:`speaker_name`
    says NAME) and before it capitalised words or particles, none a role's, kin's or organisation's word - whether or
    not a dictionary also knows the surname ("Ravensbergen, Lotte 08:16 AM": a speaker of its chat, as its other
    headers are)."""
    if "," not in label:
        return False
    surname, given = (part.strip() for part in label.split(",", 1))
    judged = speaker_name(given)
    if judged is None or judged[1] != NAME or judged[0] != 0 or not surname:
        return False
    parts = surname.split()
    return all(
        p.lower() in PARTICLE_SET
        or (p[:1].isupper() and not _role_word(p) and p.lower() not in KIN_WORD_SET and p.lower() not in ORG_HINTS)
        and not is_orgish(p)
        for p in parts
    )


# --- 2. a person's place in a sentence -------------------------------------------------------------------------------
# A run of capitalised words (particles between), whole: "Kaito", "Yara-Lin Osei", "Kaito van Dam".
_CAP_WORD = r"[A-ZÀ-ÖØ-Ý][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Ý][a-zß-öø-ÿ]+)?"
_RUN_PARTICLES = r"(?:(?:van|de|der|den|ter|ten|el|al)[ \t]+)*"
_RUN_HEAD = re.compile(rf"(?<![\w'’@./-]){_CAP_WORD}[ \t]+{_RUN_PARTICLES}\Z")
_RUN_TAIL = re.compile(rf"(?:[ \t]+{_RUN_PARTICLES}{_CAP_WORD})+(?![\w@/-]|\.\w)")
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Ý](?<![\w'’@./-].)[a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Ý][a-zß-öø-ÿ]+)?(?![\w@/-]|\.\w)")
# The word before a person: a preposition a person is the object of, a greeting, a verb asking someone, or a kin or
# role word (those from person_name.KIN_WORD_SET and its roles too).
PERSON_BEFORE = frozenset(
    """
    met aan voor bij tegen van door zonder vraag vragen vroeg bel bellen belde app appen appte mail mailen mailde
    zeg groeten groetjes hoi hey hee hallo hi dag beste lieve dear gefeliciteerd proficiat sorry thanks bedankt
    dankjewel dankje liefs heet heette
    """.split()
)
# After a person: a possessive ('s, z'n, d'r), a verb a person does, or a comma and a second-person word (addressed).
_PERSON_AFTER = re.compile(
    r"(?:['’]s?[ \t]+[a-zß-öø-ÿ]|[ \t]+(?:z'n|zn|zijn|d'r|dr|haar)[ \t]+[a-zß-öø-ÿ]"
    r"|[ \t]+(?:zei|zegt|vroeg|vraagt|belde|belt|appte|appt|mailde|mailt|komt|kwam|wil|wilde|weet|wist|vindt|vond|"
    r"denkt|dacht|heeft|had|gaat|ging|stuurde|stuurt|doet|deed|werkt|zit|zat|vertelde|vertelt|neemt|nam|regelt|"
    r"regelde|brengt|bracht|haalt|haalde|helpt|hielp|wacht|woont|kan|kon|moet|moest|zal|zou|is|was)\b"
    r"|,[ \t]+(?:je|jij|jou|jouw|u|uw|kun|kan|kunt|wil|wilt|heb|hebt|ben|weet|ga|zie|dank|top|ok|oké)\b"
    # turning an age (person_name.TURNS_AN_AGE's writings: "oma zwanet wordt 90", "mila weurt 3 op 9 juni")
    r"|[ \t]+(?:wordt|werd|weurt|wurdt|wuurt|turns|turned)[ \t]+(?:(?:al|pas|bijna|morgen|zondag)[ \t]+)?"
    r"\d{1,3}(?![\d,.:/-])"
    r")"
)


def person_after(text: str, end: int) -> bool:
    """What follows ``end`` is said of a person (:data:`_PERSON_AFTER`): a possessive, a person's verb, an address."""
    return _PERSON_AFTER.match(text, end) is not None


# A name addressed at a message's end, after a comma: "tot morgen, Kaito!", "kom je ook, Saoirse?"
_ADDRESSED_AT_END = re.compile(r"[ \t]*[!?.]*[ \t]*(?:\n|$)")
_WORD_BEFORE = re.compile(r"([\w'’]+)[ \t]*$")
ARTICLES = frozenset("de het een die deze dat dit".split())  # (before a thing: "de mark is een munt")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;>\]\n\"“(])[ \t]*$")


def _person_before(text: str, start: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if m is None or text.find("\n", m.end(), start) >= 0:
        return False
    word = m.group(1).lower()
    return word in PERSON_BEFORE or word in KIN_WORD_SET


@lru_cache(maxsize=1 << 16)
def _unknown_name(word: str) -> bool:
    """A capitalised word that is no word, place, organisation or brand: a name whether the lists know it or not."""
    return not word_like(word) and not not_a_name_word(word) and word.lower() not in _brands()


def _brands() -> dict[str, list[tuple[str, bool]]]:
    from afscherm.detectors.org_guard import brands  # (org_guard reads this package's name lists too)

    return brands()


@lru_cache(maxsize=1 << 16)
def _name_in_run(run: str) -> int | None:
    """Where the name begins in a run of capitalised words (after a sentence's first word or a greeting: "Hoi
    Kaito"), or None when the run is no name: every word must be unknown (:func:`_unknown_name`) or a listed name,
    one of them unknown (``bij Albert Heijn``: Heijn is a word to wordfreq; runs of listed first names are
    person_name's)."""
    words = run.split()
    lead, at = words[0], 0
    if len(words) > 1 and word_like(lead) and (lead.lower() in PERSON_BEFORE or lead.lower() not in first_names()):
        at = run.index(words[1], len(lead))
        words = words[1:]
    capitals = [w for w in words if w[:1].isupper()]
    if not any(_unknown_name(w) for w in capitals if w.lower() not in first_names()):
        return None
    if not all(listed_name(w) or _unknown_name(w) for w in capitals):
        return None
    return at


@lru_cache(maxsize=1 << 16)
def _unknown_unlisted(word: str) -> bool:
    return _unknown_name(word) and word.lower() not in first_names()


def _run_start(text: str, at: int) -> int:
    """Where the run of capitalised words (particles between) that holds the word at ``at`` begins."""
    start = at
    for _ in range(4):
        if start < 2 or text[start - 1] not in " \t":
            break
        head = _RUN_HEAD.search(text, max(0, start - 40), start)
        if head is None:
            break
        start = head.start()
    return start


def placed_names(text: str) -> list[tuple[int, int]]:
    """Capitalised words no dictionary knows that stand where a person stands (:func:`person_placed`), with the
    capitalised words around them (``Kaito Tanaka``, ``Yara-Lin Osei``, ``Kaito van Dam``), in a chat or an informal
    mail (:func:`_informal`)."""
    # (the text's capitalised words are found in one scan and judged once each; only the few unknown ones are looked
    # up again, with the run of capitalised words around them)
    if not _informal(text):
        return []
    unknown = [w for w in set(_CAPITALISED.findall(text)) if _unknown_unlisted(w)]
    runs: set[tuple[int, int]] = set()
    for word in unknown:
        at = text.find(word)
        while at >= 0:
            m = _CAPITALISED.match(text, at)
            if m is not None and m.end() == at + len(word):
                tail = _RUN_TAIL.match(text, m.end())
                runs.add((_run_start(text, at), tail.end() if tail else m.end()))
            at = text.find(word, at + len(word))
    out: list[tuple[int, int]] = []
    for start, end in sorted(runs):
        lead = _name_in_run(text[start:end])
        if lead is not None and person_placed(text, start + lead, end):
            out.append((start + lead, end))
    return out


# A person's data "of" someone ("het BSN van Maksim", "de gegevens van Njoroge", "telefoon van Petru", tuning_80, _103,
# _111): the word after "van" there is the person whose data it is, in any kind of text, a letter's too (where
# ``placed_names`` does not look: letters name firms where chats name people). A capitalised word no dictionary or
# list of places and firms knows, or a listed first name that is no word, with the capitalised words of its run.
_OWNED = re.compile(
    r"(?i:(?<![\w-])(?:bsn|burgerservicenummer|paspoort|paspoortnummer|id-kaart|identiteitskaart|id-nummer|idnummer"
    r"|rijbewijs|geboortedatum|gegevens|persoonsgegevens|telefoon|telefoonnummer|mobiele nummer|adres|e-mailadres"
    r"|iban|rekeningnummer|verblijfsvergunning|verblijfspas))[ \t]+van[ \t]+"
    r"(?P<name>[A-ZÀ-ÖØ-Ý][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Ý][a-zß-öø-ÿ]+)?)(?![\w@/-]|\.\w)"
)


def owned_names(text: str) -> list[tuple[int, int]]:
    """The persons named after a word of their data and "van" (see ``_OWNED``), with the run of capitalised words
    after the first."""
    if " van " not in text:
        return []
    out = []
    for m in _OWNED.finditer(text):
        word = m.group("name")
        if not (_unknown_unlisted(word) or word.lower() in first_names() and not word_like(word)):
            continue
        tail = _RUN_TAIL.match(text, m.end())
        end = tail.end() if tail is not None and _name_in_run(text[m.start("name") : tail.end()]) == 0 else m.end()
        out.append((m.start("name"), end))
    return out


# An informal message's opening: a greeting or a speaker's label on its first line.
_INFORMAL_OPENING = re.compile(
    r"\s*(?:(?i:hoi|hey|hee|hai|hallo|hi|hoihoi|dag|lieve|yo|goedemorgen|goedemiddag|goedenavond|moi|ha)\b)"
)


# A mail's header lines before its body ("Van: ...", "Onderwerp: RE: ..."): the body's first line is the mail's opening.
_MAIL_HEADERS = re.compile(
    r"(?:[ \t]*(?:Van|Aan|Cc|Bcc|Onderwerp|Datum|Verzonden|Beantwoorden|From|To|Subject|Date|Sent|Reply-To)[ \t]*:"
    r"[^\n]*\n)+\s*"
)


def _informal(text: str) -> bool:
    """A chat (:func:`chat_turns`) or an informal mail (its first line, or its body's after the mail's header lines,
    opens with a greeting). Letters, receipts and reports name firms, products and means of payment where a chat names
    people ("betaald met Mastercard", "vervangen door Kone"): they are left to the other rules."""
    if _INFORMAL_OPENING.match(text) is not None or chat_turns(text):
        return True
    headers = _MAIL_HEADERS.match(text)
    if headers is not None and _INFORMAL_OPENING.match(text, headers.end()) is not None:
        return True
    # (a Teams, Slack or Discord copy whose turns open with header lines, "Rijkers, Ingrid  09:12", tuning_44)
    return bool(stamped_label_speakers(text))


def person_placed(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands where a person stands: after a preposition, greeting, asking verb, kin or role
    word (:data:`PERSON_BEFORE`), or before a possessive, a verb a person does or an address (:data:`_PERSON_AFTER`);
    at a sentence's start only when addressed (``mark, kun je``)."""
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if before is not None and before.group(1).lower() in ARTICLES:
        return False  # Dutch puts no article before a person's name ("bij de Bavo", "de mark is een munt")
    if _person_before(text, start):
        return True
    if text.startswith(", ", start - 2) and _ADDRESSED_AT_END.match(text, end):
        return True  # (a comma and a line break before it: a signature, person_name's)
    if _PERSON_AFTER.match(text, end) is None:
        return False
    return _SENTENCE_START.search(text, max(0, start - 4), start) is None or text.startswith(",", end)


# A person's verb right after a name at a sentence's start in a chat ("ok. Trees komt ook?", "Uwe heeft de sleutel"):
# the verbs of _PERSON_AFTER that a thing does not do (no "is", "was", "kan", "werkt": "Teams werkt niet").
_PERSON_VERB_AFTER = re.compile(
    r"[ \t]+(?:zei|zegt|vroeg|vraagt|belde|belt|appte|appt|mailde|mailt|komt|kwam|weet|wist|vindt|vond|denkt|dacht"
    r"|heeft|had|stuurde|vertelde|vertelt|neemt|nam|regelt|regelde|brengt|bracht|haalt|haalde|woont|wil|wilde)\b"
)


def placed_english_words(text: str) -> list[tuple[int, int]]:
    """Capitalised words in a chat's turns that are English words but no Dutch ones (``Trees``, ``Uwe``, ``Joy``: the
    unknown-name rule, :func:`placed_names`, leaves every frequent word out), standing where a person stands
    (:func:`person_placed`) or opening a sentence before a person's verb (``ok. Trees komt ook?``). No brand,
    organisation, role or place (:func:`not_a_name_word`), no turn's first word."""
    turns = chat_turns(text)
    if not turns:
        return []
    out: list[tuple[int, int]] = []
    for m, *_ in turns:
        line_end = text.find("\n", m.end())
        for w in _CAPITALISED.finditer(text, m.end() + 1, len(text) if line_end < 0 else line_end):
            if not _english_only(w.group()):
                continue
            start, end = w.span()
            sentence_start = _SENTENCE_START.search(text, max(0, start - 4), start) is not None
            if (person_placed(text, start, end) and not sentence_start) or (
                sentence_start and _PERSON_VERB_AFTER.match(text, end)
            ):
                out.append((start, end))
    return out


@lru_cache(maxsize=1 << 14)
def _english_only(word: str) -> bool:
    """A capitalised word wordfreq knows as English but not as Dutch, that names no brand, role, organisation or
    place."""
    lowered = word.lower()
    if len(lowered) < 3 or lowered in STOP or lowered in common_words() or dutch_word(lowered):
        return False
    if lowered not in frequent_words("en", ENGLISH_WORD_ZIPF) or lowered in _brands():
        return False
    return not not_a_name_word(word)


# --- 3. a name's other writings --------------------------------------------------------------------------------------
_LETTER_WORD = re.compile(r"[^\W\d_]{3,}")
_VOWEL = re.compile(r"[aeiouyàáâäèéêëìíîïòóôöùúûü]", re.IGNORECASE)


def other_writings(name: str) -> tuple[set[str], set[str]]:
    """The writings of a found name's given name (a one-word name, or the first word of a longer one when a list
    knows it as a first name or no dictionary as a word) other than its own: lower case, capitalised, capitals.
    Returned as (writings that are no word: any mention is the person; writings that are words too, ``mark``,
    ``roos``: a mention only where a person stands, :func:`person_placed`)."""
    words = name.split()
    first = words[0] if words else ""
    if not _LETTER_WORD.fullmatch(first) or first.lower() in STOP or first.lower() in PARTICLE_SET:
        return set(), set()
    if not _VOWEL.search(first):
        return set(), set()  # an abbreviation (tnv, mvg), no name
    if len(words) > 1 and first.lower() not in first_names() and word_like(first):
        return set(), set()
    writings = {first.lower(), first.capitalize()} | ({first.upper()} if len(first) >= 4 else set())
    # and without its accents and special letters, as a keyboard without them types it ("Paweł: ..." ... "morgen
    # pawel", tuning_40 hw40-0021)
    plain = without_accents(first)
    if plain != first and _LETTER_WORD.fullmatch(plain):
        writings |= {plain.lower(), plain.capitalize()}
    writings.discard(first)
    if _role_word(first) or first.lower() in KIN_WORD_SET:
        return set(), set()  # a role or kin word before a name ("Tolk Arabisch", "Pastor Obeng") names no one
    if word_like(first) or not_a_name_word(first):
        return set(), {w for w in writings if not w.isupper()}
    return writings, set()


# --- 4. machine output: a table's name cells -------------------------------------------------------------------------
_CELL_SEPARATORS = ("\t", "|", ";")
_CAP = r"[A-ZÀ-ÖØ-Ý][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Ý][a-zß-öø-ÿ]+)?"
_PARTICLES_CELL = r"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Ii]n ['’]t|['’]t)[ \t]+)*"
# "Jansen, Piet", "van Dam, Anne Marie", "De Vries, J." : a surname, a comma, given names or initials
SURNAME_FIRST_CELL = re.compile(
    rf"(?P<surname>{_PARTICLES_CELL}{_CAP}(?:[ \t]+{_CAP})?),[ \t]*"
    rf"(?P<given>{_CAP}(?:[ \t]+{_CAP})?|(?:[A-Z]\.){{1,4}})"
)
# "Koos (reserve)", "Anne Smit (teamleider)": a name, then a role or remark in brackets
NAME_ROLE_CELL = re.compile(rf"(?P<name>{_CAP}(?:[ \t]+{_PARTICLES_CELL}{_CAP})?)[ \t]*\([^()\n]{{2,40}}\)")
LONE_NAME_CELL = re.compile(rf"(?P<name>{_CAP})")
# A cell of personal data beside a name: a date, an e-mail address, a phone number, a long number, an IBAN.
_PERSONAL_CELL = re.compile(
    r"\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}|[\w.+-]+@[\w-]+\.[\w.]+|(?:\+31|0)[ -]?\d(?:[ -]?\d){8}|\d{8,}"
    r"|[A-Z]{2}\d{2}[A-Z]{4}\d{10}"
)


def _name_word(word: str, given: bool) -> bool:
    """A word of a name cell: a listed first name (as ``given``) or family name, or no word, place or organisation."""
    lowered = word.lower()
    if given and lowered in first_names() and not not_a_name_word(word):
        return True
    if not given:
        # a surname beside its given name (already judged a name): no place, role or organisation
        return not (
            _role_word(word) or is_orgish(word) or word.capitalize() in places() and lowered not in family_names()
        )
    return not word_like(word) and not not_a_name_word(word)


def _cells(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    """The cells of a line (``text[start:end]``) split at ``sep``, blanks trimmed, as spans."""
    out, at = [], start
    for part in text[start:end].split(sep):
        lead = len(part) - len(part.lstrip())
        out.append((at + lead, at + len(part.rstrip())))
        at += len(part) + 1
    return out


def table_names(text: str) -> list[tuple[int, int]]:
    """Names in a table's cells (rows split by tabs, bars or semicolons, two separators or more on two lines or
    more): ``Surname, Firstname``; ``Name (role)``; a name alone in a row that holds other personal data (a date, an
    e-mail address, a phone number, a long number)."""
    if not any(sep in text for sep in _CELL_SEPARATORS):
        return []
    out: list[tuple[int, int]] = []
    lines = text_facts(text).line_starts
    for sep in _CELL_SEPARATORS:
        if text.count(sep) < 4:
            continue
        rows = []
        for i, start in enumerate(lines):
            end = lines[i + 1] - 1 if i + 1 < len(lines) else len(text)
            if text.count(sep, start, end) >= 2:
                rows.append((start, end))
        if len(rows) < 2:
            continue
        for start, end in rows:
            cells = _cells(text, start, end, sep)
            personal = any(_PERSONAL_CELL.search(text, a, b) for a, b in cells)
            for a, b in cells:
                out += _name_cell(text, a, b, personal)
    return out


def _name_cell(text: str, a: int, b: int, personal: bool) -> list[tuple[int, int]]:
    m = SURNAME_FIRST_CELL.fullmatch(text, a, b)
    if m is not None:
        surname = [w for w in m.group("surname").split() if w[:1].isupper()]
        given = m.group("given").split()
        if all(w.endswith(".") or _name_word(w, True) for w in given) and all(_name_word(w, False) for w in surname):
            return [(a, b)]
        return []
    m = NAME_ROLE_CELL.fullmatch(text, a, b)
    if m is not None:
        words = [w for w in m.group("name").split() if w[:1].isupper()]
        if _name_word(words[0], True) and all(_name_word(w, False) for w in words[1:]):
            return [m.span("name")]
        return []
    m = LONE_NAME_CELL.fullmatch(text, a, b)
    if m is not None and personal and _name_word(m.group(), True):
        return [(a, b)]
    return []


# --- 4. a lower-case name's unknown neighbour -----------------------------------------------------------------------
# Chats type a given name and a surname in lower case, and the lists know one of the two at most: "incasso van rahaf
# khalil", "voor binoy mathew", "die heet milan dudas geboren ...", "9:00 ailton gomes moniz". A word right before or
# after a lower-case name found that no language writes as a word (Dutch and English as :func:`word_like` judges; the
# languages of people from abroad at OTHER_WORD_ZIPF, as the world's first names are judged) is the rest of the name.
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w@./'’&-])([a-zß-öø-ÿ]{3,})[ \t]$")
_LOWER_WORD_AFTER = re.compile(r"[ \t]([a-zß-öø-ÿ]{3,})(?![\w@/'’&-]|\.\w)")
_LOWER_NAME = re.compile(r"[a-zß-öø-ÿ]+(?:[ \t-][a-zß-öø-ÿ]+)*")
_LAUGH = re.compile(r"(.)\1\1|(?:ha|he|hi|ho|hu|ah|eh|uh|hm)+h?$")


# Dutch forms built on a word (a verb's "t" or "en", a plural's "s", "en" or "nen", a prefix a verb splits off, a
# particle glued to a word: "debest") and compounds of two words are words too, whatever wordfreq says ("khoa tolkt",
# "akkermans inplannen", "pim leerlingnr").
_VERB_PREFIXES = tuple("aan af bij door in mee na om onder op over terug toe uit weg de van ter ten".split())
_ENDINGS = ("t", "en", "nen", "s", "e", "je", "tje", "nr")
# Frisian chats ("wy binne let thús", "hy wennet no yn de jouwer"): words no list here holds; in a text with two of
# these words a neighbour must be a listed name.
_FRISIAN_WORDS = frozenset("yn fan wy hy syn nei út ek hjoed moarn ús myn hawwe binne net".split())


@lru_cache(maxsize=1 << 14)
def _built_on_a_word(word: str) -> bool:
    if any(word.endswith(e) and len(word) - len(e) >= 3 and word_like(word[: -len(e)]) for e in _ENDINGS):
        return True
    if any(word.startswith(p) and len(word) - len(p) >= 4 and word_like(word[len(p) :]) for p in _VERB_PREFIXES):
        return True
    return len(word) >= 7 and any(word_like(word[:i]) and word_like(word[i:]) for i in range(3, len(word) - 2))


def _typed_function_word(word: str) -> bool:
    """A short Dutch function word typed with a letter too many or too few (``hieer``, ``hir``: "met karin hieer")."""
    if len(word) > 6:
        return False
    if any(word[:i] + word[i + 1 :] in STOP for i in range(len(word)) if len(word) > 3):
        return True
    letters = "abcdefghijklmnopqrstuvwxyz"
    return any(
        (typed := word[:i] + c + word[i:]) in STOP or typed in common_words()
        for i in range(len(word) + 1)
        for c in letters
    )


@lru_cache(maxsize=1 << 14)
def _name_neighbour(word: str, listed_only: bool = False) -> bool:
    """``word`` (lower case) can be the other half of a name: a listed name, or (unless ``listed_only``) no word of
    any language, place, organisation, brand, greeting, kin word or chat sound (``haha``, ``jaaa``)."""
    from afscherm.detectors.person_name import FRISIAN_FAMILY_WORDS, GREETINGS
    from afscherm.detectors.world_first_names import FOREIGN_KIN, OTHER_WORD_ZIPF, WORD_LANGUAGES

    if word in PARTICLE_SET or word in STOP or word_like(word) or not_a_name_word(word) or word in _brands():
        return False
    if word in GREETINGS or word in FRISIAN_FAMILY_WORDS or word in FOREIGN_KIN:
        return False
    if _LAUGH.search(word) or not _VOWEL.search(word):
        return False
    if listed_name(word):
        return True
    if listed_only or _built_on_a_word(word) or _typed_function_word(word):
        return False
    from wordfreq import zipf_frequency  # (imported where used, as world_first_names does)

    return all(zipf_frequency(word, lang, wordlist="small") < OTHER_WORD_ZIPF for lang in WORD_LANGUAGES)


# Where a turn or line opens (a chat's greeting or kin word stands there before a name: "salam karim", "hai pien").
_TURN_OPENING = re.compile(r"(?:^|\n|[:.!?][ \t])[ \t]*$")


def listed_given(word: str) -> bool:
    """A listed first name that no family name list holds."""
    return word in first_names() and word not in family_names()


def lower_name_neighbours(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each lower-case name in ``spans`` widened by the unknown word right before or after it, on its line (see
    :func:`_name_neighbour`); names without such a neighbour are left out. Before a name, not a turn's first word
    (greetings and kin words stand there); in a Frisian text, listed names only."""
    out: list[tuple[int, int]] = []
    frisian = len(_FRISIAN_WORDS.intersection(text.lower().split())) >= 2
    for start, end in spans:
        if _LOWER_NAME.fullmatch(text, start, end) is None:
            continue
        a, b = start, end
        # (two listed first names side by side are two people in a list: "ahmet tineke job en ik")
        given = listed_given(text[start:end])
        before = _LOWER_WORD_BEFORE.search(text, max(0, start - 40), start)
        if (
            before is not None
            and _TURN_OPENING.search(text, max(0, before.start(1) - 4), before.start(1)) is None
            and _name_neighbour(before.group(1), frisian)
            and not (given and listed_given(before.group(1)))
        ):
            a = before.start(1)
        after = _LOWER_WORD_AFTER.match(text, end)
        if (
            after is not None
            and _name_neighbour(after.group(1), frisian)
            and not (given and listed_given(after.group(1)))
        ):
            b = after.end(1)
        if (a, b) != (start, end):
            out.append((a, b))
    return out
