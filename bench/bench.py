#!/usr/bin/env python3
"""ccdk vs aws-cdk-lib, side by side. Driven by bench/run.sh (which builds the C apps first).

Usage: bench.py --bin DIR [--smoke] [--alias 0|1] [--alias-note TEXT]

Every workload is one app written twice (bench/apps/<name>.c and <name>.js). Before a ccdk
timing counts, the *.template.json files it wrote are compared byte for byte with aws-cdk-lib's
for the same workload. Runs alternate between the two implementations (C, JS, then JS, C, ...).
Each run goes through bench/apps/runner.c, which takes the wall time with a monotonic clock right
around its fork and wait4, and CPU time and peak RSS from the child's rusage -- /usr/bin/time's
numbers, without the start-up of extra processes inside the measured time.

Exit status: 0 when every run succeeded and every template comparison was identical; 1
otherwise. Performance targets are reported (PASS/FAIL) but do not change the exit status.
Python 3 standard library only.
"""
import argparse
import datetime
import fcntl
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# bench/out/<mode>/ once main() has run (git-ignored): the workloads' inputs and both outputs;
# $CCDK_BENCH_OUT moves them (run.sh --journaled-fs: onto a journaled ext4 image)
OUT = os.environ.get("CCDK_BENCH_OUT") or os.path.join(HERE, "out")

FULL = {
    # synth: (functions, aws-cdk-lib runs, ccdk runs). ccdk gets more runs -- they take
    # milliseconds, and on a VM single runs of that length scatter by +-20% -- spread evenly
    # between aws-cdk-lib's.
    "synth": [(1, 5, 15), (100, 5, 15), (1000, 3, 15), (10000, 3, 6)],
    # vpc_efs: (functions, aws-cdk-lib runs, ccdk runs): one VPC, one EFS file system, one stack
    "vpc_efs": [(1000, 3, 9)],
    # xstack: (functions, aws-cdk-lib runs, ccdk runs): stacks of 10 functions importing from a
    # shared stack and from each other (1,000 functions: 100 stacks and the shared one)
    "xstack": [(1000, 3, 9)],
    # shared_asset: (functions, aws-cdk-lib runs, ccdk runs): 50 per stack, sharing N/10 of the
    # directories shared_asset_dirs() makes (issue 17's shared-asset workload)
    "shared_asset": [(1000, 3, 9)],
    # (files, bytes, runs)
    "asset": (5000, 170 * 1024 * 1024, 3),
    "tool": (10, 200, 1000),  # ccdk invoke cold runs, warm calls, serve requests
    "floor_runs": 7,  # the SHA-256 floor and ccdk's fingerprint alone, alternating
    "js_warm": True,
    "js_slow_s": 60.0,  # aws-cdk-lib runs of a size stop after one when it takes longer than this
    "timeout_s": 3600,
}
SMOKE = {
    "synth": [(120, 1, 1)],  # 2 stacks; aws-cdk-lib takes ~10 s for any synth here
    "vpc_efs": [(10, 1, 1)],
    "xstack": [(30, 1, 1)],
    "shared_asset": [(50, 1, 1)],  # 1 stack sharing 5 directories
    "asset": (200, 4 * 1024 * 1024, 1),
    "tool": (2, 20, 50),  # ccdk invoke cold runs, warm calls, serve requests
    "floor_runs": 1,
    "js_slow_s": 60.0,
    "timeout_s": 120,
    # no warm aws-cdk-lib run (it takes as long as a cold one): ccdk's warm templates are
    # compared with aws-cdk-lib's cold ones, which must be the same
    "js_warm": False,
}

failures = []


def log(msg):
    print(f"bench: {msg}", flush=True)


def base_env():
    """The environment both halves run in: ours, less any CDK_* variable (as the conformance
    runner does), so that CDK_DEFAULT_* or CDK_CONTEXT_JSON do not change what an app does."""
    return {k: v for k, v in os.environ.items() if not k.startswith("CDK_")}


RUNNER = None  # bench/apps/runner.c, built by run.sh into the bin directory (set in main)


def run_measured(label, cmd, outdir=None, env_extra=None, timeout=3600, logfile=None, cwd=None):
    """Runs cmd under bench/apps/runner.c, which reads a monotonic clock right around its fork
    and wait4 and takes CPU time (user + sys) and peak RSS from the child's rusage -- what
    /usr/bin/time reports, without the ~7 ms of process start-up that timing around
    /usr/bin/time from here counted (a quarter of a thousand-function ccdk synth), and without
    the peak RSS a child forked from this Python process inherits. Returns
    {wall, elapsed, user, sys, cpu, rss_kb, rc}."""
    env = base_env()
    if env_extra:
        env.update(env_extra)
    if outdir:
        env["CDK_OUTDIR"] = outdir
    tfile = os.path.join(OUT, "time.out")
    if os.path.exists(tfile):
        os.unlink(tfile)
    with open(logfile or os.devnull, "ab") as lf:
        lf.write(f"\n=== {label}: {' '.join(cmd)}\n".encode())
        lf.flush()
        # Every run starts with nothing dirty in the page cache: ccdk flushes its assembly before
        # the swap (syncfs, which writes back everything dirty on the file system), so without
        # this a ccdk run right after an aws-cdk-lib run paid for writing aws-cdk-lib's assembly
        # too (3 ms -> 6-15 ms of a 20 ms run). Outside the timed region, for either implementation.
        os.sync()
        t0 = time.perf_counter()
        try:
            p = subprocess.run([RUNNER, tfile] + cmd, env=env, stdout=lf, stderr=lf, timeout=timeout, cwd=cwd or OUT)
            rc = p.returncode
        except subprocess.TimeoutExpired:
            rc = "timeout"
        outer = time.perf_counter() - t0
    r = {"rc": rc}
    try:
        with open(tfile) as f:
            w, u, s_, m = f.read().split()
        r.update(wall=float(w), elapsed=float(w), user=float(u), sys=float(s_),
                 cpu=round(float(u) + float(s_), 3), rss_kb=int(m))
    except (OSError, ValueError):
        r.update(wall=outer, elapsed=None, user=None, sys=None, cpu=None, rss_kb=None)
    if rc != 0:
        tail = ""
        if logfile:
            with open(logfile, "rb") as f:
                tail = f.read()[-1500:].decode(errors="replace")
        failures.append(f"{label}: exit status {rc}")
        log(f"FAILED {label} (exit status {rc}); end of {logfile}:\n{tail}")
    return r


def rmtree(p):
    shutil.rmtree(p, ignore_errors=True)


TRASH_N = [0]


def discard(p):
    """Moves the output of a previous run out of the way instead of deleting it: on this VM's
    journal-less ext4, every inode created within a while of a deletion costs the kernel a
    recently_deleted() check, so deleting an assembly right before a cold run charged that run
    (either implementation's) for the deletion. The moved directories are deleted once, at the
    end of bench.py (and any left over from an interrupted run at its start)."""
    if not os.path.lexists(p):
        return
    trash = os.path.join(OUT, ".trash")
    os.makedirs(trash, exist_ok=True)
    TRASH_N[0] += 1
    os.rename(p, os.path.join(trash, f"{TRASH_N[0]}-{os.path.basename(p)}"))


def compare_templates(c_dir, js_dir):
    """Byte equality of every *.template.json (the same names on both sides)."""
    def names(d):
        try:
            return sorted(f for f in os.listdir(d) if f.endswith(".template.json"))
        except OSError:
            return []
    cn, jn = names(c_dir), names(js_dir)
    res = {"templates": len(jn), "identical": False, "problems": []}
    if not jn:
        res["problems"].append("aws-cdk-lib wrote no template")
    if cn != jn:
        only_c, only_j = sorted(set(cn) - set(jn)), sorted(set(jn) - set(cn))
        if only_j:
            res["problems"].append(f"missing in ccdk's output: {', '.join(only_j[:5])}")
        if only_c:
            res["problems"].append(f"only in ccdk's output: {', '.join(only_c[:5])}")
    for n in sorted(set(cn) & set(jn)):
        with open(os.path.join(c_dir, n), "rb") as f:
            a = f.read()
        with open(os.path.join(js_dir, n), "rb") as f:
            b = f.read()
        if a != b:
            i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
            ctx = lambda x: x[max(0, i - 60):i + 60].decode(errors="replace").replace("\n", "\\n")
            res["problems"].append(f"{n} differs at byte {i} (sizes {len(a)} / {len(b)}):\n"
                                   f"      ccdk:        ...{ctx(a)}...\n"
                                   f"      aws-cdk-lib: ...{ctx(b)}...")
            if len(res["problems"]) > 5:
                break
    res["identical"] = not res["problems"]
    return res


def summarize(runs):
    ok = [r for r in runs if r["rc"] == 0]
    if not ok:
        return {"runs": len(runs), "ok": 0}
    med = lambda k: statistics.median([r[k] for r in ok if r[k] is not None]) if any(
        r[k] is not None for r in ok) else None
    return {
        "runs": len(runs), "ok": len(ok),
        "wall_s": round(med("wall"), 4),
        "user_s": med("user"), "sys_s": med("sys"),
        "cpu_s": round(med("cpu"), 2) if med("cpu") is not None else None,
        "rss_mb": round(med("rss_kb") / 1024, 1) if med("rss_kb") is not None else None,
        "all_wall_s": [round(r["wall"], 4) for r in runs],
    }


def ratio(js, c, key):
    a, b = js.get(key), c.get(key)
    if a is None or b is None:
        return None
    if b == 0:
        return None
    return round(a / b, 1)


def add_ratios(w):
    w["ratio"] = {k: ratio(w["aws_cdk_lib"], w["ccdk"], k) for k in ("wall_s", "cpu_s", "rss_mb")}


# ---------------------------------------------------------------------------------- workloads

def bench_synth(cfg, bins, alias, key="synth", app="synth", extra=()):
    """(a) N functions (`synth`), (d) N functions in one VPC with a file system (`vpc_efs`),
    (e) N functions in stacks of 10 with cross-stack references (`xstack`), or (f) N functions
    sharing N/10 asset directories (`shared_asset`, extra: the directories): bench/apps/<app>.c and
    <app>.js, sizes from cfg[key]."""
    results = []
    env_js = {"BENCH_ALIAS": "1" if alias else "0"}
    for n, nruns, ncruns in cfg[key]:
        name = f"{key.replace('_', '-')}-{n}"
        logf = os.path.join(OUT, "logs", f"{name}.log")
        c_out, js_out = os.path.join(OUT, name, "c"), os.path.join(OUT, name, "js")
        c_runs, js_runs, cmp = [], [], None
        js_stop = False
        log(f"{name}: {n} function(s), {nruns} aws-cdk-lib run(s), {ncruns} ccdk run(s)")
        for i in range(nruns):
            # this round's share of ccdk's runs, so that they spread over the whole time
            c_here = ncruns * (i + 1) // nruns - ncruns * i // nruns
            order = ["c", "js"] if i % 2 == 0 else ["js", "c"]
            for impl in order:
                for k in range(c_here if impl == "c" else 1):
                    if impl == "c":
                        discard(c_out)
                        r = run_measured(f"{name} ccdk #{len(c_runs) + 1}", [os.path.join(bins, app), str(n), *extra],
                                         c_out, None, cfg["timeout_s"], logf)
                        c_runs.append(r)
                    else:
                        if js_stop:
                            continue
                        discard(js_out)
                        r = run_measured(f"{name} aws-cdk-lib #{i + 1}",
                                         ["node", os.path.join(HERE, "apps", app + ".js"), str(n), *extra],
                                         js_out, env_js, cfg["timeout_s"], logf)
                        js_runs.append(r)
                        if r["wall"] > cfg["js_slow_s"]:
                            js_stop = True
                    log(f"  {impl:2s} #{len(c_runs) if impl == 'c' else i + 1}: {r['wall']:.3f} s wall, "
                        f"{r['cpu']} s cpu, {(r['rss_kb'] or 0) / 1024:.1f} MB")
            if cmp is None and c_runs and js_runs:
                cmp = compare_templates(c_out, js_out)
                report_cmp(name, cmp)
        stacks = {"synth": (n + 99) // 100, "xstack": (n + 9) // 10 + 1,
                  "shared_asset": (n + 49) // 50}.get(key, 1)
        w = {"name": name, "functions": n, "stacks": stacks,
             "alias": alias if key == "synth" else False,
             "templates": cmp, "ccdk": summarize(c_runs), "aws_cdk_lib": summarize(js_runs)}
        if cmp and not cmp["identical"]:
            w["ccdk"]["counts"] = False
        add_ratios(w)
        results.append(w)
    return results


def report_cmp(name, cmp):
    if cmp["identical"]:
        log(f"  templates: {cmp['templates']} identical")
    else:
        failures.append(f"{name}: templates differ")
        log(f"  TEMPLATES DIFFER ({name}); ccdk's timings do not count:")
        for p in cmp["problems"]:
            log(f"    {p}")


def asset_dir(cfg):
    files, size, _ = cfg["asset"]
    d = os.path.join(OUT, f"asset-{files}-{size}")
    stamp = d + ".ok"
    version = "gen_asset.py v1"
    if not (os.path.isdir(d) and os.path.exists(stamp) and open(stamp).read() == version):
        log(f"generating the asset: {files} files, {size / 1048576:.0f} MiB under {os.path.relpath(d, ROOT)}")
        if os.path.exists(stamp):
            os.unlink(stamp)
        subprocess.run([sys.executable, os.path.join(HERE, "gen_asset.py"), d, str(files), str(size)],
                       check=True)
        with open(stamp, "w") as f:
            f.write(version)
    return d


def shared_asset_dirs():
    """The directories of the shared-asset workload: d0 ... d99, 20 small files each (JavaScript-
    looking text, 200 B - 2 KB), the same names and bytes every time."""
    d = os.path.join(OUT, "shared-asset-dirs")
    stamp = d + ".ok"
    version = "shared_asset_dirs v1"
    if os.path.isdir(d) and os.path.exists(stamp) and open(stamp).read() == version:
        return d
    log(f"generating the shared asset directories under {os.path.relpath(d, ROOT)}")
    if os.path.exists(stamp):
        os.unlink(stamp)
    rmtree(d)
    for k in range(100):
        sub = os.path.join(d, f"d{k}")
        os.makedirs(sub)
        for j in range(20):
            seed = hashlib.sha256(f"{k}/{j}".encode()).hexdigest()
            lines = [f"exports.v{j}_{i} = '{seed[i % 48:i % 48 + 16]}';" for i in range(4 + (int(seed[:4], 16) % 60))]
            name = "index.js" if j == 0 else f"lib{j}.js"
            with open(os.path.join(sub, name), "w") as f:
                f.write("\n".join(lines) + "\n")
    with open(stamp, "w") as f:
        f.write(version)
    return d


def cdk_fingerprint_cache(path):
    """aws-cdk-lib's on-disk fingerprint cache for a directory (core/lib/fs/fingerprint-disk-cache.js)."""
    h = hashlib.sha256(os.path.realpath(path).encode()).hexdigest()[:16]
    return os.path.join(os.path.expanduser("~"), ".cdk", "cache", "fingerprints", f"{h}.json")


def bench_asset(cfg, bins, adir):
    files, size, nruns = cfg["asset"]
    name = "asset"
    logf = os.path.join(OUT, "logs", "asset.log")
    c_out, js_out = os.path.join(OUT, "asset", "c"), os.path.join(OUT, "asset", "js")
    cache = cdk_fingerprint_cache(adir)
    runs = {("c", "cold"): [], ("js", "cold"): [], ("c", "warm"): [], ("js", "warm"): []}
    cmps = {}
    log(f"asset: one function, a directory of {files} files / {size / 1048576:.0f} MiB, "
        f"{nruns} cold + warm run(s) each")
    for i in range(nruns):
        order = ["c", "js"] if i % 2 == 0 else ["js", "c"]
        for phase in ("cold", "warm"):
            for impl in order:
                if impl == "js" and phase == "warm" and not cfg["js_warm"]:
                    continue
                out = c_out if impl == "c" else js_out
                if phase == "cold":
                    discard(out)
                    if impl == "js" and os.path.exists(cache):
                        os.unlink(cache)
                cmd = ([os.path.join(bins, "asset"), adir] if impl == "c"
                       else ["node", os.path.join(HERE, "apps", "asset.js"), adir])
                r = run_measured(f"asset {phase} {'ccdk' if impl == 'c' else 'aws-cdk-lib'} #{i + 1}",
                                 cmd, out, None, cfg["timeout_s"], logf)
                runs[(impl, phase)].append(r)
                log(f"  {impl:2s} {phase} #{i + 1}: {r['wall']:.3f} s wall, {r['cpu']} s cpu, "
                    f"{(r['rss_kb'] or 0) / 1024:.1f} MB")
            if phase not in cmps and runs[("c", phase)] and (runs[("js", phase)] or not cfg["js_warm"]):
                cmps[phase] = compare_templates(c_out, js_out)
                report_cmp(f"asset-{phase}", cmps[phase])
    out = []
    for phase in ("cold", "warm"):
        w = {"name": f"asset-{phase}", "files": files, "bytes": size, "templates": cmps.get(phase),
             "ccdk": summarize(runs[("c", phase)]), "aws_cdk_lib": summarize(runs[("js", phase)])}
        add_ratios(w)
        out.append(w)
    return out


def bench_floor(cfg, bins, adir):
    """The machine's limit -- SHA-256 of the asset's bytes with OpenSSL on every core -- and, in
    alternating runs, ccdk's fingerprint of the same directory alone (FileSystem.fingerprint, no
    staging), whose hash must equal aws-cdk-lib's."""
    logf = os.path.join(OUT, "logs", "floor.log")
    log(f"sha256 floor: OpenSSL EVP SHA-256 of the asset's bytes on {os.cpu_count()} thread(s); "
        f"ccdk's fingerprint of the asset alone")
    p = subprocess.run(["node", os.path.join(HERE, "apps", "fingerprint.js"), adir], capture_output=True,
                       text=True, env=base_env(), cwd=ROOT)
    js_hash = p.stdout.strip() if p.returncode == 0 else None
    if not js_hash:
        failures.append(f"aws-cdk-lib's FileSystem.fingerprint failed: {p.stderr[-500:]}")
    runs, fp_runs, c_hash = [], [], None
    for i in range(cfg["floor_runs"]):
        order = ["floor", "fp"] if i % 2 == 0 else ["fp", "floor"]
        for what in order:
            if what == "floor":
                r = run_measured(f"sha256 floor #{i + 1}", [os.path.join(bins, "sha256_floor"), adir],
                                 None, None, cfg["timeout_s"], logf)
                runs.append(r)
            else:
                r = run_measured(f"ccdk fingerprint #{i + 1}", [os.path.join(bins, "fingerprint"), adir],
                                 None, None, cfg["timeout_s"], logf)
                fp_runs.append(r)
                if c_hash is None:
                    with open(logf, "rb") as f:  # the hash is the last line the run printed
                        lines = [l for l in f.read().decode(errors="replace").splitlines() if l.strip()]
                    c_hash = lines[-1].strip() if lines else ""
            log(f"  {what:5s} #{i + 1}: {r['wall']:.3f} s wall, {r['cpu']} s cpu")
    match = bool(js_hash and c_hash == js_hash)
    if js_hash and not match:
        failures.append(f"fingerprint: ccdk {c_hash} != aws-cdk-lib {js_hash}")
    log(f"  fingerprint: ccdk {c_hash}, aws-cdk-lib {js_hash}: {'identical' if match else 'DIFFER'}")
    return {"name": "sha256-floor", "threads": os.cpu_count(), "result": summarize(runs),
            "fingerprint": summarize(fp_runs), "fingerprint_hash": c_hash, "aws_cdk_lib_hash": js_hash,
            "fingerprint_identical": match}


# ---------------------------------------------------------------------------------- the ccdk command

def bench_tool(cfg, bins):
    """`ccdk invoke` cold (a whole command: the assembly read, the runtime started, one event) and
    warm (the Invoke API of one `ccdk serve`, whose runtime stays up), for a node and a python
    function, and `ccdk serve` answering sequential Function URL requests over one keep-alive
    connection. Wall times; medians. ccdk only (aws-cdk-lib has no local runner)."""
    import http.client
    import re
    n_cold, n_warm, n_serve = cfg.get("tool", (10, 200, 1000))
    build = os.path.dirname(bins)
    with open(os.path.join(HERE, "out", ".build.lock"), "w") as lk:
        fcntl.flock(lk, fcntl.LOCK_EX)  # builds are serialized between bench runs (run.sh)
        opt = [] if os.path.abspath(build) == os.path.join(ROOT, "build") else ["OPT=-O3 -DNDEBUG"]
        subprocess.run(["make", "-s", "tool", f"BUILD={build}"] + opt, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["cc", "-std=c11", "-D_GNU_SOURCE", "-Iinclude", "bench/apps/tool_fns.c",
                        os.path.join(build, "libccdk.a"), "-lpthread", "-lm", "-o", os.path.join(bins, "tool_fns")],
                       cwd=ROOT, check=True)
    ccdk = os.path.join(build, "ccdk")
    work = os.path.join(OUT, "tool")
    rmtree(work)
    os.makedirs(work)
    asm = os.path.join(work, "cdk.out")
    env = dict(base_env(), CDK_OUTDIR=asm, XDG_CACHE_HOME=os.path.join(work, "cache"))
    subprocess.run([os.path.join(bins, "tool_fns")], env=env, check=True, cwd=work)
    logf = os.path.join(OUT, "logs", "tool.log")
    res = {"name": "tool", "cold_runs": n_cold, "warm_calls": n_warm, "serve_requests": n_serve}
    for fn in ("Node", "Python"):
        runs = [run_measured(f"ccdk invoke {fn} (cold) #{i + 1}",
                             [ccdk, "invoke", f"ToolBench/{fn}", "--assembly", asm, "--quiet"],
                             env_extra={"XDG_CACHE_HOME": env["XDG_CACHE_HOME"]}, logfile=logf)
                for i in range(n_cold)]
        ok = [r["wall"] for r in runs if r["rc"] == 0]
        res[f"cold_{fn.lower()}_ms"] = round(statistics.median(ok) * 1e3, 1) if ok else None
        log(f"  ccdk invoke {fn}, cold: median {res[f'cold_{fn.lower()}_ms']} ms over {len(ok)} run(s)")
    with open(logf, "ab") as lf:
        p = subprocess.Popen([ccdk, "serve", "--port", "0", "--quiet", "--assembly", asm], env=env,
                             stdout=subprocess.PIPE, stderr=lf, text=True)
        try:
            port = int(re.search(r"localhost:(\d+)", p.stdout.readline()).group(1))
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

            def call(method, path, host, body=None):
                t0 = time.perf_counter()
                conn.request(method, path, body=body, headers={"Host": host})
                r = conn.getresponse()
                r.read()
                return time.perf_counter() - t0, r.status

            for fn in ("Node", "Python"):
                path = f"/2015-03-31/functions/ToolBench%2F{fn}/invocations"  # a construct path
                call("POST", path, f"localhost:{port}", b"{}")  # the cold start, not counted
                times = [call("POST", path, f"localhost:{port}", b"{}") for _ in range(n_warm)]
                good = [t for t, st in times if st == 200]
                res[f"warm_{fn.lower()}_ms"] = round(statistics.median(good) * 1e3, 2) if good else None
                if len(good) != n_warm:
                    failures.append(f"ccdk serve: {n_warm - len(good)} warm {fn} invocation(s) failed")
                log(f"  ccdk serve Invoke API {fn}, warm: median {res[f'warm_{fn.lower()}_ms']} ms per call over {len(good)}")
            host = f"node.localhost:{port}"
            call("GET", "/", host)
            t0 = time.perf_counter()
            statuses = [call("GET", f"/r{i}", host)[1] for i in range(n_serve)]
            total = time.perf_counter() - t0
            bad = sum(1 for st in statuses if st != 200)
            if bad:
                failures.append(f"ccdk serve: {bad} of {n_serve} Function URL requests failed")
            res["serve_total_s"] = round(total, 3)
            res["serve_per_request_ms"] = round(total / n_serve * 1e3, 2)
            log(f"  ccdk serve: {n_serve} sequential Function URL requests (node, warm) in {res['serve_total_s']} s "
                f"({res['serve_per_request_ms']} ms each)")
        except Exception as e:  # noqa: BLE001 -- reported, the other workloads still count
            failures.append(f"ccdk serve: {e}")
            log(f"FAILED ccdk serve: {e}")
        finally:
            p.terminate()
            p.wait(timeout=10)
    return res


def tool_targets(tool):
    t = []
    if not tool:
        return t
    for fn in ("node", "python"):
        c, w = tool.get(f"cold_{fn}_ms"), tool.get(f"warm_{fn}_ms")
        t.append({"target": f"ccdk invoke, {fn}: cold <= 150 ms", "status": "n/a" if c is None else ("PASS" if c <= 150 else "FAIL"),
                  "detail": f"{c} ms (median of {tool['cold_runs']})"})
        t.append({"target": f"ccdk serve, {fn}: warm invoke <= 5 ms per call",
                  "status": "n/a" if w is None else ("PASS" if w <= 5 else "FAIL"),
                  "detail": f"{w} ms (median of {tool['warm_calls']})"})
    return t


def tool_md(tool):
    if not tool:
        return []
    return ["## The ccdk command: local invoke and serve", "",
            "| measure | node | python |", "|---|--:|--:|",
            f"| `ccdk invoke`, cold (whole command), median of {tool['cold_runs']} | {fmt(tool.get('cold_node_ms'), ' ms')} | "
            f"{fmt(tool.get('cold_python_ms'), ' ms')} |",
            f"| `ccdk serve` Invoke API, warm, median of {tool['warm_calls']} calls | {fmt(tool.get('warm_node_ms'), ' ms')} | "
            f"{fmt(tool.get('warm_python_ms'), ' ms')} |", "",
            f"`ccdk serve`: {tool['serve_requests']:,} sequential Function URL requests (node, warm, one keep-alive "
            f"connection) in {fmt(tool.get('serve_total_s'), ' s')} ({fmt(tool.get('serve_per_request_ms'), ' ms')} each).", ""]


# ------------------------------------------------------------------ ccdk synth vs npx cdk synth

# `ccdk synth` against `npx cdk synth` (issue 18): the same ccdk app (bench/apps/synth.c, N
# functions) run through a cdk.json, wall time as a user waits for the command; the two cloud
# assemblies must be identical, every file (diff -r). (functions, npx runs, ccdk runs)
CLI_SYNTH = {"full": (1000, 3, 9), "smoke": (100, 1, 1)}


def compare_dirs(a, b):
    """Every file of two directory trees, byte for byte."""
    def files(d):
        out = {}
        for root, _, names in os.walk(d):
            for n in names:
                p = os.path.join(root, n)
                out[os.path.relpath(p, d)] = p
        return out
    fa, fb = files(a), files(b)
    res = {"files": len(fa), "identical": False, "problems": []}
    if not fa:
        res["problems"].append("the cdk CLI wrote no assembly")
    for k in sorted(set(fa) ^ set(fb))[:5]:
        res["problems"].append(f"only in {'npx cdk' if k in fa else 'ccdk'}'s assembly: {k}")
    for k in sorted(set(fa) & set(fb)):
        with open(fa[k], "rb") as x, open(fb[k], "rb") as y:
            if x.read() != y.read():
                res["problems"].append(f"{k} differs")
        if len(res["problems"]) > 5:
            break
    res["identical"] = not res["problems"]
    return res


def bench_cli_synth(mode, bins):
    n, js_n, c_n = CLI_SYNTH[mode]
    name = f"cli-synth-{n}"
    logf = os.path.join(OUT, "logs", f"{name}.log")
    subprocess.run(["make", "-s", "tool"], cwd=ROOT, stdout=subprocess.DEVNULL, check=False)
    ccdk = os.path.join(ROOT, "build", "ccdk")
    base = os.path.join(OUT, name)
    dirs = {"c": os.path.join(base, "ccdk"), "js": os.path.join(base, "cdk")}
    for d in dirs.values():
        rmtree(d)
        os.makedirs(d)
        with open(os.path.join(d, "cdk.json"), "w") as f:
            json.dump({"app": f"{os.path.join(bins, 'synth')} {n}"}, f)
    log(f"{name}: `ccdk synth` vs `npx cdk synth`, {n} function(s), {js_n} npx run(s), {c_n} ccdk run(s)")
    c_runs, js_runs = [], []
    for i in range(js_n):
        c_here = c_n * (i + 1) // js_n - c_n * i // js_n
        for impl in (["c", "js"] if i % 2 == 0 else ["js", "c"]):
            for _ in range(c_here if impl == "c" else 1):
                discard(os.path.join(dirs[impl], "cdk.out"))
                if impl == "c":
                    r = run_measured(f"{name} ccdk #{len(c_runs) + 1}", [ccdk, "synth"], None, None,
                                     600, logf, cwd=dirs["c"])
                    c_runs.append(r)
                else:
                    r = run_measured(f"{name} npx cdk #{len(js_runs) + 1}", ["npx", "--no-install", "cdk", "synth"],
                                     None, None, 600, logf, cwd=dirs["js"])
                    js_runs.append(r)
                log(f"  {'ccdk' if impl == 'c' else 'npx cdk'}: {r['wall']:.3f} s wall, {r['cpu']} s cpu")
    cmp = compare_dirs(os.path.join(dirs["js"], "cdk.out"), os.path.join(dirs["c"], "cdk.out"))
    if cmp["identical"]:
        log(f"  assemblies: {cmp['files']} files identical")
    else:
        failures.append(f"{name}: assemblies differ: {'; '.join(cmp['problems'])}")
    w = {"name": name, "functions": n, "assembly": cmp, "ccdk": summarize(c_runs), "npx_cdk": summarize(js_runs)}
    w["ratio"] = {k: ratio(w["npx_cdk"], w["ccdk"], k) for k in ("wall_s", "cpu_s")}
    return w


def cli_synth_target(w, smoke):
    desc = "`ccdk synth` >= 100x faster than `npx cdk synth` (1,000 functions, wall), assemblies identical"
    if smoke or not w or w["functions"] != 1000:
        return {"target": desc, "status": "n/a", "detail": "not run (smoke sizes, or --only)"}
    r = w["ratio"]["wall_s"]
    ok = bool(w["assembly"]["identical"] and w["ccdk"].get("ok") and w["npx_cdk"].get("ok") and r and r >= 100)
    return {"target": desc, "status": "PASS" if ok else "FAIL",
            "detail": f"{r}x ({w['npx_cdk'].get('wall_s')} s / {w['ccdk'].get('wall_s')} s); "
                      f"{w['assembly']['files']} files {'identical' if w['assembly']['identical'] else 'DIFFER'}"}


def cli_synth_md(w):
    if not w:
        return []
    c, j, r = w["ccdk"], w["npx_cdk"], w["ratio"]
    a = w["assembly"]
    return ["## `ccdk synth` vs `npx cdk synth`", "",
            f"The same ccdk app ({w['functions']:,} functions, bench/apps/synth.c) through a cdk.json: "
            "what a user waits for, the cdk CLI's start-up included.", "",
            "| command | runs | wall | CPU | peak RSS |", "|---|--:|--:|--:|--:|",
            f"| `ccdk synth` | {c.get('ok', 0)} | {fmt(c.get('wall_s'), ' s')} | {fmt(c.get('cpu_s'), ' s')} | {fmt(c.get('rss_mb'), ' MB')} |",
            f"| `npx cdk synth` | {j.get('ok', 0)} | {fmt(j.get('wall_s'), ' s')} | {fmt(j.get('cpu_s'), ' s')} | {fmt(j.get('rss_mb'), ' MB')} |",
            "", f"Wall ratio {fmt(r['wall_s'], 'x')}, CPU ratio {fmt(r['cpu_s'], 'x')}; the two cloud assemblies: "
            f"{a['files']} files, {'identical' if a['identical'] else '**DIFFERENT**'}.", ""]

# ---------------------------------------------------------------------------------- nodejs (issue 17)

# "nodejs": N NodejsFunctions (N distinct small TypeScript entries sharing a few local modules),
# bundled with esbuild: cold (no cdk.out, ccdk's bundle cache empty), warm (nothing changed, the
# same cdk.out) and one entry changed (ccdk rebundles only that function). Runs per phase:
# (aws-cdk-lib, ccdk); aws-cdk-lib bundles every function on every synth, so its warm and
# one-changed runs are skipped in smoke mode (their templates are compared with the cold ones).
NODEJS = {"full": {"n": 100, "runs": {"cold": (2, 3), "warm": (1, 5), "changed": (1, 3)}},
          "smoke": {"n": 10, "runs": {"cold": (1, 1), "warm": (0, 1), "changed": (0, 1)}}}


def nodejs_project(n):
    """bench/out/<mode>/nodejs-project: package-lock.json, src/shared/*.ts, src/fn<i>.ts."""
    d = os.path.join(OUT, f"nodejs-project-{n}")
    rmtree(d)
    os.makedirs(os.path.join(d, "src", "shared"))
    with open(os.path.join(d, "package-lock.json"), "w") as f:
        f.write('{"name":"bench","lockfileVersion":3,"requires":true,"packages":{"":{"name":"bench"}}}\n')
    shared = {
        "log": "export function log(msg: string, data?: unknown): void {\n"
               "  console.log(JSON.stringify({ level: 'info', msg, data, at: new Date().toISOString() }));\n}\n",
        "math": "export const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);\n"
                "export const mean = (xs: number[]): number => (xs.length ? sum(xs) / xs.length : 0);\n",
        "http": "export interface Response { statusCode: number; headers: Record<string, string>; body: string }\n"
                "export function ok(body: unknown): Response {\n"
                "  return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };\n}\n",
    }
    for name, text in shared.items():
        with open(os.path.join(d, "src", "shared", name + ".ts"), "w") as f:
            f.write(text)
    for i in range(n):
        with open(os.path.join(d, "src", f"fn{i}.ts"), "w") as f:
            f.write("import { log } from './shared/log';\n"
                    f"import {{ {'sum' if i % 2 else 'mean'} }} from './shared/math';\n"
                    "import { ok, Response } from './shared/http';\n\n"
                    f"const NAME = 'function-{i}';\n\n"
                    "export const handler = async (event: { values?: number[] }): Promise<Response> => {\n"
                    "  log(NAME, event);\n"
                    f"  return ok({{ name: NAME, result: {'sum' if i % 2 else 'mean'}(event.values ?? [{i}, {i + 1}]) }});\n"
                    "};\n")
    return d


def bench_nodejs(bins, mode):
    cfg = NODEJS[mode]
    n = cfg["n"]
    proj = nodejs_project(n)
    logf = os.path.join(OUT, "logs", "nodejs.log")
    c_out, js_out = os.path.join(OUT, "nodejs", "c"), os.path.join(OUT, "nodejs", "js")
    cache = os.path.join(OUT, "nodejs", "ccdk-cache")  # ccdk's bundle cache (CCDK_CACHE_DIR)
    log(f"nodejs: {n} NodejsFunctions bundled with esbuild: cold, warm, one entry changed")
    results = []
    changed = os.path.join(proj, "src", "fn0.ts")
    for phase in ("cold", "warm", "changed"):
        njs, nc = cfg["runs"][phase]
        runs = {"c": [], "js": []}
        cmp = None
        for i in range(max(njs, nc)):
            if phase == "changed":  # a new change each round, the same for both sides
                with open(changed, "a") as f:
                    f.write(f"// changed in round {i}\n")
            for impl in (["c", "js"] if i % 2 == 0 else ["js", "c"]):
                if (impl == "js" and i >= njs) or (impl == "c" and i >= nc):
                    continue
                out = c_out if impl == "c" else js_out
                if phase == "cold":
                    discard(out)
                    if impl == "c":
                        rmtree(cache)
                cmd = ([os.path.join(bins, "nodejs"), str(n), proj] if impl == "c"
                       else ["node", os.path.join(HERE, "apps", "nodejs.js"), str(n), proj])
                r = run_measured(f"nodejs {phase} {'ccdk' if impl == 'c' else 'aws-cdk-lib'} #{i + 1}", cmd, out,
                                 {"CCDK_CACHE_DIR": cache}, 3600, logf)
                runs[impl].append(r)
                log(f"  {impl:2s} {phase} #{i + 1}: {r['wall']:.3f} s wall, {r['cpu']} s cpu, "
                    f"{(r['rss_kb'] or 0) / 1024:.1f} MB")
            # both sides of this round bundled the same sources (without an aws-cdk-lib run, its
            # last output has the same sources unless an entry changed)
            if cmp is None and runs["c"] and (i < njs or (njs == 0 and phase != "changed")):
                cmp = compare_templates(c_out, js_out)
                report_cmp(f"nodejs-{phase}", cmp)
        w = {"name": f"nodejs-{phase}", "functions": n, "templates": cmp,
             "label": f"NodejsFunction {phase}, {n} TypeScript entries bundled with esbuild",
             "ccdk": summarize(runs["c"]), "aws_cdk_lib": summarize(runs["js"])}
        add_ratios(w)
        results.append(w)
    return results


def nodejs_targets(work, smoke):
    by = {w["name"]: w for w in work}
    t = []
    for phase, want in (("cold", 10), ("warm", 100), ("changed", 10)):
        desc = {"cold": "nodejs cold: >= 10x faster than aws-cdk-lib",
                "warm": "nodejs warm (nothing changed): >= 100x faster than aws-cdk-lib",
                "changed": "nodejs one entry changed: >= 10x faster than aws-cdk-lib (only it rebundles)"}[phase]
        w = by.get(f"nodejs-{phase}")
        js = w and (w["aws_cdk_lib"].get("wall_s") or by.get("nodejs-cold", {}).get("aws_cdk_lib", {}).get("wall_s"))
        c = w and w["ccdk"].get("wall_s")
        if smoke or not w or not js or not c:
            t.append({"target": desc, "status": "n/a", "detail": "not run (smoke sizes, or --only)"})
            continue
        r = round(js / c, 1)
        ok = bool((w["templates"] is None or w["templates"]["identical"]) and r >= want)
        t.append({"target": desc, "status": "PASS" if ok else "FAIL", "detail": f"{r}x ({js} s / {c} s)"})
    return t


# ---------------------------------------------------------------------------------- targets

def targets(synth, assets, floor, smoke):
    by = {w["name"]: w for w in synth + assets}
    t = []

    def target(desc, ok, detail):
        t.append({"target": desc, "status": "n/a" if ok is None else ("PASS" if ok else "FAIL"),
                  "detail": detail})

    def counts(w):
        return w and w["templates"] and w["templates"]["identical"] and w["ccdk"].get("ok")

    w = by.get("synth-1000")
    if smoke or not w:
        target("1,000 functions: >= 300x faster wall time than aws-cdk-lib", None, "not run (smoke sizes, or --only)")
        target("1,000 functions: <= 1/20 of aws-cdk-lib's peak memory", None, "not run (smoke sizes, or --only)")
    else:
        r = w["ratio"]["wall_s"]
        target("1,000 functions: >= 300x faster wall time than aws-cdk-lib",
               bool(counts(w) and w["aws_cdk_lib"].get("ok") and r and r >= 300),
               f"{r}x ({w['aws_cdk_lib'].get('wall_s')} s / {w['ccdk'].get('wall_s')} s)")
        r = w["ratio"]["rss_mb"]
        target("1,000 functions: <= 1/20 of aws-cdk-lib's peak memory",
               bool(counts(w) and w["aws_cdk_lib"].get("ok") and r and r >= 20),
               f"1/{r} ({w['ccdk'].get('rss_mb')} MB vs {w['aws_cdk_lib'].get('rss_mb')} MB)")
    w1, w10 = by.get("synth-1000"), by.get("synth-10000")
    if smoke or not (w1 and w10):
        target("10,000 functions: within 10x of 1,000 functions' time (ccdk)", None, "not run (smoke sizes, or --only)")
    else:
        a, b = w10["ccdk"].get("wall_s"), w1["ccdk"].get("wall_s")
        ok = bool(counts(w1) and counts(w10) and a and b and a <= 10 * b)
        target("10,000 functions: within 10x of 1,000 functions' time (ccdk)", ok,
               f"{a / b:.1f}x ({a} s / {b} s)" if a and b else "no data")
    w = by.get("xstack-1000")
    if smoke or not w:
        target("1,000 functions in 100 stacks with cross-stack references: >= 300x faster than aws-cdk-lib", None,
               "not run (smoke sizes, or --only)")
    else:
        r = w["ratio"]["wall_s"]
        target("1,000 functions in 100 stacks with cross-stack references: >= 300x faster than aws-cdk-lib",
               bool(counts(w) and w["aws_cdk_lib"].get("ok") and r and r >= 300),
               f"{r}x ({w['aws_cdk_lib'].get('wall_s')} s / {w['ccdk'].get('wall_s')} s)")
    w = by.get("shared-asset-1000")
    if smoke or not w:
        target("shared-asset, 1,000 functions sharing 100 directories: >= 150x faster than aws-cdk-lib", None,
               "not run (smoke sizes, or --only)")
    else:
        r = w["ratio"]["wall_s"]
        target("shared-asset, 1,000 functions sharing 100 directories: >= 150x faster than aws-cdk-lib",
               bool(counts(w) and w["aws_cdk_lib"].get("ok") and r and r >= 150),
               f"{r}x ({w['aws_cdk_lib'].get('wall_s')} s / {w['ccdk'].get('wall_s')} s)")
    w = by.get("asset-cold")
    fl = floor["result"].get("wall_s")
    if smoke or not w:
        target("cold directory asset: >= 15x faster than aws-cdk-lib", None, "not run (smoke sizes, or --only)")
        target("asset fingerprint alone: within 1.5x of the SHA-256 floor", None, "not run (smoke sizes, or --only)")
    else:
        r = w["ratio"]["wall_s"]
        target("cold directory asset: >= 15x faster than aws-cdk-lib",
               bool(counts(w) and w["aws_cdk_lib"].get("ok") and r and r >= 15),
               f"{r}x ({w['aws_cdk_lib'].get('wall_s')} s / {w['ccdk'].get('wall_s')} s)")
        fp = floor.get("fingerprint", {}).get("wall_s")
        target("asset fingerprint alone: within 1.5x of the SHA-256 floor",
               bool(floor.get("fingerprint_identical") and fp and fl and fp <= 1.5 * fl),
               f"{fp / fl:.2f}x ({fp} s vs floor {fl} s; hash identical to aws-cdk-lib's: "
               f"{'yes' if floor.get('fingerprint_identical') else 'NO'})" if fp and fl else "no data")
    return t


# ---------------------------------------------------------------------------------- output

def fmt(x, unit=""):
    if x is None:
        return "-"
    if isinstance(x, float):
        if x >= 100:
            s = f"{x:.0f}"
        elif x >= 1:
            s = f"{x:.2f}"
        else:
            s = f"{x:.3f}"
    else:
        s = str(x)
    return s + unit


def write_md(path, res):
    m = res["meta"]
    L = [f"# ccdk vs aws-cdk-lib {m['aws_cdk_lib']}: benchmark results ({m['mode']})", "",
         f"{m['date']} on {m['host']}: {m['cpus']} CPU(s) ({m['cpu_model']}), {m['mem_gb']} GB RAM, "
         f"node {m['node']}, ccdk built with `{m['ccdk_cflags']}`.", "",
         "Wall time is the median over the runs (monotonic clock around fork and wait4 in "
         "`bench/apps/runner.c`); CPU is user+sys and memory the peak RSS, both from the child's rusage "
         "(what `/usr/bin/time` reports; medians). "
         "Ratios are aws-cdk-lib / ccdk. ccdk's timings count only when its templates are byte-identical "
         "to aws-cdk-lib's for the same workload.", ""]
    if "loadavg_start" in m:
        # only the load before the run counts: aws-cdk-lib's own runs keep more than one CPU busy
        busy = m["loadavg_start"][0] > (m["cpus"] or 1)
        L += [f"Load average (1, 5, 15 min) at the start {m['loadavg_start']}, at the end {m['loadavg_end']}"
              f"{' -- **the machine was busy with other work: wall times are inflated and noisy; CPU times are the steadier comparison**' if busy else ''}.", ""]
    if m.get("alias_note"):
        L += [f"**Aliases:** {m['alias_note']}", ""]
    L += ["## Targets", "", "| target | status | measured |", "|---|---|---|"]
    for t in res["targets"]:
        L.append(f"| {t['target']} | **{t['status']}** | {t['detail']} |")
    L += ["", "## Results", "",
          "| workload | runs C/JS | ccdk wall | aws-cdk-lib wall | wall ratio | ccdk CPU | aws-cdk-lib CPU | "
          "CPU ratio | ccdk peak RSS | aws-cdk-lib peak RSS | RSS ratio | templates |",
          "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|"]
    for w in res["workloads"]:
        c, j, r = w["ccdk"], w["aws_cdk_lib"], w["ratio"]
        if w.get("label"):  # a workload that names itself
            label = w["label"]
        elif w["name"].startswith("synth"):
            label = f"synth, {w['functions']:,} function(s) / {w['stacks']} stack(s)"
        elif w["name"].startswith("vpc-efs"):
            label = f"synth, {w['functions']:,} function(s) in one VPC with an EFS file system / 1 stack"
        elif w["name"].startswith("xstack"):
            label = (f"synth, {w['functions']:,} function(s) / {w['stacks']} stack(s) importing from a shared "
                     f"stack and from each other")
        elif w["name"].startswith("shared-asset"):
            label = (f"shared-asset, {w['functions']:,} function(s) / {w['stacks']} stack(s) sharing "
                     f"{max(1, w['functions'] // 10)} asset directories (alias + autoscaling, URL, SQS, DLQ each)")
        else:
            label = f"{w['name']} ({w['files']:,} files, {w['bytes'] / 1048576:.0f} MiB)"
        tp = w["templates"]
        tps = "not compared" if not tp else (f"{tp['templates']} identical" if tp["identical"] else "**DIFFER**")
        L.append(f"| {label} | {c.get('ok', 0)}/{j.get('ok', 0)} | {fmt(c.get('wall_s'), ' s')} | "
                 f"{fmt(j.get('wall_s'), ' s')} | {fmt(r['wall_s'], 'x')} | {fmt(c.get('cpu_s'), ' s')} | "
                 f"{fmt(j.get('cpu_s'), ' s')} | {fmt(r['cpu_s'], 'x')} | {fmt(c.get('rss_mb'), ' MB')} | "
                 f"{fmt(j.get('rss_mb'), ' MB')} | {fmt(r['rss_mb'], 'x')} | {tps} |")
    f = res["floor"]["result"]
    fp = res["floor"].get("fingerprint", {})
    if f.get("ok"):
        L += ["", f"SHA-256 floor (OpenSSL EVP, {res['floor']['threads']} threads, same bytes as the asset): "
              f"{fmt(f.get('wall_s'), ' s')} wall, {fmt(f.get('cpu_s'), ' s')} CPU over {f.get('ok', 0)} run(s). "
              f"ccdk's fingerprint of the asset alone (`ccdk_fs_fingerprint`, FileSystem.fingerprint): "
              f"{fmt(fp.get('wall_s'), ' s')} wall, {fmt(fp.get('cpu_s'), ' s')} CPU over {fp.get('ok', 0)} run(s); "
              f"hash {'identical to' if res['floor'].get('fingerprint_identical') else '**different from**'} "
              f"aws-cdk-lib's."]
    cold = next((w for w in res["workloads"] if w["name"] == "asset-cold"), None)
    if cold and cold["ccdk"].get("wall_s") and f.get("wall_s"):
        L += ["", f"A whole cold asset synth (fingerprint, then a copy of the 170 MiB into cdk.out) takes "
              f"{cold['ccdk']['wall_s'] / f['wall_s']:.1f}x the floor."]
    L += [""]
    if res["failures"]:
        L += ["## Failures", ""] + [f"- {x}" for x in res["failures"]] + [""]
    L += tool_md(res.get("tool"))
    L += cli_synth_md(res.get("cli_synth"))
    L += ["Raw numbers (every run's wall time): `latest.json`. Plot: `scaling.svg`.", ""]
    with open(path, "w") as fh:
        fh.write("\n".join(L))


def meta(args, mode):
    def sh(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return "?"
    model = "?"
    try:
        with open("/proc/cpuinfo") as f:
            model = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = "?"
    try:
        with open("/proc/meminfo") as f:
            mem = round(int(f.readline().split()[1]) / 1048576, 1)
    except (OSError, ValueError, IndexError):
        pass
    with open(os.path.join(ROOT, "node_modules", "aws-cdk-lib", "package.json")) as f:
        libv = json.load(f)["version"]
    return {"mode": mode, "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "host": platform.node(), "kernel": platform.release(), "cpus": os.cpu_count(),
            "cpu_model": model, "mem_gb": mem, "node": sh(["node", "--version"]), "aws_cdk_lib": libv,
            "ccdk_cflags": args.cflags, "ccdk_commit": sh(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"]),
            "alias": bool(args.alias), "alias_note": args.alias_note}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True, help="directory of the built C apps")
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("--alias", type=int, default=0)
    ap.add_argument("--alias-note", default="")
    ap.add_argument("--cflags", default="")
    ap.add_argument("--results", default=os.path.join(HERE, "results"))
    ap.add_argument("--only", choices=["synth", "vpc_efs", "xstack", "asset", "shared_asset", "nodejs", "tool", "cli_synth"], action="append",
                    help="run only these workloads (repeatable; the others are skipped and their targets n/a)")
    args = ap.parse_args()
    cfg = SMOKE if args.smoke else FULL
    args.bin = os.path.abspath(args.bin)
    global RUNNER
    RUNNER = os.path.join(args.bin, "runner")
    mode = "smoke" if args.smoke else "full"
    global OUT
    OUT = os.path.join(OUT, mode)
    os.makedirs(os.path.join(OUT, "logs"), exist_ok=True)
    # one run of a mode at a time (several `make test` may run at once)
    lock = open(os.path.join(OUT, ".lock"), "w")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        log(f"another {mode} run holds {os.path.relpath(OUT, ROOT)}/.lock; waiting for it")
        fcntl.flock(lock, fcntl.LOCK_EX)
    for f in os.listdir(os.path.join(OUT, "logs")):
        os.unlink(os.path.join(OUT, "logs", f))
    rmtree(os.path.join(OUT, ".trash"))  # an interrupted run's (see discard)
    os.makedirs(args.results, exist_ok=True)
    t0 = time.time()
    load0 = os.getloadavg()

    only = set(args.only or ["synth", "vpc_efs", "xstack", "asset", "shared_asset", "nodejs", "tool", "cli_synth"])
    synth = bench_synth(cfg, args.bin, args.alias) if "synth" in only else []
    if "vpc_efs" in only:
        synth += bench_synth(cfg, args.bin, 0, key="vpc_efs", app="vpc_efs")
    if "xstack" in only:
        synth += bench_synth(cfg, args.bin, 0, key="xstack", app="xstack")
    if "shared_asset" in only:
        synth += bench_synth(cfg, args.bin, 0, key="shared_asset", app="shared_asset", extra=(shared_asset_dirs(),))
    assets = []
    floor = {"name": "sha256-floor", "threads": os.cpu_count(), "result": {}, "fingerprint": {},
             "fingerprint_identical": False}
    if "asset" in only:
        adir = asset_dir(cfg)
        subprocess.run([os.path.join(args.bin, "sha256_floor"), adir], stdout=subprocess.DEVNULL)  # page cache
        assets = bench_asset(cfg, args.bin, adir)
        floor = bench_floor(cfg, args.bin, adir)

    nodejs_work = bench_nodejs(args.bin, mode) if "nodejs" in only else []  # issue 17
    tool = bench_tool(cfg, args.bin) if "tool" in only else None
    res = {"meta": meta(args, mode), "workloads": synth + assets + nodejs_work, "floor": floor,
           "failures": failures, "tool": tool}
    res["targets"] = (targets(synth, assets, floor, args.smoke) + nodejs_targets(nodejs_work, args.smoke)
                      + tool_targets(tool))
    if "cli_synth" in only:
        res["cli_synth"] = bench_cli_synth(mode, args.bin)
        res["targets"].append(cli_synth_target(res["cli_synth"], args.smoke))
    res["meta"]["duration_s"] = round(time.time() - t0, 1)
    res["meta"]["loadavg_start"] = [round(x, 2) for x in load0]
    res["meta"]["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    with open(os.path.join(args.results, "latest.json"), "w") as f:
        json.dump(res, f, indent=2)
        f.write("\n")
    write_md(os.path.join(args.results, "latest.md"), res)
    subprocess.run([sys.executable, os.path.join(HERE, "plot.py"), os.path.join(args.results, "latest.json"),
                    os.path.join(args.results, "scaling.svg")], check=False)
    rmtree(os.path.join(OUT, ".trash"))  # the outputs discard() moved aside, deleted once measuring is over
    for t in res["targets"]:
        log(f"target {t['status']:4s} {t['target']}: {t['detail']}")
    log(f"results: {os.path.relpath(args.results, ROOT)}/latest.{{md,json}}, scaling.svg "
        f"({res['meta']['duration_s']} s)")
    if failures:
        log(f"FAILED: {len(failures)} problem(s):")
        for x in failures:
            log(f"  {x}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
