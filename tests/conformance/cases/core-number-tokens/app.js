// Conformance case 'core-number-tokens': numbers known only at deploy time (Number CfnParameters,
// Token.asNumber) as memorySize, reservedConcurrentExecutions, retryAttempts and an alias's
// provisioned concurrency: written as {"Ref": ...}, range checks skipped
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const memory = new cdk.CfnParameter(stack, 'Memory', { type: 'Number', default: 256 });
const reserved = new cdk.CfnParameter(stack, 'Reserved', { type: 'Number' });
const retries = new cdk.CfnParameter(stack, 'Retries', { type: 'Number' });
const provisioned = new cdk.CfnParameter(stack, 'Provisioned', { type: 'Number' });

const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  memorySize: memory.valueAsNumber,
  reservedConcurrentExecutions: reserved.valueAsNumber,
  retryAttempts: retries.valueAsNumber,
});
new lambda.Alias(stack, 'Live', {
  aliasName: 'live',
  version: fn.currentVersion,
  provisionedConcurrentExecutions: provisioned.valueAsNumber,
});

app.synth();
