// Conformance case 'error-kms-key-trust-account-identities-false': error: trustAccountIdentities false (@aws-cdk/aws-kms:defaultKeyPolicies is always on in v2)
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new kms.Key(stack, 'MyKey', { trustAccountIdentities: false });
app.synth();
