"""A fresh virtualenv outside the repository with one wheel installed, for the packaging tests.

The wheel goes in with ``--no-deps``; the repository venv's site-packages are named in a ``.pth`` file so its
dependencies import without downloads. A folder named by a ``.pth`` file is put on ``sys.path`` but its own
``.pth`` files are not processed, so the repository's editable install of afscherm stays invisible.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path


def run(cmd: list[str | Path], cwd: Path, env: dict[str, str], stdin: str | None = None) -> str:
    """``cmd``'s standard output; a failure is an assertion error with its exit code and standard error."""
    done = subprocess.run(
        [str(c) for c in cmd], cwd=cwd, env=env, input=stdin, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, f"{cmd}: exit {done.returncode}\n{done.stderr}"
    return done.stdout


def venv_with_wheel(wheel: Path, venv: Path) -> Path:
    """A venv at ``venv`` (no pip of its own) holding ``wheel``, installed by the repository's pip."""
    run([sys.executable, "-m", "venv", "--without-pip", venv], venv.parent, dict(os.environ))
    python = venv / "bin" / "python"
    pip_install = [sys.executable, "-m", "pip", "--python", python, "install", "-q", "--disable-pip-version-check"]
    run([*pip_install, "--no-deps", "--no-index", wheel], venv.parent, dict(os.environ))
    where = [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]
    site = Path(run(where, venv.parent, {"PATH": os.environ["PATH"]}).strip())
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "zz_repo_dependencies.pth").write_text("".join(f"{p}\n" for p in sorted(deps)))
    return venv
