// Conformance case 'error-durable-execution-timeout-zero': error: durableConfig executionTimeout of 0 seconds
// Ported from aws-cdk: durable-config.test.ts 'Function validates execution timeout bounds'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'stack');

new lambda.Function(stack, 'Lambda1', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  durableConfig: { executionTimeout: cdk.Duration.seconds(0) },
});

app.synth();
