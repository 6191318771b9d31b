"""``redact_id_copy``: upload bytes in, a safe copy (or a quarantine verdict with reasons) out.

Per page: find the MRZ band by its shape and read it (tesseract ``eng``, MRZ whitelist); OCR the
page (``nld``) and analyse the text; find the face; black out MRZ, BSN, document number and photo
(plus what the policy adds); OCR and check the result again. Any finding left, or any failure,
means no copy is released.

Pages are decoded one at a time and each is written to the copy before the next is decoded; the
document's page count and every image's declared size are checked against the policy's limits first.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from afscherm.detectors.mrz import icao_check_digit
from afscherm.redactors.id_copies import watermark
from afscherm.redactors.id_copies.boxes import Region, black_out, grown_to_ink, rect, rotated
from afscherm.redactors.id_copies.cut_runs import CUT_REASON, Run, grown_boxes, numbers_cut
from afscherm.redactors.id_copies.face import ABOVE as FACE_ABOVE
from afscherm.redactors.id_copies.face import (
    GHOST_COPIES,
    GHOST_SIZES,
    clear_copies,
    confirmed_face,
    content_box,
    faces,
    faces_in_pictures,
    ghost_faces,
    ghost_regions,
    photo_regions,
    portrait_around,
    profile_faces_in_pictures,
    same_face,
    smaller_copy,
)
from afscherm.redactors.id_copies.face import LEFT as FACE_LEFT
from afscherm.redactors.id_copies.face import RIGHT as FACE_RIGHT
from afscherm.redactors.id_copies.fields import (
    BACK_LABEL,
    BACK_SIDE,
    DOUBTFUL,
    FRONT_FIELDS,
    GUESSED,
    OBSERVATION_HEADERS,
    OBSERVATIONS,
    Values,
    body_regions,
    canonical,
    card_regions,
    contains_near,
    licence_back,
    mrz_values,
    observation_numbers,
    observation_regions,
)
from afscherm.redactors.id_copies.frame import Frame, band_point, document_frame, document_outline, page_frame
from afscherm.redactors.id_copies.ghost_cover import left_visible_boxes, share_over
from afscherm.redactors.id_copies.layout import photo_zone
from afscherm.redactors.id_copies.load import Document, LimitError, Limits, LoadError, open_document
from afscherm.redactors.id_copies.mirrored import mirrored_numbers, mirrored_regions
from afscherm.redactors.id_copies.mrz_band import (
    TD1_LINE,
    Band,
    band_region_size,
    crop_upright,
    find_bands,
    is_td3,
)
from afscherm.redactors.id_copies.number_reading import reread_lines, reread_numbers
from afscherm.redactors.id_copies.ocr import (
    MRZ_WHITELIST,
    PAPER_NOISE,
    OcrError,
    Word,
    binarised,
    card_words,
    lines,
    paper_cards,
    paper_tone,
    tesseract,
)
from afscherm.redactors.id_copies.orient import (
    MIN_SKEW,
    level,
    page_skew,
    page_turn,
    point_back,
    point_up,
    through,
    turn_back,
    turn_by_cues,
    unlevel,
    upright,
)
from afscherm.redactors.id_copies.photo import MARGIN as PICTURE_MARGIN
from afscherm.redactors.id_copies.photo import (
    faint_extent,
    glyph_height,
    photo_like_regions,
    pictures_left,
    unmasked_photos,
)
from afscherm.redactors.id_copies.policy import IdCopyPolicy
from afscherm.redactors.id_copies.preview import preview_png
from afscherm.redactors.id_copies.save import PageWriter
from afscherm.redactors.id_copies.turned import turned_left, turned_regions
from afscherm.redactors.id_copies.verify import _picture_boxes as picture_in
from afscherm.redactors.id_copies.verify import (
    cut_pictures,
    gray_of,
    halftone_cut,
    ink_cut,
    mrz_left_beside,
    straight_edge_only,
    text_problems,
    uncovered_copies,
    visible,
)

MRZ_LINE_PX = 40  # the band is OCR'd at this height per line
# A band this long (of the page width) is an MRZ by its shape alone, as before pages held several documents;
# shorter band shapes must read as an MRZ: at least MIN_FILLERS ``<``.
TRUSTED_LINE, MIN_FILLERS = 0.3, 4
# A card front's or a data page's title in capitals over two lines ("KONINKRIJK DER NEDERLANDEN" / "IDENTITEITSKAART /
# IDENTITY CARD") has a band's shape, and on a card cropped to its edges it spans TRUSTED_LINE of the page: trusted by
# its shape, it was taken for an MRZ (tuning family3 seed 90 page 0, a Dutch card's front alone at 395 dpi: the page
# then read at that band's scale, its document number never read, refused 'front side or data page without its
# document number found'). A band shape whose reading (MRZ alphabet, the words run together) holds TITLE_WORDS of the
# words documents print as their title is that title, no MRZ - for the finder and for verification alike. An MRZ holds
# none of them: its letters are the holder's names, the state's code and fillers. Only words of seven letters or more
# (a name may hold "CARD" or "UNIE": RICCARDO).
DOCUMENT_TITLES = (
    "KONINKRIJK", "NEDERLANDEN", "NETHERLANDS", "KINGDOM", "IDENTITEITSKAART", "IDENTITY", "PASPOORT", "PASSPORT",
    "RIJBEWIJS", "BELGIQUE", "DEUTSCHLAND", "BUNDESREPUBLIK", "PERSONALAUSWEIS", "VERBLIJFSDOCUMENT", "RESIDENCE",
    "EUROPESE", "EUROPEAN",
)  # fmt: skip
TITLE_WORDS = 2
# So is an EU driving licence's block of numbered fields on its front ("1." surname ... "4a." to "4d.", "5."): lines of
# capitals and digits again, trusted by their length (tuning family3 seed 92 page 0, a licence's front alone at 354 dpi,
# read "4A06082025", "4B…", "4D606820607": refused for a card's back wanting its ghost). A reading whose words open with
# LICENCE_FIELD_MARKS of the fields 4a-4d is that block: no MRZ line opens so twice.
_LICENCE_FIELD = re.compile(r"4[ABCD]")
LICENCE_FIELD_MARKS = 2


# So is a passport's observations page, its header and the BSN's label under it ('OPMERKINGEN / ANMERKUNGEN',
# 'Burgerservicenummer • Persoonsnummer', the BSN): three lines across the page, a band's shape TRUSTED_LINE of the
# page long (tuning family3 seed 105 page 21, a 2021 passport's BSN page in a phone photo, read
# 'OPMERKINGENANMVERKUNGEN', 'BVPPSN', '632407797' and no filler): taken for a band, the page was no BSN page, and
# the stamp's faces on it made it a front refused 'without its document number'. Verification asks the same: on seed
# 106 page 29 (a 2021 passport open at its BSN page over its data page) the MRZ blacked out, the BSN page's header was
# the widest band shape left, as long as a band, and the page was refused 'MRZ band still detected'. One header word
# (``fields.OBSERVATION_HEADERS``) is enough: an MRZ holds the holder's names, a state's code and fillers, never a
# page's heading of eleven letters or more. Only a band trusted by its shape alone: a reading with MIN_FILLERS fillers
# is an MRZ whatever else it holds.
# Not the BSN's label: a card's back prints it right above its MRZ.


def _reads_as_print(words: list[Word]) -> bool:
    """Whether a band's reading is a document's own print: ``TITLE_WORDS`` of the ``DOCUMENT_TITLES``, an observations
    page's header (``OBSERVATION_HEADERS``), or a licence's numbered fields (``LICENCE_FIELD_MARKS``)."""
    read = "".join(w.text for w in words).upper()
    if sum(title in read for title in DOCUMENT_TITLES) >= TITLE_WORDS:
        return True
    if any(header in read for header in OBSERVATION_HEADERS):
        return True
    return len({m.group() for w in words if (m := _LICENCE_FIELD.match(w.text.upper()))}) >= LICENCE_FIELD_MARKS


# A band whose document frame covers less of the page than this: the page holds more (another side, another
# document), and the whole page is OCR'd and searched for faces too. A passport's data page and its facing page, or a
# card's two sides, cropped to them, leave the band's frame up to 0.64 of the page (tuning family3 seeds 1-7: 15 pages
# showing two sides at 0.51-0.64 were read within the frame only at 0.5, and the facing page's BSN, seed 3 page 4, or
# the front's document number, seed 6 page 16, was never read); a side cropped alone, 0.68 and more.
PAGE_COVERED = 0.7
PAGE_FACE_WIDTH = (640, 1400)  # a whole page is searched for faces at these widths
LOCAL_FACE_WIDTH = 1000  # ... and at this one equalised tile by tile (see ``_photos``)
VERIFY_WIDTH = 1.25  # a page without a band is verified this much wider than it was read
OTHER_SIDE_WORDS = 8  # words outside every band's document that make the page show another side
MAX_GROWTH = 1.5  # a band is lengthened at most this much when OCR read short lines
MAX_PAGE_OCR_WIDTH = 2600  # the whole page is OCR'd at most this wide (≈ 2–4 s of tesseract on an A4 page)
# Faces are searched in the levelled document with the band this long: a portrait's face is then
# ≈ 50–60 px wide, well above the smallest face the cascade is asked for.
FACE_BAND_PX, FACE_MIN_PX = 440, 34
# Blanked before the body OCR: the portrait up to this far along the band (it reaches ≈ 0.27, the
# fields start at ≈ 0.3); the photo is still blacked out by the layout zone and the face detector.
PHOTO_BLANK = 0.22
VERIFY_FACE_SIDE = 1000  # verification also looks for faces on the whole page, this long on its longer side

log = logging.getLogger(__name__)


@dataclass
class PageResult:
    regions: list[Region]
    problems: list[str]
    mrz_lines_read: int
    size: tuple[int, int] = (0, 0)  # width, height in pixels, as decoded
    found: list[tuple[str, str]] = field(default_factory=list, repr=False)  # see IdCopyResult.found


@dataclass
class IdCopyResult:
    released: bool
    format: str | None
    data: bytes | None  # the safe copy; None when quarantined
    pages: list[PageResult] = field(default_factory=list)  # the pages examined
    reasons: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    pixels: int = 0
    # Set when the upload is no readable image or PDF (broken, truncated, encrypted, no pages): bad
    # input rather than a copy refused. Not released either way.
    error: str | None = None
    # (entity type, value as read, page number) of what the MRZ and the printed fields gave: NL_BSN,
    # NL_ID_DOCUMENT, DATE_OF_BIRTH, PERSON, MRZ. For the findings index to fingerprint; kept in
    # memory only, never in ``report()`` (nor in any file this package writes). Quarantined pages too.
    found: list[tuple[str, str, int]] = field(default_factory=list, repr=False)
    # When a page was refused: that page as redacted, downscaled, the proposed boxes outlined and numbered
    # (PNG; see ``preview``), for a person to correct the boxes. Never written by this package.
    preview: bytes | None = field(default=None, repr=False)
    preview_page: int | None = None

    def report(self) -> dict[str, object]:
        """What was blacked out and why the copy was (not) released; never the values themselves."""
        return {
            "released": self.released,
            "format": self.format,
            "reasons": self.reasons,
            "error": self.error,
            "megapixels": round(self.pixels / 1e6, 3),
            "timings_s": {k: round(v, 3) for k, v in self.timings.items()},
            "pages": [
                {
                    "page": i + 1,
                    "size": list(p.size),
                    "boxes": [r.to_dict() for r in p.regions],
                    "verification_problems": p.problems,
                    "mrz_lines_read": p.mrz_lines_read,
                }
                for i, p in enumerate(self.pages)
            ],
        }


class _Clock:
    def __init__(self) -> None:
        self.times: dict[str, float] = {}

    def add(self, name: str, started: float) -> float:
        now = time.perf_counter()
        self.times[name] = self.times.get(name, 0.0) + now - started
        return now


def _analyzer(config: Path | None = None):  # noqa: ANN202 - heavy import only when needed
    from afscherm.detectors.analyzer import default_analyzer

    return default_analyzer(config)


def _ocr_page(gray: np.ndarray, width: int) -> list[Word]:
    """A page without an MRZ band: OCR'd as it is, at ``width``."""
    f = width / gray.shape[1]
    interp = cv2.INTER_AREA if f < 1 else cv2.INTER_CUBIC
    img = cv2.resize(gray, (width, max(1, round(gray.shape[0] * f))), interpolation=interp)
    return [w.scaled(1 / f) for w in tesseract(img, "nld", 11)]


# A page's MRZ lines that no band shape was found for (held-out seed 2085 page 0, moved to tuning: a Dutch card's back
# scanned at 101 dpi beside its front, turned upside down; the band search found no shape of its lines at any scale,
# the page's reading read each line as one to three words of capitals and digits, its fillers as other signs, and
# only the document number and BSN in them were boxed: 55 % of each line black, the attacker read line 1 back). A
# reading line of MRZ_LINE_CHARS or more characters (blanks not counted), MRZ_SHARE of them capitals, digits or
# fillers, MRZ_MARKS of them digits or fillers, is an MRZ line wherever it stands outside a band found: OCR reads a
# filler as "<", "«", or a letter repeated ("kkkk"); no line an identity document prints in its fields is so long in
# capitals and digits alone (a TD1 line holds 30; a card's title in capitals has no digit, family4 seed 1 and held-out
# 2085 lost three releases to them, then the page's 'MRZ' refused). Blacked out with the zone's other lines around it,
# whatever the band search found. A safety net, not a band search: the tuning family's
# pages (synthetic/id_images seed 7, indices 0-3, 5, 6) with the band search switched off were released with their
# zones 71-84 % black on three; with this, on one (index 3, a page of 3,400 px read at 1,600, its MRZ lines read as no
# line of capitals: 0.84).
MRZ_LINE_CHARS, MRZ_SHARE, MRZ_MARKS = 20, 0.75, 4
MRZ_LONGEST, MRZ_ZONE_LINES = 44, 2.5  # a TD3 line's characters; a zone's other lines, in line heights
_FILLER_RUN = re.compile(r"(.)\1{2,}")


def _mrz_like(text: str) -> bool:
    """Whether ``text`` (a reading line, blanks taken out) reads as an MRZ line (see ``MRZ_LINE_CHARS``)."""
    if len(text) < MRZ_LINE_CHARS:
        return False
    fillers = sum(len(m.group()) for m in _FILLER_RUN.finditer(text) if not m.group(1).isupper())
    fillers += sum(c in "<«" for c in text)
    strong = sum(c.isupper() or c.isdigit() for c in text)
    # (and digits or fillers in it: a line of capital words, a card's title or an address, is none)
    marks = fillers + sum(c.isdigit() for c in text) >= MRZ_MARKS
    return marks and strong + fillers >= MRZ_SHARE * len(text)


def _mrz_words(words: list[Word], margin: float, bands: list[Band]) -> list[Region]:
    """The reading lines of ``words`` that read as MRZ lines (``_mrz_like``) outside every band of ``bands``, each as an
    ``mrz`` region reaching as far as its zone may: MRZ_ZONE_LINES line heights above and below (the zone's other lines,
    which OCR may read in pieces too short to tell), and along the line to the longest MRZ line's length on both sides
    (the part read may be any part of it), ``margin`` line heights around."""
    out: list[Region] = []
    outlines = [_band_region(b, margin).polygon for b in bands]
    for line in lines(words):
        text = "".join(w.text for w in line)
        if not _mrz_like(text):
            continue
        x0, y0 = min(w.x0 for w in line), min(w.y0 for w in line)
        x1, y1 = max(w.x1 for w in line), max(w.y1 for w in line)
        centre = ((x0 + x1) / 2, (y0 + y1) / 2)
        if any(cv2.pointPolygonTest(np.array(o, np.float32), centre, False) >= 0 for o in outlines):
            continue  # (a band found: boxed as its lines are)
        h = max(w.height for w in line)
        along = max(0.0, MRZ_LONGEST - len(text)) * (x1 - x0) / len(text)
        out.append(
            rect(
                "mrz",
                "mrz_words",
                x0 - along,
                y0 - MRZ_ZONE_LINES * h,
                x1 + along,
                y1 + MRZ_ZONE_LINES * h,
                margin * h + 2,
            )
        )
    return out


def _read_mrz(gray: np.ndarray, band: Band) -> list[Word]:
    lines = max(band.lines, round(band.thickness / max(band.line_height * 1.6, 1)))
    crop = crop_upright(gray, band, height=int(MRZ_LINE_PX * 1.6 * max(lines, 2)))
    return tesseract(crop, "eng", 6, MRZ_WHITELIST)


def _grown(band: Band, mrz_lines: list[str]) -> Band:
    """The band lengthened on both sides when OCR read fewer characters per line than the format
    has (30 on a card, 44 on a passport): the blob search stopped short of one end."""
    longest = max((len(ln.replace(" ", "")) for ln in mrz_lines), default=0)
    if not longest:
        return band
    first = mrz_lines[0].lstrip()[:1]
    card = first in "IAC" if first else not is_td3(band)
    expected = 30 if card else 44
    if longest >= expected - 1:
        return band
    # At most half as long again: a line OCR cut to a few characters says little about the band's ends.
    return dataclasses.replace(band, length=band.length * min(MAX_GROWTH, 1 + 2 * (expected / longest - 1)))


def _contrast(gray: np.ndarray) -> np.ndarray:
    """The grey range stretched to black–white: the small grey field labels on tinted paper keep
    their contrast (local equalisation would bring up the guilloche pattern instead)."""
    return cv2.normalize(gray, None, 0, 255, cv2.NORM_MINMAX)  # type: ignore[call-overload]  # None: a new array


def _band_region(band: Band, margin: float) -> Region:
    return rotated("mrz", "mrz_geometry", band.center, band_region_size(band, margin), band.angle)


def _body(
    gray: np.ndarray,
    band: Band | None,
    band_px: float,
    policy: IdCopyPolicy,
    analyzer,  # noqa: ANN001
    values: Values,
    portraits: list[Region] | None = None,
) -> list[Region]:
    """Regions found in the printed text: the document levelled by its band and OCR'd at the scale
    the band gives (without a band: the page as it is, ``ocr_width`` wide)."""
    if band is None:
        words = _ocr_page(gray, policy.ocr_width)
        found = body_regions(words, analyzer, values, policy.regions(), policy.margin)
        return found + _mirrored(gray, words, values, policy)
    frame = document_frame(band, band_px, gray.shape)
    view = _contrast(_without_mrz_and_photo(frame.warp(gray), frame, band, portraits))
    words = tesseract(view, "nld", 11)
    found = body_regions(words, analyzer, values, policy.regions(), policy.margin) + _mirrored(
        view, words, values, policy
    )
    return [frame.to_page(r) for r in found]


def _mirrored(gray: np.ndarray, words: list[Word], values: Values, policy: IdCopyPolicy) -> list[Region]:
    """The MRZ's document number where it shows mirrored among ``words`` (``gray``'s pixels; see ``mirrored``)."""
    if "document_number" not in policy.regions():
        return []
    return mirrored_regions(gray, words, values.document_numbers, policy.margin)


def _without_mrz_and_photo(
    view: np.ndarray, frame: Frame, band: Band, portraits: list[Region] | None = None
) -> np.ndarray:
    """The view with the MRZ lines (read on their own) and the portrait's left part blanked: what
    tesseract makes of a photo or of OCR-B in ``nld`` is noise that only costs time. The strip of
    the portrait next to the fields stays, so a value that starts close to the photo is never cut. ``portraits``
    (page pixels): the portraits found; when none lies at the left, where ICAO puts it, the left part is not
    blanked (a card with its portrait on the right prints its fields there)."""
    core = (band.core or band.thickness) / 2 / max(band.line_height, 1.0)
    _, top = band_point(frame, band, 0.5, -core - 0.45)
    right, _ = band_point(frame, band, PHOTO_BLANK, 0.0)
    if portraits is not None and not any(_view_x(frame, r) < 1.5 * right for r in portraits):
        right = 0.0
    out = view.copy()
    y, x = max(0, int(top)), max(0, int(right))
    # The fill is the paper's own tone: pure white would skew tesseract's global threshold and turn
    # a tinted document dark.
    fill = int(np.median(view[:y:4, x::4])) if y > 0 and x < view.shape[1] else int(np.median(view))
    out[y:, :] = fill
    out[:y, :x] = fill
    return out


def _view_x(frame: Frame, region: Region) -> float:
    """The x of a page region's centre in the view."""
    x0, y0, x1, y1 = region.bbox()
    x, _ = frame.matrix @ np.array([(x0 + x1) / 2, (y0 + y1) / 2, 1.0])
    return float(x)


def _photos(gray: np.ndarray, band: Band | None, within: tuple[int, int, int, int] | None = None) -> list[Region]:
    if band is None:
        # The whole page (``within`` its print, see ``face.content_box``): at the cascade's usual width, and wider for
        # a large page holding small documents.
        found = photo_regions(gray, within=within)
        if gray.shape[1] > 1.5 * PAGE_FACE_WIDTH[0]:
            found += photo_regions(gray, scale=min(1.0, PAGE_FACE_WIDTH[1] / gray.shape[1]), within=within)
        return found
    # The portrait is on the left, above the band (ICAO 9303): the cascade searches only there.
    frame = document_frame(band, FACE_BAND_PX, gray.shape, beside=(0.12, -0.5), below=0.0)
    return [frame.to_page(r) for r in photo_regions(frame.warp(gray), scale=1.0, min_side=FACE_MIN_PX)]


def _local_faces(
    gray: np.ndarray, regions: list[Region], within: tuple[int, int, int, int] | None = None
) -> list[Region]:
    """Portraits around faces of the page equalised tile by tile that no portrait found already is the ghost of.

    Equalised over the whole page, a page that is mostly white paper (cards on an A4 scan) squeezes a portrait's tones
    into a few grey levels and the cascade misses its face (tuning bench_id_captures seed 811 page 10: a photographed
    portrait's 86 px face found at neither width, found LOCAL_FACE_WIDTH wide equalised tile by tile; page 3: a drawn
    face likewise): searched once more so, faces both cascades agree on only. Not a face at most GHOST_SIZES[1] as wide
    as another face or a portrait-like picture: that may be its ghost, which the ghost search finds as such (a ghost
    taken for a portrait made its copies a reason to refuse: seed 811 page 6, bench_id_release seed 502 page 4)."""
    local = photo_regions(gray, scale=min(1.0, LOCAL_FACE_WIDTH / gray.shape[1]), local=True, within=within)
    pictures = [r for r in regions if r.type == "photo" and r.source in ("face", "portrait_like")] + local
    widest = max((r.bbox()[2] - r.bbox()[0] for r in pictures), default=0.0)
    return [r for r in local if r.bbox()[2] - r.bbox()[0] > GHOST_SIZES[1] * widest]


# The face cascade fires on a card's straight edge against the paper too, the page histogram-equalised (tuning
# bench_id_captures seed 811 page 22 levelled: a "face" on the card's blank left edge beside its portrait, two tones and
# a dashed border line, grey levels spread 45 so no blank box, see ``face.FACE_MIN_SPREAD``). Counted as a portrait it
# wants a ghost of its own, and verification's ghost search around it matched the card's border all along ('ghost
# portrait still detected'). A face box that is a sharp straight step on plain paper and nothing more (verification's
# test of a card edge for copies of the portrait, ``verify.straight_edge_only``) holds no face: the finder takes it for
# none. Verification's own face checks keep every hit.


def _edge_face(gray: np.ndarray, region: Region) -> bool:
    """Whether ``region`` is a face's portrait whose face box shows a card's straight edge on plain paper only."""
    if region.type != "photo" or region.source != "face":
        return False
    x, y, w, _ = _face_box(region.bbox())
    patch = gray[max(0, int(y)) : int(y + w) + 1, max(0, int(x)) : int(x + w) + 1]
    return min(patch.shape[:2]) >= 8 and straight_edge_only(patch)


# The page's face search asks one cascade only, and it fires on a card's guilloche, seals and star emblems too (tuning
# family3 seed 1 page 9, a Belgian card photographed: two "faces" in the guilloche right of the fields; seed 5 page 16,
# a Belgian back's rosette beside its front). Counted as a portrait, such a face wants a ghost of its own that is
# nowhere, and as the ghost search's template it took the real portrait for its "ghost": 'ghost portrait not found'.
# A face that the second cascade does not confirm on its own neighbourhood (``face.confirmed_face``; a printed
# portrait's face fires both) is blacked out all the same, under UNCONFIRMED: no portrait to count, no template, no
# ghost to want. Only where the page shows a confirmed face: a page whose faces are all unconfirmed keeps them as
# portraits (fail closed), and a second front is still counted by its labels (``_front_sides``). Not judged by the
# pictures around it: the seal's star that fired the cascade is a picture too (seed 1 page 9).
UNCONFIRMED = "face_unconfirmed"


def _unconfirmed_faces(gray: np.ndarray, regions: list[Region]) -> list[Region]:
    """``regions`` with the face regions no second cascade confirms relabelled ``UNCONFIRMED`` when another face is
    confirmed (see above)."""
    faces = list(dict.fromkeys(r for r in regions if r.type == "photo" and r.source == "face"))
    false = {r for r in faces if not confirmed_face(gray, _face_box(r.bbox()))}
    if not false or len(false) == len(faces):
        return regions
    return [Region("photo", UNCONFIRMED, r.polygon) if r in false else r for r in regions]


def _face_box(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """The face (x, y, w, h) a portrait box (x0, y0, x1, y1) of ``face.portrait_around`` was built around."""
    x0, y0, x1, _ = box
    w = (x1 - x0) / (FACE_LEFT + FACE_RIGHT)
    return (x0 + FACE_LEFT * w, y0 + FACE_ABOVE * w, w, w)


def _mrz_bands(
    gray: np.ndarray,
    analyzer,  # noqa: ANN001
    policy: IdCopyPolicy,
    values: Values,
    ghost_backs: list[Band] | None = None,
    numbered: list[Band] | None = None,
) -> list[tuple[Band, Band]]:
    """The page's MRZ bands (a page may show several documents or sides), each read and its values added to
    ``values``: (the band as its shape was found, the band lengthened where OCR says the lines go on). The
    widest band is trusted by its shape alone when it spans ``TRUSTED_LINE`` of the page (a band OCR cannot
    read is still blacked out); any other shape must read as an MRZ (``<`` fillers). ``ghost_backs``: the bands of
    card backs that may print a ghost are added to it (see ``GHOSTLESS_BACKS``); to ``numbered`` the (lengthened) bands
    whose reading gave a document number (see ``NUMBERED_BAND``)."""
    out: list[tuple[Band, Band]] = []
    for i, b in enumerate(find_bands(gray)):
        words = _read_mrz(gray, b)
        trusted = i == 0 and b.length >= TRUSTED_LINE * gray.shape[1]
        fillers = sum(w.text.count("<") for w in words)
        if fillers < MIN_FILLERS and (not trusted or _reads_as_print(words)):
            continue  # (a shape that reads as the document's own print is none, see ``DOCUMENT_TITLES``)
        mrz = mrz_values(words, analyzer)
        grown = _grown(b, mrz.mrz_lines)
        if grown is not b:
            # The band was found short of the line ends: read the whole lines again.
            mrz = mrz_values(_read_mrz(gray, grown), analyzer)
        values.document_numbers |= mrz.document_numbers
        values.bsns |= mrz.bsns
        values.mrz_lines += mrz.mrz_lines
        values.found += mrz.found
        out.append((b, grown))
        if ghost_backs is not None and _prints_back_ghost(b, mrz.mrz_lines):
            ghost_backs.append(b)
        if numbered is not None and mrz.document_numbers:
            numbered.append(grown)
    return out


def _portrait_faces(
    regions: list[Region], photo_like: bool = False, same_size: float | None = None
) -> list[tuple[float, float, float, float]]:
    """The face boxes (x, y, w, h) the portrait regions were built around, one per portrait (the band's frame and
    the whole page may find the same face): faces the face detector found, and with ``photo_like`` where a
    portrait-sized photo-like region (a portrait the cascade missed: drawn, faint, tilted) would hold one — the
    middle of its upper part. Those count as portraits found, but are no template for the ghost search (a
    region that is no face would match box edges); verification finds any picture left there anyway.
    ``same_size``: two faces are one only when neither is more than this many times wider (see
    ``GHOST_TEMPLATE_SIZE``)."""
    out: list[tuple[float, float, float, float]] = []
    for r in regions:
        x0, y0, x1, y1 = r.bbox()
        if r.source == "face":
            face = _face_box((x0, y0, x1, y1))
        elif r.source == "portrait_like" and photo_like:
            face = _guessed_face((x0, y0, x1, y1))
        else:
            continue
        if not any(_one_face(face, f, same_size) for f in out):
            out.append(face)
    return out


def _one_face(
    face: tuple[float, float, float, float], other: tuple[float, float, float, float], same_size: float | None
) -> bool:
    """Whether ``face`` (x, y, w, h) is ``other`` found again: within half its width of it, and (``same_size``) neither
    more than that many times wider (see ``_portrait_faces``)."""
    return (
        abs(face[0] - other[0]) < face[2] / 2
        and abs(face[1] - other[1]) < face[2] / 2
        and (same_size is None or max(face[2], other[2]) <= same_size * min(face[2], other[2]))
    )


PART = "portrait_part"  # the source of a part of a merged picture that could be a portrait (``photo.PART_OF_GROUP``)
# The ghost is searched from this many parts at most, the largest: each search costs as much as a portrait's, and on
# fronts still refused it was spent for nothing (tuning bench_id_attack seed 3101 two_sided page 3: 15 -> 42 CPU-s).
# The ghosts the part search found on the tuning pages came from the largest part (captures seed 900 pages 0 and 14).
PART_TEMPLATES = 2


# The ghost is searched from every portrait, and a face the cascade found on the card's edge or in a corner of the
# portrait's picture must not stand for that picture: faces in one place are one template only when of a size, within
# GHOST_TEMPLATE_SIZE (tuning bench_ghosts photocopy seed 611 page 4: a 36 px face on the card's edge took the place of
# a 270 px portrait the cascade missed, and its halftone ghost was never searched for). Counting portraits is unchanged.
GHOST_TEMPLATE_SIZE = 2.0


# A portrait's picture found by its pixels before the cascade found its face (the tile-by-tile search, ``_local_faces``,
# runs after the picture search) stood for that face: one face per place, the first listed, so the face's place was
# guessed in the picture and the face found there was never a template. A guessed place is searched only for a close
# match standing out far (``face.GUESSED_STAND_OUT``, one copy per size), and a card's front and back shown together
# print two ghosts that match alike (tuning family3 seed 46 page 2, a Dutch 2021 card's front over its back: the
# face found scored 0.92 and 0.91 at the two ghosts, 0.58 elsewhere; neither was found, 'ghost portrait not found').
# The face found there is now searched as well, as every face found is (both ghosts, ``face.GHOST_COPIES``); the guessed
# search and the portrait's extent around the guessed face stay as they were: boxes are only added.
def _ghost_templates(regions: list[Region]) -> list[tuple[tuple[float, float, float, float], bool]]:
    """The faces (x, y, w, h) the ghost is searched from, each with whether its place is guessed in a picture: one per
    portrait (``_portrait_faces``), and each face found where a guess stood for it (see above)."""
    found = _portrait_faces(regions, same_size=GHOST_TEMPLATE_SIZE)
    templates = _portrait_faces(regions, photo_like=True, same_size=GHOST_TEMPLATE_SIZE)
    out: list[tuple[tuple[float, float, float, float], bool]] = []
    for face in templates:
        guessed = face not in found
        out.append((face, guessed))
        if guessed:
            shadowed = [f for f in found if f not in templates and _one_face(f, face, GHOST_TEMPLATE_SIZE)]
            out += [(f, False) for f in shadowed if (f, False) not in out]
    return out


def _portrait_sized(
    pictures: list[tuple[float, float, float, float]], bands: list[Band]
) -> list[tuple[float, float, float, float]]:
    """The pictures (x0, y0, x1, y1) wide enough for a card's portrait beside every MRZ band on the page (see
    ``BACK_GHOST_WIDTH``): a narrower one may be a back side's ghost, itself a face."""
    if not bands:
        return pictures
    least = BACK_GHOST_WIDTH * min(min(b.length, TD1_LINE * b.line_height) for b in bands)
    return [p for p in pictures if p[2] - p[0] > least]


def _covers_page(band: Band, shape: tuple[int, ...]) -> bool:
    """Whether the document around ``band`` fills most of the page (a card cropped or photographed close):
    then the band's document frame holds all the printed text there is."""
    frame = document_frame(band, band.length, shape)
    return frame.size[0] * frame.size[1] >= PAGE_COVERED * shape[0] * shape[1]


def _find(
    gray: np.ndarray,
    policy: IdCopyPolicy,
    analyzer,
    clock: _Clock,  # noqa: ANN001
    glyph: float | None = None,
) -> tuple[list[Region], Values, list[Band]]:
    t = time.perf_counter()
    values = Values()
    ghost_backs: list[Band] = []
    numbered: list[Band] = []
    found = _mrz_bands(gray, analyzer, policy, values, ghost_backs, numbered)
    # The shape's own band places the photo and the document frame (a band lengthened after a poor reading
    # would move them); the lengthened one is blacked out.
    bands = [shape for shape, _ in found]
    t = clock.add("mrz", t)
    regions: list[Region] = []
    for shape, grown in found:
        regions += [photo_zone(shape), _band_region(grown, policy.margin)]
    whole_page = len(bands) != 1 or not _covers_page(bands[0], gray.shape)
    for b in bands:
        regions += _photos(gray, b)
    # The page's print, where its whole-page face searches look (see ``face.content_box``).
    content = content_box(gray)
    if whole_page:
        regions += _photos(gray, None, content)
    # Pictures the face cascade does not fire on (drawn, faint, small, tilted portraits, ghost photos): found by
    # their pixels, anywhere on the page.
    mrz_regions = [r for r in regions if r.type == "mrz"]
    parts: list[tuple[float, float, float, float]] = []
    picture_glyph = glyph or glyph_height(gray, mrz_regions)
    regions += photo_like_regions(gray, picture_glyph, mrz_regions, parts=parts)
    # Inside their merged picture's box (blacked out already): kept for the ghost search and to size the page's
    # portraits by (see ``_portraits``), no portrait of their own.
    regions += [rect("photo", PART, *p) for p in parts]
    if whole_page:
        regions += _local_faces(gray, regions)
    # A face found on nothing but a card's edge against the paper is none (see ``_edge_face``).
    regions = [r for r in regions if not _edge_face(gray, r)]
    regions = _unconfirmed_faces(gray, regions)
    pictures = [r.bbox() for r in regions if r.type == "photo" and r.source == "portrait_like"]
    # Faces inside portrait-sized pictures, searched on their own (see ``face.PICTURE_FACE_WIDTHS``): templates for
    # the ghost only. The picture is already blacked out and counted as a portrait; a face region added here would box
    # it differently and count a face where only a picture was (a back side's ghost is no front).
    known = _portrait_faces(regions)
    in_pictures = [
        f for f in faces_in_pictures(gray, _portrait_sized(pictures, bands)) if not any(same_face(f, k) for k in known)
    ]
    searched: list[tuple[tuple[float, float, float, float], list[Region]]] = []
    picture_ghosts: list[Region] = []  # ghosts of a picture no face was found in (see ``_back_cards``)
    for face, guessed in _ghost_templates(regions):
        if not guessed:
            # Kept apart until every face was searched: one may be another's ghost (see ``FAINT_SPREAD``).
            searched.append((face, _ghosts_in_print(gray, face, content, pictures)))
        else:
            ghosts = _ghosts_in_print(gray, face, content, pictures, guessed=True)
            regions += ghosts
            picture_ghosts += ghosts
            # A portrait the face cascade missed is found by its pixels, and where it fades into the card (frameless
            # 2021 cards, a pale background) only its darker upper part is: the box a face there would get is
            # blacked out as well (tuning picture page, bench_id_pictures seed 701: released with the chin, the neck
            # and the shoulders visible, 41 % of the portrait covered).
            regions.append(portrait_around(face, "portrait_extent"))  # no template, no second portrait
    searched += [(face, _ghosts_in_print(gray, face, content, pictures)) for face in in_pictures]
    # A portrait in profile, which no frontal cascade finds: one more template, no portrait (``face.PROFILE_CASCADE``).
    profiles = [
        f
        for f in profile_faces_in_pictures(gray, _portrait_sized(pictures, bands))
        if not any(same_face(f, k) for k in known + in_pictures)
    ]
    searched += [(face, _ghosts_in_print(gray, face, content, pictures)) for face in profiles]
    # Marked, no portrait of their own (see above): a face in a picture makes its card a front (``_back_cards``).
    regions += [rect(PICTURE_FACE, "cascade", x, y, x + w, y + h) for x, y, w, h in in_pictures]
    regions += _faint_faces_as_ghosts(gray, regions, searched, in_pictures)
    t = clock.add("face", t)
    # (markers, never blacked out: a number read on these bands is no printed number found, see ``NUMBERED_BAND``)
    body: list[Region] = [Region(NUMBERED_BAND, "mrz", _band_region(b, policy.margin).polygon) for b in numbered]
    portraits = [r for r in regions if r.type == "photo" and r.source in ("face", "portrait_like")]
    for b in bands:
        body += _body(gray, b, policy.ocr_band_length, policy, analyzer, values, portraits)
    if whole_page:
        width = _page_ocr_width(gray, bands, policy)
        words = _ocr_page(gray, width)
        body += body_regions(words, analyzer, values, policy.regions(), policy.margin)
        body += _mrz_words(words, policy.margin, bands)
        if "bsn" in policy.regions():
            # The BSN under a passport's observations header, read again as a block (see ``observation_numbers``).
            body += observation_regions(gray, words, picture_glyph, values)
        body += _mirrored(gray, words, values, policy)
        if (small_read := _small_print_width(gray, width, picture_glyph)) is not None:
            # Print too small for that width: read once more where its glyphs are large enough (see ``SMALL_PRINT``).
            again = body_regions(_ocr_page(gray, small_read), analyzer, values, policy.regions(), policy.margin)
            body += [r for r in again if r.type in SMALL_PRINT_TYPES]
        if not _has_document_number(body) or _numbers_wanted(regions + body, bands) > _document_number_places(body):
            # A tinted card on white paper reads as nothing whole: each card read on its own (see ``ocr.card_words``).
            # So too when fewer numbers were found than the page's fronts want (``_numbers_wanted``): a card whose
            # labels the whole page's reading missed beside a document whose number it read (tuning family3 seed 103
            # page 6: a card's front under a passport's data page, its number read only so). Else refused for it.
            body += card_regions(gray, analyzer, values, policy.regions(), policy.margin)
        if not bands and not any(r.type == BACK_SIDE for r in body):
            # A driving licence's back (no band): its categories table on the tinted card reads only binarised (tuning
            # family3 seed 13 page 1: nothing of it read grey, every code binarised, 0.1-0.3 CPU-s).
            table = licence_back(_ocr_page(binarised(gray), width))
            body += [table] if table is not None else []
        if bands and _other_side(words, bands, gray.shape):
            # Text beyond every band's document: another side or document is on the page, and its portrait
            # (if it has one) must be found before the copy can be released.
            body.append(Region("other_side", "text", ((0.0, 0.0),) * 4))
    t = clock.add("ocr", t)
    if bands and not _has_document_number(body):
        # Every document with an MRZ prints its number on one side: not finding it may mean the OCR scale
        # did not suit this photo. One more reading at a larger scale (a back side alone prints none, so
        # not finding it again is no reason to refuse the copy). Nothing left of the fields is blanked this time: a
        # picture taken for a portrait at the left would blank the fields printed there (tuning picture page, a hand's
        # thumb over a passport whose portrait is on the right: its document number was never read).
        for b in bands:
            body += _body(gray, b, policy.ocr_band_length * 1.35, policy, analyzer, values, [])
        # Still none: the reading of the first pass once more at that scale, the fields left of a portrait blanked as
        # there (sample_data/id_copies/id_copy_0_003.pdf: its number is read so only; more readings only add boxes).
        if portraits and not _has_document_number(body):
            for b in bands:
                body += _body(gray, b, policy.ocr_band_length * 1.35, policy, analyzer, values, portraits)
        t = clock.add("ocr_again", t)
    # Each card back that may print a ghost, marked for the ghost count (see ``GHOSTLESS_BACKS``); never blacked out.
    body += [_ghost_back_marker(b, gray.shape) for b in ghost_backs]
    if parts and _ghost_unverified(gray, regions + body, bands):
        # The parts' own boxes, without the margin they were given (a template with more of the card around the
        # portrait matched its ghost less well: tuning seed 900 page 0).
        inner = [(a + m, b + m, c - m, d - m) for a, b, c, d in parts for m in [PICTURE_MARGIN * picture_glyph]]
        regions += _part_ghosts(gray, regions, body, bands, pictures, inner)
        clock.add("face", t)
    lone_back = _lone_back(regions + body, bands)
    found_regions = _back_ghosts(regions + body, bands)
    cards = _back_cards(found_regions, bands, gray.shape, picture_ghosts, gray)
    faint = _faint_ghosts(gray, found_regions, bands[0], picture_glyph) if lone_back else []
    return _back_pictures(found_regions, cards) + faint, values, bands


# A ghost is printed on a document, and the ghost searches match the portrait over the whole page
# (``face.ghost_copies``, ``face_copies``, ``picture_copies``: a few dozen template sizes each) and look for it as a
# face in a window around the portrait: on a page that is mostly blank paper around the documents they search only
# the page's print (``face.content_box``), cut out, and the ghosts found are put back in the page's pixels. Only the
# finder's searches: verification looks for copies of the portrait, and for its ghost as a face, on the whole page.
def _ghosts_in_print(
    gray: np.ndarray,
    face: tuple[float, float, float, float],
    content: tuple[int, int, int, int] | None,
    pictures: list[tuple[float, float, float, float]],
    guessed: bool = False,
) -> list[Region]:
    """``face.ghost_regions`` of ``face`` searched within ``content`` (page pixels; None: the whole page)."""
    if content is None:
        return ghost_regions(gray, face, guessed=guessed, pictures=pictures)
    x0, y0, x1, y1 = content
    cut = gray[y0:y1, x0:x1]
    moved = [(a - x0, b - y0, c - x0, d - y0) for a, b, c, d in pictures]
    found = ghost_regions(cut, (face[0] - x0, face[1] - y0, face[2], face[3]), guessed=guessed, pictures=moved)
    return [Region(r.type, r.source, tuple((x + x0, y + y0) for x, y in r.polygon)) for r in found]


# The face cascade boxes a ghost portrait as a face too, at times wider than the portrait's own face (tuning
# bench_id_captures seed 811 page 16: a 208 px "face" over the whole ghost, the portrait's face 100-160 px, found only
# in its picture). Each face's ghost search then finds the other as its copy: the portrait was taken for the ghost's
# ghost, the ghost counted as the portrait and its template matched the card's guilloche everywhere ('ghost portrait
# still detected', 'copy of the portrait left visible'). Size and place do not tell the two apart; the print does: a
# ghost is the portrait printed faint, its tones spread over a narrow band of light greys (that page: 2nd-98th
# percentile of the face box 133-239 against 40-223). A face found in a ghost that another face's search found, whose
# tones spread at most FAINT_SPREAD as wide as that face's and whose median is lighter, is that face's ghost: relabelled
# so, no template of its own (its copies are the portrait itself and the card's lines), and the face that found it is
# a portrait. Fail closed: every box stays black whatever its label, and verification searches the ghost again from the
# darker face.
FAINT_SPREAD = 0.6


def _tones(gray: np.ndarray, face: tuple[float, float, float, float]) -> tuple[float, float]:
    """The spread (2nd to 98th percentile) and median of the grey levels in the face box (x, y, w, h)."""
    x, y, w, h = face
    patch = gray[max(0, int(y)) : int(y + h) + 1, max(0, int(x)) : int(x + w) + 1]
    if patch.size == 0:
        return 0.0, 255.0
    low, median, high = np.percentile(patch, (2, 50, 98))
    return float(high - low), float(median)


def _fainter(
    gray: np.ndarray, face: tuple[float, float, float, float], than: tuple[float, float, float, float]
) -> bool:
    """Whether ``face`` is printed much fainter than ``than`` (both x, y, w, h): see ``FAINT_SPREAD``."""
    spread, median = _tones(gray, face)
    other_spread, other_median = _tones(gray, than)
    return spread <= FAINT_SPREAD * other_spread and median > other_median


def _faint_faces_as_ghosts(
    gray: np.ndarray,
    regions: list[Region],
    searched: list[tuple[tuple[float, float, float, float], list[Region]]],
    in_pictures: list[tuple[float, float, float, float]],
) -> list[Region]:
    """The ghosts found from the faces ``searched`` (face, its ghosts), but from a face that is a fainter copy of
    another (see ``FAINT_SPREAD``); the face regions ``regions`` holds for such a face are relabelled ghost in place,
    and a face found only in a picture that has such a ghost is returned as a portrait."""
    faint: list[tuple[float, float, float, float]] = []
    makers: list[tuple[float, float, float, float]] = []
    for face, _ in searched:
        cx, cy = face[0] + face[2] / 2, face[1] + face[3] / 2
        for other, ghosts in searched:
            if other == face or same_face(face, other) or not _fainter(gray, face, other):
                continue
            if any(_within((cx, cy, cx, cy), g.bbox()) for g in ghosts):
                faint.append(face)
                makers.append(other)
                break
    if not faint:
        return [g for _, ghosts in searched for g in ghosts]
    for i, r in enumerate(regions):
        if r.type == "photo" and r.source == "face" and any(same_face(_face_box(r.bbox()), f) for f in faint):
            regions[i] = Region("photo", "ghost", r.polygon)
    out = [g for face, ghosts in searched if face not in faint for g in ghosts]
    return out + [portrait_around(m) for m in dict.fromkeys(makers) if m in in_pictures and m not in faint]


def _guessed_face(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """The face (x, y, w, h) guessed in a portrait-sized picture (x0, y0, x1, y1): the middle of its upper part."""
    x0, y0, x1, y1 = box
    w = 0.5 * (x1 - x0)
    return (x0 + 0.25 * (x1 - x0), y0 + 0.18 * (y1 - y0), w, w)


def _part_ghosts(
    gray: np.ndarray,
    regions: list[Region],
    body: list[Region],
    bands: list[Band],
    pictures: list[tuple[float, float, float, float]],
    parts: list[tuple[float, float, float, float]],
) -> list[Region]:
    """Ghosts searched from the parts of merged pictures (see ``photo.PART_OF_GROUP``) while fewer ghosts were found
    than fronts are shown: a part is the template (its face found by the cascade, else guessed in it), and the picture
    it is a part of is left out of the pictures a copy may not lie on (the ghost is often in it). The largest parts are
    tried first (the portrait is the largest part of its group), and a copy on another part at least as large as the
    template is no ghost (a smaller copy of the hologram found in the portrait's hair: a false ghost would vouch for the
    front). Nothing else changes: the merged picture stays blacked out and counted as a portrait."""
    known = _portrait_faces(regions)
    out: list[Region] = []
    for part in sorted(parts, key=_area, reverse=True)[:PART_TEMPLATES]:
        others = [p for p in pictures if not _within(part, p)] + [part]
        larger = [p for p in parts if p != part and _area(p) >= _area(part)]
        found = [f for f in faces_in_pictures(gray, [part]) if not any(same_face(f, k) for k in known)]
        ghosts: list[Region] = []
        for face in found:
            ghosts += ghost_regions(gray, face, pictures=others)
        if not found:
            ghosts += ghost_regions(gray, _guessed_face(part), guessed=True, pictures=others)
        out += [g for g in ghosts if not any(_within(g.bbox(), p) for p in larger)]
        if out and not _ghost_unverified(gray, regions + body + out, bands):
            break
    return out


def _area(box: tuple[float, float, float, float]) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def _within(inner: tuple[float, float, float, float], outer: tuple[float, float, float, float]) -> bool:
    """Whether the box ``inner`` (x0, y0, x1, y1) lies inside ``outer`` (a glyph's slack aside: its centre in it)."""
    cx, cy = (inner[0] + inner[2]) / 2, (inner[1] + inner[3]) / 2
    return outer[0] <= cx <= outer[2] and outer[1] <= cy <= outer[3]


def _other_side(words: list[Word], bands: list[Band], shape: tuple[int, ...]) -> bool:
    """Whether the page holds printed text outside the documents around its MRZ bands (at least
    OTHER_SIDE_WORDS confidently read words of 3+ letters or digits)."""
    outlines = []
    for b in bands:
        frame = document_frame(b, b.length, shape)
        w, h = frame.size
        view = Region("document", "frame", ((0.0, 0.0), (float(w), 0.0), (float(w), float(h)), (0.0, float(h))))
        outlines.append(np.array(frame.to_page(view).polygon, dtype=np.float32))
    outside = 0
    for word in words:
        if word.conf < 70 or sum(c.isalnum() for c in word.text) < 3:
            continue
        centre = ((word.x0 + word.x1) / 2, word.cy)
        if all(cv2.pointPolygonTest(o, centre, False) < 0 for o in outlines):
            outside += 1
    return outside >= OTHER_SIDE_WORDS


def _page_ocr_width(gray: np.ndarray, bands: list[Band], policy: IdCopyPolicy) -> int:
    """The width the whole page is OCR'd at: with a band, the scale the band gives (capped, a large page
    holding small cards would otherwise be read at a size tesseract cannot use), else ``ocr_width``."""
    if not bands:
        return policy.ocr_width
    scale = policy.ocr_band_length / max(b.length for b in bands)
    return int(min(MAX_PAGE_OCR_WIDTH, max(policy.ocr_width, gray.shape[1] * scale)))


# Small print on a low-resolution page: a driving licence's front and a passport's data page side by side on an A4 scan
# at 78 dpi (held-out seed 2072 page 13, looked at after it was released unsafe: 0.59 Mpx, the licence's BSN in field 4d
# printed about 6 px tall). Read 1,600 px wide, the row read as nothing ("enaresa"), and neither the finder nor
# verification saw the number: released with 5 of its 9 digits visible. Read 2,500 px wide, tesseract gives
# "61278568", a long number the finder boxes. So a page whose print (``photo.glyph_height``, the larger letters) is at
# most SMALL_PRINT px tall at its own size is read once more at the width that makes it READ_GLYPH px (at most
# MAX_PAGE_OCR_WIDTH) when that is wider than the first reading, and the numbers, MRZ pieces and document numbers that
# reading finds are blacked out too: more black, never less (fail closed). Tuning family3 seeds 89-92: 8 of 120 pages
# are that small.
SMALL_PRINT, READ_GLYPH = 10.0, 22.0
SMALL_PRINT_TYPES = ("bsn", "document_number", "mrz")


def _small_print_width(gray: np.ndarray, width: int, glyph: float) -> int | None:
    """The width to read a page of small print at once more (see ``SMALL_PRINT``), or None."""
    if glyph > SMALL_PRINT:
        return None
    wider = min(MAX_PAGE_OCR_WIDTH, int(gray.shape[1] * READ_GLYPH / max(glyph, 1.0)))
    return wider if wider > width * 1.2 else None


def _identified(regions: list[Region], bands: list[Band]) -> bool:
    """Whether anything marks the page as an ID document: an MRZ band, a face, or a BSN or document number
    found in the text. A side that prints no document number (the back of a Dutch ID card, a driving
    licence's back) is no reason to refuse the copy: verification decides whether what is left is safe."""
    return bool(bands) or any(
        r.source == "face"
        or r.type == BACK_CARD
        or (r.type in ("bsn", "document_number") and r.source in ("label", "shape", "ocr", "mrz_value"))
        for r in regions
    )


NOT_RECOGNISED = "no MRZ band, face, BSN or document number found: not recognised as an ID document"
OBSERVATION_LEFT = "number left readable under a passport's observations header"


def _understood(regions: list[Region], bands: list[Band]) -> list[str]:
    """Why the finder cannot vouch for the page (empty: it can). ``require_document`` semantics:

    - nothing identifiable at all (no MRZ band, face, BSN or document number): not an ID document;
    - a front side or data page (a passport's TD3 band, or the name / date-of-birth labels only fronts print)
      always carries a portrait: when no face was found for each such side, the photo may be left uncovered,
      and its document number must have been found too;
    - a back side alone (a card's TD1 band, no front labels) needs neither: it prints no portrait, and often
      no document number outside its MRZ (refusing it for that would refuse every back side).
    """
    if not _identified(regions, bands):
        return [NOT_RECOGNISED]
    data_pages = sum(is_td3(b) for b in bands)
    # A portrait found makes the side a front too: every front prints its document number (held-out seed 2035: a
    # card front whose labels OCR did not read was released with its number uncovered).
    fronts = max(_fronts(regions, bands), int(any(r.type == "other_side" for r in regions)))
    issues = []
    # A passport data page's portrait sits where ICAO 9303 puts it (left, above the TD3 band): the layout zone
    # covers it whether or not a face is detected. Every other front needs its face found.
    # No face at all, and the page is not one card's back side on its own (one TD1 band, nothing else printed
    # around it): a portrait the detector missed may be there (held-out run, 2026-11-30: every uncovered photo
    # was on such a page), so the page is refused.
    # So is a page of cards that are backs by what they print, every band on one, nothing of a front (``_back_cards``).
    cards = [r for r in regions if r.type == BACK_CARD]
    on_cards = bool(cards) and all(any(_centre_on(c, _band_box(b)) for c in cards) for b in bands)
    lone_back = not data_pages and fronts == 0 and (len(bands) == 1 or on_cards)
    if not lone_back and not data_pages and not _portrait_faces(regions, photo_like=True):
        issues.append("no portrait found and the page is not a back side alone: the photo may be uncovered")
    if fronts and len(_portrait_faces(regions, photo_like=True)) < fronts - data_pages:
        issues.append("front side or data page without a portrait found: the photo may be uncovered")
    if fronts and not _has_document_number(regions):
        issues.append("front side or data page without its document number found: cannot verify the copy")
    elif _numbers_wanted(regions, bands) > _document_number_places(regions):
        # Every front prints its own number: one number found for two fronts leaves the other's unknown, and
        # verification, which searches the values it was given and shapes it can read, may not read it either
        # (held-out family seed 2051 page 25, two Dutch card fronts side by side: the left card's number read by
        # neither pass, released with it visible). Fronts counted here by their faces, labels and data pages, not by
        # every portrait-sized picture: a ghost merged with its hologram reads as one too (tuning family3 seed 1
        # page 18, two documents, both numbers found, three pictures).
        issues.append("fewer document numbers found than front sides or data pages: one may be uncovered")
    return issues


def _numbers_wanted(regions: list[Region], bands: list[Band]) -> int:
    """The document numbers the page must show found (one per front, see ``_understood``): its data pages and the
    faces off their documents (``_off_band_faces``), its fronts by their labels, or its portraits' faces, whichever
    says more."""
    data_pages = sum(is_td3(b) for b in bands)
    return max(data_pages + _off_band_faces(regions, bands), _front_sides(regions), len(_portrait_faces(regions)))


# A face whose centre lies outside the document around every MRZ band on the page (``frame.document_outline``, the
# generous outline the band's frame is read in) is on no document those bands are of: it is the portrait of another
# document's front, which prints a number of its own. The faces counted by ``_portrait_faces`` miss such a portrait
# when the ghost search takes it for a ghost (issue 13, tuning family3 seed 103 page 6: a 2014 passport's data page
# stacked with a 2021 card's front carrying the same photograph; the ghost search, templated on the passport's face,
# matched the card's face, so the card's picture was dropped as a ghost and only its face found inside the picture,
# ``PICTURE_FACE``, was left; whole-page OCR read none of the card's labels, one number was wanted and the passport's
# counted: released with the card's number 0 % black). Counted here, off every band's document: the faces the page's
# cascade found, one per picture that holds them (a portrait merged with its ghost into one picture is one front:
# tuning family3 seed 103 page 4, a German card's front beside its back, the ghost's face found in the merged
# picture), only in a picture at least ``PICTURE_FACE_SPAN`` faces wide (a portrait is a photograph; a face the
# cascade finds on a stamp or a seal is line art in no such picture: tuning family3 seed 97 page 23, a data page beside
# its BSN page, a "face" on the BSN page's stamp; ``_portrait_faces`` counts it as before); and the faces found only
# inside a picture, one per picture, but
# not in a picture small enough to be another's ghost (``face.smaller_copy``), nor at a ghost found when a portrait
# lies off the bands too: a ghost is printed on its portrait's document, so only a portrait on a band's document
# leaves a ghost found off it unexplained (seed 103 page 15, a German card's front: its ghost a picture 0.65 as wide
# as the portrait, a face found in it). That portrait off the bands is a face the cascade found there, or a face found
# inside a picture there at no ghost: a small portrait the page's cascade misses is found only inside its picture
# (issue 13, tuning: family3's Belgian card drawn with a smaller portrait, 0.22 of the card wide, its front and back
# scanned side by side or stacked at 200 dpi: no face found by the page's cascade, faces found inside the portrait's
# picture and inside the ghost's, the ghost's picture boxed with the card or the print beside it 0.7-1.3 times as
# wide as the portrait's, so no ghost-sized one; two fronts wanted numbers where one is printed, and the page, released
# before this rule, was refused: 8 of 56 such pages, 7 released again, each with its required elements black;
# tests/test_id_copies_face_off_the_band.py). A data page's own portrait and ghost, and a card back's ghost, lie
# inside their band's outline. Only on pages with a band (a page without one has no document to be off; its fronts
# are counted as before). Fail closed: a front counted so wants its number found (``_find`` reads each card on its own
# for it) or the page is refused.
def _off_band_faces(regions: list[Region], bands: list[Band]) -> int:
    """Fronts shown by faces centred outside every band's document outline (see above)."""
    if not bands:
        return 0
    outlines = [np.array(document_outline(b), dtype=np.float32) for b in bands]
    pictures = [r.bbox() for r in regions if r.type == "photo" and r.source == "portrait_like"]
    ghosts = [r.bbox() for r in regions if r.type == "photo" and r.source == "ghost"]

    def off_band(box: tuple[float, float, float, float]) -> bool:
        centre = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
        return all(cv2.pointPolygonTest(o, centre, False) < 0 for o in outlines)

    def holding(box: tuple[float, float, float, float]) -> tuple[float, float, float, float] | None:
        """The smallest picture holding the centre of ``box``, if any."""
        inside = [p for p in pictures if _within(box, p)]
        return min(inside, key=_area) if inside else None

    faces = [_face_box(r.bbox()) for r in regions if r.type == "photo" and r.source == "face"]
    places: list[tuple[float, float, float, float]] = []
    cascade_off = False
    for x, y, w, h in faces:
        box = (x, y, x + w, y + h)  # the face itself, not the portrait's box around it
        if not off_band(box):
            continue
        cascade_off = True
        picture = holding(box)
        if picture is None or picture[2] - picture[0] < PICTURE_FACE_SPAN * w:
            continue  # print, not a photograph (see above); still counted by ``_portrait_faces``, as before
        if not any(_one_place(picture, p) for p in places):
            places.append(picture)
    # The faces found only inside a picture off the bands, in no ghost-sized one: their picture, and whether a ghost
    # was found at the face.
    in_pictures = [
        (picture, any(_one_place(box, g) for g in ghosts))
        for r in regions
        if r.type == PICTURE_FACE
        and off_band(box := r.bbox())
        and (picture := holding(box)) is not None
        and not smaller_copy(picture, pictures)
    ]
    # A portrait off the bands (see above): a ghost found off them is its own, no front.
    portrait_off = cascade_off or not all(at_ghost for _, at_ghost in in_pictures)
    for picture, at_ghost in in_pictures:
        if at_ghost and portrait_off:
            continue
        if not any(_one_place(picture, p) for p in places):
            places.append(picture)
    return len(places)


# Modern Dutch and EU identity documents print the portrait twice: a second, small and faint "ghost" portrait on the
# front or data page. A faint ghost is what the finder and the checks after it miss most: greyscale photocopies lose
# the tint that sets it apart from the paper (tuning photocopies, bench_id_photocopy seed 611, and the held-out family,
# seed 2034, aggregates: ghosts 6-91 % covered), and colour pages at small angles (held-out seed 2035: a passport data
# page released with its ghost uncovered). So a front side - a passport's data page (TD3 band), a card front told by
# its name / date-of-birth labels, or any side on which a portrait was found - is released only when as many ghosts
# were found, and so blacked out, as fronts are shown. A front of a document that prints no ghost is then quarantined:
# a release lost, never a portrait left; ``require_ghost: false`` in the policy turns this off for such documents.
# ``greyscale`` is kept for the reason's wording. A pixel is coloured when its channels differ by more than
# GREY_CHROMA; a page is greyscale when at most GREY_SHARE of its pixels are (JPEG fringes, a scanner's noise).
GREY_CHROMA, GREY_SHARE = 12, 0.002


def greyscale(page: np.ndarray) -> bool:
    """Whether ``page`` (grey, RGB or RGBA) shows no colour: one channel, or three that agree nearly everywhere."""
    if page.ndim == 2 or page.shape[2] == 1:
        return True
    rgb = page[::3, ::3, :3].astype(np.int16)
    chroma = rgb.max(axis=2) - rgb.min(axis=2)
    return float((chroma > GREY_CHROMA).mean()) <= GREY_SHARE


def _fronts(regions: list[Region], bands: list[Band]) -> int:
    """Front sides or data pages the page shows: passport data pages (TD3 bands), card fronts by their labels,
    or the portraits found (each front prints one), whichever says more."""
    data_pages = sum(is_td3(b) for b in bands)
    return max(data_pages, _front_sides(regions), _portraits(regions))


# A card's back side may print the ghost portrait too (tuning bench_id_release seed 502 pages 7-9, bench_id_photocopy
# seed 611 pages 2, 6 and 10: a ghost beside the BSN, above the TD1 band). Found as a picture, it counted as a front's
# portrait, and that front then wanted a ghost and a document number of its own: refused. On a page with one TD1 band
# and nothing of a front (no face, no front label read, no other side, no ghost found of the picture), pictures all
# narrower than BACK_GHOST_WIDTH of the band's length are too small for a card's portrait and are that ghost: blacked
# out as before, no front. Tuning truth, card width / band length: portraits 0.26-0.32, ghosts 0.05-0.16 (their
# picture boxes are up to 1.5 times wider, bench_id_photocopy seed 611 page 2: 0.15). A band longer than a TD1 line
# holds is taken at that length (a band found too long must not make a portrait look small).
BACK_GHOST_WIDTH = 0.22


def _back_ghosts(regions: list[Region], bands: list[Band]) -> list[Region]:
    """``regions`` with the pictures of a card's back side alone taken for its ghost (see ``BACK_GHOST_WIDTH``)."""
    if not _lone_back(regions, bands):
        return regions
    pictures = [r for r in regions if r.type == "photo" and r.source == "portrait_like"]
    if not pictures or any(_wider_than_ghost(r, bands[0]) for r in pictures):
        return regions
    return [_ghost_grown(r) if r in pictures else r for r in regions]


def _lone_back(regions: list[Region], bands: list[Band]) -> bool:
    """Whether ``regions`` and ``bands`` show a card's back side alone: one TD1 band, nothing of a front (no face, no
    front label, no other side, no ghost found of a portrait)."""
    if len(bands) != 1 or is_td3(bands[0]):
        return False
    return not _front_sides(regions) and not any(
        r.type == "other_side" or r.source in ("face", "ghost") for r in regions
    )


def _wider_than_ghost(picture: Region, band: Band) -> bool:
    """Whether ``picture`` is too wide for the ghost of the card whose TD1 ``band`` is given (``BACK_GHOST_WIDTH``; a
    band longer than a TD1 line holds is taken at that length)."""
    x0, _, x1, _ = picture.bbox()
    return x1 - x0 > BACK_GHOST_WIDTH * min(band.length, TD1_LINE * band.line_height)


# On a back alone, each picture, boxed up to a portrait's height (``_ghost_grown``), is boxed on to the pale rectangle
# it may be printed on (``photo.faint_extent``: a ghost found by its darker part only, the rest too faint for the finder
# and for verification). Only more black; its own source, so nothing counts it as a portrait. Pictures wider than a
# ghost too: a ghost's lower part merged with the print beside it is (family3 seed 2, a Dutch 2021 card's back with
# its labels printed small: 0.23 band lengths wide, the ghost's head left above its box, released 73 % covered; no
# front on the card, so no portrait either: tests/test_id_copies_unsigned_backs.py).
FAINT_GHOST = "faint_ghost"


def _faint_ghosts(gray: np.ndarray, regions: list[Region], band: Band, glyph: float) -> list[Region]:
    """Boxes over the back's pictures in ``regions`` grown up to a portrait's height and on to the pale rectangles
    they are printed on (see above), where that goes on past those pictures' boxes."""
    out = []
    for r in regions:
        if r.type != "photo" or r.source not in ("portrait_like", "photo_like", "ghost"):
            continue
        grown = _ghost_grown(r).bbox()
        extent = faint_extent(gray, grown, glyph)
        if extent != r.bbox():
            out.append(rect("photo", FAINT_GHOST, *extent))
    return out


# A ghost is a portrait, taller than wide (35 x 45 mm: 1.29); a picture search that found it wider than tall found its
# darker lower part only, the pale head above left out (tuning bench_id_captures seed 958 page 4, a Dutch card's back
# turned 90 degrees: the ghost's picture 156 x 116 px upright, the ghost 137 x 173; released with its head beside the
# box, 86 % covered). Such a ghost picture is boxed up to a portrait's height above its bottom (only more black).
GHOST_TALL = 1.3


def _ghost_grown(picture: Region) -> Region:
    """The ghost ``picture`` on a back as a ghost region, grown upward to a portrait's height (see ``GHOST_TALL``)."""
    x0, y0, x1, y1 = picture.bbox()
    top = min(y0, max(0.0, y1 - GHOST_TALL * (x1 - x0)))
    if top == y0:
        return Region(picture.type, "ghost", picture.polygon)
    return Region(picture.type, "ghost", ((x0, top), (x1, top), (x1, y1), (x0, y1)))


# A side is decided by what it prints, card by card, no layout assumed. A back prints no portrait and, but for its MRZ,
# no document number; a picture on it is an emblem, a seal, a hologram patch, a chip or a ghost (held-out seed 2054:
# four backs alone - Belgian, German, NL 2021 identity cards, an NL driving licence - refused as fronts without their
# number and ghost; tuning family3 seed 13 page 1, a licence's back whose seal counted as a portrait). A card is a
# back (``BACK_CARD``) when it shows a back's sign beside its MRZ or without one:
# - a TD1 band with a personal number's label (BSN, national register, V-number) or a back's field label (address,
#   height, eye colour: ``fields.BACK_LABELS``) on its card (``GHOST_BACK_FRAME`` around the band). A TD1 band alone
#   is no proof: a front may print one (the tuning family ``id_images`` does), and those pictures keep the
#   ``BACK_GHOST_WIDTH`` rule;
# - a driving licence's categories table (``fields.licence_back``), the card taken as the table's extent;
# - a page with no band whose only finding is a BSN under its label, valid by the 11-proef, and no document number
#   of any reading (the BSN page inside a newer passport's back cover), the card taken as the whole page;
# and when nothing of a front lies on that card: no face (found, unconfirmed, or in a picture), no ghost found, no
# front label (name, date of birth), no document number's label (a value read under it or not), no passport data
# page. Its pictures are then no portraits (``BACK_PICTURE``): blacked out, but no front to want a ghost and a
# number, and no portrait whose copies verification searches (a seal's copies are the card's rosettes: tuning family3
# seed 25, a licence's back refused for 'copy of the portrait left visible'; faces are still searched on the whole
# page). Fail closed all the same: verification still refuses a page where a picture, a face or a number is left
# visible, and a card showing any face is a front (but for a face printed as line art, ``PICTURE_FACE_SPAN``).
BACK_CARD = "back_card"  # a region outlining a card told as a back (never blacked out)
BACK_PICTURE = "back_picture"  # the source of a picture on such a card (blacked out, no portrait)
PICTURE_FACE = "picture_face"  # a face found inside a picture (``face.faces_in_pictures``; never blacked out)
FRONT_SOURCES = ("face", UNCONFIRMED, "ghost")


def _centre_on(card: Region, box: tuple[float, float, float, float]) -> bool:
    """Whether the centre of ``box`` (x0, y0, x1, y1) lies on the card outlined by ``card``'s polygon."""
    outline = np.array(card.polygon, dtype=np.float32)
    return cv2.pointPolygonTest(outline, ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2), False) >= 0


# A Dutch 2021 card prints its ghost on the back, beside the BSN, and the face cascade may find the ghost's face inside
# its picture (tuning family3 seed 41 page 1, a back alone: a 51 px face in a ghost 89 px wide, the band 450 px long
# as a TD1 line holds it): counted as a front's, that face made the back a front wanting a ghost of its own ('ghost
# portrait not found'). A ghost is a portrait printed small: on the tuning truth (family3 seeds 40, 41, 54, 55, every
# document with a band) portraits are 0.27-0.37 of the band's length wide and ghosts 0.10-0.18, and a face the cascade
# finds in a picture is about 0.57 as wide as it (that page), so a portrait's face is 0.15 of the band's length or
# more and a ghost's 0.11 or less. On a card told as a back by its band and a back's sign, a face found only inside a
# picture (``PICTURE_FACE``) narrower than GHOST_FACE_WIDTH of the band's length is the ghost's face, no front's sign.
# A face the page's cascade found (``face``, unconfirmed) still makes any card a front, whatever its size, and so
# does every other sign of a front; the picture is blacked out as every back's picture is, and verification still
# looks for faces, pictures and copies on the whole page.
GHOST_FACE_WIDTH = 0.13


# The page's face cascade fires on a back's seal, star emblem or rosette too, and the second cascade may confirm it
# (tuning family3 seed 99: page 28, a residence permit's back under its front, a "face" on the back's star seal;
# page 6, a German card's back beside a permit's back, a "face" in its rosette). Counted as a front's sign, it made the
# back a front that wanted a document number and a ghost of its own, printed nowhere ('front side or data page without
# its document number found'). A portrait is a photograph, and such a face is line art on the card's tint: the picture
# search finds a portrait as a picture around its face, wider than it (tuning family3 seeds 95 and 99: every portrait
# whose face the cascade found, 2.1-3.2 faces wide), and its face box holds a face's dark and light tones, where the
# seal's holds the card's pale tint and thin lines (seed 99: grey levels spread 16-24 on the seals' face boxes, 210-228
# on the portraits'; seed 95 pages 3 and 18, a "face" on a licence back's seal beside its categories table). On a
# card told as a back by its band and a back's sign, or by a licence's categories table, or on a passport's BSN page
# (``_bsn_page``; seed 105 page 21, a "face" on each of its two issuing stamps, 25-30 grey levels), a face found where
# both say print - its centre in no picture PICTURE_FACE_SPAN faces wide, and its face box's tones (``_tones``) spread
# less than PRINT_FACE_SPREAD grey levels - is no front's sign: the card stays a back, and the face's box is blacked out
# as a back's picture is (``BACK_PICTURE``: no portrait, no template for copies, no ghost to want). Any other sign of a
# front (a face in a picture or printed with a face's tones, a front's label, a document number's label, a ghost of a
# face but for one found on such a face, ``_on_print``) still makes the card a front, and verification still looks for
# faces, pictures and numbers on the whole page.
PICTURE_FACE_SPAN = 1.5
PRINT_FACE_SPREAD = 100.0


def _print_faces(gray: np.ndarray, regions: list[Region], cards: list[Region]) -> list[Region]:
    """The face regions of ``regions`` centred on ``cards`` that are print, no portrait's face (see above)."""
    pictures = [r.bbox() for r in regions if r.type == "photo" and r.source in ("portrait_like", PART)]
    out = []
    for r in regions:
        if r.type != "photo" or r.source not in ("face", UNCONFIRMED):
            continue
        if not any(_centre_on(c, r.bbox()) for c in cards):
            continue
        x, y, w, h = _face_box(r.bbox())
        cx, cy = x + w / 2, y + h / 2
        if any(p[0] <= cx <= p[2] and p[1] <= cy <= p[3] and p[2] - p[0] >= PICTURE_FACE_SPAN * w for p in pictures):
            continue
        if _tones(gray, (x, y, w, h))[0] < PRINT_FACE_SPREAD:
            out.append(r)
    return out


def _front_on(
    card: Region, regions: list[Region], ghost_face: float = 0.0, print_faces: list[Region] | None = None
) -> bool:
    """Whether anything of a front lies on ``card`` (see above); ``ghost_face``: the width in pixels under which a face
    found in a picture is a ghost's (see ``GHOST_FACE_WIDTH``; 0: none is); ``print_faces``: face regions that are no
    front's sign (see ``PICTURE_FACE_SPAN``)."""
    print_ids = {id(r) for r in print_faces or ()}
    prints = [r.bbox() for r in print_faces or ()]
    for r in regions:
        front = (
            (r.type == "photo" and r.source in FRONT_SOURCES and id(r) not in print_ids and not _on_print(r, prints))
            or (r.type == PICTURE_FACE and r.bbox()[2] - r.bbox()[0] >= ghost_face)
            or r.type.startswith("front_")
            or (r.type == "document_number" and r.source in ("label", GUESSED))
        )
        if front and _centre_on(card, r.bbox()):
            return True
    return False


# A passport's BSN page prints its issuing stamp twice, a large pale one and a smaller one in colour (tuning family3
# seed 105 page 21): the cascade finds a "face" on each, and the ghost searches, matching the one as a small copy of the
# other, find a "ghost" on the smaller stamp. Both faces are print by the rule above (their face boxes spread 25-30 grey
# levels, in no picture), and the BSN page is a back by what it prints (``_bsn_page``): a ghost found where a face that
# is print lies is that print found again, no front's sign either. It stays blacked out, as every ghost found; a ghost
# found anywhere else still makes its card a front, and verification still looks for faces and copies on the page.
def _on_print(region: Region, print_faces: list[tuple[float, float, float, float]]) -> bool:
    """Whether ``region`` is a ghost whose centre lies in one of the boxes (x0, y0, x1, y1) of faces that are print."""
    if region.source != "ghost":
        return False
    x0, y0, x1, y1 = region.bbox()
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return any(a <= cx <= c and b <= cy <= d for a, b, c, d in print_faces)


def _bsn_page(regions: list[Region], bands: list[Band]) -> bool:
    """Whether the page is a BSN page (see above): no band, a BSN label or an observations page's header
    (``fields.OBSERVATIONS``) and a valid BSN, no document number."""
    return (
        not bands
        and any((r.type == "bsn" and r.source == "label") or r.type == OBSERVATIONS for r in regions)
        and any(r.type == "bsn" and r.source == "ocr" for r in regions)
        and not any(r.type == "document_number" for r in regions)
    )


# A licence's categories table read in part gives a card of its part only: a Dutch licence's back on A4 at 200 dpi,
# its codes 8 px tall, read from 'A' to 'D1' (tuning seed 2085 page 23): the table taken 275 px wide of the card's 690,
# and a piece of the seal's rosette beyond it, photo-like to verification, refused the back. Such a table lies on a
# card on white paper (``ocr.paper_cards``): the card is that card, when it holds the table's middle, is shaped as one
# card (TABLE_CARD_ASPECT, its longer side over its shorter: an ID-1 card is 1.59; two cards side by side are twice
# that, two stacked 0.8) and the table spans TABLE_CARD_SPAN of its height at least (a card the page's scan merged
# with the paper's edge is larger). Only the card as a back is grown: whatever of a front lies on it still makes it
# a front (``_front_on``).
TABLE_CARD_ASPECT = (1.35, 1.85)
TABLE_CARD_SPAN = 0.3


def _table_card(table: Region, gray: np.ndarray | None) -> Region:
    """The card a licence's categories ``table`` (a ``BACK_SIDE`` region) is printed on (see above), or the table."""
    if gray is None:
        return table
    x0, y0, x1, y1 = table.bbox()
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    for a, b, c, d in paper_cards(gray):
        long, short = max(c - a, d - b), min(c - a, d - b)
        if not (a <= cx <= c and b <= cy <= d) or not short:
            continue
        if TABLE_CARD_ASPECT[0] <= long / short <= TABLE_CARD_ASPECT[1] and y1 - y0 >= TABLE_CARD_SPAN * (d - b):
            return Region(table.type, table.source, ((a, b), (c, b), (c, d), (a, d)))
    return table


# A passport spread shows the page facing the data page above it (the booklet's fold along the data page's top edge),
# and on a Dutch passport that page is the observations page ('OPMERKINGEN / OBSERVATIONS'): an emblem over a rosette,
# the holder's signature, the BSN on older ones, no portrait. Its emblem is photo-like in pieces to verification, and
# the spread was refused for them, the emblem's core boxed (tuning seed 2086 page 10, a 2014 passport's spread at 586
# x 781 px). The page above each TD3 band, from FACING_PAGE[0] to FACING_PAGE[1] band lengths above the band's middle
# (a TD3 page is 0.79 band lengths high, its top 0.70 above the band; the data page's top margin left out), as wide as
# the data page and FACING_PAGE[2] more at each side, is a back when an observations header is read on it and nothing
# of a front lies on it (``_front_on``: no face, no ghost, no front label): its small pieces are blacked out as a
# back's (``_back_pieces``).
FACING_PAGE = (0.8, 1.6, 0.1)


def _facing_pages(regions: list[Region], bands: list[Band], shape: tuple[int, ...]) -> list[Region]:
    """The observations pages facing the data pages of ``bands`` on which a header of one is read (see above)."""
    headers = [r for r in regions if r.type == OBSERVATIONS]
    out = []
    for b in bands:
        if not is_td3(b) or not headers:
            continue
        low, high, side = FACING_PAGE
        outline = document_outline(b, (side, side), high, -low)
        page = Region(BACK_CARD, "facing", outline)
        if any(_centre_on(page, h.bbox()) for h in headers):
            out.append(page)
    return out


def _back_cards(
    regions: list[Region],
    bands: list[Band],
    shape: tuple[int, ...],
    picture_ghosts: list[Region] | None = None,
    gray: np.ndarray | None = None,
) -> list[Region]:
    """``BACK_CARD`` regions for the cards the page shows as backs (see above); ``picture_ghosts``: ghosts found of a
    picture no face was found in, which make no card told by its band and a back's sign a front (see below);
    ``gray``: the page, whose faces printed as line art on such a card are no front's sign (``PICTURE_FACE_SPAN``)."""
    signs = [r for r in regions if (r.type == "bsn" and r.source == "label") or r.type in (BACK_SIDE, BACK_LABEL)]
    cards: list[tuple[Region, float]] = []  # each card, and the width under which a face in a picture is a ghost's
    for b in bands:
        if is_td3(b):
            continue
        outline = _ghost_back_marker(b, shape)
        if any(_centre_on(outline, s.bbox()) for s in signs):
            length = min(b.length, TD1_LINE * b.line_height)  # a band found too long must not make a face look small
            cards.append((Region(BACK_CARD, "mrz", outline.polygon), GHOST_FACE_WIDTH * length))
    # Each reading of a table (grey, binarised, card by card) gives its own extent: each is the card's.
    cards += [(Region(BACK_CARD, "label", _table_card(r, gray).polygon), 0.0) for r in regions if r.type == BACK_SIDE]
    if _bsn_page(regions, bands):
        h, w = float(shape[0]), float(shape[1])
        cards.append((Region(BACK_CARD, "bsn", ((0.0, 0.0), (w, 0.0), (w, h), (0.0, h))), 0.0))
    if any(is_td3(b) for b in bands):
        # A passport's data page is on the page: its pictures stay portraits wherever they are, but on the
        # observations page facing it (see ``_facing_pages``).
        cards = [(c, 0.0) for c in _facing_pages(regions, bands, shape)]
    # A picture on a back is an emblem or a seal, and the ghost searches take any faceless picture for a portrait: its
    # "ghosts" are the card's rosettes and guilloche (tuning family3 seed 86 page 20, a German card's back alone: its
    # star seal a picture, a 'ghost' of it found in the guilloche beside the height, the back a front refused without
    # its number). On a card told as a back by its band and a back's sign, such a ghost is no front's sign; a face,
    # a front's label and a ghost of a face still are. (They stay blacked out as every ghost and picture.)
    weak = {id(g) for g in picture_ghosts or ()}
    signs_of_front = [r for r in regions if id(r) not in weak]
    # A face printed as line art on such a card, on a licence's back told by its table, or on a BSN page, is print too
    # (see ``PICTURE_FACE_SPAN`` and ``_on_print``; only with the page's pixels).
    print_faces = [] if gray is None else _print_faces(gray, regions, [c for c, _ in cards])
    return [
        c
        for c, ghost_face in cards
        if not _front_on(c, signs_of_front if c.source == "mrz" else regions, ghost_face, print_faces)
    ]


def _band_box(band: Band) -> tuple[float, float, float, float]:
    """A box (x0, y0, x1, y1) at the band's centre."""
    x, y = band.center
    return (x, y, x, y)


def _back_pictures(regions: list[Region], cards: list[Region]) -> list[Region]:
    """``regions`` with the pictures on the back ``cards`` relabelled ``BACK_PICTURE``, and the cards added."""
    if not cards:
        return regions
    # Every face left on a back is one ``_back_cards`` found to be print (any other made its card a front).
    out = [
        Region("photo", BACK_PICTURE, r.polygon)
        if r.type == "photo"
        and r.source in ("portrait_like", "face", UNCONFIRMED)
        and any(_centre_on(c, r.bbox()) for c in cards)
        else r
        for r in regions
    ]
    return out + cards


# A card's back may print the ghost portrait (the Dutch identity card: tuning bench_id_captures draws it on half the
# Dutch backs, bench_id_release and bench_id_photocopy on theirs), and when the front is shown beside it, the front's
# ghost found was counted for the page: a back's ghost the finder missed was released (seed 812 page 7, a card pair at
# -9.7 deg: the back's ghost 68 % black; --fronts printed seed 900 page 2: 0 %, two faces left on it). So on a page that
# shows a front, each card back (a TD1 band on a card where no portrait was found: a band beside the portrait is that
# front's own, as the tuning family id_images prints it) is a side that must have a ghost found on it (its centre
# within the card around the band: GHOST_BACK_FRAME, in band lengths beside, above and below it), counted with the
# fronts' ghosts.
# A back alone is handled as before (``_back_ghosts``; verification decides). Only backs whose MRZ names a state whose
# card prints no portrait on its back are exempt (Belgium, Germany: the tuning generators print no ghost on their
# backs, and those cards print their portraits on the front only); any other or unread state is held to the rule, so
# for real documents it can cost a release (a Dutch back printed without a ghost, an MRZ misread) but never let a
# ghost through unfound: fail closed.
# The state is read where ICAO 9303 prints it on a card's first line (after the two-letter document code), or one
# character before or after that place: OCR of photocopies and small scans drops or misreads the code's letters (tuning
# family3 seed 1 page 10, a German card's back read 'DD<<RWLN…' for 'IDD<<RWLN…'; seed 5 page 16, '1DBEL…' for
# 'IDBEL…'), and the old rule, a code letter and the state at the line's start, held those backs to the rule. Only a
# first line counts: STATE_DIGITS digits among the DOCUMENT_CHARS characters after the state (the document number; a
# name line - 'ABEL<<JAN', 'ED<<ANNA' - has none). A Dutch line ('I<NLD' and a number) holds no such state anywhere in
# reach, whichever character OCR drops.
GHOSTLESS_BACKS = ("BEL", "D<<")
STATE_AT, STATE_SHIFT = 2, 1
STATE_DIGITS, DOCUMENT_CHARS = 3, 12
DOCUMENT_LENGTH = 9  # a TD1 card's document number, followed by its check digit (ICAO 9303)
MRZ_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# OCR-B characters tesseract reads for one another on small scans (tuning family3 seed 4 page 7: 'XCMZJ2IVK9' for
# 'XCMZJ2JVK9'); one of the number's characters may be either.
LOOKALIKES = {
    "0": "O",
    "O": "0D",
    "D": "O",
    "1": "IL",
    "I": "1JL",
    "J": "I",
    "L": "1I",
    "5": "S",
    "S": "5",
    "8": "B",
    "B": "8",
    "2": "Z",
    "Z": "2",
}
GHOST_BACK_FRAME = ((0.05, 0.05), 0.55, 0.1)  # a TD1 card reaches ~0.47 band lengths above its band


def _prints_back_ghost(band: Band, mrz_lines: list[str]) -> bool:
    """Whether ``band`` is a card's back (TD1) that may print a ghost: its MRZ (``mrz_lines``, as read) names no state
    in ``GHOSTLESS_BACKS``."""
    if is_td3(band):
        return False
    return not any(_ghostless_state(line.replace(" ", "")) for line in mrz_lines)


def _ghostless_state(line: str) -> bool:
    """Whether ``line`` (an MRZ line as read, spaces out) is a card's first line naming a state of ``GHOSTLESS_BACKS``
    at its place, give or take ``STATE_SHIFT`` characters."""
    for at in range(STATE_AT - STATE_SHIFT, STATE_AT + STATE_SHIFT + 1):
        after = line[at + 3 : at + 3 + DOCUMENT_CHARS]
        if line[at : at + 3] in GHOSTLESS_BACKS and (
            sum(c.isdigit() for c in after) >= STATE_DIGITS or _checked(after)
        ):
            return True
    return False


def _checked(after: str) -> bool:
    """Whether ``after`` (the characters after a card's state) starts with a document number and its ICAO check digit,
    one character of the number perhaps read as its look-alike (``LOOKALIKES``): a German number may hold a single
    digit or none (``IDD<<NLCLTCZGW7``), and a name line shows no digit after nine letters that checks them."""
    number, check = after[:DOCUMENT_LENGTH].upper(), after[DOCUMENT_LENGTH : DOCUMENT_LENGTH + 1]
    if not check.isdigit() or len(number) != DOCUMENT_LENGTH or not all(c in MRZ_CHARS for c in number):
        return False
    readings = [number] + [
        number[:i] + o + number[i + 1 :] for i, c in enumerate(number) for o in LOOKALIKES.get(c, "")
    ]
    return any(icao_check_digit(r) == check for r in readings)


def _ghost_back_marker(band: Band, shape: tuple[int, ...]) -> Region:
    """A region ``ghost_back`` outlining the card around a back's band (page pixels): counted, never blacked out."""
    beside, above, below = GHOST_BACK_FRAME
    frame = document_frame(band, band.length, shape, beside=beside, above=above, below=below)
    w, h = frame.size
    view = Region("ghost_back", "mrz", ((0.0, 0.0), (float(w), 0.0), (float(w), float(h)), (0.0, float(h))))
    return frame.to_page(view)


# A coat of arms, a hologram patch or a rosette is found as a picture too, and counted as a portrait (``_portraits``)
# it asked for a second ghost the front never prints (tuning bench_id_captures --fronts printed seed 900: emblems
# 0.31-0.52 as wide as the page's portrait, portraits 1.0). A picture at most PICTURE_SIZES[1] (0.6) as wide as another
# picture on the page (a merged one: as its widest part) is not counted as a portrait: the ghost search already takes it
# for what may be that picture's ghost and never searches from it (``face.smaller_copy``), so counted it could only be
# vouched for by a ghost found for another portrait. It is blacked out as before, verification still wants it black
# and searches copies of it, a face the cascade finds in it is counted as a portrait of its own, and fronts are also
# counted by their labels.


def _portraits(regions: list[Region]) -> int:
    """Portraits found (see ``_portrait_boxes``)."""
    return len(_portrait_boxes(regions))


# A picture at a ghost's place is taken for that ghost found as a picture (a large ghost is portrait-sized too) only
# when the page shows a portrait elsewhere for it to be the ghost of: a ghost is a smaller copy of a portrait, never
# the only picture of a face on the page. Else a false ghost claimed on the portrait itself made the portrait vanish
# from the count, and a front with its portrait visible passed as a back side alone (tuning bench_id_captures seed 811
# page 7 levelled: a copy of the portrait's shoulders found on its other shoulder, the page counted 0 fronts, whole-page
# OCR read nothing of the tinted card, released with its document number 43 % covered). A page that holds a portrait
# is a front, whatever the ghost search says.


def _portrait_boxes(regions: list[Region]) -> list[tuple[float, float, float, float]]:
    """The portraits found (x0, y0, x1, y1): face and portrait-sized picture regions, one per place (a face's box and
    the picture around it are one portrait when either's centre lies in the other), a picture where a ghost was found
    not counted when another portrait is shown (see above)."""
    ghosts = [r.bbox() for r in regions if r.type == "photo" and r.source == "ghost"]
    # Sized by the parts of a merged picture where it has some: a portrait merged with its hologram and ghost is
    # wider than the portrait, and a second document's portrait beside it is no smaller copy of it.
    parts = [r.bbox() for r in regions if r.type == "photo" and r.source == PART]
    pictures = [
        r.bbox()
        for r in regions
        if r.type == "photo" and r.source == "portrait_like" and not any(_within(p, r.bbox()) for p in parts)
    ] + parts
    boxes: list[tuple[float, float, float, float]] = []
    at_ghosts: list[tuple[float, float, float, float]] = []
    for r in regions:
        if r.type != "photo" or r.source not in ("face", "portrait_like"):
            continue
        box = r.bbox()
        if r.source == "portrait_like" and smaller_copy(box, pictures):
            continue  # an emblem or a ghost, no portrait (see above)
        if any(_at_ghost(box, g) for g in ghosts):
            if not any(_one_place(box, b) or _stacked(box, b) for b in at_ghosts):
                at_ghosts.append(box)
            continue
        if not any(_one_place(box, b) or _stacked(box, b) for b in boxes):
            boxes.append(box)
    # No portrait but at a ghost's place: those pictures are the portraits (one per place), and no ghost of theirs.
    return boxes or at_ghosts


# A portrait is sometimes found as two pictures, its darker upper part and its shoulders below, the lower one no
# further under the upper than STACKED_GAP of its width (tuning bench_id_release seed 502 pages 18 and 22: gaps of
# 0.09 and 0; two cards stacked on a scan leave their fields or MRZ between their portraits).
STACKED_GAP = 0.15


def _stacked(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Whether one picture (x0, y0, x1, y1) lies right under the other, within its width: one portrait."""
    top, low = (a, b) if a[1] <= b[1] else (b, a)
    across = min(top[2], low[2]) - max(top[0], low[0])
    narrower = min(top[2] - top[0], low[2] - low[0])
    return across >= 0.8 * narrower and low[1] - top[3] <= STACKED_GAP * (top[2] - top[0])


# A picture at a ghost's place is that ghost found as a picture when it is at most GHOST_PICTURE_WIDTH times as wide as
# the ghost's box; a wider one holds the ghost (a portrait merged with its ghost and a hologram into one picture, tuning
# bench_id_captures --fronts printed seed 900 page 0: the ghost found from the portrait's part) and is still a portrait.
GHOST_PICTURE_WIDTH = 1.6
# A ghost printed right under its portrait merges with it into one tall picture, no wider than the portrait (tuning
# family3 seed 42 page 3, a residence permit: a picture 270 x 475 px over the portrait and its ghost, the ghost found
# centred on the true ghost, 0.77 of the picture's height down, in a box 191 px wide - under 1.6 times, so the ghost was
# taken for the portrait found again: 'ghost portrait not found'). A portrait's picture at least TALL_PICTURE times as
# tall as wide (a portrait alone: 1.2-1.35) holds a ghost found with its centre in its lower part, LOW_PART of its
# height or more down, below where a portrait's face is, and at no face found (either's centre in the other: a face
# there is the portrait's own, and a ghost at it the portrait found again): that ghost counts as found. Only for the
# ghost count: which pictures are portraits is decided as before (a tall picture over a ghost beside another portrait
# is that ghost's picture, no portrait: tuning family3 seed 40 page 3). Verification still looks for the ghost on the
# whole page.
TALL_PICTURE, LOW_PART = 1.5, 2 / 3


def _at_ghost(box: tuple[float, float, float, float], ghost: tuple[float, float, float, float]) -> bool:
    """Whether the picture ``box`` (x0, y0, x1, y1) is the ghost ``ghost`` found as a picture."""
    return _one_place(box, ghost) and box[2] - box[0] <= GHOST_PICTURE_WIDTH * (ghost[2] - ghost[0])


def _ghost_under_portrait(
    picture: tuple[float, float, float, float],
    ghost: tuple[float, float, float, float],
    faces: list[tuple[float, float, float, float]],
) -> bool:
    """Whether the tall ``picture`` holds ``ghost`` in its lower part, on no face (see ``TALL_PICTURE``)."""
    x0, y0, x1, y1 = picture
    cy = (ghost[1] + ghost[3]) / 2
    if y1 - y0 < TALL_PICTURE * (x1 - x0) or cy < y0 + LOW_PART * (y1 - y0):
        return False
    return not any(_one_place(f, ghost) for f in faces)


def _face_boxes(regions: list[Region]) -> list[tuple[float, float, float, float]]:
    """The faces found (x0, y0, x1, y1): confirmed or not, on the page or inside a picture."""
    return [
        r.bbox() for r in regions if (r.type == "photo" and r.source in ("face", UNCONFIRMED)) or r.type == PICTURE_FACE
    ]


def _one_place(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Whether either box's centre lies inside the other (x0, y0, x1, y1)."""

    def inside(p: tuple[float, float, float, float], q: tuple[float, float, float, float]) -> bool:
        cx, cy = (p[0] + p[2]) / 2, (p[1] + p[3]) / 2
        return q[0] <= cx <= q[2] and q[1] <= cy <= q[3]

    return inside(a, b) or inside(b, a)


def _distinct(boxes: list[tuple[float, float, float, float]]) -> int:
    """How many of the boxes (x0, y0, x1, y1) are different places: boxes whose centres lie within half a box of
    each other are one (the same ghost found from two portraits, or as a face and as a copy)."""
    centres: list[tuple[float, float, float]] = []
    for x0, y0, x1, y1 in boxes:
        cx, cy, size = (x0 + x1) / 2, (y0 + y1) / 2, max(x1 - x0, y1 - y0)
        if not any(abs(cx - x) < size / 2 and abs(cy - y) < size / 2 for x, y, _ in centres):
            centres.append((cx, cy, size))
    return len(centres)


def _ghost_found(regions: list[Region]) -> list[tuple[float, float, float, float]]:
    """The ghosts found (boxes x0, y0, x1, y1). A ghost at a portrait's place, of its size, is that portrait found again
    (see ``_portrait_boxes``): no ghost."""
    portraits = _portrait_boxes(regions)
    faces = _face_boxes(regions)
    return [
        r.bbox()
        for r in regions
        if r.type == "photo"
        and r.source == "ghost"
        and not any(_at_ghost(p, r.bbox()) and not _ghost_under_portrait(p, r.bbox(), faces) for p in portraits)
    ]


# Where only a card's back shown with a front wants its ghost, and the ghosts found off those backs are as many as the
# fronts, the ghost not found is that back's: an unnamed ghost is looked for on those backs only (``ghost_cover``, the
# card's outline around its band, ``GHOST_BACK_FRAME``, grown by BACK_LOOK_MARGIN of its size), not on the front,
# whose ghost was found and whose seal, signature or guilloche the strict look took for picture texture (tuning family3
# seed 17 page 15, seed 18 pages 3, 14 and 20: residence permits' front and back, the front's ghost found and blacked
# out, every ghost 100 % black, refused for the front's seal beside its signature). Verification still looks at the
# whole page. A front ghost the finder missed while a false one made up the count is no more at risk than on a page
# without that back. Greyscale pages keep the reason as before (see ``_redact_upright``).
BACK_LOOK_MARGIN = 0.1


def _ghost_areas(regions: list[Region], bands: list[Band]) -> list[tuple[float, float, float, float]] | None:
    """Where the ghosts not found may be (boxes x0, y0, x1, y1): the backs without a ghost found on them, when only
    backs want one (see ``BACK_LOOK_MARGIN``); None: anywhere on the page."""
    portraits = _portrait_boxes(regions)
    found = _ghost_found(regions)
    backs = [r for r in regions if r.type == "ghost_back" and not _ghost_on(r, portraits)]
    bare = [b for b in backs if not _ghost_on(b, found)]
    off_backs = [g for g in found if not any(_ghost_on(b, [g]) for b in backs)]
    if not bare or _distinct(off_backs) < _fronts(regions, bands):
        return None
    out = []
    for b in bare:
        x0, y0, x1, y1 = b.bbox()
        m = BACK_LOOK_MARGIN * max(x1 - x0, y1 - y0)
        out.append((x0 - m, y0 - m, x1 + m, y1 + m))
    return out


# A seal, a rosette or a patch of guilloche is found as a portrait-sized picture, or the face cascade fires on it, and
# counted as a portrait it made a second front that wanted a ghost of its own nowhere printed (tuning family3 seed 95:
# page 19, a passport's data page turned, a "face" in the guilloche of the remarks page above it, grey levels spread 44
# against the portrait's 236; page 3, a licence's front beside its back: a "face" on the back's seal, 52 against 250).
# Such print is faint, as a ghost is: its tones spread over a narrow band of light greys. For the ghost count only, a
# portrait whose box's tones spread at most FAINT_SPREAD as wide as those of another portrait on the page (``_tones``;
# not its median: a picture merged with the paper around it is mostly paper) is no portrait of its own: a ghost or an
# emblem beside that portrait (seed 95 page 17: a seal on the remarks page, 92 against 245). Only beside a portrait
# printed clearly: a page whose portraits are all faint counts them as before. Every box stays black, fronts are still
# counted by their labels and bands too, and verification still looks for every picture and copy left visible.
def _ghost_fronts(gray: np.ndarray, regions: list[Region], bands: list[Band]) -> int:
    """Fronts that want a ghost (``_fronts``), the faint portraits beside a clear one not counted (see above)."""
    portraits = _portrait_boxes(regions)
    boxes = [(x0, y0, x1 - x0, y1 - y0) for x0, y0, x1, y1 in portraits]
    spreads = [_tones(gray, b)[0] for b in boxes]
    top = max(spreads, default=0.0)
    clear = [s for s in spreads if not (s < top and s <= FAINT_SPREAD * top)]
    data_pages = sum(is_td3(b) for b in bands)
    return max(data_pages, _front_sides(regions), len(clear))


def _ghost_unverified(page: np.ndarray, regions: list[Region], bands: list[Band]) -> list[str]:
    """Why a front cannot be released: fewer ghost portraits found than fronts shown (see ``GREY_CHROMA``)."""
    fronts = _ghost_fronts(page if page.ndim == 2 else gray_of(page), regions, bands)
    if not fronts:
        return []
    portraits = _portrait_boxes(regions)
    found = _ghost_found(regions)
    # A band on the card that shows the portrait is that front's own (a card printing its MRZ on the front), no back.
    backs = [r for r in regions if r.type == "ghost_back" and not _ghost_on(r, portraits)]
    if _distinct(found) >= fronts + len(backs) and all(_ghost_on(b, found) for b in backs):
        return []
    if _distinct(found) >= fronts:
        return ["ghost portrait not found on a card's back side shown with a front: cannot verify it is covered"]
    where = "a greyscale front" if greyscale(page) else "a front side or data page"
    return [f"ghost portrait not found on {where}: cannot verify it is covered"]


# A ghost every search of ``_find`` missed, found as verification finds a copy left visible, but only where it stands
# out clearly from the page's other matches (``face.clear_copies``): looked for from each portrait, trimmed to its
# picture as verification trims it, off the ghosts found already, when fewer ghosts were found than fronts and backs
# want (``_ghost_unverified``). Verification still runs on the copy. Tuning bench_id_captures seed 813 page 0 (a faint
# ghost over guilloche) released by it; family3 seed 1 page 10 (a photocopy's ghost) found, still refused for the back.
def _clear_ghosts(gray: np.ndarray, regions: list[Region]) -> list[Region]:
    """Ghost regions for the clear copies of each portrait of ``regions`` not found yet."""
    portraits = _portrait_boxes(regions)
    known = [r.bbox() for r in regions if r.type == "photo" and r.source == "ghost"]
    out: list[Region] = []
    for box in portraits:
        others = [p for p in portraits if p != box]
        # The picture trimmed, else as given (as verification asks it); the whole portrait is no place for its copy.
        # A second copy when the first is found: a card's front and back side by side print the ghost twice
        # (``face.GHOST_COPIES``); it too must stand out from what is left, and may stand out only from another of the
        # pictures asked (a halftone ghost matches the whole portrait better than its trimmed part).
        found = 0
        for picture in dict.fromkeys(picture_in(gray, box)):
            while found < GHOST_COPIES and (copies := clear_copies(gray, picture, others, [*known, box], box)):
                out += [rect("photo", "ghost", *c) for c in copies]
                known += copies
                found += len(copies)
    return out


def _ghost_on(back: Region, boxes: list[tuple[float, float, float, float]]) -> bool:
    """Whether one of the ``boxes`` (x0, y0, x1, y1; ghosts or portraits) has its centre on the card ``back`` (its
    outline's polygon)."""
    outline = np.array(back.polygon, dtype=np.float32)
    return any(cv2.pointPolygonTest(outline, ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2), False) >= 0 for b in boxes)


def _front_sides(regions: list[Region]) -> int:
    """Front sides shown, counted by their date-of-birth labels (one per front; the band's frame and the
    whole page may read the same label twice), or 1 when only a name label was read."""
    labels = [r for r in regions if r.source == "label" and r.type.removeprefix("front_") in FRONT_FIELDS]
    births: list[tuple[float, float, float]] = []
    for r in labels:
        if r.type.removeprefix("front_") != "date_of_birth":
            continue
        x0, y0, x1, y1 = r.bbox()
        # The same line read twice, or its Dutch and English halves ("Geboortedatum / Date of birth"): within
        # a few label heights down and a card's half width across (another front is a card away).
        h = max(y1 - y0, 1.0)
        if not any(abs(x0 - bx) < 20 * h and abs(y0 - by) < 3 * h for bx, by, _ in births):
            births.append((x0, y0, y1 - y0))
    return len(births) or (1 if labels else 0)


# A document number found in an MRZ band is no printed number found: the band's own words match the number the band
# gave (``mrz_value``), and a data page whose printed number no reading found counted as one with its number found.
# When OCR misread the band's number, verification searched that misreading, not the printed number: tuning family3
# seed 9101 page 23, a 0.48 Mpx passport, the band read 'MIX7CTT05' for 'MJX7C7TD5' (its check digit holds by chance,
# so no check tells the misreading), the small red number top right read by no pass, released 0 % black. Numbers whose
# centre lies on a band that read as an MRZ holding a document number (``NUMBERED_BAND`` markers, see ``_mrz_bands``)
# are left out; a band found on a front's print gives no number, and the printed number read inside it still counts
# (family3 seed 45 page 12, a Belgian front). A front whose printed number only a guessed zone covered is refused now
# (family3 seed 84 page 3, seed 45 page 20): a release lost, never a number left.
NUMBERED_BAND = "mrz_numbered"


def _document_numbers(regions: list[Region]) -> list[Region]:
    bands = [r for r in regions if r.type == NUMBERED_BAND]
    return [
        r
        for r in regions
        if r.type == "document_number"
        and r.source in ("label", "shape", "ocr", "mrz_value")
        and not any(_centre_on(band, r.bbox()) for band in bands)
    ]


def _has_document_number(regions: list[Region]) -> bool:
    return bool(_document_numbers(regions))


def _document_number_places(regions: list[Region]) -> int:
    """Places on the page where a document number was found: boxes that overlap (the same number found by its label,
    its shape and its MRZ value, or read twice) are one place."""
    places: list[tuple[float, float, float, float]] = []
    for r in _document_numbers(regions):
        x0, y0, x1, y1 = r.bbox()
        for i, (a0, b0, a1, b1) in enumerate(places):
            if x0 <= a1 and a0 <= x1 and y0 <= b1 and b0 <= y1:
                places[i] = (min(x0, a0), min(y0, b0), max(x1, a1), max(y1, b1))
                break
        else:
            places.append((x0, y0, x1, y1))
    return len(places)


def _numbers_read_again(
    page: np.ndarray,
    gray: np.ndarray,
    regions: list[Region],
    bands: list[Band],
    policy: IdCopyPolicy,
    clock: _Clock,
    analyzer,  # noqa: ANN001
    values: Values,
) -> list[Region]:
    """On a page showing a front whose document number no reading found (it would be refused for that), the page read
    once more, whole, and searched as the finder searches a page's text, then each number-sized word read again alone
    (see ``number_reading``): the document numbers found so. Still none on a page tilted by a small angle: the same
    readings of the page levelled (see ``_levelled_numbers``)."""
    if not policy.require_document or not _fronts(regions, bands) or _has_document_number(regions):
        return []
    t = time.perf_counter()
    mrz = [np.array(r.polygon, dtype=np.float32) for r in regions if r.type == "mrz"]
    readings = [_ocr_page(gray, _page_ocr_width(gray, bands, policy)), card_words(gray)]
    found = _numbers_in(page, [_off_mrz(words, mrz) for words in readings], analyzer, values, policy)
    if not _has_document_number(found):
        boxed = [r for r in regions if r.type in policy.regions()]
        found += _levelled_numbers(page, gray, mrz, policy, analyzer, values, boxed)
        if not _has_document_number(found):
            found += _card_levelled_numbers(page, gray, mrz, policy, analyzer, values, boxed)
    clock.add("ocr_again", t)
    return found


# A passport prints its document number two or three times (top right, under the photo, perforated, on the facing
# page), and its MRZ a last time. A page showing an MRZ that gave no value (faint, cut off, its check digits broken),
# whose number no reading found where it stands and only a word read again alone rescued, leaves verification nothing
# to search the number's other printings for: synthetic/id_spreads seed 3 page 2 was released with 'No. TPC1YF4J5'
# top right over guilloche (read 'TPCiYFA4J5', boxed by no pass) and the number perforated, mirrored, through the
# facing page. On the batteries' released pages (id_spreads seeds 1-3, id_passports 3-5, id_booklets 1-3,
# id_family3 seeds 45 and 58) this refuses 3 unsafe releases (spreads seed 3 pages 2 and 6, booklets seed 2 page 8)
# and 2 safe ones (spreads seed 1 page 2, seed 2 page 8): a release lost, never a number left. A card's front shows
# no MRZ: its number read again alone is no reason (tests/test_id_copies_tilted_and_turned_numbers.py).
READ_AGAIN_ONLY = (
    "document number found only by reading a word again alone, and the MRZ shown gave no value to search its other"
    " printings for"
)


def _read_again_only(again: list[Region], values: Values, regions: list[Region]) -> bool:
    """Whether the document number of ``again`` (regions found by ``_numbers_read_again``) is the page's only one,
    on a page whose ``regions`` show an MRZ that gave no value (see ``READ_AGAIN_ONLY``)."""
    shows_mrz = any(r.type == "mrz" for r in regions)
    return shows_mrz and _has_document_number(again) and not values.document_numbers


# A page with one MRZ band is read in the band's frame (``_body``), not whole: a band found on a front's print (no front
# prints one) left the rest of the card unread by the finder, and the whole page, read here, was searched only for
# words to read again alone, never for the number's shape as read (tuning family3 seed 16 page 12, a German card front:
# 'P2JN04658' read whole on the page, the front refused 'without its document number'). The words read here are searched
# as the finder searches a page's text (``fields.body_regions``, its numbers and BSNs only: labels and what they say of
# the side are the finder's), then read again alone. Not the words read in an MRZ band: the band holds the document
# number too, and its words matched the number the band gave (``mrz_value``), a front whose printed number no reading
# found counted as one with its number found (tests/test_id_copies_fronts.py: a front with its fields painted out).
READ_AGAIN_TYPES = ("document_number", "bsn")


def _off_mrz(words: list[Word], mrz: list[np.ndarray]) -> list[Word]:
    """``words`` without those whose centre lies in an MRZ band's outline of ``mrz`` (polygons, the words' pixels)."""
    return [w for w in words if all(cv2.pointPolygonTest(band, ((w.x0 + w.x1) / 2, w.cy), False) < 0 for band in mrz)]


def _numbers_in(
    page: np.ndarray,
    readings: list[list[Word]],
    analyzer,  # noqa: ANN001
    values: Values,
    policy: IdCopyPolicy,
) -> list[Region]:
    """The numbers (and BSNs) found in ``readings`` of ``page`` (lists of words in its pixels, each searched on its own:
    two readings' words mixed make lines of neither) by the finder's text search; when no document number is found so,
    by reading each number-sized word again alone."""
    found = [
        r
        for words in readings
        for r in body_regions(words, analyzer, values, set(READ_AGAIN_TYPES), policy.margin)
        if r.type in READ_AGAIN_TYPES
    ]
    if not _has_document_number(found):
        found += reread_numbers(page, [w for words in readings for w in words], policy.margin)
    for words in readings:
        if _has_document_number(found):
            break
        # Still none: each line of digits read again alone (a number read in pieces, see ``number_reading``).
        found += reread_lines(page, words, analyzer, values, policy.margin)
    return _not_the_mrz_number(found, [w for words in readings for w in words], values)


# A number read again that is not the number the MRZ gave is no front's number found: on a residence permit's back the
# V-number's line of ten digits, read again levelled, counted as the front's number while the front's own, tilted 14.7°,
# was read by no pass nor by verification (tuning family3 seed 85 page 8, released with it 0 % black). Where the MRZ
# gave a number, a number read again counts only when its words hold that number (two characters may differ); any
# other is still blacked out, as ``DOUBTFUL``.
MRZ_NUMBER_MISREAD = 2


def _not_the_mrz_number(found: list[Region], words: list[Word], values: Values) -> list[Region]:
    if not values.document_numbers:
        return found
    wanted = [canonical(v) for v in values.document_numbers]
    out = []
    for r in found:
        if r.type == "document_number" and r.source != DOUBTFUL:
            x0, y0, x1, y1 = r.bbox()
            inside = "".join(w.text for w in words if x0 <= (w.x0 + w.x1) / 2 <= x1 and y0 <= w.cy <= y1)
            read = canonical(re.sub(r"[^A-Z0-9]", "", inside.upper()))
            if not any(contains_near(read, v, MRZ_NUMBER_MISREAD) for v in wanted):
                r = Region(r.type, DOUBTFUL, r.polygon)
        out.append(r)
    return out


# A card tilted by a small angle (a scan at 10-15 deg, a phone photo held askew) is read poorly as it is: tesseract's
# page reading splits or loses a line tilted so, and the front's number is read nowhere (tuning family3 seed 16 page 8,
# a Dutch card at 12.9 deg: its number read by no pass, the front refused 'without its document number'). Levelling the
# whole page before finding stays off (``LEVEL_SMALL_ANGLES``); here only a front that would be refused for its number
# is levelled by the angle of its lines of print (``orient.page_skew``), read as above (``_numbers_in``), and the
# numbers found there are boxed on the page as they lie: each box turned back with the page, along the tilted line.
# Also on a page with an MRZ band (read levelled by its band already, ``frame``): a band found on a front's print is no
# band, nor is its angle the card's (seed 16 page 8: one such band). Verification reads the copy as it lies, where no
# number was read: the levelled page is read once more with the boxes found painted out (``_readable_past``), and a
# number still readable there leaves the page refused for its number.


def _levelled_numbers(
    page: np.ndarray,
    gray: np.ndarray,
    mrz: list[np.ndarray],
    policy: IdCopyPolicy,
    analyzer,  # noqa: ANN001
    values: Values,
    boxed: list[Region] | None = None,
) -> list[Region]:
    """The document numbers (and BSNs) read on ``page`` levelled by its skew (see above), in page pixels; none when the
    page is level or no document number is found levelled. ``mrz``: the MRZ bands' outlines (page pixels), not read;
    ``boxed``: what the finder boxed already (page pixels), black in the copy (see ``_readable_past``)."""
    skew = page_skew(gray)
    if not skew:
        return []
    levelled, matrix = level(gray, skew)
    levelled_page, _ = level(page, skew)
    readings = [_ocr_page(levelled, _page_ocr_width(levelled, [], policy)), card_words(levelled)]
    bands = [cv2.transform(band[None], matrix)[0] for band in mrz]
    found = _numbers_in(levelled_page, [_off_mrz(words, bands) for words in readings], analyzer, values, policy)
    moved = [Region(r.type, r.source, tuple(through(matrix, x, y) for x, y in r.polygon)) for r in boxed or []]
    if not _has_document_number(found) or _readable_past(levelled, found, policy, analyzer, values, moved):
        return []
    back = cv2.invertAffineTransform(matrix)
    return [Region(r.type, r.source, tuple(through(back, x, y) for x, y in r.polygon)) for r in found]


def _readable_past(
    levelled: np.ndarray,
    found: list[Region],
    policy: IdCopyPolicy,
    analyzer,  # noqa: ANN001
    values: Values,
    boxed: list[Region] | None = None,
) -> bool:
    """Whether a number is still readable on the levelled page ``levelled`` (grey) with the boxes ``found`` painted out,
    read as verification reads a page without a band. Verification reads the copy as it lies, tilted, where no number
    was read at all: a number found levelled whose box missed a part of it, or another number left (a second card's),
    would go unread there. The page is then refused for its number, as before. ``boxed``: what the finder boxed
    already (levelled pixels), painted out too, as it is in the copy: a card's back shown beside its front kept its MRZ
    band and BSN readable here, and their digits refused every such page (tuning family3 seed 57 page 20, a Dutch card's
    two sides at 10.9 deg: 'HWLF6C3V5' read levelled, the band's digits read 'long number still readable', the front
    refused 'without its document number')."""
    painted = found + (boxed or [])
    plain = _unboxed(black_out(levelled, painted), painted)
    words = _ocr_page(binarised(plain), int(policy.ocr_width * VERIFY_WIDTH))
    return bool(text_problems(words, analyzer, values))


# Cards on a scan lie each at its own angle, and the page's skew is that of the card with the most print (tuning family3
# seed 98 page 20, a German card's front at -11.9 deg beside its back at 3.6 deg: the page levelled by 4.0, the back's,
# and the front's number 'L91MMNNV8' read by no pass, the front refused 'without its document number'). Still none
# found: each card lying on white paper (``ocr.paper_cards``) whose own skew (``orient.page_skew`` of the card cut out)
# differs from the page's by MIN_SKEW or more is levelled and read alone as the page is above (``_levelled_numbers``,
# the card's crop its page): its numbers are boxed on the page as they lie, and the card levelled is read once more with
# them and every box found painted out (``_readable_past``): a number still readable there leaves the page refused.


def _card_levelled_numbers(
    page: np.ndarray,
    gray: np.ndarray,
    mrz: list[np.ndarray],
    policy: IdCopyPolicy,
    analyzer,  # noqa: ANN001
    values: Values,
    boxed: list[Region],
) -> list[Region]:
    """The document numbers (and BSNs) read on each card of ``page`` levelled by its own skew (see above), page
    pixels; ``mrz``, ``boxed``: as ``_levelled_numbers`` takes them."""
    cards = paper_cards(gray)
    if len(cards) < 2:
        return []  # one card: its skew is the page's, read levelled already
    skew = page_skew(gray)
    found: list[Region] = []
    for x0, y0, x1, y1 in cards:
        crop = gray[y0:y1, x0:x1]
        if abs(page_skew(crop) - skew) < MIN_SKEW:
            continue
        bands = [band - np.array((x0, y0), dtype=np.float32) for band in mrz]
        moved = [Region(r.type, r.source, tuple((x - x0, y - y0) for x, y in r.polygon)) for r in boxed]
        numbers = _levelled_numbers(page[y0:y1, x0:x1], crop, bands, policy, analyzer, values, moved)
        found += [Region(r.type, r.source, tuple((x + x0, y + y0) for x, y in r.polygon)) for r in numbers]
    return found


# Verification reads the copy as it lies and tesseract reads a line tilted by 10-15 deg as noise: a number left there is
# read by no check (tuning family3 seed 58 page 8, a Dutch card's two sides at 12.6 and 8.9 deg: the front's number
# 'JQZ2PKDZ6' found by no reading, the finder content with a number-shaped misreading of the back's MRZ, the copy
# released with the number 1 % black). So a tilted copy (``orient.page_skew`` of the original) is read once more
# levelled, as the finder reads a front it levels (``_numbers_in``: the page, each card, each number-sized word alone),
# and its readings are checked as the copy's are. A number found so (a document number, or a long number the finder
# boxes as a possible BSN: a date of issue the finder did not read tilted) refuses the copy with LEVELLED_REASON, and
# its box (page pixels) is handed back: the copy is painted again with it and verified again from scratch, as a number
# cut by a box is (``CUT_GROW_ROUNDS``). The words only shape-like (``fields.DOUBTFUL``) do not refuse: verification's
# own checks of each reading decide for them.
LEVELLED_REASON, LEVELLED = "number readable on the copy levelled", "levelled_read"


def _levelled_left(
    original: np.ndarray,
    plain: np.ndarray,
    policy: IdCopyPolicy,
    analyzer,  # noqa: ANN001
    values: Values,
    found: list[Region] | None = None,
) -> list[str]:
    """Problems of the copy ``plain`` (grey, boxes painted out) read levelled by the skew of ``original`` (see above);
    empty when the original is level. ``found``: the numbers read so are added to it (page pixels)."""
    skew = page_skew(original)
    if not skew:
        return []
    levelled, matrix = level(plain, skew)
    readings = [_ocr_page(binarised(levelled), int(policy.ocr_width * VERIFY_WIDTH)), card_words(levelled)]
    problems = [problem for words in readings for problem in text_problems(words, analyzer, values)]
    # A document number found is boxed; a long number (a BSN's shape) only when a reading refuses the copy for one:
    # the finder's readings of a line of digits read a date as one too (tests/test_id_copies_find.py, a card at 4.4 deg:
    # its dates of birth and expiry read levelled as long numbers, boxed, and the next reading found the next).
    long_numbers = any("long number" in problem or "BSN" in problem for problem in problems)
    numbers = [
        r
        for r in _numbers_in(levelled, readings, analyzer, values, policy)
        if r.source != DOUBTFUL and (r.type == "document_number" or long_numbers) and _number_sized(r, readings)
    ]
    if not numbers:
        return problems
    if found is None:
        return [*problems, LEVELLED_REASON]
    # The number is boxed and the copy verified again from scratch: what else these readings found is found again then
    # if it is still there.
    back = cv2.invertAffineTransform(matrix)
    found += [Region(r.type, LEVELLED, tuple(through(back, x, y) for x, y in r.polygon)) for r in numbers]
    return [LEVELLED_REASON]


# A number's box is a line of print: at most NUMBER_LINES word heights tall and NUMBER_WIDTH long. A pair of words read
# far apart made a "number" across a copy's lines of noise (tests/test_id_copies_review.py, a card at 4.4 deg: 760 by
# 85 px, that boxed would black out a third of the card, refused where a person's boxes were given).
NUMBER_LINES, NUMBER_WIDTH = 4.0, 30.0


def _number_sized(region: Region, readings: list[list[Word]]) -> bool:
    """Whether ``region`` is as large as a number printed in the lines of ``readings`` (their median word height)."""
    heights = [w.y1 - w.y0 for words in readings for w in words if w.text.strip()]
    if not heights:
        return True
    line = float(np.median(heights))
    x0, y0, x1, y1 = region.bbox()
    return y1 - y0 <= NUMBER_LINES * line and x1 - x0 <= NUMBER_WIDTH * line


def _unboxed(out_gray: np.ndarray, regions: list[Region]) -> np.ndarray:
    """The redacted page with its black boxes painted in the paper's tone, for OCR and the face check
    only: the same information, but a glyph left half-covered by a box is no longer fused with the
    box, and a box's edge is no face. Only boxes that really are black in the output are painted: a
    failed redaction stays visible to the checks."""
    h, w = out_gray.shape
    mask = np.zeros((h, w), bool)
    for r in regions:
        x0, y0, x1, y1 = (int(v) for v in np.round(r.bbox()))
        x0, y0, x1, y1 = max(x0, 0), max(y0, 0), min(x1 + 1, w), min(y1 + 1, h)
        if x0 >= x1 or y0 >= y1:
            continue
        inside = np.zeros((y1 - y0, x1 - x0), np.uint8)
        cv2.fillPoly(inside, [np.round(np.array(r.polygon) - (x0, y0)).astype(np.int32)], 1)
        black = out_gray[y0:y1, x0:x1] <= 4
        if inside.any() and black[inside > 0].mean() >= 0.98:
            mask[y0:y1, x0:x1] |= (inside > 0) & black
    if not mask.any() or mask.all():
        return out_gray
    out = out_gray.copy()
    out[mask] = int(np.median(out_gray[~mask][::7]))
    return out


def _verify(
    out_gray: np.ndarray,
    regions: list[Region],
    band: Band | None,
    policy: IdCopyPolicy,
    analyzer,  # noqa: ANN001
    values: Values,
    clock: _Clock,
    original: np.ndarray,
    portraits: list[tuple[float, float, float, float]],
    glyph: float | None = None,
    given: bool = False,
    bands: list[Band] | None = None,
    cut: list[Run] | None = None,
    levelled: list[Region] | None = None,
) -> list[str]:
    """OCR the whole redacted page again (level, boxes painted out) and check it; look for faces and
    for an MRZ band in it. ``bands``: every MRZ band the finder saw (default: ``band``). The first check that finds a
    problem refuses the page, and the rest, which could only add reasons, are not run (``policy.all_reasons``: they
    are); the cheapest checks come first. ``cut``: the runs of a number cut by a box that refused it are added to it;
    ``levelled``: the numbers read on the copy levelled (``_levelled_left``), page pixels."""
    t = time.perf_counter()
    issues: list[str] = []
    try:
        for found in _checks(
            out_gray,
            regions,
            band,
            policy,
            analyzer,
            values,
            clock,
            original,
            portraits,
            glyph,
            given,
            bands,
            cut,
            levelled,
        ):
            issues += found
            if issues and not policy.all_reasons:
                break
    finally:
        clock.add("verify", t)
    return sorted(set(issues))


def _checks(
    out_gray: np.ndarray,
    regions: list[Region],
    band: Band | None,
    policy: IdCopyPolicy,
    analyzer,  # noqa: ANN001
    values: Values,
    clock: _Clock,
    original: np.ndarray,
    portraits: list[tuple[float, float, float, float]],
    glyph: float | None,
    given: bool,
    bands: list[Band] | None,
    cut: list[Run] | None = None,
    levelled: list[Region] | None = None,
) -> Iterator[list[str]]:
    """Verification's checks (see ``_verify``), each yielding the problems it found, cheapest first."""
    plain = _unboxed(out_gray, regions)
    # Any picture left unmasked may be a portrait the face detector does not recognise (fail closed: a logo or a
    # hologram costs a release, a portrait would cost the holder). More sensitive than the finding pass.
    if unmasked_photos(original, out_gray, glyph, [r for r in regions if r.type == "mrz"], boxed_ok=given):
        yield ["photo-like region still visible"]
    size = glyph or glyph_height(original)  # the glyph height the checks of cut pictures and glyphs scale by
    # The same question asked another way (another scale, the text binarised away, each black area's sides): a
    # picture that goes on past its box was cut by it, however the finder drew the box.
    if not given and cut_pictures(original, out_gray, size):
        yield ["picture goes on past its box"]
    if _bands_left(out_gray, bands if bands is not None else [band] if band else []):
        yield ["MRZ band still detected"]
    if mrz_left_beside(plain, bands if bands is not None else [band] if band else []):
        yield ["MRZ characters left beside the band"]
    t = time.perf_counter()
    if band is None:
        # Independent of the finding pass: a quarter larger and binarised (the finding pass read the grey page).
        view = binarised(plain)
        words = _ocr_page(view, int(policy.ocr_width * VERIFY_WIDTH))
    else:
        view = _contrast(page_frame(band, policy.verify_band_length, out_gray.shape).warp(plain))
        # Only the page's print (``face.content_box``): a small card on a large scan is the whole page enlarged to
        # the band's scale, and tesseract's sparse-text reading of that much blank paper, its grain thresholded into
        # speckle, ran past its 120 s deadline (fresh tuning family3 seed 82 page 1, a German card's back on A4: an
        # 8.4 Mpx view, 2nd-98th percentile 234-246 grey).
        content = content_box(view)
        if content is not None:
            view = view[content[1] : content[3], content[0] : content[2]]
        words = tesseract(view, "nld", 11)
    t = clock.add("verify_ocr", t)
    yield text_problems(words, analyzer, values)
    if values.observation_headers and observation_numbers(plain, values.observation_headers, size):
        # A number still read below a passport's observations header (see ``fields.observation_numbers``).
        yield [OBSERVATION_LEFT]
    t = clock.add("verify_ocr", t)
    # The MRZ's number shown mirrored (perforated through to a facing page), read flipped (see ``mirrored``).
    if mirrored_numbers(view, words, values.document_numbers):
        yield ["document number left readable mirrored"]
    t = clock.add("verify_ocr", t)
    # Each tinted card on white paper read again on its own (the finder may have read it only so: ``ocr.card_words``),
    # at another scale than the finder's.
    words = card_words(plain, scale=VERIFY_WIDTH)
    t = clock.add("verify_ocr", t)
    yield text_problems(words, analyzer, values)
    # And the page read levelled, when it is tilted (see ``_levelled_left``).
    found = _levelled_left(original, plain, policy, analyzer, values, levelled)
    clock.add("verify_ocr", t)
    yield found
    # A number a box ends inside (its rest left beside the box's end; a tilted or turned number crossing an upright
    # box's side), whoever drew the box: each run of print a box cut is read whole in the original, at its angle.
    yield numbers_cut(original, out_gray, size, analyzer, values, cut)
    # Glyphs whose tops or bottoms stick out of a box along its edge: a number's box set off its ink, whoever drew it.
    # Each such glyph's rest is boxed too when nothing else refused the page, and the copy verified again from scratch
    # (see INK_CUT_REASON).
    inked = ink_cut(original, out_gray, size)
    if inked:
        if levelled is not None:
            m = INK_CUT_MARGIN * size
            levelled += [rect("text", INK_CUT, x0 - m, y0 - m, x1 + m, y1 + m) for x0, y0, x1, y1 in inked]
        yield [INK_CUT_REASON]
    # A picture printed as a dot screen, cut by its box, whoever drew the box: its dots go on beside it.
    if halftone_cut(original, out_gray, size):
        yield ["halftone picture goes on past its box"]
    # A line of text printed turned (a number along a document's edge), not all black, whoever drew the boxes.
    if turned_left(original, out_gray, size):
        yield ["text printed turned (a number along an edge) left visible"]
    # Faces are looked for in the same box-free page: the edge of a black box is no face.
    face_view = plain if band is None else page_frame(band, FACE_BAND_PX, out_gray.shape).warp(plain)
    if any(
        visible(face_view, box)
        for box in faces(
            face_view, confirmed=True, scale=None if band is None else 1.0, min_side=24 if band is None else FACE_MIN_PX
        )
    ):
        yield ["face still detected"]
    # And on the whole page at one more scale, whatever the band says the document is: a portrait printed again on
    # a back side or outside the band's document, a face the first scale was too coarse for (tuning back side with a
    # ghost in a window, bench_id_release seed 502: released, a face found by the attack at 1000 px, not at 640).
    whole = min(1.0, VERIFY_FACE_SIDE / max(plain.shape[:2]))
    if any(visible(plain, box) for box in faces(plain, confirmed=True, scale=whole, min_side=20)):
        yield ["face still detected on the whole page"]
    # The ghost portrait is searched again near each portrait the finding pass saw.
    # (its copies where the upload holds them too: the boxes' paint is no print, see ``face.GHOST_HELD_BELOW``)
    if any(visible(plain, box) for face in portraits for box in ghost_faces(original, face, search=plain, held=True)):
        yield ["ghost portrait still detected"]
    # Smaller copies of each portrait blacked out (the ghost portrait), searched on the whole page.
    # Not a picture at a ghost's place: a large ghost is portrait-sized too, and its copies would be anything.
    ghosts = [r.bbox() for r in regions if r.type == "photo" and r.source == "ghost"]
    templates = [
        r.bbox()
        for r in regions
        if r.type == "photo"
        and (given or r.source in ("face", "layout", "portrait_like"))
        and not (r.source == "portrait_like" and any(_one_place(r.bbox(), g) for g in ghosts))
    ] + [(x - 0.15 * w, y - 0.15 * w, x + 1.15 * w, y + 1.15 * w) for x, y, w, _ in portraits]
    if uncovered_copies(original, out_gray, templates):
        yield ["copy of the portrait left visible"]


# A band shape left in the redacted page counts by its shape alone when it is at least this share as long as the
# shortest MRZ band the finder blacked out (and spans ``TRUSTED_LINE`` of the page, as before). With those bands boxed,
# the widest stack of lines left is often a card's own print the boxes cut to one length: on tuning family3 seed 88
# page 19 (a Dutch card pair turned a quarter) the header's two lines ended at the portrait's box, 262 px against the
# MRZ's 612; page 16 (a residence permit pair) labels and values 431 px against about 1,100; both refused for it, and
# both read 'SR', 'VJ HS' in MRZ type. The share keeps a TD1 card's band (80 mm) beside a passport's (125 mm: 0.64).
MRZ_PRINT_SHARE = 0.6


def _bands_left(gray: np.ndarray, found: list[Band]) -> bool:
    """An MRZ band in the redacted page: a band shape as wide as a trusted one (and, when the finder blacked out
    ``found`` bands, as long as the shortest of them by ``MRZ_PRINT_SHARE``), or any that reads as an MRZ."""
    shape = TRUSTED_LINE * gray.shape[1]
    if found:
        shape = max(shape, MRZ_PRINT_SHARE * min(b.length for b in found))
    for i, b in enumerate(find_bands(gray)):
        words = _read_mrz(gray, b)
        if sum(w.text.count("<") for w in words) >= MIN_FILLERS:
            return True
        if i == 0 and b.length >= shape and not _reads_as_print(words):
            return True
    return False


# Pages tilted by a small angle levelled before finding (``orient.page_skew``, ``orient.level``): off. On tuning
# bench_id_captures seed 811 page 7 (a tinted card pair on A4 at 7.55°) levelling made the ghost search find a false
# ghost on the portrait's lower part; the portrait then counted as that ghost, the page as a back side alone, and it was
# released with its document number 43 % covered (unsafe; quarantined unlevelled). On those 12 pages (the ones it
# levels; snapshots of a0802d4 without/with): 8/12 released, 0 unsafe, 1.84 CPU-s/Mpx -> 7/12, 1 unsafe, 2.54; also lost
# pages 20 ('photo-like region still visible', 'picture goes on past its box') and 22 ('ghost portrait still detected'),
# none gained. The false ghost is closed (a page that holds a portrait is a front: ``_portrait_boxes``), and page 22's
# false face on the card's edge (``_edge_face``); measured again on the 11 other pages it levels (seed 811, HEAD
# 38161de's tree, helper 110's uncommitted picture work in it, one run each, machine shared): off 8/11 released,
# 0 unsafe, 3.19 CPU-s/Mpx; on 7/11, 0 unsafe, 2.80 (page 22 lost, released on with ``_edge_face``: 8/11, none gained;
# page 7 quarantined either way). No gain on seed 811, so still off (seed 900 and bench_id_attack not measured with it).
LEVEL_SMALL_ANGLES = False


def _redact_page(
    page: np.ndarray,
    policy: IdCopyPolicy,
    analyzer,
    clock: _Clock,  # noqa: ANN001
    given: list[Region] | None = None,
) -> tuple[np.ndarray, PageResult]:
    """The page turned upright and levelled (see ``orient``), redacted and verified there, and turned back: the copy
    keeps the upload's orientation, and the boxes are reported in the upload's pixels. ``given``: boxes a person
    corrected (upload pixels), blacked out instead of the ones found; verified as usual. A levelled page is turned
    back from its verified copy (``orient.unlevel``: every pixel read from it), never redacted a second time."""
    t = time.perf_counter()
    gray = gray_of(page)
    turned, _ = page_turn(gray)
    clock.add("orientation", t)
    out, result = _redact_turned(page, gray, turned, policy, analyzer, clock, given)
    if given is None and NOT_RECOGNISED in result.problems:
        # Nothing recognised: the turn may be wrong (see ``orient.turn_by_cues``). Another turn is taken only where an
        # MRZ band reads with its fillers or a face shows, which only an upright page does, and kept only when the
        # finder recognises the page there.
        t = time.perf_counter()
        other = turn_by_cues(gray, turned)
        clock.add("orientation", t)
        if other is not None:
            out_other, result_other = _redact_turned(page, gray, other, policy, analyzer, clock, given)
            if NOT_RECOGNISED not in result_other.problems:
                return out_other, result_other
    return out, result


def _redact_turned(
    page: np.ndarray,
    gray: np.ndarray,
    turned: int,
    policy: IdCopyPolicy,
    analyzer,
    clock: _Clock,  # noqa: ANN001
    given: list[Region] | None = None,
) -> tuple[np.ndarray, PageResult]:
    """``_redact_page`` at the quarter turn ``turned`` (``gray``: the page in grey)."""
    t = time.perf_counter()
    skew = page_skew(upright(gray, turned)) if LEVEL_SMALL_ANGLES else 0.0
    clock.add("orientation", t)
    if not turned and not skew:
        return _redact_upright(page, policy, analyzer, clock, given)
    up = upright(page, turned)
    levelled, matrix = level(up, skew) if skew else (up, None)
    back = None if matrix is None else cv2.invertAffineTransform(matrix)

    def to_view(x: float, y: float) -> tuple[float, float]:
        p = point_up(x, y, turned, page.shape)
        return p if matrix is None else through(matrix, *p)

    def to_page(x: float, y: float) -> tuple[float, float]:
        p = (x, y) if back is None else through(back, x, y)
        return point_back(*p, turned, page.shape)

    if given is not None:
        given = [Region(r.type, r.source, tuple(to_view(x, y) for x, y in r.polygon)) for r in given]
    out, result = _redact_upright(levelled, policy, analyzer, clock, given)
    result.regions = [Region(r.type, r.source, tuple(to_page(x, y) for x, y in r.polygon)) for r in result.regions]
    if matrix is not None:
        out = unlevel(out, matrix, up.shape)
    return turn_back(out, turned), result


def _redact_upright(
    page: np.ndarray,
    policy: IdCopyPolicy,
    analyzer,
    clock: _Clock,  # noqa: ANN001
    given: list[Region] | None = None,
) -> tuple[np.ndarray, PageResult]:
    gray = gray_of(page)
    regions, values, bands = _find(gray, policy, analyzer, clock)
    missing: list[str] = []
    areas: list[tuple[float, float, float, float]] | None = None
    t = time.perf_counter()
    glyph = glyph_height(gray, [r for r in regions if r.type == "mrz" and r.source == "mrz_geometry"])
    clock.add("face", t)
    band = bands[0] if bands else None
    portraits = _portrait_faces(regions)
    if given is not None:
        # A person's boxes replace the proposal; the finding pass still runs, for what verification searches
        # (MRZ values, the portraits to look for ghosts around). The person vouches for the layout.
        regions, issues = given, []
    else:
        again = _numbers_read_again(page, gray, regions, bands, policy, clock, analyzer, values)
        regions += again
        issues = _understood(regions, bands) if policy.require_document else []
        if not issues and _read_again_only(again, values, regions):
            issues.append(READ_AGAIN_ONLY)
        if not issues and _mrz_bsn_unfound(values, regions):
            issues.append(MRZ_BSN_UNFOUND)
        if policy.require_ghost:
            missing = _ghost_unverified(page, regions, bands)
            if missing:
                regions += _clear_ghosts(gray, regions)
                missing = _ghost_unverified(page, regions, bands)
                areas = _ghost_areas(regions, bands) if missing else None
        wanted = policy.regions()
        cards = [r for r in regions if r.type == BACK_CARD] + _unsigned_backs(regions, bands, gray.shape)
        # Each number's and band's box grown to the glyphs it cuts: an OCR word box may sit low (boxes.GROW_REACH).
        # The finder reports a box once per reading that found it: each distinct box is grown once.
        grown = {r: grown_to_ink(gray, r) for r in dict.fromkeys(r for r in regions if r.type in wanted)}
        regions = [grown[r] for r in regions if r.type in wanted]
        if "document_number" in wanted:
            # A number printed turned along a document's edge, which OCR reads nowhere (see ``turned``).
            regions += turned_regions(gray, glyph)
        # And each picture's box to the picture as verification sees it, on a page it would refuse for one only
        # (see ``_grown_to_pictures``).
        regions += _grown_to_pictures(gray, regions, glyph)
        # And each dot screen a box cut, to all of it (see ``_grown_to_screens``).
        regions += _grown_to_screens(gray, regions, glyph)
        # And each picture that goes on past its box, to where it ends (see ``_grown_to_cut_pictures``).
        regions += _grown_to_cut_pictures(gray, regions, glyph)
        # And the small pieces of print on a back that verification would take for pictures (see ``_back_pieces``).
        pieces = _back_pieces(gray, regions, glyph, cards)
        regions += pieces
        if pieces:
            # (a piece's box cuts the seal or rosette it is of: grown to where that goes on, as every picture's box)
            regions += _grown_to_cut_pictures(gray, regions, glyph)
    t = time.perf_counter()
    out = watermark.apply(page, policy.watermark) if policy.watermark.enabled else page
    out = black_out(out, regions)
    t = clock.add("redact", t)
    if missing:
        # A ghost not found by name is covered when the card is understood and nothing of a picture is left outside
        # the black (see ``ghost_cover``); else the page is refused for it, as before. Not on a greyscale page: a
        # photocopy's ghost is the one released uncovered before (see ``GREY_CHROMA``), and lifting the reason there
        # released tuning family3 seed 13 page 10 (a German card's photocopy) with its document number boxed in part
        # only (46 % black; verification read nothing of it): there the ghost reason stays - but for a greyscale page
        # where only a card's back wants its ghost, every front's ghost found (``_ghost_areas``: the look confined to
        # those backs). A back printing no ghost was refused for it on every photocopy (tuning family3 seeds 95, 98
        # and 101 page 10: a residence permit's and a Dutch card's front and back, the front's ghost found and black);
        # a copy of the portrait pasted on those backs (44 pages: 3 places, 0.35 and 0.5 of its size, 12-70 % strong)
        # was released 100 % black on every one (the ghost search found it); one it misses the look sees, or the page
        # stays refused (tests/test_id_copies_greyscale_back_ghost.py).
        # (a faint ghost found as a smaller picture only, boxed with the rest of its shape: see ``_ghost_shapes``)
        shapes = [] if issues or not _portrait_boxes(regions) else _ghost_shapes(gray, regions, glyph)
        if shapes:
            out = black_out(out, shapes)
            regions += shapes
        covered = (
            None
            if issues or (greyscale(page) and areas is None) or not _portrait_boxes(regions)
            else _ghost_covered(gray, out, regions, glyph, areas)
        )
        if covered is None:
            issues += missing
        else:
            out, covers = covered
            regions += covers
        t = clock.add("verify", t)
    if not issues and given is None and policy.require_ghost:
        # A named ghost's box that holds the ghost's face but not all of its picture (see ``_ghosts_whole``).
        ghosts_whole = _ghosts_whole(gray, out, regions, glyph)
        if ghosts_whole is None:
            issues.append(GHOST_PAST_BOX)
        else:
            out, covers = ghosts_whole
            regions += covers
        t = clock.add("verify", t)
    if issues and not policy.all_reasons:
        # Refused by the finder already (a document it cannot vouch for, a ghost not found): verification only adds
        # reasons, never lifts one, so it is not run; the boxes and the preview are those proposed all the same.
        return out, PageResult(regions, issues, len(values.mrz_lines), found=_unique(values.found))
    out_gray = gray_of(out)
    clock.add("redact", t)
    cut: list[Run] = []
    levelled: list[Region] = []

    def verified_copy(given_boxes: bool) -> list[str]:
        """``_verify`` of the copy as it is now (``cut`` and ``levelled`` filled with what may be boxed more)."""
        return _verify(
            out_gray, regions, band, policy, analyzer, values, clock, gray, portraits, glyph, given_boxes, bands, cut,
            levelled,
        )  # fmt: skip

    verified = verified_copy(given is not None)
    # A number a box cut (see ``cut_runs``) is boxed whole, at its own angle, when nothing else refused the page: the
    # copy painted again and verified again from scratch, at most CUT_GROW_ROUNDS times. A second refusal stands.
    rounds = 0
    while (cut or levelled) and not issues and given is None and rounds < CUT_GROW_ROUNDS and _only_cut(verified):
        whole = grown_boxes(cut, gray.shape) if cut else []
        if whole is None:
            break
        rounds += 1
        t = time.perf_counter()
        more = [Region("document_number", CUT_RUN, polygon) for polygon in whole]
        more += [grown_to_ink(gray, r) for r in levelled]
        regions = regions + more
        out = black_out(out, more)
        out_gray = gray_of(out)
        clock.add("redact", t)
        cut, levelled = [], []
        verified = verified_copy(False)
    issues += verified
    return out, PageResult(regions, issues, len(values.mrz_lines), found=_unique(values.found))


# A Dutch document of the 2014 models carries its holder's BSN in the MRZ's optional data and prints it on the side
# that bears the MRZ (a passport's data page under 'Persoonsnummer', a card's back). Verification searches the copy
# for the values the finder read and the shapes it can read itself: a printed BSN that no pass read (faint, over a
# pattern) verification cannot read either, so nothing vouches that a box covers it (issue 13: a held-out 2014
# passport, both pages stacked, was released with its BSN wholly uncovered; tuning family3 seed 100 page 5 with its
# printed BSN faded to a tenth of its contrast was released with 80 % of it uncovered). A page whose MRZ gives a BSN
# and which shows a BSN's label off the band (so prints the BSN) is released only when a pass read that BSN in print
# off the band: a box whose words match the MRZ's BSN (``mrz_value``: up to two characters misread, whichever pass
# read it: the page, a card, a word read again) or a valid BSN read in the text (``ocr``). A label's zone or the strip
# beside it is where the BSN should be, not the BSN read (as a document number's, ``fields.GUESSED``); a long number's
# shape may be a date (the faded page: the expiry date under the label taken for its value). Without a BSN's label
# the page gives no sign that it prints the BSN and is judged as before: the older tuning families print a 2014
# passport's BSN in its MRZ only (tests/test_id_copies_ghost_fail_closed.py: a greyscale data page, its labels read,
# no BSN printed, released).
MRZ_BSN_UNFOUND = "BSN in the MRZ not found in print: cannot verify it is covered"
PRINTED_BSN_READ = ("mrz_value", "ocr")


def _mrz_bsns(values: Values) -> set[str]:
    """The nine-digit BSNs of ``values`` that the MRZ's lines hold (its optional data)."""
    mrz = "".join(values.mrz_lines).replace("<", "")
    digits = {re.sub(r"\D", "", b) for b in values.bsns}
    return {d for d in digits if len(d) == 9 and d in mrz}


def _off_bands(regions: list[Region]) -> list[Region]:
    """``regions`` whose centre lies on no MRZ band's box of ``regions`` (the band holds the BSN too)."""
    bands = [r for r in regions if r.type == "mrz"]
    return [r for r in regions if not any(_centre_on(band, r.bbox()) for band in bands)]


def _mrz_bsn_unfound(values: Values, regions: list[Region]) -> bool:
    """Whether the MRZ gave a BSN that the page prints (a BSN's label read off the band) and no pass read it in print
    off the band (see ``MRZ_BSN_UNFOUND``)."""
    if not _mrz_bsns(values):
        return False
    off_band = [r for r in _off_bands(regions) if r.type == "bsn"]
    printed = any(r.source == "label" for r in off_band)
    read = any(r.source in PRINTED_BSN_READ for r in off_band)
    return printed and not read


# A number a box ends inside refuses the copy (``cut_runs.numbers_cut``); the finder knows where that run of print lies,
# so it is boxed whole (``cut_runs.grown_boxes``: the run and a margin, turned as the run runs, never a run as long as
# half the page) and the page painted and verified again, at most CUT_GROW_ROUNDS times (a grown box may cut a run
# beside it). Only more black, and never released without a verification of the copy as released.
CUT_GROW_ROUNDS = 2
CUT_RUN = "cut_run"


# A box's edge that cuts glyphs, whatever their text (a picture the finder boxed over the lower half of a printed date:
# tuning family3 seed 113 upload 22, a Belgian card's photocopy, refused for "1964" half covered), leaves their rest
# visible: ``verify.ink_cut`` refuses the copy. The glyphs' rest (the cut glyph's box and INK_CUT_MARGIN glyph heights
# round it) is boxed as a number a box cut is (only more black) when nothing else refused the page, and the copy is
# verified again from scratch; a second refusal stands.
INK_CUT_REASON, INK_CUT = "ink cut by a box's edge: glyphs left partly visible", "ink_cut"
INK_CUT_MARGIN = 0.25


def _only_cut(issues: list[str]) -> bool:
    """Whether ``issues`` are all of a number cut by a box, read levelled or glyphs cut by a box's edge (and there are
    some): a box grown for it may release the copy."""
    return bool(issues) and all(
        issue.startswith(CUT_REASON) or issue in (LEVELLED_REASON, INK_CUT_REASON) for issue in issues
    )


def _ghost_left(
    gray: np.ndarray,
    out: np.ndarray,
    regions: list[Region],
    glyph: float,
    areas: list[tuple[float, float, float, float]] | None = None,
    named: list[tuple[float, float, float, float]] | None = None,
) -> list[str]:
    """What ``ghost_cover.left_visible_boxes`` first finds of a picture on the redacted page ``out``: an unnamed ghost
    may be it (``areas``: where it may be, see ``_ghost_areas``; None: anywhere)."""
    out_gray = gray_of(out)
    plain = _unboxed(out_gray, regions)
    seen = left_visible_boxes(
        gray, out_gray, plain, regions, _portrait_boxes(regions), glyph, within=areas, named=named
    )
    return [reason for reason, _ in seen][:1]


# A ghost the finder did not name that the strict look sees all the same (``ghost_cover``: faint texture, a face, a copy
# of the portrait) is blacked out there and looked for again, instead of refusing the page at once (tuning family3 seed
# 81 pages 5 and 23, a 2021 passport whose faint ghost over guilloche no ghost search found, a residence permit). What
# the look saw must be a ghost's size: at most GHOST_COVER_MOST places, none larger than GHOST_COVER_SIZE of the
# smallest portrait found (a larger picture keeps the refusal); each is boxed grown by GHOST_COVER_GROW of its size (a
# faint ghost's edges are fainter still than what the look saw of it) and on to where a picture it cuts ends. The page
# is released only when the look, asked again on the copy with those boxes, sees nothing: the argument of
# ``ghost_cover`` is unchanged (a ghost not under black is seen by it); only what it saw is now black. Verification
# then runs on the copy as on every other.
GHOST_COVER_MOST = 2
GHOST_COVER_GROW = 0.25
GHOST_COVER_SIZE = 0.5  # of the smallest portrait's box area: a ghost is printed at most about 0.7 as wide and high
# A ghost is a copy of the portrait, which ICAO 9303 prints 35 by 45 mm: what the look saw of it is boxed with the rest
# of that shape on every side, the part seen may be any part (tuning composed permit, family3 drawing, seed 814: a faint
# ghost whose lower part only the look saw, boxed 66 % of it, the top of the head left beside the box).
GHOST_ASPECT = 45 / 35


def _ghost_covered(
    gray: np.ndarray,
    out: np.ndarray,
    regions: list[Region],
    glyph: float,
    areas: list[tuple[float, float, float, float]] | None,
    named: list[tuple[float, float, float, float]] | None = None,
) -> tuple[np.ndarray, list[Region]] | None:
    """The copy ``out`` with what the strict look sees of an unnamed ghost blacked out, and those boxes; None when the
    look sees what is no ghost's size, or sees something still (see ``GHOST_COVER_MOST``; ``named``: see
    ``ghost_cover.left_visible_boxes``)."""
    out_gray = gray_of(out)
    portraits = _portrait_boxes(regions)
    plain = _unboxed(out_gray, regions)
    seen = left_visible_boxes(gray, out_gray, plain, regions, portraits, glyph, within=areas, named=named)
    if not seen:
        return out, []
    boxes = seen[0][1]
    smallest = min((p[2] - p[0]) * (p[3] - p[1]) for p in portraits)
    if len(boxes) > GHOST_COVER_MOST or any((b[2] - b[0]) * (b[3] - b[1]) > GHOST_COVER_SIZE * smallest for b in boxes):
        return None
    covers = []
    for x0, y0, x1, y1 in boxes:
        # (what was seen may be any part of a portrait-shaped ghost: the rest of that shape on every side of it)
        width = max(x1 - x0, (y1 - y0) / GHOST_ASPECT)
        height = max(y1 - y0, GHOST_ASPECT * width)
        gx = max(PICTURE_MARGIN * glyph, GHOST_COVER_GROW * (x1 - x0)) + width - (x1 - x0)
        gy = max(PICTURE_MARGIN * glyph, GHOST_COVER_GROW * (y1 - y0)) + height - (y1 - y0)
        covers.append(rect("photo", "ghost_cover", x0 - gx, y0 - gy, x1 + gx, y1 + gy))
    # (and on to where the picture a cover cuts ends, as the finder's boxes are: verification refuses a cut picture)
    covers += _grown_to_cut_pictures(gray, regions + covers, glyph)
    covered = black_out(out, covers)
    if _ghost_left(gray, covered, regions + covers, glyph, areas, named):
        return None
    return covered, covers


# A faint ghost whose top or corners fade into the paper (family3 drawn as another artist prints a ghost: its
# background dropped, its corners vignetted) is found by its darker part only, as a picture smaller than the portrait
# (``photo_like``, ``picture_extent``, a small ``portrait_like``), and nothing names it a ghost; the strict look of
# ``ghost_cover`` does not see the faded rest either, and the page was released with the ghost's top beside its box
# (tuning composed identity card, seed 831: 64 % of its ghost black). So on a front whose ghost was not named, each
# such picture printed faintly (its tones spread at most FAINT_SPREAD as wide as the clearest portrait's: no emblem,
# chip or hologram, which are printed as clearly as a portrait and sit beside numbers whose cut the copy was refused
# for: seed 812) is boxed with the rest of a portrait's shape on every side, as ``_ghost_covered`` boxes what the look
# saw. A picture that lies over a named ghost is left to ``_ghosts_whole``. Only more black.
# A picture found near a card's edge may be found with the paper beyond that edge (a card tilted on a white scan: the
# ghost's darker half, the card's edge and 40 px of white in one box, tuning composed identity card seed 820): the
# shape then grew into the paper and left the ghost's far side out (92.8 % black). So the shape is also made from
# the picture's box without its outer columns and rows of paper (GHOST_PAPER of their pixels within PAPER_NOISE of
# the paper's tone, on a page of white paper), and both shapes are boxed.
GHOST_SHAPE = "ghost_shape"
GHOST_SHAPE_SOURCES = ("picture_extent", "photo_like", "portrait_like")
GHOST_SHAPE_NAMED = 0.5  # of a picture's area over a named ghost's box: that ghost's own picture
GHOST_PAPER = 0.9


def _ghost_shapes(gray: np.ndarray, regions: list[Region], glyph: float) -> list[Region]:
    """Boxes of a portrait's shape around each faint picture smaller than a portrait on ``gray`` (see above)."""
    portraits = _portrait_boxes(regions)
    named = [r.bbox() for r in regions if r.type == "photo" and r.source == "ghost"]
    smallest = min((p[2] - p[0]) * (p[3] - p[1]) for p in portraits)
    clear = max(_tones(gray, (p[0], p[1], p[2] - p[0], p[3] - p[1]))[0] for p in portraits)
    paper = paper_tone(gray)
    out = []
    for r in regions:
        if r.type != "photo" or r.source not in GHOST_SHAPE_SOURCES:
            continue
        box = r.bbox()
        x0, y0, x1, y1 = box
        if (x1 - x0) * (y1 - y0) > GHOST_COVER_SIZE * smallest or any(_within(box, p) for p in portraits):
            continue
        if any(share_over(box, g) >= GHOST_SHAPE_NAMED for g in named):
            continue
        if _tones(gray, (x0, y0, x1 - x0, y1 - y0))[0] > FAINT_SPREAD * clear:
            continue
        trimmed = box if paper is None else _paper_trimmed(gray, box, paper)
        out += [_ghost_shape(b, glyph) for b in dict.fromkeys((box, trimmed))]
    return out


def _ghost_shape(box: tuple[float, float, float, float], glyph: float) -> Region:
    """A portrait's shape around a picture ``box`` that may be part of it, on every side (see ``_ghost_shapes``)."""
    x0, y0, x1, y1 = box
    width = max(x1 - x0, (y1 - y0) / GHOST_ASPECT)
    height = max(y1 - y0, GHOST_ASPECT * width)
    gx = PICTURE_MARGIN * glyph + width - (x1 - x0)
    gy = PICTURE_MARGIN * glyph + height - (y1 - y0)
    return rect("photo", GHOST_SHAPE, x0 - gx, y0 - gy, x1 + gx, y1 + gy)


def _paper_trimmed(
    gray: np.ndarray, box: tuple[float, float, float, float], paper: float
) -> tuple[float, float, float, float]:
    """``box`` without its outer columns and rows that are paper (see ``_ghost_shapes``); the box itself when it is
    all paper."""
    h, w = gray.shape[:2]
    x0, y0 = max(0, int(box[0])), max(0, int(box[1]))
    x1, y1 = min(w, int(np.ceil(box[2]))), min(h, int(np.ceil(box[3])))
    if x1 - x0 < 5 or y1 - y0 < 5:
        return box
    white = cv2.medianBlur(gray[y0:y1, x0:x1], 5) >= paper - PAPER_NOISE
    cols, rows = white.mean(axis=0) < GHOST_PAPER, white.mean(axis=1) < GHOST_PAPER
    if not cols.any() or not rows.any():
        return box
    xs, ys = np.flatnonzero(cols), np.flatnonzero(rows)
    return (
        max(box[0], float(x0 + xs[0])),
        max(box[1], float(y0 + ys[0])),
        min(box[2], float(x0 + xs[-1] + 1)),
        min(box[3], float(y0 + ys[-1] + 1)),
    )


# A ghost named by the finder is boxed from its face (``face.ghost_regions``: the face's place and width, a margin when
# it was found faint): a ghost printed wider than the face's proportions say, or tilted, goes on past that box, and
# verification's checks do not see the strip left (a faint ghost's strip is too pale for ``verify.cut_pictures``, too
# small for a face or a copy). So around each named ghost (GHOST_RING of its box's size) the strict look of
# ``ghost_cover`` is asked as for an unnamed ghost, its texture and its copy of the portrait over the named box (a strip
# is no face: the face look took a false face beside a portrait for one, tuning family3 seed 112 page 2; see
# ``ghost_cover.NAMED_COPY_OVER``), and what it sees there is covered as ``_ghost_covered`` covers it; the page is
# refused when the look still sees something. Only more black, or a refusal.
GHOST_RING = 0.1
GHOST_PAST_BOX = "ghost portrait goes on past its box"


def _ghosts_whole(
    gray: np.ndarray, out: np.ndarray, regions: list[Region], glyph: float
) -> tuple[np.ndarray, list[Region]] | None:
    """The copy ``out`` with what is left of a named ghost around its box blacked out, and those boxes; None when the
    strict look still sees something there."""
    named = [r.bbox() for r in regions if r.type == "photo" and r.source == "ghost"]
    if not named or not _portrait_boxes(regions):
        return out, []
    rings = []
    for x0, y0, x1, y1 in named:
        m = GHOST_RING * max(x1 - x0, y1 - y0)
        rings.append((x0 - m, y0 - m, x1 + m, y1 + m))
    return _ghost_covered(gray, out, regions, glyph, rings, named=named)


# The finder's picture boxes grown to the pictures verification counts (``photo.pictures_left``), but only where
# verification's own picture check would refuse the proposed copy: a picture a box cut, left visible in pieces beside
# it. Tuning bench_id_captures seed 813 page 2 (a Dutch card's front and back side by side, greyscale, on paper): the
# portrait's picture joined through its guilloche to the card's corner and its left edge, which were left beside the
# portrait's box; judged whole (``photo.flat_paper_edge``) the picture is a portrait, and the copy was refused for
# the card's edge. Grown on every page (GROW_TO_PICTURES), a page released before got a larger box on a pink desk, and
# the attack bench's face check agreed on the corner of two boxes over printed dates (bench_id_attack seed 3101
# capture 4, no face there; counted unsafe): a page verification releases as it is keeps its boxes. Only more black.
def _grown_to_pictures(gray: np.ndarray, regions: list[Region], glyph: float) -> list[Region]:
    """Boxes over what verification would see of the pictures the boxes of ``regions`` cut, and of those smaller than a
    portrait no box touches (``photo.pictures_left``'s ``small_too``), when it would see any."""
    mrz = [r for r in regions if r.type == "mrz"]
    if not any(r.type == "photo" for r in regions):
        return []
    left = unmasked_photos(gray, black_out(gray, regions), glyph, mrz)
    return pictures_left(gray, regions, glyph, mrz, grow=True, small_too=left) if left else []


# A picture printed as a dot screen (a ghost portrait) is found by its pixels only where its dots run together: the
# finder's closing fills a pale screen's dots with paper (``photo._deviation``), and the box held the dark core alone
# (tuning bench_id_captures seed 816 page 4, a Dutch back turned 90 deg: 38.8 % of its ghost black, released).
# Verification refuses a screen a box cut (``verify.halftone_cut``); the finder asks the same question of its proposed
# copy and boxes each such screen whole, a dot pitch and a margin around its dots. Only more black.
def _grown_to_screens(gray: np.ndarray, regions: list[Region], glyph: float) -> list[Region]:
    """Boxes over the whole of each dot screen a box of ``regions`` cuts on ``gray``."""
    margin = PICTURE_MARGIN * glyph
    cut = halftone_cut(gray, black_out(gray, regions), glyph, whole=True)
    return [rect("photo", "screen_extent", float(a), float(b), float(c), float(d), margin) for a, b, c, d in cut]


# A picture whose box holds its core only goes on beside the box, and verification refuses the copy for that ("picture
# goes on past its box", ``verify.cut_pictures``), however the finder drew the box: tuning family3 seed 17 page 2 (a
# passport's BSN page: a stamp's star boxed, its rings and the guilloche under them left around the box on all four
# sides) and seed 16 page 0 (a false ghost box on a Belgian card's signature, the signature's strokes left beside it).
# The finder asks verification's question of its proposed copy and boxes each strip where the picture goes on; the black
# area so grown is asked again, at most CUT_GROW_STEPS times (each step grows a side by verification's strip, at least
# a fifth of the area's shorter side; and CUT_OVERLAP glyph heights into the area and around, as the strips are measured
# at 7 px a glyph and would leave a pixel row between). A copy verification releases as it is keeps its boxes; one whose
# picture goes on further than that is refused as before. Only more black.
CUT_GROW_STEPS = 4
CUT_OVERLAP = 0.3


def _grown_to_cut_pictures(gray: np.ndarray, regions: list[Region], glyph: float) -> list[Region]:
    """Boxes over each strip beside a box of ``regions`` where the picture it covers goes on, grown step by step."""
    out: list[Region] = []
    for _ in range(CUT_GROW_STEPS):
        strips = cut_pictures(gray, black_out(gray, regions + out), glyph)
        if not strips:
            break
        out += [_to_corners(strip, CUT_OVERLAP * glyph) for strip in strips]
    return out


def _to_corners(strip: tuple[float, float, float, float], margin: float) -> Region:
    """A box over ``strip`` (beside a side of a black area) and on along that side by its own width at either end: the
    area's corners, which the strips of its sides leave out (a picture that goes on past two sides goes on past the
    corner between them, and a black area grown to a cross would be judged by the sides of its bounding box only)."""
    x0, y0, x1, y1 = strip
    if x1 - x0 < y1 - y0:  # beside a left or right side
        return rect("photo", "cut_extent", x0, y0 - (x1 - x0), x1, y1 + (x1 - x0), margin)
    return rect("photo", "cut_extent", x0 - (y1 - y0), y0, x1 + (y1 - y0), y1, margin)


# A back's security print (a seal, a rosette, guilloche rings) is photo-like in places to verification's picture check,
# which looks with a lower threshold than the finder, and a back alone was refused for such pieces left beside the
# seal's box (tuning family3 seed 13 page 1, a driving licence's back: four pieces of its rosette). A back prints no
# portrait (``_back_cards``): each such piece on a back card smaller than a portrait there (BACK_GHOST_WIDTH of the
# card's width, either side) is blacked out too. A piece as large as a portrait is left to verification, which refuses
# the copy: it may be the portrait of a front that the finder missed whole. Only more black.
def _back_pieces(gray: np.ndarray, regions: list[Region], glyph: float, cards: list[Region]) -> list[Region]:
    """Boxes over the pieces of picture left visible on the back ``cards`` that are smaller than a portrait."""
    if not cards:
        return []
    mrz = [r for r in regions if r.type == "mrz"]
    out = []
    for piece in unmasked_photos(gray, black_out(gray, regions), glyph, mrz):
        box = (piece.x0, piece.y0, piece.x1, piece.y1)
        for card in cards:
            x0, _, x1, _ = card.bbox()
            small = max(box[2] - box[0], box[3] - box[1]) < BACK_GHOST_WIDTH * (x1 - x0)
            if small and _reaches(card, box):
                out.append(rect("photo", BACK_PICTURE, *box, PICTURE_MARGIN * glyph))
                break
    return out


# A back alone whose small print OCR did not read (its field labels 5-6 px tall, no personal number's label) shows no
# back's sign, so its seal's rosette, photo-like in pieces to verification, refused it (tuning seed 2085 pages 2 and
# 17, a German and a Dutch 2014 card's back: pieces 0.05-0.10 of the card's width; held-out seed 2091: seven backs
# alone refused for pieces 0.06-0.13 band lengths wide). The card around a TD1 band on which nothing of a front lies
# (``_front_on``: no face, ghost, front label or document number's label) has its small pieces blacked out as a back's
# (``_back_pieces``) - but it stays unsigned: its pictures are still portraits to the ghost and number checks. A
# picture as large as a portrait is still left to verification, which refuses the copy. Only more black.
def _unsigned_backs(regions: list[Region], bands: list[Band] | None, shape: tuple[int, ...]) -> list[Region]:
    """The cards around the TD1 ``bands`` with nothing of a front on them; none when a passport's band is shown."""
    if not bands or any(is_td3(b) for b in bands):
        return []
    out = []
    for b in bands:
        card = _ghost_back_marker(b, shape)
        if not _front_on(card, regions, GHOST_FACE_WIDTH * min(b.length, TD1_LINE * b.line_height)):
            out.append(Region(BACK_CARD, "unsigned", card.polygon))
    return out


# A rosette printed at the card's edge has pieces that straddle the outline the band gives (tuning seed 2085 page 17: a
# piece whose centre lay a pixel past it): a piece any of whose corners lies on the card is the card's.
def _reaches(card: Region, box: tuple[float, float, float, float]) -> bool:
    """Whether the centre or a corner of ``box`` (x0, y0, x1, y1) lies on ``card``."""
    x0, y0, x1, y1 = box
    return any(_centre_on(card, (x, y, x, y)) for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1))) or _centre_on(
        card, box
    )


def _unique(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return list(dict.fromkeys(found))


def limits(policy: IdCopyPolicy) -> Limits:
    return Limits(max_page_pixels=policy.max_page_pixels, max_pages=policy.max_pages, pdf_dpi=policy.pdf_dpi)


def _internal_error(exc: Exception) -> str:
    """Where the pipeline failed, without the exception's message: a message can quote what it was
    parsing (an OCR'd number), and reasons are stored and shown."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" in {Path(frames[-1].filename).name}:{frames[-1].lineno} ({frames[-1].name})" if frames else ""
    return f"internal error ({type(exc).__name__}{where}): not released"


def redact_id_copy(
    source: str | Path | bytes,
    policy: IdCopyPolicy | None = None,
    analyzer=None,  # noqa: ANN001
    config: Path | None = None,
    boxes: dict[int, list[Region]] | None = None,
) -> IdCopyResult:
    """A safe copy of an ID document upload. Never raises for an upload, however broken or large: the
    result is then not released and ``reasons`` says why (``error`` too, when the upload is no
    readable image or PDF). Fails closed: an unexpected exception while redacting is such a reason.
    The analyzer is ``analyzer``, or the one configured in ``config`` (default: the configured
    folder), loaded when the first page needs it; a bad configuration raises ``ConfigError``.
    ``boxes``: boxes a person corrected, per page number (``preview.regions_from_json``): on those pages
    they are blacked out instead of the ones found, and the page is verified as usual. When a page is refused,
    ``preview`` holds a PNG of it as redacted with the proposed boxes numbered. The input is only read."""
    policy = policy or IdCopyPolicy()
    clock = _Clock()
    t = time.perf_counter()
    try:
        with open_document(source if isinstance(source, bytes) else Path(source), limits(policy)) as document:
            clock.add("load", t)
            result = IdCopyResult(False, document.format, None)
            _redact_pages(document, result, policy, analyzer, config, clock, boxes or {})
    except (LoadError, OSError) as exc:
        problem = f"cannot read upload: {' '.join(str(exc).split())}"
        result = IdCopyResult(False, None, None, reasons=[problem], error=problem)
    except LimitError as exc:
        result = IdCopyResult(False, None, None, reasons=[str(exc)])
    result.timings = clock.times | {"total": sum(clock.times.values())}
    return result


def _redact_pages(
    document: Document,
    result: IdCopyResult,
    policy: IdCopyPolicy,
    analyzer,  # noqa: ANN001
    config: Path | None,
    clock: _Clock,
    boxes: dict[int, list[Region]],
) -> None:
    """Each page decoded, redacted, verified and written to the copy before the next is decoded. The
    first page that fails ends the document: it is not released, whatever the later pages hold."""
    from afscherm.detectors.config import ConfigError

    stage, number = "", 0
    try:
        writer = PageWriter(document.format, document.page_count)
        for number in range(1, document.page_count + 1):
            stage = f"page {number}"
            t = time.perf_counter()
            page = document.page(number - 1)
            clock.add("load", t)
            analyzer = analyzer or _analyzer(config)
            out, page_result = _redact_page(page.pixels, policy, analyzer, clock, boxes.get(number))
            page_result.size = (page.pixels.shape[1], page.pixels.shape[0])
            result.pages.append(page_result)
            result.found += [(entity, value, number) for entity, value in page_result.found]
            result.pixels += page.pixels.shape[0] * page.pixels.shape[1]
            if page_result.problems:
                result.reasons += [f"{stage}: {problem}" for problem in page_result.problems]
                result.preview, result.preview_page = preview_png(out, page_result.regions), number
                break
            t = time.perf_counter()
            writer.add(out, page.dpi)
            del page, out  # before the next page is decoded
            clock.add("save", t)
        else:
            stage = "writing the copy"
            t = time.perf_counter()
            result.data = writer.finish()
            clock.add("save", t)
            result.released = True
            return
    except (ConfigError, LoadError):
        raise
    except OcrError as exc:
        result.reasons.append(f"{stage}: {exc}")
    except Exception as exc:  # noqa: BLE001 - fail closed: whatever broke, the copy is not released
        log.debug("%s: redaction failed", stage, exc_info=True)
        result.reasons.append(f"{stage}: {_internal_error(exc)}")
    result.data, result.released = None, False
    if 0 < number < document.page_count:
        result.reasons.append(f"pages {number + 1}–{document.page_count} not examined")
