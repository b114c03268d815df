mizan-readability --formulas=osman,fog tests/data/cli/readability-osman-easy.txt
