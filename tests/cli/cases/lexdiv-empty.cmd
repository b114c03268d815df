mizan-lexdiv --format=tsv tests/data/cli/readability-empty.txt
