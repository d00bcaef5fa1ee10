// Conformance case 'sns-subscription-default-child': an sns.Subscription's L1 (node.defaultChild,
// a CfnSubscription) used as an escape hatch: a property override and a DeletionPolicy.
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const topic = new sns.Topic(stack, 'Topic');
const sub = new sns.Subscription(stack, 'Sub', {
  topic,
  protocol: sns.SubscriptionProtocol.HTTPS,
  endpoint: 'https://example.com/hook',
});
const cfn = sub.node.defaultChild;
cfn.addPropertyOverride('ReplayPolicy', { PointInTime: '2026-01-01T00:00:00Z' });
cfn.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);
app.synth();
