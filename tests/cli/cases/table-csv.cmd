mizan-tokenize --format=csv --stem=light tests/data/cli/two-sentences.txt
