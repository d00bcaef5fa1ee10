// Conformance case 'error-kms-key-rotation-hmac': error: enableKeyRotation on an HMAC_384 key (key.test.ts: fails if key rotation enabled on HMAC key)
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new kms.Key(stack, 'MyKey', { keySpec: kms.KeySpec.HMAC_384, keyUsage: kms.KeyUsage.GENERATE_VERIFY_MAC, enableKeyRotation: true });
app.synth();
