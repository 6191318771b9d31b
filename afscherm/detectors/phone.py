"""PHONE_NUMBER: Dutch mobile and landline numbers in every common writing, and international numbers.

One regex pass finds runs of digit groups that start like a phone number (``+``, ``00``, ``(0``, ``0``);
``phonenumbers`` (region NL) decides which part of a run, if any, is a valid number. The matcher of
``phonenumbers`` itself is never run over the whole text: it is slow and fires on dates and amounts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import phonenumbers

from afscherm.detectors.context import ocr_numbers_read, words_pattern
from afscherm.detectors.field_context import key_kind_at
from afscherm.detectors.findings import Finding
from afscherm.detectors.recognizer import DutchRecognizer
from afscherm.detectors.text_facts import positions, text_facts

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Whole words only: "tel" is inside "hotel" and "bestelnummer", "bel" inside "tabel".
# (a form's "noodnummer" / "contactnummer": the number to call in an emergency, of a contact person)
_PHONE_WORDS = (
    r"tel|telefoon\w*|mobiel\w*|06-nummer|bel|bellen|belt|gebeld|phone|gsm|whatsapp|fax|noodnummer|contactnummer"
)
_PHONE_CONTEXT = re.compile(r"(?<!\w)(?:" + _PHONE_WORDS + r")(?!\w)")
_CONTEXT = re.compile(r"(?<!\w)(?:" + _PHONE_WORDS + r"|nummer|nr)(?!\w)")
# Identifiers written like phone numbers that belong to orders, companies, devices or accounts.
# Matched where a word starts (``order`` is not in ``vordering`` or ``recorder``), or as the head of a
# compound ending in nummer/nr/id (``klantordernummer``).
_NEGATIVE_CONTEXT = words_pattern(
    ("order", "bestel", "factuur", "klantn", "artikel", "referentie", "kvk", "imei", "iban", "rekening",
     "bankrekening", "bsn", "burgerservice", "sofi"),
    compounds=("nummer", "nr", "id"),
)  # fmt: skip
CONTEXT_CHARS = 40
# A receipt's number right after its label ("Bon 0412-118830", "Kassabon nr: 0231-4471"): a till's count, written like
# a phone number. Whole words only ("Bonnie", "parkeerbon" are no such label); not after a phone word ("bel Bon 020-…")
# nor for a mobile number.
_RECEIPT_LABEL_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:bon|kassabon|bonnummer|bonnr|receipt)\.?[ \t]*(?:(?:nr|no)\.?|nummer)?[ \t]*[:#]?[ \t]*$"
)
# A municipality's short number: 14 and an area code (14 010 Rotterdam, 14 0515 Súdwest-Fryslân); not part of a longer
# number, an amount or a date; and what introduces one.
# (led by its "14": the regex engine skips ahead to it; the character before is checked behind it)
_MUNICIPAL = re.compile(r"14(?<![\w+.,/-]14)[ \t\u00a0]?0[1-9]\d{1,2}(?!\w|[.,/:-]\d)")
_MUNICIPAL_CUE = re.compile(r"(?i)(?<!\w)(?:" + _PHONE_WORDS + r"|bereikbaar|contact|nummer)(?!\w)")
NEGATIVE_CONTEXT_CHARS = 25

SCORE = 0.7
SCORE_WITH_CONTEXT = 0.95
SCORE_BARE_DIGITS = 0.6  # ten plain digits without context could as well be an account or order number

# A digit group is digits or a parenthesised area code / trunk zero (``(010)``, ``(0)``); groups are
# joined by one separator (space - a no-break, narrow no-break or thin one too, as WhatsApp exports and phones' contact
# cards write them -, dash, dot, slash, `` - ``), run together around parentheses, or
# broken over two chat lines (``06 31 06\n06 80``; see ``_line_order``). The first character must
# be ``+``, ``(`` or ``0``; what may stand before it is checked in Python (cheaper than a lookbehind
# tried at every position).
_SEP = r"(?:[ \t\u00a0\u202f\u2009]?[-./][ \t\u00a0\u202f\u2009]?|[ \t\u00a0\u202f\u2009])"
_RUN = re.compile(
    r"(?:\+\d|\(0\d{0,4}\)|0)\d*"
    # (a hyphen may end the first line: a scanned form's number hyphenated over a line end, "06-\n12345678")
    r"(?:(?:" + _SEP + r"|-?\r?\n|" + _SEP + r"?\(\d{1,4}\)" + _SEP + r"?)\d+)*"
)
_GROUP = re.compile(r"\+?\d+|\(\d{1,4}\)")
_GROUP_MARKS = {"+": 1, "(": 2}  # the characters of a group that are no digit, by its first character
_WHITESPACE = re.compile(r"\s+")
_NOT_DIGIT = re.compile(r"\D")
# A date, unless its digit groups go on (``06-12-34-56-78`` is a mobile number in pairs, not 6 Dec '34).
_DATE_START = re.compile(r"\d{1,2}([-./])\d{1,2}\1\d{2,4}(?!\d|[-./]\d)")
# A date written with spaces, the whole of what was read ("Geboren op 09 06 1983"): as a number it would be an
# eight-digit service number (0906 1983), which nobody writes in a date's groups.
_SPACED_DATE = re.compile(r"(?P<d>[0-3]?\d) (?P<m>[01]?\d) (?P<y>(?:19|20)\d\d)")
_IBAN_BEFORE = re.compile(r"[A-Z]{2}\d{2}[ ]?(?:[A-Z0-9]{4}[ ]?){1,7}$")

# Numbers in links and query strings: ``https://wa.me/31612345678`` (international without the plus),
# ``?phone=0612345678``, ``to=+31612345678`` (a URL-encoded plus, decoded in the detection view).
# (The pattern starts with literal characters so that the regex engine skips ahead; the parameter name is
# checked on the matches only.)
# (A value in digit groups too: a form's "+" for a space, decoded in the view, "?tel=06+12+34+56+78".)
_IN_LINK = re.compile(r"(?:[Ww][Aa]\.[Mm][Ee]/|=)(\+?\d{8,15}|\+?\d{1,4}(?:[ .-]\d{1,4}){2,7})(?![\w.-])")
_LINK_PARAMETER = re.compile(
    r"(?<![^\W\d_])(?i:phone|tel|telefoon|mobiel|mobile|msisdn|gsm|whatsapp|to|from|number|nummer)$"
)
# A phone word glued to the number: ``tel06-12345678``, ``Tel0612345678``.
_GLUED_WORD = re.compile(r"(?<![^\W\d_])(?i:tel|telnr|mob|mobiel|gsm|fax)[.:]?$")

# Characters that make the run part of a longer token (word, amount, version, reference, e-mail).
_BAD_BEFORE_ANY = frozenset("+#@/_&=")
_BAD_BEFORE_AFTER_ALNUM = frozenset(".,-:")
_MAX_DIGITS = 17  # E.164 allows 15 digits; ``00`` and ``(0)`` add up to three
# The fewest digits of any number (``+`` and seven). A shorter run (the ``0`` of ``2024``, ``10:05``, ``0,50``: four in
# five runs) holds no number and is not looked at: a run has at least as many characters as digits.
_FEWEST_DIGITS = 7


# A key that names a phone right before "=" or ":" ("mobile=+31(0)6 1234 5678", "caller_id=0031201234567"): the value is
# the number, however it is grouped (a bare "=" before digits is a parameter of anything).
_PHONE_KEY_BEFORE = re.compile(r"([A-Za-z][\w.-]{0,30})[\"']?[ \t]*$")
# A SIP or tel URI's number, closed by the "@" of its host ("sip:+31201234567@voip.example.nl").
_SIP_BEFORE = re.compile(r"(?i)(?<![a-z])sips?:$")


# Belgian text: an e-mail or web address under .be, a +32/0032 number, the country named.
_BELGIAN_HINT = re.compile(r"(?i)\.be(?![\w-]|\.\w)|(?<!\d)(?:\+|00)32|belgi[eëq]")
# Flemish's word for a mobile phone right before a number on its line ("mijn gsm is 0476 21 83 09", "gsm: 0476 ...";
# Dutch says "mobiel"): that number read as a Belgian one, in any text (not "gsm besteld, ordernummer 0476218309").
_GSM_BEFORE = re.compile(r"(?i)(?<![a-z])gsm(?:[- ]?(?:nummer|nr\.?))?[ \t]*(?:[:=]|is|:?[ \t]*\+?)?[ \t]*$")
# A Belgian mobile: 045-049 and 7 digits (the Dutch reading is tried first: 0475 is also Roermond's area code).
_BELGIAN_MOBILE = re.compile(r"04[5-9]\d{7}")
# A phone number named right before a national number on its line ("haar vaste nummer is trouwens 057 33 48 91",
# "het nummer van oma: 050 36 12 44"): one that is no Dutch number but a valid Belgian one is that, in any text (the
# word names a phone number; "ordernummer", "klantnummer" name none). Read from each "nummer" (str.find).
_NAMED_NUMBER = re.compile(
    r"nummer(?:[ \t]+(?:is|was|van[ \t]+\w+))?(?:[ \t]+(?:trouwens|dus|toch|nog|ook))?[ \t]*[:=]?[ \t]*"
    r"(0\d{1,3}(?:[ /.-]{1,3}\d{2,4}){1,4})(?![\d\w])"
)
_NUMBER_WORD_HEADS = ("vaste", "mobiele", "telefoon", "thuis", "privé", "prive", "gsm")
_BELGIAN_LENGTHS = (9, 10)  # a trunk zero and 8 digits (landline) or 9 (mobile, 04xx)
# Belgium's enterprise (KBO/BTW) number: ten digits from 0 or 1, written 4.3.3 with dots.
_ENTERPRISE_NUMBER = re.compile(r"0\d{3}\.\d{3}\.\d{3}")


# German text: an e-mail or web address under .de, a +49/0049 number, the country named.
# (or words only German writes: a street's "Straße", "Festnetz", "Rufnummer", "Handynummer", "und", "bitte" - a German
# guest's chat without any address under .de: "Tel. zu Hause 02431 94 28 17")
_GERMAN_HINT = re.compile(
    r"(?i)\.de(?![\w-]|\.\w)|(?<!\d)(?:\+|00)49|deutschland|stra(?:ß|ss)e|festnetz|rufnummer|handynummer"
    r"|(?<![a-zäöüß])(?:und|bitte)(?![a-zäöüß])"
)
# German's phone words right before a number on its line ("Telefon (freiwillig): 0241 …", "neue Mobilnummer 0171 …").
_GERMAN_CUE = re.compile(
    r"(?i)(?<![a-z])(?:tel|telefon\w*|mobil\w*|handy\w*|rufnummer|festnetz\w*|fax)(?![a-z])[^\d\n]{0,24}$"
)
_GERMAN_DIGITS = (9, 12)  # a trunk zero, an area code of two to five digits and the subscriber's number
# What every match of the hint patterns above holds, in the lower-cased text (its address, its country code, the
# country's name): substring tests first, as each pattern, led by alternatives and a look-behind, is tried at every
# position of the text (a text with a case oddity is always searched: see ``TextFacts.has_substring``).
_BELGIAN_HINT_WORDS = (".be", "+32", "0032", "belgi")
_GERMAN_HINT_WORDS = (
    ".de", "+49", "0049", "deutschland", "straße", "strasse", "festnetz", "rufnummer", "handynummer", "und", "bitte",
)  # fmt: skip


def _hinted(text: str, hint: re.Pattern[str], words: tuple[str, ...]) -> bool:
    """``hint.search(text) is not None``, where ``words`` are what each of its matches holds (lower case)."""
    return text_facts(text).has_substring(words) and hint.search(text) is not None


def _phone_key_before(text: str, start: int) -> bool:
    key = _PHONE_KEY_BEFORE.search(text, max(0, start - 34), start - 1)
    # (an indirect value key too: "field=phone old=… new=+31 6 48 27 11 06")
    return key is not None and key_kind_at(text, key.start(1), key.group(1)) == "PHONE_NUMBER"


_DATE_CELL_BEFORE = re.compile(r"(?<![\w./-])(?:\d{4}|-)-\d\d-\d\d,$")  # "1994-11-30," and a yearless "--08-17,"


# The letters of scripts written without spaces between words (kana, Han, Hangul): a number glued to them is not glued
# to a word (tuning_139)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _clean_start(text: str, start: int) -> bool:
    """True when the run at ``start`` is not glued to a preceding word, number or symbol."""
    if start == 0:
        return True
    prev = text[start - 1]
    if _CJK.match(prev):
        return True  # Japanese, Chinese and Korean write no space before a number ("電話は家の+81 6-6853-2947ね")
    if prev.isalnum():
        return _GLUED_WORD.search(text, max(0, start - 8), start) is not None
    if prev == "=":
        return _phone_key_before(text, start)
    if prev in _BAD_BEFORE_ANY:
        return False
    if prev in _BAD_BEFORE_AFTER_ALNUM and start >= 2 and text[start - 2].isdigit():
        # 1.06..., 12-06..., 3,06...; not a "+" (no decimal goes on with one), nor a CSV cell after a date's cell (a
        # phone's contacts export: "Birthday,Phone 1 - Value" over "1994-11-30,+31 6 2071 3398", tuning_114)
        return text[start] == "+" or (
            prev == "," and _DATE_CELL_BEFORE.search(text, max(0, start - 12), start) is not None
        )
    return not (prev == "-" and start >= 2 and text[start - 2].isalpha())  # ORD-0612..., NL-06...


def _clean_end(text: str, end: int, start: int = 0) -> bool:
    if end >= len(text):
        return True
    nxt = text[end]
    if nxt == "@" and _SIP_BEFORE.search(text, max(0, start - 5), start):
        return True
    if (nxt.isalnum() and not _CJK.match(nxt)) or nxt in "@_":
        return False
    if nxt == "," and (start == 0 or text[start - 1] in ",\n"):
        return True  # a CSV cell of its own (",06-18 43 70 25,359378657975436"): the next cell's digits follow
    # ``0612345678.5`` or ``020-1234567-3``: part of a longer number or reference
    return not (nxt in ".,-/" and end + 1 < len(text) and text[end + 1].isdigit())


def _digit_range(first: str) -> tuple[int, int]:
    """How many digits a number starting like this can have: national numbers eight to twelve (see
    ``national_length_ok``), international ones up to 15 plus ``00`` or a ``(0)``."""
    if first.startswith("+"):
        return _FEWEST_DIGITS, 16
    if first.startswith("00"):
        return 9, _MAX_DIGITS
    return 8, 12


def _nl_national_pattern() -> re.Pattern[str]:
    """Every Dutch number type's national-number pattern from phonenumbers' own NL metadata, as one
    regex: it rejects most non-numbers without the (≈100 µs) parse, so digit tables stay fast."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region("NL")
    kinds = ("fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost", "personal_number", "voip")
    descs = [getattr(meta, kind) for kind in (*kinds, "pager", "uan", "voicemail")]
    patterns = [d.national_number_pattern for d in descs if d is not None and d.national_number_pattern]
    return re.compile("(?:" + "|".join(patterns) + ")")


_NL_NATIONAL = _nl_national_pattern()


def national_length_ok(digits: str) -> bool:
    """Dutch numbering plan: ten digits with the trunk zero; 0800/090x numbers eight to eleven; M2M
    mobiles (0970) twelve."""
    n = len(digits)
    if n == 10:
        return True
    if n == 12:
        return digits.startswith("0970")
    return 8 <= n <= 11 and digits.startswith(("0800", "0900", "0906", "0909"))


def plausible_national(digits: str) -> bool:
    """Could ``digits`` (with the trunk zero) be a valid Dutch number? Never false for a valid one; the
    final word is ``phonenumbers``'."""
    return national_length_ok(digits) and _NL_NATIONAL.fullmatch(digits, 1) is not None


def _is_valid(candidate: str) -> bool:
    try:
        number = phonenumbers.parse(candidate, "NL")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)


def _group_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _GROUP.finditer(text, start, end)]


def _may_start_number(text: str, start: int, end: int) -> bool:
    """A number starts with ``+``, ``(`` or a trunk zero followed by more digits: a lone ``0`` group is a
    version or a count (``versie 0.6.12345678``)."""
    c = text[start]
    return c == "+" or c == "(" or (c == "0" and end - start > 1)


def _introduced_on_its_line(text: str, start: int) -> bool:
    """A phone word earlier on the line and no digits between it and ``start`` ("bel me op 06 ...")."""
    before = text[max(text.rfind("\n", 0, start) + 1, start - CONTEXT_CHARS) : start]
    return not before.rstrip()[-1:].isdigit() and _CONTEXT.search(before.lower()) is not None


def _ends_line(text: str, end: int) -> bool:
    nl = text.find("\n", end)
    return not text[end : nl if nl >= 0 else len(text)].strip()


def _line_order(text: str, start: int, ends: list[int]) -> list[int]:
    """Candidate ends, longest first: those on the first line, then those one line break further, but
    only for a number introduced by a phone word on its first line that fills the rest of the second
    ("bel me op 06 31 06\\n06 80"). A number complete on its own line never takes digits from the next."""
    if not ends or "\n" not in text[start : max(ends)]:
        return ends[::-1]  # all on the first line (nearly every number): nothing to weigh
    same = [e for e in ends if "\n" not in text[start:e]]
    if not _introduced_on_its_line(text, start):
        return same[::-1]
    broken = [e for e in ends if text.count("\n", start, e) == 1 and _ends_line(text, e)]
    return same[::-1] + broken[::-1]


def _longest_valid(text: str, groups: list[tuple[int, int]], i: int, ends: int) -> int | None:
    """Index of the last group of the longest valid number starting at group ``i``, if any.

    Only the first ``ends`` groups may end a number, and only where whitespace (or the run's end)
    follows, so ``05-06-2023 12`` is not cut into ``05-06-20``.
    """
    start = groups[i][0]
    fewest, most = _digit_range(text[start : groups[i][1]])
    candidates: list[int] = []
    digits = 0
    for j in range(i, ends):
        # a group is digits, a "+" and digits, or a bracketed area code: its digits are its other characters
        digits += groups[j][1] - groups[j][0] - _GROUP_MARKS.get(text[groups[j][0]], 0)
        if digits > most:
            break
        if digits >= fewest and (j + 1 == len(groups) or _between_numbers(text, groups[j][1], groups[j + 1][0])):
            candidates.append(j)
    national = not text.startswith(("+", "00"), start)
    by_end = {groups[j][1]: j for j in candidates}
    for end in _line_order(text, start, list(by_end)):
        candidate = _WHITESPACE.sub(" ", text[start:end])
        written = _NOT_DIGIT.sub("", candidate)
        if national and len(written) == 10 and written.startswith(_UNASSIGNED_MOBILE) and "\n" not in text[start:end]:
            return by_end[end]  # (see _UNASSIGNED_MOBILE; on one line: digits joined over a line break must be valid)
        if national and not plausible_national(written):
            continue
        if _is_valid(candidate):
            return by_end[end]
    return None


# 06 and eight digits is how a Dutch mobile number is written, also where the numbering plan hands none out (060, 067,
# 069): someone typed it wrong or made it up, and it is still that person's number ("de vader belt je: 06 7120 4439",
# tuning_45). phonenumbers rejects it; no date, amount or code has that shape.
_UNASSIGNED_MOBILE = ("060", "067", "069")


# Two numbers one after the other in a run: whitespace between them, or a slash with a space on either side before a
# number's start ("+66 89 221 4307 / 06 4417 0392", "0612345678 / 0687654321", tuning_46: both were lost, the run
# read as one number). A slash without spaces stays inside a number ("02/123 45 67").
_NUMBERS_SLASH = re.compile(r"[ \t]+/[ \t]+(?=\+|0)")


def _between_numbers(text: str, end: int, start: int) -> bool:
    """Whether ``text[end:start]``, between two digit groups of a run, may part two numbers."""
    if text[end:start].isspace():
        return True
    m = _NUMBERS_SLASH.match(text, end)
    return m is not None and m.end() == start


def _looks_like_other(text: str, start: int, end: int) -> bool:
    """Dates, and digit groups continuing an IBAN, are not phone numbers."""
    if _DATE_START.match(text, start, end):
        return True
    spaced = _SPACED_DATE.fullmatch(text, start, end)
    if spaced is not None and 1 <= int(spaced["d"]) <= 31 and 1 <= int(spaced["m"]) <= 12:
        return True
    lo = max(0, start - 40)
    if _TURN_LABEL_AFTER.match(text, end):
        lo = max(lo, text.rfind("\n", 0, start) + 1)  # a turn's label: an account on the line above is the other turn's
    return bool(_IBAN_BEFORE.search(text, lo, start))


# What may stand between another number's word and the number it labels ("ordernummer: ", "factuurnr. is ").
_LABEL_GAP = re.compile(r"[^\w\n]*(?:(?:is|nr|no|nummer|number)\b[^\w\n]*)*")
_IBAN_BEFORE_ANY_CASE = re.compile(_IBAN_BEFORE.pattern, re.IGNORECASE)
# A mobile number in groups: 06 and eight digits parted by separators ("0612 34 56 78", "06-12 34 56 78").
_GROUPED_MOBILE = re.compile(r"06(?:[ \t\u00a0\u202f\u2009./-]*\d){8}")


def _grouped_mobile_not_labelled(text: str, start: int, end: int, negative: re.Match[str]) -> bool:
    """A mobile number written in groups that another number's word before it does not label: words stand between
    them ("stuur de rekening graag naar 0612 34 56 78"; not "ordernummer: 0612 34 56 78"). No order, invoice or
    account number is grouped like a mobile one."""
    written = text[start:end]
    if _GROUPED_MOBILE.fullmatch(written) is None or written.isdigit():
        return False
    if _IBAN_BEFORE_ANY_CASE.search(text, max(0, start - 40), start):
        return False  # "rekeningnummer nl09 trio 0682 6722 26": an account number typed in lower case
    return _LABEL_GAP.fullmatch(text, negative.end(), start) is None


def _other_number_before(text: str, start: int) -> bool:
    """Another number's word stands before ``start`` on its line, within reach ("gsm besteld, ordernummer 0498...":
    the phone word further back names no number here)."""
    line_start = text.rfind("\n", 0, start) + 1
    return _NEGATIVE_CONTEXT.search(text, max(line_start, start - NEGATIVE_CONTEXT_CHARS), start) is not None


# What follows a chat turn's label: a stamp perhaps (", 26-03 17:02", " [17:02]", " (17:02)"), then a colon and the
# message.
_TURN_LABEL_AFTER = re.compile(
    r"(?:,?[ \t]*(?:\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?,?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?"
    r"|[ \t]*[\[(]\d{1,2}:\d{2}[\])])?[ \t]*:[ \t]"
)


def _score(text: str, start: int, end: int) -> float | None:
    """Score of a valid number, or None when the words just before say it is another identifier."""
    window = text[max(0, start - CONTEXT_CHARS) : start].lower()
    near = window[-NEGATIVE_CONTEXT_CHARS:]
    # another number's word on a line above counts only where the number's own line names nothing before it
    # ("BSN 6O9l45599" / "Bij spoed: 0800-0122": the second line has its own label)
    line_start = text.rfind("\n", 0, start) + 1
    lo = max(0, start - NEGATIVE_CONTEXT_CHARS)
    if text[line_start:start].strip() or _TURN_LABEL_AFTER.match(text, end):
        # (a number opening its line as a chat turn's label, "+48 511 902 364, 26-03 17:02: hello": the line above is
        # another turn, its words label nothing here, tuning_72)
        lo = max(lo, line_start)
    negative = _NEGATIVE_CONTEXT.search(text, lo, start)
    if negative is not None:
        # a letterhead's or table's field separator after another number's word and its own value parts the number
        # from it ("KvK 81234567 | 0345-582210 | info@…"; not a key's cell "Ordernummer | 0612…")
        cut = max(text.rfind("|", negative.end(), start), text.rfind("\t", negative.end(), start))
        if cut > negative.end() and any(c.isdigit() for c in text[negative.end() : cut]):
            negative = _NEGATIVE_CONTEXT.search(text, cut, start)
    # (a number written with its country code's plus is a phone number whatever word stands before it: no order,
    # invoice or account number is so written, "aunty ka number for orders +91 141 262 7730", tuning_142)
    international = text[start] == "+"
    if (
        negative
        and not international
        and not _PHONE_CONTEXT.search(near)
        and not _grouped_mobile_not_labelled(text, start, end, negative)
    ):
        return None  # "ordernummer 0612...", "bsn: 0123...": the specific word wins over "nummer"
    if (
        _RECEIPT_LABEL_BEFORE.search(text, max(0, start - 20), start) is not None
        and not _PHONE_CONTEXT.search(text[max(line_start, start - NEGATIVE_CONTEXT_CHARS) : start].lower())
        and not text.startswith("06", start)  # (a mobile stays one: no till counts so)
    ):
        return None
    if _CONTEXT.search(window):
        return SCORE_WITH_CONTEXT
    if text[start:end].isdigit():
        return SCORE_BARE_DIGITS
    return SCORE


# OCR's letters for digits in a number (``O6-2345678l``, ``O2O-l234567``, ``06 - 2B 45 71 90``: ``S`` for 5, ``B`` for
# 8, ``Z`` for 2 as well): read as digits only in a token that holds at least six real digits and at most three such
# letters, after a phone word on its line.
_OCR_MIXED = re.compile(r"(?:[OolISBZ]\d|\d[OolISBZ]|\([Oo]\))")  # (and the trunk zero in brackets: "+31 (O)6")
# Whether the text has such a pair at all: the same test led by the digit (the regex engine skips ahead to digits;
# the pattern above, led by a group of alternatives, is tried at every position).
_HAS_OCR_MIXED = re.compile(r"\d(?:(?<=[OolISBZ]\d)|[OolISBZ])")
_OCR_TOKEN = re.compile(r"(?<![\w+])[+(]?[\dOolISBZ][\dOolISBZ ()./-]{6,18}[\dOolISBZ](?!\w)")
_OCR_DIGITS = str.maketrans("OolISBZ", "0011582")
_MAX_OCR_LETTERS = 3
_MAX_OCR_LETTERS_INTRODUCED = 5


_TOKEN_CHARS = frozenset("0123456789OolISBZ ()./-+")


# A label of another number right before a token (``code O6-2345678l``, ``Ordernr: O6…``): no mobile number then.
_OTHER_LABEL_BEFORE = re.compile(
    # (compounds too: "activeringscode", "ordernummer"; the short ones only as words)
    r"(?i)(?:code|nummer|number|referentie|kenmerk|order|factuur|artikel|serie|(?<![^\W\d_])(?:nr|no|ref|id|pin))"
    r"\.?[ \t]*[:#=]?[ \t]*$"
)


def _mobile_shape(written: str) -> bool:
    """``written`` reads as a Dutch mobile number, 06 and eight digits (``O6-411O3982``, ``O6 - 13 97 22 41``): a
    shape no date or amount has, so no phone word is needed before it (a letterhead, a contact list) unless another
    number's label is (see :data:`_OTHER_LABEL_BEFORE`)."""
    digits = _NOT_DIGIT.sub("", written.translate(_OCR_DIGITS))
    return len(digits) == 10 and digits.startswith("06")


# A Dutch landline as a letterhead writes it: the area code (trunk zero and two or three digits) and a dash (a blank
# before the dash too: "O418 - 68 21 4O", tuning_110).
_AREA_CODE_DASH = re.compile(r"[0O][1-9OlISBZ][\dOlISBZ]{1,2}[ \t]?-")


def _landline_shape(written: str) -> bool:
    """``written`` reads as a Dutch landline with its area code set off by a dash (``O528-26 4O 11``, ``O5O-3124567``):
    ten digits with the trunk zero, no mobile or service number; a shop's or practice's letterhead prints it without
    a phone word."""
    digits = _NOT_DIGIT.sub("", written.translate(_OCR_DIGITS))
    return (
        _AREA_CODE_DASH.match(written) is not None
        and len(digits) == 10
        and digits[1] not in "689"  # (06 mobile, 08x and 09x service numbers)
    )


# A number led by its country code ("+31 (0)70 33O 44 OO", "+32 47O 12 34 56"): the plus and the code's two digits
# as written, a shape no date or amount has, so no phone word is needed before it either.
_COUNTRY_CODE_LED = re.compile(r"\+[1-9]\d[ \t]?(?:\([0O]\)[ \t]?)?[\dOolISBZ]")


def _international_shape(written: str) -> bool:
    """``written`` opens with a country code (:data:`_COUNTRY_CODE_LED`) and holds 10 to 13 digits once OCR's
    letters are read as digits; the numbering plan's reader then decides."""
    digits = _NOT_DIGIT.sub("", written.translate(_OCR_DIGITS))
    return _COUNTRY_CODE_LED.match(written) is not None and 10 <= len(digits) <= 13


# A form's boxes: digits parted by "|" (led by the digit: the regex engine skips ahead to digits).
_BOXED = re.compile(r"[0+](?<![\d.,][0+])\d?(?:[ \t]{0,2}[|][ \t]{0,2}\d{1,2}){4,11}(?!\d)")


def _ocr_tokens(text: str) -> list[re.Match[str]]:
    """:data:`_OCR_TOKEN` matches around each digit next to an OCR letter (the token pattern, led by a look-behind,
    is tried only there)."""
    tokens: list[re.Match[str]] = []
    reached = 0
    for mixed in _OCR_MIXED.finditer(text):
        if mixed.start() < reached:
            continue
        lo, hi = mixed.start(), mixed.end()
        while lo > 0 and text[lo - 1] in _TOKEN_CHARS:
            lo -= 1
        while hi < len(text) and text[hi] in _TOKEN_CHARS:
            hi += 1
        if hi < len(text) and text[hi].isalnum():
            # a word's first letters the token ran into ("... 90 30 of mail": the "o" of "of" is none of its digits)
            hi = max(lo, max(text.rfind(" ", lo, hi), text.rfind("\t", lo, hi)))
        reached = hi
        tokens.extend(_OCR_TOKEN.finditer(text, lo, hi))
    return tokens


# A Dutch mobile number led by its country code without the plus or the 00 ("31612 34 56 78", "31 6 12345678"): the
# run pattern wants a "+", "00" or trunk zero first.
_COUNTRY_CODE_NO_PLUS = re.compile(
    r"31(?<![\w+./,:-]31)[ \t\u00a0\u202f\u2009-]?6(?:[ \t\u00a0\u202f\u2009.-]?\d){8}(?!\w|[.,/:-]\d)"
)


def _country_code_no_plus(text: str, found: list[Finding]) -> list[Finding]:
    """Mobile numbers written ``_COUNTRY_CODE_NO_PLUS``, in groups (eleven bare digits are any number's) or after a
    phone word on their line, that no other reading found; phonenumbers decides."""
    out: list[Finding] = []
    for m in _COUNTRY_CODE_NO_PLUS.finditer(text):
        start, end = m.span()
        if any(f.start < end and start < f.end for f in found) or _looks_like_other(text, start, end):
            continue
        if m.group().isdigit() and not _introduced_on_its_line(text, start):
            continue
        if _is_valid("+" + _NOT_DIGIT.sub("", m.group())) and (score := _score(text, start, end)) is not None:
            out.append(Finding(start, end, "PHONE_NUMBER", score, _RECOGNIZER_NAME))
    return out


# A letter's footer of fields parted by "·" or "•" (not "|": a table's cells hold customer numbers): a postcode and
# its place, then a short local number (six or seven digits, the area code left out as the town's own callers did:
# "7411 AB Deventer · 57 1234").
_FOOTER_LOCAL = re.compile(
    r"(?<![\w-])[1-9]\d{3}[ \t]?[A-Z]{2}[ \t]+[A-ZÀ-Ý][\w'’-]+(?:[ \t][\w'’-]+){0,3}[ \t]*[·•][ \t]*"
    r"(?:[Tt](?:el)?\.?:?[ \t]*)?(?P<number>[1-9]\d{1,2}[ -]?\d{4})(?=[ \t]*(?:[·•]|\n|$))"
)


def _footer_local_numbers(text: str, found: list[Finding]) -> list[Finding]:
    """A short local number right after a postcode and its place in a footer's fields (``_FOOTER_LOCAL``): too short
    for the numbering plan's reader, and in that place a phone number."""
    out: list[Finding] = []
    for m in _FOOTER_LOCAL.finditer(text):
        start, end = m.span("number")
        if not any(f.start < end and start < f.end for f in found):
            out.append(Finding(start, end, "PHONE_NUMBER", SCORE, _RECOGNIZER_NAME))
    return out


_RECOGNIZER_NAME = "PhoneNumberRecognizer"  # the class's Presidio name, for the module's own finders


class PhoneNumberRecognizer(DutchRecognizer):
    """Phone numbers in ``text``:

    >>> find = PhoneNumberRecognizer().find
    >>> text = "Bel me op 06-12345678 of tel. +31 (0)20 123 4567"
    >>> [(f.entity_type, text[f.start : f.end], f.score) for f in find(text)]
    [('PHONE_NUMBER', '06-12345678', 0.95), ('PHONE_NUMBER', '+31 (0)20 123 4567', 0.95)]
    >>> find("versie 06.12.34")  # a version, not a number in the numbering plan
    []
    """

    ENTITIES = ("PHONE_NUMBER",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        found = self._find(text)
        read, numbers = ocr_numbers_read(text)
        if not numbers:
            return found
        # A number OCR printed with O and I/l for digits in some of its groups ("T O182 34 l2 6O", "Bel 14 O35"): its
        # groups read back as digits, every rule reads it as it reads a clean one; kept are the numbers holding such
        # a group that the text as written did not give, unless another number's label stands before it, as for any
        # number OCR damaged ("Kenmerk: O6-2l5O7788").
        extra = [
            f
            for f in self._find(read)
            if any(f.start < end and start < f.end for start, end in numbers)
            and not any(f.start < g.end and g.start < f.end for g in found)
            and _OTHER_LABEL_BEFORE.search(text, max(0, f.start - 20), f.start) is None
        ]
        return sorted(found + extra, key=lambda f: (f.start, f.end)) if extra else found

    def _find(self, text: str) -> list[Finding]:
        found: list[Finding] = []
        for m in _RUN.finditer(text):
            if m.end() - m.start() >= _FEWEST_DIGITS:
                found.extend(self._in_run(text, m.start(), m.end()))
        if "=" in text or "/" in text:
            found.extend(self._in_links(text))
        if _HAS_OCR_MIXED.search(text) or "(O)" in text or "(o)" in text:
            found.extend(self._ocr_damaged(text))
        if "|" in text:
            found.extend(self._boxed(text))
        if (
            ".be" in text
            or "32" in text
            or "elgi" in text
            or "gsm" in text
            or "GSM" in text
            or "Gsm" in text
            or "04" in text
        ):
            found.extend(self._belgian(text, found))
        if "nummer" in text:
            found.extend(self._named_belgian(text, found))
        if "14" in text:
            found.extend(self._municipal(text))
        if "31" in text:
            found.extend(_country_code_no_plus(text, found))
        if "·" in text or "•" in text:
            found.extend(_footer_local_numbers(text, found))
        if _hinted(text, _GERMAN_HINT, _GERMAN_HINT_WORDS):
            found = self._german(text, found)
        return found

    def _german(self, text: str, found: list[Finding]) -> list[Finding]:
        """In German text (see :data:`_GERMAN_HINT`), a national number after a German phone word on its line read as
        a German one (``Mobilnummer 0171 5538 204``, ``Telefon: 0241 51 83 02 7``) where that reading is longer than
        the Dutch one: German area codes and subscriber numbers vary in length, so a Dutch reader may take a prefix."""
        out = list(found)
        for m in _RUN.finditer(text):
            start = m.start()
            if text[start] != "0" or "\n" in m.group():
                continue
            if _GERMAN_CUE.search(text, max(0, start - 40), start) is None:
                continue
            end = self._longest_german(text, start, m.end())
            if end is None or not _clean_start(text, start) or _looks_like_other(text, start, end):
                continue
            inside = [f for f in out if f.start < end and start < f.end]
            if any(f.start < start or f.end >= end for f in inside):
                continue  # another finding as long or reaching beyond: the Dutch reading stands
            out = [f for f in out if f not in inside]
            out.append(Finding(start, end, "PHONE_NUMBER", SCORE_WITH_CONTEXT, self.name))
        return out

    @staticmethod
    def _longest_german(text: str, start: int, run_end: int) -> int | None:
        """End of the longest valid German number that starts the run and ends at a group's end followed by
        whitespace or the run's clean end."""
        best: int | None = None
        for g in _GROUP.finditer(text, start, run_end):
            end = g.end()
            if end < run_end and not text[end].isspace():
                continue
            if end == run_end and not _clean_end(text, end, start):
                continue
            digits = _NOT_DIGIT.sub("", text[start:end])
            if not _GERMAN_DIGITS[0] <= len(digits) <= _GERMAN_DIGITS[1]:
                continue
            try:
                number = phonenumbers.parse(digits, "DE")
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                best = end
        return best

    def _municipal(self, text: str) -> list[Finding]:
        """A Dutch municipality's short number, 14 and its area code (``bereikbaar op 14 0515``, ``Vragen? Bel 14
        079``), after a phone word or a contact phrase on its line: too short for the numbering plan's reader."""
        found: list[Finding] = []
        for m in _MUNICIPAL.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if _MUNICIPAL_CUE.search(text, max(line_start, m.start() - CONTEXT_CHARS), m.start()) is not None:
                found.append(Finding(m.start(), m.end(), "PHONE_NUMBER", SCORE_WITH_CONTEXT, self.name))
        return found

    def _belgian(self, text: str, found: list[Finding]) -> list[Finding]:
        """In Belgian text (an address under ``.be``, a ``+32`` number, the country named), a national number that
        is no Dutch one but a valid Belgian one: ``014 41 22 80``, a Turnhout landline. The Dutch reading wins
        where both fit; the enterprise number's writing (``0123.456.789``) is no phone number."""
        out: list[Finding] = []
        belgian_text = _hinted(text, _BELGIAN_HINT, _BELGIAN_HINT_WORDS)
        for m in _RUN.finditer(text):
            start, end = m.span()
            if "\n" in m.group():
                # a run the next chat line's time stamp continues ("0479 31 62 08" / "2/11/26, 20:46 - ..."): the
                # number ends with its line (a Belgian number is read whole on one line)
                end = text.index("\n", start, end)
                while end > start and not text[end - 1].isdigit():
                    end -= 1
            if text[start] != "0" or any(f.start < end and start < f.end for f in found):
                continue
            digits = _NOT_DIGIT.sub("", text[start:end])
            # (a Belgian mobile in any text: ten digits from 045-049 that are no Dutch number, "Katrien: 0479 31 62 08",
            # as ten digits from 06 are a Dutch one without a word before them)
            if (
                not belgian_text
                and _GSM_BEFORE.search(text, max(0, start - 24), start) is None
                and not (
                    _BELGIAN_MOBILE.fullmatch(digits)
                    and not _is_valid(digits)
                    and not _other_number_before(text, start)
                )
            ):
                continue
            if not _BELGIAN_LENGTHS[0] <= len(digits) <= _BELGIAN_LENGTHS[1] or _ENTERPRISE_NUMBER.fullmatch(
                text[start:end]
            ):
                continue
            if not (_clean_start(text, start) and _clean_end(text, end, start)) or _looks_like_other(text, start, end):
                continue
            try:
                number = phonenumbers.parse(digits, "BE")
            except phonenumbers.NumberParseException:
                continue
            score = _score(text, start, end) if phonenumbers.is_valid_number(number) else None
            if score is not None:
                out.append(Finding(start, end, "PHONE_NUMBER", score, self.name))
        return out

    def _named_belgian(self, text: str, found: list[Finding]) -> list[Finding]:
        """A national number right after a word naming a phone number (:data:`_NAMED_NUMBER`) that no Dutch reading
        found and that is a valid Belgian one: ``057 33 48 91`` (Ieper), ``050 36 12 44`` (Brugge)."""
        out: list[Finding] = []
        for at in positions(text, "nummer"):
            head = text[max(0, at - 9) : at].lower()
            if head and head[-1].isalpha() and not head.endswith(_NUMBER_WORD_HEADS) and not head.endswith("-"):
                continue  # "ordernummer", "klantnummer": a number of another kind
            m = _NAMED_NUMBER.match(text, at)
            if m is None:
                continue
            start, end = m.span(1)
            if any(f.start < end and start < f.end for f in found) or _ENTERPRISE_NUMBER.fullmatch(m.group(1)):
                continue  # (most: the Dutch reading's)
            digits = _NOT_DIGIT.sub("", m.group(1))
            if not _BELGIAN_LENGTHS[0] <= len(digits) <= _BELGIAN_LENGTHS[1] or _is_valid(digits):
                continue  # (a Dutch number is the Dutch reading's)
            try:
                valid = phonenumbers.is_valid_number(phonenumbers.parse(digits, "BE"))
            except phonenumbers.NumberParseException:
                continue
            if valid:
                out.append(Finding(start, end, "PHONE_NUMBER", SCORE_WITH_CONTEXT, self.name))
        return out

    def _boxed(self, text: str) -> list[Finding]:
        """A number in a form's boxes, a digit or two to a box (``Telefoon |0|6|1|2|3|4|5|6|7|8|``), after a phone word
        on its line; phonenumbers decides."""
        found: list[Finding] = []
        for m in _BOXED.finditer(text):
            digits = _NOT_DIGIT.sub("", m.group())
            if "|" in m.group() and _introduced_on_its_line(text, m.start()) and _is_valid(digits):
                found.append(Finding(m.start(), m.end(), "PHONE_NUMBER", SCORE_WITH_CONTEXT, self.name))
        return found

    def _ocr_damaged(self, text: str) -> list[Finding]:
        """Numbers OCR printed with letters for digits, after a phone word (``Tel.: O6-2345678l``)."""
        found: list[Finding] = []
        for m in _ocr_tokens(text):
            written = m.group()
            letters = sum(written.count(c) for c in "OolISBZ")
            introduced = _introduced_on_its_line(text, m.start())
            # (a number with many zeros after a phone word may have more: "Telefoon: O1O-47l 2O 93")
            most = _MAX_OCR_LETTERS_INTRODUCED if introduced else _MAX_OCR_LETTERS
            if not 0 < letters <= most or sum(c.isdigit() for c in written) < 6:
                continue
            if not introduced and not (
                (_mobile_shape(written) or _landline_shape(written) or _international_shape(written))
                and _OTHER_LABEL_BEFORE.search(text, max(0, m.start() - 20), m.start()) is None
            ):
                continue
            repaired = text[: m.start()] + written.translate(_OCR_DIGITS) + text[m.end() :]
            for run in _RUN.finditer(repaired, m.start(), m.end()):
                for f in self._in_run(repaired, run.start(), run.end()):
                    found.append(Finding(f.start, f.end, "PHONE_NUMBER", SCORE_WITH_CONTEXT, self.name))
        return found

    def _in_links(self, text: str) -> list[Finding]:
        found: list[Finding] = []
        for m in _IN_LINK.finditer(text):
            if text[m.start()] == "=" and not _LINK_PARAMETER.search(text, max(0, m.start() - 10), m.start()):
                continue
            number = m.group(1)
            if not number.startswith(("+", "0")):
                number = "+" + number  # wa.me and msisdn parameters hold international numbers without the plus
            if _is_valid(number):
                found.append(Finding(*m.span(1), "PHONE_NUMBER", SCORE_WITH_CONTEXT, self.name))
        return found

    def _in_run(self, text: str, run_start: int, run_end: int) -> list[Finding]:
        groups = _group_spans(text, run_start, run_end)
        # A run glued to a word or number on the left (``10 0612345678`` matches from the ``0`` of ``10``)
        # loses its first group as a start; glued on the right, its last group as an end.
        first = 0 if _clean_start(text, run_start) else 1
        ends = len(groups) if _clean_end(text, run_end, run_start) else len(groups) - 1
        found: list[Finding] = []
        i = first
        while i < ends:
            start = groups[i][0]
            # A later number in the same run must be set off by whitespace ("06 1234 5678 06 8765 4321").
            if not _may_start_number(text, start, groups[i][1]) or (
                i > 0 and not _between_numbers(text, groups[i - 1][1], start)
            ):
                i += 1
                continue
            j = _longest_valid(text, groups, i, ends)
            if j is None:
                i += 1
                continue
            end = groups[j][1]
            score = None if _looks_like_other(text, start, end) else _score(text, start, end)
            if score is not None:
                found.append(Finding(start, end, "PHONE_NUMBER", score, self.name))
            i = j + 1
        return found
