mizan-kwic --width 3 الكتاب tests/data/cli/kwic-rtl.txt
