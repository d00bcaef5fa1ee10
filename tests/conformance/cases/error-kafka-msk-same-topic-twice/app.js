// Conformance case 'error-kafka-msk-same-topic-twice': two ManagedKafkaEventSources of one topic on a function (the mapping id KafkaEventSource:<fn id><topic> taken, whatever the cluster)
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
for (const clusterArn of ['arn:aws:kafka:us-east-1:123456789012:cluster/a/1', 'arn:aws:kafka:us-east-1:123456789012:cluster/b/2']) {
  fn.addEventSource(new sources.ManagedKafkaEventSource({ clusterArn, topic: 'orders', startingPosition: lambda.StartingPosition.LATEST }));
}

app.synth();
