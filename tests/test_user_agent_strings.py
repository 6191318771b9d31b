"""A browser's or an app's user-agent string in a log names no person or place, whatever the model reads in its
platform's capitals ("Windows NT", "Macintosh", "Linux"): detectors/ner_guard.user_agent_spans. Issue 12,
fifty-third session. Written for this test; people made up.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity]


LOG = (
    '2026-03-02 10:14:07 INFO login ok user="Marloes Verbeek" ip=192.0.2.44 ua="Mozilla/5.0 (Windows NT 10.0; Win64; '
    'x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"\n'
    '2026-03-02 10:15:31 INFO login ok user="Koen Albers" ip=192.0.2.45 ua="Mozilla/5.0 (Macintosh; Intel Mac OS X '
    '14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"\n'
    '2026-03-02 10:16:02 WARN retry user="Koen Albers" ua="Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101'
    ' Firefox/125.0"\n'
)


def test_a_user_agent_names_nobody_and_no_place() -> None:
    assert found(LOG, "PERSON") == ["Marloes Verbeek", "Koen Albers", "Koen Albers"]
    assert found(LOG, "LOCATION") == []
