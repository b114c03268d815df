#!/usr/bin/python3
"""freq-reference.py - an independent check of mizan-freq and mizan-ngrams.

The seed article is cut into its paragraphs, one document each (written to a
temporary directory with a metadata CSV that puts them in two groups). The
token rules of seed-reference.py (a separate Python implementation of README
"Tokens" and "Sentences") give the words; this script then computes every
column of the frequency list from the formulas of spec/statistics.md sections
3b and 4, written out again here from the spec (not from Mizan's code):
Juilland's D over rates with the population SD, Gries' DP, DPnorm with the
smallest part, ARF from positions with the cyclic first distance. It compares,
as TAP, with mizan-freq (documents as parts, --parts 7, --group-by, --top)
and mizan-ngrams -n 2.
Usage: freq-reference.py BUILD_TOOLS_DIR SEED_DIR
"""
import importlib.util
import math
import os
import subprocess
import sys
import tempfile
import unicodedata

import taplib

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("seedref", os.path.join(HERE, "seed-reference.py"))
seedref = importlib.util.module_from_spec(spec)
spec.loader.exec_module(seedref)

WORDS = ("word", "latin", "number")


def documents(seed_dir, out_dir):
    """The seed's paragraphs as documents p01.txt ... and a metadata CSV."""
    path = os.path.join(seed_dir, sorted(os.listdir(seed_dir))[0])
    with open(path, encoding="utf-8") as f:
        paras = [p.strip() for p in f.read().split("\n\n") if p.strip()]
    names = []
    for i, p in enumerate(paras):
        name = "p%02d.txt" % (i + 1)
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
            f.write(p + "\n")
        names.append(name)
    with open(os.path.join(out_dir, "..", "meta.csv"), "w", encoding="utf-8") as f:
        f.write("doc,half\n")
        for i, name in enumerate(names):
            f.write("docs/%s,%s\n" % (name, "first" if i < len(names) // 2 else "second"))
    return names


def doc_tokens(path):
    """(norm, sentence) of the counted tokens of one document."""
    with open(path, encoding="utf-8") as f:
        text = unicodedata.normalize("NFKC", f.read())
    spans = list(seedref.tokenize(text))
    out = []
    for (start, end), sent in zip(spans, seedref.sentences(text, spans)):
        tok = text[start:end]
        if seedref.token_type(tok) in WORDS:
            out.append((seedref.normalize(tok), sent))
    return out


def units(docs, n):
    """Per document, the list of n-grams (words joined by a space) in order."""
    res = []
    for toks in docs:
        grams = []
        for i in range(len(toks) - n + 1):
            if toks[i][1] == toks[i + n - 1][1]:
                grams.append(" ".join(t[0] for t in toks[i:i + n]))
        res.append(grams)
    return res


def measures(docs, n_parts=None):
    """type -> (f, docs, range_pct, D, DP, DPnorm, ARF), and N."""
    stream = [t for d in docs for t in d]
    N = len(stream)
    if n_parts:
        parts = [[] for _ in range(n_parts)]
        for p, t in enumerate(stream):
            parts[p * n_parts // N].append(t)
    else:
        parts = [d for d in docs if d]
    S = [len(p) for p in parts]
    n = len(parts)
    w = [s / N for s in S]
    out = {}
    for typ in sorted(set(stream)):
        pos = [p for p, t in enumerate(stream) if t == typ]
        f = len(pos)
        v = [p.count(typ) for p in parts]
        r = [vi / si for vi, si in zip(v, S)]
        mean = sum(r) / n
        sd = math.sqrt(sum((x - mean) ** 2 for x in r) / n)            # population SD
        D = 1 - (sd / mean) / math.sqrt(n - 1) if n > 1 else None        # Juilland (tlda)
        DP = 0.5 * sum(abs(vi / f - wi) for vi, wi in zip(v, w))         # Gries 2008
        DPn = DP / (1 - min(w)) if min(w) < 1 else None                  # Lijffijt & Gries 2012
        vv = N / f                                                       # Savicky & Hlavacova
        dist = [pos[0] + N - pos[-1]] + [b - a for a, b in zip(pos, pos[1:])]
        arf = sum(min(d, vv) for d in dist) / vv
        ndocs = sum(1 for d in docs if typ in d)
        out[typ] = (f, ndocs, 100.0 * sum(1 for x in v if x) / n, D, DP, DPn, arf)
    return out, N


def rows(docs, n_parts=None, top=None, prefix=()):
    m, N = measures(docs, n_parts)
    order = sorted(m, key=lambda t: (-m[t][0], t.encode("utf-8")))
    res, rank = [], 0
    for i, t in enumerate(order):
        if i == 0 or m[t][0] != m[order[i - 1]][0]:
            rank = i + 1
        f, nd, rng, D, DP, DPn, arf = m[t]
        res.append(list(prefix) + [rank, t, f, f * 1e6 / N, nd, rng, D, DP, DPn, arf])
    return res[:top] if top else res


def parse(tsv):
    lines = tsv.rstrip("\n").split("\n")
    return lines[0].split("\t"), [l.split("\t") for l in lines[1:]]


def close(a, b):
    if b is None:
        return a == "NA"
    if isinstance(b, float):
        return math.isclose(float(a), b, rel_tol=1e-9, abs_tol=1e-12)
    return a == str(b)


def compare(n, name, want, got):
    header, table = parse(got)
    bad = taplib.table_mismatch(want, header, table, close)
    print(("ok %d - %s" if bad is None else "not ok %d - %s") % (n, name))
    if bad:
        print("# " + bad)
    return bad is None


def run(tools, *args):
    return subprocess.run([os.path.join(tools, args[0]), *args[1:]], check=True,
                          capture_output=True, text=True, encoding="utf-8").stdout


def main():
    tools, seed = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        ddir = os.path.join(tmp, "docs")
        os.mkdir(ddir)
        names = documents(seed, ddir)
        docs = [doc_tokens(os.path.join(ddir, nm)) for nm in names]
        words = units(docs, 1)
        meta = os.path.join(tmp, "meta.csv")
        half = len(names) // 2
        ok = compare(1, "mizan-freq: documents as parts", rows(words),
                     run(tools, "mizan-freq", "--format=tsv", "-j2", ddir))
        ok &= compare(2, "mizan-freq --parts 7 --top 40", rows(words, 7, 40),
                      run(tools, "mizan-freq", "--format=tsv", "--parts", "7", "--top", "40", ddir))
        groups = rows(words[:half], prefix=("first",)) + rows(words[half:], prefix=("second",))
        ok &= compare(3, "mizan-freq --group-by half", groups,
                      run(tools, "mizan-freq", "--format=tsv", "--metadata", meta, "--group-by",
                          "half", ddir))
        ok &= compare(4, "mizan-ngrams -n 2", rows(units(docs, 2), prefix=(2,)),
                      run(tools, "mizan-ngrams", "--format=tsv", "-n", "2", ddir))
        print("1..4")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
