#!/usr/bin/env bash
# The HTML report of the default week (saved, then rendered by `report`), the day and the
# week's shopping list, opened in Chromium: MEALPLAN OUTDIR. Leaves the pages, the
# screenshots and the PDFs in OUTDIR for a person to look at.
set -euo pipefail
mealplan=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -d "$here/node_modules/playwright-core" ]; then
  echo "playwright-core is not installed: run tools/install-deps" >&2
  exit 1
fi
mkdir -p "$out"
# Exit 3 (a target not met) still writes the report; only bad input or a crash is fatal.
status=0
"$mealplan" week --format json --out "$out/week.json" || status=$?
[ "$status" -eq 0 ] || [ "$status" -eq 3 ] || exit "$status"
# The page of the saved week, as `report` renders it, and the list of the same week.
"$mealplan" report --plan "$out/week.json" --format html --out "$out/week.html"
"$mealplan" shopping-list --plan "$out/week.json" --format html --out "$out/shopping-list.html"
status=0
"$mealplan" day --format html --out "$out/day.html" || status=$?
[ "$status" -eq 0 ] || [ "$status" -eq 3 ] || exit "$status"
node "$here/report_in_chromium.mjs" "$out/week.html" "$out" "$out/day.html" "$out/shopping-list.html"
