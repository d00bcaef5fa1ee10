'use strict';
// Conformance case 'error-nodejs-package-json-unexpected-token': the package.json nearest the entry
// (fn/package.json), which nodeModules reads (extractDependencies' require(pkgPath)), has an
// unquoted version after an accented description: node's SyntaxError "<real path>: Unexpected token
// '^', ..." with V8's context of 10 characters either side (positions in UTF-16 units).
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
