mizan-kwic --sort=R1 -w 1 الطالب tests/data/cli/kwic-rtl.txt
