'use strict';
// Conformance case 'error-nodejs-package-json-invalid': the package.json nearest the entry
// (fn/package.json), which nodeModules reads (extractDependencies' require(pkgPath)), is not JSON: a
// trailing comma in its dependencies. aws-cdk-lib throws node's SyntaxError "<real path>: <JSON.parse's
// message>" ("Expected double-quoted property name in JSON at position 70"). It is not beside app.js:
// node itself would read that one when starting app.js, and fail before aws-cdk-lib runs.
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'Function', {
  entry: 'fn/handler.ts',
  runtime: lambda.Runtime.NODEJS_20_X,
  bundling: {
    forceDockerBundling: true,
    dockerImage: cdk.DockerImage.fromRegistry('my/esbuild'),
    nodeModules: ['left-pad'],
  },
});

app.synth();
