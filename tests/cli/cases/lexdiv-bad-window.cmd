mizan-lexdiv --window 0 --seed=-1 tests/data/cli/lexdiv-docs.jsonl
