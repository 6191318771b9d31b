"""python -m synthetic.id_uploads --out DIR --count N --seed S"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from .generator import generate


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m synthetic.id_uploads", description="Held-out synthetic ID-document uploads with ground truth."
    )
    ap.add_argument("--out", type=Path, required=True, help="output folder (created)")
    ap.add_argument("--count", type=int, default=96)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument(
        "--max-megapixels",
        type=float,
        default=None,
        help="cap every upload at this size (for quick runs; the default keeps 0.3-12 Mpx)",
    )
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    if args.count < 1:
        print("--count must be at least 1", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    log = None if args.quiet else (lambda m: print(m, file=sys.stderr))
    manifest = generate(args.out, args.count, args.seed, args.max_megapixels, log=log)
    kinds = Counter((m["document_kind"], m["capture_kind"]) for m in manifest)
    print(
        f"{len(manifest)} uploads, {len(kinds)} document x capture cells, in {args.out} "
        f"({time.perf_counter() - t0:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
