#!/bin/sh
# bad-input.sh - the bad-input matrix of the foundation issue, as TAP. Each bad input must give
# a clear message naming the file (and line or byte where it applies), the exit status of
# DESIGN.md (1 bad data, 2 bad usage, 130/143 interrupted), and leave no output file behind
# (-o writes through a temporary file). Good-but-unusual inputs (UTF-16, a 100 MB line) must
# work.  Usage: bad-input.sh BUILD_TOOLS_DIR SOURCE_ROOT
set -u
. "$2/tests/cli/tap-lib.sh"
cd "$tmp" || exit 1
expect() { # expect STATUS PATTERN DESCRIPTION -- ARGS...: mizan-tokenize (tap-lib.sh)
  expect_run mizan-tokenize "$@"
}

arabic='\330\260\331\207\330\250\330\252 \330\245\331\204\331\211 \330\247\331\204\330\263\331\210\331\202.\n'

# paths
expect 1 "no/such/file.*(No such file|not found)" "nonexistent path" -- no/such/file.txt
mkdir emptydir
expect 1 "emptydir.*no documents" "directory with no documents" -- emptydir

# empty and near-empty documents
: >empty.txt
expect 1 "empty.txt.*empty document" "empty file" -- empty.txt
printf '  \n\t \n' >blank.txt
expect 1 "blank.txt.*empty document" "whitespace-only file" -- blank.txt
printf '\331\216\331\217\331\220 \331\221\n' >marks.txt
expect 0 "marks.txt.*no words" "diacritics-only file (a warning, the mark tokens are written)" -- marks.txt

# binary data
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\001' >image.png
expect 1 "image.png.*binary file \(PNG" "PNG file" -- --input-format=text image.png
cp /bin/true program.bin
expect 1 "program.bin.*binary file \(ELF" "ELF file" -- --input-format=text program.bin
printf "$arabic" >nul.txt; printf 'abc\000def\n' >>nul.txt
expect 1 "nul.txt.*NUL byte at line 2" "NUL byte" -- nul.txt

# invalid UTF-8
printf "$arabic" >bad.txt; printf '\330\250\330 x\n' >>bad.txt
expect 1 "bad.txt.*invalid UTF-8 at line 2.*column 2, byte offset 30" "invalid UTF-8 in the middle" -- bad.txt
expect 0 "bad.txt.*replaced 1 invalid" "--on-invalid=replace counts the replacement" -- --on-invalid=replace bad.txt
printf "$arabic" >cut.txt; printf '\330\250\330' >>cut.txt
expect 1 "cut.txt.*truncated UTF-8 sequence at end" "multibyte sequence cut at end of file" -- cut.txt

# UTF-16: decoded, same tokens as the UTF-8 text
printf "$arabic" >utf8.txt
mizan-tokenize utf8.txt >want 2>/dev/null
for enc in UTF-16LE UTF-16BE; do
  { if [ $enc = UTF-16LE ]; then printf '\377\376'; else printf '\376\377'; fi
    iconv -f UTF-8 -t $enc utf8.txt; } >bom-$enc.txt
  mizan-tokenize bom-$enc.txt >got 2>err
  if cmp -s want got; then report OK "$enc with BOM"; else report FAIL "$enc with BOM"; fi
done
iconv -f UTF-8 -t UTF-16LE utf8.txt >nobom.txt
mizan-tokenize nobom.txt >got 2>err
if cmp -s want got; then report OK "UTF-16LE without BOM"; else report FAIL "UTF-16LE without BOM"; fi

# a 100 MB single line: linear time, right counts
# "salam " is 9 bytes; 11,650,845 of them make 100 MiB and 5 bytes, on one line
awk 'BEGIN { w = "\330\263\331\204\330\247\331\205 "; s = w; for (i = 0; i < 24; i++) s = s s; printf "%s", s }' >long.txt
head -c 104857605 long.txt >long100.txt
rm -f long.txt
size=$(wc -c <long100.txt)
words=$((size / 9))
if timeout 120 mizan-tokenize --stats --format=tsv long100.txt >stats 2>err &&
   [ "$(sed -n 2p stats | cut -f3)" = "$words" ]; then
  report OK "100 MB single line ($size bytes, $words tokens)"
else
  echo "stats: $(cat stats)" >>err; report FAIL "100 MB single line"
fi

# malformed structured input
printf '<DOC>\n<DOCNO>A</DOCNO>\n<TEXT>\n\330\250\n</TEXT>\n</DOC>\n<DOC>\n<DOCNO>B</DOCNO>\n<TEXT>\n\330\250\n' >broken.trec
expect 1 "broken.trec.*line 7.*never closed" "TREC without </DOC>" -- broken.trec
printf '{"id": "a", "text": "\330\250"}\n{"id": "b", "text": \n{"id": "c", "text": "\330\254"}\n' >broken.jsonl
expect 1 "broken.jsonl.*line 2" "malformed JSONL line" -- broken.jsonl
rm -f out.csv
mizan-tokenize --keep-going -o out.csv broken.jsonl 2>err
got=$?
if [ "$got" = 1 ] && grep -Eq "broken.jsonl.*line 2.*skipped" err && [ "$(wc -l <out.csv)" = 2 ]; then
  report OK "--keep-going reports and skips the bad JSONL line, writes the others, exits 1"
else
  echo "exit $got" >>err; report FAIL "--keep-going reports and skips the bad JSONL line, writes the others, exits 1"
fi
printf '# text = \330\250\n1\t\330\250\t_\t_\n\n' >broken.conllu
expect 1 "broken.conllu.*line 2.*10 tab-separated columns" "CoNLL-U with broken columns" -- broken.conllu

# an existing output file survives a failed run
echo precious >keep.csv
mizan-tokenize -o keep.csv bad.txt >/dev/null 2>err
if [ "$(cat keep.csv)" = precious ]; then report OK "a failed run leaves an existing -o file untouched"; else report FAIL "a failed run leaves an existing -o file untouched"; fi

# bad usage: exit 2
expect 2 "unknown normalization 'bogus'" "unknown normalization" -- --normalize=bogus utf8.txt
expect 2 "unknown table format|csv, tsv" "unknown --format" -- --format=xml utf8.txt
expect 2 "unknown encoding 'nonsense-8'" "unknown encoding" -- --encoding=nonsense-8 utf8.txt
expect 2 "Unknown option" "unknown option" -- --frobnicate utf8.txt

# interrupted: exit 143 and no output file
rm -f out.csv
mizan-tokenize --format=csv -o out.csv long100.txt 2>err &
pid=$!
sleep 1
kill -TERM $pid
wait $pid
got=$?
if [ "$got" = 143 ] && [ ! -e out.csv ] && ! ls .out.csv.* >/dev/null 2>&1; then
  report OK "SIGTERM: exit 143, no output file"
else
  echo "exit $got" >>err; report FAIL "SIGTERM: exit 143, no output file"
fi

tap_end
