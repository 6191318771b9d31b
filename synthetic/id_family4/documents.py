"""The seven document kinds: their values (one fictitious holder each) and their sides drawn at any scale."""

from __future__ import annotations

import datetime as dt

import numpy as np

from . import faces, identity
from .render import Side, background, emblem

KINDS = (
    "nl_id_card_2014",
    "nl_id_card_2021",
    "nl_passport",
    "nl_driving_licence",
    "nl_residence_permit",
    "be_id_card",
    "de_id_card",
)
CARD_MM = (85.6, 53.98)
PAGE_MM = (125.0, 88.0)
SIDES = {k: ("front", "back") for k in KINDS} | {"nl_passport": ("data_page", "facing_page")}

PALETTES = {
    "nl_id_card_2014": [(226, 232, 246), (246, 226, 232), (120, 130, 190), (200, 120, 150)],
    "nl_id_card_2021": [(232, 240, 250), (236, 228, 246), (90, 120, 180), (160, 110, 190)],
    "nl_passport": [(240, 232, 244), (226, 236, 246), (140, 100, 160), (90, 140, 190)],
    "nl_driving_licence": [(248, 226, 232), (240, 236, 222), (200, 110, 140), (120, 160, 200)],
    "nl_residence_permit": [(228, 240, 232), (242, 240, 224), (100, 150, 120), (180, 150, 90)],
    "be_id_card": [(226, 240, 242), (244, 232, 236), (90, 150, 160), (200, 120, 130)],
    "de_id_card": [(232, 244, 232), (246, 232, 236), (110, 160, 120), (190, 120, 140)],
}

LABELS = {
    "surname": ("Naam", "Surname", "Nom", "Name"),
    "given_names": ("Voornamen", "Given names", "Prénoms", "Vornamen"),
    "birth": ("Geboortedatum", "Date of birth", "Date de naissance", "Geburtsdatum"),
    "sex": ("Geslacht", "Sex", "Sexe", "Geschlecht"),
    "nationality": ("Nationaliteit", "Nationality", "Nationalité", "Staatsangehörigkeit"),
    "number": ("Documentnummer", "Document No.", "N° du document", "Ausweisnummer"),
    "expiry": ("Geldig tot", "Date of expiry", "Valable jusqu'au", "Gültig bis"),
    "issue": ("Datum van afgifte", "Date of issue", "Date de délivrance", "Ausstellungsdatum"),
    "bsn": ("Persoonsnummer", "Personal No.", "N° personnel", "Persönliche Nr."),
    "place": ("Geboorteplaats", "Place of birth", "Lieu de naissance", "Geburtsort"),
    "authority": ("Instantie", "Authority", "Autorité", "Behörde"),
    "height": ("Lengte", "Height", "Taille", "Größe"),
    "signature": ("Handtekening", "Signature", "Signature", "Unterschrift"),
    "vnumber": ("V-nummer", "V-number", "N° V", "V-Nummer"),
    "permit": ("Soort verblijfsvergunning", "Type of permit", "Type de titre", "Art des Titels"),
    "national": ("Rijksregisternr.", "National Register No.", "N° national", "Nationalregisternr."),
}
PLACES = "Oudekerk Wildervank Brakel Lindenhout Esveld Kromhout Achterveld Blokzijl Heuvelrug Zonnedorp".split()


def _person_rng(seed: int) -> np.random.Generator:
    return np.random.default_rng([seed, 41])


def make_document(seed: int, kind: str) -> dict:
    """A document: its values (everything it carries) and a drawing style, both fixed by ``seed``."""
    rng = _person_rng(seed)
    p = identity.person(rng)
    birth, sex = p["birth"], p["sex"]
    issue = dt.date(2016, 1, 1) + dt.timedelta(days=int(rng.integers(0, 3000)))
    if kind == "nl_id_card_2014":
        issue = dt.date(2014, 3, 1) + dt.timedelta(days=int(rng.integers(0, 2500)))
    years = 10 if kind in ("nl_id_card_2014", "nl_id_card_2021", "nl_passport", "be_id_card", "de_id_card") else 5
    expiry = issue.replace(year=issue.year + years) - dt.timedelta(days=1)
    v = {
        "surname": p["surname"],
        "given_names": p["given_names"],
        "date_of_birth": birth.isoformat(),
        "sex": sex,
        "date_of_issue": issue.isoformat(),
        "date_of_expiry": expiry.isoformat(),
        "place_of_birth": PLACES[int(rng.integers(len(PLACES)))],
        "nationality": "NLD",
        "bsn": None,
        "personal_number": None,
        "document_number": None,
        "mrz": [],
    }
    state = "NLD"
    if kind.startswith("nl_"):
        v["bsn"] = identity.bsn(rng)
    if kind in ("nl_id_card_2014", "nl_id_card_2021", "nl_passport", "nl_residence_permit"):
        v["document_number"] = identity.nl_document_number(rng)
    if kind == "nl_id_card_2014":
        v["personal_number"] = v["bsn"]
        v["mrz"] = identity.td1("I", state, v["document_number"], birth, sex, expiry, "NLD", *_names(v), v["bsn"])
    elif kind == "nl_id_card_2021":
        v["mrz"] = identity.td1("I", state, v["document_number"], birth, sex, expiry, "NLD", *_names(v))
    elif kind == "nl_passport":
        v["personal_number"] = v["bsn"]
        v["mrz"] = identity.td3(state, v["document_number"], birth, sex, expiry, "NLD", *_names(v), v["bsn"])
    elif kind == "nl_driving_licence":
        v["document_number"] = identity.nl_licence_number(rng)
        v["licence_categories"] = ["AM", "B"] + (["A"] if rng.random() < 0.4 else [])
    elif kind == "nl_residence_permit":
        v["v_number"] = identity.v_number(rng)
        v["nationality"] = ["TUR", "MAR", "POL", "PRT", "SYR", "IND"][int(rng.integers(6))]
        v["permit_type"] = ["Regulier onbepaalde tijd", "Arbeid als kennismigrant", "Verblijf als familielid"][
            int(rng.integers(3))
        ]
        v["mrz"] = identity.td1(
            "IR", state, v["document_number"], birth, sex, expiry, v["nationality"], *_names(v), v["v_number"]
        )
    elif kind == "be_id_card":
        v["nationality"] = "BEL"
        v["document_number"] = identity.be_card_number(rng)
        v["personal_number"] = identity.be_national_number(rng, birth, sex)
        v["mrz"] = identity.td1(
            "ID", "BEL", v["document_number"], birth, sex, expiry, "BEL", *_names(v), "", v["personal_number"]
        )
    elif kind == "de_id_card":
        v["nationality"] = "D"
        v["document_number"] = identity.de_card_number(rng)
        v["can"] = "".join(str(int(d)) for d in rng.integers(0, 10, 6))
        v["mrz"] = identity.td1("ID", "D<<", v["document_number"], birth, sex, expiry, "D<<", *_names(v))
    style = {
        "value_face": ["serif_cond_bold", "serif_cond", "sans_cond_bold", "geist_bold", "serif_bold"][
            int(rng.integers(5))
        ],
        "label_face": ["sans_cond", "geist", "serif_italic", "sans_light"][int(rng.integers(4))],
        "small_caps": bool(rng.random() < 0.5),
        "numbered": bool(rng.random() < 0.5),
        "english_first": bool(rng.random() < 0.35),
        "upper_names": bool(rng.random() < 0.6),
        "date_style": ["nl_en", "nl_en", "dots", "slash", "dash"][int(rng.integers(5))],
        "photo_right": bool(rng.random() < 0.7),
        "ground": ["lines", "stripes", "map", "dots"][int(rng.integers(4))],
        "mrz_face": ["mono_bold", "mono", "geist_mono_bold"][int(rng.integers(3))],
        "ink": [(20, 22, 40), (35, 25, 25), (10, 10, 10), (30, 40, 70)][int(rng.integers(4))],
        "label_ink": [(90, 70, 110), (60, 90, 130), (110, 60, 70), (80, 80, 80)][int(rng.integers(4))],
        "ghost_strength": float(rng.uniform(0.22, 0.45)),
    }
    return {"kind": kind, "seed": int(seed), "values": v, "style": style}


def _names(v: dict) -> tuple[str, str]:
    return v["surname"], v["given_names"]


def side_size_mm(kind: str) -> tuple[float, float]:
    return PAGE_MM if kind == "nl_passport" else CARD_MM


class _Drawer:
    """Shared drawing of labelled fields, photos, ghosts, signatures and MRZs on one side."""

    def __init__(self, doc: dict, side_name: str, s: float):
        self.doc, self.v, self.st = doc, doc["values"], doc["style"]
        self.rng = np.random.default_rng([doc["seed"], 7, hash_side(side_name)])
        w, h = side_size_mm(doc["kind"])
        pal = PALETTES[doc["kind"]]
        ground = background(self.rng, int(round(w * s)), int(round(h * s)), s, pal, self.st["ground"])
        self.side = Side(side_name, w, h, s, ground, 0.0 if doc["kind"] == "nl_passport" else 3.2)
        self.pal = pal
        self.max_w = 40.0 if doc["kind"] != "nl_passport" else 38.0

    def label(self, x: float, y: float, key: str, number: str = "", langs: int = 2, size: float = 1.55) -> None:
        words = LABELS[key]
        order = [1, 0] if self.st["english_first"] else [0, 1]
        if self.doc["kind"] == "be_id_card":
            order = [0, 2, 3, 1][:langs] if langs > 2 else [0, 2]
        elif self.doc["kind"] == "de_id_card":
            order = [3, 1, 2][:langs]
        text = " / ".join(words[i] for i in order[:langs])
        if number and self.st["numbered"]:
            text = f"{number}. {text}"
        self.side.text(x, y, text, self.st["label_face"], size, self.st["label_ink"], small_caps=self.st["small_caps"])

    def value(self, x: float, y: float, text: str, kind: str | None = None, size: float = 2.5, **extra) -> tuple:
        size = fit(self.side, text, self.st["value_face"], size, self.max_w)
        box = self.side.text(x, y, text, self.st["value_face"], size, self.st["ink"])
        if kind:
            self.side.add(kind, box, **extra)
        return box

    def field(self, x, y, key, text, kind=None, number="", size=2.5, **extra):  # noqa: ANN001, ANN201
        self.label(x, y, key, number)
        return self.value(x, y + size * 1.25, text, kind, size, **extra)

    def name(self, which: str) -> str:
        t = self.v[which]
        return t.upper() if self.st["upper_names"] else t

    def date(self, iso: str) -> str:
        return identity.date_text(dt.date.fromisoformat(iso), self.st["date_style"])

    def photo(self, x: float, y: float, w: float, h: float) -> None:
        s = self.side
        pw, ph = s.px(w), s.px(h)
        face_rng = np.random.default_rng([self.doc["seed"], 99])
        self._face = faces.portrait(face_rng, pw, ph)
        box = s.paste(self._face, x, y)
        s.add("photo", box)

    def ghost(self, x: float, y: float, w: float, h: float) -> None:
        s = self.side
        if not hasattr(self, "_face"):
            self._face = faces.portrait(np.random.default_rng([self.doc["seed"], 99]), s.px(24), s.px(31))
        tint = self.pal[2]
        g = faces.ghost(self._face, s.px(w), s.px(h), tint, self.st["ghost_strength"])
        # multiply onto the ground so the security print shows through
        x0, y0 = s.px(x), s.py(y)
        base = np.asarray(s.image, np.float32)[y0 : y0 + g.shape[0], x0 : x0 + g.shape[1]]
        out = (base * g.astype(np.float32) / 255.0).astype(np.uint8)
        box = s.paste(out, x, y)
        s.add("ghost_photo", box)

    def signature(self, x: float, y: float, w: float, h: float) -> None:
        s = self.side
        strokes = faces.signature_strokes(self.rng, s.px(w), s.px(h))
        arr = np.asarray(s.image).copy()
        pen = max(1.0, s.s * self.rng.uniform(0.18, 0.3))
        color = [(20, 30, 110), (15, 15, 20), (40, 40, 60)][int(self.rng.integers(3))]
        faces.draw_signature(arr, strokes, (s.px(x), s.py(y)), color, pen)
        s.image.paste(_img(arr))
        s.draw = _draw(s.image)
        pts = np.concatenate(strokes)
        pad = pen
        box = (
            int(s.px(x) + pts[:, 0].min() - pad),
            int(s.py(y) + pts[:, 1].min() - pad),
            int(s.px(x) + pts[:, 0].max() + pad + 1),
            int(s.py(y) + pts[:, 1].max() + pad + 1),
        )
        s.add("signature", box)

    def mrz(self, x: float, y: float, pitch: float, line_gap: float) -> None:
        s = self.side
        # a white-ish quiet zone behind the MRZ, as the clear band on real cards
        x0, y0 = s.px(x - 2), s.py(y - 4.2)
        x1, y1 = s.px(x + pitch * len(self.v["mrz"][0]) + 1.5), s.py(y + line_gap * (len(self.v["mrz"]) - 1) + 2.2)
        arr = np.asarray(s.image).copy()
        arr[y0:y1, x0:x1] = (arr[y0:y1, x0:x1].astype(np.float32) * 0.35 + 255 * 0.65).astype(np.uint8)
        s.image.paste(_img(arr))
        s.draw = _draw(s.image)
        boxes = []
        size = pitch * 1.42
        for i, line in enumerate(self.v["mrz"]):
            parts = []
            for j, ch in enumerate(line):
                b = s.text(x + j * pitch, y + i * line_gap, ch, self.st["mrz_face"], size, (12, 12, 16))
                if b:
                    parts.append(b)
            box = (min(b[0] for b in parts), min(b[1] for b in parts), max(b[2] for b in parts))
            box = (*box, max(b[3] for b in parts))
            s.add("mrz_line", box, line=i + 1)
            boxes.append(box)
        band = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
        s.add("mrz_band", band)

    def header(self, lines: list[tuple[str, float, str]], x: float, y: float, anchor: str = "ls") -> None:
        for text, size, face in lines:
            self.side.text(x, y, text, face, size, self.pal[2] if face != "serif_bold" else (40, 40, 90), anchor=anchor)
            y += size * 1.3


def fit(side: Side, text: str, face: str, size_mm: float, max_w_mm: float) -> float:
    """The text size (mm) at most ``size_mm`` at which ``text`` is no wider than ``max_w_mm``."""
    from .render import font

    px = max(6, side.px(size_mm))
    width = font(face, px).getlength(text) / side.s
    return size_mm if width <= max_w_mm else max(1.2, size_mm * max_w_mm / width)


def hash_side(name: str) -> int:
    return sum((i + 1) * ord(c) for i, c in enumerate(name))


def _img(arr: np.ndarray):  # noqa: ANN202
    from PIL import Image

    return Image.fromarray(arr)


def _draw(image):  # noqa: ANN001, ANN202
    from PIL import ImageDraw

    return ImageDraw.Draw(image)


# ---------------------------------------------------------------- layouts


def draw_side(doc: dict, side_name: str, s: float) -> Side:
    """The side ``side_name`` of ``doc`` at ``s`` pixels per millimetre, with its elements."""
    d = _Drawer(doc, side_name, s)
    kind = doc["kind"]
    front = side_name in ("front", "data_page")
    if kind in ("nl_id_card_2014", "nl_id_card_2021"):
        if front:
            _nl_card_front(d)
        else:
            _nl_card_back(d)
    elif kind == "nl_passport":
        _passport(d, front)
    elif kind == "nl_driving_licence":
        _licence(d, front)
    elif kind == "nl_residence_permit":
        _permit(d, front)
    elif kind == "be_id_card":
        _be(d, front)
    else:
        _de(d, front)
    return d.side


def _doc_number(d: _Drawer, x: float, y: float, size: float = 2.2, anchor: str = "ls", color=(150, 30, 40)) -> None:  # noqa: ANN001
    box = d.side.text(x, y, d.v["document_number"], d.st["value_face"], size, color, anchor=anchor)
    d.side.add("document_number", box)


def _photo_block(d: _Drawer, x_right: float, x_left: float, y: float, w: float, h: float, gy: float) -> float:
    """Photo right or left by style, its ghost small near the far edge; returns the x where fields start."""
    if d.st["photo_right"]:
        d.photo(x_right, y, w, h)
        d.ghost(x_right - 12.0, gy, 9.0, 11.5)
        return x_left
    d.photo(x_left - 0.5, y, w, h)
    d.ghost(CARD_MM[0] - 12.5 if d.doc["kind"] != "nl_passport" else PAGE_MM[0] - 15, gy, 9.0, 11.5)
    return x_left + w + 3.0


def _nl_card_front(d: _Drawer) -> None:
    v = d.v
    d.header(
        [("KONINKRIJK DER NEDERLANDEN", 1.9, "serif_bold"), ("Identiteitskaart · Identity card", 1.5, "sans_cond")],
        4.5,
        4.6,
    )
    s = d.side
    s.draw.rectangle((0, s.py(8.2), s.w, s.py(8.9)), fill=d.pal[3])
    fx = _photo_block(d, 58.0, 4.5, 12.0, 23.5, 30.5, 30.0)
    _doc_number(d, 81.5, 47.5, 2.3, "rs")
    y = 12.6
    d.field(fx, y, "surname", d.name("surname"), "name", "1", field="surname")
    y += 6.4
    d.field(fx, y, "given_names", d.name("given_names"), "name", "2", size=2.1, field="given_names")
    y += 6.1
    d.field(fx, y, "birth", d.date(v["date_of_birth"]), "date_of_birth", "3", size=2.1)
    y += 6.1
    if d.doc["kind"] == "nl_id_card_2014":
        d.field(fx, y, "bsn", _spaced_bsn(v["bsn"]), "bsn", "4", size=2.1)
    else:
        d.field(fx, y, "expiry", d.date(v["date_of_expiry"]), None, "4", size=2.1)
    d.signature(fx + 0.5, 44.0, 24.0, 8.0)


def _spaced_bsn(b: str) -> str:
    return f"{b[:4]}.{b[4:6]}.{b[6:]}"


def _nl_card_back(d: _Drawer) -> None:
    v = d.v
    y = 5.5
    d.field(4.5, y, "issue", d.date(v["date_of_issue"]), None, "5", size=1.9)
    d.field(44.0, y, "expiry", d.date(v["date_of_expiry"]), None, "6", size=1.9)
    y += 5.6
    d.field(4.5, y, "authority", f"Burgemeester van {v['place_of_birth']}", None, "7", size=1.9)
    if d.doc["kind"] == "nl_id_card_2021":
        d.field(57.0, y, "bsn", v["bsn"], "bsn", "8", size=2.1)
    else:
        d.field(57.0, y, "height", f"{int(d.rng.integers(155, 200)) / 100:.2f} m", None, "8", size=1.9)
    emblem(d.side, 76.0, 24.0, 5.0, d.pal[2])
    d.mrz(6.2, 38.6, 2.45, 5.0)


def _passport(d: _Drawer, front: bool) -> None:
    v, s = d.v, d.side
    if not front:
        d.header(
            [("KONINKRIJK DER NEDERLANDEN", 3.0, "serif_bold"), ("Paspoort · Passport · Passeport", 2.2, "sans_cond")],
            62.5,
            20.0,
            anchor="ms",
        )
        emblem(s, 62.5, 48.0, 12.0, d.pal[2])
        d.label(10.0, 70.0, "signature", langs=2, size=2.0)
        d.signature(10.0, 72.0, 48.0, 12.0)
        box = s.text(118.0, 7.5, v["document_number"], "mono_bold", 2.6, (170, 40, 50), anchor="rs", spacing_mm=0.5)
        s.add("document_number", box)
        return
    d.header([("KONINKRIJK DER NEDERLANDEN · KINGDOM OF THE NETHERLANDS", 2.1, "serif_bold")], 6.0, 6.5)
    s.draw.rectangle((0, s.py(8.5), s.w, s.py(9.4)), fill=d.pal[3])
    fx = _photo_block(d, 88.0, 6.0, 13.0, 31.0, 40.0, 56.0) if d.st["photo_right"] else None
    if fx is None:
        d.photo(6.0, 13.0, 31.0, 40.0)
        d.ghost(108.0, 13.0, 11.0, 14.0)
        fx = 41.0
    _doc_number(d, fx + 40.0 if d.st["photo_right"] else 105.0, 15.5, 3.0, "ls" if d.st["photo_right"] else "rs")
    d.label(fx, 12.5, "number", size=1.7)
    y = 20.0
    d.field(fx, y, "surname", d.name("surname"), "name", "1", size=3.0, field="surname")
    y += 7.5
    d.field(fx, y, "given_names", d.name("given_names"), "name", "2", size=2.7, field="given_names")
    y += 7.3
    d.field(fx, y, "nationality", "Nederlandse", None, "3", size=2.5)
    d.field(fx + 40, y, "sex", "V/F" if v["sex"] == "F" else "M/M", None, "4", size=2.5)
    y += 7.0
    d.field(fx, y, "birth", d.date(v["date_of_birth"]), "date_of_birth", "5", size=2.6)
    d.field(fx + 40, y, "place", v["place_of_birth"], None, "6", size=2.5)
    y += 7.0
    d.field(fx, y, "bsn", _spaced_bsn(v["bsn"]), "bsn", "7", size=2.6)
    d.field(fx + 40, y, "expiry", d.date(v["date_of_expiry"]), None, "8", size=2.5)
    d.mrz(7.0, 77.5, 2.5, 6.0)


def _licence(d: _Drawer, front: bool) -> None:
    v, s = d.v, d.side
    if not front:
        s.text(4.0, 5.0, "9.", "sans_cond_bold", 2.0, d.st["ink"])
        s.text(12.0, 5.0, "10.", "sans_cond_bold", 2.0, d.st["ink"])
        s.text(32.0, 5.0, "11.", "sans_cond_bold", 2.0, d.st["ink"])
        s.text(52.0, 5.0, "12.", "sans_cond_bold", 2.0, d.st["ink"])
        cats = ["AM", "A1", "A2", "A", "B", "BE", "C1", "C", "D1", "D"]
        for i, c in enumerate(cats):
            y = 7.5 + i * 4.4
            s.draw.line((s.px(3), s.py(y), s.px(82), s.py(y)), fill=d.pal[2], width=max(1, s.px(0.15)))
            s.text(4.0, y + 3.4, c, "sans_cond_bold", 2.2, d.st["ink"])
            if c in v["licence_categories"]:
                s.text(12.0, y + 3.4, d.date(v["date_of_issue"]), d.st["value_face"], 1.9, d.st["ink"])
                s.text(32.0, y + 3.4, d.date(v["date_of_expiry"]), d.st["value_face"], 1.9, d.st["ink"])
        return
    d.header([("RIJBEWIJS", 3.2, "serif_bold")], 16.0, 6.5)
    s.text(16.0, 9.8, "KONINKRIJK DER NEDERLANDEN", "sans_cond", 1.5, d.pal[2])
    s.draw.rectangle((s.px(3.5), s.py(2.8), s.px(13.0), s.py(10.0)), fill=(30, 60, 150))
    s.text(8.25, 8.6, "NL", "sans_cond_bold", 3.0, (250, 220, 40), anchor="ms")
    photo_right = d.st["photo_right"]
    px = 59.0 if photo_right else 4.0
    d.photo(px, 13.0, 22.5, 29.0)
    d.ghost(px - 12.0 if photo_right else 72.0, 30.5, 9.0, 11.5)
    fx = 4.5 if photo_right else 29.5

    def numbered(y: float, no: str, text: str, kind: str | None = None, size: float = 2.1, **extra) -> None:
        s.text(fx, y, f"{no}.", "sans_cond_bold", 1.9, d.st["label_ink"])
        box = s.text(fx + 4.5, y, text, d.st["value_face"], size, d.st["ink"])
        if kind:
            s.add(kind, box, **extra)

    numbered(15.0, "1", d.name("surname"), "name", 2.4, field="surname")
    numbered(19.0, "2", d.name("given_names"), "name", field="given_names")
    numbered(
        23.0, "3", f"{identity.date_text(dt.date.fromisoformat(v['date_of_birth']), 'dots')}  {v['place_of_birth']}"
    )
    # the date of birth alone is the element: redraw its box from the ink of the date part
    _date_element(d, fx + 4.5, 23.0, identity.date_text(dt.date.fromisoformat(v["date_of_birth"]), "dots"))
    numbered(27.0, "4a", d.date(v["date_of_issue"]), size=1.9)
    numbered(30.6, "4b", d.date(v["date_of_expiry"]), size=1.9)
    numbered(34.2, "4c", f"Burg. v. {v['place_of_birth']}", size=1.9)
    numbered(37.8, "4d", v["bsn"], "bsn", 2.1)
    numbered(41.6, "5", v["document_number"], "document_number", 2.3)
    s.text(fx, 46.0, "7.", "sans_cond_bold", 1.9, d.st["label_ink"])
    d.signature(fx + 4.5, 42.5, 22.0, 8.0)
    s.text(
        fx + 30.0 if photo_right else 60.0,
        51.0,
        "9. " + " ".join(v["licence_categories"]),
        "sans_cond_bold",
        1.9,
        d.st["ink"],
    )


def _date_element(d: _Drawer, x: float, y: float, text: str) -> None:
    """Ink box of ``text`` as it was drawn at (x, y), measured on a scratch side so nothing is drawn twice."""
    s = d.side
    scratch = Side("scratch", s.w / s.s, s.h / s.s, s.s, np.zeros((s.h, s.w, 3), np.uint8), 0)
    box = scratch.text(x, y, text, d.st["value_face"], 2.1, (255, 255, 255))
    s.add("date_of_birth", box)


def _permit(d: _Drawer, front: bool) -> None:
    v, s = d.v, d.side
    if not front:
        d.field(4.5, 5.5, "permit", v["permit_type"], None, size=1.9)
        d.field(4.5, 11.5, "issue", d.date(v["date_of_issue"]), None, size=1.9)
        d.field(48.0, 11.5, "bsn", v["bsn"], "bsn", size=2.1)
        s.text(4.5, 21.5, "Arbeid vrij toegestaan. TWV niet vereist.", "sans_cond", 1.7, d.st["ink"])
        d.mrz(6.2, 38.6, 2.45, 5.0)
        return
    d.header(
        [("VERBLIJFSDOCUMENT", 2.2, "serif_bold"), ("Residence document · Titre de séjour", 1.5, "sans_cond")], 4.5, 4.6
    )
    s.draw.rectangle((0, s.py(8.3), s.w, s.py(9.0)), fill=d.pal[3])
    fx = _photo_block(d, 58.0, 4.5, 12.0, 23.5, 30.5, 30.0)
    _doc_number(d, 81.5, 6.5, 2.3, "rs")
    y = 12.6
    d.field(fx, y, "surname", d.name("surname"), "name", field="surname")
    y += 6.3
    d.field(fx, y, "given_names", d.name("given_names"), "name", size=2.1, field="given_names")
    y += 6.0
    d.field(fx, y, "birth", d.date(v["date_of_birth"]), "date_of_birth", size=2.1)
    y += 6.0
    d.field(fx, y, "vnumber", v["v_number"], "v_number", size=2.1)
    y += 6.0
    d.field(fx, y, "nationality", v["nationality"], None, size=1.9)
    d.signature(fx + 22.0 if d.st["photo_right"] else fx + 24, 44.0, 20.0, 8.0)


def _be(d: _Drawer, front: bool) -> None:
    v, s = d.v, d.side
    if not front:
        d.field(4.5, 5.5, "national", v["personal_number"], "personal_number", size=2.2)
        d.field(48.0, 5.5, "place", v["place_of_birth"], None, size=1.9)
        d.field(4.5, 12.0, "issue", d.date(v["date_of_issue"]), None, size=1.9)
        emblem(s, 74.0, 22.0, 5.0, d.pal[2])
        d.mrz(6.2, 38.6, 2.45, 5.0)
        return
    d.header(
        [
            ("BELGIË · BELGIQUE · BELGIEN · BELGIUM", 1.8, "serif_bold"),
            ("Identiteitskaart · Carte d'identité", 1.4, "sans_cond"),
        ],
        4.5,
        4.6,
    )
    s.draw.rectangle((0, s.py(8.0), s.w * 0.33, s.py(8.8)), fill=(20, 20, 20))
    s.draw.rectangle((s.w * 0.33, s.py(8.0), s.w * 0.66, s.py(8.8)), fill=(240, 200, 30))
    s.draw.rectangle((s.w * 0.66, s.py(8.0), s.w, s.py(8.8)), fill=(210, 40, 50))
    fx = _photo_block(d, 58.0, 4.5, 11.5, 23.5, 30.5, 30.0)
    y = 12.4
    d.field(fx, y, "surname", d.name("surname"), "name", field="surname")
    y += 6.3
    d.field(fx, y, "given_names", d.name("given_names"), "name", size=2.1, field="given_names")
    y += 6.0
    d.field(fx, y, "birth", d.date(v["date_of_birth"]), "date_of_birth", size=2.1)
    y += 6.0
    num = v["document_number"]
    box = None
    d.label(fx, y, "number")
    box = d.side.text(fx, y + 2.6, f"{num[:3]}-{num[3:10]}-{num[10:]}", d.st["value_face"], 2.1, d.st["ink"])
    s.add("document_number", box)
    d.signature(fx + 2.0, 44.0, 24.0, 8.0)


def _de(d: _Drawer, front: bool) -> None:
    v, s = d.v, d.side
    if not front:
        d.field(4.5, 5.5, "height", f"{int(d.rng.integers(155, 200))} cm", None, size=1.9)
        d.field(40.0, 5.5, "authority", f"Stadt {v['place_of_birth']}", None, size=1.9)
        s.text(
            4.5,
            16.0,
            f"Musterweg {int(d.rng.integers(1, 90))}, {int(d.rng.integers(10000, 99999))} Lindenhout",
            "sans_cond",
            1.8,
            d.st["ink"],
        )
        d.mrz(6.2, 38.6, 2.45, 5.0)
        return
    d.header(
        [("BUNDESREPUBLIK DEUTSCHLAND", 2.0, "serif_bold"), ("Personalausweis · Identity card", 1.5, "sans_cond")],
        4.5,
        4.6,
    )
    _doc_number(d, 81.5, 5.5, 2.4, "rs")
    fx = _photo_block(d, 58.0, 4.5, 11.0, 23.5, 30.5, 30.0)
    y = 12.0
    d.field(fx, y, "surname", d.name("surname"), "name", field="surname")
    y += 6.3
    d.field(fx, y, "given_names", d.name("given_names"), "name", size=2.1, field="given_names")
    y += 6.0
    d.field(fx, y, "birth", d.date(v["date_of_birth"]), "date_of_birth", size=2.1)
    y += 6.0
    d.field(fx, y, "nationality", "DEUTSCH", None, size=1.9)
    s.text(81.5, 51.5, v["can"], "mono_bold", 2.0, d.st["ink"], anchor="rs")
    d.signature(fx + 1.0, 43.5, 24.0, 8.0)
