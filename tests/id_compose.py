"""Pages composed from the tuning family (synthetic/id_images): several captures on one scanner page,
turned by quarter turns and small angles, with the ground-truth polygons carried along.

Used for tests and for tuning the layout-free finder; the held-out family (synthetic/id_uploads) is never
used for either.
"""

from __future__ import annotations

import cv2
import numpy as np

from afscherm.redactors.id_copies.boxes import Region
from synthetic.id_images import decode_pages, generate

# The holder's printed fields of a hand-drawn test card (no generator layout): the orientation and levelling tests
# print them, each with its own heading and last field.
CARD_FIELD_LINES = (
    "Naam / Surname",
    "JANSSEN",
    "Voornamen / Given names",
    "PIETER MARIA",
    "Geboortedatum / Date of birth",
    "14 MAART 1984",
)

Poly = list[list[float]]


def card(index: int, seed: int = 21, width: int = 900, kind: str | None = None) -> tuple[np.ndarray, list[dict], dict]:
    """One generated capture: RGB pixels, its truth regions (page pixels) and its holder."""
    _, data, truth = generate(index, seed=seed, fmt="png", width=width, kind=kind)
    page = decode_pages(data)[0]
    f = page.shape[1] / truth["pages"][0]["width"]
    regions = [{**r, "polygon": (np.array(r["polygon"], float) * f).tolist()} for r in truth["pages"][0]["regions"]]
    return page, regions, truth["holders"][0]


def compose(
    parts: list[tuple[np.ndarray, list[dict]]],
    arrangement: str = "stacked",
    paper: tuple[int, int] = (0, 0),
    tone: int = 238,
) -> tuple[np.ndarray, list[dict]]:
    """Parts laid out on one page (``stacked``: above each other, ``side``: beside each other) with a
    margin, on paper of at least ``paper`` (width, height) in the page's tone."""
    gap = 40
    if arrangement == "stacked":
        w = max(p.shape[1] for p, _ in parts) + 2 * gap
        h = sum(p.shape[0] for p, _ in parts) + gap * (len(parts) + 1)
    else:
        w = sum(p.shape[1] for p, _ in parts) + gap * (len(parts) + 1)
        h = max(p.shape[0] for p, _ in parts) + 2 * gap
    w, h = max(w, paper[0]), max(h, paper[1])
    page = np.full((h, w, 3), tone, np.uint8)
    regions: list[dict] = []
    x = y = gap
    for img, regs in parts:
        page[y : y + img.shape[0], x : x + img.shape[1]] = img
        regions += [{**r, "polygon": (np.array(r["polygon"]) + (x, y)).tolist()} for r in regs]
        if arrangement == "stacked":
            y += img.shape[0] + gap
        else:
            x += img.shape[1] + gap
    return page, regions


def tilt(page: np.ndarray, regions: list[dict], degrees: float, tone: int = 238) -> tuple[np.ndarray, list[dict]]:
    """The page turned by ``degrees`` (counter-clockwise positive, as OpenCV), canvas grown to hold it."""
    h, w = page.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    out = cv2.warpAffine(page, m, (nw, nh), flags=cv2.INTER_LINEAR, borderValue=(tone, tone, tone))
    return out, [{**r, "polygon": cv2.transform(np.array([r["polygon"]], float), m)[0].tolist()} for r in regions]


def quarter_turn(page: np.ndarray, regions: list[dict], clockwise: int) -> tuple[np.ndarray, list[dict]]:
    """The page turned clockwise by 0, 90, 180 or 270 degrees."""
    h, w = page.shape[:2]
    turns = (clockwise // 90) % 4
    out = np.ascontiguousarray(np.rot90(page, -turns))

    def move(x: float, y: float) -> list[float]:
        return {0: [x, y], 1: [h - 1 - y, x], 2: [w - 1 - x, h - 1 - y], 3: [y, w - 1 - x]}[turns]

    return out, [{**r, "polygon": [move(x, y) for x, y in r["polygon"]]} for r in regions]


def covered(page: np.ndarray, polygon: Poly, black: int = 24) -> float:
    mask = np.zeros(page.shape[:2], np.uint8)
    cv2.fillPoly(mask, [np.round(np.array(polygon)).astype(np.int32)], 1)
    area = int(mask.sum())
    return float((np.all(page <= black, axis=2) & (mask > 0)).sum() / area) if area else 1.0


def png(page: np.ndarray) -> bytes:
    ok, data = cv2.imencode(".png", cv2.cvtColor(page, cv2.COLOR_RGB2BGR))
    assert ok
    return data.tobytes()


def with_ghost(
    img: np.ndarray, regions: list[dict], at: tuple[int, int], size: float = 0.4, strength: float = 0.45
) -> tuple[np.ndarray, list[dict]]:
    """The card with a small, faint grey copy of its portrait (the "ghost" image real Dutch documents carry)
    whose top-left corner is at ``at``; its truth region is ``ghost_photo``."""
    photo = next(r for r in regions if r["type"] == "photo")
    (x0, y0), (x1, y1) = np.array(photo["polygon"]).min(0).astype(int), np.array(photo["polygon"]).max(0).astype(int)
    portrait = cv2.cvtColor(img[y0:y1, x0:x1], cv2.COLOR_RGB2GRAY)
    small = cv2.resize(portrait, None, fx=size, fy=size, interpolation=cv2.INTER_AREA).astype(float)
    h, w = small.shape
    x, y = at
    out = img.copy()
    patch = out[y : y + h, x : x + w].astype(float)
    out[y : y + h, x : x + w] = np.clip(patch * (1 - strength) + small[..., None] * strength, 0, 255).astype(np.uint8)
    ghost = {"type": "ghost_photo", "polygon": [[x, y], [x + w, y], [x + w, y + h], [x, y + h]]}
    return out, [*regions, ghost]


def truth_regions(truth_page: dict, kinds: tuple[str, ...], grow: float = 0.15) -> list[Region]:
    """The truth's regions of ``kinds``, each grown by ``grow`` of its size about its centre (a finder's margin)."""
    out = []
    for r in truth_page["regions"]:
        if r["type"] in kinds:
            polygon = np.array(r["polygon"], float)
            centre = polygon.mean(0)
            grown = centre + (polygon - centre) * (1 + grow)
            out.append(Region(r["type"], "truth", tuple((float(x), float(y)) for x, y in grown)))
    return out


def gray_of_rgb(page: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)


def drawn_portrait(w: int, h: int, *, mouth: bool = True, shoulders: int = 110, seed: int = 5) -> np.ndarray:
    """Head and shoulders as a photograph prints them, drawn in the test (no generator): grain and shading
    everywhere, so that it is photo-like to the finder and to verification."""
    p = np.full((h, w), 200.0)
    cv2.ellipse(p, (w // 2, int(0.33 * h)), (int(0.3 * w), int(0.3 * h)), 0, 180, 360, 150, -1)  # hair
    cv2.ellipse(p, (w // 2, int(0.42 * h)), (int(0.25 * w), int(0.27 * h)), 0, 0, 360, 165, -1)  # face
    for ex in (0.4, 0.6):
        cv2.circle(p, (int(ex * w), int(0.38 * h)), max(2, w // 30), 30, -1)  # eyes
    if mouth:
        cv2.ellipse(p, (w // 2, int(0.55 * h)), (int(0.08 * w), int(0.03 * h)), 0, 0, 180, 90, -1)
    cv2.rectangle(p, (int(0.42 * w), int(0.66 * h)), (int(0.58 * w), int(0.8 * h)), 165, -1)  # neck
    cv2.ellipse(p, (w // 2, h), (int(0.48 * w), int(0.22 * h)), 0, 180, 360, shoulders, -1)  # shoulders, shirt
    grain = cv2.GaussianBlur(np.random.default_rng(seed).normal(0, 1, (h, w)), (0, 0), max(1.0, w / 60))
    shade = 18 * grain / grain.std() + np.linspace(-12, 12, w)[None, :]
    return np.clip(p + shade, 0, 255).astype(np.uint8)


def redacted_as_found(
    monkeypatch,  # noqa: ANN001 (pytest's MonkeyPatch)
    analyzer,  # noqa: ANN001
    page: np.ndarray,
    regions: list[Region],
    tint: tuple[int, int, int, int] | None = None,
) -> tuple[np.ndarray, list[str]]:
    """The grey ``page`` redacted as if the finder had found ``regions`` and no ghost to clear (the document taken as
    understood): the copy (RGB) and its problems; the card at ``tint`` (x0, y0, x1, y1) tinted yellow, else grey."""
    from afscherm.redactors.id_copies import IdCopyPolicy, api
    from afscherm.redactors.id_copies.fields import Values

    monkeypatch.setattr(api, "_find", lambda *a, **k: (list(regions), Values(), []))
    monkeypatch.setattr(api, "_clear_ghosts", lambda gray, regions: [])
    rgb = np.repeat(page[..., None], 3, axis=2)
    if tint is not None:
        x0, y0, x1, y1 = tint
        rgb[y0:y1, x0:x1, 2] = (rgb[y0:y1, x0:x1, 2] * 0.85).astype(np.uint8)
    out, result = api._redact_upright(rgb, IdCopyPolicy(require_document=False), analyzer, api._Clock())
    return out, result.problems
