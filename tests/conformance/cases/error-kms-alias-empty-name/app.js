// Conformance case 'error-kms-alias-empty-name': a kms.Alias named "alias/" and nothing more.
// Upstream: aws-kms/test/alias.test.ts 'fails if alias is "alias/" (and nothing more)'.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const key = new kms.Key(stack, 'MyKey');
new kms.Alias(stack, 'Alias', { aliasName: 'alias/', targetKey: key });
app.synth();
