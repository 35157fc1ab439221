#!/usr/bin/env bash
# The HTML report of the default week, opened in Chromium: MEALPLAN OUTDIR. Leaves the
# report, the screenshots and the PDFs in OUTDIR for a person to look at.
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
"$mealplan" week --format html --out "$out/week.html" || status=$?
[ "$status" -eq 0 ] || [ "$status" -eq 3 ] || exit "$status"
node "$here/report_in_chromium.mjs" "$out/week.html" "$out"
