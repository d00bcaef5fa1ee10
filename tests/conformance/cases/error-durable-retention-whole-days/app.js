// Conformance case 'error-durable-retention-whole-days': error: durableConfig retentionPeriod not a whole number of days
// Ported from aws-cdk: durable-config.test.ts 'Function validates retention period requires whole days'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'stack');

new lambda.Function(stack, 'Lambda1', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  durableConfig: { executionTimeout: cdk.Duration.hours(1), retentionPeriod: cdk.Duration.hours(25) },
});

app.synth();
