#!/usr/bin/env python3
"""sweep.py - fault injection over a whole synth: nothing lost, nothing wrong, nothing left behind.

The app (tests/fault/app.c: 200 functions, 10 assets) is synthesized as variant 0 (the "old"
assembly A), then as variant 1 (the "new" assembly B: five assets shared, five new, every template
changed) with the shim (tests/fault/shim.c) failing or killing the process at its Nth file-system
call, for N over every call of the synth (--full) or a sample of them (the default, for make test).
After each faulted run:
  - exit status 0 means the output directory is exactly B; any other status means it is exactly A
    (a kill may leave either, but nothing else: never half of one);
  - a failed run exits 1 with an "Error:" line (no crash);
  - the next synth without faults succeeds, gives exactly B, and leaves nothing beside it.
Scenarios: an existing output directory (A), none at all (first synth), and B itself (a synth that
changes nothing: its files are linked from the old assembly, not written).

usage: sweep.py BUILD_DIR [--full] [--jobs N]   (prints "fault-sweep: N passed, N failed")
"""
import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

MODES = ("enospc", "eio", "kill")


def snapshot(d):
    """{relative path: ('d',) | ('f', sha256) | ('l', target)} of a directory, or None if absent"""
    if not os.path.isdir(d):
        return None
    out = {}
    for root, dirs, files in os.walk(d):
        for name in dirs + files:
            p = os.path.join(root, name)
            rel = os.path.relpath(p, d)
            if os.path.islink(p):
                out[rel] = ("l", os.readlink(p))
            elif os.path.isdir(p):
                out[rel] = ("d",)
            else:
                with open(p, "rb") as f:
                    out[rel] = ("f", hashlib.sha256(f.read()).hexdigest())
    return out


class Sweep:
    def __init__(self, build, work):
        # copies: a rebuild of the tree during a long sweep must not pull the binaries away
        self.app = os.path.join(work, "app")
        self.shim = os.path.join(work, "shim.so")
        shutil.copy2(os.path.join(build, "fault", "app"), self.app)
        shutil.copy2(os.path.join(build, "fault", "shim.so"), self.shim)
        self.work = work
        self.assets = os.path.join(work, "assets")
        self.make_assets()
        self.base_env = {k: v for k, v in os.environ.items() if not k.startswith(("CDK_", "FAULT_", "CCDK_"))}
        # CCDK_REMOVE_NOW: the old assembly removed before the synth returns (not by a later rm
        # process, assembly.c remove_later), as the leftover checks after the next synth expect;
        # the "later" points (remove_now=False) run without it and wait for the rm processes
        self.base_env.update(FAULT_ASSETS=self.assets, CCDK_NO_FSYNC="1", CCDK_REMOVE_NOW="1")

    def make_assets(self):
        for i in range(15):
            d = os.path.join(self.assets, "asset%d" % i)
            os.makedirs(os.path.join(d, "lib", "deep"), exist_ok=True)
            with open(os.path.join(d, "index.js"), "w") as f:
                f.write("exports.handler = async () => %d;\n" % i)
            with open(os.path.join(d, "lib", "blob.bin"), "wb") as f:
                f.write(hashlib.sha256(b"%d" % i).digest() * 2000)
            with open(os.path.join(d, "lib", "deep", "x.txt"), "w") as f:
                f.write("x%d\n" % i)
            if not os.path.lexists(os.path.join(d, "link.js")):
                os.symlink("index.js", os.path.join(d, "link.js"))

    def run(self, outdir, variant, fault=None, count_file=None, threads=True, no_exchange=False, remove_now=True):
        env = dict(self.base_env, CDK_OUTDIR=outdir, FAULT_VARIANT=str(variant))
        if not remove_now:
            del env["CCDK_REMOVE_NOW"]
        if no_exchange:
            env["FAULT_NO_EXCHANGE"] = "1"
            env["LD_PRELOAD"] = self.shim
        if not threads:
            env["CCDK_NO_THREADS"] = "1"
        if fault or count_file:
            env["LD_PRELOAD"] = self.shim
        if fault:
            env["FAULT_AT"], env["FAULT_MODE"] = str(fault[0]), fault[1]
        if count_file:
            env["FAULT_COUNT_FILE"] = count_file
        p = subprocess.run([self.app], env=env, capture_output=True, text=True)
        return p.returncode, p.stderr

    def prepare(self):
        ref = os.path.join(self.work, "ref")
        os.makedirs(ref)
        rc, err = self.run(os.path.join(ref, "a"), 0)
        assert rc == 0, err
        self.A = snapshot(os.path.join(ref, "a"))
        shutil.copytree(os.path.join(ref, "a"), os.path.join(ref, "b"), symlinks=True)
        cnt = os.path.join(self.work, "count")
        rc, err = self.run(os.path.join(ref, "b"), 1, count_file=cnt)
        assert rc == 0, err
        self.B = snapshot(os.path.join(ref, "b"))
        with open(cnt) as f:
            self.calls = int(f.read())
        fresh = os.path.join(ref, "fresh")
        rc, err = self.run(fresh, 1, count_file=cnt)
        assert rc == 0 and snapshot(fresh) == self.B, "a fresh synth of B differs from B over A"
        with open(cnt) as f:
            self.calls_fresh = int(f.read())
        assert self.A != self.B
        self.pristine = os.path.join(ref, "a")
        # B again over B: every file comes out the same and is linked from the old assembly
        self.pristine_same = os.path.join(ref, "same")
        shutil.copytree(os.path.join(ref, "b"), self.pristine_same, symlinks=True)
        again = os.path.join(ref, "again")
        shutil.copytree(os.path.join(ref, "b"), again, symlinks=True)
        rc, err = self.run(again, 1, count_file=cnt)
        assert rc == 0 and snapshot(again) == self.B, "B synthesized over B differs from B"
        with open(cnt) as f:
            self.calls_same = int(f.read())

    @staticmethod
    def wait_removals(d):
        """waits for the rm processes of assembly.c remove_later under d: each holds its directory's
        exclusive lock (an fd it was given) until it exits"""
        for name in os.listdir(d):
            try:
                fd = os.open(os.path.join(d, name), os.O_RDONLY | os.O_DIRECTORY)
            except OSError:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
            finally:
                os.close(fd)

    def point(self, scenario, n, mode, threads, remove_now=True):
        """one faulted run; returns None when every check holds, else what failed"""
        d = tempfile.mkdtemp(dir=self.work, prefix="p")
        out = os.path.join(d, "cdk.out")
        try:
            if scenario in ("existing", "fallback"):
                shutil.copytree(self.pristine, out, symlinks=True)
            if scenario == "same":
                shutil.copytree(self.pristine_same, out, symlinks=True)
            rc, err = self.run(out, 1, fault=(n, mode), threads=threads, no_exchange=scenario == "fallback",
                               remove_now=remove_now)
            got = snapshot(out)
            old = self.A if scenario in ("existing", "fallback") else self.B if scenario == "same" else None
            what = "%s/%s/%s%s N=%d" % (scenario, mode, "threads" if threads else "no-threads",
                                        "" if remove_now else "/rm-later", n)
            if rc == 0 and got != self.B:
                return what + ": exit 0 but the output is not the new assembly"
            if rc != 0:
                if mode == "kill" and rc != -9 and rc != 1:
                    return what + ": exit %d" % rc
                if mode != "kill" and (rc != 1 or "Error:" not in err):
                    return what + ": exit %d without an error line: %s" % (rc, err[-300:])
                # the fallback's documented window: killed between its two renames (or its second
                # rename and the putting back both failed), no output directory; the old assembly
                # waits beside it and the next synth puts it back first (checked below)
                window = scenario == "fallback" and got is None and any(".ccdk-old-" in e for e in os.listdir(d))
                if got != old and not (mode == "kill" and got == self.B) and not window:
                    return what + ": the output is neither the old nor the new assembly (exit %d)" % rc
            rc2, err2 = self.run(out, 1, threads=threads, remove_now=remove_now)
            if rc2 != 0 or snapshot(out) != self.B:
                return what + ": the next synth failed or differs: " + err2[-300:]
            if not remove_now:
                self.wait_removals(d)
            left = sorted(set(os.listdir(d)) - {"cdk.out"})
            if left:
                return what + ": left behind after the next synth: " + ", ".join(left)
            return None
        finally:
            shutil.rmtree(d, ignore_errors=True)


def sample(total, full):
    if full:
        return list(range(1, total + 1))
    # the first and last calls (set-up, commit, cleanup) and an even spread between them
    pts = set(range(1, min(total, 10) + 1)) | set(range(max(1, total - 30), total + 1))
    pts |= set(range(1, total + 1, max(1, total // 30)))
    return sorted(pts)


def main():
    args = sys.argv[1:]
    full = "--full" in args
    jobs = 2
    if "--jobs" in args:
        jobs = int(args[args.index("--jobs") + 1])
    build = args[0] if args and not args[0].startswith("--") else "build"
    work = tempfile.mkdtemp(prefix="ccdk-fault-")
    passed = failed = 0
    try:
        s = Sweep(build, work)
        s.prepare()
        print("fault-sweep: %d file-system calls over an existing assembly, %d into none, %d over itself; %s" %
              (s.calls, s.calls_fresh, s.calls_same, "every call" if full else "a sample"))
        tasks = []
        for threads in ((True, False) if full else (True,)):
            for mode in MODES:
                for n in sample(s.calls, full):
                    tasks.append(("existing", n, mode, threads))
                for n in sample(s.calls_fresh, full) if full else sample(s.calls_fresh, False)[::3]:
                    tasks.append(("fresh", n, mode, threads))
                for n in sample(s.calls_same, full) if full else sample(s.calls_same, False)[::3]:
                    tasks.append(("same", n, mode, threads))
                # the two-rename fallback (no RENAME_EXCHANGE): its end, where the swap happens
                for n in range(max(1, s.calls - (400 if full else 25)), s.calls + 3):
                    tasks.append(("fallback", n, mode, threads))
                # the old assembly (300 entries: 15 asset directories) left to an rm process of its
                # own, as without CCDK_REMOVE_NOW: the commit's end, where it is spawned
                for n in range(max(1, s.calls - (400 if full else 12)), s.calls + 3):
                    tasks.append(("existing", n, mode, threads, False))
        with ThreadPoolExecutor(max_workers=jobs) as ex:
            for r in ex.map(lambda t: s.point(*t), tasks):
                if r is None:
                    passed += 1
                else:
                    failed += 1
                    if failed <= 20:
                        print("FAIL: " + r)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("fault-sweep: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
