mizan tokenize tests/data/cli/two-sentences.txt
