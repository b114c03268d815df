mizan-lexdiv --group-by cat tests/data/cli/lexdiv-docs.jsonl
