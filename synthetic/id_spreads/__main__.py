"""`python -m synthetic.id_spreads --out DIR --seed S --count N`."""

from __future__ import annotations

import argparse
from pathlib import Path

from . import write_set


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m synthetic.id_spreads", description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="directory for the uploads, truth files and manifest")
    parser.add_argument("--count", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rows = write_set(args.out, args.count, args.seed)
    print(f"wrote {len(rows)} uploads to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
