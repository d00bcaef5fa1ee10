// Conformance case 'error-kms-key-arn-invalid': Key.fromKeyArn with an ARN without a key id.
// Upstream: aws-kms/test/key.test.ts 'fromKeyArn' ('throws an error when the ARN does not contain a key id').
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
kms.Key.fromKeyArn(stack, 'Imported', 'arn:aws:kms:us-east-1:123456789012:key');
app.synth();
