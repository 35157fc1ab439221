#!/usr/bin/env bash
# The first second against the reference solvers' minute: runs `mealplan solve --time-limit
# 1`, cbc for 1 s and 60 s and glpsol for 60 s on the same model files and prints a
# markdown table of each one's objective, with the time of its first and of its best
# solution where the solver says it (mealplan's verbose log, cbc's "Integer solution"
# lines; glpsol does not time its solutions, so only its objective and wall time show).
#
#   bench/race_solvers.sh [-t OUR_SECONDS] [-T REFERENCE_SECONDS] [-c CACHE_DIR] FILE...
#
# FILE: .lp/.lp.gz or fixed .mps/.mps.gz. -c keeps the reference solvers' results in
# CACHE_DIR, keyed by the file's checksum, so that a second run (after a change to
# mealplan) only runs mealplan. The last column says whether mealplan's objective is at
# least as good as cbc's after the reference time (to 1e-6 relative; minimisation, as the
# planner's models and the generated ones are). MEALPLAN overrides the executable.
set -euo pipefail

ours=1
theirs=60
cache=""
while getopts "t:T:c:" option; do
  case $option in
    t) ours=$OPTARG ;;
    T) theirs=$OPTARG ;;
    c) cache=$OPTARG ;;
    *) echo "usage: $0 [-t OUR_SECONDS] [-T REFERENCE_SECONDS] [-c CACHE_DIR] FILE..." >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [[ $# -eq 0 ]]; then
  echo "usage: $0 [-t OUR_SECONDS] [-T REFERENCE_SECONDS] [-c CACHE_DIR] FILE..." >&2
  exit 2
fi

root=$(cd "$(dirname "$0")/.." && pwd)
mealplan=${MEALPLAN:-$root/build/release/mealplan}
if [[ ! -x $mealplan ]]; then
  echo "$0: $mealplan is missing: cmake --preset release && cmake --build --preset release" >&2
  exit 2
fi
for tool in glpsol cbc; do
  command -v $tool > /dev/null || { echo "$0: $tool is not installed" >&2; exit 2; }
done
[[ -n $cache ]] && mkdir -p "$cache"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# cbc_run FILE SECONDS: "objective first_s best_s" from cbc's log ("none - -" without one).
cbc_run() {
  cbc "$1" -sec "$2" -solve -quit > "$scratch/cbc.log" 2>&1 || true
  awk '
    /Integer solution of/ { for (i = 1; i <= NF; i++) if ($i == "of") value = $(i + 1);
                            t = $(NF - 1); gsub(/[()]/, "", t); if (first == "") first = t; best = t }
    /^Objective value:/ { final = $3 }
    END { if (final == "" && value == "") print "none - -";
          else printf "%s %s %s\n", (final != "" ? final : value), (first == "" ? "-" : first),
                      (best == "" ? "-" : best) }' "$scratch/cbc.log"
}

# glpsol_run FILE SECONDS: "objective - wall_s" (the objective of its solution file).
glpsol_run() {
  local format=--mps start end
  case $1 in *.lp|*.lp.gz) format=--lp ;; esac
  start=$(date +%s.%N)
  glpsol "$format" "$1" --tmlim "$2" -w "$scratch/glpsol.sol" > "$scratch/glpsol.log" 2>&1 || true
  end=$(date +%s.%N)
  local objective
  # The solution line is "s mip ROWS COLUMNS STATUS OBJECTIVE"; u: no integer point found.
  objective=$(awk '/^s mip/ { if ($5 != "u" && $5 != "n") print $NF }' "$scratch/glpsol.sol" 2> /dev/null || true)
  printf '%s - %.1f\n' "${objective:-none}" "$(echo "$end - $start" | bc -l)"
}

# reference SOLVER FILE SECONDS: the cached result, or a fresh run (cached when asked).
reference() {
  local key=""
  if [[ -n $cache ]]; then
    key="$cache/$(md5sum < "$2" | cut -c1-16).$1.$3"
    if [[ -s $key ]]; then cat "$key"; return; fi
  fi
  local result
  result=$("$1"_run "$2" "$3")
  [[ -n $key ]] && echo "$result" > "$key"
  echo "$result"
}

# ours_run FILE: "objective first_s best_s status" from `mealplan solve`'s verbose log.
ours_run() {
  "$mealplan" solve "$1" --time-limit "$ours" --verbose > "$scratch/ours.out" 2> "$scratch/ours.log" || true
  local objective status first best
  objective=$(awk '/^Objective:/ { print $2 }' "$scratch/ours.out")
  status=$(awk '/^Status:/ { print $2 }' "$scratch/ours.out")
  first=$(sed -n 's/^mip: first solution after \([0-9.]*\) s.*/\1/p' "$scratch/ours.log")
  best=$(sed -n 's/.*the last by .* after \([0-9.]*\) s$/\1/p' "$scratch/ours.log")
  [[ $objective == none ]] && objective=none
  printf '%s %s %s %s\n' "${objective:-none}" "${first:--}" "${best:--}" "${status:-?}"
}

seconds() { [[ $1 == - ]] && echo "–" || printf '%.2f' "$1"; }

echo "| model | mealplan ${ours} s | first / best at | cbc ${ours} s | cbc ${theirs} s | best at | glpsol ${theirs} s | mealplan ≤ cbc ${theirs} s |"
echo "|---|---:|---:|---:|---:|---:|---:|:---:|"
for file in "$@"; do
  name=$(basename "$file"); name=${name%.gz}; name=${name%.*}
  read -r our_objective our_first our_best our_status <<< "$(ours_run "$file")"
  read -r short_objective _ _ <<< "$(reference cbc "$file" "$ours")"
  read -r long_objective _ long_best <<< "$(reference cbc "$file" "$theirs")"
  read -r glpsol_objective _ _ <<< "$(reference glpsol "$file" "$theirs")"
  verdict="no"
  if [[ $our_objective != none ]]; then
    if [[ $long_objective == none ]] ||
       awk -v a="$our_objective" -v b="$long_objective" 'BEGIN { exit !(a <= b + 1e-6 * (b < 0 ? -b : b) + 1e-9) }'; then
      verdict="yes"
    fi
  fi
  printf '| %s | %s (%s) | %s / %s | %s | %s | %s | %s | %s |\n' "$name" "$our_objective" "$our_status" \
    "$(seconds "$our_first")" "$(seconds "$our_best")" "$short_objective" "$long_objective" \
    "$(seconds "$long_best")" "$glpsol_objective" "$verdict"
done
echo
echo "mealplan: \`mealplan solve --time-limit $ours\` (solve time; its first and best solution from the verbose log)."
echo "cbc: \`cbc FILE -sec S -solve\`, best at = the time cbc reports for its last improvement."
echo "glpsol: \`glpsol --tmlim $theirs\`, objective of its solution file (none: no integer solution)."
