mizan-readability --rare-below=0 tests/data/cli/readability-osman-easy.txt
