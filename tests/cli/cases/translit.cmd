mizan-tokenize --translit=buckwalter --types=word,number tests/data/cli/two-sentences.txt
