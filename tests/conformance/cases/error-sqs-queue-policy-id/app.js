// Conformance case 'error-sqs-queue-policy-id': reading queuePolicy.queuePolicyId, an attribute
// CloudFormation no longer has, is aws-cdk-lib's error.
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'my-stack');
const queue = new sqs.Queue(stack, 'Queue');
const policy = new sqs.QueuePolicy(stack, 'Policy', { queues: [queue] });
new cdk.CfnOutput(stack, 'Id', { value: policy.queuePolicyId });
app.synth();
