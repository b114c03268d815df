mizan-kwic --match=regex '(' tests/data/cli/kwic-rtl.txt
