// Conformance case 'event-sources-filter-encryption': filterEncryption with a kms.Key on an SQS and a
// Kinesis source (KmsKeyArn; the key policy lets lambda.amazonaws.com decrypt, once)
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
const key = new kms.Key(stack, 'FilterKey');
fn.addEventSource(new eventsources.SqsEventSource(new sqs.Queue(stack, 'Queue'), {
  filters: [lambda.FilterCriteria.filter({ body: { kind: lambda.FilterRule.isEqual('order') } })],
  filterEncryption: key,
}));
fn.addEventSource(new eventsources.KinesisEventSource(new kinesis.Stream(stack, 'Stream'), {
  startingPosition: lambda.StartingPosition.LATEST,
  filters: [lambda.FilterCriteria.filter({ data: { kind: lambda.FilterRule.isEqual('click') } })],
  filterEncryption: key,
}));

app.synth();
