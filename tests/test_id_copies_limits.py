"""``redact-image`` on hostile or broken uploads: pages are decoded one at a time under a pixel cap and a
page cap (``id_copies.max_page_pixels`` / ``max_pages``), what exceeds them is quarantined with a reason
file before anything is decoded, input that is no image is one line and exit 2, a crash on a valid
image is quarantined (exit 1) rather than a traceback, and ``--config DIR`` is used for detection too.

Every file here is made by the test and small (a few kB): the sizes are declared, not stored."""

from __future__ import annotations

import io
import json
import random
import struct
import subprocess
import sys
import tracemalloc
import zlib
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
import yaml
from PIL import Image

from afscherm.detectors.config import ConfigError
from afscherm.flows.cli import main
from afscherm.redactors.id_copies import IdCopyPolicy, api, load_policy, redact_id_copy
from synthetic.id_images import decode_pages

ROOT = Path(__file__).resolve().parent.parent


# --- small files that declare huge or broken contents -------------------------------------------------


def tiff_header(width: int, height: int, samples_per_pixel: int = 1) -> bytes:
    """A valid little-endian TIFF (one grey strip of one byte) that declares ``width``×``height``."""
    entries = [
        (256, 4, width),
        (257, 4, height),
        (258, 3, 8),
        (259, 3, 1),
        (262, 3, 1),
        (273, 4, 0),
        (277, 3, samples_per_pixel),
        (278, 4, height),
        (279, 4, 1),
    ]
    data_at = 8 + 2 + 12 * len(entries) + 4
    ifd = struct.pack("<H", len(entries))
    for tag, typ, value in entries:
        value = data_at if tag == 273 else value
        packed = struct.pack("<HH", value, 0) if typ == 3 else struct.pack("<I", value)
        ifd += struct.pack("<HHI", tag, typ, 1) + packed
    return b"II*\x00" + struct.pack("<I", 8) + ifd + struct.pack("<I", 0) + b"\x00"


def blank_png(width: int, height: int) -> bytes:
    """A complete, valid 1-bit PNG of ``width``×``height`` white pixels, compressed row by row."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    row, block = b"\x00" + b"\xff" * ((width + 7) // 8), 500
    z = zlib.compressobj(9)
    idat = b"".join(z.compress(row * min(block, height - i)) for i in range(0, height, block)) + z.flush()
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
        + chunk(b"IDAT", idat)
        + chunk(b"IEND", b"")
    )


def pdf_of(pages: int, width_pt: float, height_pt: float) -> bytes:
    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(width_pt, height_pt)
    buf = io.BytesIO()
    pdf.save(buf)
    pdf.close()
    return buf.getvalue()


def encrypted_pdf() -> bytes:
    """A one-page PDF behind a user password (standard security handler, RC4 128): it cannot be opened."""
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>",
        b"<</Filter/Standard/V 2/R 3/Length 128/P -4/O<" + b"11" * 32 + b">/U<" + b"22" * 32 + b">>>",
    ]
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<</Size %d/Root 1 0 R/Encrypt 4 0 R/ID[<%s><%s>]>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        b"ab" * 16,
        b"ab" * 16,
        xref,
    )
    return bytes(out)


def image_bytes(fmt: str, size: tuple[int, int] = (300, 200), frames: int = 1) -> bytes:
    rng = np.random.default_rng(3)
    images = [Image.fromarray(rng.integers(0, 255, (size[1], size[0], 3), dtype=np.uint8)) for _ in range(frames)]
    buf = io.BytesIO()
    images[0].save(buf, fmt, save_all=frames > 1, append_images=images[1:])
    return buf.getvalue()


def truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


BAD_INPUT = {
    "empty.png": lambda: b"",
    "random.png": lambda: random.Random(7).randbytes(4096),
    "truncated.png": lambda: truncated(image_bytes("PNG")),
    "truncated.jpg": lambda: truncated(image_bytes("JPEG")),
    "no_pages.pdf": lambda: pdf_of(0, 72, 72),
    "encrypted.pdf": encrypted_pdf,
    "broken.pdf": lambda: b"%PDF-1.4 broken",
    "odd_header.tiff": lambda: tiff_header(10, 10, samples_per_pixel=10825),  # Pillow logs an error, raises
    "drawing.gif": lambda: image_bytes("GIF"),  # an image, not one an ID copy comes as
}

# name: (bytes, words the reason must contain)
OVER_LIMITS = {
    "header_60000.tiff": (lambda: tiff_header(60000, 60000), ["3,600,000,000 pixels", "max_page_pixels"]),
    "big_20000.png": (lambda: blank_png(20000, 20000), ["400,000,000 pixels", "max_page_pixels"]),
    # Under twice the cap Pillow only warns: the warning refuses the file as well.
    "big_9000.png": (lambda: blank_png(9000, 9000), ["81,000,000 pixels", "max_page_pixels"]),
    "hundred_pages.pdf": (lambda: pdf_of(100, 72, 72), ["100 pages", "max_pages"]),
    "bomb_30_pages.pdf": (lambda: pdf_of(30, 14400, 14400), ["30 pages", "max_pages"]),
}


def _run(tmp_path: Path, name: str, data: bytes, *extra: str) -> tuple[int, Path, Path]:
    """``afscherm [extra] redact-image`` on ``data`` saved as ``name``: exit code, output and quarantine paths."""
    src = tmp_path / name
    src.write_bytes(data)
    out, q = tmp_path / f"safe{src.suffix}", tmp_path / "q"
    code = main([*extra, "redact-image", str(src), "-o", str(out), "--quarantine", str(q)])
    return code, out, q


@pytest.mark.parametrize("name", list(BAD_INPUT))
def test_input_that_is_no_image_is_one_line_and_exit_2(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, q = _run(tmp_path, name, BAD_INPUT[name]())
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.count("\n") == 1 and name in err and "Traceback" not in err
    assert not out.exists() and not q.exists()


def test_pillow_log_records_do_not_reach_stderr(tmp_path: Path) -> None:
    # pytest captures log records itself, so only a process of its own shows what a user sees.
    src = tmp_path / "odd.tiff"
    src.write_bytes(tiff_header(10, 10, samples_per_pixel=10825))  # Pillow logs an error about it
    run = subprocess.run(
        [sys.executable, "-m", "afscherm.flows.cli", "redact-image", str(src), "-o", str(tmp_path / "o.tiff")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "odd.tiff" in run.stderr, run.stderr


@pytest.mark.parametrize("name", list(OVER_LIMITS))
def test_over_the_limits_is_quarantined_before_decoding(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api, "_redact_page", lambda *a: pytest.fail("a page was processed"))
    make, words = OVER_LIMITS[name]
    data = make()
    assert len(data) < 200_000  # small files that declare a lot
    code, out, q = _run(tmp_path, name, data)
    err = capsys.readouterr().err
    assert code == 1, err
    assert err.count("\n") == 1 and "Traceback" not in err and not out.exists()
    [reason_file] = q.iterdir()
    reasons = " ".join(json.loads(reason_file.read_text())["reasons"])
    assert all(w in reasons for w in words), reasons


def test_mutated_files_never_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    """Bytes flipped, cut, inserted in valid files of every kind: a result every time, never an exception."""
    monkeypatch.setattr(api, "_redact_page", _pass_through)
    seeds = [
        image_bytes("PNG", (60, 40)),
        image_bytes("JPEG", (60, 40)),
        image_bytes("WEBP", (60, 40)),
        image_bytes("TIFF", (60, 40), frames=3),
        pdf_of(2, 100, 80),
        tiff_header(50, 40),
    ]
    rng = random.Random(11)
    outcomes = set()
    for _ in range(300):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.choice((1, 3, 12))):
            at = rng.randrange(len(data))
            data[at : at + rng.choice((0, 1, 9))] = rng.randbytes(rng.choice((0, 1, 4)))
        result = redact_id_copy(bytes(data), IdCopyPolicy(max_page_pixels=1_000_000), analyzer=object())
        assert result.released == (result.data is not None)
        assert not any("internal error" in r for r in result.reasons), result.reasons
        outcomes.add("released" if result.released else "error" if result.error else "refused")
    assert {"released", "error"} <= outcomes


def test_a_later_frame_over_the_cap_refuses_the_document_before_page_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api, "_redact_page", lambda *a: pytest.fail("page 1 was processed"))
    small = Image.new("L", (200, 100), 255)
    buf = io.BytesIO()
    small.save(buf, "TIFF", save_all=True, append_images=[Image.new("L", (3000, 2000), 255)])
    result = redact_id_copy(buf.getvalue(), IdCopyPolicy(max_page_pixels=1_000_000), analyzer=object())
    assert not result.released and result.error is None
    assert any("page 2" in r and "6,000,000 pixels" in r for r in result.reasons), result.reasons


def test_limits_come_from_policy_yaml(tmp_path: Path) -> None:
    shipped = yaml.safe_load((ROOT / "afscherm" / "configs" / "policy.yaml").read_text())["id_copies"]
    assert {"max_page_pixels", "max_pages"} <= set(shipped)
    assert load_policy(ROOT / "afscherm" / "configs" / "policy.yaml").max_pages == shipped["max_pages"]
    path = tmp_path / "policy.yaml"
    path.write_text("id_copies:\n  max_page_pixels: 2_000_000\n  max_pages: 3\n")
    policy = load_policy(path)
    assert (policy.max_page_pixels, policy.max_pages) == (2_000_000, 3)
    for key, value in [("max_pages", 0), ("max_page_pixels", 1000), ("max_page_pixels", 10**12)]:
        path.write_text(f"id_copies:\n  {key}: {value}\n")
        with pytest.raises(ConfigError, match=f"id_copies.{key}"):
            load_policy(path)


def test_config_dir_limits_apply_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conf = tmp_path / "conf"
    conf.mkdir()
    (conf / "policy.yaml").write_text("id_copies:\n  max_pages: 2\n")
    code, out, q = _run(tmp_path, "three.pdf", pdf_of(3, 72, 72), "--config", str(conf))
    assert code == 1 and not out.exists()
    assert "3 pages" in capsys.readouterr().err


def _pass_through(
    page: np.ndarray,
    policy: IdCopyPolicy,
    analyzer: object,
    clock: object,  # noqa: ANN202
    boxes: object = None,
):
    """The page pipeline replaced by a copy: what is measured is decoding and writing."""
    return page.copy(), api.PageResult([], [], 0)


def test_tiff_pages_are_decoded_one_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api, "_redact_page", _pass_through)
    w, h, n = 1200, 900, 10
    frames = [np.full((h, w, 3), 10 + 20 * i, np.uint8) for i in range(n)]
    images = [Image.fromarray(f) for f in frames]
    src = tmp_path / "pages.tiff"  # uncompressed: the file is as large as its pages, and is not read whole
    images[0].save(src, "TIFF", save_all=True, append_images=images[1:])
    assert src.stat().st_size > n * frames[0].nbytes
    tracemalloc.start()
    try:
        result = redact_id_copy(src, IdCopyPolicy(), analyzer=object())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.released, result.reasons
    assert peak < 4 * frames[0].nbytes, f"{peak / 1e6:.1f} MB traced for {n} pages of {frames[0].nbytes / 1e6:.1f} MB"
    pages = decode_pages(result.data)
    assert [int(p[0, 0, 0]) for p in pages] == [10 + 20 * i for i in range(n)]  # every page, in order, lossless


def test_pdf_pages_are_rendered_one_at_a_time_and_keep_their_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api, "_redact_page", _pass_through)
    data = pdf_of(8, 6 * 72, 4 * 72)  # 1200×800 at 200 dpi
    tracemalloc.start()
    try:
        result = redact_id_copy(data, IdCopyPolicy(), analyzer=object())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.released, result.reasons
    assert peak < 4 * 1200 * 800 * 3, f"{peak / 1e6:.1f} MB traced"
    pdf = pdfium.PdfDocument(result.data)
    assert [tuple(round(v) for v in pdf.get_page_size(i)) for i in range(len(pdf))] == [(432, 288)] * 8
    pdf.close()
    assert b"/Info" not in result.data and b"/Producer" not in result.data


def test_huge_pdf_pages_are_rendered_under_the_pixel_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api, "_redact_page", _pass_through)
    cap = 500_000
    result = redact_id_copy(pdf_of(2, 14400, 14400), IdCopyPolicy(max_page_pixels=cap), analyzer=object())
    assert result.released, result.reasons
    assert [p.size[0] * p.size[1] for p in result.pages] == [pytest.approx(cap, rel=0.01)] * 2
    assert all(p.size[0] * p.size[1] <= cap for p in result.pages)
    pdf = pdfium.PdfDocument(result.data)
    assert [round(pdf.get_page_size(i)[0]) for i in range(len(pdf))] == [14400, 14400]  # 200 inch, as the input
    pdf.close()


def test_a_crash_on_a_valid_image_is_quarantined_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*args: object) -> None:
        raise ValueError("invalid literal for int() with base 10: '111222333'")  # a value in a message

    monkeypatch.setattr(api, "_redact_page", crash)
    monkeypatch.setattr(api, "_analyzer", lambda config=None: object())
    code, out, q = _run(tmp_path, "upload.png", image_bytes("PNG"))
    err = capsys.readouterr().err
    assert code == 1, err
    assert err.count("\n") == 1 and "Traceback" not in err and not out.exists()
    [reason_file] = q.iterdir()
    text = reason_file.read_text()
    assert "ValueError" in text and "111222333" not in text and "111222333" not in err


def test_a_failing_page_stops_the_document(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def failing(
        page: np.ndarray,
        policy: IdCopyPolicy,
        analyzer: object,
        clock: object,  # noqa: ANN202
        boxes: object = None,
    ):
        calls.append(page.shape)
        return page, api.PageResult([], ["face still detected"], 0)

    monkeypatch.setattr(api, "_redact_page", failing)
    result = redact_id_copy(image_bytes("TIFF", frames=5), IdCopyPolicy(), analyzer=object())
    assert not result.released and result.data is None
    assert len(calls) == 1
    assert result.reasons[0] == "page 1: face still detected"
    assert "pages 2–5 not examined" in result.reasons[-1]


def test_redact_image_detects_with_the_config_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import afscherm.detectors.analyzer

    seen = []
    monkeypatch.setattr(
        afscherm.detectors.analyzer, "default_analyzer", lambda directory=None: seen.append(directory) or object()
    )
    monkeypatch.setattr(api, "_redact_page", _pass_through)
    conf = tmp_path / "conf"
    conf.mkdir()
    code, out, _ = _run(tmp_path, "upload.png", image_bytes("PNG"), "--config", str(conf))
    assert code == 0, capsys.readouterr().err
    assert [str(d) for d in seen] == [str(conf)]


def test_a_broken_detection_config_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conf = tmp_path / "conf"
    conf.mkdir()
    (conf / "nlp.yaml").write_text("models: [unclosed\n")
    code, out, q = _run(tmp_path, "upload.png", image_bytes("PNG"), "--config", str(conf))
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.count("\n") == 1 and "nlp.yaml" in err and not out.exists() and not q.exists()
