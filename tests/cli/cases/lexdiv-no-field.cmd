mizan-lexdiv --group-by topic tests/data/cli/lexdiv-docs.jsonl
