#!/usr/bin/python3
"""readability-check.py - recompute mizan-readability's golden outputs independently.

Written from ../shared/spec/readability.md (sections 0, 1.1-1.4, 2, 3, 4) and the
column definitions of `mizan-readability --help`, not from Mizan's C code: it
tokenizes with a regular expression, splits sentences at . ! ? U+061F U+061B
U+06D4 and newlines, counts OSMAN's syllables and Java's reference counts
(spec 1.3-1.4) itself, and looks words up in corpus/data/reference-ant.tsv.

Usage: readability-check.py GOLDEN.out   (a CSV or TSV golden whose doc
column names the input files; the options are read from GOLDEN's .cmd)
It prints each cell whose value differs from the recomputed one by more than
1e-9 (relative), and exits 1 if there is any. Run it from the source root.
Only the Python standard library is used.
"""

import math
import os
import re
import sys
import unicodedata

SHORT = "\u064E\u064F\u0650"
LONG = "\u0627\u0648\u064A"
STRESS = "\u064B\u064C\u064D\u0651"
HARAKAT = {chr(c) for c in range(0x064B, 0x0653)}
JAVA_MARKS = {chr(c) for c in range(0x064B, 0x0652)}
TASHKEEL = {chr(c) for c in range(0x064B, 0x0654)} | {"\u0657", "\u0658"}
FASEEH = set("\u0621\u0624\u0626\u0630\u0638")
WORD_RE = re.compile("[\u0621-\u063A\u0640-\u065F\u0670-\u06D3]+")


def canonical(s):
    return unicodedata.normalize("NFC", s)


def syllables(w):
    """short, long, stress of spec 1.4 (no estimate)."""
    sh = lo = 0
    for i, ch in enumerate(w):
        if ch in SHORT:
            if i + 1 < len(w) and w[i + 1] in LONG:
                lo += 1
            else:
                sh += 1
    return sh, lo, sum(w.count(c) for c in STRESS)


def letters(w):
    return [c for c in w if unicodedata.category(c).startswith("L") and c != "\u0640"]


def paper_word(w):
    sh, lo, st = syllables(w)
    ls = letters(w)
    if sh == 0:
        sh = max(0, len([c for c in ls if c not in "\u0627\u0649"]) - 2)
    syl = sh + 2 * lo + 2 * st
    faseeh = any(c in FASEEH for c in w) or "".join(ls).endswith(("\u0648\u0627", "\u0648\u0646"))
    return sh, lo, st, syl, len(ls), syl > 4, len(ls) > 5, syl > 4 and faseeh, len(ls) > 6


def diacritized(w):
    n, is_open = 0, False
    for c in w:
        if c in HARAKAT and is_open:
            n, is_open = n + 1, False
        if c in letters(c):
            is_open = True
    return n


def norm_light(w):
    w = unicodedata.normalize("NFKC", w)
    drop = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"}
    drop |= {chr(c) for c in range(0x06D6, 0x06EE)}
    return "".join(c for c in w if c not in drop)


def java_counts(t):
    """W, S, short, long, stress, CW, LW, FW, chars of spec 1.3-1.4 on the trimmed text."""
    t = t.strip("".join(chr(c) for c in range(0x21)))
    clean = re.sub(r"[0-9]", "", t)
    clean = re.sub(r"[!-/:-@\[-`{-~]+", "", clean)
    chunks = [c for c in re.split(r"[ \t\n\x0b\f\r]+", clean) if c]
    words = len(chunks)
    lw = len([c for c in chunks if len([x for x in c if x not in TASHKEEL]) >= 5])
    pieces = re.split(r"\n|(?<![0-9])\.(?![0-9])", t)
    while pieces and pieces[-1] == "":
        pieces.pop()
    s = max(len(pieces), 1)

    def jsyl(x):
        sh, lo, st = syllables(x)
        if sh == 0:
            sh = len([c for c in x if c not in "\u0627\u0649?.!, "]) - 2
        return sh, lo, st

    sh, lo, st = jsyl(t)
    cw = len([k for k in t.split(" ") if sum(k.count(m) for m in JAVA_MARKS) >= 4])
    fw = 0
    for k in t.split(" "):
        a, b, c = jsyl(k)
        if a + 2 * b + 2 * c >= 4 and any(x in FASEEH for x in k):
            fw += 1
    chars = len([c for c in t if c not in TASHKEEL and c != " " and not "0" <= c <= "9"])
    return words, s, sh, lo, st, cw, lw, fw, chars


def sentences_of(text):
    return [p for p in re.split("[.!?\u061F\u061B\u06D4\n]", text) if WORD_RE.search(p)]


def load_reference(path):
    """The bundled TSV (its '# tokens:'), or a mizan-freq CSV (tokens = sum of freq)."""
    freq, tokens, head = {}, 0, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# tokens:"):
                tokens = int(line.split(":")[1])
            elif line.startswith("#"):
                continue
            elif head is None:
                head = line.rstrip("\n").split("\t" if "\t" in line else ",")
            else:
                row = dict(zip(head, line.rstrip("\n").split("\t" if "\t" in line else ",")))
                freq[row["type"]] = freq.get(row["type"], 0) + int(row["freq"])
    return freq, tokens or sum(freq.values())


def formulas(c, mode):
    W, S, L, T, SYL = c["words"], c["sentences"], c["letters"], c["types"], c["syllables"]
    if W == 0:
        return {}
    k = 24.18143403 if mode == "reference" else 24.181
    hard = c["complex_words"] + SYL + c["faseeh_words"] + c["long_words"]
    return {
        "osman": 200.791 - 1.015 * W / S - k * hard / W,
        "aari": 3.28 * L + 1.43 * L / W + 1.24 * W / S,
        "dawood": -0.0533 * L / W - 0.2066 * W / S + 5.5543 * W / T - 1.0801,
        "al_heeti": 4.41434307 * L / W - 13.46873475,
        "al_heeti_2": 0.97569509 * L / W + 0.37237998 * W / S - 0.90451827 * W / T - 1.06000414,
        "flesch": 206.835 - 1.015 * W / S - 84.6 * SYL / W,
        "flesch_kincaid": 0.39 * W / S + 11.8 * SYL / W - 15.59,
        "ari": 4.71 * L / W + 0.5 * W / S - 21.43,
        "lix": W / S + 100 * c["lix_long_words"] / W,
        "rix": c["lix_long_words"] / S,
    }


def document(text, mode, ref, rare_below):
    text = canonical(text)
    words = [w for s in sentences_of(text) for w in WORD_RE.findall(s)]
    c = dict.fromkeys(["words", "sentences", "letters", "types", "syllables", "short_syllables",
                       "long_syllables", "stress_syllables", "long_words", "complex_words",
                       "faseeh_words", "lix_long_words"], 0)
    c["words"], c["sentences"] = len(words), len(sentences_of(text))
    c["types"] = len({norm_light(w) for w in words})
    dia = lets = 0
    for w in words:
        sh, lo, st, syl, nl, cx, lg, fs, lx = paper_word(w)
        for key, v in (("short_syllables", sh), ("long_syllables", lo), ("stress_syllables", st),
                       ("syllables", syl), ("letters", nl), ("complex_words", cx),
                       ("long_words", lg), ("faseeh_words", fs), ("lix_long_words", lx)):
            c[key] += v
        dia, lets = dia + diacritized(w), lets + nl
    if mode == "reference":
        (c["words"], c["sentences"], c["short_syllables"], c["long_syllables"],
         c["stress_syllables"], c["complex_words"], c["long_words"], c["faseeh_words"],
         c["letters"]) = java_counts(text)
        c["syllables"] = c["short_syllables"] + 2 * (c["long_syllables"] + c["stress_syllables"])
        c["lix_long_words"] = c["long_words"]
        if c["words"] == 0:  # --help: a document without words gets 0 counts
            for key in c:
                c[key] = 0
    c["diacritized_ratio"] = dia / lets if lets else None
    c.update(formulas(c, mode))
    if ref is not None and words:
        freq, tokens = ref
        pms = [freq.get(norm_light(w), 0) * 1e6 / tokens for w in words]
        found = [p for p in pms if p > 0]
        c["mean_log_ref_freq"] = sum(math.log10(p) for p in found) / len(found) if found else None
        c["rare_word_share"] = len([p for p in pms if p < rare_below]) / len(pms)
        c["oov_share"] = (len(pms) - len(found)) / len(pms)
    return c


def main():
    golden = sys.argv[1]
    cmd = open(golden[:-4] + ".cmd", encoding="utf-8").read()
    mode = "reference" if "--osman=reference" in cmd else "paper"
    m = re.search(r"--reference=(\S+)", cmd)
    path = m.group(1) if m else "ant"
    path = "corpus/data/reference-ant.tsv" if path == "ant" else path
    ref = None if path == "none" else load_reference(path)
    m = re.search(r"--rare-below=(\S+)", cmd)
    rare_below = float(m.group(1)) if m else 10.0
    lines = open(golden, encoding="utf-8").read().splitlines()
    sep = "\t" if "\t" in lines[0] else ","
    head = lines[0].split(sep)
    bad = 0
    for line in lines[1:]:
        cells = dict(zip(head, line.split(sep)))
        with open(cells["doc"], encoding="utf-8") as f:
            want = document(f.read(), mode, ref, rare_below)
        for col, got in cells.items():
            if col == "doc":
                continue
            exp = want.get(col)
            ok = (got == "NA" and exp is None) or (
                got != "NA" and exp is not None and
                abs(float(got) - exp) <= 1e-9 * max(1.0, abs(exp)))
            if not ok:
                bad += 1
                print("%s %s: golden %s, recomputed %s" % (cells["doc"], col, got, exp))
    print("%s: %d cells differ" % (golden, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
