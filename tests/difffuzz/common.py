"""What the difffuzz generators share: string literals in both languages, the app being generated
(parallel JS and C statements drawn from one seeded random generator) and writing a case out.

gen.py (one-to-three-stack Lambda apps), gen_multi.py (apps of many stacks) and any gen_<name>.py
(`make difffuzz GEN=<name>`) import it; a generator keeps only what it draws.
"""
import json
import os
import random
import sys


def js_str(s):
    """A JavaScript string literal of s."""
    return json.dumps(s, ensure_ascii=False)


def c_str(s):
    """A C string literal of s (UTF-8 bytes as they are; no trigraphs; other control characters as
    three-digit octal escapes, which never swallow a following digit)."""
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "?":
            out.append("\\?")
        elif ord(ch) < 0x20 or ord(ch) == 0x7f:
            out.append("\\%03o" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def js_num(x):
    return repr(x) if isinstance(x, float) else str(x)


class App:
    """The app being generated: parallel JS and C statements. invalid_rate: the share of apps meant
    to fail (only those take an invalid value, at most one: bad())."""

    def __init__(self, seed, invalid_rate, c_indent=""):
        self.r = random.Random(seed)
        self.seed = seed
        self.js, self.c = [], []
        self.c_indent = c_indent
        self.counter = 0
        self.assets = {}  # dir -> {file: text}
        # the custom resource handlers ccdk ships its own code for (their assets' hashes differ:
        # see tests/conformance/cases/integ-lambda-log-retention/exception); named in an exception file
        self.own_handlers = set()
        self.invalid = 0
        self.want_invalid = self.r.random() < invalid_rate

    def uid(self, prefix):
        self.counter += 1
        return f"{prefix}{self.counter}"

    def both(self, js, c):
        self.js.append(js)
        self.c.append(self.c_indent + c)

    def chance(self, p):
        return self.r.random() < p

    def bad(self, p=0.25):
        """True now and then in an app meant to fail (once at most): use an invalid value here."""
        if self.want_invalid and not self.invalid and self.r.random() < p:
            self.invalid += 1
            return True
        return False


def write_case(d, a, js, c):
    """Writes the case directory d: the app's asset files, app.js and app.c (whole sources, lists of
    lines) and, when the app uses handlers ccdk writes its own code for, an exception file."""
    os.makedirs(d, exist_ok=True)
    for sub, files in a.assets.items():
        for name, text in files.items():
            p = os.path.join(d, sub, name)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "w", encoding="utf-8") as fh:
                fh.write(text)
    if a.own_handlers:
        with open(os.path.join(d, "exception"), "w", encoding="utf-8") as fh:
            fh.write("ccdk's own custom resource handler code (as in integ-lambda-log-retention and efs-filesystem):\n"
                     + "".join(f"asset differs: {n}\n" for n in sorted(a.own_handlers)))
    with open(os.path.join(d, "app.js"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(js))
    with open(os.path.join(d, "app.c"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(c))


def main(doc, make_case):
    """The command line every generator takes: SEED COUNT OUTDIR; make_case(outdir, seed)."""
    if len(sys.argv) != 4:
        sys.exit(doc)
    seed0, count, outdir = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    os.makedirs(outdir, exist_ok=True)
    for seed in range(seed0, seed0 + count):
        make_case(outdir, seed)
