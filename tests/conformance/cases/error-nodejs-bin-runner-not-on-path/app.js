// Conformance case 'error-nodejs-bin-runner-not-on-path': a yarn.lock project bundled locally runs
// `yarn run esbuild` (esbuild is a workspace package: PackageManager.runBinCommand), looked up on
// the bundling environment's PATH, which has no yarn: spawnSync fails with ENOENT, reported as the
// asset's bundling failure. The message names the bundling folder (its key hashes the output
// directory): both halves print it with the output directory as <outdir> and the key as <key>.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

try {
  new nodejs.NodejsFunction(stack, 'Function', {
    entry: 'handler.ts', depsLockFilePath: 'yarn.lock', runtime: lambda.Runtime.NODEJS_20_X,
    bundling: { environment: { PATH: '/nonexistent-ccdk-bin' } },
  });
} catch (e) {
  throw new Error(e.message.split(process.env.CDK_OUTDIR).join('<outdir>').replace(/bundling-temp-[0-9a-f]{64}/g, 'bundling-temp-<key>'));
}

app.synth();
