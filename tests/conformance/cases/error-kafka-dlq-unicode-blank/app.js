// Conformance case 'error-kafka-dlq-unicode-blank': new KafkaDlq('\u00a0\u3000\ufeff'), blank to String.prototype.trim (JavaScript's whitespace is Unicode's)
// After aws-cdk: kafka-dlq.test.ts 'throws error for whitespace-only topic name', with no-break, ideographic and BOM spaces
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
new sources.KafkaDlq('\u00a0\u3000\ufeff');

app.synth();
