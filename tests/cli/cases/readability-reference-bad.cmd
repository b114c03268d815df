mizan-readability --reference=tests/data/cli/readability-bad-ref.tsv tests/data/cli/readability-osman-easy.txt
