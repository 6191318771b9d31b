"""notebooks/findings.ipynb runs headless (nbclient, a real kernel) on an index built by the scan flow, and its
outputs hold the numbers that index must give."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from afscherm.discovery.requests import RequestRegister
from tests.analysis_helpers import ScannedIndex, build_scanned_index
from tests.scan_helpers import TEST_INDEX_KEY

REPO = Path(__file__).resolve().parent.parent
NOTEBOOK = REPO / "notebooks" / "findings.ipynb"


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ScannedIndex]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("AFSCHERM_INDEX_KEY", TEST_INDEX_KEY)
        yield build_scanned_index(tmp_path_factory.mktemp("notebook"))


def outputs_by_tag(nb: nbformat.NotebookNode) -> dict[str, str]:
    """Each tagged code cell's printed text, results and displays, as one string."""
    out: dict[str, str] = {}
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        texts = []
        for output in cell.outputs:
            if output.output_type == "stream":
                texts.append(output.text)
            elif output.output_type in ("execute_result", "display_data"):
                texts += [output.data.get("text/plain", ""), output.data.get("text/html", "")]
        for tag in cell.metadata.get("tags", []):
            out[tag] = "\n".join(texts)
    return out


def test_notebook_is_committed_without_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.outputs == [] and c.execution_count is None for c in code)


def test_notebook_runs_headless_and_shows_the_index_numbers(
    scanned: ScannedIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AFSCHERM_INDEX_KEY", TEST_INDEX_KEY)
    monkeypatch.setenv("AFSCHERM_INDEX_DIR", str(scanned.index))
    monkeypatch.delenv("AFSCHERM_CONFIG_DIR", raising=False)
    late = RequestRegister.for_index(scanned.index).add(
        "access", {}, received=datetime.now(UTC).date() - timedelta(days=45)
    )
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # A failing cell raises CellExecutionError here.
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()  # fmt: skip
    out = outputs_by_tag(nb)
    assert f"index: {scanned.index}" in out["setup"]
    assert "12 findings in 7 objects, 2 stores, 2 scans" in out["load"]
    # The scan flow's appends summarised every findings file they wrote.
    summarised = re.search(r"(\d+) committed batches in 2 stores; (\d+) of (\d+) findings files have count summaries",
                           out["snapshot"])  # fmt: skip
    assert summarised and int(summarised[2]) == int(summarised[3]) > 0
    assert "chatlogs EMAIL_ADDRESS: 4 findings in 4 objects" in out["counts"]
    assert "chatlogs NL_BSN: 6 findings in 5 objects" in out["counts"]
    assert "foutmeldingen NL_BSN: 2 findings in 2 objects" in out["counts"]
    assert '<svg class="chart" id="heat"' in out["heatmap"] and ">6 (5)<" in out["heatmap"]
    chat_0 = scanned.secret_uri.rsplit("/", 1)[0] + "/chat-0.txt"
    assert f"hottest: {chat_0} (3 findings of 2 types)" in out["hot"]
    first, second = scanned.scan_ids
    assert f"after scan {first}: 11 findings" in out["trend"] and f"after scan {second}: 12 findings" in out["trend"]
    assert '<svg class="chart" id="trend"' in out["trend_chart"]
    assert "7 objects hold 8 BSNs outside ['hr', 'salarisadministratie', 'klantdossiers']" in out["bsn_outside"]
    assert "1 open requests, 1 overdue" in out["requests"] and late.id in out["requests"]
