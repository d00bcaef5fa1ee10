// Conformance case 'error-ported-event-source-mapping-consumer-group-invalid': event-source-mapping.test.ts 'throws if kafkaConsumerGroupId is invalid', ported literally
// (the beforeEach's `new cdk.Stack()` and function 'fn', the test's props and mapping id).
// Ported from aws-cdk: event-source-mapping.test.ts 'throws if kafkaConsumerGroupId is invalid'
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
  eventSourceArn: 'arn:aws:kafka:us-east-1:123456789012:cluster/vpc-2priv-2pub/751d2973-a626-431c-9d4e-d7975eb44dd7-2',
  kafkaConsumerGroupId: 'some invalid',
  target: fn,
});

app.synth();
