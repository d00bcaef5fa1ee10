// Conformance case 'error-kms-key-rotation-period-below': error: rotationPeriod of 89 days (key.test.ts: rotationPeriod outside of range)
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new kms.Key(stack, 'MyKey', { rotationPeriod: cdk.Duration.days(89) });
app.synth();
