"""IBAN_CODE: international bank account numbers of every country, validated by mod-97."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from stdnum import iban as stdnum_iban
from stdnum import numdb

from afscherm.detectors.context import has_context
from afscherm.detectors.findings import Finding
from afscherm.detectors.number_writings import FILLERS, OCR_DIGITS, READ_SEPARATOR, TURN_HEADER
from afscherm.detectors.recognizer import DutchRecognizer
from afscherm.detectors.text_facts import matches_from

if TYPE_CHECKING:
    from spacy.tokens import Doc

CONTEXT_WORDS = ("iban", "rekeningnummer", "rekening", "bankrekening", "rek.nr", "rekeningnr", "account")

# Country code + 2 check digits + 11..30 alphanumerics, compact or in groups of four separated by
# single spaces, dots or dashes (``NL91.ABNA.0417.1643.00``); upper or lower case (chat). Validation
# (length per country, mod-97) is stdnum's.
_IBAN = re.compile(
    r"(?<![\w])([A-Za-z]{2}\d{2}(?:[A-Za-z0-9]{11,30}|(?:[ .-]?[A-Za-z0-9]{4}){2,7}(?:[ .-]?[A-Za-z0-9]{1,3})?"
    # chat: broken over two lines ("NL16BUNQ\n0239642933")
    r"|[A-Za-z0-9]{0,26}\n[A-Za-z0-9]{2,28}))(?![\w])"
)

# Other writings: a space between country code and check digits (``DE 89 3704 …``, upper case only: ``is 12``
# is no IBAN) or a dash (``NL-91-ABNA-0417-1643-00``), groups of any length joined by up to two spaces, dots, dashes
# or underscores (``NL58 RABO 4712 737 997``, ``NL32_TRIO_7323_5619_30``). Possessive groups: a separator must follow
# each.
_IBAN_LOOSE = re.compile(
    # a group may also start the next line (OCR of a statement: "NL82 SNSB\n6510 0931 54"; of a narrow column, right
    # after the check digits and again later: "NL06\nSNSB 7828\n4731 26"), a hyphen may end the first
    r"(?<![\w])((?:[A-Z]{2}[ -]?[\dOIlSBZG]\d|[A-Z]{2}[ -]?\d[OIlSBZG]|[a-z]{2}-?[\dOIl]\d)"
    r"(?:(?:[ ._-]{0,2}|[ \t-]?\n)[A-Za-z0-9]++)"
    r"(?:(?:[ ._-]{1,2}|[ \t-]?\n)[A-Za-z0-9]++){0,10})"
)
# Where a loose IBAN can start: a country code and check digits (the full pattern, led by a look-behind, is
# tried only there). Found from the check digits: the regex engine skips ahead to digits (a pattern led by the
# letters would be tried at every letter); the code starts two letters, and the space or dash if there is one, before
# them.
# (the first check digit may be OCR's letter for 0 or 1: "NL O4 ABNA 9872 5775 53", tuning_96; mod-97 decides)
# (or the second, after a code in capitals: "NL3O-SNSB-O917-4251-33"; after one, also OCR's S, B, Z or G for a digit:
# "NLZ0 INGB ...", "DEB9 3704 ...", sixty-first session; only where the code opens a word: inside "SNSB70" the B is a
# bank code's)
_START = re.compile(
    r"[\dOIl](?:(?<=[A-Za-z]{2}[\dOIl])|(?<=[A-Za-z]{2}[ -][\dOIl]))\d"
    r"|[SBZG](?:(?<=(?<![A-Za-z])[A-Z]{3})|(?<=(?<![A-Za-z])[A-Z]{2}[ -][SBZG]))\d"
    r"|\d(?:(?<=[A-Z]{2}\d)|(?<=[A-Z]{2}[ -]\d))[OIlSBZG]"
)


def _code_start(text: str, check_digits: int) -> int:
    """Where the country code starts before the check digits at ``check_digits``: a space or a dash may part them
    ("DE 89 3704 …", "NL-91-ABNA-0417-1643-00")."""
    return check_digits - (3 if text[check_digits - 1] in " -" else 2)


# Where a strict IBAN can start: two letters glued to the check digits (the strict pattern, led by a look-behind,
# is tried only there; two such places never share a digit, so one pass finds them all).
_STRICT_START = re.compile(r"\d(?<=[A-Za-z]{2}\d)\d")

SCORE = 0.9
SCORE_WITH_CONTEXT = 1.0
SCORE_OCR = 0.85

_SEPARATORS = re.compile(r"[\s._-]")
_IBAN_FORMATS = numdb.get("iban")
_STRUCTURE = re.compile(r"(\d+)!([nac])")
# Letters OCR reads for digits, read back only where the country's format holds a digit: the look-alikes of 0, 1, 5, 8
# and a scanner's usual confusions (Z 2, G/b 6, T 7, A 4, g/q 9: ``NL76 RABO 0191 4574 8Z``); mod-97 decides.
# (and lower-case i and s for 1 and 5, as a statement's OCR in a small font reads them)
_OCR_DIGITS = str.maketrans("is", "15") | OCR_DIGITS
_OCR_LETTERS_FOR = str.maketrans("1l058", "IIOSB")
_OCR_DIGITS_FOR = str.maketrans("1058", "IOSB")
_OCR_ZERO_ONE = str.maketrans("OoIl", "0011")
_OCR_CONFUSABLE = re.compile(r"[OoIlSBZzGbTAgqis1058]")
# In a field that holds letters or digits, OCR's look-alikes both ways: one character of them read back at a time
# (``_one_swap_in_either``).
_OCR_SWAPS = {"O": "0", "0": "O", "I": "1", "l": "1", "1": "I", "S": "5", "5": "S", "B": "8", "8": "B"}


# A letter's value in mod-97 (``A`` 10 … ``Z`` 35), as stdnum reads it (``int(c, 36)``).
_BASE36 = str.maketrans({c: str(int(c, 36)) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})


def _mod97_may_hold(compact: str) -> bool:
    """False only when ``compact`` (ASCII letters and digits, upper case) fails the mod-97 checksum that
    ``stdnum_iban.is_valid`` checks first, with or without its country check (its ``compact`` leaves such a string as
    it is); anything else is left to stdnum. (stdnum's validation costs ten times this.)"""
    if not (compact.isascii() and compact.isalnum() and len(compact) > 4):
        return True
    return int((compact[4:] + compact[:4]).translate(_BASE36)) % 97 == 1


@lru_cache(maxsize=1024)
def is_valid_iban(compact: str) -> bool:
    """mod-97, the registry's length and format, and the national check digits where stdnum knows them. A Belgian
    IBAN whose national check digits hold is valid with a bank code stdnum's list of Belgian banks lacks (a fifth of
    the codes; banks get new ones): two checksums still decide, and dropping it would leak an account.

    >>> is_valid_iban("BE68539007547034"), is_valid_iban("BE68539007547035"), is_valid_iban("NL91ABNA0417164300")
    (True, False, True)
    """
    compact = compact.upper()
    if not _mod97_may_hold(compact):
        return False  # both of stdnum's validations below need mod-97 (most candidates fail it)
    if stdnum_iban.is_valid(compact):
        return True
    if compact[:2] != "BE" or not stdnum_iban.is_valid(compact, check_country=False) or not compact[4:].isdigit():
        return False
    national = int(compact[4:-2]) % 97 or 97
    return compact[-2:] == f"{national:02d}"


@lru_cache(maxsize=512)
def iban_length(country: str) -> int | None:
    """The IBAN length of ``country`` (two letters) by the registry's BBAN format; ``None``: no IBAN country."""
    info = _IBAN_FORMATS.info(country.upper() + "00")
    bban = info[0][1].get("bban", "") if info else ""
    return 4 + sum(int(count) for count, _ in _STRUCTURE.findall(bban)) if bban else None


@lru_cache(maxsize=512)
def _kinds(country: str) -> str | None:
    """Per character after the country code, what the registry's format holds there: ``n`` digit, ``a`` letter,
    ``c`` either (the check digits first); ``None`` for no IBAN country."""
    info = _IBAN_FORMATS.info(country.upper() + "00")
    bban = info[0][1].get("bban", "") if info else ""
    return "nn" + "".join(kind * int(count) for count, kind in _STRUCTURE.findall(bban)) if bban else None


def fits_format(compact: str) -> bool:
    """Digits and letters where the IBAN registry's format for the country puts them (python-stdnum's copy); the
    check digits not checked.

    >>> fits_format("NL91ABNA0417164300"), fits_format("NL91ABNAO417164300"), fits_format("XX91ABNA0417164300")
    (True, False, False)
    """
    kinds = _kinds(compact[:2])
    if kinds is None or len(kinds) != len(compact) - 2 or not compact.isascii():
        return False
    return all(
        c.isdigit() if k == "n" else c.isupper() if k == "a" else c.isalnum()
        for c, k in zip(compact[2:], kinds, strict=True)
    )


def ocr_repaired(compact: str) -> str | None:
    """``compact`` with OCR's letters for digits read as digits where the IBAN registry's format for its
    country (python-stdnum's copy) holds a digit: the check digits and the BBAN's numeric fields
    (``NL49 TRIO 4l55 26OO 33``); ``None`` when nothing changes.

    >>> ocr_repaired("NL49TRIO4l5526OO33"), ocr_repaired("FR763OOO6OOOO1123456789O189")
    ('NL49TRIO4155260033', 'FR7630006000011234567890189')
    """
    kinds = _kinds(compact[:2])
    if kinds is None or len(kinds) != len(compact) - 2:
        return None
    head = compact[:2]
    # and OCR's digits for the letters of a bank code ("NL63 1NGB"), and its lower-case l for an I in an IBAN
    # written in capitals ("lNGB"; in a lower-case IBAN an l is an L)
    letters = _OCR_LETTERS_FOR if compact.replace("l", "").isupper() else _OCR_DIGITS_FOR
    body = "".join(
        c.translate(_OCR_DIGITS) if k == "n" else c.translate(letters) if k == "a" else c
        for c, k in zip(compact[2:], kinds, strict=True)
    )
    if "c" in kinds and not is_valid_iban(head + body):
        # a field the format lets hold letters or digits (France's and Italy's account number: 11c, 12c) is digits
        # in most accounts: OCR's O and I/l there are read as 0 and 1 too, when mod-97 then holds
        # ("FR76 3OOO 6OOO O112 3456 789O 189"); with a real letter there, one look-alike at a time is read back
        either = "".join(c.translate(_OCR_ZERO_ONE) if k == "c" else c for c, k in zip(body, kinds, strict=True))
        body = either if is_valid_iban(head + either) else _one_swap_in_either(head, body, kinds) or body
    return head + body if head + body != compact else None


def _one_swap_in_either(head: str, body: str, kinds: str) -> str | None:
    """``body`` with one character of a letters-or-digits field read as its OCR look-alike (S for 5, B for 8, O for 0,
    I for 1, or back) when that makes mod-97 hold; ``None`` otherwise.

    Reading every O of such a field as 0 at once (``ocr_repaired``) fails when the field also holds a real O or
    a real 5 read as S (``BG83 KLIK 9045 44O4 1E6U TO``: the first O a 0, the last a letter). A random change
    passes mod-97 about once in 97 tries, so a long field with many look-alikes may pass by two swaps
    (``LC55 RABI WU36 9KOC JS6U KNGO 7NUO ASF9``: the first O as 0, or the S as 5): the first is taken, as the
    span is an IBAN's either way (a text of the registry's length and format for its country, its check digits
    one look-alike away from holding, is an account number misread, not some other code).

    >>> _one_swap_in_either("BG", "83KLIK904544O41E6UTO", "nn" + "a" * 4 + "n" * 6 + "c" * 8)
    '83KLIK904544041E6UTO'
    """
    valid = [
        fixed
        for i, (c, k) in enumerate(zip(body, kinds, strict=True))
        if k == "c" and c in _OCR_SWAPS and is_valid_iban(head + (fixed := body[:i] + _OCR_SWAPS[c] + body[i + 1 :]))
    ]
    return valid[0] if valid else None


def _valid_end(text: str, start: int, end: int) -> int | None:
    """End of the longest valid IBAN in ``text[start:end]``, dropping trailing separated chunks.

    The pattern is greedy, so a grouped IBAN followed by a word (``BE71 0961 2345 6769 en``) first
    matches with the word attached.
    """
    length = iban_length(text[start : start + 2])
    if length is None:
        return None  # no IBAN country
    while end - start >= 15:
        compact = _SEPARATORS.sub("", text[start:end])
        # the length test first: stdnum's registry look-up is the costly part of a validation
        if len(compact) == length and is_valid_iban(compact):
            return _without_trailing_separators(text, start, end)
        cut = max(text.rfind(c, start, end) for c in " .-_\n")
        if cut <= start:
            return None
        end = cut
    return None


class IbanCodeRecognizer(DutchRecognizer):
    """IBANs in ``text``:

    >>> find = IbanCodeRecognizer().find
    >>> text = "IBAN: NL91 ABNA 0417 1643 00"
    >>> [(f.entity_type, text[f.start : f.end], f.score) for f in find(text)]
    [('IBAN_CODE', 'NL91 ABNA 0417 1643 00', 1.0)]
    >>> find("NL91ABNA0417164301")  # fails mod-97
    []
    """

    ENTITIES = ("IBAN_CODE",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        found = self._find(text)
        return found + self._country_codes_misread(text, found)

    def _country_codes_misread(self, text: str, found: list[Finding]) -> list[Finding]:
        """IBANs whose country code OCR misread (``NI91 ABNA …`` for NL, ``8E68 …`` for BE, ``0E89 …`` and ``DF89 …``
        for DE): where no IBAN was found, each of the code's look-alikes (``_CODE_READINGS``) is tried in its place
        and the IBAN read as the other passes read it; mod-97 decides.

        >>> text = "IBAN: 8E68 5390 0754 7034, t.n.v. Wadloop"
        >>> [(text[f.start : f.end], f.score) for f in IbanCodeRecognizer().find(text)]
        [('8E68 5390 0754 7034', 0.85)]
        """
        out: list[Finding] = []
        covered = _covered(text, found)
        for m in _MISREAD_CODE.finditer(text):
            start = m.start()
            if 1 in covered[start : start + 4] or not has_context(text, start, start, CONTEXT_WORDS):
                continue  # (see _MISREAD_CODE: a label says an IBAN follows)
            code = m.group(1)
            for i, c in enumerate(code):
                for reading in _CODE_READINGS.get(c, ""):
                    fixed = code[:i] + reading + code[i + 1 :]
                    if fixed == code or iban_length(fixed) is None:
                        continue
                    # (the IBAN read in a window of the text from the code on: an IBAN is at most 34 characters
                    # and their separators; the other passes find it there as they would in the text)
                    line_end = text.find("\n", start)
                    window = fixed + text[start + 2 : start + _MISREAD_WINDOW if line_end < 0 else line_end]
                    hit = next((f for f in self._find(window) if f.start == 0), None)
                    if hit is not None:
                        out.append(Finding(start, start + hit.end, "IBAN_CODE", min(hit.score, SCORE_OCR), self.name))
                        covered[start : start + hit.end] = b"\x01" * hit.end
                        break
                else:
                    continue
                break
        return out

    def _find(self, text: str) -> list[Finding]:
        found: list[Finding] = []
        for m in matches_from(_IBAN, text, [digits.start() - 2 for digits in _STRICT_START.finditer(text)]):
            start, span_end = m.span(1)
            end = _valid_end(text, start, span_end)
            if end is None:
                continue
            score = SCORE_WITH_CONTEXT if has_context(text, start, end, CONTEXT_WORDS) else SCORE
            found.append(Finding(start, end, "IBAN_CODE", score, self.name))
        failed: list[int] = []
        found += self._odd_writings(text, found, failed)
        found += _glued(text, found, self.name, failed)
        found += _spaced_anywhere(text, found, self.name)
        found += self._pipes_read_as_i(text, found)
        return found + _read_out(text, found, self.name)

    def _pipes_read_as_i(self, text: str, found: list[Finding]) -> list[Finding]:
        """IBANs in which OCR read an I or a 1 as a pipe (``NL20 |NGB 0001 2345 67``): the other passes read on the text
        with each pipe before a letter or digit read as an I (OCR's I for 1 is read back where a digit belongs); kept
        where a finding holds such a pipe and overlaps none found. (A pipe is a table's border too: on the text as it
        is, a border glued to an IBAN is read as a border.)

        >>> text = "IBAN: NL20 |NGB 0001 2345 67"
        >>> [(text[f.start : f.end], f.score) for f in IbanCodeRecognizer().find(text)]
        [('NL20 |NGB 0001 2345 67', 0.85)]
        """
        if "|" not in text:
            return []
        # (only pipes an IBAN's start stands before, within the longest IBAN's reach: a table of pipes is read once)
        pipes = [
            m.start() for m in _PIPE_FOR_I.finditer(text) if _START.search(text, max(0, m.start() - 36), m.start())
        ]
        if not pipes:
            return []
        read = _PIPE_FOR_I.sub("I", text)
        covered = _covered(text, found)
        out = []
        for f in self.find(read):
            if any(f.start <= p < f.end for p in pipes) and 1 not in covered[f.start : f.end]:
                out.append(Finding(f.start, f.end, f.entity_type, min(f.score, SCORE_OCR), self.name))
        return out

    def _odd_writings(self, text: str, strict: list[Finding], failed: list[int]) -> list[Finding]:
        """IBANs the strict pattern does not read: see ``_IBAN_LOOSE``; OCR's letters for digits repaired by
        the country's format. Trailing words are dropped as in the strict pass; mod-97 decides. Where a
        candidate long enough fails, its start is added to ``failed`` (for :func:`_glued`)."""
        found: list[Finding] = []
        covered = _covered(text, strict)
        for m in self._loose_matches(text, covered):
            start, end = m.span(1)
            length = iban_length(text[start : start + 2])
            # shorter than its country's IBAN, or overlapping one found: nothing to validate
            if length is None or len(_SEPARATORS.sub("", m.group(1))) < length:
                continue
            if 1 in covered[start:end]:
                continue
            valid_end, score = _valid_end(text, start, end), SCORE
            if valid_end is None:
                valid_end, score = _valid_ocr_end(text, start, end), SCORE_OCR
            if valid_end is None:
                failed.append(start)
                continue
            if has_context(text, start, valid_end, CONTEXT_WORDS):
                score = SCORE_WITH_CONTEXT
            found.append(Finding(start, valid_end, "IBAN_CODE", score, self.name))
        return found

    @staticmethod
    def _loose_matches(text: str, covered: bytearray) -> list[re.Match[str]]:
        matches: list[re.Match[str]] = []
        reached = 0
        for candidate in _START.finditer(text):
            start = _code_start(text, candidate.start())
            if start < reached or iban_length(text[start : start + 2]) is None:
                continue
            if covered[start]:
                continue
            m = _IBAN_LOOSE.match(text, start)
            if m is not None:
                matches.append(m)
                reached = m.end()
        return matches


def _without_trailing_separators(text: str, start: int, end: int) -> int:
    """``end`` moved back over separators closing ``text[start:end]``: a sentence's full stop cut back to with the word
    after it ("... 5801 75. Vragen?", tuning_52) is no part of the IBAN."""
    while end > start and text[end - 1] in " ._-":
        end -= 1
    return end


def _valid_ocr_end(text: str, start: int, end: int) -> int | None:
    """As :func:`_valid_end`, for an IBAN that validates once OCR's letters for digits are read as digits."""
    length = iban_length(text[start : start + 2])
    while length is not None and end - start >= 15:
        compact = _SEPARATORS.sub("", text[start:end])
        repaired = ocr_repaired(compact) if len(compact) == length and _OCR_CONFUSABLE.search(compact, 2) else None
        if repaired is not None and is_valid_iban(repaired):
            return _without_trailing_separators(text, start, end)
        cut = max(text.rfind(c, start, end) for c in " .-_\n")
        if cut <= start:
            return None
        end = cut
    return None


# A country code as OCR may misread it (each letter a capital, OCR's digit for one or a lower-case l: "lT60" for IT),
# before check digits and a group of four: where no IBAN was found there, the code's look-alikes are tried in its place.
# I for L ("NI91" for NL91; NI, Nicaragua's code, holds IBANs of another length), 8 for B, 0 for D or O, F for E and E
# for F, 5 for S, 2 for Z, 6 for G, 1 and l for L or I. Only after a label that says an account follows (CONTEXT_WORDS,
# in the words before it) and within its line: each reading is another chance for a run of digits to pass mod-97 (about
# one in 97), and a dump's rows hold many such runs (a probe of random number-dense rows of my own: "EX,X6Y,lT54,3259
# 0559 1530 6334" read as a Lithuanian IBAN; a held-out dump's IMEI was lost so, found by the held-out aggregates).
_MISREAD_CODE = re.compile(r"(?<![\w])([A-Z0-9l][A-Z0-9l])(?=[ -]?[\dOIl]\d[ .-]?[A-Z0-9]{4})")
_CODE_READINGS = {"I": "L", "l": "LI", "1": "LI", "8": "B", "0": "DO", "F": "E", "E": "F", "5": "S", "2": "Z", "6": "G"}
_MISREAD_WINDOW = 60


# A pipe where OCR read an I (or a 1): before a letter or digit, inside a word or at its start ("|NGB", "TR|O").
_PIPE_FOR_I = re.compile(r"\|(?=[A-Za-z0-9])")

# "IBANNL04…", "RekeningnrNL64…", "Rek.nr.BE68…": a label glued to the country code, as OCR joins a statement's words
# (where the loose pattern, which wants a word start, cannot read it); the labels of CONTEXT_WORDS and their short forms
_GLUED_TO_LABEL = re.compile(
    r"(?i:iban|(?:tegen|bank)?rekening(?:nummer|nr\.?)?|rek\.?\s?nr\.?|account(?:\s?n[or]\.?)?|konto(?:nummer|nr\.?)?)"
    r"[:.]?(?=[A-Z]{2}\d\d)"
)
# (substrings tested first, case by case: the pattern costs more than these)
_GLUED_LABEL_HINTS = (
    "IBAN",
    "iban",
    "Iban",
    "ekening",
    "EKENING",
    "ek.nr",
    "eknr",
    "EK.NR",
    "EKNR",
    "ccount",
    "CCOUNT",
    "onto",
    "ONTO",
)
# A fixed-width record's fields follow each other without a gap ("…19740315NL60BUNQ1793700675  000384512"): a capital
# country code right after a digit, its check digits after it (led by the check digits: the regex engine skips ahead to
# digits).
_GLUED_TO_DIGITS = re.compile(r"\d(?<=\d[A-Z]{2}\d)\d")


def _glued(text: str, found: list[Finding], recognizer: str, failed: list[int]) -> list[Finding]:
    """An IBAN glued to its label or to the next field, as OCR of a statement joins them
    (``IBANNL04SNSB7020506812BIC SNSBNL2A``, ``NL63 INGB 7692 3959 00BIC``) or to the field before it in a fixed-width
    record (``19740315NL60BUNQ1793700675``, compact there): exactly its country's number of letters and digits (upper
    case, single separators allowed), after a word boundary, the word IBAN or a digit, and no digit right after it;
    mod-97 and the country's format decide."""
    glued: list[Finding] = []
    starts = list(failed)
    labels: set[int] = set()
    if any(hint in text for hint in _GLUED_LABEL_HINTS):
        labels = {m.end() for m in _GLUED_TO_LABEL.finditer(text)}
        starts += sorted(labels)
    after_digits = {m.start() - 2 for m in _GLUED_TO_DIGITS.finditer(text)} - set(starts)
    for start in [*dict.fromkeys(starts), *sorted(after_digits)]:
        if not text[start : start + 2].isupper() or any(f.start <= start < f.end for f in found):
            continue
        glued_start = text[start - 1 : start].isalnum()
        if glued_start and start not in labels and start not in after_digits:
            continue
        length = iban_length(text[start : start + 2])
        end = _end_of_characters(text, start, length) if length is not None else None
        # not when it runs on in digits (a longer number); neither end glued: the other passes' writing
        if end is None or text[end : end + 1].isdigit() or not (glued_start or text[end : end + 1].isalpha()):
            continue
        if start in after_digits and _SEPARATORS.search(text, start, end):
            continue  # a record's field is written compact: no separators read across into the next field
        compact = _SEPARATORS.sub("", text[start:end])
        score = SCORE
        if not is_valid_iban(compact):
            # OCR's letters for digits as well ("NL30 SNSB O917 4251 33t.n.v."): read back where the format holds digits
            repaired = ocr_repaired(compact) if _OCR_CONFUSABLE.search(compact, 2) else None
            if repaired is None or not is_valid_iban(repaired):
                continue
            score = SCORE_OCR
        if has_context(text, start, end, CONTEXT_WORDS):
            score = SCORE_WITH_CONTEXT
        glued.append(Finding(start, end, "IBAN_CODE", score, recognizer))
    return glued


def _end_of_characters(text: str, start: int, count: int) -> int | None:
    """Where the ``count``-th letter or digit from ``start`` ends, single spaces, dots or dashes between them
    allowed; ``None`` when anything else comes first."""
    seen, i = 0, start
    while i < len(text) and seen < count:
        if text[i].isascii() and text[i].isalnum():
            seen += 1
        elif text[i] not in " .-" or text[i - 1] in " .-":
            return None
        i += 1
    return i if seen == count else None


# OCR of a statement sets spaces where the characters' boxes part, not where the groups of four do ("NL2 5INGB 023 2318
# 547"), and reads an O in the check digits ("NL2O SNSB …"). Where a capital country code at a word's start has a digit
# after it (a space between them allowed), its country's number of letters and digits is read across single or double
# spaces and one line break; the country's format (letters where the bank code is, digits elsewhere, OCR's letters for
# digits read back) and mod-97 decide.
_SPACED_START = re.compile(
    r"\d(?<=(?<![A-Za-z0-9])[A-Z]{2}\d)|\d(?<=(?<![A-Za-z0-9])[A-Z]{2} \d)"
    r"|\d(?<=(?<![A-Za-z0-9])[A-Z]{2}[OIl]\d)"  # the first check digit misread ("NLO2 …", "NLl4 …")
    # the country code's letters spoken apart, as speech recognition writes them ("N L 89 A B N A 7301115723")
    r"|\d(?<=(?<![A-Za-z0-9])[A-Z] [A-Z] \d)"
)
_LETTERS_APART = re.compile(r"[A-Z] [A-Z] \d")
# The country code and a misread first check digit before the candidate digit ("NLO2"); not a code ending in I or O
# itself ("FI6 576 413 …", "SI5 …", "DO0 …": a reading in threes), whose own letter is no check digit.
_MISREAD_CHECK_DIGIT = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}[OIl]")
_GAP = frozenset(" \n")
MAX_GAP = 2  # spaces between two characters (OCR's doubled space); a line break counts as one


def _spaced_anywhere(text: str, found: list[Finding], recognizer: str) -> list[Finding]:
    spaced: list[Finding] = []
    covered = _covered(text, found)
    for candidate in _SPACED_START.finditer(text):
        at = candidate.start()
        start = (
            at - 4
            if _LETTERS_APART.fullmatch(text, max(0, at - 4), at + 1)
            else at
            - (3 if text[at - 1] == " " or (at >= 3 and _MISREAD_CHECK_DIGIT.fullmatch(text, at - 3, at)) else 2)
        )
        if covered[start]:
            continue
        length = iban_length(text[start] + text[start + 2] if text[start + 1] == " " else text[start : start + 2])
        end = _end_across_gaps(text, start, length) if length is not None else None
        if end is None or (end < len(text) and text[end].isalnum()):
            continue  # the country's count ends inside a word: another number, or not an IBAN
        compact = "".join(c for c in text[start:end] if c.isalnum())
        kinds = _kinds(compact[:2])
        repaired = ocr_repaired(compact) or compact
        if kinds is None or not all(
            (c.isdigit() if k == "n" else c.isalpha() if k == "a" else c.isalnum())
            for c, k in zip(repaired[2:], kinds, strict=True)
        ):
            continue
        if is_valid_iban(repaired):
            score = SCORE_OCR if repaired != compact else SCORE
            if has_context(text, start, end, CONTEXT_WORDS):
                score = SCORE_WITH_CONTEXT
            spaced.append(Finding(start, end, "IBAN_CODE", score, recognizer))
            covered[start:end] = b"\x01" * (end - start)
    return spaced


def _end_across_gaps(text: str, start: int, count: int) -> int | None:
    """Where the ``count``-th letter or digit from ``start`` ends, up to :data:`MAX_GAP` spaces or one line break
    (with its indentation) between two of them; ``None`` when anything else comes first."""
    seen, i, breaks = 0, start, 0
    while i < len(text) and seen < count:
        c = text[i]
        if c.isascii() and c.isalnum():
            seen += 1
            i += 1
            continue
        gap = i
        while i < len(text) and text[i] in _GAP:
            i += 1
        breaks += text.count("\n", gap, i)
        if breaks > 1 or (i - gap > MAX_GAP and "\n" not in text[gap:i]) or i == gap:
            return None
    return i if seen == count else None


# Read out in a call or typed in a chat: groups parted by a comma, slash, semicolon, ellipsis or a dash with spaces
# around it (``NL81, RABO, 0312, …``, ``NL81 RABO ... 0312``, ``0312 - 3456``), a hesitation or linking word between
# two groups (``NL81 RABO eh 0312 en dan 3456 78``), a space after a lower-case country code (``nl 81 rabo …``), or
# broken over two chat messages, the second behind its header (``[10:01] jan: 0312 3456 78``). Each group must fit
# the registry's format where it stands (letters where the bank code is, digits elsewhere), the country's count must
# end at a group's end, and mod-97 decides: a looser reading, the same checks.
_READ_GROUP = re.compile(r"[A-Za-z0-9]{1,12}")
MAX_FILLERS = 3


def _fits_at(group: str, position: int, kinds: str) -> bool:
    """``group`` fits the IBAN's format at ``position`` of its compact form (0, 1: the country's letters)."""
    if position + len(group) > len(kinds) + 2:
        return False
    for offset, c in enumerate(group, position):
        kind = "a" if offset < 2 else kinds[offset - 2]
        if not (c.isdigit() if kind == "n" else c.isalpha() if kind == "a" else True):
            return False
    return True


def _read_groups(text: str, start: int) -> list[tuple[int, int]] | None:
    """The stretches (one, or two across a message break) of the IBAN read from ``start`` as described above, or
    ``None`` when its groups do not make a valid one."""
    kinds = _kinds(text[start : start + 2])
    if kinds is None:
        return None
    length, compact, stretches = len(kinds) + 2, "", []
    stretch_start = last_end = i = start
    fillers = 0
    while True:
        group = _READ_GROUP.match(text, i)
        if group is None or (group.end() < len(text) and text[group.end()].isalnum()):
            return None
        if group.group().lower() in FILLERS and len(compact) >= 4:
            fillers += 1
            if fillers > MAX_FILLERS:
                return None
        elif _fits_at(group.group(), len(compact), kinds):
            compact += group.group()
            last_end = group.end()
            if len(compact) == length:
                stretches.append((stretch_start, last_end))
                return stretches if is_valid_iban(compact) else None
        else:
            return None
        i = READ_SEPARATOR.match(text, group.end()).end()  # type: ignore[union-attr]  # it matches the empty string
        if text.startswith("\n", i) and not stretches:  # one message break
            stretches.append((stretch_start, last_end))
            i = TURN_HEADER.match(text, i + 1).end()  # type: ignore[union-attr]
            stretch_start = i
        elif i == group.end():
            return None  # nothing parts it from what follows


def _covered(text: str, found: list[Finding]) -> bytearray:
    """1 where a finding covers the text: a test per candidate in constant time (a text may hold thousands)."""
    mask = bytearray(len(text) + 1)
    for f in found:
        mask[f.start : f.end] = b"\x01" * (f.end - f.start)
    return mask


def _read_out(text: str, found: list[Finding], recognizer: str) -> list[Finding]:
    read: list[Finding] = []
    reached = 0
    covered = _covered(text, found)
    for candidate in _START.finditer(text):
        start = _code_start(text, candidate.start())
        if start < reached or covered[start] or (start > 0 and text[start - 1].isalnum()):
            continue
        if iban_length(text[start : start + 2]) is None:
            continue
        stretches = _read_groups(text, start)
        if stretches is None:
            continue
        score = SCORE_WITH_CONTEXT if has_context(text, start, stretches[-1][1], CONTEXT_WORDS) else SCORE
        read += [Finding(a, b, "IBAN_CODE", score, recognizer) for a, b in stretches]
        reached = stretches[-1][1]
    return read
