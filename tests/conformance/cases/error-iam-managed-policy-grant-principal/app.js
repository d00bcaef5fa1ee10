// Conformance case 'error-iam-managed-policy-grant-principal': a ManagedPolicy granted a named queue
// of another account: the queue's resource policy needs the grantee as its principal, which a
// managed policy cannot be.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack', { env: { account: '1234', region: 'us-east-1' } });
const mp = new iam.ManagedPolicy(stack, 'Policy', { managedPolicyName: 'MyManagedPolicyName' });
const stack2 = new cdk.Stack(app, 'OtherAccount', { env: { account: '5678', region: 'us-east-1' } });
const queue = new sqs.Queue(stack2, 'Queue', { queueName: 'other-queue' });
queue.grantSendMessages(mp);
app.synth();
