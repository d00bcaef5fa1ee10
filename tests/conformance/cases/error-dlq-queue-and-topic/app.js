// Conformance case 'error-dlq-queue-and-topic': error: deadLetterQueue and deadLetterTopic together
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  deadLetterQueue: new sqs.Queue(stack, 'DLQ'),
  deadLetterTopic: new sns.Topic(stack, 'DLT'),
});
app.synth();
