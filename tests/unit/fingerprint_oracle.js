#!/usr/bin/env node
// Oracle for tests/unit/test_fingerprint.c: asks aws-cdk-lib (the reference
// implementation) what it computes for a tree.
//
//   node tests/unit/fingerprint_oracle.js '<json>'      (or  @/path/to/spec.json)
//
// The JSON is one spec or an array of specs; one output line per spec:
//   {"op":"fingerprint","path":P,"exclude":[..],"follow":"external","ignoreMode":"glob","extraHash":".."}
//       -> "<64 hex>"                      FileSystem.fingerprint(P, options)
//   {"op":"synth","path":P,"outdir":O, ...same options..., "assetHash":"..", "assetHashType":"custom"}
//       -> "<assetHash> <staged file name> <packaging>"
//          a real synth of a lambda.Function with Code.fromAsset(P, options) into O
// Errors print "ERROR <message>" on that line.
//
// Run it with HOME pointing at a scratch directory: aws-cdk-lib keeps a
// fingerprint cache in ~/.cdk/cache/fingerprints keyed by inode/mtime/size.
'use strict';
const fs = require('fs');
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

function options(spec) {
  const o = {};
  if (spec.exclude !== undefined) o.exclude = spec.exclude;
  if (spec.follow !== undefined) o.follow = spec.follow;
  if (spec.ignoreMode !== undefined) o.ignoreMode = spec.ignoreMode;
  if (spec.extraHash !== undefined) o.extraHash = spec.extraHash;
  return o;
}

function one(spec) {
  switch (spec.op || 'fingerprint') {
    case 'fingerprint':
      return cdk.FileSystem.fingerprint(spec.path, options(spec));
    case 'synth': {
      const app = new cdk.App({ outdir: spec.outdir, context: spec.context || {} });
      const stack = new cdk.Stack(app, 'S');
      const o = options(spec);
      const assetOpts = {};
      if (o.exclude !== undefined) assetOpts.exclude = o.exclude;
      if (o.follow !== undefined) assetOpts.followSymlinks = o.follow;
      if (o.ignoreMode !== undefined) assetOpts.ignoreMode = o.ignoreMode;
      if (o.extraHash !== undefined) assetOpts.extraHash = o.extraHash;
      if (spec.assetHash !== undefined) assetOpts.assetHash = spec.assetHash;
      if (spec.assetHashType !== undefined) assetOpts.assetHashType = spec.assetHashType;
      new lambda.Function(stack, 'Fn', {
        runtime: lambda.Runtime.NODEJS_LATEST,
        handler: 'index.handler',
        code: lambda.Code.fromAsset(spec.path, assetOpts),
      });
      app.synth();
      const manifest = JSON.parse(fs.readFileSync(path.join(spec.outdir, 'S.assets.json'), 'utf8'));
      const files = manifest.files || {};
      // the stack template is a file asset too
      const keys = Object.keys(files).filter((k) => !files[k].source.path.endsWith('.template.json'));
      if (keys.length !== 1) throw new Error(`expected one code asset, got ${keys.length}`);
      const f = files[keys[0]];
      return `${keys[0]} ${f.source.path} ${f.source.packaging}`;
    }
    default:
      throw new Error(`unknown op ${spec.op}`);
  }
}

function main() {
  let arg = process.argv[2];
  if (arg === undefined) {
    process.stderr.write('usage: fingerprint_oracle.js <json>|@file\n');
    process.exit(2);
  }
  if (arg.startsWith('@')) arg = fs.readFileSync(arg.slice(1), 'utf8');
  const parsed = JSON.parse(arg);
  const specs = Array.isArray(parsed) ? parsed : [parsed];
  const out = [];
  for (const spec of specs) {
    try {
      out.push(String(one(spec)));
    } catch (e) {
      out.push('ERROR ' + String(e && e.message ? e.message : e).replace(/[\r\n]+/g, ' '));
    }
  }
  process.stdout.write(out.join('\n') + '\n');
}

main();
