"""The command line every ID-copy battery shares: `python -m synthetic.<battery> --out DIR --seed S --count N`."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path


def battery_main(
    prog: str,
    description: str | None,
    write_set: Callable[[Path, int, int], Sequence[object]],
    argv: list[str] | None = None,
    seed: int = 0,
) -> int:
    """Parse ``argv`` (``--out``, ``--seed``, ``--count``), write the battery's uploads with ``write_set(out, count,
    seed)`` and say how many; ``seed``: the battery's default seed."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("--out", type=Path, required=True, help="directory for the uploads, truth files and manifest")
    parser.add_argument("--seed", type=int, default=seed)
    parser.add_argument("--count", type=int, default=12)
    args = parser.parse_args(argv)
    rows = write_set(args.out, args.count, args.seed)
    print(f"wrote {len(rows)} uploads to {args.out}")
    return 0
