// Conformance case 'error-sqs-event-source-unbound-id': SqsEventSource.eventSourceMappingId read before the source is bound
// Ported from aws-cdk: sqs.test.ts 'eventSourceMappingId throws error before binding to lambda'
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
// aws-cdk's test/test-function.ts
const fn = new lambda.Function(stack, 'Fn', {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async function handler(event) { return { event }; }'),
  runtime: lambda.Runtime.NODEJS_14_X,
});
const q = new sqs.Queue(stack, 'Q');
const eventSource = new sources.SqsEventSource(q);
new cdk.CfnOutput(stack, 'Out', { value: eventSource.eventSourceMappingId });

app.synth();
