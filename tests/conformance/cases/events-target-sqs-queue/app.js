// Conformance case 'events-target-sqs-queue': targets.SqsQueue -- a plain queue (the rule's ARN in
// the grant's condition), a queue with a key of its own (aws:SourceAccount under
// @aws-cdk/aws-events:eventsTargetQueueSameAccount, which the contexts turn on and off; encrypt on
// the key), a FIFO queue with a message group id, a message from an object, a dead-letter queue,
// retries and event age; one queue the target of two rules.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const sqs = require('aws-cdk-lib/aws-sqs');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'eu-west-1' } });
const plain = new sqs.Queue(stack, 'Plain');
const key = new kms.Key(stack, 'Key');
const encrypted = new sqs.Queue(stack, 'Encrypted', { encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: key });
const fifo = new sqs.Queue(stack, 'Orders', { fifo: true, contentBasedDeduplication: true });
const dlq = new sqs.Queue(stack, 'Dlq');
const hourly = new events.Rule(stack, 'Hourly', {
  schedule: events.Schedule.rate(cdk.Duration.hours(1)),
  targets: [
    new targets.SqsQueue(plain, { message: events.RuleTargetInput.fromObject({ kind: 'tick' }) }),
    new targets.SqsQueue(encrypted, { deadLetterQueue: dlq, retryAttempts: 3, maxEventAge: cdk.Duration.hours(2) }),
  ],
});
new events.Rule(stack, 'OrderPlaced', {
  eventPattern: { source: ['acme.orders'], detailType: ['OrderPlaced'] },
  targets: [new targets.SqsQueue(fifo, { messageGroupId: 'orders' })],
});
hourly.addTarget(new targets.SqsQueue(fifo, { messageGroupId: 'ticks', message: events.RuleTargetInput.fromText('tick') }));
app.synth();
