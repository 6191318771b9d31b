"""CPU seconds per rule of the recognisers, measured inside the analyzer (issue 12, speed).

    OMP_NUM_THREADS=1 .venv/bin/python bench/profile_rules.py DOCS.jsonl [--recognizers A,B] [--top N]

A recogniser's ``find`` calls its rules one after the other; each function or method that ``find`` (and, for dates
of birth, ``_labelled``) calls by name is wrapped and its CPU time summed, together with the number of calls and of
calls that found something (a non-empty result). The whole analyzer runs (the model, the other recognisers and the
post-processors too), so the facts of a text that recognisers share (its lower-cased copy, its words, its lines) are
paid where they are in a real run, and caches are as cold as there. Times are inclusive: a rule that calls another
wrapped rule counts its time too. A rule that costs much and finds little is where speed is to be had; whether it may
be skipped on a text without changing what is found is the rule's own question (its cue must be necessary).
"""

from __future__ import annotations

import argparse
import ast
import inspect
import json
import os
import sys
import textwrap
import time
from collections import defaultdict
from collections.abc import Callable, Sized
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from afscherm.detectors.analyzer import Analyzer  # noqa: E402

DEFAULT = ("DateOfBirthRecognizer", "LocationRecognizer", "PlaceNameRecognizer")
# Methods whose calls are read for rules as well as find's (the birth-date labels are judged in _labelled).
ENTRY_METHODS = ("find", "_labelled")


def called_names(function: Callable[..., Any]) -> set[str]:
    """The names ``function`` calls: module functions by name, methods as ``self.<name>``."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(textwrap.dedent(inspect.getsource(function)))):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Name):
            names.add(node.func.id)
        elif (
            isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "self"
        ):
            names.add("self." + node.func.attr)
    return names


class Costs:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self.found: dict[str, int] = defaultdict(int)

    def wrap(self, label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            result = function(*args, **kwargs)
            self.seconds[label] += time.process_time() - start
            self.calls[label] += 1
            if result is not None and result is not False and (not isinstance(result, Sized) or len(result)):
                self.found[label] += 1  # (a non-empty list of findings or spans, a match, True)
            return result

        return timed

    def clear(self) -> None:
        self.seconds.clear()
        self.calls.clear()
        self.found.clear()


def instrument(recognizer: object, costs: Costs) -> None:
    """Wrap the rules ``recognizer``'s entry methods call (module functions of the detectors, and its methods)."""
    cls = type(recognizer)
    module = sys.modules[cls.__module__]
    entries = [getattr(cls, name) for name in ENTRY_METHODS if hasattr(cls, name)]
    for name in sorted(set().union(*(called_names(entry) for entry in entries))):
        if name.startswith("self."):
            attr = name[len("self.") :]
            method = getattr(cls, attr, None)
            if inspect.isfunction(method) and attr not in ENTRY_METHODS:
                setattr(cls, attr, costs.wrap(f"{cls.__name__}.{attr}", method))
        else:
            function = getattr(module, name, None)
            if inspect.isfunction(function) and function.__module__.startswith("afscherm."):
                setattr(module, name, costs.wrap(f"{cls.__name__}:{name}", function))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("docs", type=Path, help="a JSONL of {'text': ...} records")
    parser.add_argument("--recognizers", default=",".join(DEFAULT), help="class names, comma-separated")
    parser.add_argument("--top", type=int, default=60)
    args = parser.parse_args()
    texts = [json.loads(line)["text"] for line in args.docs.open(encoding="utf-8") if line.strip()]
    analyzer = Analyzer.from_config()
    wanted = set(args.recognizers.split(","))
    costs = Costs()
    for recognizer in analyzer.recognizers:
        if type(recognizer).__name__ in wanted:
            instrument(recognizer, costs)
    analyzer.analyze(texts[:200])  # warm-up: lists and caches loaded
    costs.clear()
    start = time.process_time()
    analyzer.analyze(texts)
    print(f"{len(texts)} texts, analyzer {time.process_time() - start:.2f} CPU-s (with the wrappers' own cost)")
    print(f"{'CPU-s':>7} {'calls':>6} {'found':>6}  rule")
    for label, seconds in sorted(costs.seconds.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"{seconds:7.3f} {costs.calls[label]:6d} {costs.found[label]:6d}  {label}")


if __name__ == "__main__":
    main()
