"""The plan (which document × capture kind, format and size each upload gets) and the making of one upload."""

from __future__ import annotations

import io
import json
import math
import random
import time
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from . import capture as cap
from .documents import DOCUMENT_KINDS, SIDES, Side, is_passport, render_side, side_size
from .identity import Document, make_document

GENERATOR = "synthetic.id_uploads"
VERSION = 1

CAPTURE_KINDS = [
    "front_only",
    "back_only",
    "both_sides_stacked",
    "both_sides_side_by_side",
    "passport_spread",
    "two_documents",
    "rotated_90",
    "rotated_180",
    "rotated_270",
    "small_angle",
    "phone_photo",
    "greyscale_photocopy",
]

FORMAT_CYCLE = {
    "phone_photo": ["jpeg", "jpeg", "pdf", "jpeg", "png"],
    "greyscale_photocopy": ["pdf", "png", "pdf", "jpeg"],
}
DEFAULT_FORMATS = ["png", "jpeg", "pdf", "png", "jpeg"]
MP_MIN, MP_MAX = 0.3, 12.0
FIXED_PDF_DATE = time.gmtime(1767225600)  # 2026-01-01, so PDFs are byte-identical across runs


def applicable(doc_kind: str, capture_kind: str) -> bool:
    return capture_kind != "passport_spread" or is_passport(doc_kind)


@dataclass(frozen=True)
class PlanItem:
    index: int
    doc_kind: str
    capture_kind: str
    fmt: str
    q: float  # 0..1: where in its medium's size range the upload falls


def plan(count: int, seed: int) -> list[PlanItem]:
    """Every applicable document × capture cell once (8 × 11 + 2 spreads = 90), in an order that spreads
    documents and captures evenly, then again for larger counts."""
    rng = random.Random(f"plan:{seed}")
    cells: list[tuple[str, str]] = []
    while len(cells) < count:
        # round robin over documents; each document's captures shuffled
        per_doc = {d: [c for c in CAPTURE_KINDS if applicable(d, c)] for d in DOCUMENT_KINDS}
        for caps in per_doc.values():
            rng.shuffle(caps)
        docs = list(DOCUMENT_KINDS)
        rng.shuffle(docs)
        rnd: list[tuple[str, str]] = []
        while any(per_doc.values()):
            for d in docs:
                if per_doc[d]:
                    rnd.append((d, per_doc[d].pop()))
        cells.extend(rnd)
    cells = cells[:count]
    # sizes: stratified quantiles; the smallest goes to a single side, the largest to a phone photo
    qs = [(k + 0.5) / count for k in range(count)]
    rng.shuffle(qs)
    singles = [i for i, (_, c) in enumerate(cells) if c in ("front_only", "back_only")]
    phones = [i for i, (_, c) in enumerate(cells) if c == "phone_photo"]
    if singles:
        j = qs.index(min(qs))
        qs[j], qs[singles[0]] = qs[singles[0]], 0.0
    if phones:
        j = qs.index(max(qs))
        qs[j], qs[phones[0]] = qs[phones[0]], 1.0
    counters: dict[str, int] = {}
    items = []
    for i, (d, c) in enumerate(cells):
        cycle = FORMAT_CYCLE.get(c, DEFAULT_FORMATS)
        k = counters.get(c, rng.randrange(len(cycle)))
        counters[c] = k + 1
        items.append(PlanItem(i, d, c, cycle[k % len(cycle)], qs[i]))
    return items


# --- one upload -------------------------------------------------------------------------------------------------


def _partner_kind(kind: str, rng: random.Random) -> tuple[str, bool]:
    """The second document on a 'two documents' page, and whether it belongs to the same holder."""
    if kind in ("be_id", "de_id"):
        return kind, False
    if kind == "nl_residence_permit":
        return rng.choice([("nl_residence_permit", False), ("nl_driving_licence", True)])
    others = [
        k
        for k in ("nl_id_2014", "nl_id_2021", "nl_passport_2014", "nl_passport_2021", "nl_driving_licence")
        if k != kind and not (is_passport(k) and is_passport(kind))
    ]
    if rng.random() < 0.6:
        return rng.choice(others), True
    return kind, False


def _mp(q: float, lo: float, hi: float) -> float:
    return lo * (hi / lo) ** q


class _Sides:
    """Renders each (document, side) once at the resolution asked."""

    def __init__(self, docs: list[Document], rng: np.random.Generator):
        self.docs, self.rng, self.cache = docs, rng, {}

    def get(self, di: int, name: str, r: float, booklet: bool = True) -> Side:
        key = (di, name, round(r, 3), booklet)
        if key not in self.cache:
            doc = self.docs[di]
            if name == "spread":
                facing = render_side(doc, "facing", r, self.rng)
                data = render_side(doc, "data", r, self.rng)
                self.cache[key] = cap.spread(facing, data)
            else:
                side = render_side(doc, name, r, self.rng)
                self.cache[key] = cap.booklet_page(side) if (booklet and is_passport(doc.kind)) else side
        return self.cache[key]

    def size(self, di: int, name: str, booklet: bool = True) -> tuple[float, float]:
        kind = self.docs[di].kind
        if name == "spread":
            return 131.0, 182.0
        w, h = side_size(kind, name)
        return (w + 5.2, h + 2.6) if (booklet and is_passport(kind)) else (w, h)


def _arrange(sizes, angles, arrangement, rng: np.random.Generator, gap=None):
    """Centres (mm) of the items relative to the content box, and the content box size."""
    ext = [cap.rotated_extent(w, h, a) for (w, h), a in zip(sizes, angles, strict=True)]
    gap = float(rng.uniform(6, 30)) if gap is None else gap
    centres = []
    if arrangement == "side_by_side":
        cw = sum(e[0] for e in ext) + gap * (len(ext) - 1)
        ch = max(e[1] for e in ext)
        x = 0.0
        for ew, eh in ext:
            jitter = float(rng.uniform(0, ch - eh)) if ch > eh else 0.0
            centres.append((x + ew / 2, jitter + eh / 2))
            x += ew + gap
    else:  # stacked or single
        cw = max(e[0] for e in ext)
        ch = sum(e[1] for e in ext) + gap * (len(ext) - 1)
        y = 0.0
        for ew, eh in ext:
            jitter = float(rng.uniform(0, cw - ew)) if cw > ew else 0.0
            centres.append((jitter + ew / 2, y + eh / 2))
            y += eh + gap
    return centres, cw, ch


def _flat_page(sizes, angles, arrangement, rng, crop: bool):
    """Paper size and the items' centres on it (mm)."""
    centres, cw, ch = _arrange(sizes, angles, arrangement, rng)
    if not crop:
        portrait, landscape = cap.A4, (cap.A4[1], cap.A4[0])
        papers = [portrait, landscape] if (arrangement != "side_by_side" or rng.random() < 0.6) else [landscape]
        for pw, ph in papers:
            if cw <= pw - 10 and ch <= ph - 10:
                if rng.random() < 0.4:  # pushed into the scanner's corner
                    ox, oy = rng.uniform(3, 9), rng.uniform(3, 9)
                else:
                    ox = (pw - cw) / 2 + rng.uniform(-1, 1) * min(20, (pw - cw) / 2 - 5)
                    oy = rng.uniform(8, max(9, min(45, ph - ch - 8)))
                return pw, ph, [(x + ox, y + oy) for x, y in centres], f"A4 {'portrait' if pw < ph else 'landscape'}"
        centres, cw, ch = _arrange(sizes, angles, arrangement, rng, gap=6.0)
    m = rng.uniform(2.5, 12, 4)
    return (cw + m[0] + m[2], ch + m[1] + m[3], [(x + m[0], y + m[1]) for x, y in centres], "cropped to the content")


def _sides_for(capture_kind: str, docs: list[Document], rng: np.random.Generator):
    """(list of (doc index, side name), arrangement) for a layout."""
    front, back = SIDES[docs[0].kind]
    pass_ = is_passport(docs[0].kind)
    if capture_kind == "front_only":
        return [(0, front)], "single"
    if capture_kind == "back_only":
        return [(0, back)], "single"
    if capture_kind == "both_sides_stacked":
        order = [(0, front), (0, back)] if rng.random() < 0.8 else [(0, back), (0, front)]
        return order, "stacked"
    if capture_kind == "both_sides_side_by_side":
        return [(0, front), (0, back)], "side_by_side"
    if capture_kind == "passport_spread":
        return [(0, "spread")], "single"
    if capture_kind == "two_documents":
        return [(0, front), (1, SIDES[docs[1].kind][0])], str(rng.choice(["stacked", "stacked", "side_by_side"]))
    choices = [
        ([(0, front)], "single"),
        ([(0, back)], "single"),
        ([(0, front), (0, back)], "stacked"),
        ([(0, front), (0, back)], "side_by_side"),
    ]
    if docs[0].kind == "nl_driving_licence":
        choices.pop(1)  # its back holds nothing to redact; back_only covers it
    if pass_:
        choices.append(([(0, "spread")], "single"))
        if capture_kind == "phone_photo":  # a booklet is photographed open, not as loose pages
            choices = [([(0, front)], "single"), ([(0, "spread")], "single"), ([(0, back)], "single")]
    return choices[int(rng.integers(0, len(choices)))]


def _medium(capture_kind: str, rng: np.random.Generator, q: float) -> tuple[str, bool]:
    """(medium, crop) where medium is flatbed, scanner_app, phone or photocopier."""
    u = rng.random()
    if capture_kind in ("front_only", "back_only"):
        if q < 0.05:
            return "flatbed", True
        return ("flatbed", True) if u < 0.45 else ("flatbed", False) if u < 0.8 else ("scanner_app", True)
    if capture_kind in ("both_sides_stacked", "both_sides_side_by_side", "two_documents"):
        return ("flatbed", False) if u < 0.6 else ("flatbed", True) if u < 0.75 else ("scanner_app", False)
    if capture_kind == "passport_spread":
        return ("flatbed", False) if u < 0.45 else ("flatbed", True) if u < 0.7 else ("phone", False)
    if capture_kind.startswith("rotated_"):
        return ("flatbed", False) if u < 0.55 else ("flatbed", True) if u < 0.75 else ("scanner_app", False)
    if capture_kind == "small_angle":
        return ("flatbed", False) if u < 0.8 else ("flatbed", True)
    if capture_kind == "phone_photo":
        return "phone", False
    if capture_kind == "greyscale_photocopy":
        return "photocopier", False
    raise ValueError(capture_kind)


def _size_range(medium: str, crop: bool, n_items: int) -> tuple[float, float]:
    if medium == "phone":
        return 1.0, MP_MAX
    if crop and n_items == 1:
        return MP_MIN, 3.0
    if crop:
        return 0.5, 6.0
    if medium == "photocopier":
        return 0.5, 8.0
    return 0.5, MP_MAX


def make_upload(item: PlanItem, seed: int, max_megapixels: float | None = None):
    """Returns (file bytes, extension, ground truth dict)."""
    prng = random.Random(f"upload:{seed}:{item.index}")
    rng = np.random.default_rng([seed, item.index, 7])
    doc = make_document(prng, item.doc_kind)
    docs = [doc]
    if item.capture_kind == "two_documents":
        kind2, same = _partner_kind(item.doc_kind, prng)
        docs.append(make_document(prng, kind2, holder=doc.holder if same else None))
    sides = _Sides(docs, rng)
    layout, arrangement = _sides_for(item.capture_kind, docs, rng)
    medium, crop = _medium(item.capture_kind, rng, item.q)
    lo, hi = _size_range(medium, crop, len(layout))
    target_mp = _mp(item.q, lo, hi)
    if max_megapixels:
        target_mp = min(target_mp, max_megapixels)
    small_angle = item.capture_kind == "small_angle"
    info: dict = {
        "medium": medium,
        "arrangement": arrangement,
        "sides": [{"document": di, "side": name} for di, name in layout],
    }

    if medium == "phone":
        img, layers, extra = _phone(sides, layout, arrangement, target_mp, rng)
        info.update(extra)
    else:
        sizes = [sides.size(di, name) for di, name in layout]
        if small_angle:
            sign = rng.choice([-1, 1])
            angles = [float(sign * rng.uniform(3, 15) * (1 if rng.random() < 0.7 else -1)) for _ in layout]
        elif crop:
            angles = [float(rng.uniform(-0.6, 0.6)) for _ in layout]
        else:
            angles = [float(rng.uniform(-1.5, 1.5)) for _ in layout]
        pw, ph, centres, paper = _flat_page(sizes, angles, arrangement, rng, crop)
        s = math.sqrt(target_mp * 1e6 / (pw * ph))
        W, H = max(16, int(pw * s)), max(16, int(ph * s))
        s = W / pw
        r = max(8.0, s)
        canvas = cap.scanner_bed(rng, H, W)
        placed = [
            cap.Placed(sides.get(di, name, r), di, cx, cy, a)
            for (di, name), (cx, cy), a in zip(layout, centres, angles, strict=True)
        ]
        page_m = np.diag([s, s, 1.0])
        layers = cap.compose(canvas, placed, page_m, s, shadow=0.18, edge=0.3)
        img = canvas
        info.update(
            {
                "paper": paper,
                "paper_mm": [round(pw, 1), round(ph, 1)],
                "px_per_mm": round(s, 3),
                "dpi": round(s * 25.4, 1),
                "angles_deg": [round(a, 2) for a in angles],
            }
        )
        if medium == "scanner_app":
            img, m, extra = _scanner_app(img, rng)
            layers = cap.transform_layers(layers, m)
            info.update(extra)
        elif medium == "photocopier":
            img = cap.photocopy(img, rng)
            info["greyscale"] = True
        else:
            img = cv2.GaussianBlur(img, (0, 0), float(rng.uniform(0.3, 0.7)))
            img = cap.noise(img, rng, float(rng.uniform(0.8, 2.5)))
    rot = int(item.capture_kind.split("_")[1]) if item.capture_kind.startswith("rotated_") else 0
    if rot:
        img, m = cap.quarter_turn(img, rot)
        layers = cap.transform_layers(layers, m)
    info["rotation_cw_deg"] = rot
    data, ext, fmt_info = encode(img, item.fmt, rng, medium, info.get("dpi"))
    info.update(fmt_info)
    gt = ground_truth(item, seed, docs, layers, img, info)
    return data, ext, gt


def _scanner_app(img: np.ndarray, rng: np.random.Generator):
    """A phone scanning app: flattened page, uneven light, a residual perspective, sharpened."""
    h, w = img.shape[:2]
    src = np.float32([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]])
    j = rng.uniform(-0.012, 0.012, (4, 2)) * [w, h]
    dst = np.float32(src + j)
    m = cv2.getPerspectiveTransform(src, dst).astype(np.float64)
    out = cv2.warpPerspective(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    strength = float(rng.uniform(0.08, 0.22))
    out = cap.illumination(out, rng, strength)
    blur = cv2.GaussianBlur(out, (0, 0), 1.2)
    amount = float(rng.uniform(0.3, 0.8))
    out = cv2.addWeighted(out, 1 + amount, blur, -amount, 0)
    grey = bool(rng.random() < 0.25)
    if grey:
        g = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
        out = cv2.cvtColor(g, cv2.COLOR_GRAY2RGB)
    out = cap.noise(out, rng, float(rng.uniform(1.0, 3.0)))
    return out, m, {"residual_perspective": True, "illumination": round(strength, 3), "greyscale": grey}


def _phone(sides: _Sides, layout, arrangement, target_mp: float, rng: np.random.Generator):
    """A photograph of the side(s) on a desk: perspective, shadow, maybe a thumb, glare, blur, noise."""
    sizes = [sides.size(di, name) for di, name in layout]
    angles = [float(rng.uniform(-8, 8)) for _ in layout] if len(layout) > 1 else [0.0]
    centres, cw, ch = _arrange(
        sizes, angles, arrangement if arrangement != "single" else "stacked", rng, gap=float(rng.uniform(5, 20))
    )
    turn = 90.0 if rng.random() < 0.2 else 0.0
    tilt = float(rng.uniform(-12, 12)) + turn
    landscape = (cw >= ch) != (turn == 90.0)
    aspect = 4 / 3
    W = int(math.sqrt(target_mp * 1e6 * aspect))
    H = int(W / aspect)
    if not landscape:
        W, H = H, W
    rect = np.float32([[0, 0], [cw, 0], [cw, ch], [0, ch]])
    fill = float(rng.uniform(0.55, 0.86))
    for _ in range(40):
        a = math.radians(tilt)
        ew, eh = cap.rotated_extent(cw, ch, tilt)
        k = fill * min(W / ew, H / eh)
        pts = (rect - [cw / 2, ch / 2]) * k
        pts = pts @ np.array([[math.cos(a), math.sin(a)], [-math.sin(a), math.cos(a)]])
        # keystone: one edge pair foreshortened as by a tilted camera, plus a little jitter
        key = float(rng.uniform(0.0, 0.16))
        which = int(rng.integers(0, 4))
        centre = pts.mean(axis=0)
        i0, i1 = which, (which + 1) % 4
        for i in (i0, i1):
            pts[i] = centre + (pts[i] - centre) * (1 - key)
        pts += rng.uniform(-0.015, 0.015, (4, 2)) * [W, H]
        off = rng.uniform(-0.5, 0.5, 2) * [W * (1 - fill) * 0.5, H * (1 - fill) * 0.5]
        pts += [W / 2, H / 2] + off
        margin = 0.02 * min(W, H)
        if (
            pts[:, 0].min() > margin
            and pts[:, 1].min() > margin
            and pts[:, 0].max() < W - margin
            and pts[:, 1].max() < H - margin
        ):
            break
        fill *= 0.93
    hm = cv2.getPerspectiveTransform(rect, np.float32(pts)).astype(np.float64)
    edges_px = [np.linalg.norm(pts[(i + 1) % 4] - pts[i]) for i in range(4)]
    px_per_mm = max(edges_px[0] / cw, edges_px[1] / ch, edges_px[2] / cw, edges_px[3] / ch)
    r = float(min(48.0, max(8.0, px_per_mm * 1.1)))
    img, desk_kind = cap.desk(rng, H, W)
    img = cap.illumination(img, rng, float(rng.uniform(0.1, 0.3)))
    placed = [
        cap.Placed(sides.get(di, name, r), di, cx, cy, a)
        for (di, name), (cx, cy), a in zip(layout, centres, angles, strict=True)
    ]
    layers = cap.compose(img, placed, hm, r, perspective=True, shadow=0.4, edge=0.12)
    info: dict = {
        "desk": desk_kind,
        "frame_px": [W, H],
        "px_per_mm_max": round(px_per_mm, 3),
        "perspective_corners": np.round(pts, 1).tolist(),
        "angles_deg": [round(a, 2) for a in angles],
    }
    forbidden = [e.polygon for lay in layers for e in lay.elements]
    if rng.random() < 0.55:
        main = max(layers, key=lambda lay: cv2.contourArea(lay.quad.astype(np.float32)))
        img, thumb = cap.hand(img, rng, main.quad, forbidden, px_per_mm)
        info["hand"] = None if thumb is None else np.round(thumb[:: max(1, len(thumb) // 16)], 1).tolist()
    else:
        info["hand"] = None
    if rng.random() < 0.65:
        quads = np.vstack([lay.quad for lay in layers])
        cx, cy = quads[int(rng.integers(0, len(quads)))] * 0.35 + quads.mean(axis=0) * 0.65
        axes = (float(rng.uniform(0.08, 0.22) * W), float(rng.uniform(0.04, 0.12) * W))
        ang = float(rng.uniform(0, 180))
        strength = float(rng.uniform(0.35, 0.7))
        img = cap.glare(img, rng, (cx, cy), axes, ang, strength)
        info["glare"] = {
            "centre": [round(float(cx), 1), round(float(cy), 1)],
            "axes": [round(axes[0], 1), round(axes[1], 1)],
            "angle_deg": round(ang, 1),
            "strength": round(strength, 3),
        }
    else:
        info["glare"] = None
    cast = rng.uniform(0.93, 1.07, 3)
    img = np.clip(img.astype(np.float32) * cast, 0, 255).astype(np.uint8)
    sigma = float(rng.uniform(0.4, 1.6) * max(W, H) / 3000)
    img = cv2.GaussianBlur(img, (0, 0), max(0.3, sigma))
    if rng.random() < 0.25:  # a little camera shake
        n = int(rng.integers(3, 8))
        kernel = np.zeros((n, n), np.float32)
        kernel[n // 2, :] = 1.0 / n
        rot = cv2.getRotationMatrix2D((n / 2 - 0.5, n / 2 - 0.5), float(rng.uniform(0, 180)), 1.0)
        kernel = cv2.warpAffine(kernel, rot, (n, n))
        kernel /= max(1e-6, kernel.sum())
        img = cv2.filter2D(img, -1, kernel)
        info["motion_blur_px"] = n
    nsig = float(rng.uniform(2, 6))
    img = cap.noise(img, rng, nsig, chroma=nsig * 0.5)
    q = int(rng.integers(45, 88))
    img = cap.jpeg_roundtrip(img, q)
    info.update({"blur_sigma": round(sigma, 3), "noise_sigma": round(nsig, 2), "jpeg_quality_camera": q})
    return img, layers, info


def encode(img: np.ndarray, fmt: str, rng: np.random.Generator, medium: str, dpi: float | None):
    pil = Image.fromarray(img)
    if img.ndim == 3 and medium == "photocopier":
        pil = pil.convert("L")
    buf = io.BytesIO()
    info: dict = {"format": fmt}
    if fmt == "png":
        if dpi:
            pil.save(buf, "PNG", compress_level=6, dpi=(dpi, dpi))
        else:
            pil.save(buf, "PNG", compress_level=6)
        ext = "png"
    elif fmt == "jpeg":
        q = int(rng.integers(60, 92)) if medium != "phone" else int(rng.integers(70, 93))
        pil.save(buf, "JPEG", quality=q, dpi=(int(dpi), int(dpi)) if dpi else (72, 72))
        info["jpeg_quality"] = q
        ext = "jpg"
    elif fmt == "pdf":
        d = dpi or max(pil.size) / 11.69
        pil.save(
            buf,
            "PDF",
            resolution=float(d),
            quality=90,
            title="scan",
            creationDate=FIXED_PDF_DATE,
            modDate=FIXED_PDF_DATE,
        )
        info["pdf_dpi"] = round(float(d), 3)
        info["pdf_page_pt"] = [round(pil.size[0] * 72 / d, 2), round(pil.size[1] * 72 / d, 2)]
        ext = "pdf"
    else:
        raise ValueError(fmt)
    return buf.getvalue(), ext, info


def _r(poly: np.ndarray) -> list[list[float]]:
    return [[round(float(x), 1), round(float(y), 1)] for x, y in poly]


def ground_truth(item: PlanItem, seed: int, docs: list[Document], layers, img: np.ndarray, info: dict) -> dict:
    h, w = img.shape[:2]
    elements = []
    for lay in layers:
        for e in lay.elements:
            inside = np.clip(e.polygon, 0, [w - 1, h - 1])
            el = {"type": e.type, "value": e.value, "document": lay.doc_index, "side": lay.side, "polygon": _r(inside)}
            if float(np.abs(inside - e.polygon).max()) > 1.0:
                el["clipped"] = True  # part of the element lies outside the picture
            el.update(e.extra)
            elements.append(el)
    documents = []
    for i, d in enumerate(docs):
        hd = d.holder
        values = {
            "document_number": d.number,
            "document_number_printed": d.number_printed,
            "surname": hd.surname,
            "given_names": hd.given_names,
            "sex": hd.sex,
            "date_of_birth": hd.dob.isoformat(),
            "nationality": hd.nationality,
            "date_of_issue": d.issued.isoformat(),
            "date_of_expiry": d.expires.isoformat(),
        }
        if hd.bsn:
            values["bsn"] = hd.bsn
        if hd.be_national_number:
            values["personal_number"] = hd.be_national_number
        if "v_number" in d.extra:
            values["v_number"] = d.extra["v_number"]
        if d.mrz:
            values["mrz"] = d.mrz
        documents.append(
            {
                "index": i,
                "kind": d.kind,
                "sides_shown": sorted({lay.side for lay in layers if lay.doc_index == i}),
                "outlines": [_r(lay.quad) for lay in layers if lay.doc_index == i],
                "values": values,
            }
        )
    return {
        "generator": GENERATOR,
        "version": VERSION,
        "seed": seed,
        "index": item.index,
        "document_kind": item.doc_kind,
        "capture_kind": item.capture_kind,
        "page_size": {
            "width": w,
            "height": h,
            "megapixels": round(w * h / 1e6, 3),
            "channels": 1 if img.ndim == 2 else 3,
        },
        "capture": info,
        "documents": documents,
        "elements": elements,
        "coordinates": "output image pixels, origin top-left, x right, y down (for PDFs: the embedded image, "
        "i.e. the page rendered at capture.pdf_dpi)",
    }


def generate(out: Path, count: int, seed: int, max_megapixels: float | None = None, log=None) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    # generated output never goes into git: the folder ignores itself
    (out / ".gitignore").write_text("# generated by python -m synthetic.id_uploads; regenerate, do not commit\n*\n")
    manifest = []
    for item in plan(count, seed):
        t0 = time.perf_counter()
        data, ext, gt = make_upload(item, seed, max_megapixels)
        stem = f"{item.index:03d}_{item.doc_kind}_{item.capture_kind}"
        gt["file"] = f"{stem}.{ext}"
        (out / gt["file"]).write_bytes(data)
        (out / f"{stem}.json").write_text(json.dumps(gt, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        manifest.append(
            {
                "file": gt["file"],
                "truth": f"{stem}.json",
                "document_kind": item.doc_kind,
                "capture_kind": item.capture_kind,
                "format": ext,
                "megapixels": gt["page_size"]["megapixels"],
            }
        )
        if log:
            log(
                f"{gt['file']}  {gt['page_size']['width']}x{gt['page_size']['height']}  {time.perf_counter() - t0:.1f}s"
            )
    (out / "manifest.json").write_text(
        json.dumps(
            {"generator": GENERATOR, "version": VERSION, "seed": seed, "count": count, "uploads": manifest}, indent=1
        )
        + "\n"
    )
    return manifest
