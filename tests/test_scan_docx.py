""".docx in the scan: text read from every place Word keeps it, a redacted .docx out, images replaced by a note,
and broken or macro-enabled documents quarantined with their reason."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import docx
import pytest
from PIL import Image

from afscherm.detectors.findings import Finding
from afscherm.flows.objects import ScanEngine, Unsupported, object_kind, process_object
from afscherm.redactors.docx_document import OBJECT_NOTE, DocxDocument
from tests.scan_helpers import (
    BSN,
    EMAIL,
    IBAN,
    TEST_INDEX_KEY,
    engine_with_test_key,
    expected_fingerprint,
    files_holding,
    writings,
)

engine = pytest.fixture(scope="module")(engine_with_test_key)

PHONE = "06-12345678"
NAME = "Fenna Hospers"
EDITOR = "Piet van der Berg"
PLANTED = [BSN, IBAN, EMAIL, PHONE, NAME, EDITOR]


def planted_docx() -> bytes:
    """Synthetic personal data in a paragraph, a table cell, a header, runs split mid-value, a comment and
    the core properties, beside text that is not personal and must survive."""
    document = docx.Document()
    document.add_heading("Klachtdossier", level=1)
    document.add_paragraph(f"Beste klant, uw BSN is {BSN} en uw rekening {IBAN}.")
    split = document.add_paragraph("U kunt mailen naar ")
    split.add_run("fenna.hos")  # the address split over two runs, as Word does after an edit
    split.add_run("pers@example.nl").bold = True
    split.add_run(f" of bellen met {PHONE}. Uw dossiernummer staat hieronder.")
    bsn_runs = document.add_paragraph("Tweede opgave BSN: ")
    bsn_runs.add_run("1112")
    bsn_runs.add_run("22333")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Naam klant", f"Mevrouw {NAME}"
    table.cell(1, 0).text, table.cell(1, 1).text = "Productcategorie", "Wasmachines"
    document.sections[0].header.paragraphs[0].text = f"Vertrouwelijk - BSN {BSN}"
    noted = document.add_paragraph("Afspraak bevestigd.")
    document.add_comment(noted.runs, text=f"Terugbellen op {PHONE}", author=EDITOR, initials="PB")
    props = document.core_properties
    props.author, props.last_modified_by = NAME, EDITOR
    props.title, props.subject, props.keywords = f"Klacht {NAME}", f"BSN {BSN}", f"{EMAIL}, klacht"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def picture_docx() -> bytes:
    """A document with an embedded photo whose alternative text names a person."""
    image = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(image, format="PNG")
    document = docx.Document()
    document.add_paragraph("Foto van de schade hieronder.")
    document.add_picture(io.BytesIO(image.getvalue()))
    inline = document.inline_shapes[0]._inline
    inline.docPr.set("descr", f"Foto van {NAME}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def unzipped(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def leaks(data: bytes, values: list[str]) -> list[tuple[str, str]]:
    """(part, value) for every part of the package whose bytes hold any writing of a value (compact too)."""
    return [
        (name, value)
        for name, blob in unzipped(data).items()
        for value in values
        if any(form in blob for form in writings(value))
    ]


def test_personal_data_in_every_place_is_redacted_and_the_document_kept(engine: ScanEngine) -> None:
    original = planted_docx()
    assert {value for _, value in leaks(original, PLANTED)} == set(PLANTED)  # the search finds them when present

    done = process_object("klachten/dossier.docx", original, engine)

    assert done.status == "redacted", done.reason
    assert leaks(done.safe, PLANTED) == []
    copy = docx.Document(io.BytesIO(done.safe))
    body = [p.text for p in copy.paragraphs]
    assert body[0] == "Klachtdossier" and body[0] == copy.paragraphs[0].text
    assert copy.paragraphs[0].style.name == "Heading 1"
    assert body[1].startswith("Beste klant, uw BSN is <BSN> en uw rekening ") and body[1].endswith("4300.")
    assert body[2].startswith("U kunt mailen naar <E-MAIL> of bellen met ") and "Uw dossiernummer" in body[2]
    assert body[3] == "Tweede opgave BSN: <BSN>"
    # the split address: the replacement sits in the first run it touched, the bold run is kept but emptied
    runs = copy.paragraphs[2].runs
    assert [r.text for r in runs[:3]] == ["U kunt mailen naar ", "<E-MAIL>", ""] and runs[2].bold
    [table] = copy.tables
    assert [[c.text for c in row.cells] for row in table.rows][1] == ["Productcategorie", "Wasmachines"]
    assert table.cell(0, 0).text == "Naam klant" and NAME not in table.cell(0, 1).text
    assert copy.sections[0].header.paragraphs[0].text == "Vertrouwelijk - BSN <BSN>"
    [comment] = copy.comments
    assert comment.text.startswith("Terugbellen op ") and comment.author != EDITOR
    props = copy.core_properties
    assert (props.author, props.last_modified_by) == ("<NAAM>", "<NAAM>")
    assert props.subject == "BSN <BSN>" and props.keywords.endswith(", klacht")


def test_findings_are_fingerprinted_per_part_without_values(engine: ScanEngine) -> None:
    done = process_object("klachten/dossier.docx", planted_docx(), engine)
    fingerprints = {(f.entity_type, f.fingerprint) for f in done.findings}
    for entity_type, value in [("NL_BSN", BSN), ("IBAN_CODE", IBAN), ("EMAIL_ADDRESS", EMAIL)]:
        assert (entity_type, expected_fingerprint(entity_type, value)) in fingerprints
    units = {f.unit for f in done.findings}
    assert {"word/document.xml", "word/header1.xml", "word/comments.xml", "core subject", "core creator"} <= units
    # the BSN written in two runs is one finding, fingerprinted as the whole number
    body_bsns = [f for f in done.findings if f.unit == "word/document.xml" and f.entity_type == "NL_BSN"]
    assert len(body_bsns) == 2
    assert {f.fingerprint for f in body_bsns} == {expected_fingerprint("NL_BSN", BSN)}
    assert not any(value in f.unit for f in done.findings for value in PLANTED)


def test_a_finding_across_runs_is_removed_from_every_run_it_touches() -> None:
    """The redactor alone, with a finding given to it: no character of the span survives in any run."""
    document = docx.Document()
    paragraph = document.add_paragraph("BSN ")
    for piece in ("11", "1222", "333", " verder"):
        paragraph.add_run(piece)
    buffer = io.BytesIO()
    document.save(buffer)
    opened = DocxDocument.load(buffer.getvalue())
    body = next(i for i, u in enumerate(opened.units) if u.name == "word/document.xml")
    assert opened.units[body].text == f"BSN {BSN} verder"
    findings = [[] for _ in opened.units]
    findings[body] = [Finding(4, 13, "NL_BSN", 1.0, "test")]
    safe = opened.redact(findings, lambda entity_type, value: f"<{entity_type}>")
    runs = docx.Document(io.BytesIO(safe)).paragraphs[0].runs
    assert [r.text for r in runs] == ["BSN ", "<NL_BSN>", "", "", " verder"]


def test_images_are_replaced_by_a_note_and_their_part_dropped(engine: ScanEngine) -> None:
    original = picture_docx()
    assert any(name.startswith("word/media/") for name in unzipped(original))

    done = process_object("schade/foto.docx", original, engine)

    assert done.status == "redacted", done.reason
    parts = unzipped(done.safe)
    assert not any(name.startswith("word/media/") for name in parts)
    assert b"<pic:" not in parts["word/document.xml"] and b"r:embed" not in parts["word/document.xml"]
    assert leaks(done.safe, [NAME]) == []  # the alternative text went with the drawing
    texts = [p.text for p in docx.Document(io.BytesIO(done.safe)).paragraphs]
    assert texts == ["Foto van de schade hieronder.", OBJECT_NOTE]


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, blob in members.items():
            archive.writestr(name, blob)
    return buffer.getvalue()


def _as_macro_enabled(data: bytes) -> bytes:
    members = unzipped(data)
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    return _zip(members)


@pytest.mark.parametrize(
    ("name", "mangle", "reason"),
    [
        ("kapot/afgebroken.docx", lambda d: d[: len(d) // 2], "docx: not a readable zip package"),
        ("kapot/geen-word.docx", lambda d: _zip({"notities.txt": f"BSN {BSN}".encode()}), "no [Content_Types].xml"),
        ("kapot/macro.docx", _as_macro_enabled, "macro-enabled"),
        ("kapot/macro.docm", lambda d: d, "unsupported binary"),
        ("kapot/oud.doc", lambda d: d, "unsupported binary"),
    ],
)
def test_broken_or_macro_documents_are_quarantined_with_their_reason(
    engine: ScanEngine, name: str, mangle: object, reason: str
) -> None:
    done = process_object(name, mangle(planted_docx()), engine)
    assert done.status == "quarantined" and done.safe is None
    assert done.reason and reason in done.reason
    assert not any(form.decode() in done.reason for value in PLANTED for form in writings(value))


def test_a_word_package_under_another_name_is_read_as_docx(engine: ScanEngine) -> None:
    data = planted_docx()
    assert object_kind("export/bijlage", data) == "docx"
    assert object_kind("export/bijlage.bin", data) == "docx"
    with pytest.raises(Unsupported, match="unsupported binary"):
        object_kind("export/bijlage.docm", data)  # a macro name is never opened, whatever it holds
    done = process_object("export/bijlage", data, engine)
    assert done.status == "redacted" and leaks(done.safe, PLANTED) == []


def test_scan_of_a_folder_indexes_docx_findings_and_quarantines_the_broken_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from afscherm.discovery.index import FindingsIndex
    from afscherm.flows.scan import serial_mapper
    from afscherm.flows.scan_store import ScanPlan, run_scan
    from afscherm.flows.stores.local import LocalStore
    from afscherm.flows.stores.prefixed import PrefixedStore

    monkeypatch.setenv("AFSCHERM_INDEX_KEY", TEST_INDEX_KEY)
    root, out = tmp_path / "src", tmp_path / "out"
    (root / "dossiers").mkdir(parents=True)
    (root / "dossiers/klacht.docx").write_bytes(planted_docx())
    (root / "dossiers/foto.docx").write_bytes(picture_docx())
    (root / "dossiers/kapot.docx").write_bytes(planted_docx()[:2000])
    clean = LocalStore("clean", out / "clean")
    plan = ScanPlan(
        sources=[LocalStore("archief", root)],
        index_dir=out / "index",
        clean=lambda s: PrefixedStore(clean, s.name),
        quarantine=LocalStore("quarantine", out / "quarantine"),
        batch_objects=4,
    )

    summary = run_scan(plan, serial_mapper(None))

    assert (summary.scanned, summary.redacted, summary.quarantined) == (3, 2, 1)
    index = FindingsIndex(out / "index")
    findings = [f for f in index.findings().to_pylist() if f["object_uri"].endswith("klacht.docx")]
    stored = {(f["entity_type"], f["fingerprint"]) for f in findings}
    for entity_type, value in [("NL_BSN", BSN), ("IBAN_CODE", IBAN), ("EMAIL_ADDRESS", EMAIL)]:
        assert (entity_type, expected_fingerprint(entity_type, value)) in stored
    statuses = {Path(o["object_uri"]).name: o["status"] for o in index.objects().to_pylist()}
    assert statuses == {"klacht.docx": "redacted", "foto.docx": "redacted", "kapot.docx": "quarantined"}
    [reason_file] = (out / "quarantine").rglob("*.reason.json")
    assert "docx:" in json.dumps(json.loads(reason_file.read_text()))
    assert sorted(p.name for p in (out / "clean").rglob("*.docx")) == ["foto.docx", "klacht.docx"]
    for copy in (out / "clean").rglob("*.docx"):
        assert leaks(copy.read_bytes(), PLANTED) == []
    assert files_holding(out / "index", PLANTED) == []


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def hidden_places_docx() -> bytes:
    """Values where python-docx's paragraph text does not look: a mailto link's target, a tracked deletion,
    a field code, a footnote (a part python-docx keeps as bytes)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    document = docx.Document()
    paragraph = document.add_paragraph("Contact: ")
    rel_id = document.part.relate_to(f"mailto:{EMAIL.replace('@', '%40')}", RT.HYPERLINK, is_external=True)
    paragraph._p.append(
        parse_xml(
            f'<w:hyperlink xmlns:w="{W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
            f' r:id="{rel_id}"><w:r><w:t>stuur ons een bericht</w:t></w:r></w:hyperlink>'
        )
    )
    deleted = document.add_paragraph("Oud nummer verwijderd: ")
    deleted._p.append(
        parse_xml(
            f'<w:del xmlns:w="{W_NS}" w:id="7" w:author="{EDITOR}" w:date="2026-01-05T10:00:00Z">'
            f"<w:r><w:delText>BSN {BSN}</w:delText></w:r></w:del>"
        )
    )
    field = document.add_paragraph("Zie ")
    field._p.append(
        parse_xml(
            f'<w:r xmlns:w="{W_NS}"><w:instrText xml:space="preserve"> HYPERLINK "mailto:{EMAIL}" </w:instrText></w:r>'
        )
    )
    footnotes = (
        f'<w:footnotes xmlns:w="{W_NS}"><w:footnote w:id="1"><w:p><w:r><w:t>Rekening van de klant: </w:t></w:r>'
        f"<w:r><w:t>{IBAN}</w:t></w:r></w:p></w:footnote></w:footnotes>"
    ).encode()
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_TYPE, footnotes, document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_link_targets_revisions_field_codes_and_footnotes_are_read_and_redacted(engine: ScanEngine) -> None:
    original = hidden_places_docx()
    assert {value for _, value in leaks(original, [BSN, IBAN, EMAIL, EDITOR])} == {BSN, IBAN, EMAIL, EDITOR}
    assert b"fenna.hospers%40example.nl" in unzipped(original)["word/_rels/document.xml.rels"]

    done = process_object("brieven/verborgen.docx", original, engine)

    assert done.status == "redacted", done.reason
    parts = unzipped(done.safe)
    assert leaks(done.safe, [BSN, IBAN, EMAIL, EDITOR]) == []
    assert b'Target="mailto:%3CE-MAIL%3E" TargetMode="External"' in parts["word/_rels/document.xml.rels"]
    assert b"Rekening van de klant: " in parts["word/footnotes.xml"]
    assert b"stuur ons een bericht" in parts["word/document.xml"]
    units = {f.unit for f in done.findings}
    assert "word/footnotes.xml" in units and any(" link rId" in u for u in units)
    docx.Document(io.BytesIO(done.safe))  # still a document python-docx opens


def test_a_found_value_left_in_a_part_afscherm_does_not_read_quarantines_the_document(engine: ScanEngine) -> None:
    """Style names are not read as text; a style named after a person whose name is found elsewhere in the
    document is caught by the copy's final byte check, and nothing is released."""
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    document.styles.add_style(f"Brief {NAME}", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph(f"Geachte mevrouw {NAME}, hierbij uw BSN {BSN}.")
    buffer = io.BytesIO()
    document.save(buffer)

    done = process_object("brieven/stijl.docx", buffer.getvalue(), engine)

    assert done.status == "quarantined" and done.safe is None
    assert done.reason == "docx: a redacted value is still in word/styles.xml of the copy"


def test_a_docx_attached_to_an_email_is_redacted_as_a_docx(engine: ScanEngine) -> None:
    import email
    import email.policy
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "klantenservice@example.nl", "archief@example.nl", "dossier"
    message.set_content("Zie bijlage.")
    word = "vnd.openxmlformats-officedocument.wordprocessingml.document"
    message.add_attachment(planted_docx(), maintype="application", subtype=word, filename="dossier.docx")

    done = process_object("post/m1.eml", message.as_bytes(), engine)

    assert done.status == "redacted", done.reason
    out = email.message_from_bytes(done.safe, policy=email.policy.default)
    [attachment] = [p for p in out.walk() if p.get_filename() == "dossier.docx"]
    copy = attachment.get_payload(decode=True)
    assert leaks(copy, PLANTED) == []
    assert docx.Document(io.BytesIO(copy)).paragraphs[0].text == "Klachtdossier"
    assert any(f.unit.endswith("attachment word/document.xml") for f in done.findings)
