"""Values in an OCR'd machine-readable zone read by position: document numbers and personal numbers.

The ID-copy redactor reads an MRZ with OCR, which confuses letters and digits in the MRZ font. What the zone
holds — a document number (repaired with its ICAO check digit), a Dutch BSN or another national personal
number in the optional field — is decided here; the redactor only looks for those values on the page.

>>> sorted(document_numbers("SPECI2O14", "2"))  # OCR read O for a zero: the readings the check digit accepts
['SPEC120I4', 'SPECI2014']
>>> line_values("I<NLDSPECI20142111222333<<<<<<")
({'SPECI2014'}, {'111222333'})
>>> canonical("I0O1")
'1001'
"""

from __future__ import annotations

import itertools
import re

from afscherm.detectors.mrz import icao_check_digit

# OCR confusions between letters and digits in the MRZ font (and in the bold body font of ID cards).
AS_DIGIT = {
    "O": "0",
    "Q": "0",
    "D": "0",
    "U": "0",
    "I": "1",
    "L": "1",
    "Z": "2",
    "S": "5",
    "G": "6",
    "B": "8",
    "T": "7",
}
AS_LETTER = {"0": "D", "1": "I", "2": "Z", "5": "S", "6": "G", "8": "B", "7": "T"}
NL_DOCUMENT_NUMBER = re.compile(r"^[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]$")  # Dutch: never the letter O
_CANON = str.maketrans(AS_DIGIT)


def canonical(text: str) -> str:
    """``text`` with every letter OCR confuses with a digit read as that digit: compare these."""
    return text.upper().translate(_CANON)


def document_numbers(field_: str, check: str) -> set[str]:
    """The readings of an MRZ document-number field that a Dutch number can be and its check digit
    accepts (the raw reading when none does, so the redactor still looks for it)."""
    return checked_document_numbers(field_, check) or ({field_} if len(field_) >= 6 else set())


def checked_document_numbers(field_: str, check: str, limit: int = 4) -> set[str]:
    """Readings of a 9-character field (letters and digits swapped where OCR confuses them) that are a Dutch
    document number with check digit ``check``; none when more than ``limit`` fit (none is trustworthy)."""
    check = AS_DIGIT.get(check, check)
    if len(field_) != 9 or not check.isdigit():
        return set()
    if NL_DOCUMENT_NUMBER.match(field_) and icao_check_digit(field_) == check:
        return {field_}
    options = [{c, AS_DIGIT.get(c, c), AS_LETTER.get(c, c)} for c in field_]
    found: set[str] = set()
    for combo in itertools.product(*options):
        value = "".join(combo)
        if NL_DOCUMENT_NUMBER.match(value) and icao_check_digit(value) == check:
            found.add(value)
            if len(found) > limit:
                return set()
    return found


def number_field(line: str, start: int) -> set[str]:
    """The document number at ``start`` of an MRZ line; when its check digit fails even after
    repair, OCR may have read one character too many (``SC9O2AKHF8`` for ``SC92AKHF8``)."""
    found = checked_document_numbers(line[start : start + 9], line[start + 9 : start + 10])
    for i in range(start, start + 10):
        if found:
            break
        shorter = line[:i] + line[i + 1 :]
        found = checked_document_numbers(shorter[start : start + 9], shorter[start + 9 : start + 10])
    return found or document_numbers(line[start : start + 9], "")


def bsn_field(field_: str) -> set[str]:
    """A BSN in the MRZ's optional / personal-number field (a misread one too: it is only searched for)."""
    digits = "".join(AS_DIGIT.get(c, c) for c in field_)
    return {digits} if len(digits) == 9 and digits.isdigit() else set()


def personal_number(field_: str) -> set[str]:
    """A personal number in an MRZ optional field (digits, fillers dropped): searched for like a BSN."""
    digits = "".join(AS_DIGIT.get(c, c) for c in field_.strip("<"))
    return {digits} if len(digits) >= 9 and digits.isdigit() else set()


def _td1_first_line(compact: str) -> bool:
    """A TD1 first line: a document code (a letter, then a letter or filler), a three-letter state, and a number
    field with digits (a name line has none), or one its check digit holds for: a German number is mostly letters
    (tuning family3 seed 8 page 3, ``IDD<<MR6PYVVPO1``: two digits, one read as ``O``; its number was never searched
    for on the front beside it, which was refused as a front without its number).

    >>> _td1_first_line("IDD<<MR6PYVVPO1<<<<<<<<<<<<<<<"), _td1_first_line("KRANZ<<HANNA<<<<<<<<<<<<<<<<<<")
    (True, False)
    """
    code, state, number = compact[:2], compact[2:5], compact[5:14]
    return (
        code[:1].isalpha()
        and (code[1:].isalpha() or code[1:] == "<")
        and state.replace("<", "").isalpha()
        and (
            (sum(AS_DIGIT.get(c, c).isdigit() for c in number) >= 4 and sum(c.isdigit() for c in number) >= 2)
            or bool(checked_document_numbers(number, compact[14:15]))
        )
    )


def line_values(compact: str) -> tuple[set[str], set[str]]:
    """(document numbers, personal numbers) one MRZ line (spaces removed) holds by its layout.

    >>> numbers, personal = line_values("RPNLDE4707659620016732551<<<<<")  # a residence permit
    >>> numbers, "0016732551" in personal  # the V-number in the optional field
    ({'E47076596'}, True)
    >>> line_values("SMITS<<FATIMA<<<<<<<<<<<<<<<<<")
    (set(), set())
    >>> line_values("IDD<<PL69WC32N5<<<<<<")  # a first line read short: its number's check digit holds
    ({'PL69WC32N'}, set())
    """
    numbers: set[str] = set()
    personal: set[str] = set()
    if len(compact) in range(28, 33) and _td1_first_line(compact):
        # TD1 line 1, any issuing state and document code (identity cards ``I``/``ID``, residence permits ``IR``,
        # ``RP`` …): the number (ICAO's long form continues in the optional field after a ``<`` where the check
        # digit would be); the Dutch BSN, or a residence permit's V-number, in the optional field.
        numbers |= number_field(compact, 5)
        if compact[14:15] == "<" and len(rest := compact[15:30].split("<")[0]) >= 2:
            numbers.add(compact[5:14] + rest[:-1])
        if "NLD" in compact[:6]:
            personal |= bsn_field(compact[15:24])
        personal |= personal_number(compact[15:30].split("<")[0])
    elif len(compact) in range(15, 28) and _td1_first_line(compact) and (short := _checked_number(compact)):
        # TD1 line 1 whose fillers OCR read short ("IDD<<PL69WC32N5<<<<<<", 21 of 30 characters: tuning seed 2086
        # of the independent generator, page 3, a German card's back at 101 dpi beside its front, which was refused
        # for want of its number): the number's place is fixed from the line's start, and only a check digit that
        # holds for it vouches for it (the optional field after it may be cut: no personal number from it).
        numbers |= short
    elif len(compact) in range(28, 33) and compact[:7].isdigit() and compact[15:18].isalpha():
        # TD1 line 2: the optional field holds a national personal number on some cards (Belgium's).
        personal |= personal_number(compact[18:29])
    elif (
        len(compact) in range(42, 47)
        and compact[:1].isalnum()
        and (_dutch(compact) or (_state(compact[10:13]).isalpha() and compact[13:19].isdigit()))
    ):
        # TD3 line 2 (number, nationality, birth date), any nationality.
        numbers |= number_field(compact, 0)
        personal |= bsn_field(compact[28:37]) if _dutch(compact) else personal_number(compact[28:42])
    return numbers, personal


def _checked_number(compact: str) -> set[str]:
    """The document number of a TD1 first line (``compact``) that its check digit holds for: as read, or repaired
    as a Dutch number (``checked_document_numbers``); none else.

    >>> _checked_number("IDD<<PL69WC32N5<<<<<<"), _checked_number("IDD<<PL69WC32N4<<<<<<")
    ({'PL69WC32N'}, set())
    """
    number, check = compact[5:14], compact[14:15]
    if len(number) == 9 and check.isdigit() and icao_check_digit(number) == check:
        return {number}
    return checked_document_numbers(number, check)


# OCR's digits for the letters of a state's code in a TD3 second line: "NL0" for NLD (issue 13, tuning seed 2085 of the
# independent generator, page 6: a 2021 passport turned 90 degrees, its line read "NKMFNEKSO5NL06808068M...": no
# number was taken from it, and the data page was refused for want of its document number).
_STATE_LETTERS = str.maketrans("015826", "OISBZG")


def _state(code: str) -> str:
    """A state's three-letter code as OCR may have read it, its digits read as the letters they look like."""
    return code.translate(_STATE_LETTERS)


def _dutch(compact: str) -> bool:
    """A TD3 second line of a Dutch passport: NLD after the number and its check digit (its D read as 0 or O too)."""
    return "NLD" in compact[9:14] or compact[10:13] in ("NL0", "NLO")
