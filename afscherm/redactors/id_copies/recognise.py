"""Whether a page without an MRZ band, a detected face or a found number still shows an ID document, from signals
that do not need them: a portrait-sized picture on a card-shaped rectangle, and ID words (titles and field labels in
Dutch, English, French and German, read through OCR's usual confusions).

A page recognised this way is redacted the safe way: every picture is blacked out already (``photo``), and every
number-shaped word is blacked out too (``number_words``); verification then decides as for any page.
"""

from __future__ import annotations

import re

import cv2
import numpy as np

from afscherm.redactors.id_copies.boxes import Region, rect
from afscherm.redactors.id_copies.ocr import Word

# Titles and field labels of identity documents, as letters only (lower case, accents dropped), after OCR's usual
# confusions are undone (0 → o, 1/| → l, rn → m, vv → w).
ID_WORDS = re.compile(
    r"naam|voornam|geboort|nationalit|geslacht|documentn|identiteit|paspoort|rijbewijs|verblijf|koninkrijk"
    r"|surname|givenname|dateofbirth|placeofbirth|identitycard|passport|drivinglicen|residence|documentno"
    r"|prenom|datedenaissance|lieudenaissance|cartedidentite|passeport|permisdeconduire|sexe|royaume|belgique"
    r"|vornam|geburts|staatsange|personalausweis|reisepass|fuhrerschein|ausweis|bundesrepublik|geschlecht"
)
CARD_ASPECT = (1.3, 1.8)  # longer / shorter side of an ID card (1.59) or a passport's data page (1.42)
CARD_MIN_SHARE = 0.08  # a card-shaped outline covers at least this share of the page
CARD_FILL = 0.85  # ... and fills this share of its rotated rectangle (no ragged shape)
PORTRAIT_OF_CARD = 0.3  # a portrait is at least this share of its card's shorter side high
WORK = 800  # the outline is searched at most this wide


def _letters(text: str) -> str:
    t = text.lower().replace("0", "o").replace("1", "l").replace("|", "l")
    t = t.replace("é", "e").replace("è", "e").replace("ü", "u").replace("ö", "o").replace("ë", "e")
    t = re.sub(r"[^a-z]", "", t)
    return t.replace("rn", "m").replace("vv", "w")


def id_words(words: list[Word]) -> int:
    """How many words (or two neighbours read as one label) name an ID document or one of its fields."""
    texts = [_letters(w.text) for w in words]
    pairs = [a + b for a, b in zip(texts, texts[1:], strict=False)]
    return sum(1 for t in texts if len(t) >= 3 and ID_WORDS.search(t)) + sum(
        1 for t, a in zip(pairs, texts, strict=False) if not ID_WORDS.search(a) and ID_WORDS.search(t)
    )


def number_words(words: list[Word], margin: float) -> list[Region]:
    """Every word that looks like a number (three digits or more, or six characters with two digits): boxes of type
    ``number`` for a page recognised without its numbers."""
    out = []
    for w in words:
        token = re.sub(r"[^A-Z0-9]", "", w.text.upper())
        digits = sum(c.isdigit() for c in token)
        if digits >= 3 or (len(token) >= 6 and digits >= 2):
            h = max(w.height, 1.0)
            out.append(rect("number", "number_shape", w.x0, w.y0, w.x1, w.y1, margin * h + 2))
    return out


def card_outlines(gray: np.ndarray) -> list[np.ndarray]:
    """Card-shaped rectangles (4×2 corner arrays, page pixels): outlines with an ID card's or data page's proportions
    covering at least ``CARD_MIN_SHARE`` of the page; the page itself when it is landscape with those proportions (a
    card cropped to its edges)."""
    h, w = gray.shape[:2]
    f = min(1.0, WORK / max(h, w))
    small = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA) if f < 1 else gray
    edges = cv2.Canny(cv2.GaussianBlur(small, (5, 5), 0), 30, 90)
    edges = cv2.dilate(edges, np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    out = []
    page = small.shape[0] * small.shape[1]
    for c in contours:
        area = cv2.contourArea(c)
        if area < CARD_MIN_SHARE * page:
            continue
        (cx, cy), (rw, rh), angle = cv2.minAreaRect(c)
        if min(rw, rh) < 1 or area < CARD_FILL * rw * rh:
            continue
        if CARD_ASPECT[0] <= max(rw, rh) / min(rw, rh) <= CARD_ASPECT[1]:
            out.append(cv2.boxPoints(((cx, cy), (rw, rh), angle)) / f)
    # The page itself, landscape (pages are turned upright first, and an A4 sheet upright is portrait-format).
    if w > h and CARD_ASPECT[0] <= w / h <= CARD_ASPECT[1]:
        out.append(np.array([(0, 0), (w, 0), (w, h), (0, h)], np.float32))
    return out


def portrait_on_card(gray: np.ndarray, portraits: list[Region]) -> bool:
    """Whether one of the ``portraits`` (portrait-sized pictures) lies on a card-shaped rectangle and is as high,
    for that card, as an ID portrait is."""
    if not portraits:
        return False
    for card in card_outlines(gray):
        (_, _), (rw, rh), _ = cv2.minAreaRect(card.astype(np.float32))
        short = min(rw, rh)
        contour = card.reshape(-1, 1, 2).astype(np.float32)
        for p in portraits:
            x0, y0, x1, y1 = p.bbox()
            inside = cv2.pointPolygonTest(contour, ((x0 + x1) / 2, (y0 + y1) / 2), False) >= 0
            if inside and min(x1 - x0, y1 - y0) >= PORTRAIT_OF_CARD * short:
                return True
    return False
