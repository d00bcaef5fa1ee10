// Conformance case 'error-esm-max-batching-window-millis': a maxBatchingWindow that is no whole number
// of seconds: its toSeconds() in the mapping's check throws Duration's conversion error (once; the
// mapping is not made); nothing is written.
// Ported from aws-cdk: event-source-mapping.test.ts 'throws if maxBatchingWindow > 300 seconds', with
// a window of 1500 ms
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'fn', {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = ${handler.toString()}'),
  runtime: lambda.Runtime.NODEJS_LATEST,
});
new lambda.EventSourceMapping(stack, 'test', { target: fn, eventSourceArn: '', maxBatchingWindow: cdk.Duration.millis(1500) });
app.synth();
