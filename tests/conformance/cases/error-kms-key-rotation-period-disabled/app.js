// Conformance case 'error-kms-key-rotation-period-disabled': error: rotationPeriod with enableKeyRotation false (key.test.ts: enableKeyRotation false with rotationPeriod)
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new kms.Key(stack, 'MyKey', { enableKeyRotation: false, rotationPeriod: cdk.Duration.days(180) });
app.synth();
