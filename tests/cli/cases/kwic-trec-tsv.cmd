mizan-kwic -w 2 --format=tsv الحكومة tests/data/cli/kwic-news.trec
