// Conformance case 'error-kms-key-spec-usage-agreement': error: keySpec ML_DSA_44 with keyUsage KEY_AGREEMENT
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new kms.Key(stack, 'MyKey', { keySpec: kms.KeySpec.ML_DSA_44, keyUsage: kms.KeyUsage.KEY_AGREEMENT });
app.synth();
