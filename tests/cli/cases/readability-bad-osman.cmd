mizan-readability --osman=java tests/data/cli/readability-osman-easy.txt
