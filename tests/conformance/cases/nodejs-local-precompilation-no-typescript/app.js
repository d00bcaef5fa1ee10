// Conformance case 'nodejs-local-precompilation-no-typescript': local bundling with
// preCompilation where a `tsc` is on PATH (bin/tsc, which fails if run) but TypeScript is not
// installed as aws-cdk-lib looks for it (Bundling.tscInstallation: require('typescript/package.json')
// from its own folder, else `typescript --version`): there is no tsc step, and esbuild bundles the
// .js beside the entry (lib/handler.js).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const oldPath = process.env.PATH;
process.env.PATH = `${path.join(__dirname, 'bin')}:${oldPath}`;
try {
  const app = new cdk.App();
  const stack = new cdk.Stack(app, 'TestStack');
  new nodejs.NodejsFunction(stack, 'Fn', {
    entry: 'lib/handler.ts', runtime: lambda.Runtime.NODEJS_20_X, bundling: { preCompilation: true },
  });
  app.synth();
} finally {
  process.env.PATH = oldPath;
}
