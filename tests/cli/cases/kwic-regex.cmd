mizan-kwic --match=regex -w 1 'ال(كتاب|طالب)' tests/data/cli/kwic-rtl.txt
