#!/usr/bin/env bash
# Installs the build under a temporary prefix and runs the installed program from / with
# no data directory named: it must find its data in share/mealplan beside its bin/.
# BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
for path in bin/mealplan share/mealplan/foods.json share/mealplan/dishes.json \
            share/mealplan/dri.json share/man/man1/mealplan.1 \
            share/bash-completion/completions/mealplan; do
  [ -e "$prefix/$path" ] || { echo "not installed: $path" >&2; exit 1; }
done
out=$(cd / && env -u MEALPLAN_DATA_DIR "$prefix/bin/mealplan" day --format json)
echo "$out" | grep -q '"schema": "mealplan.plan/1"' || { echo "no plan: $out" >&2; exit 1; }
echo "$out" | grep -q '"status": "optimal"\|"status": "feasible"' ||
  { echo "the installed plan is not met" >&2; exit 1; }
# The completion offers the commands the program itself lists.
words=$(bash -c "source '$prefix/share/bash-completion/completions/mealplan'
                 COMP_WORDS=('$prefix/bin/mealplan' 'we'); COMP_CWORD=1; _mealplan
                 echo \"\${COMPREPLY[*]}\"")
[ "$words" = week ] || { echo "completion of 'we': '$words'" >&2; exit 1; }
echo "ok: $prefix"
