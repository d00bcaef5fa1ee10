// Conformance case 'v2-durable-config': v2: durableConfig (execution timeout, retention period) and its role policy
// Ported from aws-cdk: function.test.ts, the durableConfig tests
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');

new lambda.Function(stack, 'DurableFn', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  durableConfig: {
    executionTimeout: cdk.Duration.hours(2),
    retentionPeriod: cdk.Duration.days(30),
  },
});

new lambda.Function(stack, 'TimeoutOnlyFn', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  durableConfig: { executionTimeout: cdk.Duration.seconds(1) },
});

app.synth();
