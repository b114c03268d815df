#!/usr/bin/python3
"""keyness-reference.py - an independent check of mizan-keyness.

The seed article is cut into its paragraphs, one document each, in two groups
(first and second half, by a metadata CSV), and tokenized by seed-reference.py
(a separate Python implementation of README "Tokens"). From those tokens this
script computes every column of mizan-keyness for the first half against the
second, with the formulas of spec/statistics.md section 3 written out again here
(a = freq in the target, b in the reference, c and d the sizes): 4-term G2,
Pearson X2, p from chi2(1) (SciPy), Hardie's Log Ratio, %DIFF, BIC and ELL from
the 2-term LL, Simple Maths with k = 1, and the BH adjustment written from
Benjamini & Hochberg (1995). It compares, as TAP, with the three ways of giving
the two corpora: --group-by, two sets of paths, and a published list (a
mizan-freq CSV of the reference half).
Usage: keyness-reference.py BUILD_TOOLS_DIR SEED_DIR
"""
import csv
import io
import math
import os
import subprocess
import sys
import tempfile

import taplib

from scipy.stats import chi2 as chi2_dist

freqref = taplib.load_sibling("freqref", "freq-reference.py")

T = taplib.Tap()


def xlogx_over(o, e):
    return o * math.log(o / e) if o > 0 else 0.0


def row(t, a, b, c, d):
    """Every column of one type (spec 3)."""
    n = c + d
    e1, e2 = c * (a + b) / n, d * (a + b) / n
    cells = [(a, c * (a + b) / n), (c - a, c * (n - a - b) / n), (b, d * (a + b) / n),
             (d - b, d * (n - a - b) / n)]
    g2 = 2 * sum(xlogx_over(o, e) for o, e in cells)
    x2 = sum((o - e) ** 2 / e for o, e in cells)
    ll2 = 2 * (xlogx_over(a, e1) + xlogx_over(b, e2))
    nf1, nf2 = a / c, b / d
    lr = math.log2((max(a, 0.5) / c) / (max(b, 0.5) / d))
    pct = (nf1 - nf2) * 100 / nf2 if b > 0 else math.inf
    mine = min(e1, e2)
    ell = ll2 / (n * math.log(mine)) if mine > 1 else None
    sm = (nf1 * 1e6 + 1) / (nf2 * 1e6 + 1)
    direction = 1 if nf1 > nf2 else -1 if nf1 < nf2 else 0
    return {"type": t, "freq_t": a, "freq_r": b, "per_million_t": nf1 * 1e6,
            "per_million_r": nf2 * 1e6, "ll": g2, "p_ll": chi2_dist.sf(g2, 1), "chi2": x2,
            "p_chi2": chi2_dist.sf(x2, 1), "log_ratio": lr, "pct_diff": pct,
            "bic": ll2 - math.log(n), "ell": ell, "simple_maths": sm, "direction": direction}


def bh(ps):
    """Benjamini & Hochberg (1995): p_(i) * m / i, cumulative minimum from the largest, <= 1."""
    m = len(ps)
    order = sorted(range(m), key=lambda i: ps[i])
    adj = [0.0] * m
    running = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, ps[i] * m / rank)
        adj[i] = running
    return adj


def expected(target, reference):
    ft, fr = {}, {}
    for w in target:
        ft[w] = ft.get(w, 0) + 1
    for w in reference:
        fr[w] = fr.get(w, 0) + 1
    rows = [row(t, ft.get(t, 0), fr.get(t, 0), len(target), len(reference))
            for t in set(ft) | set(fr)]
    for r, p in zip(rows, bh([r["p_ll"] for r in rows])):
        r["p_ll_adj"] = p
        r["significant"] = 1 if p < 0.05 else 0
    return {r["type"]: r for r in rows}


def same(got, want):
    if want is None:
        return got == "NA"
    if isinstance(want, str):
        return got == want
    if isinstance(want, int):
        return got == str(want)
    if math.isinf(want):
        return got == ("Inf" if want > 0 else "-Inf")
    return math.isclose(float(got), want, rel_tol=1e-9, abs_tol=1e-300)


def check(what, output, want):
    rows = list(csv.DictReader(io.StringIO(output)))
    bad = []
    if len(rows) != len(want):
        bad.append("%d rows, expected %d" % (len(rows), len(want)))
    for r in rows:
        w = want.get(r["type"])
        if w is None:
            bad.append("unexpected type %s" % r["type"])
            continue
        for k, v in w.items():
            if not same(r[k], v):
                bad.append("%s: %s = %s, expected %r" % (r["type"], k, r[k], v))
    lls = [float(r["ll"]) for r in rows]
    if lls != sorted(lls, reverse=True):
        bad.append("rows are not sorted by ll, descending")
    T.check(not bad, what, "\n".join(bad[:10]))


def run(tools, *args):
    return subprocess.run([os.path.join(tools, "mizan-keyness"), "--format=csv", *args],
                          capture_output=True, text=True, check=True).stdout


def main():
    tools, seed = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        docs_dir = os.path.join(tmp, "docs")
        os.mkdir(docs_dir)
        names = freqref.documents(seed, docs_dir)
        half = len(names) // 2
        first = [w for n in names[:half] for w, _ in freqref.doc_tokens(os.path.join(docs_dir, n))]
        second = [w for n in names[half:] for w, _ in freqref.doc_tokens(os.path.join(docs_dir, n))]
        want = expected(first, second)
        meta = os.path.join(tmp, "meta.csv")
        os.chdir(tmp)
        check("--group-by half --target first: every column",
              run(tools, "--metadata", meta, "--group-by", "half", "--target", "first", "docs"),
              want)
        paths = []
        for n in names[:half]:
            paths += ["--target", os.path.join("docs", n)]
        for n in names[half:]:
            paths += ["--reference", os.path.join("docs", n)]
        check("--target PATH... --reference PATH...: the same numbers", run(tools, *paths), want)
        ref = os.path.join(tmp, "reference.csv")
        subprocess.run([os.path.join(tools, "mizan-freq"), "-o", ref] +
                       [os.path.join("docs", n) for n in names[half:]], check=True)
        check("--reference-list (a mizan-freq CSV, size from per_million): the same numbers",
              run(tools, "--reference-list", ref, *[os.path.join("docs", n) for n in names[:half]]),
              want)
    T.finish()


if __name__ == "__main__":
    main()
