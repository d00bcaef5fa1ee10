// Conformance case 'error-ported-event-source-mapping-kafka-servers-empty': event-source-mapping.test.ts 'throws if both kafkaBootstrapServers is set but empty', ported literally
// (the beforeEach's `new cdk.Stack()` and function 'fn', the test's props and mapping id).
// Ported from aws-cdk: event-source-mapping.test.ts 'throws if both kafkaBootstrapServers is set but empty'
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
  kafkaBootstrapServers: [],
  target: fn,
});

app.synth();
