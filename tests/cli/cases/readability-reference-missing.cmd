mizan-readability --reference=tests/data/cli/readability-missing.tsv tests/data/cli/readability-osman-easy.txt
