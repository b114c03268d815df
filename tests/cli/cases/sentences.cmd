mizan-tokenize --mode=sentences tests/data/cli/two-sentences.txt
