mizan-lexdiv --measures=ttr,vocd tests/data/cli/lexdiv-docs.jsonl
