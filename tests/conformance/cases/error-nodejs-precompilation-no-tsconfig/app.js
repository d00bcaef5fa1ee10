// Conformance case 'error-nodejs-precompilation-no-tsconfig': preCompilation without a tsconfig
// given or found above the entry is aws-cdk-lib's error (bundling.test.ts "throws with pre
// compilation and not found tsconfig").
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'Function', {
  entry: 'handler.ts',
  runtime: lambda.Runtime.NODEJS_20_X,
  bundling: { preCompilation: true },
});

app.synth();
