mizan-kwic -w 2 القاهرة tests/data/cli/kwic-docs.jsonl
