// Conformance case 'error-esm-max-record-age-high': error: throws if maxRecordAge is over 7 days
// Ported from aws-cdk: event-source-mapping.test.ts 'throws if maxRecordAge is over 7 days'
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
  target: fn, eventSourceArn: '', maxRecordAge: cdk.Duration.seconds(604801)
});

app.synth();
