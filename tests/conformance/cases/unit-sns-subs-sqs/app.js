// Conformance case 'unit-sns-subs-sqs': aws-sns-subscriptions/test/sqs.test.ts: 'can add
// subscription to queue that has encryptionType auto changed' (a queue given KMS_MANAGED and a key
// is KMS-encrypted with that key, so an SqsSubscription with rawMessageDelivery is allowed: the key
// policy gets the SNS statement).
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const subscriptions = require('aws-cdk-lib/aws-sns-subscriptions');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const key = new kms.Key(stack, 'CustomKey');
const queue = new sqs.Queue(stack, 'Queue', {
  encryption: sqs.QueueEncryption.KMS_MANAGED,
  encryptionMasterKey: key,
});
const someTopic = new sns.Topic(stack, 'Topic');
someTopic.addSubscription(new subscriptions.SqsSubscription(queue, { rawMessageDelivery: true }));
app.synth();
