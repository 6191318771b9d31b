"""The runtime dependencies in pyproject.toml are what the package imports (issue 14): every third-party module
imported under afscherm/ comes from a declared distribution, so an installed wheel never relies on a package
that only happens to come along with another one."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_top_modules() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "afscherm").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"afscherm", "__future__"}


def declared() -> set[str]:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    return {re.split(r"[\[<>=!~ ;]", d, maxsplit=1)[0].lower().replace("_", "-") for d in deps}


def test_every_imported_third_party_module_comes_from_a_declared_dependency() -> None:
    dists = packages_distributions()
    names = declared()
    undeclared = {}
    for module in sorted(imported_top_modules()):
        providers = {d.lower().replace("_", "-") for d in dists.get(module, [])}
        assert providers, f"{module}: imported by afscherm but installed by no distribution"
        if not providers & names:
            undeclared[module] = sorted(providers)
    assert undeclared == {}, f"imported but not declared in pyproject.toml: {undeclared}"
