// Conformance case 'events-target-event-bus-kinesis': targets.EventBus -- a bus of the stack and a
// central bus of another account imported by ARN (no mirror rule: the target names no resource),
// through the rule's singleton EventsRole (events:PutEvents in its policy) and through a role of
// one's own, with a dead-letter queue; targets.KinesisStream -- the stream's singleton EventsRole
// (grantWrite; one role for two rules), a partition key path, a message from an object, retries
// and event age.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const sqs = require('aws-cdk-lib/aws-sqs');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });
const local = new events.EventBus(stack, 'Local', { eventBusName: 'local-bus' });
const central = events.EventBus.fromEventBusArn(stack, 'Central', 'arn:aws:events:us-east-1:999999999999:event-bus/central');
const forwarder = new iam.Role(stack, 'Forwarder', { assumedBy: new iam.ServicePrincipal('events.amazonaws.com') });
const dlq = new sqs.Queue(stack, 'Dlq');
const stream = new kinesis.Stream(stack, 'Clicks');
new events.Rule(stack, 'Orders', {
  eventPattern: { source: ['acme.orders'] },
  targets: [
    new targets.EventBus(central, { deadLetterQueue: dlq }),
    new targets.EventBus(local),
    new targets.KinesisStream(stream, { partitionKeyPath: '$.detail.orderId' }),
  ],
});
const audit = new events.Rule(stack, 'Audit', {
  eventBus: local,
  eventPattern: { detailType: ['Audit'] },
  targets: [new targets.EventBus(central, { role: forwarder })],
});
audit.addTarget(new targets.KinesisStream(stream, {
  message: events.RuleTargetInput.fromObject({ audit: events.EventField.fromPath('$.detail') }),
  retryAttempts: 4,
  maxEventAge: cdk.Duration.minutes(15),
  deadLetterQueue: dlq,
}));
app.synth();
