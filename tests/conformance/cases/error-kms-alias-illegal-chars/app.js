// Conformance case 'error-kms-alias-illegal-chars': a kms.Alias name with a character out of a-zA-Z0-9:/_-.
// Upstream: aws-kms/test/alias.test.ts 'fails if alias contains illegal characters'.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const key = new kms.Key(stack, 'MyKey');
new kms.Alias(stack, 'Alias', { aliasName: 'alias/@Nope', targetKey: key });
app.synth();
