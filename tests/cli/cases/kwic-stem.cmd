mizan-kwic --match=stem -w 0 كتاب tests/data/cli/kwic-rtl.txt
