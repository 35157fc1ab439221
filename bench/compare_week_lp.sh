#!/bin/sh
# Compares the week model mealplan solves with glpsol and cbc on the same exported model
# (docs/ARCHITECTURE.md, "Performance"): our time and objective from `mealplan week --format json`, theirs from the
# LP file `--export-lp` wrote. Usage: bench/compare_week_lp.sh [MEALPLAN] [SECONDS]
set -eu
mealplan=${1:-build/bench/mealplan}
seconds=${2:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
start=$(date +%s.%N)
"$mealplan" week --format json --export-lp "$work/week.lp" --out "$work/week.json" || true
end=$(date +%s.%N)
python3 - "$work/week.json" "$start" "$end" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
print(f"mealplan: status {plan['status']} objective {plan['objective']:.6f} gap {plan['gap']:.4f} "
      f"solve {plan.get('seconds', 0):.2f} s, end to end {float(sys.argv[3]) - float(sys.argv[2]):.2f} s")
PY
echo "model: $(grep -c '' "$work/week.lp") LP lines"
/usr/bin/time -f "glpsol: %e s" glpsol --lp "$work/week.lp" --tmlim "$seconds" -o "$work/glpsol.sol" \
    > "$work/glpsol.log" 2>&1 || true
grep -E "^Status|^Objective" "$work/glpsol.sol" || true
tail -1 "$work/glpsol.log"
grep -m1 -E "^\+ .*mip = " "$work/glpsol.log" | sed 's/^/glpsol first integer: /' || true
/usr/bin/time -f "cbc: %e s" cbc "$work/week.lp" -sec "$seconds" -solve > "$work/cbc.log" 2>&1 || true
grep -E "Objective value|Gap|Result|Integer solution of" "$work/cbc.log" | head -5
tail -1 "$work/cbc.log"
