// Conformance case 'error-stack-dependency-cycle-first-reason': a Lambda function in Consumer takes
// an SnsEventSource of a topic in Producer (the subscription's addStackDependency, then the
// cross-stack references of the subscription and the permission to the topic), and a function in
// Producer names the consumer function's ARN: the cycle error. aws-cdk-lib keeps one reason per
// (source, target) pair of a dependency operation (sameReason), and both the addStackDependency
// and the references are Consumer -> Producer: only the first reason is in the message.
// (found by tests/difffuzz, seed 10099)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const consumer = new cdk.Stack(app, 'Consumer');
const producer = new cdk.Stack(app, 'Producer');
const fn = new lambda.Function(consumer, 'Handler', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
const topic = new sns.Topic(producer, 'Topic');
fn.addEventSource(new sources.SnsEventSource(topic));
new lambda.Function(producer, 'Caller', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 2;'),
  environment: { TARGET: fn.functionArn },
});
app.synth();
