"""`python -m synthetic.id_passports --out DIR --seed S --count N`: Dutch 2021 passports, both pages stacked."""

from __future__ import annotations

from synthetic.battery_cli import battery_main

from . import write_set


def main(argv: list[str] | None = None) -> int:
    return battery_main("python -m synthetic.id_passports", __doc__, write_set, argv, seed=0)


if __name__ == "__main__":
    raise SystemExit(main())
