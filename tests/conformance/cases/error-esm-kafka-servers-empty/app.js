// Conformance case 'error-esm-kafka-servers-empty': kafkaBootstrapServers given and empty (an empty array is truthy)
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
  kafkaBootstrapServers: [],
  kafkaTopic: 'orders',
  startingPosition: lambda.StartingPosition.LATEST,
});
app.synth();
