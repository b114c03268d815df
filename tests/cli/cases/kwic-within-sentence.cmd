mizan-kwic --width 3 --within-sentence الكتاب tests/data/cli/kwic-rtl.txt
