#!/usr/bin/env python3
"""README.md's C examples are conformance cases: a ```c block right after a line
`<!-- conformance case: NAME -->` must be tests/conformance/cases/NAME/app.c, byte for byte, so the
example a user copies is one the runner compares with aws-cdk-lib. Exit status 1 when one differs."""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
text = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
blocks = re.findall(r"<!-- conformance case: ([a-z0-9-]+) -->\n```c\n(.*?)```\n", text, re.S)
bad = 0
for name, code in blocks:
    path = os.path.join(ROOT, "tests", "conformance", "cases", name, "app.c")
    if not os.path.exists(path) or open(path, encoding="utf-8").read() != code:
        print(f"README.md: the example marked '{name}' is not {os.path.relpath(path, ROOT)}")
        bad = 1
if not blocks:
    print("README.md: no example marked <!-- conformance case: NAME -->")
    bad = 1
if not bad:
    print(f"readme examples: {len(blocks)} identical to their conformance cases")
sys.exit(bad)
