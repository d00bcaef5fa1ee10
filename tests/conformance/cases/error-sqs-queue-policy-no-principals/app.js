// Conformance case 'error-sqs-queue-policy-no-principals': a queue policy statement without principals, at synth (aws-sqs/test/sqs.test.ts: fails if queue policy has no IAM principals)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'my-stack');
const queue = new sqs.Queue(stack, 'Queue');
queue.addToResourcePolicy(new iam.PolicyStatement({
  resources: ['*'],
  actions: ['sqs:*'],
}));
app.synth();
