#!/usr/bin/env python3
"""Generates the directory asset of bench workload (b), deterministically.

Usage: gen_asset.py DIR FILES TOTAL_BYTES

FILES files totalling exactly TOTAL_BYTES, in a node_modules-like tree (100 files a package,
lib/ and dist/ subfolders). 70% are small text files (JavaScript-looking lines, 100 B - 12 KB),
the rest binary (pseudo-random bytes from SHAKE-256) with log-normally spread sizes that take
up the remaining bytes (a few of them several MB). The same arguments always give the same
bytes and names. DIR is replaced. Python 3 standard library only.
"""
import hashlib
import os
import random
import shutil
import sys

WORDS = ("const let var function return async await export import from require module "
         "exports handler event context callback promise resolve reject value result error "
         "lambda bucket queue topic table stream record payload request response status body "
         "headers json parse stringify length index item items map filter reduce push pop "
         "if else for while try catch finally throw new this null undefined true false").split()


def corpus(rng, size):
    lines, n = [], 0
    while n < size:
        indent = "  " * rng.randint(0, 3)
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 12)))
        line = f"{indent}{words};\n"
        lines.append(line)
        n += len(line)
    return "".join(lines).encode()


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    root, nfiles, total = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    index = b"exports.handler = async () => 'ok';\n"
    nfiles, total = nfiles - 1, total - len(index)  # index.js is one of the files
    rng = random.Random(20261123)
    text = corpus(rng, 256 * 1024)

    kinds = ["text" if i % 10 < 7 else "bin" for i in range(nfiles)]
    sizes = [0] * nfiles
    for i, k in enumerate(kinds):
        if k == "text":
            sizes[i] = rng.randint(100, 12000)
    text_bytes = sum(sizes)
    rest = total - text_bytes
    bins = [i for i, k in enumerate(kinds) if k == "bin"]
    if rest < len(bins) or not bins:
        sys.exit(f"gen_asset: {total} bytes is too few for {nfiles} files")
    weights = [rng.lognormvariate(0, 1.2) for _ in bins]
    wsum = sum(weights)
    for i, w in zip(bins, weights):
        sizes[i] = max(1, int(w / wsum * rest))
    sizes[bins[-1]] += total - sum(sizes)

    if os.path.exists(root):
        shutil.rmtree(root)
    for i, (k, size) in enumerate(zip(kinds, sizes)):
        pkg = f"pkg{i // 100:03d}"
        sub = "lib" if i % 3 else "dist"
        d = os.path.join(root, "node_modules", pkg, sub)
        os.makedirs(d, exist_ok=True)
        if k == "text":
            name = f"file{i:05d}.js" if i % 2 else f"file{i:05d}.json" if i % 4 == 0 else f"file{i:05d}.txt"
            head = f"// file {i}\n".encode()
            off = (i * 7919) % (len(text) - size - 1)
            data = (head + text[off:off + size])[:size]
        else:
            name = f"blob{i:05d}.bin"
            data = hashlib.shake_256(f"ccdk-bench-{i}".encode()).digest(size)
        with open(os.path.join(d, name), "wb") as f:
            f.write(data)
    with open(os.path.join(root, "index.js"), "wb") as f:
        f.write(index)


if __name__ == "__main__":
    main()
