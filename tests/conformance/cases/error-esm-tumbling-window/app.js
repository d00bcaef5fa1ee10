// Conformance case 'error-esm-tumbling-window': error: throws if tumblingWindow > 900 seconds
// Ported from aws-cdk: event-source-mapping.test.ts 'throws if tumblingWindow > 900 seconds'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
const fn = new lambda.Function(stack, 'fn', {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = ${handler.toString()}'),
  runtime: lambda.Runtime.NODEJS_LATEST,
});
new lambda.EventSourceMapping(stack, 'test', {
  target: fn, eventSourceArn: '', tumblingWindow: cdk.Duration.seconds(901)
});

app.synth();
