"""taplib.py - what the Python reference tests share: TAP output and loading a sibling script.

The reference scripts run as programs, so this directory is first on sys.path and
`import taplib` finds this file.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load_sibling(name, file):
    """Import tests/cli/FILE (a script whose name has a hyphen) as module NAME."""
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, file))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class Tap:
    """Numbered TAP lines; finish() prints the plan and exits 1 if a test failed."""

    def __init__(self):
        self.n = 0
        self.failed = False

    def check(self, ok, what, detail=""):
        self.n += 1
        print("%s %d - %s" % ("ok" if ok else "not ok", self.n, what))
        if not ok:
            self.failed = True
            for line in detail.splitlines():
                print("# " + line)

    def skip(self, why):
        self.n += 1
        print("ok %d - # SKIP %s" % (self.n, why))

    def finish(self):
        print("1..%d" % self.n)
        sys.exit(1 if self.failed else 0)


def table_mismatch(want, header, table, close, want_header=None):
    """The first difference between a table a program wrote (its header and rows of strings)
    and the expected rows, compared cell by cell with close(got, want); None if they agree."""
    if len(table) != len(want):
        return "%d rows, expected %d" % (len(table), len(want))
    if want_header is not None and header != want_header:
        return "header %r, expected %r" % (header, want_header)
    for i, (w, g) in enumerate(zip(want, table)):
        if len(g) != len(w):
            return "row %d has %d columns, expected %d" % (i + 1, len(g), len(w))
        for j, (x, y) in enumerate(zip(g, w)):
            if not close(x, y):
                return "row %d column %s: got %r, expected %r" % (i + 1, header[j], x, y)
    return None
