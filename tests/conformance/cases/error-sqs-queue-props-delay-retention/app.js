// Conformance case 'error-sqs-queue-props-delay-retention': sqs.test.ts: multiple prop validation errors are presented to the user (retentionPeriod 30 s and deliveryDelay 16 min: two lines, delivery delay first)
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new sqs.Queue(stack, 'MyQueue', { retentionPeriod: cdk.Duration.seconds(30), deliveryDelay: cdk.Duration.minutes(16) });
app.synth();
