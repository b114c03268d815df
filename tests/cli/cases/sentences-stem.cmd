mizan-tokenize --mode=sentences --stem=light --normalize=aggressive tests/data/cli/two-sentences.txt
