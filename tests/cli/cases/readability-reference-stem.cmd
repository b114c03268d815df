mizan-readability --stem=light tests/data/cli/readability-osman-easy.txt
