mizan-kwic --sort=L1 --limit 2 -w 1 الطالب tests/data/cli/kwic-rtl.txt
