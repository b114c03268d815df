#!/usr/bin/python3
"""seed-reference.py - an independent check of mizan-tokenize on the seed article.

This is a second, separate implementation of the token and sentence rules of
README "Tokens" and "Sentences" and of the default `light` normalization, written
in Python with its own Unicode database (unicodedata), for the characters that
occur in plain news text: Arabic letters and harakat, ASCII letters and digits,
white space and common punctuation. It refuses any other character, so it cannot
silently disagree. It compares, as TAP:
  1. --mode=tokens (normalized forms),
  2. --format=tsv (doc, sent, token, type, norm, stem, start, end, sent_id),
  3. --mode=sentences.
Usage: seed-reference.py MIZAN_TOKENIZE DIR
"""
import os
import subprocess
import sys
import unicodedata

ARABIC_LETTERS = {chr(c) for c in range(0x0621, 0x064B)}  # includes tatweel U+0640
HARAKAT = {chr(c) for c in range(0x064B, 0x0653)}
TERMINATORS = set(".!?\u061F\u061B\u06D4\u061E")
CLOSERS = set("\"')]}\u00BB\u201D\u2019")
PUNCT = set(".,:;!?\"'()[]{}-/%\u060C\u061B\u061F\u00AB\u00BB")
ABBREVIATIONS = {"\u062F", "\u0623", "\u0635", "\u062C", "\u0642", "\u062A", "\u0647\u0640",
                 "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr", "vs", "etc", "e.g", "i.e",
                 "cf", "al", "Fig", "fig", "No", "no", "Vol", "vol", "pp", "p", "ed", "eds",
                 "Inc", "Ltd", "Co", "Corp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
                 "Sep", "Sept", "Oct", "Nov", "Dec"}


def kind(ch):
    if ch in ARABIC_LETTERS:
        return "ar"
    if ch in HARAKAT:
        return "mark"
    if "a" <= ch <= "z" or "A" <= ch <= "Z":
        return "latin"
    if "0" <= ch <= "9":
        return "digit"
    if ch in " \t\n\r":
        return "space"
    if ch in PUNCT:
        return "punct"
    raise SystemExit("seed-reference: U+%04X is outside what this reference covers" % ord(ch))


def word_end(text, i):
    """End of the letter/digit run starting at i, cut at a script change."""
    script = None
    n = len(text)
    while i < n:
        k = kind(text[i])
        if k in ("ar", "latin"):
            s = k if text[i] != "\u0640" else script
            if script is not None and s != script:
                break
            script = s
        elif k == "punct" and text[i] in ".," and i > 0 and kind(text[i - 1]) == "digit" \
                and i + 1 < n and kind(text[i + 1]) == "digit":
            pass  # a decimal or thousands separator between digits
        elif k == "punct" and text[i] in ".'" and script == "latin" and i + 1 < n \
                and kind(text[i + 1]) == "latin" and kind(text[i - 1]) == "latin":
            pass  # Latin MidLetter
        elif k not in ("digit", "mark"):
            break
        i += 1
    return i


def token_type(tok):
    if any(ch in ARABIC_LETTERS and ch != "\u0640" for ch in tok):
        return "word"
    if any(kind(ch) == "latin" for ch in tok):
        return "latin"
    if any(kind(ch) == "digit" for ch in tok):
        return "number"
    return "punct"


def tokenize(text):
    i, n = 0, len(text)
    while i < n:
        k = kind(text[i])
        if k == "space":
            i += 1
            continue
        if k == "punct":
            j = i + 1
            while j < n and text[j] == text[i]:
                j += 1
        else:
            j = word_end(text, i)
        yield i, j
        i = j


def normalize(tok):
    out = "".join(ch for ch in tok if ch not in HARAKAT and ch != "\u0640")
    return out or tok


def sentences(text, spans):
    """Sentence number of each token span."""
    sent, pending, pending_dot, prev = 0, False, False, None
    for start, end in spans:
        tok = text[start:end]
        if prev is not None:
            gap = text[prev[1]:start]
            breaks = gap.count("\n") - gap.count("\r\n")
            glued = gap == ""
            outcome = 0
            if pending:
                if glued and (all(c in CLOSERS for c in tok) or all(c in TERMINATORS for c in tok)):
                    outcome = -1
                elif pending_dot and token_type(tok) == "latin" and tok[0].islower():
                    outcome = 0
                else:
                    outcome = 1
            if breaks >= 2 or outcome == 1:
                sent += 1
            if outcome != -1:
                pending = False
        yield sent
        if all(c in TERMINATORS for c in tok):
            after_abbrev = (tok == "." and prev is not None and prev[1] == start and
                            token_type(text[prev[0]:prev[1]]) in ("word", "latin") and
                            (text[prev[0]:prev[1]] in ABBREVIATIONS or
                             (prev[1] - prev[0] == 1 and text[prev[0]].isupper())))
            if not after_abbrev:
                pending, pending_dot = True, tok[0] == "."
        prev = (start, end)


def reference(root):
    rows = []
    base = os.path.basename(os.path.normpath(root))
    for dirpath, dirnames, filenames in sorted(os.walk(root)):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(f for f in filenames if not f.startswith(".")):
            path = os.path.join(dirpath, name)
            doc = base + "/" + os.path.relpath(path, root)
            with open(path, encoding="utf-8") as f:
                text = unicodedata.normalize("NFKC", f.read())
            spans = list(tokenize(text))
            for (start, end), sent in zip(spans, sentences(text, spans)):
                tok = text[start:end]
                b0 = len(text[:start].encode("utf-8"))
                b1 = b0 + len(tok.encode("utf-8"))
                rows.append((doc, sent + 1, tok, token_type(tok), normalize(tok), b0, b1))
    return rows


def run(tool, *args):
    return subprocess.run([tool, *args], check=True, capture_output=True,
                          text=True, encoding="utf-8").stdout


def report(n, name, want, got):
    if want == got:
        print("ok %d - %s" % (n, name))
        return True
    print("not ok %d - %s" % (n, name))
    for i, (w, g) in enumerate(zip(want.splitlines(), got.splitlines())):
        if w != g:
            print("# line %d: expected %r, got %r" % (i + 1, w, g))
            break
    else:
        print("# line counts differ: expected %d, got %d" % (len(want.splitlines()),
                                                          len(got.splitlines())))
    return False


def main():
    tool, root = sys.argv[1], sys.argv[2]
    rows = reference(root)
    tokens = "".join(r[4] + "\n" for r in rows)
    table = "doc\tsent\ttoken\ttype\tnorm\tstem\tstart\tend\tsent_id\n" + "".join(
        "%s\t%d\t%s\t%s\t%s\t%s\t%d\t%d\tNA\n" % (r[0], r[1], r[2], r[3], r[4], r[4], r[5], r[6])
        for r in rows)
    sents, last = [], None
    for r in rows:
        key = (r[0], r[1])
        if key != last:
            sents.append([])
        sents[-1].append(r[4])
        last = key
    sentence_text = "".join(" ".join(s) + "\n" for s in sents)
    ok = report(1, "tokens mode agrees with the reference", tokens, run(tool, root))
    ok &= report(2, "TSV table agrees with the reference", table, run(tool, "--format=tsv", root))
    ok &= report(3, "sentences mode agrees with the reference", sentence_text,
                 run(tool, "--mode=sentences", root))
    print("1..3")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
