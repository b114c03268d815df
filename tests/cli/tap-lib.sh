# tap-lib.sh - what the shell tests share (sourced): TAP lines and the bad-input check.
# The sourcing script sets n=0 and fail=0, and runs in a scratch directory.

report() { # report OK|FAIL DESCRIPTION (on FAIL, the file err is shown)
  n=$((n + 1))
  if [ "$1" = OK ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fail=1; sed 's/^/# /' err; fi
}

# expect_run PROG STATUS PATTERN DESCRIPTION -- ARGS...: run PROG -o out.csv ARGS (stdin empty);
# check the exit status, that stderr matches the extended regex PATTERN, and that neither
# out.csv (when STATUS is not 0) nor a temporary file is left behind.
expect_run() {
  prog=$1; want=$2; pattern=$3; what=$4; shift 5
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
