// Conformance case 'nodejs-local-node-modules': bundling.test.ts's local bundling tests with
// nodeModules ('Local bundling with nodeModules uses fs and spawn', 'Local bundling with pnpm uses
// fs for workspace yaml and cleanup', 'Local bundling': the bundling environment and
// LogLevel.ERROR with yarn), and bun's clean-up, with package managers of the case's own
// (bin/fake-package-manager as npm, yarn, pnpm and bun, first on PATH: no registry is reached):
// the bundle holds esbuild's output (run through `yarn run`, `pnpm exec --`, `bun run` or npx in
// aws-cdk-lib and ccdk; for npx ccdk runs the .bin/esbuild npx would), the package.json of the
// modules' versions, the lock file (and
// pnpm's empty pnpm-workspace.yaml), what the install was asked (installed.txt) and the
// node_modules it made, less pnpm's .modules.yaml (pnpm only) and .cache (bun only).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

process.env.PATH = `${path.join(__dirname, 'bin')}:${process.env.PATH}`;
const app = new cdk.App();
const runtime = lambda.Runtime.NODEJS_20_X;
function fn(stackId, dir, lock, bundling) {
  const stack = new cdk.Stack(app, stackId);
  new nodejs.NodejsFunction(stack, 'Fn', {
    entry: `${dir}/handler.ts`, depsLockFilePath: `${dir}/${lock}`, runtime, bundling: { ...bundling, nodeModules: ['delay'] },
  });
}

fn('Npm', 'npm', 'package-lock.json', { environment: { KEY: 'npm-value' } });
fn('Yarn', 'yarn', 'yarn.lock', { logLevel: nodejs.LogLevel.ERROR, environment: { KEY: 'value' } });
fn('Pnpm', 'pnpm', 'pnpm-lock.yaml', {});
fn('Bun', 'bun', 'bun.lockb', {});
fn('BunLock', 'bunlock', 'bun.lock', { logLevel: nodejs.LogLevel.ERROR });

app.synth();
