#!/usr/bin/env python3
"""Writes a dishes file of COUNT dishes for timing the planner on large catalogues.

The shipped dishes (data/dishes.json) are repeated under new ids and names ("-copy-2",
"(copy 2)"), so every dish is still real food with real SR28 amounts; only the number of
choices grows. Used by the time-limit measurements in docs/ARCHITECTURE.md:

    python3 bench/make_many_dishes.py 2425 > /tmp/dishes-2425.json
    build/release/mealplan --dishes /tmp/dishes-2425.json week --time-limit 1
"""
import json
import pathlib
import sys


def main() -> int:
    if len(sys.argv) != 2 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        print("usage: make_many_dishes.py COUNT", file=sys.stderr)
        return 2
    count = int(sys.argv[1])
    shipped_path = pathlib.Path(__file__).resolve().parent.parent / "data" / "dishes.json"
    shipped = json.loads(shipped_path.read_text(encoding="utf-8"))
    originals = shipped["dishes"]
    dishes = []
    copy = 1
    while len(dishes) < count:
        for dish in originals:
            if len(dishes) == count:
                break
            if copy > 1:
                dish = dict(dish, id=f"{dish['id']}-copy-{copy}",
                            name=f"{dish['name']} (copy {copy})")
            dishes.append(dish)
        copy += 1
    shipped["dishes"] = dishes
    json.dump(shipped, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
