"""Images of Dutch-style ID cards (TD1) and passport data pages (TD3), with ground-truth boxes.

Every image is drawn from a seed: fictitious holder (``synthetic.people``), document number and BSN
with valid checksums (``synthetic.identifiers``), an MRZ with valid check digits (``detectors.mrz``;
documents issued before August 2021 carry the BSN in the MRZ, later ones do not), and a real face
photograph: NASA's astronaut portrait shipped with scikit-image (public domain). The rendered
document is put on a background and photographed: scaled (600–4000 px wide), rotated (±6°),
perspective-warped, blurred, noised, saved as PNG, JPEG (some with an EXIF orientation tag), WebP,
multi-page TIFF or PDF.

Beside each image a JSON file holds the sensitive strings and, per page, the polygon of every
sensitive region in the final image's pixel coordinates (after EXIF orientation is applied).

    python -m synthetic.id_images --out DIR [--count N] [--seed S]
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from afscherm.detectors.mrz import compose_td1, compose_td3, icao_check_digit
from synthetic import identifiers as ids
from synthetic.people import person

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")  # Debian fonts-dejavu-core
INK = (38, 40, 52)  # darkest printed colour: redaction black (0) stays distinguishable
LABEL = (92, 96, 110)
FLOOR = 45  # no pixel of a generated document is darker than this (before JPEG)
FORMATS = ("png", "jpg", "webp", "tiff", "pdf")
SENSITIVE = ("mrz", "bsn", "document_number", "photo", "ghost_photo")
OPTIONAL = ("name", "date_of_birth", "signature")

Point = tuple[float, float]


@lru_cache(maxsize=16)
def _font(kind: str, size: int) -> ImageFont.FreeTypeFont:
    name = {"mono": "DejaVuSansMono.ttf", "bold": "DejaVuSans-Bold.ttf", "sans": "DejaVuSans.ttf"}[kind]
    return ImageFont.truetype(str(FONT_DIR / name), size)


@lru_cache(maxsize=1)
def _face() -> np.ndarray:
    from skimage import data  # astronaut(): NASA portrait, public domain

    return np.asarray(data.astronaut())


@dataclass
class Page:
    """A rendered document and the axis-aligned boxes of its regions (document pixel coordinates)."""

    image: Image.Image
    boxes: list[tuple[str, tuple[float, float, float, float]]] = field(default_factory=list)


@dataclass
class Holder:
    kind: str  # "td1" card or "td3" passport
    pre_2021: bool
    surname: str
    given: str
    docnum: str
    bsn: str
    dob: ids.Date
    expiry: ids.Date
    sex: str
    birthplace: str
    mrz: list[str]
    bsn_printed: bool

    def strings(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "pre_2021": self.pre_2021,
            "surname": self.surname,
            "given_names": self.given,
            "document_number": self.docnum,
            "bsn": self.bsn if self.bsn_printed or self.pre_2021 else None,
            "bsn_in_mrz": self.pre_2021,
            "date_of_birth": ids.format_date(self.dob, "id_card"),
            "mrz": self.mrz,
        }


def make_holder(rng: random.Random, kind: str) -> Holder:
    p = person(rng)
    pre_2021 = rng.random() < 0.5
    issue = ids.Date(
        rng.randrange(2014, 2021) if pre_2021 else rng.randrange(2021, 2026), rng.randrange(1, 13), rng.randrange(1, 29)
    )
    expiry = ids.Date(issue.year + 10, issue.month, issue.day)
    dob = ids.birth_date(rng)
    docnum = ids.nl_document_number(rng)
    bsn = ids.bsn(rng)
    sex = "M" if p.gender == "M" else "F"
    given = " ".join(p.first_names)
    if kind == "td1":
        optional = f"{bsn}<<<<<{icao_check_digit(bsn)}" if pre_2021 else ""
        mrz = compose_td1(
            "I", "NLD", docnum, ids.mrz_date(dob), sex, ids.mrz_date(expiry), "NLD", p.family, given, optional
        )
    else:
        mrz = compose_td3(
            "P",
            "NLD",
            docnum,
            ids.mrz_date(dob),
            sex,
            ids.mrz_date(expiry),
            "NLD",
            p.family,
            given,
            bsn if pre_2021 else "",
        )
    return Holder(
        kind,
        pre_2021,
        p.family_alone.upper(),
        given.upper(),
        docnum,
        bsn,
        dob,
        expiry,
        sex,
        rng.choice(ids.CITIES).upper(),
        mrz,
        pre_2021 or rng.random() < 0.5,
    )


def _text(
    draw: ImageDraw.ImageDraw, xy: Point, text: str, font: ImageFont.FreeTypeFont, fill: tuple[int, int, int]
) -> tuple[float, float, float, float]:
    draw.text(xy, text, font=font, fill=fill)
    return draw.textbbox(xy, text, font=font)


def _field(
    page: Page, draw: ImageDraw.ImageDraw, x: float, y: float, label: str, value: str, size: int, region: str | None
) -> None:
    _text(draw, (x, y), label, _font("sans", int(size * 0.6)), LABEL)
    box = _text(draw, (x, y + size * 0.8), value, _font("bold", size), INK)
    if region:
        page.boxes.append((region, box))


def _photo(rng: random.Random, w: int, h: int, gray: bool) -> Image.Image:
    face = _face()
    # The face fills the upper middle of the portrait, as on a passport photo; the crop jitters a bit.
    cx, top = 225 + rng.randrange(-12, 13), rng.randrange(0, 25)
    half = 125 + rng.randrange(-10, 15)
    crop = face[top : top + int(2 * half * h / w), max(cx - half, 0) : cx + half]
    img = Image.fromarray(crop).resize((w, h), Image.Resampling.LANCZOS)
    if gray:
        img = img.convert("L").convert("RGB")
    return img


def _ghost(
    page: Page, photo: Image.Image, right: int, top: float, sizes: tuple[float, float], rng: random.Random
) -> None:
    """The portrait printed again, ``sizes`` of its size, grey and faint, its right edge at ``right`` (the "ghost"
    image Dutch cards and passports carry beside the fields). Its own random stream: a seed's other draws are
    unchanged."""
    f = rng.uniform(*sizes)
    small = photo.convert("L").resize((int(photo.width * f), int(photo.height * f)), Image.Resampling.LANCZOS)
    x, y = right - small.width, int(top)
    box = (x, y, x + small.width, y + small.height)
    strength = rng.uniform(0.35, 0.5)
    patch = np.asarray(page.image.crop(box), float)
    blended = patch * (1 - strength) + np.asarray(small, float)[..., None] * strength
    page.image.paste(Image.fromarray(blended.astype(np.uint8)), (x, y))
    page.boxes.append(("ghost_photo", box))


def _signature(rng: random.Random, draw: ImageDraw.ImageDraw, x: float, y: float, w: float, h: float) -> tuple:
    pts = []
    for i in range(40):
        t = i / 39
        pts.append(
            (
                x + 10 + t * (w - 20) + rng.uniform(-6, 6),
                y + h / 2 + math.sin(t * rng.uniform(9, 16)) * h * 0.32 + rng.uniform(-4, 4),
            )
        )
    draw.line(pts, fill=(30, 45, 110), width=3, joint="curve")
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return (min(xs) - 2, min(ys) - 2, max(xs) + 2, max(ys) + 2)


def _mrz(page: Page, draw: ImageDraw.ImageDraw, lines: list[str], x: float, y: float, width: float) -> None:
    font = _font("mono", 10)
    size = int(width / font.getlength("<" * len(lines[0])) * 10)
    font = _font("mono", size)
    boxes = [_text(draw, (x, y + i * size * 1.22), line, font, INK) for i, line in enumerate(lines)]
    page.boxes.append(
        (
            "mrz",
            (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)),
        )
    )


def render(h: Holder, rng: random.Random) -> Page:
    """The flat document: card 1000×660 or passport page 1250×880, light tinted background."""
    card = h.kind == "td1"
    size = (1000, 660) if card else (1250, 880)
    tint = tuple(rng.randrange(205, 240) for _ in range(3))
    page = Page(Image.new("RGB", size, tint))
    draw = ImageDraw.Draw(page.image)
    # faint guilloche so the background is not flat
    for i in range(0, size[0], 18):
        draw.arc((i - 300, -200, i + 300, 400), 0, 180, fill=tuple(max(c - 18, 0) for c in tint), width=1)
    _text(draw, (40, 20), "KONINKRIJK DER NEDERLANDEN", _font("bold", 28), INK)
    title = "IDENTITEITSKAART / IDENTITY CARD" if card else "PASPOORT / PASSPORT / PASSEPORT"
    _text(draw, (40, 56), title, _font("sans", 20), LABEL)
    px, py, pw, ph = (40, 100, 250, 320) if card else (40, 110, 300, 390)
    photo = _photo(rng, pw, ph, gray=rng.random() < 0.5)
    page.image.paste(photo, (px, py))
    page.boxes.append(("photo", (px, py, px + pw, py + ph)))
    fs = 24 if card else 26
    x1, x2 = (px + pw + 30, px + pw + 390) if card else (px + pw + 40, px + pw + 480)
    rows = []
    if not card:
        rows.append(("Documentnummer / Document no.", h.docnum, "document_number"))
    rows += [
        ("Naam / Surname", h.surname, "name"),
        ("Voornamen / Given names", h.given, "name"),
        ("Geboortedatum / Date of birth", ids.format_date(h.dob, "id_card"), "date_of_birth"),
    ]
    if card:
        rows.append(("Documentnummer / Document no.", h.docnum, "document_number"))
    if h.bsn_printed:
        rows.append(("Persoonsnummer / Personal no.", ids.format_bsn(h.bsn, "dotted"), "bsn"))
    pitch = fs * 2.35
    for i, (label, value, region) in enumerate(rows):
        _field(page, draw, x1, py + i * pitch, label, value, fs, region)
    right = [
        ("Geslacht / Sex", "M/M" if h.sex == "M" else "V/F"),
        ("Nationaliteit / Nationality", "Nederlandse"),
        ("Geboorteplaats / Place of birth", h.birthplace),
        ("Geldig tot / Date of expiry", ids.format_date(h.expiry, "id_card")),
    ]
    for i, (label, value) in enumerate(right):
        _field(page, draw, x2, py + i * pitch, label, value, fs, None)
    sy = py + len(right) * pitch
    _text(draw, (x2, sy), "Handtekening houder / Holder's signature", _font("sans", int(fs * 0.6)), LABEL)
    page.boxes.append(("signature", _signature(rng, draw, x2, sy + fs, 170 if card else 260, 70)))
    # Below the signature's label, right of the signature, above the MRZ.
    _ghost(page, photo, size[0] - 40, sy + fs * 0.8, (0.25, 0.3) if card else (0.32, 0.4), random.Random(h.docnum))
    mrz_y = size[1] - (40 + (3 if card else 2) * (44 if card else 46) * 1.22)
    _mrz(page, draw, h.mrz, 36, mrz_y, size[0] - 72)
    return page


# --- Photographing the document ---------------------------------------------------------------------


def _background(rng: random.Random, w: int, h: int) -> np.ndarray:
    base = np.array([rng.randrange(70, 200) for _ in range(3)], dtype=np.float32)
    noise = cv2.GaussianBlur(np.random.default_rng(rng.randrange(2**32)).normal(0, 25, (h, w)), (0, 0), 9)[..., None]
    grad = np.linspace(-20, 20, w, dtype=np.float32)[None, :, None]
    return np.clip(base + noise + grad, FLOOR, 255).astype(np.uint8)


def photograph(page: Page, rng: random.Random, width: int) -> tuple[np.ndarray, list[dict]]:
    """Warp the document onto a background ``width`` px wide; return the image and region polygons."""
    doc = np.asarray(page.image)
    dh, dw = doc.shape[:2]
    margin = rng.uniform(0.05, 0.16)
    scale = width / (dw * (1 + 2 * margin))
    height = int(round(dh * scale * (1 + 2 * margin) + rng.uniform(0, 0.2) * dh * scale))
    angle = math.radians(rng.uniform(-6, 6))
    cx, cy = width / 2, height / 2
    corners = []
    for x, y in ((0, 0), (dw, 0), (dw, dh), (0, dh)):
        u, v = (x - dw / 2) * scale, (y - dh / 2) * scale
        jitter = 0.025 * dw * scale
        u, v = u + rng.uniform(-jitter, jitter), v + rng.uniform(-jitter, jitter)
        corners.append((cx + u * math.cos(angle) - v * math.sin(angle), cy + u * math.sin(angle) + v * math.cos(angle)))
    src = np.float32([(0, 0), (dw, 0), (dw, dh), (0, dh)])
    matrix = cv2.getPerspectiveTransform(src, np.float32(corners))
    out = _background(rng, width, height)
    warped = cv2.warpPerspective(doc, matrix, (width, height), flags=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    mask = cv2.warpPerspective(np.full((dh, dw), 255, np.uint8), matrix, (width, height))
    out[mask > 127] = warped[mask > 127]
    sigma = rng.uniform(0, 1.2) * max(scale, 0.5)
    if sigma > 0.3:
        out = cv2.GaussianBlur(out, (0, 0), sigma)
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, rng.uniform(0, 6), out.shape)
    out = np.clip(out + noise, FLOOR, 255).astype(np.uint8)
    regions = []
    for name, (x0, y0, x1, y1) in page.boxes:
        pts = cv2.perspectiveTransform(np.float32([[(x0, y0), (x1, y0), (x1, y1), (x0, y1)]]), matrix)[0]
        regions.append({"type": name, "polygon": [[round(float(x), 1), round(float(y), 1)] for x, y in pts]})
    return out, regions


def _rotate_for_exif(img: np.ndarray) -> np.ndarray:
    """Stored pixels of a phone photo taken sideways: EXIF orientation 6 rotates them back clockwise."""
    return cv2.rotate(img, cv2.ROTATE_90_COUNTERCLOCKWISE)


_FIXED_DATE = __import__("time").gmtime(1767225600)  # 2026-01-01: reproducible PDF bytes


def encode(pages: list[np.ndarray], fmt: str, rng: random.Random, exif_rotated: bool = False) -> bytes:
    images = [Image.fromarray(p) for p in pages]
    buf = io.BytesIO()
    if fmt == "jpg":
        img = Image.fromarray(_rotate_for_exif(pages[0])) if exif_rotated else images[0]
        exif = Image.Exif()
        exif[0x0110] = "Synthetic Camera"  # model: metadata the redactor must strip
        if exif_rotated:
            exif[0x0112] = 6
        img.save(buf, "JPEG", quality=rng.randrange(55, 96), exif=exif.tobytes())
    elif fmt == "png":
        images[0].save(buf, "PNG")
    elif fmt == "webp":
        images[0].save(buf, "WEBP", quality=rng.randrange(70, 96))
    elif fmt == "tiff":
        images[0].save(buf, "TIFF", save_all=True, append_images=images[1:], compression="tiff_deflate")
    elif fmt == "pdf":
        images[0].save(
            buf,
            "PDF",
            save_all=True,
            append_images=images[1:],
            resolution=150.0,
            title="scan",
            author="Synthetic Scanner",
            creationDate=_FIXED_DATE,
            modDate=_FIXED_DATE,
        )
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return buf.getvalue()


def generate(
    index: int, seed: int = 0, fmt: str | None = None, width: int | None = None, kind: str | None = None
) -> tuple[str, bytes, dict]:
    """Document ``index`` of the series ``seed``: (file suffix, file bytes, ground truth)."""
    rng = random.Random(f"id-image-{seed}-{index}")
    fmt = fmt or FORMATS[index % len(FORMATS)]
    n_pages = 2 if fmt in ("tiff", "pdf") and rng.random() < 0.5 else 1
    pages, truth_pages, holders = [], [], []
    for _ in range(n_pages):
        holder = make_holder(rng, kind or rng.choice(("td1", "td3")))
        w = width or rng.choice((rng.randrange(600, 1200), rng.randrange(1200, 2200), rng.randrange(2200, 4001)))
        img, regions = photograph(render(holder, rng), rng, w)
        pages.append(img)
        holders.append(holder.strings())
        truth_pages.append({"width": img.shape[1], "height": img.shape[0], "regions": regions})
    exif_rotated = fmt == "jpg" and rng.random() < 0.3
    data = encode(pages, fmt, rng, exif_rotated)
    truth = {"format": fmt, "exif_rotated": exif_rotated, "pages": truth_pages, "holders": holders}
    return fmt, data, truth


def write(
    out: Path, count: int, seed: int = 0, max_width: int | None = None, formats: tuple[str, ...] | None = None
) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        width = None
        if max_width:
            width = random.Random(f"w-{seed}-{i}").randrange(600, max_width + 1)
        fmt, data, truth = generate(i, seed, fmt=formats[i % len(formats)] if formats else None, width=width)
        path = out / f"id_copy_{seed}_{i:03d}.{fmt}"
        path.write_bytes(data)
        path.with_suffix(".json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    # Defaults make the small set shipped in sample_data/id_copies (< 1.5 MB).
    parser.add_argument("--count", type=int, default=4)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-width", type=int, default=1000, help="cap image width (0: 600–4000 px)")
    parser.add_argument("--formats", default="jpg,png,webp,pdf", help="comma-separated cycle ('' = all five)")
    args = parser.parse_args(argv)
    formats = tuple(f for f in args.formats.split(",") if f) or None
    for path in write(args.out, args.count, args.seed, args.max_width or None, formats):
        print(path)


if __name__ == "__main__":
    main()


# --- Oracles for tests and the benchmark (independent of the redactor) -------------------------------

BLACK = 24  # a redacted pixel: every channel at most this (generated documents are never below FLOOR)


def decode_pages(data: bytes, dpi: int = 200) -> list[np.ndarray]:
    """Pages of an output file as RGB arrays (PDFs rendered with pypdfium2 at ``dpi``)."""
    if data[:5] == b"%PDF-":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(data)
        try:
            return [np.asarray(p.render(scale=dpi / 72).to_pil().convert("RGB")) for p in pdf]
        finally:
            pdf.close()
    img = Image.open(io.BytesIO(data))
    pages = []
    for i in range(getattr(img, "n_frames", 1)):
        img.seek(i)
        pages.append(np.asarray(img.convert("RGB")))
    return pages


def coverage(page: np.ndarray, truth_page: dict, region_type: str) -> list[float]:
    """Per ground-truth region of ``region_type``: the fraction of its pixels that are black."""
    f = page.shape[1] / truth_page["width"]
    out = []
    black = np.all(page <= BLACK, axis=2)
    for r in truth_page["regions"]:
        if r["type"] != region_type:
            continue
        mask = np.zeros(page.shape[:2], np.uint8)
        cv2.fillPoly(mask, [np.round(np.array(r["polygon"]) * f).astype(np.int32)], 1)
        area = int(mask.sum())
        out.append(float((black & (mask > 0)).sum() / area) if area else 1.0)
    return out


def ocr_text(page: np.ndarray) -> str:
    """An attacker's reading: tesseract ``eng+nld`` page segmentation, page upscaled to ≥ 2000 px."""
    import os
    import subprocess

    gray = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
    f = max(1.0, 2000 / gray.shape[1])
    gray = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_CUBIC)
    ok, png = cv2.imencode(".png", gray)
    texts = []
    for lang, psm in (("eng+nld", "3"), ("eng", "11")):
        proc = subprocess.run(
            ["tesseract", "stdin", "stdout", "-l", lang, "--psm", psm],
            input=png.tobytes(),
            capture_output=True,
            check=True,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )
        texts.append(proc.stdout.decode("utf-8", errors="replace"))
    return "\n".join(texts)


def _telling_windows(line: str, n: int = 10) -> set[str]:
    """Runs of ``n`` characters of an MRZ line that only the MRZ holds: with a filler or 4+ digits (a
    visible surname alone does not count as the MRZ recovered)."""
    windows = (line[i : i + n] for i in range(len(line) - n + 1))
    return {w for w in windows if "<" in w.strip("<") or sum(c.isdigit() for c in w) >= 4}


def _windows(value: str, n: int) -> set[str]:
    return {value[i : i + n] for i in range(len(value) - n + 1)}


def recovered(text: str, holder: dict) -> list[str]:
    """Which sensitive strings of ``holder`` an OCR text still contains (names of the strings)."""
    import re

    found = []
    lines_ = text.upper().splitlines()
    compact = [re.sub(r"[^A-Z0-9]", "", ln) for ln in lines_]
    # Six characters in a row of the document number or BSN count as recovered: most of it is legible.
    if any(w in c for w in _windows(holder["document_number"], 6) for c in compact):
        found.append("document_number")
    digits = [re.sub(r"\D", "", ln) for ln in lines_]
    if holder["bsn"] and any(w in d for w in _windows(holder["bsn"], 6) for d in digits):
        found.append("bsn")
    mrz_text = [re.sub(r"[^A-Z0-9<]", "", ln) for ln in lines_]
    for i, line in enumerate(holder["mrz"]):
        # 10 characters in a row of an MRZ line count as the line recovered
        if any(w in t for w in _telling_windows(line) for t in mrz_text if len(t) >= 10):
            found.append(f"mrz_line_{i + 1}")
    return found
