// Conformance case 'error-esm-pollers-max': error: maximum provisioned poller is out of limit
// Ported from aws-cdk: event-source-mapping.test.ts 'maximum provisioned poller is out of limit'
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
  target: fn, eventSourceArn: '', startingPosition: lambda.StartingPosition.AT_TIMESTAMP, startingPositionTimestamp: 1640995200, provisionedPollerConfig: { maximumPollers: 2001 }
});

app.synth();
