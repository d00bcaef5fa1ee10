// Conformance case 'error-durable-execution-timeout': error: durableConfig executionTimeout above 31622400 seconds
// Ported from aws-cdk: function.test.ts, the durableConfig executionTimeout validation test
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');

new lambda.Function(stack, 'DurableFn', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  durableConfig: { executionTimeout: cdk.Duration.days(367) },
});

app.synth();
