mizan-tokenize --field=token tests/data/cli/two-sentences.txt
