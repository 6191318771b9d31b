"""A preview for the person who looks at a quarantined copy: the redacted page downscaled, every proposed box
outlined and numbered (the number is the box's place in the report's ``boxes`` list, from 1), so the boxes can
be corrected in a JSON file and applied with ``afscherm redact-image --boxes``.

The preview shows the page as redacted (boxes black), never the original: what is visible beside the boxes is
what the verification objected to, which the person needs to see to correct it. It goes to the quarantine
folder only, beside the reason file.
"""

from __future__ import annotations

import cv2
import numpy as np

from afscherm.redactors.id_copies.boxes import Region

MAX_SIDE = 1200  # the preview's longest side in pixels
OUTLINE = (230, 40, 40)  # RGB


def preview_png(redacted: np.ndarray, regions: list[Region], max_side: int = MAX_SIDE) -> bytes:
    """PNG bytes of ``redacted`` (RGB) at most ``max_side`` long, with ``regions`` outlined and numbered."""
    f = min(1.0, max_side / max(redacted.shape[:2]))
    img = cv2.resize(redacted, None, fx=f, fy=f, interpolation=cv2.INTER_AREA) if f < 1 else redacted.copy()
    img = np.ascontiguousarray(img)
    for number, region in enumerate(regions, 1):
        pts = np.round(np.array(region.polygon, dtype=np.float64) * f).astype(np.int32)
        cv2.polylines(img, [pts], True, OUTLINE, 2)
        x, y = int(pts[:, 0].min()), int(pts[:, 1].min())
        label = str(number)
        (tw, th), _ = cv2.getTextSize(label, cv2.FONT_HERSHEY_SIMPLEX, 0.5, 1)
        x, y = max(0, x), max(th + 4, y)
        cv2.rectangle(img, (x, y - th - 4), (x + tw + 4, y), OUTLINE, -1)
        cv2.putText(img, label, (x + 2, y - 3), cv2.FONT_HERSHEY_SIMPLEX, 0.5, (255, 255, 255), 1, cv2.LINE_AA)
    ok, data = cv2.imencode(".png", cv2.cvtColor(img, cv2.COLOR_RGB2BGR))
    if not ok:
        raise RuntimeError("cannot encode the preview")
    return data.tobytes()


def regions_from_json(pages: object) -> dict[int, list[Region]]:
    """Corrected boxes per page number, from the report's shape (``{"pages": [{"page": 1, "boxes": [{"type",
    "polygon"}, …]}]}``) or a bare list of boxes for page 1. Raises ValueError for anything else."""
    if isinstance(pages, dict) and "pages" in pages:
        pages = pages["pages"]
    if isinstance(pages, list) and all(isinstance(b, dict) and "polygon" in b for b in pages):
        pages = [{"page": 1, "boxes": pages}]
    if not isinstance(pages, list):
        raise ValueError("boxes: expected {'pages': [{'page': N, 'boxes': [...]}]} or a list of boxes")
    out: dict[int, list[Region]] = {}
    for entry in pages:
        if not isinstance(entry, dict) or not isinstance(entry.get("page"), int) or entry["page"] < 1:
            raise ValueError("boxes: every page entry needs a page number from 1")
        regions = []
        for box in entry.get("boxes") or []:
            polygon = box.get("polygon") if isinstance(box, dict) else None
            if (
                not isinstance(polygon, list)
                or len(polygon) < 3
                or not all(
                    isinstance(p, list | tuple) and len(p) == 2 and all(isinstance(v, int | float) for v in p)
                    for p in polygon
                )
            ):
                raise ValueError(f"boxes: page {entry['page']}: every box needs a polygon of 3+ [x, y] points")
            regions.append(
                Region(str(box.get("type") or "manual"), "person", tuple((float(x), float(y)) for x, y in polygon))
            )
        out[entry["page"]] = regions
    return out
