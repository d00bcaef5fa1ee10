// Conformance case 'error-kms-key-spec-usage': error: keySpec HMAC_256 with the default usage ENCRYPT_DECRYPT (key.test.ts: invalid key spec and usage combinations)
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new kms.Key(stack, 'MyKey', { keySpec: kms.KeySpec.HMAC_256 });
app.synth();
