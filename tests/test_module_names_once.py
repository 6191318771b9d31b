"""Each module binds each of its top-level names once.

A pattern defined twice under one name replaces the first everywhere in its module, also in the functions written for
the first: detectors/location.py held two ``_ENDS_HERE`` (a place ending its line, and a house number read out ending
its clause) from an earlier session to the thirty-eighth, and the rule written for the first read the second. The
linters do not see it (they flag a function or an import bound twice, not a constant), so this test reads every
module's top level."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import afscherm

PACKAGE = Path(afscherm.__file__).parent


def _bound_twice(source: str) -> list[str]:
    """The top-level names that ``source`` binds more than once (``def``, ``class``, ``=`` and annotated ``=``)."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
    return sorted(name for name, n in names.items() if n > 1)


def test_the_check_sees_a_name_bound_twice() -> None:
    source = 'import re\n_ENDS = re.compile("a")\n\n\ndef f():\n    return _ENDS\n\n\n_ENDS = re.compile("b")\n'
    assert _bound_twice(source) == ["_ENDS"]
    assert _bound_twice("X = 1\nX += 1\ndef g():\n    X = 2\n") == []  # (augmented, or inside a function)


def test_no_module_binds_a_top_level_name_twice() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 50
    twice = {str(p.relative_to(PACKAGE)): _bound_twice(p.read_text(encoding="utf-8")) for p in modules}
    assert {path: names for path, names in twice.items() if names} == {}
