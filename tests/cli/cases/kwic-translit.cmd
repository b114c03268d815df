mizan-kwic --translit=buckwalter -w 1 --limit 1 الكتاب tests/data/cli/kwic-rtl.txt
