"""`python -m synthetic.id_booklets --out DIR --seed S --count N [--max-megapixels M]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from . import write_set


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m synthetic.id_booklets", description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--count", type=int, default=12)
    parser.add_argument("--max-megapixels", type=float, default=3.0)
    args = parser.parse_args(argv)
    rows = write_set(args.out, args.count, args.seed, args.max_megapixels)
    print(f"wrote {len(rows)} uploads to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
