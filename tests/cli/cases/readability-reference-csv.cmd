mizan-readability --reference=tests/data/cli/readability-ref.csv --rare-below=50000 --formulas=none tests/data/cli/readability-osman-easy.txt tests/data/cli/readability-osman-hard.txt
