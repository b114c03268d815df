#!/usr/bin/python3
"""Baseline for scripts/bench: count \\w+ tokens line by line with Python's re.

Reads every file under the given paths (sorted), as UTF-8, and prints the
number of tokens and of lines. No normalization, no types, no sentences:
the simplest tokenizer a researcher would write.
"""
import os
import re
import sys

WORD = re.compile(r"\w+")


def files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, names in os.walk(path):
                dirs.sort()
                for name in sorted(names):
                    yield os.path.join(root, name)
        else:
            yield path


def main():
    tokens = lines = 0
    for path in files(sys.argv[1:]):
        with open(path, encoding="utf-8") as f:
            for line in f:
                tokens += len(WORD.findall(line))
                lines += 1
    print("tokens\t%d\nlines\t%d" % (tokens, lines))


if __name__ == "__main__":
    main()
