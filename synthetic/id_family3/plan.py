"""Plan and writer of tuning family 3: which document and capture each upload gets, and the files it becomes."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from . import captures, layouts
from .captures import Item, Shot
from .identity import DOCUMENT_KINDS, Document, make_document

CAPTURE_KINDS = [
    "single_front",
    "single_back",
    "both_stacked",
    "both_side_by_side",
    "both_cropped",
    "passport_spread",
    "two_documents",
    "turned_page",
    "tilted",
    "phone_photo",
    "photocopy",
    "pdf_page",
]
PDF_DATE = time.gmtime(1767225600)  # 2026-01-01, fixed, so that the same seed writes the same bytes


@dataclass(frozen=True)
class Upload:
    index: int
    document_kind: str
    capture_kind: str

    @property
    def stem(self) -> str:
        return f"{self.index:03d}_{self.document_kind}_{self.capture_kind}"


def make_plan(count: int, seed: int) -> list[Upload]:
    """Every capture kind in turn; the document kind walks at another pace so that pairs vary.

    With 12 capture kinds and 6 document kinds, any 12 consecutive uploads hold every capture kind and (apart from
    the passport a spread forces) every document kind."""
    plan = []
    offset = seed % len(DOCUMENT_KINDS)
    for i in range(count):
        capture = CAPTURE_KINDS[i % len(CAPTURE_KINDS)]
        kind = DOCUMENT_KINDS[(i + offset + i // len(CAPTURE_KINDS)) % len(DOCUMENT_KINDS)]
        if capture == "passport_spread":
            kind = "nl_passport"
        plan.append(Upload(i, kind, capture))
    return plan


def _new_document(kind: str, rng: np.random.Generator, index: int) -> Document:
    doc = make_document(kind, rng)
    doc.style = layouts.choose_style(doc, rng)
    return doc


def _item(doc: Document, index: int, side: str, rng: np.random.Generator) -> Item:
    return Item(index, side, layouts.render_side(doc, side, rng))


def passport_spread(doc: Document, index: int, rng: np.random.Generator) -> Item:
    """The opened booklet: the facing page above the data page, a fold between them, the cover around them."""
    facing = layouts.render_side(doc, doc.sides[1], rng)
    data = layouts.render_side(doc, "data_page", rng)
    fh, w = facing.rgb.shape[:2]
    rgb = np.vstack([facing.rgb, data.rgb]).astype(np.float32)
    fold = np.exp(-(((np.arange(rgb.shape[0]) - fh) / (fh * 0.03)) ** 2))[:, None, None] * 0.35
    rgb = rgb * (1 - fold)
    border = int(w * 0.02)
    cover = np.array([(110, 20, 40), (40, 30, 90)][int(rng.integers(0, 2))], np.float32)
    out = np.empty((rgb.shape[0] + 2 * border, w + 2 * border, 3), np.float32)
    out[:] = cover
    out[border:-border, border:-border] = rgb
    alpha = np.full(out.shape[:2], 255, np.uint8)
    elements = []
    for e in facing.elements:
        elements.append({**e, "side": doc.sides[1], "box": _shift(e["box"], border, border)})  # type: ignore[arg-type]
    for e in data.elements:
        elements.append({**e, "side": "data_page", "box": _shift(e["box"], border, border + fh)})  # type: ignore[arg-type]
    side = layouts.Side(out.astype(np.uint8), alpha, elements)
    return Item(index, "spread", side)


def _shift(box: tuple[int, int, int, int], dx: int, dy: int) -> tuple[int, int, int, int]:
    return (box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy)


def build(upload: Upload, seed: int, max_mp: float) -> tuple[Shot, list[Document], list[list[str]], str]:
    """Draw the documents and the capture of one upload; returns the shot, documents, sides shown, format."""
    rng = np.random.default_rng([seed, upload.index])
    doc = _new_document(upload.document_kind, rng, 0)
    docs, shown = [doc], [[]]  # type: ignore[var-annotated]
    cap = upload.capture_kind
    fmt = str(rng.choice(["png", "jpg", "pdf"], p=[0.45, 0.35, 0.2]))
    if cap == "pdf_page":
        fmt = "pdf"
    turn = 0
    pdf = fmt == "pdf"

    def scan(items: list[Item], **how: object) -> Shot:
        return captures.flatbed(items, rng, max_mp, for_pdf=pdf, **how)  # type: ignore[arg-type]

    def both() -> list[Item]:
        shown[0] = list(doc.sides)
        return [_item(doc, 0, s, rng) for s in doc.sides]

    def one(side_index: int | None = None) -> list[Item]:
        k = side_index if side_index is not None else int(rng.random() < 0.35)
        shown[0] = [doc.sides[k]]
        return [_item(doc, 0, doc.sides[k], rng)]

    if cap == "single_front":
        shot = scan(one(0), stack=True, cropped=bool(rng.random() < 0.5))
    elif cap == "single_back":
        shot = scan(one(1), stack=True, cropped=bool(rng.random() < 0.5))
    elif cap == "both_stacked":
        shot = scan(both(), stack=True, cropped=False)
    elif cap == "both_side_by_side":
        shot = scan(both(), stack=False, cropped=bool(rng.random() < 0.3))
    elif cap == "both_cropped":
        shot = scan(both(), stack=bool(rng.random() < 0.5), cropped=True)
    elif cap == "passport_spread":
        shown[0] = [doc.sides[1], "data_page"]
        items = [passport_spread(doc, 0, rng)]
        if rng.random() < 0.3:
            shot = captures.phone(items, rng, max_mp)
            fmt = "jpg"
        else:
            shot = scan(items, stack=True, cropped=bool(rng.random() < 0.4))
    elif cap == "two_documents":
        other_kind = DOCUMENT_KINDS[
            (DOCUMENT_KINDS.index(doc.kind) + 1 + int(rng.integers(0, 5))) % len(DOCUMENT_KINDS)
        ]
        other = _new_document(other_kind, rng, 1)
        docs.append(other)
        k0, k1 = int(rng.random() < 0.3), int(rng.random() < 0.3)
        shown[0] = [doc.sides[k0]]
        shown.append([other.sides[k1]])
        items = [_item(doc, 0, doc.sides[k0], rng), _item(other, 1, other.sides[k1], rng)]
        shot = scan(items, stack=bool(rng.random() < 0.6), cropped=bool(rng.random() < 0.25))
    elif cap == "turned_page":
        items = both() if rng.random() < 0.7 else one()
        shot = scan(items, stack=bool(rng.random() < 0.6), cropped=bool(rng.random() < 0.4))
        turn = int(rng.choice([90, 180, 270]))
    elif cap == "tilted":
        items = both() if rng.random() < 0.6 else one()
        shot = scan(items, stack=bool(rng.random() < 0.6), cropped=bool(rng.random() < 0.4), tilt_range=(3.0, 15.0))
    elif cap == "phone_photo":
        items = one() if rng.random() < 0.6 else both()
        shot = captures.phone(items, rng, max_mp)
        fmt = "jpg"
        turn = int(rng.choice([0, 0, 0, 90, 270]))  # phones often store the picture sideways
        if rng.random() < 0.3:  # a scanner app: levels stretched, maybe grey, exported as a PDF page
            shot = captures.app_scan(shot, rng)
            fmt = "pdf"
    elif cap == "photocopy":
        items = both() if rng.random() < 0.75 else one()
        shot = captures.photocopy(scan(items, stack=True, cropped=False), rng)
        turn = int(rng.choice([0, 0, 0, 180, 90]))
    elif cap == "pdf_page":
        shot = scan(both(), stack=bool(rng.random() < 0.7), cropped=False)
    else:
        raise ValueError(cap)
    if fmt == "pdf" and "pdf_dpi" not in shot.meta:
        fmt = "jpg"
    shot = captures.quarter_turn(shot, turn)
    shot.meta["rotation_cw_deg"] = turn
    return shot, docs, shown, fmt


def all_inside(shot: Shot) -> bool:
    h, w = shot.image.shape[:2]
    return all(
        np.all(np.asarray(e["polygon"])[:, 0] >= 0)
        and np.all(np.asarray(e["polygon"])[:, 0] <= w)
        and np.all(np.asarray(e["polygon"])[:, 1] >= 0)
        and np.all(np.asarray(e["polygon"])[:, 1] <= h)
        for e in shot.elements
    )


def _save(image: np.ndarray, path: Path, fmt: str, rng: np.random.Generator, dpi: float | None) -> dict[str, object]:
    pil = Image.fromarray(image)
    if fmt == "png":
        pil.save(path, "PNG")
        return {}
    if fmt == "jpg":
        quality = int(rng.integers(55, 93))
        pil.save(path, "JPEG", quality=quality)
        return {"jpeg_quality": quality}
    assert dpi is not None
    pil.save(path, "PDF", resolution=dpi, creationDate=PDF_DATE, modDate=PDF_DATE, producer="id_family3")
    return {"pdf_dpi": dpi}


def _json_value(v: object) -> object:
    if isinstance(v, np.generic):
        return v.item()
    return v


def write_upload(upload: Upload, out: Path, seed: int, max_mp: float) -> dict[str, object]:
    """Draw one upload, retrying the capture until every element lies inside the page; write image and truth."""
    for attempt in range(8):
        shot, docs, shown, fmt = build(upload, seed + 1_000_003 * attempt, max_mp)
        if all_inside(shot):
            break
    else:
        raise RuntimeError(f"upload {upload.index}: elements keep falling outside the page")
    rng = np.random.default_rng([seed, upload.index, 7])
    h, w = shot.image.shape[:2]
    name = f"{upload.stem}.{fmt}"
    extra = _save(shot.image, out / name, fmt, rng, float(shot.meta.get("pdf_dpi", 0)) or None)  # type: ignore[arg-type]
    capture = {
        "rotation_cw_deg": shot.meta["rotation_cw_deg"],
        "format": fmt,
        **extra,
        **{k: v for k, v in shot.meta.items() if k not in ("rotation_cw_deg", "pdf_dpi")},
    }
    truth = {
        "document_kind": upload.document_kind,
        "capture_kind": upload.capture_kind,
        "page_size": {
            "width": w,
            "height": h,
            "megapixels": round(w * h / 1e6, 3),
            "channels": 1 if shot.image.ndim == 2 else 3,
        },
        "capture": capture,
        "documents": [
            {
                "index": i,
                "kind": d.kind,
                "model": d.model,
                "sides_shown": shown[i],
                "values": {k: _json_value(v) for k, v in d.values.items()},
            }
            for i, d in enumerate(docs)
        ],
        "elements": [
            {
                **{k: _json_value(v) for k, v in e.items() if k != "polygon"},
                "polygon": [
                    [round(float(np.clip(x, 0, w)), 2), round(float(np.clip(y, 0, h)), 2)]
                    for x, y in np.asarray(e["polygon"])
                ],
            }
            for e in shot.elements
        ],
        "generator": "synthetic.id_family3",
        "seed": seed,
    }
    (out / f"{upload.stem}.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n")
    return {
        "file": name,
        "truth": f"{upload.stem}.json",
        "document_kind": upload.document_kind,
        "capture_kind": upload.capture_kind,
        "format": fmt,
        "width": w,
        "height": h,
        "megapixels": truth["page_size"]["megapixels"],
    }  # type: ignore[index]


def write_set(out: Path, count: int, seed: int, max_mp: float = 4.0) -> list[dict[str, object]]:
    out.mkdir(parents=True, exist_ok=True)
    (out / ".gitignore").write_text("*\n")
    rows = [write_upload(u, out, seed, max_mp) for u in make_plan(count, seed)]
    manifest = {
        "generator": "synthetic.id_family3",
        "role": "tuning",
        "seed": seed,
        "count": count,
        "max_megapixels": max_mp,
        "uploads": rows,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    return rows
