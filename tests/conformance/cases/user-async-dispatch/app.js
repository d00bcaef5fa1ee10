// Conformance case 'user-async-dispatch': an app as a user writes it: asynchronous webhook
// dispatch with Lambda destinations. A dispatcher (inline code) reports successes to a custom
// event bus and failures to a KMS-encrypted queue (no retries, 6 hours of event age); its `live`
// alias has an invoke config of its own whose failures go to an auditor (response only), and a
// version's configureAsyncInvoke sends successes to an SNS topic. The topic is encrypted with a
// customer key and fans out to a queue encrypted with another key (a filter on the message body,
// a subscription DLQ). The partner signing secret is rotated every 30 days by a rotator function;
// the organization may invoke the alias; events.amazonaws.com may invoke the dispatcher from one
// rule (addPermission with a source ARN); outputs.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');
const iam = require('aws-cdk-lib/aws-iam');
const events = require('aws-cdk-lib/aws-events');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const lambda = require('aws-cdk-lib/aws-lambda');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'AsyncDispatch', { env: { account: '555566667777', region: 'ap-southeast-2' } });

const queueKey = new kms.Key(stack, 'QueueKey', { enableKeyRotation: true, alias: 'dispatch/queues' });
const topicKey = new kms.Key(stack, 'TopicKey', { enableKeyRotation: true });

const bus = new events.EventBus(stack, 'DispatchBus', { eventBusName: 'webhook-dispatch' });
const failed = new sqs.Queue(stack, 'FailedDispatches', {
  encryption: sqs.QueueEncryption.KMS,
  encryptionMasterKey: queueKey,
  retentionPeriod: cdk.Duration.days(14),
});
const delivered = new sns.Topic(stack, 'Delivered', { masterKey: topicKey });
const deliveredDlq = new sqs.Queue(stack, 'DeliveredDlq');
const ledger = new sqs.Queue(stack, 'DeliveryLedger', {
  encryption: sqs.QueueEncryption.KMS,
  encryptionMasterKey: queueKey,
});
delivered.addSubscription(new subs.SqsSubscription(ledger, {
  deadLetterQueue: deliveredDlq,
  filterPolicyWithMessageBody: {
    status: sns.FilterOrPolicy.filter(sns.SubscriptionFilter.stringFilter({ allowlist: ['delivered', 'redelivered'] })),
  },
}));

const inline = (name) => lambda.Code.fromInline(`exports.handler = async (e) => ({ ${name}: true, e });`);

const auditor = new lambda.Function(stack, 'Auditor', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: inline('audited'),
});

const dispatcher = new lambda.Function(stack, 'Dispatcher', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: inline('dispatched'),
  timeout: cdk.Duration.seconds(30),
  onSuccess: new destinations.EventBridgeDestination(bus),
  onFailure: new destinations.SqsDestination(failed),
  retryAttempts: 0,
  maxEventAge: cdk.Duration.hours(6),
});
const live = new lambda.Alias(stack, 'Live', {
  aliasName: 'live',
  version: dispatcher.currentVersion,
  onFailure: new destinations.LambdaDestination(auditor, { responseOnly: true }),
  retryAttempts: 1,
});
const pinned = new lambda.Version(stack, 'Pinned', { lambda: dispatcher, description: 'pinned for replay' });
pinned.configureAsyncInvoke({
  onSuccess: new destinations.SnsDestination(delivered),
  maxEventAge: cdk.Duration.minutes(30),
});
live.grantInvoke(new iam.OrganizationPrincipal('o-abc123def4'));
dispatcher.addPermission('FromReplayRule', {
  principal: new iam.ServicePrincipal('events.amazonaws.com'),
  sourceArn: 'arn:aws:events:ap-southeast-2:555566667777:rule/webhook-replay',
  sourceAccount: '555566667777',
});

const signing = new secretsmanager.Secret(stack, 'PartnerSigningKey', {
  description: 'HMAC key for partner webhooks',
  encryptionKey: queueKey,
});
const rotator = new lambda.Function(stack, 'Rotator', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: inline('rotated'),
});
signing.addRotationSchedule('Rotation', {
  rotationLambda: rotator,
  automaticallyAfter: cdk.Duration.days(30),
});
signing.grantRead(dispatcher);

new cdk.CfnOutput(stack, 'LiveAliasArn', { value: live.functionArn });
new cdk.CfnOutput(stack, 'FailedQueueUrl', { value: failed.queueUrl });
app.synth();
