// Conformance case 'v2-durable-config': v2: durableConfig (execution timeout, retention period, boundary values) and the role policy of a durable function
// Ported from aws-cdk: durable-config.test.ts 'DurableConfig with execution timeout only', 'DurableConfig with execution timeout and retention period', 'DurableConfig allows valid boundary values', 'Durable function uses AWSLambdaBasicDurableExecutionRolePolicy instead of AWSLambdaBasicExecutionRole', 'Non-durable function uses AWSLambdaBasicExecutionRole'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'stack');

new lambda.Function(stack, 'Lambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  durableConfig: { executionTimeout: cdk.Duration.hours(1) },
});

new lambda.Function(stack, 'LambdaRetention', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  durableConfig: { executionTimeout: cdk.Duration.hours(2), retentionPeriod: cdk.Duration.days(60) },
});

new lambda.Function(stack, 'Lambda1', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  durableConfig: { executionTimeout: cdk.Duration.seconds(1) },
});

new lambda.Function(stack, 'Lambda2', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  durableConfig: { executionTimeout: cdk.Duration.seconds(31622400) },
});

new lambda.Function(stack, 'Lambda3', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  durableConfig: { executionTimeout: cdk.Duration.hours(1), retentionPeriod: cdk.Duration.days(1) },
});

new lambda.Function(stack, 'Lambda4', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  durableConfig: { executionTimeout: cdk.Duration.hours(1), retentionPeriod: cdk.Duration.days(90) },
});

new lambda.Function(stack, 'NonDurable', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
});

app.synth();
