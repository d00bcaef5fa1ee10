// Conformance case 'error-esm-timestamp-position': error: startingPositionTimestamp without AT_TIMESTAMP throws error
// Ported from aws-cdk: event-source-mapping.test.ts 'startingPositionTimestamp without AT_TIMESTAMP throws error'
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
  target: fn, eventSourceArn: '', startingPosition: lambda.StartingPosition.LATEST, startingPositionTimestamp: 1640995200
});

app.synth();
