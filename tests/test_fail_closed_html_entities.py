"""HTML character references (issue 10, item 4): web forms and HTML mail write ``@`` as ``&#64;`` and spaces as
``&nbsp;``. Detection reads them decoded (the detection view), redaction covers the whole reference, and the
fingerprint of what was found is the plain value's, so an access request finds the object.

Synthetic values only: 111222333 passes the 11-proef, 06-12345678 is a valid Dutch mobile number.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from afscherm.detectors.analyzer import analyze_text
from afscherm.detectors.text_view import detection_view
from afscherm.discovery.fingerprint import fingerprint
from afscherm.flows.cli import main

KEY = b"test-index-key-0123456789abcdef"


def test_the_view_decodes_references_and_maps_them_back_whole() -> None:
    text = "a&#64;b&#x2E;c&nbsp;d&shy;e &amp; f&lt;"
    view = detection_view(text)
    assert view.text == "a@b.c de & f<"
    assert text[slice(*view.to_original(1, 2))] == "&#64;"
    assert text[slice(*view.to_original(0, 8))] == "a&#64;b&#x2E;c&nbsp;d&shy;e"  # "a@b.c de"
    assert text[slice(*view.to_original(len(view.text) - 1, len(view.text)))] == "&lt;"


@pytest.mark.parametrize(
    "text",
    [
        "q=1&copy=2",  # a named reference without its ";" is a URL parameter, not "©"
        "&unknown; &#0; &#x110000; &#10;",  # unknown, no character, beyond Unicode, a control character
        "Jansen & Zn, 10% korting",
    ],
)
def test_what_is_not_a_printable_reference_stays_as_written(text: str) -> None:
    assert detection_view(text).text == text


def found(text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in analyze_text(text)]


@pytest.mark.parametrize(
    ("text", "entity_type", "written", "plain"),
    [
        ("Mijn BSN is 111&#8209;222&#8209;333, graag.", "NL_BSN", "111&#8209;222&#8209;333", "111222333"),
        ("<p>BSN:&nbsp;111&nbsp;222&nbsp;333</p>", "NL_BSN", "111&nbsp;222&nbsp;333", "111222333"),
        ("mail jan.jansen&#64;voorbeeld.nl graag", "EMAIL_ADDRESS", "jan.jansen&#64;voorbeeld.nl",
         "jan.jansen@voorbeeld.nl"),
        ("e-mail: jan.jansen&#x40;voorbeeld&#46;nl.", "EMAIL_ADDRESS", "jan.jansen&#x40;voorbeeld&#46;nl",
         "jan.jansen@voorbeeld.nl"),
        ("bel &#43;31&nbsp;6&nbsp;12345678 na vijven", "PHONE_NUMBER", "&#43;31&nbsp;6&nbsp;12345678", "06-12345678"),
    ],
)  # fmt: skip
def test_values_written_with_references_are_found_whole_and_fingerprint_as_plain(
    text: str, entity_type: str, written: str, plain: str
) -> None:
    assert (entity_type, written) in found(text), found(text)
    assert fingerprint(entity_type, written, KEY) == fingerprint(entity_type, plain, KEY)


def test_redact_removes_values_written_with_references(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"id": "1", "text": "Mijn BSN is 111&#8209;222&#8209;333 en mail jan.jansen&#64;voorbeeld.nl"},
        {"id": "2", "text": "<p>BSN:&nbsp;111&nbsp;222&nbsp;333, e-mail: jan.jansen&#x40;voorbeeld&#46;nl</p>"},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    code = main(["redact", str(src)])
    out, err = capsys.readouterr()
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["text"] for r in rows] == [
        "Mijn BSN is <BSN> en mail <E-MAIL>",
        "<p>BSN:&nbsp;<BSN>, e-mail: <E-MAIL></p>",
    ]
