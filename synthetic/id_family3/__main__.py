"""`python -m synthetic.id_family3 --out DIR --count N --seed S [--max-megapixels M]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from .plan import write_set


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m synthetic.id_family3", description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="directory for the uploads, truth files and manifest")
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-megapixels", type=float, default=4.0, help="cap on page size (0.3 to 12)")
    args = parser.parse_args(argv)
    if not 0.3 <= args.max_megapixels <= 12:
        parser.error("--max-megapixels must lie between 0.3 and 12")
    rows = write_set(args.out, args.count, args.seed, args.max_megapixels)
    print(f"wrote {len(rows)} uploads to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
