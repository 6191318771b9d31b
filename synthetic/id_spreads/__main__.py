"""`python -m synthetic.id_spreads --out DIR --seed S --count N`."""

from __future__ import annotations

from synthetic.battery_cli import battery_main

from . import write_set


def main(argv: list[str] | None = None) -> int:
    return battery_main("python -m synthetic.id_spreads", __doc__, write_set, argv, seed=1)


if __name__ == "__main__":
    raise SystemExit(main())
