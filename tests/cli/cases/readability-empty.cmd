mizan-readability tests/data/cli/readability-empty.txt tests/data/cli/readability-no-words.txt tests/data/cli/readability-one-word.txt
