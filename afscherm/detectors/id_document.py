"""NL_ID_DOCUMENT: Dutch passport and identity-card document numbers.

Nine characters — two letters, six letters or digits, one digit, never the letter O — is a shape
many codes share, so a number is reported only after a document word (inside an MRZ the MRZ
recogniser reports it).
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING

from afscherm.detectors.context import fuzzy_label_near, has_context
from afscherm.detectors.date_of_birth import column_header
from afscherm.detectors.document_number import other_document_numbers
from afscherm.detectors.findings import Finding
from afscherm.detectors.recognizer import DutchRecognizer
from afscherm.detectors.spoken_numbers import spelled_runs
from afscherm.detectors.text_facts import per_text_cache, positions, text_facts

if TYPE_CHECKING:
    from spacy.tokens import Doc

CONTEXT_WORDS = (
    "documentnummer",
    "documentnr",
    "document nr",
    "document no",
    "document number",
    "paspoort",
    "passport",
    "identiteitskaart",
    "identiteitsbewijs",
    "id-kaart",
    "idkaart",
    "id kaart",
    # (English, as expats and travellers write: "for the register his id card is PRDI5GLU3", tuning_71)
    "id card",
    "id-card",
    "identity card",
    "id-bewijs",
    "rijbewijs",
    "reisdocument",
    # the ID shown at a counter (legitimatiebewijs), the check of it (kyc) and its machine-readable zone (mrz)
    "legitimatie",
    "kyc",
    "mrz",
    # the passport and identity card in the languages of people who write to a Dutch desk from abroad or at home ("der
    # niederländische Reisepass van mijn kleindochter, nummer TQZ219PK8", tuning_106)
    "reisepass",
    "personalausweis",
    "passeport",
    "pasaporte",
    "passaporto",
    "passaporte",
    "paszport",
    "pasaport",
    # (Russian, in Cyrillic and Latin letters: "номер паспорта ...", tuning_128; the Lithuanian and Latvian word in its
    # cases is _BALTIC_PASSPORT's)
    "паспорт",
    "pasport",
)
# The Lithuanian and Latvian passport in its cases, a whole word ("emilija turi nyderlandu pasa, SVL53RKE1",
# tuning_127): not a part of "pasen", "pasop" or Spanish "pasar".
_BALTIC_PASSPORT = re.compile(r"(?i)(?<![^\W\d_])pas(?:as|ą|o|a|e|es|ē)(?![^\W\d_])")

# (An underscore may touch it: file names and keys of uploads, "scan_XR4KP82R1.jpg", "XR4KP82R1_voorkant.jpg".)
# (an XML element's closing tag may follow it: "<Nummer>XR4KP82R1</Nummer>"; an MRZ filler may not)
_DOC_NUMBER = re.compile(r"(?<![A-Za-z0-9<-])([A-NP-Za-np-z]{2}[A-NP-Za-np-z0-9]{6}\d)(?![A-Za-z0-9-]|<(?!/))")
# The shape as OCR prints it: ``O`` for ``0`` (a Dutch number never holds the letter O), ``l``/``I`` for ``1`` where the
# last character, always a digit, stands. Read only after a label (see below).
# (Led by a character class, so that the regex engine skips ahead to capitals; what stands before it is tested after.)
_OCR_DOC_NUMBER = re.compile(
    # an O, l or I (the damage) and a real digit in it
    r"[A-NP-Z](?:(?=[A-Z0-9l]{0,7}[OlI])[A-NP-Z](?=[A-Z0-9l]{0,6}\d)[A-Z0-9l]{6}[\dOlI]"
    # or the last character, always a digit, read as S (5), B (8), G (6), Z (2) or T (7): "LF2C8XN4S" (two real
    # digits before it, see _ocr_damaged: a name in capitals with one OCR digit, "JANSS3NS", is no number)
    r"|[A-NP-Z](?=[A-Z0-9]{0,5}\d)[A-Z0-9]{6}[SBGZT]"
    # or capitals only and the last digit read as a lower-case l: "LGKDCDCDl" (a word in capitals never ends so)
    r"|[A-NP-Z][A-NP-Z]{6}l)(?![\w<-])"
)
_OCR_REPAIR = str.maketrans("Ol", "01")
# Groups of capitals and digits one separator apart (a number written in groups, or spelled out): tried for the shape.
# (Led by a capital, the look-behind after it, so that the regex engine skips ahead to capitals: a number of the Dutch
# shape opens with two letters.)
# (a group as long as eight: OCR sets a space before the last digit, "NEPTC0HX 6")
# (apart by a space, or as read out: a comma, a dash or a pause's dots, "N, V, G, B, E, B, 5, K, 5", "N-V-G-...",
# "NVG... BEB... 5K5")
_GROUPS = re.compile(r"[A-NP-Z](?<![\w<-].)[A-Z0-9]{0,7}(?:(?: |, ?|-|\.{2,3} ?)[A-Z0-9]{1,8}){1,8}(?![\w<]|-\w)")
_GROUP = re.compile(r"[A-Z0-9]+")
# The words _labelled needs before a number read out (its context words as a caller says them: "documentnummer",
# "paspoort", "identiteitskaart", "id-kaart", "rijbewijs", "legitimatie"): a text holding none is not read for one.
_SPOKEN_LABEL_HINTS = ("document", "paspoort", "identiteit", "id-kaart", "id kaart", "rijbewijs", "legitimatie")
# (led by the letter, the look-behind after it: the regex engine skips ahead to letters)
_LONE_LETTER = re.compile(r"[A-Za-z](?<![\w-].)(?![\w-])")
SPOKEN_LABEL_REACH = 100  # from a document word to the start of a number read out (_labelled: 80 before it)
_DUTCH_NUMBER_SHAPE = "AA000000D"  # (its length: two letters, six letters or digits, a digit)
MIN_DIGITS_BEFORE_LETTER_END = 2
# Keys and labels of a document number in machine output and other languages (``docNumber``, ``document_number``,
# ``doc_nr``, ``idNumber``, ``passport_no``, ``pasnr``, ``Reisepassnummer``, ``numéro du document``,
# ``Dokumentennummer``, ``Ausweisnummer``): read on the lower-cased text, camel case and separators between the parts.
_KEY = re.compile(
    r"(?<![a-z])(?:doc(?:ument(?:en)?|uments?)?|dokument(?:en)?|id|(?:reise)?pass?(?:port)?|ausweis"
    r"|reisdocument|reisdoc|id[ _.-]?(?:card|kaart))"
    r"[ _.-]?(?:n(?:umbe)?r|no|num(?:ber|mer|ero)?|nummer|#)(?![a-z])"
    r"|num[eé]ro[ _]+(?:du|de|del)[ _]+(?:document|documento|passeport|pasaporte)|n[°º][ _]*(?:de[ _]+)?document"
)
KEY_CHARS = 48  # a key stands right before its value (JSON, logfmt, a table's header on the line above)

SCORE = 0.9


def _after_found_number(text: str, start: int, found: list[Finding]) -> bool:
    """A document number already found stands right before ``start``, only spaces between (a card's row of fields;
    not a table's tab, whose next cell may hold another document)."""
    return any(f.end <= start and not text[f.end : start].strip(" ") for f in found)


class IdDocumentRecognizer(DutchRecognizer):
    """Dutch passport and ID-card numbers in ``text``:

    >>> find = IdDocumentRecognizer().find
    >>> text = "paspoortnummer SPECI2014"
    >>> [(f.entity_type, text[f.start : f.end], f.score) for f in find(text)]
    [('NL_ID_DOCUMENT', 'SPECI2014', 0.9)]
    >>> find("SPECI2014")  # the shape alone, without a document word, is not enough
    []
    """

    ENTITIES = ("NL_ID_DOCUMENT",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        found: list[Finding] = []
        for m in _DOC_NUMBER.finditer(text):
            value = m.group(1)
            if sum(c.isdigit() for c in value) < 2 and not value.isupper():
                continue  # lowercase words that merely end in a digit ("wachtrij1")
            start, end = m.span(1)
            # labels as OCR prints them too ("Docurnentnr.", "D0cumentnummer")
            if _labelled(text, start, end):
                found.append(Finding(start, end, "NL_ID_DOCUMENT", SCORE, self.name))
        found += self._ocr_damaged(text, found)
        found += self._grouped(text, found)
        found += self._spoken(text, found)
        found += _read_back(text, found)
        found += self._in_document_talk(text, found)
        # driving licences, residence documents, Belgian and German ID cards (each after its own words)
        found += [
            Finding(start, end, "NL_ID_DOCUMENT", SCORE, self.name)
            for start, end in other_document_numbers(text)
            if not any(f.start < end and start < f.end for f in found)
        ]
        return found

    def _grouped(self, text: str, found: list[Finding]) -> list[Finding]:
        """A labelled number written in groups or spelled character by character (``NR8K 2TQ3 1``, ``N R 8 K 2 T Q 3
        1``): groups of capitals and digits, one space apart, that together have the Dutch shape."""
        grouped: list[Finding] = []
        for m in _GROUPS.finditer(text):
            # words in capitals ("ID KAART NR"): the shape holds two digits at least, unless the groups stand right
            # after a document number's label ("Documentnummer: MZD MMS AW4", a number of one digit)
            min_digits = 1 if _right_after_label(text, m.start()) else 2
            if sum(c.isdigit() for c in m.group()) < min_digits:
                continue
            groups = [(g.start(), g.end()) for g in _GROUP.finditer(text, *m.span())]
            sizes = list(itertools.accumulate((b - a for a, b in groups), initial=0))
            for i, j in itertools.combinations(range(len(groups) + 1), 2):
                if j - i < 2 or sizes[j] - sizes[i] != len(_DUTCH_NUMBER_SHAPE):
                    continue
                start, end = groups[i][0], groups[j - 1][1]
                if "-" in text[start:end] and any(b - a > 1 for a, b in groups[i:j]):
                    continue  # dashes join a number spelled letter by letter, not a case number ("VM-26-00391")
                joined = "".join(text[a:b] for a, b in groups[i:j])
                if not _DOC_NUMBER.fullmatch(joined):
                    continue
                if sum(c.isdigit() for c in joined) < min_digits or any(f.start < end and start < f.end for f in found):
                    continue
                if _after_found_number(text, start, found):
                    break  # the card's next field in the same row ("JLF91NKY6   CAN 482917"): the label was the other's
                if _labelled(text, start, end) or (_mixed_like_a_document(joined) and _talk_near(text, start, end)):
                    grouped.append(Finding(start, end, "NL_ID_DOCUMENT", SCORE, self.name))
                    break
        return grouped

    def _spoken(self, text: str, found: list[Finding]) -> list[Finding]:
        """A labelled number read out character by character (:func:`spelled_runs`: its digits said as words or
        pairs, a letter with its spelling word, "D van Dirk", or NATO's, groups joined by "punt" or pauses): nine
        characters said one after another, from a piece's start, that have the Dutch shape."""
        spoken: list[Finding] = []
        lowered = text_facts(text).lowered
        # only within reach after a document word (_labelled reads 80 characters before a number): most texts hold
        # none, and in the others only a window is read
        talk = _talk_at(text)
        labels = sorted(at for word in _SPOKEN_LABEL_HINTS if word in lowered for at in positions(lowered, word))
        # (start, end, whether a lone letter must be in it): a label's window, and where a document is spoken of the
        # turns after it, however far from a label ("het nummer van uw oude kaart?" ... "Eh... N, V, G, ..."), in
        # NATO's words alone too (read there only: the look-up of its words in every window costs as much again)
        windows = [(at, at + SPOKEN_LABEL_REACH, True) for at in labels]
        windows += [(at, at + DOCUMENT_TALK_REACH, False) for at in talk]
        runs: list[list[tuple[int, int, str]]] = []
        reached = 0
        for at, reach, lone_letter in sorted(windows):
            lo = max(at, reached)
            hi = min(len(text), reach)
            # (a number spelled out says a letter on its own, "K" or "D van Dirk": a label's window without one is
            # not read)
            if lo < hi and (not lone_letter or _LONE_LETTER.search(text, lo, hi) is not None):
                runs += spelled_runs(text, lo, hi)
                reached = max(hi, runs[-1][-1][1] if runs else hi)
        for run in runs:
            for i in range(len(run)):
                said, j = "", i
                while j < len(run) and len(said) < len(_DUTCH_NUMBER_SHAPE):
                    said += run[j][2]
                    j += 1
                if len(said) != len(_DUTCH_NUMBER_SHAPE) or not _DOC_NUMBER.fullmatch(said):
                    continue
                start, end = run[i][0], run[j - 1][1]
                if sum(c.isdigit() for c in said) < 2 or any(f.start < end and start < f.end for f in found):
                    continue
                if _labelled(text, start, end) or _talk_near(text, start, end):
                    spoken.append(Finding(start, end, "NL_ID_DOCUMENT", SCORE, self.name))
                    break
        return spoken

    def _in_document_talk(self, text: str, found: list[Finding]) -> list[Finding]:
        """A number of the Dutch shape whose letters and digits are mixed as only a document number's are, in a text
        that speaks of an identity document within reach, however far from its label: the passport named a line up
        in a chat ("nenek haar paspoort ..." / "nummer is VD5FAT776"), a clerk reading back what a caller spelled
        ("het documentnummer van uw ID-kaart?" ... "Ik typ mee: FELM8ZUQ2").

        >>> find = IdDocumentRecognizer().find
        >>> text = "heeft oma haar paspoort al opgehaald voor de reis?\\nja, in Culemborg. nummer is VD5FAT776"
        >>> [text[f.start : f.end] for f in find(text)]
        ['VD5FAT776']
        >>> find("ja, in Culemborg. nummer is VD5FAT776")  # no document spoken of
        []
        """
        mixed: list[Finding] = []
        for m in _DOC_NUMBER.finditer(text):
            value = m.group(1)
            start, end = m.span(1)
            if not _mixed_like_a_document(value) or any(f.start < end and start < f.end for f in found):
                continue
            if _OTHER_KEY_BEFORE.search(text, max(0, start - 24), start):
                continue  # another thing's key or label right before it ("sku=KL4829XB7", "(code XL2024NL3)")
            if _talk_near(text, start, end):
                mixed.append(Finding(start, end, "NL_ID_DOCUMENT", SCORE, self.name))
        return mixed

    def _ocr_damaged(self, text: str, found: list[Finding]) -> list[Finding]:
        """A labelled number with OCR's ``O``/``l``/``I`` for digits (``WMlL36HOl``): read back, it has the Dutch
        shape, so the letters were digits."""
        damaged: list[Finding] = []
        for m in _OCR_DOC_NUMBER.finditer(text):
            start, end = m.span()
            value = m.group()
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_<-"):
                continue  # inside a longer word or code
            if any(f.start == start for f in found):
                continue
            repaired = value[:2] + value[2:8].translate(_OCR_REPAIR) + value[8].translate(_OCR_DIGITS)
            if repaired == value or not _DOC_NUMBER.fullmatch(repaired):
                continue
            # a real digit among them (a word in capitals has none), two once read back; capitals closed by a
            # lower-case l (no word in capitals ends so) stand without
            if not value.endswith("l") and (not any(c.isdigit() for c in value) or sum(map(str.isdigit, repaired)) < 2):
                continue
            if value[8] in "SBGZT" and sum(c.isdigit() for c in value[2:8]) < MIN_DIGITS_BEFORE_LETTER_END:
                continue
            if _labelled(text, start, end):
                damaged.append(Finding(start, end, "NL_ID_DOCUMENT", SCORE, self.name))
        return damaged


_OCR_DIGITS = str.maketrans("OlISBGZT", "01158627")  # the last character, always a digit

# An identity document spoken of (IdDocumentRecognizer._in_document_talk): its words, as anywhere in a chat or a call.
_DOCUMENT_TALK = re.compile(
    r"(?i)documentnummer|documentnr|paspoort|passport|identiteitskaart|identiteitsbewijs|id-?kaart|(?<![a-z])id-bewijs"
    r"|rijbewijs|reisdocument|legitimatie|verblijfs(?:document|vergunning|pas)"
    # the ID as a chat says it: in capitals ("kopie van je ID"), or someone's ("mijn id", "haar id")
    r"|(?-i:(?<![\w-])ID(?![\w-]))|(?:mijn|m'n|mn|je|jouw|uw|zijn|haar|hun)[ \t]+id(?![\w-])"
)
DOCUMENT_TALK_REACH = 400  # characters between the number and a document word, either side: a few lines of a chat
# A key or label of another thing right before a number ("sku=", "order_no:", "(code ", "batch=", "artikel ").
_OTHER_KEY_BEFORE = re.compile(
    r"(?i)(?:sku|code|batch|artikel(?:nr|nummer)?|art\.?|order(?:nr|nummer|_no|_id)?|bestel(?:nr|nummer)?|ticket"
    r"|referentie|ref|kenteken|serie(?:nummer|nr)?|serial|model|versie|version|build|lot|factuur(?:nr|nummer)?)"
    r"[\s\"'.#:=(]*$"
)


READ_BACK_CHARS = 160  # the number written again stands this near after the number spelled out


def _read_back(text: str, found: list[Finding]) -> list[Finding]:
    """A number spelled out character by character, then written at once in the Dutch shape (``W, A, A, F, Z, T, J,
    M, negen. Dus WAAFZTJM9.``, tuning_72), where a document is spoken of (its label, or talk of it, up to
    READ_BACK_CHARS before the spelling): both are the document's number, however far the label, and with one digit
    only (a spelled run alone needs two, a name spelled out being as likely; written again, it is the number)."""
    out: list[Finding] = []
    if "," not in text and " " not in text:
        return out
    for m in _DOC_NUMBER.finditer(text):
        start, end = m.span(1)
        value = m.group(1)
        if not value.isupper() or any(f.start < end and start < f.end for f in found + out):
            continue
        lo = max(0, start - READ_BACK_CHARS)
        for run in spelled_runs(text, lo, start):
            said = "".join(piece[2] for piece in run)
            at = said.upper().find(value)
            if at < 0:
                continue
            # the pieces that say the value (a piece may say two characters: "twintig")
            chars, first, last = 0, None, None
            for piece in run:
                if first is None and chars >= at:
                    first = piece[0]
                chars += len(piece[2])
                if chars >= at + len(value):
                    last = piece[1]
                    break
            if first is None or last is None or last > start:
                continue
            if not (_labelled(text, first, last) or _talk_near(text, first, last)):
                continue
            if not any(f.start < last and first < f.end for f in found + out):
                out.append(Finding(first, last, "NL_ID_DOCUMENT", SCORE, "IdDocumentRecognizer"))
            out.append(Finding(start, end, "NL_ID_DOCUMENT", SCORE, "IdDocumentRecognizer"))
            break
    return out


@per_text_cache
def _talk_at(text: str) -> tuple[int, ...]:
    """Where ``text`` speaks of an identity document (:data:`_DOCUMENT_TALK`)."""
    return tuple(m.start() for m in _DOCUMENT_TALK.finditer(text))


def _talk_near(text: str, start: int, end: int) -> bool:
    """An identity document is spoken of within :data:`DOCUMENT_TALK_REACH` of ``text[start:end]``, either side."""
    at = _talk_at(text)
    i = bisect.bisect_left(at, start - DOCUMENT_TALK_REACH)
    return i < len(at) and at[i] <= end + DOCUMENT_TALK_REACH


def _mixed_like_a_document(value: str) -> bool:
    """Capitals and digits mixed after the first two letters, two digits at least: a document number's random
    characters, not a word with a digit, nor a code of letters then digits (``INC004512``, ``AB1234567``).

    >>> [_mixed_like_a_document(v) for v in ("VD5FAT776", "fe1m8zuq2", "INC004512", "SPECI2014", "Kamer1234")]
    [True, True, False, False, False]
    """
    if not (value.isupper() or value.islower()) or sum(c.isdigit() for c in value) < MIN_DIGITS_BEFORE_LETTER_END:
        return False
    # a letter after a digit, before the last character
    return re.search(r"\d[A-Za-z]", value[:8]) is not None


# What every document label (CONTEXT_WORDS, their OCR forms, _KEY) holds, lower-cased; OCR's "0" for "o" in "d0c" too.


def _labelled(text: str, start: int, end: int) -> bool:
    """A document word before the number, as written, as OCR prints it (``Docurnentnr.``, ``D0cumentnummer``) or as
    a key or a foreign label names it."""
    if has_context(text, start, end, CONTEXT_WORDS, before=80) or fuzzy_label_near(text, start, CONTEXT_WORDS, 80):
        return True
    if _BALTIC_PASSPORT.search(text, max(0, start - 80), start):
        return True
    window = text[max(0, start - KEY_CHARS) : start]
    if _KEY.search(_CAMEL.sub(r"\1_\2", window).lower()) or _BARE_KEY.search(window):
        return True
    if _NUMBER_KEY.search(window) and _DOCUMENT_WORD.search(text, max(0, start - 80), start):
        return True
    # the document named right before it, in a word, key or class name ("document XR4KP82R1 verlopen",
    # "idDocument": …, "DocumentExpiredException: …"), or a path's folder ("/documenten/XR4KP82R1/", "/id/…")
    if _DOCUMENT_RIGHT_BEFORE.search(window) or _DOCUMENT_FOLDER.search(window):
        return True
    # ... or right after it, the number first ("XR4KP82R1 (ID-kaart)", "[kyc] XR4KP82R1: document verlopen")
    if _DOCUMENT_RIGHT_AFTER.match(text, end):
        return True
    if _SCAN_BEFORE.search(window) and _CARD_SIDE_AFTER.match(text, end):
        return True
    # a table's or an SQL column list's header over the value, however far up
    header = column_header(text, start, end) if _ROW_DELIMITERS.search(text, max(0, start - 2), end + 2) else None
    if header is None:
        return False
    header = _CAMEL.sub(r"\1_\2", header).lower()
    return any(word in header for word in CONTEXT_WORDS) or _KEY.search(header) is not None


# A key that is only the word ("doc=XR4KP82R1", "document: …", "passport_id"), right before the value; the
# capitals ID as a key or a bracket's label ("ID: XR4KP82R1", "kopie ID (XR4KP82R1)").
_BARE_KEY = re.compile(
    r"(?i)(?<![a-z])(?:doc|document|passport|paspoort|id_?card)(?:_?id)?[\s\"']*[=:][\s\"']*$"
    r"|(?-i:(?<![\w-])ID)[ \t]*[:=#(]?[ \t]*$"
    # someone's own ID, in lower case too ("mijn id: …"), and the ID's number in brackets ("mijn ID (nummer …")
    r"|(?:mijn|m'n|mn|uw|zijn|haar)[ \t]+id(?:[ \t]*[:=#(][ \t]*|[ \t]+)$"
    r"|(?<![\w-])id[ \t]*\([ \t]*(?:nummer|nr\.?|no\.?)[ \t:]*$"
)
# A bare number key right before the value, a document word in the object or line before it
# ('{"document": {"type": "ID", "number": "XR4KP82R1"}}').
# (an XML element too: "<Type>Paspoort</Type><Nummer>…")
_NUMBER_KEY = re.compile(r"(?i)(?<![a-z])(?:number|nummer|nr|no|num)[\s\"'.]*[=:>][\s\"']*$")
_DOCUMENT_WORD = re.compile(
    r"(?i)document|paspoort|passport|identiteit|id[ _-]?kaart|id[ _-]?card|(?<![a-z])doc(?![a-z])"
    r"|(?-i:(?<![\w-])ID(?!\w))"
)
_DOCUMENT_RIGHT_BEFORE = re.compile(
    r"(?i)(?<![a-z])(?:[a-z]*(?:document|paspoort|passport)[a-z_]*|doc)[\"']?[ \t]*[:=#(\[{]?[ \t]*[\"']?$"
    # a file name's prefix ("kopie_id_XR4KP82R1.pdf", "paspoort-XR4KP82R1.jpg")
    r"|(?<![a-z])(?:id|paspoort|passport|pas|id[_-]?kaart|identiteitsbewijs|document|doc)[_-]$"
)
_DOCUMENT_RIGHT_AFTER = re.compile(
    r"[ \t]*[:(,-]?[ \t]*(?:(?i:document|paspoort|passport|identiteitskaart|identiteitsbewijs|id-?kaart|reisdocument)"
    r"(?![a-z])|ID(?![\w-]))"
)
# A scanned file's name: a scan or copy before the number, the side of the card after it
# ("scan_XR4KP82R1_achterkant.jpg"; a product photo "img/XR4KP82R1_voorkant.jpg" is no scan).
_SCAN_BEFORE = re.compile(r"(?i)(?<![a-z])(?:scan|kopie|copy)_$")
_CARD_SIDE_AFTER = re.compile(r"(?i)_(?:voorkant|achterkant|voorzijde|achterzijde|front|back)(?![a-z])")
_DOCUMENT_FOLDER = re.compile(
    r"(?i)/(?:ids?|docs?|documenten|documents?|paspoort(?:en)?|passports?|id[-_]?(?:documents?|cards?|kaart(?:en)?"
    r"|bewijs|bewijzen))/(?:[\w-]{1,20}_)?$"
)
_ROW_DELIMITERS = re.compile(r"[,;|\t]")
# A document number's own label right before the value, on its line ("Documentnummer:", "Paspoortnr.", "doc.nr"):
# no other word between them.
_LABEL_RIGHT_BEFORE = re.compile(
    r"(?i)(?<![a-z])(?:document|doc|paspoort|passport|reisdocument)[ _.-]?(?:nummer|nr|no|number)\.?[ \t]*[:=#]?[ \t]*$"
)


def _right_after_label(text: str, start: int) -> bool:
    """A document number's label stands right before ``start``, on the same line.

    >>> _right_after_label("Documentnummer: MZD", 16), _right_after_label("Documentnummer ligt bij ABC", 24)
    (True, False)
    """
    return _LABEL_RIGHT_BEFORE.search(text, max(0, start - 40), start) is not None


_CAMEL = re.compile(r"([a-z])([A-Z])")


# --- On a page known to show an identity document (the ID-copy redactor) ---------------------------------
#
# There every number of a document-number or personal-number shape is sensitive, label or not: the Dutch
# format (stdnum.nl.identiteitskaartnummer), Belgian card and national register numbers, German ID-card numbers
# (9 characters of C F G H J K L M N P R T V W X Y Z and digits), Dutch driving-licence numbers (field 5, 10
# digits) and any other run of 8+ digits. OCR noise is tolerated: the shapes are matched, checksums are not
# required (a misread digit must not let a number through).

ID_PAGE_DOCUMENT = "NL_ID_DOCUMENT"  # a document number on an ID page (any issuing country)
ID_PAGE_PERSONAL = "NL_BSN"  # a personal number on an ID page (BSN, Belgian national number, 4d)

# Field labels of document and personal numbers, as printed (Dutch, English, French, German; EU driving-licence
# field numbers), OCR-tolerant fragments, matched against a word with non-letters removed (``field_label``).
DOCUMENT_NUMBER_LABELS = re.compile(
    r"(cumentn|mentnum|documentno|docnr|^document|kaartn|aartnummer|cardno|^cardn|ausweisn|weisnummer|numerode"
    r"|^passn|passnummer|licenceno|licenseno|rijbewijsn|okumentenn|mentennum|^dokument|^docu[mr]|^doc$)",
    re.I,
)
# Personal numbers, including a residence permit's V-number (vreemdelingennummer; "V-nummer", "V-nr.", "V-number",
# "N° d'étranger", "Ausländernummer"), also with ``m`` read as ``rn``.
PERSONAL_NUMBER_LABELS = re.compile(
    r"(soonsn|onsnum|^bsn|servicenum|^personal|^persoon|rijksreg|registern|nationalreg|nationaln|registren"
    r"|^vnu|^vnr$|^vno$|vreemdeling|emdelingen|alienn|^alien|auslnder|ndernum|tranger)",
    re.I,
)
# EU driving licence (directive 2006/126/EC) field numbers: 4d personal number, 5 licence number.
LICENCE_FIELDS = {"4d": ID_PAGE_PERSONAL, "5": ID_PAGE_DOCUMENT}

_NL_SHAPE = re.compile(r"(?<![A-Z0-9])[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9](?![A-Z0-9])")
_DE_SHAPE = re.compile(r"(?<![A-Z0-9])[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}[0-9]?(?![A-Z0-9])")
_ALNUM_SHAPE = re.compile(r"(?<![A-Z0-9])[A-Z][A-Z0-9]{7,8}[A-Z0-9](?![A-Z0-9])")
_DIGIT_RUN = re.compile(r"(?<![\dA-Z])\d[\d.,\-/ ]{6,16}\d(?![\dA-Z])")


def licence_field(word: str) -> str | None:
    """The entity of an EU driving-licence field number (``4d.``, ``5.``), or None."""
    m = re.fullmatch(r"(4d|5)[.:]?", word.strip().lower())
    return LICENCE_FIELDS[m.group(1)] if m else None


def field_label(word: str) -> str | None:
    """The entity whose value a label word announces (``Kaartnummer``, ``Rijksregisternr.``), or None.

    >>> [field_label(w) for w in ("V-nurnmer", "Vreemdelingennummer", "Dokumentennummer", "d'étranger", "Naam")]
    ['NL_BSN', 'NL_BSN', 'NL_ID_DOCUMENT', 'NL_BSN', None]
    """
    letters = re.sub(r"[^a-z]", "", word.lower())
    if len(letters) < 3:
        return None
    if DOCUMENT_NUMBER_LABELS.search(letters):
        return ID_PAGE_DOCUMENT
    if PERSONAL_NUMBER_LABELS.search(letters):
        return ID_PAGE_PERSONAL
    return None


def id_page_numbers(text: str) -> list[Finding]:
    """Document and personal numbers in the OCR text of an ID document, without labels (see above)."""
    from stdnum.nl import identiteitskaartnummer

    upper = text.upper()
    found: list[Finding] = []
    for m in _DIGIT_RUN.finditer(upper):
        if sum(c.isdigit() for c in m.group()) >= 8:
            found.append(Finding(m.start(), m.end(), ID_PAGE_PERSONAL, SCORE, "IdPageNumbers"))
    for pattern in (_NL_SHAPE, _DE_SHAPE, _ALNUM_SHAPE):
        for m in pattern.finditer(upper):
            value = m.group()
            digits = sum(c.isdigit() for c in value)
            nl = pattern is _NL_SHAPE and identiteitskaartnummer.is_valid(value)
            # Upper-case words and names have no digits; a code of letters with one digit is Dutch-valid or noise.
            if nl or digits >= 2 and digits < len(value):
                found.append(Finding(m.start(), m.end(), ID_PAGE_DOCUMENT, SCORE, "IdPageNumbers"))
    return sorted(set(found))


# -- OCR tokens on an ID page that look like a number to black out, even when misread ---------------------------
# OCR of a card loses separators and digits; these shapes are what the ID-copy redactor boxes on the page
# beside the findings above (a BSN of which a group was lost still has to go).
_BSN_LIKE = re.compile(r"(?<![\dA-Z])\d[\d.,\- ]{4,13}\d(?![\dA-Z])")
_BSN_HEAD = re.compile(r"^\d{4}[.,]$")
_DOCUMENT_NUMBER_LIKE = re.compile(r"^[A-Z][A-Z0-9]{7,8}[0-9A-Z]$")
_MRZ_FRAGMENT = re.compile(r"[A-Z0-9<]{12,}")


def bsn_like_spans(line: str) -> list[tuple[int, int]]:
    """Spans of ``line`` (OCR, letters read as digits) that are a BSN or what OCR left of one: 8+ digits, or 6+
    in dotted groups (a group lost).

    >>> bsn_like_spans("BSN 1112.22.333 en 1112.22")
    [(4, 15), (19, 26)]
    >>> bsn_like_spans("tel 12 34")
    []
    """
    spans = []
    for m in _BSN_LIKE.finditer(line):
        digits = sum(c.isdigit() for c in m.group())
        if digits >= 8 or (digits >= 6 and any(c in m.group() for c in ".,")):
            spans.append(m.span())
    return spans


# Five digits in a row (any separators between them) are part of a personal number on an ID document: its dates
# (unless printed as digits), heights and codes never run that long. The ID-copy verification refuses a copy that
# still shows such a run, so the finder boxes every one it reads.
_LONG_NUMBER = re.compile(r"\d[\d.,; \-]{3,14}\d")
LONG_NUMBER_DIGITS = 5


def long_number_spans(line: str) -> list[tuple[int, int]]:
    """Spans of ``line`` (OCR, letters read as digits) with five or more digits in a row, separators allowed, other
    than a day and a year (``2 2029``: a date whose month OCR lost).

    >>> long_number_spans("4d. 581 054 en 12 JAN 2029 of 2 2029")
    [(4, 11)]
    """
    spans = []
    for m in _LONG_NUMBER.finditer(line):
        groups = re.findall(r"\d+", m.group())
        day_and_year = len(groups) == 2 and len(groups[0]) <= 2 and re.fullmatch(r"(19|20)\d\d", groups[1])
        if sum(len(g) for g in groups) >= LONG_NUMBER_DIGITS and not day_and_year:
            spans.append(m.span())
    return spans


def is_bsn_head(token: str) -> bool:
    """The first group of a dotted BSN (``1112.``): OCR lost the rest, the number is still there.

    >>> is_bsn_head("1112."), is_bsn_head("1112")
    (True, False)
    """
    return bool(_BSN_HEAD.match(token))


def is_document_number_like(token: str) -> bool:
    """A token (letters and digits only) in a document number's shape with at least two digits.

    >>> is_document_number_like("SPECI2014"), is_document_number_like("NEDERLANDS")
    (True, False)
    """
    return bool(_DOCUMENT_NUMBER_LIKE.match(token)) and sum(c.isdigit() for c in token) >= 2


def is_mrz_fragment(word: str) -> bool:
    """An OCR word that is a piece of a machine-readable zone (fillers ``<`` among 12+ MRZ characters).

    >>> is_mrz_fragment("I<NLDSPECI2014"), is_mrz_fragment("NEDERLANDSE")
    (True, False)
    """
    return "<" in word and bool(_MRZ_FRAGMENT.search(word.upper()))
