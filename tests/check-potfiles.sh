#!/usr/bin/env bash
# Checks po/POTFILES.in against the source tree: every file under src/ with
# translatable text is listed, every listed file exists, listed src/ files
# still have translatable text, and the list is sorted.
#
# Usage: check-potfiles.sh [SOURCE_ROOT]
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -euo pipefail

root=${1:-"$(dirname -- "${BASH_SOURCE[0]}")/.."}
cd -- "$root"
potfiles=po/POTFILES.in

# _( N_( C_( NC_( with optional space before the parenthesis, not preceded by
# a letter, digit or underscore (so g_return_if_fail ( does not count), the
# plural forms, and translatable properties in GtkBuilder files. An empty
# "_()" is how comments mention the macro, not a string to translate.
marks='(^|[^A-Za-z0-9_])((N|C|NC)?_|g?_?d?ngettext|g_dpgettext2?)[[:space:]]*\([^)]|translatable="(yes|true|1)"'

listed=$(grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$potfiles" |
  sed -e 's/[[:space:]]*$//')
needed=$(grep -rlE --include='*.c' --include='*.h' --include='*.ui' --include='*.xml' \
  "$marks" src | LC_ALL=C sort)

status=0
report() {
  printf 'check-potfiles: %s\n' "$*" >&2
  status=1
}

while IFS= read -r file; do
  [[ -n $file ]] || continue
  grep -qxF -- "$file" <<<"$listed" ||
    report "$file has translatable text but is missing from $potfiles"
done <<<"$needed"

while IFS= read -r file; do
  [[ -n $file ]] || continue
  if [[ ! -f $file ]]; then
    report "$potfiles names $file, which does not exist"
  elif [[ $file == src/* ]] && ! grep -qE "$marks" -- "$file"; then
    report "$potfiles names $file, which has no translatable text"
  fi
done <<<"$listed"

if ! LC_ALL=C sort -c <<<"$listed" 2>/dev/null; then
  report "$potfiles is not sorted (LC_ALL=C sort)"
fi

if ((status == 0)); then
  printf 'check-potfiles: %s lists all %d files with translatable text\n' \
    "$potfiles" "$(grep -c . <<<"$listed")"
fi
exit "$status"
