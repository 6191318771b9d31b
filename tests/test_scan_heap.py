"""A scanning process moves what it loaded for good out of the garbage collector's reach after its first object."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

FIRST_OBJECT = textwrap.dedent(
    """
    import gc
    from afscherm.flows.scan import serial_mapper
    before = gc.get_freeze_count()
    [result] = serial_mapper(None)([("ticket.txt", b"Bel Jan de Vries op 06-12345678.", "text")])
    print(before, gc.get_freeze_count(), len(result.findings))
    """
)


def test_the_loaded_model_is_frozen_after_the_first_object(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "AFSCHERM_INDEX_KEY": os.urandom(32).hex()}
    out = subprocess.run(
        [sys.executable, "-c", FIRST_OBJECT], env=env, capture_output=True, text=True, timeout=300, check=True
    ).stdout.split()
    before, after, findings = (int(x) for x in out)
    assert before == 0
    assert after > 10_000  # the model, name lists and gazetteer: far more than a bare interpreter's objects
    assert findings >= 2  # the object itself was processed (a name and a phone number)
