// Conformance case 'error-sqs-queue-retention-period-max': a queue's message retention period of 15 days (aws-sqs/test/sqs.test.ts: message retention period must be between 1 minute to 14 days)
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new sqs.Queue(stack, 'AnotherQueue', { retentionPeriod: cdk.Duration.days(15) });
app.synth();
