// Conformance case 'error-durable-retention-period': error: durableConfig retentionPeriod above 90 days
// Ported from aws-cdk: durable-config.test.ts 'Function validates retention period bounds'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'stack');

new lambda.Function(stack, 'Lambda1', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  durableConfig: { executionTimeout: cdk.Duration.hours(1), retentionPeriod: cdk.Duration.days(91) },
});

app.synth();
