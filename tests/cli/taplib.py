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
