"""Hostile JSON (issue 10, item 8; issue 14): deep nesting and huge integers are one clear error for that
file or line, never a traceback; a malformed element of a streamed array fails at that element."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from afscherm.flows.cli import main
from afscherm.redactors import file_json, parse_policy
from afscherm.redactors.files import FileRedactError, redact_file
from afscherm.redactors.text import Redactor

MAX_DEPTH = 500  # redactors.safe_json.MAX_DEPTH
DEEP = "[" * 5000 + "]" * 5000
HUGE = "1" * 5000
GOOD = json.dumps({"id": "a", "text": "BSN 111222333"})


def deep_record(levels: int) -> str:
    return '{"id": "b", "text": "x", "meta": ' + "[" * levels + "]" * levels + "}"


def huge_record() -> str:
    return '{"id": "c", "text": "x", "n": ' + HUGE + "}"


class StubAnalyzer:
    def analyze(self, texts: list[str], entities: object = None) -> list[list[object]]:
        return [[] for _ in texts]


# --- the helper ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        (DEEP, rf"nested deeper than {MAX_DEPTH} levels"),
        ("[" * (MAX_DEPTH + 10) + "]" * (MAX_DEPTH + 10), rf"nested deeper than {MAX_DEPTH} levels"),
        ('{"a":\n ' + HUGE + "}", r"a number with more than 4300 digits: line 2"),
        ('{"a": ', r"Expecting value"),
    ],
)
def test_safe_json_loads_turns_limits_into_decode_errors(doc: str, message: str) -> None:
    from afscherm.redactors.safe_json import safe_json_loads

    with pytest.raises(json.JSONDecodeError, match=message):
        safe_json_loads(doc)


def test_limit_errors_are_decode_errors_so_existing_handlers_catch_them() -> None:
    from afscherm.redactors import safe_json
    from afscherm.redactors.safe_json import JsonLimitError, safe_json_loads

    assert safe_json.MAX_DEPTH == MAX_DEPTH
    with pytest.raises(JsonLimitError) as caught:
        safe_json_loads(b"[1,\n" + HUGE.encode() + b"]")
    assert isinstance(caught.value, json.JSONDecodeError) and caught.value.lineno == 2
    assert safe_json_loads('{"a": [1, 2.5, "x"]}') == {"a": [1, 2.5, "x"]}
    assert safe_json_loads("[" * 600 + "]" * 600, max_depth=None) is not None  # depth check is optional


# --- detect and redact ---------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["detect", "redact"])
@pytest.mark.parametrize(
    ("bad", "message"),
    [(deep_record(5000), "nested deeper than"), (huge_record(), "a number with more than 4300 digits")],
)
def test_jsonl_commands_give_one_line_for_a_hostile_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, bad: str, message: str
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(f"{GOOD}\n{bad}\n{GOOD}\n", encoding="utf-8")
    code = main([command, str(src)])
    out, err = capsys.readouterr()
    assert code == 2
    assert err.startswith(f"afscherm {command}: {src}:2: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err

    code = main([command, "--skip-invalid", str(src)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert len(out.splitlines()) == 2
    assert f"skipped 1 invalid line(s) in {src}" in err


# --- redact-file ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("deep.jsonl", f"{GOOD}\n{deep_record(5000)}\n", r"deep\.jsonl:2: .*nested deeper than"),
        ("walk.jsonl", f"{GOOD}\n{deep_record(MAX_DEPTH + 50)}\n", r"walk\.jsonl:2: .*nested deeper than"),
        ("huge.jsonl", f"{GOOD}\n{huge_record()}\n", r"huge\.jsonl:2: .*more than 4300 digits"),
        ("deep.json", '{"a":\n' + DEEP + "}", r"deep\.json: .*nested deeper than"),
        ("huge.json", '{"a":\n' + HUGE + "}", r"huge\.json: .*more than 4300 digits.*line 2"),
        ("deeparray.json", f"[{GOOD},\n{deep_record(5000)}]", r"deeparray\.json: .*line 2: .*nested deeper"),
        ("hugearray.json", f"[{GOOD},\n{huge_record()}]", r"hugearray\.json: .*line 2: .*4300 digits"),
    ],
)
def test_redact_file_refuses_hostile_json_with_one_error_and_no_output(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    src = tmp_path / name
    src.write_text(content, encoding="utf-8")
    redactor = Redactor(parse_policy({}))
    with pytest.raises(FileRedactError, match=message):
        redact_file(src, tmp_path / f"out-{name}", redactor, StubAnalyzer())
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_redact_file_cli_on_deep_json_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "deep.json"
    src.write_text(DEEP, encoding="utf-8")
    assert main(["redact-file", str(src), str(tmp_path / "uit.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"afscherm redact-file: {src}: ") and err.count("\n") == 1


# --- streamed arrays fail at the bad element (issue 14) -------------------------------------------------


class CountingReader(io.StringIO):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.chars_read = 0

    def read(self, size: int | None = -1) -> str:
        chunk = super().read(size)
        self.chars_read += len(chunk)
        return chunk


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ('{"a" 1}', r"line 3: Expecting ':' delimiter"),
        ('{"a": "x\ny"}', r"line 3: Invalid control character"),
        ('{"a": tru}', r"line 3: Expecting"),
    ],
)
def test_malformed_element_fails_there_without_reading_the_rest(
    monkeypatch: pytest.MonkeyPatch, bad: str, message: str
) -> None:
    monkeypatch.setattr(file_json, "CHUNK_CHARS", 64)
    rest = ",\n".join(json.dumps({"i": i, "t": "x" * 40}) for i in range(5000))
    stream = CountingReader('[\n{"ok": 1},\n' + bad + ",\n" + rest + "\n]")
    elements = file_json.iter_json_array(stream, "export.json")
    assert next(elements) == {"ok": 1}
    with pytest.raises(FileRedactError, match=r"export\.json: malformed JSON at " + message):
        next(elements)
    assert stream.chars_read < 2048  # not the whole 250 kB


@pytest.mark.parametrize("chunk", [1, 2, 3, 5])
def test_values_cut_by_chunk_ends_still_parse(monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    monkeypatch.setattr(file_json, "CHUNK_CHARS", chunk)
    values = [1.5e300, 1e-07, -2, "aéb", True, None, False, {"k": [1, 2.25e-3]}, 12345678901234567890]
    text = json.dumps(values)
    assert list(file_json.iter_json_array(io.StringIO(text), "x.json")) == values
