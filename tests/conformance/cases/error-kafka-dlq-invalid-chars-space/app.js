// Conformance case 'error-kafka-dlq-invalid-chars-space': new KafkaDlq('invalid topic')
// Ported from aws-cdk: kafka-dlq.test.ts 'throws error for invalid characters in topic name'
'use strict';
const cdk = require('aws-cdk-lib');
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
new sources.KafkaDlq('invalid topic');

app.synth();
