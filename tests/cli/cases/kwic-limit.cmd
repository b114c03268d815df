mizan-kwic --limit 1 -w 1 الطالب tests/data/cli/kwic-rtl.txt
