f=$(mktemp) && mizan-lexdiv --save-counts "$f" tests/data/cli/lexdiv-docs.jsonl >/dev/null 2>&1 && mizan-lexdiv --from-counts "$f" --group-by cat --by-doc --format=tsv; s=$?; rm -f "$f"; exit $s
