"""PERSON: a lower-case word of a line written in another language a Dutch family chats in is that language's word,
not a person's name.

Families of Curaçao, Aruba and Bonaire write to each other and to Dutch desks in Papiamentu, Moluccan families in
Ambonese Malay, Surinamese Hindustani families in Sarnami (with Sranan Tongo), Nepali families in romanised Nepali, all
in lower case as chats are written.
Many of their everyday words are first names elsewhere in the world (Papiamentu ``warda`` 'wait', ``awa`` 'water',
``mucha`` 'child'; Malay ``ale`` 'you', ``ada`` 'there is'; Sarnami ``mila`` 'got', ``didi`` 'sister'), so the rules
that read a listed first name typed in lower case in a chat's line would name people in every other sentence ("wela
ta warda bo na westpunt", tuning_112; "ale deng usi mau datang", "yang lama su mati", tuning_113; "didi kahan rukbe",
"nani aur mummy aawat hai", tuning_114). A line holding two of a language's distinctive little words
(:attr:`Language.markers`), in a text holding four, is written in it; there a PERSON found in lower case whose every
word is one of the language's frequent words (its hand-written lexicon in ``data/lexicons/``) is dropped. Capitalised
names stay whatever the line's language.

>>> from afscherm.detectors.findings import Finding
>>> text = "wela ta warda bo na westpunt, dushi. awor mi ta bai"
>>> at = text.index("warda")
>>> foreign_words_as_names(text, None, [Finding(at, at + 5, "PERSON", 0.6, "PersonNameRecognizer")])
[]
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from afscherm.detectors.findings import Finding
from afscherm.detectors.person_name import common_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

LEXICONS = Path(__file__).parent / "data" / "lexicons"


class Language(NamedTuple):
    """A language of family chats: its lexicon (a file, or a wordfreq language's code: see :func:`lexicon_words`)
    and the little words that mark a line as written in it."""

    name: str
    lexicon: Path | str
    # none a Dutch, English or Spanish word of its own, nor a common given name
    markers: frozenset[str]
    # a text or a line is written in it by its markers only, not by its lexicon's words: its people's given names are
    # its words (Vietnamese "minh", "linh", "tuan", "huong" in a Dutch line, tuning_49)
    markers_only: bool = False


LANGUAGES = (
    # (not "bin", Low Saxon's "am"; not "lo", Spanish's "it")
    Language(
        "Papiamentu",
        LEXICONS / "papiamentu_words_pap.txt",
        frozenset("ta bo nan tin ku awor tambe danki dushi boso aki awe mañan kiko tabata mucha buska".split()),
    ),
    # (not "dan", Dutch's "then"; not "ada" nor "beta", words or names elsewhere)
    Language(
        "Ambonese Malay",
        LEXICONS / "ambonese_malay_words_abs.txt",
        frozenset("katong pung seng deng yang ini itu sudah tidak untuk dengan juga kasi bilang mau tolong".split()),
    ),
    # (not "ke", "na" nor "se", Papiamentu's and Spanish's words too)
    Language(
        "Sarnami Hindustani",
        LEXICONS / "sarnami_words_hns.txt",
        frozenset(
            "hai hain mein nahi nai aur bhi kya hamke tohe tohar hamar bolat aawat kahan kaise rahe rahi".split()
        ),
    ),
    # (romanised Nepali, tuning_120's families: "yo ho", "buurthuis ho ni"; not "ho" nor "ma", a given name and
    # Dutch's "mother", nor "hola", Spanish's "hello")
    Language(
        "Nepali",
        LEXICONS / "nepali_words_ne.txt",
        frozenset("cha chha xa chaina haina hoina mero timro malai tapai hajur garnu garne bhayo bhane kasto".split()),
    ),
    # Tagalog and Indonesian, which wordfreq knows: their lexicon is its most frequent words (Filipino and Indonesian
    # families' "ako", "kay", "yun", "kaya", "ada", "mana", "tau": first names elsewhere, tuning_122); not "po" nor
    # "pa", Dutch's "dad"; not "dia", "ibu", names or kin too
    Language(
        "Tagalog",
        "fil",
        frozenset(
            "ang mga ako ikaw siya kami tayo kayo sila naman lang yung kasi talaga hindi wala sige ngayon".split()
        ),
    ),
    Language(
        "Indonesian",
        "id",
        frozenset("yang tidak sudah belum aku kamu saya dengan untuk juga bisa udah gak nggak banget dong".split()),
    ),
    # Spanish as Latin American families type it (tuning_130: "ya sabe", "mijo soy", "en el tren", "ya po"; its lexicon
    # without the words that are given names too: luz, paz, rosa, vale); not "jaja", Dutch's "yes yes" too, nor "es",
    # "me", "no", Dutch and English words
    Language(
        "Spanish",
        LEXICONS / "spanish_words_es.txt",
        frozenset(
            "que pero porque xq estoy está tengo tiene muy gracias bueno ahora también tambien todavía donde cuando "
            "hola usted".split()
        ),
    ),
    # Arabic as Iraqi, Levantine and Egyptian families type it in Latin letters (tuning_129: "ana agdar", "ana msafir",
    # "eli yirid"); not "ana", a Spanish and Portuguese given name, nor "bas", Dutch's
    Language(
        "Arabizi",
        LEXICONS / "arabizi_words_ar.txt",
        frozenset(
            "inta inti shlon shlonak shlonich shaku maku hatha hathi wallah wallahi inshallah yalla shukran habibi "
            "agdar shno kifak izzayak khalas "
            # (Egyptian and Sudanese, tuning_134: "ezayak", "keda", "msh", "feen"; not "mesh", an English word)
            "ezay ezayak ezayek keda kda msh leh feen mashy tayeb shokran ahlan".split()
        ),
    ),
    # French as Belgian, Congolese and Cameroonian families type and say it (tuning_132: "elle a soixante-cinq ans",
    # "trois mille soixante-douze", "ma femme"; its lexicon without the words that are given names too: jean, grace,
    # merveille); not "je", "les", "pas", "en", Dutch words too
    Language(
        "French",
        LEXICONS / "french_words_fr.txt",
        frozenset(
            "vous nous avec pour mais suis oui merci bonjour très tres aussi alors donc quoi sont était est".split()
        ),
    ),
    # Vietnamese, which wordfreq knows: "anh", "chị", "em" (the pronouns of kin a chat addresses people with), "mai"
    # (tomorrow), "ngày" (day) are given names elsewhere (tuning_151); not "ba", "con", "me", Dutch and English words,
    # nor "anh", "hoa", given names too
    Language(
        "Vietnamese",
        "vi",
        frozenset("không được của là và có này cho với rồi nhé ơi thì mà đi nhưng cũng chưa luôn".split()),
        markers_only=True,
    ),
    # Bosnian, Croatian and Serbian in Latin letters, which wordfreq knows as one ("sh"): a Balkan family's "ali",
    # "radi", "danas" (tuning_124); not "je", "da", "mi", "ti", "su": Dutch and Italian words too
    Language(
        "Serbo-Croatian",
        "sh",
        frozenset(
            "nije ali sam smo kako gdje gde šta sta hvala samo sutra danas jer ako treba imam nemam može moze".split()
        ),
    ),
)
# A wordfreq lexicon's words: those at least this frequent (Zipf) in the language, the everyday little words and verbs
# ("ako" 6.7, "kay" 6.2, "tau" 5.4), not its people's given names ("juan" 5.2, "putri" 5.3, "agus" 4.6); three letters
# or more (its one- and two-letter words are a Dutch text's initials, abbreviations and OCR splinters: "S. Azou1ay"
# lost its "ay", tuning_115).
WORDFREQ_LEXICON_ZIPF = 5.35
WORDFREQ_LEXICON_TOP = 3000
MIN_LINE_MARKERS = 2
# Languages of one-syllable words, whose everyday words have two letters ("em", "là", "và", "có"): their lexicon keeps
# those (a line written in them is known by its markers first).
SHORT_WORD_LANGUAGES = {"vi": 2}
MIN_TEXT_MARKERS = 4
MIN_LINE_WORDS = 3
MIN_TEXT_WORDS = 6
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=len(LANGUAGES))
def lexicon_words(lexicon: Path | str) -> frozenset[str]:
    """The words of a lexicon file (comments and blank lines skipped), or of a wordfreq language's code (its words
    of WORDFREQ_LEXICON_ZIPF and more)."""
    if isinstance(lexicon, str):
        from wordfreq import top_n_list, zipf_frequency

        return frozenset(
            word
            for word in top_n_list(lexicon, WORDFREQ_LEXICON_TOP)
            if word.isalpha()
            and len(word) >= SHORT_WORD_LANGUAGES.get(lexicon, 3)
            and zipf_frequency(word, lexicon) >= WORDFREQ_LEXICON_ZIPF
        )
    words: set[str] = set()
    for line in lexicon.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.update(_WORD.findall(line.lower()))
    return frozenset(words)


def language_line(text: str, at: int, language: Language) -> bool:
    """The line of ``text`` holding ``at`` is written in ``language``: :data:`MIN_LINE_MARKERS` of its markers or
    more, or :data:`MIN_LINE_WORDS` of its lexicon's words that are no Dutch words (a chat mixes its languages
    within a message: "kopi deng kue ada 😊 parkeren bij de kerk").

    >>> text = "ok tot morgen\\nnani aur mummy aawat hai"
    >>> language_line(text, 16, LANGUAGES[2]), language_line(text, 0, LANGUAGES[2])
    (True, False)
    """
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = set(_WORD.findall(text[start : len(text) if end < 0 else end].lower()))
    if len(words & language.markers) >= MIN_LINE_MARKERS:
        return True
    return not language.markers_only and len(_own_words(words, language)) >= MIN_LINE_WORDS


def _own_words(words: set[str], language: Language) -> set[str]:
    """The words of ``words`` that ``language``'s lexicon holds and Dutch does not."""
    return (words & lexicon_words(language.lexicon)) - common_words()


def foreign_words_as_names(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """``findings`` without the lower-case PERSON findings of a language's lines that are the language's words, and
    a capitalised name's trailing lower-case words of the language cut off ("mausi Kanta aawat hai": Kanta)."""
    with_lower = [f for f in findings if f.entity_type == "PERSON" and _LOWER_WORD.search(text, f.start, f.end)]
    if not with_lower and _VIETNAMESE_LETTER.search(text) is None:
        return findings
    text_words = set(_WORD.findall(text.lower()))
    languages = [
        language
        for language in LANGUAGES
        if len(text_words & language.markers) >= MIN_TEXT_MARKERS
        or (not language.markers_only and len(_own_words(text_words, language)) >= MIN_TEXT_WORDS)
    ]
    changed: dict[int, Finding | None] = {}
    vietnamese = next((language for language in languages if language.name == "Vietnamese"), None)
    if vietnamese is not None:
        for f in findings:
            if f.entity_type == "PERSON" and language_line(text, f.start, vietnamese):
                trimmed = _without_address_word(text, f)
                if trimmed is not f:
                    changed[id(f)] = trimmed
    for f in with_lower:
        if id(f) in changed:
            continue
        for language in languages:
            if not language_line(text, f.start, language):
                continue
            kept = _without_language_words(text, f, lexicon_words(language.lexicon))
            if kept is not f:
                changed[id(f)] = kept
                break
    if not changed:
        return findings
    return [kept for f in findings if (kept := changed.get(id(f), f)) is not None]


# Vietnamese words of kin and address before a name (older brother, older sister, younger sibling, aunt, uncle,
# grandfather, grandmother, child): no part of it ("chị Yến", "Chị Yến:" is sister Yến; tuning_151).
_VIETNAMESE_LETTER = re.compile("[ơưđĐƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
VIETNAMESE_ADDRESS = frozenset("anh chị em cô chú bác ông bà dì cậu mợ thím cháu con".split())


def _without_address_word(text: str, f: Finding) -> Finding:
    """``f`` without a Vietnamese word of address opening it (see ``VIETNAMESE_ADDRESS``), when a name follows."""
    words = list(_WORD.finditer(text, f.start, f.end))
    if len(words) < 2 or words[0].group().lower() not in VIETNAMESE_ADDRESS or not words[1].group()[:1].isupper():
        return f
    return Finding(words[1].start(), f.end, f.entity_type, f.score, f.recognizer)


_LOWER_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_A-ZÀ-Þ][^\W\d_]*")


def _without_language_words(text: str, f: Finding, words: frozenset[str]) -> Finding | None:
    """``f`` itself, None when it is all lower case and every word of it one of ``words``, or ``f`` without the
    lower-case words of ``words`` that end it when it opens capitalised."""
    found = list(_WORD.finditer(text, f.start, f.end))
    if not found:
        return f
    if text[f.start : f.end].islower():
        return None if all(m.group() in words for m in found) else f
    end = len(found)
    while end > 1 and found[end - 1].group().islower() and found[end - 1].group() in words:
        end -= 1
    if end == len(found) or not found[0].group()[:1].isupper():
        return f
    return Finding(f.start, found[end - 1].end(), f.entity_type, f.score, f.recognizer)
