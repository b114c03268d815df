mizan-lexdiv --format=tsv --log-base=e --window 20 --segment 25 --mtld-threshold 0.6 --hdd-sample 30 --seed 7 tests/data/cli/lexdiv-docs.jsonl
