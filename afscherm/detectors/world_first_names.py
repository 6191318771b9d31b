"""First names of people from abroad, as a chat types them: the Dutch list (``names/first_names.json``) lacks most of
the names of the people Dutch companies also serve and employ (Polish, Bulgarian, Romanian, Lithuanian, Ukrainian
greenhouse workers; Nigerian, Indian, Turkish, Greek, Vietnamese neighbours): ``dorota``, ``tsvetan``, ``ionut``,
``jurgita``, ``iryna`` were read as no name anywhere (tuning_47: chat PERSON recall 0.78).

The list is derived from the per-country first-name lists of the Faker package (MIT; no list of names of real people:
the names people of each country are commonly given), written in Latin letters as people type them in a chat: accents
dropped (``Ionuț`` -> ``ionut``), Cyrillic, Greek, Georgian and Armenian names transliterated as their own countries
do (Bulgarian ``Цветан`` -> ``tsvetan``, Ukrainian ``Ірина`` -> ``iryna``, Russian ``Дмитрий`` -> ``dmitriy``, Greek
``Γιώργος`` -> ``giorgos``, Georgian ``ლევან`` -> ``levan``, Armenian ``Տիգրան`` -> ``tigran``). A name that is a
Dutch or English word (``mercedes``, ``rose``), a place, a family name of the Dutch list (``ozturk``, a given name in
Turkey too) or shorter than four letters is left out: such a name in lower case is as often the word, and the
family-name rules read the names the Dutch list holds.

    pip install faker && python -c "from afscherm.detectors.world_first_names import build; print(build())"
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from afscherm.detectors.text_facts import without_accents

TARGET = Path(__file__).parent / "data" / "names" / "first_names_world.txt"
MIN_LETTERS = 4

# Latin-script locales of Faker's person providers whose names are given names of a country (``en`` is the United
# States' Social Security list; ``es`` holds only Jane and John).
LATIN_LOCALES = (
    "az_AZ cs_CZ da_DK de_AT de_CH de_DE de_LI de_LU en_GB en_IE en_IN en_KE en_NG en_NZ en_PK en_TH en_US es_AR "
    "es_CA es_CL es_CO es_ES es_MX et_EE fi_FI fr_BE fr_CA fr_CH fr_DZ fr_FR ga_IE ha_NG hr_HR hu_HU id_ID ig_NG "
    "it_IT lt_LT lv_LV nl_BE no_NO pl_PL pt_BR pt_PT ro_RO sk_SK sl_SI sv_SE sw tr_TR tw_GH uz_UZ vi_VN yo_NG zu_ZA"
).split()

_BULGARIAN = dict(
    zip(
        "абвгдежзийклмнопрстуфхцчшщъьюя",
        "a b v g d e zh z i y k l m n o p r s t u f h ts ch sh sht a y yu ya".split(),
        strict=True,
    )
)
_UKRAINIAN = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
        "a b v h g d e ye zh z y i yi y k l m n o p r s t u f kh ts ch sh shch _ yu ya _".split(),
        strict=True,
    )
)
_RUSSIAN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya".split(),
        strict=True,
    )
)
_MACEDONIAN = dict(
    zip(
        "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
        "a b v g d gj e zh z dz i j k l lj m n nj o p r s t kj u f h c ch dzh sh".split(),
        strict=True,
    )
)
# Greek: the digraphs first (``ου`` -> ou, ``μπ`` at a word's start -> b), then letter by letter, accents dropped.
_GREEK_PAIRS = {
    "ου": "ou",
    "ευ": "ev",
    "αυ": "av",
    "αι": "ai",
    "ει": "ei",
    "οι": "oi",
    "γγ": "ng",
    "γκ": "gk",
    "ντ": "nt",
    "μπ": "mp",
}
_GREEK = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψω",
        "a v g d e z i th i k l m n x o p r s s t y f ch ps o".split(),
        strict=True,
    )
)
CYRILLIC_LOCALES = {"bg_BG": _BULGARIAN, "uk_UA": _UKRAINIAN, "ru_RU": _RUSSIAN, "mk_MK": _MACEDONIAN}
# Mongolian, Kazakh and Kyrgyz Cyrillic as their people write their names in Latin letters (``Батболд`` -> batbold,
# ``Пүрэвсүрэн`` -> purevsuren, ``Жаргал`` -> jargal, ``Айгерім`` -> aigerim): Russian's letters, their own (ө, ү, ұ,
# қ, ғ, ң, ә, і, һ) and ж as j, х as kh, й as i. Not a locale the lists were built from: the readings by which a name
# in those scripts is looked up in the Latin lists (``person_name._latin_readings``).
CENTRAL_ASIAN = _RUSSIAN | dict(zip("жйөүұқғңәіһ", "j i o u u k g ng a i h".split(), strict=True))
# Georgian (Mkhedruli, no capitals) by Georgia's national romanisation, as Georgians type their names in Latin letters
# (``ლევან`` -> levan, ``თინათინ`` -> tinatin; aspirated and ejective stops alike: ``თ``, ``ტ`` -> t).
_GEORGIAN = dict(
    zip(
        "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
        "a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h".split(),
        strict=True,
    )
)
# Armenian as Armenians type their names in Latin letters (``Տիգրան`` -> tigran, ``Աստղիկ`` -> astghik): ``ու`` is u,
# ``և`` ev, and a name opening with ``Ե`` or ``Ո`` is spelt with ye- or vo- (``Երվանդ`` -> yervand).
_ARMENIAN = dict(
    zip(
        "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
        "a b g d e z e y t zh i l kh ts k h dz gh ch m y n sh o ch p j r s v t r ts v p k o f".split(),
        strict=True,
    )
)
# A name that is a frequent word of another language the people who write to Dutch companies use is left out: in a
# chat it is the word as often (``manda``, Spanish and Portuguese 'sends', a Croatian name; ``buna``, Romanian 'hello';
# ``jaan``). Frequent: a wordfreq Zipf of OTHER_WORD_ZIPF or more in a language other than those of the locales the
# name came from (``dorota``, a Polish word at 3.9 as the name is frequent in Polish text, stays).
OTHER_WORD_ZIPF = 3.8
WORD_LANGUAGES = "es pt it fr de ro pl tr id sh sv fi hu cs lt lv sk sl da nb ms fil".split()
_LOCALE_LANGUAGE = {"hr": "sh", "no": "nb", "ha": "en", "ig": "en", "yo": "en", "tw": "en", "zu": "en", "sw": "en"}
# Words for kin that chats use like a name, as Dutch chats use 'oma' (``ROLE_SPEAKERS``): grandparents and aunts in the
# languages of the people above ('his nani', 'dedo sejo'); several are given names elsewhere too.
FOREIGN_KIN = frozenset(
    "nani nana dadi dada baba dede dedo deda nene babcia dziadek bunica bunicu abuela abuelo yaya anneanne babaanne"
    " teyze amca dayi khala mamie nonna nonno bibi".split()
)


def plain(name: str) -> str:
    """``name`` in lower case without accents (``Ionuț`` -> ``ionut``; ``Agnė`` -> ``agne``; ``Łukasz`` -> ``lukasz``).

    >>> plain("Ionuț"), plain("Łukasz"), plain("Bảo"), plain("Zoë"), plain("İsmail")
    ('ionut', 'lukasz', 'bao', 'zoe', 'ismail')
    """
    return without_accents(name.replace("İ", "I").lower())  # (Turkish's dotted capital lowers to i and a combining dot)


def transliterate(name: str, table: dict[str, str]) -> str:
    """A Cyrillic ``name`` in Latin letters by ``table`` (letters it lacks dropped; ``_``: no letter).

    >>> transliterate("Цветан", _BULGARIAN), transliterate("Ірина", _UKRAINIAN), transliterate("Дмитрий", _RUSSIAN)
    ('tsvetan', 'iryna', 'dmitriy')
    """
    return "".join(table.get(c, "") for c in name.lower()).replace("_", "")


def greek(name: str) -> str:
    """A Greek ``name`` in Latin letters as Greeks write it in a chat (``Γιώργος`` -> ``giorgos``).

    >>> greek("Γιώργος"), greek("Κωνσταντίνος"), greek("Ευαγγελία")
    ('giorgos', 'konstantinos', 'evangelia')
    """
    text = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))
    for pair, latin in _GREEK_PAIRS.items():
        text = text.replace(pair, latin)
    return "".join(_GREEK.get(c, c if c.isascii() else "") for c in text)


def _provider_names(locale: str) -> set[str]:
    import importlib

    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    names: set[str] = set()
    for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
        value = getattr(provider, attr, ())
        if isinstance(value, dict):
            value = value.keys()
        if isinstance(value, (list, tuple, set, frozenset, type({}.keys()))):  # (some locales define properties)
            names |= {n for n in value if isinstance(n, str)}
    return names


def georgian(name: str) -> str:
    """A Georgian ``name`` in Latin letters (see ``_GEORGIAN``; letters of other scripts dropped).

    >>> georgian("ლევან"), georgian("თინათინ"), georgian("ზვიად")
    ('levan', 'tinatin', 'zviad')
    """
    return "".join(_GEORGIAN.get(c, "") for c in name)


def armenian(name: str) -> str:
    """An Armenian ``name`` in Latin letters (see ``_ARMENIAN``; letters of other scripts dropped).

    >>> armenian("Տիգրան"), armenian("Աստղիկ"), armenian("Երվանդ"), armenian("Լուսինե")
    ('tigran', 'astghik', 'yervand', 'lusine')
    """
    text = name.lower().replace("ու", "u").replace("և", "ev")
    if text[:1] in ("ե", "ո"):
        text = ("ye" if text[0] == "ե" else "vo") + text[1:]
    return "".join(_ARMENIAN.get(c, c if c.isascii() else "") for c in text)


def world_names() -> dict[str, set[str]]:
    """Every first name of the locales above, in plain Latin letters (see the module's docstring), with the wordfreq
    languages of the locales it came from; needs faker."""
    out: dict[str, set[str]] = {}

    def add(names: set[str], locale: str) -> None:
        language = locale.split("_")[0]
        for name in names:
            for part in name.replace("-", " ").split():
                if part.isascii() and part.isalpha():
                    out.setdefault(part, set()).add(_LOCALE_LANGUAGE.get(language, language))

    for locale in LATIN_LOCALES:
        add({plain(n) for n in _provider_names(locale)}, locale)
    for locale, table in CYRILLIC_LOCALES.items():
        add({transliterate(n, table) for n in _provider_names(locale)}, locale)
    add({greek(n) for n in _provider_names("el_GR")}, "el_GR")
    add({georgian(n) for n in _provider_names("ka_GE")}, "ka_GE")
    add({armenian(n) for n in _provider_names("hy_AM")}, "hy_AM")
    return out


def word_elsewhere(name: str, languages: set[str]) -> bool:
    """Whether ``name`` is a frequent word of a language other than ``languages`` (see ``OTHER_WORD_ZIPF``).

    >>> word_elsewhere("manda", {"sh"}), word_elsewhere("jurgita", {"lt"}), word_elsewhere("dorota", {"pl"})
    (True, False, False)
    """
    from wordfreq import zipf_frequency

    return any(
        zipf_frequency(name, lang, wordlist="small") >= OTHER_WORD_ZIPF
        for lang in WORD_LANGUAGES
        if lang not in languages
    )


def build(
    dutch_words: Path = Path("/usr/share/dict/dutch"),
    english_words: Path = Path("/usr/share/dict/american-english"),
    target: Path = TARGET,
) -> int:
    """Write the names of :func:`world_names` that the Dutch list lacks and that are no word, place or Dutch family
    name (see the module's docstring) to ``target``; how many. ``dutch_words``/``english_words``: one word a line
    (Debian's ``wdutch`` and ``wamerican``), a word counting only in lower case."""
    from afscherm.detectors.name_slots import word_like
    from afscherm.detectors.person_name import (
        FRISIAN_FAMILY_WORDS,
        KIN_WORDS,
        ROLE_SPEAKERS,
        common_words,
        dutch_first_names,
        family_names,
        places,
    )

    words: set[str] = set()
    for path in (dutch_words, english_words):
        words |= {w for w in path.read_text(encoding="utf-8").split() if w.islower()}
    known = dutch_first_names() | ROLE_SPEAKERS | FRISIAN_FAMILY_WORDS | set(KIN_WORDS) | FOREIGN_KIN
    keep = sorted(
        n
        for n, languages in world_names().items()
        if len(n) >= MIN_LETTERS
        and n not in known
        and n not in words
        and n not in common_words()
        and not word_like(n)
        and n not in places()
        and n not in family_names()
        and not word_elsewhere(n, languages)
    )
    header = (
        "# First names of people from abroad in plain Latin letters, from the Faker package's per-country lists (MIT,"
        " see LICENSE-faker.txt),\n# no Dutch or English word, place, Dutch family name, kin word, frequent"
        " word of another\n# language or name of first_names.json; derived by"
        " afscherm.detectors.world_first_names.build.\n"
    )
    target.write_text(header + "\n".join(keep) + "\n", encoding="utf-8")
    return len(keep)
