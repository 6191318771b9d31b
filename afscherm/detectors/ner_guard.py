"""Plausibility checks for the statistical model's entities before they become findings.

The model was trained on newspaper prose; in support data it also tags currency codes, bank codes,
identifiers, field labels and dates ("EUR", "ABNA", "Tijdstip:", "Sat") as places. Names and places
never contain digits; a short all-caps or a lowercase word is a place only when it is a known one.

Nor is a single word that no place list knows, said without anything that makes it a place, when it reads as no
name: a word after an article (``de Philips koffiemachine``), or a common word (``Let op``) or all capitals
(``VCARD``) that no name list knows. The model guesses such words from their capital alone; a rare or listed name it
typed as a place stays, masked (fail closed). A word with place evidence stays as well: a street ending
(``Julianastraat``), a house number after it (``Meir 50``), a postcode before it, a locative word before it (``in``,
``naar``, ``te``, ``uit``, ``woonplaats``), or any place list knowing it (every Dutch woonplaats, municipality and BAG
street, Belgian and German places, ~40k towns worldwide, also as OCR damaged them). A listed first name the model
typed as a place, with no such evidence, is reported as the person it is (:func:`model_entity_type`: ``Bel Rob of
Mieke``).

Countries, provinces and regions stay places, although the gold conventions of issue 12 do not label them:
``ned.testa``, the model's yardstick, does (dropping them took its LOC F1 from 0.778 to 0.60).
"""

from __future__ import annotations

import re

from afscherm.detectors.context import ocr_folded
from afscherm.detectors.field_context import header_cell
from afscherm.detectors.location import is_known_place, street_suffix
from afscherm.detectors.org_guard import brands
from afscherm.detectors.person_name import (
    BOT_WORDS,
    FOREIGN_KIN_SET,
    KIN_WORD_SET,
    after_place_label,
    common_words,
    frequent_family_names,
    is_first_name,
    is_listed,
    non_person_entities,
    places,
    plausible_span,
)
from afscherm.detectors.place_names import lookup, normalise, street_names, world_only_places
from afscherm.detectors.text_facts import per_text_cache

_HAS_DIGIT = re.compile(r"\d")
# Day and month names (Dutch and English, full and abbreviated) from mail headers and dates.
CALENDAR_WORDS = frozenset(
    """mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday
    ma di wo do vr za zo maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    jan feb mar apr may jun jul aug sep sept oct nov dec mrt mei okt
    january february march april june july august september october november december
    januari februari maart juni juli augustus oktober""".split()
)
# The points of the compass: a district's, region's or team's part ("Amsterdam Oost", "wijkteam Oost"), which the model
# reads as a name.
COMPASS_WORDS = frozenset("noord oost zuid west noordoost noordwest zuidoost zuidwest midden centrum".split())
# SQL's keywords, which dumps and logs write in capitals before the values they hold.
SQL_KEYWORDS = frozenset(
    """insert into values select from where update set delete create table alter drop null not and or join left
    inner outer on order group by limit returning begin commit rollback copy distinct as""".split()
)
_LABEL_AFTER = re.compile(r"[ \t]*:")
# A form's or a document's field labels, compared as OCR damages them (``Geboortedaturn``, ``Docurnentnr``,
# ``Personeelsnr.``): scanned forms print them without a colon before the value, and the model reads the capital.
FORM_LABEL_WORDS = frozenset(
    ocr_folded(w)
    for w in """geboortedatum geboorteplaats geboortedag documentnummer documentnr persoonsnummer persoonsnr
    personeelsnummer personeelsnr loonheffingennummer loonheffingennr factuurnummer factuurnr nationaliteit geslacht
    handtekening burgerservicenummer klantnummer klantnr polisnummer polisnr vervaldatum afgiftedatum""".split()
)
# An object's fields right after a word: the repr or toString of a class in a log ("Customer(id=3301, name='…')").
_FIELDS_AFTER = re.compile(r"[({\[]\w{1,30}=")
# A field separator inside an entity: the model read two cells of a row as one name ("Schildersbedrijf
# Peters;Anja"); the name rules read each cell on its own.
_FIELD_SEPARATOR = re.compile(r"[;|\t]")
# A quote beside a comma: the value spans cells of an SQL tuple or a quoted CSV row ("Jannes Bernardus','Jannes',NULL,
# 'Tijhuis", tuning_102), no one name. (Kept, it covered the row's names the rules found, and the name post-processor
# then took those as its parts: the organisation guard dropped the model's span and nothing was left.)
_CELL_BOUNDARY = re.compile(r"['\"`][ \t]*,|,[ \t]*['\"`]")
ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:de|het|een)[ \t]+$")
# What makes an unknown word a place: a house number after it ("Meir 50", "Rue Neuve 3"), ...
_HOUSE_NUMBER_AFTER = re.compile(r"[ \t]+\d{1,5}(?!\d)")
# ... or, right before it, a locative word, a place label or a postcode ("in", "naar", "woonplaats:", "2000",
# "1012 AB").
_PLACE_CUE_BEFORE = re.compile(
    r"(?i:\b(?:in|uit|naar|te|vanuit|nabij|richting|woonplaats|plaats|woont|wonend|geboren|city|town|à|aus|nach))"
    r"[ \t:]+$|\b\d{4,5}(?:[ \t]?[A-Z]{2})?[ \t]+$"
)


def looks_like_no_name(text: str, start: int, end: int) -> bool:
    """The word reads as something else than a rare or listed name the model may have mistyped as a place: a word
    after an article (``de Bijenkorf``, ``de Philips koffiemachine``: Dutch puts none before a person's name), or a
    common word (``Let``) or all capitals (``VCARD``) that no name list knows."""
    if ARTICLE_BEFORE.search(text, max(0, start - 5), start) is not None:
        return True
    value = text[start:end]
    return (value.isupper() or value.lower() in common_words()) and not is_listed(value)


def has_place_evidence(text: str, start: int, end: int) -> bool:
    """A one-word model place that no list knows is a place only with a cue around it (see the module)."""
    value = text[start:end]
    if value in places() or value.title() in places() or street_suffix(value.lower()) is not None:
        return True
    if lookup(value) is not None or normalise(value) in street_names():
        return True  # any place list, also OCR-damaged (Arnhern), a BAG street without an ending (Weteringschans)
    if _HOUSE_NUMBER_AFTER.match(text, end):
        return True
    return _PLACE_CUE_BEFORE.search(text, max(0, start - 30), start) is not None


# "naar" before a word takes a person as well as a place ("vragen graag naar Ineke", "stuur het naar Ruud").
_TO_BEFORE = re.compile(r"(?i:\bnaar)[ \t]+$")


def frequent_surname(value: str) -> bool:
    """``value`` (capitalised) is one of the most frequent family names and no common word (``Schouten``)."""
    lowered = value.lower()
    return value[:1].isupper() and lowered in frequent_family_names() and lowered not in common_words()


def addressed_to_person(text: str, start: int, end: int) -> bool:
    """The model place after ``naar`` is a name that no place list knows: the person one writes or turns to
    (``vragen graag naar Ineke``), not a place (``naar Emmen`` is known)."""
    value = text[start:end]
    listed = lookup(value)
    if value in places() or value.title() in places() or (listed is not None and listed[0] not in world_only_places()):
        return False  # (a city of the world's list is a first name as often: "vragen naar Artem")
    if street_suffix(value.lower()) is not None or _HOUSE_NUMBER_AFTER.match(text, end):
        return False
    return _TO_BEFORE.search(text, max(0, start - 12), start) is not None


# A speaker a chat labels as a program: the name before "(bot)", "(chatbot)", "(virtuele assistent)" and a colon
# ("Flexi (bot): Hoi! Ik ben Flexi van WaalFlex", tuning_94): the program's name, wherever the text says it.
_BOT_SPEAKER = re.compile(r"([^\W\d_][\w-]*)[ \t]*\(([^()\n]{2,30})\)[ \t]*:")


# (an assistant alone is a person's job too, "Marieke (assistent):"; a virtual or digital one is a program)
_PROGRAM_WORDS = BOT_WORDS - {"assistent", "assistant"}


@per_text_cache
def bot_names(text: str) -> frozenset[str]:
    """The names ``text``'s turns label as a program's (see :data:`_BOT_SPEAKER`)."""
    if "bot" not in text and "assist" not in text:
        return frozenset()
    return frozenset(
        m.group(1)
        for m in _BOT_SPEAKER.finditer(text)
        if any(w.lower() in _PROGRAM_WORDS or w.lower().endswith("bot") for w in m.group(2).split())
    )


# A browser's or an app's user-agent string, as access logs and error reports print it ("Mozilla/5.0 (Windows NT 10.0;
# Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) ..."), up to its closing quote or the line's end: the model reads
# its platform's capitals as a name or a place ("Windows NT", "Macintosh", "Linux", "Mobile": 36 in the tuning sets'
# logs).
_USER_AGENT = re.compile(r"(?:Mozilla|Dalvik|Opera)/\d[\w.]*[ \t]+\([^\n\"']*")


@per_text_cache
def user_agent_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text``'s user-agent strings stand (see :data:`_USER_AGENT`)."""
    if "/" not in text or ("Mozilla" not in text and "Dalvik" not in text and "Opera" not in text):
        return ()
    return tuple(m.span() for m in _USER_AGENT.finditer(text))


# The Brahmic scripts of South and South-East Asia and Tibetan (Devanagari to Sinhala, Thai, Lao, Tibetan, Myanmar,
# Khmer): the model, trained on Dutch, tags words of theirs at random (tuning_120: a Nepali question after "Aama:");
# the recognisers read the names written in them that they can.
_INDIC_OR_TIBETAN = re.compile(r"[\u0900-\u0dff\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def is_plausible_entity(text: str, start: int, end: int, entity_type: str) -> bool:
    value = text[start:end]
    if not value.strip() or _HAS_DIGIT.search(value) or _FIELD_SEPARATOR.search(value) or _CELL_BOUNDARY.search(value):
        return False
    if any(a <= start and end <= b for a, b in user_agent_spans(text)):
        return False  # a user agent's platform or engine, no name or place
    if not any(c.isalpha() for c in value):
        return False  # an emoji or a sign the model tagged ("🙄" after a chat's place, "~"): no name has no letter
    if _INDIC_OR_TIBETAN.search(value) and not _LATIN_LETTER.search(value):
        return False  # scripts the Dutch model never read: its tags there are guesses ("कुन नम्बर?", "which number?")
    if _LABEL_AFTER.match(text, end) and "\n" not in value and len(value.split()) == 1:
        return False  # "Tijdstip: ...", "Apparaat: ..." — a field label, not a name
    if ocr_folded(value).rstrip(".") in FORM_LABEL_WORDS:
        return False  # "Geboortedaturn  14 10 2006": a form's label as OCR wrote it, not a place or a name
    if _FIELDS_AFTER.match(text, end) and len(value.split()) == 1:
        return False  # "Customer(id=3301, …)", "Persoon{naam=…}": an object's class in a log, not a name
    if value.lower().rstrip(".") in CALENDAR_WORDS:
        return False
    if entity_type == "PERSON" and value.split()[0] in bot_names(text):
        return False  # a program's name, as its turns are labelled ("Flexi (bot):")
    if entity_type == "PERSON" and value.lower() in KIN_WORD_SET and not is_first_name(value):
        return False  # a kin word or a role alone is no name ("(Mama):", a contact as a phone saves it; "Oma zegt")
    if entity_type == "LOCATION" and value.lower() in KIN_WORD_SET and not is_known_place(value):
        return False  # nor a place, the tag the model gives it when not a name ("Madar ❤️:", "Manang sakay", tuning_122)
    if header_cell(text, start, end) and not is_known_place(value) and not any(is_first_name(w) for w in value.split()):
        return False  # a column's name in a table's header line ("Sender Phone Number", "Message" over a chat export)
    if all(word in SQL_KEYWORDS for word in value.lower().split()):
        return False  # "INSERT INTO", "SELECT … FROM" in a dump or a log: the model reads the capitals as a name
    if entity_type == "LOCATION" and not is_known_place(value):
        if value.isupper() and len(value) <= 4:
            return False  # EUR, BTW, IMEI, bank codes
        if value.islower():
            return False  # the model's lowercase guesses ("onderweg", "geocode"); known places pass
        if (
            " " not in value.strip()
            and not has_place_evidence(text, start, end)
            and looks_like_no_name(text, start, end)
        ):
            return False
    return True


# Before a one-word organisation, what names the place of business rather than someone: an article ("de Hubert", "het
# Anne Frank"), a possessive of a firm.
_ARTICLE_BEFORE = re.compile(r"(?i:\b(?:de|het|'t|the)[ \t]+)$")
_CAPITALISED_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+")


def model_org_is_person(text: str, start: int, end: int) -> bool:
    """A one-word model organisation that is a capitalised listed first name, no common word, place, brand or listed
    organisation, with no article or name after it: the person the model mistyped ("zet hem maar bij Hubert op de
    machine"), as the model's one-word places are (:func:`model_entity_type`). ORG is otherwise ignored."""
    value = text[start:end]
    if not _CAPITALISED_WORD.fullmatch(value) or not is_first_name(value):
        return False
    lower = value.lower()
    if lower in common_words() or lower in CALENDAR_WORDS or is_known_place(value) or lower in brands():
        return False
    if non_person_entities().get(value) or not is_plausible_entity(text, start, end, "PERSON"):
        return False  # ("Geboortedaturn": a form's label OCR damaged)
    if _ARTICLE_BEFORE.search(text, max(0, start - 6), start):
        return False
    return _CAPITALISED_WORD.match(text, end + 1) is None or text[end : end + 1] != " "


# A postcode cell right before a word, in a CSV or pipe row: the word is the row's town ("…;Rue de Ribaucourt 53;1080;
# Molenbeek;…", tuning_168: the model's person there, a family name too, spread as a person to every other mention
# of the town).
_POSTCODE_CELL_BEFORE = re.compile(r"(?:^|[;|\t,])[ \t]*(?:[A-Z]{1,2}-)?\d{4,5}(?:[ \t]?[A-Z]{2})?[ \t]*[;|\t,][ \t]*$")


def _listed_place_in_a_place_cell(text: str, start: int, end: int) -> bool:
    """Whether the model's one-word person at ``start``-``end`` is a listed place that is no first name, right after a
    postcode's cell (see ``_POSTCODE_CELL_BEFORE``)."""
    value = text[start:end]
    if " " in value.strip() or is_first_name(value):
        return False
    listed = lookup(value)
    if listed is None or listed[1] != "plain":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 30) : start]
    return _POSTCODE_CELL_BEFORE.search(before) is not None


# A model person of two or three capitalised words that together are a listed place and none of which is a listed
# first or family name ("yuh born 3 juli 2011 inna Spanish Town", "nee man, Spanish Town, St Catherine", tuning_172):
# that place. ("San Fernando", "Port Antonio" hold a first name: they stay the model's person, covered all the same.)
_CAPITALISED_WORDS = re.compile(r"[A-ZÀ-Ý][^\W\d_]+(?:[ \t][A-ZÀ-Ý][^\W\d_]+){1,2}")


def _listed_place_of_no_names(value: str) -> bool:
    """Whether ``value``, a model person, is a listed place of capitalised words that are no names (see above)."""
    if not _CAPITALISED_WORDS.fullmatch(value):
        return False
    listed = lookup(value)
    if listed is None or listed[1] != "plain":
        return False
    return not any(is_listed(word) for word in value.split())


# The word right before a model entity, a blank between (a kin word: "mami Rudayra").
_KIN_BEFORE = re.compile(r"(?<![\w'])([^\W\d_]+)[ \t]+$")


def model_entity_type(text: str, start: int, end: int, entity_type: str) -> str:
    """The type a plausible model entity is reported as: a one-word model place that is a listed first name and
    that nothing marks as a place (``Bel Rob of Mieke``, ``Ik noteer: Peter``) is the person the model mistyped; a
    model person that is a compass word (``wijkteam Oost``, ``we wonen in noord``) is a district's or region's part,
    reported as a place so that it stays covered; and one that is a listed town right after a postcode's cell
    (``…;1080;Molenbeek``) is that town."""
    if entity_type == "PERSON" and text[start:end].lower() in COMPASS_WORDS:
        return "LOCATION"
    if entity_type == "PERSON" and (
        _listed_place_in_a_place_cell(text, start, end) or _listed_place_of_no_names(text[start:end])
    ):
        return "LOCATION"
    words = text[start:end].split()
    if (
        entity_type == "LOCATION"
        and len(words) > 1
        and words[0].lower() in KIN_WORD_SET | FOREIGN_KIN_SET
        and not is_known_place(text[start:end])
    ):
        return "PERSON"  # a kin word and a name the model read as a place: "Ntate Molefe o re romela" (tuning_176)
    if entity_type != "LOCATION" or " " in text[start:end].strip() or is_known_place(text[start:end]):
        return entity_type
    if not is_first_name(text[start:end]):
        # a word no list knows right after a kin word, where nothing marks a place: the kin's name ("ku su mami
        # Rudayra", tuning_112; "oom Sjef")
        kin = _KIN_BEFORE.search(text, max(0, start - 16), start)
        if kin is not None and kin.group(1).lower() in KIN_WORD_SET and not has_place_evidence(text, start, end):
            return "PERSON"
        # a frequent surname that no place list knows, sent something ("de offerte gaat naar Schouten")
        return "PERSON" if frequent_surname(text[start:end]) and addressed_to_person(text, start, end) else entity_type
    if has_place_evidence(text, start, end) and not addressed_to_person(text, start, end):
        return entity_type
    # Only a person the name clean-up keeps as it stands: one it would drop or retype stays the model's place,
    # so that what the model covered stays covered (fail closed).
    kept = plausible_span(text, start, end) == (start, end) and not after_place_label(text, start)
    return "PERSON" if kept and non_person_entities().get(text[start:end]) is None else entity_type
