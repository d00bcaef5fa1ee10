// Conformance case 'event-sources-kinesis': KinesisEventSource with an SNS on-failure destination and a tumbling window
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const stream = new kinesis.Stream(stack, 'MyStream');
const failures = new sns.Topic(stack, 'Failures');
const source = new eventsources.KinesisEventSource(stream, {
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  tumblingWindow: cdk.Duration.minutes(2),
  onFailure: new eventsources.SnsDlq(failures),
  filters: [lambda.FilterCriteria.filter({ data: { kind: lambda.FilterRule.notEquals('noise'), id: lambda.FilterRule.beginsWith('A') } })],
});
fn.addEventSource(source);
new cdk.CfnOutput(stack, 'MappingId', { value: source.eventSourceMappingId });
new cdk.CfnOutput(stack, 'MappingArn', { value: source.eventSourceMappingArn });

// Streams with props, read from a timestamp by the function's alias.
const named = new kinesis.Stream(stack, 'Named', {
  streamName: 'named',
  shardCount: 3,
  retentionPeriod: cdk.Duration.days(2),
  streamMode: kinesis.StreamMode.PROVISIONED,
  encryption: kinesis.StreamEncryption.MANAGED,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
const alias = fn.addAlias('live');
alias.addEventSource(new eventsources.KinesisEventSource(named, {
  startingPosition: lambda.StartingPosition.AT_TIMESTAMP,
  startingPositionTimestamp: 1700000000,
  batchSize: 10000,
  parallelizationFactor: 10,
  retryAttempts: -1,
  maxRecordAge: cdk.Duration.days(7),
  // checked, then not passed on to the mapping by aws-cdk-lib's StreamEventSource
  provisionedPollerConfig: { minimumPollers: 3, maximumPollers: 4 },
}));
new kinesis.Stream(stack, 'OnDemand', { streamMode: kinesis.StreamMode.ON_DEMAND, encryption: kinesis.StreamEncryption.UNENCRYPTED });

app.synth();
