#!/bin/sh
# stats-bad-input.sh - bad input and bad usage of mizan-colloc, mizan-keyness and mizan-kwic, as
# TAP: the exit status of DESIGN.md (1 bad data, 2 bad usage), a message naming the file (and line)
# where it applies, and no output file left behind.
# Usage: stats-bad-input.sh BUILD_TOOLS_DIR SOURCE_ROOT
set -u
. "$2/tests/cli/tap-lib.sh"
cd "$tmp" || exit 1
expect() { # expect PROG STATUS PATTERN DESCRIPTION -- ARGS... (tap-lib.sh)
  p=$1; status=$2; pattern=$3; what=$4; shift 4
  expect_run "$p" "$status" "$pattern" "$p: $what" "$@"
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

# mizan-colloc: usage
expect mizan-colloc 2 "--window takes L,R" "--window with one number" -- --window 5 "$seed"
expect mizan-colloc 2 "--window takes L,R" "--window 0,0" -- --window 0,0 "$seed"
expect mizan-colloc 2 "--measures: .*zeta" "an unknown measure" -- --measures=mi,zeta "$seed"
expect mizan-colloc 2 "--measures: .*(twice|more than once|repeat)" "a measure twice" -- --measures=mi,mi "$seed"
expect mizan-colloc 2 "--log-base: " "an unknown log base" -- --log-base 3 "$seed"
expect mizan-colloc 2 "--sort: " "an unknown sort measure" -- --sort zeta "$seed"
expect mizan-colloc 2 "--top takes a whole number" "--top 0" -- --top 0 "$seed"
expect mizan-colloc 2 "--node: .* 2 counted tokens" "a node of two words" -- --node "a b" "$seed"
expect mizan-colloc 2 "--node: not valid UTF-8" "a node that is not UTF-8" -- \
  --node "$(printf 'a\377')" "$seed"
printf 'f,f1,f2,n\n1,2,3,10\n' >sig.csv
expect mizan-colloc 2 "--from-table reads frequency signatures" "--from-table with text" -- \
  --from-table sig.csv "$seed"
# mizan-colloc: data
printf 'f,f1,n\n1,2,10\n' >nof2.csv
expect mizan-colloc 1 "nof2.csv: line 1: no column 'f2'" "a table without f2" -- --from-table nof2.csv
printf 'F,F1,F2,N\n1,2,3,10\n5,2,3,10\n' >notsig.csv
expect mizan-colloc 1 "notsig.csv: line 3: f = 5, f1 = 2, f2 = 3, n = 10 is not a frequency signature" \
  "a row that is not a frequency signature" -- --from-table notsig.csv
printf 'f,f1,f2,n\n1,2,3,10\n1,x,3,10\n' >nan.csv
expect mizan-colloc 1 "nan.csv: line 3: f1 is 'x', not a number" "a row with a word for a number" -- \
  --from-table nan.csv
printf 'f,f1,f2,n\n1,2,3\n' >short.csv
expect mizan-colloc 1 "short.csv: line 2: 3 fields, but the header has 4" "a short row" -- \
  --from-table short.csv
printf 'f,f1,f2,n,mi\n1,2,3,10,0\n' >clash.csv
expect mizan-colloc 1 "clash.csv: line 1: the file already has a column 'mi'" "a column named like a measure" -- \
  --from-table clash.csv
expect mizan-colloc 1 "no/such.csv" "a missing table" -- --from-table no/such.csv
expect mizan-colloc 0 "the node .* does not occur" "a node that does not occur (a warning, a header)" -- \
  --node zzzz "$seed"

# mizan-kwic: a regular expression that backtracks exponentially on a long token stops with
# exit status 2 and names the document, instead of running for ever
awk 'BEGIN { printf "كلمة "; for (i = 0; i < 20000; i++) printf "ا"; print "" }' >long-token.txt
expect mizan-kwic 2 "long-token.txt: the regular expression .* takes too long" \
  "a regex that backtracks for ever" -- -m regex '(ا*)*ب' long-token.txt

tap_end
