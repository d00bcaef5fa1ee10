// bench workload "nodejs": N NodejsFunctions, one per entry <project>/src/fn<i>.ts (bundled with
// esbuild; the lock file and project root are given). Usage: node nodejs.js N PROJECT_DIR
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const n = parseInt(process.argv[2], 10);
const dir = process.argv[3];
const app = new cdk.App();
const stack = new cdk.Stack(app, 'NodejsStack');
for (let i = 0; i < n; i++) {
  new nodejs.NodejsFunction(stack, `Fn${i}`, {
    entry: path.join(dir, 'src', `fn${i}.ts`),
    depsLockFilePath: path.join(dir, 'package-lock.json'),
    projectRoot: dir,
    runtime: lambda.Runtime.NODEJS_22_X,
  });
}
app.synth();
