// Conformance case 'error-kafka-metrics-empty': ManagedKafkaEventSource with an empty metricsConfig.metrics
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
fn.addEventSource(new eventsources.ManagedKafkaEventSource({
  clusterArn: 'arn:aws:kafka:us-east-1:123456789012:cluster/my-cluster/abc',
  topic: 'orders',
  startingPosition: lambda.StartingPosition.LATEST,
  metricsConfig: { metrics: [] },
}));
app.synth();
