// Conformance case 'core-cross-region-reference-nested': a topic of a us-east-1 stack used in a
// nested stack of an eu-west-1 stack (same account, strong references by default). aws-cdk-lib
// 2.276.0 puts the ExportReader in the top-level parent (its SSM parameter names use the parent's
// name) and passes the reader's attribute to the nested stack as a parameter. The parent is made
// with crossRegionReferences, which its nested stack takes over: a queue's ARN is used as is.
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'Producer', { env: { account: '123456789012', region: 'us-east-1' } });
const topic = new cdk.CfnResource(producer, 'Topic', { type: 'AWS::SNS::Topic' });
const queue = new sqs.Queue(producer, 'Jobs');
const parent = new cdk.Stack(app, 'Parent', {
  env: { account: '123456789012', region: 'eu-west-1' },
  crossRegionReferences: true,
});
const nested = new cdk.NestedStack(parent, 'Nested');
new cdk.CfnResource(nested, 'Subscription', {
  type: 'AWS::SNS::Subscription',
  properties: { TopicArn: topic.ref, Protocol: 'email', Endpoint: 'ops@example.com' },
});
new cdk.CfnOutput(nested, 'JobsArn', { value: queue.queueArn });
new cdk.CfnOutput(parent, 'TopicName', { value: topic.getAtt('TopicName').toString() });
app.synth();
