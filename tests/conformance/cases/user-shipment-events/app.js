// Conformance case 'user-shipment-events': an app as a CDK user writes it: a Core stack owns the
// shipment topic and the tracking stream; the Tracking stack's rules route carrier events from
// the default bus to them across stacks (the topic's policy or an EventsRole, the stream's role
// with a partition key path) and to a function with a dead-letter queue and retries.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const core = new cdk.Stack(app, 'Core');
const topic = new sns.Topic(core, 'ShipmentTopic', { displayName: 'Shipments' });
const stream = new kinesis.Stream(core, 'TrackingStream', { shardCount: 2 });

const tracking = new cdk.Stack(app, 'Tracking');
const dlq = new sqs.Queue(tracking, 'RuleDlq');
const fn = new lambda.Function(tracking, 'Enricher', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async (e) => e;'),
});
new events.Rule(tracking, 'CarrierEvents', {
  eventPattern: { source: ['acme.carrier'], detailType: ['ShipmentScanned', 'ShipmentDelivered'] },
  targets: [
    new targets.SnsTopic(topic),
    new targets.KinesisStream(stream, { partitionKeyPath: '$.detail.shipmentId' }),
    new targets.LambdaFunction(fn, { deadLetterQueue: dlq, retryAttempts: 2, maxEventAge: cdk.Duration.hours(1) }),
  ],
});
new events.Rule(tracking, 'Delays', {
  eventPattern: { source: ['acme.carrier'], detailType: ['ShipmentDelayed'] },
  targets: [new targets.SnsTopic(topic, { authorizeUsingRole: true, message: events.RuleTargetInput.fromText('delayed') })],
});
app.synth();
