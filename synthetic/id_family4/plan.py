"""The plan (capture kinds in a fixed cycle of 12, document kinds at another pace), the builders of each capture kind,
the writer of uploads, truth files and the manifest."""

from __future__ import annotations

import io
import json
import math
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from . import captures as cap
from .documents import KINDS, make_document, side_size_mm

# Eleven kinds every family has, and one slot that takes this family's own two kinds in turn.
CYCLE = (
    "single_front",
    "both_stacked",
    "phone_photo",
    "passport_spread",
    "single_back",
    "tilted",
    "photocopy",
    "two_documents",
    "turned_page",
    "pdf_page",
    "both_side_by_side",
    "own",
)
OWN = ("fax_like", "cropped_tight")
CAPTURE_KINDS = tuple(k for k in CYCLE if k != "own") + OWN
A4 = (210.0, 297.0)
PDF_DPIS = (72, 96, 144, 288)


def capture_kind(index: int, seed: int) -> str:
    j = index + seed % len(CYCLE)
    kind = CYCLE[j % len(CYCLE)]
    return OWN[(j // len(CYCLE)) % len(OWN)] if kind == "own" else kind


def document_kind(index: int, seed: int, capture: str) -> str:
    if capture == "passport_spread":
        return "nl_passport"
    return KINDS[(3 * index + seed) % len(KINDS)]


def _doc_seed(seed: int, index: int, j: int) -> int:
    return int(np.random.SeedSequence([seed, index, j, 4]).generate_state(1)[0])


# ---------------------------------------------------------------- builders: each returns (page, extra capture info)


def _cropped_scan(rng, placements, w_mm, h_mm, cap_mp, dpis=(200, 300, 400, 600)):  # noqa: ANN001, ANN202
    dpi = cap.fit_dpi(w_mm, h_mm, float(dpis[int(rng.integers(len(dpis)))]), cap_mp)
    paper = [(250, 250, 248), (244, 245, 247), (236, 236, 232)][int(rng.integers(3))]
    page, _ = cap.scan(rng, placements, w_mm, h_mm, dpi, paper)
    cap.glass_noise(rng, page)
    return page, {"scan_dpi": round(dpi, 2)}


def _a4_scan(rng, placements, cap_mp, dpis=(100, 150, 200, 300), landscape=False):  # noqa: ANN001, ANN202
    w, h = (A4[1], A4[0]) if landscape else A4
    dpi = cap.fit_dpi(w, h, float(dpis[int(rng.integers(len(dpis)))]), cap_mp)
    page, _ = cap.scan(rng, placements, w, h, dpi, (252, 252, 251))
    if rng.random() < 0.5:
        cap.scanner_lid_edge(page, rng)
    cap.glass_noise(rng, page)
    return page, {"scan_dpi": round(dpi, 2)}


def _single(rng, doc, side, cap_mp, angle=None, margin=None):  # noqa: ANN001, ANN202
    sw, sh = side_size_mm(doc["kind"])
    m = margin if margin is not None else rng.uniform(3, 12)
    a = angle if angle is not None else rng.uniform(-0.8, 0.8)
    rad = math.radians(abs(a))
    bw, bh = sw * math.cos(rad) + sh * math.sin(rad), sw * math.sin(rad) + sh * math.cos(rad)
    w, h = bw + 2 * m, bh + 2 * m
    return _cropped_scan(rng, [(doc, side, w / 2, h / 2, a)], w, h, cap_mp)


def _stacked(rng, doc, cap_mp, a4=None):  # noqa: ANN001, ANN202
    sw, sh = side_size_mm(doc["kind"])
    first, second = cap.sides_of(doc)
    if a4 if a4 is not None else rng.random() < 0.5:
        x = rng.uniform(sw / 2 + 8, A4[0] - sw / 2 - 8)
        y0 = rng.uniform(sh / 2 + 10, sh / 2 + 30)
        gap = rng.uniform(8, 30)
        pl = [(doc, first, x, y0, rng.uniform(-1, 1)), (doc, second, x, y0 + sh + gap, rng.uniform(-1, 1))]
        return _a4_scan(rng, pl, cap_mp)
    m, gap = rng.uniform(3, 10), rng.uniform(4, 12)
    w, h = sw + 2 * m, 2 * sh + gap + 2 * m
    pl = [(doc, first, w / 2, m + sh / 2, 0.0), (doc, second, w / 2, m + sh * 1.5 + gap, 0.0)]
    return _cropped_scan(rng, pl, w, h, cap_mp)


def _side_by_side(rng, doc, cap_mp):  # noqa: ANN001, ANN202
    sw, sh = side_size_mm(doc["kind"])
    first, second = cap.sides_of(doc)
    if rng.random() < 0.4 and 2 * sw + 30 < A4[1]:
        y = rng.uniform(sh / 2 + 10, A4[0] - sh / 2 - 10)
        pl = [
            (doc, first, 12 + sw / 2, y, rng.uniform(-1, 1)),
            (doc, second, A4[1] - 12 - sw / 2, y, rng.uniform(-1, 1)),
        ]
        return _a4_scan(rng, pl, cap_mp, landscape=True)
    m, gap = rng.uniform(3, 10), rng.uniform(4, 14)
    w, h = 2 * sw + gap + 2 * m, sh + 2 * m
    pl = [(doc, first, m + sw / 2, h / 2, 0.0), (doc, second, m + 1.5 * sw + gap, h / 2, 0.0)]
    return _cropped_scan(rng, pl, w, h, cap_mp)


def _spread(rng, doc, cap_mp):  # noqa: ANN001, ANN202
    """The open booklet: facing page above, data page below, a burgundy cover showing round them, the fold
    darkened."""
    sw, sh = side_size_mm(doc["kind"])
    m = rng.uniform(6, 16)
    w, h = sw + 2 * m, 2 * sh + 2 * m
    dpi = cap.fit_dpi(w, h, float((150, 200, 300)[int(rng.integers(3))]), cap_mp)
    s = dpi / 25.4
    page = cap.Page(int(round(w * s)), int(round(h * s)), (250, 250, 248))
    cover = (110, 30, 45) if rng.random() < 0.7 else (60, 30, 40)
    x0, y0 = int((m - 2.5) * s), int((m - 2.5) * s)
    cv2.rectangle(page.pixels, (x0, y0), (int((m + sw + 2.5) * s), int((m + 2 * sh + 2.5) * s)), cover, -1)
    for name, cy in (("facing_page", m + sh / 2), ("data_page", m + 1.5 * sh)):
        H = cap.similarity(sw * s / 2, sh * s / 2, 0.0, w * s / 2, cy * s)  # noqa: N806
        page.place(doc, name, s, H, shadow=0.15)
    cap.spine(page, (m + sh) * s, rng.uniform(2.0, 5.0) * s, rng.uniform(0.25, 0.45), x0, int((m + sw + 2.5) * s))
    cap.glass_noise(rng, page)
    return page, {"scan_dpi": round(dpi, 2)}


def _two(rng, doc, other, cap_mp):  # noqa: ANN001, ANN202
    pl = []
    y = 15.0
    for d in (doc, other):
        sw, sh = side_size_mm(d["kind"])
        side = cap.sides_of(d)[0 if rng.random() < 0.75 else 1]
        x = rng.uniform(sw / 2 + 10, A4[0] - sw / 2 - 10)
        pl.append((d, side, x, y + sh / 2, rng.uniform(-2.5, 2.5)))
        y += sh + rng.uniform(15, 40)
    return _a4_scan(rng, pl, cap_mp)


def _tilted(rng, doc, cap_mp):  # noqa: ANN001, ANN202
    a = rng.uniform(3, 15) * (1 if rng.random() < 0.5 else -1)
    if rng.random() < 0.5:
        page, info = _single(rng, doc, cap.sides_of(doc)[0], cap_mp, angle=a, margin=rng.uniform(4, 10))
    else:
        sw, sh = side_size_mm(doc["kind"])
        pl = [
            (doc, cap.sides_of(doc)[0], A4[0] / 2 + rng.uniform(-20, 20), 25 + sh, a),
            (doc, cap.sides_of(doc)[1], A4[0] / 2 + rng.uniform(-20, 20), 75 + 2 * sh, a + rng.uniform(-2, 2)),
        ]
        page, info = _a4_scan(rng, pl, cap_mp)
    return page, {**info, "tilt_deg": round(a, 2)}


def _cropped_tight(rng, doc, cap_mp):  # noqa: ANN001, ANN202
    """The scan's frame cuts into the card's own edge on one or two sides, never into a value."""
    side = cap.sides_of(doc)[int(rng.integers(2))]
    sw, sh = side_size_mm(doc["kind"])
    m = 4.0
    page, info = _single(rng, doc, side, cap_mp * 1.4, angle=0.0, margin=m)
    s = page.pixels.shape[1] / (sw + 2 * m)
    els = np.concatenate([np.array(e["polygon"]) for e in page.elements])
    ex0, ey0 = els.min(0) - 0.4 * s
    ex1, ey1 = els.max(0) + 0.4 * s
    card = [m * s, m * s, (m + sw) * s, (m + sh) * s]
    cut = set(rng.choice(4, int(rng.integers(1, 3)), replace=False).tolist())
    limits = [ex0, ey0, ex1, ey1]
    box = []
    for i in range(4):
        inward = 1 if i < 2 else -1
        if i in cut:
            room = (limits[i] - card[i]) * inward
            box.append(card[i] + inward * max(0.0, min(room, rng.uniform(1.0, 3.0) * s)))
        else:
            box.append(card[i] - inward * rng.uniform(0.0, 1.5) * s)
    x0, y0, x1, y1 = (int(round(v)) for v in box)
    page.pixels = cap.crop(page.pixels, page.elements, x0, y0, x1, y1)
    f = math.sqrt(cap_mp * 0.97e6 / (page.pixels.shape[0] * page.pixels.shape[1]))
    if f < 1:
        page.pixels = _resize(page, f)
    return page, {**info, "cut_edges": sorted(["left", "top", "right", "bottom"][i] for i in cut)}


def _resize(page: cap.Page, f: float) -> np.ndarray:
    h, w = page.pixels.shape[:2]
    nw, nh = int(w * f), int(h * f)
    out = cv2.resize(page.pixels, (nw, nh), interpolation=cv2.INTER_AREA)
    for e in page.elements:
        e["polygon"] = (np.array(e["polygon"]) * [nw / w, nh / h]).tolist()
    return out


def build(index: int, seed: int, cap_mp: float) -> tuple[dict, bytes, str]:
    """One upload: its truth, its bytes and its file suffix."""
    rng = np.random.default_rng([seed, index, 13])
    kind = capture_kind(index, seed)
    dkind = document_kind(index, seed, kind)
    doc = make_document(_doc_seed(seed, index, 0), dkind)
    first, second = cap.sides_of(doc)
    info: dict = {}
    turn = 0
    fmt = "png" if rng.random() < 0.55 else "jpg"
    channels = 3
    if kind == "single_front":
        page, info = _single(rng, doc, first, cap_mp)
    elif kind == "single_back":
        page, info = _single(rng, doc, second, cap_mp)
    elif kind == "both_stacked":
        page, info = _stacked(rng, doc, cap_mp)
    elif kind == "both_side_by_side":
        page, info = _side_by_side(rng, doc, cap_mp)
    elif kind == "passport_spread":
        page, info = _spread(rng, doc, cap_mp)
    elif kind == "two_documents":
        other_kind = KINDS[(KINDS.index(dkind) + 1 + int(rng.integers(len(KINDS) - 1))) % len(KINDS)]
        other = make_document(_doc_seed(seed, index, 1), other_kind)
        page, info = _two(rng, doc, other, cap_mp)
    elif kind == "turned_page":
        turn = (90, 180, 270)[(index // len(CYCLE) + seed) % 3]
        page, info = _single(rng, doc, first, cap_mp) if rng.random() < 0.5 else _stacked(rng, doc, cap_mp, a4=False)
    elif kind == "tilted":
        page, info = _tilted(rng, doc, cap_mp)
    elif kind == "phone_photo":
        page = cap.phone_photo(rng, doc, first, cap_mp)
        fmt = "jpg"
    elif kind == "photocopy":
        if dkind == "nl_passport":
            page, info = _spread(rng, doc, cap_mp)
        else:
            page, info = _stacked(rng, doc, cap_mp, a4=True)
        channels = 1
    elif kind == "pdf_page":
        page, info = _stacked(rng, doc, cap_mp, a4=True) if rng.random() < 0.6 else _single(rng, doc, first, cap_mp)
        fmt = "pdf"
    elif kind == "fax_like":
        dpi = (100, 120, 96)[int(rng.integers(3))]
        sw, sh = side_size_mm(dkind)
        pl = [(doc, first, A4[0] / 2, 30 + sh / 2, rng.uniform(-1.5, 1.5))]
        pl.append((doc, second, A4[0] / 2, 45 + 1.5 * sh, rng.uniform(-1.5, 1.5)))
        page, info = _a4_scan(rng, pl, cap_mp, dpis=(dpi,))
        channels, fmt = 1, "png"
    else:  # cropped_tight
        page, info = _cropped_tight(rng, doc, cap_mp)

    pixels = np.clip(page.pixels, 0, 255).astype(np.uint8)
    if kind == "photocopy":
        pixels = cap.photocopy(rng, page)
    elif kind == "fax_like":
        pixels = cap.fax(page)
    if turn:
        pixels = cap.quarter_turn(pixels, page.elements, turn)
    h, w = pixels.shape[:2]
    elements = _clip(page.elements, w, h)
    quality = None
    pdf_dpi = None
    if fmt == "jpg":
        quality = int(rng.integers(72, 93))
    if fmt == "pdf":
        pdf_dpi = PDF_DPIS[int(rng.integers(len(PDF_DPIS)))]
    data = encode(pixels, fmt, quality, pdf_dpi, one_bit=kind == "fax_like")
    capture = {"rotation_cw_deg": turn, "format": fmt, **info}
    if quality:
        capture["jpeg_quality"] = quality
    if pdf_dpi:
        capture["pdf_dpi"] = pdf_dpi
    if kind == "fax_like":
        capture["bits_per_pixel"] = 1
    documents = [{k: v for k, v in d.items() if k != "_seed"} for d in page.documents]
    truth = {
        "generator": "synthetic.id_family4",
        "seed": seed,
        "index": index,
        "document_kind": documents[0]["kind"],
        "capture_kind": kind,
        "page_size": {"width": w, "height": h, "megapixels": round(w * h / 1e6, 3), "channels": channels},
        "capture": capture,
        "documents": documents,
        "elements": elements,
    }
    return truth, data, fmt


def _clip(elements: list[dict], w: int, h: int) -> list[dict]:
    out = []
    for e in elements:
        p = np.array(e["polygon"], np.float64)
        p[:, 0] = p[:, 0].clip(0, w)
        p[:, 1] = p[:, 1].clip(0, h)
        span = p.max(0) - p.min(0)
        if span[0] < 1 or span[1] < 1:
            continue
        order = {"type": e["type"], "document": e["document"], "side": e["side"]}
        extra = {k: v for k, v in e.items() if k not in ("type", "document", "side", "polygon")}
        out.append({**order, **extra, "polygon": [[round(x, 2), round(y, 2)] for x, y in p.tolist()]})
    return out


def encode(pixels: np.ndarray, fmt: str, quality: int | None, pdf_dpi: int | None, one_bit: bool = False) -> bytes:
    img = Image.fromarray(pixels)
    if one_bit:
        img = img.convert("1", dither=Image.Dither.NONE)
    buf = io.BytesIO()
    if fmt == "jpg":
        img.save(buf, "JPEG", quality=quality, optimize=False)
    elif fmt == "pdf":
        img.save(buf, "PDF", resolution=float(pdf_dpi))
    else:
        img.save(buf, "PNG", optimize=False, compress_level=6)
    return buf.getvalue()


def write(out: Path, count: int, seed: int, max_megapixels: float = 4.0) -> list[dict]:
    """``count`` uploads into ``out`` with their truth files, ``manifest.json`` and a ``.gitignore``."""
    cap_mp = min(12.0, max(0.35, float(max_megapixels)))
    out.mkdir(parents=True, exist_ok=True)
    (out / ".gitignore").write_text("*\n")
    rows = []
    for i in range(count):
        truth, data, fmt = build(i, seed, cap_mp)
        stem = f"{i:03d}_{truth['document_kind']}_{truth['capture_kind']}"
        (out / f"{stem}.{fmt}").write_bytes(data)
        (out / f"{stem}.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n")
        rows.append(
            {
                "file": f"{stem}.{fmt}",
                "truth": f"{stem}.json",
                "document_kind": truth["document_kind"],
                "capture_kind": truth["capture_kind"],
                "megapixels": truth["page_size"]["megapixels"],
            }
        )
    manifest = {
        "generator": "synthetic.id_family4",
        "purpose": "tuning (issue 13); not held out",
        "seed": seed,
        "count": count,
        "max_megapixels": cap_mp,
        "uploads": rows,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    return rows
