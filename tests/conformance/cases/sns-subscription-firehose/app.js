// Conformance case 'sns-subscription-firehose': sns.Subscription with the Firehose protocol (a
// delivery stream's ARN as its endpoint, the role SNS assumes as subscriptionRoleArn, raw message
// delivery, which Firehose allows), the same through topic.addSubscription of a subscription of
// one's own, and a subscriptionRoleArn on an SQS subscription (written as given: aws-cdk-lib checks
// it only for Firehose) (subscription.test.ts).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const topic = new sns.Topic(stack, 'Topic');
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com') });
const streamArn = stack.formatArn({ service: 'firehose', resource: 'deliverystream', resourceName: 'stream' });
new sns.Subscription(stack, 'Firehose', {
  topic,
  protocol: sns.SubscriptionProtocol.FIREHOSE,
  endpoint: streamArn,
  subscriptionRoleArn: role.roleArn,
  rawMessageDelivery: true,
});
topic.addSubscription({
  bind: () => ({
    subscriberId: 'Stream',
    protocol: sns.SubscriptionProtocol.FIREHOSE,
    endpoint: 'arn:aws:firehose:us-east-1:111111111111:deliverystream/other',
    subscriptionRoleArn: 'arn:aws:iam::111111111111:role/sns-firehose',
  }),
});
const queue = new sqs.Queue(stack, 'Queue');
new sns.Subscription(stack, 'Sqs', {
  topic,
  protocol: sns.SubscriptionProtocol.SQS,
  endpoint: queue.queueArn,
  subscriptionRoleArn: role.roleArn,
});
app.synth();
