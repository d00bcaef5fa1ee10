// Conformance case 'error-kms-key-rotation-period-range': error: rotationPeriod of 2561 days (key.test.ts: rotationPeriod outside of range; the message says 2650)
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new kms.Key(stack, 'MyKey', { rotationPeriod: cdk.Duration.days(2561) });
app.synth();
