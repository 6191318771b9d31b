"""python -m synthetic.id_family4 --out DIR --count N --seed S [--max-megapixels M]"""

from __future__ import annotations

import argparse
from pathlib import Path

from .plan import write


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m synthetic.id_family4", description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-megapixels", type=float, default=4.0, help="page cap, at most 12 (default 4)")
    args = parser.parse_args(argv)
    if not 0.3 <= args.max_megapixels <= 12:
        parser.error("--max-megapixels must lie in [0.3, 12]")
    rows = write(args.out, args.count, args.seed, args.max_megapixels)
    print(f"{len(rows)} uploads in {args.out}")


if __name__ == "__main__":
    main()
