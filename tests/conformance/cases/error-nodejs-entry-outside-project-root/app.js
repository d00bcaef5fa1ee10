// Conformance case 'error-nodejs-entry-outside-project-root': a projectRoot that is not above the
// entry (a subfolder of the project given as the root) is aws-cdk-lib's error, with the entry as
// given and the root made absolute (bundling.ts: 'entryPath (...) should be under projectRoot (...)').
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'Function', {
  entry: 'handler.ts',
  projectRoot: 'lib',
  runtime: lambda.Runtime.NODEJS_20_X,
});

app.synth();
