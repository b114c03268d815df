mizan-readability --normalize=aggressive tests/data/cli/readability-osman-easy.txt
