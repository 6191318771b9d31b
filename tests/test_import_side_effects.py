"""Importing afscherm changes nothing in the process environment: what Presidio, Prefect or tesseract need is set
where afscherm calls them (a library user's own settings, and their absence, stay as they were)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Imports every module of the package in a fresh interpreter; prints the environment variables that changed.
SCRIPT = """
import importlib, json, os, pkgutil, sys
import cv2  # OpenCV's own import adds its library folder to LD_LIBRARY_PATH (for subprocesses): not ours
before = dict(os.environ)
import afscherm
modules = sorted(m.name for m in pkgutil.walk_packages(afscherm.__path__, "afscherm."))
for name in modules:
    importlib.import_module(name)
after = dict(os.environ)
changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
print(json.dumps({"modules": modules, "changed": changed}))
"""


def test_importing_every_afscherm_module_leaves_os_environ_unchanged() -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(Path.home()), "LANG": "C.UTF-8"}  # none of the variables we use
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=REPO, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert {"afscherm.presidio", "afscherm.detectors.analyzer", "afscherm.flows.cli"} <= set(result["modules"])
    assert result["changed"] == []
