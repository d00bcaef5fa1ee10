// Conformance case 'versions-scaling-config': Version props minExecutionEnvironments /
// maxExecutionEnvironments (FunctionScalingConfig), on new Version and through currentVersionOptions
// Ported from aws-cdk: lambda-version.test.ts, describe('version scaling configuration')
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'Fn', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
});
new lambda.Version(stack, 'Both', { lambda: fn, minExecutionEnvironments: 1, maxExecutionEnvironments: 10 });
new lambda.Version(stack, 'OnlyMin', { lambda: fn, minExecutionEnvironments: 2 });
new lambda.Version(stack, 'OnlyMax', { lambda: fn, maxExecutionEnvironments: 5 });
new lambda.Version(stack, 'Zeroes', { lambda: fn, minExecutionEnvironments: 0, maxExecutionEnvironments: 0 });
// tokens are not checked (min > max is not known)
new lambda.Version(stack, 'Tokens', {
  lambda: fn,
  minExecutionEnvironments: cdk.Token.asNumber(cdk.Fn.ref('MinEnvParam')),
  maxExecutionEnvironments: cdk.Token.asNumber(cdk.Fn.ref('MaxEnvParam')),
});
const max = new cdk.CfnParameter(stack, 'MaxEnv', { type: 'Number' });
new lambda.Version(stack, 'MinAndParam', { lambda: fn, minExecutionEnvironments: 3, maxExecutionEnvironments: max.valueAsNumber });
new lambda.Version(stack, 'WithPc', {
  lambda: fn, provisionedConcurrentExecutions: 2, minExecutionEnvironments: 1, maxExecutionEnvironments: 1,
});

// currentVersionOptions carry them to fn.currentVersion (and an alias of it)
const fn2 = new lambda.Function(stack, 'Fn2', {
  code: new lambda.InlineCode('bar'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
  currentVersionOptions: { minExecutionEnvironments: 4, maxExecutionEnvironments: 8 },
});
fn2.addAlias('live');

app.synth();
