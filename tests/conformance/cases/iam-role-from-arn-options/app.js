// Conformance case 'iam-role-from-arn-options': Role.fromRoleArn's FromRoleArnOptions beyond mutable:
// addGrantsToResources (grants to an immutable import go to the bucket's and the queue's policies)
// and defaultPolicyName (the id, and with importedRoleStackSafeDefaultPolicyName the name, of the
// imported role's inline policy).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const bucket = new s3.Bucket(stack, 'Bucket');
const queue = new sqs.Queue(stack, 'Queue');

const toResources = iam.Role.fromRoleArn(stack, 'ToResources', 'arn:aws:iam::123456789012:role/Reader',
  { mutable: false, addGrantsToResources: true });
bucket.grantRead(toResources);
queue.grantSendMessages(toResources);

const nowhere = iam.Role.fromRoleArn(stack, 'Nowhere', 'arn:aws:iam::123456789012:role/Writer',
  { mutable: false, addGrantsToResources: false });
bucket.grantWrite(nowhere);

const named = iam.Role.fromRoleArn(stack, 'Named', 'arn:aws:iam::123456789012:role/Named',
  { defaultPolicyName: 'MyPolicy' });
named.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sqs:ReceiveMessage'], resources: [queue.queueArn] }));
app.synth();
