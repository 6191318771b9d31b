"""Document-level name consistency: a name found as PERSON once is PERSON at its other mentions too.

Most of the NER model's person-name misses are not unseen names but the right span with the wrong
type (``Vandenbroucke`` as ORG or LOC) or a later short mention (``De Vries`` after ``Jan de Vries``).
A post-processor sees the whole text: it takes every PERSON finding, derives the forms the same
person is written as (the full name, the surname with its particles, a listed first name), marks
their other mentions as PERSON and drops LOCATION findings that were such a mention. Overlapping
PERSON findings from different recognisers are merged into one span.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afscherm.detectors.date_of_birth import birthday_word, in_birthday_list
from afscherm.detectors.field_context import header_cell, table_columns
from afscherm.detectors.findings import Finding
from afscherm.detectors.name_slots import other_writings, person_placed, word_like
from afscherm.detectors.ner_gate import Covered
from afscherm.detectors.org_guard import in_organisation_name
from afscherm.detectors.person_name import (
    CAP_WORD,
    CHAT_WORDS,
    COMPANY_INITIALS,
    INITIALS,
    KIN_WORD_SET,
    PARTICLE_RE,
    PARTICLE_SET,
    SCORE_STRONG,
    STOP,
    TITLE_SET,
    _role_word,
    alphabet_spelled_word,
    clean_persons,
    common_words,
    coordinated_names,
    double_first_name,
    family_names,
    first_names,
    form_label_kind,
    frequent_family_names,
    is_compound_noun,
    is_family_name,
    is_first_name,
    is_orgish,
    merge,
    non_person_entities,
    pair_first_names,
    pet_forms_of,
    places,
    word_set,
)
from afscherm.detectors.text_facts import without_accents

if TYPE_CHECKING:
    from spacy.tokens import Doc

# (compiled once: asked of every PERSON finding)
_INITIALS_WORD = re.compile(r"(?:\w\.)+")
_CUE_WORD = re.compile(r"[\w-]+")
_OPENING_INITIAL = re.compile(r"[A-Z]\.")


def finding_order(f: Finding) -> tuple[int, int, str, float, str]:
    """A finding's fields in the dataclass's order: the order ``sorted(findings)`` gives, without its Python-level
    ``__lt__`` per comparison."""
    return (f.start, f.end, f.entity_type, f.score, f.recognizer)


RECOGNIZER = "NameConsistency"
NER_RECOGNIZER = "SpacyNer"  # detectors.analyzer.NER_RECOGNIZER: the spaCy pipeline's entities
PERSON_RECOGNIZER = "PersonNameRecognizer"  # detectors.person_name: the name rules
PLACE_RECOGNIZER = "PlaceNameRecognizer"  # detectors.place_names: the gazetteer of places
SCORE = 0.6  # a repeat mention is as good as the weakest evidence that produced the name
MIN_SEED_SCORE = 0.5
# Recognisers whose names vouch for their other mentions as written, as a person cue does: a name in brackets that
# says whose it is ("Hân (mẹ Khang): Khang komt graag!"; contact_names.names_in_brackets)
VOUCHED_RECOGNIZERS = frozenset({"BracketedName"})


def name_forms(name: str) -> set[str]:
    """The ways a person named ``name`` is mentioned again in the same document; a register's "Surname, Given" as
    "Given Surname" ("El Idrissi, Youssef" ... "Welkom Youssef!")."""
    family, comma, given = name.partition(",")
    if comma and family.strip() and given.strip() and "," not in given:
        return name_forms(f"{given.strip()} {family.strip()}") | {f for f in {" ".join(name.split())} if usable(f)}
    words = name.split()
    forms = {" ".join(words)}
    if len(words) < 2:
        return {f for f in forms if usable(f)}
    # The surname: everything after the first names and initials, particles included.
    i = 0
    while i < len(words) - 1 and (is_first_name(words[i]) or _INITIALS_WORD.fullmatch(words[i])):
        i += 1
    if i:
        surname = words[i:]
        forms.add(" ".join(surname))
        if surname[0].lower() in PARTICLE_SET:
            # Without a first name Dutch capitalises the particle: "Jan de Vries" -> "De Vries".
            forms.add(" ".join([surname[0].capitalize(), *surname[1:]]))
        if is_first_name(words[0]):
            forms.add(words[0])
    elif len(words) == 2 and unlisted_given_name(words[0], words[1]):
        # "Lander Janssens": an unlisted given name before a listed surname is that person's name alone too
        forms.update(words)
    elif len(words) == 2 and unlisted_surname(words[0], words[1]):
        # "Seun Adeyemi" ... "Let op: Adeyemi stond vorig jaar ook bij ons": a name neither list holds is still
        # mentioned again by its surname alone (tuning_46); its given name alone stays unsaid, it is no list's either.
        forms.add(words[1])
    return {f for f in forms if usable(f)}


def _plain_name_word(word: str) -> bool:
    """A capitalised word of letters (``Adeyemi``), no Dutch or English word (``Network Information``), place or
    organisation word."""
    return (
        word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and not word_like(word)
        and word.lower() not in places()
        and not is_orgish(word)
    )


def unlisted_surname(first: str, last: str) -> bool:
    """``first last``, a two-word name of which neither word is listed, whose ``last`` may be said alone for the
    person: both plain capitalised words (see ``_plain_name_word``), the surname four letters or more.

    >>> unlisted_surname("Seun", "Adeyemi"), unlisted_surname("Nkechi", "Ogunleye")
    (True, True)
    >>> unlisted_surname("Seun", "Zwolle"), unlisted_surname("Seun", "Bakker"), unlisted_surname("Li", "Wu")
    (False, False, False)
    """
    return (
        len(last) >= 4
        and len(first) >= 3
        and not is_first_name(first)
        and not is_family_name(last)
        and _plain_name_word(first)
        and _plain_name_word(last)
    )


def is_frequent_surname(word: str) -> bool:
    return word.lower() in frequent_family_names()


def unlisted_given_name(first: str, last: str) -> bool:
    """``first`` is a given name the lists lack, written before the listed surname ``last``: capitalised letters,
    no common word, no frequent surname itself (``Lander Janssens``; not ``Jansen Smit`` or ``Bouw Janssens``)."""
    return (
        first.isalpha()
        and first[:1].isupper()
        and not first.isupper()
        and len(first) >= 3
        and is_family_name(last)
        and not is_frequent_surname(first)
        and first.lower() not in common_words()
        and not is_orgish(first)
    )


def is_confident_person(name: str) -> bool:
    """Seeds worth spreading: two or more words, or a word from the name lists. A single unlisted word
    tagged PER once (``Antwerpen``, ``Tectrade``) is as likely a type confusion as a name."""
    words = name.split()
    return len(words) > 1 or any(
        w.lower() in first_names() or w.lower() in family_names() or double_first_name(w.lower()) for w in words
    )


def unsupported(text: str, f: Finding, forms: set[str]) -> bool:
    value = text[f.start : f.end]
    return (
        f.recognizer == NER_RECOGNIZER
        and len(value.split()) == 1
        and not is_confident_person(value)
        and value not in forms
        and not value.isupper()
    )


# Words around a bare surname that say it is a person: a role before it, a verb of saying after it.
CUES_BEFORE = word_set(
    """
    minister premier president voorzitter coach trainer broer zus zuster vrouw echtgenote echtgenoot zoon dochter
    vader moeder collega heer mevrouw meneer zanger zangeres acteur actrice schrijver schrijfster regisseur
    advocaat burgemeester kapitein generaal prins prinses koning koningin paus kardinaal bisschop dokter
    professor manager directeur woordvoerder woordvoerster journalist fotograaf kunstenaar kunstschilder
    ploegmaat doelman keeper middenvelder verdediger aanvaller renner wielrenner tennisser atleet piloot ceo
    topman oprichter leider auteur vriend vriendin verloofde weduwe senator kamerlid gouverneur ambassadeur
    rechter onderzoeksrechter procureur aanklager verdachte slachtoffer dader patiënt klant zei vroeg zegt
    vertelt vertelde herinnerde verklaarde antwoordde aldus
    """
)
CUES_AFTER = word_set(
    """
    zei zegt vertelt vertelde verklaarde verklaart aldus meent vond vindt denkt dacht beweert benadrukt
    benadrukte antwoordt antwoordde reageert reageerde lacht lachte glimlacht schreef schrijft zong speelde
    scoorde won overleed stierf trouwde vroeg vraagt belde belt mailde
    """
)


def has_person_cue(text: str, start: int, end: int) -> bool:
    if text[start - 1 : start] == "@" and start > 0:
        return True  # a chat's mention names a member ("@Dinara moet ..." ... "Dinara gaat morgen mee")
    before = _CUE_WORD.findall(text[max(0, start - 30) : start].lower())
    after = _CUE_WORD.findall(text[end : end + 30].lower())
    return bool(before and before[-1] in CUES_BEFORE) or bool(after and after[0] in CUES_AFTER)


def usable(form: str) -> bool:
    """Forms that are safe to look for: at least 3 letters, capitalised, not a common word or label."""
    return (
        len(form) >= 3
        and form[:1].isupper()
        and form.lower() not in STOP
        and not form.isupper()
        and (form not in non_person_entities() or _first_name_the_model_saw_as_org(form))
    )


def _first_name_the_model_saw_as_org(form: str) -> bool:
    """A listed first name, no common word, that the training data knows only inside organisations' names (``Vincent``,
    ``Joris``, ``Iris``): once a person in the document, they are that person at their other mentions too (not a place
    the data knows, ``Milan``, ``Lima``: their mentions are as likely the place)."""
    return non_person_entities().get(form) == "ORG" and is_first_name(form) and form.lower() not in common_words()


def lower_forms(name: str) -> set[str]:
    """Chat writes names in lower case (``sanne: ok`` … ``ja sanne heeft gelijk``): the lower-case first name of
    a name the recognisers found, when no common or word-like word is written the same (``daan``, not
    ``roos``), as a form of its other mentions. A name the recognisers found in lower case also marks its
    own later mentions: a surname with its particle (``joost de graaf`` … ``de graaf``), a lone surname or
    nickname that is no common word (``mijn naam is pietersen, p. pietersen``, ``[09:12] jordy_b: …``). The first
    name in capitals is a form too (``Arjan: …`` … ``KAN ARJAN HEM HELPEN?``)."""
    words = name.split()
    first = words[0].lower() if words else ""
    # (in capitals too: a turn typed with caps lock on names the chat's other speaker, "KAN ARJAN HEM INSTELLEN?")
    forms = {first, first.upper()} if first in pair_first_names() else set()
    if not name.islower():
        return forms
    unlisted_word = first not in common_words() and first not in STOP
    if len(words) == 1 and (len(first) >= 3 or first in first_names()) and unlisted_word:
        forms.add(first)
    elif len(words) >= 3 and words[1] in PARTICLE_SET and first in first_names():
        forms.add(" ".join(words[1:]))
    elif len(words) == 2 and first in first_names():
        # a surname with its particle glued on ("kevin dejong" … "dejong ja", "de jong?"): no common word
        forms |= _glued_particle_forms(words[1])
        # a surname no word is written the same as: the family's other members ("shirin soltani" … "kaveh soltani is my
        # brother", tuning_50)
        last = words[1]
        if (
            len(last) >= 4
            and last.isalpha()
            and last not in common_words()
            and last not in STOP
            and not word_like(last)
        ):
            forms.add(last)
    elif len(words) >= 2 and len(first) >= 4 and first.isalpha() and not word_like(first):
        # a first name no list knows, found with the surname ("meneer majd al-khatib" … "dan krijgt majd een sms",
        # tuning_40 hw40-0029): no word, so each of its mentions is the person
        forms.add(first)
    return forms


def pet_forms(name: str) -> set[str]:
    """A chat calls a person it names by a first name by that name's pet forms too (``ward: ok`` ... ``merci
    wardje``, ``Ruud`` ... ``ruudje``): the diminutive and the ``-ie``/``-y`` forms (:func:`pet_forms_of`) of the
    listed first name a found name opens with, lower case and capitalised. Not of a first name that is a common
    word (``roos``: ``roosje`` is a little rose), nor a form that is a common, chat or listed word itself."""
    words = name.split()
    first = words[0].lower() if words else ""
    if not first.isalpha() or first in common_words() or first in STOP or not is_first_name(first, lowercase_ok=True):
        return set()
    forms = {f for f in pet_forms_of(first) if f not in common_words() and f not in CHAT_WORDS and f not in STOP}
    return forms | {f.capitalize() for f in forms}


# A first name clipped to its opening letters is the same person's call name in a chat ("Djanira" ... "djani heb
# je", "Yohannes" ... "yoh stuur", "Mădălina" ... "Mădă", tuning_68 ... 76): three letters at least, two dropped.
_MIN_CLIP = 3


def clipped_forms(name: str) -> set[str]:
    """The clipped call names of the first name a found name opens with (see :data:`_MIN_CLIP`), lower case and
    capitalised, where no word is written the same (``djani``; not ``tijm`` of ``Tijmen``, nor ``dan`` of ``Daniël``).
    Not of a first name that is a word itself, nor of a name written surname first, with initials or a particle
    first."""
    words = name.split()
    first = words[0] if words else ""
    lowered = first.lower()
    if "," in name or not first.isalpha() or len(first) < _MIN_CLIP + 2 or lowered in PARTICLE_SET:
        return set()
    if word_like(lowered) or (len(words) > 1 and not is_first_name(lowered, lowercase_ok=True)):
        return set()
    clips = {lowered[:k] for k in range(_MIN_CLIP, len(first) - 1)}
    clips = {c for c in clips if not word_like(c) and c not in CHAT_WORDS}
    return clips | {c.capitalize() for c in clips}


# A particle a chat glues to the surname ("dejong", "vandam", "vdberg", "terhorst").
_GLUED_PARTICLE = re.compile(r"(van der|van den|van de|vander|vanden|vande|van|vd|de|der|den|ter|ten|te)(\w{3,})")


def _glued_particle_forms(surname: str) -> set[str]:
    """``surname`` and its particle written apart, when it is a particle glued to a listed surname that is no common
    word (``dejong``: ``de jong``); nothing for anything else."""
    m = _GLUED_PARTICLE.fullmatch(surname.replace(" ", ""))
    if m is None or surname in common_words() or surname in STOP:
        return set()
    particle = {"vd": "van de", "vander": "van der", "vanden": "van den", "vande": "van de"}.get(m.group(1), m.group(1))
    rest = m.group(2)
    if rest not in family_names() or rest in STOP:
        return set()
    return {surname, f"{particle} {rest}"}


def propagate_names(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    findings = clean_locations(text, clean_persons(text, german_nouns(text, findings)))
    persons = [f for f in findings if f.entity_type == "PERSON"]
    forms: set[str] = set()
    for f in persons:
        name = text[f.start : f.end]
        # A bare name with a person cue ("zei Barrichello") vouches for its other bare mentions too.
        if f.score >= MIN_SEED_SCORE and (
            is_confident_person(name) or has_person_cue(text, f.start, f.end) or f.recognizer in VOUCHED_RECOGNIZERS
        ):
            forms |= name_forms(name)
        if f.score >= MIN_SEED_SCORE and f.recognizer != NER_RECOGNIZER:
            forms |= lower_forms(name) | pet_forms(name)
        # a name spelled with a spelling alphabet ("d van dirk, e van eduard, ...") is said whole elsewhere too
        word = alphabet_spelled_word(name) if " " in name else None
        if word is not None and len(word) >= 3 and word not in common_words() and word not in STOP:
            forms |= {word, word.capitalize()}
        # ... and so is a name spelled letter by letter ("V-E-R-H-A-G-E-N" ... "Verhagen, en uw voornaam?")
        letters = spelled_word(name)
        if letters is not None and letters not in common_words() and letters not in STOP:
            forms |= {letters.capitalize(), letters.upper()}
    forms |= speaking_first_names(text, persons)
    # A lone unlisted word the model calls a person, with no fuller mention in the document and no
    # person cue around it (Swissair, Arinso, Meridian), is more often a company or place than a name.
    persons = [p for p in persons if not unsupported(text, p, forms)]
    # A name found once is the person in its other writings too (lower case, capitalised, capitals): anywhere when
    # the writing is no word, where a person stands when it is one ("Mark: ..." ... "vraag mark").
    placed: set[str] = set()
    for p in persons:
        # (the model's guesses vouch for no other writing: "UITTREKSEL BRP" ... "datum uittreksel")
        if p.score >= MIN_SEED_SCORE and p.recognizer != NER_RECOGNIZER:
            plain, worded = other_writings(text[p.start : p.end])
            forms |= plain
            placed |= worded
            forms |= clipped_forms(text[p.start : p.end])
    findings = [f for f in findings if f.entity_type != "PERSON"] + persons
    added: list[Finding] = []
    others = [f for f in findings if f.entity_type != "PERSON"]
    folded = {f.casefold() for f in forms} | {text[p.start : p.end].casefold() for p in persons}
    for s, e in spelled_names(text, folded):
        # (a PERSON finding over part of the run, the model's "Z, T, U, R, K. Zonder", is merged with it)
        if not any(o.start < e and s < o.end and o.entity_type != "PERSON" for o in findings):
            added.append(Finding(s, e, "PERSON", SCORE, RECOGNIZER))
    # (binary searches, not a test against every finding per mention: quadratic on a long text dense with names)
    person_spans = Covered((p.start, p.end) for p in persons)
    other_spans = Covered((o.start, o.end) for o in others)
    for s, e in mentions(text, forms):
        if person_spans.contains(s, e):
            continue
        # A longer non-PERSON finding around the mention (an address, an e-mail) keeps it.
        if other_spans.contains_other(s, e):
            continue
        added.append(Finding(s, e, "PERSON", SCORE, RECOGNIZER))
    for s, e in mentions(text, placed - forms):
        if not person_spans.contains(s, e) and not other_spans.contains_other(s, e) and person_placed(text, s, e):
            added.append(Finding(s, e, "PERSON", SCORE, RECOGNIZER))
    added += surnames_on_next_line(text, persons + added)
    added += [Finding(s, e, "PERSON", SCORE, RECOGNIZER) for s, e in names_before_their_birthdays(text, findings)]
    initialled = initials_call_name_and_surname(text)
    added += [Finding(s, e, "PERSON", SCORE, RECOGNIZER) for s, e in initialled]
    added += [Finding(s, e, "PERSON", SCORE, RECOGNIZER) for s, e in names_around_call_names(text, persons + added)]
    # a list beside a name the model found ("Klaas en Kees komen ook"): the recogniser saw only its own names; a
    # seed that names an organisation vouches for nothing ("Hertog Jan en Brand bier")
    seeds = [p for p in persons + added if not in_organisation_name(text, p)]
    added += [Finding(s, e, "PERSON", SCORE, RECOGNIZER) for s, e in coordinated_names(text, seeds)]
    added += [Finding(s, e, "PERSON", SCORE, RECOGNIZER) for s, e in column_mates(text, persons + added, others)]
    # The overlap resolver prefers LOCATION to PERSON; a place the model found where name evidence
    # says person (a mention of a known name, a recognised full name) is the model's type confusion.
    # A recogniser's strong evidence (a name field's value, a title, a signature) outweighs the model's
    # guess too: "Voornamen / Given names\nCORBIN" is a name even where the model calls the word a place.
    strong = added + [
        p
        for p in persons
        if p.recognizer != NER_RECOGNIZER and (is_confident_person(text[p.start : p.end]) or p.score >= SCORE_STRONG)
    ]
    # A name label's value that the gazetteer knows as a place too ("NAAM STEENBERGEN", "Achternaam: ZWOLLE"): the
    # label says whose it is, so the place finding over exactly that value goes.
    labelled = {(p.start, p.end) for p in persons if p.recognizer == PERSON_RECOGNIZER and p.score >= SCORE_STRONG}
    kept = [
        o
        for o in others
        if not (o.entity_type == "LOCATION" and o.recognizer == NER_RECOGNIZER and any(overlaps(o, a) for a in strong))
        and not (o.entity_type == "LOCATION" and o.recognizer == PLACE_RECOGNIZER and (o.start, o.end) in labelled)
        and not (
            o.entity_type == "LOCATION"
            and o.recognizer == PLACE_RECOGNIZER
            and _surname_after_particle(text, o, persons)
        )
        and not (o.entity_type == "LOCATION" and any(a <= o.start and o.end <= b for a, b in initialled))
    ]
    widened = with_broken_double_name(text, with_first_name_before(text, with_initials(text, persons + added)))
    widened = with_call_name_and_surname(text, with_arabic_surname(text, widened))
    persons_out = joined_double_names(text, merge(with_comma_given_names(text, widened)))
    # (a call name in brackets inside a name is no place: "Johanna (Riek) van den Heuvel", see CALL_NAME_AND_SURNAME)
    kept = [o for o in kept if not _bracketed_in_a_name(text, o, persons_out)]
    return sorted([*kept, *split_pairs_of_first_names(text, persons_out)], key=finding_order)


# A list of birthdays names each person right before the day ("verjaardagenlijst: wardje 3-3, handrie 21-7", "Jacq 4
# jan, Pien 19 feb, Toontje 27 mrt", tuning_79/80): a word opening a list's item (after its colon or a comma) right
# before a birthday found without its year is that person, when no word is written the same.
# (after a comma, a colon or the last item's "en"/"and"; a capitalised surname may follow the first name: "en Cobie
# Hogewoning 29-10", tuning_90)
_ITEM_NAME_BEFORE = re.compile(
    r"(?:^|(?:(?<=[:,])|(?<=[ \t]en)|(?<=[ \t]and))[ \t]+)"
    r"(?P<name>[^\W\d_]{3,20}(?:[ \t]+[A-ZÀ-Ý][^\W\d_]{2,25})?)[ \t]+$"
)
_DIGIT_RUN = re.compile(r"\d+")


def names_before_their_birthdays(text: str, findings: list[Finding]) -> list[tuple[int, int]]:
    """The names opening the items of a list of birthdays (see :data:`_ITEM_NAME_BEFORE`)."""
    out: list[tuple[int, int]] = []
    for f in findings:
        if f.entity_type != "DATE_OF_BIRTH" or len(_DIGIT_RUN.findall(text, f.start, f.end)) > 2:
            continue  # (a birthday without its year, as such lists keep them: "3-3", "27 mrt")
        m = _ITEM_NAME_BEFORE.search(text, max(0, f.start - 48), f.start)
        if m is None or any(word_like(w) or w.lower() in CHAT_WORDS for w in m.group("name").split()):
            continue
        if birthday_word(m.group("name")):
            continue
        if not in_birthday_list(text, m.start("name")):
            continue
        if any(o.start < m.end("name") and m.start("name") < o.end for o in findings):
            continue
        out.append(m.span("name"))
    return out


# Initials, a call name in brackets and the surname: a register's way to write a person ("H.J. (Riky) van
# Kollenburg", "A.L. (Nardje) Hoppenbrouwers", tuning_79), the whole a name though no list holds its parts (a
# particle's surname is no place: "van Kollenburg").
_INITIALS_CALL_NAME_SURNAME = re.compile(
    rf"(?<![\w.]){INITIALS}[ ]?\({CAP_WORD}\)[ ](?:(?:{PARTICLE_RE})[ ])*{CAP_WORD}(?:-{CAP_WORD})?(?![\w@'-])"
)


def initials_call_name_and_surname(text: str) -> list[tuple[int, int]]:
    """Names written as initials, a bracketed call name and a surname (see :data:`_INITIALS_CALL_NAME_SURNAME`)."""
    if ". (" not in text and ".(" not in text:
        return []
    return [m.span() for m in _INITIALS_CALL_NAME_SURNAME.finditer(text)]


def _bracketed_in_a_name(text: str, o: Finding, persons: list[Finding]) -> bool:
    """Whether the place ``o`` stands in brackets inside a person's name."""
    return (
        o.entity_type == "LOCATION"
        and text[o.start - 1 : o.start] == "("
        and text[o.end : o.end + 1] == ")"
        and any(p.start < o.start and o.end < p.end for p in persons)
    )


# A table's column of people (a dump's "contact", "medewerker" or "eigenaar" column, whatever its header says): at least
# COLUMN_SEEDS different cells found as a person whole, half its filled cells or more (a tomato variety found twice in
# a column of five made no column of people, tuning_44). Its other cells shaped as a name are people too, though no
# list knows them (tuning_50: 'W. Postma-Tjalsma', 'Thilak Ranganathan' and 'Oane Wouda' under "contact" beside 'Hessel
# Hoekstra' and 'Sybren Kuindersma'). Shaped as a name: capitalised words, particles and initials, two words at least
# (one word is the column's person when a name list holds it and it is no word, not the header's 'Persoon'), no
# organisation's word nor a compound noun ('Loonbedrijf'), not all dictionary words, nothing else found in it (a place,
# a number), and not an organisation's name by the organisation guard ('... sprl').
COLUMN_SEEDS = 2
_COLUMN_NAME = re.compile(
    rf"(?:{INITIALS}|{CAP_WORD}|(?i:{PARTICLE_RE}))(?:[ \t]+(?:{INITIALS}|{CAP_WORD}|(?i:{PARTICLE_RE})))*"
)


def _column_name(value: str) -> bool:
    """Whether a table's cell ``value`` is shaped as a person's name (see ``COLUMN_SEEDS``).

    >>> names = ("W. Postma-Tjalsma", "Oane Wouda", "Loonbedrijf Wouda", "Goed Werk", "Piet", "Persoon")
    >>> [_column_name(v) for v in names]
    [True, True, False, False, True, False]
    """
    words = value.split()
    if not _COLUMN_NAME.fullmatch(value) or any(is_orgish(w) or is_compound_noun(w) for w in words):
        return False
    capitalised = [w for w in words if w[:1].isupper() and w.lower() not in PARTICLE_SET and not w.endswith(".")]
    if len(words) == 1:
        return (is_first_name(value) or is_family_name(value.lower())) and value.lower() not in common_words()
    return bool(capitalised) and not all(w.lower() in common_words() for w in capitalised)


def column_mates(text: str, persons: list[Finding], others: list[Finding]) -> list[tuple[int, int]]:
    """The cells of a table's column of people that name a person too (see ``COLUMN_SEEDS``)."""
    columns = table_columns(text) if "\n" in text else []
    seeds = [p for p in persons if p.recognizer != NER_RECOGNIZER and p.score >= MIN_SEED_SCORE]
    out: list[tuple[int, int]] = []
    for column in columns:
        filled = [(a, b) for a, b in column if any(c.isalpha() for c in text[a:b])]
        # (the model's guesses are no seed, and a cell only they found is vouched for here: the model's persons
        # without a list's or a context's support go later)
        whole = [(a, b) for a, b in filled if any(p.start <= a and p.end >= b for p in seeds)]
        if len({text[a:b] for a, b in whole}) < COLUMN_SEEDS or 2 * len(whole) < len(filled):
            continue
        for a, b in filled:
            if (a, b) in whole or any(f.start < b and a < f.end for f in others) or header_cell(text, a, b):
                continue  # (the column's own name over it: "Given Name")
            if _column_name(text[a:b]) and not in_organisation_name(text, Finding(a, b, "PERSON", SCORE, RECOGNIZER)):
                out.append((a, b))
    return out


# Two people the model took as one name: two capitalised first names joined by "&" or "en" ("Jeroen & Lisa", "Sanne en
# Bram"): each is a person of their own.
_FIRST_NAME_PAIR = re.compile(r"([A-Z][a-z\u00e0-\u00ff]{1,20})([ \t]+(?:&|en)[ \t]+)([A-Z][a-z\u00e0-\u00ff]{1,20})")


def split_pairs_of_first_names(text: str, persons: list[Finding]) -> list[Finding]:
    """Each PERSON finding that is exactly two listed first names joined by ``&`` or ``en`` (see _FIRST_NAME_PAIR),
    split into its two names; the others as they are. Both names stay covered: only the joiner is let go."""
    out: list[Finding] = []
    for f in persons:
        m = _FIRST_NAME_PAIR.fullmatch(text, f.start, f.end) if f.entity_type == "PERSON" else None
        if m is None or not (is_first_name(m.group(1)) and is_first_name(m.group(3))):
            out.append(f)
            continue
        out.append(Finding(m.start(1), m.end(1), "PERSON", f.score, f.recognizer))
        out.append(Finding(m.start(3), m.end(3), "PERSON", f.score, f.recognizer))
    return out


# A register's order, surname first: "Koolhaas, A. J.", and a chat's speaker label "De Vries, Anton:".
_COMMA_BETWEEN = re.compile(r",[ \t]+")
_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.[ \t]?)+")
_LABEL_END = re.compile(r"[ \t]*:")
_LABEL_START = re.compile(r"(?:^|\n)[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*)?\Z")


def with_comma_given_names(text: str, persons: list[Finding]) -> list[Finding]:
    """A capitalised surname and the initials after its comma as one name (``Koolhaas, A. J.``); with a listed
    first name after the comma only as a speaker's label (``[09:02] De Vries, Anton: …``): elsewhere a comma may
    part two people (``Jansen, Piet en Kees``)."""
    ordered = sorted(persons, key=lambda f: (f.start, f.end))
    out: list[Finding] = []
    i = 0
    while i < len(ordered):
        a = ordered[i]
        b = ordered[i + 1] if i + 1 < len(ordered) else None
        if b is not None and text[a.start : a.start + 1].isupper() and _COMMA_BETWEEN.fullmatch(text, a.end, b.start):
            given = text[b.start : b.end]
            label = (
                is_first_name(given)
                and _LABEL_END.match(text, b.end) is not None
                and _LABEL_START.search(text, max(0, a.start - 48), a.start) is not None
            )
            if _INITIALS_ONLY.fullmatch(given) or label:
                out.append(Finding(a.start, b.end, "PERSON", max(a.score, b.score), RECOGNIZER))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# A surname's particle that no phrase about a place has ("v/d Sluis", "van der Meer", "ter Horst"; not "van Zwolle").
_PARTICLE_BEFORE_PLACE = re.compile(r"(?i)(?:v/d|v\.d\.?|vd|van de[nr]?|ter|ten)[ \t]+\Z")


def _surname_after_particle(text: str, place: Finding, persons: list[Finding]) -> bool:
    """A place name the recognisers found as a name's surname, after its particle (``dr. M.A. v/d Sluis``): the
    person's, not the place."""
    return any(
        p.start < place.start
        and place.end <= p.end
        and p.recognizer != NER_RECOGNIZER
        and _PARTICLE_BEFORE_PLACE.search(text, p.start, place.start) is not None
        for p in persons
    )


# A double surname broken over a line end at its own hyphen ("G. Smeenge-\nBakker"): the second name's word.
BROKEN_DOUBLE_NAME = re.compile(r"-\n[ \t]*([A-Z][a-z]+|[A-Z]{2,})(?![\w-])")


def with_broken_double_name(text: str, persons: list[Finding]) -> list[Finding]:
    """Each name that ends at a hyphen closing its line widened over a listed surname opening the next line."""
    out = []
    for f in persons:
        m = BROKEN_DOUBLE_NAME.match(text, f.end) if text.startswith("-\n", f.end) else None
        if m is not None and m.group(1).lower() in family_names() and m.group(1).lower() not in STOP:
            f = Finding(f.start, m.end(1), f.entity_type, f.score, f.recognizer)
        out.append(f)
    return out


# An Arabic surname's particle joined to it by a hyphen, after a first name found alone: "Amira al-Ahdal", "yusuf
# el-amrani" (tuning_50; the hyphen keeps it from reading as a word, the particle from reading as two names).
ARABIC_SURNAME_AFTER = re.compile(r"[ \t]+(?:[Aa]l|[Ee]l|[Aa]bu|[Bb]en|[Bb]in)-[^\W\d_]{3,}(?![\w@-])")


def with_arabic_surname(text: str, persons: list[Finding]) -> list[Finding]:
    """Each first name found alone widened over an Arabic surname right after it (see ``ARABIC_SURNAME_AFTER``)."""
    out = []
    for f in persons:
        m = ARABIC_SURNAME_AFTER.match(text, f.end)
        if m is not None and " " not in text[f.start : f.end] and is_first_name(text[f.start : f.end]):
            f = Finding(f.start, m.end(), f.entity_type, f.score, f.recognizer)
        out.append(f)
    return out


# The call name a register or a letter puts in brackets between the given names and the surname, the surname's particles
# after it in lower case: "Wilhelmina Hendrika Johanna (Mien) van Dinther-Arts" (tuning_49; the given names found, the
# rest read as a place and a word). Between given names found and a capitalised surname, the bracketed word is a call
# name, listed or not ('Mien' is a word too).
CALL_NAME_AND_SURNAME = re.compile(rf"[ \t]+\({CAP_WORD}\)[ \t]+(?:(?:{PARTICLE_RE})[ \t]+)*{CAP_WORD}(?![\w@'-])")


def with_call_name_and_surname(text: str, persons: list[Finding]) -> list[Finding]:
    """Each name of given names found widened over a bracketed call name and the surname after it (see
    ``CALL_NAME_AND_SURNAME``)."""
    out = []
    for f in persons:
        m = CALL_NAME_AND_SURNAME.match(text, f.end) if text.startswith(" (", f.end) else None
        if m is not None and all(is_first_name(w) for w in text[f.start : f.end].split()):
            f = Finding(f.start, m.end(), f.entity_type, f.score, f.recognizer)
        out.append(f)
    return out


def speaking_first_names(text: str, persons: list[Finding]) -> set[str]:
    """The first word of a full name found in the text (``ik ben Goedele Vanhoutte``) that also labels a speaker's
    turns (``Goedele: Ja, …``): a first name, listed or not (the lists lack many Flemish, Frisian and foreign ones),
    so its other mentions are the person too."""
    if ":" not in text:
        return set()
    out = set()
    for f in persons:
        words = text[f.start : f.end].split()
        if not words or f.score < MIN_SEED_SCORE:
            continue
        first = words[0]
        if len(first) < 3 or not first[:1].isupper() or not first[1:].islower() or first.lower() in STOP:
            continue
        if _role_word(first) or first.lower() in KIN_WORD_SET:
            continue  # a role labels turns as no name does ("Tolk Arabisch: Ghassan." ... "Tolk: Ze zegt ...")
        if len(words) == 1:
            # a one-word name labelling a turn after its stamp ("14/09/2026, 08:20 - Efisio: si ma ...") is a name,
            # listed or not: said in the others' turns too ("Efisio jij hebt ...", "ci porta Efisio"), when it is no
            # word ("Mama:", "Ik:" are no findings)
            if (
                first.lower() not in common_words()
                and _FULL_NAME_LABEL_AFTER.match(text, f.end)
                and _TURN_OPENS_BEFORE.search(text, max(0, f.start - 40), f.start)
            ):
                out.add(first)
            continue
        label = first + ":"
        if text.startswith(label) or "\n" + label in text:
            out.add(first)
        elif _FULL_NAME_LABEL_AFTER.match(text, f.end) and _TURN_OPENS_BEFORE.search(
            text, max(0, f.start - 40), f.start
        ):
            # the full name labels a turn ("[29-05-26 08:44:30] Jericho Tolentino: ok"): its first name is a first
            # name, listed or not, in lower case too where no word is written so ("swap sat with jericho?", tuning_73)
            out.add(first)
            if first.lower() not in common_words() and first.lower() not in STOP:
                out.add(first.lower())
    return out


# A turn's label ends with a colon; it opens its line after a stamp ("[29-05-26 08:44:30] ", "14-05-2026 09:31 - ") or
# a WhatsApp contact's "~ " (not a form's label at a line's start: "Neue Adresse: ...", "Account Name: ...").
_FULL_NAME_LABEL_AFTER = re.compile(r"[ \t]*:[ \t]")
_TURN_OPENS_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:\[[^\]\n]{1,30}\][ \t]*|[\d/.:, -]{5,24}-[ \t]*)(?:~[ \t]?)?|~[ \t]?)\Z"
)


# The initials or given names before a call name in brackets, and the surname after it: ``R.J. (Reinier) van
# Oosterhout``, ``Johannes (Hans) Kleine``, ``C.M. (Carla) van Dalen-Ooms`` (how Dutch letters and forms write a person
# known by another name than their first given name).
_INITIALS_BEFORE_CALL_NAME = re.compile(r"(?<![\w.])(?:[A-Z]\.){1,5}[ \t]*\Z")
_WORDS_BEFORE_CALL_NAME = re.compile(r"(?:[A-Z][a-zà-ÿ]+[ \t]+){1,4}\Z")
# (one or two blanks: a form's wide gap starts its next column, "(Miel)          Geboortedatum:"; no label's colon)
_SURNAME_AFTER_CALL_NAME = re.compile(
    r"[ \t]{1,2}((?:(?:[vV]an|[dD]e[nr]?|[tT]e[nr]?|[hH]et|'t|[iI]n|[oO]p)[ \t]+){0,3}"
    r"[A-Z][a-zà-ÿ]+(?:-(?:(?:van|de|der|den)[ \t]+)?[A-Z][a-zà-ÿ]+)?)(?![\w-]|[ \t]*:)"
)


def _given_names_before(text: str, at: int) -> int | None:
    """Where the initials (``D.W.``) or the listed first names (``Johannes``, ``Anna Maria``) that end right before
    ``text[at]`` start, or None."""
    initials = _INITIALS_BEFORE_CALL_NAME.search(text, max(0, at - 16), at)
    if initials is not None:
        return initials.start()
    words = _WORDS_BEFORE_CALL_NAME.search(text, max(0, at - 60), at)
    if words is None:
        return None
    start = None
    for m in reversed(list(re.finditer(r"[A-Z][a-zà-ÿ]+", text[words.start() : at]))):
        if not is_first_name(m.group()):
            break  # ("Ondergetekende Johannes (Hans)": the first names end the label's word)
        start = words.start() + m.start()
    return start


def names_around_call_names(text: str, persons: list[Finding]) -> list[tuple[int, int]]:
    """A name found in brackets (``(Dirk)``) with initials or listed first names right before it and a capitalised
    surname right after it: the whole name, from the initials to the surname."""
    spans = []
    for f in persons:
        if text[f.start - 1 : f.start] != "(" or text[f.end : f.end + 1] != ")":
            continue
        start = _given_names_before(text, f.start - 1)
        after = _SURNAME_AFTER_CALL_NAME.match(text, f.end + 1)
        if start is None or after is None:
            continue
        surname = after.group(1).split()[-1].lower()
        if surname in STOP and not is_family_name(surname):
            continue  # a word after the brackets ("R.J. (Reinier) Bedankt"), not a surname
        spans.append((start, after.end(1)))
    return spans


# A surname alone on the start of the next line: particles and a capitalised word (``van Rossum,``) or a word in
# capitals (``BOS``), then the line's end or a comma.
NEXT_LINE_SURNAME = re.compile(
    r"[ \t]*\n[ \t]*((?:(?:van|de|der|den|ter|ten|het|'t|Van|De|Ter|Ten|VAN|DE|DER|DEN|TER|TEN)[ \t]+){0,3}"
    r"(?:[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?|[A-Z]{2,}(?:-[A-Z]{2,})?))[ \t]*(?=[,;]|\n|$)"
)


def surnames_on_next_line(text: str, persons: list[Finding]) -> list[Finding]:
    """A name of first names only that ends its line (an OCR'd letter or form broke it: ``1. Jan Willem`` /
    ``van Rossum, hierna ...``, ``LIAM`` / ``BOS``): the listed surname that opens the next line, as its own span."""
    out = []
    for f in persons:
        words = text[f.start : f.end].split()
        if not words or not all(is_first_name(w) for w in words):
            continue
        m = NEXT_LINE_SURNAME.match(text, f.end)
        if m is None:
            continue
        surname = " ".join(m.group(1).split())
        core = surname.split()[-1].lower()
        # a word that is also common only behind a particle ("van Wijngaarden,") or alone on its line ("BOS" under
        # "LIAM"), not before a comma ("Groep, ...")
        alone = text[m.end(1) : m.end(1) + 1] in ("\n", "")
        particle = " " in surname
        if is_family_name(surname.lower()) and core not in STOP and (alone or particle or core not in common_words()):
            out.append(Finding(m.start(1), m.end(1), "PERSON", SCORE, RECOGNIZER))
    return out


# Initials right before a name (``S. YILMAZ`` where the model found the surname alone), OCR's comma for a dot
# among them (``J,P. de Vries``, ``W,F. Lammers``), at a word start. (``\Z``, not ``$``: searched up to the name,
# ``$`` would match before a line break there too and take a line's last letter and dot, ``B D.\nMarjolein``.)
INITIALS_BEFORE = re.compile(r"(?<![\w.,])((?:[A-Z][.,][ \t]?){1,4})\Z")


def with_initials(text: str, persons: list[Finding]) -> list[Finding]:
    """Each name widened over the initials right before it: a dot among them or the name opening with an
    initial (``J,P.``), so a lone capital and comma (``A, Bakker``) is not taken; never a firm's letters."""
    out = []
    for f in persons:
        m = INITIALS_BEFORE.search(text, max(0, f.start - 12), f.start)
        if m is not None:
            letters = m.group(1).rstrip()
            opens_with_initial = _OPENING_INITIAL.match(text[f.start : f.start + 2]) is not None
            if ("." in letters or opens_with_initial) and letters.replace(",", ".") not in COMPANY_INITIALS:
                f = Finding(m.start(1), f.end, f.entity_type, f.score, f.recognizer)
        elif is_capitals_surname(text[f.start : f.end]):
            # a bank statement or OCR'd form prints initials without dots before a surname in capitals ("P JANSEN")
            bare = BARE_INITIALS_BEFORE.search(text, max(0, f.start - 8), f.start)
            if bare is not None:
                f = Finding(bare.start(1), f.end, f.entity_type, f.score, f.recognizer)
        out.append(f)
    return out


# A capitalised word right before a name that opens with an initial ("Danny R. van Os", "Marloes J.K. Bakker").
FIRST_NAME_BEFORE = re.compile(r"(?<![\w.'-])([A-Z][a-zà-ÿ]{1,20})[ \t]+\Z")
_OPENS_WITH_INITIAL = re.compile(r"[A-Z]\.")


def with_first_name_before(text: str, persons: list[Finding]) -> list[Finding]:
    """Each name that opens with an initial widened over the listed first name right before it: the given name
    written out and the middle names as initials (``Danny R. van Os``)."""
    out = []
    for f in persons:
        if _OPENS_WITH_INITIAL.match(text, f.start):
            m = FIRST_NAME_BEFORE.search(text, max(0, f.start - 24), f.start)
            if m is not None and is_first_name(m.group(1)) and m.group(1).lower() not in STOP:
                f = Finding(m.start(1), f.end, f.entity_type, f.score, f.recognizer)
        out.append(f)
    return out


# One to three capitals without dots before a name, after a label's colon, a wide gap or the line start: "P JANSEN".
BARE_INITIALS_BEFORE = re.compile(r"(?:^|(?<=[:\n])|(?<=[:\n][ \t])|(?<=[ \t]{2}))[ \t]*((?:[A-Z][ \t]){1,3})\Z")


def is_capitals_surname(value: str) -> bool:
    """``value`` is a surname in capitals (``JANSEN``, ``VAN DER LAAN``): its last word a listed family name."""
    words = value.split()
    return value.isupper() and len(words[-1]) >= 3 and words[-1].lower() in family_names()


# What stands between the two halves of a double surname written with a spaced dash ("van Beek - Kuipers").
_DOUBLE_NAME_DASH = re.compile(r"[ \t]?[-\u2013\u2014][ \t]?")


def joined_double_names(text: str, persons: list[Finding]) -> list[Finding]:
    """Two names with only a dash between them (``T.H.M. van Beek - Kuipers``, a married woman's double name)
    are one name, unless the second opens with a first name (a list of people)."""
    out: list[Finding] = []
    for f in sorted(persons, key=finding_order):
        last = out[-1] if out else None
        if (
            last is not None
            and f.start - last.end <= 3
            and _DOUBLE_NAME_DASH.fullmatch(text, last.end, f.start)
            and text[f.start : f.start + 1].isupper()
            and not is_first_name(text[f.start : f.end].split()[0])  # "Jan Jansen - Piet Pieters": two people
        ):
            out[-1] = Finding(last.start, f.end, "PERSON", max(last.score, f.score), last.recognizer)
        else:
            out.append(f)
    return out


# A word spelled out letter by letter: "W-I-J-F-F-E-L-S", "d e  v r i e s", "p.i.e.t.e.r.s.e.n", "O, Z, T, U, R, K";
# the Dutch "ij" is spelled as one letter ("W-IJ-N-A-N-D-S").
# A caller spells a double letter "dubbel T" and a hyphen "streepje" ("P, A, dubbel T, I, A, S, I, N, A", "A, S, A, N,
# T, E, streepje, O, W, U, S, U": tuning_49, tuning_50, tuning_52): items of the run too.
_SPELLED_LETTER = r"(?:IJ|ij|Ij|[A-Za-zÀ-ÿ])"
_SPELLED_ITEM = rf"(?:(?i:dubbel)[ \t]+{_SPELLED_LETTER}|(?i:streepje|koppelteken)|{_SPELLED_LETTER})"
SPELLED = re.compile(
    rf"(?<![\w.-]){_SPELLED_ITEM}(?:(?:[ \t]?[-.][ \t]?|,?[ \t]{{1,2}}){_SPELLED_ITEM}){{3,}}(?![\w-])"
)
SPELLED_ITEMS = re.compile(rf"(?i:dubbel)[ \t]+({_SPELLED_LETTER})|(?i:streepje|koppelteken)|{_SPELLED_LETTER}")


def _spelled_items(run: str, at: int) -> list[tuple[int, str]]:
    """Each item of a spelled run (see ``SPELLED``) at offset ``at``: (where it ends, what it writes).

    >>> [w for _, w in _spelled_items("P, A, dubbel T, I, streepje, O", 0)]
    ['P', 'A', 'TT', 'I', '-', 'O']
    """
    return [
        (at + m.end(), 2 * m.group(1) if m.group(1) else "-" if len(m.group()) > 2 else m.group())
        for m in SPELLED_ITEMS.finditer(run)
    ]


# What every spelled word holds: its second and third letters, each between separators. This pattern starts with a
# character class, so the regex engine skips ahead to the next separator; SPELLED, which opens with a look-behind,
# is run only in the few texts that have it.
SPELLED_PAIR = re.compile(rf"[ \t.-]{_SPELLED_LETTER}(?:[ \t]?[-.][ \t]?|,?[ \t]{{1,2}}){_SPELLED_LETTER}[ \t.,-]")


def spelled_names(text: str, names: set[str]) -> list[tuple[int, int]]:
    """Spans where a caller spells a name out (``ja, W-I-J-F-F-E-L-S``): the letters joined are a name found in
    the same text (``names``, case-folded) or a listed surname or first name that is no common word."""
    if SPELLED_PAIR.search(text) is None:
        return []
    out = []
    # (a name of two words is spelled without its space: "E L, H A M D A O U I" for El Hamdaoui)
    squeezed = {re.sub(r"[^\w]", "", name) for name in names if not name.isalpha()}
    # (a caller spells a name's accented letters plainly: "H, U, D, A, K" for Hudák, tuning_59)
    names = names | squeezed
    # (and a surname without its particles: "Van Andel. Met één L. A, N, D, E, L.", tuning_53)
    names |= {name.split()[-1] for name in names if " " in name and len(name.split()[-1]) >= 3}
    names |= {without_accents(name) for name in names}
    out += _remarked_runs(text, names)
    out += _short_spelled_runs(text)
    for m in SPELLED.finditer(text):
        items = _spelled_items(m.group(), m.start())
        start = m.start()
        # (no name opens with a dash: "met een streepje, B, L, E, W, S, K, A" spells an accent, then the letters)
        while len(items) > 1 and items[0][1] == "-":
            start = items[0][0]
            while text[start] in " \t,.-":
                start += 1
            items = items[1:]
        # The run may have taken the last letter of a sentence before it, a dot after it where commas part the
        # others ("Met één L. A, N, D, E, L.", tuning_53): the spelled word starts after that dot.
        lead = _SENTENCE_LETTER.match(text, m.start())
        if lead is not None and len(items) > 4:
            items, start = items[1:], lead.end()
        # The run may have taken the one-letter word opening the next sentence ("F-I-G-U-E-I-R-E-D-O. I stay",
        # tuning_48; "B-A-K-K-E-R. U hoort"): the spelled word is tried without its last letter or two as well.
        for drop in range(SPELLED_RUN_OVER + 1):
            if len(items) - drop < 4:
                break
            end = items[len(items) - 1 - drop][0]
            if drop and text[end : end + 1] != ".":
                break  # (only a sentence's end parts the spelled word from the letters after it)
            joined = "".join(w for _, w in items[: len(items) - drop]).casefold()
            listed = (joined in family_names() or joined in first_names()) and joined not in common_words()
            # a word said and then spelled ("met Bakker, B a k k e r"): a caller spells a name, even one that is
            # also a word; the word is the name too
            said = SAID_BEFORE.search(text, max(0, start - 40), start)
            if said is not None and said.group(1).casefold() == joined:
                out.append(said.span(1))
            elif not (joined in names or listed or _spelling_asked(text, start)):
                continue
            out.append((start, end))
            break
    return out


SPELLED_RUN_OVER = 2  # letters a spelled run may have taken from the next sentence (see ``spelled_names``)
# A spelled run's first letter that ends a sentence: a dot and a blank after it, a comma after the next letter.
_SENTENCE_LETTER = re.compile(rf"{_SPELLED_LETTER}\.[ \t]+(?={_SPELLED_LETTER},)")
# A name spelled in parts with a remark between them, on an accent or on the next part ("P, E, R, K, O, en dan V, I,
# C", "H, O, D, Z met zo'n dakje, I, C", "T, O mit Umlaut, B, B, E, N": tuning_59, tuning_60): letter groups, and
# between two of them one to four words.
_SPELLED_GROUP = rf"{_SPELLED_ITEM}(?:(?:[ \t]?[-.][ \t]?|,?[ \t]{{1,2}}){_SPELLED_ITEM})*"
_GROUP_REMARK = r",?[ \t]+(?:(?:[^\W\d_]|['’]){2,}[ \t]+){0,3}(?:[^\W\d_]|['’]){2,},?[ \t]+"
SPELLED_CHAIN = re.compile(rf"(?<![\w.-]){_SPELLED_GROUP}(?:{_GROUP_REMARK}{_SPELLED_GROUP})+(?![\w-])")
SPELLED_GROUP = re.compile(rf"(?<![\w.'’-]){_SPELLED_GROUP}(?![\w'’-])")
# A remark that ends with an article names the letter it is about ("met een haakje op de c", "met een H", "met een
# streepje"), one that opens with "van" spells a letter by a word ("W van Willem"): no part of the name.
_DASH_AFTER_ARTICLE = re.compile(r"(?i:streepje|koppelteken),?[ \t]+")
_REMARK_ON_LETTER = re.compile(r"(?i)\b(?:de|het|the|der|die|das|dem|la|le|el|een|an?|ein|einem)\W*$|^\W*van\b")


# Two or three letters spelled with commas ("V, U", "L, O"): a short name (Vu, Lo, Vo) spelled after it is said, or
# answering a question how the name is written at the turn's start (tuning_53, tuning_54, tuning_56).
SHORT_SPELLED = re.compile(rf"(?<![\w.,-])({_SPELLED_LETTER}(?:,[ \t]?{_SPELLED_LETTER}){{1,2}})(?![\w-]|,[ \t]?\w\b)")
# The word said before it: right before a dot or a comma, or with one word between ("Lo los, L, O").
_SAID_SHORT = re.compile(r"(?<![\w-])([^\W\d_]{2,3})(?:[ \t]+[^\W\d_]{2,8})?[ \t]*[.,:]?[ \t]*\Z")
_TURN_START = re.compile(r"(?:^|\n)[^\n:]{1,30}:[ \t]*\Z")


def _short_spelled_runs(text: str) -> list[tuple[int, int]]:
    """Spans of ``SHORT_SPELLED`` runs that spell the word said right before them, or open a turn that answers how a
    name is written."""
    if ", " not in text and "," not in text:
        return []
    out: list[tuple[int, int]] = []
    for m in SHORT_SPELLED.finditer(text):
        joined = "".join(w for _, w in _spelled_items(m.group(1), m.start(1))).casefold()
        said = _SAID_SHORT.search(text, max(0, m.start() - 20), m.start())
        spells_said = said is not None and said.group(1).casefold() == joined
        answers = _TURN_START.search(text, max(0, m.start() - 40), m.start()) is not None
        if spells_said or answers and _spelling_asked(text, m.start()):
            out.append(m.span(1))
    return out


def _remarked_runs(text: str, names: set[str]) -> list[tuple[int, int]]:
    """Spans of the letter groups of a name spelled in parts with remarks between them (``SPELLED_CHAIN``), when the
    letters joined write a name of ``names`` (case-folded, also without accents) or answer a question how a name is
    written (``P, E, R, K, O, en dan V, I, C``: the two groups, not the remark)."""
    out: list[tuple[int, int]] = []
    for chain in SPELLED_CHAIN.finditer(text):
        groups: list[tuple[int, int]] = []
        for g in SPELLED_GROUP.finditer(text, chain.start(), chain.end()):
            span = g.span()
            # "W, R, O met een streepje, B, E, L" (tuning_73): the dash an article leads is the letter's accent, said in
            # the remark; the group is the letters after it
            dash = _DASH_AFTER_ARTICLE.match(text, *span) if groups else None
            if dash is not None and _REMARK_ON_LETTER.search(text[groups[-1][1] : span[0]]) and dash.end() < span[1]:
                span = (dash.end(), span[1])
            if groups and _REMARK_ON_LETTER.search(text[groups[-1][1] : span[0]]):
                break  # "..., met een haakje op de c": the chain ends before the letter a remark is about
            groups.append(span)
        if len(groups) < 2:
            continue
        joined = "".join(w for s, e in groups for _, w in _spelled_items(text[s:e], s)).casefold()
        if len(joined) < 4 or (joined not in names and not _spelling_asked(text, chain.start())):
            continue
        out += groups
    return out


# A question how a name is written or spelled, in the turn before a spelled run: the run answers it, the name listed or
# not ("Hoe schrijft u uw achternaam?" / "A, L, streepje, J, U, B, O, U, R, I", tuning_52).
_SPELLING_ASKED = re.compile(
    r"(?i)(?:naam[^\n]{0,60}(?:spel|schrijf|schrijv)|(?:spel|schrijf|schrijv)[^\n]{0,60}naam)[^\n]*\n[^\n]*$"
)


def _spelling_asked(text: str, start: int) -> bool:
    """Whether the line before the spelled run at ``start`` asks how a name is written (``_SPELLING_ASKED``)."""
    return _SPELLING_ASKED.search(text, max(0, start - 240), start) is not None


def spelled_word(name: str) -> str | None:
    """The word a name spelled out letter by letter writes (lower case), or None.

    >>> spelled_word("V-E-R-H-A-G-E-N"), spelled_word("d e  v r i e s"), spelled_word("Verhagen")
    ('verhagen', 'devries', None)
    """
    if SPELLED.fullmatch(name) is None:
        return None
    return "".join(w for _, w in _spelled_items(name, 0)).casefold()


# The word right before a spelled run, with a comma, colon or dash between them.
SAID_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]{4,})[ \t]*[,:;-]?[ \t]*$")


def _word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_'-")


def mentions(text: str, forms: set[str]) -> list[tuple[int, int]]:
    """Whole-word occurrences of any of ``forms``, left to right, the longest form where several start
    at the same place, never overlapping (as a regex alternation of the forms, longest first, would find
    them; plain substring search is faster than compiling a new pattern for every document)."""
    found = []
    for form in forms:
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            if not _word_char(text, start - 1) and not _word_char(text, end):
                found.append((start, end))
            start = text.find(form, start + 1)
    out: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda se: (se[0], -se[1])):
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


STREET_ENDINGS = (
    "straat",
    "laan",
    "weg",
    "plein",
    "gracht",
    "singel",
    "dijk",
    "kade",
    "dreef",
    "hof",
    "steeg",
    "markt",
)


def implausible_place(value: str) -> bool:
    """A model LOCATION that is a product, company, label or common word ("MijnPortaal", "Subtotaal",
    "Motorola", "Fietsenmakerij"), unless a place list knows it."""
    if value in places() or non_person_entities().get(value) == "LOC":
        return False
    words = value.split()
    if any(is_orgish(w) for w in words):
        return True
    if len(words) != 1:
        return False
    word, lowered = words[0], words[0].lower()
    if lowered.endswith(STREET_ENDINGS):
        return False
    return (
        re.search(r"[a-z][A-Z]", word) is not None
        or lowered in STOP
        or lowered.rstrip(".") in TITLE_SET  # a form of address the model read as a place ("Aan: Fam. Dijkstra")
        or lowered in common_words()
        or is_compound_noun(word)
        or form_label_kind(word) is not None  # a form's name label as OCR damaged it ("Naarn", "Achternaarn")
    )


# Words only German writes (none a Dutch word): two on a line make it German. German capitalises every noun, so the
# model, which reads a capital mid-sentence as a name, takes "Hause", "Rezeption", "Und die Rechnung" for names there.
GERMAN_WORDS = frozenset(
    "und ist nicht ich mit auf für bitte danke sind haben wir aber auch schon gibt kein keine sehr meine mein ihr ihre"
    " unser unsere euch uns zu zum zur wäre würde können möchte grüße gruß herzlichen herzliche liebe lieber schönen"
    " schöner schöne vielen viele sie bis uhr habe bei ihnen eine einen einem jetzt doch wird kann muss sonst".split()
)
# Of those, the ones a model's span may open with before a name ("Meine Frau Brigitte", "Grüße aus Aachen").
_GERMAN_LEADS = GERMAN_WORDS | {
    "die", "der", "das", "den", "dem", "des", "ein", "aus", "von", "frau", "familie", "willkommen", "freundlichen",
    "freundliche", "besten", "beste", "guten", "hallo", "sehr", "geehrter", "geehrte", "herr", "an", "nach", "in",
    "ich",
}  # fmt: skip
# German's articles and determiners: a capitalised word after one is a noun ("meine Karte", "einen Bäcker"), however
# a surname list knows it.
_GERMAN_ARTICLE_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:die|der|das|den|dem|des|ein|eine|einen|einem|einer|meine|meinen|mein|ihre|ihren|ihr|im|am"
    # (an adjective between: "die alte Karte")
    r"|zum|zur|vom|beim|ins|zu|kein|keine|keinen)[ \t]+(?:[a-zäöüß]+[ \t]+)?$"
)
_WORD = re.compile(r"[^\W\d_]+")


def _german_line(text: str, pos: int) -> bool:
    """The line at ``pos`` holds two words of :data:`GERMAN_WORDS` or more, or one in a text that holds five."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : len(text) if end < 0 else end].lower()
    said = len({w for w in _WORD.findall(line) if w in GERMAN_WORDS})
    return said >= 2 or said == 1 and len({w for w in _WORD.findall(text.lower()) if w in GERMAN_WORDS}) >= 5


def german_nouns(text: str, findings: list[Finding]) -> list[Finding]:
    """The model's PERSON and LOCATION findings on a German line (:func:`_german_line`) without the German words they
    open with (``Meine Frau Brigitte``: ``Brigitte``); dropped when nothing is left, or one word that no name or place
    list knows (a person's: ``Rezeption``) or that an article leads (``meine Karte``, ``im Stau``). A rule's finding of
    German words alone (``Meine Frau``) is dropped too. Other findings, and other lines, pass unchanged."""
    if not any(w in text for w in ("und", "ist", "nicht", "bitte", "danke", "mit", "Und", "Bitte", "Danke")):
        return findings
    out: list[Finding] = []
    for f in findings:
        if f.entity_type not in ("PERSON", "LOCATION") or not _german_line(text, f.start):
            out.append(f)
            continue
        words = list(re.finditer(r"\S+", text[f.start : f.end]))
        if f.recognizer != NER_RECOGNIZER:
            # a rule's name of German words alone ("Meine Frau", "an": a first name's spelling, a German word here)
            if any(w.group().lower().strip(".,:;!?") not in _GERMAN_LEADS for w in words):
                out.append(f)
            continue
        # (German words, or any lower-case word, before the name: "Meine Frau Brigitte", "den doppelten Betrag")
        where = False  # a preposition of place stripped ("Grüße aus Aachen-Vaalserquartier"): a place follows
        while words and (words[0].group().lower().strip(".,:;!?") in _GERMAN_LEADS or words[0].group().islower()):
            where = words.pop(0).group().lower() in ("aus", "nach", "in", "bei")
        if not words or not any(c.isalpha() for w in words for c in w.group()):
            continue  # (nothing left, or no letter: the model's "🚗")
        start, end = f.start + words[0].start(), f.start + words[-1].end()
        value = text[start:end].strip(".,:;!?")
        if where:  # (this guard's reading now, which the model-place check below would not know)
            out.append(Finding(start, start + len(value), "LOCATION", f.score, RECOGNIZER))
            continue
        lowered = value.lower()
        article = _GERMAN_ARTICLE_BEFORE.search(text, max(0, start - 24), start) is not None
        # (a place the lists do not know is kept unless an article makes it a noun, "im Stau", "zu Hause": a German
        # district or street would leak, and a place kept costs less than one dropped)
        noun = article or (f.entity_type == "PERSON" and lowered not in family_names())
        if " " not in value and lowered not in first_names() and value not in places() and noun:
            continue  # a German noun ("Hause", "Rezeption"; "meine Karte", "einen Bäcker")
        out.append(Finding(start, start + len(value), f.entity_type, f.score, f.recognizer))
    return out


def clean_locations(text: str, findings: list[Finding]) -> list[Finding]:
    """Drop the NER model's implausible LOCATION findings; other recognisers' findings pass unchanged."""
    return [
        f
        for f in findings
        if not (
            f.entity_type == "LOCATION"
            and f.recognizer == NER_RECOGNIZER
            and (implausible_place(text[f.start : f.end]) or labels_a_field(text, f) or _column_label(text, f))
        )
    ]


def _column_label(text: str, f: Finding) -> bool:
    """A model place that is a whole cell of a table's header line ("Phone,Notes"), unless a place list knows it."""
    return header_cell(text, f.start, f.end) and text[f.start : f.end] not in places()


# What closes a form's label right after the word: "Ref.:", "Betreft:" (the model reads such a word as a place).
_LABEL_CLOSE = re.compile(r"\.?[ \t]*:")


def labels_a_field(text: str, f: Finding) -> bool:
    """A one-word model place that a colon closes as a form's label (``Ref.: 2025-118``), unless a place list knows
    it (``Amsterdam: 3 winkels``)."""
    value = text[f.start : f.end]
    return " " not in value and _LABEL_CLOSE.match(text, f.end) is not None and value not in places()


def overlaps(a: Finding, b: Finding) -> bool:
    return a.start < b.end and b.start < a.end
