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
grep -q '"schema": "mealplan.plan/1"' <<<"$out" || { echo "no plan: $out" >&2; exit 1; }
grep -q '"status": "optimal"\|"status": "feasible"' <<<"$out" ||
  { echo "the installed plan is not met" >&2; exit 1; }
# The man page has a section for every command, with that command's own options.
man_page=$prefix/share/man/man1/mealplan.1
for section in day week shopping-list foods dishes targets solve report "foods add"; do
  grep -q "^\.SS \"mealplan $section\"\$" "$man_page" ||
    { echo "the man page has no section for mealplan $section" >&2; exit 1; }
done
sed -n '/^\.SS "mealplan report"/,/^\.SS/p' "$man_page" | grep -q '^\\fB\\-\\-plan TEXT' ||
  { echo "the man page's report section lacks --plan" >&2; exit 1; }
# The completion offers the commands the program itself lists.
words=$(bash -c "source '$prefix/share/bash-completion/completions/mealplan'
                 COMP_WORDS=('$prefix/bin/mealplan' 'we'); COMP_CWORD=1; _mealplan
                 echo \"\${COMPREPLY[*]}\"")
[ "$words" = week ] || { echo "completion of 'we': '$words'" >&2; exit 1; }
words=$(bash -c "source '$prefix/share/bash-completion/completions/mealplan'
                 COMP_WORDS=('$prefix/bin/mealplan' 'report' '--pl'); COMP_CWORD=2; _mealplan
                 echo \"\${COMPREPLY[*]}\"")
[ "$words" = --plan ] || { echo "completion of 'report --pl': '$words'" >&2; exit 1; }
echo "ok: $prefix"
