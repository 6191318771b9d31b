"""An upload of the tuning family3 generator (synthetic/id_family3) redacted for a test: its truth, the redaction's
result and the elements that must be black on a released copy. The held-out family (synthetic/id_uploads) is never
used in tests."""

from __future__ import annotations

import json
from pathlib import Path

from afscherm.detectors.analyzer import Analyzer
from afscherm.redactors.id_copies import IdCopyPolicy, IdCopyResult, redact_id_copy
from synthetic.id_images import decode_pages
from tests.id_compose import covered

# The elements a released copy must have blacked out (the benchmark's required kinds).
REQUIRED = ("mrz_band", "mrz_line", "bsn", "document_number", "personal_number", "v_number", "photo", "ghost_photo")


def redacted_upload(
    folder: Path, seed: int, page: int, document: str, capture: str, analyzer: Analyzer
) -> tuple[dict, IdCopyResult]:
    """Family3's upload ``page`` of ``seed`` (drawn at 4 Mpx into ``folder``): its truth and its redaction."""
    from synthetic.id_family3.plan import Upload, write_upload

    row = write_upload(Upload(page, document, capture), folder, seed, 4.0)
    truth = json.loads((folder / str(row["truth"])).read_text())
    return truth, redact_id_copy((folder / str(row["file"])).read_bytes(), IdCopyPolicy(), analyzer)


def front_and_back(
    seed: int,
    kind: str,
    style: dict[str, object],
    dpi: float = 200.0,
    gap_mm: float = 10.0,
    sides: tuple[str, ...] = ("front", "back"),
) -> tuple[bytes, list[dict]]:
    """A card's front and back drawn by family3 (its style's choices replaced by ``style``: what another artist may
    draw differently) and scanned side by side, front left, on an A4 landscape page at ``dpi``: a PNG and the
    elements (page polygons, family3's truth format). ``sides``: the sides drawn, left to right (``("back",)``: a
    back alone)."""
    import numpy as np

    from synthetic.id_family3 import captures, layouts
    from synthetic.id_family3.identity import make_document
    from tests.id_compose import png

    rng = np.random.default_rng([seed, 4242])
    doc = make_document(kind, rng)
    doc.style = {**layouts.choose_style(doc, rng), **style}
    items = [captures.Item(0, side, layouts.render_side(doc, side, rng)) for side in sides]
    mm = captures.MM_PER_INCH / captures.SOURCE_DPI
    widths = [it.side.rgb.shape[1] * mm for it in items]
    height = max(it.side.rgb.shape[0] * mm for it in items)
    px_per_mm = dpi / captures.MM_PER_INCH
    place = captures.scale(px_per_mm) @ captures.translate(15.0, 15.0)
    mats, x = [], 0.0
    for it, w in zip(items, widths, strict=True):
        rows, cols = it.side.rgb.shape[:2]
        card = captures.translate(x + w / 2, height / 2) @ captures.scale(mm) @ captures.translate(-cols / 2, -rows / 2)
        mats.append(place @ card)
        x += w + gap_mm
    page = captures.paper(round(297 * px_per_mm), round(210 * px_per_mm), rng)
    elements = captures.composite(page, items, mats)
    page = captures.scan_noise(page, rng)
    return png(page), [{**e, "polygon": np.asarray(e["polygon"]).tolist()} for e in elements]


def required_elements(truth: dict) -> list[dict]:
    """The truth's elements of a kind in :data:`REQUIRED`, in its order."""
    return [e for e in truth["elements"] if e["type"] in REQUIRED]


def under_black(truth: dict, result: IdCopyResult, least: float = 0.95) -> list[str]:
    """The kinds of the required elements that the released copy's first page covers less than ``least`` (a PDF page
    rendered at the capture's resolution, in the truth's pixel grid)."""
    import cv2

    out = decode_pages(result.data, round(truth.get("capture", {}).get("pdf_dpi") or 200))[0]
    if "page_size" in truth:
        size = truth["page_size"]["width"], truth["page_size"]["height"]
        out = cv2.resize(out, size, interpolation=cv2.INTER_AREA) if (out.shape[1], out.shape[0]) != size else out
    return [e["type"] for e in required_elements(truth) if covered(out, e["polygon"]) < least]


def tilted_faint_ghost_scan(seed: int, kind: str) -> tuple[bytes, list[dict]]:
    """A card drawn by family3 as another artist would print its ghost (faint, 0.12-0.5 strong, 7-17 % of the card's
    width, anywhere free on the card, drawn in one of four ways: its corners fading into the paper, its background
    dropped, a closer or a wider crop of the head), its front alone or front and back, scanned flatbed at 1-8 degrees
    at 4 Mpx; sometimes greyscale. A PNG and the elements (page polygons, family3's truth format)."""
    import numpy as np
    import pytest

    from synthetic.id_family3 import captures, draw, layouts
    from synthetic.id_family3.identity import make_document
    from tests.id_compose import png

    original = draw.ghost
    variant = {"v": 0}

    def ghost(photo: np.ndarray, w: int, h: int, mono: bool, colour: tuple[int, int, int]):  # noqa: ANN202
        if variant["v"] == 3:  # a closer crop of the head
            ph, pw = photo.shape[:2]
            photo = photo[int(ph * 0.05) : int(ph * 0.75), int(pw * 0.15) : int(pw * 0.85)]
        if variant["v"] == 4:  # a wider crop: more shoulders and background
            ph, pw = photo.shape[:2]
            photo = cv2.copyMakeBorder(photo, ph // 6, 0, pw // 5, pw // 5, cv2.BORDER_REPLICATE)
        rgb, alpha = original(photo, w, h, mono, colour)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        r = np.sqrt(((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2)
        if variant["v"] == 1:  # its corners fading into the paper
            alpha = alpha * np.clip((1.05 - r) / 0.35, 0, 1)
        elif variant["v"] == 2:  # its background dropped
            alpha = alpha * np.clip((1.15 - r) / 0.5, 0, 1) ** 0.5
        return rgb, alpha

    def place_ghost(card, doc, rng, photo, pbox, occupied, elements) -> None:  # noqa: ANN001
        h, w = card.shape[:2]
        taken = [*occupied, pbox]
        for shrink in (1.0, 0.8, 0.65, 0.5):
            gw = int(w * float(doc.style["ghost_frac"]) * shrink)
            gh = int(gw * 1.28)
            grid = [
                (x, y) for y in range(2, h - gh - 2, max(4, gh // 8)) for x in range(2, w - gw - 2, max(4, gw // 8))
            ]
            for i in rng.permutation(len(grid)):
                x, y = grid[i]
                box = (x, y, x + gw, y + gh)
                if not any(layouts._overlap(box, o) for o in taken):
                    layouts.print_ghost(card, doc.style, rng, photo, box, elements)
                    occupied.append(box)
                    return

    import cv2

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(draw, "ghost", ghost)
        patch.setattr(layouts, "place_ghost", place_ghost)
        rng = np.random.default_rng([seed, 78])
        doc = make_document(kind, rng)
        doc.style = layouts.choose_style(doc, rng)
        doc.style.update(ghost_frac=float(rng.uniform(0.07, 0.17)), ghost_strength=float(rng.uniform(0.12, 0.5)))
        variant["v"] = int(rng.integers(1, 5))
        sides = list(doc.sides) if rng.random() < 0.6 else [doc.sides[0]]
        items = [captures.Item(0, side, layouts.render_side(doc, side, rng)) for side in sides]
        stack, cropped = bool(rng.random() < 0.5), bool(rng.random() < 0.4)
        shot = captures.flatbed(items, rng, 4.0, stack=stack, cropped=cropped, tilt_range=(1.0, 8.0))
    page = shot.image
    if rng.random() < 0.3:
        page = np.repeat(page.mean(axis=2, keepdims=True).astype(np.uint8), 3, axis=2)
    return png(page), [{**e, "polygon": np.asarray(e["polygon"]).tolist()} for e in shot.elements]
