"""Numbers read out digit by digit in call transcripts: BSNs, phone numbers, IBANs, IMEIs and card numbers.

``nul zes, twee acht een twee drie vier vijf zes`` is a phone number, ``één twee drie vier punt vijf zes
punt zeven acht twee`` a BSN, ``NL 91 ABNA nul vier één ...`` an IBAN. One compiled pattern finds maximal
runs of digit words, digit groups and capital letters joined by separators; each run is turned into its
digit/letter string and validated like the written forms (11-proef, phonenumbers, mod-97). A run that
fails as a whole is searched for sub-runs of the right lengths. Pure digit strings are left to the
other recognisers: a reported run holds at least two spoken digit words. Repeats are read as they are
said: ``drie keer een`` is ``111``, ``dubbel vijf`` is ``55``. Fifteen or more digits that pass Luhn are a
card number (with an issuer's prefix) or an IMEI (15 digits).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import phonenumbers
from stdnum import luhn
from stdnum.nl import bsn as stdnum_bsn

from afscherm.detectors.context import has_context
from afscherm.detectors.credit_card import has_issuer_prefix
from afscherm.detectors.findings import Finding
from afscherm.detectors.iban import is_valid_iban
from afscherm.detectors.ip_address import spoken_ipv4_spans, written_ipv4_spans
from afscherm.detectors.phone import national_length_ok, plausible_national
from afscherm.detectors.recognizer import DutchRecognizer
from afscherm.detectors.text_facts import text_facts

if TYPE_CHECKING:
    from spacy.tokens import Doc

DIGIT_WORDS: dict[str, str] = {
    "nul": "0",
    "een": "1",
    "één": "1",
    "eén": "1",
    "éen": "1",
    "twee": "2",
    "drie": "3",
    "vier": "4",
    "vijf": "5",
    "zes": "6",
    "zeven": "7",
    "acht": "8",
    "negen": "9",
}
CONTEXT_WORDS: dict[str, tuple[str, ...]] = {
    "NL_BSN": ("bsn", "burgerservicenummer", "burger service nummer", "sofinummer"),
    # (a number one is reachable on, or to try when someone does not answer)
    "PHONE_NUMBER": (
        "telefoonnummer",
        "telefoon",
        "mobiel",
        "06-nummer",
        "nummer",
        "bel",
        "tel",
        "bereikbaar",
        "niet op",
        "probeer",
    ),
    "IBAN_CODE": ("iban", "rekeningnummer", "rekening", "bankrekening"),
    "IMEI": ("imei", "toestel", "telefoon", "serienummer"),
    "CREDIT_CARD": ("creditcard", "kaart", "visa", "mastercard", "amex"),
}
SCORES: dict[str, tuple[float, float]] = {  # (without, with context)
    "NL_BSN": (0.6, 0.95),
    "PHONE_NUMBER": (0.7, 0.95),
    "IBAN_CODE": (0.85, 1.0),
    "IMEI": (0.7, 0.95),
    "CREDIT_CARD": (0.8, 0.95),
}
# "drie keer een", "dubbel vijf": one token standing for the digit repeated
REPEATS: dict[str, int] = {"twee keer": 2, "drie keer": 3, "vier keer": 4, "vijf keer": 5, "dubbel": 2, "tripel": 3}
MIN_SPOKEN = 2
# Numbers are read out in pairs as often as digit by digit (``nul zes, achtendertig, vierenzeventig``): the
# Dutch words for 10 to 99 stand for their two digits.
TEENS: dict[str, int] = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
    "zeventien": 17, "achttien": 18, "negentien": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
    "negentig": 90,
}  # fmt: skip
_UNIT_WORDS = "een|één|eén|éen|twee|drie|vier|vijf|zes|zeven|acht|negen"
_TENS_WORDS = "|".join(TENS)
# "achtendertig", "drieëntwintig", "tweeenveertig" (the diaeresis often left out)
_COMPOUND = re.compile(rf"({_UNIT_WORDS})(?:en|ën)({_TENS_WORDS})", re.IGNORECASE)
# The words for 10 to 99 as one factored pattern (cheaper to try at every word than a list of alternatives).
_TWO_DIGITS = (
    rf"(?:(?:{_UNIT_WORDS})(?:en|ën))?(?:twin|der|veer|vijf|zes|zeven|tach|negen)tig"
    r"|(?:der|veer|vijf|zes|zeven|acht|negen)?tien|elf|twaalf"
)
_NUMBER_WORDS = (
    # the first letter checked once: most words start with another and skip every alternative at once
    r"(?=[tdvzaenhTDVZAENHéÉ])"
    # a group of three read as hundreds ("driehonderdachtentwintig", "zeshonderdtwee", "honderd")
    rf"(?:(?:{_UNIT_WORDS})?honderd(?:en)?(?:{_TWO_DIGITS}|{_UNIT_WORDS})?)"
    rf"|{_TWO_DIGITS}"
)


def number_word_value(word: str) -> str | None:
    """The digits a Dutch number word from 0 to 99 stands for (``achtendertig`` → ``38``, ``nul`` → ``0``).

    >>> number_word_value("achtendertig"), number_word_value("Twaalf"), number_word_value("drieëntwintig")
    ('38', '12', '23')
    >>> number_word_value("zes"), number_word_value("tafel")
    ('6', None)
    """
    lower = word.lower()
    if lower in DIGIT_WORDS:
        return DIGIT_WORDS[lower]
    if lower in TEENS:
        return str(TEENS[lower])
    if lower in TENS:
        return str(TENS[lower])
    m = _COMPOUND.fullmatch(lower)
    if m:
        return str(TENS[m.group(2)] + int(DIGIT_WORDS[m.group(1)]))
    hundreds, found, rest = lower.partition("honderd")
    if found and (not hundreds or hundreds in DIGIT_WORDS):
        rest = rest.removeprefix("en") if rest.startswith("en") and rest not in DIGIT_WORDS else rest
        head = DIGIT_WORDS[hundreds] if hundreds else "1"
        tail = number_word_value(rest) if rest else "0"
        if tail is not None and "honderd" not in rest:
            return head + tail.zfill(2)
    return None


_DIGITS = "|".join(sorted(DIGIT_WORDS, key=len, reverse=True))
_WORDS = _NUMBER_WORDS + "|" + _DIGITS
# A token: a digit word (any case), "plus", a digit group, 1-4 capital letters, or a country code with
# check digits (a spelled or written part of an IBAN: "N L", "NL", "NL91", "ABNA"). Separators: spaces,
# commas, dots, dashes, the spoken "punt" / "streepje", and the fillers of spoken language
# ("nul zes, eh, twee acht ...").
_REPEAT = r"(?i:(?:twee|drie|vier|vijf)\s+keer|dubbel|tripel)\s+(?i:" + _DIGITS + r")(?!\w)"


def _token(words: str) -> str:
    return r"(?:" + _REPEAT + r"|(?i:" + words + r"|plus)(?!\w)|\d+(?!\w)|[A-Z]{2}\d{2}(?!\w)|[A-Z]{1,4}(?!\w))"


_TOKEN = _token(_WORDS)
# Runs of digit words only: the pattern for texts without a word for 10 to 99 (most texts; the longer
# alternation costs at every word).
_DIGIT_TOKEN = _token(_DIGITS)
_SEPARATOR_WORDS = ("punt", "streepje", "ehm", "eh", "uhm", "uh", "euh")
# What a speaker says while looking a number up ("zeven negen vier, even kijken, nul nul twee"): up to two
# fillers in a row between the digits.
_PAUSE_WORDS = ("even kijken", "effe kijken", "even zien", "momentje", "moment", "hoor")
_FILLERS = "|".join((*_PAUSE_WORDS, *_SEPARATOR_WORDS)).replace(" ", r"\s+")
_SEP = r"(?:[ \t\u00a0,.\-]+(?:(?i:" + _FILLERS + r")(?!\w)[ \t\u00a0,.\-]+){0,2})"
# (A token opens with a digit, a capital, a number word's first letter in any case (all of them a, d, e, h, n, p, t,
# v or z: een, drie, acht, honderd, negen, plus, twee, vier, zes) or a letter outside ASCII (één): the look-ahead
# rejects most positions before the look-behind and the long alternation are tried, a third of the pattern's time.)
_TOKEN_START = r"(?=\d|[A-Z]|(?i:[adehnptvz])|[^\x00-\x7f])"
_RUN = re.compile(_TOKEN_START + r"(?<!\w)" + _TOKEN + r"(?:" + _SEP + _TOKEN + r")+")
_DIGIT_RUN = re.compile(r"(?<!\w)" + _DIGIT_TOKEN + r"(?:" + _SEP + _DIGIT_TOKEN + r")+")
# Pieces of every word for 10 to 99 (lower case): a text holding none is read with the digit-word pattern.
_NUMBER_PIECES = (*TENS, "tien", " elf", "\nelf", "twaalf", "honderd")  # not the "elf" of "zelf"
_TOKEN_RE = re.compile(r"(?<!\w)" + _TOKEN)
# A lone digit, led by the digit (the regex engine skips ahead to digits; led by the look-behind it would be tried at
# every position): the same matches as ``(?<!\w)\d(?!\w)``.
_SINGLE_DIGIT = re.compile(r"\d(?<!\w\d)(?!\w)")
MAX_CORRECTION_GAP = 24  # characters between a phone number read out and the same said again, corrected
MIN_SINGLES = 4  # digits read out one by one: a run with fewer lone digits ("12 3 2024") is read by others
_SPOKEN_RE = re.compile(r"(?<!\w)(?i:" + _WORDS + r")(?!\w)")


# Every word _SPOKEN_RE matches holds one of these (lower case): a digit word, or a piece of every word for 10 to 99
# and of the hundreds.
_SPOKEN_PIECES = (*DIGIT_WORDS, "tien", "elf", "twaalf", "tig", "honderd")
# The shortest run read: two three-letter number words or four lone digits, and the separators between them.
_SHORTEST_RUN = min(2 * 3 + 1, 2 * MIN_SINGLES - 1)


# A filler between two written digit groups, led by the digit (the regex engine skips ahead to digits).
_FILLER_BETWEEN_GROUPS = re.compile(r"\d[ \t,.]+(?i:ehm|eh|uhm|uh|euh)[ \t,.]+\d")


def _may_hold_spoken_run(text: str, lowered: str) -> bool:
    """Whether some run of ``text`` can hold :data:`MIN_SPOKEN` number words or :data:`MIN_SINGLES` lone digits (the
    runs :meth:`SpokenNumberRecognizer.find` reads): counted over the whole text, number words as pieces of the
    lower-cased copy (substring counts, in C: never fewer than the words), lone digits by pattern. Two in three texts
    have neither, and their runs are not looked for at all.

    >>> _may_hold_spoken_run("nul zes", "nul zes"), _may_hold_spoken_run("om 10 uur", "om 10 uur")
    (True, False)
    >>> _may_hold_spoken_run("1 2 3 4", "1 2 3 4"), _may_hold_spoken_run("Eén kamer", "eén kamer")
    (True, False)
    """
    if _FILLER_BETWEEN_GROUPS.search(text) is not None:
        return True
    words = 0
    for piece in _SPOKEN_PIECES:
        words += lowered.count(piece)
        if words >= MIN_SPOKEN:
            return True
    return len(_SINGLE_DIGIT.findall(text)) >= MIN_SINGLES


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    value: str  # digits, letters or "+"
    spoken: bool


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    tokens: list[_Token] = []
    for m in _TOKEN_RE.finditer(text, start, end):
        word = m.group()
        lower = word.lower()
        if " " in lower or lower.startswith(("dubbel", "tripel")):
            *count, digit = lower.split()
            tokens.append(_Token(m.start(), m.end(), DIGIT_WORDS[digit] * REPEATS[" ".join(count)], True))
            continue
        if lower in _SEPARATOR_WORDS:  # "PUNT" in an all-caps transcript
            continue
        spoken = number_word_value(lower)
        if spoken is not None:
            tokens.append(_Token(m.start(), m.end(), spoken, True))
        elif len(word) == 1 and word.isdigit():
            # a digit on its own was read out one by one ("6 0 7, 5 9 3, eh 3 3 7"), as a digit word is
            tokens.append(_Token(m.start(), m.end(), word, True))
        elif lower == "plus":
            tokens.append(_Token(m.start(), m.end(), "+", False))
        else:
            tokens.append(_Token(m.start(), m.end(), word, False))
    return tokens


def said_digits(text: str, start: int, end: int) -> str:
    """The digits and letters ``text[start:end]`` says, read out or written (``vijfendertig, nul zeven`` → ``3507``).

    >>> said_digits("acht zes, dubbel negen, 12", 0, 26)
    '869912'
    """
    return "".join(t.value for t in _tokens(text, start, end))


def _is_phone(value: str) -> bool:
    if value[:1] not in ("0", "+") or "+" in value[1:] or not value.lstrip("+").isdigit():
        return False
    if not 8 <= len(value) <= 17 or (value[0] == "0" and value[1] != "0" and not plausible_national(value)):
        return False
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(value, "NL"))
    except phonenumbers.NumberParseException:
        return False


def _entity(value: str) -> str | None:
    """What a run's digit/letter string is, if it validates as anything."""
    if value.isdigit() and len(value) == 9 and stdnum_bsn.is_valid(value):
        return "NL_BSN"
    if _is_phone(value):
        return "PHONE_NUMBER"
    if len(value) >= 15 and value[:2].isalpha() and value[2:4].isdigit() and is_valid_iban(value):
        return "IBAN_CODE"
    if value.isdigit() and 13 <= len(value) <= 19 and luhn.is_valid(value):
        if has_issuer_prefix(value):
            return "CREDIT_CARD"
        if len(value) == 15:
            return "IMEI"
    return None


def _plausible_length(value: str) -> bool:
    """Cheap pre-check before validation: IBAN 15-34 characters; a phone number as long as the Dutch
    numbering plan allows, or up to 17 characters with ``+``/``00``; otherwise a nine-digit BSN."""
    if value[:2].isalpha():
        return 15 <= len(value) <= 34
    if value[0] == "+" or value.startswith("00"):
        return 9 <= len(value) <= 17
    if value[0] == "0":
        return national_length_ok(value) or len(value) in (9, 15)
    return len(value) == 9 or 13 <= len(value) <= 19


# The tens a caller says for the big cities' area codes without their trunk zero ("dertig, twee negen acht, …" for
# 030-298…): 010, 020, 030, 040, 050, 070.
_AREA_TENS = frozenset({"10", "20", "30", "40", "50", "70"})


_DUTCH_IBAN_WITHOUT_ZERO = re.compile(r"NL\d\d[A-Z]{4}[1-9]\d{8}")


def _entity_of_tokens(tokens: list[_Token], i: int, value: str, bare_mobile: bool = True) -> str | None:
    """What ``value`` (the digits of ``tokens[i:…]``) is; a run opening with a city's area code said as a tens word,
    its trunk zero left out, is the phone number the zero makes it."""
    entity = _entity(value)
    if entity is None and _DUTCH_IBAN_WITHOUT_ZERO.fullmatch(value) and is_valid_iban(f"{value[:8]}0{value[8:]}"):
        # a Dutch account said in hundreds or pairs drops its leading zero ("ABNA vierhonderdzeventien zestien ..."
        # for 0417 16...): ten digits after the bank's code, nine said
        return "IBAN_CODE"
    if entity is None and tokens[i].spoken and tokens[i].value in _AREA_TENS and len(value) == 9:
        return "PHONE_NUMBER" if _is_phone("0" + value) else None
    # a mobile number said again without its trunk zero, "zes" alone first ("zes zeventien drieëndertig nul vier …")
    if entity is None and bare_mobile and _mobile_without_zero(tokens, i, value):
        return "PHONE_NUMBER" if _is_phone("0" + value) else None
    return entity


# Another number's word just before a run: an order or a policy number read out is no phone number without its zero.
_OTHER_NUMBER = re.compile(r"(?i)order|bestel|factuur|klantn|dossier|referentie|polis|zaak|artikel|pakket|bsn|iban")


def _phone_talk(text: str, start: int) -> bool:
    """The words before ``start`` speak of phoning and of no other number."""
    return has_context(text, start, start, CONTEXT_WORDS["PHONE_NUMBER"]) and not _OTHER_NUMBER.search(
        text, max(0, start - 60), start
    )


def _mobile_without_zero(tokens: list[_Token], i: int, value: str) -> bool:
    """``value`` is a Dutch mobile number's nine digits after its trunk zero, its six said alone as a word."""
    return len(value) == 9 and value[0] == "6" and tokens[i].spoken and tokens[i].value == "6"


def _best_in(
    tokens: list[_Token], lo: int, hi: int, min_spoken: int = MIN_SPOKEN, bare_mobile: bool = False
) -> tuple[int, int, str] | None:
    """The longest sub-run ``tokens[i:j]`` of ``tokens[lo:hi]`` (leftmost first) that validates and
    holds at least ``min_spoken`` spoken digits."""
    best: tuple[int, int, str] | None = None
    for i in range(lo, hi):
        if best is not None and best[1] <= i:
            break  # a later start can only give a finding to the right of (or inside) the best one
        value = ""
        spoken = 0
        for j in range(i, hi):
            value += tokens[j].value
            spoken += tokens[j].spoken
            if len(value) > (34 if value[:2].isalpha() else 19):
                break
            if spoken < min_spoken or not _plausible_length(value):
                continue
            if best is not None and j + 1 - i <= best[1] - best[0]:
                continue
            entity = _entity_of_tokens(tokens, i, value, bare_mobile)
            if entity is not None:
                best = (i, j + 1, entity)
    return best


class SpokenNumberRecognizer(DutchRecognizer):
    ENTITIES = ("NL_BSN", "PHONE_NUMBER", "IBAN_CODE", "IMEI", "CREDIT_CARD")

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        found: list[Finding] = []
        facts = text_facts(text)
        if not facts.case_odd and not _may_hold_spoken_run(text, facts.lowered):
            return self._english_runs(text, facts.lowered, found)
        # the shared copy is ``text.lower()`` but where a character lower-cases to two (İ, a case oddity)
        lowered = text.lower() if facts.case_odd else facts.lowered
        pieces = any(piece in lowered for piece in _NUMBER_PIECES) or lowered.startswith("elf")
        run_pattern = _RUN if pieces else _DIGIT_RUN
        runs: list[tuple[int, int]] = []  # (the runs read, for numbers read out over two turns)
        for m in run_pattern.finditer(text):
            # most runs are "een 12" or "NL 2024": skip them before tokenising
            if m.end() - m.start() < _SHORTEST_RUN:
                continue
            # digit groups with a speaker's filler between them ("06 49 eh 33 17 08") were said, not typed
            hesitant = _FILLER_BETWEEN_GROUPS.search(m.group()) is not None
            if (
                len(_SPOKEN_RE.findall(m.group())) < MIN_SPOKEN
                and len(_SINGLE_DIGIT.findall(m.group())) < MIN_SINGLES
                and not hesitant
            ):
                continue
            runs.append(m.span())
            tokens = _tokens(text, m.start(), m.end())
            # a number said again right after a phone number, corrected ("… eh nee, nul zes, nul vier, …")
            after = found[-1].end if found and found[-1].entity_type == "PHONE_NUMBER" else None
            corrected = after is not None and m.start() - after <= MAX_CORRECTION_GAP
            # a mobile number without its trunk zero only where the call speaks of phoning, or after a phone number
            bare_mobile = corrected or _phone_talk(text, m.start())
            in_run = self._in_run(text, tokens, 0 if hesitant else MIN_SPOKEN, bare_mobile)
            found.extend(in_run or self._unlisted_phone(text, tokens, corrected))
            if in_run and tokens[-1].end > in_run[-1].end:
                found.extend(self._unlisted_phone(text, [t for t in tokens if t.start >= in_run[-1].end], True))
        found.extend(self._english_runs(text, lowered, found))
        if len(runs) >= 2 and "\n" in text:
            found.extend(self._over_two_turns(text, runs, found))
        if found and "." in text:
            # lone digits of IP addresses written in digits ("172.16.4.9, 10.0.0.1") are no number read out
            addresses = written_ipv4_spans(text)
            found = [f for f in found if not any(a < f.end and f.start < b for a, b in addresses)]
        if found and ("punt" in lowered or "dot" in lowered):
            # nor an address read out with its dots ("honderdtweeënnegentig punt honderdachtenzestig punt één punt
            # vierenzeventig"): four numbers up to 255 whose nine digits may pass the 11-proef by chance
            addresses = spoken_ipv4_spans(text)
            found = [f for f in found if not any(a <= f.start and f.end <= b for a, b in addresses)]
        return found

    def _over_two_turns(self, text: str, runs: list[tuple[int, int]], found: list[Finding]) -> list[Finding]:
        """A number a speaker reads out over two turns (:func:`_next_turn_goes_on`: the first run ends its line, the
        second opens the same speaker's next turn, another's short answer between them or none): read as one run,
        what it holds that spans both parts and neither part held alone."""
        out: list[Finding] = []
        for (a, b), (c, d) in zip(runs, runs[1:], strict=False):
            line_end = text.find("\n", b, c)
            if line_end < 0 or line_end - b > MAX_RUN_TAIL or text.find(":", text.rfind("\n", 0, c), c) < 0:
                continue  # (most pairs: one line holds both, the first does not end its line, the second no turn's)
            if any(f.start < d and a < f.end for f in found) or not _next_turn_goes_on(text, b, c):
                continue
            tokens = _tokens(text, a, b) + _tokens(text, c, d)
            for f in self._in_run(text, tokens, MIN_SPOKEN, _phone_talk(text, a)):
                if f.start < b and f.end > c:
                    out.append(f)
        return out

    def _unlisted_phone(self, text: str, tokens: list[_Token], corrected: bool = False) -> list[Finding]:
        """Ten digits read out from a trunk zero, right after a phone word or question (``Telefoonnummer?`` /
        ``nul vier negen vier, vijf drie, …``): a Dutch number as the caller gave it, even where phonenumbers knows
        no such area code (misheard, mistyped or new): the number is the caller's all the same."""
        value = "".join(t.value for t in tokens)
        if tokens and _mobile_without_zero(tokens, 0, value):
            if not corrected and not _phone_talk(text, tokens[0].start):
                return []
            value = "0" + value  # (its six said alone: the trunk zero left out)
        if len(value) != 10 or not value.isdigit() or value[0] != "0" or value[1] == "0":
            return []
        if sum(t.spoken for t in tokens) < MIN_SINGLES:
            return []
        start, end = tokens[0].start, tokens[-1].end
        if not corrected and not has_context(text, start, end, CONTEXT_WORDS["PHONE_NUMBER"]):
            return []
        return [Finding(start, end, "PHONE_NUMBER", SCORES["PHONE_NUMBER"][0], self.name)]

    def _english_runs(self, text: str, lowered: str, found: list[Finding]) -> list[Finding]:
        """Numbers read out digit by digit in English words, as an English-speaking caller says them (``zero six one
        two ...``, ``oh six``; see :data:`_EN_RUN`), validated as the Dutch ones are."""
        if sum(lowered.count(w) for w in _EN_HINTS) < MIN_SPOKEN:
            return []  # (most texts say no English digit word: substring counts before any pattern)
        out: list[Finding] = []
        for m in _EN_RUN.finditer(text):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            tokens = [
                _Token(
                    t.start(), t.end(), ENGLISH_DIGIT_WORDS.get(t.group().lower(), t.group()), not t.group().isdigit()
                )
                for t in _EN_TOKEN.finditer(text, m.start(), m.end())
            ]
            out.extend(self._in_run(text, tokens, MIN_SPOKEN, _phone_talk(text, m.start())))
        return out

    def _in_run(
        self, text: str, tokens: list[_Token], min_spoken: int = MIN_SPOKEN, bare_mobile: bool = False
    ) -> list[Finding]:
        found: list[Finding] = []
        lo = 0
        while lo < len(tokens):
            best = _best_in(tokens, lo, len(tokens), min_spoken, bare_mobile)
            if best is None:
                break
            i, j, entity = best
            start, end = tokens[i].start, tokens[j - 1].end
            context = has_context(text, start, end, CONTEXT_WORDS[entity])
            found.append(Finding(start, end, entity, SCORES[entity][context], self.name))
            lo = j
        return found


# English digit words ("zero six one two ...", "oh six"): an English-speaking caller reads a phone number or a BSN out
# so. Runs of four of them or more (digit groups among them), validated as the Dutch ones are.
ENGLISH_DIGIT_WORDS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}
ENGLISH_DIGIT_WORDS["oh"] = "0"
_EN_WORD = "|".join(sorted(ENGLISH_DIGIT_WORDS, key=len, reverse=True))
_EN_TOKEN = re.compile(rf"(?<!\w)(?:(?i:{_EN_WORD})|\d{{1,4}})(?!\w)")
_EN_RUN = re.compile(
    rf"(?<!\w)(?:(?i:{_EN_WORD})|\d{{1,4}})(?!\w)(?:[ \t,.\-]+(?:(?i:{_EN_WORD})|\d{{1,4}})(?!\w)){{3,}}"
)
_EN_HINTS = ("zero", "two", "three", "four", "five", "six", "seven", "eight", "nine")


# A speaker's label opening a line ("Klant:", "[10:02] Beller:", "S2:"), and what may stand between a run and the
# end of its line or the label and the run ("…, eh", "Ja,"): punctuation and fillers.
_TURN_LABEL = re.compile(r"[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?([^\W\d_][^\n:]{0,30}):")
_TURN_EDGE = re.compile(r"[ \t,.…-]*(?:(?i:eh|ehm|uh|uhm|en|ja|dan|verder)(?!\w)[ \t,.…-]*)*")
MAX_RUN_TAIL = 16  # punctuation and fillers between a run and its line's end
MAX_ANSWER_CHARS = 40  # another speaker's answer between the two turns ("Agent: ja, ga door")


def _turn_label(text: str, line_start: int) -> tuple[str, int] | None:
    """The speaker's label of the line at ``line_start`` and where the label ends, or None."""
    m = _TURN_LABEL.match(text, line_start)
    return (m.group(1).strip(), m.end()) if m is not None else None


def _next_turn_goes_on(text: str, end: int, start: int) -> bool:
    """The run ending at ``end`` ends its line, and the run at ``start`` opens the same speaker's next turn (one line
    on, or two with another speaker's short answer between)."""
    line_end = _TURN_EDGE.match(text, end).end()  # type: ignore[union-attr]
    if text[line_end : line_end + 1] != "\n" or start - line_end > 2 * MAX_ANSWER_CHARS + 80:
        return False
    first = _turn_label(text, text.rfind("\n", 0, end) + 1)
    own = text.rfind("\n", 0, start) + 1
    second = _turn_label(text, own)
    if first is None or second is None or first[0] != second[0]:
        return False
    if _TURN_EDGE.match(text, second[1]).end() != start:  # type: ignore[union-attr]
        return False  # the run does not open the turn
    between = text[line_end + 1 : own]
    if not between:
        return True
    lines = between.rstrip("\n").split("\n")
    answer = _turn_label(between, 0)
    return len(lines) == 1 and answer is not None and answer[0] != first[0] and len(between) <= MAX_ANSWER_CHARS


def spoken_value(text: str) -> tuple[str, str] | None:
    """What a whole number read out stands for, as this recogniser reads it: ``(entity type, digits/letters)`` when
    the whole reading validates, else None. The findings index fingerprints such findings by that value.

    >>> spoken_value("nul zes, achtendertig, vierenzeventig, dertien, negenentwintig")
    ('PHONE_NUMBER', '0638741329')
    >>> spoken_value("NL 29 K N A B drie nul drie acht nul zeven vijf acht vijf vijf"), spoken_value("nul zes")
    (('IBAN_CODE', 'NL29KNAB3038075855'), None)
    """
    tokens = _tokens(text, 0, len(text))
    value = "".join(token.value for token in tokens)
    entity = _entity_of_tokens(tokens, 0, value) if value else None
    if entity == "PHONE_NUMBER" and value[0] != "0" and value[0] != "+":
        value = "0" + value  # the trunk zero a caller left out before a city's area code
    return (entity, value) if entity is not None else None


# ---------------------------------------------------------------------------------------------------
# Codes spelled out character by character (a document number, a postcode's letters, a licence plate): letters said
# alone or with a spelling word ("D van Dirk", "K als in Karel", the NATO alphabet's "Delta"), digits as digits or
# words (pairs too: "negenenveertig"), in groups joined by "punt", "streepje", dashes, commas or pauses.

# NATO's alphabet: a word standing for its first letter.
NATO_ALPHABET = frozenset(
    {
        "alfa", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "juliett",
        "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor",
        "whiskey", "whisky", "xray", "x-ray", "yankee", "zulu",
    }
)  # fmt: skip
# A letter with the word that spells it ("D van Dirk", "k als in karel", "S zoals Simon"), a letter alone, a digit
# word or a word for 10 to 99, one or two digits, a NATO word.
_SPELLED_PIECE = re.compile(
    r"(?<![\w-])(?:(?P<letter>[A-Za-z])(?![\w-])(?:[ \t]+(?:van|als[ \t]+in|als|zoals|voor)[ \t]+"
    r"(?P<word>[A-Za-z][a-zA-Z]+))?"
    r"|(?P<digits>\d{1,2})(?!\w)"
    # (number words and NATO's only: the engine passes over every other word in C)
    rf"|(?P<spoken>(?i:{_WORDS}|{'|'.join(sorted(NATO_ALPHABET, key=len, reverse=True))}))(?![\w-]))",
)
# What stands between two pieces: blanks, commas, dots, dashes, an ellipsis, and the words of a pause or a group's end
# ("punt", "streepje", "spatie", "eh", "dan").
_SPELLED_GAP = re.compile(
    r"(?:[ \t,.\-\u2013\u2026]+(?:(?i:punt|streepje|spatie|eh|ehm|uh|uhm|dan|en dan)(?=[ \t,.\-\u2013\u2026])"
    r"[ \t,.\-\u2013\u2026]+){0,2})"
)
MAX_SPELLED_PIECES = 24


def _spelled_piece(m: re.Match[str]) -> str | None:
    """The characters a piece says, or None when it says none."""
    if m.group("letter") is not None:
        word = m.group("word")
        if word is not None and word[0].lower() != m.group("letter").lower():
            return None  # "a van Ommen": no spelling word
        return m.group("letter").upper()
    if m.group("digits") is not None:
        return m.group("digits")
    lower = m.group("spoken").lower()
    if lower in NATO_ALPHABET:
        return lower[0].upper()
    return number_word_value(lower)


def spelled_runs(text: str, start: int = 0, end: int | None = None) -> list[list[tuple[int, int, str]]]:
    """Runs of pieces spelled out one after another (:data:`_SPELLED_PIECE`) that start in ``text[start:end]``, each
    piece as ``(start, end, characters said)``; runs of two pieces or more, at least one of them a word (a spelling
    word, a number word or a NATO word: a row of bare characters is written, not said).

    >>> [[c for _, _, c in run] for run in spelled_runs("het is N W punt acht F van Ferdinand, J drie, K zes een")]
    [['N', 'W', '8', 'F', 'J', '3', 'K', '6', '1']]
    """
    runs: list[list[tuple[int, int, str]]] = []
    pos, end = start, len(text) if end is None else end
    while (m := _SPELLED_PIECE.search(text, pos, end)) is not None:  # (runs that start before ``end``)
        run: list[tuple[int, int, str]] = []
        said_word = False
        while m is not None and len(run) < MAX_SPELLED_PIECES:
            chars = _spelled_piece(m)
            if chars is None:
                break
            run.append((m.start(), m.end(), chars))
            said_word = said_word or m.group("word") is not None or m.group("spoken") is not None
            gap = _SPELLED_GAP.match(text, m.end())
            if gap is None or gap.end() == m.end():
                break
            m = _SPELLED_PIECE.match(text, gap.end())
        if len(run) >= MIN_SPOKEN and said_word:
            runs.append(run)
        pos = run[-1][1] if run else m.end() if m is not None else len(text)
        if m is not None and not run:
            pos = m.end()
    return runs
