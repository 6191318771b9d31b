"""A second battery of Dutch 2021-model passports shown as open booklets (issue 13): data page and facing page in
one picture, the document number printed and laser-perforated through both pages.

`python -m synthetic.id_booklets --out DIR --seed S --count N` writes `NNN_nl_passport_<capture>.<png|jpg>`, a truth
file of the same name (the format of `synthetic/id_family3`, read by `bench/bench_id_uploads.py`), `manifest.json` and
a `.gitignore` holding `*`. Written without reading the held-out generator, the first battery or the redactor.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
from PIL import Image

from . import capture, pages

CAPTURE_KINDS = ["booklet_scan", "booklet_phone", "booklet_photocopy", "booklet_scan_turned"]
FACING_CONTENTS: list[tuple[str, ...]] = [
    (),
    ("signature",),
    ("bsn",),
    ("stamp", "stamp"),
    ("visa",),
    ("data_copy",),
    ("signature", "bsn"),
    ("stamp", "data_copy"),
    ("visa", "stamp"),
    ("signature", "data_copy", "bsn"),
]


def choose_style(rng: np.random.Generator) -> pages.Style:
    return pages.Style(
        bsn_on_data=bool(rng.random() < 0.3),
        number_ink=str(rng.choice(list(pages.INKS))),
        number_label=bool(rng.random() < 0.65),
        facing=FACING_CONTENTS[int(rng.integers(0, len(FACING_CONTENTS)))],
    )


def build(
    index: int, seed: int, max_mp: float
) -> tuple[np.ndarray, list[dict[str, object]], dict[str, object], pages.Holder, str]:
    """One upload: its picture, elements (polygons in picture pixels), capture facts, holder and capture kind."""
    rng = np.random.default_rng([seed, index, 13])
    kind = CAPTURE_KINDS[(index + seed) % len(CAPTURE_KINDS)]
    holder = pages.make_holder(rng)
    style = choose_style(rng)
    data = pages.data_page(holder, rng, style)
    facing = pages.facing_page(holder, rng, style)
    arrangement = str(rng.choice(["stacked", "side_by_side_turned", "side_by_side_flat"], p=[0.45, 0.35, 0.2]))
    binding = "v" if arrangement == "side_by_side_flat" else "h"
    perf = pages.perforation_plan(rng)
    pages.perforate_both(data, facing, str(holder.values["document_number"]), perf, rng, binding)
    spread = capture.spread(data, facing, rng, binding, bool(rng.random() < 0.5))
    if arrangement == "side_by_side_turned":
        spread = capture.turn_spread(spread, int(rng.choice([90, 270])))
    if kind == "booklet_phone":
        image, elements, meta = capture.phone(spread, rng, max_mp)
    else:
        image, elements, meta = capture.flatbed(spread, rng, max_mp)
    if kind == "booklet_photocopy" or (kind == "booklet_scan" and rng.random() < 0.15):
        image = capture.photocopy(image, rng)
        meta["grey_copy"] = True
    turn = int(rng.choice([90, 180, 270])) if kind == "booklet_scan_turned" else 0
    image = capture.quarter_turn(image, elements, turn)
    meta.update(
        {
            "arrangement": arrangement,
            **spread.meta,
            "quarter_turn_deg": turn,
            "rotation_cw_deg": (spread.turn + turn) % 360,
            "perforation": dataclasses.asdict(perf),
            "facing_content": list(style.facing),
        }
    )
    return image, elements, meta, holder, kind


def inside(image: np.ndarray, elements: list[dict[str, object]]) -> bool:
    h, w = image.shape[:2]
    return all(
        np.all(np.asarray(e["polygon"])[:, 0] >= -0.5)
        and np.all(np.asarray(e["polygon"])[:, 0] <= w + 0.5)
        and np.all(np.asarray(e["polygon"])[:, 1] >= -0.5)
        and np.all(np.asarray(e["polygon"])[:, 1] <= h + 0.5)
        for e in elements
    )


def _plain(v: object) -> object:
    if isinstance(v, np.generic):
        return v.item()
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    return v


def write_upload(index: int, out: Path, seed: int, max_mp: float = 3.0) -> dict[str, object]:
    for attempt in range(8):
        image, elements, meta, holder, kind = build(index, seed + 7_919 * attempt, max_mp)
        if inside(image, elements):
            break
    else:
        raise RuntimeError(f"upload {index}: elements keep falling outside the picture")
    rng = np.random.default_rng([seed, index, 29])
    fmt = "jpg" if kind == "booklet_phone" or rng.random() < 0.5 else "png"
    stem = f"{index:03d}_nl_passport_{kind}"
    h, w = image.shape[:2]
    capture_facts: dict[str, object] = {"rotation_cw_deg": meta.pop("rotation_cw_deg"), "format": fmt}
    if fmt == "jpg":
        quality = int(rng.integers(55, 96))
        Image.fromarray(image).save(out / f"{stem}.jpg", "JPEG", quality=quality)
        capture_facts["jpeg_quality"] = quality
    else:
        Image.fromarray(image).save(out / f"{stem}.png", "PNG")
    capture_facts.update(meta)
    truth = {
        "document_kind": "nl_passport",
        "capture_kind": kind,
        "page_size": {"width": w, "height": h, "megapixels": round(w * h / 1e6, 3), "channels": 3},
        "capture": _plain(capture_facts),
        "documents": [
            {
                "index": 0,
                "kind": "nl_passport",
                "model": "2021",
                "sides_shown": ["data_page", "facing_page"],
                "values": _plain(holder.values),
            }
        ],
        "elements": [
            {
                **{k: _plain(v) for k, v in e.items() if k != "polygon"},
                "document": 0,
                "polygon": [
                    [round(float(np.clip(x, 0, w)), 2), round(float(np.clip(y, 0, h)), 2)]
                    for x, y in np.asarray(e["polygon"])
                ],
            }
            for e in elements
        ],
        "generator": "synthetic.id_booklets",
        "seed": seed,
    }
    (out / f"{stem}.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n")
    return {"file": f"{stem}.{fmt}", "truth": f"{stem}.json", "document_kind": "nl_passport", "capture_kind": kind,
            "format": fmt, "width": w, "height": h}  # fmt: skip


def write_set(out: Path, count: int, seed: int, max_mp: float = 3.0) -> list[dict[str, object]]:
    out.mkdir(parents=True, exist_ok=True)
    (out / ".gitignore").write_text("*\n")
    rows = [write_upload(i, out, seed, max_mp) for i in range(count)]
    manifest = {"generator": "synthetic.id_booklets", "role": "battery", "seed": seed, "count": count,
                "max_megapixels": max_mp, "uploads": rows}  # fmt: skip
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    return rows


__all__ = ["CAPTURE_KINDS", "build", "write_set", "write_upload"]
