"""process_object: every kind of object gives fingerprinted findings and a safe copy, or is quarantined."""

from __future__ import annotations

import email
import email.policy
import io
import json
import pickle
import subprocess
from email.message import EmailMessage
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from afscherm.flows.objects import IndexedFinding, ScanEngine, object_kind, process_object, scratch_folder
from tests.scan_helpers import BSN, EMAIL, IBAN, engine_with_test_key, expected_fingerprint, text_pdf

engine = pytest.fixture(scope="module")(engine_with_test_key)


def test_text_object_gives_fingerprints_and_a_redacted_copy(engine: ScanEngine) -> None:
    text = f"Goedemiddag, mijn BSN is {BSN} en mijn e-mail {EMAIL}."
    done = process_object("tickets/t1.txt", text.encode(), engine)
    assert done.status == "redacted"
    assert BSN.encode() not in done.safe and EMAIL.encode() not in done.safe
    assert done.safe.startswith(b"Goedemiddag, mijn BSN is ")
    by_type = {f.entity_type: f for f in done.findings}
    assert by_type["NL_BSN"].fingerprint == expected_fingerprint("NL_BSN", BSN)
    assert by_type["EMAIL_ADDRESS"].fingerprint == expected_fingerprint("EMAIL_ADDRESS", EMAIL)
    assert (by_type["NL_BSN"].start, by_type["NL_BSN"].end) == (text.index(BSN), text.index(BSN) + 9)
    assert by_type["NL_BSN"].action == "replace" and by_type["NL_BSN"].unit == "text"
    assert done.detect_seconds > 0


def test_text_without_findings_is_clean_and_copied_unchanged(engine: ScanEngine) -> None:
    done = process_object("notes.md", b"Niets bijzonders vandaag.\n", engine)
    assert (done.status, done.findings, done.safe) == ("clean", [], b"Niets bijzonders vandaag.\n")


def test_csv_values_are_recorded_by_position_not_by_column_name(engine: ScanEngine) -> None:
    data = f"id,opmerking\n1,graag terugbellen op {EMAIL}\n2,geen bijzonderheden\n".encode()
    done = process_object("export/klanten.csv", data, engine)
    assert done.status == "redacted"
    assert EMAIL.encode() not in done.safe and b"geen bijzonderheden" in done.safe
    assert [(f.entity_type, f.unit) for f in done.findings] == [("EMAIL_ADDRESS", done.findings[0].unit)]
    assert done.findings[0].unit.startswith("value ")
    assert done.findings[0].fingerprint == expected_fingerprint("EMAIL_ADDRESS", EMAIL)


def test_parquet_object_is_redacted_in_its_own_format(engine: ScanEngine) -> None:
    buffer = io.BytesIO()
    pq.write_table(pa.table({"body": [f"IBAN {IBAN} graag", "niets"]}), buffer)
    done = process_object("dumps/betalingen.parquet", buffer.getvalue(), engine)
    assert done.status == "redacted"
    table = pq.read_table(io.BytesIO(done.safe))
    assert IBAN not in table.column("body")[0].as_py() and table.column("body")[1].as_py() == "niets"
    assert [f.entity_type for f in done.findings] == ["IBAN_CODE"]


def _mail_with_attachments() -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Fenna Hospers <{EMAIL}>"
    msg["To"] = "privacy@voorbeeld.nl"
    msg["Subject"] = "inzageverzoek"
    msg.set_content(f"Beste,\n\nMijn BSN is {BSN}. Zie bijlage.\n")
    msg.add_attachment(f"IBAN: {IBAN}\n".encode(), maintype="text", subtype="plain", filename="gegevens.txt")
    msg.add_attachment(b"\x00\x01\x02geheim-blob", maintype="application", subtype="octet-stream", filename="x.bin")
    return msg.as_bytes()


def test_email_headers_body_and_attachments_are_each_made_safe(engine: ScanEngine) -> None:
    done = process_object("privacy_mail/m1.eml", _mail_with_attachments(), engine)
    assert done.status == "redacted"
    out = email.message_from_bytes(done.safe, policy=email.policy.default)
    everything = str(out) + "".join(
        (part.get_payload(decode=True) or b"").decode("utf-8", "replace") for part in out.walk()
    )
    for value in (EMAIL, BSN, IBAN, "geheim-blob"):
        assert value not in everything
    assert "inzageverzoek" in out["Subject"]
    parts = [p for p in out.walk() if not p.is_multipart()]
    assert "bijlage verwijderd door afscherm" in parts[-1].get_payload(decode=True).decode()
    types = {f.entity_type for f in done.findings}
    assert {"EMAIL_ADDRESS", "NL_BSN", "IBAN_CODE"} <= types
    assert any(f.unit.startswith("message part 2 attachment") for f in done.findings)


def test_pdf_text_layer_becomes_an_image_pdf_with_the_value_unreadable(engine: ScanEngine, tmp_path: Path) -> None:
    data = text_pdf(["Geachte heer Jansen,", f"Mijn BSN is {BSN} en mijn IBAN {IBAN}."])
    done = process_object("brieven/b1.pdf", data, engine)
    assert done.status == "redacted"
    assert {f.entity_type for f in done.findings} >= {"NL_BSN", "IBAN_CODE"}
    assert all(f.page == 1 for f in done.findings)
    (tmp_path / "out.pdf").write_bytes(done.safe)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(tmp_path / "out.pdf"), str(tmp_path / "p")], check=True)
    read = subprocess.run(
        ["tesseract", str(tmp_path / "p-1.png"), "-", "-l", "eng"], capture_output=True, text=True, check=True
    ).stdout
    assert "Geachte" in read  # the page was rendered and OCR works on it
    assert BSN not in read.replace(" ", "") and "0417" not in read
    assert b"111222333" not in done.safe


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("archief/blob.bin", b"\x00\x01\x02\x03" * 100, "unsupported binary"),
        ("logs/kapot.txt", b"\x00\xff\xfe garbage \x00", "binary content"),
        ("dumps/kapot.parquet", b"PAR1 this is not parquet", ""),
        ("brieven/kapot.pdf", b"%PDF-1.4 not really", "PDF"),
        ("dumps/diep.json", b"[" * 5000 + b"]" * 5000, ""),
    ],
)
def test_objects_that_cannot_be_inspected_are_quarantined_with_a_reason(
    engine: ScanEngine, name: str, data: bytes, reason: str
) -> None:
    done = process_object(name, data, engine)
    assert done.status == "quarantined"
    assert done.safe is None
    assert done.reason and reason in done.reason
    assert "Traceback" not in done.reason


def test_unknown_names_holding_text_are_read_as_text(engine: ScanEngine) -> None:
    assert object_kind("README", b"hallo") == "text"
    done = process_object("export.dat", f"bsn {BSN}".encode(), engine)
    assert done.status == "redacted" and BSN.encode() not in done.safe


def test_json_rows_of_sql_tables_go_through_the_structured_path(engine: ScanEngine) -> None:
    row = json.dumps({"id": 7, "body": f"mail me op {EMAIL}"}).encode()
    done = process_object("7", row, engine, kind="structured")
    assert done.status == "redacted"
    assert json.loads(done.safe)["id"] == 7 and EMAIL not in json.loads(done.safe)["body"]


def test_typed_columns_found_by_their_name_are_indexed_too(engine: ScanEngine) -> None:
    """A BSN whose leading zero a spreadsheet dropped and a mobile number stored as an integer are found
    through their column names; the index records them like any other finding."""
    buffer = io.BytesIO()
    pq.write_table(
        pa.table(
            {
                "bsn": pa.array([12345672], pa.int64()),
                "telefoon": pa.array([31612345678], pa.int64()),
                "opmerking": ["geen"],
            }
        ),
        buffer,
    )
    done = process_object("crm/klanten.parquet", buffer.getvalue(), engine)
    assert done.status == "redacted"
    by_type = {f.entity_type: f for f in done.findings}
    assert by_type["NL_BSN"].fingerprint == expected_fingerprint("NL_BSN", "012345672")
    assert by_type["PHONE_NUMBER"].fingerprint == expected_fingerprint("PHONE_NUMBER", "+31612345678")
    table = pq.read_table(io.BytesIO(done.safe))
    assert table.column("bsn")[0].as_py() is None and table.column("telefoon")[0].as_py() is None


def test_id_copy_values_are_fingerprinted_for_the_index(engine: ScanEngine) -> None:
    """An access request by BSN must find the ID copy: its MRZ values are indexed, by fingerprint only."""
    repo = Path(__file__).resolve().parent.parent
    truth = json.loads((repo / "sample_data/id_copies/id_copy_0_001.json").read_text())["holders"][0]
    done = process_object("uploads/id.png", (repo / "sample_data/id_copies/id_copy_0_001.png").read_bytes(), engine)
    assert done.status == "redacted"
    fingerprints = {(f.entity_type, f.fingerprint) for f in done.findings}
    assert ("NL_BSN", expected_fingerprint("NL_BSN", truth["bsn"])) in fingerprints
    assert ("NL_ID_DOCUMENT", expected_fingerprint("NL_ID_DOCUMENT", truth["document_number"])) in fingerprints
    assert all(f.page == 1 and f.action == "remove" for f in done.findings)


def test_structured_objects_leave_no_scratch_file_behind_whether_they_pass_or_fail(engine: ScanEngine) -> None:
    folder = scratch_folder()
    passed = process_object("export/klanten.csv", f"id,opmerking\n1,mail {EMAIL}\n".encode(), engine)
    failed = process_object("dumps/kapot.parquet", b"PAR1 this is not parquet", engine)
    assert (passed.status, failed.status) == ("redacted", "quarantined")
    assert scratch_folder() == folder  # one folder per process, not one per object
    assert list(folder.iterdir()) == []  # the object's plaintext is not left on disk


def test_a_scratch_folder_left_by_a_killed_process_is_removed_by_the_next_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from afscherm.flows import objects

    gone_pid = _ended_pid()
    orphan = tmp_path / f"{objects.SCRATCH_PREFIX}{gone_pid}-abc"
    orphan.mkdir()
    (orphan / "7-in.csv").write_text(f"id,mail\n1,{EMAIL}\n")
    alive = tmp_path / f"{objects.SCRATCH_PREFIX}{os.getppid()}-def"  # its process still runs
    alive.mkdir()
    monkeypatch.setattr(objects.tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(objects, "_scratch", {})
    folder = objects.scratch_folder()
    assert folder.parent == tmp_path and folder.name.startswith(f"{objects.SCRATCH_PREFIX}{os.getpid()}-")
    assert not orphan.exists() and alive.is_dir()


def _ended_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def test_an_indexed_finding_crosses_processes_whole() -> None:
    # Findings travel from the workers to the flow pickled; IndexedFinding pickles as its constructor's arguments
    # (cheaper than a frozen slotted dataclass's own state functions), so every field, the optional ones set
    # too, must come back.
    finding = IndexedFinding(
        "page:2", "NL_BSN", 17, 26, "9f" * 32, 0.95, "NlBsnRecognizer", "replace", page=2, box=(1.5, 2.0, 30.0, 8.25)
    )
    back = pickle.loads(pickle.dumps(finding, protocol=5))
    assert back == finding and back is not finding
    assert (back.page, back.box, back.fingerprint) == (2, (1.5, 2.0, 30.0, 8.25), "9f" * 32)
