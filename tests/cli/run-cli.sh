#!/bin/sh
# run-cli.sh - CLI golden tests, as TAP: tests/cli/cases/NAME.cmd is a shell command run from
# the top of the source tree with the built programs first on PATH; NAME.out is the expected
# standard output, NAME.status the expected exit status (default 0), NAME.err (if present) the
# expected standard error. help/PROG.out is the expected `PROG --help`, and no option name may
# appear twice in a program's help (shared groups included).
# Usage: run-cli.sh BUILD_TOOLS_DIR SOURCE_ROOT
set -u
. "$2/tests/cli/tap-lib.sh"
cd "$srcdir" || exit 1
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() {
  n=$((n + 1)); fail=1
  echo "not ok $n - $1"
  shift
  for f in "$@"; do sed 's/^/# /' "$f"; done
}

for cmd in tests/cli/cases/*.cmd; do
  name=$(basename "$cmd" .cmd)
  base=tests/cli/cases/$name
  want_status=0
  [ -f "$base.status" ] && want_status=$(cat "$base.status")
  sh -c "$(cat "$cmd")" >"$tmp/out" 2>"$tmp/err"
  status=$?
  if [ "$status" != "$want_status" ]; then
    echo "exit status $status, expected $want_status" >"$tmp/why"
    not_ok "$name" "$tmp/why" "$tmp/err"
  elif ! diff -u "$base.out" "$tmp/out" >"$tmp/diff"; then
    not_ok "$name (stdout)" "$tmp/diff"
  elif [ -f "$base.err" ] && ! diff -u "$base.err" "$tmp/err" >"$tmp/diff"; then
    not_ok "$name (stderr)" "$tmp/diff"
  else
    ok "$name"
  fi
done

for golden in tests/cli/help/*.out; do
  prog=$(basename "$golden" .out)
  "$prog" --help >"$tmp/help" 2>&1
  if ! diff -u "$golden" "$tmp/help" >"$tmp/diff"; then
    not_ok "$prog --help matches tests/cli/help/$prog.out" "$tmp/diff"
  else
    ok "$prog --help matches tests/cli/help/$prog.out"
  fi
  # option lines: "  -o, --output=FILE  ..." or "  --bom  ..."
  grep -E '^  (-[A-Za-z], )?--[a-z]' "$tmp/help" >"$tmp/options"
  sed -E 's/^  (-[A-Za-z], )?(--[a-z][a-z0-9-]*).*/\2/' "$tmp/options" | sort | uniq -d >"$tmp/dup"
  grep -oE '^  -[A-Za-z],' "$tmp/options" | tr -d ' ,' | sort | uniq -d >>"$tmp/dup"
  if [ -s "$tmp/dup" ]; then
    not_ok "$prog has no repeated option names" "$tmp/dup"
  else
    ok "$prog has no repeated option names"
  fi
done

tap_end
