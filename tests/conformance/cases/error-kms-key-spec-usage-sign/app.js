// Conformance case 'error-kms-key-spec-usage-sign': error: keyUsage SIGN_VERIFY with the default keySpec SYMMETRIC_DEFAULT (key.test.ts)
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new kms.Key(stack, 'MyKey', { keyUsage: kms.KeyUsage.SIGN_VERIFY });
app.synth();
