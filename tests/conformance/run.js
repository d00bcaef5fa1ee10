#!/usr/bin/env node
// Conformance runner: every case under tests/conformance/cases/<name>/ is one app written twice,
// app.js against aws-cdk-lib (the oracle) and app.c against ccdk. Both are synthesized under the
// same three contexts and their cloud assemblies are compared. See README.md beside this file.
//
// Usage: node tests/conformance/run.js [--case NAME]... [--context ID]... [--keep] [-v]
//   --case NAME     only cases whose name is NAME, or else contains NAME (repeatable)
//   --context ID    only the context ID: empty, cli or cli+init (repeatable)
//   --keep          keep the output directories and print where they are
//   -v, --verbose   full diffs, the reason for "equal", and the apps' own output
//   --jobs N        parallel compilations / app runs (default: number of CPUs, at least 2)
// Environment: CCDK_CONFORMANCE_CASES=<dir> takes the cases from <dir> instead of
//   tests/conformance/cases (make difffuzz: build/difffuzz/cases; keep it inside the repo so that
//   app.js's require('aws-cdk-lib') finds node_modules).
//
// Exit status: 0 when no case is "different" (without an exception file) or "failed";
// 1 otherwise; 2 on a usage or setup error.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const HERE = __dirname;
const ROOT = path.resolve(HERE, '..', '..');
// CCDK_CONFORMANCE_CASES=<dir>: run the cases of another directory (e.g. the generated ones of
// `make difffuzz`, build/difffuzz/cases: inside the repo, so app.js resolves aws-cdk-lib)
const CASES_DIR = process.env.CCDK_CONFORMANCE_CASES ? path.resolve(process.env.CCDK_CONFORMANCE_CASES) : path.join(HERE, 'cases');
const LIB = path.join(ROOT, 'build', 'libccdk.a');
const BIN_DIR = path.join(ROOT, 'build', 'conformance');

const CLASSES = ['identical', 'equal', 'different', 'failed'];
const DIFF_LINES = 20;
const C_TIMEOUT_MS = 120 * 1000;

if (process.argv[2] === '--js-worker') {
  jsWorker(process.argv[3], process.argv[4]);
} else {
  main().catch((e) => {
    console.error(`conformance: internal error: ${e && e.stack || e}`);
    process.exit(2);
  });
}

// ------------------------------------------------------------------------------------------
// Contexts

// Stack traces off in every context: aws-cdk-lib writes the JavaScript creation stack of each
// construct (and of each annotation) into the metadata unless these keys are set, and a C
// program has no JavaScript stack to write (see README.md, "Stack traces").
function loadContexts() {
  const NO_STACK_TRACES = { 'aws:cdk:disable-stack-trace': true, 'aws:cdk:disable-creation-stack-traces': true };
  const read = (f) => JSON.parse(fs.readFileSync(path.join(HERE, f), 'utf8'));
  // cli-context.json: the keys the cdk CLI adds when it runs an app (`cdk synth
  // --no-version-reporting`); init-flags.json: the feature flags `cdk init` writes into cdk.json.
  // Both are generated from the installed CLI by gen-init-flags.js.
  const cli = read('cli-context.json');
  const init = read('init-flags.json');
  // cli-default: what the CLI passes by default, version reporting on (`cdk synth`): the cli keys
  // with aws:cdk:version-reporting in place of aws:cdk:disable-version-reporting.
  const cliDefault = {};
  for (const [k, v] of Object.entries(cli)) {
    if (k === 'aws:cdk:disable-version-reporting') cliDefault['aws:cdk:version-reporting'] = true;
    else cliDefault[k] = v;
  }
  return [
    { id: 'empty', json: NO_STACK_TRACES },
    { id: 'cli', json: { ...NO_STACK_TRACES, ...cli } },
    // The CLI puts cdk.json's context first and its own keys over it.
    { id: 'cli+init', json: { ...init, ...NO_STACK_TRACES, ...cli } },
    { id: 'cli-default', json: { ...NO_STACK_TRACES, ...cliDefault } },
  ].map((c) => ({ ...c, json: JSON.stringify(c.json) }));
}

// A case's context.json (what `cdk.context.json` would hold: looked-up values) goes into each
// context, under its keys (as the CLI's: cdk.json's and the CLI's own keys win over cdk.context.json).
function caseContextJson(caseDir, ctx) {
  const file = path.join(caseDir, 'context.json');
  if (!fs.existsSync(file)) return ctx.json;
  const own = JSON.parse(fs.readFileSync(file, 'utf8'));
  return JSON.stringify({ ...own, ...(ctx.json !== null ? JSON.parse(ctx.json) : {}) });
}

// The environment both halves run in: the runner's own, less any CDK_* variable (CDK_DEFAULT_*,
// CDK_DEBUG, ... would change what an app does), plus CDK_OUTDIR and CDK_CONTEXT_JSON.
function baseEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('CDK_')) env[k] = v;
  }
  // the runtime named in the version-reporting analytics string (node.js/<version> by default in
  // aws-cdk-lib, ccdk's own name in ccdk): the same for both halves
  env.JSII_AGENT = 'conformance/1';
  return env;
}

// ------------------------------------------------------------------------------------------
// The JavaScript half: one node process per context runs every app.js of that context.

function jsWorker(jobFile, resultFile) {
  const spec = JSON.parse(fs.readFileSync(jobFile, 'utf8'));
  const cdk = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib'));
  const cleanEnv = baseEnv();
  const realStdout = process.stdout.write;
  const realStderr = process.stderr.write;
  const startDir = process.cwd();
  const startListeners = new Set(process.listeners('beforeExit'));
  // Every `new lambda.Runtime(...)` pushes itself onto Runtime.ALL (a static array that imported
  // layers hold): an app's runtimes must not reach the next app's imports, as in a process of its own.
  const lambdaRuntime = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-lambda')).Runtime;
  const staticRuntimes = lambdaRuntime.ALL.slice();

  for (const job of spec.jobs) {
    // Reset what one app could leak into the next.
    for (const k of Object.keys(process.env)) {
      if (!(k in cleanEnv)) delete process.env[k];
    }
    for (const [k, v] of Object.entries(cleanEnv)) process.env[k] = v;
    const context = job.context !== undefined ? job.context : spec.context;
    if (context !== null) process.env.CDK_CONTEXT_JSON = context;
    process.env.CDK_OUTDIR = job.outdir;
    cdk.AssetStaging.clearAssetHashCache();
    lambdaRuntime.ALL.splice(0, lambdaRuntime.ALL.length, ...staticRuntimes);
    for (const k of Object.keys(require.cache)) {
      if (k.startsWith(job.caseDir + path.sep)) delete require.cache[k];
    }
    process.chdir(job.caseDir);
    process.exitCode = undefined;

    let log = '';
    const capture = (chunk, encoding, cb) => {
      if (log.length < 64 * 1024) log += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      if (typeof encoding === 'function') encoding();
      else if (typeof cb === 'function') cb();
      return true;
    };
    process.stdout.write = capture;
    process.stderr.write = capture;
    const t0 = process.hrtime.bigint();
    let error = null;
    try {
      require(path.join(job.caseDir, 'app.js'));
    } catch (e) {
      error = {
        message: e && e.message !== undefined ? String(e.message) : String(e),
        name: e && e.name,
        stack: e && e.stack ? String(e.stack) : undefined,
      };
    } finally {
      process.stdout.write = realStdout;
      process.stderr.write = realStderr;
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    // Every App registers a synth for 'beforeExit' (auto-synth when CDK_OUTDIR is set); an app
    // that threw would otherwise be synthesized, half built, when this process ends.
    for (const l of process.listeners('beforeExit')) {
      if (!startListeners.has(l)) process.removeListener('beforeExit', l);
    }
    process.chdir(startDir);
    fs.appendFileSync(resultFile, JSON.stringify({ name: job.name, error, log, ms }) + '\n');
  }
  process.exit(0);
}

async function runJsContext(ctx, jobs, tmpRoot) {
  // Runs the jobs in one worker; if an app kills the worker, the case it was running is
  // recorded as crashed and a new worker carries on with the rest.
  const results = new Map();
  let remaining = jobs.slice();
  let round = 0;
  while (remaining.length > 0) {
    round++;
    const jobFile = path.join(tmpRoot, `.js-${ctx.id}-${round}.jobs.json`);
    const resultFile = path.join(tmpRoot, `.js-${ctx.id}-${round}.results.jsonl`);
    fs.writeFileSync(jobFile, JSON.stringify({ context: ctx.json, jobs: remaining }));
    fs.writeFileSync(resultFile, '');
    const r = await runProcess(process.execPath, [__filename, '--js-worker', jobFile, resultFile], {
      cwd: ROOT, env: baseEnv(), timeoutMs: 30 * 60 * 1000,
    });
    for (const line of fs.readFileSync(resultFile, 'utf8').split('\n')) {
      if (line.trim()) {
        const res = JSON.parse(line);
        results.set(res.name, res);
      }
    }
    remaining = remaining.filter((j) => !results.has(j.name));
    if (remaining.length > 0) {
      const victim = remaining.shift();
      const why = r.timedOut ? 'timed out' : r.signal ? `was killed by ${r.signal}` : `exited with status ${r.code}`;
      results.set(victim.name, {
        name: victim.name,
        crashed: true,
        error: { message: `the node process running app.js ${why}` },
        log: (r.stdout + r.stderr).slice(-4000),
        ms: 0,
      });
    }
  }
  return results;
}

// ------------------------------------------------------------------------------------------
// Processes

function runProcess(cmd, args, { cwd, env, timeoutMs }) {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let child;
    try {
      child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      resolve({ code: null, signal: null, stdout, stderr: String(e.message), timedOut, spawnError: true });
      return;
    }
    const cap = (s, chunk) => (s.length < 256 * 1024 ? s + chunk.toString('utf8') : s);
    child.stdout.on('data', (d) => { stdout = cap(stdout, d); });
    child.stderr.on('data', (d) => { stderr = cap(stderr, d); });
    const timer = timeoutMs ? setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs) : null;
    child.on('error', (e) => { stderr += String(e.message); });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}

async function pool(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  });
  await Promise.all(workers);
  return out;
}

// ------------------------------------------------------------------------------------------
// The C half

async function compileC(c) {
  const cc = (process.env.CC || 'cc').split(/\s+/).filter(Boolean);
  const bin = path.join(BIN_DIR, c.name);
  const args = [...cc.slice(1), '-std=c11', '-I', 'include', '-o', path.relative(ROOT, bin),
    path.relative(ROOT, path.join(c.dir, 'app.c')), 'build/libccdk.a', '-lpthread', '-lm'];
  const t0 = Date.now();
  const r = await runProcess(cc[0], args, { cwd: ROOT, env: process.env, timeoutMs: 5 * 60 * 1000 });
  return {
    ok: r.code === 0,
    bin,
    command: [...cc, ...args.slice(cc.length - 1)].join(' '),
    output: (r.stdout + r.stderr).trim(),
    ms: Date.now() - t0,
  };
}

async function runC(bin, caseDir, ctx, outdir, extraEnv) {
  const env = { ...baseEnv(), ...(extraEnv || {}) };
  env.CDK_OUTDIR = outdir;
  const context = caseContextJson(caseDir, ctx);
  if (context !== null) env.CDK_CONTEXT_JSON = context;
  const t0 = Date.now();
  const r = await runProcess(bin, [], { cwd: caseDir, env, timeoutMs: C_TIMEOUT_MS });
  return { ...r, ms: Date.now() - t0 };
}

// The threads pass: in one context, every C program that succeeded runs again with
// CCDK_THREADS=1, which puts even a small app's synth on the writer, flusher and prefetch threads
// (an app gets them from ~300 constructs on): the two assemblies must be the same bytes, staged
// assets included. Returns null, or what differs.
const THREADS_CONTEXT = 'cli+init';

function sameAssemblies(a, b) {
  const list = (root) => {
    const out = new Map();
    const walk = (dir, rel) => {
      let entries;
      try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
      for (const e of entries) {
        const r = rel ? `${rel}/${e.name}` : e.name;
        const full = path.join(dir, e.name);
        if (e.isDirectory()) { out.set(`${r}/`, null); walk(full, r); }
        else out.set(r, e.isSymbolicLink() ? `link:${fs.readlinkSync(full)}` : fs.readFileSync(full));
      }
    };
    walk(root, '');
    return out;
  };
  const x = list(a);
  const y = list(b);
  for (const [k, v] of x) {
    if (!y.has(k)) return `${k} only without CCDK_THREADS`;
    const w = y.get(k);
    if (v === null || w === null ? v !== w : !(typeof v === 'string' ? v === w : Buffer.isBuffer(w) && v.equals(w))) {
      return `${k} differs`;
    }
  }
  for (const k of y.keys()) if (!x.has(k)) return `${k} only with CCDK_THREADS=1`;
  return null;
}

// ------------------------------------------------------------------------------------------
// Comparison

// The files of a cloud assembly that are compared byte for byte, by name: everything the cdk
// CLI reads (templates, asset manifests, manifest.json, the stacks' metadata files, tree.json and
// its forest files, cdk.out, and the IAM policy report Role.customizeRoles writes), in the assembly and in
// every nested assembly.
// validation-report.json is compared only for cases with a `compare-validation-report` file
// (compareReport: ccdk writes it for the validator rules it implements, see src/core/lint.h).
const COMPARED_FILES = [
  /\.template\.json$/, /\.assets\.json$/, /^manifest\.json$/, /\.metadata\.json$/,
  /^tree\.json$/, /^trees-\d+\.json$/, /^cdk\.out$/, /^iam-policy-report\.(txt|json)$/,
];
const COMPARED_ELSEWHERE = [/^validation-report\.json$/];

// The files compared and the names of staged asset entries (asset.*), as paths relative to the
// outdir; `others` lists the files that are neither (each must be in both outputs).
function collectOutput(outdir, compareReport) {
  const files = new Map();
  const assets = new Set();
  const others = new Set();
  const walk = (dir, rel) => {
    let entries;
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.name.startsWith('asset.')) { assets.add(r); continue; }
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full, r);
      else if (COMPARED_FILES.some((re) => re.test(e.name)) || (compareReport && r === 'validation-report.json')) files.set(r, fs.readFileSync(full));
      else if (!COMPARED_ELSEWHERE.some((re) => re.test(e.name))) others.add(r);
    }
  };
  walk(outdir, '');
  return { files, assets, others };
}

// What ccdk does not write yet, taken out of aws-cdk-lib's output before the comparison (the
// rest of each file must then be the same bytes). Each entry names what is left out and why;
// README.md lists them under "Not compared yet". Remove an entry when ccdk writes the thing.
const NOT_YET = [
  {
    // <stack>.metadata.json: the aws:cdk:analytics:{construct,method,featureflag} entries that
    // @aws-cdk/core:enableAdditionalMetadataCollection (cli+init) adds to every L2 (its props and
    // method calls, redacted): ccdk does not record them
    file: /\.metadata\.json$/,
    drop(j) {
      for (const [k, v] of Object.entries(j)) {
        if (!Array.isArray(v)) continue;
        const kept = v.filter((e) => !(isObj(e) && typeof e.type === 'string' && e.type.startsWith('aws:cdk:analytics:') &&
          e.type !== 'aws:cdk:analytics:mixin'));
        // and, for good, the JavaScript stack traces that no context turns off (the
        // stackTraceOverride of aws:cdk:acknowledged-rules): a C program has none to write
        for (const e of kept) if (isObj(e)) delete e.trace;
        if (kept.length) j[k] = kept;
        else delete j[k];
      }
      return JSON.stringify(j, undefined, 2);
    },
  },
  {
    // validation-report.json: the JavaScript stack trace of each acknowledgement
    // (suppressedViolations[].acknowledgedStackTrace, the place of the Validations.acknowledge
    // call or of the construct that acknowledged the rule): a C program has none to write, as the
    // metadata's traces above
    file: /(^|\/)validation-report\.json$/,
    drop(j) {
      for (const p of Array.isArray(j.pluginReports) ? j.pluginReports : []) {
        for (const v of (isObj(p) && Array.isArray(p.suppressedViolations)) ? p.suppressedViolations : []) {
          if (isObj(v)) delete v.acknowledgedStackTrace;
        }
      }
      return JSON.stringify(j, undefined, 2);
    },
  },
];

// A message that prints an unresolved token shows aws-cdk-lib's "${Token[AWS.Region.7]}": the
// number counts every token the JavaScript app made so far, which a C program cannot reproduce;
// in the metadata files of both outputs the numbers are read as "N". So they are in manifest.json,
// where aws-cdk-lib writes a stack tag whose value is a token as the raw token string (its
// metadata only warns about it: addStackArtifactToAssembly), and in validation-report.json, whose
// annotations' messages are the metadata's.
function tokenNumbersInMetadata(files) {
  for (const [name, buf] of files) {
    if (!/\.metadata\.json$/.test(name) && !/(^|\/)manifest\.json$/.test(name) &&
      !/(^|\/)validation-report\.json$/.test(name)) continue;
    const t = buf.toString('utf8');
    const u = t.replace(/\$\{Token\[([A-Za-z0-9_.:-]+?)\.\d+\]\}/g, '${Token[$1.N]}');
    if (u !== t) files.set(name, Buffer.from(u, 'utf8'));
  }
}

function dropNotYet(files) {
  for (const [name, buf] of files) {
    for (const g of NOT_YET) {
      if (!g.file.test(name)) continue;
      try { files.set(name, Buffer.from(g.drop(JSON.parse(buf.toString('utf8'))), 'utf8')); } catch { /* compared as is */ }
    }
  }
}

// With version reporting on, each stack has an AWS::CDK::Metadata resource whose Analytics
// string is "v2:deflate64:" + base64(gzip(list of construct types)). Node's zlib (Chromium's
// fork) compresses differently from any other deflate, so ccdk's string cannot be the same bytes
// (README.md, "Version reporting"). The list itself must be the same: where both strings inflate
// to the same text, the C template gets the JS string, and the template's new hash replaces its
// old one in the C output's other files; then everything is compared byte for byte as usual.
// A nested stack's template is an asset of its parent, whose TemplateURL names its hash (of the
// compact JSON): the templates are passed over until none changes, each taking the new hashes of
// the others first, so a parent's own hash is the one of its final text (chains old -> new are
// applied in order).
function normalizeAnalytics(js, c) {
  const zlib = require('zlib');
  const crypto = require('crypto');
  // ": " in an indented template, ":" in one written under suppressTemplateIndentation
  const re = /"Analytics":( ?)"v2:deflate64:([A-Za-z0-9+/=]+)"/g;
  const inflate = (b64) => { try { return zlib.gunzipSync(Buffer.from(b64, 'base64')).toString('utf8'); } catch { return null; } };
  const sha = (t) => crypto.createHash('sha256').update(t).digest('hex');
  const hashes = new Map(); // old C template hash -> new, in the order found
  const swapHashes = (t) => { for (const [o, n] of hashes) t = t.split(o).join(n); return t; };
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, buf] of c.files) {
      const jbuf = js.files.get(name);
      if (!name.endsWith('.template.json') || !jbuf) continue;
      const jsStrings = [...jbuf.toString('utf8').matchAll(re)].map((m) => m[2]);
      let i = 0;
      const text = buf.toString('utf8');
      const out = swapHashes(text).replace(re, (all, sp, b64) => {
        const j = jsStrings[i++];
        if (j === undefined || j === b64) return all;
        const pj = inflate(j);
        return pj !== null && pj === inflate(b64) ? `"Analytics":${sp}"v2:deflate64:${j}"` : all;
      });
      if (out !== text) {
        hashes.set(sha(text), sha(out));
        // a nested template's asset hash is of its compact JSON (NestedStack._prepareTemplateAsset)
        try { hashes.set(sha(JSON.stringify(JSON.parse(text))), sha(JSON.stringify(JSON.parse(out)))); } catch { /* not JSON */ }
        c.files.set(name, Buffer.from(out, 'utf8'));
        changed = true;
      }
    }
  }
  if (hashes.size === 0) return;
  for (const [name, buf] of c.files) {
    if (name.endsWith('.template.json')) continue;
    let t = swapHashes(buf.toString('utf8'));
    // an asset destination's id hashes the destination, whose object key names the template's
    // hash: the template entry's destinations take the JS ids, in order, where they are equal
    const jbuf = js.files.get(name);
    if (name.endsWith('.assets.json') && jbuf) {
      try {
        const cm = JSON.parse(t);
        const jm = JSON.parse(jbuf.toString('utf8'));
        for (const n of hashes.values()) {
          const ce = cm.files && cm.files[n];
          const je = jm.files && jm.files[n];
          if (!ce || !je || !isObj(ce.destinations) || !isObj(je.destinations)) continue;
          const cv = Object.values(ce.destinations);
          const jk = Object.keys(je.destinations);
          if (cv.length === jk.length && cv.every((v, i) => JSON.stringify(v) === JSON.stringify(je.destinations[jk[i]]))) {
            ce.destinations = Object.fromEntries(jk.map((k, i) => [k, cv[i]]));
          }
        }
        t = JSON.stringify(cm, undefined, 2);
      } catch { /* compared as is */ }
    }
    c.files.set(name, Buffer.from(t, 'utf8'));
  }
}

function jsonPath(parts) {
  let s = '$';
  for (const p of parts) {
    if (typeof p === 'number') s += `[${p}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(p)) s += `.${p}`;
    else s += `[${JSON.stringify(p)}]`;
  }
  return s;
}

function show(v, verbose) {
  const s = v === undefined ? '(absent)' : JSON.stringify(v);
  return !verbose && s.length > 160 ? `${s.slice(0, 157)}...` : s;
}

function isObj(v) { return v !== null && typeof v === 'object' && !Array.isArray(v); }

// Pushes {path, js, c} for each place where a and b differ (key order ignored).
function jsonDiff(a, b, parts, out, max) {
  if (out.length >= max) return;
  if (isObj(a) && isObj(b)) {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
    for (const k of keys) {
      if (out.length >= max) return;
      if (!(k in b)) out.push({ path: jsonPath([...parts, k]), js: a[k], c: undefined });
      else if (!(k in a)) out.push({ path: jsonPath([...parts, k]), js: undefined, c: b[k] });
      else jsonDiff(a[k], b[k], [...parts, k], out, max);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (out.length >= max) return;
      jsonDiff(a[i], b[i], [...parts, i], out, max);
    }
    return;
  }
  if (a !== b && !(Number.isNaN(a) && Number.isNaN(b))) out.push({ path: jsonPath(parts), js: a, c: b });
}

// Where two JSON-equal values first differ in key order, or null.
function keyOrderDiff(a, b, parts) {
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.join('\u0000') !== kb.join('\u0000')) {
      return `${jsonPath(parts)}: key order js=${show(ka)} c=${show(kb)}`;
    }
    for (const k of ka) {
      const r = keyOrderDiff(a[k], b[k], [...parts, k]);
      if (r) return r;
    }
  } else if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < a.length; i++) {
      const r = keyOrderDiff(a[i], b[i], [...parts, i]);
      if (r) return r;
    }
  }
  return null;
}

function firstByteDiff(x, y) {
  const n = Math.min(x.length, y.length);
  let i = 0;
  while (i < n && x[i] === y[i]) i++;
  const line = x.subarray(0, i).toString('utf8').split('\n').length;
  const ctx = (buf) => JSON.stringify(buf.subarray(Math.max(0, i - 20), i + 40).toString('utf8'));
  return `first byte difference at offset ${i} (line ${line}): js=${ctx(x)} c=${ctx(y)}`;
}

function compareOutdirs(jsDir, cDir, verbose, compareReport) {
  const js = collectOutput(jsDir, compareReport);
  const c = collectOutput(cDir, compareReport);
  dropNotYet(js.files);
  tokenNumbersInMetadata(js.files);
  tokenNumbersInMetadata(c.files);
  normalizeAnalytics(js, c);
  const lines = [];
  const reasons = [];
  let cls = 'identical';
  const worsen = (k) => { if (CLASSES.indexOf(k) > CLASSES.indexOf(cls)) cls = k; };
  const max = verbose ? Infinity : DIFF_LINES;

  const names = [...new Set([...js.files.keys(), ...c.files.keys()])].sort();
  for (const name of names) {
    const a = js.files.get(name);
    const b = c.files.get(name);
    if (!b) { worsen('different'); lines.push(`${name}: missing from the C output`); continue; }
    if (!a) { worsen('different'); lines.push(`${name}: only in the C output`); continue; }
    if (a.equals(b)) continue;
    if (!name.endsWith('.json') && name !== 'cdk.out') { // a text file: the IAM policy report's .txt
      worsen('different'); lines.push(`${name}: ${firstByteDiff(a, b)}`); continue;
    }
    let ja;
    let jb;
    try { ja = JSON.parse(a.toString('utf8')); } catch (e) {
      worsen('different'); lines.push(`${name}: JS output is not JSON (${e.message})`); continue;
    }
    try { jb = JSON.parse(b.toString('utf8')); } catch (e) {
      worsen('different'); lines.push(`${name}: C output is not valid JSON (${e.message})`); continue;
    }
    const diffs = [];
    jsonDiff(ja, jb, [], diffs, verbose ? Infinity : DIFF_LINES + 1);
    if (diffs.length === 0) {
      worsen('equal');
      reasons.push(`${name}: ${keyOrderDiff(ja, jb, []) || firstByteDiff(a, b)}`);
      continue;
    }
    worsen('different');
    for (const d of diffs) {
      lines.push(`${name} ${d.path}: js=${show(d.js, verbose)} c=${show(d.c, verbose)}`);
    }
  }
  for (const n of [...new Set([...js.others, ...c.others])].sort()) {
    if (!c.others.has(n)) { worsen('different'); lines.push(`${n}: missing from the C output`); }
    else if (!js.others.has(n)) { worsen('different'); lines.push(`${n}: only in the C output`); }
  }
  const assetNames = [...new Set([...js.assets, ...c.assets])].sort();
  for (const n of assetNames) {
    if (!c.assets.has(n)) { worsen('different'); lines.push(`staged asset missing from the C output: ${n}`); }
    else if (!js.assets.has(n)) { worsen('different'); lines.push(`staged asset only in the C output: ${n}`); }
  }
  if (names.length === 0) {
    worsen('different');
    lines.push('no *.template.json or *.assets.json in either output');
  }
  if (lines.length > max) {
    const n = lines.length;
    lines.length = max;
    lines.push(`... (${n - max}+ more; -v shows all)`);
  }
  return { cls, lines, reasons };
}

// An exception file may say exactly where the case differs, one line per place:
//   differs only at: Resources.<logical id>.Properties.Code.ZipFile
// (keys of the templates' JSON, dot-separated), and which file assets have other contents:
//   asset differs: TestStack/Custom::S3AutoDeleteObjectsCustomResourceProvider Code
// (an asset manifest entry's displayName; its hash in the C output is read as the JS output's,
// wherever it appears). The case is then excused only when, in every context, the templates are
// equal once those places are left out (each present in both, or in neither), the asset manifests
// are equal once the templates' own entries (whose hashes follow from the templates) are left out,
// and the staged assets are the same.
function exceptionPaths(text) {
  if (!text) return [];
  return text.split('\n').map((l) => l.trim().match(/^differs only at: (\S+)$/)).filter(Boolean)
    .map((m) => m[1].split('.'));
}

// ... and which constructs' metadata entries or tree.json nodes differ (a construct path, as in
// the metadata file without its leading "/"):
//   metadata differs at: TestStack/Function
//   tree differs at: TestStack/Bus
function exceptionConstructs(text, what) {
  if (!text) return [];
  const re = new RegExp(`^${what} differs at: (\\S+)$`);
  return text.split('\n').map((l) => l.trim().match(re)).filter(Boolean).map((m) => m[1]);
}

// ... and, for an error case, the message the C program fails with instead of aws-cdk-lib's:
//   message differs: <text that app.c's stderr contains>
function exceptionMessages(text) {
  if (!text) return [];
  return text.split('\n').map((l) => l.trim().match(/^message differs: (.+)$/)).filter(Boolean).map((m) => m[1]);
}

function exceptionAssets(text) {
  if (!text) return [];
  return text.split('\n').map((l) => l.trim().match(/^asset differs: (.+)$/)).filter(Boolean).map((m) => m[1]);
}

// {cHash: jsHash} for the assets an exception names, or a string saying why not
function assetHashMap(js, c, names) {
  const map = {};
  const byName = (files, name) => {
    for (const [f, buf] of files) {
      if (!f.endsWith('.assets.json')) continue;
      let m;
      try { m = JSON.parse(buf.toString('utf8')); } catch { continue; }
      for (const [hash, entry] of Object.entries((m && m.files) || {})) {
        if (entry && entry.displayName === name) return hash;
      }
    }
    return null;
  };
  for (const name of names) {
    const hj = byName(js.files, name);
    const hc = byName(c.files, name);
    if (!hj && !hc) continue; // in neither (as a context without the feature flag that makes it)
    if (!hj || !hc) return `asset '${name}' is not in both outputs`;
    map[hc] = hj;
  }
  return map;
}

function dropPath(obj, parts) {
  let o = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    if (!isObj(o) || !(parts[i] in o)) return false;
    o = o[parts[i]];
  }
  if (!isObj(o) || !(parts[parts.length - 1] in o)) return false;
  delete o[parts[parts.length - 1]];
  return true;
}

// null when the outputs differ only where the exception says, else what else differs
function outsideException(jsDir, cDir, paths, assetNames, metaPaths = [], treePaths = []) {
  const js = collectOutput(jsDir);
  const c = collectOutput(cDir);
  dropNotYet(js.files);
  tokenNumbersInMetadata(js.files);
  tokenNumbersInMetadata(c.files);
  normalizeAnalytics(js, c);
  const map = assetHashMap(js, c, assetNames);
  if (typeof map === 'string') return map;
  const swap = (text) => Object.entries(map).reduce((t, [hc, hj]) => t.split(hc).join(hj), text);
  for (const [f, buf] of c.files) c.files.set(f, Buffer.from(swap(buf.toString('utf8')), 'utf8'));
  c.assets = new Set([...c.assets].map(swap));
  const names = [...new Set([...js.files.keys(), ...c.files.keys()])].sort();
  for (const name of names) {
    const a = js.files.get(name);
    const b = c.files.get(name);
    if (!a || !b) return `${name}: only in one output`;
    // a text file (the IAM policy report's .txt) is never excused: the same bytes
    if (!name.endsWith('.json') && name !== 'cdk.out') {
      if (!a.equals(b)) return `${name}: ${firstByteDiff(a, b)}`;
      continue;
    }
    let ja;
    let jb;
    try { ja = JSON.parse(a.toString('utf8')); jb = JSON.parse(b.toString('utf8')); } catch { return `${name}: not JSON`; }
    if (/\.metadata\.json$/.test(name)) {
      for (const j of [ja, jb]) for (const m of metaPaths) if (isObj(j)) delete j[`/${m}`];
    } else if (/(^|\/)tree\.json$/.test(name)) {
      for (const j of [ja, jb]) {
        for (const t of treePaths) {
          let n = isObj(j) ? j.tree : null;
          const ids = t.split('/');
          for (let i = 0; n && i < ids.length - 1; i++) n = isObj(n.children) ? n.children[ids[i]] : null;
          if (n && isObj(n.children)) {
            delete n.children[ids[ids.length - 1]];
            if (Object.keys(n.children).length === 0) delete n.children;
          }
        }
      }
    } else if (name.endsWith('.template.json')) {
      for (const p of paths) {
        if (dropPath(ja, p) !== dropPath(jb, p)) return `${name}: ${p.join('.')} is in one output only`;
      }
    } else if (name.includes('manifest.json')) {
      // a stack's template URL names the template's hash, which follows from the template
      for (const j of [ja, jb]) {
        for (const a of Object.values((isObj(j) && isObj(j.artifacts)) ? j.artifacts : {})) {
          if (isObj(a) && isObj(a.properties) && 'stackTemplateAssetObjectUrl' in a.properties) delete a.properties.stackTemplateAssetObjectUrl;
        }
      }
    } else {
      for (const j of [ja, jb]) {
        for (const k of Object.keys((isObj(j) && isObj(j.files)) ? j.files : {})) {
          const src = j.files[k] && j.files[k].source;
          if (src && String(src.path).endsWith('.template.json')) delete j.files[k];
          else if (j.files[k] && assetNames.includes(j.files[k].displayName) && isObj(j.files[k].destinations)) {
            // a destination's id hashes its object key, which follows from the asset's hash
            j.files[k].destinations = Object.fromEntries(Object.values(j.files[k].destinations).map((v, i) => [`destination ${i}`, v]));
          }
        }
      }
    }
    const d = [];
    jsonDiff(ja, jb, [], d, 1);
    if (d.length) return `${name} ${d[0].path}: js=${show(d[0].js)} c=${show(d[0].c)}`;
    if (JSON.stringify(ja) !== JSON.stringify(jb)) return `${name}: ${keyOrderDiff(ja, jb, [])}`;
  }
  if ([...js.assets].sort().join('\0') !== [...c.assets].sort().join('\0')) return 'staged assets differ';
  return null;
}

// Does the C program's stderr report the error aws-cdk-lib threw? Either the whole message,
// or each of its non-empty lines (aws-cdk-lib joins validation errors into one message with a
// header line that a C program may print differently), must appear in stderr.
const MESSAGE_HEADERS = [/^Validation failed with the following errors:$/];
function stderrHasMessage(stderr, message) {
  // a token's number in a message ("${Token[X.LogicalID.163]}") counts every token the JavaScript
  // process made so far, from a random start: read as "N" on both sides, as in the metadata files
  const n = (t) => t.replace(/\$\{Token\[([A-Za-z0-9_.:-]+?)\.\d+\]\}/g, '${Token[$1.N]}');
  stderr = n(stderr);
  message = n(message);
  if (stderr.includes(message)) return true;
  const lines = message.split('\n').map((l) => l.trim()).filter(Boolean)
    .filter((l) => !MESSAGE_HEADERS.some((re) => re.test(l)));
  return lines.length > 0 && lines.every((l) => stderr.includes(l));
}

// Each path to the output directory (absolute, or relative to the case's directory, where both
// sides run) as <outdir>.
function outdirPlaceholder(text, caseDir, outdir) {
  const rel = path.relative(caseDir, outdir);
  return text.split(outdir).join('<outdir>').split(rel).join('<outdir>');
}

function tail(text, n) {
  if (!text || !text.trim()) return [];
  const lines = text.trimEnd().split('\n');
  return lines.length > n ? ['...', ...lines.slice(-n)] : lines;
}

// ------------------------------------------------------------------------------------------
// Main

function parseArgs(argv) {
  const opts = { cases: [], contexts: [], keep: false, verbose: false, jobs: Math.max(2, (os.availableParallelism ? os.availableParallelism() : os.cpus().length)) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--case') opts.cases.push(val());
    else if (a.startsWith('--case=')) opts.cases.push(a.slice(7));
    else if (a === '--context') opts.contexts.push(val());
    else if (a.startsWith('--context=')) opts.contexts.push(a.slice(10));
    else if (a === '--keep') opts.keep = true;
    else if (a === '-v' || a === '--verbose') opts.verbose = true;
    else if (a === '--jobs' || a === '-j') opts.jobs = Math.max(1, parseInt(val(), 10) || 1);
    else if (a === '-h' || a === '--help') usage(null);
    else usage(`unknown argument ${a}`);
  }
  return opts;
}

function usage(err) {
  const text = 'usage: node tests/conformance/run.js [--case NAME]... [--context empty|cli|cli+init|cli-default]... [--keep] [-v] [--jobs N]';
  if (err) { console.error(`conformance: ${err}\n${text}`); process.exit(2); }
  console.log(text);
  process.exit(0);
}

function readText(file) {
  try { return fs.readFileSync(file, 'utf8').trim(); } catch { return null; }
}

function discoverCases(filters) {
  let names = fs.readdirSync(CASES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(CASES_DIR, e.name, 'app.js')))
    .map((e) => e.name).sort();
  if (filters.length > 0) {
    const picked = new Set();
    for (const f of filters) {
      const hit = names.includes(f) ? [f] : names.filter((n) => n.includes(f));
      if (hit.length === 0) usage(`no case matches --case ${f}`);
      hit.forEach((n) => picked.add(n));
    }
    names = names.filter((n) => picked.has(n));
  }
  return names.map((name) => {
    const dir = path.join(CASES_DIR, name);
    const hasC = fs.existsSync(path.join(dir, 'app.c'));
    const pendingText = readText(path.join(dir, 'pending'));
    return {
      name,
      dir,
      pending: pendingText !== null ? (pendingText || 'pending') : (hasC ? null : 'no app.c'),
      exception: readText(path.join(dir, 'exception')),
      // a `throws` file: app.js throws on purpose though the case is no error-* case (why, in it)
      throws: readText(path.join(dir, 'throws')),
      exceptionPaths: exceptionPaths(readText(path.join(dir, 'exception'))),
      exceptionAssets: exceptionAssets(readText(path.join(dir, 'exception'))),
      exceptionMessages: exceptionMessages(readText(path.join(dir, 'exception'))),
      // (CCDK_CONFORMANCE_ALL_REPORTS=1: every case's, to survey what differs)
      compareReport: fs.existsSync(path.join(dir, 'compare-validation-report')) || process.env.CCDK_CONFORMANCE_ALL_REPORTS === '1',
      exceptionMetadata: exceptionConstructs(readText(path.join(dir, 'exception')), 'metadata'),
      exceptionTree: exceptionConstructs(readText(path.join(dir, 'exception')), 'tree'),
    };
  });
}

function firstLine(s) {
  const lines = String(s).split('\n').map((x) => x.trim()).filter(Boolean);
  const l = lines.find((x) => !MESSAGE_HEADERS.some((re) => re.test(x))) || lines[0] || '';
  return l.length > 200 ? `${l.slice(0, 197)}...` : l;
}

async function main() {
  const t0 = Date.now();
  const opts = parseArgs(process.argv.slice(2));
  let contexts = loadContexts();
  if (opts.contexts.length > 0) {
    for (const id of opts.contexts) {
      if (!contexts.some((c) => c.id === id)) usage(`unknown context ${id} (${loadContexts().map((c) => c.id).join(', ')})`);
    }
    contexts = contexts.filter((c) => opts.contexts.includes(c.id));
  }
  const cases = discoverCases(opts.cases);
  if (cases.length === 0) usage('no cases found');
  const active = cases.filter((c) => !c.pending);
  if (active.length > 0 && !fs.existsSync(LIB)) {
    console.error(`conformance: ${path.relative(ROOT, LIB)} not found: run \`make\` at the repo root first ` +
      `(${active.length} case(s) have an app.c to build against it)`);
    process.exit(2);
  }

  const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'ccdk-conformance-'));
  const outdir = (c, ctx, side) => path.join(tmpRoot, c.name, ctx.id, side);
  for (const c of cases) {
    for (const ctx of contexts) {
      fs.mkdirSync(outdir(c, ctx, 'js'), { recursive: true });
      if (!c.pending) fs.mkdirSync(outdir(c, ctx, 'c'), { recursive: true });
    }
  }

  // The JS workers (one per context, all at once) and, side by side, the C compilations and
  // then the C runs (every (case, context), `jobs` at a time).
  const timing = { js: 0, compile: 0, run: 0 };
  const jsResults = new Map(); // ctx.id -> Map(name -> result)
  const compiled = new Map(); // name -> compile result
  const cResults = new Map(); // `${name}\0${ctx}` -> result
  if (active.length > 0) fs.mkdirSync(BIN_DIR, { recursive: true });
  const jsSide = Promise.all(contexts.map(async (ctx) => {
    const s = Date.now();
    const jobs = cases.map((c) => ({ name: c.name, caseDir: c.dir, outdir: outdir(c, ctx, 'js'), context: caseContextJson(c.dir, ctx) }));
    jsResults.set(ctx.id, await runJsContext(ctx, jobs, tmpRoot));
    timing.js = Math.max(timing.js, Date.now() - s);
  }));
  const cSide = (async () => {
    const tCompile = Date.now();
    await pool(active, opts.jobs, async (c) => { compiled.set(c.name, await compileC(c)); });
    timing.compile = Date.now() - tCompile;
    const runs = [];
    for (const c of active) {
      if (!compiled.get(c.name).ok) continue;
      for (const ctx of contexts) runs.push({ c, ctx });
    }
    const tRun = Date.now();
    await pool(runs, opts.jobs, async ({ c, ctx }) => {
      const r = await runC(compiled.get(c.name).bin, c.dir, ctx, outdir(c, ctx, 'c'));
      if (ctx.id === THREADS_CONTEXT && r.code === 0) {
        const t = await runC(compiled.get(c.name).bin, c.dir, ctx, outdir(c, ctx, 'c-threads'), { CCDK_THREADS: '1' });
        r.threads = t.code !== 0 ? `exited with status ${t.code}${t.signal ? ` (${t.signal})` : ''}: ${tail(t.stderr, 5).join(' | ')}`
          : sameAssemblies(outdir(c, ctx, 'c'), outdir(c, ctx, 'c-threads'));
      }
      cResults.set(`${c.name}\0${ctx.id}`, r);
    });
    timing.run = Date.now() - tRun;
  })();
  await Promise.all([jsSide, cSide]);

  // One worker runs every app of a context in turn, and aws-cdk-lib keeps process-wide state (the
  // token map among others), so an app's output can depend on the apps run before it in the same
  // process (seen: the order of a stack's cross-stack Outputs). A case that differs is run again
  // alone, in a fresh process -- as `node app.js` runs it -- before it is judged; so is a case
  // that failed (seen: aws-cdk-lib's FileSystem.tmpdir, cached by an earlier app that then removed
  // its TMPDIR, made the next docker-build app throw ENOENT). Cases with an exception file are
  // expected to differ: not run again.
  const rerun = [];
  for (const c of cases) {
    if (c.pending || c.exception !== null || !compiled.get(c.name) || !compiled.get(c.name).ok) continue;
    for (const ctx of contexts) {
      const first = classify(c, ctx, jsResults.get(ctx.id).get(c.name), compiled.get(c.name),
        cResults.get(`${c.name}\0${ctx.id}`), outdir(c, ctx, 'js'), outdir(c, ctx, 'c'), false);
      if (first.cls !== 'different' && first.cls !== 'failed') continue;
      fs.rmSync(outdir(c, ctx, 'js'), { recursive: true, force: true });
      fs.mkdirSync(outdir(c, ctx, 'js'), { recursive: true });
      const again = await runJsContext(ctx, [{ name: c.name, caseDir: c.dir, outdir: outdir(c, ctx, 'js'),
        context: caseContextJson(c.dir, ctx) }], tmpRoot);
      jsResults.get(ctx.id).set(c.name, again.get(c.name));
      rerun.push(`${c.name} [${ctx.id}]`);
    }
  }

  // Classify and report.
  const counts = { identical: 0, equal: 0, different: 0, failed: 0, pending: 0 };
  const warnings = [];
  for (const r of rerun) warnings.push(`${r}: differed or failed after the earlier apps of its worker; app.js was run again alone`);
  let bad = false;
  const width = Math.max(...cases.map((c) => c.name.length));
  for (const c of cases) {
    const per = [];
    const details = [];
    for (const ctx of contexts) {
      const js = jsResults.get(ctx.id).get(c.name);
      const r = classify(c, ctx, js, compiled.get(c.name), cResults.get(`${c.name}\0${ctx.id}`),
        outdir(c, ctx, 'js'), outdir(c, ctx, 'c'), opts.verbose);
      per.push({ ctx, ...r, js });
    }

    // app.js throwing in a case that is not an error case is a failure unless the case says why
    // (a `throws` file): a case whose input went missing (a directory git does not keep) otherwise
    // compares two errors and passes as identical. Only for this directory's cases: difffuzz's
    // generated error apps (CCDK_CONFORMANCE_CASES) are named de-<seed>.
    if (!process.env.CCDK_CONFORMANCE_CASES && !c.name.startsWith('error-') && !c.pending && c.throws === null) {
      for (const p of per) {
        if (p.js.error && !p.js.crashed) {
          p.cls = 'failed';
          p.lines.unshift(`app.js throws, but the case is not named error-* and has no throws file: ${firstLine(p.js.error.message)}`);
        }
      }
    }
    let cls;
    if (c.pending) {
      cls = per.some((p) => p.cls === 'failed') ? 'failed' : 'pending';
    } else {
      cls = per.reduce((w, p) => (CLASSES.indexOf(p.cls) > CLASSES.indexOf(w) ? p.cls : w), 'identical');
    }
    counts[cls]++;
    let excused = cls === 'different' && c.exception !== null;
    if (excused && (c.exceptionPaths.length > 0 || c.exceptionAssets.length > 0 || c.exceptionMetadata.length > 0 || c.exceptionTree.length > 0)) {
      for (const p of per) {
        if (p.cls !== 'different') continue;
        const why = outsideException(outdir(c, p.ctx, 'js'), outdir(c, p.ctx, 'c'), c.exceptionPaths, c.exceptionAssets,
          c.exceptionMetadata, c.exceptionTree);
        if (why) {
          excused = false;
          p.lines.unshift(`differs beyond what the exception file declares: ${why}`);
        }
      }
    }
    if (cls === 'failed' || (cls === 'different' && !excused)) bad = true;

    let line = `${c.name.padEnd(width)}  ${cls}${excused ? ' (exception)' : ''}`;
    const perCls = per.map((p) => p.cls);
    if (!c.pending && new Set(perCls).size > 1) {
      line += `  [${per.map((p) => `${p.ctx.id}=${p.cls}`).join(' ')}]`;
    }
    const threw = per.filter((p) => p.js.error && !p.js.crashed);
    if (threw.length > 0) {
      const msgs = [...new Set(threw.map((p) => firstLine(p.js.error.message)))];
      const where = threw.length === per.length ? '' : ` (${threw.map((p) => p.ctx.id).join(', ')})`;
      line += `  -- app.js throws${where}: ${msgs.join(' | ')}`;
      if (process.env.CCDK_CONFORMANCE_CASES && !c.name.startsWith('error-') && !c.pending) {
        warnings.push(`${c.name}: app.js throws${where} but the case is not named error-*: ${msgs[0]}`);
      }
    }
    if (c.pending) line += `  (${firstLine(c.pending)})`;
    console.log(line);

    // Details: the diffs and failures, once for all the contexts that share them.
    const groups = new Map(); // text -> [context ids]
    for (const p of per) {
      const body = [...p.lines, ...(opts.verbose ? p.reasons.map((r) => `equal: ${r}`) : [])];
      if (body.length === 0) continue;
      const key = body.join('\n');
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(p.ctx.id);
    }
    for (const [key, ids] of groups) {
      details.push(`  [${ids.join(', ')}]`);
      for (const l of key.split('\n')) details.push(`    ${l}`);
    }
    if (opts.verbose) {
      const shown = new Set();
      for (const p of per) {
        if (p.js.error && !p.js.crashed && !shown.has(p.js.error.message)) {
          shown.add(p.js.error.message);
          details.push(`  [${p.ctx.id}] app.js threw ${p.js.error.name || 'an error'}:`);
          for (const l of p.js.error.message.split('\n')) details.push(`    | ${l}`);
        }
      }
      for (const p of per) {
        if (p.js.log && p.js.log.trim()) {
          details.push(`  [${p.ctx.id}] app.js output:`);
          for (const l of tail(p.js.log, 40)) details.push(`    | ${l}`);
        }
      }
    }
    for (const d of details) console.log(d);
    if (excused && opts.verbose) console.log(`  exception: ${c.exception}`);
    if (c.exception !== null && (cls === 'identical' || cls === 'equal')) {
      warnings.push(`${c.name}: has an exception file but is ${cls}; the exception can go`);
    }
  }

  for (const w of warnings) console.log(`warning: ${w}`);
  if (opts.keep) {
    console.log(`outputs kept in ${tmpRoot} (<case>/<context>/{js,c}); C programs in ${path.relative(ROOT, BIN_DIR) || '.'}`);
  } else {
    fs.rmSync(tmpRoot, { recursive: true, force: true });
  }
  const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;
  console.log(`${cases.length} cases x ${contexts.length} contexts (${contexts.map((c) => c.id).join(', ')}) ` +
    `in ${secs(Date.now() - t0)}: app.js ${secs(timing.js)}, cc ${secs(timing.compile)} (${active.length} programs), ` +
    `C runs ${secs(timing.run)}`);
  console.log(`conformance: ${counts.identical} identical, ${counts.equal} equal, ${counts.different} different, ` +
    `${counts.failed} failed, ${counts.pending} pending`);
  process.exit(bad ? 1 : 0);
}

// One (case, context): {cls, lines, reasons}. cls is one of CLASSES, or 'pending'.
function classify(c, ctx, js, compile, cres, jsOut, cOut, verbose) {
  const none = { lines: [], reasons: [] };
  if (js.crashed) {
    return { cls: 'failed', lines: [`app.js: ${js.error.message}`, ...tail(js.log || '', 10)], reasons: [] };
  }
  if (!js.error && collectOutput(jsOut).files.size === 0) {
    return { cls: 'failed', lines: ['app.js ran without error but wrote no *.template.json (no app.synth()?)'], reasons: [] };
  }
  if (c.pending) return { cls: 'pending', ...none };
  if (!compile.ok) {
    return { cls: 'failed', lines: [`compile failed: ${compile.command}`, ...tail(compile.output, verbose ? 200 : 15)], reasons: [] };
  }
  const cFailed = cres.code !== 0;
  const how = cres.timedOut ? `timed out after ${C_TIMEOUT_MS / 1000}s`
    : cres.signal ? `crashed (${cres.signal})`
    : `exited with status ${cres.code}`;
  if (js.error) {
    if (!cFailed) {
      return { cls: 'failed', lines: [`app.js threw but app.c exited 0; expected an error containing: ${firstLine(js.error.message)}`], reasons: [] };
    }
    if (cres.signal || cres.timedOut) {
      return { cls: 'failed', lines: [`app.js threw, app.c ${how} instead of reporting the error`, ...tail(cres.stderr, 10)], reasons: [] };
    }
    // The output directory in a message (validation-report.json's path) is each side's own.
    const jsMessage = outdirPlaceholder(js.error.message, c.dir, jsOut);
    const cStderr = outdirPlaceholder(cres.stderr, c.dir, cOut);
    if (!stderrHasMessage(cStderr, jsMessage)) {
      // an exception file may declare that the C program fails with a message of its own
      // ("message differs: <the C message>"), where aws-cdk-lib's cannot be reproduced (a stack
      // overflow of node's); the case is then "different", excused, while app.c fails so
      if (c.exceptionMessages.length > 0 && c.exceptionMessages.every((m) => cStderr.includes(m))) {
        return { cls: 'different', lines: ['app.c fails with the message its exception file declares, not aws-cdk-lib\'s'], reasons: [] };
      }
      return {
        cls: 'failed',
        lines: [`app.c ${how} but its stderr lacks the JS error message:`, ...js.error.message.split('\n').map((l) => `  js: ${l}`),
          ...tail(cres.stderr, verbose ? 200 : 10).map((l) => `  c:  ${l}`)],
        reasons: [],
      };
    }
    return { cls: 'identical', ...none };
  }
  if (cFailed) {
    return { cls: 'failed', lines: [`app.c ${how}`, ...tail(cres.stderr + (cres.stdout ? `\n${cres.stdout}` : ''), verbose ? 200 : 15)], reasons: [] };
  }
  if (cres.threads) {
    return { cls: 'failed', lines: [`app.c under CCDK_THREADS=1 (the synth's threads for any app) wrote another assembly: ${cres.threads}`], reasons: [] };
  }
  return compareOutdirs(jsOut, cOut, verbose, c.compareReport);
}
