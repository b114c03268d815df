mizan-lexdiv tests/data/cli/lexdiv-docs.jsonl
