#!/bin/sh
# stats-bad-input.sh - bad input and bad usage of mizan-colloc and mizan-keyness, as TAP: the
# exit status of DESIGN.md (1 bad data, 2 bad usage), a message naming the file (and line)
# where it applies, and no output file left behind.
# Usage: stats-bad-input.sh BUILD_TOOLS_DIR SOURCE_ROOT
set -u
bindir=$1
srcdir=$2
PATH="$bindir:$PATH"
LC_ALL=C.UTF-8
export PATH LC_ALL
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
n=0
fail=0

report() { # report OK|FAIL DESCRIPTION
  n=$((n + 1))
  if [ "$1" = OK ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fail=1; sed 's/^/# /' err; fi
}

# expect PROG STATUS PATTERN DESCRIPTION -- ARGS...: run PROG -o out.csv ARGS; check the exit
# status, that stderr matches the extended regex PATTERN, and that no out.csv (when STATUS is
# not 0) and no temporary file is left.
expect() {
  prog=$1; want=$2; pattern=$3; what=$4; shift 5
  rm -f out.csv .out.csv.*
  "$prog" -o out.csv "$@" >/dev/null 2>err </dev/null
  got=$?
  if [ "$got" != "$want" ]; then
    echo "exit status $got, expected $want" >>err; report FAIL "$prog: $what"
  elif ! grep -Eq -- "$pattern" err; then
    echo "stderr does not match: $pattern" >>err; report FAIL "$prog: $what"
  elif [ "$want" != 0 ] && [ -e out.csv ]; then
    echo "out.csv was left behind" >>err; report FAIL "$prog: $what"
  elif ls .out.csv.* >/dev/null 2>&1; then
    echo "a temporary file was left behind" >>err; report FAIL "$prog: $what"
  else
    report OK "$prog: $what"
  fi
}

ant=$srcdir/corpus/samples/ant
seed=$srcdir/corpus/samples/seed
mizan-freq --save-counts norm.counts -o /dev/null "$seed"
mizan-freq --save-counts stem.counts --stem=light -o /dev/null "$ant"

# mizan-keyness: usage
expect mizan-keyness 2 "give the reference" "no reference" -- "$seed"
expect mizan-keyness 2 "give the target" "no target" -- --reference "$ant"
expect mizan-keyness 2 "--reference-group needs --group-by" "--reference-group alone" -- \
  --reference-group x --reference "$ant" "$seed"
expect mizan-keyness 2 "one --target VALUE" "--group-by with two target values" -- \
  --group-by cat --target a --target b "$ant"
expect mizan-keyness 2 "either with --target or as FILE/DIR" "target twice" -- \
  --target "$seed" --reference "$ant" "$seed"
expect mizan-keyness 2 "--reference-size goes with --reference-list" "--reference-size alone" -- \
  --reference-size 100 --reference "$ant" "$seed"
expect mizan-keyness 2 "--correct.*bonferroni" "unknown --correct" -- --correct=holm \
  --reference "$ant" "$seed"
expect mizan-keyness 2 "--alpha takes a number between 0 and 1" "--alpha 1.5" -- --alpha 1.5 \
  --reference "$ant" "$seed"
expect mizan-keyness 2 "--sort takes a column" "unknown --sort" -- --sort=zeta --reference "$ant" "$seed"
expect mizan-keyness 2 "norm.counts is a count file: give it alone" "a count file among texts" -- \
  --reference norm.counts --reference "$ant" "$seed"
# mizan-keyness: data
expect mizan-keyness 1 "no document has cat = 'nosuch' \(the target group\)" "an empty target group" -- \
  --group-by cat --target nosuch "$ant"
expect mizan-keyness 1 "stemmer.*light.*none|none.*light" "count files made with other settings" -- \
  --target norm.counts --reference stem.counts
expect mizan-keyness 1 "stem.counts.*stemmer|stemmer.*stem.counts" "a reference count file made with other settings" -- \
  --reference-list stem.counts "$seed"
printf 'word,count\nx,1\n' >nofreq.csv
expect mizan-keyness 1 "nofreq.csv: line 1: no .type. and .freq. columns" \
  "a list without a freq column" -- --reference-list nofreq.csv "$seed"
printf 'type,freq\nx,1\ny,many\n' >badfreq.csv
expect mizan-keyness 1 "badfreq.csv: line 3: .many. is not a whole number" \
  "a list with a bad number" -- --reference-list badfreq.csv --reference-size 10 "$seed"
printf 'type,freq\nx,1\n' >nosize.csv
expect mizan-keyness 2 "nosize.csv does not give its corpus size.*--reference-size N" \
  "a list without its corpus size" -- --reference-list nosize.csv "$seed"
printf 'type,freq\n"x,1\n' >open.csv
expect mizan-keyness 1 "open.csv: line 2: unterminated quoted field" "a list with an open quote" -- \
  --reference-list open.csv --reference-size 10 "$seed"
printf 'type,freq,per_million\n\377,1,10\n' >latin1.csv
expect mizan-keyness 1 "latin1.csv: byte offset 22: not UTF-8" "a list not in UTF-8" -- \
  --reference-list latin1.csv "$seed"

echo "1..$n"
exit $fail
