mizan-readability --format=tsv tests/data/cli/readability-wikinews-diacritized.txt tests/data/cli/readability-wikinews-plain.txt
