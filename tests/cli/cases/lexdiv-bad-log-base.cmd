mizan-lexdiv --log-base=1 tests/data/cli/lexdiv-docs.jsonl
