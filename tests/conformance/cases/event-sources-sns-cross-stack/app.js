// Conformance case 'event-sources-sns-cross-stack': SnsEventSource on a topic of another stack
// (the topic ARN is exported; the function's stack depends on the topic's)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const topicStack = new cdk.Stack(app, 'TopicStack');
const topic = new sns.Topic(topicStack, 'Topic');
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
fn.addEventSource(new eventsources.SnsEventSource(topic, {
  filterPolicy: { kind: sns.SubscriptionFilter.stringFilter({ matchSuffixes: ['.created'] }) },
}));

app.synth();
