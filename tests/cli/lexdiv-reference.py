#!/usr/bin/python3
"""lexdiv-reference.py - an independent check of mizan-lexdiv.

The seed article is cut into its paragraphs, one document each, with a metadata CSV that
puts them in two groups (freq-reference.py's documents()); the tokens come from the separate
Python tokenizer of seed-reference.py. lexdiv() below computes every column from the formulas
of spec/statistics.md 5 (and the choices of 10.4), written out again from the spec, not from
Mizan's code: plain arithmetic and collections.Counter; exact rationals (fractions,
math.comb) for Vm, MATTR, MSTTR and HD-D; for vocd-D a pure-Python MT19937 (Matsumoto &
Nishimura 1998, init_genrand; checked against the reference generator's first output for
seed 5489), GSL's documented gsl_rng_uniform_int rule, partial Fisher-Yates samples and a
golden-section least-squares search in 50-digit decimal arithmetic. The group summary uses
the Student t quantile from the closed forms of Abramowitz & Stegun 26.7.3/26.7.4. It
compares, as TAP, with mizan-lexdiv: defaults, other options, the whole article, --group-by,
--group-by --by-doc, and -j 1 against --save-counts/--from-counts with -j 2.
Usage: lexdiv-reference.py BUILD_TOOLS_DIR SEED_DIR
"""
import importlib.util
import math
import os
import subprocess
import sys
import tempfile
from collections import Counter
from decimal import Decimal, getcontext
from fractions import Fraction

import taplib

getcontext().prec = 50
HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("freqref", os.path.join(HERE, "freq-reference.py"))
freqref = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(freqref)

COLUMNS = ("tokens types ttr r cttr c u s k i d vm maas_a2 maas_lgv0 honore_h sichel_s mattr "
           "msttr mtld hdd hdd_attr vocd_d").split()


class MT19937:
    """The Mersenne Twister, as GSL's gsl_rng_mt19937 (whose seed 0 means 4357)."""

    def __init__(self, seed):
        seed = seed or 4357
        self.mt = [seed & 0xffffffff]
        for i in range(1, 624):
            prev = self.mt[-1]
            self.mt.append((1812433253 * (prev ^ (prev >> 30)) + i) & 0xffffffff)
        self.i = 624

    def next(self):
        if self.i >= 624:
            for k in range(624):
                y = (self.mt[k] & 0x80000000) | (self.mt[(k + 1) % 624] & 0x7fffffff)
                self.mt[k] = self.mt[(k + 397) % 624] ^ (y >> 1) ^ (0x9908b0df if y & 1 else 0)
            self.i = 0
        y = self.mt[self.i]
        self.i += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        return y ^ (y >> 18)

    def uniform_int(self, n):
        """GSL: scale = range / n; draw k = x / scale until k < n."""
        scale = 0xffffffff // n
        while True:
            k = self.next() // scale
            if k < n:
                return k


def fit_d(ns, ttrs):
    """Least-squares D of TTR(n) = (D/n)(sqrt(1 + 2n/D) - 1); None at an end of [1e-3, 1e7]."""
    model = lambda D, n: (D / n) * ((1 + 2 * Decimal(n) / D).sqrt() - 1)
    sse = lambda D: sum((t - model(D, n)) ** 2 for n, t in zip(ns, ttrs))
    lo, hi, g = Decimal("1e-3"), Decimal("1e7"), (Decimal(5).sqrt() - 1) / 2
    for _ in range(400):
        a, b = hi - g * (hi - lo), lo + g * (hi - lo)
        if sse(a) < sse(b):
            hi = b
        else:
            lo = a
    d = (lo + hi) / 2
    return None if d < Decimal("1.001e-3") or d > Decimal("0.999e7") else float(d)


def vocd(toks, seed):
    """Malvern et al. 2004: n = 35..50, 100 samples each, 3 trials, D averaged."""
    rng, pool, ds = MT19937(seed), list(toks), []
    for _ in range(3):
        ns, ttrs = list(range(35, 51)), []
        for n in ns:
            total = 0
            for _ in range(100):
                for i in range(n):
                    j = i + rng.uniform_int(len(pool) - i)
                    pool[i], pool[j] = pool[j], pool[i]
                total += len(set(pool[:n]))
            ttrs.append(Decimal(total) / Decimal(n * 100))
        ds.append(fit_d(ns, ttrs))
    return None if None in ds else sum(ds) / 3


def mtld_pass(toks, thr):
    factors, types, n, ttr = 0.0, set(), 0, 1.0
    for tok in toks:
        n += 1
        types.add(tok)
        ttr = len(types) / n
        if ttr < thr:                       # koRpus' '<' (spec 10.4)
            factors, types, n, ttr = factors + 1, set(), 0, 1.0
    if n > 0:
        factors += (1 - ttr) / (1 - thr)
    return len(toks) / factors if factors else None


def lexdiv(toks, base=10.0, window=100, segment=100, thr=0.72, sample=42, seed=42):
    """Every column (None = NA) of one document, from spec 5."""
    N, c = len(toks), Counter(toks)
    V, spec = len(c), Counter(c.values())
    M2 = sum(i * i * v for i, v in spec.items())
    lg = lambda x: math.log(x) / math.log(base)
    r = dict.fromkeys(COLUMNS)
    r.update(tokens=N, types=V)
    if N == 0:
        return r
    r.update(ttr=V / N, r=V / math.sqrt(N), cttr=V / math.sqrt(2 * N), k=1e4 * (M2 - N) / N ** 2,
             vm=math.sqrt(sum(Fraction(v * i * i, N * N) for i, v in spec.items()) - Fraction(1, V)),
             sichel_s=spec[2] / V)
    r["i"] = V * V / (M2 - V) if M2 > V else None
    r["d"] = sum(v * i * (i - 1) for i, v in spec.items()) / (N * (N - 1)) if N > 1 else None
    r["honore_h"] = 100 * math.log(N) / (1 - spec[1] / V) if spec[1] < V else None
    if N > 1:
        r["c"] = lg(V) / lg(N)
        r["u"] = lg(N) ** 2 / (lg(N) - lg(V)) if V < N else None
        r["s"] = lg(lg(V)) / lg(lg(N)) if V > 1 and lg(N) > 1 else None
        r["maas_a2"] = (lg(N) - lg(V)) / lg(N) ** 2
        r["maas_lgv0"] = lg(V) / math.sqrt(1 - (lg(V) / lg(N)) ** 2) if V < N else None
    if N >= window:
        r["mattr"] = float(Fraction(sum(len(set(toks[i:i + window])) for i in range(N - window + 1)),
                                    window * (N - window + 1)))
    if N >= segment:
        k = N // segment
        r["msttr"] = float(Fraction(sum(len(set(toks[j * segment:(j + 1) * segment]))
                                        for j in range(k)), segment * k))
    f, b = mtld_pass(toks, thr), mtld_pass(toks[::-1], thr)
    r["mtld"] = (f + b) / 2 if f is not None and b is not None else None
    if N >= sample:
        den = math.comb(N, sample)
        s = sum(Fraction(den - math.comb(N - fr, sample), den) for fr in c.values())
        r["hdd"], r["hdd_attr"] = float(s), float(s / sample)
    if N >= 50:
        r["vocd_d"] = vocd(toks, seed)
    return r


def t_quantile(p, nu):
    """The t with P(T < t) = p, nu degrees of freedom (A&S 26.7.3/26.7.4, bisection)."""
    def a(t):  # P(|T| < t)
        th = math.atan(t / math.sqrt(nu))
        c, s = math.cos(th), math.sin(th)
        if nu == 1:
            return 2 * th / math.pi
        if nu % 2:
            term = tot = c
            for k in range(3, nu - 1, 2):
                term *= (k - 1) / k * c * c
                tot += term
            return 2 / math.pi * (th + s * tot)
        term = tot = 1.0
        for k in range(2, nu - 1, 2):
            term *= (k - 1) / k * c * c
            tot += term
        return s * tot
    lo, hi = 0.0, 1e4
    for _ in range(200):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if (1 + a(mid)) / 2 < p else (lo, mid)
    return (lo + hi) / 2


def summary(values):
    """documents, mean, sd (n - 1), 95% Student t interval; None = NA."""
    x = [v for v in values if v is not None]
    n = len(x)
    if n == 0:
        return [0, None, None, None, None]
    mean = sum(x) / n
    if n < 2:
        return [1, mean, None, None, None]
    sd = math.sqrt(sum((v - mean) ** 2 for v in x) / (n - 1))
    h = t_quantile(0.975, n - 1) * sd / math.sqrt(n)
    return [n, mean, sd, mean - h, mean + h]


def close(got, want):
    if want is None:
        return got == "NA"
    if isinstance(want, str):
        return got == want
    return got != "NA" and math.isclose(float(got), want, rel_tol=1e-12, abs_tol=1e-14)


def compare(n, name, want, got, want_header=None):
    lines = got.rstrip("\n").split("\n")
    header, table = lines[0].split("\t"), [l.split("\t") for l in lines[1:]]
    bad = taplib.table_mismatch(want, header, table, close, want_header)
    print(("ok %d - %s" if bad is None else "not ok %d - %s") % (n, name))
    if bad:
        print("# " + bad)
    return bad is None


def run(tools, *args):
    return subprocess.run([os.path.join(tools, "mizan-lexdiv"), "--format=tsv", *args],
                          check=True, capture_output=True, text=True, encoding="utf-8").stdout


def doc_rows(ids, docs, group=None, columns=COLUMNS, **opts):
    rows = []
    for i, (doc_id, toks) in enumerate(zip(ids, docs)):
        r = lexdiv(toks, **opts)
        rows.append([doc_id] + ([group[i]] if group else []) + [r[c] for c in columns])
    return rows


def group_rows(docs, halves):
    rows, stats = [], [lexdiv(t) for t in docs]
    for g in ("first", "second"):
        members = [s for s, h in zip(stats, halves) if h == g]
        for c in COLUMNS:
            rows.append([g, c] + summary([s[c] for s in members]))
    return rows


def main():
    tools, seed = sys.argv[1], sys.argv[2]
    assert MT19937(5489).next() == 3499211612  # the reference generator's first output
    article = os.path.join(seed, sorted(os.listdir(seed))[0])
    with tempfile.TemporaryDirectory() as tmp:
        ddir = os.path.join(tmp, "docs")
        os.mkdir(ddir)
        names = freqref.documents(seed, ddir)
        docs = [[t for t, _ in freqref.doc_tokens(os.path.join(ddir, nm))] for nm in names]
        ids = ["docs/" + nm for nm in names]
        halves = ["first" if i < len(names) // 2 else "second" for i in range(len(names))]
        meta, counts = os.path.join(tmp, "meta.csv"), os.path.join(tmp, "lexdiv.counts")
        other = dict(base=math.e, window=10, segment=10, thr=0.6, sample=20, seed=7)
        ok = compare(1, "paragraphs, defaults", doc_rows(ids, docs), run(tools, "-j2", ddir),
                     ["doc"] + COLUMNS)
        ok &= compare(2, "paragraphs, other options", doc_rows(ids, docs, **other),
                      run(tools, "--log-base=e", "--window", "10", "--segment", "10",
                          "--mtld-threshold", "0.6", "--hdd-sample", "20", "--seed", "7", ddir))
        whole = [t for t, _ in freqref.doc_tokens(article)]
        ok &= compare(3, "the whole article", doc_rows([article], [whole]), run(tools, article))
        ok &= compare(4, "--group-by", group_rows(docs, halves),
                      run(tools, "--metadata", meta, "--group-by", "half", ddir))
        ok &= compare(5, "--group-by --by-doc", doc_rows(ids, docs, halves),
                      run(tools, "--metadata", meta, "--group-by", "half", "--by-doc", ddir))
        one = run(tools, "-j1", "--save-counts", counts, ddir)
        again = run(tools, "-j2", "--from-counts", counts)
        same = one == again
        print(("ok %d - %s" if same else "not ok %d - %s") % (6, "-j1 = --from-counts -j2"))
        some = ["tokens", "mtld", "hdd_attr", "vocd_d"]  # in column order, whatever the list's
        ok &= compare(7, "--measures keeps the columns named", doc_rows(ids, docs, columns=some),
                      run(tools, "--measures=vocd_d,tokens,hdd_attr,mtld", ddir), ["doc"] + some)
        print("1..7")
    return 0 if ok and same else 1


if __name__ == "__main__":
    sys.exit(main())
