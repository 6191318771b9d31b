"""The document sides: each kind's own layout, colours and security print, drawn in millimetres.

``render_side(doc, side, r, rng)`` draws one side at ``r`` px/mm and returns it with the polygons of the
sensitive elements on it. Layouts are this generator's own (not copies of real specimens): they only keep
what a redactor must face on the real thing — where a kind carries its MRZ, BSN, document number, photo and
ghost photo, which labels are printed, which formats dates and numbers take.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .drawing import (
    Canvas,
    Element,
    crest,
    eu_box,
    gradient,
    lattice,
    microtext,
    rosette,
    signature,
    union_poly,
    wave_band,
)
from .identity import Document, dashed_date, dotted_bsn, dotted_date, nl_date
from .portrait import ghost, ghost_mask, portrait

CARD = (85.6, 53.98)
PAGE = (125.0, 88.0)

DOCUMENT_KINDS = [
    "nl_id_2014",
    "nl_id_2021",
    "nl_passport_2014",
    "nl_passport_2021",
    "nl_driving_licence",
    "nl_residence_permit",
    "be_id",
    "de_id",
]

# front = the side with the photo / the data page; back = the other side people upload with it.
SIDES = {
    "nl_id_2014": ("front", "back"),
    "nl_id_2021": ("front", "back"),
    "nl_passport_2014": ("data", "facing"),  # old style: BSN on the data page
    "nl_passport_2021": ("data", "bsn_page"),  # new style: BSN on the inside of the back cover
    "nl_driving_licence": ("front", "back"),
    "nl_residence_permit": ("front", "back"),
    "be_id": ("front", "back"),
    "de_id": ("front", "back"),
}


def is_passport(kind: str) -> bool:
    return kind.startswith("nl_passport")


def side_size(kind: str, side: str) -> tuple[float, float]:
    return PAGE if is_passport(kind) else CARD


@dataclass
class Side:
    kind: str
    side: str
    w_mm: float
    h_mm: float
    r: float
    rgb: np.ndarray
    elements: list[Element] = field(default_factory=list)
    corner_mm: float = 3.18
    booklet: bool = False


@dataclass(frozen=True)
class Style:
    bg0: tuple
    bg1: tuple
    angle: float
    g1: tuple
    g2: tuple
    head: tuple
    label: tuple
    value: tuple = (22, 22, 30)
    number: tuple = (150, 28, 38)
    micro: str = "NEDERLAND"


STYLES = {
    "nl_id_2014": Style(
        (222, 236, 241),
        (212, 230, 219),
        25,
        (110, 168, 186),
        (186, 150, 196),
        (36, 62, 120),
        (72, 96, 128),
        micro="KONINKRIJKDERNEDERLANDEN",
    ),
    "nl_id_2021": Style(
        (241, 228, 238),
        (226, 236, 247),
        150,
        (204, 118, 152),
        (104, 146, 204),
        (70, 40, 110),
        (96, 72, 120),
        number=(28, 40, 120),
        micro="IDENTITEITSKAART",
    ),
    "nl_passport_2014": Style(
        (232, 226, 240),
        (245, 238, 219),
        60,
        (150, 128, 192),
        (204, 168, 108),
        (88, 36, 60),
        (96, 78, 108),
        micro="PASPOORTNEDERLAND",
    ),
    "nl_passport_2021": Style(
        (249, 236, 221),
        (221, 236, 245),
        115,
        (222, 140, 88),
        (88, 138, 192),
        (20, 60, 110),
        (70, 88, 110),
        number=(170, 40, 20),
        micro="KONINKRIJK",
    ),
    "nl_driving_licence": Style(
        (247, 213, 222),
        (226, 241, 222),
        10,
        (212, 118, 150),
        (118, 180, 138),
        (120, 30, 70),
        (110, 70, 90),
        micro="RIJBEWIJSNL",
    ),
    "nl_residence_permit": Style(
        (230, 239, 217),
        (237, 224, 241),
        70,
        (120, 162, 88),
        (162, 108, 172),
        (40, 80, 40),
        (80, 100, 80),
        number=(120, 30, 90),
        micro="VERBLIJFSDOCUMENT",
    ),
    "be_id": Style(
        (236, 240, 247),
        (250, 236, 213),
        35,
        (88, 128, 190),
        (222, 160, 58),
        (30, 30, 30),
        (90, 90, 100),
        number=(40, 40, 150),
        micro="BELGIEBELGIQUEBELGIEN",
    ),
    "de_id": Style(
        (226, 240, 236),
        (248, 232, 232),
        160,
        (80, 160, 150),
        (210, 120, 120),
        (40, 40, 40),
        (90, 100, 100),
        number=(180, 30, 30),
        micro="BUNDESREPUBLIKDEUTSCHLAND",
    ),
}


# --- shared pieces -------------------------------------------------------------------------------------------


def security_background(c: Canvas, st: Style, rng: np.random.Generator, rosettes=(), bands=(), fine=True):
    gradient(c, st.bg0, st.bg1, st.angle, wobble=0.08, seed=int(rng.integers(0, 100)))
    if fine:
        lattice(c, st.g1, spacing=rng.uniform(1.3, 1.9), alpha=0.22, tilt=rng.uniform(0.15, 0.45))
    for y0, y1 in bands:
        wave_band(
            c,
            y0,
            y1,
            st.g2,
            n=int(rng.integers(10, 18)),
            amp=rng.uniform(1.0, 2.2),
            wavelength=rng.uniform(8, 15),
            alpha=0.4,
            phase=rng.uniform(0, 6),
        )
    for cx, cy, rad in rosettes:
        rosette(
            c,
            cx,
            cy,
            rad,
            st.g1 if rng.random() < 0.5 else st.g2,
            n_curves=int(rng.integers(14, 24)),
            lobes=int(rng.integers(5, 10)),
            depth=rng.uniform(0.2, 0.45),
            alpha=0.45,
        )


def label_value(
    c: Canvas,
    x: float,
    y: float,
    label: str,
    value: str,
    st: Style,
    *,
    lsize=1.22,
    vsize=2.25,
    vface="bold",
    lface="sans",
    gap=2.85,
    max_w=None,
    vcol=None,
) -> np.ndarray:
    """A small label with its value below it; returns the value's polygon."""
    c.text(x, y, label, lface, lsize, st.label, max_w=max_w)
    return c.text(x, y + gap, value, vface, vsize, vcol or st.value, max_w=max_w)


def add_photo(c: Canvas, rng, x, y, w, h, grey, backdrop=(214, 218, 222), frame=None) -> None:
    size = int(max(60, min(900, h * c.r * 1.2)))
    img = portrait(rng, aspect=w / h, grey=grey, backdrop=backdrop, size=size)
    poly = c.paste(img, x, y, w, h)
    if frame:
        c.rect(x, y, w, h, outline=frame, width=0.15)
    c.add("photo", "portrait", poly)


def add_ghost(c: Canvas, rng, x, y, w, h, tint=(100, 100, 115), alpha=0.42) -> None:
    size = int(max(40, min(400, h * c.r)))
    img = ghost(rng, tint=tint, aspect=w / h, size=size)
    m = ghost_mask(img.shape[0], img.shape[1])
    poly = c.paste(img, x, y, w, h, alpha=alpha, mask=m)
    c.add("ghost_photo", "portrait (ghost)", poly)


def add_signature(c: Canvas, rng, x, y, w, h, name: str, colour=(25, 30, 80)) -> None:
    poly = signature(c, x, y, w, h, rng, name, colour)
    c.add("signature", f"signature of {name}", poly)


def add_mrz(
    c: Canvas,
    lines: list[str],
    x: float,
    last_baseline: float,
    pitch: float,
    line_gap: float,
    cap: float = 2.35,
    clear=None,
) -> None:
    if clear is not None:
        top = last_baseline - line_gap * (len(lines) - 1) - cap - 1.6
        c.rect(0, top, c.w_mm, c.h_mm - top, fill=clear)
    polys = []
    for i, line in enumerate(lines):
        y = last_baseline - line_gap * (len(lines) - 1 - i)
        poly = c.mono_line(x, y, line, pitch, height=cap)
        c.add("mrz_line", line, poly, line=i + 1)
        polys.append(poly)
    c.add("mrz_band", "\n".join(lines), union_poly(polys, pad=0.6 * c.r), lines=len(lines))


def add_names(c: Canvas, surname_poly, given_poly, doc: Document, upper=False) -> None:
    h = doc.holder
    c.add("name", h.surname.upper() if upper else h.surname, surname_poly, field="surname")
    c.add("name", h.given_names.upper() if upper else h.given_names, given_poly, field="given_names")


def add_dob(c: Canvas, poly, printed: str, doc: Document) -> None:
    c.add("date_of_birth", printed, poly, iso=doc.holder.dob.isoformat())


def nl_sex(sex: str) -> str:
    return "V/F" if sex == "F" else "M/M"


# --- Dutch identity card, 2014 model ------------------------------------------------------------------------


def nl_id_2014_front(c: Canvas, doc: Document, rng):
    st = STYLES[doc.kind]
    h = doc.holder
    security_background(c, st, rng, rosettes=[(60, 30, 17), (14, 48, 9)], bands=[(44, 52)])
    microtext(c, 10.3, st.micro, st.g1, x0=3)
    c.text(4, 5.0, "KONINKRIJK DER NEDERLANDEN", "bold", 2.05, st.head)
    c.text(4, 8.3, "IDENTITEITSKAART   IDENTITY CARD   CARTE D'IDENTITÉ", "cond", 1.25, st.head)
    crest(c, 78.5, 6.5, 7.5, st.head, alpha=0.5)
    add_photo(c, rng, 4, 12, 23.5, 30.5, grey=True, backdrop=(218, 222, 226), frame=(90, 100, 120))
    c.text(4, 44.6, "Handtekening / Holder's signature", "sans", 1.0, st.label)
    add_signature(c, rng, 5, 45.2, 22, 7.3, h.surname)
    x = 30.5
    s = label_value(c, x, 14.0, "Naam / Surname", h.surname, st, max_w=40)
    g = label_value(c, x, 20.0, "Voornamen / Given names", h.given_names, st, max_w=52, vface="sans")
    add_names(c, s, g, doc)
    d = label_value(c, x, 26.0, "Geboortedatum / Date of birth", nl_date(h.dob), st, max_w=28)
    add_dob(c, d, nl_date(h.dob), doc)
    label_value(c, 61, 26.0, "Geslacht / Sex", nl_sex(h.sex), st)
    label_value(c, x, 32.0, "Nationaliteit / Nationality", h.nationality_word, st, vface="sans")
    label_value(c, 61, 32.0, "Geldig tot / Date of expiry", nl_date(doc.expires), st, max_w=22, vface="sans")
    n = label_value(
        c,
        x,
        38.2,
        "Documentnummer / Document no.",
        doc.number_printed,
        st,
        vface="mono_bold",
        vsize=2.75,
        gap=3.2,
        vcol=st.number,
    )
    c.add("document_number", doc.number, n)
    c.text(x, 46.4, "Datum verstrekking / Date of issue", "sans", 1.0, st.label)
    c.text(x, 48.9, nl_date(doc.issued), "sans", 1.7, st.value)
    add_ghost(c, rng, 71.5, 38.8, 10, 13)


def nl_id_2014_back(c: Canvas, doc: Document, rng):
    st = STYLES[doc.kind]
    h = doc.holder
    security_background(c, st, rng, rosettes=[(70, 16, 12)], bands=[(2, 12)])
    b = label_value(c, 4.5, 5.2, "Persoonsnummer / Personal No.", h.bsn, st, vface="mono_bold", vsize=2.9, gap=3.4)
    c.add("bsn", h.bsn, b, printed=h.bsn)
    label_value(c, 4.5, 13.6, "Lengte / Height", f"{h.height_cm / 100:.2f} m".replace(".", ","), st, vface="sans")
    label_value(c, 32, 13.6, "Uitgevende instantie / Authority", doc.authority, st, vface="sans", max_w=50)
    c.text(4.5, 22.6, "Dit document is eigendom van de Staat der Nederlanden.", "oblique", 1.15, st.label)
    c.text(4.5, 24.6, "This document is the property of the State of the Netherlands.", "oblique", 1.15, st.label)
    microtext(c, 28.6, st.micro, st.g2, x0=4, x1=80)
    add_mrz(c, doc.mrz, 5.3, 50.6, 2.5, 4.3, clear=(243, 245, 244))


# --- Dutch identity card, 2021 model ------------------------------------------------------------------------


def nl_id_2021_front(c: Canvas, doc: Document, rng):
    st = STYLES[doc.kind]
    h = doc.holder
    security_background(c, st, rng, rosettes=[(44, 34, 20), (80, 50, 10)], bands=[(12, 20)])
    eu_box(c, 3, 2.8, 10, 8.2, "NL")
    c.text(15.5, 5.6, "KONINKRIJK DER NEDERLANDEN", "serif_bold", 1.9, st.head)
    c.text(15.5, 8.6, "KINGDOM OF THE NETHERLANDS  ·  IDENTITEITSKAART", "cond", 1.2, st.head)
    n = c.text(82.5, 13.6, doc.number_printed, "mono_bold", 2.9, st.number, anchor="rs")
    c.text(82.5, 10.9, "Documentnr. / Document No.", "sans", 0.95, st.label, anchor="rs")
    c.add("document_number", doc.number, n)
    add_photo(c, rng, 3.5, 14.5, 24.5, 31.5, grey=False, backdrop=(222, 226, 232))
    x = 31
    s = label_value(c, x, 18.0, "Naam / Surname", h.surname, st, max_w=34, vsize=2.4)
    g = label_value(c, x, 24.0, "Voornamen / Given names", h.given_names, st, max_w=50, vface="sans")
    add_names(c, s, g, doc)
    d = label_value(c, x, 30.0, "Geboortedatum / Date of birth", nl_date(h.dob), st, max_w=26)
    add_dob(c, d, nl_date(h.dob), doc)
    label_value(c, 60, 30.0, "Geslacht / Sex", nl_sex(h.sex), st)
    label_value(c, x, 36.0, "Nationaliteit / Nationality", "NLD", st, vface="sans")
    label_value(c, 53, 36.0, "Geldig tot / Expiry", dotted_date(doc.expires), st, vface="sans")
    c.text(x, 44.6, "Handtekening / Signature", "sans", 0.95, st.label)
    add_signature(c, rng, x, 45.0, 26, 7.5, h.surname)
    add_ghost(c, rng, 71, 17.5, 11, 14.2, tint=(120, 90, 130), alpha=0.38)


def nl_id_2021_back(c: Canvas, doc: Document, rng):
    st = STYLES[doc.kind]
    h = doc.holder
    security_background(c, st, rng, rosettes=[(16, 18, 13)], bands=[(26, 33)])
    label_value(c, 34, 5.0, "Datum afgifte / Date of issue", dotted_date(doc.issued), st, vface="sans")
    label_value(c, 62, 5.0, "Lengte / Height", f"{h.height_cm} cm", st, vface="sans")
    label_value(c, 34, 12.0, "Autoriteit / Authority", doc.authority, st, vface="sans", max_w=48)
    c.text(34, 19.0, "Persoonsnummer / Personal No.", "sans", 1.22, st.label)
    b = c.text(34, 22.6, h.bsn, "mono_bold", 3.0, st.value)
    c.add("bsn", h.bsn, b, printed=h.bsn)
    c.rect(4, 4, 24, 24, outline=st.label, width=0.2, radius=2)
    c.text(16, 17.5, "NL", "serif_bold", 8, st.g2, anchor="ms")
    add_mrz(c, doc.mrz, 5.3, 50.4, 2.5, 4.25, clear=None)


# --- Dutch passport data page, facing page and inside back cover -----------------------------------------------


def passport_data(c: Canvas, doc: Document, rng):
    st = STYLES[doc.kind]
    h = doc.holder
    old = doc.kind == "nl_passport_2014"
    security_background(c, st, rng, rosettes=[(86, 40, 26), (20, 64, 12)], bands=[(60, 70)])
    head_fill = (st.head[0], st.head[1], st.head[2])
    c.rect(0, 0, c.w_mm, 9.5, fill=tuple(int(v * 0.25 + 255 * 0.75) for v in head_fill))
    c.text(5, 4.4, "KONINKRIJK DER NEDERLANDEN", "serif_bold", 2.3, st.head)
    c.text(5, 7.6, "KINGDOM OF THE NETHERLANDS  ·  ROYAUME DES PAYS-BAS", "cond", 1.3, st.head)
    c.text(120, 5.6, "PASPOORT  PASSPORT  PASSEPORT", "bold", 1.9, st.head, anchor="rs")
    photo_x, photo_y = (5, 13) if old else (6, 14)
    add_photo(c, rng, photo_x, photo_y, 31, 40, grey=old, backdrop=(220, 222, 226))
    x, xb = 40, 77
    label_value(c, x, 13.2, "Type / Type", "P", st, vface="sans")
    label_value(c, 53, 13.2, "Code / Code", "NLD", st, vface="sans")
    n = label_value(
        c,
        xb,
        13.2,
        "Paspoortnr. / Passport No.",
        doc.number_printed,
        st,
        vface="mono_bold",
        vsize=2.7,
        gap=3.1,
        vcol=st.number,
    )
    c.add("document_number", doc.number, n)
    s = label_value(c, x, 19.8, "Naam / Surname", h.surname, st, max_w=64)
    g = label_value(c, x, 26.2, "Voornamen / Given names", h.given_names, st, vface="sans", max_w=64)
    add_names(c, s, g, doc)
    label_value(c, x, 32.6, "Nationaliteit / Nationality", "Nederlandse", st, vface="sans")
    label_value(c, xb, 32.6, "Lengte / Height", f"{h.height_cm / 100:.2f} m".replace(".", ","), st, vface="sans")
    d = label_value(c, x, 39.0, "Geboortedatum / Date of birth", nl_date(h.dob), st, max_w=34)
    add_dob(c, d, nl_date(h.dob), doc)
    label_value(c, xb, 39.0, "Geslacht / Sex", nl_sex(h.sex), st, vface="sans")
    label_value(c, x, 45.4, "Geboorteplaats / Place of birth", h.place_of_birth, st, vface="sans", max_w=34)
    if old:
        b = label_value(c, xb, 45.4, "Persoonsnummer / Personal No.", h.bsn, st, vface="mono_bold", vsize=2.5, max_w=28)
        c.add("bsn", h.bsn, b, printed=h.bsn)
    label_value(c, x, 51.8, "Datum verstrekking / Date of issue", nl_date(doc.issued), st, vface="sans", max_w=34)
    label_value(c, xb, 51.8, "Geldig tot / Date of expiry", nl_date(doc.expires), st, vface="sans", max_w=28)
    label_value(c, x, 58.2, "Autoriteit / Authority", doc.authority, st, vface="sans", max_w=45)
    if old:
        c.text(photo_x, 56.4, "Handtekening houder", "sans", 1.0, st.label)
        add_signature(c, rng, photo_x + 1, 57.0, 28, 10.5, h.surname)
        add_ghost(c, rng, 108, 25, 13, 17)
    else:
        c.text(xb + 10, 60.0, "Handtekening / Signature", "sans", 1.0, st.label)
        add_signature(c, rng, xb + 10, 60.6, 30, 9.5, h.surname)
        add_ghost(c, rng, 107.5, 34, 13.5, 17.5, tint=(90, 110, 140), alpha=0.4)
    add_mrz(c, doc.mrz, 6.6, 83.6, 2.54, 6.0, cap=2.45, clear=(246, 244, 240) if old else None)


def passport_facing(c: Canvas, doc: Document, rng):
    st = STYLES[doc.kind]
    security_background(c, st, rng, rosettes=[(62, 44, 30)], bands=[(4, 14), (74, 84)])
    crest(c, 62, 44, 30, st.head, alpha=0.18)
    c.text(62, 22, "OPMERKINGEN  ·  OBSERVATIONS  ·  OBSERVATIONS", "bold", 1.8, st.head, anchor="ms")
    for k in range(5):
        y = 32 + k * 7
        c.rect(14, y, 97, 0.18, fill=st.label)
    c.text(16, 31, "Geen / None", "serif_italic", 2.0, st.label)
    if doc.kind == "nl_passport_2014":
        c.text(14, 71, "Handtekening van de houder / Holder's signature", "sans", 1.15, st.label)
        add_signature(c, rng, 16, 72, 40, 11, doc.holder.surname)
    c.text(120, 85, "2", "serif", 2.0, st.label, anchor="rs")


def passport_bsn_page(c: Canvas, doc: Document, rng):
    st = STYLES[doc.kind]
    h = doc.holder
    security_background(c, st, rng, rosettes=[(96, 56, 22)], bands=[(70, 82)], fine=True)
    c.text(8, 12, "BURGERSERVICENUMMER", "bold", 2.4, st.head)
    c.text(8, 16, "Citizen service number  ·  Numéro de service citoyen", "sans", 1.4, st.label)
    b = c.text(8, 26.5, dotted_bsn(h.bsn), "mono_bold", 4.2, st.value)
    c.add("bsn", h.bsn, b, printed=dotted_bsn(h.bsn))
    c.text(8, 36, "Het burgerservicenummer is het persoonsnummer van de houder.", "sans", 1.3, st.label)
    c.text(8, 38.6, "Gebruik het alleen waar de wet dat toestaat.", "sans", 1.3, st.label)
    c.text(8, 42.6, "The citizen service number is the holder's personal number.", "oblique", 1.2, st.label)
    c.text(120, 85, "Binnenzijde achterkaft", "cond", 1.0, st.label, anchor="rs")


# --- Dutch driving licence ----------------------------------------------------------------------------------


def licence_front(c: Canvas, doc: Document, rng):
    st = STYLES[doc.kind]
    h = doc.holder
    security_background(c, st, rng, rosettes=[(58, 30, 19)], bands=[(46, 53)])
    eu_box(c, 3, 3, 11, 8.5, "NL")
    c.text(17, 7.3, "RIJBEWIJS", "bold", 3.6, st.head, track=0.35)
    c.text(17, 10.6, "Koninkrijk der Nederlanden", "serif_italic", 1.5, st.head)
    add_photo(c, rng, 3.5, 13.5, 22, 28.5, grey=False, backdrop=(226, 228, 232))
    x, xv = 28.5, 32.5
    rows = 4.25

    def num(y, label):
        c.text(x, y, label, "bold", 1.5, st.label)

    num(16.0, "1.")
    s = c.text(xv, 16.0, h.surname, "bold", 2.2, st.value, max_w=36)
    num(16.0 + rows, "2.")
    g = c.text(xv, 16.0 + rows, h.given_names, "sans", 2.1, st.value, max_w=48)
    add_names(c, s, g, doc)
    y3 = 16.0 + 2 * rows
    num(y3, "3.")
    d = c.text(xv, y3, dotted_date(h.dob), "sans", 2.1, st.value)
    add_dob(c, d, dotted_date(h.dob), doc)
    c.text(xv + 16, y3, h.place_of_birth, "sans", 2.1, st.value, max_w=20)
    y4 = y3 + rows
    num(y4, "4a.")
    c.text(xv + 1.5, y4, dotted_date(doc.issued), "sans", 2.0, st.value)
    c.text(52.5, y4, "4b.", "bold", 1.5, st.label)
    c.text(57, y4, dotted_date(doc.expires), "sans", 2.0, st.value)
    num(y4 + rows, "4c.")
    c.text(xv + 1.5, y4 + rows, doc.authority, "sans", 2.0, st.value, max_w=36)
    num(y4 + 2 * rows, "4d.")
    b = c.text(xv + 1.5, y4 + 2 * rows, h.bsn, "sans", 2.1, st.value)
    c.add("bsn", h.bsn, b, printed=h.bsn)
    num(y4 + 3 * rows, "5.")
    n = c.text(xv + 1.5, y4 + 3 * rows, doc.number_printed, "bold", 2.2, st.value)
    c.add("document_number", doc.number, n)
    c.text(3.5, 45.2, "7.", "bold", 1.5, st.label)
    add_signature(c, rng, 6.5, 43.0, 22, 8.5, h.surname)
    c.text(56, 50.5, "9.", "bold", 1.5, st.label)
    c.text(60, 50.5, "/".join(doc.extra["categories"]), "sans", 2.0, st.value)
    add_ghost(c, rng, 72, 13.5, 10, 13, tint=(150, 80, 110), alpha=0.38)


def licence_back(c: Canvas, doc: Document, rng):
    st = STYLES[doc.kind]
    security_background(c, st, rng, rosettes=[(70, 40, 10)], bands=[])
    cats = ["AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE", "T"]
    x0, y0, w_cat, w_col = 3.5, 5.0, 9.0, 14.0
    row = (48.5 - y0) / len(cats)
    for j, head in enumerate(["9.", "10.", "11.", "12."]):
        c.text(x0 + w_cat + 5 + j * w_col, y0 - 1.0, head, "bold", 1.3, st.label)
    for i, cat in enumerate(cats):
        y = y0 + i * row
        c.rect(x0, y, 4 * w_col + w_cat + 5, 0.12, fill=st.label)
        c.text(x0, y + row * 0.78, cat, "bold", 1.5, st.value)
        c.rect(x0 + w_cat - 3, y + row * 0.2, 6, row * 0.6, outline=st.label, width=0.1)
        if cat in doc.extra["categories"]:
            c.text(x0 + w_cat + 5 + w_col, y + row * 0.78, dotted_date(doc.issued), "sans", 1.3, st.value)
            c.text(x0 + w_cat + 5 + 2 * w_col, y + row * 0.78, dotted_date(doc.expires), "sans", 1.3, st.value)
    c.text(82, 51.5, "13.", "bold", 1.3, st.label, anchor="rs")
    c.text(69, 8, "NL", "serif_bold", 6, st.g1, anchor="ms")


# --- Dutch residence permit ---------------------------------------------------------------------------------


def permit_front(c: Canvas, doc: Document, rng):
    st = STYLES[doc.kind]
    h = doc.holder
    security_background(c, st, rng, rosettes=[(66, 38, 15), (10, 8, 8)], bands=[(2, 9)])
    c.text(4, 4.9, "VERBLIJFSDOCUMENT  ·  RESIDENCE PERMIT", "bold", 1.9, st.head)
    c.text(4, 7.7, "KONINKRIJK DER NEDERLANDEN", "cond", 1.25, st.head)
    c.text(30.5, 11.8, doc.extra["permit_type"], "cond_bold", 1.7, st.number, max_w=52)
    add_photo(c, rng, 4, 10.5, 23, 30, grey=False, backdrop=(230, 230, 226))
    x, xb = 30.5, 58
    s = label_value(c, x, 15.2, "Naam / Surname", h.surname, st, max_w=50)
    g = label_value(c, x, 21.0, "Voornamen / Given names", h.given_names, st, vface="sans", max_w=50)
    add_names(c, s, g, doc)
    d = label_value(c, x, 26.8, "Geboortedatum / Date of birth", dashed_date(h.dob), st)
    add_dob(c, d, dashed_date(h.dob), doc)
    label_value(c, xb, 26.8, "Nationaliteit / Nationality", h.nationality_word, st, vface="sans", max_w=14)
    label_value(c, x, 32.6, "Geslacht / Sex", nl_sex(h.sex), st, vface="sans")
    label_value(c, xb, 32.6, "Geldig tot / Valid until", dashed_date(doc.expires), st, vface="sans", max_w=14)
    n = label_value(
        c,
        x,
        38.6,
        "Documentnummer / Document No.",
        doc.number_printed,
        st,
        vface="mono_bold",
        vsize=2.6,
        gap=3.2,
        vcol=st.number,
    )
    c.add("document_number", doc.number, n)
    v = label_value(c, xb, 38.6, "V-nummer", doc.extra["v_number"], st, vface="mono", vsize=2.3, gap=3.2, max_w=24)
    c.add("v_number", doc.extra["v_number"], v)
    c.text(4, 44.0, "Handtekening / Signature", "sans", 0.95, st.label)
    add_signature(c, rng, 4.5, 44.6, 24, 7.6, h.surname)
    add_ghost(c, rng, 72.5, 13.5, 9.5, 12.3, tint=(80, 110, 70), alpha=0.4)


def permit_back(c: Canvas, doc: Document, rng):
    st = STYLES[doc.kind]
    h = doc.holder
    security_background(c, st, rng, rosettes=[(72, 14, 11)], bands=[(28, 34)])
    c.text(4.5, 5.2, "Opmerkingen / Remarks", "sans", 1.2, st.label)
    c.text(4.5, 8.6, doc.extra["remarks"], "cond_bold", 1.8, st.value, max_w=56)
    label_value(c, 4.5, 13.0, "Afgiftedatum / Date of issue", dashed_date(doc.issued), st, vface="sans")
    label_value(c, 36, 13.0, "Geboorteplaats / Place of birth", h.place_of_birth, st, vface="sans", max_w=26)
    b = label_value(c, 4.5, 20.2, "BSN / Persoonsnummer", h.bsn, st, vface="mono_bold", vsize=2.6, gap=3.2)
    c.add("bsn", h.bsn, b, printed=h.bsn)
    c.text(48, 23.4, "IND", "serif_bold", 5, st.g1)
    add_mrz(c, doc.mrz, 5.3, 50.4, 2.5, 4.3, clear=(245, 245, 240))


# --- Belgian identity card ----------------------------------------------------------------------------------


def be_front(c: Canvas, doc: Document, rng):
    st = STYLES[doc.kind]
    h = doc.holder
    security_background(c, st, rng, rosettes=[(50, 28, 18)], bands=[(47, 54)])
    for k, col in enumerate([(20, 20, 20), (250, 210, 30), (220, 40, 40)]):
        c.rect(k * 1.1, 0, 1.1, c.h_mm, fill=col)
    c.text(5.5, 4.6, "BELGIË  BELGIQUE  BELGIEN  BELGIUM", "bold", 1.8, st.head)
    c.text(
        5.5,
        7.4,
        "IDENTITEITSKAART · CARTE D'IDENTITÉ · PERSONALAUSWEIS · IDENTITY CARD",
        "cond",
        1.05,
        st.head,
        max_w=76,
    )
    add_photo(c, rng, 5.5, 10.5, 22, 28.5, grey=True, backdrop=(225, 225, 225))
    x = 31
    s = label_value(c, x, 12.2, "Naam / Name", h.surname.upper(), st, max_w=50, vsize=2.2)
    g = label_value(c, x, 18.0, "Voornamen / Given names", h.given_names.upper(), st, vface="sans", max_w=50)
    add_names(c, s, g, doc, upper=True)
    label_value(c, x, 23.8, "Geslacht / Sex", "V/F" if h.sex == "F" else "M/M", st, vface="sans")
    label_value(c, 52, 23.8, "Nationaliteit / Nationality", "BEL", st, vface="sans")
    d = label_value(c, x, 29.6, "Geboortedatum / Date of birth", dotted_date(h.dob), st)
    add_dob(c, d, dotted_date(h.dob), doc)
    n = label_value(
        c, x, 35.4, "Kaartnummer / Card No.", doc.number_printed, st, vface="mono_bold", vsize=2.4, vcol=st.number
    )
    c.add("document_number", doc.number, n, printed=doc.number_printed)
    label_value(
        c,
        x,
        41.2,
        "Geldig van - tot / Valid from - until",
        f"{dotted_date(doc.issued)} - {dotted_date(doc.expires)}",
        st,
        vface="sans",
        vsize=1.9,
    )
    c.text(5.5, 41.8, "Handtekening / Signature", "sans", 0.9, st.label)
    add_signature(c, rng, 5.5, 42.4, 22, 8.8, h.surname, colour=(20, 20, 20))
    add_ghost(c, rng, 73, 28, 9.5, 12.3, tint=(90, 90, 100), alpha=0.35)


def be_back(c: Canvas, doc: Document, rng):
    st = STYLES[doc.kind]
    h = doc.holder
    security_background(c, st, rng, rosettes=[(20, 20, 12)], bands=[(30, 36)])
    nn = h.be_national_number
    printed = f"{nn[:2]}.{nn[2:4]}.{nn[4:6]}-{nn[6:9]}.{nn[9:]}"
    p = label_value(
        c, 38, 6.0, "Rijksregisternr. / National Register No.", printed, st, vface="mono_bold", vsize=2.5, max_w=45
    )
    c.add("personal_number", nn, p, printed=printed)
    label_value(c, 38, 13.0, "Geboorteplaats / Place of birth", h.place_of_birth, st, vface="sans")
    label_value(c, 38, 20.0, "Afgegeven te / Issued in", doc.authority, st, vface="sans")
    c.rect(4, 4, 26, 20, outline=st.label, width=0.15, radius=1.5)
    c.text(17, 16.5, "eID", "serif_bold", 6, st.g1, anchor="ms")
    add_mrz(c, doc.mrz, 5.3, 50.4, 2.5, 4.3, clear=None)


# --- German identity card -----------------------------------------------------------------------------------


def de_front(c: Canvas, doc: Document, rng):
    st = STYLES[doc.kind]
    h = doc.holder
    security_background(c, st, rng, rosettes=[(64, 34, 16)], bands=[(6, 11)])
    c.text(4, 4.8, "BUNDESREPUBLIK DEUTSCHLAND", "bold", 2.0, st.head)
    c.text(4, 7.6, "PERSONALAUSWEIS · IDENTITY CARD · CARTE D'IDENTITÉ", "cond", 1.15, st.head)
    n = c.text(82.5, 5.6, doc.number_printed, "mono_bold", 2.7, st.number, anchor="rs")
    c.add("document_number", doc.number, n)
    add_photo(c, rng, 4, 11, 22.5, 29, grey=True, backdrop=(230, 230, 230))
    x = 29.5
    s = label_value(c, x, 12.6, "Name / Surname / Nom", h.surname.upper(), st, max_w=50, lsize=1.05)
    g = label_value(
        c, x, 18.6, "Vornamen / Given names / Prénoms", h.given_names.upper(), st, vface="sans", max_w=50, lsize=1.05
    )
    add_names(c, s, g, doc, upper=True)
    d = label_value(c, x, 24.6, "Geburtstag / Date of birth", dotted_date(h.dob), st, lsize=1.05)
    add_dob(c, d, dotted_date(h.dob), doc)
    label_value(c, 55, 24.6, "Staatsangehörigkeit", "DEUTSCH", st, vface="sans", lsize=1.05)
    label_value(c, x, 30.6, "Geburtsort / Place of birth", h.place_of_birth.upper(), st, vface="sans", lsize=1.05)
    label_value(c, x, 36.6, "Gültig bis / Date of expiry", dotted_date(doc.expires), st, vface="sans", lsize=1.05)
    c.text(x, 43.0, "Unterschrift / Signature", "sans", 0.9, st.label)
    add_signature(c, rng, x, 43.6, 26, 8.2, h.surname, colour=(15, 15, 40))
    c.text(82.5, 51.5, doc.extra["can"], "mono", 1.8, st.value, anchor="rs")
    add_ghost(c, rng, 70.5, 27.5, 10.5, 13.5, tint=(60, 110, 110), alpha=0.38)


def de_back(c: Canvas, doc: Document, rng):
    st = STYLES[doc.kind]
    h = doc.holder
    security_background(c, st, rng, rosettes=[(70, 16, 12)], bands=[(28, 34)])
    c.text(4.5, 5.0, "Anschrift / Address", "sans", 1.1, st.label)
    a1 = c.text(4.5, 8.2, h.address[0], "bold", 2.0, st.value)
    a2 = c.text(4.5, 11.2, h.address[1], "bold", 2.0, st.value)
    c.add("address", " ".join(h.address), union_poly([a1, a2]))
    label_value(c, 4.5, 15.5, "Augenfarbe / Colour of eyes", doc.extra["eyes"], st, vface="sans", lsize=1.05)
    label_value(c, 38, 15.5, "Größe / Height", f"{h.height_cm} cm", st, vface="sans", lsize=1.05)
    label_value(c, 4.5, 22.0, "Behörde / Authority", doc.authority.upper(), st, vface="sans", lsize=1.05)
    label_value(c, 50, 22.0, "Ausgestellt / Issued", dotted_date(doc.issued), st, vface="sans", lsize=1.05)
    add_mrz(c, doc.mrz, 5.3, 50.4, 2.5, 4.3, clear=(244, 246, 244))


RENDERERS = {
    ("nl_id_2014", "front"): nl_id_2014_front,
    ("nl_id_2014", "back"): nl_id_2014_back,
    ("nl_id_2021", "front"): nl_id_2021_front,
    ("nl_id_2021", "back"): nl_id_2021_back,
    ("nl_passport_2014", "data"): passport_data,
    ("nl_passport_2014", "facing"): passport_facing,
    ("nl_passport_2021", "data"): passport_data,
    ("nl_passport_2021", "facing"): passport_facing,
    ("nl_passport_2021", "bsn_page"): passport_bsn_page,
    ("nl_driving_licence", "front"): licence_front,
    ("nl_driving_licence", "back"): licence_back,
    ("nl_residence_permit", "front"): permit_front,
    ("nl_residence_permit", "back"): permit_back,
    ("be_id", "front"): be_front,
    ("be_id", "back"): be_back,
    ("de_id", "front"): de_front,
    ("de_id", "back"): de_back,
}


def render_side(doc: Document, side: str, r: float, rng: np.random.Generator) -> Side:
    w_mm, h_mm = side_size(doc.kind, side)
    c = Canvas(w_mm, h_mm, r)
    RENDERERS[(doc.kind, side)](c, doc, rng)
    rgb = c.array()
    return Side(
        doc.kind,
        side,
        w_mm,
        h_mm,
        r,
        rgb,
        c.elements,
        corner_mm=0.0 if is_passport(doc.kind) else 3.18,
        booklet=is_passport(doc.kind),
    )
