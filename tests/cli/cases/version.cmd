mizan-tokenize --version | head -1
