// Conformance case 'nodejs-local-bin-runner': local bundling runs esbuild, a workspace package
// (aws-cdk-lib require()s esbuild/package.json from its own folder: PackageInstallation.detect),
// through the project's package manager (PackageManager.runBinCommand): `yarn run esbuild`,
// `pnpm exec -- esbuild`, `bun run esbuild`, `npx --no-install esbuild`, looked up on the PATH of
// the bundling environment (node's spawn takes the child's PATH). This case's yarn, pnpm and bun
// (bin/runner, first on that PATH) add a banner naming themselves to what esbuild writes, so each
// bundle shows which command ran; npx is the machine's (no banner).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const environment = { PATH: `${path.join(__dirname, 'bin')}:${process.env.PATH}` };
for (const [id, lock] of [['yarn', 'yarn.lock'], ['pnpm', 'pnpm-lock.yaml'], ['bun', 'bun.lock'], ['npm', 'package-lock.json']]) {
  new nodejs.NodejsFunction(stack, id, {
    entry: `${id}/handler.ts`, depsLockFilePath: `${id}/${lock}`, runtime: lambda.Runtime.NODEJS_20_X, bundling: { environment },
  });
}
app.synth();
