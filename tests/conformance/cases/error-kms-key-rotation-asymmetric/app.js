// Conformance case 'error-kms-key-rotation-asymmetric': error: enableKeyRotation on an RSA_3072 key (key.test.ts: fails if key rotation enabled on asymmetric key)
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new kms.Key(stack, 'MyKey', { keySpec: kms.KeySpec.RSA_3072, keyUsage: kms.KeyUsage.SIGN_VERIFY, enableKeyRotation: true });
app.synth();
