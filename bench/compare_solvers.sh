#!/usr/bin/env bash
# Times `mealplan solve` against glpsol and cbc on the same model files and prints a
# markdown table of median wall-clock seconds, the ratios, and each solver's objective.
#
#   bench/compare_solvers.sh [-r RUNS] [-t SECONDS] FILE...
#
# FILE: .mps/.mps.gz (fixed MPS) or .lp/.lp.gz. Defaults: 5 runs, 60 s limit per run.
# With no FILE, uses a few Netlib and MIPLIB 3 problems from tests/fixtures. glpsol is given
# fixed MPS (--mps) or LP (--lp); cbc reads either (gzip included). Each solver's time
# includes reading the file, as a user would see it.
set -euo pipefail

runs=5
limit=60
while getopts "r:t:" option; do
  case $option in
    r) runs=$OPTARG ;;
    t) limit=$OPTARG ;;
    *) echo "usage: $0 [-r RUNS] [-t SECONDS] FILE..." >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))

root=$(cd "$(dirname "$0")/.." && pwd)
mealplan=${MEALPLAN:-$root/build/release/mealplan}
if [[ ! -x $mealplan ]]; then
  echo "$0: $mealplan is missing: cmake --preset release && cmake --build --preset release" >&2
  exit 2
fi
for tool in glpsol cbc; do
  command -v $tool > /dev/null || { echo "$0: $tool is not installed" >&2; exit 2; }
done

if [[ $# -eq 0 ]]; then
  set -- "$root"/tests/fixtures/netlib/{afiro,sc205,scagr25,stocfor1,ship04s,bnl1,25fv47}.mps.gz \
         "$root"/tests/fixtures/miplib3/{p0033,flugpl,egout,lseu,mod008,p0201}.mps.gz
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# seconds COMMAND...: runs COMMAND, prints its wall-clock seconds; output goes to $scratch/out.
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" > "$scratch/out" 2>&1 || true
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "| problem | mealplan s | glpsol s | cbc s | mealplan/glpsol | mealplan/cbc | mealplan objective | glpsol objective | cbc objective |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for file in "$@"; do
  name=$(basename "$file"); name=${name%.gz}; name=${name%.*}
  case $file in
    *.lp|*.lp.gz) glpsol_format=--lp ;;
    *) glpsol_format=--mps ;;
  esac
  # glpsol reads gzip only with a .gz name, which these files have; cbc too.
  ours=() theirs_glpsol=() theirs_cbc=()
  for ((run = 0; run < runs; run++)); do
    ours+=("$(seconds "$mealplan" solve "$file" --time-limit "$limit" --format json)")
    our_objective=$(grep -o '"objective": [^,]*' "$scratch/out" | head -1 | awk '{print $2}')
    our_status=$(grep -o '"status": "[a-z_]*"' "$scratch/out" | head -1 | awk -F'"' '{print $4}')
    theirs_glpsol+=("$(seconds glpsol "$glpsol_format" "$file" --tmlim "$limit" -w "$scratch/glpsol.sol")")
    glpsol_objective=$(awk '/^s (bas|mip)/ { print $NF }' "$scratch/glpsol.sol" 2> /dev/null || true)
    theirs_cbc+=("$(seconds cbc "$file" -sec "$limit" -solve -quit)")
    cbc_objective=$(grep -E "^(Objective value|Optimal objective)" "$scratch/out" | head -1 |
                    sed -E 's/.*(value:|objective) *//; s/ .*//')
  done
  m=$(printf '%s\n' "${ours[@]}" | median)
  g=$(printf '%s\n' "${theirs_glpsol[@]}" | median)
  c=$(printf '%s\n' "${theirs_cbc[@]}" | median)
  printf '| %s | %.3f | %.3f | %.3f | %.2f | %.2f | %s (%s) | %s | %s |\n' "$name" "$m" "$g" "$c" \
    "$(echo "$m / $g" | bc -l)" "$(echo "$m / $c" | bc -l)" "${our_objective:-none}" "${our_status:-?}" \
    "${glpsol_objective:-none}" "${cbc_objective:-none}"
done
echo
echo "Median of $runs runs, wall-clock seconds including reading the file; limit $limit s per run."
