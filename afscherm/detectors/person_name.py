"""PERSON: Dutch person names the NER model misses, found with name lists and name-shaped context.

The model knows newspaper prose; support text writes names in ways it rarely saw: ``dhr. J.P. de
Vries``, ``Met vriendelijke groet,\\nSanne Jansen``, ``hoi sanne``, ``Naam: Jan de Vries``, OCR'd ID
cards (``Voornamen / Given names\\nJAN PIETER``) and e-mail local parts (``jan.devries@…``).

A list hit alone is weak evidence — many surnames and some first names are ordinary words
(``Bakker``, ``Zon``, ``Mei``, ``Roos``) — so every rule needs a name-shaped anchor: a title, initials,
a known first name followed by a capitalised surname, a greeting or closing, or a name field
label. Field labels, months, weekdays and common words never become names.

The same knowledge cleans up the NER model's PERSON spans (``clean_persons``, run by the
consistency post-processor): trimming greetings and swallowed labels, dropping organisations,
labels and common words, and turning known places into LOCATION. The word lists it reads
(common words, non-person entities, places) are built by ``python -m training.ner.lexicons``.
"""

from __future__ import annotations

import itertools
import json
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from weakref import WeakKeyDictionary

from afscherm.detectors.context import ocr_folded
from afscherm.detectors.date_of_birth import _written_dates, bracketed_births, licence_page
from afscherm.detectors.field_context import EVENT_ROLE_KEYS, header_cell, name_field_values
from afscherm.detectors.findings import Finding
from afscherm.detectors.recognizer import DutchRecognizer
from afscherm.detectors.text_facts import (
    LOWER_RUN,
    TextFacts,
    WordStarts,
    matches_from,
    per_text_cache,
    positions,
    run_start,
    text_facts,
    without_accents,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

NAMES_DIR = Path(__file__).with_name("data") / "names"


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated block (long lists stay readable)."""
    return frozenset(words.split())


PARTICLES = (
    "van der", "van den", "van de", "van 't", "van het", "in 't", "in de", "in het", "op de", "op den", "op 't",
    "uit de", "uit den", "van", "de", "den", "der", "ten", "ter", "te", "het", "'t", "'s", "la", "le", "du", "da",
    "del", "della", "di", "von", "vd", "v.d.",
    # (Spanish names: "Yokasta De los Santos", "ramon antonio de la cruz reyes", tuning_53)
    "de los", "de las", "de la",
    # (with the typographic apostrophe that phones and word processors put in: "van ’t Veld")
    "van ’t", "in ’t", "op ’t", "’t", "’s",
)  # fmt: skip
TITLES = (
    "dhr", "dhr.", "mevr", "mevr.", "mw", "mw.", "mevrouw", "meneer", "heer", "mr", "mr.", "dr", "dr.", "drs",
    "drs.", "ir", "ir.", "ing.", "prof", "prof.", "juffrouw", "zuster", "pastoor", "dokter", "agent",
    "collega", "mijnheer", "mejuffrouw", "mevr.dr.", "dhr.dr.", "fam.", "familie",
    # "Hr. Bakker heeft de groep verlaten": heer shortened (with its dot only: HR is a department)
    "hr.",
    # customers from abroad: German, English and French forms of address ("Herr Becker?", "Mrs. Patel", "Mme Roux";
    # "Ms" with its dot only: MS is an illness)
    "herr", "frau", "mrs", "mrs.", "ms.", "monsieur", "madame", "mme", "mme.",
    # a minister and a priest shortened ("met ds. Verhoeks", tuning_48; "ds" with its dot only)
    "ds.", "dominee", "pastor", "kapelaan",
    # a church's elder and deacon before the surname ("Ouderling Pieterse weet ervan", tuning_92)
    "ouderling", "diaken",
    # as OCR reads a letter's salutation, "rn" for "m" ("Geachte rnevrouw Vardanyan,", tuning_128; "rnr." with its
    # dot only)
    "rnevrouw", "rneneer", "rnijnheer", "rnevr", "rnevr.", "rnw.", "rnr.",
    # a Fijian chief's title before his name ("Ratu Joeli Waqanivalu", tuning_163; not its women's "Adi", a given
    # name too)
    "ratu",
    # Spanish forms of address shortened, as a Central American church's or family's chat writes them before a name
    # ("Hna. Lesbia:", sister in the congregation; "Sra. Lacayo", "Dña. Flor", "Lic. Ramírez"; tuning_171), with
    # their dot only
    "hna.", "hno.", "sra.", "srta.", "dña.", "dra.", "lic.",
    # Hausa and West African Muslim forms of address before a name ("Mallam Aminu", "Alhaji Sani", "Hajiya
    # Balaraba"; tuning_174; not "malam", Malay's night: "pasar malam Rijssen", tuning_135), and a church's "Sister"
    # before a member's name ("Sister Beverley:", tuning_172)
    "alhaji", "alhaja", "hajiya", "mallam", "malama", "sister",
)  # fmt: skip
GREETINGS = (
    "hoi", "hey", "hee", "hallo", "hi", "hoihoi", "dag", "beste", "lieve", "goedemorgen", "goedemiddag",
    "goedenavond", "groetjes", "groet", "gr", "grt", "mvg", "vgr", "liefs", "doei", "thanks", "bedankt",
    "dank je", "dankjewel", "dank je wel", "bedankt", "hartelijk dank", "yo", "xx", "xxx", "cheers", "welterusten",
    "met", "spreekt met", "u spreekt met", "je spreekt met", "namens", "t.a.v.", "tav", "aan",
    # introductions in chat: "goedemiddag, k ben lisa baakman"
    "ik ben", "k ben", "ik heet", "mijn naam is", "m'n naam is", "mn naam is",
    # and in the languages of people from abroad who write to a Dutch desk ("ola sou a Kátia", tuning_44; "my name is
    # Tendai", "me llamo Valentina", "ich heiße Jürgen", "je m'appelle Awa")
    "my name is", "i am", "i'm", "sou a", "sou o", "eu sou", "soy", "me llamo", "mi nombre es", "je m'appelle",
    "je suis", "ich bin", "ich heiße", "ich heisse", "mein name ist", "jestem", "mam na imię",
    # the name one goes by ("my nickname is Nok everybody call me Nok", tuning_76; "mijn roepnaam is Bep")
    "my nickname is", "call me", "mijn roepnaam is", "m'n roepnaam is", "mn roepnaam is", "noem me", "noem mij",
    # a text message's sender introduced ("Hoi, dit is Chantal van de kapper", "hier is Ruud"); in English after a
    # greeting ("hi its rodel, my dutch sim is broken", tuning_81: no thing follows "hi, it's" as a name's slot does)
    "dit is", "hier is", "hi its", "hi it's", "hi this is", "hey its", "hey it's", "hey this is", "hello its",
    "hello it's", "hello this is",
    # (or "hier" alone: "salaam, hier Pashtana, moeder van ...", tuning_92)
    "hier",
    # congratulations addressed to someone ("Gefeliciteerd Harrie!", "proficiat marloes")
    "gefeliciteerd", "proficiat",
    # English greetings in a chat that switches to it ("morning Zhivko, ff wachten", fortieth session)
    "hello", "morning", "good morning", "good afternoon", "good evening", "dear",
)  # fmt: skip
# Greetings that close a message (``PersonNameRecognizer._greeting``), and what may follow the name signed after one.
CLOSING_GREETINGS = frozenset({"groetjes", "groet", "gr", "grt", "liefs", "doei", "xx", "xxx", "cheers"})
_SIGNED_END = re.compile(r"[ \t]*[!.]*[^\w\n]{0,8}[ \t]*(?:\n|$)")


def _closing_greeting(text: str, start: int, name: int) -> bool:
    """Whether the greeting matched from ``start`` to the name at ``name`` is one that closes a message."""
    words = re.findall(r"[a-z]+", text[start:name].lower())
    return bool(words) and words[-1] in CLOSING_GREETINGS


# Greetings that open a message or address someone, and introductions (``PersonNameRecognizer._greeting``): a word no
# list and no dictionary knows after one, ending its clause, is the name greeted or given ("hoi yonas, ja graag", "ik
# ben linh, 19", tuning_43); not "met", "aan", "namens", "dit is": a firm, a team or a thing follows those as often.
OPENING_GREETINGS = frozenset(
    {"hoi", "hey", "hee", "hallo", "hi", "hoihoi", "beste", "lieve", "goedemorgen", "goedemiddag", "goedenavond", "yo"}
    | {"hello", "morning", "good morning", "good afternoon", "good evening", "dear"}
    # (congratulations address someone too: "gefeliciteeeeerd yessi!!!", tuning_89)
    | {"gefeliciteerd", "proficiat"}
)
# Introductions of the name one goes by: the slot after them holds a name only.
CALL_NAME_INTRODUCTIONS = frozenset(
    {"my nickname is", "call me", "mijn roepnaam is", "m'n roepnaam is", "mn roepnaam is", "noem me", "noem mij"}
)
INTRODUCTIONS = frozenset(
    {"ik ben", "k ben", "ik heet", "mijn naam is", "m'n naam is", "mn naam is", "my name is", "i am", "i'm", "sou a"}
    | {"sou o", "eu sou", "soy", "me llamo", "mi nombre es", "je m'appelle", "je suis", "ich bin", "ich heiße"}
    | {"ich heisse", "mein name ist", "jestem", "mam na imię"}
    | {"hi its", "hi it's", "hi this is", "hey its", "hey it's", "hey this is", "hello its", "hello it's"}
    | {"hello this is", "hier"}
    | CALL_NAME_INTRODUCTIONS
)
_ENGLISH_GREETING = re.compile(r"(?i)(?:hello|hi|hey|morning|good[ \t]+(?:morning|afternoon|evening)|dear)\b")
_GREETED_UNKNOWN_END = re.compile(r"[ \t]*(?:[,!?]|\n|$)")
# After an introduction, a capitalised name ends its clause with a full stop, a chat's particle or an emoji too, or
# says where its bearer works: "ik ben Wubbina trouwens 😄", "ik ben Kasimira van de receptie" (tuning_111).
_INTRODUCED_UNKNOWN_END = re.compile(
    r"[ \t]*(?:\.(?![\w.])|[\U0001F300-\U0001FAFF\u2600-\u27BF]"
    r"|(?:trouwens|hoor|btw|van[ \t]+(?:de|het)[ \t]+[^\W\d_]+)(?![\w]))"
)
# What else a greeting addresses or an introduction says that no Dutch dictionary holds: Frisian words for family
# ("hoi heit,"), German's greeting of all ("Hallo zusammen!"), a number in words ("ik ben eenenveertig,"), a Dutch
# compound ending in a long word ("Beste ledenadministratie,"). Found on the tuning/retired texts.
FRISIAN_FAMILY_WORDS = frozenset({"heit", "mem", "pake", "beppe", "omke", "muoike"})
_COMPOUND_TAIL_MIN = 7


def _greeted_unknown(written: str) -> bool:
    """Whether ``written`` (a word after an opening greeting or an introduction, as written) can be a name: none of the
    words above (a capitalised one may be a frequent word of another language: names are, "Kátia" in Portuguese)."""
    word = written.lower()
    from afscherm.detectors.name_slots import DUTCH_WORD_ZIPF, frequent_words  # (it reads this module's lists)
    from afscherm.detectors.spoken_numbers import number_word_value

    if word in FRISIAN_FAMILY_WORDS or number_word_value(word) is not None:
        return False
    foreign = ("de",) if written[:1].isupper() else ("de", "fr", "es", "pt", "pl")
    if any(word in frequent_words(language, DUTCH_WORD_ZIPF) for language in foreign):
        return False  # ("ich bin müde,", "je suis désolé,", "soy nuevo,": a word of the introduction's language)
    words = common_words()
    if any(word[i:] in words for i in range(1, len(word) - _COMPOUND_TAIL_MIN + 1)):
        return False
    if _demonym(word):
        return False  # "ik ben Eindhovenaar trouwens": where one comes from
    return not _two_words(word)  # a service named by two words run together: "Beste Blokkeerlijn,", "Kaartjeskoning"


# A town's people named after it: "Eindhovenaar", "Rotterdammer", "Groninger", "Bosschenaar"
_DEMONYM_ENDINGS = ("enaar", "naar", "aar", "mer", "ner", "er")


def _demonym(word: str) -> bool:
    """``word`` (lower case) names the people of a listed place: the place, an ending of :data:`_DEMONYM_ENDINGS`."""
    from afscherm.detectors.place_names import lookup  # (place_names builds on this module)

    for ending in _DEMONYM_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and (lookup(stem) or lookup(stem + "en") or lookup(stem + "n")):
            return True
    return False


def _introduced_capitalised(text: str, start: int, unknown: tuple[int, int]) -> bool:
    """The unknown word(s) at ``unknown`` follow an introduction from ``start`` (``ik ben``), are capitalised, no kin
    word and no program's name (``Reuzie (bot): Hoi! Ik ben Reuzie 🐻``, ``Pontbot``), and end as
    :data:`_INTRODUCED_UNKNOWN_END` says."""
    from afscherm.detectors.ner_guard import bot_names  # (ner_guard builds on this module)

    written = text[unknown[0] : unknown[1]]
    introduction = " ".join(re.findall(r"[a-z']+", text[start : unknown[0]].lower()))
    return (
        introduction in INTRODUCTIONS
        and written[:1].isupper()
        and written.lower() not in KIN_WORD_SET
        and written not in bot_names(text)
        and not written.lower().endswith("bot")  # ("Goeie! Ik ben Pontbot 🤖", tuning_103)
        and _INTRODUCED_UNKNOWN_END.match(text, unknown[1]) is not None
    )


def _opening_greeting(text: str, start: int, name: int) -> bool:
    """Whether the greeting matched from ``start`` to the name at ``name`` opens a message or introduces its writer."""
    greeting = " ".join(re.findall(r"[a-z']+", text[start:name].lower()))
    return greeting in OPENING_GREETINGS or greeting in INTRODUCTIONS


# Sign-offs in the languages of writers from abroad (Portuguese, Spanish, Polish, Romanian, French, Italian, German,
# Turkish, Indonesian), as they type them (accents or not).
FOREIGN_CLOSINGS = (
    "obrigad[ao]", "gracias", "saludos", "pozdrawiam", "dzi[eę]kuj[eę]", "mul[țţt]umesc", "cordialement", "merci",
    "grazie", "saluti", "danke", "(?:viele |liebe )?gr[üu](?:ß|ss)e", "te[şs]ekk[üu]rler", "terima kasih",
)  # fmt: skip
# Lines that open an e-mail signature: the name follows on the next line.
CLOSINGS = re.compile(
    r"(?im)^[ \t]*(?:met\s+)?(?:vriendelijke|hartelijke|beste|warme|zonnige)?\s*(?:groet(?:en|jes)?|regards)"
    r"[ \t]*,?[ \t]*\n(?:[ \t]*\n)?"
    r"|^[ \t]*(?:mvg|m\.v\.g\.|vriendelijke groet|groetjes|gr|liefs|groet|kind regards|best regards)[ \t]*,?[ \t]*\n"
    # (the sign-offs of writers from abroad: "Pozdrawiam,\nTomasz", "Obrigada,\nInês"; tuning_48)
    rf"|^[ \t]*(?:>[ \t]*)*(?i:{'|'.join(FOREIGN_CLOSINGS)})[ \t]*,[ \t]*\n"
)
# A line of a sign-off and the writer's name alone, anywhere in a message (a reply quoted below it): "Obrigada, Inês",
# "> Best, Mingyu" (tuning_48). A listed first name, or a capitalised word no list and no dictionary knows.
CLOSING_NAME_LINE = re.compile(
    # (at a line's start, or after the message's last sentence on its line: "ligt bij de receptie. Groet, Jentina",
    # tuning_111)
    r"(?m)(?:^[ \t]*(?:>[ \t]*)*|(?<=[.!?])[ \t]+)"
    rf"(?i:(?:alvast[ \t]+)?(?:dank(?:[ \t]*je(?:wel)?)?|bedankt|thanks|thx|mvg|liefs|best|cheers"
    rf"|(?:kind |best )?regards|{'|'.join(FOREIGN_CLOSINGS)})[ \t]*[!,.]+"
    # (a greeting in full, "Met vriendelijke groet, Volha", tuning_80; "groet" with or without its comma: "ok, otar
    # moet id meenemen. groet Vardan", tuning_128)
    r"|(?:met[ \t]+)?(?:(?:vriendelijke|hartelijke|beste|warme|lieve)[ \t]+)?groet(?:en|jes)?"
    r"(?:[ \t]*[!,.]+|(?=[ \t])))"
    r"[ \t]*(?P<name>[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)"
    # (the line ends, or the writer's role or firm follows: "Gertje (privacycoördinator)", "Godelieve\" – Mahieu")
    r"(?:[ \t]*[.!]?[ \t]*$|[\"”]?[ \t]+(?=\(|[–—-][ \t]))"
)
# Where a signature's name ends on its line: a bar or a dash between spaces before a role or a firm.
_SIGNATURE_PART_END = re.compile(r"[ \t]+[–—-][ \t]+|[ \t]*\|[ \t]*")


def _unknown_capitalised(value: str) -> bool:
    """Whether ``value`` is one capitalised word (a hyphen allowed) of 3 letters or more that no dictionary and no
    place list knows: a writer's name after a sign-off on its line, where a firm's or a team's would be a word."""
    from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

    shaped = re.fullmatch(r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?", value) is not None
    return shaped and len(value) >= 3 and not word_like(value) and not _is_dutch_place(value)


# A message's last line of thanks or a greeting, then the writer's first name: "Dank! Kees", "Groetjes, Anouk".
CLOSING_SAME_LINE = re.compile(
    r"[ \t]*(?i:(?:alvast|nogmaals)[ \t]+)?"
    r"(?i:dank(?:[ \t]*je(?:wel)?)?|bedankt|thanks|thx|groet(?:en|jes)?|gr|mvg|liefs)[ \t]*[!,.]+[ \t]*"
    r"(?P<name>[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)[ \t]*[.!]?\Z"
)
# Form and ID-card labels whose value is a person's name (OCR writes ``rn`` for ``m``: ``Naarn``, and drops a letter
# too: ``Narn``; not "Nam", a verb).
NAME_FIELDS = re.compile(
    # (an ID document's field number before the label: "1. Naarn / Surname  NOTODlHARJO", tuning_98)
    # (or after a wide gap, a card's second field on the line: "Narn/Surnarne HUBERS   Voornarnen/Given narnes LUClA")
    r"(?im)(?:^|[|;]\s*|(?<=[ \t]{3}))[ \t]*(?:\d{1,2}[a-c]?\.[ \t]*)?"
    # (a foreign document's own word before the English one: "Prezime / Surname", "Prenurne/Given names", tuning_85/87)
    r"(?:[^\W\d_]{2,12}[ \t]*/[ \t]*(?=(?:surna(?:m|rn)e|given[ \t]+na(?:m|rn)es?)\b))?"
    # (a role after "Naam", the head of a household or a co-applicant too: "Naam hoofdbewoner:", "Naam medehuurder:")
    r"(?:volledige\s+naa(?:m|rn)|naa(?:m|rn)\s+(?:(?:hoofd|mede-?)?(?:aanvrager|bewoner|huurder|verzekerde)|klant"
    r"|houder|contactpersoon|rekeninghouder|begunstigde|patiënt|werknemer|medewerker|partner|ouder|verzorger|leerling"
    r"|kind|deelnemer|cursist|eigenaar|gebruiker|ontvanger|afzender|gemachtigde|voogd)|naa(?:m|rn)|narn"
    r"|achternaa(?:m|rn)|voorna(?:m|rn)en?|"
    r"voorletters|"
    # (the English half as OCR damages it too: "Surnarne", "Given narnes", tuning_83, _106)
    r"geboortenaam|roepnaam|contactpersoon|tenaamstelling|ten name van|t\.n\.v\.|rekeninghouder|surna(?:m|rn)e|"
    r"given na(?:m|rn)es?|na(?:m|rn)e|first na(?:m|rn)e|last na(?:m|rn)e)"
    r"(?:\s*/\s*(?:surna(?:m|rn)e|given na(?:m|rn)es?|na(?:m|rn)e|nom|prénoms?))?[ \t]*"
    r"(?::[ \t]*|\n[ \t]*|[ \t]+(?=[A-ZÀ-ÝĀ-Ž]))"
)
_WIDE_GAP = re.compile(r"[ \t]{3,}(?=\S)")  # where a card's second field on a line starts
# A verb after a name label written as a sentence ("Contactpersoon is Marian", "naam was Jansen"): not the value.
# A name label that goes on to its colon in lower-case words led by a preposition ("Naam zoals in het paspoort:",
# "Naam van de klant volgens het contract:", "Naam op de pas:"), and the spaces after the colon.
LABEL_GOES_ON = re.compile(
    r"[ \t]*(?:zoals|in|op|van|volgens|bij|uit|als)[ \t]+[a-zà-ÿ][a-zà-ÿ' \t]{0,40}?:[ \t]*(?=\S)"
)
# What may lead "naam" in one word for a person's name ("achternaam", "meisjesnaam"); other compounds name other things
# ("gebruikersnaam", "bedrijfsnaam").
NAME_WORD_HEADS = frozenset({"", "achter", "voor", "meisjes", "geboorte", "roep", "familie", "volledige", "eigen"})
# "naam", up to five lower-case words, "is"/"luidt" or a colon, and a name in capitals (see ``_name_is_capitals``);
# the match starts at "naam" (tried only there).
NAME_IS_CAPITALS = re.compile(
    r"(?i:n)aam(?:[ \t]+[a-zà-ÿ]+){0,5}?(?:[ \t]+(?:is|luidt)[ \t]*:?|[ \t]*:)[ \t]+"
    r"(?P<value>[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:[ \t]+(?:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]*|(?i:van|de|der|den|ter|ten|te|het))){1,4})"
    r"(?![\w'’-])"
)
FIELD_VERB = re.compile(r"(?:is|was|wordt|blijft)[ \t]+")
# Values a name field holds when it holds no name.
NAME_PLACEHOLDERS = frozenset(
    "null none nil nvt n.v.t onbekend unknown anoniem anonymous geen leeg empty test true false x xx xxx n/a".split()
)
# Words that look like names in the lists but are labels, months, days or common words in support text.
STOP = word_set(
    """
    januari februari maart april mei juni juli augustus september oktober november december feb mrt apr jun jul
    aug sep sept okt nov dec maandag dinsdag woensdag donderdag vrijdag zaterdag zondag naam achternaam voornaam
    voornamen voorletters nationaliteit nationality geboortedatum geboorteplaats documentnummer document
    geslacht sex handtekening geldig datum adres postcode woonplaats plaats straat huisnummer telefoon e-mail
    email mail klantnummer bsn persoonsnummer personal surname given names name date of birth place lengte
    height uitgifte autoriteit authority expiry koninkrijk nederlanden nederland nederlandse identiteitskaart
    paspoort passport rijbewijs kingdom netherlands card identity holder houder signature klant medewerker agent
    beller notitie opmerkingen onderwerp betreft factuur bestelling order contract team afdeling klantenservice
    support helpdesk zon maan ster de het een en of in op bij van voor met aan te ik je jij u wij we zij ze hij
    mij me mijn jouw uw ons onze hun hen dit dat die deze wie wat waar hoe wanneer waarom ja nee niet wel ook
    nog al maar dus dan toch even graag bedankt dank hallo hoi hey goed prima top oke ok oké super fijn mooi
    leuk lekker morgen vandaag gisteren straks zo nu later alle alles iedereen allemaal team collega collega's
    klant klanten mensen man vrouw heer mevrouw meneer beste lieve allen dames heren welkom succes sterkte
    gefeliciteerd fijne prettige goede groet groeten groetjes weekend avond ochtend middag nacht dag week maand
    jaar kerst pasen zomer winter lente herfst from to subject date van aan onderwerp datum cc bcc tel fax mob
    mobiel kvk btw iban bic factuur factuurnummer factuurdatum vervaldatum omschrijving bedrag totaal subtotaal
    transcript chatgesprek gespreksverslag gesprek traceback error exception warning info debug key detail build
    type code issue authority afgifte autoriteit passeport carte titulaire bezoeker beller klantenservice
    servicedesk systeem chatbot bot operator gebruiker jij verzoek functionaris gegevensbescherming privacyteam
    privacy betreft referentie dossier ticket status prioriteit burgemeester
    """
)
# Words that say a chat's speaker is a program ("Osje (chatbot):", "Brokkie (bot) 14:02:").
WORD_RUN = re.compile(r"\w+")
BOT_WORDS = frozenset({"bot", "chatbot", "virtual", "virtuele", "digitale", "assistent", "assistant", "autoreply"})
# First names that are also lowercase function words or verbs ("hoi, ben je er?", "in mei"): names only when
# capitalised.
WORDLIKE_FIRST = word_set(
    """
    ben kent erin min bent per man door anders elke is dan al alle my le la van dag wil zeg mag kan zal mei
    april juli hoop lot kader nader nadien armen koop eren gene semi anno helder rijk constant
    manana
    """
)
# Latin Extended-A (U+0100-U+017F) in both classes: Turkish, Polish, Czech and Romanian names (Yıldırım, Şahin,
# Wójcik, Łukasz, Dvořák), its capitals and small letters interleaved. Vietnamese letters (ơ, ư and the tone-marked
# ones of Latin Extended Additional: Phạm, Trần, Nguyễn, tuning_47/53) among the small ones only: a Vietnamese name
# opens with a plain capital or Đ. The ʻokina (U+02BB), the glottal stop Tongan, Samoan and Hawaiian write inside a
# name, among the small letters: "Taufaʻahau" is one word (tuning_163; one opening a name, see ``glottal_stops``).
UPPER = "A-ZÀ-ÖØ-Ý\u0100-\u017f"
LOWER = "a-zß-öø-ÿ\u0100-\u017f\u01a0-\u01b0\u1e00-\u1eff\u02bb"
CAP_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}]?[{LOWER}]+)*"
ANY_WORD = rf"[{UPPER}{LOWER}][{LOWER}{UPPER}]*(?:['-][{UPPER}{LOWER}]+)*"
# (OCR sets a space before an initial's dot: "K . Verhoeven", "E . van Gelder")
INITIALS = rf"(?:[{UPPER}] ?\.[ \t]?){{1,4}}(?:[{UPPER}]\b\.?)?"
PARTICLE_RE = "(?:" + "|".join(re.escape(p) for p in sorted(PARTICLES, key=len, reverse=True)) + ")"
# A surname: optional particles (any case) then one or two capitalised words (double names "Jansen-Smit").
SURNAME = rf"(?:(?i:{PARTICLE_RE})[ \t]+)*{CAP_WORD}(?:[ \t]+{CAP_WORD})?"
PARTICLE_SET = {p for p in PARTICLES if " " not in p}
PARTICLES_ONLY = re.compile(rf"(?i:{PARTICLE_RE})(?:[ \t]+(?i:{PARTICLE_RE}))*")
COMPANY_INITIALS = {"B.V.", "N.V.", "V.O.F.", "C.V.", "E.G.", "I.E.", "A.U.B.", "T.A.V.", "P.S."}

SCORE_STRONG = 0.85  # title + name, initials + listed surname, listed first name + listed surname
SCORE_MEDIUM = 0.7  # a name-shaped span with one list hit
SCORE_WEAK = 0.6  # name-shaped span without a list hit (a title or field label alone vouches for it)


# Words that mark an organisation, not a person ("Zorgverzekeraar Duinzicht", "Polderstroom Energie").
ORG_HINTS = word_set(
    """
    gemeente zorgverzekeraar verzekeraar verzekeringen energie bank b.v. bv n.v. nv groep holding stichting
    vereniging webwinkel winkel bakkerij garage mobiel telecom zorg wonen woningcorporatie waterbedrijf
    waterschap ziekenhuis apotheek praktijk huisartsenpraktijk school universiteit hogeschool ministerie
    provincie politie belastingdienst parkeerbeheer fietsenmakerij installatiebedrijf services service support
    chat livechat webchat webcare
    online nederland international europe company inc ltd gmbh motorola nokia samsung galaxy iphone fairphone
    apple huawei xiaomi oneplus google pixel sony oppo media news pharma sports racing united group holdings
    airlines airways motors systems technologies records studio radio tv fc vc kv club partners capital
    consulting foods energy networks software belgium nederlands comité committee instituut institute fonds
    museum theater theatre festival orkest partij party raad council
    hostal hostel pensión
    banco banca banque
    """
)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Words usually written in lowercase (built by ``python -m training.ner.common_words``)."""
    path = Path(__file__).parent / "data" / "lexicons" / "common_words_nl.txt"
    return frozenset(path.read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def non_person_entities() -> dict[str, str]:
    """Names the training data knows only as LOC/ORG/MISC (built by ``python -m training.ner.lexicons``)."""
    path = Path(__file__).parent / "data" / "lexicons" / "non_person_entities_nl.tsv"
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if "\t" in line)
    return {text: label for text, label in rows}


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Town, region and country names (built by ``python -m training.ner.lexicons``)."""
    path = Path(__file__).parent / "data" / "lexicons" / "places.txt"
    return frozenset(path.read_text(encoding="utf-8").splitlines())


def is_place_not_name(value: str) -> bool:
    """A place name that is not also a listed person name (``Düsseldorf`` yes; ``Assen``, a surname, no)."""
    if value not in places():
        return False
    words = value.split()
    return not is_family_name(value) and not is_first_name(words[0]) and not (len(words) == 1 and is_listed(value))


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The Dutch list's first names and call names, and those of people from abroad (``world_first_names``, and the
    call names they go by: ``call_names_abroad.txt``)."""
    world = (NAMES_DIR / "first_names_world.txt").read_text(encoding="utf-8").splitlines()
    world += (NAMES_DIR / "call_names_abroad.txt").read_text(encoding="utf-8").splitlines()
    return dutch_first_names() | {n for n in world if n and not n.startswith("#")}


@lru_cache(maxsize=1)
def dutch_first_names() -> frozenset[str]:
    data = json.loads((NAMES_DIR / "first_names.json").read_text(encoding="utf-8"))
    call_names = (NAMES_DIR / "roepnamen.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(d["naam"].lower() for d in data) | {n for n in call_names if n and not n.startswith("#")}


@lru_cache(maxsize=1)
def family_names() -> frozenset[str]:
    """The Dutch list's family names (borne by five people or more in 2007) and those of people from abroad it lacks
    (``family_names_abroad.txt``)."""
    lines = (NAMES_DIR / "family_names_freq5.lst").read_text(encoding="utf-8").splitlines()
    lines += (NAMES_DIR / "family_names_abroad.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(n.lower() for n in lines if n and not n.startswith("#"))


@lru_cache(maxsize=1 << 16)
def is_first_name(word: str, lowercase_ok: bool = False) -> bool:
    """A listed first name; a word-like one (``mark``, ``roos``) only when capitalised or ``lowercase_ok``."""
    w = word.lower()
    if w not in first_names() and not w.isascii():
        w = without_accents(w)  # people type the accents their names carry ("Inês", "Zoë"); the lists may not
    if w not in first_names() and "-" in w:
        return double_first_name(w)
    if w not in first_names() or w in STOP:
        return False
    return lowercase_ok or w not in WORDLIKE_FIRST or word[:1].isupper()


def double_first_name(word: str) -> bool:
    """``word`` (lower case) joins two listed first names by a hyphen as Dutch double names do (``arie-leendert``,
    ``arie-maarten``, ``jan-kees``): the list holds the common pairs only (``jan-willem``, ``anne-marie``). Neither half
    a common word, a stop word or a word-like name (``mei``).

    >>> double_first_name("arie-leendert"), double_first_name("kees-jan"), double_first_name("mei-juni")
    (True, True, False)
    """
    parts = word.split("-")
    return len(parts) == 2 and all(
        len(p) >= 2 and p in first_names() and p not in STOP and p not in WORDLIKE_FIRST and p not in common_words()
        for p in parts
    )


@lru_cache(maxsize=1 << 16)
def is_family_name(words: str) -> bool:
    """``words`` (with or without particles) is in the family-name list and not a common word."""
    w = " ".join(words.split()).lower()
    if w in STOP:
        return False
    core = re.sub(rf"^(?:{PARTICLE_RE}\s+)+", "", w)
    return w in family_names() or core in family_names()


@per_text_cache
def text_words(text: str) -> frozenset[str]:
    """The runs of two or more ``LOWER`` letters of the lower-cased text (its words in any case, as
    :attr:`TextFacts.lower_runs` holds those written in lower case): one scan per text, shared by the rules' gates."""
    return frozenset(LOWER_RUN.findall(text_facts(text).lowered))


def holds_word(text: str, words: frozenset[str]) -> bool:
    """Some of ``words`` (lower case, two or more ``LOWER`` letters each) is a whole run of such letters of the
    text in any case. A rule whose every match holds one of them with no such letter on either side (a word after
    ``\\b`` or a blank, before a blank or a comma) cannot fire in a text that fails this test: one set test instead
    of the rule's scan. A text whose case-insensitive matching differs from its lower case (``case_odd``) always
    passes."""
    return text_facts(text).case_odd or not words.isdisjoint(text_words(text))


@lru_cache(maxsize=1)
def first_name_parts() -> frozenset[str]:
    """The listed first names and each part of the hyphenated ones (``anne-marie``: ``anne``, ``marie``)."""
    return frozenset(part for name in first_names() for part in name.split("-"))


@per_text_cache
def holds_capital_first_name(text: str) -> bool:
    """A listed first name (or a part of a hyphenated one) is written in the text with its capital and its other
    letters in lower case: a rule that reports only a capitalised listed first name (``is_first_name`` of a
    ``[UPPER][LOWER]{2,}`` word with no letter on either side) can fire. (``str`` tests of the text's few words that
    are listed names, not a scan per rule.)"""
    if text_facts(text).case_odd:
        return True
    return any(word[0].upper() + word[1:] in text for word in first_name_parts().intersection(text_words(text)))


# The letters of ``LOWER`` (a set: ``"" in`` it is false, at the text's end).
_LOWER_CHARS = frozenset(
    [chr(c) for c in range(ord("a"), ord("z") + 1)]
    + [chr(c) for c in range(0xDF, 0xF7)]
    + [chr(c) for c in range(0xF8, 0x100)]
    + [chr(c) for c in range(0x100, 0x180)]
)


def lower_word_spans(text: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """Where ``LOWER_WORD.finditer(text)`` matches one of ``words`` (each a run of ``LOWER`` letters), in order:
    each such word the text holds (:attr:`TextFacts.lower_runs`), found with ``str.find`` where no ``LOWER`` letter
    stands on either side (a whole run, as the pattern's greedy matches are), instead of a loop over every
    lower-case word of the text."""
    spans: list[tuple[int, int]] = []
    for word in words.intersection(text_facts(text).lower_runs):
        size = len(word)
        for at in positions(text, word):
            if (at == 0 or text[at - 1] not in _LOWER_CHARS) and text[at + size : at + size + 1] not in _LOWER_CHARS:
                spans.append((at, at + size))
    return sorted(spans)


def strip_trailing_stop(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop trailing words that are common words or labels (``Jan de Vries Documentnummer``)."""
    while True:
        span = text[start:end]
        m = re.search(r"\s+(\S+)$", span)
        if not m or m.group(1).lower().strip(".,") not in STOP:
            return start, end
        end = start + m.start()


def _lower_name_neighbours(text: str, found: list[Finding]) -> list[tuple[int, int]]:
    """:func:`detectors.name_slots.lower_name_neighbours` of the names found (imported here: it reads this module)."""
    from afscherm.detectors import name_slots

    spans = [(f.start, f.end) for f in found if f.entity_type == "PERSON"]
    return name_slots.lower_name_neighbours(text, spans) if spans else []


# Capitalised words of the Cyrillic and Greek scripts, and runs of up to three of them on a line.
_NON_LATIN_CAPITAL = re.compile(r"[\u0400-\u042f\u0391-\u03a9\u0386-\u038f]")
_NON_LATIN_WORD = r"[\u0400-\u042f\u0391-\u03a9\u0386-\u038f][\u0430-\u045f\u0450-\u04ff\u03ac-\u03ce'’ʼ-]+"
_NON_LATIN_NAME_RUN = re.compile(rf"(?<![\w'’-]){_NON_LATIN_WORD}(?:[ \t]{_NON_LATIN_WORD}){{0,2}}(?![\w'’-])")


# A Ukrainian or Russian given name in another case than the nominative the lists hold: its case ending (genitive,
# dative, instrumental, vocative) replaced by a nominative's ("Олені" -> Олена, "Андрієві" -> Андрій, "Марією" ->
# Марія, "Олександре" -> Олександр; tuning_149). Five letters at least: a shorter capitalised word opening a sentence
# is too often a word whose ending reads so ("Миру", peace, and Mira).
_CASE_MIN_LETTERS = 5
_CYRILLIC_CASE_ENDINGS = tuple("ові еві єві ою ею єю ом ем єм і ї е у ю я и ы".split())
_CYRILLIC_NOMINATIVE_ENDINGS = ("", "а", "я", "й", "о")


def _cyrillic_nominatives(word: str) -> set[str]:
    """The nominatives a Cyrillic ``word`` in another case may stand for (see ``_CASE_MIN_LETTERS``).

    >>> sorted(_cyrillic_nominatives("Андрієві"))[:3]
    ['Андрі', 'Андріа', 'Андрій']
    """
    out = set()
    lowered = word.lower()
    for end in _CYRILLIC_CASE_ENDINGS:
        if lowered.endswith(end) and len(word) - len(end) >= 3:
            out |= {word[: len(word) - len(end)] + nominative for nominative in _CYRILLIC_NOMINATIVE_ENDINGS}
    return out


# Greetings of Cyrillic chats that read as a listed first name in Latin letters (Kazakh "Сәлем", salem; tuning_86).
CYRILLIC_GREETINGS = frozenset("сәлем салем салам сайн рахмет рахмат".split())
# A family name's ending in Russian, Ukrainian, Belarusian and the Caucasus' Russian spellings (-ов/-ев/-ова/-ева,
# -ский/-ская, -енко, -дзе, -швили, -ян): the last of two or three capitalised Cyrillic words so ending is a person's
# name, listed or not ("Леча Бисаев", "Аминат Бисаева", tuning_119; -ин/-ина are left out: "Магазин", "Берлин").
_SURNAME_ENDING = re.compile(r"(?:[оеё]ва?|[сц]к(?:ий|ая)|енко|дзе|швили|янц?)$")
# A Georgian (Mkhedruli) given name and family name: two words of that script, the second ending as most Georgian
# family names do, in -ძე (-dze) or -შვილი (-shvili) ("მანანა ლომსაძე", "შოთა გოგოლაძე"; tuning_119). The script has
# no capitals to tell a name from a word; those two endings do (Georgians give no middle name: a third word before is
# the sentence's, "წერია მანანა ლომსაძე", "it says Manana Lomsadze").
_GEORGIAN_LETTER = re.compile(r"[\u10d0-\u10ff]")
# A case ending glued to the family name stays outside the name (``გურამ ნოზაძეს ნომერი``, 'Guram Nozadze's number';
# tuning_128; the endings of ``caucasus_names``).
_GEORGIAN_NAME = re.compile(
    r"(?<![\w-])[\u10d0-\u10ff]{2,}[ \t][\u10d0-\u10ff]{2,}(?:ძე|შვილი)"
    r"(?=(?:ისთვის|სთვის|სთან|იდან|თან|ისა|ზე|ში|მა|ის|ით|ად|დან|ს|ო)?(?![\w-]))"
)


_GREEK_VOICELESS_V = re.compile(r"([ae])v(?=[tkpsxf]|ch|th)")


def _greek_nominatives(word: str) -> set[str]:
    """``word`` and the nominatives a Greek name in another case may stand for: the vocative or accusative without
    its -ς (``Μάκη``, ``Ντίνο``), a feminine name's genitive in -ως or -ας (``Φρόσως``, ``Ρούλας``). Not the genitives
    in -ου and -ης: a saint's feast and a month say them as often ("Αγίου Στεφάνου", "Κωνσταντίνου και Ελένης",
    "Ιουλίου", tuning_141, _107).

    >>> sorted(_greek_nominatives("Μάκη")), sorted(_greek_nominatives("Ιουλίου"))
    (['Μάκη', 'Μάκης'], ['Ιουλίου'])
    """
    forms = {word}
    if word.endswith(("η", "ή", "α", "ά", "ο", "ό")):
        forms.add(word + "ς")
    elif word.endswith(("ως", "ώς", "ας", "άς")):
        forms.add(word[:-1])
    return forms


@lru_cache(maxsize=1 << 14)
def _latin_readings(word: str) -> frozenset[str]:
    """``word`` (Cyrillic or Greek) in Latin letters, by every transliteration the name lists were read with."""
    from afscherm.detectors.world_first_names import CENTRAL_ASIAN, CYRILLIC_LOCALES, greek, transliterate

    if "\u0370" <= word[0] <= "\u03ff":
        # (and the nominative a Greek name's other cases come from, as the lists hold it: "Μάκη", "Λευτέρη", "Ντίνο",
        # "Φρόσως"; tuning_141)
        # (ευ and αυ read "ef" and "af" before a voiceless consonant, as the name lists spell them: Λευτέρης, Lefteris)
        readings = {greek(form) for form in _greek_nominatives(word)}
        return frozenset(readings | {_GREEK_VOICELESS_V.sub(r"\1f", r) for r in readings})
    return frozenset(transliterate(word, table) for table in (*CYRILLIC_LOCALES.values(), CENTRAL_ASIAN))


class PersonNameRecognizer(DutchRecognizer):
    ENTITIES = ("PERSON",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        found: list[Finding] = []
        for rule in (self._titled, self._initials, self._initials_caps_surname, self._first_last, self._greeting,
                     self._signature, self._field, self._email, self._speaker, self._caps_speaker, self._lower_speaker,
                     self._lower_titled, self._lower_bare_after_preposition,
                     self._lower_pair, self._lower_cued, self._mention, self._lower_bare,
                     self._lower_subject, self._introduced_surname, self._lower_initials,
                     self._kin_named, self._named_unknown, self._named_field, self._ocr_field, self._phone_answer,
                     self._name_answer, self._licence_fields, self._spelling_alphabet,
                     self._word_first_pair, self._spaced_field, self._ocr_damaged_names,
                     self._capitals_titled, self._before_birth, self._label_row_values,
                     self._comma_written, self._spelling_remark, self._here_answer,
                     self._lower_particle_surname, self._cell_pairs, self._name_handle,
                     self._initials_answer, self._lower_double_first_name, self._vocative,
                     self._quoted_name, self._spoken_label, self._slash_written, self._role_surname,
                     self._birth_name, self._spouse_name, self._abbreviated_particle, self._device_owner,
                     self._salutation_surname, self._name_as_quoted, self._login_name,
                     self._hl7_name, self._caps_surname_given, self._named_as,
                     self._capital_first_name_taken, self._lower_pair_subject,
                     self._capital_first_name_mid, self._neighbour_by_number,
                     self._speaker_before_time, self._nicknamed, self._given_name_pair,
                     self._inverted_question, self._fetched_at, self._party_of, self._personal_data_of,
                     self._written_speaker, self._file_named_person, self._dated_first_names,
                     self._beside_a_pronoun, self._bracketed_kin, self._chat_member_handles, self._english_kin_named,
                     self._lower_name_alone, self._slot_names, self._numbered_device_owner,
                     self._first_name_after_van, self._dotted_mention, self._joined_mention,
                     self._line_opening_vocative,
                     self._name_before_bracketed_number, self._name_is_capitals, self._birth_owner,
                     self._name_alone_in_a_turn, self._unknown_said, self._numbered_unknowns,
                     self._family_of, self._initials_in_a_row, self._header_handles, self._alone_line_handles,
                     self._mail_header_name,
                     self._vietnamese_name, self._english_family, self._bold_headers,
                     self._stamped_surname_given, self._english_name_of, self._holder_named, self._romance_kin_of,
                     self._thanked, self._told_in_spanish, self._name_said_of, self._english_possessive_owner,
                     self._exported_chat_senders,
                     self._whose_from_place,
                     self._name_on_the_document, self._cyrillic_or_greek_names,
                     self._unknown_before_birth, self._honorific_after, self._arabic_vocative,
                     self._lower_name_after_foreign_kin):  # fmt: skip
            found.extend(rule(text))
        found.extend(self._f(start, end, SCORE_WEAK) for start, end in _wrapped_surnames(text, found))
        found.extend(self._f(start, end, SCORE_WEAK) for start, end in coordinated_names(text, found))
        found.extend(self._f(start, end, SCORE_WEAK) for start, end in coordinated_surnames(text, found))
        found.extend(self._f(start, end, SCORE_WEAK) for start, end in _lower_name_neighbours(text, found))
        found.extend(self._f(start, end, SCORE_WEAK) for start, end in _noble_tot_tails(text, found))
        found.extend(self._f(start, end, SCORE_WEAK) for start, end in _bracketed_call_names(text, found))
        found = without_leading_titles(text, found)
        return split_at_wide_spaces(text, merge(ocr_word_ends(text, without_street_tails(text, found))))

    def _f(self, start: int, end: int, score: float) -> Finding:
        return Finding(start, end, "PERSON", score, self.name)

    def _cyrillic_or_greek_names(self, text: str) -> list[Finding]:
        """Names written in Cyrillic or Greek letters (``Живко Ангелов Ангелов``, ``Данило Гнатюк / Danylo``,
        ``Γιώργος Παπαδόπουλος``): a run of up to three capitalised words of those scripts, one of them a listed
        first or family name read in Latin letters (by each language's transliteration) or the last ending as a
        family name does (``_SURNAME_ENDING``); a single word only as a listed first name of four letters or more.
        And a Georgian given and family name (``_GEORGIAN_NAME``)."""
        out: list[Finding] = []
        if _GEORGIAN_LETTER.search(text) is not None:
            out += [self._f(*m.span(), SCORE_MEDIUM) for m in _GEORGIAN_NAME.finditer(text)]
        if _NON_LATIN_CAPITAL.search(text) is None:
            return out
        for m in _NON_LATIN_NAME_RUN.finditer(text):
            words = m.group().split()
            readings = [_latin_readings(w) for w in words]
            given = any(r & first_names() for r in readings)
            family = any(r & family_names() for r in readings)
            # (a given name alone in another case: "Олені", "Андрієві", "з Марією", tuning_149)
            if len(words) == 1 and not given and len(words[0]) >= _CASE_MIN_LETTERS:
                given = any(_latin_readings(w) & first_names() for w in _cyrillic_nominatives(words[0]))
            if (len(words) > 1 and (given or family or _SURNAME_ENDING.search(words[-1]) is not None)) or (
                len(words) == 1 and len(words[0]) >= 4 and given and words[0].lower() not in CYRILLIC_GREETINGS
            ):
                out.append(self._f(m.start(), m.end(), SCORE_MEDIUM))
        return out

    def _slot_names(self, text: str) -> list[Finding]:
        """Names by the slot they fill, whatever the lists say (:mod:`detectors.name_slots`): a chat's speakers, an
        unknown capitalised word where a person stands, a table's name cells."""
        from afscherm.detectors import name_slots  # (it reads this module's lists: imported once both are loaded)

        found = [self._f(start, end, SCORE_MEDIUM) for start, end in name_slots.speaker_slots(text)]
        found += [self._f(start, end, SCORE_WEAK) for start, end in name_slots.placed_names(text)]
        found += [self._f(start, end, SCORE_MEDIUM) for start, end in name_slots.owned_names(text)]
        found += [self._f(start, end, SCORE_WEAK) for start, end in name_slots.placed_english_words(text)]
        found += [self._f(start, end, SCORE_MEDIUM) for start, end in name_slots.stamped_label_speakers(text)]
        return found + [self._f(start, end, SCORE_MEDIUM) for start, end in name_slots.table_names(text)]

    def _given_name_pair(self, text: str) -> list[Finding]:
        """Two capitalised listed first names joined by an ampersand (``Trouwerij van Mark & Evelien``, ``groeten,
        Daan & Roos``): a couple, both people, though a first name is also a word. Not a firm's pair of words
        (``Kaas & Wijn``: no first names), nor one whose second half goes on into a name or firm (``Mark & Roos BV``),
        nor a pair quoted whole (a title, a text printed on a gift)."""
        if "&" not in text:
            return []
        out: list[Finding] = []
        for m in _GIVEN_NAME_PAIR.finditer(text):
            first, second = m.group(1), m.group(2)
            quoted = text[m.start() - 1 : m.start()] in _QUOTES and text[m.end() : m.end() + 1] in _QUOTES
            if quoted or _PAIR_GOES_ON.match(text, m.end()) is not None:
                continue  # a title or a printed text in quotes ("1x mok 'Bas & Femke'"), a firm's name going on
            if listed_given_name(first) and listed_given_name(second):
                out += [self._f(*m.span(1), SCORE_WEAK), self._f(*m.span(2), SCORE_WEAK)]
        return out

    def _titled(self, text: str) -> list[Finding]:
        """``dhr. J.P. de Vries``, ``mevrouw Jansen``, ``meneer De Boer``: the name, not the title."""
        out = []
        for m in opening_matches(TITLED, TITLE_OPENINGS, text):
            written = m.group(1).split()
            # a word after a particle is a surname, even a common one: "mevrouw Van Gisteren", "meneer De Morgen"
            after_particle = len(written) == 2 and written[0].lower() in PARTICLE_SET and written[1][:1].isupper()
            start, end = m.span(1) if after_particle else strip_trailing_stop(text, *m.span(1))
            end = _before_street(text, start, end)
            words = text[start:end].split()
            # the register's initials after the surname and a comma ("Dhr. Verbeek, B.  12-09-1949"), not a firm's
            initials = COMMA_INITIALS_AFTER.match(text, end)
            if initials is not None and initials.group(1).replace(" ", "") not in COMPANY_INITIALS:
                end = initials.end(1)
            if words and m.group()[:3].lower() == "hr." and (m.group()[:2] == "HR" or not is_family_name(words[-1])):
                continue  # (HR. ends a sentence about a department: "hr." vouches only for a listed surname)
            if words and (words[-1].lower() not in STOP or after_particle) and len(words) <= 6:
                score = SCORE_STRONG if is_family_name(words[-1]) or len(words) > 1 else SCORE_MEDIUM
                out.append(self._f(start, end, score))
        return out

    def _capitals_titled(self, text: str) -> list[Finding]:
        """OCR'd letters and statements address people in capitals (``DE HEER P C VAN DER MEULEN``, ``DHR. M. EL
        AMRANI``, ``Mevr. H.J. TEN BRINK``): a title in any case, then initials (with or without dots) and name
        words all in capitals on its line. Found at the titles of the lower-cased copy; texts without one skip."""
        out: list[Finding] = []
        facts = text_facts(text)
        lowered = facts.lowered
        # tried only where a title word starts ("de heer" three characters before its "heer"), not everywhere
        found_at = [positions(lowered, word) for word in CAPITALS_TITLE_WORDS]  # "heer" first
        if not any(found_at):
            return out
        starts = sorted({at for ats in found_at for at in ats} | {at - 3 for at in found_at[0] if at >= 3})
        for title in matches_from(CAPITALS_TITLE, lowered, starts):
            after = text[title.end() : title.end() + 1]
            if not after.isupper() and after != "(":
                continue  # the name after the title is not in capitals: the other title rules read it
            m = CAPITALS_NAME.match(text, title.end())
            if m is None:
                continue
            words = [bare(w) for w in m.group(2).split()]
            kept = [w for w in words if w not in PARTICLE_SET]
            if not kept or words[-1] in PARTICLE_SET or any(w in STOP_OR_ORG for w in kept):
                continue  # a label, a firm or a word in capitals after the title ("DE HEER EN MEVROUW")
            score = SCORE_STRONG if m.group(1) or is_family_name(kept[-1]) else SCORE_MEDIUM
            out.append(self._f(m.start(), m.end(), score))
        return out

    def _before_birth(self, text: str) -> list[Finding]:
        """Registers, forms and prescriptions name a person right before their birth: ``Kind: LUUK BAKKER, geb.
        3-2-2015``, ``Dhr. Verbeek, B.  geboren ...``: the name-shaped words between a label, a bar or the line
        start and ``geb.``/``geboren``, each capitalised, one a listed name, none a label, firm or other word."""
        out: list[Finding] = []
        lowered = text_facts(text).lowered
        for at in positions(lowered, "geb"):
            if not lowered.startswith(("geb.", "geb:", "geboren", "geb "), at):
                continue  # "gebruik", "gebeld" (the cheap test first)
            # the name runs from the line start, a label's colon, a bar or a semicolon up to the birth word
            lo = max(text.rfind(c, max(0, at - 60), at) for c in "\n:|;") + 1
            if lo == 0 and at > 60:
                continue
            m = BEFORE_BIRTH.fullmatch(text, lo, at)
            if m is None:
                continue
            words = m.group("name").split()
            names = [bare(w) for w in words if bare(w) not in PARTICLE_SET]
            if not names or not all(w[:1].isupper() for w in words if bare(w) not in PARTICLE_SET):
                continue
            listed = [w for w in names if is_first_name(w) or is_family_name(w)]
            # a surname that is also a word ("BAKKER") only in the surname's place, last: "Zoon Pieter" is no name
            if not listed or any(
                w in STOP_OR_ORG or (w in common_words() and (w not in listed or i < len(names) - 1))
                for i, w in enumerate(names)
            ):
                continue
            out.append(self._f(*m.span("name"), SCORE_MEDIUM))
        return out

    def _unknown_before_birth(self, text: str) -> list[Finding]:
        """A capitalised name no list and no dictionary knows right before "geb." and a date (``ja Gayane, geb
        14.01.1944 volgens haar armeense pas``, tuning_76): whose birth it is. Not a place ("Kapelle, geb. ...")."""
        from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

        out: list[Finding] = []
        if "geb" not in text:
            return out
        for m in UNKNOWN_BEFORE_BIRTH.finditer(text):
            name = m.group("name")
            if word_like(name.lower()) or _is_dutch_place(name) or name.lower() in STOP_OR_ORG:
                continue
            out.append(self._f(*m.span("name"), SCORE_WEAK))
        return out

    def _label_row_values(self, text: str) -> list[Finding]:
        """OCR'd cards, forms and letters set a row of labels over a row of values, column by column
        (``Naam   Voornamen   Geboortedatum`` over ``DE BOER   JAN PIETER   01-01-1980``; ``Huurder   Verhuurder``
        over ``M. de Lange   Woonstichting De Key``): a value under a name or role label, read by column, is a name
        when it is name-shaped (as :meth:`_spaced_field` judges a value beside its label)."""
        out: list[Finding] = []
        for a, b, kind in column_values(text, form_label_kind):
            value = form_value(text[a:b])
            if not value or not name_value(value, kind) or form_label_kind(value) is not None:
                continue  # a row's own label in the first column ("Aanvrager   M.C.   van   Dam")
            if BILINGUAL_LABEL.match(text, a):
                continue  # a card's next label under a label and its value ("Voornarnen / Given names   SEVGI")
            out.append(self._f(a, a + len(value), SCORE_STRONG))
        return out

    def _comma_written(self, text: str) -> list[Finding]:
        """Registers, envelopes and forms write a person surname first: ``VAN DEN BERG, Johannes Hendrik``,
        ``Veldhuis, A.M.``, ``HOEKSTRA, Rinse`` on a line of its own, after a label's colon or a form's wide
        spacing, and ending there (or at a bracket or a birth word). The surname must be in capitals or a listed
        surname, and what follows the comma initials or listed first names; a place (even one that is a surname too:
        ``Zwolle, Jan``), label or firm never."""
        out: list[Finding] = []
        end = 0
        for comma in positions(text, ","):
            after = comma + 2 if text[comma + 1 : comma + 2] in (" ", "\t") else comma + 1
            if comma < end or not text[after : after + 1].isupper():
                continue  # inside the last name found; a comma before a word in lower case (prose) is none
            # the writing starts at its line's start, a label's colon or a form's wide spacing, close to the comma
            lo = max(0, comma - COMMA_HEAD_REACH)
            start = max(text.rfind("\n", lo, comma), text.rfind(":", lo, comma), text.rfind("\t", lo, comma))
            # ... or a quote: a value in machine output (subject_name="Van den Berg, Lieke")
            quoted = max(text.rfind('"', lo, comma), _opening_apostrophe(text, lo, comma))
            start = max(start, quoted)
            start = max(start + 1, text.rfind("   ", lo, comma) + 3) if "   " in text[lo:comma] else start + 1
            if start == 0 and lo > 0:
                continue  # no such start near the comma: a sentence
            m = COMMA_WRITTEN.match(text, start)
            if m is None:
                continue
            head = [w for w in m.group("head").split() if w.lower() not in PARTICLE_SET]
            tail = m.group("tail").split()
            if not head or any(bare(w) in STOP_OR_ORG or w.title() in places() or is_orgish(w) for w in head):
                continue
            surname = " ".join(head)
            if not (surname.isupper() and len(surname) > 2) and not is_family_name(surname):
                continue  # "Zwolle, Jan": a capitalised head needs the surname list
            initials = re.fullmatch(INITIALS, m.group("tail")) is not None
            if not initials and not all(is_first_name(w) and bare(w) not in STOP for w in tail):
                continue
            end = m.start("name") + len(m.group("name").rstrip())
            out.append(self._f(m.start("name"), end, SCORE_STRONG))
        return out

    def _spelling_remark(self, text: str) -> list[Finding]:
        """Transcripts: a word said with how it is spelled (``smulders is met een d``, ``meijer met een lange ij``,
        ``van dijk met twee k's``) is a name, with its particles, unless it is a common word no name list has."""
        out: list[Finding] = []
        lowered = text_facts(text).lowered
        if "met " not in lowered:
            return out
        for at in positions(lowered, "met "):
            if at and lowered[at - 1].isalnum() or SPELLING_REMARK.match(lowered, at) is None:
                continue  # the cheap test first: "met" then a letter named by its spelling
            said = SAID_WITH_REMARK.search(text, max(0, at - 60), at)
            if said is None:
                continue
            words = [bare(w) for w in said.group(1).split()]
            core = [w for w in words if w not in PARTICLE_SET]
            if len(core) != 1 or core[0] in STOP or core[0] in ANSWER_WORDS:
                continue
            if core[0] in common_words() and core[0] not in first_names() and core[0] not in frequent_family_names():
                continue  # "een woord met een k" (a rare surname that is a word is no evidence; "bakker" is)
            out.append(self._f(*said.span(1), SCORE_MEDIUM))
        return out

    def _here_answer(self, text: str) -> list[Finding]:
        """A call answered with a name and ``hier`` at the start of a turn (``klant: jansen hier, ik bel over ...``,
        ``Met Van Dijk hier.``): a listed surname (also one that is a word) or first name, or a capitalised surname,
        then ``hier`` ending its phrase or before a greeting."""
        out: list[Finding] = []
        lowered = text_facts(text).lowered
        if " hier" not in lowered:
            return out
        for at in positions(lowered, " hier"):
            if not (PHRASE_END.match(text, at + 5) or ANSWER_GREETING.match(text, at + 5)):
                continue  # "jansen hier in de straat": no answer
            line_start = text.rfind("\n", 0, at) + 1
            said = HERE_NAME.search(text, max(line_start, at - 40), at)
            if said is None:
                continue
            lead = text[line_start : said.start()].rstrip()
            lead = lead[:-3].rstrip() if lead.lower().endswith("met") else lead  # "met jansen hier"
            # (or after a clause of a turn a number sent, which names no one: "+31 6 ...: 2x 25 kilo graag. ronahi
            # hier, bezorgen bij ...", tuning_58, tuning_61)
            clause = _NUMBER_SENDER_CLAUSE.fullmatch(lead) is not None
            if not PHONE_ANSWER_LEAD.fullmatch(lead) and not clause:
                continue  # not at the turn's start
            value = said.group(1)
            core = [w for w in value.split() if w.lower() not in PARTICLE_SET]
            if len(core) != 1 or bare(core[0]) in STOP_OR_ORG:
                continue
            listed = lower_surname(value.lower(), common_ok=True) or is_first_name(core[0], lowercase_ok=True)
            if listed or (value[:1].isupper() and plausible_surname(core[0])):
                out.append(self._f(*said.span(1), SCORE_MEDIUM))
            elif value.islower() and _unknown_word(core[0]) and (clause or PHONE_SENDER.match(lead)):
                # a name no list holds, said so by whoever sent from a number ("pieterjan hier, van knokke")
                out.append(self._f(*said.span(1), SCORE_WEAK))
        return out

    def _initials(self, text: str) -> list[Finding]:
        """``J.P. de Vries``, ``A. Jansen-Smit``: initials then a capitalised surname."""
        out = []
        for m in INITIALS_SURNAME.finditer(text):
            if m.group(1).replace(" ", "") in COMPANY_INITIALS or WIDE_SPACE.search(text, m.start(1), m.start(2)):
                continue  # a company's letters; a form's next field after wide spacing ("A.M.      Tussenvoegsel")
            start, end = strip_trailing_stop(text, m.start(), m.end())
            surname = text[m.start(2) : end]
            if not surname or surname.split()[-1].lower() in STOP:
                continue
            if sentence_word_after_letter(text, m.start(2), surname):
                continue  # "O, Z, T, U, R, K. Zonder": a spelled letter, then a new sentence
            if " ." in m.group(1) and not is_family_name(surname):
                continue  # OCR's "K . Verhoeven", not a sentence's end after a letter ("optie B . Daarna")
            out.append(self._f(start, end, SCORE_STRONG if is_family_name(surname) else SCORE_MEDIUM))
        return out

    def _initials_caps_surname(self, text: str) -> list[Finding]:
        """``Factuur aan: W. TEN BRINK``, ``Van:  M VAN DER BERG``: initials then a listed surname in capitals (a word
        too with its particle, or when among the most frequent surnames); an initial without its dot only after a
        label's colon, a wide gap or at a line start, as statements and invoices print it."""
        out: list[Finding] = []
        for m in INITIALS_CAPS_SURNAME.finditer(text):
            initials, surname = m.group("initials"), m.group("surname")
            if initials.replace(" ", "") in COMPANY_INITIALS:
                continue
            if "." not in initials and BARE_INITIAL_LEAD.search(text, max(0, m.start() - 4), m.start()) is None:
                continue
            words = surname.lower().split()
            core = words[-1]
            particle = len(words) > 1
            if not is_family_name(" ".join(words)) or core in STOP:
                continue
            if not particle and core in common_words() and core not in frequent_family_names():
                continue  # "A. BAKKERIJ" is no name; "P. BAKKER" is
            out.append(self._f(m.start(), m.end(), SCORE_MEDIUM))
        return out

    def _first_last(self, text: str) -> list[Finding]:
        """``Sanne de Vries``, ``Jan Pieter Jansen``: listed first name(s) then a capitalised surname."""
        out = []
        for m in NAME_RUN.finditer(text):
            span = _run_first_last(m.group())
            if span and not _after_a_saints_word(text, span[0] + m.start()):
                out.append(self._f(span[0] + m.start(), span[1] + m.start(), span[2]))
        return out

    def _greeting(self, text: str) -> list[Finding]:
        """``hoi sanne``, ``groetjes Mark``, ``u spreekt met Jan``: a listed first name after a greeting."""
        out = []
        facts = text_facts(text)
        # the lower-case pattern over the lower-cased copy (same offsets) finds what the case-insensitive one finds
        # in the text, at half the cost; a text with a character whose case folding differs keeps the latter
        # (tried only where a greeting starts: GREETING_STARTS)
        greetings = (
            GREETED.finditer(text)
            if facts.case_odd
            else matches_from(GREETED_LOWER, facts.lowered, GREETING_STARTS.starts(facts.lowered))
        )
        for m in greetings:
            first = text[m.start(1) : m.end(1)]
            if first.islower() and first in english_word_names() and _ENGLISH_GREETING.match(text, m.start()):
                continue  # "hello, can you ship ...": an English word after an English greeting
            said = " ".join(text[m.start() : m.start(1)].lower().replace(",", " ").split())
            if said in CALL_NAME_INTRODUCTIONS and first[:1].isupper() and first.lower() not in STOP:
                # the slot holds a name only: capitalised, it is one, a word too ("my nickname is Nok", tuning_76)
                out.append(self._f(m.start(1), m.end(1), SCORE_MEDIUM))
                continue
            if not is_first_name(first):
                # a closing greeting signs with the writer's name, listed or not, at the message's end ("groetjes
                # miek", tuning_42): a word no list and no dictionary knows, nothing but signs after it on its line
                closing = _closing_greeting(text, m.start(), m.start(1))
                opening = not closing and _opening_greeting(text, m.start(), m.start(1))
                # (capitalised too after an opening greeting or an introduction: "sou a Kátia,", "my name is Tendai,")
                unknown = _unknown_words_at(text, m.start(1), capitals=opening) if closing or opening else None
                if unknown is None:
                    continue
                signed = closing and _SIGNED_END.match(text, unknown[1]) is not None
                greeted = (
                    opening
                    and (
                        _GREETED_UNKNOWN_END.match(text, unknown[1]) is not None
                        or _introduced_capitalised(text, m.start(), unknown)
                    )
                    and all(_greeted_unknown(w) for w in text[unknown[0] : unknown[1]].split())
                )
                if signed or greeted:
                    out.append(self._f(*unknown, SCORE_WEAK))
                continue
            end = m.end(1)
            # The surname may follow: "hoi sanne de vries" in lowercase chat, "Hallo Jan Jansen".
            tail = GREETED_TAIL.match(text, end)
            last = tail.group(1).split()[-1].lower() if tail else ""
            if tail and is_family_name(tail.group(1)) and last not in STOP and last not in common_words():
                end = tail.end()
            out.append(self._f(m.start(1), end, SCORE_MEDIUM))
        return out

    def _signature(self, text: str) -> list[Finding]:
        """The line after ``Met vriendelijke groet,``: a name when it is name-shaped."""
        out = []
        for m in matches_from(CLOSINGS, text, text_facts(text).line_starts):  # a line-start pattern
            line = re.match(r"[ \t]*([^\n]{2,60})", text[m.end() :])
            if not line:
                continue
            start = m.end() + line.start(1)
            # (the name before its role or firm on its line: "Latifa | Klantenservice", "Jan Smit - Planning")
            value = _SIGNATURE_PART_END.split(line.group(1).rstrip(), maxsplit=1)[0]
            value = cut_at_label(value)
            first = value.split()[0] if value.split() else ""
            if name_shaped(value) and (is_first_name(first, lowercase_ok=True) or re.match(INITIALS, value)):
                out.append(self._f(start, start + len(value), SCORE_STRONG))
            # (a word no list knows alone on the next line is as often a desk's or an agency's name: "Met
            # vriendelijke groet,\nKlantcontact", "\nJustis", "\nDonorregister", retired_1)
        # a message's last line: thanks or a greeting and the writer's listed first name after it ("Dank! Kees")
        body = text.rstrip()
        last = CLOSING_SAME_LINE.match(body, body.rfind("\n") + 1)
        if last is not None and is_first_name(last.group("name")):
            out.append(self._f(*last.span("name"), SCORE_STRONG))
        if "," in text or "!" in text or "groet" in text_facts(text).lowered:
            for m in CLOSING_NAME_LINE.finditer(text):
                name = m.group("name")
                if is_first_name(name) or _unknown_capitalised(name):
                    out.append(self._f(*m.span("name"), SCORE_MEDIUM))
        return out

    def _field(self, text: str) -> list[Finding]:
        """``Naam: Jan de Vries``, ``Voornamen / Given names\\nJAN PIETER``: the value of a name field."""
        out = []
        # each match starts at a line start or at a "|" or ";": tried only there
        facts = text_facts(text)
        gaps = {m.end() for m in _WIDE_GAP.finditer(text)} if "   " in text else set()
        starts = sorted({*facts.line_starts, *positions(text, "|"), *positions(text, ";"), *gaps})
        # (a label after a wide gap with its colon or its translation only: a table's header row lists labels too,
        # "Naam   Voorletters   Tussenv.   Achternaam")
        label_ends = [
            m.end()
            for m in matches_from(NAME_FIELDS, text, starts)
            if m.start() not in gaps or ":" in m.group() or "/" in m.group()
        ]
        if "naam" in facts.lowered or "naarn" in facts.lowered:
            # "Achternaam erflater:", "Naam van de moeder:": a name label of a person's role
            label_ends += [m.end() for m in ROLE_NAME_FIELD.finditer(text) if m.group("role").lower() in PERSON_ROLES]
        for label_end in sorted(label_ends):
            # a sentence's verb between the label and its value ("Contactpersoon is Marian") belongs to neither; a
            # lower-case word after it names no one ("contactpersoon is niet bereikbaar")
            verb = FIELD_VERB.match(text, label_end)
            if verb is not None:
                if not text[verb.end() : verb.end() + 1].isupper():
                    continue
                label_end = verb.end()
            line = re.match(r"([^\n|;]{1,60})", text[label_end:])
            if not line:
                continue
            # the label goes on in lower-case words to its colon ("Naam zoals in het paspoort: HENDRIKUS BLOM"): the
            # value follows the colon
            going_on = LABEL_GOES_ON.match(line.group(1))
            if going_on is not None:
                label_end += going_on.end()
                line = re.match(r"([^\n|;]{1,60})", text[label_end:])
                if not line:
                    continue
            value = form_value(line.group(1))
            # OCR's digits inside a word read as letters for the value's shape ("J0HAN VAN DER B0SCH")
            shape = ocr_value_shape(value)
            words = value.split()
            if not words or not comma_name_shaped(shape) or (words[0].lower() in STOP - PARTICLE_SET):
                continue
            if ocr_folded(words[0].lower()) in ROLE_LABELS or (
                len(words) == 1 and (value.lower().endswith(LABEL_ENDINGS) or form_label_kind(value) is not None)
            ):
                # a label's second word ("Naarn werknemer    P.J. Dekker") or the next label, not its value (OCR
                # damaged too: "Naarn      Voornarnen", a row of labels)
                continue
            if CAPITALS_TITLE.match(line.group(1).lower()):
                continue  # "DE HEER P C VAN DER MEULEN": the title's rules read the name after it
            out.append(self._f(label_end, label_end + len(value), SCORE_STRONG))
        return out

    def _ocr_field(self, text: str) -> list[Finding]:
        """OCR'd forms: a name label as OCR damaged it (``Narne:``, ``Na am:``, ``Werknerner:``, ``Voor naarn:``),
        read folded (``rn`` → ``m``, ``0``/``1`` → letters, spaces inside the label dropped), at a line start or
        after a form's wide spacing; its value up to the next wide spacing. A role label (``Werknemer:``) needs a
        value in capitals or with a listed name in it; the name labels vouch for any name-shaped value."""
        out: list[Finding] = []
        colon = text.find(":")
        while colon >= 0:
            # read each colon's label backwards (few colons per text) rather than a pattern tried at every line
            here, colon = colon, text.find(":", colon + 1)
            line_start = text.rfind("\n", 0, here) + 1
            lo = max(line_start, here - 32)
            cut = max(text.rfind("\t", lo, here), text.rfind("   ", lo, here))
            if cut < 0 and lo > line_start:
                continue  # neither at a line start nor after a form's wide spacing
            kind = form_label_kind(text[cut + 1 if cut >= 0 else lo : here].strip())
            if kind is None:
                continue
            role = kind == "role"
            value_m = FORM_VALUE.match(text, here + 1)
            if value_m is None:
                continue
            value = form_value(value_m.group(1))
            words = value.split()
            if kind == "particle" and not name_value(value, kind):
                continue  # "Tussenvoegsel: -": a particle column holds particles only
            if not words or not comma_name_shaped(ocr_value_shape(value)) or words[0].lower() in STOP - PARTICLE_SET:
                continue
            # the particles of a register's writing stay in lower case ("de VRIES, K."): judge the other words
            core = " ".join(w for w in words if w.lower() not in PARTICLE_SET) or value
            if role and not (core.isupper() or (core[:1].isupper() and any(is_listed(bare(w)) for w in words))):
                continue  # "Werknemer: vast contract"
            out.append(self._f(value_m.start(1), value_m.start(1) + len(value), SCORE_STRONG))
        return out

    def _spaced_field(self, text: str) -> list[Finding]:
        """OCR'd forms whose colon was lost or never printed: a name or role label at a line start, a form's
        wide spacing, then its value (``Verzekerde     K0BUS, ANNEKE``); judged as :meth:`_ocr_field` judges a
        value after a colon, OCR's digits inside a word read as letters for its shape."""
        out: list[Finding] = []
        if "   " not in text and "\t" not in text and "...." not in text:
            return out  # no form spacing or dot leaders in the text
        for m in matches_from(SPACED_FIELD, text, text_facts(text).line_starts):
            kind = form_label_kind(m.group("label").strip())
            if kind is None:
                continue
            value = form_value(m.group("value"))
            if not name_value(value, kind):
                continue  # "Verzekerde     niet van toepassing", "Naam werknemer     Personeelsnummer"
            out.append(self._f(m.start("value"), m.start("value") + len(value), SCORE_STRONG))
        return out

    def _ocr_damaged_names(self, text: str) -> list[Finding]:
        """A capitalised word that is no listed name or word as written but is one as OCR damaged it (``Pleter``,
        ``Muider``, ``Wi11ems``, ``P3tra``, ``Ernrna``: l/1/i, 0/o, 5/s, 3/e, rn/m confused), with the listed
        names, initials and particles beside it: a name in an OCR'd letter or form. Only names of four letters
        or more that are no common word, and only when the damaged word is no common word either."""
        out: list[Finding] = []
        # the words no list knows that read as a listed name with OCR's confusions folded: in most texts none
        candidates = {w for w in set(OCR_CANDIDATE.findall(text)) if _ocr_damaged_name(w)}
        if not candidates:
            return out
        covered = 0  # the end of the last name found: its other damaged words are inside it
        for m in OCR_CANDIDATE.finditer(text):
            if m.start() < covered or m.group() not in candidates or not whole_word(text, m.start(), m.end()):
                continue
            if in_address(text, m.start()) or text[m.start() - 1 : m.start()] == "=":
                continue  # a user name, path or key (Ann1, /home/Petra1, TYPE=CELL): no OCR misreading
            if m.group() in SQL_CAPITALS:
                continue  # "WHERE naam LIKE '%Jansen%'": SQL's words, not a damaged "Lize"
            start, end = m.span()
            # the name's other words on its line: listed (or damaged) names, initials, particles
            while (before := NAME_WORD_BEFORE.search(text, max(0, start - 40), start)) is not None and (
                _name_part(before.group(1))
            ):
                start = before.start(1)
            while (after := NAME_WORD_AFTER.match(text, end)) is not None and _name_part(after.group(1), last=True):
                end = after.end(1)
            out.append(self._f(start, end, SCORE_MEDIUM))
            covered = end
        return out

    def _licence_fields(self, text: str) -> list[Finding]:
        """A driving licence's numbered fields: ``1.`` is the surname, ``2.`` the given names (EU model)."""
        out: list[Finding] = []
        if "1." not in text:
            return out
        # (the word rijbewijs, or the licence's own layout when OCR read no heading: "1. SMEETS / 2. LOTTE / 3.
        # 11.07.1994 HEERLEN")
        if not licence_page(text, text.lower()):
            return out
        for m in LICENCE_NAME_FIELD.finditer(text):
            value = form_value(m.group("value"))
            words = value.split()
            if words and comma_name_shaped(ocr_value_shape(value)) and words[0].lower() not in STOP - PARTICLE_SET:
                out.append(self._f(m.start("value"), m.start("value") + len(value), SCORE_STRONG))
        return out

    def _phone_answer(self, text: str) -> list[Finding]:
        """A call answered with ``met`` and a name at the start of a turn (``Beller: met de vries.``, ``met
        hendriks, tom hendriks``, ``Ja, met Jansen``): the Dutch telephone convention names the speaker, so a
        listed surname counts even when it is also a word; a capitalised unlisted one only before the turn's end
        or a comma."""
        out: list[Finding] = []
        if "met " not in text and "Met " not in text:
            return out
        for at in sorted(_all_indexes(text, "met ") + _all_indexes(text, "Met ")):
            if at and (text[at - 1].isalnum() or text[at - 1] == "_"):
                continue  # "komt met", "Smet"
            line_start = text.rfind("\n", 0, at) + 1
            lead = text[max(line_start, at - 2) : at].strip()
            if lead and lead[-1] not in ":,.!" and not lead[-1].isalpha():
                continue  # cheap first test: "met" mid-sentence after a digit or a bracket
            if not PHONE_ANSWER_LEAD.fullmatch(text, line_start, at):
                continue
            pos = at + 4
            while pos < len(text) and text[pos] in " \t":
                pos += 1
            end = lower_surname_after(text, pos - 1, common_ok=True)
            if end is None:
                cap = CAP_SURNAME.match(text, pos)
                if cap is None or bare(cap.group().split()[-1]) in STOP_OR_ORG:
                    continue
                unlisted_ok = PHRASE_END.match(text, cap.end()) and plausible_surname(cap.group().split()[-1])
                if not is_family_name(cap.group()) and not unlisted_ok:
                    continue  # "met Klantenservice, goedemiddag" names a desk, not a person
                end = cap.end()
                if is_first_name(cap.group()) and employer_after(text, end):
                    # "met Hans van de Gamma", "met Petra van klantenservice": a first name, then who one works for
                    out.append(self._f(pos, end, SCORE_MEDIUM))
                    continue
            if PHRASE_END.match(text, end) or ANSWER_GREETING.match(text, end) or CALLER_GOES_ON.match(text, end):
                out.append(self._f(pos, end, SCORE_MEDIUM))
        return out

    def _name_answer(self, text: str) -> list[Finding]:
        """Transcripts: the turn that answers a question for a name (``kunt u uw naam spellen?`` / ``En uw
        achternaam?`` → ``Klant: bosma, b-o-s-m-a``): its first one to three name-shaped words before a comma
        or the turn's end, unless they are a greeting, a yes or no, or a common word in lower case."""
        out: list[Finding] = []
        if not any(cue in text for cue in ("naam", "Naam", "heet", "bent")):
            return out
        questions = list(NAME_QUESTION.finditer(text)) if "?" in text else []
        # speech recognition drops the question mark ("mag ik uw achternaam"): tried at each "naam" (str.find)
        folded = text_facts(text).lowered
        for at in positions(folded, "naam"):
            bare_question = BARE_NAME_QUESTION.match(folded, at)
            if bare_question is not None and YOUR_BEFORE.search(folded, max(0, at - 12), at):
                questions.append(bare_question)
        for m in sorted(questions, key=lambda m: m.end()):
            answer = ANSWER_TURN.match(text, m.end())
            if answer is None:
                continue
            value = answer.group("value")
            words = value.split()
            lowered = [bare(w) for w in words]
            if not name_shaped(value) or any(
                (w in STOP_OR_ORG and w not in PARTICLE_SET) or w in GREETING_SET for w in lowered
            ):
                continue  # (a surname's particles are in STOP: "van der heijden")
            # in lower case the answer's last word must be a listed name, or the answer a listed surname with its
            # particles ("van der heijden")
            listed_last = is_listed(lowered[-1]) and lowered[-1] not in ANSWER_WORDS
            if value.islower() and not listed_last and not (len(words) > 1 and lower_surname(value)):
                continue
            if any(
                w in ANSWER_WORDS or (w in common_words() and not is_listed(w) and w not in PARTICLE_SET)
                for w in lowered
            ):
                continue  # "Dat is Jansen": the answer's words must all be name words
            out.append(self._f(answer.start("value"), answer.end("value"), SCORE_MEDIUM))
        return out

    def _spelling_alphabet(self, text: str) -> list[Finding]:
        """Transcripts: a name spelled with the Dutch spelling alphabet (``d van dirk, e van eduard, k van karel``:
        each letter, ``van`` and a word that starts with it; two such letters in a row at least) or with the NATO
        alphabet (``bravo romeo oscar``: three of its words in a row, two of them different). The spelled letters
        are the name."""
        out: list[Finding] = []
        facts = text_facts(text)
        lowered = facts.lowered
        if " van " in lowered:
            for start, end in dutch_spelled_runs(lowered):
                if SPOKEN_DIGIT_BEFORE.search(lowered, max(0, start - 12), start):
                    continue  # after digits read out the letters are a postcode's ("drie acht een twee, k van karel")
                # a surname's particles said before its spelled letters ("de vries, de v van victor r i e s") when
                # the name is said whole with them too
                particles = PARTICLES_BEFORE.search(lowered, max(0, start - 16), start)
                if particles is not None:
                    word = alphabet_spelled_word(lowered[start:end])
                    if word is not None and f"{' '.join(particles.group(1).split())} {word}" in lowered:
                        start = particles.start(1)
                out.append(self._f(start, end, SCORE_MEDIUM))
        # only a lower-case transcription of the words is read, and a run holds two different words at least
        # ("echo echo echo" is none): tried only where one of the text's NATO words starts
        nato = NATO_WORDS.intersection(facts.lower_runs)
        if len(nato) >= 2:
            starts = sorted(at for word in nato for at in positions(text, word))
            out.extend(self._f(m.start(), m.end(), SCORE_MEDIUM) for m in matches_from(NATO_RUN, text, starts))
        return out

    def _word_first_pair(self, text: str) -> list[Finding]:
        """``ellen de vries``, ``roos van dijk``: a listed first name that is also a common word, then a particle
        and a listed surname that is no common word. (Without the particle the pair is too often a phrase; the
        names that are no word are :meth:`_lower_pair`'s.)"""
        out: list[Finding] = []
        present = word_first_names().intersection(text_facts(text).lower_runs)
        # only where such a name stands before a blank (a few words of the text, found with str.find)
        starts = sorted(at for word in present for at in positions(text, word + " "))
        for at in starts:
            end = text.find(" ", at)
            if not whole_word(text, at, end):
                continue
            tail = LOWER_SURNAME_RUN.match(text, end)
            if tail is None:
                continue
            parts = tail.group(1).split()
            if len(parts) < 2 or parts[-1] in common_words() or parts[-1] in person_verb_words():
                continue
            if lower_surname(tail.group(1)):
                out.append(self._f(at, tail.end(1), SCORE_MEDIUM))
        return out

    def _named_field(self, text: str) -> list[Finding]:
        """Dumps: the value of a field whose key or column says it is a person's name or part of one
        (``"klantnaam": "…"``, ``first_name,last_name`` rows, ``INSERT INTO p (voornaam, achternaam) VALUES``,
        ``SET achternaam = '…'``, ``voorletters;tussenvoegsel;achternaam``). The key vouches for a name that is
        also a word (``Zwart``, ``Rik``); the value must still be name-shaped, no placeholder and no organisation."""
        out: list[Finding] = []
        particles_end = -1  # where the last value under a particle column ended
        for key, start, end in name_field_values(text):
            value = text[start:end]
            words = value.split()
            # (the surname in the cell after a particle cell is a surname even when a word or a season: "'van der',
            # 'Zomer'", tuning_77)
            after_particles = 0 <= start - particles_end <= 4 and PARTICLES_ONLY.fullmatch(value) is None
            # (a display name may be written surname first: "displayName": "de Vries, J.", its given names listed;
            # or given names no list holds, capitalised and no word, the key vouching: klant="Oduro-Hendriks, Akua",
            # tuning_45 - not a product's "Stoel, zwart")
            keyed = LOWER_KEYED_NAME.fullmatch(value) is not None or _other_script_value(value)
            shaped = name_shaped(value) or surname_comma_given(value) or _comma_unlisted_given(value) or keyed
            if not words or not shaped:
                continue
            if value.lower().strip(".") in NAME_PLACEHOLDERS:
                continue
            if PARTICLES_ONLY.fullmatch(value):
                # "van der" under tussenvoegsel (or its abbreviation: "tussenv", "tussenvgs")
                if any(k in key.lower() for k in ("voegsel", "prefix", "tussenv")):
                    out.append(self._f(start, end, SCORE_STRONG))
                    particles_end = end
                continue  # particles alone are a name part only under their own column
            lowered = [bare(w) for w in words]
            stopped = [w for w, low in zip(words, lowered, strict=True) if low in STOP - PARTICLE_SET]
            # (a surname that is a word or a trade too, with its initials, is a name all the same: "bakker, j.")
            if not keyed and (
                any(is_orgish(w) for w in words) or not after_particles and any(not _month_as_name(w) for w in stopped)
            ):
                continue
            if not keyed and value.islower() and all(w in common_words() or w in PARTICLE_SET for w in lowered):
                continue  # "naam": "onbekend", "name": "default"
            if _event_role_key(key) and not _names_someone(words):
                continue  # "author=admin", "sender=system", "payer=ING": a system or a firm
            if " / " in value and _other_script_value(value):
                # each writing its own name: "ХАСАНОВ" and "HASANOV", not the slash between them
                at = start
                for side in value.split(" / "):
                    at = text.index(side.strip(), at)
                    out.append(self._f(at, at + len(side.strip()), SCORE_STRONG))
                    at += len(side.strip())
                continue
            out.append(self._f(start, end, SCORE_STRONG))
        return out

    def _speaker(self, text: str) -> list[Finding]:
        """Chat and call logs: ``[09:15] Ella:``, ``Klantenservice (Ella):``, ``Roef (Energie BV):``."""
        out = []
        named = 0  # turns of listed first names
        unlisted: list[tuple[int, int]] = []  # single unlisted words that speak without a time stamp
        # a line-start pattern whose label ends in a colon on its line
        for m in matches_from(SPEAKER, text, text_facts(text).colon_line_starts):
            for group in ("inner", "outer"):
                start, end = m.span(group)
                if start < 0:
                    continue
                value = text[start:end].strip()
                start = text.index(value, start) if value else start
                words = value.split()
                if len(words) >= 2 and _role_word(words[0]) and is_first_name(words[1]):
                    # a role written with a capital before the name ("Medewerker Jolanda:", "Docent Anouk:")
                    start = text.index(words[1], start + len(words[0]))
                    value = " ".join(words[1:])
                    words = words[1:]
                words = [w.rstrip(",") for w in words]  # ("Vos, M.": a surname, then its initials)
                if group == "inner" and _lower_name_after_role(m.group("outer"), words):
                    out.append(self._f(start, start + len(value), SCORE_WEAK))
                    continue
                if not words or not name_shaped(" ".join(words)) or any(w.lower() in STOP_OR_ORG for w in words):
                    continue
                if len(words) == 1 and (_role_word(words[0]) or words[0].lower() in KIN_WORD_SET):
                    continue  # a kin word or role alone ("Mama:", "Opa:", "Interviewer:", "Hooyo:"), though listed
                if is_first_name(words[0]) or (
                    # "Kortlander, Neeltje:": the surname, a comma and a listed given name (Teams' way)
                    "," in value
                    and len(words) == 2
                    and is_first_name(words[1])
                    and words[0].lower() not in common_words()
                ):
                    out.append(self._f(start, start + len(value), SCORE_STRONG))
                    named += 1
                elif words[0].lower() not in common_words() and (
                    len(words) == 1 or ("," in value and is_family_name(words[0]))
                ):
                    bot = m.group("inner") and any(w.lower() in BOT_WORDS for w in WORD_RUN.findall(m.group("inner")))
                    if m.group("stamp") and group == "outer" and not bot:
                        # An unlisted single word speaking in a time-stamped log is still someone's name (not one
                        # in brackets after a name: a department or role, "Daphne (HR):", "Nadia (teamlead):").
                        out.append(self._f(start, start + len(value), SCORE_WEAK))
                    elif group == "outer" and not (
                        m.group("inner")
                        and any(is_first_name(w) or w.lower() in BOT_WORDS for w in WORD_RUN.findall(m.group("inner")))
                    ):
                        # (also before the firm, the shop or the team the person answers for: "Ouke (Bakkerij
                        # Haitsma):", "Tsjerkje (manege):", tuning_50; not before a name, "Coolblue (Jorinde):", nor
                        # a program's, "Osje (chatbot):")
                        unlisted.append((start, start + len(value)))
        # an unlisted single word speaking before the firm in brackets in two turns or more ("Riekie (B&B):",
        # tuning_59): the person who answers for it, however the other side is labelled ("Gast:")
        spoke = Counter(text[a:b] for a, b in unlisted)
        if named < 2:
            # (or with the emoji the phone saved the contact with: "Zuny 🌺:" twice, tuning_178)
            unlisted = [
                (a, b)
                for a, b in unlisted
                if spoke[text[a:b]] >= 2
                and (text[b : b + 2].lstrip().startswith("(") or _CONTACT_EMOJI.match(text, b) is not None)
            ]
            named = 2 if unlisted else named
        # an unlisted single word speaking among turns of people named by listed first names ("Martin:", "Gonny:",
        # "Martin:"): a chat's member, not a label, when no list knows it as a word or a place
        if named >= 2:
            for start, end in unlisted:
                word = text[start:end]
                if (
                    word.isalpha()
                    and word[1:].islower()
                    and not _role_word(word)
                    and not _compound_word(word.lower())
                    and not _is_dutch_place(word)
                ):
                    out.append(self._f(start, end, SCORE_WEAK))
        return out

    # -- chat in lower case: the name lists need a context that only a person fills ---------------------
    def _caps_speaker(self, text: str) -> list[Finding]:
        """``GREETJE: IK HEB HEM AL``: a speaker label in capitals that is a listed first name and no word (not
        ``NAAM:``, ``LET OP:``, ``ROOS:``)."""
        out = []
        for m in matches_from(CAPS_SPEAKER, text, text_facts(text).colon_line_starts):
            if m.group("name").lower() in bare_first_names():
                out.append(self._f(*m.span("name"), SCORE_MEDIUM))
        return out

    def _lower_speaker(self, text: str) -> list[Finding]:
        """``sanne: morgen?``, ``[12:04] bram: ok``, ``2/3/25, 09:12 - niels: ja``: a listed first name
        (word-like ones too: ``roos:``) as the speaker of a chat line, with a listed surname if one follows. A pet
        form of a listed name (``stefje:``, ``rikkie:``) speaks too, in a chat where another speaker is a listed
        name (a list of notes, ``bonnetje: bewaren``, has no such speaker). So does a word behind a clock's time stamp
        (``[09:40] wil: mag tuinafval er ook in``, ``[20:11] kroon: klopt``), in such a chat."""
        out = []
        pets: list[tuple[int, int]] = []
        words_at_times: list[tuple[int, int]] = []
        listed: set[str] = set()
        # a line-start pattern whose label ends in a colon on its line
        for m in matches_from(LOWER_SPEAKER, text, text_facts(text).colon_line_starts):
            words = m.group("name").split()
            if len(words) == 1 and words[0] in FOREIGN_KIN_SET:
                continue  # another language's word for a parent that a list holds as a name too ("nëna:", tuning_124)
            if not is_first_name(words[0], lowercase_ok=True):
                if m.group("stamp") and (unlisted_speaker(words) or _unlisted_with_surname(words)):
                    # A chat export's time stamp says a person speaks; nicknames and unlisted names too.
                    out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
                elif len(words) == 1 and words[0] in pet_first_names():
                    pets.append(m.span("name"))
                elif len(words) == 1 and _CLOCK.search(m.group("stamp") or "") and word_speaker(words[0]):
                    words_at_times.append(m.span("name"))
                continue
            start = m.start("name")
            rest = " ".join(words[1:])
            # (the surname's particle shortened as chats write it, "ineke v dijk:", or an initial, "sanne b:")
            surname = lower_surname(rest) or any(lower_surname(r) for r in written_out_particles(rest))
            end = m.end("name") if not rest or surname or _LOWER_INITIAL.fullmatch(rest) else start + len(words[0])
            if rest and end == start + len(words[0]):
                continue  # "mark de status:" is no speaker label
            listed.add(words[0])
            out.append(self._f(start, end, SCORE_MEDIUM))
        if listed:
            out += [self._f(start, end, SCORE_WEAK) for start, end in pets + words_at_times]
        return out

    def _lower_titled(self, text: str) -> list[Finding]:
        """``mevrouw de graaf``, ``meneer visser``, ``dhr jansen``: a listed surname after a form of address.
        A surname that is also a common word needs its particle (``meneer de boer``, not ``meneer wacht``)."""
        out = []
        for m in LOWER_TITLED.finditer(text):
            if not word_start(text, m.start()):
                continue
            span = lower_name_at(text, m.end())
            if span is not None:
                out.append(self._f(*span, SCORE_MEDIUM))
        return out

    def _lower_pair(self, text: str) -> list[Finding]:
        """``kees de boer``, ``henk mulder``: a listed first name that is no common word, then a listed surname
        (particles included; a surname that is a common word only after a particle)."""
        out: list[Finding] = []
        firsts = pair_first_names()
        # (a whole word: no letter or digit before it)
        if not text_facts(text).has_lower_word(firsts):
            return out  # no such name in the text: one set test instead of a loop over every lower-case word
        for start, end in lower_word_spans(text, firsts):
            if not whole_word(text, start, end):
                continue
            tail = lower_surname_after(text, end) or frequent_surname_after(text, end)
            if tail is not None:
                out.append(self._f(start, tail, SCORE_MEDIUM))
        return out

    def _lower_bare(self, text: str) -> list[Finding]:
        """``heb je thijs al gezien``, ``ik heb bram en femke uitgenodigd``: in a line written as chat (no
        capitals but at sentence starts and in short acronyms), a listed first name that is no word of Dutch
        or English (:func:`bare_first_names`) is a name on its own; a listed surname may follow."""
        out: list[Finding] = []
        names = bare_first_names()
        # (a whole word, or one that starts a word before a possessive: no letter or digit before it)
        if not text_facts(text).has_lower_word(names):
            return out  # no such name in the text: one set test instead of a loop over every lower-case word
        for start, stop in lower_word_spans(text, names):
            if in_address(text, start):
                continue
            possessive = POSSESSIVE.match(text, stop) is not None and word_start(text, start)
            if not whole_word(text, start, stop) and not possessive:
                continue  # part of a longer word or an identifier ('NoneType'); "sanne's fiets" is still sanne
            if not line_in_lower_case(text, start) or not_a_person_here(text, start, stop):
                continue
            if text[start - 1 : start] in "\"'" and start > 0 and text[stop : stop + 2] in ('":', "':"):
                continue  # a record's key ('"sofi": "160827541"', the BSN's old name), not a name said
            # A surname with a particle only when it is a frequent one: "heeft maud de sleutels?" is no name.
            end = frequent_surname_after(text, stop) or lower_surname_after(text, stop, particle_ok=False)
            out.append(self._f(start, end or stop, SCORE_WEAK))
        return out

    def _lower_bare_after_preposition(self, text: str) -> list[Finding]:
        """``dat is van shanti``, ``woont bij oksana in de straat``, ``met filipa s en rodrigo bij de Saasveldse
        Esweg``: a listed first name that is no word of Dutch or English (:func:`bare_first_names`), typed in lower
        case right after a preposition that takes a person, is a name in a line of any style too (``_lower_bare`` asks
        a line written as chat); not a place, an address's word or a name a rule says is none here. And whose date or
        number it is after "die van" (``en die van koos is 2 november``): a listed first name, a word-like one too."""
        out: list[Finding] = []
        if "die van " in text:
            for m in _WHOSE_ONE_IS.finditer(text):
                name = m.group("name")
                if is_first_name(name, lowercase_ok=True) and name not in STOP and not _is_dutch_place(name):
                    out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
        names = bare_first_names()
        if not text_facts(text).has_lower_word(names):
            return out
        for start, stop in lower_word_spans(text, names):
            if not whole_word(text, start, stop) or line_in_lower_case(text, start):
                continue  # (a line written as chat is ``_lower_bare``'s)
            if _PERSON_PREPOSITION_BEFORE.search(text, max(0, start - 8), start) is None:
                continue
            if in_address(text, start) or not_a_person_here(text, start, stop) or _is_dutch_place(text[start:stop]):
                continue
            out.append(self._f(start, stop, SCORE_WEAK))
        return out

    def _introduced_surname(self, text: str) -> list[Finding]:
        """``mijn naam is pietersen``, ``ik heet de graaf``, ``achternaam is van dijk``: after a cue that only a
        name follows, a listed lower-case surname, even one that is also a word (``mijn naam is bakker``)."""
        out: list[Finding] = []
        for m in INTRODUCTION.finditer(text):
            if not word_start(text, m.start()):
                continue
            # someone else's name ("ze heet", "heten", "heette"): a surname with its particle, or one no common word
            # ("die winkel heette toen nog anders", "de film heette Soldaat van Oranje": no name)
            other = m.group().startswith("he")
            if other and NOT_NAMING_BEFORE.search(text, max(0, m.start() - 10), m.start()):
                continue
            # an initial said before the surname ("mijn naam is p de graaf", "ik heet j. bakker")
            initial = SAID_INITIAL.match(text, m.end())
            at = initial.end() if initial is not None else m.end()
            # (not a bare "achternaam": "achternaam weet ik niet")
            said = (m.group().rstrip().endswith(("is", "heet", "bel")) or m.group()[:2].lower() == "my") and not other
            end = lower_surname_after(text, at - 1, common_ok=said or other)
            if end is None:
                # a surname an Arabic or Berber particle leads ("achternaam el idrissi"), or one written with its
                # capital ("mijn achternaam is Brouwer, bravo romeo ...")
                arabic = ARABIC_PARTICLE_NAME.match(text, at)
                capital = CAPITAL_SURNAME_AT.match(text, at)
                if arabic is not None and arabic.group(1) not in common_words() and arabic.group(1) not in STOP:
                    end = arabic.end()
                elif (
                    capital is not None
                    and is_family_name(capital.group(1))
                    and (said or capital.group(1).lower() not in common_words())
                ):
                    end = capital.end(1)
                elif capital is not None and not other and _unlisted_capital_surname(capital.group(1)):
                    # an unlisted one after "achternaam" or "mijn naam is" ("En Špela, achternaam Jerab?")
                    # (with the capitalised words and the initial that go on with it: "Lưu Diệp Thu", "Vaitiekūnas Ž.")
                    more = _MORE_NAME_WORDS.match(text, capital.end(1))
                    out.append(self._f(at, more.end() if more else capital.end(1), SCORE_WEAK))
                    continue
            elif not said and " " not in text[at:end] and not (other and text[at:end] not in common_words()):
                # after a bare "achternaam" a surname with its particle only ("achternaam spellen"); after another's
                # "heet" one no common word too ("hij heet jansen", not "de kat heet poes")
                end = None
            if end is not None and other and _is_dutch_place(text[at:end]):
                end = None  # a place is called so too ("het dorp heet Emmen")
            if end is not None:
                out.append(self._f(m.end(), end, SCORE_MEDIUM))
                continue
            # Only a name follows "mijn naam is" / "ik heet": an unlisted one too ("ik heet priya sharma")
            end = unlisted_name_end(text, m.end()) if said else None
            if end is not None:
                out.append(self._f(m.end(), end, SCORE_WEAK))
        return out

    def _bold_headers(self, text: str) -> list[Finding]:
        """``**Nelis**  10:20``, ``**Kasper** 09:20`` alone on a line (a Slack or Discord copy's message header, the
        writer's display name in bold before the time, tuning_60): the writer, when the name is one to three words of
        letters, no bot's or service's word and, a single word, no word of the dictionary unless a list holds it as a
        first name; in a copy of two headers or more."""
        from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

        out: list[Finding] = []
        if "**" not in text:
            return out
        headers = list(BOLD_HEADER.finditer(text))
        if len(headers) < 2:
            return out
        for m in headers:
            words = m.group("name").split()
            lowered = [w.lower() for w in words]
            if any(w in BOT_WORDS or w in HANDLE_SERVICE_PARTS or w in STOP_OR_ORG for w in lowered):
                continue
            worded = word_like(lowered[0]) or lowered[0] in common_words() or _role_word(words[0])
            if len(words) == 1 and worded and not is_first_name(words[0], lowercase_ok=True):
                continue
            out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
        return out

    def _english_family(self, text: str) -> list[Finding]:
        """``the Hendrikse family``, ``house of the van Dam family`` (tuning_57): a chat in English names a household
        by its surname between "the" and "family", as Dutch does after "familie": a listed surname, or a capitalised
        word no dictionary knows; not a place (``the Utrecht family``) or a firm's word."""
        from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

        out: list[Finding] = []
        if "family" not in text and "Family" not in text:
            return out
        for m in ENGLISH_FAMILY.finditer(text):
            name = m.group("name")
            core = name.split()[-1]
            if _is_dutch_place(core) or is_orgish(core):
                continue
            if is_family_name(core) or (not word_like(core.lower()) and core.lower() not in common_words()):
                out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
        return out

    def _name_on_the_document(self, text: str) -> list[Finding]:
        """``op zn pas staat CAO JUN``, ``op de ID staat KARTOSEN SITI RUKMINI`` (tuning_60, tuning_64): the name a
        document bears, quoted in capitals as it is printed there: two to four words in capitals, none a word, a
        place or a firm's."""
        from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

        out: list[Finding] = []
        if " staat " not in text_facts(text).lowered:
            return out
        for m in NAME_ON_DOCUMENT.finditer(text):
            words = [w.lower() for w in m.group("name").split()]
            if any(len(w) < 3 and w not in PARTICLE_SET for w in words):
                continue  # "NL EU": codes, no name
            # (a short word of a Chinese or Korean name may be a stop word too: "CAO JUN")
            if any(w in STOP_OR_ORG and len(w) > 3 or is_orgish(w) or _is_dutch_place(w) for w in words):
                continue
            if any(word_like(w) and len(w) > 3 and not (is_first_name(w) or is_family_name(w)) for w in words):
                continue
            out.append(self._f(m.start("name"), m.end("name"), SCORE_MEDIUM))
        return out

    def _whose_from_place(self, text: str) -> list[Finding]:
        """``factuur van habte uit gieten``, ``de hond van egberts uit grolloo`` (tuning_63): a chat names a customer
        by one word between "van" or "bij" and "uit" and a listed place: a word no dictionary, brand or place list
        holds, or a listed family name that is no common word."""
        from afscherm.detectors.org_guard import brands  # (org_guard imports this module)

        out: list[Finding] = []
        lowered = text_facts(text).lowered
        if " uit " not in lowered:
            return out
        for m in WHOSE_FROM_PLACE.finditer(text):
            word = m.group("name")
            if word in brands() or not (_unknown_word(word) or is_family_name(word) and word not in common_words()):
                continue
            place = m.group("place")
            if not (_is_dutch_place(place) or _is_dutch_place(place.split()[0])):
                continue
            out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
        return out

    def _english_name_of(self, text: str) -> list[Finding]:
        """``her name Kemi Adekunle``, ``mums name is Iyabo`` (tuning_62): a chat in English gives someone else's
        name after "his/her/their name (is)" or a parent's: one to three capitalised words, none a word the
        dictionary knows unless a list holds it as a name, no place and no firm's word."""
        from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

        out: list[Finding] = []
        if " name" not in text_facts(text).lowered:
            return out
        for m in ENGLISH_NAME_OF.finditer(text):
            group = "name" if m.group("name") is not None else "named"
            words = m.group(group).split()
            if any(is_orgish(w) or _is_dutch_place(w.lower()) for w in words):
                continue
            if all(is_first_name(w) or is_family_name(w) or not word_like(w.lower()) for w in words):
                out.append(self._f(m.start(group), m.end(group), SCORE_WEAK))
        return out

    def _holder_named(self, text: str) -> list[Finding]:
        """``a nombre de Javiera Maturana Huenchullán``, ``em nome de ...``: an account's or a booking's holder named
        in Spanish, Portuguese, French or English as "tnv" names one (``HOLDER_NAMED``); no place, no firm's word and
        no word the dictionary knows unless a list holds it as a name (not "a nombre de la Empresa")."""
        from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

        out: list[Finding] = []
        lowered = text_facts(text).lowered
        cues = ("nombre", "nome", "nom ", "name", "naam", "tnv", "t.n.v", "holder", "nama", "a.n.", "a. n.", "pangalan")
        if not any(cue in lowered for cue in cues):
            return out
        for m in HOLDER_NAMED.finditer(text):
            words = [w for w in m.group("name").split() if w[0].isupper()]
            if any(is_orgish(w) or _is_dutch_place(w.lower()) or w.lower() in STOP_OR_ORG for w in words):
                continue
            if m.group("dutch") is not None:
                # after "tnv" a firm or a club is as often named ("tnv Houtbouw Peeters", "tnv Drumband ..."), by
                # compounds no word list holds: only listed names there
                if all(is_first_name(w) or is_family_name(w) for w in words):
                    out.append(self._f(m.start("name"), m.end("name"), SCORE_MEDIUM))
            elif all(is_first_name(w) or is_family_name(w) or not word_like(w.lower()) for w in words) and not any(
                _cue_language_word(m.group(0), w) for w in words
            ):
                out.append(self._f(m.start("name"), m.end("name"), SCORE_MEDIUM))
        return out

    def _english_kin_named(self, text: str) -> list[Finding]:
        """``my son mykyta wants guitar lessons``, ``her husband Kwame``: a chat switching to English names its
        people after an English possessive and a word of kinship as a Dutch one does (see ``_kin_named``): a listed
        first name, or a word no list and no dictionary knows (tuning_42)."""
        from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

        out: list[Finding] = []
        lowered_text = text_facts(text).lowered
        if not any(possessive in lowered_text for possessive in ("my ", "his ", "her ", "our ")):  # ("our": "your" too)
            return out
        for m in ENGLISH_KIN_NAMED.finditer(text):
            name = m.group("name")
            lowered = name.lower()
            if lowered in STOP or lowered in CHAT_WORDS or _is_dutch_place(name):
                continue
            listed = is_first_name(name) and not word_like(lowered)
            unknown = _unknown_words_at(text, m.start("name")) if name.islower() else None
            if (
                listed
                or (unknown is not None and unknown[1] == m.end("name"))
                or (name[0].isupper() and not word_like(lowered) and len(name) >= UNKNOWN_NAME_MIN)
            ):
                out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
        return out

    def _romance_kin_of(self, text: str) -> list[Finding]:
        """``la mamá de Yuberkis``, ``primo de Yesenia``, ``el cumple de Yuberkis``: a Spanish or Portuguese chat names
        someone after a word of kinship or a birthday and "de" (``ROMANCE_KIN_OF``): a capitalised word no list of
        words knows, or a listed first name; not a place or a month ("el cumple de Mayo")."""
        from afscherm.detectors.place_names import lookup  # (place_names reads this module's lists)

        out: list[Finding] = []
        if " d" not in text and not any(p in text_facts(text).lowered for p in ("mi ", "su ", "tu ", "minha ", "meu ")):
            return out
        for m in ROMANCE_KIN_OF.finditer(text):
            group = next(g for g in ("name", "fr_name", "owned") if m.group(g) is not None)
            name = m.group(group)
            lowered = name.lower()
            if lowered in STOP or lowered in MONTHS_AND_DAYS or _is_dutch_place(name) or is_orgish(name):
                continue
            # (a word no dictionary knows only when no place either: "la mamá de Madrid")
            if _named_or_unknown(name) and (
                (is_first_name(name) and lowered not in common_words()) or lookup(name) is None
            ):
                out.append(self._f(m.start(group), m.end(group), SCORE_WEAK))
        return out

    def _kin_named(self, text: str) -> list[Finding]:
        """``tante roos``, ``oom Kees``, ``mijn collega mark``, ``juf anouk``: after a word of kinship or a role
        that takes a given name, a listed first name — a word-like one too (only a person is called so) — and
        a listed surname if one follows."""
        out: list[Finding] = []
        if not holds_word(text, KIN_WORD_SET):
            return out  # no word of kinship or role (a whole word): one set test instead of a scan
        for m in opening_matches(KIN_NAMED, KIN_OPENINGS, text):
            name = m.group("name")
            if name.islower() and text[m.start() : m.start("name")].strip(" \t,").lower() in FOREIGN_KIN_WORDS:
                continue  # after another language's kin word only a capitalised name: "khala jan" is "dear aunt"
            if m.group("comma") and not POSSESSIVE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue  # "mijn moeder, truus van leeuwen" names her; "de man, mark je ..." need not
            if m.group("comma") and _named_in_apposition(text, m, name):
                out.append(self._f(m.start("name"), m.end("name"), SCORE_STRONG))
                continue
            surname_end = (
                lower_surname_after(text, m.end("name"))
                if name.islower() and not TURNS_AN_AGE.match(text, m.end("name"))  # ("opa hendrik weurt 85")
                else None
            )
            if not is_first_name(name) and surname_end is not None and word_start(text, m.start()):
                # an unlisted first name before a listed surname with its particle ("mijn moeder, truus van leeuwen")
                if plausible_unlisted(name) and " " in text[m.end("name") + 1 : surname_end]:
                    out.append(self._f(m.start("name"), surname_end, SCORE_WEAK))
                continue
            if not word_start(text, m.start()):
                continue
            if not is_first_name(name):
                # a name no list and no dictionary knows ("dochter oleksandra heeft kiespijn", tuning_40), said as a
                # person (a verb a word after a kin word may be too: "zijn moeder appt je", "partner meeverzekerd:")
                unknown = _unknown_words_at(text, m.start("name")) if not m.group("comma") else None
                if (
                    unknown is None
                    and not m.group("comma")
                    and name[0].isupper()
                    and not name.isupper()
                    and text[m.start() : m.start("name")].strip().lower() in FAMILY_WORDS
                ):
                    # capitalised right after the kin word, a name no list and no dictionary knows is what the kin
                    # is called ("Oom Jawed kan rijden", "tante Selam komt ook", tuning_45; a capital after the kin
                    # word starts no verb); a place, a word of the dictionary or a compound (a department,
                    # "Klantcontact") is left alone, and only kin by family, marriage or the street take it
                    capital = _unknown_words_at(text, m.start("name"), capitals=True)
                    if capital is not None and not _compound_word(text[capital[0] : capital[1]].lower()):
                        out.append(self._f(*capital, SCORE_WEAK))
                    elif _capital_word_named(text, m, name):
                        out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
                    continue
                # (or the kin word is someone's: "mijn vrouw sekar", "zijn zusje efua" - whose wife or sister is
                # named, by a word no list and no dictionary knows, tuning_42); never a verb's form the dictionary
                # lacks ("zijn moeder appt je", "mijn dochter bijschrijven", "uw partner meeverzekerd:")
                possessed = POSSESSIVE_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None
                # (after a preposition the kin word is no subject, no present can follow it: "van tante mebrat",
                # tuning_43; an infinitive still can: "bij opa langsgaan"; a participle a dictionary holds)
                governed = PREPOSITION_BEFORE.search(text, max(0, m.start() - 6), m.start()) is not None
                verb_like = _VERB_ENDING if not governed else _INFINITIVE_ENDING
                if unknown is None:
                    continue
                if (
                    verb_like.search(text, 0, unknown[1])
                    and not (possessed and _person_verb_after(text, unknown[1]))
                    and not TURNS_AN_AGE.match(text, unknown[1])  # (no verb before "wordt 90": "oma zwanet wordt 90")
                ):
                    # (a name ending as a verb does, "haar zoon naveed zegt", tuning_48, is one when a person's
                    # verb follows it)
                    continue  # (German's "nicht" is a niece too: "wurde noch nicht zurückgezahlt.")
                if possessed or governed or _said_as_person(text, unknown[1]):
                    out.append(self._f(*unknown, SCORE_WEAK))
                continue
            # word-like names ("is", "dan", "wil") only capitalised: "mijn man is ziek"; a two-letter one in lower case
            # only where it is said as a person ("zoon bo is ziek"; Papiamento's "mama su number": "su" is a possessive)
            if name in person_verb_words():
                continue
            if len(name) < 3 and name.islower() and not _said_as_person(text, m.end("name")):
                continue
            end = surname_end
            out.append(self._f(m.start("name"), end or m.end("name"), SCORE_MEDIUM))
        return out

    def _named_unknown(self, text: str) -> list[Finding]:
        """A name no list and no dictionary knows, in lower case, said as a person (see ``_said_as_person``): what a
        person is called (``naam kowalczyk-hennes``, ``hij heet tymofiy``; tuning_41), or a parent or relative named by
        the child (``ik ben de moeder van artem``, tuning_40; listed first names are found as such)."""
        out: list[Finding] = []
        cues = [NAMED_CUE] if "naam" in text or "heet" in text or "genaamd" in text or "noem" in text else []
        cues += [KIN_VAN] if " van " in text else []
        for cue in cues:
            for m in cue.finditer(text):
                # (after a kin word's "van" a capitalised one too: "Priya (moeder van Aarav):", tuning_42)
                unknown = _unknown_words_at(text, m.end(), capitals=cue is KIN_VAN)
                # (what a person is called by needs no more: "wij noemen hem kytsia thuis")
                called = m.group().lower().startswith("noem")
                if unknown is not None and (called or _said_as_person(text, unknown[1])):
                    out.append(self._f(*unknown, SCORE_WEAK))
        return out

    def _unknown_said(self, text: str) -> list[Finding]:
        """A name no list and no dictionary knows opening a clause before a verb only a person does - says, asks,
        calls, texts (``krzysiek zei gisteren dat ...``, ``en mebrat belde net``; tuning_43) - or said to be someone's
        kin or to hold a person's role (``en yohannes is peetvader``, ``oluchi is mijn collega``)."""
        out: list[Finding] = []
        if not SPEECH_VERB_HINT.search(text) and " is " not in text:
            return out
        for m in CLAUSE_START.finditer(text):
            unknown = _unknown_words_at(text, m.end())
            if unknown is None:
                continue
            if SPEECH_VERB_AFTER.match(text, unknown[1]) is None and not _is_kin_after(text, unknown[1]):
                continue
            if any(_two_words(word) for word in text[unknown[0] : unknown[1]].lower().split()):
                continue  # a system or a service: "creditcheck zei" (tuning_38)
            out.append(self._f(*unknown, SCORE_WEAK))
        return out

    def _abbreviated_particle(self, text: str) -> list[Finding]:
        """``v/d Berg``, ``mevr. v.d. Linden``, ``vd Heuvel belde``: a surname's particle abbreviated (``van de``,
        ``van der``, ``van den``), then a capitalised word that the surname lists know with or without it."""
        out: list[Finding] = []
        if "v/d" not in text and "v.d" not in text and "vd " not in text and "V/d" not in text:
            return out
        for m in ABBREVIATED_PARTICLE_NAME.finditer(text):
            core = m.group("core").lower()
            if core in STOP or not (is_family_name(core) or any(is_family_name(f"{p} {core}") for p in _VAN_DE)):
                continue
            out.append(self._f(m.start(), m.end(), SCORE_MEDIUM))
        return out

    def _birth_name(self, text: str) -> list[Finding]:
        """A married person's birth name after ``geb.``/``geboren``/``née`` (``Gertrud Schneider geb. Janssen``,
        ``mevr. A. Bakker geboren De Wit``): a capitalised listed surname with its particles, not a place (``geboren
        Assen``) and not a date."""
        out: list[Finding] = []
        if "geb" not in text and "née" not in text:
            return out
        for m in BIRTH_NAME.finditer(text):
            core = m.group("core")
            if not is_family_name(core.lower()) or core.lower() in STOP or _is_dutch_place(m.group("name")):
                continue
            out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
        return out

    def _spouse_name(self, text: str) -> list[Finding]:
        """The spouse's surname after ``e/v``, ``echtgenote van``, ``wed.`` (see :data:`SPOUSE_NAME`): any capitalised
        or capital surname, a common word too (``e/v BAKKER``), not a stop word or a place."""
        out: list[Finding] = []
        if "e/v" not in text and "E/V" not in text and "echtgeno" not in text and "wed" not in text:
            return out
        for m in SPOUSE_NAME.finditer(text):
            core = m.group("core")
            if len(core) < 2 or core.lower() in STOP or _is_dutch_place(m.group("name")):
                continue
            # (strong: no place follows these cues, whatever the model reads the capitals as)
            out.append(self._f(m.start("name"), m.end("name"), SCORE_STRONG))
        return out

    def _role_surname(self, text: str) -> list[Finding]:
        """``bij klant Brouwers``, ``buurvrouw Jansen belde``, ``huurder Smit is verhuisd``: after a role that names a
        person (not a firm: ``klant Philips``), a capitalised listed surname that is no first name or listed brand,
        with its particles."""
        out: list[Finding] = []
        if not holds_word(text, SURNAME_ROLE_SET):
            return out  # no such role (a whole word): one set test instead of a scan
        from afscherm.detectors.org_guard import brands  # (org_guard reads this module's name lists)

        for m in opening_matches(ROLE_SURNAME, ROLE_OPENINGS, text):
            core = m.group("core")
            lowered = core.lower()
            if not word_start(text, m.start()) or is_first_name(core):
                continue
            if not is_family_name(lowered) and not self._unlisted_practice_surname(m):
                continue
            if lowered in STOP or lowered in brands():
                continue  # (a common word may be the surname: the capital after the role says so, "klant Brouwers")
            if _is_dutch_place(core) and m.group(0).split()[0].lower() not in TEACHER_ROLES:
                continue  # "notaris Zwolle", "huisarts Doorn": the practice's place
            out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
        return out

    @staticmethod
    def _unlisted_practice_surname(m: re.Match[str]) -> bool:
        """A surname no list holds after a practice's role (``bij tandarts Vanhaecke``): no word of Dutch or English
        and no place of any list (``tandarts Glimlach``, ``dierenarts Oosterhout`` name a practice)."""
        from afscherm.detectors.name_slots import word_like
        from afscherm.detectors.place_names import foreign_and_abroad_places, normalise, world_only_places

        core = m.group("core")
        if m.group(0).split()[0].lower() not in PRACTICE_ROLES or word_like(core) or _is_dutch_place(core):
            return False
        key = normalise(core)
        return key not in foreign_and_abroad_places() and key not in world_only_places()

    def _lower_initials(self, text: str) -> list[Finding]:
        """``p. pietersen``, ``j.w. de vries``: lower-case initials (not an abbreviation such as ``o.a.`` or
        ``i.v.m.``) before a listed lower-case surname that is no common word (or has its particle)."""
        out: list[Finding] = []
        # every initial is a letter before a dot: tried only there, not at every position
        for found in matches_from(LOWER_INITIALS, text, positions(text, ".", -1)):
            m: re.Match[str] | None = found
            if not word_start(text, found.start()):
                # a word's last letter and dot took the initials' place ("dr. h. smit"): the initials after it
                after = found.start() + 2
                m = LOWER_INITIALS.match(text, after + 1) if text[after : after + 1] in (" ", "\t") else None
            if m is None:
                continue
            dotted = m.group(1).replace(" ", "").replace("\t", "")
            if not word_start(text, m.start()) or any(dotted.startswith(a) for a in ABBREVIATIONS):
                continue  # "o.a. de boer", "t.n.v. j. de wit" (the cue's own rule reads the name after it)
            # (a title before the initials vouches for a surname that is a word too: "dr. h. smit, huisarts")
            titled = TITLE_BEFORE_INITIALS.search(text, max(0, m.start() - 8), m.start()) is not None
            end = lower_surname_after(text, m.start(1) + len(m.group(1).rstrip()), common_ok=titled)
            if end is not None:
                out.append(self._f(m.start(), end, SCORE_MEDIUM))
        return out

    def _lower_subject(self, text: str) -> list[Finding]:
        """``mark is er morgen niet``, ``roos belde net``, ``zeg maar tegen kees dat …``: a listed first name that
        is also a word (``mark``, ``roos``) is a name where only a person fits: at the start of a message
        before a verb a person does, or after ``tegen``/``aan``/``met`` at the end of a phrase or before such a
        verb."""
        out: list[Finding] = []
        # (after a blank or at a line start, so starting a word)
        # both patterns report a lower-case listed first name (a whole run of lower-case letters): each is tried only
        # when such a name of the text has its verb after it or its preposition before it
        # (only names that start a word open the gates: both patterns report a name only there - "Xroos", "12henk")
        spans = [(a, b) for a, b in lower_word_spans(text, subject_first_names()) if word_start(text, a)]
        if not spans:
            return out
        verb_after = any(PERSON_VERB_AFTER.match(text, end) for _, end in spans)
        for m in PERSON_SUBJECT.finditer(text) if verb_after else ():
            if is_first_name(m.group("name")) and not in_address(text, m.start("name")):
                out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
        taken = any(_word_before_blanks(text, start) in OBJECT_LEADS for start, _ in spans)
        for m in PERSON_OBJECT.finditer(text) if taken else ():
            if not word_start(text, m.start()) or not is_first_name(m.group("name")):
                continue
            if PHRASE_END.match(text, m.end("name")) or PERSON_VERB_AFTER.match(text, m.end("name")):
                out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
        return out

    def _lower_cued(self, text: str) -> list[Finding]:
        """``tnv pieter jansen``, ``t.n.v. m. de jong``, ``op naam van jeroen bakker``: after a cue that only
        a name follows, a lower-case name: first name or initials, then a listed surname if one follows."""
        out: list[Finding] = []
        lowered = text_facts(text).lowered
        if not any(cue in lowered for cue in NAME_CUE_HINTS):
            return out  # a few substring tests are far cheaper than a case-insensitive scan
        for m in NAME_CUE.finditer(text):
            if not word_start(text, m.start()):
                continue
            pos = m.end()
            lead = LOWER_LEAD.match(text, pos)
            if lead is None:
                # an initial without its dot before the surname ("tnv y el khatib", "tnv j de wit"), and a second
                # holder so written after "en" ("ten name van t j mensink en b mensink-ter huurne")
                span = _bare_initial_surname(text, pos)
                if span is None and ADDRESSEE_CUE.match(m.group()):
                    # in capitals, as a bank statement prints the holder ("t.n.v. B OZTURK", tuning_56, tuning_59)
                    # or capitalised after them ("tnv M Kleerekoper", "t.n.v. J de Wit", tuning_115)
                    caps = _BARE_INITIALS_CAPITALS.match(text, pos) or _BARE_INITIALS_CAPITALISED.match(text, pos)
                    word = caps.group(1).lower() if caps is not None else ""
                    span = caps.span() if caps is not None and word not in STOP_OR_ORG and not is_orgish(word) else None
                if span is not None:
                    out.append(self._f(*span, SCORE_MEDIUM))
                    second = _AND_NEXT.match(text, span[1])
                    other = _bare_initial_surname(text, second.end()) if second is not None else None
                    if other is not None:
                        out.append(self._f(*other, SCORE_MEDIUM))
                continue
            first = lead.group(1)
            if first in PARTICLE_SET:
                # "op naam van de wit", "tnv van der linden": after a cue only a name follows (not "namens", "groeten
                # van"), a surname with its particle, also one that is a word, but no place ("tnv de bilt")
                end = lower_surname_after(text, pos - 1, common_ok=True) if ADDRESSEE_CUE.match(m.group()) else None
                if end is not None and not _is_dutch_place(text[pos:end]):
                    out.append(self._f(pos, end, SCORE_MEDIUM))
                continue
            is_initials = "." in first
            if first.lower() in KIN_WORD_SET:
                continue  # a kin word before the name ("op naam van bebo Tsiuri", 'grandma Tsiuri'; tuning_128)
            if not is_initials and not is_first_name(first, lowercase_ok=True):
                # "tnv priya sharma": after such a cue an unlisted name is still a name.
                end = unlisted_name_end(text, lead.start(1))
                if end is not None:
                    out.append(self._f(lead.start(1), end, SCORE_WEAK))
                continue
            end = lower_surname_after(text, lead.end(), common_ok=True)
            if end is None and is_initials:
                continue  # initials alone are no name
            out.append(self._f(lead.start(1), end if end is not None else lead.end(1), SCORE_MEDIUM))
        return out

    def _lower_particle_surname(self, text: str) -> list[Finding]:
        """``vraag van der linden``, ``dat vd berg gisteren belde``, ``naar ter horst``, ``de oppas van van dijk``,
        ``bij de vries (buurvrouw)``: a lower-case listed surname whose particle no common phrase has (``van der``,
        ``ter``, ``vd``), or, in a line written as chat, a frequent one after a word that takes a person."""
        out: list[Finding] = []
        # the surname after the preposition is a whole run of lower-case letters: one set test spares the scan
        # (tried only when such a surname of the text has a preposition before it: most texts' surnames have none)
        lone = lower_word_spans(text, frequent_family_names())
        if any(_word_before_blanks(text, start) in LONE_SURNAME_LEADS for start, _ in lone):
            for m in LOWER_LONE_WORD.finditer(text):
                if m.group(1) in frequent_family_names() and cued_lone_surname(text, m.start(1), m.end(1)):
                    out.append(self._f(m.start(1), m.end(1), SCORE_WEAK))
        lowered_particles = text_facts(text).has_lower_run(SURNAME_PARTICLE_WORDS)
        if not lowered_particles and "v/d" not in text and "v.d." not in text:
            return out  # no lower-case particle: one set test instead of a scan
        if not text_facts(text).has_lower_run(particle_surname_heads()) and "'" not in text and "-" not in text:
            return out  # no word of the text is a surname's core behind a particle (its letters up to a ' or -)
        for m in LOWER_PARTICLE_NAME.finditer(text):
            if not word_start(text, m.start()) or in_address(text, m.start()):
                continue
            particle, word = " ".join(m.group("particle").split()), m.group("word")
            if word in STOP or word in person_verb_words() or not_a_person_here(text, m.start(), m.end()):
                continue
            if name_only_particle_surname(particle, word) or cued_particle_surname(text, m.start(), m.end()):
                out.append(self._f(m.start(), m.end(), SCORE_MEDIUM))
        return out

    def _spoken_label(self, text: str) -> list[Finding]:
        """Transcripts: a name part said after its label inside a turn (``Rietveld. Voornaam Mariska.``, ``en
        achternaam is Timmer``): a listed first name after ``voornaam``, a listed surname after ``achternaam``,
        ending the phrase."""
        out: list[Finding] = []
        if "naam" not in text_facts(text).lowered:
            return out
        for m in SPOKEN_NAME_LABEL.finditer(text):
            value, label = m.group("value"), m.group("label").lower()
            first = label.startswith(("voor", "roep"))
            listed = is_first_name(value, lowercase_ok=True) if first else is_family_name(value)
            # a call name is often a short form no list holds ("roepnaam riek"): the label vouches for any word no
            # common word
            listed = listed or (label.startswith("roep") and value.isalpha())
            if listed and value.lower() not in common_words() | STOP:
                out.append(self._f(m.start("value"), m.end("value"), SCORE_MEDIUM))
        return out

    def _quoted_name(self, text: str) -> list[Finding]:
        """A quoted value that is a whole name: ``user="sander post"`` (a listed first name and a listed surname,
        also one that is a word) and an e-mail display name written surname first (``"Bakker, Tom" <tom@…>``)."""
        out: list[Finding] = []
        if '"' not in text and "'" not in text:
            return out
        for m in QUOTED_VALUE.finditer(text):
            value = m.group(2)
            words = value.split()
            if value.islower() and len(words) >= 2 and is_first_name(words[0], lowercase_ok=True):
                rest = " ".join(words[1:])  # a surname that is also a word only when it is a frequent one ("post")
                if words[0] not in STOP and (lower_surname(rest) or rest in frequent_family_names()):
                    out.append(self._f(m.start(2), m.end(2), SCORE_MEDIUM))
            elif "," in value and DISPLAY_ADDRESS_AFTER.match(text, m.end()):
                surname, _, given = (part.strip() for part in value.partition(","))
                if given and all(is_first_name(w) for w in given.split()) and is_family_name(surname):
                    out.append(self._f(m.start(2), m.end(2), SCORE_MEDIUM))
        return out

    def _capital_first_name_taken(self, text: str) -> list[Finding]:
        """``de telefoon van Esmee opzoeken``, ``Ik neem Gerrit mee``: a capitalised listed first name mid-sentence
        whose thing something is, or whom someone takes along; not a surname with its particle (``van Dam``), a
        place (``van Ede``) or a name going on (``van Esmee Jansen``: the surname rules). In lower case, whom someone
        takes along or picks up: a first name no word is written as, or a pet form of one (``ik neem ruudje mee``,
        ``haal jij kim op?``; not ``breng taart mee``)."""
        out: list[Finding] = []
        matches: list[tuple[re.Match[str], str]] = []
        if not holds_capital_first_name(text):
            starts: list[int] = []  # (the capitalised names and owners below are listed first names)
        else:
            # (the pattern, led by alternatives, tried only where its lead words start: found with str.find)
            starts = sorted({at for lead in CAPITAL_TAKEN_LEADS for at in positions(text, lead)})
        for m in matches_from(CAPITAL_FIRST_TAKEN, text, starts):
            matches.append((m, "name" if m.group("van") else "taken"))
        for possessive in POSSESSIVES if starts else ():
            for at in positions(text, possessive):
                owner = OWNER_BEFORE.search(text, max(0, at - 24), at)
                if owner is not None and text[at + len(possessive) : at + len(possessive) + 1].islower():
                    matches.append((owner, "owner"))
        lower_starts = sorted({at for lead in LOWER_TAKEN_LEADS for at in positions(text, lead)})
        for m in matches_from(LOWER_TAKEN, text, lower_starts):
            taken = m.group("taken")
            if taken in bare_first_names() or taken in pet_first_names():
                out.append(self._f(*m.span("taken"), SCORE_WEAK))
        if "thuis" in text or "naast" in text:
            for at in positions(text, "bij "):
                home = AT_SOMEONES.match(text, at)
                if home is not None and (at == 0 or not text[at - 1].isalnum()):
                    name = home.group("name")
                    if is_first_name(name, lowercase_ok=True) or is_family_name(name):
                        out.append(self._f(*home.span("name"), SCORE_WEAK))
        for m, group in matches:
            start, end = m.span(group)
            name = m.group(group)
            if not is_first_name(name) or name.lower() in common_words() or _is_dutch_place(name):
                continue
            if group == "name" and m.group("van") == "van" and is_family_name(f"van {name}"):
                continue
            out.append(self._f(start, end, SCORE_WEAK))
        return out

    def _capital_first_name_mid(self, text: str) -> list[Finding]:
        """``morgen past Zoë op``, ``heb je Jente gezien?``: a capitalised listed first name mid-sentence, between
        lower-case words (or before a stop), where only a name is capitalised; not a common word, a place, a listed
        brand, nor a surname after a particle (``van Dam``) or a first name going on into a full name."""
        from afscherm.detectors.org_guard import brands  # (org_guard imports this module)

        out: list[Finding] = []
        names = first_names()
        for m in CAPITAL_WORD.finditer(text):
            lowered = m.group().lower()
            if lowered not in names and (lowered.isascii() or without_accents(lowered) not in names):
                continue  # (a set look-up first: most capitalised words are no first name; "Jānis", "Eglė" as listed)
            if lowered in KIN_WORD_SET:
                continue  # a kin word so written ("Nëna, a je e sigurt?", Albanian 'mother')
            start, end = m.span()
            before = LOWER_WORD_BEFORE_CAPITAL.search(text, max(0, start - 24), start)
            if before is None:
                if _message_opening_name(text, start, end):
                    out.append(self._f(start, end, SCORE_WEAK))
                    continue
                if not _CLAUSE_COMMA_BEFORE.search(text, max(0, start - 3), start):
                    continue
                # (after a clause's comma a word is capitalised only as a name: "Die is van de tweede verdieping,
                # Thijs heeft hem ook al gemeld")
            elif before.group(1) in NOT_BEFORE_CAPITAL_NAME and not _ASKED_FOR.search(text, max(0, start - 16), start):
                continue  # ("naar Milan", but "vraag naar Jannie": whom to ask for)
            if not CAPITAL_MID_AFTER.match(text, end):
                continue
            name = m.group()
            lowered = name.lower()
            if not is_first_name(name) or lowered in common_words() or lowered in STOP or _is_dutch_place(name):
                continue
            if lowered in brands() or lowered in english_word_names():
                continue
            out.append(self._f(start, end, SCORE_WEAK))
        return out

    def _inverted_question(self, text: str) -> list[Finding]:
        """``Moet Daan morgen nuchter zijn?``, ``Kan Tonnie de sleutel brengen?``: a capitalised listed first name
        right after the verb that opens a question (the subject after its verb), a lower-case word after it and the
        question mark closing the sentence; a common noun there would have its article. Not a month, brand, English word
        or place (``Gaat Hema ...``, ``Is Breda ...``)."""
        if "?" not in text or not holds_capital_first_name(text):
            return []  # the pattern ends in a question mark: a text without one (most of them) needs no scan
        return [
            self._f(*m.span("name"), SCORE_WEAK)
            for m in INVERTED_QUESTION.finditer(text)
            if _plain_first_name(m.group("name"))
        ]

    def _fetched_at(self, text: str) -> list[Finding]:
        """``mag hij de sleutel bij Tonnie halen?``, ``de kinderen bij Wessel ophalen``: a capitalised listed first
        name after ``bij`` with a verb of fetching, leaving or staying right after it: someone's place, not a shop's
        (no brand or place: ``bij Hema halen``, ``bij Breda langs``)."""
        if "ij " not in text or not holds_capital_first_name(text):
            return []
        return [
            self._f(*m.span("name"), SCORE_WEAK)
            for m in matches_from(FETCHED_AT, text, positions(text, "ij "))
            if _plain_first_name(m.group("name"))
        ]

    def _neighbour_by_number(self, text: str) -> list[Finding]:
        """``Karel van nr. 52``, ``de wit van nummer 8``, ``Co Brouwer van nr 81``: a neighbour named by the house
        number, as minutes and neighbours' chats write them: a listed first name (with a surname after it) or a
        frequent surname, right before ``van nr.``/``van nummer`` and a number; a common word only with a surname
        after it (``Co Brouwer``), never a place or a house (``Huize Rust van nr. 4``)."""
        out: list[Finding] = []
        if " van n" not in text:
            return out
        for at in positions(text, " van n"):
            if not NEIGHBOUR_NUMBER.match(text, at):
                continue
            name = NEIGHBOUR_NAME.search(text, max(0, at - 40), at)
            if name is None:
                continue
            value = name.group("name")
            words = value.split()
            lowered = " ".join(words).lower()
            if value.islower():
                listed = lowered in frequent_family_names() and len(words) > 1  # "de wit", with its particle
            elif len(words) == 1:
                listed = is_first_name(value) and lowered not in common_words() and not _is_dutch_place(value)
            else:  # a first name (a short one too: "Co") and a listed surname
                listed = is_first_name(words[0], lowercase_ok=True) and is_family_name(" ".join(words[1:]))
                listed = listed or (len(words[0]) == 2 and is_family_name(" ".join(words[1:])))
            if listed and (value.islower() or lowered.split()[0] not in STOP):
                out.append(self._f(name.start("name"), name.end("name"), SCORE_WEAK))
        return out

    def _speaker_before_time(self, text: str) -> list[Finding]:
        """``Ilona 16:12: Mijn telefoon is gejat``: a chat export's speaker, then the time, then a colon, at a line's
        start: a listed first name (no common word) with a surname after it if one follows."""
        from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

        out: list[Finding] = []
        turns = list(matches_from(SPEAKER_BEFORE_TIME, text, text_facts(text).colon_line_starts))
        said = Counter(m.group("name") for m in turns)
        for m in turns:
            words = m.group("name").split()
            if m.group("inner") and any(w.lower() in BOT_WORDS for w in WORD_RUN.findall(m.group("inner"))):
                continue  # a program's turns ("Brokkie (bot) 14:02:")
            # (a name no list holds that speaks twice or more, one word no dictionary knows: "Shurandy 08:09: ...",
            # tuning_44 - a chat's member, as a handle speaking twice is)
            unlisted = len(words) == 1 and said[m.group("name")] >= 2 and not word_like(words[0].lower())
            if unlisted and not is_orgish(words[0]) and len(words[0]) >= UNKNOWN_NAME_MIN:
                out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
                continue
            # (so is a display name of several words no list holds, said twice or more: "Gethin ap Dafydd 19:40:",
            # tuning_96; capitalised words no dictionary knows, no firm's)
            capitalised = [w for w in words if w[:1].isupper()]
            if (
                len(words) >= 2
                and said[m.group("name")] >= 2
                and not any(w.lower() in STOP or word_like(w.lower()) or is_orgish(w) for w in capitalised)
            ):
                out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
                continue
            if not is_first_name(words[0]) or words[0].lower() in common_words() or words[0].lower() in STOP:
                continue
            if len(words) > 1 and not is_family_name(" ".join(words[1:])):
                continue
            out.append(self._f(m.start("name"), m.end("name"), SCORE_MEDIUM))
        return out

    def _lower_pair_subject(self, text: str) -> list[Finding]:
        """``dat daan en iris gaan verhuizen``, ``mark en lotte komen ook``: in a line written as chat, two listed
        first names joined by ``en`` before a verb in the plural that people do; one of them may be a word too, not
        both (``rood en wit zijn``: no names; ``roos en mark gaan``: left to the other rules)."""
        out: list[Finding] = []
        if " en " not in text:
            return out
        for at in positions(text, " en "):
            before = LOWER_WORD_BEFORE.search(text, max(0, at - 24), at)
            after = PAIR_VERB_AFTER.match(text, at + 4)
            if before is None or after is None:
                continue
            first, second = before.group(1), after.group(1)
            if not (is_first_name(first, lowercase_ok=True) and is_first_name(second, lowercase_ok=True)):
                continue
            if first in common_words() and second in common_words():
                continue
            if not line_in_lower_case(text, at):
                continue
            out += [self._f(*before.span(1), SCORE_WEAK), self._f(*after.span(1), SCORE_WEAK)]
        return out

    def _party_of(self, text: str) -> list[Finding]:
        """``het feest van roos``, ``naar de verjaardag van daan.``: whose party it is, a listed first name in any case
        (a word-like one too: a party is a person's) closing the clause; not ``het feest van school`` nor ``de
        bruiloft van roos en ...`` going on (the coordination rules take a list)."""
        out: list[Finding] = []
        if not text_facts(text).has_substring(PARTY_WORDS):
            return out  # no party word: a few substring tests instead of a scan
        for m in PARTY_OF.finditer(text):
            name = m.group("name")
            if is_first_name(name, lowercase_ok=True) and name.lower() not in STOP:
                out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
        return out

    def _personal_data_of(self, text: str) -> list[Finding]:
        """``de geboortedatum van Milan?``, ``het rekeningnummer van Yara aanpassen``, ``de contributie van daan``,
        ``de moeder van daan``: a listed first name (in any case, a word-like one too) after ``van`` and a noun of
        what a form asks of a person (a number, date, address or data, a BSN or IBAN, fees, marks) or of kin
        (:data:`KIN_OF`): whose personal data or family it is. A surname
        after the particle (``het adres van Dam``) is a person as well; not a place (``de postcode van Ede``) nor a
        name going on into a capitalised word (``van Esmee Jansen``, ``van Albert Heijn``: the name rules read
        those), nor a month (``de factuur van juni``), nor a chat's word in lower case (``nummer van min bedrijf``)."""
        out: list[Finding] = []
        for at in positions(text, " van "):
            noun = _NOUN_BEFORE.search(text, max(0, at - 40), at)
            if noun is None or not (personal_data_noun(noun.group(1).lower()) or noun.group(1).lower() in KIN_OF):
                continue
            m = _FIRST_NAME_AFTER.match(text, at + 5)
            if m is None:
                continue
            name = m.group(1)
            lowered = name.lower()
            if not is_first_name(name, lowercase_ok=True) or lowered in STOP or lowered in MONTHS_AND_DAYS:
                continue
            if name.islower() and lowered in CHAT_WORDS:
                continue  # chat's words, though listed names: "het kvk nummer van min bedrijf" (mijn)
            if _is_dutch_place(name) or _CAPITAL_WORD_AFTER.match(text, m.end()):
                continue
            end = lower_surname_after(text, m.end()) if name.islower() else None
            out.append(self._f(m.start(1), end or m.end(1), SCORE_WEAK))
        return out

    def _written_speaker(self, text: str) -> list[Finding]:
        """A chat's speaker written as a user name or as a register writes a person, in lower case and maybe bold:
        ``**kaasboer_jelle**:``, ``merel_vintage:`` (the parts of the handle that are first names no word is
        written as), ``bakker, t.:`` (a listed surname, a comma, initials), ``[09:42] f.el idrissi:`` (initials and
        a listed surname). Only in a text of two speaker turns or more (a chat), never a role or label; a handle
        that speaks twice, or after a time stamp or in bold: a key of machine output said once (``sem_version:``)
        is none, and keys hold no first name that is no word (``max_retries:``, ``error_code:``)."""
        out: list[Finding] = []
        starts = text_facts(text).colon_line_starts
        if len(starts) < 2 or not any(_maybe_written_label(text, at) for at in starts):
            return out  # (no line opens with a dot, comma or underscore before a colon: no such label)
        turns = list(matches_from(WRITTEN_SPEAKER, text, starts))
        if len(turns) < 2:
            return out
        said = Counter(m.group("label") for m in turns)
        for m in turns:
            label = m.group("label")
            start = m.start("label")
            if HANDLE_LABEL.fullmatch(label):
                if said[label] < 2 and not m.group("stamp") and not m.group("bold"):
                    continue  # a key of a record said once ("sem_version: 2"), not a chat's member
                for part in HANDLE_PART.finditer(label):
                    if part.group() in bare_first_names():
                        out.append(self._f(start + part.start(), start + part.end(), SCORE_WEAK))
                continue
            written = SURNAME_INITIALS_LABEL.fullmatch(label) or INITIALS_SURNAME_LABEL.fullmatch(label)
            surname = written.group("surname") if written else ""
            if surname and surname not in STOP and not _role_word(surname) and is_family_name(surname):
                out.append(self._f(start, m.end("label"), SCORE_MEDIUM))
        return out

    def _beside_a_pronoun(self, text: str) -> list[Finding]:
        """``Ik en Wil komen``, ``ik en Anneke: 12/05/1956``, ``sanne en ik gaan``, ``met jij en kees``: a word joined
        by ``en`` to a personal pronoun (``ik``, ``jij``, ``mij``, ``wij``) is a person, whoever writes it, so a listed
        first name there is one in any case, a word-like one too when capitalised (``Wil``, ``Roos``), or in lower
        case when no article or possessive stands before it (``de roos en ik`` is a flower)."""
        out: list[Finding] = []
        if " en " not in text or not holds_word(text, PRONOUNS_BESIDE):
            return out
        # (only the "en"s a pronoun stands beside, found with str.find in the lower-cased text)
        lowered = text_facts(text).lowered
        ats = {at for p in PRONOUNS_BESIDE for at in positions(lowered, f"{p} en ", len(p))}
        ats |= {at for p in PRONOUNS_BESIDE for at in positions(lowered, f" en {p}")}
        for at in sorted(ats):
            if text[at : at + 4] != " en ":
                continue  # ("ik en" after a tab or a line start; a text whose lower case moved its offsets)
            before = _WORD_BEFORE_EN.search(text, max(0, at - 30), at)
            after = _WORD_AFTER_EN.match(text, at + 4)
            if before is None or after is None:
                continue
            if before.group(1).lower() in PRONOUNS_BESIDE and _named_beside_pronoun(text, *after.span(1)):
                out.append(self._f(*after.span(1), SCORE_WEAK))
            elif after.group(1).lower() in PRONOUNS_BESIDE and _named_beside_pronoun(text, *before.span(1)):
                out.append(self._f(*before.span(1), SCORE_WEAK))
        return out

    def _lower_name_alone(self, text: str) -> list[Finding]:
        """``en lien?``, ``sanne?``, ``of met ruben!``, ``ok. en fenna?``: in a line written as chat, a lower-case
        listed first name that is no common word (an English one too: ``lien``) making up a clause on its own, after a
        message's start (a line's start, a speaker's colon, a sentence's end) and perhaps ``en``/``of``/``met``,
        closed by ``?`` or ``!``: only a person is asked about or called out so."""
        out: list[Finding] = []
        if "?" not in text and "!" not in text:
            return out
        for start, end in lower_word_spans(text, pair_first_names()):
            if _NAME_ALONE_AFTER.match(text, end) is None or text[start:end] in CHAT_WORDS:
                continue
            line_start = text.rfind("\n", 0, start) + 1
            if _NAME_ALONE_BEFORE.search(text, line_start, start) is None or not line_in_lower_case(text, start):
                continue
            out.append(self._f(start, end, SCORE_WEAK))
        return out

    def _bracketed_kin(self, text: str) -> list[Finding]:
        """``en ben (je broer) wil ook mee``, ``Fenna (mijn zus)``, ``vraag het aan ria (onze buurvrouw)``: a word
        right before a bracketed possessive and a word of kinship or a role is the person the bracket says it is; a
        listed first name in any case (a word-like one too: ``ben``, ``wil``), or a capitalised word no common word."""
        out: list[Finding] = []
        if " (" not in text or not holds_word(text, KIN_WORD_SET):
            return out
        for m in matches_from(BRACKETED_KIN, text, positions(text, " (")):
            start = run_start(text, m.start(), str.isalpha)
            name = text[start : m.start()]
            if len(name) < 2 or (start and (text[start - 1].isalnum() or text[start - 1] in "@._-")):
                continue
            lowered = name.lower()
            if lowered in STOP or lowered in MONTHS_AND_DAYS:
                continue
            # (the bracket says who the word is: a word-like first name too, "ben (je broer)")
            listed = is_first_name(name, lowercase_ok=True) or lowered in WORDLIKE_FIRST
            if listed or (name[0].isupper() and lowered not in common_words() and not _is_dutch_place(name)):
                out.append(self._f(start, m.start(), SCORE_WEAK))
        return out

    def _honorific_after(self, text: str) -> list[Finding]:
        """``Adeel bhai``, ``Saima baji``, ``Debashish kaku``, ``rokeya khala``: a name before the word of respect or
        kinship that South Asian families say after it (:data:`POST_HONORIFICS`; tuning_114, _120, _131): a capitalised
        word no common word, place or word of kinship, or a listed first name in lower case ("thanks bhai", "salam
        khala", "ok apu" name none)."""
        from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

        out: list[Finding] = []
        if not holds_word(text, POST_HONORIFICS):
            return out
        for m in HONORIFIC_AFTER.finditer(text):
            name = m.group("name")
            lowered = name.lower()
            if _word_not_name(lowered, MONTHS_AND_DAYS):
                continue
            capitalised = name[0].isupper() and not name.isupper() and not _is_dutch_place(name)
            listed_lower = name.islower() and is_first_name(name, lowercase_ok=True) and not word_like(lowered)
            if capitalised or listed_lower:
                out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
        return out

    def _arabic_vocative(self, text: str) -> list[Finding]:
        """``shukran ya Ikhlas``, ``ya Shosho matb3teesh``: Arabic's vocative "ya" (in Latin or Arabic letters) before a
        capitalised word addresses a person (tuning_129, _132, _134): one that is no common word, place or word of
        kinship, in lower case after its capital ("ya KNVB", "ya M-Pesa" name none; nor "ya Allah", "ya Rab")."""
        out: list[Finding] = []
        if " ya " not in text and "يا " not in text and "\nya " not in text and not text.startswith("ya "):
            return out
        for m in ARABIC_VOCATIVE.finditer(text):
            name = m.group("name")
            lowered = name.lower()
            if _word_not_name(lowered, _GOD_WORDS):
                continue
            if not _is_dutch_place(name):
                out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
        return out

    def _lower_name_after_foreign_kin(self, text: str) -> list[Finding]:
        """``emaye wubit``, ``qes mulugeta``, ``ato girma``: an Amharic, Tigrinya or Oromo word for kin or respect
        (``ETHIOPIAN_KIN_SET``) before a word in lower case that no dictionary knows names a person (tuning_140):
        Ethiopian and Eritrean families type their relatives' and elders' names in lower case, and no first-name list
        holds them. Not a common word, a word Dutch or English
        knows, a place, a word of kinship or a word of the chat's own language (``adey letay kab`` keeps "kab")."""
        from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

        out: list[Finding] = []
        if not holds_word(text, ETHIOPIAN_KIN_SET):
            return out
        for m in FOREIGN_KIN_LOWER_NAME.finditer(text):
            if m.group("kin").lower() not in ETHIOPIAN_KIN_SET:
                continue
            name = m.group("name")
            if _word_not_name(name, ETHIOPIAN_WORDS) or word_like(name) or _is_dutch_place(name):
                continue
            out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
        return out

    def _initials_in_a_row(self, text: str) -> list[Finding]:
        """A form's row of fields as OCR reads it, the initials' label after another field's value and a gap
        (``Naarn  Brandwijk-de Kluijver     Voorletters  C.W.``, ``Achternaarn  Tavares     Voorletters  E.J.``;
        tuning_44, tuning_45): the initials after it, as after such a label at a line start."""
        if "  " not in text or ("oorl" not in text and "nitial" not in text):
            return []
        return [
            self._f(m.start("initials"), m.start("initials") + len(m.group("initials").rstrip()), SCORE_STRONG)
            for m in INITIALS_IN_A_ROW.finditer(text)
        ]

    def _header_handles(self, text: str) -> list[Finding]:
        """A pasted Slack, Teams or Discord channel, or an app's chat: each message under or after its writer's handle
        and the time (``deepa_r  09:15``, ``karthik.s  09:12``, tuning_46; ``ruta.petrauskiene 05:41: labas``,
        ``akela_rianne — vandaag om 21:14``, tuning_47). A handle is a member's when a part of it is a listed first
        name (``rianne``), or when one is a name no dictionary knows (four letters or more) and the handle heads two
        messages or two other members speak in the channel; a bot's is none (``deelzo_bot``). Every header of a
        member, the handle elsewhere (``afmelden bij @akela_rianne``), and its name parts said alone (``ruta you take
        shift``)."""
        out: list[Finding] = []
        if text.count("\n") < 2 or not any(c in text for c in "._"):
            return out
        headers = list(HEADER_HANDLE.finditer(text))
        if not headers:
            return out
        said = Counter(m.group("handle") for m in headers)
        names: dict[str, set[str]] = {}
        for handle, n in said.items():
            parts = _handle_names(handle, n >= 2)
            if parts:
                names[handle] = parts
        if len(names) >= 2:
            # a channel where two members speak is people's: a handle heading one message is a member's too by a
            # part no dictionary knows (``trees.moonen  10:15`` among ``jup.kleijnen`` and ``anja.wolfs``, tuning_67)
            # (two parts, a name's shape; not a gamer's tag: "xX_prinsie_Xx", tuning_41)
            for handle in said.keys() - names.keys():
                if len(HANDLE_SPLIT.split(handle)) == 2 and (parts := _handle_names(handle, True)):
                    names[handle] = parts
        lowered = text.lower()
        for handle in names:
            for at in positions(text, handle):
                end = at + len(handle)
                if whole_word(text, at, end) and text[end : end + 1] not in "._" and text[at - 1 : at] not in "._":
                    out.append(self._f(at, end, SCORE_WEAK))
        for part in set().union(*names.values()) if names else set():
            for at in positions(lowered, part):
                end = at + len(part)
                if whole_word(text, at, end) and text[end : end + 1] not in "._" and text[at - 1 : at] not in "._":
                    out.append(self._f(at, end, SCORE_WEAK))
        return out

    def _alone_line_handles(self, text: str) -> list[Finding]:
        """Direct messages copied from an app that sets each message under its writer's handle, the handle alone on
        its line (``rinesa.k`` / ``jaimy.vdb``, turn by turn; tuning_124, tuning_112). Two handles or more, each heading
        two messages or more, make the copy; a handle of parts no word, role or place, or one holding a listed name
        (see ``_member_handle``), is a member's. Every line it heads, and the handle elsewhere."""
        out: list[Finding] = []
        if text.count("\n") < 3 or not any(c in text for c in "._"):
            return out
        heads = [
            m
            for m in ALONE_HANDLE.finditer(text)
            if any(c in m.group("handle") for c in "._0123456789")
            and m.group("handle").rsplit(".", 1)[-1] not in FILE_ENDINGS
        ]
        said = Counter(m.group("handle") for m in heads)
        members = {h for h, n in said.items() if n >= 2 and (_member_handle(h) or _unlisted_handle(h))}
        if len(members) < 2:
            return out
        for handle in members:
            for at in positions(text, handle):
                end = at + len(handle)
                if whole_word(text, at, end) and text[end : end + 1] not in "._" and text[at - 1 : at] not in "._":
                    out.append(self._f(at, end, SCORE_WEAK))
        return out

    def _mail_header_name(self, text: str) -> list[Finding]:
        """A mail header's display name before its address (``Van: Vu Hong Nhung <hongnhung.vu@ziggo.nl>``,
        ``Van: Hubrecht | Rijschool Wegwijs <hubrecht@...>``, tuning_56): the whole name, however foreign or
        unlisted, when it is shaped as a person's (see :func:`mail_display_name`)."""
        out: list[Finding] = []
        if "<" not in text or "@" not in text:
            return out
        for m in MAIL_HEADER.finditer(text):
            start, words = m.start("name"), m.group("name").split()
            # (a form of address or a title before the name is no part of it: "Dr. Sebastiaan Ruiter", "meester Bram")
            while len(words) > 1 and (words[0].lower() in TITLE_SET or words[0] in LOWER_TITLES):
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
            if mail_display_name(words, m.group("local")):
                out.append(self._f(start, m.end("name"), SCORE_MEDIUM))
        return out

    def _vietnamese_name(self, text: str) -> list[Finding]:
        """``Vu Van Khai``, ``Pham Kim Oanh`` (tuning_56): a Vietnamese name, the family name first, then a middle
        and a given name. The family name is one of the common ones (``VIETNAMESE_SURNAMES``), and the short
        capitalised words after it hold the middle name Van or Thi, or a listed first name: the whole name, where the
        lists find its parts apart or not at all."""
        out: list[Finding] = []
        for m in VIETNAMESE_NAME.finditer(text):
            given = m.group("given").split()
            if m.group() in VIETNAMESE_PLACES:
                continue
            if given[0] in VIETNAMESE_MIDDLE or any(is_first_name(g) for g in given):
                out.append(self._f(m.start(), m.end(), SCORE_MEDIUM))
        return out

    def _family_of(self, text: str) -> list[Finding]:
        """``die van koelewijn``, ``die van de ridder van hiernaast``: "the one of" a family, by its surname in lower
        case (tuning_45). A listed surname that is no common word; one whose core is a word ("de ridder", "de boer",
        "de bakker": the baker's) only where a neighbour's place follows (``van hiernaast``, ``van de overkant``)."""
        out: list[Finding] = []
        if "die van " not in text and "Die van " not in text:
            return out
        for m in FAMILY_OF.finditer(text):
            end = lower_surname_after(text, m.end(), common_ok=True)
            if end is None:
                continue
            start = end - len(text[m.end() : end].lstrip())
            if text[start:end] in KIN_WORD_SET or _is_dutch_place(text[start:end]):
                continue  # "die van mama", "die van hoogeveen" (the one from there): listed as surnames too
            if text[start:end].split()[-1] in common_words() and NEIGHBOURS_AFTER.match(text, end) is None:
                continue
            out.append(self._f(start, end, SCORE_WEAK))
        return out

    def _chat_member_handles(self, text: str) -> list[Finding]:
        """A chat export's members by the labels they speak under, whatever the name: a user name
        (``**mo_elamrani**:``, ``@daan.vermeulen:``, ``xXdenizXx``, ``lottevdberg``) or a lower-case name no list holds
        (``jiandro:``). A text is a chat when two labels or more speak, most turns say a sentence (a blank in what is
        said) and a label is marked as a member's (bold, ``@``) or holds a listed first name. A member's label speaks
        twice or more, or is so marked; a word or role, a key of machine output (its parts all common words:
        ``error_code``) or a label in capitals is none. The whole label is the member's name."""
        out: list[Finding] = []
        starts = text_facts(text).colon_line_starts
        if len(starts) < 3:
            return out
        turns = list(matches_from(CHAT_LABEL, text, starts))
        said = Counter(m.group("label") for m in turns)
        # (one member's turns among others whose labels hold blanks, each stamped after its label: a marketplace's
        # messages, "Rixt_b (16 mrt 20:41): hoi!", "Anne K. (16 mrt 20:43): ja")
        stamped = sum(_stamped_after(m) for m in turns) >= 2
        if (len(said) < 2 and not stamped) or (len(said) == len(turns) and not any(m.group("mark") for m in turns)):
            return out  # every label said once and none marked: a form's or a record's keys
        if sum(_SAYS_A_SENTENCE.match(text, m.end()) is not None for m in turns) * 2 < len(turns):
            return out
        marked = {m.group("label") for m in turns if m.group("mark")}
        # (or three turns and more each opening with its clock, as a Discord or Slack copy prints them: "[18:04]
        # Almamy_K: ...", "[18:07] kabi_c: ...", tuning_180)
        clocked = sum(_CLOCK_IN.search(text, m.start(), m.start("label")) is not None for m in turns) >= 3
        if not marked and not any(_holds_first_name(label) for label in said):
            if clocked:  # (a user name of parts speaking twice: "Almamy_K", "kabi_c")
                members = {label for label, n in said.items() if n >= 2 and _clocked_member(label)}
                out += [self._f(*m.span("label"), SCORE_WEAK) for m in turns if m.group("label") in members]
            return out  # neither a chat's markup nor a member named by a listed first name
        # (a label both marked and stamped after, as a copy of direct messages heads each turn, "@halimat.lwl · 14 mrt
        # 2026 22:09:", is a member's whatever its parts, when they are no words: tuning_123)
        headed = {m.group("label") for m in turns if m.group("mark") == "@" and _stamped_after(m)}
        members = {
            label
            for label, n in said.items()
            if (n >= 2 or label in marked) and (_member_handle(label) or label in headed and _unlisted_handle(label))
        }
        if len(members) >= 2:
            # a chat two members speak in is people's: a label speaking twice there is a member's too by parts no
            # word, role or place ("ayelettt_k" among "yoav.b" and "shirush", tuning_115)
            # (a user name of parts, "._" or digits in it: a single word speaking so is a mother's "Mamá" or a
            # transcript's "transcriptie" as often; one opening with an article is a role's, "el_tesorero")
            members |= {
                label
                for label, n in said.items()
                if n >= 2
                and any(c in label for c in "._0123456789")
                and _unlisted_handle(label)
                and HANDLE_SPLIT.split(label.lower())[0] not in HANDLE_ARTICLES
            }
        out += [self._f(*m.span("label"), SCORE_WEAK) for m in turns if m.group("label") in members]
        return out

    def _file_named_person(self, text: str) -> list[Finding]:
        """A file or folder named after its person and a date, as HR and client dossiers are
        (``Veenstra_Anke_1969-01-23.pdf``, ``de_Groot_Marieke_1971-12-29/``, ``Bram_Hoekstra_20240131.jpg``): two
        or three capitalised words joined by underscores (lower-case particles among them) right before an underscore
        and a date, one a listed first name and the rest a listed surname. A project's or report's name
        (``Sales_Report_2024-01-31``) holds no such pair."""
        out: list[Finding] = []
        if "_" not in text:
            return out
        for date in _FILE_NAME_DATE.finditer(text):
            person = _FILE_NAME_PERSON.search(text, max(0, date.start() - FILE_NAME_CHARS), date.start())
            if person is not None and _first_and_surname(person.group(1).split("_")):
                out.append(self._f(*person.span(1), SCORE_MEDIUM))
        return out

    def _dated_first_names(self, text: str) -> list[Finding]:
        """A birthday list: a listed first name (any case, one the word lists hold too) right before a whole date,
        ``Daan 04-02-2014, Sem 30-12-2014``, ``noah 30/1/2015``, ``Lieke 3 maart 1987``. Not a month, a day, a place, a
        function word or verb (``Per 1 juli``, ``ik ben 3-4-1987 geboren``), nor a chat's or English word in lower
        case. (A day and month alone,
        ``Jannie 5-2``, is left: a score or a range after a word, ``Ajax 2-1``, ``max 30-40``, reads the same.)"""
        out: list[Finding] = []
        # (the dates are the birth-date reader's, read once per text)
        for date, day in _written_dates(text):
            name = _name_before_date(text, date.start()) if day is not None else None
            if name is not None:
                out.append(self._f(*name.span(1), SCORE_WEAK))
        return out

    def _vocative(self, text: str) -> list[Finding]:
        """``ok daan, ik bel je zo``, ``thx roos!``, ``sorry kim,``: a chat message that opens with an interjection
        and a listed first name closed by a comma, ``!`` or ``?`` addresses that person (a word-like name too:
        only a person is addressed so)."""
        out: list[Finding] = []
        if not holds_word(text, VOCATIVE_LEADS) or not holds_word(text, vocative_names()):
            return out  # an interjection and a listed name, each a whole word: two set tests instead of a scan
        for m in VOCATIVE.finditer(text):
            name = m.group("name")
            if is_first_name(name, lowercase_ok=True) and name.lower() not in WORDLIKE_FIRST | STOP:
                out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
        return out

    def _exported_chat_senders(self, text: str) -> list[Finding]:
        """The senders of an exported LINE chat (``LINE_SENDER``, two lines or more so written), of an exported
        KakaoTalk chat (``KAKAO_SENDER``), in whatever script the phone shows them (a field of letters, no log level,
        count or code: ``10:05\tERROR\t...`` is a log), and of a copy whose lines open with the sender and the stamp
        (``INLINE_HEADER_SENDER``, two such lines or more)."""
        out: list[Finding] = []
        if "\t" in text and text.count("\t") >= 4:
            lines = [m for m in LINE_SENDER.finditer(text) if not _NO_SENDER.fullmatch(m.group("name"))]
            if len(lines) >= 2:
                # (a mother or brother as the phone saved them, "媽", "哥": no name, as in KakaoTalk's; tuning_175)
                out.extend(
                    self._f(m.start("name"), m.end("name"), SCORE_MEDIUM)
                    for m in lines
                    if m.group("name").lower() not in KIN_WORD_SET
                )
        if ("년" in text or ". " in text) and " : " in text:
            lines = [m for m in KAKAO_PHONE_SENDER.finditer(text) if not _NO_SENDER.fullmatch(m.group("name"))]
            if len(lines) >= 2:  # (two turns so written, a mother's "엄마 :" among them, make the export)
                out.extend(
                    self._f(m.start("name"), m.end("name"), SCORE_MEDIUM)
                    for m in lines
                    if m.group("name").lower() not in KIN_WORD_SET
                )
        title = KAKAO_TITLE.match(text) if "카카오톡" in text else None
        if title is not None and title.group("name") not in KIN_WORD_SET:
            out.append(self._f(title.start("name"), title.end("name"), SCORE_MEDIUM))
        if "[" in text:
            for m in KAKAO_SENDER.finditer(text):
                if not _NO_SENDER.fullmatch(m.group("name")):
                    out.append(self._f(m.start("name"), m.end("name"), SCORE_MEDIUM))
            out += [
                self._f(*span, SCORE_MEDIUM)
                for span, name in _repeated_headers(TELEGRAM_SENDER, text)
                if not (" " not in name and name.lower() in KIN_WORD_SET)
            ]
        if ":" in text:
            out += [self._f(*span, SCORE_MEDIUM) for span, _ in _repeated_headers(INLINE_HEADER_SENDER, text)]
            if ", " in text:
                out += [
                    self._f(*span, SCORE_MEDIUM)
                    for span, name in _repeated_headers(SURNAME_FIRST_SENDER, text)
                    if is_first_name(name.split(",")[1].split()[0])
                ]
            header_lines = [
                (m, "name" if m.group("name") else "slack" if m.group("slack") else "bracketed")
                for m in HEADER_LINE_SENDER.finditer(text)
            ]
            if len(header_lines) >= 2:
                # (a capitalised single word only when a listed first name: a shop answers so too, "Sleutelhuys ·
                # 22:44")
                out.extend(
                    self._f(m.start(g), m.end(g), SCORE_MEDIUM)
                    for m, g in header_lines
                    if _inline_sender_name(m.group(g))
                    and (" " in m.group(g) or m.group(g).islower() or is_first_name(m.group(g)))
                )
        return out

    def _english_possessive_owner(self, text: str) -> list[Finding]:
        """``Samuel's date of birth``, ``Kwabena's passport``: a chat in English names whose data or kin it means with
        a possessive (``ENGLISH_POSSESSIVE_OWNER``): a listed first name or a word no list of words knows; not a place,
        a firm's word or a kin word ("mum's passport")."""
        out: list[Finding] = []
        if "'s " not in text and "’s " not in text:
            return out
        for m in ENGLISH_POSSESSIVE_OWNER.finditer(text):
            name = m.group("name")
            low = name.lower()
            if low in STOP or low in CHAT_WORDS or low in MONTHS_AND_DAYS or _is_dutch_place(name) or is_orgish(name):
                continue
            if _named_or_unknown(name):
                out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
        return out

    def _name_said_of(self, text: str) -> list[Finding]:
        """``Cobie: 071 408 53 27``, ``Sreejith, +31 6 1209 5584``, ``Cobie is geboren 29-10-1946``, ``koba is morgen
        jarig``: a name said of a phone number or of a birth (``NAME_BEFORE_PHONE``, ``NAME_BORN_OR_JARIG``): a listed
        first name, or a word no list of words knows; not a place, a firm's word, a label or a role ("Receptie: 071
        ...", "Mobiel: 06 ...")."""
        out: list[Finding] = []
        lowered = text_facts(text).lowered
        patterns = [NAME_BEFORE_PHONE] if any(c.isdigit() for c in text) else []
        if "geboren" in lowered or "jarig" in lowered or "born" in lowered:
            patterns.append(NAME_BORN_OR_JARIG)
        for pattern in patterns:
            for m in pattern.finditer(text):
                name = m.group("name")
                low = name.lower()
                if low in STOP or low in CHAT_WORDS or low in KIN_WORD_SET or _role_word(name) or is_orgish(name):
                    continue
                if _is_dutch_place(name) or (name.islower() and not plausible_unlisted(low)):
                    continue
                if name[0].isupper() and _any_listed_place(name):
                    continue  # ("de receptie in Dommelen, +31 40 ...": a village, a district)
                if low not in common_words() and _named_or_unknown(name, lowercase_ok=True):
                    out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
        return out

    def _thanked(self, text: str) -> list[Finding]:
        """``Dank je Naibeth!``, ``hvala Dragan,``: a message that opens with thanks and a capitalised name closed by
        "!", "," or the line's end thanks that person (``THANKED``): a listed first name or a word no list of words
        knows; not a place, a firm's word or a group ("Dank je Team!")."""
        lowered = text_facts(text).lowered
        if not any(w in lowered for w in _THANKS_HINTS):
            return []
        return self._addressed(THANKED, text, _is_dutch_place)

    def _told_in_spanish(self, text: str) -> list[Finding]:
        """``dile a Jeancarlos q nos recoja``, ``diganle a Solangel q no traiga al novio`` (tuning_162): a Spanish
        "tell", "ask", "call" or "greet" and "a" before a capitalised word addresses a person (``SPANISH_TOLD``): a
        listed first name or a word no list of words knows; not a place, a firm's word or a group."""
        return self._addressed(SPANISH_TOLD, text, _any_listed_place) if " a " in text else []

    def _addressed(self, cue: re.Pattern[str], text: str, place: Callable[[str], bool]) -> list[Finding]:
        """The ``name`` group of each ``cue`` match that is a listed first name or a word no list of words knows, and
        no stop or chat word, ``place`` or firm's word: the person thanked or addressed."""
        out: list[Finding] = []
        for m in cue.finditer(text):
            name = m.group("name")
            low = name.lower()
            if low in STOP or low in CHAT_WORDS or place(name) or is_orgish(name):
                continue
            if _named_or_unknown(name):
                out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
        return out

    def _lower_double_first_name(self, text: str) -> list[Finding]:
        """``wie heeft de bus van gert-jan geleend``, ``anne-marie komt ook``: in a line written as chat, a
        hyphenated first name that is listed as a whole, or whose two parts are first names that are no words."""
        out: list[Finding] = []
        # the name's first part starts a word and is a run of lower-case letters: a listed double name's first part
        # or a bare first name (one set test over the text's candidate runs spares the scan)
        if "-" not in text or not text_facts(text).has_lower_word(double_name_first_parts()):
            return out
        present = double_name_first_parts().intersection(text_facts(text).lower_runs)
        if not any(word + "-" in text for word in present):
            return out  # (the first part right before the hyphen)
        for m in LOWER_DOUBLE_NAME.finditer(text):
            double = m.group(1)
            first, second = double.split("-")
            listed = double in first_names() and double not in common_words()
            if not listed and not (first in bare_first_names() and second in bare_first_names()):
                continue
            if line_in_lower_case(text, m.start()) and not in_address(text, m.start(1)):
                out.append(self._f(m.start(1), m.end(1), SCORE_WEAK))
        return out

    def _initials_answer(self, text: str) -> list[Finding]:
        """Transcripts: the turn that answers a question for someone's initials (``En uw voorletters?`` →
        ``Beller: S.J.``) is those initials."""
        out: list[Finding] = []
        if "voorletter" not in text_facts(text).lowered:
            return out
        for question in INITIALS_QUESTION.finditer(text):
            answer = INITIALS_ANSWER.match(text, question.end())
            if answer is not None:
                out.append(self._f(answer.start("value"), answer.end("value"), SCORE_MEDIUM))
        return out

    def _cell_pairs(self, text: str) -> list[Finding]:
        """Rows of machine output without a header (``'Mirjam', 'Hoekstra'``, ``12;Gerrit;Hofstede;Zwolle``,
        ``"de Boer-Hulst","Annelies"``): two neighbouring cells that are a listed first name and a listed surname,
        in either order, are a person's name, each cell its own span (a field each). One cell alone is no evidence."""
        out: list[Finding] = []
        if not text_facts(text).has_substring((",", ";", "\t", "|")):
            return out
        for line_start, line_end in lines_with_cells(text):
            # (an empty particle column between them is no cell: "'Pieter', NULL, 'Wouters'")
            cells = [c for c in row_cells(text, line_start, line_end) if text[c[0] : c[1]] not in NULL_CELLS]
            for (a_start, a_end), (b_start, b_end) in zip(cells, cells[1:], strict=False):
                first, second = text[a_start:a_end], text[b_start:b_end]
                if (given_name_cell(first) and surname_cell(second)) or (
                    surname_cell(first) and given_name_cell(second)
                ):
                    out += [self._f(a_start, a_end, SCORE_MEDIUM), self._f(b_start, b_end, SCORE_MEDIUM)]
        return out

    def _nicknamed(self, text: str) -> list[Finding]:
        """``Wilhelmina (Mien) Gerritsen``, ``Ronald "Ron" Wessels``: a nickname in brackets or quotes between the
        given names and the surname, as registers, deeds and contact lists write it; the given names listed first
        names, the surname a listed one, the nickname no common word. One name over the whole (the model reads the
        pieces apart, the nickname even as a place)."""
        out: list[Finding] = []
        if "(" not in text and '"' not in text and "\u201c" not in text:
            return out
        for m in NICKNAME_BETWEEN.finditer(text):
            given = GIVEN_NAMES_BEFORE.search(text, max(0, m.start() - NICKNAME_GIVEN_CHARS), m.start())
            if given is None or not all(is_first_name(w) for w in given.group().split()):
                continue
            nick, surname = m.group("nick"), m.group("surname")
            quoted = m.group("b") is not None and any(q in m.group() for q in '"\u201c')
            if (nick.lower() in common_words() and not quoted) or not is_family_name(surname):
                continue  # (a word in quotes inside the brackets is a nickname all the same: ("Koos"), a verb too)
            out.append(self._f(given.start(), m.end("surname"), SCORE_MEDIUM))
        return out

    def _name_handle(self, text: str) -> list[Finding]:
        """``user not found: thomas.vermeer``, ``login=anna.de.vries``, ``lisa_dejong``: a user handle written as a
        listed first name, a dot or underscore and a listed surname (no common word) is that person's name; not
        inside an e-mail address, a domain, a path or a file name."""
        out: list[Finding] = []
        if "." not in text and "_" not in text:
            return out
        for m in _name_handle_matches(text):
            # (a handle may be capitalised: customer=Sanne_Visser, Piet.de.Vries; read in lower case)
            first, rest = m.group(1).lower(), re.sub(r"[._-]", " ", m.group(2)).lower()
            # "user=mentor.hendriks", "actor: docent_smit": a role and the surname it names, as a key's value (not
            # code's attribute "klant.polis")
            role = first in HANDLE_ROLES and _KEY_BEFORE.search(text, max(0, m.start() - 3), m.start()) is not None
            if not role and (not is_first_name(first, lowercase_ok=True) or first in common_words()):
                continue
            glued = GLUED_PARTICLE.sub(_unglued, rest) if " " not in rest else rest
            # (a speaker's handle names a person, so a surname that is a word too counts there: "kees.brouwer:")
            listed = rest in family_names() and (rest not in common_words() or _speaker_label(text, m.start()))
            if lower_surname(rest) or lower_surname(glued) or listed:
                out.append(self._f(m.start(2) if role else m.start(), m.end(), SCORE_WEAK))
        # a user key's handle of names no list holds (``user="ruta.petrauskiene"``, ``login=mantas.k``; tuning_47):
        # the key says it is a person's login, so two parts that are no word, role or place (an initial as the second)
        if any(key in text for key in USER_HANDLE_KEYS):
            out += [self._f(*m.span("handle"), SCORE_WEAK) for m in USER_HANDLE.finditer(text) if _unknown_handle(m)]
        # a chat's speaker handle of a first name and an initial (``ellen.b:``, ``[09:12] joost_v:``): its place
        # names a person, so a first name that is a word too counts there
        for m in HANDLE_INITIAL_SPEAKER.finditer(text):
            start = run_start(text, m.start(), _ascii_letter)
            first = text[start : m.start()].lower()
            if len(first) >= 3 and is_first_name(first, lowercase_ok=True) and _speaker_label(text, start):
                out.append(self._f(start, m.end(), SCORE_WEAK))
        # an initial and a surname (``actor=l.vandenberg``, ``r.de.wit``): the surname alone vouches, so it must be
        # listed with its particle or glued particles, or be a listed surname no common word
        for m in INITIAL_HANDLE.finditer(text):
            rest = re.sub(r"[._-]", " ", m.group(1))
            listed = rest in family_names() and (rest not in common_words() or _speaker_label(text, m.start() - 1))
            # (as a key's value, "sasl_username=m.vdheuvel", the surname as a login abbreviates its particles)
            keyed = _KEY_BEFORE.search(text, max(0, m.start() - 4), m.start() - 1) is not None
            if (
                listed
                or lower_surname(rest if " " in rest else GLUED_PARTICLE.sub(_unglued, rest))
                or (keyed and " " not in rest and login_surname(text[m.start() - 1] + rest))
            ):
                out.append(self._f(m.start() - 1, m.end(), SCORE_WEAK))  # (the initial before the dot)
        return out

    def _salutation_surname(self, text: str) -> list[Finding]:
        """``Geachte Hoogland,`` alone on a letter's line: the salutation addresses a person, so a capitalised listed
        surname there is one even when it names a place too (``Hoogland``, ``Bloemendaal``); not a common word
        (``Geachte Klant,``, ``Beste Collega,``)."""
        out: list[Finding] = []
        if not text_facts(text).has_substring(SALUTATIONS):
            return out
        for m in SALUTATION_SURNAME.finditer(text):
            core = m.group("core").lower()
            if is_family_name(m.group("name")) and core not in common_words() and not is_first_name(m.group("core")):
                out.append(self._f(m.start("name"), m.end("name"), SCORE_MEDIUM))
        return out

    def _name_as_quoted(self, text: str) -> list[Finding]:
        """``uw naam stond vermeld als "Dekker-Albas"``, ``naam gewijzigd in 'Van Dijk'``, ``Uw achternaam stond bij ons
        als "Demirr"``: a quoted value a letter says a name was written as, when a word of it is a listed surname or
        first name, or it is one or two capitalised words no list knows as words or firms (a misspelling the letter
        corrects)."""
        out: list[Finding] = []
        lowered = text_facts(text).lowered
        if "naam" not in lowered:
            return out
        # (tried only where "naam" starts, found with str.find: the pattern opens with look-behinds, no fast scan)
        starts = positions(lowered, "naam") if len(lowered) == len(text) else None
        for m in NAME_AS_QUOTED.finditer(text) if starts is None else matches_from(NAME_AS_QUOTED, text, starts):
            value = m.group("value")
            parts = [w for w in re.split(r"[ \t-]+", value) if w[:1].isupper()]
            if any(is_family_name(w) or is_first_name(w) for w in parts) or _misspelled_name(parts):
                out.append(self._f(m.start("value"), m.end("value"), SCORE_MEDIUM))
        if "plaats van" in text:
            # the name as it was written and as it should be: "naam was fout gespeld: Dijkgraff in plaats van Dijkgraaf"
            for m in NAME_INSTEAD.finditer(text) if starts is None else matches_from(NAME_INSTEAD, text, starts):
                for group in ("wrong", "right"):
                    parts = [w for w in re.split(r"[ \t-]+", m.group(group)) if w[:1].isupper()]
                    if any(is_family_name(w) or is_first_name(w) for w in parts) or _misspelled_name(parts):
                        out.append(self._f(*m.span(group), SCORE_MEDIUM))
        return out

    def _named_as(self, text: str) -> list[Finding]:
        """``hun dochter heet Julia``, ``Via Frans, mijn buurman, …``: a capitalised listed first name — a word-like
        one too — after "heet"/"heten", or before a comma and a possessive with a word of kinship or a role (the
        apposition says who the person is)."""
        out: list[Finding] = []
        facts = text_facts(text)
        if not holds_capital_first_name(text):
            return out  # both report a capitalised listed first name
        if "heet" in facts.lowered or "heten" in facts.lowered:
            out += [self._f(*m.span("name"), SCORE_MEDIUM) for m in CALLED.finditer(text) if is_first_name(m["name"])]
        if ", " in text and holds_word(text, KIN_WORD_SET):
            for m in matches_from(APPOSED_KIN, text, positions(text, ", ")):
                start = run_start(text, m.start(), str.isalpha)
                name = text[start : m.start()]
                if name[:1].isupper() and is_first_name(name):
                    out.append(self._f(start, m.start(), SCORE_MEDIUM))
        return out

    def _name_is_capitals(self, text: str) -> list[Finding]:
        """``Haar naam in het paspoort is WILLEMIJN ANNA DE KORT``: a name written in capitals as a document prints
        it, after "naam" (a few lower-case words may say where: "in het paspoort", "zoals op de pas") and "is"/"luidt"
        or a colon (``… 1958. Naam zoals in het paspoort: HENDRIKUS JOHANNES BLOM``): two to five words in capitals,
        most of them listed first names or surnames."""
        out: list[Finding] = []
        lowered = text_facts(text).lowered
        if "naam" not in lowered:
            return out
        for m in matches_from(NAME_IS_CAPITALS, text, positions(lowered, "naam")):
            word_start = run_start(lowered, m.start(), str.isalpha)
            if lowered[word_start : m.start()] not in NAME_WORD_HEADS:
                continue  # "gebruikersnaam is HENK", "bedrijfsnaam is ..."
            start, end = m.span("value")
            if text[end - 1] == "." and not TRAILING_INITIAL.search(text[start:end]):
                end -= 1  # the sentence's full stop
            words = [w for w in re.split(r"[ \t]+", text[start:end]) if w.lower() not in PARTICLE_SET]
            # most of its words listed names: not a firm's name in capitals ("KLM ROYAL DUTCH")
            if 2 * sum(is_first_name(w) or is_family_name(w) for w in words) > len(words):
                out.append(self._f(start, end, SCORE_MEDIUM))
        return out

    def _stamped_surname_given(self, text: str) -> list[Finding]:
        """``[09:43] Tran, Minh`` or ``Tran, Minh 09:43`` alone on a line: a Teams or Skype copy's turn header, its
        speaker's display name surname first (particles, one capitalised surname no dictionary word, a comma), then a
        listed first name (tuning_49: the surname 'Tran' is no finding on its own, so the comma's halves were not
        joined)."""
        out: list[Finding] = []
        if ", " not in text:
            return out
        headers = [
            m
            for m in matches_from(STAMPED_SURNAME_GIVEN, text, text_facts(text).line_starts)
            if m.group("before") or m.group("after")
        ]
        for m in headers:
            surname, given = m.group("surname").split()[-1], m.group("given").split()[0]
            if not is_first_name(given) or is_first_name(surname):
                continue
            # (a surname that is a word too, "Bisschop, Marit", in a copy of two headers or more: a listed surname,
            # tuning_58)
            if surname.lower() not in common_words() or (len(headers) >= 2 and is_family_name(surname)):
                out.append(self._f(m.start("surname"), m.end("given"), SCORE_MEDIUM))
        return out

    def _caps_surname_given(self, text: str) -> list[Finding]:
        """``DE JONG LOTTE``, ``JANSEN PIETER`` alone on a line: an ID card's or register's name in capitals,
        surname first (its particles, a listed surname — a word too only with its particle or when among the most
        frequent surnames, ``BAKKER``), then listed first names; not a place or an organisation."""
        out: list[Finding] = []
        for m in matches_from(CAPS_NAME_LINE, text, text_facts(text).line_starts):
            if caps_surname_given(m.group("name").split()):
                out.append(self._f(m.start("name"), m.end("name"), SCORE_MEDIUM))
        # a cell of a bank statement's or export's row (``20261104|KOWALSKI TOMASZ|NL96…``), judged alike
        if CAPS_NAME_CELL_HINT.search(text) is not None:
            for line_start, line_end in lines_with_cells(text):
                for start, end in row_cells(text, line_start, line_end):
                    if CAPS_NAME_CELL.fullmatch(text, start, end) and caps_surname_given(text[start:end].split()):
                        out.append(self._f(start, end, SCORE_MEDIUM))
        return out

    def _login_name(self, text: str) -> list[Finding]:
        """``uid=pjansen``, ``user jvdberg``, ``Accepted publickey for smitj``, ``C:\\Users\\SDekker\\``: a login
        name glued from an initial or two and a surname (or a surname and an initial) after a user key, in an sshd
        line or as a user's folder; the surname one of the 1,000 most frequent (so ``admin``, ``root``, ``tester``
        stay service accounts)."""
        out: list[Finding] = []
        # a Windows account written domain\\user ("CORP\\kvisser", "GEMEENTE\\JdeVries")
        if "\\" in text:
            for m in DOMAIN_USER.finditer(text):
                domain = DOMAIN_BEFORE.search(text, max(0, m.start() - 16), m.start())
                if domain is not None and login_surname(m.group("v").lower()):
                    out.append(self._f(m.start("v"), m.end("v"), SCORE_WEAK))
        if "/" in text:
            for m in PEER_ADDRESS.finditer(text):
                name = PEER_NAME_BEFORE.search(text, max(0, m.start() - 26), m.start())
                if name is not None and login_surname(name.group().lower()):
                    out.append(self._f(name.start(), name.end(), SCORE_WEAK))
        facts = text_facts(text)
        if not facts.has_substring(LOGIN_CUES):
            return out
        # (tried only where a cue starts, found with str.find: the pattern opens with alternatives, no fast scan)
        lowered = facts.lowered
        if len(lowered) == len(text):
            starts = {at for cue in LOGIN_KEYS for at in positions(lowered, cue)}
            starts |= {at for folder in ("users", "home") for at in positions(lowered, folder, -1)}
            matches: Iterator[re.Match[str]] = matches_from(LOGIN_VALUE, text, sorted(starts))
        else:
            matches = LOGIN_VALUE.finditer(text)
        for m in matches:
            value = m.group("v").lower()
            if login_surname(value) or glued_first_and_surname(value) or dotted_login_surname(value):
                out.append(self._f(m.start("v"), m.end("v"), SCORE_WEAK))
        return out

    def _hl7_name(self, text: str) -> list[Finding]:
        """An HL7 v2 patient segment's name (``PID|1||…||Bosman^Willem^J^^^^L||19800101|M``): PID-5, family name,
        given name and middle names parted by ``^``; a hospital's or lab's log carries such segments."""
        out: list[Finding] = []
        if "PID|" not in text:
            return out
        for m in HL7_PID_NAME.finditer(text):
            name = m.group("name").rstrip("^")
            if any(c.isalpha() for c in name):
                out.append(self._f(m.start("name"), m.start("name") + len(name), SCORE_MEDIUM))
        return out

    def _device_owner(self, text: str) -> list[Finding]:
        """``device=LT-KARIN``, ``host=laptop-sanne``, ``iPhone-van-Joost``: a device named after its user in a log
        (a device word, a dash or underscore, a listed first name that is no common word); ``DESKTOP-7F3K2`` and
        ``PC-BALIE`` name none."""
        out: list[Finding] = []
        if ("-" not in text and "_" not in text) or not holds_word(text, DEVICE_WORDS):
            return out  # (the device word is a whole run of letters: no letter before it, a dash after it)
        for m in DEVICE_NAME_TAIL.finditer(text):
            start = run_start(text, m.start(), _ascii_letter)
            if text[start : m.start()].lower() not in DEVICE_WORDS or (start and text[start - 1].isalnum()):
                continue
            name = m.group(1).lower()
            listed = is_first_name(name, lowercase_ok=True) and name not in common_words()
            if listed or _glued_double_first_name(name):
                out.append(self._f(m.start(1), m.end(1), SCORE_WEAK))
        return out

    def _numbered_device_owner(self, text: str) -> list[Finding]:
        """A device named after its user with a model or a number beside the name (``NB-ARSLAN-02``,
        ``Galaxy-S23-Ruben``, ``LT-JANSEN-01``, ``iPhone-13-van-Sanne``; ``_device_owner`` reads the name that ends
        the device's name): a listed first name or family name that is no common word, in any case."""
        out: list[Finding] = []
        if ("-" not in text and "_" not in text) or not holds_word(text, NUMBERED_DEVICE_WORDS):
            return out
        # (the pattern tried only where a device word the text holds starts: found with str.find in lower case)
        lowered = text_facts(text).lowered
        starts = {at for word in NUMBERED_DEVICE_WORDS & text_words(text) for at in positions(lowered, word)}
        for at in sorted(starts):
            m = NUMBERED_DEVICE_NAME.match(text, at)
            if m is None or m.group("device").lower() not in NUMBERED_DEVICE_WORDS:
                continue
            if not (m.group("model") or m.group("number")):
                continue  # (without a model or number: _device_owner's)
            name = m.group("name").lower()
            if name in common_words() or name in STOP or (len(name) < 4 and m.group("name").isupper()):
                continue  # "PC-BALIE-2", "PC-FIN-07": a desk's or a department's
            if is_first_name(name, lowercase_ok=True) or (is_family_name(name) and not _english_word(name)):
                out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
        return out

    def _first_name_after_van(self, text: str) -> list[Finding]:
        """Whose thing something is, a capitalised listed first name after a lower-case "van" that closes the phrase
        (``de trekker van Bertus.``, ``de fiets van Maarten?``) where "van" and the name are no listed surname: the
        rule for such names (``_capital_first_name_taken``) leaves out every name a surname's core is too (Bertus,
        Maarten), but the lists hold the surnames with their particles (``van Dam``, ``van Marle``). Not after a
        capitalised word (``Piet van Bertus``), not a place (``van Ede``) nor a name frequent in English (``van Zara``:
        a shop)."""
        out: list[Finding] = []
        if not holds_capital_first_name(text):
            return out
        for at in positions(text, "van "):
            m = FIRST_NAME_AFTER_VAN.match(text, at)
            if m is None or (at and (text[at - 1].isalnum() or text[at - 1] == "-")):
                continue
            name = m.group("name")
            if not is_first_name(name) or name.lower() in common_words() or _is_dutch_place(name):
                continue
            if _english_word(name.lower()):
                continue  # "die jurk van Zara?": a name frequent in English is a shop's or a brand's as often
            if f"van {name.lower()}" in family_names() or not is_family_name(f"van {name}"):
                continue  # a listed surname ("van Marle"); or no surname's core: _capital_first_name_taken's
            before = WORD_BEFORE_VAN.search(text, max(0, at - 30), at)
            if before is not None and (before.group(1)[:1].isupper() or before.group(1).lower() in PARTICLE_SET):
                continue  # "Piet van Bertus", "Jan de van Bertus": a surname after a given name
            out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
        return out

    def _slash_written(self, text: str) -> list[Finding]:
        """``holder="EVERS/MAARTEN"``, ``DE VRIES/ANNA MRS``: a name as a card's magnetic stripe and an airline's
        booking write it, surname and given names in capitals parted by a slash (a title may follow); both parts
        listed, the surname as a surname and the first given name as a first name (not ``AND/OR``, ``TCP/IP``)."""
        out: list[Finding] = []
        if "/" not in text:
            return out
        for slash in SLASH_BEFORE_CAPITAL.finditer(text):
            # the surname read back from the slash (few slashes stand before a capital), then the whole writing
            lo = max(0, slash.start() - SLASH_SURNAME_REACH)
            head = SURNAME_BEFORE_SLASH.search(text, lo, slash.start())
            m = SLASH_NAME.match(text, head.start()) if head is not None else None
            if m is None:
                continue
            surname, given = m.group("surname"), m.group("given")
            if not is_family_name(surname) or any(is_orgish(w) for w in surname.split()):
                continue
            if surname in SLASH_MONTHS or given.split()[0] in SLASH_MONTHS:
                continue  # an ID card's month in two languages ("14 JAN/JAN 1981", "MEI/MAY")
            # the given names up to the first that is no listed first name ("BAKKER/ANNA MARIA KOOPT")
            names = list(itertools.takewhile(lambda w: is_first_name(w.capitalize()), given.split()))
            if names:
                out.append(self._f(m.start(), m.start("given") + len(" ".join(names)), SCORE_MEDIUM))
        return out

    def _mention(self, text: str) -> list[Finding]:
        """``@piet``, ``cc @Daan @mees``: a chat mention of a listed first name (any case; a handle is chosen
        by a person, so a word-like name counts too), not the local part's ``@`` of an e-mail address or a
        domain (``@home.nl``). A listed surname may follow (``@sanne de vries``)."""
        out = []
        channel: bool | None = None  # (whether the text is a pasted channel, read once, when needed)
        for m in MENTION.finditer(text):
            if not word_start(text, m.start()):
                continue
            listed = is_first_name(m.group(1), lowercase_ok=True)
            if not listed:
                # In a pasted channel (its messages under their writers' handles, ``HEADER_HANDLE``) a mention names a
                # member, listed or not ("@vasi de boekhouder", tuning_55): not a word, a channel's keyword or a place.
                channel = HEADER_HANDLE.search(text) is not None if channel is None else channel
                # (anywhere, a capitalised one: "@Dinara moet SEPA zijn", a colleague whose name no list holds)
                capitalised = m.group(1)[0].isupper() and len(m.group(1)) >= 4
                if not ((channel or capitalised) and _unlisted_member(m.group(1))):
                    continue
            end = m.end(2)
            if m.group(1).islower() and not m.group(2) and listed:
                end = lower_surname_after(text, end) or end
            out.append(self._f(m.start(1), end, SCORE_MEDIUM))
        return out

    def _dotted_mention(self, text: str) -> list[Finding]:
        """``@rutger.vd.velde``, ``@sanne.bakker``: a chat mention of a handle whose parts a dot joins, the first a
        listed first name; the whole handle is the person (``MENTION`` stops before a dot, a domain's). Not a
        domain (``@anna.nl``: the last part a top-level domain, or a path after it) nor an e-mail address."""
        out: list[Finding] = []
        if "@" not in text:
            return out
        for at in positions(text, "@"):
            m = DOTTED_MENTION.match(text, at)
            if m is None or not word_start(text, at):
                continue
            parts = m.group("handle").split(".")
            if parts[-1].lower() in TOP_LEVEL_DOMAINS or text.startswith("/", m.end()):
                continue
            if is_first_name(parts[0], lowercase_ok=True):
                out.append(self._f(m.start("handle"), m.end("handle"), SCORE_MEDIUM))
        return out

    def _joined_mention(self, text: str) -> list[Finding]:
        """``@hanne-lore``, ``@Dobbelaere_Sien``: a chat mention of a handle whose parts a hyphen or an underscore
        joins, one part a listed first name and none a word a group or a role is mentioned by (``@team-zuid``); the
        whole handle is the person (``MENTION`` stops at the hyphen, and takes one or two letters after an
        underscore only)."""
        from afscherm.detectors.name_slots import not_a_name_word  # (it reads this module's lists)

        out: list[Finding] = []
        if "@" not in text or ("-" not in text and "_" not in text):
            return out
        for at in positions(text, "@"):
            m = JOINED_MENTION.match(text, at)
            if m is None or not word_start(text, at):
                continue
            parts = re.split(r"[-_]", m.group("handle"))
            if not any(len(p) >= 3 and is_first_name(p, lowercase_ok=True) for p in parts):
                continue
            if any(len(p) >= 3 and not is_first_name(p, lowercase_ok=True) and not_a_name_word(p) for p in parts):
                continue
            out.append(self._f(m.start("handle"), m.end("handle"), SCORE_MEDIUM))
        return out

    def _line_opening_vocative(self, text: str) -> list[Finding]:
        """A line opened by a capitalised listed first name, a comma and a lower-case word (``Joris, voor de nieuwe
        collega ...`` under a pasted message's header): the message addresses that person. Not a common word or a
        place (``Dag, ...``, ``Ede, ...``)."""
        out: list[Finding] = []
        if ", " not in text:
            return out
        for m in LINE_OPENING_VOCATIVE.finditer(text):
            name = m.group("name")
            if is_first_name(name) and name.lower() not in common_words() and not _is_dutch_place(name):
                out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
        return out

    def _name_alone_in_a_turn(self, text: str) -> list[Finding]:
        """A turn of a call or chat that says, as a sentence of its own, a capitalised listed first name and nothing
        else (``Klant: De Boer. Wouter.``, ``Beller: Ja. Marloes.``): an answer giving a name. Not a common word, a
        place or a month (``Klant: Prima. Dank.``, ``Beller: Ede.``)."""
        out: list[Finding] = []
        for m in NAME_ALONE_IN_A_TURN.finditer(text):
            name = m.group("name")
            if (
                is_first_name(name) and name.lower() not in common_words() and not _is_dutch_place(name)
                and name.lower() not in MONTHS_AND_DAYS
            ):  # fmt: skip
                out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
        return out

    def _name_before_bracketed_number(self, text: str) -> list[Finding]:
        """A capitalised listed first name right before a phone number in brackets (``bel mij of Maarten (06-82 61 30
        74)``): whose number it is. Not a common word or a place."""
        out: list[Finding] = []
        if " (" not in text:
            return out
        for at in positions(text, " ("):
            m = NAME_BEFORE_BRACKET.search(text, max(0, at - 30), at)
            if m is None or BRACKETED_NUMBER.match(text, at + 2) is None:
                continue
            name = m.group("name")
            before = WORD_BEFORE_NAME.search(text, max(0, m.start() - 30), m.start())
            if before is not None and before.group(1)[:1].isupper() and not before.group(1).endswith((":", ",")):
                continue
            if is_first_name(name) and name.lower() not in common_words() and not _is_dutch_place(name):
                out.append(self._f(m.start("name"), m.end("name"), SCORE_WEAK))
        return out

    def _numbered_unknowns(self, text: str) -> list[Finding]:
        """Two or more names no list and no dictionary knows, each with its number in brackets, listed with a comma or
        "en" (``jovelyn (40512) en marites (40513)``, tuning_43): people with their staff, member or client numbers
        (a thing so numbered is no unknown word: ``kas 3 (40512)``)."""
        out: list[Finding] = []
        if ") en " not in text and "), " not in text:
            return out
        for m in NUMBERED_PAIR.finditer(text):
            spans = [_unknown_words_at(text, m.start(g)) for g in ("a", "b")]
            if all(span is not None and span[1] == m.end(g) for span, g in zip(spans, ("a", "b"), strict=True)):
                out += [self._f(*m.span("a"), SCORE_WEAK), self._f(*m.span("b"), SCORE_WEAK)]
        return out

    def _birth_owner(self, text: str) -> list[Finding]:
        """Whose birth a date is, named right before it in prose: ``uw kinderen Kwame (geboren 11-02-2013) en Abena
        (geboren 26-06-2016)``, ``Kind 1: Jochem, geboortedatum 12-12-2019``, ``Femke, geb. 3-4-1990``. One to three
        capitalised words (particles between), none a common word (unless a listed name), place, month, label or
        firm's word; listed or not: a name and its own date of birth in brackets or after a comma is the shape of a
        register's entry."""
        out: list[Finding] = []
        if "(" in text:  # a first name with its date of birth in brackets, as a register lists children
            out += [self._f(*name, SCORE_MEDIUM) for name, _ in bracketed_births(text)]
        if "geb" not in text and "Geb" not in text:
            return out
        for m in BIRTH_OWNER.finditer(text):
            # the name is the words next to the birth that are no other words ("Mevrouw Anna Jansen, geboren ...":
            # the title is left, the name kept; a particle belongs to the word after it)
            start = None
            for w in reversed(list(re.finditer(r"\S+", text[m.start("name") : m.end("name")]))):
                word = w.group()
                if word.lower() in PARTICLE_SET:
                    continue
                # (a listed name that is also a word is a name in this shape: a first name anywhere, "Sten", "Roos";
                # a surname last after a first name, "Anna Bakker", not first nor alone, "Zoon Pieter", "Zoon (geboren")
                surname_place = w.end() == m.end("name") - m.start("name") and w.start() > 0
                common = word.lower() in common_words() and not (
                    is_first_name(word) or surname_place and is_family_name(word)
                )
                if (
                    common or word.lower() in STOP_OR_ORG or word.lower() in MONTHS_AND_DAYS
                    or _is_dutch_place(word) or form_label_kind(word) is not None
                ):  # fmt: skip
                    break
                start = m.start("name") + w.start()
            if start is not None:
                out.append(self._f(start, m.end("name"), SCORE_MEDIUM))
        return out

    def _email(self, text: str) -> list[Finding]:
        """``jan.devries@…``: the local part when it is a listed first name and a listed surname."""
        out: list[Finding] = []
        if "@" not in text:
            return out
        for m in _email_name_matches(text):
            first, rest = m.group(1), re.sub(r"[._-]", " ", m.group(2))
            glued = re.sub(rf"^((?:{PARTICLE_RE}))(?=[a-z]{{3}})", r"\1 ", rest.lower())
            if (is_first_name(first) or len(first) == 1) and (is_family_name(rest) or is_family_name(glued)):
                if len(first) == 1 and not is_family_name(rest) and not is_family_name(glued):
                    continue
                out.append(self._f(m.start(1), m.end(2), SCORE_MEDIUM))
        return out


def _email_name_matches(text: str) -> Iterator[re.Match[str]]:
    """``EMAIL_NAME.finditer(text)``, tried only at the start of the run of ``[\\w.+-]`` before each ``@``: the
    local part's characters all belong to that run and its look-behind refuses each of them before a start, so
    no match can start anywhere else (the regex engine would try every letter)."""
    starts = sorted({run_start(text, at, _word_dot_plus_dash) for at in positions(text, "@")})
    return matches_from(EMAIL_NAME, text, starts)


def _word_dot_plus_dash(c: str) -> bool:
    return c.isalnum() or c in "_.+-"


# The separator after a handle's first name (NAME_HANDLE): a dot or underscore before an ASCII letter.
_HANDLE_SEPARATOR = re.compile(r"[._](?=[A-Za-z])")


def _ascii_letter(c: str) -> bool:
    return c.isascii() and c.isalpha()


# A user key and its handle value (see ``PersonNameRecognizer._name_handle``).
# (a key quoted as JSON writes it, ``"user":"lim.jaewon"``; a log's actor, ``override by seungho_ryu``,
# ``tech=rakib.u``, ``gegenereerd door f.tsakiri``; a messenger's id, ``kakao: "wooseok_j"``; tuning_124 ... tuning_141)
USER_HANDLE = re.compile(
    r"(?<![\w-])(?:(?:user(?:name)?|login|gebruiker(?:snaam)?|tech|staff|agent|(?:checked|created|changed|updated)_by"
    r"|kakao(?:[ \t]+id)?)[\"']?[ \t]*[=:][ \t]*[\"']?|(?:by|door)(?:[ \t]*=[ \t]*[\"']?|[ \t]+[\"']?))"
    r"(?P<handle>(?P<first>[a-z]{1,20})[._](?P<rest>[a-z]{1,20})\d{0,4})(?![\w@.-])"
)
USER_HANDLE_KEYS = ("user", "login", "gebruiker", "tech", "staff", "agent", "_by", "kakao", "by", "door")


def _unknown_handle(m: re.Match[str]) -> bool:
    """Whether a ``USER_HANDLE`` match's parts are names no list holds: no word, role or place (its second part an
    initial or such a word too; its first an initial before a surname of four letters or more, ``g.collaku``)."""
    from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

    first, rest = m.group("first"), m.group("rest")
    if len(first) < 3 and len(rest) < 4:
        return False
    parts = [p for p in (first, rest) if len(p) >= 3]
    # (or a listed name no common word: "lim.jaewon", Lim a word to the word lists)
    return all(
        (not word_like(p) and not _role_word(p) and p not in STOP and not _is_dutch_place(p)) or _handle_part_names(p)
        for p in parts
    )


def _name_handle_matches(text: str) -> Iterator[re.Match[str]]:
    """``NAME_HANDLE.finditer(text)``, tried only at the start of the run of ASCII letters before each dot or
    underscore that a letter follows: a handle's first name is such a run and its look-behind refuses a letter
    before it (the regex engine would try every letter)."""
    starts = sorted({run_start(text, m.start(), _ascii_letter) for m in _HANDLE_SEPARATOR.finditer(text)})
    return matches_from(NAME_HANDLE, text, starts)


# A channel's keywords after "@" that name no member.
CHANNEL_MENTIONS = frozenset("everyone here channel all iedereen allen team admin admins mods bot".split())


def _unlisted_member(word: str) -> bool:
    """Whether ``word``, mentioned in a pasted channel, can be a member's name no list holds: three letters or more,
    no channel keyword, word of the dictionary, stop word or place.

    >>> _unlisted_member("vasi"), _unlisted_member("everyone"), _unlisted_member("planning")
    (True, False, False)
    """
    from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

    low = word.lower()
    return (
        len(low) >= 3
        and low not in CHANNEL_MENTIONS
        and low not in STOP
        and low not in common_words()
        and not word_like(low)
        and not _is_dutch_place(low)
    )


_MORE_NAME_WORDS = re.compile(rf"(?:[ \t]{CAP_WORD}){{1,2}}(?:[ \t][{UPPER}]\.)?(?![\w'-])|[ \t][{UPPER}]\.(?![\w'-])")


def _repeated_headers(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    """The sender names (span, name) of ``pattern``'s header lines that read as a sender's name
    (``_inline_sender_name``), where the text has two such lines or more (a copy of messages, not one line that looks
    so)."""
    headers = list(pattern.finditer(text))
    if len(headers) < 2:
        return []
    return [(m.span("name"), m.group("name")) for m in headers if _inline_sender_name(m.group("name"))]


def _inline_sender_name(value: str) -> bool:
    """A sender of :data:`INLINE_HEADER_SENDER` that can be a person: no firm's word, bot, service or channel keyword
    in it, and a single word no word of the dictionary unless a list holds it as a first name (``Rijschool Vroemen``
    and ``Beheer`` are no person; ``lowiek``, ``mergie_b`` and ``Sardor`` are)."""
    from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

    words = value.split()
    if any(is_orgish(w) or w.lower() in STOP or w.lower() in CHANNEL_MENTIONS for w in words):
        return False
    if len(words) == 1:
        low = value.lower()
        return is_first_name(value, lowercase_ok=True) or not (word_like(low) or low in common_words())
    return True


def _named_or_unknown(name: str, lowercase_ok: bool = False) -> bool:
    """A listed first name that is no common word, or a word no dictionary knows of ``UNKNOWN_NAME_MIN`` letters or
    more: the name a cue of the chat rules (thanks, a possessive, kin "de", a phone number said) leads to."""
    from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

    low = name.lower()
    return (is_first_name(name, lowercase_ok=lowercase_ok) and low not in common_words()) or (
        not word_like(low) and len(name) >= UNKNOWN_NAME_MIN
    )


def _any_listed_place(value: str) -> bool:
    """``value`` names a place or a district of the gazetteer, at home or abroad."""
    from afscherm.detectors.place_names import lookup  # (place_names reads this module's lists)

    return lookup(value, with_districts=True) is not None


def _unlisted_capital_surname(value: str) -> bool:
    """A capitalised surname no list holds after a cue only a name follows: one word of three letters or more, no word
    of the dictionary, stop word or place (``Jereb``, not ``Onbekend``)."""
    from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

    low = value.lower()
    return (
        " " not in value
        and len(value) >= 3
        and low not in STOP
        and low not in common_words()
        and not word_like(low)
        and not _is_dutch_place(low)
    )


def _lower_name_after_role(outer: str, words: list[str]) -> bool:
    """Whether ``words``, in brackets after a speaker's role (``Klant (itto amzil):``, tuning_55), name the person
    who speaks in that role as a live chat asked them to type it: one to three words in lower case, none a word the
    dictionary knows, a stop word, a place or a bot's; one word alone only when a list holds it as a first name, or
    capitalised and no word any list knows.

    >>> _lower_name_after_role("Klant", ["itto", "amzil"]), _lower_name_after_role("Huisarts", ["dictaat"])
    (True, False)
    >>> _lower_name_after_role("Mirte", ["itto"]), _lower_name_after_role("Klant", ["Itto", "Amzil"])
    (False, False)
    """
    from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

    if len(outer.split()) != 1 or not _role_word(outer) or not 1 <= len(words) <= 3:
        return False
    if len(words) == 1 and _capitalised_unknown(words[0]):
        return True  # a name no list holds, capitalised ("Medewerker (Wiebrig):", tuning_61)
    if len(words) == 1 and not is_first_name(words[0], lowercase_ok=True):
        return False  # one word: a listed name only ("Huisarts (dictaat):", the way the text was made)
    return all(
        w.isalpha() and w.islower() and len(w) >= 2 and w not in STOP_OR_ORG and w not in BOT_WORDS
        and not word_like(w) and not _is_dutch_place(w)
        for w in words
    )  # fmt: skip


def _capitalised_unknown(word: str) -> bool:
    """``word`` is capitalised, at least three letters, and no word, place, team or bot any list knows."""
    from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

    lowered = word.lower()
    return (
        word.isalpha() and word[:1].isupper() and word[1:].islower() and len(word) >= 3
        and lowered not in STOP_OR_ORG and lowered not in BOT_WORDS and not is_orgish(word)
        and not word_like(lowered) and not _is_dutch_place(lowered)
    )  # fmt: skip


def first_letters(words: tuple[str, ...]) -> str:
    """A character class of the words' first letters in both cases: a cheap first test that lets the
    regex engine skip most positions before it tries a long case-insensitive alternation."""
    letters = sorted({w[0].lower() for w in words} | {w[0].upper() for w in words})
    return "[" + "".join(re.escape(c) for c in letters) + "]"


def after_non_word(words: list[str]) -> str:
    r"""The alternation of ``words`` (lower case, in this order of preference) where no word character stands
    before, grouped by first letter, each group opening with its letter and then the look-behind over it and the
    character before: the same matches as ``(?<!\w)(?:w1|w2|…)``, but a pattern whose alternatives open with a
    letter lets the regex engine skip ahead by those letters."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "(?:" + "|".join(f"{re.escape(c)}(?<!\\w.)(?:{'|'.join(rest)})" for c, rest in groups.items()) + ")"


def opening_matches(pattern: re.Pattern[str], openings: WordStarts, text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that opens with ``\\b`` and a case-insensitive alternation of
    words, tried only where ``openings`` (a :class:`WordStarts` of those words) finds one in the lower-cased copy,
    instead of the whole pattern at every position. A text with a character whose case-insensitive match differs
    from its lower case is scanned whole."""
    facts = text_facts(text)
    if facts.case_odd:
        return pattern.finditer(text)
    return matches_from(pattern, text, openings.starts(facts.lowered))


# A speaker's filler between a form of address and the name in a transcript: "meneer eh... Hagenaars".
TITLE_FILLER = r"(?:(?:eh+m?|uh+m?|ehm|uhm)[.…,]*[ \t]+)?"
TITLED = re.compile(
    rf"\b(?={first_letters(TITLES)})(?i:(?:{'|'.join(re.escape(t) for t in TITLES)}))(?<=\S)[ \t]+{TITLE_FILLER}"
    rf"((?:{INITIALS}[ \t]*|\({CAP_WORD}\)[ \t]+|{CAP_WORD}[ \t]+(?=(?i:{PARTICLE_RE})[ \t]|{CAP_WORD}))*{SURNAME})"
)
TITLE_OPENINGS = WordStarts(TITLES)
# What a dump writes in an empty column.
NULL_CELLS = frozenset({"NULL", "null", "None", "\\N", "nil"})
# Initials (dotted, or one capital without its dot) and a surname in capitals with its particles: "W. TEN BRINK",
# "M VAN DER BERG". (Led by the capital: the regex engine skips ahead to capitals.)
INITIALS_CAPS_SURNAME = re.compile(
    r"(?P<initials>[A-Z](?<![\w.][A-Z])(?:\.[ \t]?(?:[A-Z]\.[ \t]?){0,3}|(?=[ \t])))[ \t]*"
    r"(?P<surname>(?:(?:VAN|DE|DER|DEN|TEN|TER|HET|'T|VD)[ \t]+){0,3}[A-Z]{2,}(?:-[A-Z]{2,})?)(?![\w.'-])"
)
# What stands before an initial without its dot: a label's colon, a wide gap or the line start.
BARE_INITIAL_LEAD = re.compile(r"(?:^|\n|:[ \t]*|[ \t]{2})\Z")
# Initials after a surname and a comma, the last with its dot: ", B.", ", J.P.".
# (not the initials of the next name in a list: "mevrouw Jansen, A. Bakker en ik")
COMMA_INITIALS_AFTER = re.compile(
    rf",[ \t]?((?:[{UPPER}][ \t]?\.[ \t]?){{0,3}}[{UPPER}]\.)(?!\w)"
    rf"(?![ \t]*(?i:{PARTICLE_RE}[ \t]+)?[{UPPER}][{LOWER}])"
)
# The name-shaped words before a birth word ("geb.", "geboren", "geb:") on its line, after a label's colon, a bar,
# a semicolon or the line start.
BEFORE_BIRTH = re.compile(
    rf"[ \t]*(?P<name>(?:{INITIALS}[ \t]*)?[{UPPER}][{UPPER}{LOWER}'-]+"
    rf"(?:[ \t]+(?:(?i:{PARTICLE_RE})[ \t]+)*[{UPPER}][{UPPER}{LOWER}'-]+){{0,3}})[ \t]*,?[ \t]*"
)
# A turn (a speaker's label and colon at the line's start) in which one capitalised word is a sentence of its own, the
# turn's first or after another sentence's end: "Klant: De Boer. Wouter." (PersonNameRecognizer._name_alone_in_a_turn).
NAME_ALONE_IN_A_TURN = re.compile(
    rf"(?m)^[ \t]*[{UPPER}{LOWER}][\w .'-]{{0,30}}:[ \t]+(?:[^\n]*?[.!?][ \t]+)?"
    rf"(?P<name>[{UPPER}][{LOWER}]{{2,}})[.!](?=[ \t]*$|[ \t]+[{UPPER}])"
)
# A name, then its birth in brackets or after a comma, then the date's first digit (PersonNameRecognizer._birth_owner).
# (Led by the capital: the regex engine skips ahead to capitals.)
BIRTH_OWNER = re.compile(
    rf"(?P<name>[{UPPER}](?<![\w.'-].)[{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
    rf"(?:[ \t]+(?:(?:{PARTICLE_RE})[ \t]+)*[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?){{0,2}})"
    r"[ \t]*(?:\([ \t]*(?i:geboren|geb\.?)|,[ \t]*(?i:geboren|geb\.|geboortedatum|geb\.[ \t]?datum))"
    r"[ \t:]*(?:op[ \t]+)?\d"
)
# A title before a name in capitals (read in the lower-cased copy) and the name as written: initials with or
# without dots ("H.J. ", "P C "), a first name in brackets, then one to five words in capitals on the same line.
CAPITALS_TITLE_WORDS = ("heer", "dhr", "mevr", "mw", "fam", "hr.")
CAPITALS_TITLE = re.compile(r"(?<![\w.])(?:de heer|mevrouw|mevr\.?|dhr\.?|mw\.?|heer|hr\.|fam\.|familie)[ \t]+")
# (OCR reads a letter of a name in capitals as a digit: "DE J0NG", "VAN D1JK")
CAPITALS_NAME = re.compile(
    rf"((?:[{UPPER}](?:\.[ \t]?|[ \t]+(?=[{UPPER}])))*(?:\([{UPPER}][{UPPER}{LOWER}]+\)[ \t]+)?)"
    rf"([{UPPER}][{UPPER}015'-]*[{UPPER}](?:[ ][{UPPER}][{UPPER}015'-]*[{UPPER}]){{0,4}})(?![\w.])"
)
GREETED = re.compile(
    rf"(?i)(?<!\w)(?={first_letters(GREETINGS)})"
    rf"(?:{'|'.join(re.escape(g) for g in sorted(GREETINGS, key=len, reverse=True))})"
    rf"[ \t,]+(?=({ANY_WORD}))"
)
# GREETED in lower case, for the lower-cased copy of a text (``_greeting``): a case-sensitive pattern lets the regex
# engine skip ahead by the greetings' first letters.
GREETED_LOWER = re.compile(rf"{after_non_word(sorted(GREETINGS, key=len, reverse=True))}[ \t,]+(?=({ANY_WORD}))")
GREETING_STARTS = WordStarts(GREETINGS)
# A speaker prefix at a line start: optional time stamp, a name or role, optional (name or organisation), colon.
# A month's short or full name in a chat's stamp ("11 mrt", "3 sept.", "12 March").
_STAMP_MONTH = r"(?i:jan|feb|mrt|maa|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-zé]{0,7}\.?(?:[ \t]+\d{4})?"
SPEAKER = re.compile(
    r"(?m)^[ \t]*(?P<stamp>\[[^\]\n]{1,30}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]*[-·•]?[ \t]*"
    # (a weekday before the date, the year left out: "di 05-10 07:58 · Fetje (Kikkerdril): ...", tuning_85)
    r"|(?:(?i:ma|di|wo|do|vr|za|zo|mon|tue|wed|thu|fri|sat|sun)\.?[ \t]+)?"
    r"(?:\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|\d{1,2}\.[ \t]\d{1,2}\.[ \t]\d{2,4}"
    # (or the day and the month's short name: "wo 11 mrt 07:02 · Constantijn: ...", tuning_88)
    rf"|\d{{1,2}}[ \t]+{_STAMP_MONTH}),?[ \t]+"
    r"\d{1,2}:\d{2}(?::\d{2})?[ \t]*[-·•]?[ \t]*)?"
    # WhatsApp (iOS) writes "~ Kim:" for a sender who is not in the phone's contacts.
    r"(?:~[ \t\u00a0\u202f]?)?"
    # a live chat's channel before the turn's speaker, after a dash or a bar ("Coolblue Chat — Jorinde:", "Webchat -
    # Bezoeker Hamza:", "Eneco | Sanne:")
    r"(?:[^\n:—–|-]{2,30}?[ \t][—–|-][ \t]+)?"
    # a parent or relative named by the child in a school's or family's group ("Moeder van Olivier:", "opa van Tijn:"),
    # or a role in lower case before the name ("makelaar Karin:", "juf Marleen:", "agent Sven:")
    rf"(?:(?i:moeder|vader|ouder|mama|papa|mam|pap|oma|opa|tante|oom)[ \t]+van[ \t]+|[{LOWER}]{{3,}}[ \t]+)?"
    # the name, and a surname's initial ("Marloes B:") or the initials after a surname and a comma ("Vos, M.:")
    # (or the given name after the surname and a comma, as Teams shows a colleague: "Kortland, Neel:", tuning_92)
    rf"(?P<outer>{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}}(?:[ \t]+[{UPPER}]\.?|,[ \t]*(?:[{UPPER}]\.){{1,4}}"
    rf"|,[ \t]{CAP_WORD})?)"
    r"[ \t]*(?:\((?P<inner>[^()\n]{2,40})\))?"
    # (an emoji a contact's name carries in the phone: "Mandeep 🌸:", tuning_51)
    # (or a country's flag: "Tagelsir 🇸🇩:", tuning_89)
    r"(?:[ \t]*[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D\U0001F1E6-\U0001F1FF]+)?"
    # (a live chat's clock after the label: "Medewerker (Wullem) 14:03: Goedemiddag!", tuning_83)
    r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*:[ \t]"
)
# The emoji a phone's contact carries after the name, right before the label's colon ("Zuny 🌺:").
_CONTACT_EMOJI = re.compile(
    r"[ \t]*[\U0001F300-\U0001FAFF\u2600-\u27BF\U0001F1E6-\U0001F1FF][\uFE0F\u200D\U0001F300-\U0001FAFF]*[ \t]*:"
)
_STAMP = (
    r"\[[^\]\n]{1,30}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]*[-·•]?[ \t]*"
    r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*[-·•]?[ \t]*"
)
# A speaker label in capitals at a line start (a chat typed with caps lock on): optional stamp, one word, a colon.
CAPS_SPEAKER = re.compile(rf"[ \t]*(?:{_STAMP})?(?P<name>[{UPPER}]{{3,}})[ \t]*:[ \t]")
# A lower-case speaker label at a line start (chat exports): optional stamp, one to three words, colon, space.
LOWER_SPEAKER = re.compile(
    rf"(?m)^[ \t]*(?P<stamp>{_STAMP})?(?:~[ \t\u00a0\u202f]?)?"
    rf"(?P<name>[{LOWER}][{LOWER}'-]+(?:[ \t]+[{LOWER}'][{LOWER}'-]*){{0,3}})[ \t]*:[ \t]"
)
# A title right before a name's initials: "dr. h. smit", "Mr. j. de wit", "ir. a. bakker".
TITLE_BEFORE_INITIALS = re.compile(r"(?<![\w.])(?i:dr|drs|mr|ir|ing|prof|dhr|mevr|mw)\.?[ \t]+\Z")
LOWER_TITLES = (
    "mevrouw", "meneer", "mijnheer", "mevr", "mevr.", "mw", "mw.", "dhr", "dhr.", "hr.", "juf", "meester", "heer",
    "familie", "fam.", "fam", "dokter",
    # an academic or legal title, with its dot only ("bij dr. wissink"; a chat's "dr" is "haar": "dr fiets")
    "dr.", "drs.", "ir.", "mr.", "prof.",
    # a turn's first word is capitalised before a name the transcriber wrote in lower case ("Meneer de vries")
    "Mevrouw", "Meneer", "Mijnheer",
    # an English chat's ("neighbour mister zuidhof says", tuning_63)
    "mister", "missus", "mrs", "mrs.", "ms.",  # (not a bare "ms": a Dutch chat's "misschien")
)  # fmt: skip
# The patterns below start with their literals (no look-behind) so the regex engine can skip ahead by their
# first letters; ``word_start`` checks the left edge.
LOWER_TITLED = re.compile(
    rf"(?:{'|'.join(re.escape(t) for t in LOWER_TITLES)})(?<=[\w.])[ \t]+{TITLE_FILLER}(?=[{LOWER}])"
)
# A run of lower-case letters; starting with the letter class lets the engine skip ahead (``whole_word``
# then checks its neighbours, for the few runs that are listed names).
LOWER_WORD = re.compile(rf"[{LOWER}]{{2,}}")
# A chat mention: "@" then a word that is not followed by a domain's dot or another "@".
# (a handle's initial after the name and an underscore: "@thijs_k")
MENTION = re.compile(rf"@([{UPPER}{LOWER}][{LOWER}]+)((?:_[{UPPER}{LOWER}]{{1,2}})?)(?![\w@-]|\.[{UPPER}{LOWER}])")
# A mention of a handle whose parts dots join ("@rutger.vd.velde"), letters only, ending at a blank or a sign.
DOTTED_MENTION = re.compile(
    rf"@(?P<handle>[{UPPER}{LOWER}][{LOWER}]+(?:\.[{UPPER}{LOWER}][{LOWER}]*)+)(?![\w@-]|\.[{UPPER}{LOWER}\d])"
)
# ... or whose parts a hyphen or an underscore joins ("@hanne-lore", "@Dobbelaere_Sien", "@bram_de_wit"; tuning_54, _70)
JOINED_MENTION = re.compile(
    rf"@(?P<handle>[{UPPER}{LOWER}][{LOWER}]+(?:[-_][{UPPER}{LOWER}][{LOWER}]*)+)(?![\w@-]|\.[{UPPER}{LOWER}\d])"
)
# A line opened by a capitalised word, a comma and a lower-case word ("Joris, voor de nieuwe collega").
LINE_OPENING_VOCATIVE = re.compile(rf"(?m)^[ \t]*(?P<name>[{UPPER}][{LOWER}]{{2,}}),[ \t]+(?=[{LOWER}])")
# A capitalised word right before " (" (the name whose number follows), after a lower-case word, a sign or a line's
# start (not after a capitalised word: "Bakkerij Maarten (0341-…)", "Jan Maarten (…)": a firm, a longer name).
NAME_BEFORE_BRACKET = re.compile(rf"(?<![\w'’-])(?P<name>[{UPPER}][{LOWER}]{{2,}})$")
WORD_BEFORE_NAME = re.compile(r"(\S+)[ \t]+$")
# A phone number in brackets: a trunk zero or a plus, eight digits or more in groups, the bracket closed.
BRACKETED_NUMBER = re.compile(r"(?:\+|0)\d(?:[ -]?\d){7,12}\)")
# Top-level domains a dotted mention never ends with: it is a domain then ("@anna.nl").
TOP_LEVEL_DOMAINS = frozenset("nl be de com org net eu io fr uk co info nu biz app dev ai me tv".split())


def whole_word(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a whole word: not part of a longer word, an e-mail address, a domain or an id."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "_@.'-") and not (after.isalnum() or after in "_@'-")


@lru_cache(maxsize=1)
def pair_first_names() -> frozenset[str]:
    """Lower-case first names that start a lower-case ``first surname`` pair: no common or word-like ones."""
    return frozenset(n for n in first_names() if n not in common_words() and n not in WORDLIKE_FIRST and n not in STOP)


# Cues after which a name follows ("tnv", "op naam van"); the greetings and introductions are in GREETINGS.
NAME_CUE = re.compile(
    r"(?i)(?:t\.?n\.?v\.?|t\.?a\.?v\.?|op naam van|ten name van|namens|groet(?:en|jes)? van|liefs van)"
    r"(?<=[\w.])[ \t:]+"
)


def _is_dutch_place(value: str) -> bool:
    """``value`` names a Dutch place of the BAG (``de bilt``, ``den helder``)."""
    from afscherm.detectors.place_names import lookup, world_only_places  # (place_names reads this module's lists)

    found = lookup(value)
    return found is not None and found[0] not in world_only_places()


# The cues of NAME_CUE that name the addressee or holder (only a name follows them, never a place or a group).
ADDRESSEE_CUE = re.compile(r"(?i)t\.?n\.?v\.?|t\.?a\.?v\.?|op naam van|ten name van")
NAME_CUE_HINTS = (
    "tnv",
    "t.n.v",
    "tav",
    "t.a.v",
    "naam van",
    "name van",
    "namens",
    "groet van",
    "groeten van",
    "groetjes van",
    "liefs van",
)
LOWER_LEAD = re.compile(rf"((?:[{LOWER}]\.[ \t]?){{1,4}}|[{LOWER}]{{2,}})(?![\w@'-])")
GREETED_TAIL = re.compile(rf"[ \t]+((?:(?i:{PARTICLE_RE})[ \t]+)*{ANY_WORD})")
NOT_IN_NAMES = re.compile(r"[\d@:/()]")
BRACKETED_FIRST_NAME = re.compile(rf"(?<![^ \t])\(([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)\)(?![^ \t])")
NAME_WORD = re.compile(rf"(?:{INITIALS}|{ANY_WORD}|(?i:{PARTICLE_RE}))")
STOP_OR_ORG = STOP | ORG_HINTS
# A run of capitalised words and particles on one line: where first-name + surname spans are looked for.
NAME_RUN = re.compile(rf"{CAP_WORD}(?:[ \t]+(?:(?i:{PARTICLE_RE})[ \t]+)*{CAP_WORD})+")


def word_start(text: str, pos: int) -> bool:
    """No letter, digit or dot right before ``pos``."""
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "._")


# A surname's particle as chats shorten it: "v dijk", "t hart", "vd berg".
_SHORT_PARTICLES = {"v": ("van",), "t": ("'t",), "vd": ("van de", "van der", "van den")}
# A shortened particle and the surname after it (see ``lower_surname_after``): "v d velde", "v/d bijl", "vd berg".
SHORT_PARTICLE_RUN = re.compile(rf"[ \t]+(v[ \t]+d|v/d|v\.d\.?|vd|v)[ \t]+([{LOWER}][{LOWER}'-]+)(?![\w@'-])")
_LOWER_INITIAL = re.compile(rf"[{LOWER}]")


def written_out_particles(words: str) -> list[str]:
    """``words`` (lower case) with a shortened particle at their head written out (``v dijk`` → ``van dijk``)."""
    head, _, tail = words.partition(" ")
    return [f"{p} {tail}" for p in _SHORT_PARTICLES.get(head, ())] if tail else []


def lower_surname(words: str, common_ok: bool = False) -> bool:
    """Lower-case ``words`` are a listed surname with its particles; a surname that is also a common word
    (``boer``, ``wit``) counts only with a particle before it, unless the context vouches (``common_ok``)."""
    parts = words.split()
    if not parts or any(not w.islower() for w in parts) or parts[-1] in STOP or parts[-1] in PARTICLE_SET:
        return False
    if "-" in parts[-1] and not is_family_name(words):
        return _double_surname(parts, common_ok)
    if not is_family_name(words):
        return False
    if len(parts) == 1 and not common_ok and english_function_word(parts[0]):
        return False
    has_particle = len(parts) > 1 and all(w in PARTICLE_SET for w in parts[:-1])
    if has_particle and parts[-1] in common_words() and " ".join(parts) not in family_names():
        # "de boer" is listed as it is written; "de sleutels" only by its core, a common word.
        return False
    return has_particle or (len(parts) == 1 and (common_ok or parts[0] not in common_words()))


# A listed surname that is one of English's most frequent words, far more frequent there than in Dutch, is the English
# word in lower case: 'aarav has a bit of fever' (tuning_42, once 'aarav' was a listed name) is no 'Aarav Has'.
ENGLISH_WORD_ZIPF_FOR_SURNAMES = 5.5


@lru_cache(maxsize=1 << 14)
def english_function_word(word: str) -> bool:
    """``word`` (lower case) is a very frequent English word, more frequent in English than in Dutch.

    >>> [english_function_word(w) for w in ("has", "will", "man", "post")]
    [True, True, False, False]
    """
    from wordfreq import zipf_frequency

    english = zipf_frequency(word, "en", wordlist="small")
    return english >= ENGLISH_WORD_ZIPF_FOR_SURNAMES and english > zipf_frequency(word, "nl", wordlist="small")


def _double_surname(parts: list[str], common_ok: bool = False) -> bool:
    """``van dijk-smit``, ``de vries-bakker``: a married woman's double name, each half a listed surname. The hyphen
    vouches for a second half that is also a word (``smit``); the first must be a surname as it would be alone (a
    word too where the context vouches: ``tnv h.j. brouwer-smit``)."""
    head, *tails = parts[-1].split("-")
    if not head or not all(tails):
        return False
    first = lower_surname(" ".join([*parts[:-1], head]), common_ok)
    return first and all(is_family_name(t) and t not in STOP for t in tails)


# The second half of a double surname that opens with its own particle, after the hyphen ("de groot-van kleef",
# "jansen-van der berg"): the particles' rest and the word.
_PARTICLE_TAIL = re.compile(rf"((?:[ \t]+(?:{PARTICLE_RE})){{0,2}}[ \t]+[{LOWER}]{{2,}})(?![\w@'-])")


def _double_surname_with_particle_end(text: str, m: re.Match[str]) -> int | None:
    """End of a lower-case double surname whose second half has a particle (``de groot-van kleef``), ``m`` being
    :data:`LOWER_SURNAME_RUN`'s match up to that particle; each half a listed surname as it would be alone."""
    head, hyphen, particle = m.group(1).rpartition("-")
    if not hyphen or particle not in PARTICLE_SET:
        return None
    tail = _PARTICLE_TAIL.match(text, m.end(1))
    if tail is None or not lower_surname(head, common_ok=True):
        return None
    second = " ".join([particle, *tail.group(1).split()])
    return tail.end(1) if is_family_name(second) or is_family_name(second.split()[-1]) else None


LOWER_SURNAME_RUN = re.compile(rf"[ \t]+((?:(?:{PARTICLE_RE})[ \t]+){{0,3}}[{LOWER}][{LOWER}'-]+)(?![\w@'-])")


def lower_surname_after(text: str, pos: int, common_ok: bool = False, particle_ok: bool = True) -> int | None:
    """End of a lower-case listed surname (particles included unless not ``particle_ok``) right after ``pos``, or
    None. A verb a person does is no surname, listed or not (``bert belt``, ``sanne zegt``)."""
    short = SHORT_PARTICLE_RUN.match(text, pos) if particle_ok else None
    # (not a surname that is a place too, "rens v d vlist": the callers judge such a run as a place and drop the name)
    if short is not None and not _is_dutch_place(short.group(2)):
        # a particle shortened as a chat types it ("sven v d velde", "lodewijk vd bijl", tuning_56/57)
        head = re.sub(r"[ \t/.]", "", short.group(1))
        if any(lower_surname(f"{p} {short.group(2)}", common_ok) for p in _SHORT_PARTICLES.get(head, ())):
            return short.end(2)
    m = LOWER_SURNAME_RUN.match(text, pos)
    if m is None or m.group(1).split()[-1] in person_verb_words():
        return None
    if m.group(1).strip() in KIN_WORDS:
        return None  # "ya shaimaa mama ...": a kin word after a name addresses someone, however many bear it as a name
    if not particle_ok and " " in m.group(1).strip():
        return None
    if lower_surname(m.group(1), common_ok):
        return m.end(1)
    end = _double_surname_with_particle_end(text, m)
    if end is not None:
        return end
    # "yara el amrani", "sami ben yahia": after a name, a particle of an Arabic or Berber surname vouches for the word
    # after it, listed or not (the family-name list of 2007 lacks many), unless that is a common word
    arabic = ARABIC_PARTICLE_NAME.match(text, m.start(1)) if particle_ok else None
    if arabic is not None and arabic.group(1) not in common_words() and arabic.group(1) not in STOP:
        return arabic.end()
    return None


# An initials' label after a wide gap on a form's row, as OCR spells it ("Voorletters", "Voorl.", "Initialen"), a colon
# or a gap, then initials (``PersonNameRecognizer._initials_in_a_row``).
INITIALS_IN_A_ROW = re.compile(
    rf"(?:[ \t]{{2}}|\t)(?i:voorletters?|voorl\.?|initialen|initials)(?:[ \t]*:[ \t]*|[ \t]{{2,}}|\t[ \t]*)"
    rf"(?P<initials>{INITIALS})(?=[ \t]{{2}}|[ \t]*(?:\n|$))"
)
# A header of a pasted channel or an app's chat (see ``_header_handles``): at a line's start a handle (letters, digits
# in two or three parts joined by dots or underscores), a gap and then the time alone on the line (``deepa_r  09:15``),
# the time and a colon before the message (``ruta.petrauskiene 05:41: labas``), or a dash and the day and time
# (``akela_rianne — vandaag om 21:14``).
# (Discord's copy sets the handle in bold markdown: ``**schipper_hidde** — vandaag om 17:31``, tuning_55)
HEADER_HANDLE = re.compile(
    r"(?m)^(?:\*\*)?(?P<handle>[A-Za-z][A-Za-z0-9]{1,20}(?:[._][A-Za-z0-9]{1,20}){1,2})(?:\*\*)?[ \t]+"
    r"(?:\d{1,2}:\d{2}(?:[ \t]*$|:[ \t])"
    # (Discord's copy with the clock alone after the dash, the message after a colon: "karthik_r — 21:04: guys",
    # tuning_138)
    r"|[—–-][ \t]+\d{1,2}:\d{2}:[ \t]"
    # (the day as Discord writes it in its user's language: "gleice.ferraz — Hoje às 21:04", tuning_97; the message
    # may follow on the header's line after a gap: "ming.chan — 14-04-2026 21:14  yo wie boekt", tuning_137)
    r"|[—–-][ \t]+(?i:vandaag|gisteren|today|yesterday|hoje|ontem|hoy|ayer|heute|gestern|aujourd'hui|hier|oggi|ieri"
    r"|dzisiaj|wczoraj|bugün|dün|сегодня|вчера|сьогодні|вчора|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})\b"
    r"[^\n]*?\d{1,2}:\d{2}(?:[ \t]*$|[ \t]{2,}|\t))"
)
# A handle alone on its line, a message on the next (see ``_alone_line_handles``): a user name as apps print it, in
# lower case, letters, digits, dots and underscores.
ALONE_HANDLE = re.compile(r"(?m)^(?P<handle>[a-z][a-z0-9._]{2,29})[ \t]*\n(?=[ \t]*\S)")
# A file's or a domain's ending: "config.yaml", "bol.com" alone on a line name nobody.
FILE_ENDINGS = frozenset(
    "yaml yml json log txt csv tsv pdf py js ts md xml html htm jpg jpeg png gif heic zip gz tar doc docx xls xlsx"
    " ppt pptx odt ods exe sh bat ini cfg conf sql bak tmp mp3 mp4 wav mov eml msg nl com org net be de eu io app"
    " dev".split()
)
HANDLE_SPLIT = re.compile(r"[._]")
HANDLE_ARTICLES = frozenset("el la le los las les il lo the de het der die".split())
# A bot's or a service's handle names nobody ("deelzo_bot", "noreply.app").
HANDLE_SERVICE_PARTS = frozenset("bot bots app noreply no-reply system admin support service info team".split())
HANDLE_UNKNOWN_LETTERS = 4


# A capitalised word right before "geb." and a written date (``PersonNameRecognizer._unknown_before_birth``).
UNKNOWN_BEFORE_BIRTH = re.compile(
    rf"(?<![\w-])(?P<name>[{UPPER}][{LOWER}]{{2,20}}),?[ \t]+geb(?:oren|\.)?[ \t]*:?[ \t]*"
    r"\d{1,2}[-./]\d{1,2}[-./](?:19|20)?\d{2}(?!\d)"
)
# A noble family's second seat after "tot" ("van Oostervelt tot Hazenwaert", "van Heeckeren tot Enghuizen"): a
# capitalised name and a double name after it perhaps ("-van Rhemen").
_TOT_TAIL = re.compile(
    rf"[ \t]+tot[ \t]+(?:de[ \t]+|den[ \t]+|het[ \t]+)?[{UPPER}][{LOWER}]+"
    rf"(?:-(?:(?:van|de|der|den)[ \t]+)*[{UPPER}][{LOWER}]+)?(?![\w-])"
)
_VAN_SURNAME_END = re.compile(rf"(?<![\w-])(?:van|von)(?:[ \t]+(?:der|den|de))?[ \t]+[{UPPER}][{LOWER}]+$")


def _noble_tot_tails(text: str, found: list[Finding]) -> list[tuple[int, int]]:
    """A name found up to "van X" that goes on with "tot Y" (``Isabeau Clementine van Oostervelt tot Hazenwaert``,
    tuning_74): the whole name, as the nobility writes it; "tot" alone after any other word is the preposition."""
    if " tot " not in text:
        return []
    out: list[tuple[int, int]] = []
    for f in found:
        if _VAN_SURNAME_END.search(text, f.start, f.end) and (m := _TOT_TAIL.match(text, f.end)) is not None:
            if _is_dutch_place(m.group().split()[-1].split("-")[0]):
                continue  # "Piet van Dam tot Zwolle gereden": how far he went
            out.append((f.start, m.end()))
    return out


# A call name in brackets right after a person's name ("Rashid, Shilan (Sjiela), geb. ...", tuning_66).
_CALL_NAME_AFTER = re.compile(
    rf"[ \t]*\([ \t]*(?P<q>[\"\u201c])?(?P<nick>[{UPPER}][{LOWER}]{{1,14}})(?(q)[\"\u201d])[ \t]*\)"
)


_LABEL_AFTER_BRACKET = re.compile(r"[ \t]*(?:[:\"'\n]|$|\d{1,2}:\d{2}|\[)")


def _bracketed_call_names(text: str, found: list[Finding]) -> list[tuple[int, int]]:
    """The name in brackets right after a person's name found (``Rashid, Shilan (Sjiela)``): the name they go by, when
    it is no word (unless quoted), place, role, kin word or organisation's word ("Jan de Vries (Zwolle)", "Eva
    (Sales)", "Piet (Opa)" stay out)."""
    if "(" not in text:
        return []
    from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

    out: list[tuple[int, int]] = []
    for f in found:
        m = _CALL_NAME_AFTER.match(text, f.end)
        if m is None or _LABEL_AFTER_BRACKET.match(text, m.end()):
            continue  # "Monique (Ymere):", "Jolanda Duijvestijn (Glasstad)  7:58 AM": a speaker and her firm
        nick = m.group("nick")
        lowered = nick.lower()
        if (lowered in common_words() and m.group("q") is None) or _is_dutch_place(nick) or _role_word(nick):
            continue
        if not is_first_name(nick) and word_like(lowered):
            continue  # a word of some language, no listed name: "(Sales)", "(Marketing)"
        # a name no list holds only after a register's name or a title ("Rashid, Shilan (Sjiela)", "mevr Op 't Roodt
        # (Dilia)"): after a plain name a party or a firm stands in brackets as often ("Vera Dua (Agalev)", ned.testa)
        before = text[max(0, f.start - 10) : f.start].split()
        titled = bool(before) and before[-1].lower().rstrip(".") in TITLE_SET
        if not is_first_name(nick) and "," not in text[f.start : f.end] and not titled:
            continue
        if lowered in KIN_WORD_SET or lowered in ORG_HINTS or lowered in STOP or is_orgish(nick):
            continue
        out.append(m.span("nick"))
    return out


def _other_script_words(value: str) -> bool:
    """One to four words of letters, one of them of a script beyond Latin (Greek, Cyrillic, Arabic, ...), none opening
    in lower case: a name as a passport's own script writes it (``ΤΣΑΚΙΡΗ``, ``Хасанов Ерол``)."""
    words = value.split()
    return (
        0 < len(words) <= 4
        and all(w.replace("-", "").replace("'", "").isalpha() and not w[0].islower() for w in words)
        and any(ord(c) >= 0x370 for c in value)
    )


def _other_script_value(value: str) -> bool:
    """A name field's value in another script, alone or beside its Latin reading after a slash (``ХАСАНОВ /
    HASANOV``, tuning_70): under a key that says it is a name, as good as a name in Latin letters.

    >>> _other_script_value("ΤΣΑΚΙΡΗ"), _other_script_value("ЕРОЛ / EROL"), _other_script_value("EROL")
    (True, True, False)
    >>> _other_script_value("не указано"), _other_script_value("ЕРОЛ / 12")
    (False, False)
    """
    sides = [side.strip() for side in value.split(" / ")]
    if len(sides) > 2 or not any(_other_script_words(side) for side in sides):
        return False
    return all(_other_script_words(side) or name_shaped(side) for side in sides)


def _handle_names(handle: str, known_member: bool) -> set[str]:
    """The parts of a channel's ``handle`` that name its member (lower case), or none when it is no member's: listed
    first names that are no word (``rianne`` of ``akela_rianne``), and when ``known_member`` (the handle heads two
    messages) parts no dictionary knows (``deepa`` of ``deepa_r``, ``petrauskiene``): no word,
    role or place, four letters or more.

    >>> sorted(_handle_names("akela_rianne", False)), sorted(_handle_names("ruta.petrauskiene", True))
    (['rianne'], ['petrauskiene', 'ruta'])
    >>> [_handle_names(h, m) for h, m in (("ruta.petrauskiene", False), ("build.status", True), ("deelzo_bot", True))]
    [set(), set(), set()]
    """
    from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

    found: set[str] = set()
    parts = [p.lower() for p in HANDLE_SPLIT.split(handle)]
    if any(p in HANDLE_SERVICE_PARTS for p in parts):
        return found
    for part in parts:
        if not part.isalpha() or part in STOP or _role_word(part) or _is_dutch_place(part):
            continue
        if part in bare_first_names() or (known_member and len(part) >= HANDLE_UNKNOWN_LETTERS and not word_like(part)):
            found.add(part)
    return found


# A name a system stored in lower case under a name or role key: the surname and the initials ('leerling="yilmaz,
# y."'), or the initial and the surname joined as a login writes them ('n.vandenbroeckewekken'), tuning_56.
LOWER_KEYED_NAME = re.compile(
    rf"[{LOWER}][{LOWER}'-]{{2,}}(?:[ \t][{LOWER}'-]+){{0,3}},[ \t]*(?:[{LOWER}]\.){{1,4}}"
    rf"|(?:[{LOWER}]\.){{1,3}}[ \t]?[{LOWER}][{LOWER}'-]{{3,}}"
)
# The most common Vietnamese family names (with and without their diacritics), and the middle names that mark a man's
# and a woman's name (see ``PersonNameRecognizer._vietnamese_name``).
VIETNAMESE_SURNAMES = (
    "Nguyen", "Nguyễn", "Tran", "Trần", "Le", "Lê", "Pham", "Phạm", "Hoang", "Hoàng", "Huynh", "Huỳnh", "Phan", "Vu",
    "Vũ", "Vo", "Võ", "Dang", "Đặng", "Bui", "Bùi", "Do", "Đỗ", "Ho", "Hồ", "Ngo", "Ngô", "Duong", "Dương", "Ly",
    "Lý", "Dinh", "Đinh", "Truong", "Trương", "Luong", "Lương", "Trinh", "Trịnh",
)  # fmt: skip
VIETNAMESE_MIDDLE = frozenset({"Van", "Văn", "Thi", "Thị"})
VIETNAMESE_PLACES = frozenset({"Ho Chi Minh", "Hồ Chí Minh"})  # (the city, named after the man)
VIETNAMESE_NAME = re.compile(
    rf"(?<![\w-])(?:{'|'.join(VIETNAMESE_SURNAMES)})"
    rf"(?P<given>(?:[ \t]+[{UPPER}Đ][{LOWER}]{{1,6}}){{1,3}})(?![\w-])"
)
# A mail header's sender or addressee: the display name (words of letters, initials, particles, hyphens), an
# optional bar and the firm it writes for, then the address in angle brackets (see ``_mail_header_name``). Any label
# of one word will do: a ticket's people are written so too ("Reporter: Nonomura Ren <r.nonomura@…>", "Melder:",
# "Aanvrager:", tuning_118).
MAIL_HEADER = re.compile(
    r"(?im)^[ \t>]*(?:[^\W\d_][\w-]{1,24}|antwoord aan)[ \t]*:[ \t]*[\"']?"
    r"(?P<name>[^\W\d_][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,5}?)[\"']?[ \t]*(?:\|[^<>\n|]{1,60})?"
    r"<(?P<local>[^<>@\s]{1,64})@[^<>\s]{3,255}>"
)
MAIL_SERVICE_WORDS = frozenset(
    "klantenservice klantenteam customer service support helpdesk servicedesk info team noreply no-reply administratie "
    "afdeling redactie secretariaat planning receptie kantoor bestuur".split()
)
MAIL_NAME_WORDS = 5
# (a team's or a desk's name: "Privacyteam NoordNet Telecom", "Beveiligingsteam Roosterplan", "Zorgbemiddeling ...")
MAIL_SERVICE_ENDS = ("team", "dienst", "service", "desk", "beheer", "bemiddeling", "zaken", "loket", "bureau")


def mail_display_name(words: list[str], local: str) -> bool:
    """Whether a mail header's display name ``words`` (before the address of local part ``local``) is a person's:
    at most MAIL_NAME_WORDS words of letters (initials and particles among them), no firm's, team's or service's
    word; and a listed first name among them, or a word no dictionary knows that the address spells (``nhung`` of
    ``hongnhung.vu``).

    >>> mail_display_name(["Vu", "Hong", "Nhung"], "hongnhung.vu"), mail_display_name(["Hubrecht"], "hubrecht")
    (True, True)
    >>> mail_display_name(["Klantenservice", "Hoorwinkel"], "info"), mail_display_name(["Disputes"], "disputes")
    (False, False)
    >>> mail_display_name(["Privacyteam", "NoordNet", "Telecom"], "support")
    False
    """
    from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)
    from afscherm.detectors.org_guard import LEGAL_FORM, is_org_head, is_trade_word  # (org_guard imports this module)

    if not 1 <= len(words) <= MAIL_NAME_WORDS:
        return False
    letters = re.sub(r"[^a-z]", "", local.lower())
    evidence = False
    for word in words:
        core = word.strip(".,'’")
        low = core.lower()
        if not core or any(c.isdigit() for c in core) or low in MAIL_SERVICE_WORDS or low.endswith(MAIL_SERVICE_ENDS):
            return False
        if LEGAL_FORM.fullmatch(core) or is_org_head(core, inside=True, capitalised=True) or is_trade_word(core):
            return False
        if is_orgish(core):
            return False
        if low in PARTICLE_SET:
            continue
        for part in core.split("-"):
            low = part.lower()
            if len(part) > 1 and is_first_name(part.title()):
                evidence = True
            if len(low) >= 4 and low in letters and not word_like(low) and low not in common_words():
                evidence = True
    if non_person_entities().get(" ".join(words)) in ("ORG", "LOC"):
        return False
    return evidence


# "die van" (the one of) before a family's name (``PersonNameRecognizer._family_of``), and a neighbour's place after it.
FAMILY_OF = re.compile(r"(?<![\w'-])[Dd]ie van(?=[ \t])")
NEIGHBOURS_AFTER = re.compile(
    r"[ \t]+(?:van|op)[ \t]+(?:hiernaast|hierboven|hieronder|de overkant|verderop|om de hoek|nummer|nr\.?)(?![\w])"
)
# Particles of Arabic and Berber surnames, in lower case, then the name's word ("el amrani", "ben yahia", "aït said").
ARABIC_PARTICLE_NAME = re.compile(rf"(?:el|al|ben|bin|ait|aït|abou|abu|bou)[ \t-]([{LOWER}]{{3,}})(?![\w@'-])")
DUTCH_PARTICLE_NAME = re.compile(rf"(?:{PARTICLE_RE})(?:[ \t]+(?:{PARTICLE_RE}))*[ \t]+([{LOWER}]{{3,}})(?![\w@'-])")


def _word_after_particles(word: str) -> bool:
    """Whether ``word``, after a form of address and particles, is a word (of the dictionary, a stop word, a particle)
    rather than a surname no list holds."""
    from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

    return word in common_words() or word in STOP or word in PARTICLE_SET or word_like(word)


# What ends a form of address's phrase: "goedemorgen meneer bakker, uw afspraak", "dank u mevrouw smit!".
PHRASE_END = re.compile(r"[ \t]*(?:[,.!?;:)\n]|$)")
# Speech recognition writes no comma between the name a call is answered with and the greeting after it ("ja met de
# vries goedemiddag"): the greeting ends the name's phrase.
# The name right before "hier" in a call's answer ("jansen hier", "met van dijk hier").
HERE_NAME = re.compile(
    rf"(?<![\w'’-])((?:(?i:{PARTICLE_RE})[ \t]+){{0,3}}[{UPPER}{LOWER}][{LOWER}{UPPER}'-]{{2,}})[ \t]*$"
)
ANSWER_GREETING = re.compile(
    r"[ \t]+(?:goede(?:morgen|middag|navond)|goeie(?:morgen|middag|navond|dag)|hallo|dag|hoi)(?![\w])", re.IGNORECASE
)


_BARE_INITIAL = re.compile(rf"[{LOWER}][ \t]+(?=[{LOWER}])")
# A chat turn sent from a phone number no contact names (its time stamp before it), and ...
PHONE_SENDER = re.compile(
    r"(?:\[[^\]\n]{1,30}\][ \t]*|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}[ \t]*-[ \t]*)?"
    r"\+?\d[\d \t-]{7,16}\d:"
)
# ... a clause or more of it, then a comma or a stop.
_NUMBER_SENDER_CLAUSE = re.compile(PHONE_SENDER.pattern + r"[^\n]*[.,!][ \t]*")


def _unknown_word(word: str) -> bool:
    """``word`` (lower case) is three letters or more and no word, place or stop word any list knows."""
    from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

    return (
        word.isalpha() and len(word) >= 3 and word not in STOP_OR_ORG and word not in common_words()
        and not word_like(word) and not _is_dutch_place(word)
    )  # fmt: skip


_AND_NEXT = re.compile(r"[ \t]+(?:en|&)[ \t]+")
# One to three bare capitals and a word in capitals ending the phrase: a holder as statements print it ("G KEMPA").
_BARE_INITIALS_CAPITALS = re.compile(
    rf"(?:[{UPPER}][ \t]){{1,3}}([{UPPER}]{{3,}}(?:[-'’][{UPPER}]+)?)(?=[ \t]*(?:[\n,.;)]|[ \t]{{2}}|\Z))"
)


# (or capitalised, as a chat or a transfer's note types the holder: "tnv M Kleerekoper", "t.n.v. J de Wit")
_BARE_INITIALS_CAPITALISED = re.compile(
    rf"(?:[{UPPER}][ \t]){{1,3}}((?:(?:{PARTICLE_RE})[ \t]+)*[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]+)?)"
    r"(?![\w@'’-])"
)


def _bare_initial_surname(text: str, pos: int) -> tuple[int, int] | None:
    """An initial without its dot at ``pos`` and a lower-case surname after it: a listed one with its particles (a
    word too, after a cue only a name follows) or one an Arabic or Berber particle leads (``y el khatib``)."""
    initial = _BARE_INITIAL.match(text, pos)
    if initial is None:
        return None
    # (two or three of them: "ten name van t j mensink", tuning_59)
    for _ in range(2):
        more = _BARE_INITIAL.match(text, initial.end())
        if more is None:
            break
        initial = more
    end = lower_surname_after(text, initial.end() - 1, common_ok=True)
    if end is None:
        arabic = ARABIC_PARTICLE_NAME.match(text, initial.end())
        if arabic is None or arabic.group(1) in common_words() or arabic.group(1) in STOP:
            return None
        end = arabic.end()
    return pos, end


def lower_name_at(text: str, pos: int) -> tuple[int, int] | None:
    """A lower-case surname (with particles) starting at ``pos``: ``de graaf``, ``visser``; a surname that is
    also a common word (``bakker``, ``smit``) when it ends the phrase (``meneer bakker,``), where a verb or
    noun after a form of address would have to go on (``meneer wacht al een uur``)."""
    if pos <= 0 or text[pos - 1] not in " \t":
        return None
    end = lower_surname_after(text, pos - 1)
    # "mevrouw el amrani", "meneer ben yahia": a particle of Arabic or Berber surnames after a form of address vouches
    # for the word after it, listed or not, unless that is a common word
    arabic = ARABIC_PARTICLE_NAME.match(text, pos) if end is None else None
    if arabic is not None and arabic.group(1) not in common_words() and arabic.group(1) not in STOP:
        return pos, arabic.end()
    # "dhr op de weegh", "mevrouw van der sluys": so does a Dutch surname's particle, the word after it no dictionary's
    # ("meneer van de gemeente", "mevrouw van de kassa" are no one's names; tuning_49)
    dutch = DUTCH_PARTICLE_NAME.match(text, pos) if end is None else None
    # (not "te" and a verb: "jongeren en familie te herenigen", ned.testa)
    infinitive = dutch is not None and text[pos : dutch.start(1)].split() == ["te"] and dutch.group(1).endswith("en")
    if dutch is not None and not infinitive and not _word_after_particles(dutch.group(1)):
        return pos, dutch.end()
    if end is None:
        end = lower_surname_after(text, pos - 1, common_ok=True)
        if end is None:
            return _unknown_words_at(text, pos) or _double_surname_at(text, pos)
        # one of the most frequent surnames may go on into the sentence ("mevrouw bos en waar bent u uitgestapt",
        # "meneer bakker belde"): no verb or noun after a form of address is so frequent a surname
        frequent = text[pos:end] in frequent_family_names() and text[pos:end] not in PREDICATE_SURNAMES
        if not PHRASE_END.match(text, end) and not (frequent and _TITLED_SURNAME_GOES_ON.match(text, end)):
            return None
    return pos, end


# A double surname joined by a hyphen after a form of address, the first part a listed surname with its particles,
# the second no word (listed or not) ("mw de bruin-oyelaran", tuning_43; "mevr jansen-okafor"): the hyphen kept the
# first part from reading as a surname, the particle the whole from reading as unknown words.
_DOUBLE_SURNAME = re.compile(rf"(?:{PARTICLE_RE}[ \t]+)*[{LOWER}]{{2,}}-(?P<second>[{LOWER}]{{2,}})(?![\w@'-])")


def _double_surname_at(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a double surname at ``pos`` (see ``_DOUBLE_SURNAME``), or None."""
    from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

    m = _DOUBLE_SURNAME.match(text, pos)
    if m is None:
        return None
    hyphen = m.start("second") - 1
    # the first part read as it would be with a space for the hyphen (same offsets)
    first_end = lower_surname_after(text[:hyphen] + " " + text[hyphen + 1 :], pos - 1)
    second = m.group("second")
    if first_end != hyphen:
        return None
    if word_like(second) or (len(second) < UNKNOWN_NAME_MIN and not is_family_name(second)):
        return None  # "van dam-weg": a word after the hyphen
    return pos, m.end()


# After a form of address, words no list and no dictionary knows are the person's name whatever their origin (tuning_40:
# "mevr kravets belde", "meneer majd al-khatib is zijn telefoon kwijt"): a verb or noun that would go on after a
# form of address is a word. One or two such words (hyphenated parts too), each UNKNOWN_NAME_MIN letters or more.
_UNKNOWN_WORD = re.compile(rf"[{LOWER}]{{2,}}(?:-[{LOWER}]{{2,}})*(?![\w@'-]|\.\w)")
_VERB_ENDING = re.compile(r"(?:en|t|d)$")  # an infinitive's, a present's or a participle's last letters
_INFINITIVE_ENDING = re.compile(r"(?:en|aan)$")  # "langsgaan", "ophalen": what follows a governed kin word
PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:van|bij|met|aan|voor|naar|door)[ \t]+$")
_UNKNOWN_CAPITALISED = re.compile(rf"[{UPPER}{LOWER}][{LOWER}]+(?:-[{UPPER}{LOWER}][{LOWER}]+)*(?![\w@'-]|\.\w)")
UNKNOWN_NAME_MIN = 4


# What ends a person's mention in a sentence: a sign, the line's end.
_MENTION_END = re.compile(r"[ \t]*(?:[,.!?;)]|\n|$)")


def _person_verb_after(text: str, end: int) -> bool:
    """A person's verb or possessive follows ``end`` (``name_slots.person_after``), not merely the mention's end."""
    from afscherm.detectors.name_slots import person_after  # (it reads this module's lists)

    return person_after(text, end)


# Turning an age, in dialect too, after a name ("oma zwanet wordt 90", "mila weurt 3 op 9 juni"; tuning_58 ... 100).
TURNS_AN_AGE = re.compile(
    r"[ \t]+(?:wordt|werd|weurt|wurdt|wuurt|turns|turned)[ \t]+(?:(?:al|pas|bijna|morgen|zondag)[ \t]+)?"
    r"\d{1,3}(?![\d,.:/-])"
)


def _said_as_person(text: str, end: int) -> bool:
    """What follows ``end`` is said of a person (``name_slots.person_after``: a possessive, a person's verb) or ends
    the mention (a sign, the line's end)."""
    from afscherm.detectors.name_slots import person_after  # (it reads this module's lists)

    return _MENTION_END.match(text, end) is not None or person_after(text, end)


def _unknown_words_at(text: str, pos: int, capitals: bool = False) -> tuple[int, int] | None:
    """One or two lower-case words at ``pos`` that are no word and no place (see ``_UNKNOWN_WORD``), the second one
    also a particle's surname (``al-khatib``): their span, or None. ``capitals``: capitalised words too."""
    from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

    end = None
    at = pos
    for _ in range(2):
        m = (_UNKNOWN_CAPITALISED if capitals else _UNKNOWN_WORD).match(text, at)
        if m is None:
            break
        word = m.group().lower()
        arabic = end is not None and ARABIC_PARTICLE_NAME.fullmatch(word) is not None
        known = any(word_like(part) for part in word.split("-") if len(part) > 2)
        short = len(word.replace("-", "")) < UNKNOWN_NAME_MIN
        if not arabic and (short or known or word in STOP or _is_dutch_place(word)):
            break
        end = m.end()
        gap = re.match(r"[ \t]+", text[end:])
        if gap is None or TURNS_AN_AGE.match(text, end):
            break  # (a dialect's verb is no second name: "opa hendrikus weurt 85")
        at = end + gap.end()
    return None if end is None else (pos, end)


_TITLED_SURNAME_GOES_ON = re.compile(
    # (or where the person is from, or who: "dhr brouwer uit ijsselmuiden", "mevrouw bos die belde")
    r"[ \t]+(?:en|of|is|was|heeft|had|zegt|zei|belt|belde|komt|kwam|uit|die|wil|wilde|vraagt|vroeg|woont|staat)"
    r"(?![\w'-])"
)


# Listed first names that chats also write as English or Dutch words, or as abbreviations (``max 3``, ``12 jan``,
# ``job``, ``hope``), and that English also has as names (so the English word list below keeps them): never
# a name on their own in lower case. (A Dutch dictionary is no filter here: it holds ``bram``, ``klaas`` and
# ``hans`` as words.)
CHAT_WORDS = word_set(
    """
    jan feb mar max min mark job don art hope faith joy angel summer june rose dean will bill bob rich grace
    candy cherry ginger amber crystal ruby pearl daisy lily iris violet holly ivy heather hazel dawn eve may
    august misty dusty rocky sandy nova long lean brain clay cliff guy miles moon ward ray rob hung ho stern
    zen junior justice chi ed prince penny duke buck chuck chad wolf jersey genesis lance jack kit kitty
    marina margarita melody trinity valentine rover lee lea levy mace berry basil charity
    """
    # and Spanish or Portuguese words a chat in those languages writes ("ella dice", "me pueden hacer", "una foto"; not
    # "sem" and "ela", Dutch and Turkish children's names as often)
    """
    ella hacer nada una uma teus bonita dale chico nena
    """
    # (and the month English writes in lower case: "we arrive wed 22 july", tuning_96, as "june" and "may" above)
    """
    july
    """
    # and Nepali, Hindi and Urdu in Latin letters ("dai didi haru", "Bikash dai lai pani bolaunus", "lekhnu parcha hai",
    # tuning_94): the postposition, the copula, the conjunction
    """
    hai lai ko ani
    """
)


@lru_cache(maxsize=1)
def english_word_names() -> frozenset[str]:
    """Listed first names English writes as ordinary words (``peer``, ``said``, ``just``; built by
    ``python -m training.ner.lexicons``): logs and chats are full of English."""
    path = Path(__file__).parent / "data" / "lexicons" / "first_names_english_words.txt"
    return frozenset(path.read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def double_name_first_parts() -> frozenset[str]:
    """What the first part of a lower-case double first name (``gert-jan``) must be for
    :meth:`PersonNameRecognizer._lower_double_first_name` to take it: a bare first name, or the part before the
    hyphen of a listed double name."""
    return bare_first_names() | {n.split("-")[0] for n in first_names() if "-" in n}


_VOWELS = "aeiouy"


def pet_forms_of(name: str) -> set[str]:
    """The pet forms Dutch makes of a short first name: the diminutive (``ruud`` → ``ruudje``, ``jan`` → ``jantje``,
    ``wim`` → ``wimpje``) and the ``-ie``/``-y`` form, its consonant doubled after a short vowel (``rik`` →
    ``rikkie``) and kept after a long one (``riek`` → ``rieky``)."""
    if not 3 <= len(name) <= 6:
        return set()
    last = name[-1]
    forms = {name + ("tje" if last in _VOWELS or last in "lnrw" else "pje" if last == "m" else "je")}
    if last not in _VOWELS and name[-2] in _VOWELS:
        if len(name) <= 4 and name[-3] not in _VOWELS:
            forms |= {name + last + "ie", name + last + "y"}
        elif len(name) <= 5 and name[-3] in _VOWELS:
            forms |= {name + "ie", name + "y"}
    return forms


@lru_cache(maxsize=1)
def pet_first_names() -> frozenset[str]:
    """Pet forms of the bare first names (:func:`bare_first_names`) that the lists lack and that are no common
    word: chats call people so (``stefje:``, ``rikkie:``). A few are Dutch words as well (``bonnetje``,
    ``zonnetje``), so they count only where a person is sure to stand, as a chat line's speaker."""
    forms = {form for name in bare_first_names() for form in pet_forms_of(name)}
    return frozenset(forms - first_names() - common_words() - CHAT_WORDS)


@lru_cache(maxsize=1)
def bare_first_names() -> frozenset[str]:
    """Lower-case first names that are a name even with no context but a chat line: no common, word-like,
    dictionary or chat word, and at least three letters."""
    return frozenset(
        n
        for n in pair_first_names()
        if len(n) >= 3
        and n.isalpha()
        and n not in CHAT_WORDS
        and n not in english_word_names()
        # (nor another language's word for a relative that a list holds as a name too: "my ouma is van Pimville")
        and n not in FOREIGN_KIN_SET
    )


@lru_cache(maxsize=1)
def frequent_family_names() -> frozenset[str]:
    """The 1,000 most frequent family names, lower case (``bakker``, ``de graaf``)."""
    lines = (NAMES_DIR / "top_1000_family_names.lst").read_text(encoding="utf-8").splitlines()
    return frozenset(" ".join(n.split()).lower() for n in lines if n.strip())


# Frequent surnames that are also adjectives or adverbs a chat puts after a name ("thijs snel even bellen",
# "sanne top!"): not a surname there.
PREDICATE_SURNAMES = word_set("snel kort top klein groot sterk vrolijk laat goede lange korte sterk troost post")


def frequent_surname_after(text: str, pos: int) -> int | None:
    """End of a lower-case surname right after ``pos`` that is also a common word but among the most frequent
    family names (``kees bakker``, ``sanne bos``), or None."""
    m = LOWER_SURNAME_RUN.match(text, pos)
    if m is None:
        return None
    words = m.group(1)
    if words in frequent_family_names() and words.split()[-1] not in PREDICATE_SURNAMES | STOP:
        return m.end(1)
    return None


# The possessive after a name: "sanne's fiets", "thijs' auto".
POSSESSIVE = re.compile(r"['’]s?(?![\w'’-])")
# A line written as chat: every word with a capital starts a sentence (or the line, or follows a speaker
# label) or is a short acronym (BSN, OK, IBAN).
# (tried at a token's start only: a long token without a capital is read once, not once per character)
_CAPITAL_WORD = re.compile(rf"(?<!\S)\S*[{UPPER}]\S*")
_ACRONYM = re.compile(rf"[^\w]*[{UPPER}0-9]{{2,5}}[^\w]*")


def chat_style(line: str) -> bool:
    """``line`` is written in lower case apart from sentence starts and acronyms (see :func:`_lower_bare`)."""
    for m in _CAPITAL_WORD.finditer(line):
        if _ACRONYM.fullmatch(m.group()):
            continue
        # (the last character before the word's blanks, read back over the blanks only: a long line with many
        # capitals stays linear)
        end = m.start()
        while end and line[end - 1].isspace():
            end -= 1
        if end and line[end - 1] not in ".!?:]-" and not line.endswith(("...", "…"), 0, end):
            return False
    return True


ADDRESS_CHARS = 256


def in_address(text: str, pos: int) -> bool:
    """The word at ``pos`` is part of an e-mail address, URL, path or identifier token (read at most
    ``ADDRESS_CHARS`` either way: many names in one long token stay linear; past that the word counts as a name)."""
    start, lo = pos, max(0, pos - ADDRESS_CHARS)
    while start > lo and not text[start - 1].isspace():
        start -= 1
    end, hi = pos, min(len(text), pos + ADDRESS_CHARS)
    while end < hi and not text[end].isspace():
        end += 1
    token = text[start:end]
    return "@" in token or "/" in token or "://" in token or "www." in token or "_" in token


# Words before a first name that make it a saint's, a place's or a thing's name ("sint maarten", "de emma").
# (Syriac "mor", saint: "de kerk mor Afrem", tuning_169; not "mar", Flemish "maar" as chats write it)
NOT_PERSON_BEFORE = word_set("sint st st. santa san sankt mor de het een")
_NEXT_WORD = re.compile(r"[ \t]+([\w.'-]+)")
_PREVIOUS_WORD = re.compile(r"([\w.-]+)[ \t'\"‘’“”]*[ \t]$")


def _told_it(text: str, het: int) -> bool:
    """A verb of telling or asking (and its subject) stands right before the ``het`` at ``het``."""
    return _TOLD_IT.search(text, max(0, het - 24), het) is not None


# A verb of telling or asking (and the subject after it) right before "het" and a name (not_a_person_here).
_TOLD_IT = re.compile(
    r"(?i)(?<![\w-])(?:vraag|vraagt|vragen|vroeg|zeg|zegt|zeggen|zei|vertel|vertelt|vertellen|vertelde|laat|meld"
    r"|melden|stuur)(?:[ \t]+(?:ik|jij|je|we|wij|hij|zij|ze|u|maar|even|ff|dan))*[ \t]+$"
)


def not_a_person_here(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` names a saint, place, thing or organisation: ``sint maarten``, ``de emma``
    (a ship, a hospital: Dutch puts no article before a person's name), ``' de geraldine '``, ``wilhelmina
    ziekenhuis``."""
    before = _PREVIOUS_WORD.search(text, max(0, start - 14), start)
    # (but "het" is the thing said, not an article, after a verb of telling: "vraag het annelies", "dan vraag ik het
    # ilse wel", "zeg het sanne maar")
    if (
        before
        and before.group(1).lower() in NOT_PERSON_BEFORE
        and (before.group(1).lower() != "het" or not _told_it(text, before.start()))
    ):
        return True
    after = _NEXT_WORD.match(text, end)
    # a verb put before its subject, as Flemish chats write "hedde gij" (have you), is no name ("lotte gij"? no one)
    return after is not None and (is_orgish(after.group(1)) or after.group(1).lower() in _INVERTED_SUBJECTS)


_INVERTED_SUBJECTS = frozenset({"gij", "ge", "gy"})


def _compound_word(word: str) -> bool:
    """``word`` (lower case) ends in a common word of four letters or more after three or more letters: a compound
    label (``gespreksnummer``, ``afleverdatum``), not a name no list knows (``gonny``); a number word closes no
    compound noun (``aaltien``, a Low Saxon woman's name, is no "aal" and "tien": tuning_111)."""
    from afscherm.detectors.spoken_numbers import number_word_value

    return any(word[i:] in common_words() and number_word_value(word[i:]) is None for i in range(3, len(word) - 3))


# Roles, kin and generic labels that speak in chats but are no names (and a phone's SMS export's "sent" and "received"
# before each message: "09/03/2026 18:52 verzonden: talofa mr van rompaey", tuning_163).
ROLE_SPEAKERS = word_set(
    """
    klant agent medewerker mama mam papa pap oma opa tante oom zus zusje broer broertje schat lieverd ik jij
    spreker beller support helpdesk bot systeem admin moderator gast bezoeker ouder leerling docent juf
    meester dokter huisarts assistent assistente vader moeder baas chef collega buurman buurvrouw
    heit mem pake beppe omi opi mams paps ma pa
    bezorger monteur planner kapper mentor conducteur chauffeur trainer coach receptie
    locatie update reminder tip edit ps nb whatsapp inwoner melder burger interviewer
    host co-host cohost presentator presentatrice verslaggever redacteur verteller nieuwslezer omroeper dj
    quizmaster jury kandidaat publiek luisteraar notulist voorzitter secretaris penningmeester tolk vertaler
    centralist meldkamer dispatcher pastor imam
    cliente agente operador operadora paciente asistente recepcionista customer caller
    coördinator coordinator manager begeleider begeleidster adviseur consulent consulente
    verzonden ontvangen
    """
)


def _role_word(word: str) -> bool:
    """A chat's role or kin word (``Bezoeker``, ``Oma``) or a person's role a form names (``Verhuurder``,
    ``Patiënt``): it speaks in a chat, or stands before a speaker's name, but is no name."""
    lowered = word.lower()
    return lowered in ROLE_SPEAKERS or lowered in PERSON_ROLES or _compound_role(lowered)


# The heads of compound roles a workplace's chat puts before a name ("Ploegleider Arie-Leendert:", "Kasbaas Piet:",
# "Klantmedewerker Anouk:"; tuning_47): the compound is a role as its head is.
ROLE_HEADS = (
    "leider", "leidster", "medewerker", "medewerkster", "coördinator", "coordinator", "manager", "begeleider",
    "begeleidster", "adviseur", "assistent", "assistente", "planner", "meester", "baas", "chef", "consulent",
    "consulente", "monteur", "chauffeur",
)  # fmt: skip


CALL_NAME_WORD_LETTERS = 6


def _capital_word_named(text: str, m: re.Match[str], name: str) -> bool:
    """A word of the dictionary, capitalised after someone's kin word, is what the kin is called: "onze moeder Trui.",
    "haar dochter Trui belde" (tuning_47, tuning_48; Trui, a call name, is a word too): a possessive before the kin
    word, the word alone (a sign or a lower-case word after it), no place and no compound (a department)."""
    if not (name.isalpha() and 3 <= len(name) <= CALL_NAME_WORD_LETTERS and name[1:].islower()):
        return False  # (call names that are words are short: Trui, Hoop, Bloem; "mijn vrouw Klantenservice gebeld")
    if name.lower() in MONTHS_AND_DAYS:
        return False
    if POSSESSIVE_BEFORE.search(text, max(0, m.start() - 8), m.start()) is None:
        return False
    after = text[m.end("name") : m.end("name") + 2]
    alone = not after or after[0] in ".,!?;:)\n" or (after[0] in " \t" and after[1:2].islower())
    return alone and not _is_dutch_place(name) and not _compound_word(name.lower())


def _compound_role(lowered: str) -> bool:
    """``lowered`` is a compound of three or more letters and a role head (``ploegleider``, ``kasbaas``).

    >>> _compound_role("ploegleider"), _compound_role("leider"), _compound_role("chefkok")
    (True, False, False)
    """
    return any(lowered.endswith(head) and len(lowered) - len(head) >= 3 for head in ROLE_HEADS)


# A clock's time in a chat's stamp ("[09:40]", "2/3/25, 09:12 -"): a message's, not a bracketed label's ("[Kapsalon]").
_CLOCK = re.compile(r"\d{1,2}:\d{2}")


def word_speaker(word: str) -> bool:
    """A word that may be a chat speaker's name behind a clock's time stamp though it is a common word too (``wil``,
    ``kroon``, ``mo``): no role, kin or function word, and no word a note or a log labels a line with (``vraag``,
    ``status``)."""
    return len(word) >= 2 and word not in ROLE_SPEAKERS and word not in STOP and word not in _LINE_LABEL_WORDS


_LINE_LABEL_WORDS = frozenset(
    "vraag antwoord opmerking reactie status actie besluit conclusie probleem oplossing melding fout foutmelding tip"
    " let nota notities agenda punt stap taak planning resultaat uitslag totaal prijs datum tijd locatie adres"
    " onderwerp betreft bericht".split()
)


def unlisted_speaker(words: list[str]) -> bool:
    """A speaker label behind a chat time stamp that is no role, kin word or common word: one or two words,
    the first at least two letters."""
    if not 1 <= len(words) <= 2 or len(words[0]) < 2:
        return False
    # (the kin words of other languages too: "~ mamma:", "bobbe:", tuning_115/_116)
    return all(
        w not in ROLE_SPEAKERS and w not in FOREIGN_KIN_SET and w not in STOP and w not in common_words() for w in words
    )


def _unlisted_with_surname(words: list[str]) -> bool:
    """A time-stamped speaker's unlisted first name (a call name: ``huug``) before a listed surname with its particle,
    shortened as chats write it too (``huug vd wetering``, tuning_48); the first name no role, kin or common word."""
    if len(words) < 3 or not words[0].isalpha() or not unlisted_speaker(words[:1]):
        return False
    rest = " ".join(words[1:])
    return words[1] in PARTICLE_SET | {"vd", "v/d", "v.d.", "vd."} and (
        lower_surname(rest) or any(lower_surname(r) for r in written_out_particles(rest))
    )


# Verbs a person does, after a bare name at a message start ("mark belde", "roos komt later").
PERSON_VERBS = (
    "zei|zegt|vroeg|vraagt|belde|belt|mailde|mailt|appte|appt|komt|kwam|kan niet|wil|wilde|weet|wist|"
    "vindt|vond|denkt|dacht|heeft gebeld|heeft gezegd|is ziek|is jarig|is er|was er|gaat|ging|"
    "stuurt|stuurde|doet|deed|werkt|zit|zat|laat weten|vertelde|vertelt|neemt|nam|regelt|regelde|brengt|bracht|"
    "haalt|haalde|helpt|hielp|heeft vrij|staat erop|wacht op|"
    # a question or request to the person named ("daan kun jij de shirts halen", "fenna heb je …"): only a person
    # is asked so; a word before it is not ("dan kun je", "nu heb je": no listed first name)
    "kun jij|kun je|kan jij|ga jij|heb jij|heb je|ben jij|doe jij|neem jij|zou jij|zou je|wil je|wil jij"
)


@lru_cache(maxsize=1)
def person_verb_leads() -> frozenset[str]:
    """The first word of each of PERSON_VERBS (one of them stands in every match, a whole word)."""
    return frozenset(verb.split()[0] for verb in PERSON_VERBS.split("|"))


@lru_cache(maxsize=1)
def person_verb_words() -> frozenset[str]:
    return frozenset(PERSON_VERBS.replace("|", " ").split())


# What follows a first name that opens a message on its own: a question or exclamation mark (``Femke?``, ``Ilse!
# geboren ...``), the line's end, or a verb a person does (``Daan rijdt morgen``, ``Mila is vannacht geboren``).
_OPENING_NAME_ALONE = re.compile(r"[ \t]*(?:[?!]+(?=[ \t\n]|$)|(?=\n)|$)")
_OPENING_NAME_VERB = re.compile(
    rf"[ \t]+(?:{PERSON_VERBS}|rijdt|reed|is[ \t]+(?:vannacht|gisteren|vandaag)?[ \t]*geboren|wordt|werd|heeft|had)\b"
)


ABBREVIATION_CHARS = 24


def _abbreviation_before(text: str, dot: int) -> bool:
    """The token that ends in the dot at ``dot`` is an abbreviation (``dhr.``, ``t.a.v.``, ``nr.``: a listed one, or
    letters and dots), not a sentence's last word (``kijk ik naar. Thijs``) or an emoji (``naar Kleve 🇩🇪.``)."""
    begin, lo = dot, max(0, dot - ABBREVIATION_CHARS)
    while begin > lo and not text[begin - 1].isspace():
        begin -= 1
    if begin > 0 and not text[begin - 1].isspace():
        return False  # (a token longer than any abbreviation, read no further: many dots in one token stay linear)
    token = text[begin:dot]
    return token.replace(".", "").isalpha() and ("." in token or token.lower() in ABBREVIATIONS_BEFORE_NAMES)


# Abbreviations a dot ends before a name, which opens no sentence ("dhr. Daan", "nr. 4 Femke", "bijv. Anna").
ABBREVIATIONS_BEFORE_NAMES = word_set(
    "dhr mevr mw mr dr drs ir ing prof nr ca bijv evt tel str blz vs st jr sr fam hr mej zgn incl excl ong resp"
)


def _message_opening_name(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, a capitalised listed first name, opens a message or a sentence (at a line's start, after
    a speaker's colon, after ``!``, ``?`` or ``.``) and stands alone there (``Sjoukje: Hylke?``) or before a verb a
    person does (``Sophie: Daan rijdt``): its capital says nothing there, but only a person is asked for so or does
    that, or before a comma and a clause that speaks to the person (``Milan, voor je contractverlenging ...``: the
    name addresses someone). A name that is also a word (``Roos``, ``Daan``) only before a verb and after a speaker's
    colon; no function word, month, English word, brand or place (``Juni komt``, ``Will je``)."""
    from afscherm.detectors.org_guard import brands  # (org_guard imports this module)

    at = start
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    lead = text[at - 1] if at > 0 else "\n"
    if lead == "." and _abbreviation_before(text, at - 1):
        return False  # an abbreviation's dot ("dhr. Daan", "t.a.v. Femke") opens no sentence
    if lead not in "\n.!?:":
        return False
    name = text[start:end]
    lowered = name.lower()
    if lowered in STOP or lowered in WORDLIKE_FIRST or lowered in MONTHS_AND_DAYS or lowered in CHAT_WORDS:
        return False
    if lowered in english_word_names() or lowered in brands() or lowered in person_verb_words():
        return False
    if not is_first_name(name) or _is_dutch_place(name):
        return False
    if lowered in common_words():
        # (opening a sentence, before a verb only a person does: "Koos belt morgen", "Roos zei al dat", tuning_45 -
        # a verb's form is followed by no second verb, and a noun that opens a sentence has its article)
        return _OPENING_NAME_VERB.match(text, end) is not None and (lead == ":" or _SAID.match(text, end) is not None)
    if _OPENING_NAME_ADDRESSED.match(text, end) is not None:
        return True  # the person addressed: "Milan, voor je contractverlenging ...", "Sander, kun jij ..."
    return _OPENING_NAME_ALONE.match(text, end) is not None or _OPENING_NAME_VERB.match(text, end) is not None


# The verbs of speaking and calling, which only a person does (``_message_opening_name``).
_SAID = re.compile(
    r"[ \t]+(?:zei|zegt|vroeg|vraagt|belde|belt|mailde|mailt|appte|appt|vertelde|vertelt|laat weten|heeft gebeld"
    r"|heeft gezegd|is jarig|is ziek)\b"
)
# A comma, then a clause that speaks to someone (a second person's pronoun in it, before the sentence ends).
_OPENING_NAME_ADDRESSED = re.compile(r",[ \t]+[^\n.!?]{0,60}?(?<![\w'])(?:je|jij|jou|jouw|u|uw|jullie)(?![\w'])")
_MESSAGE_START = r"(?:^|[.!?,][ \t]+|:[ \t]+|\ben[ \t]+)"
PERSON_SUBJECT = re.compile(rf"(?m){_MESSAGE_START}(?P<name>[{LOWER}]{{3,}})[ \t]+(?:{PERSON_VERBS})\b")
_UNLISTED_WORD = re.compile(rf"([{LOWER}]{{3,}})(?![\w@'-])")


def unlisted_name_end(text: str, pos: int) -> int | None:
    """End of one or two lower-case words at ``pos`` that can be a name nobody listed: no common word, label,
    chat word or verb a person does (``priya``, ``priya sharma``; not ``de administratie``), or None."""
    end = None
    for _ in range(2):
        m = _UNLISTED_WORD.match(text, pos)
        if m is None or not plausible_unlisted(m.group(1)) or text[m.end(1) : m.end(1) + 1] == ".":
            break  # "dhr.", "afd.": an abbreviation
        end = m.end(1)
        pos = end + 1
        if text[end : end + 1] != " ":
            break
    return end


def plausible_unlisted(word: str) -> bool:
    """A lower-case word that may be a name nobody listed: no common word, label, title (``dhr``, ``mevr``),
    greeting, chat word or verb a person does."""
    return not (
        word in common_words()
        or word in STOP
        or word in TITLE_SET
        or word in GREETING_SET
        or word in CHAT_WORDS
        or word in person_verb_words()
    )


# Lower-case initials ("p.", "j.w.", "a. b.") and the abbreviations that look like them.
LOWER_INITIALS = re.compile(rf"((?:[{LOWER}]\.[ \t]?){{1,4}})(?=[ \t]*[{LOWER}])")
ABBREVIATIONS = word_set(
    """
    o.a. z.s.m. m.b.t. i.v.m. t.a.v. t.n.v. d.w.z. a.u.b. m.a.w. e.d. e.a. i.p.v. n.a.v. m.u.v. t.z.t. v.w.b. o.b.v.
    i.o.m. p.p. p.s. i.c.m. a.s. t.o.v. z.o.z. v.a. m.i. m.n. d.m.v. i.e. e.g. p.m. a.m. i.s.m. c.q. vs. ca. bijv.
    """
)
# Kinship and roles that take a given name ("tante roos", "oom Kees", "juf anouk", "collega mark").
# Grandparents, aunts and uncles in the languages of families a Dutch chat mixes in, words that name nobody themselves
# ("mijn nonno Tindaro wordt 90", tuning_71; see world_first_names.FOREIGN_KIN, whose other words are names too).
FOREIGN_KIN_WORDS = (
    "nonna", "nonno", "abuela", "abuelo", "babcia", "dziadek", "bunica", "bunicu", "anneanne", "babaanne", "teyze",
    "amca", "khala", "mamie", "maman",
    # (aunts and uncles: English and West African English "aunty", Slovak and Czech "teta", Polish "ciocia", "wujek",
    # Italian, Spanish and Portuguese; a Brabant "ome", tuning_79/80)
    "aunty", "auntie", "uncle", "teta", "tety", "ciocia", "cioci", "wujek", "zia", "zio", "tía", "tío", "tia", "tio",
    "ome",
    # (the Caribbean's aunt and grandmother, as a Jamaican or Guyanese family's chat names them: "Tanty Merle:",
    # tuning_172)
    "tanty", "tantie", "granny", "mammy",
    # (a mother, father, uncle and brother in Kumyk, Fulfulde, Hausa and Chechen, as a Caucasian or West African
    # family's chat labels them: "Анам ❤️:", "baaba est à Maroua", "kawu Dikko", "Ramzan vasha"; tuning_173/_174)
    "анам", "anam", "baaba", "kawu", "vasha",
    # (Afrikaans grandparents, aunt, older sister and brother; isiZulu and isiXhosa brother, grandparent, uncle and
    # father; Setswana aunt, father and mother; the Ewe grandfather: "tannie Elsabé", "malume Themba", "rakgadi
    # Tebogo", "tɔgbui Tchalla", "ouma is van Pimville", tuning_176/_177; not "sisi", a family name too)
    "ouma", "oupa", "tannie", "ousie", "boeta", "bhuti", "mkhulu", "umkhulu", "makhulu", "malume", "umalume",
    "rakgadi", "ntate", "mma", "tata", "tɔgbui",
    # (Portuguese sister, brother, grandparents and godparents and Wolof's mother, as
    # Angolan, Mozambican and Senegalese families write them: "mana Kiesse", "irmão Teodoro", tuning_179/_180)
    "mana", "mano", "irmã", "irmão", "avó", "avô", "madrinha", "padrinho", "yaay",
    # (and in Chinese characters, as a Taiwanese family's LINE chat labels its turns: "媽:", "阿嬤"; tuning_175)
    "媽", "媽媽", "妈", "妈妈", "爸", "爸爸", "哥", "哥哥", "姊", "姐", "姊姊", "姐姐", "阿嬤", "阿公", "阿姨", "阿媽",
    # (a mother, father and grandparents as a Somali and a Turkish family's chat names them, as its contact's label:
    # "Hooyo 💛:", "Annem:", tuning_82; the Turkish "anne" alone is a Dutch given name and stays out)
    "hooyo", "aabo", "ayeeyo", "awoowe", "annem", "babam", "anneannem", "babaannem",
    # (English, Spanish and Portuguese parents, a Pakistani or Bangladeshi family's, and the Dutch "pap" and "mam", as a
    # phone saves them and a chat's turns are labelled: "Papi:", "Mami:", "Mum:", tuning_95/96; not "ammu", a given
    # name too)
    "mum", "mom", "dad", "mummy", "mommy", "daddy", "papi", "mami", "mamá", "papá", "mãe", "mamãe", "papai", "ammi",
    "abbu", "pap", "mam",
    # (Papiamentu's grandmother, grandfather, aunt, sibling and in-laws, as Curaçao's, Aruba's and Bonaire's families
    # write to each other: "wela Eudith ta warda bo", "saludo pa tanchi Elsmarie", tuning_112; Spanish in-laws too)
    "wela", "welo", "tanchi", "ruman", "suegra", "suegro", "kuñá", "kuñado", "kuñada",
    # (the Frisian grandparents and a Low Saxon grandmother: "zeg tegen beppe Wubbiena", "opoe Jantje", tuning_111)
    "beppe", "pake", "opoe",
    # (a Moluccan family's Malay: older sister, brother, aunt, cousin, father, mother, its pastor, "usi Elsye",
    # "sepupu Meity", "pendeta Matulessy"; a Hindustani family's Sarnami and Hindi: older brother, grandmother, aunts,
    # uncle, sister-in-law, brother-in-law, grandmother, "mausi Kanta", tuning_113/_114; not "didi" nor "nana", given
    # names too)
    "usi", "bung", "tanta", "sepupu", "bapa", "ibu", "pendeta",
    "bhaiya", "bhai", "nani", "mausi", "mamu", "chachi", "bua", "bhabhi", "jija", "aji",
    # (a Jewish family's Yiddish and Hebrew grandparents and its rabbi: "Bobbe 🥰:", "Savta 👵:", "goedenavond rebbe",
    # tuning_115; the Nordic parents and grandparents: "~ mamma:", "Amma ❤️:", "mormor Karin", tuning_116; not "saba",
    # an island and a given name, nor "ima", "aba", "afi")
    "bobbe", "bubbe", "bobe", "zeide", "zeyde", "zayde", "savta", "rebbe", "rabbijn", "rabbi",
    "mamma", "pappa", "amma", "mormor", "morfar", "farmor", "farfar", "bestemor", "bestefar", "mummo", "ukki",
    # (Korean and Japanese parents, grandparents and siblings as a contact's label: "엄마 :", "お母さん", tuning_118)
    "엄마", "아빠", "어머니", "아버지", "할머니", "할아버지", "언니", "오빠", "누나", "이모", "고모", "삼촌",
    "お母さん", "お父さん", "おばあちゃん", "おじいちゃん", "ママ", "パパ", "母", "父",
    # (Nepali, Punjabi, Urdu and Tibetan parents, grandparents, siblings and in-laws as a contact's label or before a
    # name: "Aama:", "Baba:", "bhauju namaste", "mola vierde altijd", tuning_120; not "didi", "ama", "pala", given
    # names or words too)
    "aama", "buwa", "baba", "bhauju", "bahini", "dai", "abba", "chacha", "chachu", "phuppo", "phuphi", "dadi", "dada",
    "daadi", "nanu", "beji", "biji", "bhaji", "bebe", "pitaji", "mataji", "amaji", "papaji", "bauji", "amala", "mola",
    # (an Afghan family's Dari and a Kurdish family's Kurmanji parents and elder brother, and a mosque's teacher:
    # "Madar:", "Dayê:", "lala Rahmat", "Ustad Hanif"; a Filipino family's aunts, uncles, grandparents, parents and
    # elders: "Tita Merly", "kuya Rodel", "Manang Lorna"; a Javanese family's elder sister, father, aunt and uncle and
    # its priest: "Mbak Retno", "Romo Beda", tuning_121/_122; not "ate", "mas", "pak", "bu", "kak", "mak": words or
    # names too)
    "madar", "padar", "lala", "dayê", "bavo", "ustad", "ustaz",
    # (an Albanian family's mother, father, grandparents, uncles, aunts, sister and brother, and a Bosnian, Serbian,
    # Croatian or Macedonian family's, in Latin and Cyrillic letters, as a contact's label or before a name: "nëna:",
    # "Тато:", "Мама:", "dajë Hekuran", "tetka Vesna", tuning_124; not "mama", "nana", "tata", "baka": given names,
    # Dutch words or brands too)
    "nëna", "nënë", "babi", "gjyshja", "gjyshi", "gjyshe", "dajë", "daja", "halla", "hallë", "tezja", "xhaxhi",
    "motra", "vëllai", "majka", "otac", "deda", "dedo", "djed", "tetka", "ujak", "dajdža", "amidža", "strina", "stric",
    "мама", "мајка", "тата", "тато", "баба", "деда", "дедо", "нана", "тетка", "ујак", "вујко",
    "tita", "tito", "kuya", "lola", "lolo", "nanay", "tatay", "inay", "itay", "manang", "manong", "ninang", "ninong",
    "mbak", "bapak", "bude", "pakde", "kakak", "romo",
    # (a Georgian and an Armenian family's grandparents, parents, aunts and uncles as they type them in Latin letters,
    # and as Georgian and Armenian letters read in Latin ones (``caucasus_names``): "bebo Tsiuri", "tatik Siranush",
    # tuning_128; not "nana", "dodo", given names too)
    "bebo", "babua", "deida", "bidza", "tatik", "papik", "mayrik", "hayrik",
    # (a Congolese and a Cameroonian family's French and Lingala uncle, aunt, older sibling, sibling and pastor, and the
    # religious brother and sister: "tonton Floribert", "yaya Christelle", "le pasteur Ngalamulume", "Frère Arsène";
    # a Bangladeshi family's older sister, uncle and aunt, grandfather and sister-in-law: "Shampa apu", "kaku",
    # tuning_131/_132; not "tata", "papy", "mamy": given names or Dutch words too, nor "apa", "kaka")
    "tonton", "tantine", "yaya", "ndeko", "pasteur", "frère", "sœur", "soeur",
    # (a Cuban, Dominican and Puerto Rican family's aunt, neighbour, cousin, godparents and the lady of the house: "titi
    # Nydia", "la vecina Sharda", "doña Chea", tuning_162; not "primo", "prima": Italian's "first")
    "titi", "vecina", "vecino", "padrino", "madrina", "comadre", "compadre", "doña",
    # (a Sierra Leonean, Liberian and Gambian family's sister and the woman back from Mecca, a Zimbabwean and Malawian
    # one's uncle, grandmothers and mother: "Sis Korto", "Hadja Oumou", "sekuru Runyararo", "gogo Esinati", tuning_164
    # and tuning_165; not "sisi", "tete", "hadji", "mai": family names or words too)
    "sis", "hadja", "sekuru", "gogo", "ambuya", "mbuya", "amayi", "amai",
    "apu", "baji", "kaku", "kaki", "dadu", "bhabi", "khalu",
    # (an Egyptian family's maternal aunt and uncle and grandfather in Latin letters: "Khalto Samia:", "gedo Abbas",
    # tuning_134; the words written with digits, "3amo", "o5ty", are no run of letters the word tests read)
    "khalto", "khalo", "gedo",
    # (an Ethiopian and an Eritrean family's Amharic, Tigrinya and Oromo mother, father, aunt, sister and brother, and
    # their words of respect and the priest's, in Latin letters: "emaye Wubit", "adey Letay", "ato Girma", "aadde
    # Chaltu", "qes Mulugeta", tuning_140; not "abo", Dutch's subscription, nor "aba", a given name)
    # (a Tongan, Samoan and Maori family's mother, father, grandmother, aunt and parents as a contact's label or before
    # a name: "Faʻē:", "kuia Mere", tuning_163; not "tama", "tina", "aiga", "kui", "koro": names or places too)
    "faʻē", "tamai", "kuia", "whaea", "tamā", "tinā", "māmā", "pāpā",
    *(ETHIOPIAN_KIN := (
        "emaye", "emama", "abaye", "adey", "aboy", "akist", "akisti", "agot", "ehite", "wendeme", "haftey", "hawey",
        "ato", "woizero", "weyzero", "weyzerit", "obbo", "aadde", "qes", "kes",
    )),
)  # fmt: skip
FOREIGN_KIN_SET = frozenset(FOREIGN_KIN_WORDS)
# (the kin words after which a word in lower case that no dictionary knows is taken for a name: Amharic's, Tigrinya's
# and Oromo's only; after the other languages' kin words such a word is as often the chat's own language's, "ibu
# sudah", "bhai apka", "salam": 40 of them in tuning_100 ... _132 when all were tried)
ETHIOPIAN_KIN_SET = frozenset(ETHIOPIAN_KIN)
# Everyday Amharic, Tigrinya and Oromo words as such chats type them after a kin word ("ehite selam", "abaye endet
# new?"): greetings, thanks, how and yes (written from common knowledge of the languages)
ETHIOPIAN_WORDS = frozenset(
    "selam salam selamat endet endemen endemin dehna dehnanesh dehnaneh amesegnalehu ameseginalehu egziabher yimesgen"
    " betam ishi awo aydelem negn nachu yekenyeley kemey kemay tsbuq hadde akkam galatoomi nagaa".split()
)
# A word of kin or respect in another language and a word in lower case right after it
# (``PersonNameRecognizer._lower_name_after_foreign_kin``)
FOREIGN_KIN_LOWER_NAME = re.compile(
    # (the name in a look-ahead: each word is tried as the kin word, "naar emaye wubit" as "emaye wubit" too)
    rf"(?<![\w'’-])(?P<kin>[{UPPER}{LOWER}]{{2,12}})(?=[ \t]+(?P<name>[{LOWER}]{{4,15}})(?![\w'’@.-]|\.\w))"
)
# Arabic's vocative before a capitalised name (``PersonNameRecognizer._arabic_vocative``), and the words for God and the
# Prophet it addresses as often ("ya Allah", "ya Rab", "ya Rasool Allah").
ARABIC_VOCATIVE = re.compile(rf"(?<![\w-])(?:ya|yaa|يا)[ \t]+(?P<name>[{UPPER}][{LOWER}]{{2,}})(?![\w'’-])")
_GOD_WORDS = frozenset("allah alla rab rabb rabbi rasool rasul rasulallah nabi habibi habibti".split())


def _word_not_name(lowered: str, others: frozenset[str]) -> bool:
    """A stop word, a common word, a word of kinship or one of ``others``: no name, though a cue that takes one stands
    beside it (``PersonNameRecognizer._honorific_after``, ``_arabic_vocative``)."""
    return lowered in STOP or lowered in common_words() or lowered in KIN_WORD_SET or lowered in others


# Words of respect and kinship that Urdu, Hindi, Punjabi and Bengali speakers say after a name (``_honorific_after``):
# not "ji", "di", "da", "sahib", "nani", "dada", "dadi", which follow titles, places and other languages' words too
# ("Pandit ji", "sampe di", "Gurdwara Sahib", "Opa Nani").
POST_HONORIFICS = frozenset(
    "bhai bhaiya bhaijaan baji apu bhabhi bhabi chacha chachu chachi kaku kaki mamu khala khalu phuppo didi".split()
)
HONORIFIC_AFTER = re.compile(
    rf"(?<![\w@.'’-])(?P<name>[{UPPER}{LOWER}][{LOWER}]+(?:-[{UPPER}{LOWER}][{LOWER}]+)?)[ \t]+"
    rf"(?i:{'|'.join(sorted(POST_HONORIFICS, key=len, reverse=True))})(?![\w'’-])"
)
KIN_WORDS = (
    "tante", "oom", "opa", "oma", "neef", "nicht", "buurman", "buurvrouw", "zus", "zusje", "broer", "broertje",
    "collega", "vriend", "vriendin", "juf", "meester", "zuster", "broeder", "dochter", "zoon", "kleinzoon",
    "kleindochter", "schoonzus", "zwager", "schoonmoeder", "schoonvader", "stiefvader", "stiefmoeder", "peetoom",
    "peettante", "peetvader", "peetmoeder", "man", "vrouw", "partner", "moeder", "vader", "echtgenoot", "echtgenote",
    # (the rest of the household and the family: "van mijn huisgenoot Lieuwe:", tuning_50)
    "huisgenoot", "huisgenote", "kamergenoot", "klasgenoot", "klasgenote", "neefje", "nichtje", "schoonzoon",
    "schoondochter", "stiefzoon", "stiefdochter", "pleegzoon", "pleegdochter", "pleegmoeder", "pleegvader",
    "buurjongen", "buurmeisje", "vriendje", "vriendinnetje",
    # (Flemish in-laws: "Mijn schoonbroer Staf rijdt daar elke dag langs", tuning_105)
    "schoonbroer", "schoonzuster",
    *FOREIGN_KIN_WORDS,
    "mama", "papa",
    # the roles of the people a club, a school, a practice or a firm's customers call by their first name
    # ("dirigent Wybren", "coach ronald", "onze trainer Kees", "de monteur, Dennis"): only a person holds one
    "dirigent", "trainer", "trainster", "coach", "docent", "docente", "leraar", "lerares", "mentor", "dokter",
    "huisarts", "tandarts", "verpleegkundige", "wijkverpleegkundige", "verloskundige", "kraamverzorgster",
    "fysiotherapeut", "fysio", "therapeut", "begeleider", "begeleidster", "monteur", "chauffeur", "bezorger",
    "kapper", "kapster", "wijkagent", "oppas", "gastouder", "dominee", "pastoor", "voorzitter", "secretaris",
    "penningmeester", "teamleider", "leidinggevende", "stagiair", "stagiaire", "instructeur", "instructrice",
    "consulent", "consulente", "adviseur", "conciërge", "scheidsrechter", "aanvoerder",
)  # fmt: skip
# The kin of KIN_WORDS by family, marriage or the street, whom no department or subject follows (as one may a role:
# "teamleider Wmo", "collega Marketing", "juf Engels").
FAMILY_WORDS = frozenset(KIN_WORDS[: KIN_WORDS.index("papa") + 1]) - {"collega", "juf", "meester", "zuster", "broeder"}
# A possessive's kin, a comma, then a capitalised word that ends its clause: that kin's name in apposition ("voor mijn
# man, Graad.", "Mijn vrouw, Tlaytmas, en de kleine", tuning_105), however rare the name; only kin by family,
# marriage or the street, and no word of the dictionary, listed place or name in capitals after it.
_APPOSITION_END = re.compile(r"[ \t]*(?:[,.;!?)]|\n|$)")


def _named_in_apposition(text: str, m: re.Match[str], name: str) -> bool:
    """Whether the capitalised ``name`` after a kin word and its comma (``m``, a ``KIN_NAMED`` match) is that kin's
    name in apposition (see above)."""
    from afscherm.detectors.place_names import lookup  # (place_names builds on this module)

    return (
        name[0].isupper()
        and not name.isupper()
        and text[m.start() : m.start("comma")].lower() in FAMILY_WORDS
        and POSSESSIVE_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None
        and _APPOSITION_END.match(text, m.end("name")) is not None
        and name.lower() not in common_words()
        and lookup(name) is None
    )


KIN_NAMED = re.compile(
    rf"\b(?={first_letters(KIN_WORDS)})(?i:{'|'.join(KIN_WORDS)})(?P<comma>[ \t]*,)?[ \t]+"
    rf"(?P<name>[{UPPER}{LOWER}][{LOWER}]+(?:-[{UPPER}{LOWER}][{LOWER}]+)?)(?![\w@'-])"
)
KIN_OPENINGS = WordStarts(KIN_WORDS)
# An English possessive and a word of kinship, then a name (``PersonNameRecognizer._english_kin_named``).
# Kin, a birthday or a house "of" someone in Spanish or Portuguese, the person capitalised after it ("la mamá de
# Yuberkis", "primo de Yesenia", "el cumple de Yuberkis", "a mãe do Cristiano"): see ``_romance_kin_of``.
ROMANCE_KIN_OF = re.compile(
    r"(?<![\w'])(?i:mam[áa]|mam[ãa]e|m[ãa]e|madre|pap[áa]|pai|padre|hij[oa]|filh[oa]|prim[oa]|t[íi][oa]|espos[oa]|"
    r"marido|mujer|herman[oa]|irm[ãa]o?|abuel[oa]|av[óô]|novi[oa]|namorad[oa]|cumple|cumpleaños|aniversário|"
    r"sobrin[oa]|cuñad[oa]|suegr[oa])[ \t]+(?:de|del|do|da)[ \t]+"
    rf"(?P<name>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)(?![\w@'-])"
    # (French too: "c'est la maman de Nathan", "le père d'Ilyès", tuning_91)
    r"|(?<![\w'])(?i:maman|papa|m[èe]re|p[èe]re|fils|fille|fr[èe]re|s[œo]e?ur|grand-m[èe]re|grand-p[èe]re|tante|"
    r"oncle|cousine?|mari|femme)[ \t]+(?:de[ \t]+|d['’])"
    rf"(?P<fr_name>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)(?![\w@'-])"
    # or a possessive before the kin word, the name after it ("mi hija Oriana", "mi sobrino Keiber", "minha filha")
    r"|(?<![\w'])(?i:mi|mis|su|sus|tu|nuestr[oa]|minha|meu|nossa|nosso)[ \t]+"
    r"(?i:hij[oa]s?|filh[oa]s?|sobrin[oa]|prim[oa]|herman[oa]|irm[ãa]o?|espos[oa]|marido|mujer|novi[oa]|"
    r"namorad[oa]|nieto|nieta|net[oa]|madre|padre|m[ãa]e|pai|abuel[oa]|av[óô]|t[íi][oa])[ \t]+"
    rf"(?P<owned>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)(?![\w@'-])"
)
ENGLISH_KIN_NAMED = re.compile(
    r"(?<![\w'])(?i:my|his|her|our|your)[ \t]+(?i:son|daughter|wife|husband|brother|sister|mother|father|mom|mum|"
    r"dad|grandmother|grandfather|grandma|grandpa|nephew|niece|cousin|boyfriend|girlfriend|partner)[ \t]+"
    rf"(?P<name>[{UPPER}{LOWER}][{LOWER}]+(?:-[{UPPER}{LOWER}][{LOWER}]+)?)(?![\w@'-])"
)


# A message header of a pasted Slack or Discord channel: the display name in bold, then the time (and the day) alone on
# the line (``PersonNameRecognizer._bold_headers``).
BOLD_HEADER = re.compile(
    rf"(?m)^\*\*(?P<name>[{UPPER}{LOWER}][{LOWER}'-]+"
    rf"(?:[ \t]+(?:(?i:{PARTICLE_RE})[ \t]+)*[{UPPER}{LOWER}][{LOWER}'-]+){{0,2}})\*\*[ \t]+(?:[—–-][ \t]+)?"
    r"(?:(?i:vandaag|gisteren|today|yesterday)(?:[ \t]+(?i:om|at))?[ \t]+)?\d{1,2}:\d{2}[ \t]*$"
)
# "the Hendrikse family", "the van der Meer family" (``PersonNameRecognizer._english_family``).
ENGLISH_FAMILY = re.compile(
    rf"(?<![\w'])(?i:the)[ \t]+(?P<name>(?:(?i:{PARTICLE_RE})[ \t]+)*[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)"
    r"[ \t]+(?i:family|fam)(?![\w'])"
)


# "op zn pas staat CAO JUN" (``PersonNameRecognizer._name_on_the_document``): a document someone holds, "staat", and two
# to four words in capitals (the second of three letters at least or the name is one of two).
NAME_ON_DOCUMENT = re.compile(
    r"(?i:(?:op|in)[ \t]+(?:zijn|haar|mijn|zn|z'n|m'n|mn|d'r|hun|de|het|die)[ \t]+"
    r"(?:pas|paspoort|id|id-kaart|idkaart|identiteitskaart|verblijfspas|verblijfsvergunning|rijbewijs|kaart)"
    r"[ \t]+staat)[ \t]+"
    rf"(?P<name>[{UPPER}]{{2,}}(?:[-'’][{UPPER}]+)?(?:[ \t]+[{UPPER}]{{2,}}(?:[-'’][{UPPER}]+)?){{1,3}})(?![\w'’-])"
)
# "van habte uit gieten" (``PersonNameRecognizer._whose_from_place``): one lower-case word between "van"/"bij" and
# "uit", then a word or two (the place, judged in the code).
WHOSE_FROM_PLACE = re.compile(
    rf"(?<![\w'’-])(?:van|bij)[ \t]+(?P<name>[{LOWER}][{LOWER}'’-]{{2,}})[ \t]+uit[ \t]+"
    rf"(?P<place>[{LOWER}{UPPER}][{LOWER}'’-]+(?:[ \t]+[{LOWER}{UPPER}][{LOWER}'’-]+)?)(?![\w'’-])"
)
# "her name Kemi Adekunle", "mums name is Iyabo" (``PersonNameRecognizer._english_name_of``).
# The holder of an account or a booking named after "in the name of" in Spanish, Portuguese, French or English ("a
# nombre de Javiera Maturana Huenchullán", "em nome de ...", "au nom de ...", "in the name of ..."): one to four
# capitalised words, a particle or "y"/"e" between them ("Peña y Abreu").
HOLDER_NAMED = re.compile(
    r"(?<![\w'])(?i:a[ \t]+nombre[ \t]+de|em[ \t]+nome[ \t]+de|au[ \t]+nom[ \t]+de|in[ \t]+the[ \t]+name[ \t]+of|"
    # (Indonesian "atas nama" and its "a.n.", German "auf den Namen", Italian "a nome di", Tagalog "sa pangalan ni":
    # "BRI 3421-01-028874-53-6 a.n. Suwarni", "auf den Namen Sodaba Nazari", tuning_121/122)
    r"atas[ \t]+nama|a\.[ \t]?n\.|auf[ \t]+den[ \t]+[Nn]amen(?:[ \t]+von)?|a[ \t]+nome[ \t]+di|"
    r"sa[ \t]+pangalan[ \t]+ni|"
    # (and the Dutch and English cues of a holder, the name capitalised: "tnv Seo Yuna", "acc. holder Oren Elbaz")
    r"(?P<dutch>t\.?n\.?v\.?|ten[ \t]+name[ \t]+van|op[ \t]+naam[ \t]+van|(?:account|acc\.?)[ \t]+holder))"
    rf"[ \t]*:?[ \t]+(?P<name>[{UPPER}][{LOWER}'’-]+(?:[ \t]+(?:(?:de|da|do|dos|das|del|y|e|van|de la)[ \t]+)?"
    rf"[{UPPER}][{LOWER}'’-]+){{0,3}})(?![\w'’-])"
)
# The language of a holder's cue whose frequent words are no name after it ("a.n. Kantor Pos", "auf den Namen der
# Firma"): wordfreq's words of Zipf 5.0 and more there (Indonesian kantor 5.4, toko 5.1; its names below: Budi 4.7,
# Santoso 4.0, Dewi 4.7); German at the Dutch threshold.
_CUE_LANGUAGES = (("atas", "id", 5.0), ("a.", "id", 5.0), ("auf", "de", 3.0), ("a nome", "it", 3.0))


def _cue_language_word(cue: str, word: str) -> bool:
    """Whether ``word`` is a frequent word of the language of the holder's cue ``cue`` opens with."""
    from afscherm.detectors.name_slots import frequent_words  # (it reads this module's lists)

    lowered = cue.lower()
    return any(
        lowered.startswith(head) and word.lower() in frequent_words(language, zipf)
        for head, language, zipf in _CUE_LANGUAGES
    )


ENGLISH_NAME_OF = re.compile(
    r"(?<![\w'])(?i:his|her|their|(?:mum|mom|mother|dad|father)(?:['’]?s)?)[ \t]+(?i:name)(?:[ \t]+(?i:is))?[ \t]*:?"
    rf"[ \t]+(?P<name>[{UPPER}][{LOWER}'’-]+(?:[ \t]+[{UPPER}][{LOWER}'’-]+){{0,2}})(?![\w'’-])"
    # (or a bare "name" after a bracket, a comma or an account number, a name of two or three words following: "SK13
    # 2610 ... name Kučera Miroslav, its slovak bank", "(name Rūta Jankauskienė, ...": tuning_62/63)
    rf"|(?:(?<=\()|(?<=,[ \t])|(?<=\d[ \t]))(?i:name)[ \t]*:?[ \t]+"
    rf"(?P<named>[{UPPER}][{LOWER}'’-]+(?:[ \t]+[{UPPER}][{LOWER}'’-]+){{1,2}})(?![\w'’-])"
)


# Months that are given names too, capitalised in a name's field ("'Mei Ling'" under voornaam, tuning_43; April).
MONTHS_AS_NAMES = frozenset({"mei", "april"})


def _month_as_name(word: str) -> bool:
    """Whether ``word`` is a month written as a given name (see ``MONTHS_AS_NAMES``)."""
    return word[:1].isupper() and word.lower() in MONTHS_AS_NAMES


_IS_KIN = re.compile(r"[ \t]+is[ \t]+(?:(?:mijn|m'n|mn|zijn|z'n|haar|d'r|onze|ons|jullie|je|de|het)[ \t]+)?(\w+)")


def _is_kin_after(text: str, end: int) -> bool:
    """Whether "is" and a word of kinship or a person's role (``KIN_WORD_SET``) follow ``end``."""
    m = _IS_KIN.match(text, end)
    return m is not None and m.group(1).lower() in KIN_WORD_SET


# A letter's line wrapped inside a person's name after a form of address: the surname opens the next line
# ("met mijn vrouw, mevrouw Berivan\nMizuri. Het oude nummer ...", tuning_44).
_TITLE_ON_LINE = re.compile(r"(?i)(?<![\w])(?:mevrouw|meneer|mijnheer|de heer|mevr\.?|mw\.?|dhr\.?)[ \t]+[^\n]{0,40}$")
_WRAPPED_SURNAME = re.compile(
    rf"\n[ \t]*(?P<name>[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]+)?)(?=[.,;]|[ \t]+[{LOWER}])"
)


def _wrapped_surnames(text: str, found: list[Finding]) -> list[tuple[int, int]]:
    """The surname opening the line after a name found right after a form of address and ending its line (see
    ``_WRAPPED_SURNAME``): a listed surname or a word no list and no dictionary knows."""
    from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

    out: list[tuple[int, int]] = []
    for f in found:
        if text[f.end : f.end + 1] != "\n":
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        if _TITLE_ON_LINE.search(text, line_start, f.start + 1) is None:
            continue
        m = _WRAPPED_SURNAME.match(text, f.end)
        if m is None:
            continue
        name = m.group("name")
        listed = is_family_name(name.lower()) and name.lower() not in common_words()
        # (a word no list knows only closed by a sign: "Behandelend advocaat:" opens a label's line)
        if listed or not word_like(name.lower()) and text[m.end("name") : m.end("name") + 1] in ".,;":
            out.append(m.span("name"))
    return out


def _two_words(word: str, least: int = 4) -> bool:
    """Whether ``word`` is two words of ``least`` letters or more run together (``creditcheck``, ``klantportaal``)."""
    from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

    return any(word_like(word[:i]) and word_like(word[i:]) for i in range(least, len(word) - least + 1))


NUMBERED_PAIR = re.compile(
    rf"(?<![\w@'-])(?P<a>[{LOWER}]{{4,}})[ \t]+\([ \t]*\d{{3,8}}[ \t]*\)[ \t]*(?:,|en)[ \t]+"
    rf"(?P<b>[{LOWER}]{{4,}})[ \t]+\([ \t]*\d{{3,8}}[ \t]*\)"
)
# A clause's opening (a line's, after a sentence's sign, after "en", "maar", "want", "dat") and the verbs only a
# person does right after its subject (``PersonNameRecognizer._unknown_said``).
CLAUSE_START = re.compile(r"(?m)(?:^|[.!?,;:][ \t]+|(?<![\w@'-])(?:en|maar|want|dat|toen|omdat)[ \t]+)(?=[a-z])")
_SPEECH_VERBS = r"zei|zegt|vroeg|vraagt|belde|appte|mailde|schreef|antwoordde|beloofde"
SPEECH_VERB_HINT = re.compile(rf"(?<![\w-])(?:{_SPEECH_VERBS})(?![\w-])")
SPEECH_VERB_AFTER = re.compile(rf"[ \t]+(?:{_SPEECH_VERBS})(?![\w-])")
NAMED_CUE = re.compile(
    # (or who a person is called by: "wij noemen hem kytsia", "noem me miek", tuning_42)
    r"(?<![\w@'-])(?:naam|heet|heette|genaamd"
    r"|noem(?:en|t|de|den)?[ \t]+(?:(?:we|wij|ze|zij|jullie)[ \t]+)?(?:hem|haar|me|mij))"
    rf"[ \t]*:?[ \t]+(?=[{LOWER}])"
)
KIN_VAN = re.compile(
    r"(?<![\w@'-])(?i:moeder|vader|mama|papa|mam|pap|ouders?|oma|opa|tante|oom|zus|zusje|broer|broertje|zoon|dochter)"
    r"[ \t]+van[ \t]+"
)
KIN_WORD_SET = frozenset(KIN_WORDS)
# An abbreviated particle ("v/d", "v.d.", "vd") and a capitalised surname after it (led by the "v": the regex engine
# skips ahead to it).
ABBREVIATED_PARTICLE_NAME = re.compile(
    rf"(?<![\w/.])[vV](?:/[dD]\.?|\.[dD]\.?|[dD])[ \t]+(?P<core>[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]+)?)"
    r"(?![\w@'-])"
)
_VAN_DE = ("van de", "van der", "van den")
# A birth name after "geb." or "geboren" (led by the "g"/"n": the regex engine skips ahead to those letters).
BIRTH_NAME = re.compile(
    r"(?:geb\.|geboren|née)[ \t]+"
    rf"(?P<name>(?:(?i:van|de|der|den|ter|ten)[ \t]+){{0,2}}(?P<core>[{UPPER}][{LOWER}]{{2,}})"
    rf"(?:-[{UPPER}][{LOWER}]+)?)(?![\w@'-])"
)
# The spouse's surname printed after the holder's own, as Dutch ID documents and registers write a married name:
# "VAN DEN OUDEN e/v VROEGINDEWEIJ" (echtgenote van), "Jansen echtgenote van De Wit", "mevr. Bakker wed. Pronk"
# (tuning_93/94's ID card OCR). Only a surname follows these cues; "wed." in lower case only ("Wed." is a weekday).
SPOUSE_NAME = re.compile(
    r"(?<![\w/.])(?:(?i:e/v|echtgeno(?:te|ot)[ \t]+van|weduwe[ \t]+van|weduwnaar[ \t]+van)|wed\.)[ \t]+"
    rf"(?P<name>(?:(?i:van|de|der|den|het|ter|ten|in|'t)[ \t]+){{0,3}}(?P<core>[{UPPER}][{UPPER}{LOWER}'’]+)"
    rf"(?:-[{UPPER}][{UPPER}{LOWER}'’]+)?)(?![\w@'’-])"
)
# A teacher is named by the surname whatever it is: "meester Hoogland" is no practice in Hoogland (``_role_surname``).
TEACHER_ROLES = ("meester", "juf", "juffrouw", "mentor", "docent")
# The practices a patient or client names by the surname on the door ("bij tandarts Wieme", tuning_109; "orthodontist
# Claeys", "advocaat Bogaert"): that surname need not be listed (see ``_unlisted_practice_surname``).
PRACTICE_ROLES = (
    "tandarts", "orthodontist", "mondhygiënist", "kaakchirurg", "fysiotherapeut", "logopedist", "podotherapeut",
    "diëtist", "psycholoog", "oogarts", "kinderarts", "dierenarts", "apotheker", "advocaat", "deurwaarder",
)  # fmt: skip
# Roles a person is named by with their surname ("klant Brouwers", "buurvrouw Jansen", "huurder Smit").
SURNAME_ROLES = (
    "klant", "cliënt", "client", "patiënt", "patient", "huurder", "verhuurder", "buurman", "buurvrouw", "collega",
    "bewoner", "leerling", "melder", "aanvrager", "beller", "eigenaar",
    # a church's, a notary's, a neighbourhood's or a practice's person by surname ("dominee Kuiper", "wijkagent
    # Verbeek", "notaris Hoekstra"; the place of a practice is no family name: "huisarts Doorn" is judged below)
    "dominee", "pastor", "pater", "kapelaan", "imam", "rabbijn", "notaris", "wijkagent", "huisarts", "verloskundige",
    *PRACTICE_ROLES,
    # a school's teacher by surname ("meester Hoogland", "juf Dijkstra"; by given name they are kinship's: "juf anouk")
    *TEACHER_ROLES,
)  # fmt: skip
ROLE_SURNAME = re.compile(
    rf"\b(?={first_letters(SURNAME_ROLES)})(?i:{'|'.join(SURNAME_ROLES)})[ \t]+"
    rf"(?P<name>(?:(?i:van|de|der|den|ter|ten)[ \t]+){{0,2}}(?P<core>[{UPPER}][{LOWER}]{{2,}}))"
    r"(?![\w@'-])"
)
ROLE_OPENINGS = WordStarts(SURNAME_ROLES)
SURNAME_ROLE_SET = frozenset(SURNAME_ROLES)
POSSESSIVE_BEFORE = re.compile(r"(?i)(?<![\w'])(?:mijn|m'n|mn|zijn|z'n|haar|onze|ons|jouw|je|uw)[ \t]+$")
# A self-introduction by surname: "mijn naam is pietersen", "ik heet van dijk", "achternaam is de graaf".
# "(?<![\w.])" before the first initial, written after its letter (the same matches; a pattern that opens with a
# character class lets the regex engine skip ahead by it).
INITIALS_SURNAME = re.compile(
    rf"([{UPPER}](?<![\w.].) ?\.[ \t]?(?:[{UPPER}] ?\.[ \t]?){{0,3}}(?:[{UPPER}]\b\.?)?)[ \t]*({SURNAME})"
)
# An e-mail address whose local part may be a name: "(?<![\w.+-])" written after the first letter, as above.
EMAIL_NAME = re.compile(r"([a-zA-Z](?<![\w.+-].)[a-zA-Z]*)[._-]([a-zA-Z]+(?:[._-][a-zA-Z]+)?)@[\w-]+\.[\w.]+")
SAID_INITIAL = re.compile(rf"[{LOWER}]\.?[ \t]+(?=[{LOWER}])")
INTRODUCTION = re.compile(
    r"(?:(?:mijn|m'n|mn)[ \t]+(?:achter)?naam[ \t]+is|ik[ \t]+heet|achternaam(?:[ \t]+is)?"
    # someone else's name said so ("de bovenburen heten de wit", "de buurman heet van dam", "de verkoper heette Van
    # Mossel"; not "hoe heet ...", "welkom heten", nor "het water is heet": see NOT_NAMING_BEFORE)
    r"|he(?:et|ten|ette|etten)"
    # the name on a door or a parcel ("bel aan bij el amrani", "aanbellen bij de haan", "4-1 heeft het aangenomen.
    # naam el amrani"): a listed surname (one that is a word only with its particle: not "bel aan bij de buren"); not
    # the name of something ("de naam van de winkel")
    r"|(?:bel|belt|bellen)[ \t]+(?:(?:maar|even|wel)[ \t]+)?aan[ \t]+bij|aanbellen[ \t]+bij"
    # ("naam op bel is ouchen"; a chat in English without its verb, "my name vaidas petrauskas", tuning_55/56)
    r"|naam[ \t]+op[ \t]+(?:de[ \t]+)?(?:deur)?bel(?:[ \t]+is)?|(?i:my)[ \t]+name(?:[ \t]+is)?"
    r"|naam(?![ \t]+(?:van|op)\b))[ \t]+"
)
# Words before "heet"/"heten" that make it no statement of a name: a question ("hoe heette die ook alweer"), a
# welcome ("welkom heten"), "heet" as "hot" after a copula or a degree word ("de soep is heet", "te heet").
NOT_NAMING_BEFORE = re.compile(r"(?i)(?<![\w])(?:hoe|wat|welkom|is|was|zijn|waren|te|zo|erg|heel|niet|best)[ \t]+$")
# A capitalised surname with its particles where a surname is said: "Brouwer", "van der Linden".
CAPITAL_SURNAME_AT = re.compile(rf"((?:(?i:{PARTICLE_RE})[ \t]+)*{CAP_WORD})(?![\w'-])")


@lru_cache(maxsize=1)
def subject_first_names() -> frozenset[str]:
    """The lower-case words :func:`is_first_name` takes as they are written (no label, no word-like name) of at
    least three letters: the names ``PERSON_SUBJECT`` and ``PERSON_OBJECT`` can report."""
    return frozenset(n for n in first_names() if len(n) >= 3 and n not in STOP and n not in WORDLIKE_FIRST)


OBJECT_LEADS = word_set("tegen aan met")


def _word_before_blanks(text: str, start: int) -> str:
    """The run of letters before the blanks before ``start`` (``""`` if no blank stands there)."""
    end = start
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    return "" if end == start else text[run_start(text, end, str.isalpha) : end]


PERSON_OBJECT = re.compile(rf"\b(?:tegen|aan|met)[ \t]+(?P<name>[{LOWER}]{{3,}})(?![\w@'-])")
PERSON_VERB_AFTER = re.compile(rf"[ \t]+(?:{PERSON_VERBS})\b")


# Particles only a surname has (``van der linden``, ``ter horst``, ``vd berg``): no common phrase reads ``van der``
# or ``ter`` before a noun that a listed surname also is. "vd" and "v/d" stand for any of "van de(n/r)".
NAME_ONLY_PARTICLES = ("van der", "van den", "vander", "vd", "v.d.", "v/d", "ter", "ten", "van 't")
PARTICLE_SPELLED_OUT = {"vd": ("van de", "van den", "van der"), "v.d.": ("van de", "van den", "van der"),
                        "v/d": ("van de", "van den", "van der"), "vander": ("van der",)}  # fmt: skip
SURNAME_PARTICLE_WORDS = frozenset({"van", "de", "der", "den", "ter", "ten", "vd", "vander"})
LOWER_PARTICLE_NAME = re.compile(
    rf"(?P<particle>van[ \t]+der|van[ \t]+den|van[ \t]+de|van[ \t]+'t|vander|vd|v\.d\.|v/d|ter|ten|van|de)[ \t]+"
    rf"(?!(?:van|de|der|den|ter|ten|het)[ \t])(?P<word>[{LOWER}][{LOWER}'-]{{2,}})(?![\w@'-])"
)
# Words after which a chat names a person, not a thing: prepositions a person takes (``bij de vries``, ``tegen van
# beek``), a conjunction (``en van dijk``), ``dat`` (``zeg dat van beek ...``) and verbs of contacting.
PERSON_TAKING = word_set("bij met aan naar tegen voor van door en of dat vraag vragen bel bellen app appen mail mailen")
_WORD_BEFORE = re.compile(r"([\w/.]+)[ \t]+$")
# What follows a person's surname where a noun phrase would go on (``bij de vries (buurvrouw)``, ``de vries en ...``).
_SURNAME_PHRASE_END = re.compile(rf"[ \t]*(?:[,.!?;:()\n]|$|(?:en|of)\b)|[ \t]+(?:{PERSON_VERBS})\b")


@lru_cache(maxsize=1)
def particle_surname_heads() -> frozenset[str]:
    """The lower-case letters up to the first ``'`` or ``-`` of each listed surname's last word after a particle
    (``linden`` of ``van der linden``, ``dijk`` of ``van dijk-smit``): the word LOWER_PARTICLE_NAME reports opens with
    one, a whole run of lower-case letters (name_only_particle_surname and cued_particle_surname look the particle
    and the word up in these lists), or a single letter before a ``'`` or ``-`` (``d'ancona``)."""
    heads = set()
    for name in family_names() | frequent_family_names():
        parts = name.split()
        if len(parts) > 1:
            heads.add(re.split("['-]", parts[-1])[0])
    return frozenset(heads)


def name_only_particle_surname(particle: str, word: str) -> bool:
    """``particle word`` is a listed surname behind a particle only names have (``van der linden``, ``ter horst``,
    ``vd berg``); a surname that is also a common word only when it is a frequent one (``van der wal``)."""
    if particle not in NAME_ONLY_PARTICLES:
        return False
    names = [f"{p} {word}" for p in PARTICLE_SPELLED_OUT.get(particle, (particle,))]
    if word in common_words():
        return any(n in frequent_family_names() for n in names)
    return any(n in family_names() for n in names)


def cued_particle_surname(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` (``van beek``, ``de vries``, ``van dijk``) is one of the most frequent surnames, written
    in a line of chat after a word that takes a person. Its core must be no common word (``naar de man``, ``van
    huis``) unless the word before is ``van`` (``de oppas van van dijk``: no phrase reads ``van van``); after ``de``
    the name must end its phrase (``bij de vries (buurvrouw)``, not ``naar de kok gaan``)."""
    value = " ".join(text[start:end].split())
    if value not in frequent_family_names():
        return False
    line_start = line_bounds(text, start)[0]
    if not line_in_lower_case(text, start):
        return False
    before = _WORD_BEFORE.search(text, max(line_start, start - 20), start)
    if before is None or before.group(1).lower() not in PERSON_TAKING:
        return False
    particle, core = value.rsplit(" ", 1)
    if core in common_words() and not (before.group(1).lower() == "van" and particle.startswith("van")):
        return False
    return particle != "de" or _SURNAME_PHRASE_END.match(text, end) is not None


# A lower-case word after a preposition that takes a person (the word checked by cued_lone_surname); not "tegen",
# "voor" or "door", which take a bare noun too ("spray tegen schimmel").
# (each preposition led by its letter, the look-behind over the character before it after that letter: the same
# matches as ``(?<![\w@'-])(?:bij|met|aan|naar|van)``, but the regex engine skips ahead to the five letters)
LOWER_LONE_WORD = re.compile(
    r"(?:b(?<![\w@'-].)ij|m(?<![\w@'-].)et|a(?<![\w@'-].)an|n(?<![\w@'-].)aar|v(?<![\w@'-].)an)"
    rf"[ \t]+([{LOWER}][{LOWER}]{{2,}})(?![\w@'-])"
)
LONE_SURNAME_LEADS = word_set("bij met aan naar van")  # (LOWER_LONE_WORD's prepositions)
# What may follow a surname that ends its phrase: punctuation, a line end, a verb a person does, an adverb.
_LONE_SURNAME_END = re.compile(rf"[ \t]*(?:[,.!?;:()\n]|$)|[ \t]+(?:{PERSON_VERBS}|nog|al|ook|zelf|even|en|of)\b")


def cued_lone_surname(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` (``vos``, ``jansen``), one of the most frequent surnames and no common word, stands
    bare after a preposition that takes a person in a line of chat and ends its phrase (``samen met vos.``,
    ``de offerte van jansen nog?``): Dutch puts an article before a noun there (``met de bus``)."""
    word = text[start:end]
    if word in common_words() or word in STOP or word in person_verb_words() or word in places():
        return False
    if _LONE_SURNAME_END.match(text, end) is None:
        return False
    return line_in_lower_case(text, start)


# A name part said after its label mid-turn, capitalised, ending its phrase: "Voornaam Mariska.", "achternaam is
# Timmer".
SPOKEN_NAME_LABEL = re.compile(
    # (a call name in lower case too, as a transcript writes it: "roepnaam riek")
    rf"(?<![\w])(?P<label>[Vv]oornaam|[Aa]chternaam|[Rr]oepnaam)[ \t]+(?:is[ \t]+)?"
    rf"(?P<value>[{UPPER}][{LOWER}]{{2,}}|(?<=oepnaam )(?<=[Rr]oepnaam )[{LOWER}]{{3,}})"
    r"(?=[ \t]*(?:[,.!?;\n]|$))"
)
# A quoted value of two to four words (a name's letters, particles, a comma), and the address that follows a
# display name.
QUOTED_VALUE = re.compile(
    rf"""(["'])([{UPPER}{LOWER}][{UPPER}{LOWER}'-]*(?:,?[ \t][{UPPER}{LOWER}][{UPPER}{LOWER}'-]*){{1,4}})\1"""
)
DISPLAY_ADDRESS_AFTER = re.compile(r"[ \t]*<[^<>\s@]+@")
# A message that opens with an interjection and a name closed by punctuation: "ok daan,", "thx roos!", "sorry kim,".
# Whose party it is: "het feest van roos", "de verjaardag van Daan." (see PersonNameRecognizer._party_of).
PARTY_WORDS = (
    "feest", "verjaardag", "bruiloft", "trouwerij", "afscheid", "begrafenis", "uitvaart", "babyshower",
    "housewarming", "jubileum", "kinderfeest", "verjaardagsfeest", "afstudeerfeest", "party",
)  # fmt: skip
PARTY_OF = re.compile(
    rf"(?i:{'|'.join(PARTY_WORDS)})(?:je|tje)?[ \t]+van[ \t]+"
    rf"(?P<name>[{UPPER}{LOWER}][{LOWER}]{{2,}})(?=[ \t]*(?:[,.!?;)]|\n|$))"
)


@lru_cache(maxsize=1)
def vocative_names() -> frozenset[str]:
    """The names :meth:`PersonNameRecognizer._vocative` can report (lower case)."""
    return first_names() - STOP - WORDLIKE_FIRST


# A clause of a name alone (PersonNameRecognizer._lower_name_alone): what may stand before it on its line (a message's
# start, a speaker's label, a sentence's end, "en"/"of"/"met") and the "?" or "!" that closes it.
_NAME_ALONE_BEFORE = re.compile(r"(?m)(?:^|[:.!?][ \t]*|\][ \t]*)[ \t]*(?:(?:en|of|en met|of met|met)[ \t]+)?\Z")
_NAME_ALONE_AFTER = re.compile(r"[ \t]*[?!]+(?=[ \t\n]|$)")
# Personal pronouns a person is joined to by "en" ("ik en Wil", "sanne en ik"): PersonNameRecognizer._beside_a_pronoun.
PRONOUNS_BESIDE = word_set("ik jij mij wij")
_WORD_BEFORE_EN = re.compile(rf"(?<![\w@./'-])([{UPPER}{LOWER}][{LOWER}]+)$")
_WORD_AFTER_EN = re.compile(rf"([{UPPER}{LOWER}][{LOWER}]+)(?![\w@/'-])")
# What makes a lower-case word before a pronoun a thing: "de roos en ik", "mijn fiets en ik".
_THING_BEFORE = re.compile(
    r"(?i)(?<![\w'])(?:de|het|een|die|deze|dat|dit|mijn|m'n|mn|je|jouw|zijn|z'n|haar|onze|ons)[ \t]+$"
)


def _named_beside_pronoun(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, joined to a pronoun by "en", is a listed first name that names a person there: no
    function word, verb or month; a word-like one (``wil``, ``roos``) capitalised, or not after an article."""
    name = text[start:end]
    lowered = name.lower()
    if lowered in STOP or lowered in MONTHS_AND_DAYS or lowered in PRONOUNS_BESIDE or _is_dutch_place(name):
        return False
    if name[0].isupper():
        # (capitalised mid-sentence, a word-like first name is the name: "Ik en Wil komen", "Ben en ik")
        return is_first_name(name) or lowered in WORDLIKE_FIRST
    if not is_first_name(name, lowercase_ok=True) or lowered in WORDLIKE_FIRST:
        return False
    if lowered in person_verb_words() or lowered in CHAT_WORDS:
        return False
    return _THING_BEFORE.search(text, max(0, start - 12), start) is None


# A bracketed possessive and a word of kinship or a role after a name: "ben (je broer)", "Fenna (mijn oudste zus)".
BRACKETED_KIN = re.compile(
    r" \((?:mijn|m'n|mn|je|jouw|zijn|z'n|haar|d'r|onze|ons|hun|uw)[ \t]+(?:[a-zé]+[ \t]+)?"
    rf"(?i:{'|'.join(KIN_WORDS)})\)"
)


# A chat turn's label at a line start: a time stamp perhaps, bold or "@" perhaps, a handle of letters, digits, dots,
# underscores and hyphens, a colon, then what is said.
# A clock's time in what opens a chat's turn before its label ("[18:04] ", "14:02 - ").
_CLOCK_IN = re.compile(r"\d[:.]\d\d")


def _clocked_member(label: str) -> bool:
    """A channel member's user name, where only the clocks opening the turns tell a chat (``Almamy_K``, ``kabi_c``): a
    name of parts joined by ``_`` or ``.`` (:func:`_unlisted_handle`), no bot's, role's (``el_tesorero``), shop's or
    club's (``fietsbank_exloo``) nor a log's channel (``payment.INFO``)."""
    from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

    parts = [p for p in HANDLE_SPLIT.split(label) if p]
    return (
        len(parts) >= 2
        and not label.lower().endswith("bot")
        and parts[0].lower() not in HANDLE_ARTICLES
        and not any(is_orgish(p) or (p.isupper() and len(p) > 2) for p in parts)
        # (nor one holding a word or a place of three letters or more: "mahlets_habesha_boutique", "fietsbank_exloo")
        and not any(len(p) > 2 and (word_like(p.lower()) or _is_listed_place(p)) for p in parts)
        and _unlisted_handle(label)
    )


def _is_listed_place(word: str) -> bool:
    from afscherm.detectors.place_names import lookup  # (place_names reads this module's lists)

    return lookup(word) is not None


CHAT_LABEL = re.compile(
    rf"[ \t]*(?:{_STAMP})?(?P<mark>\*\*|__|@)?(?P<label>[{UPPER}{LOWER}0-9][{UPPER}{LOWER}0-9._-]{{1,30}}?)(?:\*\*|__)?"
    # (or its stamp in brackets after it, as a marketplace's or a forum's messages print it: "Rixt_b (16 mrt 20:41):";
    # or its clock bare, as Instagram's copied messages: "jerson.bitoon_ 23:41:", tuning_122; or after a middle dot with
    # its day, as another copy of them: "@halimat.lwl · 14 mrt 2026 22:09:", tuning_123)
    r"(?:(?P<stamp_after>[ \t]+\([^()\n]{0,24}\d{1,2}[:.]\d\d\)|[ \t]+\d{1,2}[:.]\d\d(?:[ \t]?[AaPp][Mm])?"
    r"|[ \t]+·[ \t]+[^:·\n]{0,20}\d{1,2}[:.]\d\d(?:[ \t]?[AaPp][Mm])?"
    # (or its day and clock bare: "farzana_akter01 20 mrt 2026 16:02: hii", tuning_131)
    rf"|[ \t]+\d{{1,2}}[ \t]+{_STAMP_MONTH},?[ \t]+\d{{1,2}}[:.]\d\d)?[ \t]*:"
    # (or its clock between middle dots, the message after the second, as another copy of direct messages prints
    # them: "dilvin.brw · 21:03 · hoiii", tuning_129)
    r"|(?P<stamp_dot>[ \t]+·[ \t]+\d{1,2}[:.]\d\d(?:[ \t]?[AaPp][Mm])?[ \t]+·))[ \t]+"
)


def _stamped_after(turn: re.Match[str]) -> bool:
    """Whether a ``CHAT_LABEL`` turn carries its stamp after its label."""
    return turn.group("stamp_after") is not None or turn.group("stamp_dot") is not None


_SAYS_A_SENTENCE = re.compile(r"[^\n]*\S[ \t]+\S")  # (what a turn says: a blank between words)
_HANDLE_PARTS = re.compile(rf"[{LOWER}]+|[{UPPER}][{LOWER}]*")
_LOWER_PARTS = re.compile(rf"[{LOWER}]+")  # (a handle's capitals as decoration too: "xXdenizXx")


def _holds_first_name(label: str) -> bool:
    """A part of the label (split at dots, underscores, hyphens, digits and capitals) is a listed first name."""
    return any(is_first_name(part, lowercase_ok=True) for part in _HANDLE_PARTS.findall(label) if len(part) >= 3)


def _member_handle(label: str) -> bool:
    """``label`` can be a chat member's name: not in capitals, three letters or more, no word, role or place. A
    single word no list knows as a word (``jiandro``), nor a word of a trade or a desk (``bloemist``, ``planning``,
    ``receptie``: ROLE_ENDINGS); a handle of parts (``mo_elamrani``, ``n.bakker``, ``xXdenizXx``) holds a listed
    name, as a part or glued (``lottevdberg``): a key of machine output (``error_code``) or a gamer's word
    (``xXShadowXx``) holds none."""
    letters = sum(c.isalpha() for c in label)
    if letters < 3 or label.isupper() or label.lower() in STOP or _role_word(label):
        return False
    lowered = label.lower()
    if label.isalpha() and (label.islower() or label[1:].islower()):
        # (nor a word for kin alone, the label a phone gives a parent: "Baba:", "Madar:", tuning_121)
        if lowered in common_words() or lowered in ORG_HINTS or lowered.endswith(ROLE_ENDINGS):
            return False
        if lowered in KIN_WORD_SET:
            return False
        return not _is_dutch_place(label)
    parts = {p.lower() for p in _HANDLE_PARTS.findall(label)} | set(_LOWER_PARTS.findall(label))
    return any(_handle_part_names(p) for p in parts if len(p) >= 3)


def _unlisted_handle(label: str) -> bool:
    """``label`` is a user name of parts no list holds (``rukky.eze``, ``halimat.lwl``): not in capitals, three
    letters or more, and no part a common word (``error_code``, ``order.status``)."""
    parts = {p.lower() for p in _HANDLE_PARTS.findall(label)} | set(_LOWER_PARTS.findall(label))
    if sum(c.isalpha() for c in label) < 3 or label.isupper() or _role_word(label):
        return False
    return not any(p in common_words() or p in STOP or p in ORG_HINTS for p in parts if len(p) >= 3)


# The endings of words for a trade or a desk that speaks in a chat with a customer (bloemist, planning, receptie,
# monteur, tandarts, secretariaat, klantendienst): no name.
ROLE_ENDINGS = ("ist", "ing", "tie", "eur", "arts", "aat", "dienst", "service", "balie")
_GLUED_SURNAME = re.compile(r"(?:vd|van|de|der|den|ter|ten|el|al|ben|bin)?([a-zß-öø-ÿ]{3,})")


def _handle_part_names(part: str) -> bool:
    """A handle's part (lower case) is a listed first or family name no common word (or a frequent surname), or one
    glued from a first name
    and a surname (``lottevdberg``), or a surname glued to its particle (``elamrani``, ``vdberg``)."""
    if part in STOP:
        return False
    if (part in first_names() or part in family_names()) and part not in common_words():
        return True
    if part in frequent_family_names():
        return True  # ("n.bakker": a frequent surname, a word too)
    glued = _GLUED_SURNAME.fullmatch(part)
    if glued is not None and glued.group(1) != part and glued.group(1) in family_names():
        return True
    return any(
        part[:k] in first_names() and part[:k] not in common_words() and _glued_surname(part[k:])
        for k in range(3, len(part) - 2)
    )


def _glued_surname(rest: str) -> bool:
    """The surname after a glued first name: listed, with its particle glued on or not (``vdberg``, ``bakker``)."""
    glued = _GLUED_SURNAME.fullmatch(rest)
    return glued is not None and glued.group(1) in family_names()


# The interjections VOCATIVE opens with (a set, for its gate).
# A sender's name in an exported LINE chat, between the clock and the message, set apart by tabs ("10:05\tChihiro
# Ishikawa\t...", "20:14\tNok 🌷\t..."), an emoji the contact carries left out; and in an exported KakaoTalk chat, in
# brackets before the bracketed clock ("[윤하은] [오전 10:12] ..."): see ``_exported_chat_senders``.
LINE_SENDER = re.compile(
    r"(?m)^\d{1,2}:\d{2}\t(?P<name>[^\t\n]{1,40}?)"
    r"[ \t]*[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D\U0001F1E6-\U0001F1FF]*[ \t]*\t"
)
KAKAO_SENDER = re.compile(
    r"(?m)^\[(?P<name>[^\]\n]{1,30})\][ \t]+\[(?:오전|오후|AM|PM|午前|午後)?[ \t]?\d{1,2}:\d{2}\]"
)
# ... and in a KakaoTalk chat exported on a phone: the date and time, a comma, the sender, a blank and a colon
# ("2026년 9월 14일 오후 8:12, 탁수아 : ...", "2026. 10. 3. 오전 9:41, 채서윤 : ...", tuning_118).
# (its file's title names the other member, in Hangul: "변재훈 님과 카카오톡 대화", a chat with 변재훈; a group's title
# holds more words, "달빛 Dalbit 직원방 님과 ...")
KAKAO_TITLE = re.compile(r"[ \t]*(?P<name>[가-힣]{2,4})[ \t]*님과[ \t]+카카오톡[ \t]+대화")
KAKAO_PHONE_SENDER = re.compile(
    r"(?m)^(?:\d{4}년[ \t]*\d{1,2}월[ \t]*\d{1,2}일|\d{4}\.[ \t]*\d{1,2}\.[ \t]*\d{1,2}\.)[ \t]+"
    r"(?:(?:오전|오후|AM|PM)[ \t]*)?\d{1,2}:\d{2},[ \t]*(?P<name>[^\n:,]{1,30}?)[ \t]+:[ \t]"
)
# A sender's name before a dash or a dot and the message's stamp, the message after a colon on the same line (a Discord
# or forum copy: "lowiek — 12-01-2026 21:14: ticketscanners ...", "Sardor · 10 feb. 16:21: tug'ilgan kun ..."):
# see ``_exported_chat_senders``.
INLINE_HEADER_SENDER = re.compile(
    r"(?m)^(?P<name>[^\W\d_][\w.'’-]{1,25}(?:[ \t][^\W\d_][\w.'’-]{1,25}){0,2})[ \t]+[—–·•|-][ \t]+"
    r"(?:(?i:vandaag|gisteren|today|yesterday)|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|\d{1,2}[ \t]+[^\W\d_]{3,9}\.?)"
    r"[ \t,]*(?:(?i:om|at)[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?[ \t]*:[ \t]"
)
# A message's header alone on its line: the sender, a dot or a dash and the clock ("Wisly Pierre-Louis · 10:30",
# "Fabiola Dorvil · 11:50"), or the clock in brackets, the sender and a role in brackets ("[11:03] Tijmen
# (vrijwilliger)"): see ``_exported_chat_senders``.
HEADER_LINE_SENDER = re.compile(
    r"(?m)^(?:(?P<name>[^\W\d_][\w.'’-]{1,25}(?:[ \t][^\W\d_][\w.'’-]{1,25}){0,2})[ \t]+[—–·•|-][ \t]+"
    r"\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?"
    # (Slack's copy: two or three capitalised words, two blanks or a tab and no sign before the clock: "Wijbrand
    # Ooijevaar  07:58", tuning_95; not a log's "build_1  10:02")
    rf"|(?P<slack>[{UPPER}][{LOWER}'’-]+(?:[ \t][{UPPER}][{LOWER}'’-]+){{1,2}})(?:[ \t]*\t[ \t]*|[ \t]{{2,}})"
    r"\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?"
    r"|\[\d{1,2}:\d{2}\][ \t]+(?P<bracketed>[^\W\d_][\w.'’-]{1,25}(?:[ \t][^\W\d_][\w.'’-]{1,25}){0,2})"
    r"(?:[ \t]+\([^()\n]{1,30}\))?)[ \t]*$"
)
# A Telegram copy's header: the sender, a comma and the date and time in brackets, the message after a colon or on the
# next line ("Edgars, [23.06.2026 07:20]: wie heeft ...", "Галя Гнатюк, [17.03.2026 20:14]"; tuning_98).
TELEGRAM_SENDER = re.compile(
    r"(?m)^(?P<name>[^\W\d_][\w.'’-]{1,25}(?:[ \t][^\W\d_][\w.'’-]{1,25}){0,2}),[ \t]*"
    r"\[\d{1,2}[./-]\d{1,2}[./-]\d{2,4}[ \t,]+\d{1,2}:\d{2}(?::\d{2})?\](?::|[ \t]*$)"
)
# A Teams or Outlook copy's sender written surname first, after the message's stamp ("[23-12 13:02] Brouwers, Heleen:
# ...", "12-03 09:14 - Ristić, Dušan: ...", tuning_125): see ``_exported_chat_senders`` (the given name a listed one).
SURNAME_FIRST_SENDER = re.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{4,30}\]|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?,?[ \t]+\d{1,2}:\d{2}[ \t]*[-\u2013])[ \t]*"
    rf"(?P<name>(?:(?:van|de|der|den|ter|ten|el|al)[ \t]+)*[{UPPER}][{LOWER}'’-]+(?:[ \t]+[{UPPER}][{LOWER}'’-]+)?,"
    rf"[ \t]*[{UPPER}][{LOWER}'’-]+(?:[ \t]+[{UPPER}][{LOWER}'’-]+)?)[ \t]*:[ \t]"
)
# A field that names no sender: a log's level, a count, a code.
_NO_SENDER = re.compile(r"[\d\W_]+|[A-Z]{2,}|(?i:info|warn|warning|error|debug|trace|fatal|notice)")
# An English possessive before a person's data or kin ("Samuel's date of birth", "Kwabena's passport", "Efua's mum"):
# see ``_english_possessive_owner``.
ENGLISH_POSSESSIVE_OWNER = re.compile(
    rf"(?<![\w@'’.-])(?P<name>[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]+)?)['’]s[ \t]+"
    r"(?=(?i:date[ \t]+of[ \t]+birth|birth[ \t]*day|birth[ \t]+date|dob|passport|id[ \t]+card|residence[ \t]+permit|"
    r"visa|bsn|phone|number|address|mum|mom|mother|dad|father|wife|husband|son|daughter|brother|sister|school|"
    r"teacher|doctor|gp)\b)"
)
# A preposition that takes a person, right before a lower-case first name ("is van shanti", "bij oksana").
_PERSON_PREPOSITION_BEFORE = re.compile(r"(?<![\w'-])(?:van|bij|met|aan|voor|naar|tegen|zonder|en)[ \t]+$")
# "die van <name> is ...": whose date, number or thing it is ("en die van koos is 2 november").
_WHOSE_ONE_IS = re.compile(
    rf"(?<![\w'-])die[ \t]+van[ \t]+(?P<name>[{LOWER}]{{2,}})[ \t]+(?:is|was|zijn|staat|weet|heb|heeft|komt)(?![\w'-])"
)
# A name said of a phone number ("~ Elsje: Cobie: 071 408 53 27", "bel mijn man: Sreejith, +31 6 1209 5584") or of a
# birth or a birthday ("Cobie is geboren 29-10-1946", "koba is morgen jarig"): see ``_name_said_of``.
NAME_BEFORE_PHONE = re.compile(
    # (after another label's colon on the line: a line-opening "Telefon:" or "Meldlijn:" is the number's label)
    rf"(?<=:[ \t])(?P<name>[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]+)?)[ \t]*[:,][ \t]*"
    r"(?=(?:\+\d{2,3}|0)[ \t-]?\d(?:[ \t-]?\d){7,})"
)
NAME_BORN_OR_JARIG = re.compile(
    rf"(?<![\w@'’.-])(?P<name>[{UPPER}{LOWER}][{LOWER}]{{2,}})[ \t]+(?:is|was)[ \t]+"
    r"(?:(?:morgen|vandaag|overmorgen|straks|trouwens|ook|al|pas|zelf|toch)[ \t]+)?(?:geboren|jarig|born)(?![\w-])"
)
# A message's thanks, then whom it thanks, capitalised and closed by "!", "," or the line's end ("Dank je Naibeth!",
# "dank je Mišo! de nieuwe ...", "gracias Yuleisy,", "hvala Dragan"): see ``_thanked``.
THANKED = re.compile(
    r"(?m)(?:^|:[ \t]|\][ \t]|[.!?][ \t])[ \t]*(?i:dank[ \t]+je(?:wel)?|dankjewel|dank[ \t]+u(?:[ \t]+wel)?|dankuwel|"
    r"bedankt|thanks|thank[ \t]+you|thx|merci|gracias|obrigad[oa]|danke|dzięki|dziękuję|hvala|ačiū|paldies|"
    r"ďakujem|děkuji|mulțumesc|multumesc|köszi|köszönöm|teşekkürler|tesekkurler|shukran|salamat|terima[ \t]+kasih|"
    r"asante|spasibo|дякую|спасибо)[ \t]*,?[ \t]+"
    rf"(?P<name>[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]+)?)[ \t]*(?=[,!]|\n|$)"
)
# A Spanish imperative that addresses a person, and "a" before the person (``PersonNameRecognizer._told_in_spanish``):
# tell, ask, call, greet, warn, write to ("dile a Jeancarlos", "salúdame a Yeison", "pregúntale a Mayelín").
SPANISH_TOLD = re.compile(
    r"(?<![\w-])(?i:d[ií]le|d[ií]gale|d[ií]ganle|d[ií]gales|preg[uú]ntale|preg[uú]ntele|av[ií]sale|av[ií]sele"
    r"|ll[aá]male|ll[aá]mele|sal[uú]dame|sal[uú]dale|sal[uú]deme|escr[ií]bele|m[aá]ndale)[ \t]+a[ \t]+"
    rf"(?P<name>[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]+)?)(?![\w'’-])"
)
_THANKS_HINTS = (
    "dank",
    "thank",
    "thx",
    "merci",
    "gracias",
    "obrigad",
    "danke",
    "dzi",
    "hvala",
    "ačiū",
    "paldies",
    "akujem",
    "kuji",
    "mul",
    "kösz",
    "teş",
    "tesek",
    "shukran",
    "salamat",
    "kasih",
    "asante",
    "spasibo",
    "дякую",
    "спасибо",
)
VOCATIVE_LEADS = word_set("ok oké oke okee okay thx tnx merci sorry sorri top super ja nee jep yes nope")
VOCATIVE = re.compile(
    r"(?im)(?:^|:[ \t]|\][ \t]|[.!?][ \t])[ \t]*(?:ok|oké|oke|okee|okay|thx|tnx|merci|sorry|sorri|top|super|ja|nee|"
    rf"jep|yes|nope)[ \t]*,?[ \t]+(?P<name>[{UPPER}{LOWER}][{LOWER}]{{2,}})[ \t]*(?=[,!?]|$)"
)
# A capitalised first name after a lower-case "van" with a lower-case word or a phrase's end after it ("de telefoon
# van Esmee opzoeken", "het huis van Bas."), or between a verb of taking along and "mee" ("Ik neem Gerrit mee",
# "Morgen breng ik Wouter mee").
CAPITAL_FIRST_TAKEN = re.compile(
    # (also for or by whom: "een telefoon voor Lise?", "door Lars (receptie)"; at whose place only before a role in
    # brackets, "bij Mohammed (vader van Aya)": "bij Zara" is a shop)
    rf"(?:(?<![\w-])(?P<van>van|voor|door|bij(?=[ \t]+[{UPPER}][{LOWER}]+[ \t]+\())[ \t]+"
    rf"(?P<name>[{UPPER}][{LOWER}]{{2,}})(?=[ \t]*[,.!?;)\n]|[ \t]*$|[ \t]+[{LOWER}]|[ \t]+\((?=[{LOWER}]))"
    rf"|(?<![\w-])(?:[Nn]eem|neemt|nemen|[Bb]reng|brengt|brengen)[ \t]+(?:(?:ik|je|jij|we|wij|hij|zij|ze)[ \t]+)?"
    rf"(?P<taken>[{UPPER}][{LOWER}]{{2,}})[ \t]+mee(?!\w))"
)
# ... and in lower case, as chats write it: "ik neem ruudje mee", "haal jij kim op?" (a first name no word is written
# as, or a pet form of one: see _capital_first_name_taken).
LOWER_TAKEN = re.compile(
    r"(?<![\w-])(?:[Nn]eem|neemt|nemen|[Bb]reng|brengt|brengen|[Hh]aal|haalt|halen)[ \t]+"
    rf"(?:(?:ik|je|jij|we|wij|hij|zij|ze|jullie)[ \t]+)?(?P<taken>[{LOWER}]{{3,}})[ \t]+(?:mee|op)(?![\w-])"
)
LOWER_TAKEN_LEADS = ("neem", "nemen", "breng", "haal", "halen", "Neem", "Breng", "Haal")
# Where a CAPITAL_FIRST_TAKEN match starts (its lead words as written: the pattern is case-sensitive).
CAPITAL_TAKEN_LEADS = ("van ", "voor ", "door ", "bij ", "neem", "breng", "Neem", "Breng")
# At whose home, next door to whom: "bij roos thuis", "bij bouma hiernaast", "bij Femke thuis" (a listed first name or
# surname in any case, one word); found from "bij " (str.find).
AT_SOMEONES = re.compile(
    rf"bij[ \t]+(?P<name>[{UPPER}{LOWER}][{LOWER}]{{2,}})[ \t]+(?:thuis|hiernaast|ernaast|naast[ \t]+ons)(?![\w-])"
)
# Whose thing, as speech says it: "ik heb Jente haar rekeningnummer nodig", "is dat Sem zijn jas?" (mid-sentence: a
# lower-case word or a comma before the name); found from the possessive (str.find), the name read back from it.
POSSESSIVES = (" haar ", " zijn ", " z'n ", " zn ", " d'r ")
OWNER_BEFORE = re.compile(rf"(?<=[{LOWER},][ \t])(?P<owner>[{UPPER}][{LOWER}]{{2,}})$")
# The verb that opens a question, then a capitalised name and a lower-case word, the sentence closed by a question
# mark on the same line ("Moet Daan morgen nuchter zijn?"): the verb at a line's start, after a speaker's colon or a
# sentence's end (see PersonNameRecognizer._inverted_question).
INVERTED_QUESTION = re.compile(
    r"(?:(?<=[\n:.!?])|^)[ \t]*(?:Moet|Kan|Mag|Wil|Gaat|Komt|Heeft|Is|Zal|Kon|Zou|Mocht|Wordt|Was|Had|Kun|Weet|Blijft"
    r"|Doet|Wilde|Moest|Ging|Kwam)[ \t]+"
    rf"(?P<name>[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]{{2,}})?)[ \t]+[{LOWER}][^\n.!?]{{0,80}}\?",
    re.MULTILINE,
)
# "bij" and a capitalised name before a verb of fetching, leaving or staying ("de sleutel bij Tonnie halen", "bij Noor
# logeren"), found from "ij " (str.find; see PersonNameRecognizer._fetched_at).
FETCHED_AT = re.compile(
    rf"(?<=[Bb])ij[ \t]+(?P<name>[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]{{2,}})?)[ \t]+"
    r"(?:(?:op|af)?halen|(?:terug|langs)?brengen|afgeven|inleveren|lenen|langs(?:gaan|komen)?|logeren|slapen|spelen"
    r"|eten|oppikken|opgehaald|afgegeven|gebracht|geleend)(?![\w-])"
)


# A chat turn's speaker label in lower case, maybe bold (markdown) after a time stamp, closed by a colon: a user name
# (``kaasboer_jelle``), a surname with initials (``bakker, t.``, ``f.el idrissi``); see
# PersonNameRecognizer._written_speaker.
WRITTEN_SPEAKER = re.compile(
    rf"[ \t]*(?P<stamp>{_STAMP})?(?P<bold>\*\*|__)?(?P<label>[{UPPER}{LOWER}0-9][{UPPER}{LOWER}0-9._,' -]{{1,38}}?)"
    r"(?:\*\*|__)?[ \t]*:[ \t]"
)
WRITTEN_LABEL_CHARS = 64


def _maybe_written_label(text: str, at: int) -> bool:
    """The line at ``at`` holds an underscore, dot or comma before a colon and a blank (a time stamp's colons have a
    digit after them) within its first characters: what every
    label :data:`WRITTEN_SPEAKER` reads as a handle or a surname with initials holds (a pre-check; a time stamp may
    hold them too)."""
    colon = text.find(": ", at, at + WRITTEN_LABEL_CHARS)
    head = text[at:colon] if colon > 0 else ""
    return "_" in head or "." in head or "," in head


HANDLE_LABEL = re.compile(rf"[{LOWER}0-9]+(?:[._-][{LOWER}0-9]+)+")
HANDLE_PART = re.compile(rf"[{LOWER}]{{3,}}")
SURNAME_INITIALS_LABEL = re.compile(rf"(?P<surname>[{LOWER}][{LOWER}' -]*[{LOWER}]),[ \t]*(?:[{LOWER}]\.){{1,4}}")
INITIALS_SURNAME_LABEL = re.compile(rf"(?:[{LOWER}]\.[ \t]?){{1,4}}(?P<surname>[{LOWER}][{LOWER}' -]*[{LOWER}])")


# A date right after an underscore in a file or folder name (y-m-d or d-m-y with dashes, or eight digits), led by its
# digits, the underscore checked behind the first; the name before it (see PersonNameRecognizer._file_named_person)
# read back from it: two or three capitalised words joined by underscores, lower-case particles among them.
_FILE_NAME_DATE = re.compile(r"\d(?<=_\d)(?:\d{3}-[01]\d-[0-3]\d|\d-[01]\d-\d{4}|\d{7})(?![\d-])")
_FILE_NAME_PERSON = re.compile(
    rf"(?<![^\W_])((?:(?:{PARTICLE_RE})_)*[{UPPER}][{LOWER}]+(?:_(?:(?:{PARTICLE_RE})_)*[{UPPER}][{LOWER}]+){{1,2}})_\Z"
)
FILE_NAME_CHARS = 64


def _first_and_surname(parts: list[str]) -> bool:
    """``parts`` (a file name's words, particles apart) are a listed first name (not a word-like one) and a listed
    surname with its particles, in either order: ``Veenstra Anke``, ``de Groot Marieke``, ``Bram Hoekstra``."""
    for i, part in enumerate(parts):
        if part[:1].isupper() and is_first_name(part) and part.lower() not in WORDLIKE_FIRST:
            rest = " ".join(parts[:i] + parts[i + 1 :])
            if rest and is_family_name(rest):
                return True
    return False


# A listed first name right before a date (see PersonNameRecognizer._dated_first_names), read back from the date.
_NAME_BEFORE_DATE = re.compile(rf"(?<![\w@./'-])([{UPPER}{LOWER}][{LOWER}]+)[ \t]+\Z")


def _name_before_date(text: str, start: int) -> re.Match[str] | None:
    """The listed first name right before the date at ``start`` (a blank between), if :func:`_dated_first_name`."""
    if start < 2 or text[start - 1] not in " \t" or not text[start - 2].isalpha():
        return None  # (most dates follow no word)
    name = _NAME_BEFORE_DATE.search(text, max(0, start - 32), start)
    return name if name is not None and _dated_first_name(name.group(1)) else None


def _dated_first_name(name: str) -> bool:
    """A listed first name before a date in a list: any case, not a stop word, month or day, a function word or verb
    (``Per``, ``ben``), a place, nor in lower case a chat's or an English word."""
    lowered = name.lower()
    if not is_first_name(name, lowercase_ok=True) or lowered in STOP or lowered in MONTHS_AND_DAYS:
        return False
    if lowered in WORDLIKE_FIRST:
        return False  # a preposition or verb in any case: "Per 1 juli 2026 verandert uw huur", "ik ben 3-4-1987"
    if name.islower() and (lowered in CHAT_WORDS or lowered in english_word_names()):
        return False
    if name.islower() and lowered in ROMANCE_BIRTH_WORDS:
        return False  # Spanish and Portuguese before a birth date: "nací el 14 de marzo de 1993", "nasci em ..."
    return not _is_dutch_place(name)


ROMANCE_BIRTH_WORDS = frozenset({"el", "em", "le", "la", "il", "dia"})


# Nouns of what a form asks of a person, before "van" and a first name (see PersonNameRecognizer._personal_data_of):
# words ending in these ("leerlingnummer", "geboortedatum", "bezorgadres", "klantgegevens") or these words whole.
PERSONAL_DATA_ENDINGS = ("nummer", "datum", "adres", "gegevens", "bsn", "iban")
PERSONAL_DATA_NOUNS = word_set(
    """
    bsn iban paspoort rijbewijs id-kaart identiteitskaart legitimatie handtekening contributie cijfers rapport
    dossier inschrijving inlog account wachtwoord salaris loonstrook polis zorgpas pasje 06 mobiel
    """
)
_NOUN_BEFORE = re.compile(r"(?<![\w-])([\w-]{2,})$")
_FIRST_NAME_AFTER = re.compile(rf"([{UPPER}{LOWER}][{LOWER}]+(?:-[{UPPER}{LOWER}][{LOWER}]+)?)(?![\w@'-])")
_CAPITAL_WORD_AFTER = re.compile(rf"[ \t]+(?:[{UPPER}]|(?i:{PARTICLE_RE})[ \t]+[{UPPER}])")


# Kin and the people around someone, before "van" and a first name: "de moeder van daan", "Kinderen van Hamid", "de
# zoon van roos" (see PersonNameRecognizer._personal_data_of): whose family it is, a person's.
KIN_OF = word_set(
    """
    moeder vader ouder ouders mama papa mam pap kind kinderen kids zoon zoontje zonen dochter dochtertje dochters broer
    broertje broers zus zusje zussen opa oma grootouders tante oom neef nicht man vrouw partner vriend vriendin
    vriendje vriendinnetje verloofde schoonmoeder schoonvader schoonouders stiefvader stiefmoeder
    """
)


def personal_data_noun(word: str) -> bool:
    """``word`` (lower case) names a person's data: a number, date, address, a BSN (see :data:`PERSONAL_DATA_NOUNS`)."""
    return word in PERSONAL_DATA_NOUNS or word.endswith(PERSONAL_DATA_ENDINGS)


def _misspelled_name(parts: list[str]) -> bool:
    """One or two capitalised words (a name's, its particles aside) that are no common, stop or organisation word and
    no placeholder: what a letter quotes as the name it had on record, misspelled (``Demirr``, ``Dijkgraff``)."""
    if not 1 <= len(parts) <= 2:
        return False
    return all(
        len(w) >= 3
        and w.isalpha()
        and w.lower() not in common_words()
        and w.lower() not in STOP
        and w.lower() not in NAME_PLACEHOLDERS
        and not is_orgish(w)
        for w in parts
    )


def _plain_first_name(name: str) -> bool:
    """A listed first name that is no stop word, month, English word, brand or Dutch place. (A name that is also a
    common word, ``Daan``, ``Roos``, counts: where these rules read it, right after a verb or ``bij`` with its capital,
    a common noun would have its article.)"""
    from afscherm.detectors.org_guard import brands  # (org_guard imports this module)

    lowered = name.lower()
    if not is_first_name(name) or lowered in STOP or lowered in WORDLIKE_FIRST or lowered in CHAT_WORDS:
        return False
    if lowered in MONTHS_AND_DAYS or lowered in english_word_names():
        return False
    if any(brand == lowered for brand, _ in brands().get(lowered, ())):
        return False  # a one-word chain (Hema); a word of a longer one (Jan Linders, Dirk van den Broek) stays a name
    return not _is_dutch_place(name)


# A capitalised word (led by its capital: the regex engine skips ahead), the lower-case word before it, and what may
# follow it mid-sentence: a lower-case word or a stop (see PersonNameRecognizer._capital_first_name_mid).
# (a double first name whole: "Jan-Willem is er!!")
CAPITAL_WORD = re.compile(rf"[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]{{2,}})?(?![\w@'-])")
# (the polite "u" too: "Wilt u Thijs vragen te bellen")
# (an emoji may stand between them: "ziek 🤒 Tamriko kan wel", tuning_119)
LOWER_WORD_BEFORE_CAPITAL = re.compile(
    rf"(?<![\w@./'-])([{LOWER}]{{2,}}|u)[ \t](?:[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]+[ \t])?$"
)
# Words before a place or a shop, not a person ("naar Milan", "bij Zara", "in Florence").
PLACE_WORDS_BEFORE = frozenset({"naar", "in", "uit", "vanuit", "richting", "via", "bij", "op", "te", "nabij", "to"})
# Articles before a capitalised word make it a thing's or a brand's name ("een Nike jas", "de Tesla van buurman").
ARTICLES_BEFORE = frozenset({"een", "de", "het", "die", "deze", "dat", "dit", "the", "a"})
# Words before a capitalised first name mid-sentence that make it no person's (see _capital_first_name_mid); not
# "dat", which before a name is the conjunction ("vergeet niet dat Lotte dinsdag ..."): as a demonstrative it takes
# a neuter noun, and no name is one.
NOT_BEFORE_CAPITAL_NAME = PARTICLE_SET | PLACE_WORDS_BEFORE | (ARTICLES_BEFORE - {"dat"})
# (or an emoji, or the line's end: "Vraag naar Jannie of Kees 👋")
CAPITAL_MID_AFTER = re.compile(
    rf"[ \t]+[{LOWER}]|[ \t]*[,.!?)](?![\w])|[ \t]*(?:[\u2600-\u27bf\U0001f300-\U0001faff]|\n|$)"
)
# A clause's comma right before a word (see _capital_first_name_mid), and the verb asking for someone before "naar".
_CLAUSE_COMMA_BEFORE = re.compile(r"[a-zà-ÿ],[ \t]$")
_ASKED_FOR = re.compile(r"(?i)(?<![\w])(?:vraag|vragen|vroeg|vroegen)(?:[ \t]+(?:maar|even|dan))?[ \t]+naar[ \t]$")
# The lower-case word before " en " and, after it, a lower-case word and a verb in the plural people do (see
# PersonNameRecognizer._lower_pair_subject).
LOWER_WORD_BEFORE = re.compile(rf"(?<![\w@./'-])([{LOWER}]{{3,}})$")
PAIR_VERB_AFTER = re.compile(
    rf"([{LOWER}]{{3,}})[ \t]+(?:gaan|gingen|komen|kwamen|zijn[ \t]+(?:er|net|gisteren|vandaag|getrouwd|verhuisd)"
    r"|waren[ \t]+er|hebben|hadden|willen|wilden|kunnen|konden|wonen|woonden|verhuizen|trouwen|zitten|zaten"
    r"|zeggen|zeiden|vinden|vonden|doen|deden|halen|brengen|bellen|belden)(?![\w'-])"
)
# A hyphenated first name in lower case ("gert-jan", "anne-marie"), a whole word.
LOWER_DOUBLE_NAME = re.compile(rf"(?<![\w@./-])([{LOWER}]{{2,}}-[{LOWER}]{{2,}})(?![\w@/'-])")
# A question for initials at the end of a turn, and the next turn's answer that is initials only ("S.J.", "a. b.").
INITIALS_QUESTION = re.compile(r"(?i)\bvoorletters?\b[^\n?]{0,20}\?[ \t]*\n")
INITIALS_ANSWER = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?[^\n:]{1,30}:[ \t]*(?:(?:eh+m?|uh+m?|ja)[ \t]*,?[ \t]+)*"
    r"(?P<value>(?:[A-Za-z]\.[ \t]?){1,5}(?<=\.))(?=[ \t]*(?:\n|$))"
)
# A user handle "first.surname" (particles joined by dots: "anna.de.vries"), a whole token: no "@", domain or path
# around it, no file extension after it.
NAME_HANDLE = re.compile(
    # (a particle shortened too: "sandra.vd.berg")
    r"(?<![\w@./\\-])([a-z]{3,}|[A-Z][a-z]{2,})[._]((?:(?:[vV]an|[dD]e|[dD]er|[dD]en|[tT]er|[tT]en|[vV]d)[._-])*"
    # (not a path's folder; but OpenVPN writes a client as its certificate's name, a slash and its address and port:
    # "anna.smit/77.160.1.2:51820")
    r"(?:[a-z]{3,}|[A-Z][a-z]{2,}))(?![\w@\\-]|/(?!\d{1,3}(?:\.\d{1,3}){3}:\d)|\.\w)"
)
# A name written SURNAME/GIVEN NAMES in capitals (card stripes, airline bookings), a title after it; found from its
# slash (see PersonNameRecognizer._slash_written).
SLASH_NAME = re.compile(
    r"(?<![\w/])(?P<surname>[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,3})/"
    r"(?P<given>[A-Z][A-Z'-]+(?: (?!(?:MRS?|MS|MISS|DR|MSTR)(?![\w/]))[A-Z][A-Z'-]+){0,2})"
    r"(?: (?:MR|MRS|MS|MISS|DR|MSTR))?(?![\w/])"
)
SLASH_BEFORE_CAPITAL = re.compile(r"/(?=[A-Z])")
SURNAME_BEFORE_SLASH = re.compile(r"(?<![\w/])[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,3}$")
SLASH_SURNAME_REACH = 60
SLASH_MONTHS = frozenset(
    "JAN FEB MRT MAA MAR APR MEI MAY JUN JUL AUG SEP OKT OCT NOV DEC JANUARI JANUARY FEBRUARI FEBRUARY MAART MARCH "
    "APRIL JUNI JUNE JULI JULY AUGUSTUS AUGUST SEPTEMBER OKTOBER OCTOBER NOVEMBER DECEMBER".split()
)
# "dejong", "vandijk", "vandenberg", "vanderveen": a handle glues the particles
GLUED_PARTICLE = re.compile(r"^(?:(van|ter|ten)(den|der|de)?|(den|der|de))(?=[a-z]{3})")
# A letter's salutation alone on its line before a comma: "Geachte Hoogland,", "Beste Van der Linde,".
SALUTATIONS = ("geachte", "beste", "lieve")
SALUTATION_SURNAME = re.compile(
    rf"(?m)^[ \t]*(?:Geachte|Beste|Lieve)[ \t]+"
    rf"(?P<name>(?:(?:[vV]an|[dD]e|[dD]er|[dD]en|[tT]er|[tT]en)[ \t]+){{0,2}}(?P<core>[{UPPER}][{LOWER}]{{2,}}"
    rf"(?:-[{UPPER}][{LOWER}]{{2,}})?))[ \t]*,[ \t]*$"
)
# "naam ... als/in "X"": a name quoted as a letter says it was written ("naam vermeld als "Dekker-Albas"").
NAME_AS_QUOTED = re.compile(
    # (a person's name label: "naam", "achternaam", "voornaam"; not "bedrijfsnaam" nor "productnaam")
    r"(?i)(?:(?<![a-z])|(?<=achter)|(?<=voor)|(?<=familie)|(?<=geslachts)|(?<=meisjes))naam(?![a-z])"
    r"[^\n\"“„']{0,30}?(?<![a-z])(?:als|in)[ \t]+"
    # (the value may open with its particle: "de Rider", "van den Berg")
    rf"[\"“„'](?P<value>(?:(?-i:{PARTICLE_RE})[ \t]+)*"
    rf"[{UPPER}][{UPPER}{LOWER}'-]*(?:[ \t][{UPPER}{LOWER}][{UPPER}{LOWER}'-]*){{0,3}})[\"”']"
)
# A name as it was written and as it should be, after a person's name label on the same line: 'uw naam was fout
# gespeld: Dijkgraff in plaats van Dijkgraaf', 'achternaam stond als "Demirr" in plaats van "Demir"'.
_INSTEAD_NAME = rf"(?:(?-i:{PARTICLE_RE})[ \t]+)*[{UPPER}][{LOWER}'-]+(?:[ \t][{UPPER}][{LOWER}'-]+)?"
NAME_INSTEAD = re.compile(
    r"(?i)(?:(?<![a-z])|(?<=achter)|(?<=voor)|(?<=familie)|(?<=geslachts)|(?<=meisjes))naam(?![a-z])"
    r"[^\n]{0,40}?[ \t:][\"“„']?"
    rf"(?P<wrong>(?-i:{_INSTEAD_NAME}))[\"”']?[ \t]+in[ \t]+plaats[ \t]+van[ \t]+[\"“„']?"
    rf"(?P<right>(?-i:{_INSTEAD_NAME}))"
    r"(?![\w'-])"
)
# "heet Julia", "heten Noor en Sem": what a person is called (the name's list decides).
CALLED = re.compile(rf"(?<![\w])he(?:et|ten)[ \t]+(?P<name>[{UPPER}][{LOWER}]+)(?![\w@'-])")
# A comma, a possessive and a word of kinship or a role right after a name: "Frans, mijn buurman" (tried at ", ").
APPOSED_KIN = re.compile(rf", (?:mijn|m'n|mn|onze|ons|zijn|z'n|haar|hun|jouw|je|uw) (?i:{'|'.join(KIN_WORDS)})(?![\w])")


# A line of two to five words in capitals and nothing else (led by the line's start: tried at line starts only).
def _glued_double_first_name(word: str) -> bool:
    """``henkjan``, ``annemarie`` (lower case): two listed first names glued, as a device's name writes a double
    first name; each part at least three letters and no common word."""
    return any(
        is_first_name(word[:i], lowercase_ok=True)
        and is_first_name(word[i:], lowercase_ok=True)
        and word[:i] not in common_words()
        and word[i:] not in common_words()
        for i in range(3, len(word) - 2)
    )


def caps_surname_given(words: list[str]) -> bool:
    """``words`` in capitals are a surname (its particles, a listed surname, a word too only with its particle or when
    among the most frequent surnames) and then listed first names; no organisation's word among them."""
    i = 0
    while i < len(words) - 2 and words[i].lower() in PARTICLE_SET:
        i += 1
    surname, given = " ".join(words[: i + 1]).lower(), words[i + 1 :]
    if not given or not is_family_name(surname) or is_first_name(words[i].capitalize()):
        return False
    if i == 0 and (
        surname in STOP
        or surname in PREDICATE_SURNAMES
        or (surname in common_words() and surname not in frequent_family_names())
    ):
        return False  # a word without its particle ("GROOT ANNA"); a trade is a frequent surname ("BAKKER PIET")
    return all(is_first_name(w.capitalize()) for w in given) and not any(is_orgish(w) for w in words)


# A row's cell of two to five words in capitals, and a cheap test that a text may hold one.
CAPS_NAME_CELL = re.compile(r"[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+){1,4}")
CAPS_NAME_CELL_HINT = re.compile(r"[|;\t,][ \t]*[A-Z][A-Z'’-]+[ \t][A-Z][A-Z'’-]+[ \t]*[|;\t,]")
CAPS_NAME_LINE = re.compile(r"[ \t]*(?P<name>[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+){1,4})[ \t]*(?:\r?\n|$)")
# Where a login name stands: after a user key (``uid=``, ``user:``, ``user ``), in an sshd line (``Accepted publickey
# for``, ``Failed password for invalid user``) or as a user's folder (``C:\\Users\\…\\``, ``/home/…/``).
LOGIN_CUES = (
    "user", "uid", "login", "account", "gebruiker", "home/", "home\\", "accepted", "failed", "actor", "owner",
)  # fmt: skip
# Where LOGIN_VALUE can start: its keys and sshd's words (the folders' from the slash before them).
LOGIN_KEYS = (
    "user", "uid", "login", "account", "gebruiker", "samaccountname", "accepted", "failed", "actor", "owner",
)  # fmt: skip
LOGIN_VALUE = re.compile(
    # (an audit log's "actor": who did it, also as a JSON key, "actor":"pvandenberg")
    # (Windows' event log: "Account Name: M.VERMEULEN")
    r"(?i)(?:(?<![\w-])(?:user(?:name|_?id)?|uid|login|account(?:[ \t_]?name)?|gebruiker(?:snaam)?|samaccountname"
    # (a device's or file's owner in a log: "owner=jvdheuvel")
    r"|actor[\"']?|owner)"
    # (a sentence's "is" between: "mijn gebruikersnaam is lvanrijswijk")
    r"(?:[ \t]*[=:][ \t]*[\"']?|[ \t]+(?:(?:is|was)[ \t]+)?[\"']?)"
    r"|(?<![\w-])(?:accepted|failed)[ \t]+[a-z-]{3,20}[ \t]+for[ \t]+(?:invalid[ \t]+user[ \t]+)?"
    r"|[\\/](?:users|home)[\\/])"
    # ("login user x": x after the key; an initial and a dot may lead: "m.vermeulen"; a sentence's full stop may
    # follow)
    r"(?!(?:user|login|account|name)(?![\w]))(?P<v>(?:[A-Za-z]\.)?[A-Za-z]{4,20})(?![\w@-]|\.\w)"
)
# OpenVPN names a client by its common name, a slash and its real address ("pdejong/62.45.118.9:51820"): the
# address is found first (led by its slash), the name read back from it.
PEER_ADDRESS = re.compile(r"/(?:\d{1,3}\.){3}\d{1,3}:\d{1,5}(?!\d)")
PEER_NAME_BEFORE = re.compile(r"(?<![\w.@/-])[A-Za-z](?:[A-Za-z]|\.(?=[A-Za-z])){3,24}\Z")
# "vdberg", "vd.berg": the particles a login name abbreviates (besides the glued ones GLUED_PARTICLE reads)
# A Windows account: an upper-case domain, a backslash, the login (led by the backslash: the engine skips ahead).
DOMAIN_USER = re.compile(r"\\(?P<v>[A-Za-z]{4,20})(?![\w\\.@-])")
DOMAIN_BEFORE = re.compile(r"(?<![\w\\])[A-Z][A-Z0-9-]{1,15}\Z")
_LOGIN_PARTICLES = (("vd", ("van de", "van den", "van der")), ("v", ("van",)))


def login_surname(value: str) -> bool:
    """``value`` (lower case) is a login name of a frequent surname: the surname itself (no common word), or glued
    to one or two initials before it or one initial after it (``pjansen``, ``jdejong``, ``jvdberg``, ``smitj``)."""
    frequent = frequent_family_names()
    if value in frequent and value not in common_words():
        return True
    for rest in (value[1:], value[2:], value[:-1]):
        if len(rest) < 4:
            continue
        if rest in frequent or GLUED_PARTICLE.sub(_unglued, rest).strip() in frequent:
            return True
        for short, particles in _LOGIN_PARTICLES:
            if rest.startswith(short) and any(f"{p} {rest[len(short) :]}" in frequent for p in particles):
                return True
    return False


# The particles Arabic surnames are written with, glued to the name in a login ("s.elmoussaoui", "n.elhadi").
_ARABIC_GLUED = ("el", "al", "ben", "bou", "ait", "abou", "abu")


def dotted_login_surname(value: str) -> bool:
    """``value`` (lower case) is a login of an initial, a dot and any listed surname no common word is written as
    (``s.elmoussaoui``, ``n.elhadi``, ``k.yilmaz``): this shape is a person's, not a service account's, so the surname
    need not be one of the most frequent (Moroccan and Turkish ones seldom are); its particles may be glued to it
    (``p.vandam``, ``el`` and the like)."""
    if len(value) < 6 or value[1] != "." or not value[0].isalpha():
        return False
    rest = value[2:]
    names = family_names()
    if rest in names and rest not in common_words():
        return True
    unglued = GLUED_PARTICLE.sub(_unglued, rest).strip()
    if unglued != rest and unglued in names:
        return True
    for particle in _ARABIC_GLUED:
        core = rest[len(particle) :]
        if rest.startswith(particle) and len(core) >= 3 and (f"{particle} {core}" in names or core in names):
            return core not in common_words()
    return False


def glued_first_and_surname(value: str) -> bool:
    """``value`` (lower case) is a login name glued from a listed first name (no common word) and a frequent surname
    (``lottevos``, ``jandevries``: after a user key, where a surname that is a word too names the user)."""
    frequent = frequent_family_names()
    for cut in range(3, len(value) - 2):
        first, rest = value[:cut], value[cut:]
        surname = rest in frequent or GLUED_PARTICLE.sub(_unglued, rest).strip() in frequent
        if surname and is_first_name(first, lowercase_ok=True) and first not in common_words():
            return True
    return False


# An HL7 v2 PID segment up to its fifth field, the patient's name (fields are parted by "|", at most 200 characters
# each before it).
HL7_PID_NAME = re.compile(r"(?m)(?<![^\s|])PID\|(?:[^|\n]{0,200}\|){4}(?P<name>[^|\n^]{1,60}(?:\^[^|\n^]{0,40}){0,2})")
# Words a device's name opens with before its user's first name ("LT-KARIN", "laptop_sanne", "iPhone-van-Joost").
DEVICE_WORDS = frozenset("lt nb pc ws laptop notebook desktop mbp macbook iphone ipad tablet telefoon".split())
# What follows a device word: a dash or underscore, "van" perhaps, and one word (found from the separator; the word
# before it is checked in Python).
DEVICE_NAME_TAIL = re.compile(r"(?<=[A-Za-z])[-_](?:[vV][aA][nN][-_])?([A-Za-z]{3,})(?![\w-]|\.\w)")


# ... and with a model or a number beside the user's name ("NB-ARSLAN-02", "Galaxy-S23-Ruben", "iPhone-13-van-Sanne"):
# the device word, a model perhaps, "van" perhaps, the name, a number perhaps (a model or a number is needed).
NUMBERED_DEVICE_WORDS = DEVICE_WORDS | frozenset("galaxy pixel android thinkpad surface xps".split())
NUMBERED_DEVICE_NAME = re.compile(
    r"(?<![\w-])(?P<device>[A-Za-z]{2,8})[-_](?:(?P<model>[A-Za-z]{0,2}\d{1,4}[A-Za-z]{0,3})[-_])?"
    r"(?:[vV][aA][nN][-_])?(?P<name>[A-Za-z]{3,})(?:[-_](?P<number>\d{1,3}))?(?![\w-]|\.\w)"
)


def _english_word(word: str) -> bool:
    """A frequent English word (``sales``, ``support``: a department's device, no surname's)."""
    from afscherm.detectors.name_slots import ENGLISH_WORD_ZIPF, frequent_words  # (name_slots reads this module)

    return word in frequent_words("en", ENGLISH_WORD_ZIPF)


# "van" and a capitalised first name closing its phrase ("de trekker van Bertus.", "de fiets van Maarten?").
FIRST_NAME_AFTER_VAN = re.compile(rf"van[ \t]+(?P<name>[{UPPER}][{LOWER}]{{2,}})(?=[ \t]*(?:[,.!?;)\n]|$))")
WORD_BEFORE_VAN = re.compile(r"([^\s]+)[ \t]+$")


# "van de Laan van Meerdervoort", "van de Kerkweg" after a surname: where the person lives, not their name.
_STREET_AFTER_NAME = re.compile(
    r"[ \t]+(?:van|uit|aan|op)[ \t]+(?:de|het|den|der|'t)[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}"  # ("de Burgemeester …")
    r"(?:[A-Z][a-z]*(?:straat|laan|weg|plein|kade|gracht|singel|dreef|steeg)|Laan|Straat|Weg|Plein|Kade|Gracht|Singel)"
    r"(?![\w-])"
)


def _before_street(text: str, start: int, end: int) -> int:
    """``end`` cut before a street named after the surname (``mevrouw Jonkers van de Laan van Meerdervoort``)."""
    m = _STREET_AFTER_NAME.search(text, start, end + 40)
    return m.start() if m is not None and m.start() < end and m.start() > start else end


def _opening_apostrophe(text: str, lo: int, hi: int) -> int:
    """The last ``'`` in ``text[lo:hi]`` that can open a quoted value (-1 if none): not the elision of a particle
    (``Van 't Hof, P.``, ``'s-Gravesande``)."""
    at = text.rfind("'", lo, hi)
    while at >= 0 and text[at + 1 : at + 3].lower() in ("t ", "s ", "s-"):
        at = text.rfind("'", lo, at)
    return at


def _event_role_key(key: str) -> bool:
    """``key`` names a person by their part in a log's event only (``author``, ``"visitor"``, ``sender``)."""
    return key.strip(" \t\"'`[]").casefold() in EVENT_ROLE_KEYS


def _names_someone(words: list[str]) -> bool:
    """A listed first name among ``words``, or a listed surname beside another word (``Pieter``, ``de Haan, S.``)."""
    if any(is_first_name(w.strip(",.").capitalize()) for w in words):
        return True
    return len(words) > 1 and any(is_family_name(w.strip(",.")) for w in words if w[:1].isupper())


# A nickname in brackets or quotes, then the surname (its particles too): led by the blank before the bracket.
NICKNAME_BETWEEN = re.compile(
    # (quoted inside its brackets too: 'Jacobus Gerardus ("Koos") Tesselaar', tuning_73)
    rf"[ \t](?:\((?P<b>)[\"\u201c]?|\"(?P<q>)|\u201c(?P<c>))(?P<nick>[{UPPER}][{LOWER}]{{1,14}})"
    # (one closing mark, the opening's own: an alternation of conditionals let a bracket go unclosed, "Jesse (Fysio
    # Kromme Rijn):" taken for a nickname between names)
    rf"(?(b)[\"\u201d]?\)|(?(q)\"|\u201d))[ \t]+"
    rf"(?P<surname>(?:{PARTICLE_RE}[ \t]+)?[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)(?![\w-])"
)
# The given names right before it, capitalised (one to four).
GIVEN_NAMES_BEFORE = re.compile(rf"(?<![\w-])(?:[{UPPER}][{LOWER}]+[ \t]+){{0,3}}[{UPPER}][{LOWER}]+$")
NICKNAME_GIVEN_CHARS = 64

# Roles a handle may put before a surname instead of a first name ("mentor.hendriks", "docent_smit").
HANDLE_ROLES = frozenset((*SURNAME_ROLES, "dokter", "coach", "trainer"))
# What ends a key before its value: "=", ":" or a quote, a blank perhaps (searched right before a handle).
_KEY_BEFORE = re.compile(r"[=:\"'][ \t]?$")
# A speaker handle's tail: a dot or underscore and one or two letters before the label's colon ("ellen.b:").
# (or a particle's and the surname's initials: "tessa.vdb:", "ruud_vdm:")
# (the label may end as an IRC log's "<sven_w>" does, or a pasted Slack message's "tom.v 11:02" with its clock)
# (in a pasted Slack message bold perhaps, "*dennis.k* 10:12")
HANDLE_INITIAL_SPEAKER = re.compile(
    r"[._](?:[A-Za-z]{1,2}|[vV][dD][A-Za-z])(?=(?:\*{1,2}|_{1,2})?(?::|>|[ \t]+\d{1,2}:\d{2}(?!\d)))"
)
# A handle of an initial and a surname, "l.vandenberg", "r.de.wit" (not a method call "s.bakker(").
# (led by the dot, the initial checked behind it: the regex engine skips ahead to dots, not to every letter)
INITIAL_HANDLE = re.compile(
    # (an OpenVPN client's name before its address, "j.dekoning/77.161.2.3:51034", as NAME_HANDLE reads it)
    r"\.(?<=(?<![\w@./\\-])[a-z]\.)((?:(?:van|de|der|den|ter|ten)[._-])*[a-z]{3,})"
    r"(?![\w@\\(-]|/(?!\d{1,3}(?:\.\d{1,3}){3}:\d)|\.\w)"
)


# What stands before a chat's speaker label on its line: nothing, or the message's time stamp ("[09:31] ").
SPEAKER_LEAD = re.compile(r"(?:\[[^\]\n]{1,24}\][ \t]*)?[ \t]*$")


SPEAKER_LABEL_CHARS = 40  # a speaker's label is no longer than this
# A pasted Slack or Teams message's speaker line: the label, then the clock ("tom.v 11:02  weet iemand …").
SPEAKER_CLOCK = re.compile(r"[ \t]+\d{1,2}:\d{2}(?![\d:])")


BOLD_MARKS = re.compile(r"[ \t]*(?:\*{1,2}|_{1,2})")


def _speaker_label(text: str, start: int) -> bool:
    """The word at ``start`` is a chat turn's speaker (``m.bakker: kun je …``, ``[09:31] m.bakker:``, an IRC log's
    ``<m.bakker> kun je``, a pasted message's ``m.bakker 09:31``): a surname that is also a word (``bakker``) names
    the speaker there."""
    line_start = text.rfind("\n", 0, start) + 1
    end, reach = start, min(len(text), start + SPEAKER_LABEL_CHARS)  # (bounded: a long token is read once per handle)
    while end < reach and not text[end].isspace() and text[end] not in ":>":
        end += 1
    if BOLD_MARKS.fullmatch(text, line_start, start) is not None and text[end - 1 : end] in "*_":
        line_start = start  # a pasted Slack message's bold speaker before its clock ("*dennis.k* 10:12")
    if text.startswith(":", end):
        return SPEAKER_LEAD.fullmatch(text, line_start, start) is not None
    if text.startswith(">", end):
        return (
            start > line_start
            and text[start - 1] == "<"
            and SPEAKER_LEAD.fullmatch(text, line_start, start - 1) is not None
        )
    return SPEAKER_CLOCK.match(text, end) is not None and text[line_start:start].strip() == ""


def _unglued(m: re.Match[str]) -> str:
    """The glued particles of a handle's surname, a space after each (``vanden`` → ``van den ``)."""
    return " ".join(p for p in m.groups() if p) + " "


# A row of machine output: a line with two cell separators or more (comma, semicolon, tab, pipe).
_CELL = re.compile(
    r"""[ \t]*(?:'([^'\n,;|]{1,40})'|"([^"\n,;|]{1,40})"|([^'"\n,;\t|()\[\]]{1,40}?))[ \t]*(?=[,;\t|)\]]|$)"""
)
_CELL_SEPARATOR = re.compile(r"[,;\t|]")


def lines_with_cells(text: str) -> Iterator[tuple[int, int]]:
    """The lines of ``text`` with two cell separators or more."""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if len(_CELL_SEPARATOR.findall(line)) >= 2:
            yield start, end
        start = end + 1


def row_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a row between ``start`` and ``end``, as spans of their values (quotes and blanks left out),
    in order; the opening of a tuple or list (``VALUES (``, ``row=(``) is no cell."""
    cells: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        m = _CELL.match(text, pos, end)
        if m is not None and m.end() > pos:
            group = next(g for g in (1, 2, 3) if m.group(g) is not None)
            if m.start(group) < m.end(group):
                cells.append((m.start(group), m.end(group)))
            pos = m.end()
        sep = _CELL_SEPARATOR.search(text, pos, end)
        bracket = text.find("(", pos, end)
        if sep is None:
            break
        if 0 <= bracket < sep.start():
            cells.clear()  # a tuple opens: its cells start after the bracket
            pos = bracket + 1
            continue
        pos = sep.end()
    return cells


def given_name_cell(value: str) -> bool:
    """A cell that is one or two listed first names, capitalised (``Annelies``, ``Jan Willem``) or in lower case
    when no common word (``gerrit``)."""
    words = value.split()
    return (
        0 < len(words) <= 2
        and all(is_first_name(w) and (w[:1].isupper() or w not in common_words()) for w in words)
        and value.lower() not in STOP
    )


def surname_cell(value: str) -> bool:
    """A cell that is a listed surname, with its particles, a double name's parts each listed (``de Boer-Hulst``),
    capitalised or in capitals; no common word without a particle."""
    words = value.split()
    if not 0 < len(words) <= 4 or not words[-1][:1].isupper():
        return False
    core_words = [w for w in words if w.lower() not in PARTICLE_SET]
    if len(core_words) != 1:
        return False
    parts = core_words[0].split("-")
    has_particle = len(words) > 1
    return all(
        is_family_name(p) and (has_particle or p.lower() not in common_words()) and p.lower() not in STOP for p in parts
    )


# A chat message's head: a time stamp and a speaker label (``[09:14] lotte:``, ``Ilse van Finance:``).
_MESSAGE_SIGNS = re.compile(r"^[^\w\n]+")
# (or the label first, its time after it in brackets, a colon or not: "Nijhof, Demi  [14:05]  ik! stuur maar")
# (a WhatsApp export's date and time, a dash, then the label: "03/12/2026 07:45 - Marco: dochter is hillie")
_MESSAGE_HEAD = re.compile(
    r"[ \t]*(?:[^:\n\[]{1,40}[ \t]+\[\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\][ \t]*:?[ \t]+"
    r"|(?:\[[^\]\n]{1,25}\][ \t]*"
    r"|(?:\d{1,4}[-/.]\d{1,2}[-/.]|\d{1,2}\.[ \t]\d{1,2}\.[ \t])\d{2,4},?[ \t]+"
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[ \t]*[-\u2013·•][ \t]*)?"
    r"(?:[^:\n]{1,40}:[ \t]+)?)"
)


# A house number after "van": "van nr. 52", "van nummer 8", "van nr 81" (the name before it: NEIGHBOUR_NAME).
NEIGHBOUR_NUMBER = re.compile(r" van[ \t]+(?:nr\.?|nummer|huisnummer)[ \t]*\d")
NEIGHBOUR_NAME = re.compile(
    rf"(?<![\w@./'-])(?P<name>{CAP_WORD}(?:[ \t]+(?:(?i:{PARTICLE_RE})[ \t]+)*{CAP_WORD})?"
    rf"|(?:van[ \t]+der|van[ \t]+den|van[ \t]+de|van|de|ter|ten)[ \t]+[{LOWER}]{{2,}}|[{UPPER}][{LOWER}])$"
)
# A speaker before the time and a colon at a line's start: "Ilona 16:12: ...", "Ruben Koster 9:05: ...".
# A turn's header line in a Teams or Skype copy: a time stamp, the display name surname first, or the time after it
# (``PersonNameRecognizer._stamped_surname_given``).
STAMPED_SURNAME_GIVEN = re.compile(
    r"(?m)^[ \t]*(?P<before>\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*|\d{1,2}:\d{2}[ \t]+)?"
    rf"(?P<surname>(?:(?i:{PARTICLE_RE})[ \t]+)*{CAP_WORD}),[ \t]+(?P<given>{CAP_WORD}(?:[ \t]+{CAP_WORD})?)"
    # (a guest's tag before the time: "Juriša, Nikolina (Extern)  14:05", tuning_60)
    r"(?P<after>(?:[ \t]+\([^()\n]{1,20}\))?[ \t]+\d{1,2}:\d{2})?[ \t]*$"
)
# (the particles of other languages a chat's display name holds: Welsh "ap", Arabic "bin", "al", Portuguese "dos")
_FOREIGN_PARTICLES = r"ap|ab|bin|binti|bint|ibn|al|el|dos|das|do"
SPEAKER_BEFORE_TIME = re.compile(
    rf"[ \t]*(?P<name>{CAP_WORD}(?:[ \t]+(?:(?:(?i:{PARTICLE_RE})|{_FOREIGN_PARTICLES})[ \t]+)*{CAP_WORD}){{0,2}})"
    # (the shop or team the speaker answers for: "Evi (De Hoogwaard) 11:02:", tuning_49)
    r"(?:[ \t]+\((?P<inner>[^()\n]{2,40})\))?"
    r"[ \t]+\d{1,2}:\d{2}(?::\d{2})?:[ \t]"
)


# Whether each line of the last few texts is written as chat (:func:`line_in_lower_case`), by the text's facts
# object: kept as long as those facts are (text_facts keeps the last few texts').
_LINE_STYLES: WeakKeyDictionary[TextFacts, dict[int, bool]] = WeakKeyDictionary()


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end (at its newline or the text's end) of the line holding ``pos``: a binary search over the
    text's line starts, not a search back and forth from ``pos`` (linear in a long line, per call)."""
    starts = text_facts(text).line_starts
    i = bisect_right(starts, pos) - 1
    return starts[i], starts[i + 1] - 1 if i + 1 < len(starts) else len(text)


def line_in_lower_case(text: str, pos: int) -> bool:
    """:func:`message_in_lower_case` of the line holding ``pos``, read once per line: the rules that ask it for each
    candidate made a long line dense with candidates quadratic."""
    facts = text_facts(text)
    styles = _LINE_STYLES.setdefault(facts, {})
    start, end = line_bounds(text, pos)
    if start not in styles:
        styles[start] = message_in_lower_case(text[start:end])
    return styles[start]


def message_in_lower_case(line: str) -> bool:
    """``line`` is written as chat: in lower case but for sentence starts and acronyms (:func:`chat_style`), or its
    message opens in lower case (``heeft gijs ... bij rijschool Van Dam``: a writer who starts in lower case writes
    names so too, whatever an organisation's name further on)."""
    if chat_style(line):
        return True
    head = _MESSAGE_HEAD.match(line)
    message = line[head.end() :] if head is not None else line
    # (an emoji or a sign may open it: "👍 ik hang hem op naast het kantoor van hester")
    message = _MESSAGE_SIGNS.sub("", message)
    return message[:1].islower() and len(message.split()) >= 3


# An item of an enumeration next to a name: ", " or " en "/" of "/" & " then a lower-case or capitalised word
# (``ik, daan, sara en thijs``, ``tessa, mark, wouter en ik``).
_LIST_SEPARATOR_AFTER = re.compile(r"(?:[ \t]*,[ \t]*(?:(?:en|of)[ \t]+)?|[ \t]+(?:en|of|&)[ \t]+)")
_LIST_REACH = 64
_LIST_SEPARATOR_BEFORE = re.compile(r"(?:[ \t]*,[ \t]*(?:(?:en|of)[ \t]+)?|[ \t]+(?:en|of|&)[ \t]+)$")
# (two letters too: a listed first name of two, "sven en bo", "bo en lotte"; listed_given_name decides)
_LIST_WORD = re.compile(rf"[{UPPER}{LOWER}][{LOWER}]{{1,}}(?:-[{UPPER}{LOWER}][{LOWER}]+)?")
_LIST_WORD_BEFORE = re.compile(rf"(?<![\w@'-])[{UPPER}{LOWER}][{LOWER}]{{1,}}(?:-[{UPPER}{LOWER}][{LOWER}]+)?$")


# Two capitalised words joined by "&" (see ``PersonNameRecognizer._given_name_pair``), and what may not follow the
# second: a capitalised word (a firm's or a surname's next word, ``Jansen & Zonen Transport``) or a legal form.
_GIVEN_NAME_PAIR = re.compile(
    rf"(?<![\w&.-])([{UPPER}][{LOWER}]{{1,15}})[ \t]*&[ \t]*([{UPPER}][{LOWER}]{{1,15}})(?![\w&-])"
)
_QUOTES = frozenset("'\"‘’“”")
_PAIR_GOES_ON = re.compile(rf"[ \t]+(?:[{UPPER}]|(?i:b\.?v\.?|v\.?o\.?f\.?|c\.?v\.?|n\.?v\.?)(?!\w))")


def listed_given_name(word: str) -> bool:
    """``word`` is a listed first name that a list of people can hold, also one that is a common word (``daan``,
    ``mark``): no function word, label or verb a person does."""
    lowered = word.lower()
    return (
        is_first_name(lowered, lowercase_ok=True)
        and lowered not in STOP
        and lowered not in WORDLIKE_FIRST
        and lowered not in person_verb_words()
        and lowered not in MONTHS_AND_DAYS
    )


MONTHS_AND_DAYS = word_set(
    "januari februari maart april mei juni juli augustus september oktober november december "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
)


SHORT_LISTED = 3


def coordinated_names(text: str, found: list[Finding]) -> list[tuple[int, int]]:
    """Listed first names in an enumeration with a name found (``ik, daan, sara en thijs``: sara and thijs are
    found, so daan is a name too, though ``daan`` is also a word): a list holds things of one kind. Spreads
    along the list both ways, one word at a time."""
    spans = {(f.start, f.end) for f in found if f.entity_type == "PERSON" and "\n" not in text[f.start : f.end]}
    if not spans or not text_facts(text).has_substring((",", " en ", " of ", " & ")):
        return []
    new: list[tuple[int, int]] = []
    todo = sorted(spans)
    while todo:
        start, end = todo.pop()
        # (a name of two or three letters in lower case only beside a name so written, as chats list friends: "bo en
        # lotte", "khalti, mo,"; beside a capitalised one it is a word as often: Lithuanian "Aušra, ji grįžta", 'she
        # returns', Romanian "mulți ani, Răzvan", 'many years'; tuning_108/111)
        lower_list = text[start:end].islower()
        for item in _list_neighbours(text, start, end):
            if item[1] - item[0] <= SHORT_LISTED and text[item[0] : item[1]].islower() and not lower_list:
                continue
            if item not in spans and whole_word(text, *item) and listed_given_name(text[item[0] : item[1]]):
                spans.add(item)
                new.append(item)
                todo.append(item)
    return new


# A frequent surname with its particle in lower case next to a name found, in a list or set against it (``lisa en de
# haan zijn vrij``, ``mevrouw schipper ipv de koning``, ``van dijk, niet van dam``, ``de wit of anouk``).
_PAIR_SEPARATOR_AFTER = re.compile(
    r"(?:[ \t]*,[ \t]*(?:(?:en|of|niet)[ \t]+)?|[ \t]+(?:en|of|&|ipv|i\.p\.v\.|in[ \t]+plaats[ \t]+van|niet)[ \t]+)"
)
_PARTICLE_SURNAME_BEFORE = re.compile(
    r"(?<![\w@./'-])(?P<name>(?:van[ \t]+der|van[ \t]+den|van[ \t]+de|van|de|ter|ten)[ \t]+"
    rf"[{LOWER}][{LOWER}'-]{{2,}})(?:[ \t]*,[ \t]*|[ \t]+(?:en|of|&)[ \t]+)$"
)
# What follows such a surname where it ends its phrase: punctuation, a conjunction, a verb a person or people do.
_PAIR_SURNAME_END = re.compile(
    rf"[ \t]*(?:[,.!?;:()\n]|$|(?:en|of)\b)|[ \t]+(?:{PERSON_VERBS}|zijn|waren|komen|kwamen|gaan|gingen|hebben|"
    r"hadden|doen|zitten|werken|wonen|of[ \t]+zo|geloof|denk|volgens)\b"
)


def coordinated_surnames(text: str, found: list[Finding]) -> list[tuple[int, int]]:
    """A frequent surname with its particle in lower case (``de haan``, ``van dam``: a word after ``de`` too) in a
    list with a name found, or set against it (``ipv``, ``niet``), ending its phrase: a list holds things of one
    kind, and ``de haan`` next to ``lisa`` is the colleague, not the rooster (nor the Belgian resort: beside a person
    the surname wins). Not a thing after ``de`` (``lisa en de kat``: no surname), nor a phrase going on (``lisa en de
    koning van spanje``)."""
    persons = [f for f in found if f.entity_type == "PERSON"]
    if not persons or not text_facts(text).has_lower_run(SURNAME_PARTICLE_WORDS):
        return []
    taken = {(f.start, f.end) for f in persons}
    new: list[tuple[int, int]] = []
    for f in persons:
        candidates = []
        sep = _PAIR_SEPARATOR_AFTER.match(text, f.end)
        if sep is not None and (after := LOWER_PARTICLE_NAME.match(text, sep.end())) is not None:
            candidates.append(after.span())
        line_start = line_bounds(text, f.start)[0]
        before = _PARTICLE_SURNAME_BEFORE.search(text, max(line_start, f.start - 40), f.start)
        if before is not None:
            candidates.append(before.span("name"))
        for start, end in candidates:
            value = " ".join(text[start:end].split())
            word = value.rsplit(" ", 1)[-1]
            if value not in frequent_family_names() or word in STOP or word in person_verb_words():
                continue
            if _PAIR_SURNAME_END.match(text, end) is None or (start, end) in taken:
                continue
            taken.add((start, end))
            new.append((start, end))
    return new


def _list_neighbours(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The words right after and right before ``text[start:end]`` across a list separator, on its line."""
    out = []
    sep = _LIST_SEPARATOR_AFTER.match(text, end)
    if sep is not None and (word := _LIST_WORD.match(text, sep.end())) is not None:
        out.append(word.span())
    # Looked for in a short window before the name, not from the line's start: on a long line dense with names a
    # search from the line's start made this quadratic (a separator or a name is never this long).
    line_start = text.rfind("\n", 0, start) + 1
    sep = _LIST_SEPARATOR_BEFORE.search(text, max(line_start, start - _LIST_REACH), start)
    if sep is not None:
        word = _LIST_WORD_BEFORE.search(text, max(line_start, sep.start() - _LIST_REACH), sep.start())
        if word is not None:
            out.append(word.span())
    return out


def sentence_word_after_letter(text: str, surname_start: int, surname: str) -> bool:
    """The "surname" after a single initial opens with a common word (``K. Zonder``, ``D. Voornaam Mariska``), and
    the letter ends a run of letters spelled out (``O, Z, T, U, R, K.``, ``R-I-E-T-V-E-L-D.``): the dot ends a
    sentence, and the word opens the next. So does a word no surname list holds (``B, B, E, N. Ich bezahle``,
    ``L, E, R. Danke``: a German caller, tuning_59)."""
    word = surname.split()[0].lower()
    if word not in common_words() and is_family_name(word):
        return False
    return SPELLED_RUN_END.search(text, max(0, surname_start - 12), surname_start) is not None


# The end of a run of letters spelled out, then the dot after its last letter: "R-I-E-T-V-E-L-D. ", "U, R, K. ".
SPELLED_RUN_END = re.compile(rf"[{UPPER}](?:[ \t]?[-,][ \t]?)[{UPPER}]\.[ \t]+$")


@lru_cache(maxsize=1 << 14)
def _run_first_last(run: str) -> tuple[int, int, float] | None:
    """:func:`first_last_span` of a run of name words, offsets within the run (the same runs, a speaker's or a
    customer's name, recur within and across texts: asked once per run, not once per occurrence)."""
    return first_last_span([(w.start(), w.end(), w.group()) for w in re.finditer(r"\S+", run)])


def first_last_span(words: list[tuple[int, int, str]]) -> tuple[int, int, float] | None:
    """The first ``first names + surname`` inside a run of words (start, end, text), with its score."""
    for i, (start, _, word) in enumerate(words):
        if not is_first_name(word):
            continue
        k = i
        while k + 2 < len(words) and is_first_name(words[k + 1][2]) and words[k + 1][2][0].isupper():
            k += 1
        rest = words[k + 1 :]
        # Longest listed surname (with its particles) first; else particles + one capitalised word.
        for n in range(min(len(rest), 4), 0, -1):
            surname = " ".join(w for _, _, w in rest[:n])
            last = rest[n - 1][2]
            if last.lower() in STOP or not last[0].isupper():
                continue
            if is_family_name(surname):
                return start, rest[n - 1][1], SCORE_STRONG
        n_particles = 0
        while n_particles < len(rest) and rest[n_particles][2].lower() in PARTICLE_SET:
            n_particles += 1
        if 0 < n_particles < len(rest) and rest[n_particles][2].lower() not in STOP:
            # "Tim van Parkeerbeheer", "Ella van Lage Landen": a company after "van", not a surname.
            company = is_orgish(rest[n_particles][2]) or n_particles + 1 < len(rest)
            if not company:
                return start, rest[n_particles][1], SCORE_MEDIUM
        # "Antoine Legat": a listed first name and one unlisted capitalised word that is no common word,
        # place, organisation or label — most likely a surname the list does not know.
        # A place named like a person ("Maria Saal") is not one.
        whole = " ".join(w for _, _, w in words[i : k + 2])
        shaped = n_particles == 0 and rest and plausible_surname(rest[0][2]) and (len(rest) == 1 or k > i)
        if shaped and whole not in places():
            return start, rest[0][1], SCORE_WEAK
        # "Jan Pieter" may be both first names and nothing else: keep the listed firsts when 2+ of them.
        if k > i:
            return start, words[k][1], SCORE_WEAK
    return None


def plausible_surname(word: str) -> bool:
    w = word.lower()
    return (
        word[:1].isupper()
        and not word.isupper()
        and w not in STOP
        and w not in common_words()
        and word not in places()
        and not is_orgish(word)
        and not is_compound_noun(word)
    )


def cut_at_label(value: str) -> str:
    """The value up to the next label or common word (OCR joins ``DE VRIES Voornamen / Given names``)."""
    kept: list[str] = []
    for w in value.split(" "):
        bare_word = w.lower().strip(".,:/")
        if kept and bare_word in PARTICLE_SET:
            kept.append(w)  # a surname's particles ("J0HAN VAN DER B0SCH"), dropped below if nothing follows
            continue
        if kept and (bare_word in STOP or w == "/"):
            break
        kept.append(w)
    while len(kept) > 1 and kept[-1].lower().strip(".,:/") in PARTICLE_SET:
        kept.pop()
    return " ".join(kept)


@lru_cache(maxsize=1 << 14)
def name_shaped(value: str) -> bool:
    """1–6 words of letters (particles, initials, hyphens, apostrophes allowed), no digits, no @; a first name in
    brackets counts as a word (the register's roepnaam: ``A.J. (Anton) Veenstra``)."""
    if "(" in value:
        # only a listed first name: "Jansen (Zwolle)" is a name and a place
        value = BRACKETED_FIRST_NAME.sub(lambda m: m.group(1) if is_first_name(m.group(1)) else m.group(), value)
    if NOT_IN_NAMES.search(value):
        return False
    words = value.split()
    return 0 < len(words) <= 6 and all(NAME_WORD.fullmatch(w) for w in words)


@lru_cache(maxsize=4096)
def form_label_kind(label: str) -> str | None:
    """``"name"`` or ``"role"`` when ``label``, read folded as OCR damages labels (spaces and dots dropped), is a
    label whose value is a person's name, ``"particle"`` for a surname's particles (``Tussenv.``); else None
    (cached: forms repeat their labels). A bilingual card's label (``Voornarnen / Given names``) is the kind of its
    first part that has one."""
    if " / " in label:
        return next((kind for part in label.split(" / ") if (kind := form_label_kind(part.strip()))), None)
    if not 2 <= len(label) <= 25 or not FORM_LABEL.fullmatch(label):
        return None
    folded = ocr_folded(label).replace(" ", "").replace(".", "")
    if folded in NAME_LABELS or folded in NAME_LABELS_ONE_DROPPED:
        return "name"
    if folded in PARTICLE_LABELS:
        return "particle"
    return "role" if folded in ROLE_LABELS else None


def _all_indexes(text: str, word: str) -> list[int]:
    """Every index of ``word`` in ``text`` (``str.find`` in a loop: far cheaper than a pattern over the text)."""
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


# Words a form's label ends in: a value that is one such word is the next label, not a name ("Personeelsnummer").
LABEL_ENDINGS = (
    "nummer", "nr", "datum", "plaats", "adres", "naam", "namen", "functie", "code", "bedrag", "geslacht",
    "nationaliteit", "handtekening", "kenmerk", "telefoon", "status",
)  # fmt: skip
_ROW_GAP = re.compile(r"[ \t]{3,}|\t")
_DIGIT = re.compile(r"\d")


def row_blocks(text: str, line_start: int) -> list[tuple[int, int]]:
    """The parts of the line at ``line_start`` set apart by wide gaps (three spaces or a tab), as text spans."""
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    blocks: list[tuple[int, int]] = []
    at = line_start
    for gap in _ROW_GAP.finditer(text, line_start, line_end):
        if gap.start() > at:
            blocks.append((at, gap.start()))
        at = gap.end()
    if line_end > at:
        blocks.append((at, line_end))
    return [(a, b) for a, b in blocks if text[a:b].strip()]


@lru_cache(maxsize=2)
def label_rows(text: str) -> tuple[tuple[tuple[tuple[int, int], ...], int, int], ...]:
    """Each row of two or more labels set apart by wide gaps that has a line under it: (the labels' spans, where the
    row's line starts, where the line under it starts). Only lines holding a wide gap are read; the name and place
    rules of one text share the result."""
    if "   " not in text and "\t" not in text:
        return ()
    starts = text_facts(text).line_starts
    gap_lines = sorted({bisect_right(starts, gap.start()) - 1 for gap in _ROW_GAP.finditer(text)})
    rows = []
    for k in gap_lines:
        if k + 1 >= len(starts) or _DIGIT.search(text, starts[k], starts[k + 1]):
            continue  # the last line, or a row with a digit: no row of labels (the cheap test first)
        labels = row_blocks(text, starts[k])
        if len(labels) >= 2 and all(label_block(text[a:b]) for a, b in labels):
            rows.append((tuple(labels), starts[k], starts[k + 1]))
    return tuple(rows)


def label_block(block: str) -> bool:
    """A block that can be a column's label: one to three words of letters (OCR'd dots and slashes allowed), or a
    bilingual card's label of such parts set apart by slashes (``Geboorteplaats / Place of birth``, tuning_100)."""
    parts = block.strip().rstrip(":").split(" / ") if " / " in block else [block.strip().rstrip(":")]
    return (
        len(parts) <= BILINGUAL_LABEL_PARTS
        and all(0 < len(part.split()) <= 3 for part in parts)
        and not any(c.isdigit() for c in block)
        and block.strip()[:1].isalpha()
    )


BILINGUAL_LABEL_PARTS = 3  # "Nom / Naam / Name" on a Belgian card


def column_under(labels: Sequence[tuple[int, int]], start: int, end: int, line_start: int) -> int | None:
    """The index of the label whose column (its extent on its line) the value at ``start``-``end`` (offsets in the
    value's line) overlaps most; None when it overlaps none."""
    best, best_overlap = None, 0
    for i, (a, b) in enumerate(labels):
        overlap = min(b - line_start, end) - max(a - line_start, start)
        if overlap > best_overlap:
            best, best_overlap = i, overlap
    return best


K = TypeVar("K")  # what a column's label says of its values


def column_values(text: str, label_kind: Callable[[str], K | None]) -> Iterator[tuple[int, int, K]]:
    """Each value in a row of values under a row of labels (``label_rows``), as (start, end, kind): the kind
    ``label_kind`` gives the label of the column it stands in. Values under no label, or under a label of no kind,
    are left out; rows of labels none of which has a kind are not read."""
    rows = label_rows(text)
    label_lines = {line_start for _, line_start, _ in rows}
    for labels, line_start, value_start in rows:
        kinds = [label_kind(text[a:b]) for a, b in labels]
        if not any(kinds):
            continue
        for row_start in table_rows(text, value_start, label_lines):
            for a, b in row_blocks(text, row_start):
                column = column_under(labels, a - row_start, b - row_start, line_start)
                kind = kinds[column] if column is not None else None
                if kind:
                    yield a, b, kind


TRAILING_INITIAL = re.compile(rf"(?<![\w])[{UPPER}]$")
TABLE_ROWS = 12  # value rows read under one row of labels


def table_rows(text: str, value_start: int, label_lines: set[int]) -> Iterator[int]:
    """Where each row of values under a row of labels starts: the line under the labels, then each next line of a
    table (two or more blocks set apart by wide gaps) up to a blank line, another row of labels or a line that is
    no table row (``Achternaam   Voornamen`` over ``STRIJBOS   Lieke`` and ``STRIJBOS   Daan``)."""
    yield value_start
    at = text.find("\n", value_start)
    for _ in range(TABLE_ROWS - 1):
        if at < 0 or (row_start := at + 1) in label_lines or len(row_blocks(text, row_start)) < 2:
            return
        yield row_start
        at = text.find("\n", row_start)


# A bilingual card's label: a word (as OCR damaged it), a slash, and the English label of an ID page's field.
BILINGUAL_LABEL = re.compile(
    r"(?i)[^\W\d_]+[ \t]*/[ \t]*(?:surna(?:m|rn)e|given[ \t]+na(?:m|rn)es?|date[ \t]+of[ \t]+(?:birth|issue|expiry)"
    r"|place[ \t]+of[ \t]+birth|document[ \t]+no|personal[ \t]+no|nationality|sex|height|authority|na(?:m|rn)e)\b"
)


def name_value(value: str, kind: str) -> bool:
    """A form value beside or under a name label (``kind`` "name") or role label ("role") reads as a name: name-shaped
    with OCR's digits read as letters, no label, firm or common word first, capitalised; a role label's value also in
    capitals or with a listed name in it."""
    shape = ocr_value_shape(value)
    words = shape.split()
    if kind == "particle":
        return bool(words) and all(w.lower() in PARTICLE_SET for w in words)
    if not words or not comma_name_shaped(shape) or words[0].lower() in STOP - PARTICLE_SET:
        return False
    if any(bare(w) in ORG_HINTS for w in words) or (len(words) == 1 and words[0].lower().endswith(LABEL_ENDINGS)):
        return False
    if len(words) == 1 and (form_label_kind(words[0]) is not None or ocr_folded(words[0]).endswith(LABEL_ENDINGS)):
        return False  # the next label, as OCR damaged it ("Naarn      Voornarnen", "Geboortedaturn")
    if len(words) == 1 and bare(words[0]) in common_words() and not is_listed(bare(words[0])):
        return False  # a row's word in a name column ("Partner", "Totaal"): a common word no name list has
    core = " ".join(w for w in words if w.lower() not in PARTICLE_SET) or shape
    if not core[:1].isupper():
        return False
    return kind == "name" or core.isupper() or any(is_listed(bare(w)) for w in words)


def is_label_part(part: str) -> bool:
    """Blank, or one word that is a form's label (``Aanvrager``, ``Personeelsnummer``) or a stop word."""
    words = part.strip().rstrip(":").split()
    if not words:
        return True
    word = words[0].lower()
    return len(words) == 1 and (form_label_kind(words[0]) is not None or word.endswith(LABEL_ENDINGS) or word in STOP)


# A name's last part "van [de] X" where X is a street's name with its street word (``Bert van de Schoolstraat``)
# An addressee's title right before a name: with a surname it names a person as a full name does ("dhr. Bakker van
# Kerkweg 12", see ``person_then_street``).
_ADDRESSEE_BEFORE = re.compile(r"(?<![\w'’])((?i:mevrouw|meneer|mijnheer|mevr\.?|mw\.?|dhr\.?|hr\.|heer))[ \t]+$")
_STREET_TAIL = re.compile(r"(?<= )van(?: (de|der|den|het|'t))? ([A-ZÀ-Ý][a-zà-ÿ]+)$")
# (its street word after a stem of three letters or more: "Schoolstraat", "Loolaan"; a listed family name stays)
_STREET_WORDS = ("straat", "laan", "weg", "plein", "gracht", "kade", "singel", "steeg", "dreef")


def person_then_street(name: str, article: str | None, street: str) -> bool:
    """Whether ``NAME van [ARTICLE] STREET`` is a person and the street they live in (``Henriëtte Plomp van de
    Sluisweg``, ``Bert van de Schoolstraat``), not a street named after someone (``Anna van Burenstraat``, ``Rixt van
    Doniastraat``, ``Jan van der Heijdenstraat``): a full name before ``van``, or one name and a street after ``de``
    or ``het`` whose stem is a common word (a person's surname takes ``der``/``den`` or none).

    >>> person_then_street("Henriëtte Plomp", "de", "Sluisweg"), person_then_street("Bert", "de", "Schoolstraat")
    (True, True)
    >>> person_then_street("Anna", None, "Burenstraat"), person_then_street("Jan", "der", "Heijdenstraat")
    (False, False)
    """
    lower = street.lower()
    suffix = next((w for w in _STREET_WORDS if lower.endswith(w) and len(lower) >= len(w) + 3), None)
    if suffix is None or lower in family_names():
        return False
    if len(name.split()) >= 2:
        return True
    return article in ("de", "het") and lower[: -len(suffix)] in common_words()


_LEADING_TITLE = re.compile(r"([^\W\d_]+\.?)[ \t]+(?=[^\W\d_])")


def without_leading_titles(text: str, findings: list[Finding]) -> list[Finding]:
    """Each name that a form field's or a sender's whole value took a title in with (``naam: Ratu Joeli Waqanivalu``,
    tuning_163) starts after it: a title is no part of the name (the title rules find the name after it).

    >>> text = "naam: Ratu Joeli Waqanivalu"
    >>> [text[f.start : f.end] for f in without_leading_titles(text, [Finding(6, 27, "PERSON", 0.9, "x")])]
    ['Joeli Waqanivalu']
    """
    out = []
    for f in findings:
        m = _LEADING_TITLE.match(text, f.start, f.end)
        if m is not None and m.group(1).lower() in TITLE_SET:
            f = Finding(m.end(), f.end, f.entity_type, f.score, f.recognizer)
        out.append(f)
    return out


def without_street_tails(text: str, findings: list[Finding]) -> list[Finding]:
    """A name that runs on into a street's name (:func:`person_then_street`: ``met Bert van de Schoolstraat``,
    ``dhr. Van Ommeren van Loolaan 211``) ends before its ``van``: a caller says who and from which street.

    >>> text = "hallo met Bert van de Schoolstraat"
    >>> [text[f.start : f.end] for f in without_street_tails(text, [Finding(10, 34, "PERSON", 0.7, "x")])]
    ['Bert']
    """
    out: list[Finding] = []
    for f in findings:
        m = _STREET_TAIL.search(text, f.start, f.end) if f.entity_type == "PERSON" else None
        if m is not None and m.start() > f.start + 1:
            name = text[f.start : m.start()].strip()
            title = _ADDRESSEE_BEFORE.search(text, max(0, f.start - 12), f.start)
            if person_then_street(f"{title.group(1)} {name}" if title else name, m.group(1), m.group(2)):
                out.append(Finding(f.start, f.start + len(text[f.start : m.start()].rstrip()), f.entity_type, f.score,
                                   f.recognizer))  # fmt: skip
                continue
        out.append(f)
    return out


def split_at_wide_spaces(text: str, findings: list[Finding]) -> list[Finding]:
    """A name never holds a form's wide spacing: a finding that runs over one (``G. Smits              Aanvrager``)
    keeps its first part, and a part after a gap only when it holds a listed name and no label or firm word (the
    next cell of a form is another field's)."""
    out: list[Finding] = []
    for f in findings:
        if f.entity_type != "PERSON" or not _ROW_GAP.search(text, f.start, f.end):
            out.append(f)
            continue
        at = f.start
        for gap in [*_ROW_GAP.finditer(text, f.start, f.end), None]:
            end = gap.start() if gap is not None else f.end
            part = text[at:end]
            words = [bare(w) for w in part.split()]
            later_ok = any(is_listed(w) for w in words) and not any(is_orgish(w) for w in part.split())
            if not is_label_part(part) and (at == f.start or later_ok):
                out.append(Finding(at, end, f.entity_type, f.score, f.recognizer))
            if gap is None:
                break
            at = gap.end()
    return out


_CALL_NAME_IN_BRACKETS = re.compile(rf"\([{UPPER}][{LOWER}]+\)")


def surname_comma_given(value: str) -> bool:
    """``de Vries, J.``, ``Jansen, Piet``: a name-shaped surname, a comma, then initials or listed first names; the
    call name in brackets after them too (``Melse, Gerbrand (Gerb)``, tuning_57).

    >>> surname_comma_given("Cijsouw, Dina (Dien)"), surname_comma_given("Cijsouw, Dina (stop)")
    (True, False)
    """
    head, comma, tail = value.partition(",")
    given = tail.split()
    if len(given) > 1 and _CALL_NAME_IN_BRACKETS.fullmatch(given[-1]):
        given = given[:-1]
    return (
        bool(comma and given)
        and name_shaped(head)
        and all(re.fullmatch(INITIALS, w) or is_first_name(w) for w in given)
    )


def _comma_unlisted_given(value: str) -> bool:
    """``Oduro-Hendriks, Akua``, ``Lie, Kwan Hoa``: a name-shaped surname, a comma, then capitalised given names that
    are no common word (listed or not); or all in capitals, as an ID check's log writes them (``MERCERA, NORWIN``,
    tuning_112)."""
    head, comma, tail = value.partition(",")
    given = tail.split()
    shape = (
        rf"[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?"
        if head.isupper() and tail.isupper()
        else rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
    )
    return (
        bool(comma and given)
        and name_shaped(head)
        and all(re.fullmatch(shape, w) for w in given)
        and not any(w.lower() in common_words() and not is_first_name(w) for w in given)
    )


def comma_name_shaped(value: str) -> bool:
    """:func:`name_shaped`, or the register's ``Surname, Given names`` (``JANSEN, PETRA``, ``Bruijn, M. de``)."""
    head, comma, tail = value.partition(",")
    if comma:
        return "," not in tail and name_shaped(head) and name_shaped(tail)
    return name_shaped(value)


# OCR reads a letter in a name as a digit ("Mu1der", "B0sma"): such a word is one word, not a name and a number.
OCR_WORD_TAIL = re.compile(rf"[015]+[{LOWER}]+(?:[015]+[{LOWER}]+)*(?![\w])")
OCR_CAPITAL_I_TAIL = re.compile(rf"[I|][{LOWER}]*(?:[I|015][{LOWER}]*)*(?![\w|])")


def ocr_word_ends(text: str, findings: list[Finding]) -> list[Finding]:
    """A name that stops inside a word whose rest is letters with OCR's digits for letters (``H. Mu|1der``) or its
    capital I or bar for an l (``Be|Il``) ends with that word."""
    out = []
    for f in findings:
        tail = OCR_WORD_TAIL.match(text, f.end) if f.end < len(text) and text[f.end] in "015" else None
        if tail is None and 0 < f.end < len(text) and text[f.end - 1].isalpha() and text[f.end] in "I|":
            tail = OCR_CAPITAL_I_TAIL.match(text, f.end)  # "R. van der Be|Il": OCR's I or | for an l in the word
        out.append(Finding(f.start, tail.end(), f.entity_type, f.score, f.recognizer) if tail else f)
    return out


WIDE_SPACE = re.compile(r"[ \t]{3,}|\t")
# "Surname, Given names" (``VAN DEN BERG, Johannes Hendrik``, ``Veldhuis, A.M.``, ``BRUIJN, M. de``) ending at the
# line's end, a form's wide spacing, a bracket (``HUISMAN, T. (Tamara)``) or a birth word (``OOSTERBAAN, G.  geb.``).
COMMA_HEAD_REACH = 48  # characters before the comma the surname and its particles may take
COMMA_WRITTEN = re.compile(
    rf"[ \t]*(?P<name>(?P<head>(?:(?i:{PARTICLE_RE})[ \t]+){{0,3}}{ANY_WORD}(?:[ \t]+{ANY_WORD})?),[ \t]*"
    rf"(?P<tail>{INITIALS}|{ANY_WORD}(?:[ \t]+{ANY_WORD}){{0,2}})(?:[ \t]+(?i:{PARTICLE_RE}))*)"
    r"(?=[ \t]*(?:\n|$|\(|[\"'])|[ \t]{2,}|\t|,?[ \t]+(?i:geb))"
)
# The register's writing "Surname, Given names / initials [particles]" (``BRUIJN, M. de``, ``Hof, P. van 't``).
COMMA_NAME = re.compile(
    rf"{ANY_WORD}(?:[ \t]+{ANY_WORD})?,[ \t]*(?:{INITIALS}|{ANY_WORD}(?:[ \t]+{ANY_WORD})?)"
    rf"(?:[ \t]+(?i:{PARTICLE_RE}))*(?=[ \t]*$)"
)


def _lower_after_comma(value: str) -> bool:
    """Capitals before the comma and none after it (``Iris Wagenaar, negentien maart``), or after it a lower-case
    word that is no particle (``HENDRIKUS BLOM, paspoortnummer KB1JZCDE0``): a name and the next thing said, not the
    register's ``Surname, Given names`` (``Bruijn, M. de``, ``JANSEN, PETRA``)."""
    head, _, tail = value.partition(",")
    if not any(c.isupper() for c in head):
        return False
    words = tail.split()
    return not any(c.isupper() for c in tail) or (words[0][0].islower() and words[0] not in PARTICLE_SET)


# The name again in its own script in brackets after a form's value ("Otsuki, Kengo (大槻 健吾)", "Chae Seo-yun
# (채서윤)"): letters, none of them Latin (the bracketed name is read on its own).
_NATIVE_SCRIPT_ASIDE = re.compile(r"[ \t]*\((?=[^)\n]*[^\W\d_])(?![^)\n]*[A-Za-z\u00c0-\u024f])[^)\n]{1,40}\)")


def form_value(raw: str) -> str:
    """A form field's value: up to a form's wide spacing, then the comma writing whole, or else up to the next
    label or common word; the name in another script in brackets after it left out."""
    raw = WIDE_SPACE.split(raw, maxsplit=1)[0].rstrip()
    aside = _NATIVE_SCRIPT_ASIDE.search(raw) if "(" in raw else None
    if aside is not None:
        raw = raw[: aside.start()]
    comma = COMMA_NAME.match(raw)
    if comma is not None and not _lower_after_comma(comma.group()):
        return comma.group()
    value = cut_at_label(raw).rstrip(" \t,.")
    if "," in value and _lower_after_comma(value):
        return value.partition(",")[0].rstrip()
    if raw[len(value) : len(value) + 1] == "." and TRAILING_INITIAL.search(value):
        value += "."  # the last initial's dot ("Voorl.: R.J.")
    return value


# A form's label, as OCR may have damaged it, at a line start or after wide spacing, then a colon and a value.
FORM_LABEL = re.compile(r"[A-Za-z][A-Za-z0-9|ëé. ]{1,24}")
FORM_VALUE = re.compile(r"[ \t]*([^\n:]{1,60})")
# Name labels and role labels whose value is a person's name, spaces dropped, folded as OCR'd labels are.
NAME_LABELS = frozenset(
    ocr_folded(w)
    for w in "naam name names achternaam voornaam voornamen voorletters surname givenname givennames firstname "
    "lastname naamklant naamwerknemer naamhouder naampatiënt naampatient roepnaam geboortenaam familienaam "
    # a form's names of the family: "Naam kind", "Naam moeder", "Geslachtsnaam"; initials: "Voorl."
    "naamkind naammoeder naamvader naampartner naamouder naamechtgenoot naamechtgenote geslachtsnaam voorl".split()
)
# OCR also drops a letter of a label ("Narn:" for "Naam:", "Voornarn:"): a name label with one letter missing
# (labels of four letters or more, so that the shortened label keeps three).
NAME_LABELS_ONE_DROPPED = frozenset(
    label[:i] + label[i + 1 :] for label in NAME_LABELS if len(label) >= 4 for i in range(len(label))
)
# A column of a surname's particles ("Voorletters   Tussenv.   Achternaam"): its values are particles only.
PARTICLE_LABELS = frozenset(ocr_folded(w) for w in "tussenvoegsel tussenvoegsels tussenv tussenvgs".split())
# A name label, a person's role and a colon: "Achternaam erflater:", "Naam van de moeder:", "Voornamen kind:".
ROLE_NAME_FIELD = re.compile(
    r"(?im)^[ \t]*(?:naa(?:m|rn)|achternaa(?:m|rn)|geslachtsnaam|voorna(?:m|rn)en?|voorletters)[ \t]+"
    r"(?:van[ \t]+(?:de|het)[ \t]+)?(?P<role>[a-zéë]{3,20})[ \t]*:[ \t]*"
)
# Roles only a person has, that such a label names (not "Naam bedrijf:", "Naam school:").
PERSON_ROLES = word_set(
    """
    erflater overledene erfgenaam kind moeder vader partner echtgenoot echtgenote ouder verzoeker verzoekster
    gemachtigde getuige bewoner eigenaar koper verkoper verhuurder huurder leerling student deelnemer
    werknemer werkgever patiënt cliënt aanvrager verzekerde begunstigde rekeninghouder contactpersoon
    vertegenwoordiger voogd zoon dochter broer zus
    """
)
ROLE_LABELS = frozenset(
    ocr_folded(w)
    for w in "werknemer huurder patiënt patient verzekerde aanvrager kaarthouder rekeninghouder houder "
    "ondergetekende begunstigde cliënt client employee holder".split()
)
# A form's row without a colon: a label of one or two words at the line start, wide spacing, a value.
SPACED_FIELD = re.compile(
    # (a form's item number before the label, "1.2 Voorletters ....... H.M.")
    r"[ \t]*(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?[ \t]+)?"
    r"(?P<label>[A-Za-z][A-Za-z0-9|ëé.]{1,24}?(?: [A-Za-z][A-Za-z0-9|ëé.]{1,24}?)?)"
    # wide spacing, or a form's dot leaders between label and value
    r"(?:[ \t]{3,}|\t[ \t]*|[ \t]*\.{4,}[ \t]*)"
    r"(?P<value>[^\s:.][^\n:]{0,59})"
)
# A digit OCR read for a letter inside a word (K0BUS, Wi11ems): read as a letter when judging a value's shape.
OCR_DIGIT_IN_WORD = re.compile(r"(?<=[A-Za-z])[0135]|[0135](?=[A-Za-z])")


def ocr_value_shape(value: str) -> str:
    """A form value as its shape is judged: OCR's digits inside words read as letters (``KEMPA, GRZEG0RZ`` after an
    OCR'd ``Werknerner:``, ``QUACH KHANH T0AN``: tuning_59, _63, where only the spaced and plain field rules read
    them so).

    >>> ocr_value_shape("KEMPA, GRZEG0RZ"), ocr_value_shape("Karel de Vries")
    ('KEMPA, GRZEGoRZ', 'Karel de Vries')
    """
    return OCR_DIGIT_IN_WORD.sub("o", value) if any(c.isdigit() for c in value) else value


# A capitalised word (or one in capitals) with a letter OCR confuses or a digit it reads for a letter.
# (Not | or !, which OCR also reads for l: they end words and sentences far more often.)
# SQL's words in capitals that fold to a name as OCR damages names (LIKE as "Lize"): never one in a query or a log.
SQL_CAPITALS = frozenset({"LIKE", "ILIKE", "WHERE", "SELECT", "VALUES", "BETWEEN", "HAVING", "UNION", "EXISTS"})
OCR_CANDIDATE = re.compile(rf"[{UPPER}][{UPPER}{LOWER}0135]{{3,}}")
_OCR_NAME_EXTRA = str.maketrans("3", "e")  # beyond context.ocr_folded's confusions: 3 for e (P3tra)
NAME_WORD_BEFORE = re.compile(rf"((?:{INITIALS})|[{UPPER}{LOWER}][{UPPER}{LOWER}0135]+)[ \t]$")
NAME_WORD_AFTER = re.compile(rf"[ \t]((?:{INITIALS})|[{UPPER}{LOWER}][{UPPER}{LOWER}0135'-]+)")


@lru_cache(maxsize=1 << 14)
def ocr_name_key(word: str) -> str:
    """How ``word`` reads with OCR's confusions folded (``Pleter``, ``Pieter`` and ``P1eter`` alike)."""
    return ocr_folded(word.translate(_OCR_NAME_EXTRA))


@lru_cache(maxsize=1)
def ocr_name_index() -> frozenset[str]:
    """The OCR-folded writings of listed first and family names of four letters or more that are no common word,
    minus every folded common word (so that a damaged word is never taken for a name)."""
    words = common_words()
    names = _ocr_name_keys([n for n in (*first_names(), *family_names()) if len(n) >= 4 and n not in words])
    # a damaged place (Arnhern, Rotterdarn) is the place rules' even where a family name is written the same
    others = _ocr_name_keys([*words, *STOP, *places()])
    return frozenset(names - others)


def _ocr_name_keys(words: list[str]) -> set[str]:
    """``{ocr_name_key(w) for w in words}``, folded as one text: every step of the folding is a character map or
    a replacement of letters within a word, so a line break between the words keeps them apart. One call instead
    of 175,000: the index is built in ≈ 0.25 instead of ≈ 0.33 CPU-s, in every worker and CLI start."""
    return set(ocr_folded("\n".join(words).translate(_OCR_NAME_EXTRA)).split("\n"))


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Common words and listed first and family names: a word written as one of them is not OCR-damaged."""
    return common_words() | first_names() | family_names()


@lru_cache(maxsize=1 << 16)
def _ocr_damaged_name(word: str) -> bool:
    """``word`` (an OCR_CANDIDATE) is no listed word or name as written but reads as a listed name with OCR's
    confusions folded (asked once per word: a text's capitalised words recur across texts)."""
    if word.lower() in known_words() or not (word.isalpha() or _mostly_letters(word)):
        return False
    if word.lower() in FOREIGN_KIN_SET:
        return False  # a family's word for a parent, no misread name ("Aama:", Nepali's mother, is no "Anna")
    from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

    # (a word of Dutch or English as written is no damaged name: "Claim" folds to "daim")
    return ocr_name_key(word) in ocr_name_index() and not word_like(word)


def _mostly_letters(word: str) -> bool:
    """Three letters or more, at most one digit per two letters and no digit at the end: ``Wi11ems``, ``P3tra``;
    not ``NL51``, nor a user name that counts on (``Ann1``, ``Daan01``)."""
    letters = sum(c.isalpha() for c in word)
    return letters >= 3 and 2 * (len(word) - letters) <= letters and not word[-1].isdigit()


def _name_part(word: str, last: bool = False) -> bool:
    """A word that continues a name found in OCR'd text: initials, a particle (not last), a listed name, or
    a damaged one."""
    if re.fullmatch(INITIALS, word):
        return not last
    if word.isupper() and len(word) <= 3:
        return False  # "AB" of a postcode, "BV": initials carry dots
    lower = word.lower()
    if lower in PARTICLE_SET:
        return not last and word.islower()
    if lower in STOP or not word[:1].isupper():
        return False
    if lower in common_words():
        # a capitalised surname that is also a word after the name (Ernrna Schilder, Pleter Bakker)
        return last and lower in family_names()
    return is_listed(word) or ocr_name_key(word) in ocr_name_index()


LICENCE_NAME_FIELD = re.compile(r"(?m)^[ \t]*[12]\.[ \t]+(?P<value>[^\n]{1,60})")


@lru_cache(maxsize=1)
def word_first_names() -> frozenset[str]:
    """Listed first names that are also common words (``ellen``, ``roos``), but no function word or verb a
    person does (``wil``, ``zegt``): they start a name only before a particle and a surname."""
    return frozenset(
        n for n in first_names() & common_words() if n not in STOP and n not in person_verb_words() and len(n) > 2
    )


# The NATO spelling alphabet, as a transcript writes it.
NATO_WORDS = word_set(
    "alfa alpha bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike november oscar"
    " papa quebec romeo sierra tango uniform victor whiskey whisky xray x-ray yankee zulu"
)
_NATO_WORD = "(?:" + "|".join(sorted(NATO_WORDS, key=len, reverse=True)) + ")"
NATO_RUN = re.compile(rf"(?<![\w-]){_NATO_WORD}(?:[ \t,.-]{{1,3}}{_NATO_WORD}){{2,}}(?![\w-])")
# One letter of the Dutch spelling alphabet: "d van dirk" ("ij van ijmuiden" is one letter), then a separator.
_SPELLED_LETTER = re.compile(r"(ij|[a-z]) van ([a-z]+)")
_SPELLED_GAP = re.compile(r"[ \t,.;-]{1,4}")


def alphabet_spelled_word(spelled: str) -> str | None:
    """The word a run of the Dutch or NATO spelling alphabet spells (``d van dirk, e van eduard`` → ``de``,
    ``bravo romeo oscar`` → ``bro``, ``t van theo e r p`` → ``terp``), or None when ``spelled`` is no such run.

    >>> alphabet_spelled_word("d van dirk, e van eduard, k van karel"), alphabet_spelled_word("kilo oscar kilo")
    ('dek', 'kok')
    >>> alphabet_spelled_word("w van willem o u t"), alphabet_spelled_word("de v van victor r i e s")
    ('wout', 'de vries')
    """
    lowered = spelled.lower()
    particles = PARTICLES_LEAD.match(lowered)  # "de v van victor r i e s": "de vries"
    head = f"{' '.join(particles.group(1).split())} " if particles is not None else ""
    letters = lowered[particles.end() :] if particles is not None else lowered
    runs = dutch_spelled_runs(letters)
    if runs == [(0, len(letters))]:
        return head + "".join(m.group(1) or m.group(2) for m in _SPELLED_TOKEN.finditer(letters))
    if NATO_RUN.fullmatch(lowered):
        return "".join(word[0] for word in re.findall(r"[a-z-]+", lowered))
    return None


# A letter spelled on its own beside letters of the spelling alphabet ("t van theo e r p s t r a").
_SINGLE_LETTER = re.compile(r"[ \t,.;-]{1,4}(ij|[a-z])(?![\w'’-])")
_SPELLED_TOKEN = re.compile(r"(ij|[a-z]) van [a-z]+|(ij|[a-z])(?![\w'’-])")  # a run's letters, each group 1 or 2


def dutch_spelled_runs(lowered: str) -> list[tuple[int, int]]:
    """Spans of letters spelled as ``d van dirk`` in ``lowered``: two or more in a row, or one with two or more
    letters spelled on their own after it (a caller spells the hard letter with a word and the rest plainly:
    ``t van theo e r p s t r a``). Found from the positions of ``" van "`` (each word after ``van`` starting with
    its letter).

    >>> text = "dat is d van dirk, e van eduard, k van karel. ok, a van het"
    >>> [text[s:e] for s, e in dutch_spelled_runs(text)]
    ['d van dirk, e van eduard, k van karel']
    >>> text = "ja t van theo e r p s t r a, en u? p van piet en"
    >>> [text[s:e] for s, e in dutch_spelled_runs(text)]
    ['t van theo e r p s t r a']
    """
    units: list[tuple[int, int]] = []
    for at in positions(lowered, " van "):
        for width in (2, 1):
            letter_at = at - width
            if letter_at < 0 or (letter_at and lowered[letter_at - 1].isalnum()):
                continue
            m = _SPELLED_LETTER.match(lowered, letter_at)
            if m is None or m.start(2) != at + 5 or not m.group(2).startswith(m.group(1)):
                continue
            if m.end() < len(lowered) and lowered[m.end()].isalnum():
                continue
            units.append(m.span())
            break
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(units):
        start, end = units[i]
        spelled, single = 1, 0
        i += 1
        while True:
            if i < len(units) and _SPELLED_GAP.fullmatch(lowered, end, units[i][0]):
                end, spelled, i = units[i][1], spelled + 1, i + 1
            elif (letter := _SINGLE_LETTER.match(lowered, end)) is not None:
                end, single = letter.end(), single + 1
            else:
                break
        if spelled >= 2 or single >= 2:
            runs.append((start, end))
    return runs


# How a word is spelled, after it: "met een d", "met een lange ij", "met twee k's", "met dubbel s".
SPELLING_REMARK = re.compile(
    r"met[ \t]+(?:(?:een|twee)[ \t]+(?:(?:lange|korte|hoofdletter|kleine|dubbele?)[ \t]+)?|dubbele?[ \t]+)"
    r"(?:ij|ei|[a-z])(?:['’]?(?:s|en))?(?![\w'’-])"
)
# The word the remark is about, with its particles, right before it or before "is"/"wordt" ("smulders is met een d").
SAID_WITH_REMARK = re.compile(
    rf"(?<![\w'’-])((?:(?i:{PARTICLE_RE})[ \t]+){{0,3}}[{UPPER}{LOWER}][{LOWER}{UPPER}'-]{{2,}})"
    r"(?:[ \t]+(?:is|wordt|schrijf je|schrijft u))?[ \t,]*[ \t]$"
)
# A surname's particles right before a spelled run, at a word start.
PARTICLES_BEFORE = re.compile(rf"(?<![\w'’-])((?:{PARTICLE_RE})(?:[ \t]+(?:{PARTICLE_RE}))*)[ \t]+$")
PARTICLES_LEAD = re.compile(rf"((?:{PARTICLE_RE})(?:[ \t]+(?:{PARTICLE_RE}))*)[ \t]+(?=\w)")
# A digit read out right before a spelled run: the run is a postcode's letters.
SPOKEN_DIGIT_BEFORE = re.compile(r"(?<![\w])(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|\d)[ \t,]*$")
# A turn that opens with "met" and a name: answering the phone.
# What may stand before it on its line: a speaker label (speech recognition's without a colon), a yes or a greeting.
# (A time stamp before the label may hold colons itself: "[09:01] Beller:", "00:00:03 klant".)
PHONE_ANSWER_LEAD = re.compile(
    r"(?i)(?:\[[^\]\n]{1,30}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?"
    r"(?:[^\n:]{0,40}:|(?:klant|agent|beller|medewerker|spreker[ \t]*\d?)[ \t]+)?[ \t]*"
    r"(?:(?:ja|nee|hallo|hoi|goedemorgen|goedemiddag|goedenavond|dag|goeiemorgen|goeiedag)[ \t]*[,.!]?[ \t]*)*"
)
CAP_SURNAME = re.compile(rf"(?:(?i:{PARTICLE_RE})[ \t]+)*{CAP_WORD}")
# Speech recognition runs the caller's next sentence on without a stop: "ja dag met de groot ik bel voor mijn moeder".
CALLER_GOES_ON = re.compile(r"[ \t]+(?:ik|wij|we)[ \t]+(?:bel|belde|wou|wilde)(?![\w])")
# "van" and the desk or firm a caller works for, after the first name a call is answered with: "van de Gamma", "van
# klantenservice" (not a surname's particle: "van Dijk" is a listed surname and stays the name's).
EMPLOYER_AFTER = re.compile(r"[ \t]+(van[ \t]+(?:(?:de|het)[ \t]+)?[\w-]+)")


def employer_after(text: str, pos: int) -> bool:
    """``van`` and a desk or firm follow ``pos`` (``van de Gamma``), not a listed surname (``van Dijk``)."""
    m = EMPLOYER_AFTER.match(text, pos)
    return m is not None and not is_family_name(" ".join(m.group(1).split()))


# A question for a name at the end of a turn, then the next turn's speaker label.
# (also asked without the word: "Hoe heet hij?", "En u bent meneer...?")
NAME_QUESTION = re.compile(
    r"(?i)\b(?:naam|achternaam|voornaam|voornamen|naam spellen|u[ \t]+bent[ \t]+(?:meneer|mevrouw)"
    # (a person's, not a thing's: "hoe heet je hond?")
    r"|hoe[ \t]+heet[ \t]+(?:hij|ze|zij|u|jij|je)(?=[ \t]*(?:eigenlijk|ook[ \t]+alweer|voluit)?[ \t]*\?))\b"
    r"[^\n?]{0,30}\?[ \t]*\n"
)
# Speech recognition drops the question mark: then "uw/je naam" ends the turn ("mag ik uw achternaam", "kunt u uw
# naam even spellen"), read in the lower-cased copy from the "naam" on.
BARE_NAME_QUESTION = re.compile(
    r"naam(?:[ \t]+(?:even|nog|eens|graag|alstublieft|spellen|noemen|geven|zeggen)){0,3}[ \t]*\n"
)
YOUR_BEFORE = re.compile(r"(?<![\w])(?:uw|je|jouw)[ \t]+(?:achter|voor)?$")
# (A spoken answer opens with a filler or "dat is": "eh dat is van der berg", "ehm marieke"; they are no name.)
ANSWER_TURN = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?[^\n:]{1,30}:[ \t]*"
    r"(?:(?:eh+m?|uh+m?|ehm|uhm|nou|ja|(?:dat|het|die)[ \t]+is)[ \t]*,?[ \t]+)*"
    rf"(?P<value>{ANY_WORD}(?:[ \t]+{ANY_WORD}){{0,2}})"
    r"(?=[ \t]*(?:[,.!]|\n|$))"
)
# Short answers that are no name.
ANSWER_WORDS = word_set("ja nee jawel zeker klopt prima oke oké ok sorry eh uhm momentje moment wacht even natuurlijk")


def merge(findings: list[Finding]) -> list[Finding]:
    """Overlapping PERSON findings become one finding over their union, with the best score."""
    out: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if out and f.start < out[-1].end:
            last = out[-1]
            out[-1] = Finding(last.start, max(last.end, f.end), "PERSON", max(last.score, f.score), last.recognizer)
        else:
            out.append(f)
    return out


# (and the holder's name an MRZ whose check digits hold spells: its visual zone's BROUWER or DE BAKKER is the name,
# however common a word it is)
# (and the Korean, Chinese and Japanese names recognisers': their family names are words too, "PARK Ji-hoon", "Song
# Min-ji", "Long Xiaoming", "MORI Kenta"; and the
# caseless chat senders', the Hangul names' and the Georgian, Armenian and Arabic-script names': no word of Hangul,
# kanji, Georgian, Armenian or Arabic letters is plausible to the rules for Latin letters)
MODEL_SOURCES_EXEMPT = {
    "PersonNameRecognizer",
    "NameConsistency",
    "MrzHolder",
    "BracketedName",
    "KoreanNameRecognizer",
    "ChineseNameRecognizer",
    "MalayNameRecognizer",
    "PatronymicNameRecognizer",
    "ThaiNameRecognizer",
    "JapaneseNameRecognizer",
    "CaselessSenderRecognizer",
    "HangulNameRecognizer",
    "CaucasusNameRecognizer",
    "ArabicScriptNameRecognizer",
    "WestAfricanScriptNameRecognizer",
}


# Organisation words long enough to recognise as the end of a compound ("Woonstichting").
ORG_ENDINGS = tuple(sorted(h for h in ORG_HINTS if len(h) >= 6))


# The word predicates below are pure and asked about the same words over and over; caching them is
# a good part of the analyzer's speed on support text.
@lru_cache(maxsize=1 << 16)
def is_orgish(word: str) -> bool:
    """An organisation word, or a compound ending in one (``Woonstichting``, ``Energiebedrijf``)."""
    w = word.lower().strip(".,:;'\"")
    return w in ORG_HINTS or w.rstrip(".") in ORG_HINTS or w.endswith(ORG_ENDINGS)


@lru_cache(maxsize=1 << 16)
def is_compound_noun(word: str) -> bool:
    """A long unlisted word ending in a common word (``Foutrapport``, ``Servicekosten``): not a name."""
    w = word.lower()
    if len(w) < 8 or w in first_names() or w in family_names():
        return False
    return any(w[i:] in common_words() for i in range(3, len(w) - 3))


def is_listed(word: str) -> bool:
    w = word.lower()
    return w in first_names() or w in family_names()


# Prepositions of place (Dutch, French, Spanish, German, English) that no name holds as a particle, as "van", "de" or
# "da" are held: a model's span running over one runs on from a name to a place.
_PREPOSITIONS_NOT_IN_NAMES = frozenset("in uit vanuit naar depuis chez au aux desde hasta aus nach from".split())


def _listed_place_after(words: list[tuple[int, int, str]]) -> bool:
    """The first one to three of ``words`` (punctuation stripped) name a listed place."""
    from afscherm.detectors.place_names import lookup  # (place_names reads this module's lists)

    names = [w.strip(".,;:!?()\"'") for _, _, w in words[:3]]
    return any(lookup(" ".join(names[:n])) is not None for n in range(len(names), 0, -1) if names[n - 1])


def plausible_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A PERSON span from the NER model trimmed to its name, or None when it cannot be a person's name.

    The model trained on newspapers tags field labels (``Geboortedatum``), organisations
    (``Zorgverzekeraar Duinzicht``), exception names (``KeyError``), devices (``Nokia G42``) and
    capitalised sentence starts (``Graag``) as names, swallows brackets from chat prefixes
    (``] Klant``), greetings (``Hoi Kees``) and the next line's label.
    """
    while start < end and not text[start].isalpha():
        start += 1
    newline = text.find("\n", start, end)
    if newline >= 0:  # names do not cross lines; the model sometimes swallows the next field label
        end = newline
    words = [(m.start() + start, m.end() + start, m.group()) for m in re.finditer(r"\S+", text[start:end])]
    # Leading greetings, titles and labels are context, not name ("Hoi Kees", "dhr. Kemper", "T.a.v. X").
    while words and bare(words[0][2]) not in PARTICLE_SET and is_context_word(words):
        words.pop(0)
    # "Tim van Parkeerbeheer", "Ella van Lage Landen Mobiel": the name ends where the organisation starts.
    for i, (_, _, w) in enumerate(words):
        if is_orgish(w):
            cut = i
            while cut > 0 and bare(words[cut - 1][2]) in PARTICLE_SET:
                cut -= 1
            words = words[:cut] if cut > 0 and bare(words[cut][2]) in PARTICLE_SET or cut < i else []
            break
    # A preposition in lower case that no name holds ends the name: "Kodjo depuis Lomé" (tuning_177) is a person and
    # where he writes from, when what follows is a listed place (the place rules cover it then; an unlisted one,
    # "Willi Laumen aus Teveren", stays covered inside the model's span: fail closed).
    for i, (_, _, w) in enumerate(words[1:], 1):
        if w in _PREPOSITIONS_NOT_IN_NAMES and _listed_place_after(words[i + 1 :]):
            words = words[:i]
            break
    # Trailing lowercase chat words ("hanneke hier"): keep up to the last listed name word.
    if words and all(w.islower() for _, _, w in words) and len(words) > 1:
        while len(words) > 1 and not is_listed(bare(words[-1][2])):
            words.pop()
    while words and (bare(words[-1][2]) in STOP or bare(words[-1][2]) in PARTICLE_SET):
        words.pop()
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    while end > start and not (text[end - 1].isalpha() or text[end - 1] == "."):
        end -= 1
    value = text[start:end]
    names = value.split()
    if not names or re.search(r"[\d@_/<>=]", value) or any(is_orgish(w) for w in names):
        return None
    if len(names) == 2 and names[0] in ("De", "Het", "Den") and not is_family_name(value) and not is_listed(names[1]):
        return None  # "De Tros", "Het Nieuwsblad": an article before an unlisted word names a thing
    if len(re.sub(r"\W", "", value)) < 2 or re.fullmatch(rf"[{UPPER}{LOWER}]", names[-1]):
        return None  # a name does not end in a bare letter ("Motorola g", "Nokia G")
    if len(names) == 1:
        word = names[0]
        lowered = bare(word)
        if re.search(r"[a-z][A-Z]", word):  # CamelCase: identifiers and exception names
            return None
        # All capitals and unlisted: a label or acronym, unless it is initials in brackets ("( KS )").
        initials = len(word) <= 4 and re.search(r"\([ \t]*$", text[max(0, start - 3) : start]) is not None
        if word.isupper() and not is_listed(lowered) and not initials:
            return None
        if lowered in common_words() and lowered not in first_names():
            return None
        if is_compound_noun(word):
            return None
        if re.search(r"isch(?:e)?$", lowered):  # adjectives of nationality or style ("Joegoslavisch")
            return None
        # "12 Jan 2026", "Jan 2026": a month abbreviation in a date, not the name Jan.
        if re.match(r"[ \t]+\d{4}\b", text[end : end + 6]) or re.search(r"\d[ \t]+$", text[max(0, start - 4) : start]):
            return None
    return start, end


def is_context_word(words: list[tuple[int, int, str]]) -> bool:
    """The span's first word is context: a label, title, greeting, common word or a role before a name."""
    first = bare(words[0][2])
    if first in STOP or first in TITLE_SET or first in GREETING_SET:
        return True
    if len(words) < 2:
        return False
    if first in common_words() or first in KIN_WORD_SET or is_compound_noun(words[0][2]):
        return True
    # "Correspondent Kees Broere", "Fransman David Ginola": a role word before a listed first name, and a saint's word
    # before a saint's name ("Sveti Nikola", "Agios Ioannis"). No family name, unless it is a Dutch or English word and
    # so the role it says ("Schipper Tsjerk Fopma:", tuning_103): a name written surname first ("Chhun Sreynich",
    # "Fodor István", tuning_156 and tuning_78) is the person's name whole.
    from afscherm.detectors.name_slots import word_like  # (it reads this module's lists)

    first_word, second = words[0][2], words[1][2]
    role = first in SAINT_WORDS or (
        not is_first_name(first_word) and (not is_family_name(first_word) or word_like(first_word))
    )
    return role and second[:1].isupper() and is_first_name(second)


# "Saint" in the languages of the churches, feasts and places a name follows ("Sveti Nikola", "Agios Ioannis", "Szent
# István", "Surb Grigor"): the span is a saint's, no person's.
# (and Syriac "Mor", "Mar": "Mor Afrem", "Mar Gewargis", tuning_169)
SAINT_WORDS = frozenset(
    "saint sainte agios agia agiou agioi aghios sveti sveta sv szent surb sao são santo mor mar".split()
)


def _after_a_saints_word(text: str, start: int) -> bool:
    """Whether a saint's word (``SAINT_WORDS``) stands right before the name at ``start``: "parochie Mor Afrem
    Enschede" names a church and its town (tuning_169); "Mar" capitalised only (Flemish chats write "maar" so)."""
    before = _PREVIOUS_WORD.search(text, max(0, start - 14), start)
    if before is None:
        return False
    word = before.group(1)
    return word.lower() in SAINT_WORDS and (word.lower() != "mar" or word == "Mar")


def bare(word: str) -> str:
    return word.lower().strip(".,:;'\"!?()")


TITLE_SET = {t.rstrip(".") for t in TITLES} | set(TITLES) | {"t.a.v", "tav", "aan"}
GREETING_SET = {g for g in GREETINGS if " " not in g}


# A place label right before a span: "Geboorteplaats / Place of birth\nALMELO", "Burgemeester van EDE".
PLACE_LABEL = re.compile(
    r"(?i)(?:plaats|place of birth|place|authority|autoriteit|burgemeester van|wonend te|woonachtig te)"
    r"[^\n]{0,12}\n?[ \t]*$"
)


def after_place_label(text: str, start: int) -> bool:
    return PLACE_LABEL.search(text[max(0, start - 50) : start]) is not None


def clean_persons(text: str, findings: list[Finding]) -> list[Finding]:
    """Trim or drop implausible PERSON findings of the NER model; other findings pass unchanged.

    A model PERSON on a name the training data knows only as a place becomes a LOCATION; only as an
    organisation or other name, it is dropped. A name running on into a street is cut before it
    (:func:`without_street_tails`)."""
    out = []
    for f in without_street_tails(text, findings):
        if f.entity_type != "PERSON" or f.recognizer in MODEL_SOURCES_EXEMPT:
            out.append(f)
            continue
        span = plausible_span(text, f.start, f.end)
        if span is None or after_place_label(text, span[0]) or header_cell(text, *span):
            continue  # (a table's column name: "Name,Given Name,Family Name,Birthday")
        value = text[span[0] : span[1]]
        known = non_person_entities().get(value) or ("LOC" if is_place_not_name(value) else None)
        if known == "LOC":  # a place the model typed as a person
            out.append(Finding(span[0], span[1], "LOCATION", f.score, f.recognizer))
        elif known is None:
            out.append(Finding(span[0], span[1], "PERSON", f.score, f.recognizer))
    return out
