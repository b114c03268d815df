#!/usr/bin/python3
"""Baseline for scripts/bench: a frequency list with Python's re and collections.Counter.

Reads every file under the given paths (sorted) as UTF-8, counts \\w+ tokens
line by line in a Counter, and prints the number of tokens and types and the
20 most frequent words. No normalization, no dispersion, no documents.
"""
import collections
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
    counts = collections.Counter()
    for path in files(sys.argv[1:]):
        with open(path, encoding="utf-8") as f:
            for line in f:
                counts.update(WORD.findall(line))
    print("tokens\t%d\ntypes\t%d" % (sum(counts.values()), len(counts)))
    for word, n in counts.most_common(20):
        print("%s\t%d" % (word, n))


if __name__ == "__main__":
    main()
