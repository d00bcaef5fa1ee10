// Conformance case 'error-esm-arn-and-kafka-servers': eventSourceArn and kafkaBootstrapServers both given
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
new lambda.EventSourceMapping(stack, 'Mapping', {
  target: fn,
  eventSourceArn: 'arn:aws:kafka:us-east-1:123456789012:cluster/my-cluster/abc',
  kafkaBootstrapServers: ['kafka-broker:9092'],
  kafkaTopic: 'orders',
  startingPosition: lambda.StartingPosition.LATEST,
});
app.synth();
