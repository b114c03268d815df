#!/usr/bin/python3
"""colloc-reference.py - an independent check of mizan-colloc, and its comparison with NLTK.

The seed article is cut into its paragraphs, one document each, and tokenized by
seed-reference.py (a separate Python implementation of README "Tokens" and
"Sentences"). From those tokens this script counts, by the definitions of
spec/statistics.md 2.3 written out again here:
  - adjacent bigrams inside sentences: N = bigram positions, positional marginals;
  - windows L2,R2: R1 = the union of a node's windows without its own occurrences,
    C1 = corpus frequency, N = corpus size;
and computes measures from spec 2.1 (MI, signed G2 and X2, t, z, Dice, logDice, Jaccard,
delta P) with SciPy's hypergeometric for Fisher. It compares them, as TAP, with
mizan-colloc to 1e-9 (relative).

Then the documented comparison with NLTK (spec 2.3): NLTK's BigramCollocationFinder
counts the same bigrams (o11 agrees pair by pair) but uses N = the number of tokens and
unigram frequencies as marginals, so its scores differ from Mizan's bigram table. Given
NLTK's own signatures through --from-table, mizan-colloc reproduces NLTK's pmi,
likelihood_ratio, chi_sq, student_t and dice (up to NLTK's 1e-20 guards).
Usage: colloc-reference.py BUILD_TOOLS_DIR SEED_DIR
"""
import csv
import io
import math
import os
import subprocess
import sys
import tempfile

import taplib

freqref = taplib.load_sibling("freqref", "freq-reference.py")

try:
    from scipy.stats import hypergeom
except ImportError:
    hypergeom = None
try:
    from nltk.collocations import BigramCollocationFinder
    from nltk.metrics import BigramAssocMeasures
except ImportError:
    BigramCollocationFinder = None

T = taplib.Tap()


def close(a, b, rel=1e-9):
    if a == "NA" or b == "NA":
        return a == b
    a, b = float(a), float(b)
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= rel * max(abs(a), abs(b)) + 1e-12


def colloc(tools, *args):
    out = subprocess.run([os.path.join(tools, "mizan-colloc"), "--format=csv", *args],
                         capture_output=True, text=True, check=True).stdout
    return list(csv.DictReader(io.StringIO(out)))


def bigram_table(docs):
    """(pairs {(w1, w2): o11}, r1 {w: n}, c1 {w: n}, N) inside sentences."""
    pairs, r1, c1, n = {}, {}, {}, 0
    for toks in docs:
        for (a, sa), (b, sb) in zip(toks, toks[1:]):
            if sa != sb:
                continue
            pairs[a, b] = pairs.get((a, b), 0) + 1
            r1[a] = r1.get(a, 0) + 1
            c1[b] = c1.get(b, 0) + 1
            n += 1
    return pairs, r1, c1, n


def window_table(docs, left, right):
    """Evert's surface co-occurrence, windows inside sentences (spec 2.3)."""
    pairs, r1, freq, n = {}, {}, {}, 0
    for toks in docs:
        n += len(toks)
        for w, _ in toks:
            freq[w] = freq.get(w, 0) + 1
        for node in {w for w, _ in toks}:
            union = set()
            for i, (w, s) in enumerate(toks):
                if w != node:
                    continue
                for j in range(max(0, i - left), min(len(toks), i + right + 1)):
                    if toks[j][1] == s and toks[j][0] != node:
                        union.add(j)
            for j in union:
                key = (node, toks[j][0])
                pairs[key] = pairs.get(key, 0) + 1
            if union:
                r1[node] = r1.get(node, 0) + len(union)
    return pairs, r1, freq, n


def measures(o11, r1, c1, n):
    """spec 2.1, from the cells; logs of MI in base 2."""
    o12, o21 = r1 - o11, c1 - o11
    o22 = n - r1 - c1 + o11
    e11 = r1 * c1 / n
    cells = [(o11, r1 * c1 / n), (o12, r1 * (n - c1) / n), (o21, (n - r1) * c1 / n),
             (o22, (n - r1) * (n - c1) / n)]
    sign = 1 if o11 >= e11 else -1
    g2 = 2 * sum(o * math.log(o / e) for o, e in cells if o > 0)
    x2 = sum((o - e) ** 2 / e for o, e in cells)
    out = {
        "e11": e11,
        "mi": math.log2(o11 / e11),
        "mi3": math.log2(o11 ** 3 / e11),
        "local_mi": o11 * math.log2(o11 / e11),
        "t": (o11 - e11) / math.sqrt(o11),
        "z": (o11 - e11) / math.sqrt(e11),
        "ll": sign * g2,
        "chi2": sign * x2,
        "dice": 2 * o11 / (r1 + c1),
        "logdice": 14 + math.log2(2 * o11 / (r1 + c1)),
        "jaccard": o11 / (o11 + o12 + o21),
        "delta_p21": o11 / r1 - o21 / (n - r1),
        "delta_p12": o11 / c1 - o12 / (n - c1),
    }
    if hypergeom is not None:
        out["fisher_p"] = hypergeom.sf(o11 - 1, n, r1, c1)
    return out


def compare_rows(rows, pairs, r1, c1, n, what):
    bad = []
    if len(rows) != len(pairs):
        bad.append("%d rows, expected %d pairs" % (len(rows), len(pairs)))
    for row in rows:
        key = (row["w1"], row["w2"])
        o11 = pairs.get(key, 0)
        want_r1, want_c1 = r1.get(key[0], 0), c1.get(key[1], 0)
        got = (int(row["o11"]), int(row["o11"]) + int(row["o12"]),
               int(row["o11"]) + int(row["o21"]),
               sum(int(row[k]) for k in ("o11", "o12", "o21", "o22")))
        if got != (o11, want_r1, want_c1, n):
            bad.append("%s %s: o11, R1, C1, N = %s, expected %s" % (key + (got, (o11, want_r1,
                                                                              want_c1, n))))
            continue
        for name, value in measures(o11, want_r1, want_c1, n).items():
            if name in row and not close(row[name], value, 1e-8 if name == "fisher_p" else 1e-9):
                bad.append("%s %s: %s = %s, expected %.17g" % (key + (name, row[name], value)))
    T.check(not bad, what, "\n".join(bad[:10]))


def nltk_comparison(tools, docs, tmp):
    """One document, sentences crossed: NLTK's finder and mizan-colloc see the same bigrams."""
    words = [w for toks in docs for w, _ in toks]
    finder = BigramCollocationFinder.from_words(words)
    text = os.path.join(tmp, "all.txt")
    with open(text, "w", encoding="utf-8") as f:
        f.write(" ".join(words) + "\n")
    rows = colloc(tools, "--cross-sentences", "--types=word,latin,number", "--normalize=none",
                  "--measures=mi", text)
    ours = {(r["w1"], r["w2"]): r for r in rows}
    same = all(int(ours[k]["o11"]) == v for k, v in finder.ngram_fd.items()) and \
        len(ours) == len(finder.ngram_fd)
    T.check(same, "NLTK's finder and mizan-colloc count the same bigrams (o11)")
    n_ours = {sum(int(r[k]) for k in ("o11", "o12", "o21", "o22")) for r in rows}
    T.check(n_ours == {finder.word_fd.N() - 1},
        "N: mizan-colloc counts bigram positions (%s), NLTK tokens (%d)" %
        (sorted(n_ours), finder.word_fd.N()))
    # NLTK's signatures through --from-table: the same numbers as NLTK's own scores
    sig = os.path.join(tmp, "nltk.csv")
    keys = sorted(finder.ngram_fd)
    with open(sig, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["w1", "w2", "f", "f1", "f2", "n"])
        for a, b in keys:
            w.writerow([a, b, finder.ngram_fd[a, b], finder.word_fd[a], finder.word_fd[b],
                        finder.word_fd.N()])
    rows = colloc(tools, "--from-table", sig, "--measures=mi,ll,chi2,t,dice")
    m = BigramAssocMeasures
    bad = []
    for row in rows:
        a, b = row["w1"], row["w2"]
        args = (finder.ngram_fd[a, b], (finder.word_fd[a], finder.word_fd[b]),
                finder.word_fd.N())
        for ours_name, theirs, signed in (("mi", m.pmi, False), ("ll", m.likelihood_ratio, True),
                                          ("chi2", m.chi_sq, True), ("t", m.student_t, False),
                                          ("dice", m.dice, False)):
            value = float(row[ours_name])
            if signed:
                value = abs(value)  # NLTK's G2 and X2 are unsigned
            if not close(value, theirs(*args), 1e-7):
                bad.append("%s %s: %s = %s, NLTK %.17g" % (a, b, ours_name, value,
                                                          theirs(*args)))
    T.check(len(rows) == len(keys) and not bad,
        "--from-table with NLTK's signatures reproduces NLTK's pmi, likelihood_ratio, chi_sq, "
        "student_t, dice", "\n".join(bad[:10]))


def main():
    tools, seed = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        docs_dir = os.path.join(tmp, "docs")
        os.mkdir(docs_dir)
        names = freqref.documents(seed, docs_dir)
        docs = [freqref.doc_tokens(os.path.join(docs_dir, n)) for n in names]
        compare_rows(colloc(tools, "--measures=all", docs_dir), *bigram_table(docs),
                     "adjacent bigrams inside sentences: cells and measures")
        compare_rows(colloc(tools, "--measures=all", "--window", "2,2", docs_dir),
                     *window_table(docs, 2, 2), "windows L2,R2 (Evert's surface model)")
        compare_rows(colloc(tools, "--measures=all", "--window", "0,3", docs_dir),
                     *window_table(docs, 0, 3), "windows L0,R3")
        if BigramCollocationFinder is None:
            T.skip("python3-nltk is not installed")
        else:
            nltk_comparison(tools, docs, tmp)
    T.finish()


if __name__ == "__main__":
    main()
