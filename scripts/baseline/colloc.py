#!/usr/bin/python3
"""Baseline for scripts/bench colloc: NLTK's bigram collocations of the ANT corpus.

Reads every ANT article under the given directory (sorted), takes the text of
its <TEXT> element, tokenizes it with re.findall(r"\\w+") and scores every
adjacent bigram with NLTK's BigramCollocationFinder.from_words and
score_ngrams for pmi, likelihood_ratio, chi_sq, student_t and dice (what
issue 4 asks Mizan to be compared with). Prints the number of tokens and of
bigram types, and the top bigram of each measure, so a reader can see that
the run did the work. Needs python3-nltk (Debian), so run it with
/usr/bin/python3.
"""
import os
import re
import sys

from nltk.collocations import BigramCollocationFinder
from nltk.metrics import BigramAssocMeasures

WORD = re.compile(r"\w+")
TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


def tokens(root):
    out = []
    for path, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            if name in ("LICENSE", "README.md"):
                continue
            with open(os.path.join(path, name), encoding="utf-8") as f:
                for m in TEXT.finditer(f.read()):
                    out.extend(WORD.findall(m.group(1)))
    return out


def main():
    words = tokens(sys.argv[1])
    finder = BigramCollocationFinder.from_words(words)
    m = BigramAssocMeasures
    print("tokens\t%d\nbigrams\t%d" % (len(words), len(finder.ngram_fd)))
    for measure in (m.pmi, m.likelihood_ratio, m.chi_sq, m.student_t, m.dice):
        scored = finder.score_ngrams(measure)
        print("%s\t%s" % (measure.__name__, " ".join(scored[0][0])))


if __name__ == "__main__":
    main()
