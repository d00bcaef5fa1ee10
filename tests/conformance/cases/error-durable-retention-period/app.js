// Conformance case 'error-durable-retention-period': error: durableConfig retentionPeriod above 90 days
// Ported from aws-cdk: function.test.ts, the durableConfig retentionPeriod validation test
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');

new lambda.Function(stack, 'DurableFn', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  durableConfig: { executionTimeout: cdk.Duration.minutes(15), retentionPeriod: cdk.Duration.days(91) },
});

app.synth();
