mizan-tokenize --mode=vertical --stem=light tests/data/cli/two-sentences.txt
