"""The ``afscherm`` CLI contract (DESIGN.md): JSONL in, JSONL out, one clear error line for bad input."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from afscherm.flows.cli import main

BSN_TEXT = "😀 Mijn BSN is 1112.22.333, mail: fenna@example.nl"


def write_jsonl(path: Path, lines: list[str | bytes]) -> Path:
    with path.open("wb") as fh:
        for line in lines:
            fh.write((line if isinstance(line, bytes) else line.encode()) + b"\n")
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_detect_contract_with_code_point_offsets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_jsonl(
        tmp_path / "in.jsonl", [json.dumps({"id": "a", "text": BSN_TEXT}), json.dumps({"id": "b", "text": "niets"})]
    )
    code, out, err = run(["detect", str(src)], capsys)
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert rows[1]["findings"] == []
    by_type = {f["entity_type"]: f for f in rows[0]["findings"]}
    bsn, email = by_type["NL_BSN"], by_type["EMAIL_ADDRESS"]
    # the emoji is one code point: offsets index the Python string, not UTF-8 or UTF-16 units
    assert BSN_TEXT[bsn["start"] : bsn["end"]] == "1112.22.333"
    assert BSN_TEXT[email["start"] : email["end"]] == "fenna@example.nl"
    assert set(bsn) == {"entity_type", "start", "end", "score", "recognizer"}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "text": "ok"', r"in\.jsonl:2: malformed JSON"),
        ('{"text": "geen id"}', r"in\.jsonl:2: missing 'id'"),
        ('{"id": "x"}', r"in\.jsonl:2: missing 'text'"),
        ('{"id": "x", "text": 12}', r"in\.jsonl:2: 'text' must be a string"),
        ('["id", "text"]', r"in\.jsonl:2: expected a JSON object"),
        (b'{"id": "x", "text": "caf\xe9"}', r"in\.jsonl:2: not valid UTF-8 \(byte 0xe9"),
    ],
)
def test_bad_lines_give_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str | bytes, message: str
) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", ['{"id": "ok", "text": "hallo"}', line])
    code, _, err = run(["detect", str(src)], capsys)
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("afscherm detect: ")
    assert re.search(message, err), err


def test_skip_invalid_continues_and_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = ['{"id": "1", "text": "bsn 111222333"}', "{broken", '{"id": 5, "text": "x"}', '{"id": "2", "text": "y"}']
    src = write_jsonl(tmp_path / "in.jsonl", lines)
    code, out, err = run(["detect", "--skip-invalid", str(src)], capsys)
    assert code == 0
    assert [json.loads(x)["id"] for x in out.splitlines()] == ["1", "2"]
    assert "skipped 2 invalid line(s)" in err


def test_unreadable_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["detect", str(tmp_path / "missing.jsonl")], capsys)
    assert code == 2 and "missing.jsonl: cannot read" in err
    code, _, err = run(["detect", str(tmp_path)], capsys)
    assert code == 2 and "is a directory" in err


def test_output_file_is_written_whole_or_not_at_all(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", ['{"id": "1", "text": "ip 10.1.2.3"}'])
    out_path = tmp_path / "out.jsonl"
    assert run(["detect", str(good), "-o", str(out_path)], capsys)[0] == 0
    assert json.loads(out_path.read_text())["findings"][0]["entity_type"] == "IP_ADDRESS"

    bad = write_jsonl(tmp_path / "bad.jsonl", ['{"id": "1", "text": "x"}', "nope"])
    failed_out = tmp_path / "failed.jsonl"
    assert run(["detect", str(bad), "-o", str(failed_out)], capsys)[0] == 2
    assert not failed_out.exists()
    assert list(tmp_path.glob("failed.jsonl.part*")) == []


def test_unknown_entity_filter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", ['{"id": "1", "text": "x"}'])
    code, _, err = run(["detect", "--entities", "NL_BSN,SHOE_SIZE", str(src)], capsys)
    assert code == 2 and "SHOE_SIZE" in err


def test_stdin_as_a_process_without_traceback() -> None:
    payload = json.dumps({"id": "s", "text": "Bel me op 06-12345678"}) + "\n"
    done = subprocess.run(
        [sys.executable, "-m", "afscherm.flows.cli", "detect", "-"],
        input=payload.encode(),
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    row = json.loads(done.stdout)
    assert [(f["entity_type"], f["start"], f["end"]) for f in row["findings"]] == [("PHONE_NUMBER", 10, 21)]

    bad = subprocess.run(
        [sys.executable, "-m", "afscherm.flows.cli", "detect", "-"], input=b"{oops\n", capture_output=True, timeout=120
    )
    assert bad.returncode == 2
    assert b"Traceback" not in bad.stderr
    assert (
        bad.stderr.decode().strip()
        == "afscherm detect: <stdin>:1: malformed JSON: Expecting property name enclosed in double quotes (column 2)"
    )


def test_scan_prints_a_summary_per_type_and_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from afscherm.flows.objects import engine_for

    src = tmp_path / "support"
    src.mkdir()
    (src / "a.txt").write_text("Mijn IBAN is NL91 ABNA 0417 1643 00 en mijn BSN 111222333.")
    (src / "b.jsonl").write_text('{"level": "ERROR", "user": "fenna@example.nl"}\n{"ip": "10.2.3.4"}\n')
    (src / "kapot.bin").write_bytes(b"\x00\x01")
    out_dir = tmp_path / "out"
    args = [
        "scan",
        str(src),
        "--index",
        str(out_dir / "index"),
        "--clean",
        str(out_dir / "clean"),
        "--quarantine",
        str(out_dir / "quarantine"),
        "--no-prefect",
    ]

    monkeypatch.delenv("AFSCHERM_INDEX_KEY", raising=False)
    engine_for.cache_clear()
    code, _, err = run(args, capsys)
    assert code == 2 and "AFSCHERM_INDEX_KEY" in err and "Traceback" not in err

    monkeypatch.setenv("AFSCHERM_INDEX_KEY", "test-index-key-0123456789abcdef")
    engine_for.cache_clear()
    code, out, _ = run(args, capsys)
    engine_for.cache_clear()
    assert code == 1  # done, with an object quarantined
    table = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line and line.split()[0].isupper()}
    assert any(line.split() == ["entity", "type", "support", "total"] for line in out.splitlines())
    assert table["IBAN_CODE"] == ["1", "1"]
    assert table["NL_BSN"] == ["1", "1"]
    assert table["EMAIL_ADDRESS"] == ["1", "1"]
    assert table["IP_ADDRESS"] == ["1", "1"]
    assert "3 objects listed, 3 scanned (2 redacted, 0 without findings, 1 quarantined)" in out
    assert "kapot.bin: unsupported binary object" in out
    assert (out_dir / "clean/support/a.txt").read_text().startswith("Mijn IBAN is ")
    assert "111222333" not in (out_dir / "clean/support/a.txt").read_text()


# --- several worker processes -------------------------------------------------------------------------


def many_records(n: int) -> list[str]:
    """Records over several batches, each with something to find and a distinct id."""
    texts = (
        "Met vriendelijke groet,\nSanne de Vries",
        "Mijn BSN is 1112.22.333 en ik woon in Utrecht.",
        '{"level": "INFO", "user": "fenna@example.nl"}',
        "hoi, k ben lisa baakman",
        "niets",
    )
    return [json.dumps({"id": f"r{i:03d}", "text": texts[i % len(texts)]}) for i in range(n)]


def detect_process(argv: list[str]) -> subprocess.CompletedProcess[str]:
    """``afscherm detect`` as its own process, as a user runs it (workers fork from a loaded analyzer)."""
    return subprocess.run(
        [sys.executable, "-m", "afscherm.flows.cli", "detect", *argv], capture_output=True, text=True, timeout=180
    )


def test_two_workers_write_what_one_writes_in_input_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", many_records(150))
    code, one, err = run(["detect", "--workers", "1", str(src)], capsys)
    assert code == 0, err
    two = detect_process(["--workers", "2", str(src)])
    assert two.returncode == 0, two.stderr
    assert [json.loads(line)["id"] for line in two.stdout.splitlines()] == [f"r{i:03d}" for i in range(150)]
    assert two.stdout == one
    assert any(f["entity_type"] == "PERSON" for f in json.loads(one.splitlines()[0])["findings"])


def test_two_workers_analyse_a_very_long_record_here_and_write_what_one_writes(tmp_path: Path) -> None:
    """A record over LONG_RECORD_CHARS (lowered for the test) is analysed by the parent, between the
    workers' batches, and the output is what one process writes."""
    lines = many_records(70)
    long_text = " ".join(["mail naar jan.jansen@example.nl of bel 06-12345678, bsn 111222333."] * 60)
    lines.insert(66, json.dumps({"id": "long", "text": long_text}))
    src = write_jsonl(tmp_path / "in.jsonl", lines)
    code = "import sys; import afscherm.flows.cli as c; c.LONG_RECORD_CHARS = 2000; sys.exit(c.main(sys.argv[1:]))"
    one = subprocess.run(
        [sys.executable, "-c", code, "detect", "--workers", "1", str(src)], capture_output=True, text=True, timeout=180
    )
    two = subprocess.run(
        [sys.executable, "-c", code, "detect", "--workers", "2", str(src)], capture_output=True, text=True, timeout=180
    )
    assert one.returncode == 0 and two.returncode == 0, one.stderr + two.stderr
    assert two.stdout == one.stdout
    rows = [json.loads(line) for line in two.stdout.splitlines()]
    assert [r["id"] for r in rows][64:68] == ["r064", "r065", "long", "r066"]
    long_types = [f["entity_type"] for f in rows[66]["findings"]]
    assert long_types.count("NL_BSN") == 60 and long_types.count("EMAIL_ADDRESS") == 60


def test_two_workers_report_a_bad_line_by_its_number(tmp_path: Path) -> None:
    lines = many_records(130)
    lines[99] = '{"id": "x", "text": 12}'
    src = write_jsonl(tmp_path / "in.jsonl", lines)
    done = detect_process(["--workers", "2", str(src)])
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"afscherm detect: {src}:100: 'text' must be a string, got int"]
    # the batch before the bad line was written, as one process would have done
    assert [json.loads(line)["id"] for line in done.stdout.splitlines()] == [f"r{i:03d}" for i in range(64)]


def test_workers_option_and_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from afscherm.flows.detect_workers import SMALL_INPUT_BYTES, default_workers, usable_cores

    with pytest.raises(SystemExit):
        main(["detect", "--workers", "0", "x.jsonl"])
    assert "--workers: expected a whole number" in capsys.readouterr().err
    assert default_workers(1_000) == 1  # small inputs: no second process to start
    assert default_workers(SMALL_INPUT_BYTES) == default_workers(None) == min(4, usable_cores())


BLAS_PROBE = """
import json, os, sys
import afscherm.flows.cli as c
code = c.main(sys.argv[1:])
from afscherm.detectors.analyzer import default_analyzer
from afscherm.detectors.config import config_dir
nlp = default_analyzer(config_dir()).pipeline  # the one the run loaded (cached)
blis = [getattr(node.ops, "use_blis", True) for _, comp in nlp.components for node in comp.model.walk()]
print(json.dumps({"code": code, "omp": os.environ.get("OMP_NUM_THREADS"), "blis": any(blis)}), file=sys.stderr)
"""


def blas_probe(tmp_path: Path, env_threads: str | None) -> tuple[dict, str]:
    """``afscherm detect --workers 1`` in a fresh process (BLAS variables as given), its stdout and what it set."""
    import os

    src = write_jsonl(tmp_path / "in.jsonl", [json.dumps({"id": "a", "text": BSN_TEXT})])
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "MKL_NUM_THREADS")
    }
    if env_threads is not None:
        env["OMP_NUM_THREADS"] = env_threads
    done = subprocess.run(
        [sys.executable, "-c", BLAS_PROBE, "detect", "--workers", "1", str(src)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stderr.strip().splitlines()[-1]), done.stdout


def test_one_process_detect_runs_one_blas_thread_and_the_model_on_numpy(tmp_path: Path) -> None:
    """One process alone gets one BLAS thread too (the model's products then go through numpy's BLAS, not blis:
    nlp_engine.with_numpy_gemm), and its findings are those of any other run."""
    probe, out = blas_probe(tmp_path, None)
    assert probe == {"code": 0, "omp": "1", "blis": False}
    assert {f["entity_type"] for f in json.loads(out)["findings"]} >= {"NL_BSN", "EMAIL_ADDRESS"}


def test_a_thread_count_the_user_set_is_kept(tmp_path: Path) -> None:
    probe, _ = blas_probe(tmp_path, "2")
    assert probe == {"code": 0, "omp": "2", "blis": True}


def test_the_cli_limits_every_variable_the_pipeline_reads() -> None:
    from afscherm.detectors.nlp_engine import BLAS_THREAD_VARIABLES
    from afscherm.flows.cli import NATIVE_THREAD_VARIABLES

    assert set(BLAS_THREAD_VARIABLES) <= set(NATIVE_THREAD_VARIABLES)
