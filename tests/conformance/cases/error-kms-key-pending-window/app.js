// Conformance case 'error-kms-key-pending-window': error: pendingWindow of 31 days (key.test.ts: with pendingWindowInDays outside of range)
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new kms.Key(stack, 'MyKey', { pendingWindow: cdk.Duration.days(31) });
app.synth();
