"""``afscherm report``: the summary in both languages, the same numbers as ``type_store_counts``, no URI or
value on the page, nothing loaded from the network, written atomically; and in a real headless Chromium the
page runs without errors and its charts are drawn (pixels of the screenshot, not only the file)."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from afscherm.discovery import analysis, report
from afscherm.discovery.analysis_config import AnalysisConfig
from afscherm.discovery.index import FindingsIndex
from afscherm.discovery.requests import RequestRegister
from afscherm.flows.cli import main
from tests.analysis_helpers import ScannedIndex, build_scanned_index
from tests.scan_helpers import TEST_INDEX_KEY
from tests.test_analysis import T0, append

KEY = TEST_INDEX_KEY.encode()
TODAY = date(2026, 11, 16)
SECRET_URI = "file:///dossiers/111222333/paspoort.jpg"  # a path holding a BSN
CONFIG = AnalysisConfig(special_identifiers={"NL_BSN": ["hr"], "MRZ": ["id_copies"], "ID_COPY": ["id_copies"]})


@pytest.fixture
def idx(tmp_path: Path) -> FindingsIndex:
    index = FindingsIndex(tmp_path / "index")
    append(
        index,
        "chatlogs",
        "scan-1",
        T0,
        {"file:///chat/klant-jansen.txt": ["NL_BSN", "NL_BSN", "EMAIL_ADDRESS"], "file:///chat/b.txt": ["NL_BSN"]},
    )
    append(index, "foutmeldingen", "scan-1", T0, {"file:///log/e.log": ["NL_BSN", "IP_ADDRESS"]})
    append(index, "uploads", "scan-2", T0 + timedelta(days=1), {SECRET_URI: [], "file:///up/x.txt": ["PERSON"]})
    register = RequestRegister.for_index(index.path)
    register.add("access", {}, received=date(2026, 10, 18))  # due 2026-11-18: this week
    register.add("access", {}, received=date(2026, 10, 20))  # due 2026-11-20: this week
    register.add("erasure", {}, received=date(2026, 10, 1))  # due 2026-11-01: overdue
    register.add("access", {}, received=date(2026, 11, 10))  # due 2026-12-10: on track
    return index


def test_summary_in_dutch_and_english(idx: FindingsIndex) -> None:
    data = report.collect(idx, CONFIG, KEY, today=TODAY)
    assert report.summary_sentences(data, "nl") == [
        "7 bevindingen in 4 van de 5 objecten, verdeeld over 3 opslagen.",
        "3 BSN's in chatlogs en 1 in foutmeldingen.",
        "4 objecten met bijzondere identificatoren staan in een opslag die ze niet mag bevatten.",
        "2 inzageverzoeken verlopen deze week; 1 verwijderverzoek over de termijn.",
    ]
    assert report.summary_sentences(data, "en") == [
        "7 findings in 4 of 5 objects, across 3 stores.",
        "3 BSNs in chatlogs and 1 in foutmeldingen.",
        "4 objects with special identifiers are in a store not allowed to hold them.",
        "2 access requests due this week; 1 erasure request overdue.",
    ]
    page = report.render(data, "nl")
    assert "<p>3 BSN's in chatlogs en 1 in foutmeldingen.</p>" in html.unescape(page) and '<html lang="nl">' in page
    assert '<html lang="en">' in report.render(data, "en")


def test_long_store_lists_are_cut_short() -> None:
    per_store = [("a", 5), ("b", 4), ("c", 3), ("d", 1200), ("e", 1)]
    assert report._per_store_phrase("NL_BSN", per_store, "nl") == \
        "1.200 BSN's in d, 5 in a, 4 in b en 4 in 2 andere opslagen"  # fmt: skip
    assert report._per_store_phrase("NL_BSN", per_store[:1], "en") == "5 BSNs in a"
    assert report._per_store_phrase("PERSON", [("a", 1)], "nl") == "1 naam in a"


def test_report_numbers_are_type_store_counts(idx: FindingsIndex) -> None:
    data = report.collect(idx, CONFIG, KEY, today=TODAY)
    assert data.counts == analysis.type_store_counts(analysis.load_findings(idx))
    page = report.render(data, "en")
    assert '<svg class="chart" id="chart-heat"' in page
    assert ">2 (1)</text>" not in page  # chatlogs holds 3 BSNs in 2 objects:
    assert ">3 (2)</text>" in page


def test_no_uri_or_value_on_the_page_only_tokens(idx: FindingsIndex) -> None:
    data = report.collect(idx, CONFIG, KEY, today=TODAY)
    for lang in ("nl", "en"):
        page = report.render(data, lang)
        for leak in ("111222333", "paspoort", "dossiers", "klant-jansen", "file://", "e.log", "/chat/"):
            assert leak not in page, leak
        assert analysis.object_token(SECRET_URI, KEY) in page and ">.jpg<" in page  # the ID copy, by token
        assert analysis.object_token("file:///chat/klant-jansen.txt", KEY) in page  # the hot spot
        # fingerprints (64 hex digits) are not shown either
        assert not re.search(r"[0-9a-f]{64}", page)


def test_page_is_self_contained(idx: FindingsIndex) -> None:
    page = report.render(report.collect(idx, CONFIG, KEY, today=TODAY), "nl")
    assert "default-src 'none'" in page  # the browser may not fetch anything
    assert not re.search(r"https?://|\bsrc\s*=|\bhref\s*=|url\(|@import", page, re.IGNORECASE)
    assert len(page.encode()) < 200_000


def test_cli_writes_atomically_and_fails_in_one_line(
    idx: FindingsIndex, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("AFSCHERM_INDEX_KEY", TEST_INDEX_KEY)
    target = tmp_path / "report.html"
    assert main(["report", "--index", str(idx.path), "-o", str(target), "--lang", "en", "--today", "2026-11-16"]) == 0
    page = target.read_text(encoding="utf-8")
    assert "7 findings in 4 of 5 objects, across 3 stores." in page
    assert "2 access requests due this week; 1 erasure request overdue." in page
    assert "7 findings in 3 store(s)" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no part file left
    # a failure leaves the previous report as it was, and says so in one line
    assert main(["report", "--index", str(tmp_path / "nothing"), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no findings index here" in err
    monkeypatch.delenv("AFSCHERM_INDEX_KEY")
    assert main(["report", "--index", str(idx.path), "-o", str(target)]) == 2
    assert "AFSCHERM_INDEX_KEY" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == page
    with pytest.raises(SystemExit) as exited:  # argparse: usage and the problem, exit 2
        main(["report", "--index", str(idx.path), "-o", str(target), "--today", "16-11-2026"])
    assert exited.value.code == 2 and "expected a date like" in capsys.readouterr().err


def test_empty_index_still_renders(tmp_path: Path) -> None:
    index = FindingsIndex(tmp_path / "index")
    data = report.collect(index, CONFIG, KEY, today=TODAY)
    page = report.render(data, "en")
    assert "The index holds no scan yet." in page and "No findings." in page
    assert report.summary_sentences(data, "en")[0] == "0 findings in 0 of 0 objects, across 0 stores."


# ---------------------------------------------------------------------------------------------------------
# In a real browser

CHROMIUM = shutil.which("chromium")
WINDOW = (1280, 2600)


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ScannedIndex]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("AFSCHERM_INDEX_KEY", TEST_INDEX_KEY)
        built = build_scanned_index(tmp_path_factory.mktemp("report"))
        register = RequestRegister.for_index(built.index)
        register.add("access", {}, received=date.today() - timedelta(days=27))  # due within the week
        register.add("erasure", {}, received=date.today() - timedelta(days=40))  # overdue
        yield built


class _Diagnostics(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.attrs: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if dict(attrs).get("id") == "diagnostics":
            self.attrs = dict(attrs)


def chromium(page: Path, work: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM, "chromium is not installed (make setup installs it with apt)"
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
               "--disable-extensions", "--disable-dev-shm-usage", "--force-device-scale-factor=1",
               f"--user-data-dir={work / 'profile'}", f"--window-size={WINDOW[0]},{WINDOW[1]}",
               "--enable-logging=stderr", "--v=0", *args, page.resolve().as_uri()]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False, cwd=work)


def page_state(page: Path, work: Path) -> tuple[dict[str, str | None], list[str]]:
    """The page's diagnostics element after load (``--dump-dom``) and the console lines Chromium logged."""
    done = chromium(page, work, "--dump-dom", "--virtual-time-budget=5000")
    assert done.returncode == 0, done.stderr[-2000:]
    parser = _Diagnostics()
    parser.feed(done.stdout)
    assert parser.attrs is not None, "no diagnostics element in the dumped DOM"
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    return parser.attrs, console


def test_report_in_headless_chromium(scanned: ScannedIndex, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFSCHERM_INDEX_KEY", TEST_INDEX_KEY)
    page = tmp_path / "report.html"
    assert main(["report", "--index", str(scanned.index), "-o", str(page)]) == 0
    html_text = html.unescape(page.read_text(encoding="utf-8"))
    assert "6 BSN's in chatlogs en 2 in foutmeldingen." in html_text
    assert "1 inzageverzoek verloopt deze week; 1 verwijderverzoek over de termijn." in html_text
    for leak in (*scanned.values, scanned.secret_uri, "dossier-"):
        assert leak not in html_text, leak
    assert len(page.read_bytes()) < 2_000_000

    # 1. The page loads and its script runs without an error (any error would be in data-errors or the console).
    attrs, console = page_state(page, tmp_path)
    assert attrs["data-ready"] == "1" and json.loads(attrs["data-errors"] or "null") == [] and console == []
    charts = {c["id"]: c for c in json.loads(attrs["data-charts"] or "[]")}
    assert set(charts) == {"chart-types", "chart-stores", "chart-heat", "chart-trend"}
    assert charts["chart-types"]["marks"] == 2 and charts["chart-stores"]["marks"] == 2  # 2 types, 2 stores
    assert charts["chart-heat"]["marks"] == 4  # 2 types × 2 stores
    assert charts["chart-trend"]["marks"] >= 3 * 2  # total + 2 types, a line and 2 points each

    # 2. The screenshot shows them drawn: coloured pixels inside each chart's box.
    shot = tmp_path / "report.png"
    done = chromium(page, tmp_path, f"--screenshot={shot}")
    assert done.returncode == 0 and shot.exists(), done.stderr[-2000:]
    pixels = np.asarray(Image.open(shot).convert("RGB")).astype(int)
    assert pixels.shape[:2] == (WINDOW[1], WINDOW[0])
    for chart in charts.values():
        assert chart["y"] + chart["h"] <= WINDOW[1], f"{chart['id']} below the screenshot"
        box = pixels[chart["y"] : chart["y"] + chart["h"], chart["x"] : chart["x"] + chart["w"]]
        ink = (box.min(axis=2) < 200).sum()  # anything clearly not white
        colour = (box.max(axis=2) - box.min(axis=2) > 80).sum()  # saturated: bars, cells, lines
        assert ink > 0.01 * box.shape[0] * box.shape[1] and ink > 300, (chart["id"], ink)
        assert colour > 150, (chart["id"], colour)
    heat = charts["chart-heat"]
    cells = pixels[heat["y"] : heat["y"] + heat["h"], heat["x"] : heat["x"] + heat["w"]]
    red = ((cells[..., 0] - cells[..., 2]) > 60).sum()  # the heat map's red scale
    assert red > 1000, red
    outside = pixels[60:100, 1240:1280]  # right margin: the page is white where nothing is drawn
    assert (outside.min(axis=2) > 240).all()


def test_the_browser_check_catches_a_script_error(scanned: ScannedIndex, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """The harness itself: a page whose script fails must be caught (else test 1 could pass vacuously)."""
    monkeypatch.setenv("AFSCHERM_INDEX_KEY", TEST_INDEX_KEY)
    page = tmp_path / "broken.html"
    assert main(["report", "--index", str(scanned.index), "-o", str(page), "--lang", "en"]) == 0
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("</main>", "</main><script>window.noSuchFunction();</script>"), encoding="utf-8")
    attrs, console = page_state(page, tmp_path)
    assert "noSuchFunction" in (attrs["data-errors"] or "")
    assert any("noSuchFunction" in line for line in console)
