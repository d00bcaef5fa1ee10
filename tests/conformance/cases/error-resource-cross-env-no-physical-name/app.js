// Conformance case 'error-resource-cross-env-no-physical-name': the ARN of a queue without a
// name, used by a stack of another region: aws-cdk-lib's error (Resource._enableCrossEnvironment:
// an ARN across environments is made from the physical name).
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const queueStack = new cdk.Stack(app, 'QueueStack', { env: { account: '123456789012', region: 'us-east-1' } });
const consumer = new cdk.Stack(app, 'Consumer', { env: { account: '123456789012', region: 'us-east-2' } });
const queue = new sqs.Queue(queueStack, 'Queue');
new cdk.CfnResource(consumer, 'Referencer', { type: 'Custom::Ref', properties: { QueueArn: queue.queueArn } });
app.synth();
