# tap-lib.sh - what the shell tests share: sourced by a test run as TEST BUILD_TOOLS_DIR
# SOURCE_ROOT (absolute paths, as Meson gives them). It sets bindir and srcdir, puts the built
# programs first on PATH, makes a scratch directory $tmp (removed on exit) and counts TAP lines.
bindir=$1
srcdir=$2
PATH="$bindir:$PATH"
LC_ALL=C.UTF-8
export PATH LC_ALL
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
fail=0

report() { # report OK|FAIL DESCRIPTION (on FAIL, the file $tmp/err is shown)
  n=$((n + 1))
  if [ "$1" = OK ]; then echo "ok $n - $2"; else
    echo "not ok $n - $2"; fail=1; sed 's/^/# /' "$tmp/err" 2>/dev/null | head -20
  fi
}

tap_end() { # the TAP plan, and the exit status: 1 if a test failed
  echo "1..$n"
  exit $fail
}

# expect_run PROG STATUS PATTERN DESCRIPTION -- ARGS...: in $tmp, run PROG -o out.csv ARGS (stdin empty);
# check the exit status, that stderr matches the extended regex PATTERN, and that neither
# out.csv (when STATUS is not 0) nor a temporary file is left behind.
expect_run() {
  prog=$1; want=$2; pattern=$3; what=$4; shift 5
  cd "$tmp" || exit 1
  rm -f out.csv .out.csv.*
  "$prog" -o out.csv "$@" >/dev/null 2>err </dev/null
  got=$?
  if [ "$got" != "$want" ]; then
    echo "exit status $got, expected $want" >>err; report FAIL "$what"
  elif ! grep -Eq -- "$pattern" err; then
    echo "stderr does not match: $pattern" >>err; report FAIL "$what"
  elif [ "$want" != 0 ] && [ -e out.csv ]; then
    echo "out.csv was left behind" >>err; report FAIL "$what"
  elif ls .out.csv.* >/dev/null 2>&1; then
    echo "a temporary file was left behind" >>err; report FAIL "$what"
  else
    report OK "$what"
  fi
}
