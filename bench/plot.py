#!/usr/bin/env python3
"""Draws bench/results/scaling.svg from latest.json: median wall time of the synth workload
against the number of functions, ccdk and aws-cdk-lib, log-log. Python 3 standard library only.

Usage: plot.py latest.json scaling.svg
"""
import json
import math
import sys

W, H = 720, 480
ML, MR, MT, MB = 80, 170, 50, 60  # margins
SERIES = [("ccdk", "ccdk (C)", "#1f77b4"), ("aws_cdk_lib", "aws-cdk-lib (node)", "#d62728")]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main():
    src, dst = sys.argv[1], sys.argv[2]
    with open(src) as f:
        res = json.load(f)
    pts = {k: [] for k, _, _ in SERIES}
    for w in res["workloads"]:
        if not w["name"].startswith("synth"):
            continue
        for k, _, _ in SERIES:
            t = w[k].get("wall_s")
            if t:
                pts[k].append((w["functions"], t))
    xs = [x for p in pts.values() for x, _ in p] or [1, 10]
    ys = [y for p in pts.values() for _, y in p] or [0.01, 1]
    x0, x1 = math.floor(math.log10(min(xs))), math.ceil(math.log10(max(xs)))
    y0, y1 = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys)))
    if x1 == x0:
        x1 += 1
    if y1 == y0:
        y1 += 1
    pw, ph = W - ML - MR, H - MT - MB

    def px(x):
        return ML + (math.log10(x) - x0) / (x1 - x0) * pw

    def py(y):
        return MT + ph - (math.log10(y) - y0) / (y1 - y0) * ph

    o = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" '
         f'font-family="sans-serif" font-size="12">',
         f'<rect width="{W}" height="{H}" fill="white"/>',
         f'<text x="{ML + pw / 2}" y="24" text-anchor="middle" font-size="15">'
         f'Synth time vs number of Lambda functions (log-log, median wall time)</text>']
    for e in range(x0, x1 + 1):
        x = px(10 ** e)
        o.append(f'<line x1="{x:.1f}" y1="{MT}" x2="{x:.1f}" y2="{MT + ph}" stroke="#ddd"/>')
        o.append(f'<text x="{x:.1f}" y="{MT + ph + 18}" text-anchor="middle">{10 ** e:,}</text>')
    for e in range(y0, y1 + 1):
        y = py(10 ** e)
        lab = f"{10.0 ** e:g} s"
        o.append(f'<line x1="{ML}" y1="{y:.1f}" x2="{ML + pw}" y2="{y:.1f}" stroke="#ddd"/>')
        o.append(f'<text x="{ML - 8}" y="{y + 4:.1f}" text-anchor="end">{lab}</text>')
    o.append(f'<rect x="{ML}" y="{MT}" width="{pw}" height="{ph}" fill="none" stroke="#444"/>')
    o.append(f'<text x="{ML + pw / 2}" y="{H - 18}" text-anchor="middle">functions (100 per stack)</text>')
    o.append(f'<text x="18" y="{MT + ph / 2}" text-anchor="middle" '
             f'transform="rotate(-90 18 {MT + ph / 2})">wall time</text>')
    for i, (k, label, color) in enumerate(SERIES):
        p = sorted(pts[k])
        if p:
            d = " ".join(f"{'M' if j == 0 else 'L'}{px(x):.1f},{py(y):.1f}" for j, (x, y) in enumerate(p))
            o.append(f'<path d="{d}" fill="none" stroke="{color}" stroke-width="2"/>')
            for x, y in p:
                o.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="4" fill="{color}">'
                         f'<title>{esc(label)}: {x:,} functions, {y:.4g} s</title></circle>')
        ly = MT + 20 + i * 22
        o.append(f'<line x1="{ML + pw + 15}" y1="{ly}" x2="{ML + pw + 40}" y2="{ly}" stroke="{color}" '
                 f'stroke-width="2"/>')
        o.append(f'<circle cx="{ML + pw + 27.5}" cy="{ly}" r="4" fill="{color}"/>')
        o.append(f'<text x="{ML + pw + 46}" y="{ly + 4}">{esc(label)}</text>')
    m = res.get("meta", {})
    o.append(f'<text x="{ML + pw + 15}" y="{MT + 80}" font-size="10" fill="#666">'
             f'{esc(m.get("mode", ""))} run, {esc(str(m.get("cpus", "?")))} CPU(s)</text>')
    o.append(f'<text x="{ML + pw + 15}" y="{MT + 94}" font-size="10" fill="#666">'
             f'{esc(m.get("date", ""))}</text>')
    o.append("</svg>")
    with open(dst, "w") as f:
        f.write("\n".join(o) + "\n")


if __name__ == "__main__":
    main()
