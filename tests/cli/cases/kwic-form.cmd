mizan-kwic --match=form -w 2 الكتابَ tests/data/cli/kwic-rtl.txt
