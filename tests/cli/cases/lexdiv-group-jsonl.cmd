mizan-lexdiv --group-by cat --by-doc --format=jsonl -j 2 tests/data/cli/lexdiv-docs.jsonl
