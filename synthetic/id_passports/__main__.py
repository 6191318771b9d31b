"""`python -m synthetic.id_passports --out DIR --seed S --count N`: Dutch 2021 passports, both pages stacked."""

from __future__ import annotations

import argparse
from pathlib import Path

from . import write_set


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m synthetic.id_passports", description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="directory for the uploads, truth files and manifest")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--count", type=int, default=12)
    args = parser.parse_args(argv)
    rows = write_set(args.out, args.count, args.seed)
    print(f"wrote {len(rows)} uploads to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
