mizan-tokenize --engine=icu tests/data/cli/two-sentences.txt
