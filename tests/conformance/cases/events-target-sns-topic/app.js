// Conformance case 'events-target-sns-topic': targets.SnsTopic -- a topic granted to
// events.amazonaws.com (its TopicPolicy), a KMS-encrypted topic published through the rule's
// singleton EventsRole (authorizeUsingRole; encrypt on the key), a topic published through a role
// of one's own (role alone), authorizeUsingRole false; a message from text with an event field, a
// dead-letter queue, retries and event age; one topic the target of two rules.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const kms = require('aws-cdk-lib/aws-kms');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const alerts = new sns.Topic(stack, 'Alerts');
const key = new kms.Key(stack, 'Key');
const secure = new sns.Topic(stack, 'Secure', { masterKey: key });
const audit = new sns.Topic(stack, 'Audit');
const publisher = new iam.Role(stack, 'Publisher', { assumedBy: new iam.ServicePrincipal('events.amazonaws.com') });
const dlq = new sqs.Queue(stack, 'Dlq');
const hourly = new events.Rule(stack, 'Hourly', {
  schedule: events.Schedule.rate(cdk.Duration.hours(1)),
  targets: [
    new targets.SnsTopic(alerts, {
      message: events.RuleTargetInput.fromText(`tick at ${events.EventField.time}`),
      deadLetterQueue: dlq,
      retryAttempts: 2,
      maxEventAge: cdk.Duration.hours(1),
    }),
    new targets.SnsTopic(secure, { authorizeUsingRole: true }),
  ],
});
const placed = new events.Rule(stack, 'OrderPlaced', {
  eventPattern: { source: ['acme.orders'] },
  targets: [new targets.SnsTopic(audit, { role: publisher }), new targets.SnsTopic(secure, { authorizeUsingRole: true })],
});
placed.addTarget(new targets.SnsTopic(alerts, { authorizeUsingRole: false }));
hourly.addTarget(new targets.SnsTopic(audit));
app.synth();
