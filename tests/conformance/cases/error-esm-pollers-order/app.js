// Conformance case 'error-esm-pollers-order': error: Minimum provisioned poller greater than maximum provisioned poller
// Ported from aws-cdk: event-source-mapping.test.ts 'Minimum provisioned poller greater than maximum provisioned poller'
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
  target: fn, eventSourceArn: '', startingPosition: lambda.StartingPosition.AT_TIMESTAMP, startingPositionTimestamp: 1640995200, provisionedPollerConfig: { minimumPollers: 3, maximumPollers: 2 }
});

app.synth();
