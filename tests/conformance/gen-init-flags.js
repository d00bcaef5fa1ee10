#!/usr/bin/env node
// Regenerates the two context files that tests/conformance/run.js feeds to both halves of
// every twin case, from the cdk CLI installed in node_modules (aws-cdk):
//
//   init-flags.json   the "context" that `cdk init app --language typescript` writes into a
//                     new project's cdk.json (the CLI's lib/init-templates/
//                     .recommended-feature-flags.json, keys sorted, merged over the template's
//                     own cdk.json context);
//   cli-context.json  the context keys the CLI itself adds when it runs an app
//                     (`cdk synth --no-version-reporting`), captured from CDK_CONTEXT_JSON.
//
// Both are produced by running the real CLI in a temporary directory (no network, no AWS
// account needed) and checked against the CLI's files, so they stay true to it.
//
// Usage: node tests/conformance/gen-init-flags.js [--check]
//   --check   do not write; exit 1 if the committed files differ from what the CLI gives.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const here = __dirname;
const root = path.resolve(here, '..', '..');
const cliDir = path.join(root, 'node_modules', 'aws-cdk');
const cdkBin = path.join(cliDir, 'bin', 'cdk');
const check = process.argv.includes('--check');

class Fatal extends Error {}
function die(msg) { throw new Fatal(msg); }

if (!fs.existsSync(cdkBin)) {
  console.error(`gen-init-flags: ${cdkBin} not found: run npm ci in ${root}`);
  process.exit(2);
}
const cliVersion = JSON.parse(fs.readFileSync(path.join(cliDir, 'package.json'), 'utf8')).version;

function cleanEnv() {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (k.startsWith('CDK_') || k === 'JSII_DEPRECATED') delete env[k];
  }
  // Keep the CLI offline and quiet: no notices, no version check, no telemetry.
  env.CDK_DISABLE_CLI_TELEMETRY = 'true';
  env.AWS_EC2_METADATA_DISABLED = 'true';
  return env;
}

function runCli(args, cwd) {
  const r = spawnSync(process.execPath, [cdkBin, ...args, '--no-notices'], {
    cwd, env: cleanEnv(), encoding: 'utf8', timeout: 180000,
  });
  if (r.status !== 0) {
    die(`cdk ${args.join(' ')} failed (status ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  return r;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ccdk-gen-init-flags-'));
try {
  // 1. init flags: what `cdk init` really writes.
  const proj = path.join(tmp, 'initproj');
  fs.mkdirSync(proj);
  runCli(['init', 'app', '--language', 'typescript', '--generate-only'], proj);
  const initContext = JSON.parse(fs.readFileSync(path.join(proj, 'cdk.json'), 'utf8')).context || {};

  // Cross-check against the file the CLI takes them from.
  const recFile = path.join(cliDir, 'lib', 'init-templates', '.recommended-feature-flags.json');
  const rec = JSON.parse(fs.readFileSync(recFile, 'utf8'));
  const tmplFile = path.join(cliDir, 'lib', 'init-templates', 'app', 'typescript', 'cdk.template.json');
  const tmplContext = JSON.parse(fs.readFileSync(tmplFile, 'utf8')).context || {};
  const expected = { ...tmplContext };
  for (const k of Object.keys(rec).sort()) expected[k] = rec[k];
  if (JSON.stringify(expected) !== JSON.stringify(initContext)) {
    die(`cdk.json written by cdk init differs from ${recFile}; look at the CLI`);
  }

  // 2. the context the CLI passes to an app.
  const probeDir = path.join(tmp, 'probe');
  fs.mkdirSync(probeDir);
  const captured = path.join(probeDir, 'context.json');
  fs.writeFileSync(path.join(probeDir, 'app.js'),
    `require('fs').writeFileSync(${JSON.stringify(captured)}, process.env.CDK_CONTEXT_JSON || '{}');\n` +
    `const cdk = require(${JSON.stringify(path.join(root, 'node_modules', 'aws-cdk-lib'))});\n` +
    `const app = new cdk.App();\n` +
    `new cdk.CfnWaitConditionHandle(new cdk.Stack(app, 'Probe'), 'Handle');\n` +
    `app.synth();\n`);
  runCli(['synth', '--app', `${JSON.stringify(process.execPath)} app.js`, '--no-version-reporting',
    '--output', path.join(probeDir, 'cdk.out'), '--quiet'], probeDir);
  const cliContext = JSON.parse(fs.readFileSync(captured, 'utf8'));

  const files = {
    'init-flags.json': JSON.stringify(initContext, null, 2) + '\n',
    'cli-context.json': JSON.stringify(cliContext, null, 2) + '\n',
  };
  let stale = false;
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(here, name);
    const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (old === text) { console.log(`${name}: up to date (aws-cdk ${cliVersion})`); continue; }
    if (check) { console.log(`${name}: STALE (differs from aws-cdk ${cliVersion})`); stale = true; continue; }
    fs.writeFileSync(file, text);
    console.log(`${name}: written from aws-cdk ${cliVersion} (${Object.keys(JSON.parse(text)).length} keys)`);
  }
  if (stale) process.exitCode = 1;
} catch (e) {
  if (!(e instanceof Fatal)) throw e;
  console.error(`gen-init-flags: ${e.message}`);
  process.exitCode = 2;
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
