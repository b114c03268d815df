mizan-kwic -w 2 --format=jsonl الدرس tests/data/cli/kwic-bidi.txt
