// Conformance case 'error-sqs-queue-props-size-retention': sqs.test.ts: multiple validation errors include maxMessageSizeBytes (2000000 bytes and a retention period of 30 s)
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new sqs.Queue(stack, 'MultiError', { maxMessageSizeBytes: 2000000, retentionPeriod: cdk.Duration.seconds(30) });
app.synth();
