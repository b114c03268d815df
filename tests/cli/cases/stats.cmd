mizan-tokenize --stats --format=tsv --types=word tests/data/cli/two-sentences.txt
