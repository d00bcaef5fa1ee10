// Conformance case 'error-dlq-topic-enabled-true': error: a deadLetterTopic with deadLetterQueueEnabled true
// Upstream: aws-lambda/test/function.test.ts 'error when default function with SNS DLQ when client provides Topic to be used as DLQ and deadLetterQueueEnabled set to true'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
const dlTopic = new sns.Topic(stack, 'DeadLetterTopic');
new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  deadLetterQueueEnabled: true,
  deadLetterTopic: dlTopic,
});
app.synth();
