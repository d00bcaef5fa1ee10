// Conformance case 'nodejs-local-precompilation': bundling.test.ts's 'Local bundling with
// preCompilation spawns tsc directly', with a TypeScript of the case's own first on PATH
// (bin/typescript, which aws-cdk-lib asks for its version, and bin/tsc, 6.0.2, which logs its
// arguments; lib/handler.js stands for its output): tsc is run on the entry with the flattened
// compiler options of the nearest tsconfig.json, each an argument of its own (a value with a
// space unquoted), and --ignoreConfig (TypeScript 6), then esbuild on the .js; the log is moved
// into the bundle by an afterBundling hook (tsc.txt).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

process.env.PATH = `${path.join(__dirname, 'bin')}:${process.env.PATH}`;
try {
  const app = new cdk.App();
  const stack = new cdk.Stack(app, 'TestStack');
  new nodejs.NodejsFunction(stack, 'Fn', {
    entry: 'lib/handler.ts',
    runtime: lambda.Runtime.NODEJS_20_X,
    bundling: {
      preCompilation: true,
      commandHooks: {
        beforeBundling() { return []; },
        beforeInstall() { return []; },
        afterBundling(inputDir, outputDir) { return [`mv "$CDK_OUTDIR.tsc-log" ${outputDir}/tsc.txt`]; },
      },
    },
  });
  app.synth();
} finally {
  // aws-cdk-lib keeps the TypeScript it found for the process (Bundling.tscInstallation): forget
  // this case's, which later apps of the runner's process must not see
  const bundling = require.cache[require.resolve('aws-cdk-lib').replace(/index\.js$/, 'aws-lambda-nodejs/lib/bundling.js')];
  if (bundling) bundling.exports.Bundling.clearTscInstallationCache();
}
