// Conformance case 'integ-lambda-durable-config': aws-lambda test/integ.durable-config.ts.
// Dropped: the IntegTest. Adapted: durableConfig's kmsKey is newer than aws-cdk-lib 2.276.0 (which
// ignores it), so the second function's durableConfig leaves it out; the key is still made.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'aws-cdk-lambda-durable-config');

new lambda.Function(stack, 'DurableFunction', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200, body: "Hello World" });'),
  durableConfig: { executionTimeout: cdk.Duration.hours(1), retentionPeriod: cdk.Duration.days(30) },
});

new kms.Key(stack, 'DurableKey', { removalPolicy: cdk.RemovalPolicy.DESTROY });

new lambda.Function(stack, 'DurableFunctionWithCmk', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200, body: "Hello World" });'),
  durableConfig: { executionTimeout: cdk.Duration.hours(1), retentionPeriod: cdk.Duration.days(30) },
});

app.synth();
