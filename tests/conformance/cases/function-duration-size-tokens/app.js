// Conformance case 'function-duration-size-tokens': Durations and Sizes whose amount is a number token
// (Duration.seconds(param.valueAsNumber), Size.mebibytes(Lazy.number(...))): written as the token, range
// checks skipped where aws-cdk-lib skips them.
// Ported from aws-cdk: function.test.ts 'event invoke config accepts tokens for maxEventAge and
// retryAttempts' and 'ephemeral storage allows unresolved tokens'; plus a timeout from a CfnParameter, an
// SQS event source's maxBatchingWindow from a Lazy number, and a function URL CORS maxAge token.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const maxEventAge = new cdk.CfnParameter(stack, 'MaxEventAge', { type: 'Number' });
const retryAttempts = new cdk.CfnParameter(stack, 'RetryAttempts', { type: 'Number' });
new lambda.Function(stack, 'fn', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  maxEventAge: cdk.Duration.seconds(maxEventAge.valueAsNumber),
  retryAttempts: retryAttempts.valueAsNumber,
});

new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'bar',
  runtime: lambda.Runtime.NODEJS_14_X,
  ephemeralStorageSize: cdk.Size.mebibytes(cdk.Lazy.number({ produce: () => 1024 })),
});

const timeout = new cdk.CfnParameter(stack, 'Timeout', { type: 'Number', default: 30 });
const withTimeout = new lambda.Function(stack, 'WithTimeout', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
  timeout: cdk.Duration.seconds(timeout.valueAsNumber),
});
withTimeout.addFunctionUrl({ cors: { allowedOrigins: ['*'], maxAge: cdk.Duration.seconds(timeout.valueAsNumber) } });

const q = new sqs.Queue(stack, 'Q');
withTimeout.addEventSource(new sources.SqsEventSource(q, {
  maxBatchingWindow: cdk.Duration.seconds(cdk.Lazy.number({ produce: () => 20 })),
}));

app.synth();
